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

/// Record QA audits: a random sample of readable records, a checklist per record, answers, closure.
@Suite("Health QA audits API")
struct QAAuditsAPITests {
    static func start(_ client: some TestClientProtocol, token: String, size: Int, seed: Int? = nil) async throws
        -> [String: Any]
    {
        let seedField = seed.map { #","seed":\#($0)"# } ?? ""
        let response = try await client.api(
            .post, "/api/v1/health/audits", token: token,
            json: #"{"title":"Quarterly record audit","sampleSize":\#(size)\#(seedField)}"#)
        #expect(response.status == .created, "\(response.text)")
        return try response.jsonObject()
    }

    static func patientIDs(_ detail: [String: Any]) -> [String] {
        ((detail["items"] as? [[String: Any]]) ?? []).compactMap { $0["patientId"] as? String }
    }

    @Test("the sample holds only records the auditor may read, of the size asked, and the seed reproduces it")
    func sampleIsTrimmedAndSized() async throws {
        try await withInstallation { installation in
            let clinician = try await installation.user("martin", MockUser.clinician).principal
            let advisor = try await installation.user("advisor", AuditsSuppliesMocks.advisor).principal
            let health = installation.chancery.health
            var readable: Set<String> = []
            for name in ["Adams", "Baker", "Clark", "Dupont", "Evans"] {
                readable.insert(
                    try await health.createPatient(
                        AuditsSuppliesMocks.details(name), label: nil, careTeam: [], by: clinician
                    ).object.id)
            }
            // restricted to the advisor's care team: the clinician may not read them
            var restricted: Set<String> = []
            for name in ["Fischer", "Garcia"] {
                restricted.insert(
                    try await health.createPatient(
                        AuditsSuppliesMocks.details(name, restricted: true), label: nil, careTeam: [], by: advisor
                    ).object.id)
            }
            let (open, hidden) = (readable, restricted)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "martin")

                let three = try await Self.start(client, token: token, size: 3, seed: 42)
                let drawn = Self.patientIDs(three)
                #expect(drawn.count == 3)
                #expect(Set(drawn).isSubset(of: open))
                #expect(Set(drawn).isDisjoint(with: hidden))
                let audit = try #require(three["audit"] as? [String: Any])
                #expect(audit["sampled"] as? Int == 3)
                #expect(audit["seed"] as? Int == 42)
                #expect((audit["label"] as? [String: Any])?["categories"] as? [String] == ["MEDICAL"])

                let again = try await Self.start(client, token: token, size: 3, seed: 42)
                #expect(Self.patientIDs(again) == drawn, "the same seed draws the same sample")

                let all = try await Self.start(client, token: token, size: 100)
                #expect(Set(Self.patientIDs(all)) == open, "never more than the readable records")
                #expect((all["audit"] as? [String: Any])?["seed"] as? Int != nil)

                let bad = try await client.api(
                    .post, "/api/v1/health/audits", token: token, json: #"{"title":"x","sampleSize":0}"#)
                #expect(try bad.problem(.badRequest).field == "sampleSize")
                let clerkless = try await client.api(
                    .post, "/api/v1/health/audits", token: token, json: #"{"title":"x","sampleSize":1,"extra":1}"#)
                try clerkless.problem(.badRequest, type: "unknown-field")
            }
        }
    }

    @Test("the checklist passes a complete record and fails an incomplete one on each point")
    func checklistIsComputed() async throws {
        try await withInstallation { installation in
            let clinician = try await installation.user("martin", MockUser.clinician).principal
            let health = installation.chancery.health
            let complete = try await health.createPatient(
                AuditsSuppliesMocks.details("Complete"), label: nil, careTeam: [], by: clinician)
            let incomplete = try await health.createPatient(
                AuditsSuppliesMocks.details("Incomplete", complete: false), label: nil, careTeam: [], by: clinician)
            let consent = RecordEntry.ConsentTerms(
                recipient: "NATO Staff Insurance", scope: "claims", purpose: "reimbursement", validFrom: "2026-01-01",
                validUntil: "2027-12-31")
            _ = try await health.addEntry(
                to: complete.object.id,
                .init(
                    type: .consent, summary: "Consent to the insurer", date: "2026-02-01", clinicianID: nil, text: "",
                    codes: [], observations: [], correspondent: nil, direction: nil, consent: consent),
                label: nil, by: clinician)
            _ = try await health.addEntry(
                to: complete.object.id,
                .init(
                    type: .administrativeCode, summary: "Fitness examination", date: "2026-02-01", clinicianID: nil,
                    text: "", codes: [.init(system: "http://hl7.org/fhir/sid/icd-10", code: "Z02.1", display: nil)],
                    observations: [], correspondent: nil, direction: nil, consent: nil),
                label: nil, by: clinician)
            _ = try await health.addEntry(
                to: complete.object.id,
                .init(
                    type: .physicianNote, summary: "Annual review", date: "2026-02-02", clinicianID: clinician.id,
                    text: "Well.", codes: [], observations: [], correspondent: nil, direction: nil, consent: nil),
                label: nil, by: clinician)
            _ = try await health.addEntry(
                to: incomplete.object.id,
                .init(
                    type: .physicianNote, summary: "Unsigned note", date: "2026-02-02", clinicianID: nil,
                    text: "Seen.", codes: [], observations: [], correspondent: nil, direction: nil, consent: nil),
                label: nil, by: clinician)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "martin")
                let detail = try await Self.start(client, token: token, size: 2)
                let items = try #require(detail["items"] as? [[String: Any]])
                let byPatient = Dictionary(uniqueKeysWithValues: items.map { ($0["patientId"] as? String ?? "", $0) })

                let good = try #require(byPatient[complete.object.id]?["automatic"] as? [String: Any])
                #expect(good["completeness"] as? Bool == true)
                #expect((good["missing"] as? [String])?.isEmpty == true)
                #expect(good["consent"] as? Bool == true)
                #expect(good["codes"] as? Bool == true)
                #expect(good["signatures"] as? Bool == true)
                #expect(byPatient[complete.object.id]?["patientName"] as? String == "COMPLETE, Alex")

                let poor = try #require(byPatient[incomplete.object.id]?["automatic"] as? [String: Any])
                #expect(poor["completeness"] as? Bool == false)
                #expect(poor["missing"] as? [String] == ["emergencyContact", "insurer"])
                #expect(poor["consent"] as? Bool == false)
                #expect(poor["codes"] as? Bool == false)
                #expect(poor["signatures"] as? Bool == false)
            }
        }
    }

