import ChanceryKit
import ChancerySpine
import Foundation

/// The demo's HR case management: the line managers of a few staff members, and cases of every type at several
/// stages, in English and French, each kept from the people it names and their managers. One names the second
/// officer, Inès Moreau: she does not see it, Hugo Officer does.
enum DemoHR {
    /// Who is above whom: the conflict rule follows these chains.
    static let lineManagers: [(String, String)] = [
        ("registry", "supervisor"), ("supervisor", "linemanager"), ("medclerk", "advisor"),
        ("recruiter", "sectionhead"),
        ("marker", "sectionhead"), ("hrofficer2", "linemanager"), ("panelmember", "panelchair"),
    ]

    struct Case {
        var type: HRCase.CaseType
        var title: String
        var complainant: String
        var respondent: String?
        var decisionWhat: String?
        var decisionBy: String?
        /// Days before today the decision was notified, and the case opened.
        var notifiedDaysAgo: Int?
        var openedDaysAgo: Int
        var articles: [String]
        var classification: Classification = .natoRestricted
        /// The steps taken since, each so many days before today, oldest first; the outcome closes the case.
        var steps: [(HRCase.State, Int)] = []
        var outcome: HRCase.Outcome? = nil
        /// The memos drafted in it, from their templates.
        var memos: [(HRMemo.Template, Language)] = []
        /// Hearings so many days from today (10:00–11:30 Brussels), and where.
        var hearings: [(Int, String)] = []
    }

    static let cases: [Case] = [
        Case(
            type: .administrativeReview, title: "Review of the refusal of a telework request", complainant: "registry",
            decisionWhat: "Refusal of a request for two days of telework a week", decisionBy: "Head of the Registry",
            notifiedDaysAgo: 24, openedDaysAgo: 20, articles: ["Art. 61.1", "Annex IX"],
            steps: [(.acknowledged, 18), (.underReview, 15)], memos: [(.acknowledgement, .en)]),
        Case(
            type: .grievance, title: "Réclamation relative à la notation annuelle", complainant: "medclerk",
            decisionWhat: "Rapport d’évaluation 2026 (mention « satisfaisant »)", decisionBy: "Chef du Bureau de santé",
            notifiedDaysAgo: 40, openedDaysAgo: 35, articles: ["Art. 61.2"],
            steps: [(.acknowledged, 30), (.mediation, 25)], memos: [(.acknowledgement, .fr), (.mediationNote, .fr)]),
        Case(
            type: .harassmentComplaint, title: "Complaint of harassment during a selection panel",
            complainant: "panelmember",
            respondent: "panelsecretary", notifiedDaysAgo: nil, openedDaysAgo: 12, articles: ["Annex XII"],
            classification: .natoConfidential, steps: [(.acknowledged, 11), (.underReview, 10)],
            hearings: [(3, "Building Z, room Z-104"), (10, "Building Z, room Z-104")]),
        Case(
            type: .appeal, title: "Appeal against the non-renewal of a contract", complainant: "marker",
            decisionWhat: "Non-renewal of a definite-duration contract", decisionBy: "Director of Staff",
            notifiedDaysAgo: 95, openedDaysAgo: 60, articles: ["Art. 62", "Annex IX, Art. 4"],
            classification: .natoConfidential,
            steps: [(.acknowledged, 55), (.underReview, 50), (.decisionDrafted, 20)],
            memos: [(.legalMemo, .en)], hearings: [(14, "Administrative Tribunal, hearing room 2")]),
        Case(
            type: .complaint, title: "Plainte relative à l’attribution d’une indemnité d’expatriation",
            complainant: "hrofficer2", respondent: "clinician", decisionWhat: "Refus de l’indemnité d’expatriation",
            decisionBy: "Service de la paie", notifiedDaysAgo: 15, openedDaysAgo: 9, articles: ["Art. 28"]),
        Case(
            type: .advice, title: "Privileges and immunities: customs clearance of household goods",
            complainant: "analyst", openedDaysAgo: 5, articles: [], steps: [(.underReview, 4), (.closed, 1)],
            outcome: .granted),
        Case(
            type: .pension, title: "Droits à pension après un congé sans traitement", complainant: "recruiter",
            openedDaysAgo: 3, articles: ["Annex IV"]),
        Case(
            type: .other, title: "Recognition of a dependent child for the education allowance",
            complainant: "clinician2", decisionWhat: "Refusal of the education allowance for a third child",
            decisionBy: "Personnel Services", notifiedDaysAgo: 8, openedDaysAgo: 2, articles: ["Art. 29.2"],
            steps: [(.acknowledged, 1)]),
        // closed cases of the past months, for the trends
        Case(
            type: .administrativeReview, title: "Review of a step increment withheld", complainant: "supervisor",
            decisionWhat: "Step increment withheld for 2026", decisionBy: "Director of Staff", notifiedDaysAgo: 230,
            openedDaysAgo: 210, articles: ["Art. 61.1"],
            steps: [
                (.acknowledged, 205), (.underReview, 200), (.decisionDrafted, 185), (.decisionNotified, 182),
                (.closed, 180),
            ],
            outcome: .rejected),
        Case(
            type: .grievance, title: "Réclamation relative aux horaires de permanence", complainant: "registry",
            decisionWhat: "Tableau des permanences du deuxième trimestre", decisionBy: "Chef du Registre",
            notifiedDaysAgo: 170, openedDaysAgo: 160, articles: ["Art. 61.2"],
            steps: [(.acknowledged, 150), (.mediation, 148), (.closed, 120)], outcome: .mediated),
        Case(
            type: .complaint, title: "Complaint about the refusal of a home leave", complainant: "clinician",
            decisionWhat: "Refusal of home leave in August", decisionBy: "Head of the Health Office",
            notifiedDaysAgo: 130, openedDaysAgo: 118, articles: ["Art. 42"],
            steps: [
                (.acknowledged, 110), (.underReview, 100), (.decisionDrafted, 75), (.decisionNotified, 70),
                (.closed, 68),
            ],
            outcome: .partlyGranted),
        Case(
            type: .appeal, title: "Appel contre une mesure disciplinaire", complainant: "recruiter",
            decisionWhat: "Blâme inscrit au dossier personnel", decisionBy: "Directeur du personnel",
            notifiedDaysAgo: 300, openedDaysAgo: 280, articles: ["Art. 59", "Annex IX, Art. 6"],
            classification: .natoConfidential, steps: [(.acknowledged, 275), (.underReview, 270), (.closed, 240)],
            outcome: .withdrawn),
    ]

