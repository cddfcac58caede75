import ChanceryKit
import ChancerySpine

/// The refusals of referrals, POD requests and releases, each a sentence in `Health/Strings/releases.json`.
package enum HealthReleaseError {
    /// A referral, request or release asked to move to a state its current state does not lead to.
    package static func wrongState(_ kind: String, state: String) -> AppError {
        AppError(
            .conflict, type: "\(kind)-state", key: "health.rel.error.state.\(kind)", ["state": state],
            localizing: ["stateName": "health.rel.state.\(state)"])
    }

    /// No valid consent of the patient names this recipient today.
    package static func consentRequired(_ recipient: String) -> AppError {
        AppError(
            .conflict, type: "consent-required", key: "health.rel.error.consent", ["recipient": recipient],
            field: "recipient")
    }

    /// The medical advisor who requested a release may not also approve it (four eyes).
    package static let ownRelease = AppError(
        .forbidden, type: "separation-of-duties", key: "health.rel.error.ownRelease")

    /// A POD request the member of staff asked, or that is about them: another member of the office answers it.
    package static let ownPODRequest = AppError(
        .forbidden, type: "separation-of-duties", key: "health.rel.error.ownPOD")

    /// A closed POD request takes no further answer.
    package static let requestClosed = AppError(
        .conflict, type: "pod-request-closed", key: "health.rel.error.podClosed")

    package static func invalid(_ field: String, _ reason: String) -> AppError {
        AppError(.badRequest, type: "invalid-field", key: "health.rel.error.\(reason)", ["field": field], field: field)
    }
}
