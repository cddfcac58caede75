import ChanceryKit
import SQLKit

/// The principals an object is kept from (the conflict rule of casework): written by the office that knows who an
/// object is about, in the transaction of the change that makes it so, and read by the access decision.
extension ObjectStore {
    /// The ids of the principals the object is kept from.
    package func exclusions(of id: String, on db: any SQLDatabase) async throws -> Set<String> {
        Set(
            try await db.raw("SELECT user_id FROM object_exclusions WHERE object_id = \(bind: id)").all()
                .map { try $0.decode(column: "user_id", as: String.self) })
    }

    /// Keeps the object from exactly `userIDs` from now on, in the caller's transaction, and records the change in
    /// the audit trail (`object.exclusions`, with how many were added and removed; never their names, which would say
    /// who a case is about). Nothing is written when nothing changes.
    package func setExclusions(
        of id: String, to userIDs: Set<String>, by actor: Principal, on db: any SQLDatabase
    ) async throws {
        let current = try await exclusions(of: id, on: db)
        let added = userIDs.subtracting(current).sorted()
        let removed = current.subtracting(userIDs).sorted()
        guard !added.isEmpty || !removed.isEmpty else { return }
        if !removed.isEmpty {
            try await db.raw(
                "DELETE FROM object_exclusions WHERE object_id = \(bind: id) AND user_id IN (\(binds: removed))"
            ).run()
        }
        for user in added {
            try await db.raw("INSERT INTO object_exclusions (object_id, user_id) VALUES (\(bind: id), \(bind: user))")
                .run()
        }
        try await audit.append(
            AuditEntry(
                actor: actor.id, action: "object.exclusions", objectID: id,
                details: ["added": String(added.count), "removed": String(removed.count)]),
            on: db)
    }
}
