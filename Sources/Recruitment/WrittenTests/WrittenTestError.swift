import ChanceryKit
import ChancerySpine

/// The refusals of written tests, each a sentence in the localisation table; none of them changes anything.
package enum WrittenTestError {
    /// Every field of a session (or every application of an invitation) to correct, at once.
    package static func invalid(_ items: [AppError.Item]) -> AppError {
        return .fields(.badRequest, type: "invalid-written-test", key: "recruitment.test.error.invalid", items)
    }

    /// Marks outside the paper's bounds, every question at once.
    package static func invalidMarks(_ items: [AppError.Item]) -> AppError {
        return .fields(.badRequest, type: "invalid-marks", key: "recruitment.test.error.marks", items, field: "marks")
    }

    /// Invitations refused as a whole: nobody was invited.
    package static func invitations(_ items: [AppError.Item]) -> AppError {
        return .fields(
            .conflict, type: "invitations-refused", key: "recruitment.test.error.invitations", items,
            field: "applications")
    }

    /// A change its state does not allow (an edit after the test was held, marks before it).
    package static func state(_ current: WrittenTest.State, action: String) -> AppError {
        AppError(
            .conflict, type: "written-test-state", key: "recruitment.test.error.\(action)", [:],
            localizing: ["state": "recruitment.test.state.\(current.rawValue)"], field: "state")
    }

    /// A move to a state that does not follow the current one.
    package static func transition(from current: WrittenTest.State, to target: WrittenTest.State) -> AppError {
        AppError(
            .conflict, type: "written-test-state", key: "recruitment.test.error.transition", [:],
            localizing: [
                "from": "recruitment.test.state.\(current.rawValue)", "to": "recruitment.test.state.\(target.rawValue)",
            ],
            field: "state")
    }

    /// Marking closed while scripts are still to mark.
    package static func stillToMark(_ count: Int) -> AppError {
        AppError(
            .conflict, type: "scripts-to-mark", key: "recruitment.test.error.stillToMark", ["count": String(count)],
            field: "state")
    }

    /// Results published before the names were shown beside the codes.
    package static let blind = AppError(
        .conflict, type: "written-test-blind", key: "recruitment.test.error.blind", field: "state")

    /// A second un-blinding.
    package static let alreadyUnblinded = AppError(
        .conflict, type: "written-test-unblinded", key: "recruitment.test.error.alreadyUnblinded")

}
