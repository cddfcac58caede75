import SQLKit

/// One versioned step of the schema. Never edit a shipped migration: add a new one.
public protocol Migration: Sendable {
    /// Position in the order of migrations; unique and never reused.
    var version: Int { get }
    /// Verb-first name, e.g. `CreateObjects`.
    var name: String { get }
    func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws
    func revert(on db: any SQLDatabase, engine: Database.Engine) async throws
}

extension SQLDatabase {
    /// Runs several statements in order.
    func run(_ statements: [SQLQueryString]) async throws {
        for statement in statements { try await raw(statement).run() }
    }
}
