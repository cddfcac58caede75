import ChanceryKit
import ChancerySpine

/// The refusals of the panel's work, each a sentence in the localisation table; none of them changes anything.
package enum PanelError {
    /// Every field to correct, at once.
    package static func invalid(_ items: [AppError.Item]) -> AppError {
        return .fields(.badRequest, type: "invalid-panel", key: "recruitment.panel.error.invalid", items)
    }

    /// The reader does not sit on the panel, or not in the seat the action needs.
    package static let notYourSeat = AppError(
        .forbidden, type: "panel-seat-required", key: "recruitment.panel.error.seat")

    /// A declaration is signed once.
    package static let alreadyDeclared = AppError(
        .conflict, type: "already-declared", key: "recruitment.panel.error.declared")

    /// A member scores only after declaring no conflict.
    package static let declarationFirst = AppError(
        .forbidden, type: "declaration-required", key: "recruitment.panel.error.declarationFirst")

    /// The ranking and the report wait until every member has declared and scored every candidate.
    package static let scoringIncomplete = AppError(
        .conflict, type: "scoring-incomplete", key: "recruitment.panel.error.incomplete")

    /// After the chair's sign-off nothing of the panel changes.
    package static let reportSigned = AppError(
        .conflict, type: "report-signed", key: "recruitment.panel.error.signed")

    /// The chair signs a drafted report only.
    package static let reportNotDrafted = AppError(
        .conflict, type: "report-not-drafted", key: "recruitment.panel.error.notDrafted")

}
