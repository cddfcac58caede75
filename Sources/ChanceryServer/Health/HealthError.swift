import ChanceryKit

/// The Health Office's refusals, each a sentence in the localisation table.
enum HealthError {
    /// A patient with the same name and date of birth, or staff number, is already on file.
    static func duplicatePatient(existing id: String?) -> AppError {
        AppError(
            .conflict, type: "duplicate-patient", key: id == nil ? "health.error.duplicateHidden" : "health.error.duplicate",
            ["id": id ?? ""], field: "identity")
    }

    static func patientNotFound(_ id: String) -> AppError { .objectNotFound(id) }

    static func entryTypeForbidden(_ type: String) -> AppError {
        AppError(
            .forbidden, type: "clinical-role-required", key: "health.error.clinicalEntry", ["type": type], field: "type")
    }

    static let consentRevoked = AppError(.conflict, type: "consent-revoked", key: "health.error.consentRevoked")
    static let notAConsent = AppError(.conflict, type: "not-a-consent", key: "health.error.notAConsent")
    static let correctionUnchanged = AppError(
        .unprocessableContent, type: "correction-unchanged", key: "health.error.correctionUnchanged")
    static let breakGlassNeedless = AppError(.conflict, type: "break-glass-needless", key: "health.error.breakGlassNeedless")
    static let alreadyReviewed = AppError(.conflict, type: "already-reviewed", key: "health.error.alreadyReviewed")

    static func invalid(_ field: String, reasonKey: String) -> AppError {
        .invalidField(field, reasonKey: reasonKey)
    }
}
