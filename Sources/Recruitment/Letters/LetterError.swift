import ChanceryKit
import ChancerySpine

/// The refusals of letters and their templates, each a sentence in the localisation table; none writes anything.
package enum LetterError {
    /// A template with fields to correct (empty, too long, or a placeholder Chancery does not know), every one at once.
    package static func invalidTemplate(_ items: [AppError.Item]) -> AppError {
        return .fields(.badRequest, type: "invalid-letter-template", key: "recruitment.letters.error.template", items)
    }

    /// A letter request with fields to correct, every one at once.
    package static func invalidLetter(_ items: [AppError.Item]) -> AppError {
        return .fields(.badRequest, type: "invalid-letter", key: "recruitment.letters.error.letter", items)
    }

    /// A template that does not exist (kind or language unknown).
    package static func noTemplate(_ name: String) -> AppError {
        AppError(.notFound, type: "not-found", key: "recruitment.letters.error.noTemplate", ["name": name])
    }

    /// A reserve-list letter for a candidate who is not on the reserve list.
    package static let notOnReserve = AppError(
        .conflict, type: "not-on-reserve-list", key: "recruitment.letters.error.notOnReserve", field: "kind")

    /// A sent log entry with a channel Chancery does not know.
    package static let channel = AppError.invalidField("channel", reasonKey: "recruitment.letters.channelReason")

    /// The PDF could not be made (weasyprint missing or failing): said to the user, the detail logged.
    package static let noPDF = AppError(
        .serviceUnavailable, type: "pdf-unavailable", key: "recruitment.letters.error.noPDF")
}
