import ChanceryKit
import ChancerySpine

/// The refusals of vacancies, each a sentence in the localisation table.
package enum VacancyError {
    /// An import of nothing but white space.
    package static let emptyNotice = AppError(
        .badRequest, type: "empty-notice", key: "recruitment.error.emptyNotice", field: "notice")
    /// An import in which neither a title nor a vacancy number could be found: not a vacancy notice, or not one the
    /// reader knows.
    package static let unreadableNotice = AppError(
        .badRequest, type: "unreadable-notice", key: "recruitment.error.unreadableNotice", field: "notice")
    /// A body that is not UTF-8 text.
    package static let notText = AppError(
        .badRequest, type: "notice-not-text", key: "recruitment.error.notText", field: "notice")
    /// An import sent as anything but `text/plain`.
    package static let notPlainText = AppError(
        .unsupportedMediaType, type: "unsupported-media-type", key: "recruitment.error.notPlainText")

    /// A move its state does not allow (a closed vacancy published again, a filled one cancelled).
    package static func transition(from current: Vacancy.State, to target: Vacancy.State) -> AppError {
        AppError(
            .conflict, type: "vacancy-state", key: "recruitment.error.transition", [:],
            localizing: [
                "from": "recruitment.state.\(current.rawValue)", "to": "recruitment.state.\(target.rawValue)",
            ],
            field: "state")
    }

    /// An edit of a vacancy that is no longer a draft: a published notice does not change under its readers.
    package static func notDraft(_ state: Vacancy.State) -> AppError {
        AppError(
            .conflict, type: "vacancy-not-draft", key: "recruitment.error.notDraft", [:],
            localizing: ["state": "recruitment.state.\(state.rawValue)"])
    }

    /// Why a draft may not be published yet, every missing field at once; nil when it may.
    package static func publication(of vacancy: Vacancy, at now: Int64) -> AppError? {
        var items: [AppError.Item] = []
        if let deadline = vacancy.deadlineAt {
            if deadline <= now { items.append(.init(field: "deadline", key: "recruitment.publish.reason.passed")) }
        } else {
            items.append(.init(field: "deadline", key: "recruitment.publish.reason.deadline"))
        }
        guard !items.isEmpty else { return nil }
        return .fields(.conflict, type: "vacancy-incomplete", key: "recruitment.error.incomplete", items)
    }
}
