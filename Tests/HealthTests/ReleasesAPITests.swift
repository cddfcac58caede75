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

/// `/api/v1/health/releases` and `/api/v1/health/patients/{id}/disclosures`: consent, approval, release, accounting.
@Suite("Health releases API")
struct ReleasesAPITests {
    static func releaseBody(_ patient: String, recipient: String = "Allianz Care") -> String {
        """
        {"patient":"\(patient)","recipient":\(jsonString(recipient)),"purpose":"insurance claim",\
        "requested":{"entryTypes":["lab-result"]}}
        """
    }

    @Test("a release without a valid consent naming the recipient is refused, and creates nothing")
    func noConsent() async throws {
        try await withInstallation { installation in
            // setup
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            let patient = try await installation.releasePatient("DUPONT", by: clerk.principal)
            try await installation.releaseConsent(of: patient.object.id, recipient: "Someone Else", by: clerk.principal)
            let before = try await installation.objectCount()
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                // exercise
                let response = try await client.api(
                    .post, "/api/v1/health/releases", token: token, json: Self.releaseBody(patient.object.id))
                // validate
                try response.problem(.conflict, type: "consent-required")
            }
            #expect(try await installation.objectCount() == before)
        }
    }

    @Test("request → advisor approval → release → package with banners → one disclosure, audited")
    func fullFlow() async throws {
        try await withInstallation { installation in
            // setup
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            _ = try await installation.user("advisor", ReleaseUsers.advisor)
            let patient = try await installation.releasePatient("DUPONT", by: clerk.principal)
            let pid = patient.object.id
            try await installation.releaseConsent(of: pid, recipient: "Allianz Care", by: clerk.principal)
            let lab = try await installation.releaseLabResult(of: pid, by: clerk.principal)
            try await installation.app.test(.router) { client in
                let clerkToken = try await client.token(for: "clerk")
                let advisorToken = try await client.token(for: "advisor")
                // exercise: request (the recipient matches whatever the case)
                let created = try await client.api(
                    .post, "/api/v1/health/releases", token: clerkToken,
                    json: Self.releaseBody(pid, recipient: "allianz care"))
                #expect(created.status == .created, "\(created.text)")
                let release = try created.jsonObject()
                let id = try #require(release["id"] as? String)
                #expect(release["status"] as? String == "requested")
                #expect(release["consentValid"] as? Bool == true)
                #expect((release["banner"] as? String)?.contains("MEDICAL") == true)

                // a release before approval is refused
                try await client.api(.post, "/api/v1/health/releases/\(id)/release", token: clerkToken)
                    .problem(.conflict, type: "release-state")
                // the clerk may not approve
                try await client.api(.post, "/api/v1/health/releases/\(id)/approval", token: clerkToken)
                    .problem(.forbidden, type: "role-required")
                let approved = try await client.api(
                    .post, "/api/v1/health/releases/\(id)/approval", token: advisorToken)
                #expect(approved.status == .ok, "\(approved.text)")
                #expect(try approved.jsonObject()["status"] as? String == "approved")
                // no package before the release
                #expect(
                    try await client.api(.get, "/api/v1/health/releases/\(id)/package", token: clerkToken).status
                        == .notFound)

                let released = try await client.api(.post, "/api/v1/health/releases/\(id)/release", token: clerkToken)
                #expect(released.status == .ok, "\(released.text)")
                #expect(try released.jsonObject()["status"] as? String == "released")
                // a second release of the same release is refused
                try await client.api(.post, "/api/v1/health/releases/\(id)/release", token: clerkToken)
                    .problem(.conflict, type: "release-state")

                // validate: the package
                let package = try await client.api(.get, "/api/v1/health/releases/\(id)/package", token: clerkToken)
                #expect(package.status == .ok)
                let text = package.text
                let banner = try #require(package.headers[.classification])
                #expect(banner.contains("MEDICAL"))
                let first = try #require(text.range(of: "\"banner\""))
                let last = try #require(text.range(of: "\"bannerEnd\""))
                #expect(first.lowerBound < last.lowerBound)
                #expect(text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("}"))
                let body = try package.jsonObject()
                #expect(body["banner"] as? String == banner && body["bannerEnd"] as? String == banner)
                let entries = try #require(body["entries"] as? [[String: Any]])
                #expect(entries.map { $0["id"] as? String } == [lab.object.id])

                // validate: the accounting
                let accounting = try await client.api(
                    .get, "/api/v1/health/patients/\(pid)/disclosures", token: clerkToken)
                #expect(accounting.status == .ok, "\(accounting.text)")
                let items = try #require(try accounting.jsonObject()["items"] as? [[String: Any]])
                #expect(items.count == 1)
                #expect(items.first?["release"] as? String == id)
                #expect(items.first?["recipient"] as? String == "allianz care")
                #expect(items.first?["releasedBy"] as? String == clerk.id)
                let what = try #require(items.first?["what"] as? [String: Any])
                #expect(what["entries"] as? [String] == [lab.object.id])
            }
            #expect(
                try await installation.auditActions(of: try await Self.onlyRelease(installation)).contains(
                    "health.disclosure"))
        }
    }

    static func onlyRelease(_ installation: TestInstallation) async throws -> String {
        try await installation.chancery.database.read { db in
            try await db.raw("SELECT object_id FROM health_releases").first()?.decode(
                column: "object_id", as: String.self)
        } ?? ""
    }

    @Test("a consent revoked after approval makes the release refused")
    func revokedConsent() async throws {
        try await withInstallation { installation in
            // setup
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            let advisor = try await installation.user("advisor", ReleaseUsers.advisor)
            let patient = try await installation.releasePatient("DUPONT", by: clerk.principal)
            let pid = patient.object.id
            let consent = try await installation.releaseConsent(of: pid, recipient: "Allianz Care", by: clerk.principal)
            let store = installation.chancery.healthReleases
            let release = try await store.requestRelease(
                of: pid,
                .init(recipient: "Allianz Care", purpose: "claim", entryTypes: [.labResult], from: nil, until: nil),
                by: clerk.principal)
            _ = try await store.approveRelease(release.object.id, by: advisor.principal)
            // exercise
            _ = try await installation.chancery.health.revokeConsent(
                consent.object.id, of: pid, reason: "withdrawn by the patient", by: clerk.principal)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                // validate
                try await client.api(.post, "/api/v1/health/releases/\(release.object.id)/release", token: token)
                    .problem(.conflict, type: "consent-required")
                try await client.api(.post, "/api/v1/health/releases", token: token, json: Self.releaseBody(pid))
                    .problem(.conflict, type: "consent-required")
                let disclosures = try await client.api(.get, "/api/v1/health/patients/\(pid)/disclosures", token: token)
                #expect(try disclosures.jsonObject()["items"] as? [Any] != nil)
                #expect((try disclosures.jsonObject()["items"] as? [Any])?.isEmpty == true)
            }
        }
    }

    @Test("only the medical advisor approves, and never a release they requested")
    func approvalByAdvisorOnly() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            _ = try await installation.user("clinician", ReleaseUsers.clinician)
            _ = try await installation.user("advisor", ReleaseUsers.advisor)
            let patient = try await installation.releasePatient("DUPONT", by: clerk.principal)
            try await installation.releaseConsent(of: patient.object.id, recipient: "Allianz Care", by: clerk.principal)
            try await installation.app.test(.router) { client in
                let advisor = try await client.token(for: "advisor")
                let clinician = try await client.token(for: "clinician")
                let created = try await client.api(
                    .post, "/api/v1/health/releases", token: advisor, json: Self.releaseBody(patient.object.id))
                let id = try #require(try created.jsonObject()["id"] as? String)
                try await client.api(.post, "/api/v1/health/releases/\(id)/approval", token: clinician)
                    .problem(.forbidden, type: "role-required")
                try await client.api(.post, "/api/v1/health/releases/\(id)/approval", token: advisor)
                    .problem(.forbidden, type: "separation-of-duties")
                let release = try await client.api(.get, "/api/v1/health/releases/\(id)", token: advisor)
                #expect(try release.jsonObject()["status"] as? String == "requested")
            }
        }
    }

    @Test("the accounting of disclosures refuses edits and deletions: API (405) and SQL (trigger)")
    func appendOnly() async throws {
        try await withInstallation { installation in
            // setup: one disclosure
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            let advisor = try await installation.user("advisor", ReleaseUsers.advisor)
            let patient = try await installation.releasePatient("DUPONT", by: clerk.principal)
            let pid = patient.object.id
            try await installation.releaseConsent(of: pid, recipient: "Allianz Care", by: clerk.principal)
            let store = installation.chancery.healthReleases
            let release = try await store.requestRelease(
                of: pid,
                .init(recipient: "Allianz Care", purpose: "claim", entryTypes: [.consent], from: nil, until: nil),
                by: clerk.principal)
            _ = try await store.approveRelease(release.object.id, by: advisor.principal)
            _ = try await store.performRelease(release.object.id, by: clerk.principal)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                for method in [HTTPRequest.Method.patch, .delete, .put] {
                    let response = try await client.api(
                        method, "/api/v1/health/patients/\(pid)/disclosures", token: token, json: "{}")
                    #expect(response.status == .methodNotAllowed, "\(method): \(response.status)")
                }
            }
            // exercise + validate: the database itself refuses
            let database = installation.chancery.database
            await #expect(throws: (any Error).self) {
                try await database.transaction { db in
                    try await db.raw("UPDATE health_disclosures SET recipient = 'Someone else'").run()
                }
            }
            await #expect(throws: (any Error).self) {
                try await database.transaction { db in try await db.raw("DELETE FROM health_disclosures").run() }
            }
            let rows = try await database.read { db in
                try await db.raw("SELECT recipient FROM health_disclosures").all()
                    .map { try $0.decode(column: "recipient", as: String.self) }
            }
            #expect(rows == ["Allianz Care"])
        }
    }

    @Test("a NATO SECRET principal without MEDICAL sees no release, package, disclosure or count")
    func uncategorisedSeesNothing() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            let advisor = try await installation.user("advisor", ReleaseUsers.advisor)
            _ = try await installation.user("nora", ReleaseUsers.uncategorised)
            let patient = try await installation.releasePatient("DUPONT", by: clerk.principal)
            let pid = patient.object.id
            try await installation.releaseConsent(of: pid, recipient: "Allianz Care", by: clerk.principal)
            let store = installation.chancery.healthReleases
            let release = try await store.requestRelease(
                of: pid,
                .init(recipient: "Allianz Care", purpose: "claim", entryTypes: [.consent], from: nil, until: nil),
                by: clerk.principal)
            _ = try await store.approveRelease(release.object.id, by: advisor.principal)
            _ = try await store.performRelease(release.object.id, by: clerk.principal)
            let missing = ObjectID.make(milliseconds: Clock.nowMilliseconds())
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "nora")
                let list = try await client.api(.get, "/api/v1/health/releases?withTotal=true", token: token)
                #expect(list.status == .ok)
                let body = try list.jsonObject()
                #expect((body["items"] as? [Any])?.isEmpty == true)
                #expect(body["total"] as? Int == 0)
                #expect(!list.text.contains(release.object.id) && !list.text.contains("Allianz"))
                for path in [
                    "releases/\(release.object.id)", "releases/\(release.object.id)/package",
                    "patients/\(pid)/disclosures",
                ] {
                    let response = try await client.api(.get, "/api/v1/health/\(path)", token: token)
                    let problem = try response.problem(.notFound, type: "object-not-found")
                    let other = path.replacingOccurrences(of: release.object.id, with: missing).replacingOccurrences(
                        of: pid, with: missing)
                    let twin = try await client.api(.get, "/api/v1/health/\(other)", token: token).problem(
                        .notFound, type: "object-not-found")
                    #expect(
                        problem.detail.replacingOccurrences(of: release.object.id, with: missing).replacingOccurrences(
                            of: pid, with: missing) == twin.detail)
                }
                try await client.api(.post, "/api/v1/health/releases", token: token, json: Self.releaseBody(pid))
                    .problem(.forbidden, type: "role-required")
            }
        }
    }
}

/// The demo set of referrals, POD requests and releases loads on top of the demo accounts.
@Suite("Health releases demo data")
struct DemoHealthReleasesTests {
    @Test("the demo set creates a referral, an answered POD request and a release with its disclosure")
    func loads() async throws {
        try await withInstallation { installation in
            let chancery = installation.chancery
            try await DemoData.loadOnce(into: chancery)
            var principals: [String: Principal] = [:]
            for name in ["medclerk", "clinician", "advisor", "linemanager"] {
                principals[name] = try #require(try await chancery.users.find(username: name)).principal
            }
            let clerk = try #require(principals["medclerk"])
            let patient = try await DemoHealthReleases.demoPatient(chancery, clerk)
            let (_, disclosures) = try #require(
                try await chancery.healthReleases.disclosures(of: patient.object.id, by: clerk))
            #expect(disclosures.count == 1)
            let requests = try await chancery.healthReleases.podRequests(
                status: .answered, after: nil, limit: 10, by: try #require(principals["linemanager"]))
            #expect(requests.items.count == 1)
            #expect(try await chancery.healthReleases.referralCount(.init(status: .sent), by: clerk) == 1)
        }
    }
}
