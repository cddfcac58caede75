import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// The issue's proof that a principal cleared NATO SECRET but not briefed MEDICAL sees nothing of the Health
/// Office: over the whole demo set, every documented GET under `/api/v1/health` (with every medical object's id
/// in its path), search, the generic object list, the Health Office's pages and the audit listing.
@Suite("Medical information is invisible without MEDICAL")
struct MedicalTrimmingTests {
    /// What would give a patient away: names and the titles of every medical object. (Not staff numbers: a
    /// division's fitness-for-work request names the staff member by number and is, by design, readable by the
    /// requester and the Health Office's unit; it carries nothing medical. See docs/health.md.)
    static func secrets(_ chancery: Chancery) async throws -> [String] {
        try await chancery.database.read { db in
            var words: [String] = []
            for row in try await db.raw("SELECT family_name, given_names FROM health_patients").all() {
                words.append(try row.decode(column: "family_name", as: String.self))
                words.append(try row.decode(column: "given_names", as: String.self))
            }
            let medical = try chancery.catalog.mask(of: [HealthOffice.category])
            for row in try await db.raw("SELECT title FROM objects WHERE (categories & \(bind: medical)) <> 0").all() {
                words.append(try row.decode(column: "title", as: String.self))
            }
            return words.filter { $0.count >= 4 }
        }
    }

    /// Every medical object, with its patient when it belongs to one.
    static func medicalObjects(_ chancery: Chancery) async throws -> [(id: String, patient: String?)] {
        try await chancery.database.read { db in
            let medical = try chancery.catalog.mask(of: [HealthOffice.category])
            return try await db.raw(
                """
                SELECT o.id, p.patient_id FROM objects o LEFT JOIN health_patient_objects p ON p.object_id = o.id
                WHERE (o.categories & \(bind: medical)) <> 0
                """
            ).all().map {
                (try $0.decode(column: "id", as: String.self), try $0.decode(column: "patient_id", as: String?.self))
            }
        }
    }

    /// The GET paths of the API under `/api/v1/health`, with their parameters filled in with every medical id.
    static func probes(_ objects: [(id: String, patient: String?)]) throws -> [String] {
        let document = try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any]
        let paths = (document?["paths"] as? [String: [String: Any]] ?? [:])
            .filter { $0.key.hasPrefix("/api/v1/health") && $0.value["get"] != nil }.keys.sorted()
        var probes: [String] = []
        let parameter = try NSRegularExpression(pattern: "\\{[^}]+\\}")
        for path in paths {
            let count = parameter.numberOfMatches(in: path, range: NSRange(path.startIndex..., in: path))
            switch count {
            case 0: probes.append(path)
            case 1: probes += objects.map { fill(path, [$0.id], parameter) }
            default:
                probes += objects.compactMap { object in object.patient.map { fill(path, [$0, object.id], parameter) } }
            }
        }
        return probes
    }

    static func fill(_ path: String, _ values: [String], _ parameter: NSRegularExpression) -> String {
        var result = path
        for value in values {
            guard let match = parameter.firstMatch(in: result, range: NSRange(result.startIndex..., in: result)),
                let range = Range(match.range, in: result)
            else { break }
            result.replaceSubrange(range, with: value)
        }
        return result
    }

    @Test("the demo set through the eyes of the registry clerk and of a HEALTH clerk without MEDICAL")
    func nothingMedicalLeaks() async throws {
        try await withInstallation { installation in
            let chancery = installation.chancery
            try await DemoData.loadOnce(into: chancery)
            try await installation.user("nina", HealthUser.uncategorised)
            let secrets = try await Self.secrets(chancery)
            let objects = try await Self.medicalObjects(chancery)
            #expect(secrets.count > 10 && objects.count > 5, "the demo set has medical data to hide")
            let probes = try Self.probes(objects)
            try await installation.app.test(.router) { client in
                let tokens = [
                    try await client.token(for: "registry", password: DemoData.password),
                    try await client.token(for: "nina"),
                ]
                let medclerk = try await client.token(for: "medclerk", password: DemoData.password)
                // The positive control: the medical clerk does see the demo patients.
                let seen = try await client.api(.get, "/api/v1/health/patients?withTotal=true", token: medclerk)
                #expect(try seen.jsonObject()["total"] as? Int ?? 0 >= 4)

                for token in tokens {
                    var answered = 0
                    for path in probes + ["/api/v1/objects?withTotal=true&limit=200", "/api/v1/audit"]
                        + secrets.prefix(12).map({ "/api/v1/search?q=\(Self.query($0))" })
                    {
                        let response = try await client.api(.get, path, token: token)
                        #expect(response.status.code < 500, "\(path): \(response.status)")
                        #expect(
                            [200, 403, 404].contains(response.status.code),
                            "\(path): \(response.status) \(response.text)")
                        if response.status == .ok { answered += 1 }
                        let body = response.text.lowercased()
                        for secret in secrets where body.contains(secret.lowercased()) {
                            Issue.record("\(path) shows \(secret)")
                        }
                        if response.status == .ok, let json = try? response.jsonObject() {
                            if let total = json["total"] as? Int, path.contains("/health") || path.contains("/search") {
                                #expect(total == 0, "\(path) counts \(total)")
                            }
                        }
                        #expect(
                            response.headers[.classification]?.contains("MEDICAL") != true, "\(path) is marked MEDICAL")
                    }
                    #expect(answered > 0)
                }
            }
            // An auditor without MEDICAL reads no medical object's trail (and so no break-glass reason, no query).
            try await installation.user(
                "olga",
                UserAttributes(
                    displayName: "Olga Auditor", clearance: .cosmicTopSecret, nationality: "NLD",
                    categories: ["STAFF", "LEGAL"],
                    roles: [.auditor], units: ["IPS", "HEALTH"], groups: []))
            try await installation.app.test(.router) { client in
                let olga = try await client.token(for: "olga")
                for object in objects {
                    let trail = try await client.api(.get, "/api/v1/audit?object=\(object.id)", token: olga)
                    #expect(trail.status == .notFound, "audit trail of \(object.id): \(trail.status)")
                }
            }
            // The pages, for the registry clerk: desk count zero, every chart and entry page 404.
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("registry", password: DemoData.password)
                let desk = try await client.execute(uri: "/health", method: .get, headers: session.headers())
                #expect(desk.text.element(id: "count-patients") == "0")
                for object in objects {
                    let path =
                        object.patient.map { "/health/patients/\($0)/entries/\(object.id)" }
                        ?? "/health/patients/\(object.id)"
                    let page = try await client.execute(uri: path, method: .get, headers: session.headers())
                    #expect(page.status == .notFound, "\(path): \(page.status)")
                    for secret in secrets where page.text.lowercased().contains(secret.lowercased()) {
                        Issue.record("\(path) shows \(secret)")
                    }
                }
            }
        }
    }

    static func query(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "x"
    }
}
