import ChanceryKit
import ChancerySpine

/// The refusals of screening, each a sentence in both languages; none of them writes anything.
package enum ScreeningError {
    /// A mark for a criterion the vacancy does not have.
    package static func unknownCriterion(_ criterion: Int, count: Int) -> AppError {
        AppError(
            .unprocessableContent, type: "unknown-criterion", key: "recruitment.screening.error.criterion",
            ["criterion": String(criterion), "count": String(count)], field: "marks")
    }

    /// The same criterion marked twice in one request.
    package static func repeatedCriterion(_ criterion: Int) -> AppError {
        AppError(
            .badRequest, type: "invalid-field", key: "recruitment.screening.error.repeated",
            ["criterion": String(criterion)], field: "marks")
    }

    /// A rejection without its reason.
    package static let reasonRequired = AppError(
        .unprocessableContent, type: "reason-required", key: "recruitment.screening.error.reason", field: "reason")

    /// A move the application's stage does not allow.
    package static func moveNotAllowed(_ reference: String, from: ScreeningStage, to: ScreeningStage) -> AppError {
        AppError(
            .conflict, type: "stage-move-not-allowed", key: "recruitment.screening.error.move",
            ["reference": reference],
            localizing: [
                "from": "recruitment.stage.\(from.rawValue)",
                "to": "recruitment.stage.\(to.rawValue)",
            ], field: "stage")
    }

    /// An application of another vacancy in a bulk request on one vacancy's list.
    package static func otherVacancy(_ id: String) -> AppError {
        AppError(
            .unprocessableContent, type: "application-of-another-vacancy", key: "recruitment.screening.error.other",
            ["id": id], field: "applications")
    }

    /// A bulk request without applications, or with too many.
    package static func selection(max: Int) -> AppError {
        AppError(
            .badRequest, type: "invalid-field", key: "recruitment.screening.error.selection", ["max": String(max)],
            field: "applications")
    }

    /// A stage that does not exist.
    package static let unknownStage = AppError.invalidField("stage", reasonKey: "recruitment.screening.reason.stage")

    /// A note or a reason too long.
    package static func tooLong(_ field: String, max: Int) -> AppError {
        AppError(
            .badRequest, type: "invalid-field", key: "recruitment.screening.error.tooLong", ["max": String(max)],
            field: field)
    }
}
