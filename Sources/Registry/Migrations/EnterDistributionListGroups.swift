import ChanceryKit
import ChancerySpine
import SQLKit

/// Enters in the spine's group catalogue every group named on a distribution list and not entered yet, so a
/// list's members are groups that exist (the Registry's part of the spine's CreateGroups, issue 14). An
/// installation whose CreateGroups entered them already finds nothing left to do.
package struct EnterDistributionListGroups: Migration {
    package let version = 6
    package let name = "EnterDistributionListGroups"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        let rows = try await db.raw(
            """
            SELECT DISTINCT m.member FROM distribution_list_members m
            WHERE m.member_kind = 'group' AND NOT EXISTS (SELECT 1 FROM access_groups g WHERE g.name = m.member)
            ORDER BY m.member
            """
        ).all()
        let now = Clock.nowMilliseconds()
        for row in rows {
            let name = try row.decode(column: "member", as: String.self)
            guard GroupStore.isValidName(name) else { continue }
            try await db.raw(
                """
                INSERT INTO access_groups (id, name, title, created_at, updated_at)
                VALUES (\(bind: ObjectID.make(milliseconds: now)), \(bind: name), \(bind: name), \(bind: now), \(bind: now))
                """
            ).run()
        }
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {}
}
