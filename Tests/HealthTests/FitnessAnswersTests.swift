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

/// The spine's fitness seam as the Health Office answers it: a clinician records fit / not fit for a purpose, and
/// the office that may ask (Recruitment, for an appointment) learns the status and the day and nothing medical;
/// every answer is audited in the Health Office, and whoever may not ask gets nothing.
@Suite("Fitness answers through the spine's seam")
struct FitnessAnswersTests {
    static let recruiter = UserAttributes(
        displayName: "Rita Recruiter", clearance: .natoRestricted, nationality: "ITA", categories: ["RECRUITMENT"],
        roles: [.recruitmentAssistant], units: ["CHR"], groups: [])

    /// The candidate as Recruitment knows them: other case, no accents.
    static let candidate = FitnessSubject(familyName: "LEFEVRE", givenNames: "elodie", dateOfBirth: "1990-04-12")

    static let diagnosis = "Essential hypertension (I10), under treatment"

    static func answers(_ installation: TestInstallation) throws -> any FitnessAnswering {
        try #require(installation.chancery.fitnessAnswering)
    }

    @Test("the asker learns fit or not fit and the day of the latest decision, nothing else; each answer is audited")
    func answer() async throws {
        try await withInstallation { installation in
            // setup
            let claire = try await installation.user("claire", MockUser.clinician).principal
            let rita = try await installation.user("rita", Self.recruiter).principal
            let answers = try Self.answers(installation)
            let patient = try await installation.patient("Lefèvre", "Élodie", born: "1990-04-12", by: claire)
            let health = installation.chancery.health

            // exercise and validate: no decision yet is pending, like nobody on file
            #expect(try await answers.fitness(of: Self.candidate, for: .appointment, askedBy: rita) == .pending)
            let stranger = FitnessSubject(familyName: "Novak", givenNames: "Ivan", dateOfBirth: "1970-01-01")
            #expect(try await answers.fitness(of: stranger, for: .appointment, askedBy: rita) == .pending)

            try await health.recordFitnessDecision(
                for: patient.object.id, purpose: .appointment, outcome: .notFit, decidedOn: "2026-11-02",
                notes: Self.diagnosis + "; review in three months.", by: claire)
            #expect(
                try await answers.fitness(of: Self.candidate, for: .appointment, askedBy: rita)
                    == FitnessAnswer(status: .notFit, decidedOn: "2026-11-02"))
            try await health.recordFitnessDecision(
                for: patient.object.id, purpose: .appointment, outcome: .fit, decidedOn: "2026-11-20",
                notes: "Blood pressure controlled. " + Self.diagnosis, by: claire)
            let fit = try await answers.fitness(of: Self.candidate, for: .appointment, askedBy: rita)
            #expect(fit == FitnessAnswer(status: .fit, decidedOn: "2026-11-20"))

            // What crosses: two fields, no word of the notes.
            let json = String(decoding: try JSONEncoder().encode(fit), as: UTF8.self)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["status", "decidedOn"])
            #expect(Mirror(reflecting: fit).children.count == 2)
            for word in ["hypertension", "I10", "pressure", "review", patient.object.id] {
                #expect(!json.contains(word))
            }

            // Another person with the same names, or a staff number that is not theirs, is not this decision.
            let twin = FitnessSubject(familyName: "Lefèvre", givenNames: "Élodie", dateOfBirth: "1991-04-12")
            #expect(try await answers.fitness(of: twin, for: .appointment, askedBy: rita) == .pending)
            let numbered = try await installation.patient(
                "Moreau", "Luc", born: "1985-01-01", staffNumber: "S-777", by: claire)
            try await health.recordFitnessDecision(
                for: numbered.object.id, purpose: .appointment, outcome: .fit, decidedOn: "2026-10-01", notes: "Fit.",
                by: claire)
            let luc = FitnessSubject(familyName: "Moreau", givenNames: "Luc", dateOfBirth: "1985-01-01")
            var otherNumber = luc
            otherNumber.staffNumber = "S-778"
            var ownNumber = luc
            ownNumber.staffNumber = "S-777"
            #expect(try await answers.fitness(of: otherNumber, for: .appointment, askedBy: rita) == .pending)
            #expect(try await answers.fitness(of: ownNumber, for: .appointment, askedBy: rita).status == .fit)

