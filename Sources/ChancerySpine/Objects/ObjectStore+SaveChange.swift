import ChanceryKit
import SQLKit

extension ObjectStore {
    /// Saves an object's new version over the one read and audits the change (`auditUpdate`), inside the caller's
    /// transaction; refused as stale, nothing saved, when another change came first. The refusal is returned rather
    /// than thrown, so that what the transaction audited before it still commits; `then` carries on with the saved
    /// object.
    package func saveChange(
        _ edited: LabelledObject, replacing current: LabelledObject, fields: [String], by principal: Principal,
        action: String, extra: [String: String] = [:], on db: any SQLDatabase
    ) async throws -> Checked<LabelledObject> {
        guard let saved = try await save(edited, replacing: current, on: db) else {
            return .refused(.stale(currentVersion: current.version + 1))
        }
        try await auditUpdate(
            saved, previous: current, fields: fields, by: principal, action: action, extra: extra, on: db)
        return .done(saved)
    }
}
