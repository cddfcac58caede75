import ChanceryKit
import ChancerySpine

extension Role {
    /// The senior recruitment assistant of the Civilian HR section: vacancies, candidates, tests, letters.
    package static let recruitmentAssistant = Role("recruitment.assistant")
    /// A member of a selection panel: sees only the panels they sit on.
    package static let recruitmentPanel = Role("recruitment.panel")
    /// A marker of written tests: sees only the anonymised scripts of the sessions they mark, never a candidate.
    package static let recruitmentMarker = Role("recruitment.marker")
    /// The head of the Civilian HR section's recruitment: the dashboard and the reports (counts only, never a
    /// candidate), and the assistants' workload.
    package static let recruitmentHead = Role("recruitment.head")
}

/// Who works in Recruitment, and what the rest of the system calls it: its card on the home page, its jobs as a
/// refusal names them, its facet in search.
extension RecruitmentOffice {
    package var roles: [Role] { [.recruitmentAssistant, .recruitmentPanel, .recruitmentMarker, .recruitmentHead] }

    package var demoAccounts: [DemoData.Account] {
        [
            DemoData.account(
                "recruiter", "Rita Recruiter", .natoRestricted, "ITA", ["RECRUITMENT"], [.recruitmentAssistant],
                ["CHR"]),
            DemoData.account(
                "panelchair", "Paul Chairman", .natoSecret, "NLD", [], [.recruitmentPanel], ["JISD"]),
            DemoData.account(
                "panelsecretary", "Sandrine Secrétaire", .natoSecret, "FRA", [], [.recruitmentPanel], ["JISD"]),
            DemoData.account(
                "panelmember", "Tomasz Member", .natoSecret, "POL", [], [.recruitmentPanel], ["JISD"]),
            DemoData.account("marker", "Mark Marker", .natoRestricted, "NLD", [], [.recruitmentMarker], []),
            DemoData.account(
                "sectionhead", "Hélène Chef", .natoRestricted, "BEL", ["RECRUITMENT"], [.recruitmentHead], ["CHR"]),
        ]
    }

}
