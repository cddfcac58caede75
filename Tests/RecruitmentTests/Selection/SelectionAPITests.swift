import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import SQLKit
import Testing

@testable import ChancerySpine
@testable import Health
@testable import Recruitment

/// After a selection: the offer, the clearance, the medical approval the Health Office gives through the spine's
/// seam (fit, not fit or pending, nothing medical), the appointment gated on both, and the reserve list.
@Suite("Recruitment after selection")
struct SelectionAPITests {
    static func step(
        _ client: some TestClientProtocol, _ application: String, _ step: String, _ json: String = "{}",
        token: String
    ) async throws -> TestResponse {
        try await client.api(
            .post, "/api/v1/recruitment/applications/\(application)/selection/\(step)", token: token, json: json)
    }

    static var future: String { HeadquartersCalendar.day(Clock.nowMilliseconds() + 60 * 86_400_000) }

    @Test(
        "the appointment is refused until the offer is accepted, the clearance granted and the Health Office says fit")
    func appointmentGate() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("marta", RecruitmentMocks.healthClerk)
            try await installation.user("remi", LetterFixtures.registryClerk)
            let claire = try await installation.user("claire", MockUser.clinician).principal
            try await installation.app.test(.router) { client in
                // setup
                let token = try await client.token(for: "rita")
                let vacancy = try await LetterFixtures.vacancy(client, token: token)
                let application = try await LetterFixtures.application(client, to: vacancy)
                let patient = try await installation.patient("Lefèvre", "Élodie", born: "1990-04-12", by: claire)

                // exercise and validate: nothing yet, every reason at once
                let early = try await Self.step(
                    client, application, "appointment", #"{"startDate":"\#(Self.future)"}"#, token: token)
                #expect(early.status == .conflict)
                #expect(try early.jsonObject()["type"] as? String == "urn:chancery:problem:appointment-not-ready")
                let reasons = (try early.jsonObject()["errors"] as? [[String: Any]])?.compactMap {
                    $0["field"] as? String
                }
                #expect(reasons == ["offer", "clearance", "medical"])

                #expect(
                    try await Self.step(client, application, "offer-answer", #"{"answer":"accepted"}"#, token: token)
                        .status == .conflict)
                #expect(try await Self.step(client, application, "offer", token: token).status == .ok)
                #expect(
                    try await Self.step(client, application, "offer-answer", #"{"answer":"accepted"}"#, token: token)
                        .status == .ok)
                #expect(
                    try await Self.step(client, application, "clearance", #"{"status":"requested"}"#, token: token)
                        .status == .ok)
                let bad = try await Self.step(
                    client, application, "clearance", #"{"status":"maybe","on":"soon"}"#, token: token)
                #expect(bad.status == .badRequest)
                let pending = try await Self.step(client, application, "medical", token: token)
                #expect(pending.status == .ok)
                #expect((try pending.jsonObject()["medical"] as? [String: Any])?["status"] as? String == "pending")

                // granted, but not fit yet: one reason left, in French
                #expect(
                    try await Self.step(
                        client, application, "clearance", #"{"status":"granted","on":"2026-11-30"}"#, token: token
                    ).status == .ok)
                let notYet = try await client.api(
                    .post, "/api/v1/recruitment/applications/\(application)/selection/appointment", token: token,
                    json: #"{"startDate":"\#(Self.future)"}"#, headers: [.acceptLanguage: "fr"])
                #expect(notYet.status == .conflict)
                #expect(notYet.text.contains("en attente"), "\(notYet.text)")

                // the Health Office decides: Recruitment learns "fit" and the day, never the notes
                _ = try await installation.chancery.health.recordFitnessDecision(
                    for: patient.object.id, purpose: .appointment, outcome: .fit, decidedOn: "2026-12-01",
                    notes: "Essential hypertension (I10), controlled.", by: claire)
                let fit = try await Self.step(client, application, "medical", token: token)
                let medical = try #require(try fit.jsonObject()["medical"] as? [String: Any])
                #expect(medical["status"] as? String == "fit" && medical["decidedOn"] as? String == "2026-12-01")
                #expect(!fit.text.contains("hypertension") && !fit.text.contains(patient.object.id))

                let appointed = try await Self.step(
                    client, application, "appointment", #"{"startDate":"\#(Self.future)"}"#, token: token)
                #expect(appointed.status == .ok, "\(appointed.text)")
                let appointment = try #require(try appointed.jsonObject()["appointment"] as? [String: Any])
                #expect(appointment["startDate"] as? String == Self.future)
                let audited = try await installation.chancery.database.read { db in
                    try await db.raw(
                        "SELECT COUNT(*) AS n FROM audit_events WHERE action LIKE 'recruitment.selection.%' AND object_id = \(bind: application)"
                    ).first()?.decode(column: "n", as: Int64.self)
                }
                #expect(audited == 7, "each accepted step is audited, no refused one")
                // the Health Office audited each answer, and learnt nothing of the competition
                let answers = try await installation.chancery.database.read { db in
                    try await db.raw("SELECT details FROM audit_events WHERE action = 'health.fitness.answer'").all()
                        .map { try $0.decode(column: "details", as: String.self) }
                }
                #expect(answers.count == 5, "medical asked twice, appointment three times")
                for details in answers {
                    for word in [application, vacancy, "260901", "Recruitment Assistant", "example.org"] {
                        #expect(!details.contains(word), "\(details)")
                    }
                }

                // the health clerk and the registry clerk see nothing of it
                for user in ["marta", "remi"] {
                    let other = try await client.token(for: user)
                    let read = try await client.api(
                        .get, "/api/v1/recruitment/applications/\(application)/selection", token: other)
                    #expect(read.status == .notFound)
                    let write = try await Self.step(
                        client, application, "reserve", #"{"until":"\#(Self.future)"}"#, token: other)
                    #expect([.notFound, .forbidden].contains(write.status))
                    #expect(!write.text.contains("Lefèvre"))
                    let reserve = try await client.api(
                        .get, "/api/v1/recruitment/vacancies/\(vacancy)/reserve", token: other)
                    #expect(reserve.status == .notFound)
                }
            }
        }
    }

    @Test("a reserve-list candidate is offered a post of the same or a lower grade, never a higher one")
    func reserveOffer() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("remi", LetterFixtures.registryClerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let own = try await LetterFixtures.vacancy(client, token: token, number: "260901", grade: "B-4")
                let lower = try await LetterFixtures.vacancy(
                    client, token: token, number: "260902", grade: "B-3", title: "Office Assistant")
                let higher = try await LetterFixtures.vacancy(
                    client, token: token, number: "260903", grade: "A-2", title: "Analyst")
                let application = try await LetterFixtures.application(client, to: own, french: false)

                #expect(
                    try await Self.step(
                        client, application, "reserve-offer", #"{"vacancyId":"\#(lower)"}"#, token: token
                    ).status == .conflict)
                let past = try await Self.step(client, application, "reserve", #"{"until":"2020-01-01"}"#, token: token)
                #expect(past.status == .badRequest)
                #expect(
                    try await Self.step(client, application, "reserve", #"{"until":"\#(Self.future)"}"#, token: token)
                        .status == .ok)

                let refused = try await Self.step(
                    client, application, "reserve-offer", #"{"vacancyId":"\#(higher)"}"#, token: token)
                #expect(refused.status == .conflict)
                #expect(
                    try refused.jsonObject()["type"] as? String == "urn:chancery:problem:reserve-offer-higher-grade")
                #expect(refused.text.contains("A-2") && refused.text.contains("B-4"))
                let same = try await Self.step(
                    client, application, "reserve-offer", #"{"vacancyId":"\#(own)"}"#, token: token)
                #expect(same.status == .conflict)

                let offered = try await Self.step(
                    client, application, "reserve-offer", #"{"vacancyId":"\#(lower)"}"#, token: token)
                #expect(offered.status == .ok, "\(offered.text)")
                #expect((try offered.jsonObject()["offer"] as? [String: Any])?["vacancyId"] as? String == lower)

                // the reserve list of the vacancy, and the letters that follow
                let list = try await client.api(.get, "/api/v1/recruitment/vacancies/\(own)/reserve", token: token)
                let items = try #require(try list.jsonObject()["items"] as? [[String: Any]])
                #expect(items.count == 1 && items.first?["offerVacancyId"] as? String == lower)
                let reserveLetter = try await client.api(
                    .post, "/api/v1/recruitment/applications/\(application)/letters", token: token,
                    json: #"{"kind":"reserve"}"#)
                #expect(reserveLetter.status == .created)
                let offerLetter = try await client.api(
                    .post, "/api/v1/recruitment/applications/\(application)/letters", token: token,
                    json: #"{"kind":"offer"}"#)
                let offerID = try #require(try offerLetter.jsonObject()["id"] as? String)
                let html = try await client.api(.get, "/api/v1/recruitment/letters/\(offerID)/html", token: token)
                #expect(
                    html.text.contains("260902") && html.text.contains("Office Assistant"),
                    "the offer is for the other post")

                let remi = try await client.token(for: "remi")
                let hidden = try await client.api(.get, "/api/v1/recruitment/vacancies/\(own)/reserve", token: remi)
                #expect(hidden.status == .notFound)
            }
        }
    }

    @Test("grades compare within their family, a twin grade by its higher grade")
    func grades() {
        #expect(GradeOrder.isSameOrLower("B-3", than: "B-4") == true)
        #expect(GradeOrder.isSameOrLower("B-4", than: "B-4") == true)
        #expect(GradeOrder.isSameOrLower("B-5", than: "B-4") == false)
        #expect(GradeOrder.isSameOrLower("A-2", than: "B-6") == false)
        #expect(GradeOrder.isSameOrLower("B-6", than: "A-1") == true)
        #expect(GradeOrder.isSameOrLower("B-4", than: "B-4/G-10") == true)
        #expect(GradeOrder.isSameOrLower("G-10", than: "B-4/G-10") == true)
        #expect(GradeOrder.isSameOrLower("B-3/G-8", than: "B-4") == false)
        #expect(GradeOrder.isSameOrLower(nil, than: "B-4") == nil)
    }
}
