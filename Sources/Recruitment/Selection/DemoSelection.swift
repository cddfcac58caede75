import ChanceryKit
import ChancerySpine
import Foundation

/// The demo's candidates after a selection, on the published "Senior Recruitment Assistant" (260301), all three
/// short-listed at screening: one selected,
/// with her offer letter produced and sent, the offer accepted and the clearance requested; one on the reserve list
/// with his letter; a third who received the regret letter.
enum DemoSelection {
    struct Candidate {
        var family: String
        var given: String
        var born: String
        var nationality: String
        var language: String
    }

    static let selected = Candidate(
        family: "Dupont", given: "Claire", born: "1988-03-14", nationality: "FRA", language: "fr")
    static let reserve = Candidate(
        family: "Van den Berg", given: "Pieter", born: "1985-09-02", nationality: "NLD", language: "en")
    static let regretted = Candidate(
        family: "Rossi", given: "Giulia", born: "1992-06-21", nationality: "ITA", language: "en")

    static func load(into chancery: Chancery, _ recruiter: Principal) async throws {
        guard
            let vacancy = try await chancery.recruitment.vacancies(
                state: .published, after: nil, limit: 50, by: recruiter
            )
            .items.first(where: { $0.vacancyNumber == "260301" })
        else { return }
        let now = Clock.nowMilliseconds()
        let today = HeadquartersCalendar.day(now)
        func apply(_ candidate: Candidate) async throws -> String {
            let email = "\(candidate.given).\(candidate.family)".lowercased().replacingOccurrences(of: " ", with: "")
            let request = ApplicationRequest(
                familyName: candidate.family, givenNames: candidate.given, email: email + "@example.org",
                dateOfBirth: candidate.born, nationality: candidate.nationality,
                languages: [.init(language: candidate.language, level: "V")], internal: false)
            return try await chancery.applications.apply(
                to: vacancy.object.id, try ApplicationForm(request, today: today).withDemoProfile(), address: "demo"
            ).id
        }
        func shortListed(_ candidate: Candidate) async throws -> String {
            let id = try await apply(candidate)
            try await DemoScreening.shortList([id], of: vacancy, chancery: chancery, by: recruiter)
            return id
        }
        let letters = chancery.letters
        let selections = chancery.selections

        let claire = try await shortListed(selected)
        _ = try await selections.perform(.offer, SelectionRequest(), on: claire, by: recruiter)
        let offer = try await letters.produce(
            try LetterOrder(LetterRequest(kind: LetterKind.offer.rawValue)), for: claire, by: recruiter)
        _ = try await letters.markSent(offer.object.id, channel: .email, by: recruiter)
        var answer = SelectionRequest()
        answer.answer = Selection.OfferAnswer.accepted.rawValue
        _ = try await selections.perform(.offerAnswer, answer, on: claire, by: recruiter)
        var clearance = SelectionRequest()
        clearance.status = Selection.ClearanceStatus.requested.rawValue
        _ = try await selections.perform(.clearance, clearance, on: claire, by: recruiter)

        let pieter = try await shortListed(reserve)
        var until = SelectionRequest()
        until.until = HeadquartersCalendar.day(now + 365 * 86_400_000)
        _ = try await selections.perform(.reserve, until, on: pieter, by: recruiter)
        let reserveLetter = try await letters.produce(
            try LetterOrder(LetterRequest(kind: LetterKind.reserve.rawValue)), for: pieter, by: recruiter)
        _ = try await letters.markSent(reserveLetter.object.id, channel: .post, by: recruiter)

        let giulia = try await shortListed(regretted)
        _ = try await letters.produce(
            try LetterOrder(LetterRequest(kind: LetterKind.regret.rawValue)), for: giulia, by: recruiter)
    }
}
