import ChancerySpine

/// The panels the reader may see, and for an assistant the form that starts composing one.
package struct PanelsListPage {
    package struct Row {
        package var id: String
        package var title: String
        package var report: String
    }

    package var panels: [Row]
    package var hasPanels: Bool
    package var canCompose: Bool
    package var vacancies: [RecruitmentChoice]
}

/// The composition form: the vacancy, up to six members with their seats, the candidates among the applications,
/// the competencies one per line.
package struct PanelComposePage {
    package struct MemberRow {
        package var index: Int
        package var username: String
        package var seats: [RecruitmentChoice]
        package var error: String?
    }

    package struct CandidateRow {
        package var id: String
        package var name: String
        package var reference: String
        package var checked: Bool
    }

    package var vacancyId: String
    package var vacancyTitle: String
    package var members: [MemberRow]
    package var candidates: [CandidateRow]
    package var hasCandidates: Bool
    package var competencies: String
}

/// A panel as its reader may see it: members and declarations always; candidates, slots with names, scorecards,
/// ranking and report only as their declaration and seat allow.
package struct PanelPage {
    package struct Member {
        package var name: String
        package var seat: String
        package var declaration: String
    }

    package struct Slot {
        package var when: String
        package var place: String
        package var videoLink: String?
        package var candidate: String?
    }

    package struct ScoreField {
        package var field: String
        package var noteField: String
        package var competency: String
        package var options: [RecruitmentChoice]
        package var note: String
        package var error: String?
    }

    package struct Candidate {
        package var id: String
        package var name: String
        package var reference: String
        package var fields: [ScoreField]
        package var scored: Bool
    }

    package struct Rank {
        package var position: Int
        package var name: String
        package var reference: String
        package var overall: String
        package var detail: String
    }

    package var id: String
    package var panelId: String
    package var title: String
    package var competencies: [String]
    package var members: [Member]
    package var mustDeclare: Bool
    package var declaredConflict: Bool
    package var waitingForDeclaration: Bool
    package var candidates: [Candidate]
    package var hasCandidates: Bool
    package var canScore: Bool
    package var slots: [Slot]
    package var hasSlots: Bool
    package var ranking: [Rank]
    package var hasRanking: Bool
    package var reportState: String
    package var reportEn: String?
    package var reportFr: String?
    package var canDraft: Bool
    package var draftEn: String
    package var draftFr: String
    package var canSign: Bool
    package var calendar: String
    /// The scheduling form, for who may change the panel (its vacancy's assistants) before the report is signed.
    package var schedule: ScheduleForm?
    /// The form that adds a short-listed candidate, for an assistant before sign-off.
    package var addCandidate: AddCandidateForm?

    package struct AddCandidateForm {
        package var vacancyId: String
        package var choices: [RecruitmentChoice]
        package var hasChoices: Bool
    }

    package struct ScheduleForm {
        package var candidates: [RecruitmentChoice]
        package var date: String
        package var start: String
        package var end: String
        package var place: String
        package var videoLink: String
    }
}
