import ChancerySpine

/// The written test sessions list: sortable, paged, filtered by state.
package struct WrittenTestsListPage {
    package struct Row {
        package var id: String
        package var title: String
        package var starts: String
        package var place: String
        package var state: String
    }

    package var canSchedule: Bool
    package var hasSessions: Bool
    package var sessions: [Row]
    package var headers: [ListHeader]
    package var pager: ListPager
    package var states: [RecruitmentChoice]
    package var sort: String
    package var order: String
}

/// The form of a session, new or planned: its fields as typed or stored.
package struct WrittenTestFormPage {
    package var action: String
    package var isNew: Bool
    package var version: String
    package var vacancies: [RecruitmentChoice]
    package var startsAt: String
    package var place: String
    package var room: String
    package var invigilators: String
    package var markers: String
    package var questions: String
    package var passMark: String
}

/// A session for its assistants: what, when and where, its candidates, what may be done next.
package struct WrittenTestPage {
    package struct Candidate {
        package var id: String
        package var reference: String
        package var name: String
    }

    package struct Move {
        package var state: String
        package var name: String
    }

    package var id: String
    package var vacancyId: String
    package var title: String
    package var state: String
    package var starts: String
    package var place: String
    package var room: String
    package var invigilators: String
    package var markers: String
    package var questions: [String]
    package var maximum: Int
    package var passMark: Int
    package var invitedCount: Int
    package var invited: [Candidate]
    package var hasInvited: Bool
    /// The applications of the vacancy not yet invited, while the session is planned.
    package var invitable: [Candidate]
    package var hasInvitable: Bool
    package var canInvite: Bool
    package var moves: [Move]
    package var hasMoves: Bool
    package var canUnblind: Bool
    package var unblinded: String?
    package var edit: WrittenTestFormPage?
}

/// A session's results: codes, marks, totals, pass or fail and rank; names beside the codes once un-blinded.
package struct WrittenTestResultsPage {
    package struct Row {
        package var rank: String
        package var code: String
        package var reference: String?
        package var name: String?
        package var marks: String
        package var total: String
        package var outcome: String
    }

    package var id: String
    package var title: String
    package var state: String
    package var passMark: Int
    package var maximum: Int
    package var revealed: Bool
    package var canUnblind: Bool
    package var rows: [Row]
    package var hasRows: Bool
}

/// The marker's scripts: codes and their state, never a candidate.
package struct TestScriptsListPage {
    package struct Row {
        package var id: String
        package var code: String
        package var starts: String
        package var place: String
        package var state: String
        package var total: String
    }

    package var hasScripts: Bool
    package var scripts: [Row]
    package var headers: [ListHeader]
    package var pager: ListPager
    package var states: [RecruitmentChoice]
    package var sort: String
    package var order: String
}

/// The marks form of a script: the code, each question with its maximum and the mark given or typed.
package struct TestScriptPage {
    package struct Question {
        package var index: Int
        package var field: String
        package var label: String
        package var maximum: Int
        package var mark: String
        package var invalid: Bool
        package var error: String?
    }

    package var id: String
    package var code: String
    package var starts: String
    package var place: String
    package var room: String
    package var state: String
    package var questions: [Question]
    package var maximum: Int
    package var total: String?
    package var canMark: Bool
}
