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
@testable import Registry

/// `/api/v1/health/referrals`: draft → sent → replied → closed, with the letters filed as correspondence.
@Suite("Health referrals API")
struct ReferralsAPITests {
    static func body(_ patient: String, due: String = "2026-12-31") -> String {
        """
        {"patient":"\(patient)","provider":"Dr Weber, cardiology practice","providerAddress":"Rue Haute 1, Mons",\
        "specialty":"Cardiology","reason":"Palpitations on exertion.\\nECG attached.","urgency":"urgent",\
        "replyDue":"\(due)"}
        """
    }

    @Test("a referral goes draft → sent → replied → closed; the letter and the reply are filed as correspondence")
    func lifeCycle() async throws {
        try await withInstallation { installation in
            // setup
            let clinician = try await installation.user("clinician", ReleaseUsers.clinician)
            _ = try await installation.user("clerk", ReleaseUsers.clerk)
            let patient = try await installation.releasePatient("DUPONT", by: clinician.principal)
            let pid = patient.object.id
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clinician")
                let clerk = try await client.token(for: "clerk")
                // exercise
                let created = try await client.api(
                    .post, "/api/v1/health/referrals", token: token, json: Self.body(pid))
                #expect(created.status == .created, "\(created.text)")
                let referral = try created.jsonObject()
                let id = try #require(referral["id"] as? String)
                #expect(referral["status"] as? String == "draft")
                #expect(referral["reason"] as? String == "Palpitations on exertion.\nECG attached.")
                #expect(created.headers[.location] == "/api/v1/health/referrals/\(id)")
                try await client.api(
                    .post, "/api/v1/health/referrals/\(id)/reply", token: clerk, json: #"{"summary":"Seen."}"#
                )
                .problem(.conflict, type: "referral-state")
                let sent = try await client.api(.post, "/api/v1/health/referrals/\(id)/sent", token: clerk)
                #expect(sent.status == .ok, "\(sent.text)")
                let letter = try #require(try sent.jsonObject()["letterEntry"] as? String)
                let replied = try await client.api(
                    .post, "/api/v1/health/referrals/\(id)/reply", token: clerk,
                    json: #"{"date":"2026-05-02","summary":"Holter normal; no treatment needed."}"#)
                #expect(replied.status == .ok, "\(replied.text)")
                let reply = try #require(try replied.jsonObject()["reply"] as? [String: Any])
                #expect(reply["date"] as? String == "2026-05-02")
                let replyEntry = try #require(reply["entry"] as? String)
                try await client.api(.post, "/api/v1/health/referrals/\(id)/cancellation", token: clerk)
                    .problem(.conflict, type: "referral-state")
                let closed = try await client.api(.post, "/api/v1/health/referrals/\(id)/closure", token: clerk)
                #expect(try closed.jsonObject()["status"] as? String == "closed")

                // validate: the correspondence entries in the record
                let entries = try await installation.chancery.health.entries(
                    of: pid, type: .correspondence, after: nil, limit: 10, by: clinician.principal
                ).items
                let byID = Dictionary(uniqueKeysWithValues: entries.map { ($0.object.id, $0) })
                #expect(byID[letter]?.content.direction == "out")
                #expect(byID[replyEntry]?.content.direction == "in")
                #expect(byID[replyEntry]?.content.text == "Holter normal; no treatment needed.")
                #expect(byID[replyEntry]?.content.correspondent == "Dr Weber, cardiology practice")
            }
        }
    }

    @Test("the list filters by status and by overdue replies")
    func filters() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            let patient = try await installation.releasePatient("DUPONT", by: clerk.principal)
            let store = installation.chancery.healthReleases
            func draft(_ due: String) -> Referral.Draft {
                .init(
                    provider: "Clinic", providerAddress: nil, specialty: "ENT", reason: "Hearing loss",
                    urgency: .routine,
                    referringClinician: nil, replyDue: due)
            }
            let late = try await store.createReferral(for: patient.object.id, draft("2020-01-01"), by: clerk.principal)
            let onTime = try await store.createReferral(
                for: patient.object.id, draft("2999-01-01"), by: clerk.principal)
            let unsent = try await store.createReferral(
                for: patient.object.id, draft("2020-01-01"), by: clerk.principal)
            _ = try await store.advanceReferral(late.object.id, .sent(date: "2019-12-01"), by: clerk.principal)
            _ = try await store.advanceReferral(onTime.object.id, .sent(date: "2019-12-01"), by: clerk.principal)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                func ids(_ query: String) async throws -> [String] {
                    let response = try await client.api(.get, "/api/v1/health/referrals\(query)", token: token)
                    #expect(response.status == .ok, "\(response.text)")
                    return (try response.jsonObject()["items"] as? [[String: Any]] ?? []).compactMap {
                        $0["id"] as? String
                    }
                }
                #expect(try await ids("?overdue=true") == [late.object.id])
                #expect(try await ids("?status=draft") == [unsent.object.id])
                #expect(Set(try await ids("?status=sent")) == [late.object.id, onTime.object.id])
                try await client.api(.get, "/api/v1/health/referrals?status=lost", token: token)
                    .problem(.badRequest, type: "invalid-query")
            }
        }
    }

    @Test("a NATO SECRET principal without MEDICAL sees no referral nor count, and a missing id looks the same")
    func uncategorisedSeesNothing() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            _ = try await installation.user("nora", ReleaseUsers.uncategorised)
            let patient = try await installation.releasePatient("DUPONT", by: clerk.principal)
            let referral = try await installation.chancery.healthReleases.createReferral(
                for: patient.object.id,
                .init(
                    provider: "Clinic", providerAddress: nil, specialty: "ENT", reason: "Hearing loss",
                    urgency: .routine,
                    referringClinician: nil, replyDue: nil),
                by: clerk.principal)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "nora")
                let list = try await client.api(.get, "/api/v1/health/referrals?withTotal=true", token: token)
                #expect(try list.jsonObject()["total"] as? Int == 0)
                #expect((try list.jsonObject()["items"] as? [Any])?.isEmpty == true)
                let hidden = try await client.api(.get, "/api/v1/health/referrals/\(referral.object.id)", token: token)
                    .problem(.notFound, type: "object-not-found")
                let missing = ObjectID.make(milliseconds: Clock.nowMilliseconds())
                let absent = try await client.api(.get, "/api/v1/health/referrals/\(missing)", token: token)
                    .problem(.notFound, type: "object-not-found")
                #expect(hidden.detail.replacingOccurrences(of: referral.object.id, with: missing) == absent.detail)
                try await client.api(.post, "/api/v1/health/referrals/\(referral.object.id)/sent", token: token)
                    .problem(.forbidden, type: "role-required")
            }
        }
    }
}
