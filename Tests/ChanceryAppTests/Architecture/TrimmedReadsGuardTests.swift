import Foundation
import Testing

/// Makes "every query that returns objects is security-trimmed in SQL" enforceable: every SQL statement under
/// `Sources/` that reads `objects` or an office table (with `FROM` or `JOIN`) must use the trimmed-query helper
/// (`SecurityScope.readable(…)` or `.labelPermits(…)`), or be on `TrimmedReadsGuardTests.allowList` with the reason
/// it may read untrimmed. A new untrimmed read fails here; so does an entry that no longer matches any read.
///
/// See docs/security-model.md, "The trimmed-reads guard", for when an entry is right and when it is not.
@Suite("Trimmed reads guard")
struct TrimmedReadsGuardTests {
    /// An untrimmed read that is allowed: the file's name, its enclosing function (or property), the tables it
    /// reads (sorted, comma-separated; `(interpolated)` for a table given by interpolation), and why.
    struct AllowedRead: CustomStringConvertible {
        var file: String
        var function: String
        var reads: String
        var reason: String

        init(_ file: String, _ function: String, reads: String, _ reason: String) {
            self.file = file
            self.function = function
            self.reads = reads
            self.reason = reason
        }

        var key: String { "\(file) · \(function) · reads \(reads)" }
        var description: String { key }
    }

    /// An untrimmed read found in the sources.
    struct FoundRead {
        var file: String
        var function: String
        var read: SwiftSQLScanner.Read

        var key: String { "\(file) · \(function) · reads \(read.tables.sorted().joined(separator: ", "))" }
    }

    /// The tables of the spine that hold no labelled object, each with why reading it needs no trimming. Every
    /// other table a migration creates is guarded: a new table is guarded until it is listed here.
    static let unguardedTables: [String: String] = [
        "users": "accounts: who people are, not labelled objects",
        "sessions": "sign-in sessions",
        "login_throttles": "failed sign-in counters",
        "access_groups": "need-to-know group names and members",
        "special_categories": "the catalogue of special categories",
        "settings": "installation settings",
        "schema_migrations": "which migrations ran",
        "idempotency_keys": "a client's own earlier answer, replayed only to the same user",
        "audit_events": "the audit chain, read through its own rules (ObjectStore+AuditTrail trims what events name)",
        "audit_event_objects": "the audit chain's index of events by object",
        "audit_head": "the audit chain's last hash",
        "audit_checkpoints": "the audit chain's signed checkpoints",
        "blobs": "content hashes and sizes; file content reaches a reader only through attachments",
        "reference_counters": "the next number of each reference series",
        "saved_searches": "a person's own search texts, read only by their owner; running one searches trimmed",
    ]

    /// The helper itself: its own SQL is the predicate, not a read to guard.
    static let helperFile = "SecurityScope.swift"

    // MARK: the sources

