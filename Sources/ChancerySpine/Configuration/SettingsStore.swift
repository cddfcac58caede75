import SQLKit

/// Installation-wide facts kept in the `settings` table.
package enum SettingsStore {
    package static func value(_ name: String, on db: any SQLDatabase) async throws -> String? {
        try await db.raw("SELECT value FROM settings WHERE name = \(bind: name)").first()?
            .decode(column: "value", as: String.self)
    }

    package static func set(_ name: String, to value: String, on db: any SQLDatabase) async throws {
        try await db.raw("DELETE FROM settings WHERE name = \(bind: name)").run()
        try await db.raw("INSERT INTO settings (name, value) VALUES (\(bind: name), \(bind: value))").run()
    }
}
