import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health

/// The referrals and the fitness-for-work requests as lists: sorted, paged, filtered and exported, trimmed in SQL.
@Suite("Health referral and POD lists")
struct HealthReleaseListsWebTests {
    static func unescaped(_ href: String?) -> String { (href ?? "").replacingOccurrences(of: "&amp;", with: "&") }

    static func links(_ page: String, _ path: String) -> [String] {
        page.matches(of: try! Regex<(Substring, Substring)>("<a href=\"\(path)/[^\"]+\">([^<]+)</a>")).map {
            String($0.output.1)
        }
    }

    static func draft(_ specialty: String, _ provider: String, _ urgency: Referral.Urgency, due: String)
        -> Referral.Draft
    {
        .init(
            provider: provider, providerAddress: nil, specialty: specialty, reason: "Assessment", urgency: urgency,
            referringClinician: nil, replyDue: due)
    }

    @Test("referrals sorted by specialty and provider, page 2, by status; the CSV equals the page, trimmed, audited")
    func referrals() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            let advisor = try await installation.user("avis", ReleaseUsers.advisor)
            try await installation.user("nora", ReleaseUsers.uncategorised)
            let store = installation.chancery.healthReleases
            let patient = try await installation.releasePatient("DUPONT", by: clerk.principal)
            _ = try await store.createReferral(
                for: patient.object.id, Self.draft("ENT", "Zeta Clinic", .routine, due: "2999-03-01"),
                by: clerk.principal)
            _ = try await store.createReferral(
                for: patient.object.id, Self.draft("Cardiology", "Alpha Hospital", .urgent, due: "2999-01-01"),
                by: clerk.principal)
            // NATO SECRET: above the clerk's clearance, and its referral with it.
            let hidden = try await installation.chancery.health.createPatient(
                Patient.Details(
                    familyName: "ZORRO", givenNames: "Zed", dateOfBirth: "1970-01-01", sex: "male", staffNumber: nil,
                    staffUserID: nil, staffUnit: nil, nationality: "BEL", phone: nil, email: nil, address: nil,
                    emergencyName: nil, emergencyPhone: nil, insurer: nil, insurerNumber: nil, restricted: false),
                label: SecurityLabel(classification: .natoSecret, categories: ["MEDICAL"]), careTeam: [],
                by: advisor.principal)
            _ = try await store.createReferral(
                for: hidden.object.id, Self.draft("Neurology", "Hidden Clinic", .emergency, due: "2999-02-01"),
                by: advisor.principal)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                func get(_ uri: String) async throws -> TestResponse {
                    try await client.execute(uri: uri, method: .get, headers: session.headers())
                }
                let byDue = try await get("/health/referrals")
                #expect(byDue.status == .ok)
                #expect(Self.links(byDue.text, "/health/referrals") == ["Cardiology", "ENT"])
                #expect(byDue.text.element(id: "list-count") == "Rows 1 to 2 of 2")
                #expect(byDue.text.contains(#"aria-sort="ascending""#))
                let bySpecialty = try await get("/health/referrals?sort=specialty&order=desc")
                #expect(Self.links(bySpecialty.text, "/health/referrals") == ["ENT", "Cardiology"])
                let byProvider = try await get("/health/referrals?sort=provider&order=desc")
                #expect(Self.links(byProvider.text, "/health/referrals") == ["ENT", "Cardiology"])
                let second = try await get("/health/referrals?sort=specialty&limit=1&page=2")
                #expect(Self.links(second.text, "/health/referrals") == ["ENT"])
                #expect(second.text.element(id: "list-count") == "Rows 2 to 2 of 2")
                let sent = try await get("/health/referrals?status=sent")
                #expect(sent.text.contains(#"id="referral-empty""#))
                #expect(try await get("/health/referrals?status=gone").status == .badRequest)
                #expect(try await get("/health/referrals?sort=patient").status == .badRequest)