            // Audited in the Health Office: who asked, for what, to which office, the answer; never the notes.
            let events = try await installation.auditEvents(action: HealthFitnessAnswers.action)
            #expect(events.count == 7)
            #expect(events.allSatisfy { $0.actor == rita.id && $0.outcome == "success" })
            #expect(
                events[3].details == [
                    "purpose": "appointment", "to": "recruitment", "answer": "fit", "objects": patient.object.id,
                ])
            #expect(events[0].details == ["purpose": "appointment", "to": "recruitment", "answer": "pending"])
            #expect(events.map { $0.details["answer"] ?? "" }.prefix(4) == ["pending", "pending", "not-fit", "fit"])
            #expect(!events.contains { $0.details.values.contains { $0.contains("hypertension") } })
        }
    }

    @Test("a principal who may not ask gets a refusal, audited, and no answer")
    func refused() async throws {
        try await withInstallation { installation in
            let claire = try await installation.user("claire", MockUser.clinician).principal
            let askers = [
                try await installation.user("marta", HealthUser.clerk).principal,
                try await installation.user("nina", HealthUser.uncategorised).principal,
                try await installation.user("remi", MockUser.registry).principal,
                claire,
            ]
            let answers = try Self.answers(installation)
            let patient = try await installation.patient("Lefèvre", "Élodie", born: "1990-04-12", by: claire)
            try await installation.chancery.health.recordFitnessDecision(
                for: patient.object.id, purpose: .appointment, outcome: .fit, decidedOn: "2026-11-20",
                notes: Self.diagnosis, by: claire)

            for asker in askers {
                let error = await #expect(throws: AppError.self) {
                    try await answers.fitness(of: Self.candidate, for: .appointment, askedBy: asker)
                }
                #expect(error?.status == .forbidden && error?.type == "role-required")
                #expect(error?.requiredRoles == [.recruitmentAssistant])
            }
            let denials = try await installation.auditEvents(action: "access.denied").filter {
                $0.details["action"] == HealthFitnessAnswers.action
            }
            #expect(denials.map(\.actor) == askers.map(\.id))
            #expect(denials.allSatisfy { $0.outcome == "denied" && $0.details["reason"] == "role-required" })
            #expect(try await installation.auditEvents(action: HealthFitnessAnswers.action).isEmpty)
        }
    }

    @Test("the decision and its notes are read only with MEDICAL and the record's access, and the read is audited")
    func notes() async throws {
        try await withInstallation { installation in
            let claire = try await installation.user("claire", MockUser.clinician).principal
            let marta = try await installation.user("marta", HealthUser.clerk).principal
            let nina = try await installation.user("nina", HealthUser.uncategorised).principal
            let rita = try await installation.user("rita", Self.recruiter).principal
            let remi = try await installation.user("remi", MockUser.registry).principal
            let health = installation.chancery.health
            let patient = try await installation.patient("Lefèvre", "Élodie", born: "1990-04-12", by: claire)
            let decision = try await health.recordFitnessDecision(
                for: patient.object.id, purpose: .appointment, outcome: .notFit, decidedOn: "2026-11-02",
                notes: Self.diagnosis, by: claire)
            #expect(decision.object.label.categories.contains("MEDICAL"))

            let read = try #require(try await health.fitnessDecision(decision.object.id, by: claire))
            #expect(read.notes == Self.diagnosis && read.outcome == .notFit && read.clinicianID == claire.id)
            #expect(try await health.fitnessDecision(decision.object.id, by: marta)?.notes == Self.diagnosis)
            // Without MEDICAL (Nina has a Health Office role and the unit), or from another office: nothing.
            for outsider in [nina, rita, remi] {
                #expect(try await health.fitnessDecision(decision.object.id, by: outsider) == nil)
            }
            let reads = try await installation.auditEvents(action: "object.read").filter {
                $0.details["kind"] == FitnessDecision.kind
            }
            #expect(reads.map(\.actor) == [claire.id, marta.id])
            let denied = try await installation.auditEvents(action: "access.denied")
            #expect(Set(denied.map(\.actor)) == [nina.id, rita.id, remi.id])
        }
    }

    @Test("only a clinician who may write the record records a decision; a refused one stores nothing")
    func recording() async throws {
        try await withInstallation { installation in
            let claire = try await installation.user("claire", MockUser.clinician).principal
            let marta = try await installation.user("marta", HealthUser.clerk).principal
            let nina = try await installation.user("nina", HealthUser.uncategorised).principal
            var noMedical = MockUser.clinician
            noMedical.categories = []
            let victor = try await installation.user("victor", noMedical).principal
            let health = installation.chancery.health
            let patient = try await installation.patient("Lefèvre", "Élodie", born: "1990-04-12", by: claire)
            let id = patient.object.id

            for (principal, type) in [(marta, "role-required"), (nina, "role-required"), (victor, "object-not-found")] {
                let error = await #expect(throws: AppError.self) {
                    try await health.recordFitnessDecision(
                        for: id, purpose: .appointment, outcome: .fit, decidedOn: "2026-11-20", notes: "Fit.",
                        by: principal)
                }
                #expect(error?.type == type, "\(principal.id)")
            }
            for day in ["2026-02-30", ""] {
                await #expect(throws: AppError.self) {
                    try await health.recordFitnessDecision(
                        for: id, purpose: .appointment, outcome: .fit, decidedOn: day, notes: "Fit.", by: claire)
                }
            }
            let unknown = FitnessPurpose(name: "deployment", office: "recruitment", askers: [.recruitmentAssistant])
            await #expect(throws: AppError.self) {
                try await health.recordFitnessDecision(
                    for: id, purpose: unknown, outcome: .fit, decidedOn: "2026-11-20", notes: "Fit.", by: claire)
            }
            let stored = try await installation.chancery.database.read { db in
                try await db.raw("SELECT COUNT(*) AS n FROM health_fitness_decisions").first()?.decode(
                    column: "n", as: Int.self)
            }
            #expect(stored == 0)
        }
    }

    @Test(
        "through the API: a clinician records and reads a decision; a clerk may not record, an outsider reads nothing")
    func api() async throws {
        try await withInstallation { installation in
            let claire = try await installation.user("claire", MockUser.clinician).principal
            try await installation.user("marta", HealthUser.clerk)
            try await installation.user("nina", HealthUser.uncategorised)
            try await installation.user("rita", Self.recruiter)
            let patient = try await installation.patient("Lefèvre", "Élodie", born: "1990-04-12", by: claire)
            let path = "/api/v1/health/patients/\(patient.object.id)/fitness-decisions"
            let body =
                #"{"purpose":"appointment","outcome":"fit","decidedOn":"2026-11-20","notes":"\#(Self.diagnosis)"}"#
            try await installation.app.test(.router) { client in
                let clinician = try await client.token(for: "claire")
                // exercise: refusals first, then the decision
                let clerk = try await client.token(for: "marta")
                try await client.api(.post, path, token: clerk, json: body).problem(.forbidden, type: "role-required")
                for (json, type) in [
                    (body.replacingOccurrences(of: "\"fit\"", with: "\"unfit\""), "invalid-field"),
                    (body.replacingOccurrences(of: "appointment", with: "deployment"), "invalid-field"),
                    (body.replacingOccurrences(of: "2026-11-20", with: "20/11/2026"), "invalid-field"),
                    (body.replacingOccurrences(of: "{", with: #"{"diagnosis":"I10","#), "unknown-field"),
                ] {
                    try await client.api(.post, path, token: clinician, json: json).problem(.badRequest, type: type)
                }
                let created = try await client.api(.post, path, token: clinician, json: body)

                // validate
                #expect(created.status == .created, "\(created.text)")
                let object = try created.jsonObject()
                let id = try #require(object["id"] as? String)
                #expect(created.headers[.location] == "/api/v1/health/fitness-decisions/\(id)")
                #expect(created.headers[.classification]?.contains("MEDICAL") == true)
                #expect(object["outcome"] as? String == "fit" && object["notes"] as? String == Self.diagnosis)
                let read = try await client.api(.get, "/api/v1/health/fitness-decisions/\(id)", token: clinician)
                #expect(read.status == .ok && read.text.contains("I10"))
                for outsider in ["nina", "rita"] {
                    let token = try await client.token(for: outsider)
                    let refused = try await client.api(.get, "/api/v1/health/fitness-decisions/\(id)", token: token)
                    try refused.problem(.notFound, type: "object-not-found")
                    #expect(!refused.text.contains("I10"))
                }
                let stored = try await installation.chancery.database.read { db in
                    try await db.raw("SELECT COUNT(*) AS n FROM health_fitness_decisions").first()?.decode(
                        column: "n", as: Int.self)
                }
                #expect(stored == 1, "the refused posts stored nothing")
            }
        }
    }
}
