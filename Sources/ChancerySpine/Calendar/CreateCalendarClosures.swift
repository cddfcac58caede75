import SQLKit

/// The headquarters' closure days (issue 19): days the site is shut beyond the Belgian public holidays, which the
/// deadline engine treats as non-working. None until an administrator configures some.
package struct CreateCalendarClosures: Migration {
    package let version = 18
    package let name = "CreateCalendarClosures"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            """
            CREATE TABLE calendar_closures (
                day TEXT PRIMARY KEY,
                note_en TEXT NOT NULL,
                note_fr TEXT NOT NULL,
                set_by TEXT NOT NULL,
                set_at BIGINT NOT NULL
            )
            """
        ])
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.raw("DROP TABLE calendar_closures").run()
    }
}
