import ChanceryKit
import ChancerySpine

/// The refusals of an application, each a sentence in the localisation table; none of them stores anything.
package enum ApplicationError {
    /// After 23:59:59 Brussels time on the deadline date (the vacancy's stored deadline instant).
    package static func deadlinePassed(_ deadline: String) -> AppError {
        AppError(
            .conflict, type: "deadline-passed", key: "recruitment.application.error.deadline", ["deadline": deadline])
    }

    /// A nationality outside the NATO member states, for a vacancy open to their nationals only.
    package static func notEligible(_ nationality: String) -> AppError {
        AppError(
            .unprocessableContent, type: "not-eligible-nationality", key: "recruitment.application.error.nationality",
            ["nationality": nationality], field: "nationality")
    }

    /// A second application by the same person (same email, or same name and date of birth) to the same vacancy.
    package static let duplicate = AppError(
        .conflict, type: "duplicate-application", key: "recruitment.application.error.duplicate")

    /// Every field to correct, at once.
    package static func invalid(_ items: [AppError.Item]) -> AppError {
        return .fields(.badRequest, type: "invalid-application", key: "recruitment.application.error.invalid", items)
    }

    /// Too many applications from one address in a minute.
    package static func tooMany(retryAfter seconds: Int) -> AppError {
        var error = AppError(
            .tooManyRequests, type: "too-many-applications", key: "recruitment.application.error.tooMany",
            ["seconds": String(seconds)])
        error.retryAfter = seconds
        return error
    }

    /// A reference, secret or window that does not let the caller attach a document: one answer for all of them.
    package static let noSuchReference = AppError(
        .notFound, type: "application-not-found", key: "recruitment.application.error.noSuchReference")

    /// The CV or the letter was already given.
    package static func documentGiven(_ kind: String) -> AppError {
        AppError(
            .conflict, type: "document-already-given", key: "recruitment.application.error.documentGiven",
            localizing: ["document": "recruitment.document.\(kind)"])
    }

    /// Two applications that cannot be merged: the same one, or applications to different vacancies.
    package static let notMergeable = AppError(
        .conflict, type: "not-mergeable", key: "recruitment.application.error.notMergeable")

    /// One of the two was already merged.
    package static let alreadyMerged = AppError(
        .conflict, type: "already-merged", key: "recruitment.application.error.alreadyMerged")

}
