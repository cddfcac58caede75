import ChanceryKit
import ChancerySpine
import Foundation

/// The demo's screening pipeline: candidates from member states apply to the two published vacancies, and the
/// recruitment assistant has marked and moved them, so that the screening page shows every stage — some still to
/// screen (one half-marked, a criterion to check), eligible ones, rejections with their reasons, a long list and a
/// short list.
enum DemoScreening {
    struct Candidate {
        var family: String
        var given: String
        var nationality: String
        var born: String
        /// The marks of the vacancy's criteria in order; fewer than the criteria leaves the rest unmarked.
        var marks: [ScreeningMarkValue]
        var notes: [Int: String] = [:]
        /// The moves made, in order.
        var moves: [ScreeningStage] = []
        var reason: String? = nil
        var isInternal = false
    }

    static let english: [Candidate] = [
        Candidate(family: "Janssens", given: "Liesbeth", nationality: "BEL", born: "1987-03-14", marks: []),
        Candidate(family: "Kowalski", given: "Piotr", nationality: "POL", born: "1990-11-02", marks: [.met]),
        Candidate(
            family: "Moreau", given: "Camille", nationality: "FRA", born: "1985-06-21", marks: [.met, .toCheck],
            notes: [2: "Degree obtained abroad: equivalence to confirm."]),
        Candidate(family: "Romano", given: "Sara", nationality: "ITA", born: "1992-01-30", marks: []),
        Candidate(
            family: "Andersen", given: "Mette", nationality: "DNK", born: "1983-09-09", marks: [.met, .met, .met],
            moves: [.eligible]),
        Candidate(
            family: "García López", given: "Javier", nationality: "ESP", born: "1988-04-17", marks: [.met, .met, .met],
            moves: [.eligible]),
        Candidate(
            family: "Novák", given: "Tomáš", nationality: "CZE", born: "1991-12-05", marks: [.met, .met, .met],
            moves: [.eligible], isInternal: true),
        Candidate(
            family: "Schmidt", given: "Jonas", nationality: "DEU", born: "1995-02-28", marks: [.notMet, .met, .met],
            notes: [1: "Eighteen months of comparable experience."], moves: [.rejected],
            reason: "Less than three years of experience in a comparable post (essential criterion 1)."),
        Candidate(
            family: "Popescu", given: "Andrei", nationality: "ROU", born: "1989-07-11", marks: [.met, .notMet, .met],
            moves: [.rejected], reason: "No university degree and no equivalent experience (essential criterion 2)."),
        Candidate(
            family: "Silva", given: "Inês", nationality: "PRT", born: "1986-10-03", marks: [.met, .met, .met],
            moves: [.eligible, .longList]),
        Candidate(
            family: "Nagy", given: "Eszter", nationality: "HUN", born: "1984-05-19", marks: [.met, .met, .met],
            moves: [.eligible, .longList]),
        Candidate(
            family: "O'Brien", given: "Siobhan", nationality: "GBR", born: "1982-08-25", marks: [.met, .met, .met],
            notes: [3: "SLP 4444 on file."], moves: [.eligible, .longList, .shortList]),
    ]

    static let french: [Candidate] = [
        Candidate(family: "Lefebvre", given: "Amélie", nationality: "FRA", born: "1990-02-12", marks: []),
        Candidate(family: "Dubois", given: "Marc", nationality: "BEL", born: "1986-05-30", marks: [.met, .toCheck]),
        Candidate(
            family: "Tremblay", given: "Julie", nationality: "CAN", born: "1988-09-18", marks: [.met, .met, .met],
            moves: [.eligible]),
        Candidate(
            family: "Peeters", given: "Koen", nationality: "BEL", born: "1993-03-07", marks: [.notMet, .met, .met],
            notes: [1: "Deux ans d'expérience comparable."], moves: [.rejected],
            reason: "Moins de trois ans d'expérience dans un poste comparable (critère essentiel 1)."),
    ]

    static func load(into chancery: Chancery, _ accounts: [String: Principal]) async throws {
        guard let recruiter = accounts["recruiter"] else { return }
        let published = try await chancery.recruitment.vacancies(
            state: .published, after: nil, limit: 50, by: recruiter
        ).items
        for (number, candidates) in [("260301", english), ("260302", french)] {
            guard let vacancy = published.first(where: { $0.vacancyNumber == number }) else { continue }
            try await load(candidates, to: vacancy, chancery: chancery, by: recruiter)
        }
    }

    static func load(_ candidates: [Candidate], to vacancy: Vacancy, chancery: Chancery, by recruiter: Principal)
        async throws
    {
        let criteria = vacancy.notice.essentialQualifications.count
        let today = HeadquartersCalendar.day(Clock.nowMilliseconds())
        for candidate in candidates {
            let request = ApplicationRequest(
                familyName: candidate.family, givenNames: candidate.given,
                email: ApplicationForm.fold(candidate.given + "." + candidate.family).replacingOccurrences(
                    of: " ", with: "-") + "@example.org",
                dateOfBirth: candidate.born, nationality: candidate.nationality,
                languages: [.init(language: "en", level: "V"), .init(language: "fr", level: "III")],
                internal: candidate.isInternal)
            let receipt = try await chancery.applications.apply(
                to: vacancy.object.id, try ApplicationForm(request, today: today).withDemoProfile(),
                address: "192.0.2.10")
            let marks = candidate.marks.prefix(criteria).enumerated().map { index, mark in
                ScreeningMarkInput(criterion: index + 1, mark: mark, note: candidate.notes[index + 1])
            }
            if !marks.isEmpty { _ = try await chancery.screening.setMarks(receipt.id, Array(marks), by: recruiter) }
            for stage in candidate.moves {
                _ = try await chancery.screening.move(
                    receipt.id, to: stage, reason: stage == .rejected ? candidate.reason : nil, by: recruiter)
            }
        }
    }

    /// Takes applications to the short list as the assistant does before a test or an interview: every essential
    /// criterion marked met, then eligible, long list and short list, each step from where the application stands.
    static func shortList(_ ids: [String], of vacancy: Vacancy, chancery: Chancery, by recruiter: Principal)
        async throws
    {
        let criteria = vacancy.notice.essentialQualifications.count
        let marks = (0..<criteria).map { ScreeningMarkInput(criterion: $0 + 1, mark: .met, note: nil) }
        for id in ids {
            var stage = try await chancery.screening.screening(id, by: recruiter).application.stage
            guard stage != .shortList else { continue }
            if stage == .rejected {
                _ = try await chancery.screening.move(id, to: .applied, reason: nil, by: recruiter)
                stage = .applied
            }
            if !marks.isEmpty { _ = try await chancery.screening.setMarks(id, marks, by: recruiter) }
            for next in [ScreeningStage.eligible, .longList, .shortList] where stage.allows(next) {
                _ = try await chancery.screening.move(id, to: next, reason: nil, by: recruiter)
                stage = next
            }
        }
    }
}
