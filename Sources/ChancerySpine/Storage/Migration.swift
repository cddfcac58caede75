import SQLKit

/// One versioned step of the schema. Never edit a shipped migration: add a new one.
public protocol Migration: Sendable {
    /// Position in the order of migrations; unique and never reused.
    var version: Int { get }
    /// Verb-first name, e.g. `CreateObjects`.
    var name: String { get }
    func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws
    func revert(on db: any SQLDatabase, engine: Database.Engine) async throws
    /// True when the step rebuilds a table others refer to (SQLite changes a column constraint only so): on SQLite
    /// the migrator then runs it with foreign keys off, and checks every foreign key before it commits.
    var rebuildsTables: Bool { get }
}

extension Migration {
    public var rebuildsTables: Bool { false }
}

extension SQLDatabase {
    /// Runs several statements in order.
    package func run(_ statements: [SQLQueryString]) async throws {
        for statement in statements { try await raw(statement).run() }
    }
}
