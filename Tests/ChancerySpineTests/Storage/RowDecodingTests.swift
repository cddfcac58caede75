import ChanceryKit
import ChanceryTestSupport
import Foundation
import SQLKit
import Testing

@testable import ChancerySpine

/// A model as the offices write them: an integer boolean, optionals, an enum stored as text, an `Int64` timestamp,
/// an `Int`, a JSON list and one column named otherwise than its property.
private struct Probe: Decodable, Equatable {
    enum Status: String, Decodable { case open, closed }
    var id: String
    var isUrgent: Bool
    var note: String?
    var status: Status
    var createdAt: Int64
    var closedAt: Int64?
    var pageCount: Int
    var tags: [String]
    var sequence: Int

    private enum CodingKeys: String, CodingKey {
        case id, isUrgent, note, status, createdAt, closedAt, pageCount, tags
        case sequence = "seq"
    }
}

/// The same model, reading a column no query selects.
private struct ProbeWithMissingColumn: Decodable {
    var id: String
    var reviewedBy: String?
}

@Suite("Row decoding")
struct RowDecodingTests {
    private static let table: SQLQueryString = """
        CREATE TABLE row_decoding_probe (
            id TEXT PRIMARY KEY, is_urgent BIGINT NOT NULL, note TEXT, status TEXT NOT NULL, created_at BIGINT NOT NULL,
            closed_at BIGINT, page_count BIGINT NOT NULL, tags TEXT NOT NULL, seq BIGINT NOT NULL)
        """

    private func rows(_ database: ChancerySpine.Database) async throws -> [any SQLRow] {
        try await database.transaction { db in
            try await db.raw(Self.table).run()
            try await db.raw(
                """
                INSERT INTO row_decoding_probe VALUES
                ('a', 1, 'call back', 'open', 1767225600123, NULL, 12, '["x","y"]', 7),
                ('b', 0, NULL, 'closed', 1767225600456, 1767225600789, 0, '[]', 8)
                """
            ).run()
            return try await db.raw("SELECT * FROM row_decoding_probe ORDER BY id").all()
        }
    }

    @Test("A model with an integer boolean, optionals, an enum and Int64 timestamps decodes in one call")
    func roundTrip() async throws {
        try await withInstallation { installation in
            let rows = try await rows(installation.chancery.database)
            let probes = try rows.map { try $0.decodeModel(Probe.self) }
            #expect(
                probes == [
                    Probe(
                        id: "a", isUrgent: true, note: "call back", status: .open, createdAt: 1_767_225_600_123,
                        closedAt: nil,
                        pageCount: 12, tags: ["x", "y"], sequence: 7),
                    Probe(
                        id: "b", isUrgent: false, note: nil, status: .closed, createdAt: 1_767_225_600_456,
                        closedAt: 1_767_225_600_789, pageCount: 0, tags: [], sequence: 8),
                ], "\(TestInstallation.engineName)")
        }
    }

    @Test("A column missing from the row throws an error naming it, even for an optional property")
    func missingColumn() async throws {
        try await withInstallation { installation in
            let rows = try await rows(installation.chancery.database)
            let row = try #require(rows.first)
            do {
                _ = try row.decodeModel(ProbeWithMissingColumn.self)
                Issue.record("decoding a row without reviewed_by succeeded on \(TestInstallation.engineName)")
            } catch let DecodingError.keyNotFound(key, context) {
                #expect(key.stringValue == "reviewedBy")
                #expect(context.debugDescription.contains("\"reviewed_by\""))
            }
        }
    }

    @Test("An enum value the type does not know throws instead of reading as another value")
    func unknownEnumValue() async throws {
        try await withInstallation { installation in
            let database = installation.chancery.database
            _ = try await rows(database)
            let row = try await database.transaction { db in
                try await db.raw("UPDATE row_decoding_probe SET status = 'lost' WHERE id = 'a'").run()
                return try await db.raw("SELECT * FROM row_decoding_probe WHERE id = 'a'").first()
            }
            let unknown = try #require(row)
            #expect(throws: DecodingError.self) { _ = try unknown.decodeModel(Probe.self) }
        }
    }

    @Test("Column names are the properties' names in snake_case")
    func columnNames() {
        #expect(RowColumn.name(forProperty: "staffUserID") == "staff_user_id")
        #expect(RowColumn.name(forProperty: "nameEN") == "name_en")
        #expect(RowColumn.name(forProperty: "createdAt") == "created_at")
        #expect(RowColumn.name(forProperty: "entryIDs") == "entry_ids")
        #expect(RowColumn.name(forProperty: "URLValue") == "url_value")
        #expect(RowColumn.name(forProperty: "id") == "id")
        #expect(RowColumn.name(forProperty: "sha256Hex") == "sha256_hex")
        #expect(RowColumn.name(forProperty: "label_json") == "label_json")
    }
}