                let csvHref = Self.unescaped(bySpecialty.text.firstHref(id: "csv-link"))
                #expect(csvHref == "/health/referrals?sort=specialty&order=desc&format=csv")
                let csv = try await get(csvHref)
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(csv.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"health-referrals-") == true)
                let table = ReadCSV(csv.text)
                #expect(table.header == ["Specialty", "Provider", "Urgency", "Status", "Reply due"])
                #expect(table.rows.map { $0[0] } == ["ENT", "Cardiology"])
                #expect(table.rows.map { $0[1] } == ["Zeta Clinic", "Alpha Hospital"])
                #expect(!csv.text.contains("Hidden") && !byDue.text.contains("Hidden"))
                let export = try #require(try await installation.auditEvents(action: "list.export").last)
                #expect(export.actor == clerk.id && export.details["list"] == "health.referrals")
                #expect(export.details["count"] == "2" && export.details["sort"] == "specialty")

                // The advisor, cleared for it, sees the third: it is there, only not for the clerk.
                let avis = try await client.signIn("avis")
                let all = try await client.execute(
                    uri: "/health/referrals?sort=urgency&order=desc", method: .get, headers: avis.headers())
                #expect(Self.links(all.text, "/health/referrals") == ["Neurology", "Cardiology", "ENT"])

                let nora = try await client.signIn("nora")
                for uri in ["/health/referrals", "/health/referrals?format=csv"] {
                    let response = try await client.execute(uri: uri, method: .get, headers: nora.headers())
                    if response.status == .ok {
                        #expect(Self.links(response.text, "/health/referrals").isEmpty)
                        if uri.hasSuffix("csv") { #expect(ReadCSV(response.text).rows.isEmpty) }
                    } else {
                        #expect(response.status == .forbidden || response.status == .notFound)
                    }
                    #expect(!response.text.contains("Clinic") && !response.text.contains("Hospital"))
                }
            }
        }
    }

    @Test(
        "fitness requests sorted by staff number, page 2, by status; the CSV equals the page; none for another division"
    )
    func podRequests() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            let luc = try await installation.user("luc", ReleaseUsers.lineManager)
            try await installation.user("other", ReleaseUsers.lineManager)
            let store = installation.chancery.healthReleases
            _ = try await store.createPODRequest(
                staffNumber: "S-2", question: "Fit for night duty?", purpose: "rota", by: luc.principal)
            _ = try await store.createPODRequest(
                staffNumber: "S-1", question: "Fit for the exercise?", purpose: "planning", by: luc.principal)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                func get(_ uri: String) async throws -> TestResponse {
                    try await client.execute(uri: uri, method: .get, headers: session.headers())
                }
                let newest = try await get("/health/pod-requests")
                #expect(newest.status == .ok)
                #expect(Self.links(newest.text, "/health/pod-requests") == ["S-1", "S-2"])
                #expect(newest.text.element(id: "list-count") == "Rows 1 to 2 of 2")
                let byStaff = try await get("/health/pod-requests?sort=staff&order=desc")
                #expect(Self.links(byStaff.text, "/health/pod-requests") == ["S-2", "S-1"])
                let second = try await get("/health/pod-requests?sort=staff&limit=1&page=2")
                #expect(Self.links(second.text, "/health/pod-requests") == ["S-2"])
                let closed = try await get("/health/pod-requests?status=closed")
                #expect(closed.text.contains(#"id="pod-empty""#))
                #expect(try await get("/health/pod-requests?status=gone").status == .badRequest)
                #expect(try await get("/health/pod-requests?sort=fitness").status == .badRequest)

                let csv = try await get(Self.unescaped(byStaff.text.firstHref(id: "csv-link")))
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                let table = ReadCSV(csv.text)
                #expect(table.header == ["Staff number", "Purpose", "Asked on", "Status", "Fitness for work"])
                #expect(table.rows.map { $0[0] } == ["S-2", "S-1"])
                let export = try #require(try await installation.auditEvents(action: "list.export").last)
                #expect(export.actor == clerk.id && export.details["list"] == "health.pod-requests")
                #expect(export.details["count"] == "2")

                let other = try await client.signIn("other")
                for uri in ["/health/pod-requests", "/health/pod-requests?format=csv"] {
                    let response = try await client.execute(uri: uri, method: .get, headers: other.headers())
                    if response.status == .ok {
                        #expect(Self.links(response.text, "/health/pod-requests").isEmpty)
                        if uri.hasSuffix("csv") { #expect(ReadCSV(response.text).rows.isEmpty) }
                    } else {
                        #expect(response.status == .forbidden || response.status == .notFound)
                    }
                    #expect(!response.text.contains("S-1") && !response.text.contains("S-2"))
                }
            }
        }
    }
}