    static var sourcesDirectory: URL {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
            let parent = directory.deletingLastPathComponent()
            precondition(parent.path != directory.path, "no Package.swift above \(#filePath)")
            directory = parent
        }
        return directory.appendingPathComponent("Sources")
    }

    /// Every literal of every Swift file under `Sources/`, with its file's name.
    static func sourceLiterals() throws -> [(file: String, literal: SwiftSQLScanner.Literal)] {
        let files = FileManager.default.enumerator(at: sourcesDirectory, includingPropertiesForKeys: nil)
        var literals: [(String, SwiftSQLScanner.Literal)] = []
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let source = try String(contentsOf: url, encoding: .utf8)
            literals += SwiftSQLScanner.literals(in: source).map { (url.lastPathComponent, $0) }
        }
        return literals
    }

    static func guardedTables(_ literals: [(file: String, literal: SwiftSQLScanner.Literal)]) -> Set<String> {
        SwiftSQLScanner.createdTables(in: literals.map(\.literal)).subtracting(unguardedTables.keys)
    }

    static func untrimmedReads() throws -> [FoundRead] {
        let literals = try sourceLiterals()
        let guarded = guardedTables(literals)
        return literals.compactMap { file, literal in
            guard file != helperFile, let read = SwiftSQLScanner.read(literal, guarded: guarded), !read.trimmed else {
                return nil
            }
            return FoundRead(file: file, function: literal.function, read: read)
        }
    }

    // MARK: the guard

    @Test("every untrimmed read of objects or an office table is on the allow-list")
    func everyUntrimmedReadIsAllowed() throws {
        let found = Dictionary(grouping: try Self.untrimmedReads(), by: \.key)
        let allowed = Dictionary(grouping: Self.allowList, by: \.key)
        for (key, reads) in found.sorted(by: { $0.key < $1.key }) where reads.count > allowed[key, default: []].count {
            let statements = reads.map { "    \($0.read.sql.prefix(300))" }.joined(separator: "\n")
            Issue.record(
                """
                Untrimmed read: \(key) (\(reads.count) statement(s), \(allowed[key, default: []].count) allowed).
                Add `AND \\(scope.readable())` to it, or, if it may rightly read untrimmed, an entry with the reason to
                TrimmedReadsGuardTests.allowList (see docs/security-model.md):
                \(statements)
                """)
        }
    }

    @Test("every allow-list entry still matches an untrimmed read, and says why")
    func noStaleEntries() throws {
        let found = Dictionary(grouping: try Self.untrimmedReads(), by: \.key)
        let allowed = Dictionary(grouping: Self.allowList, by: \.key)
        for (key, entries) in allowed.sorted(by: { $0.key < $1.key })
        where entries.count > found[key, default: []].count {
            Issue.record(
                """
                Stale allow-list entry: \(key) (\(entries.count) entries, \(found[key, default: []].count) untrimmed \
                statement(s) found). Remove it: the read is gone, trimmed, renamed or moved to another function.
                """)
        }
        for entry in Self.allowList where entry.reason.trimmingCharacters(in: .whitespaces).count < 10 {
            Issue.record("Allow-list entry without a reason: \(entry.key)")
        }
    }

    @Test("guarded tables: every table the migrations create, but the spine's own unlabelled ones")
    func guardedTablesComeFromTheMigrations() throws {
        let literals = try Self.sourceLiterals()
        let created = SwiftSQLScanner.createdTables(in: literals.map(\.literal))
        let guarded = Self.guardedTables(literals)
        #expect(
            guarded.isSuperset(of: [
                "objects", "object_acl", "records", "attachments", "health_consents", "search_documents",
            ]))
        for table in Self.unguardedTables.keys.sorted() {
            #expect(created.contains(table), "\(table) is listed as unguarded but no migration creates it")
        }
        // The scan sees the code: thousands of literals, and the helper's own reads among them.
        #expect(literals.count > 1000)
        #expect(literals.contains { $0.file == Self.helperFile })
    }

    // MARK: the scanner

    static let sample = #"""
        struct Store {
            static let join: SQLQueryString = "JOIN health_entries e ON e.object_id = o.id"
            static let columns: SQLQueryString = ", (SELECT COUNT(*) FROM health_audit_items i WHERE i.audit_id = o.id) AS n"

            func trimmed(by principal: Principal, progress: (Int) -> Void = { _ in }) async throws {
                let scope = SecurityScope(principal: principal, catalog: catalog, engine: engine)
                // SELECT * FROM objects in a comment is not a statement
                try await db.raw("SELECT \(LabelledObject.columns) FROM objects o WHERE \(scope.readable())").all()
                try await db.raw(
                    """
                    SELECT b.id FROM health_break_glass b JOIN objects p ON p.id = b.patient_id AND \(scope.labelPermits("p"))
                    """
                ).all()
            }

            func untrimmed(by actor: String) async throws {
                try await db.raw("DELETE FROM health_entries WHERE object_id = \(bind: id)").run()
                try await db.raw("UPDATE objects SET title = \(bind: title) WHERE id = \(bind: id)").run()
                let message = "Moved from objects to the archive."
                try await db.raw(#"SELECT o.id FROM objects o JOIN health_consents c ON c.entry_id = o.id"#).all()
                try await db.raw("SELECT \(columns) FROM \(table) WHERE id = \(bind: id)").all()
                _ = try await db.select().column("*").from("health_entries").where("id", .equal, id).all()
            }

            var filter: SQLQueryString {
                "o.id IN (SELECT entry_id FROM health_consents)"
            }
        }
        """#

    @Test("the scanner finds untrimmed reads and their functions, and ignores writes, comments, prose and joins")
    func scannerOnASample() {
        let guarded: Set<String> = [
            "objects", "health_entries", "health_consents", "health_audit_items", "health_break_glass",
        ]
        let reads = SwiftSQLScanner.literals(in: Self.sample).compactMap { literal in
            SwiftSQLScanner.read(literal, guarded: guarded).map { (literal.function, $0.tables.sorted(), $0.trimmed) }
        }
        let described = reads.map { "\($0.0): \($0.1.joined(separator: ", "))\($0.2 ? " (trimmed)" : "")" }
        #expect(
            described == [
                "columns: health_audit_items",
                "trimmed: objects (trimmed)",
                "trimmed: health_break_glass, objects (trimmed)",
                "untrimmed: health_consents, objects",
                "untrimmed: \(SwiftSQLScanner.interpolatedTable)",
                "untrimmed: health_entries",
                "filter: health_consents",
            ])
    }

    @Test("the tables a migration creates")
    func createdTables() {
        let literals = SwiftSQLScanner.literals(
            in: #"""
                let statements = [
                    "CREATE TABLE objects (id TEXT PRIMARY KEY)",
                    """
                    CREATE VIRTUAL TABLE search_terms USING fts5(title)
                    """,
                    "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT)",
                    "CREATE INDEX objects_kind ON objects (kind)",
                ]
                """#)
        #expect(SwiftSQLScanner.createdTables(in: literals) == ["objects", "search_terms", "schema_migrations"])
    }
}
