import ChanceryKit
import ChancerySpine

/// The refusals of casework, each a sentence in `HR/Strings/cases.json`; none of them changes anything.
package enum HRCaseError {
    /// Every field to correct, at once.
    package static func invalid(_ items: [AppError.Item]) -> AppError {
        .fields(.badRequest, type: "invalid-case", key: "hr.error.invalid", items)
    }

    /// An officer may not open a case that names them: another officer must.
    package static let namedInCase = AppError(.forbidden, type: "conflict-of-interest", key: "hr.error.namedInCase")

    /// No account has this name (the person whose line manager is being recorded).
    package static func noSuchPerson(_ username: String) -> AppError {
        AppError(.notFound, type: "not-found", key: "hr.error.noSuchPerson", ["name": String(username.prefix(40))])
    }

    /// The manager named has no account.
    package static func unknownManager(_ username: String) -> AppError {
        var error = AppError.invalidField("lineManager", reasonKey: "hr.reason.noAccount")
        error.arguments["name"] = String(username.prefix(40))
        return error
    }

    /// The person themselves, or anyone above them, may not change their line manager: they would leave the chain.
    package static let ownChain = AppError(
        .forbidden, type: "conflict-of-interest", key: "hr.error.ownChain", field: "lineManager")

    /// A closed case takes no hearing.
    package static let caseClosed = AppError(.conflict, type: "case-closed", key: "hr.error.caseClosed")

    /// A chain of line managers may not come back to where it started.
    package static let managerLoop = AppError(
        .conflict, type: "line-manager-loop", key: "hr.error.managerLoop", field: "lineManager")
}
