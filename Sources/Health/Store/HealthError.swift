import ChanceryKit
import ChancerySpine

/// The Health Office's refusals, each a sentence in the localisation table.
package enum HealthError {
    package static func patientNotFound(_ id: String) -> AppError { .objectNotFound(id) }

    package static func entryTypeForbidden(_ type: String) -> AppError {
        AppError(
            .forbidden, type: "clinical-role-required", key: "health.error.clinicalEntry", ["type": type], field: "type"
        )
    }

    package static let consentRevoked = AppError(.conflict, type: "consent-revoked", key: "health.error.consentRevoked")
    package static let notAConsent = AppError(.conflict, type: "not-a-consent", key: "health.error.notAConsent")
    package static let correctionUnchanged = AppError(
        .unprocessableContent, type: "correction-unchanged", key: "health.error.correctionUnchanged")
    package static let breakGlassNeedless = AppError(
        .conflict, type: "break-glass-needless", key: "health.error.breakGlassNeedless")
    package static let alreadyReviewed = AppError(
        .conflict, type: "already-reviewed", key: "health.error.alreadyReviewed")
    /// The medical advisor who broke the glass may not also review the opening (four eyes).
    /// A suspected duplicate already merged or dismissed (or one of its records merged meanwhile).
    package static let duplicateDecided = AppError(
        .conflict, type: "duplicate-decided", key: "health.error.duplicateDecided")
    /// The advisor who opened the suspected duplicate may not also decide it (four eyes).
    package static let ownDuplicate = AppError(
        .forbidden, type: "separation-of-duties", key: "health.error.ownDuplicate")
    /// A record merged into another takes no more changes: its objects are in the surviving record.
    package static func merged(into survivor: String?) -> AppError {
        AppError(.conflict, type: "patient-merged", key: "health.error.merged", ["id": survivor ?? ""])
    }
    package static let ownBreakGlass = AppError(
        .forbidden, type: "separation-of-duties", key: "health.error.ownBreakGlass")

    package static func invalid(_ field: String, reasonKey: String) -> AppError {
        .invalidField(field, reasonKey: reasonKey)
    }
}
