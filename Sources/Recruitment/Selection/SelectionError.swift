import ChanceryKit
import ChancerySpine

/// The refusals of the steps after a selection, each a sentence in the localisation table; none writes anything.
package enum SelectionError {
    /// An appointment before the offer is accepted, the clearance granted and the medical approval fit: every
    /// reason at once.
    package static func appointment(_ items: [AppError.Item]) -> AppError {
        return .fields(.conflict, type: "appointment-not-ready", key: "recruitment.selection.error.appointment", items)
    }

    /// An offer from the reserve list for a vacancy at a higher grade than the one the candidate was selected for.
    package static func higherGrade(target: String, source: String) -> AppError {
        AppError(
            .conflict, type: "reserve-offer-higher-grade", key: "recruitment.selection.error.higherGrade",
            ["target": target, "source": source], field: "vacancyId")
    }

    /// An offer from the reserve list where a grade cannot be read.
    package static let unknownGrade = AppError(
        .conflict, type: "reserve-offer-grade-unknown", key: "recruitment.selection.error.unknownGrade",
        field: "vacancyId")

    /// An offer from the reserve list for the candidate's own vacancy.
    package static let sameVacancy = AppError(
        .conflict, type: "reserve-offer-same-vacancy", key: "recruitment.selection.error.sameVacancy",
        field: "vacancyId")

    /// An offer from the reserve list for a candidate who is not (or no longer) on it.
    package static let notOnReserve = AppError(
        .conflict, type: "not-on-reserve-list", key: "recruitment.selection.error.notOnReserve")

    /// An answer to an offer never made.
    package static let noOffer = AppError(
        .conflict, type: "no-offer", key: "recruitment.selection.error.noOffer", field: "answer")

    /// The installation runs no office that answers fitness questions.
    package static let noHealthOffice = AppError(
        .serviceUnavailable, type: "no-health-office", key: "recruitment.selection.error.noHealthOffice")

    /// A field of a step that is missing or wrong.
    package static func field(_ field: String, _ reason: String) -> AppError {
        var error = AppError(
            .badRequest, type: "invalid-selection", key: "recruitment.selection.error.invalid", ["count": "1"],
            field: field)
        error.errors = [.init(field: field, code: "invalid", key: "recruitment.selection.reason.\(reason)")]
        return error
    }
}