    static func load(into chancery: Chancery, _ accounts: [String: Principal]) async throws {
        guard let officer = accounts["hrofficer"] else { return }
        if let admin = accounts["admin"] {
            _ = try await chancery.hrRuleSets.seed(
                name: DemoHRRules.name, effectiveFrom: DemoHRRules.effectiveFrom, limits: DemoHRRules.limits, by: admin)
        }
        for (person, manager) in lineManagers where accounts[person] != nil && accounts[manager] != nil {
            try await chancery.lineManagers.setLineManager(of: person, to: manager, by: officer)
        }
        let today = Clock.nowMilliseconds()
        func day(_ daysAgo: Int) -> String { HeadquartersCalendar.day(today - Int64(daysAgo) * 86_400_000) }
        for item in cases where accounts[item.complainant] != nil {
            let opened = try await chancery.hrCases.open(
                HRCaseStore.NewCase(
                    type: item.type, title: item.title, complainant: item.complainant,
                    respondent: item.respondent.flatMap { accounts[$0] != nil ? $0 : nil },
                    decisionWhat: item.decisionWhat, decisionBy: item.decisionBy,
                    decisionNotifiedOn: item.notifiedDaysAgo.map(day), articles: item.articles,
                    label: SecurityLabel(classification: item.classification), openedOn: day(item.openedDaysAgo)),
                by: officer)
            for (step, daysAgo) in item.steps {
                _ = try await chancery.hrCases.record(
                    CaseStepChange(step: step, on: day(daysAgo), outcome: step == .closed ? item.outcome : nil),
                    of: opened.object.id, by: officer)
            }
            for (inDays, place) in item.hearings {
                let day = HeadquartersCalendar.day(today + Int64(inDays) * 86_400_000)
                if let start = HeadquartersCalendar.instant(date: day, time: "10:00"),
                    let end = HeadquartersCalendar.instant(date: day, time: "11:30")
                {
                    _ = try await chancery.hrCases.scheduleHearing(
                        of: opened.object.id, startsAt: start, endsAt: end, place: place, by: officer)
                }
            }
            for (template, language) in item.memos {
                _ = try await chancery.draftHRMemo(template, language: language, of: opened.object.id, by: officer)
            }
        }
    }
}
