import ChancerySpine

/// A vacancy's applications as screening shows them: filter by stage, sortable, paged, with the checkboxes of a
/// bulk move and its CSV.
package struct ScreeningListPage {
    package struct Row {
        package var id: String
        package var reference: String
        package var candidate: String
        package var nationality: String
        package var submitted: String
        package var marks: String
        package var stage: String
        package var selectLabel: String
        package var checked: Bool
    }

    package var vacancyID: String
    package var vacancyTitle: String
    package var hasApplications: Bool
    package var applications: [Row]
    package var headers: [ListHeader]
    package var pager: ListPager
    package var stages: [RecruitmentChoice]
    package var moves: [RecruitmentChoice]
    package var reason: String
    /// The order and the filter the forms keep.
    package var sort: String
    package var order: String
    package var stageFilter: String
}

/// One application's screening: each essential criterion with its mark and note, and the stage with its moves.
package struct ScreeningFormPage {
    package struct Criterion {
        package var number: Int
        package var text: String
        package var label: String
        package var marks: [RecruitmentChoice]
        package var note: String
        package var markError: String?
        package var noteError: String?
    }

    package var id: String
    package var reference: String
    package var candidate: String
    package var nationality: String
    package var isInternal: Bool
    package var submitted: String
    package var vacancyID: String
    package var vacancyTitle: String
    package var stage: String
    package var reason: String?
    package var criteria: [Criterion]
    package var hasCriteria: Bool
    package var moves: [RecruitmentChoice]
    package var hasMoves: Bool
    package var typedReason: String
}