    @Test("answers, follow-ups and closure are recorded and audited; a closed audit no longer changes")
    func answerAndClose() async throws {
        try await withInstallation { installation in
            let clinician = try await installation.user("martin", MockUser.clinician).principal
            try await installation.user("claire", AuditsSuppliesMocks.clerk)
            let health = installation.chancery.health
            for name in ["Adams", "Baker"] {
                _ = try await health.createPatient(
                    AuditsSuppliesMocks.details(name), label: nil, careTeam: [], by: clinician)
            }
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "martin")
                let detail = try await Self.start(client, token: token, size: 2)
                let id = try #require((detail["audit"] as? [String: Any])?["id"] as? String)
                let patients = Self.patientIDs(detail)
                try #require(patients.count == 2)

                let early = try await client.api(.post, "/api/v1/health/audits/\(id)/closure", token: token)
                try early.problem(.conflict, type: "audit-unanswered")

                let answered = try await client.api(
                    .put, "/api/v1/health/audits/\(id)/items/\(patients[0])", token: token,
                    json:
                        #"{"checks":{"completeness":true,"consent":false,"codes":true,"signatures":true},"finding":"No consent on file.","followUp":"Ask the patient to sign a consent","followUpDue":"2026-12-31"}"#
                )
                #expect(answered.status == .ok, "\(answered.text)")
                let item = try answered.jsonObject()
                #expect(item["followUpStatus"] as? String == "open")
                #expect((item["checks"] as? [String: Any])?["consent"] as? Bool == false)
                #expect(item["reviewedBy"] as? String == clinician.id)

                let orphanStatus = try await client.api(
                    .put, "/api/v1/health/audits/\(id)/items/\(patients[1])", token: token,
                    json: #"{"followUpStatus":"done"}"#)
                #expect(try orphanStatus.problem(.badRequest).field == "followUpStatus")
                let stranger = ObjectID.make(milliseconds: Clock.nowMilliseconds())
                let notSampled = try await client.api(
                    .put, "/api/v1/health/audits/\(id)/items/\(stranger)", token: token, json: #"{"finding":"x"}"#)
                try notSampled.problem(.notFound)

                let clerk = try await client.token(for: "claire")
                let clerkAnswer = try await client.api(
                    .put, "/api/v1/health/audits/\(id)/items/\(patients[1])", token: clerk, json: #"{"finding":"x"}"#)
                try clerkAnswer.problem(.forbidden, type: "write-denied")

                let second = try await client.api(
                    .put, "/api/v1/health/audits/\(id)/items/\(patients[1])", token: token,
                    json: #"{"checks":{"completeness":true,"consent":true,"codes":true,"signatures":true}}"#)
                #expect(second.status == .ok, "\(second.text)")

                let closed = try await client.api(.post, "/api/v1/health/audits/\(id)/closure", token: token)
                #expect(closed.status == .ok, "\(closed.text)")
                let audit = try #require(try closed.jsonObject()["audit"] as? [String: Any])
                #expect(audit["state"] as? String == "closed")
                #expect(audit["reviewed"] as? Int == 2)
                #expect(audit["openFollowUps"] as? Int == 1)

                let late = try await client.api(
                    .put, "/api/v1/health/audits/\(id)/items/\(patients[1])", token: token, json: #"{"finding":"x"}"#)
                try late.problem(.conflict, type: "audit-closed")
                // after closure, a follow-up may still be marked done, and nothing else
                let rewritten = try await client.api(
                    .put, "/api/v1/health/audits/\(id)/items/\(patients[0])", token: token,
                    json:
                        #"{"checks":{"completeness":true,"consent":true,"codes":true,"signatures":true},"finding":"No consent on file.","followUp":"Ask the patient to sign a consent","followUpDue":"2026-12-31","followUpStatus":"done"}"#
                )
                try rewritten.problem(.conflict, type: "audit-closed")
                let followedUp = try await client.api(
                    .put, "/api/v1/health/audits/\(id)/items/\(patients[0])", token: token,
                    json:
                        #"{"checks":{"completeness":true,"consent":false,"codes":true,"signatures":true},"finding":"No consent on file.","followUp":"Ask the patient to sign a consent","followUpDue":"2026-12-31","followUpStatus":"done"}"#
                )
                #expect(followedUp.status == .ok, "\(followedUp.text)")
                #expect(try followedUp.jsonObject()["followUpStatus"] as? String == "done")
                let done = try (try await client.api(.get, "/api/v1/health/audits/\(id)", token: token)).jsonObject()
                #expect((done["audit"] as? [String: Any])?["openFollowUps"] as? Int == 0)

                let read = try await client.api(.get, "/api/v1/health/audits/\(id)", token: clerk)
                #expect(read.status == .ok)
                #expect(read.headers[.classification]?.contains("MEDICAL") == true)
                let actions = try await installation.auditActions(of: id)
                for action in [
                    "object.create", "health.audit.sample", "health.audit.answer", "health.audit.close", "object.read",
                ] {
                    #expect(actions.contains(action), "\(action) in \(actions)")
                }
                let drawnFor = try await installation.auditActions(of: patients[0])
                #expect(drawnFor.contains("health.audit.sample"), "the draw is in the patient's trail")
            }
        }
    }

    @Test("a principal without MEDICAL, or outside the Health Office, sees no audit, no count, and a plain 404")
    func trimmedForOthers() async throws {
        try await withInstallation { installation in
            let clinician = try await installation.user("martin", MockUser.clinician).principal
            try await installation.user("nina", AuditsSuppliesMocks.unbriefed)
            try await installation.user("otto", AuditsSuppliesMocks.outsider)
            try await installation.user("remi", MockUser.registry)
            _ = try await installation.chancery.health.createPatient(
                AuditsSuppliesMocks.details("Adams"), label: nil, careTeam: [], by: clinician)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "martin")
                let detail = try await Self.start(client, token: token, size: 1)
                let id = try #require((detail["audit"] as? [String: Any])?["id"] as? String)
                let patient = try #require(Self.patientIDs(detail).first)
                let own = try (try await client.api(.get, "/api/v1/health/audits", token: token)).jsonObject()
                #expect(own["total"] as? Int == 1)

                let missing = ObjectID.make(milliseconds: Clock.nowMilliseconds())
                for name in ["nina", "otto", "remi"] {
                    let other = try await client.token(for: name)
                    let list = try (try await client.api(.get, "/api/v1/health/audits", token: other)).jsonObject()
                    #expect((list["items"] as? [Any])?.isEmpty == true, "\(name)")
                    #expect(list["total"] as? Int == 0, "\(name)")
                    let hidden = try await client.api(.get, "/api/v1/health/audits/\(id)", token: other)
                    let absent = try await client.api(.get, "/api/v1/health/audits/\(missing)", token: other)
                    let hiddenProblem = try hidden.problem(.notFound)
                    let absentProblem = try absent.problem(.notFound)
                    #expect(hiddenProblem.type == absentProblem.type)
                    #expect(!hidden.text.contains("Adams") && !hidden.text.contains("ADAMS"))
                    let answer = try await client.api(
                        .put, "/api/v1/health/audits/\(id)/items/\(patient)", token: other, json: #"{"finding":"x"}"#)
                    try answer.problem(.notFound)
                    let close = try await client.api(.post, "/api/v1/health/audits/\(id)/closure", token: other)
                    try close.problem(.notFound)
                }
                // nobody else can draw a sample of records they cannot read
                let nina = try await client.token(for: "nina")
                let empty = try await client.api(
                    .post, "/api/v1/health/audits", token: nina, json: #"{"title":"x","sampleSize":5}"#)
                try empty.problem(.conflict, type: "nothing-to-sample")
                let remi = try await client.token(for: "remi")
                let refused = try await client.api(
                    .post, "/api/v1/health/audits", token: remi, json: #"{"title":"x","sampleSize":5}"#)
                try refused.problem(.forbidden, type: "role-required")
            }
        }
    }

    @Test("the seeded draw is a fixed permutation: same seed, same order; another seed, another order")
    func seededSample() {
        let ids = (0..<50).map { String(format: "ID%02d", $0) }
        #expect(QAAudit.sample(ids, size: 10, seed: 7) == QAAudit.sample(ids.reversed(), size: 10, seed: 7))
        #expect(QAAudit.sample(ids, size: 10, seed: 7) != QAAudit.sample(ids, size: 10, seed: 8))
        #expect(Set(QAAudit.sample(ids, size: 50, seed: 1)) == Set(ids))
        #expect(QAAudit.sample([], size: 3, seed: 1).isEmpty)
    }
}
