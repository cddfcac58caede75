import ChanceryKit
import ChancerySpine
import Foundation

/// The demo's selection panels: candidates apply to two published vacancies; the panel of the first has just been
/// composed (its members still to sign their declarations, interviews scheduled), the panel of the second has scored
/// every candidate and its secretary has drafted the report, which waits for the chair's signature.
enum DemoPanels {
    struct Candidate {
        var family: String
        var given: String
        var nationality: String
        var birth: String
    }

    static let candidates: [[Candidate]] = [
        [
            Candidate(family: "Lambert", given: "Sophie", nationality: "BEL", birth: "1988-03-14"),
            Candidate(family: "Rossi", given: "Marco", nationality: "ITA", birth: "1985-11-02"),
            Candidate(family: "Kowalska", given: "Anna", nationality: "POL", birth: "1990-06-21"),
        ],
        [
            Candidate(family: "Dubois", given: "Pierre", nationality: "FRA", birth: "1983-09-30"),
            Candidate(family: "de Vries", given: "Jan", nationality: "NLD", birth: "1991-01-17"),
            Candidate(family: "Popescu", given: "Elena", nationality: "ROU", birth: "1987-05-08"),
        ],
    ]

    static func load(into chancery: Chancery, _ accounts: [String: Principal]) async throws {
        guard let recruiter = accounts["recruiter"], let chair = accounts["panelchair"],
            let secretary = accounts["panelsecretary"], let member = accounts["panelmember"]
        else { return }
        let published = try await chancery.recruitment.vacancies(
            state: .published, after: nil, limit: 50, by: recruiter
        ).items.sorted { ($0.vacancyNumber ?? "") < ($1.vacancyNumber ?? "") }
        guard published.count >= 2 else { return }
        var panels: [String] = []
        for (vacancy, people) in zip(published.prefix(2), candidates) {
            // three short-listed candidates: those the screening took there, then some still to screen (the unmarked
            // first), else three of the panels' own, each short-listed as the assistant does before an interview
            // (not those the selection's demo already offered a post, put on the reserve list or sent a regret)
            let decided = Set([DemoSelection.selected, DemoSelection.reserve, DemoSelection.regretted].map(\.family))
            var applications = try await chancery.screening.applications(
                of: vacancy.object.id, stage: .shortList, after: nil, limit: 50, by: recruiter
            ).items.filter { !decided.contains($0.familyName) }.prefix(3).map(\.object.id)
            if applications.count < 3 {
                let waiting = try await chancery.screening.applications(
                    of: vacancy.object.id, stage: .applied, after: nil, limit: 50, by: recruiter
                ).items.sorted {
                    ($0.marksMet + $0.marksNotMet + $0.marksToCheck) < ($1.marksMet + $1.marksNotMet + $1.marksToCheck)
                }
                applications += waiting.prefix(3 - applications.count).map(\.object.id)
            }
            for person in applications.isEmpty ? people : [] {
                let email =
                    "\(ApplicationForm.fold(person.given)).\(ApplicationForm.fold(person.family))"
                    .replacingOccurrences(of: " ", with: "") + "@example.org"
                let form = try ApplicationForm(
                    ApplicationRequest(
                        familyName: person.family, givenNames: person.given, email: email,
                        dateOfBirth: person.birth, nationality: person.nationality,
                        languages: [.init(language: "en", level: "V"), .init(language: "fr", level: "III")],
                        internal: false), today: HeadquartersCalendar.day(Clock.nowMilliseconds())
                ).withDemoProfile()
                // another part of the demo may have brought the same person already: their application is kept
                guard
                    let receipt = try? await chancery.applications.apply(
                        to: vacancy.object.id, form, address: "demo")
                else { continue }
                applications.append(receipt.id)
            }
            try await DemoScreening.shortList(applications, of: vacancy, chancery: chancery, by: recruiter)
            let panel = try await chancery.panels.compose(
                PanelRequest(
                    vacancyId: vacancy.object.id,
                    members: [
                        .init(username: chair.username, role: PanelRole.chair.rawValue),
                        .init(username: secretary.username, role: PanelRole.secretary.rawValue),
                        .init(username: member.username, role: PanelRole.technicalMember.rawValue),
                    ], candidates: applications,
                    competencies: ["Teamwork", "Communication", "Organisation"]), by: recruiter)
            panels.append(panel.object.id)
            try await schedule(panel, chancery: chancery, by: recruiter)
        }
        let scored = panels[1]
        try await score(scored, chancery: chancery, members: [chair, secretary, member])
        let (panel, ranking) = try await chancery.panels.ranking(of: scored, by: secretary)
        let members = try await chancery.database.transaction { db in
            try await chancery.panels.members(of: scored, by: secretary, on: db)
        }
        _ = try await chancery.panels.draftReport(
            try ReportForm(
                ReportRequest(
                    textEn: PanelStore.prefilledReport(panel, ranking, members: members, french: false),
                    textFr: PanelStore.prefilledReport(panel, ranking, members: members, french: true))),
            on: scored, by: secretary)
    }

    /// Interviews every 45 minutes from 09:00 Brussels time, ten days from now.
    static func schedule(_ panel: Panel, chancery: Chancery, by recruiter: Principal) async throws {
        let view = try await chancery.panels.view(panel.object.id, by: recruiter)
        let day = HeadquartersCalendar.day(Clock.nowMilliseconds() + 10 * 86_400_000)
        for (index, candidate) in (view?.candidates ?? []).enumerated() {
            let start = 9 * 60 + index * 45
            func time(_ minutes: Int) -> String { String(format: "%02d:%02d", minutes / 60, minutes % 60) }
            _ = try await chancery.panels.schedule(
                try SlotForm(
                    SlotRequest(
                        candidateId: candidate.object.id, date: day, start: time(start), end: time(start + 40),
                        place: "Room B-214, Building Z", videoLink: index == 2 ? "https://video.example.org/panel" : nil
                    )), on: panel.object.id, by: recruiter)
        }
    }

    /// Every member declares no conflict and scores every candidate, each a little differently.
    static func score(_ panelID: String, chancery: Chancery, members: [Principal]) async throws {
        for (offset, member) in members.enumerated() {
            _ = try await chancery.panels.declare(
                DeclarationRequest(declaration: PanelDeclaration.noConflict.rawValue, note: nil), on: panelID,
                by: member)
            guard let view = try await chancery.panels.view(panelID, by: member) else { continue }
            for (index, candidate) in view.candidates.enumerated() {
                let entries = view.panel.competencies.enumerated().map { position, competency in
                    ScorecardRequest.Entry(
                        competency: competency, score: 1 + (index * 2 + position + offset) % 5,
                        note: position == 0 ? "Concrete examples from the current post." : nil)
                }
                _ = try await chancery.panels.score(
                    ScorecardRequest(scores: entries), candidate: candidate.object.id, on: panelID, by: member)
            }
        }
    }
}
