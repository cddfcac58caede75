import ChanceryKit
import SQLKit

extension ObjectStore {
    /// Gives an object the access of another, never wider than it had, inside the caller's transaction (the
    /// caller audits): when a patient's record is merged into another, each of its objects takes the surviving
    /// record's access. The label becomes the dominant of both (never lowered), the object stays closed to its unit
    /// when either is, and its access entries become the model's current ones; `state`, when given, is the object's
    /// new state in the same version. Returns the saved object.
    package func conformAccess(
        of object: LabelledObject, to model: LabelledObject, state: String? = nil, by actor: String,
        on db: any SQLDatabase
    ) async throws -> LabelledObject {
        var conformed = object
        conformed.state = state ?? object.state
        conformed.label = try SecurityLabel.dominant(of: [object.label, model.label])
        conformed.openToUnit = object.openToUnit && model.openToUnit
        conformed.version = object.version + 1
        conformed.updatedAt = Clock.nowMilliseconds()
        let columns = try conformed.label.columns(in: catalog)
        try await db.raw(
            """
            UPDATE objects SET classification = \(bind: Int64(columns.classification)),
                releasable = \(bind: columns.releasable), categories = \(bind: columns.categories),
                label_json = \(bind: LabelledObject.labelJSON(conformed.label)),
                open_to_unit = \(bind: Int64(conformed.openToUnit ? 1 : 0)), state = \(bind: conformed.state),
                version = \(bind: conformed.version),
                updated_at = \(bind: conformed.updatedAt)
            WHERE id = \(bind: object.id)
            """
        ).run()
        try await db.raw("DELETE FROM object_acl WHERE object_id = \(bind: object.id)").run()
        try await db.raw(
            """
            INSERT INTO object_acl (object_id, grantee_kind, grantee, permission, granted_by, granted_at, expires_at)
            SELECT \(bind: object.id), grantee_kind, grantee, permission, \(bind: actor), \(bind: conformed.updatedAt),
                expires_at
            FROM object_acl WHERE object_id = \(bind: model.id)
                AND (expires_at IS NULL OR expires_at > \(bind: conformed.updatedAt))
            """
        ).run()
        return conformed
    }
}
