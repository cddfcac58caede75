import ChanceryKit
import ChancerySpine
import SQLKit

/// An entry as the FHIR export reads it: the entry and how many versions it has (a correction makes it amended).
package struct ExportedEntry: Sendable {
    package var entry: RecordEntry
    package var versions: Int
}

extension HealthStore {
    /// An entry by its id alone (a FHIR id does not name the patient), if the principal may read it: a trimmed
    /// read, audited like every read of a medical object (flagged when it rests on break-glass).
    package func exportedEntry(_ id: String, by principal: Principal) async throws -> ExportedEntry? {
        try await database.transaction { db in
            guard
                let entry = try await self.objects.readItem(
                    id, join: RecordEntry.join, columns: RecordEntry.columns, by: principal, auditingRead: false,
                    on: db,
                    decode: RecordEntry.init(row:))
            else { return nil }
            try await self.auditRead(entry.object, patientID: entry.patientID, by: principal, on: db)
            let versions = try await self.versionCounts(of: entry.patientID, on: db)[id] ?? 1
            return ExportedEntry(entry: entry, versions: versions)
        }
    }

    /// Every entry of a patient's record that the principal may read, newest first, with their version counts.
    /// The pages are read through `entries(of:…)`, trimmed and audited as lists.
    package func exportedEntries(of patientID: String, by principal: Principal) async throws -> [ExportedEntry] {
        var entries: [RecordEntry] = []
        var cursor: String?
        repeat {
            let page = try await self.entries(of: patientID, type: nil, after: cursor, limit: 200, by: principal)
            entries += page.items
            cursor = page.nextCursor
        } while cursor != nil
        guard !entries.isEmpty else { return [] }
        let counts = try await database.read { db in try await self.versionCounts(of: patientID, on: db) }
        return entries.map { ExportedEntry(entry: $0, versions: counts[$0.object.id] ?? 1) }
    }

    /// How many versions each entry of a patient has, unfiltered: the caller only uses the counts of entries the
    /// principal has read.
    package func versionCounts(of patientID: String, on db: any SQLDatabase) async throws -> [String: Int] {
        let rows = try await db.raw(
            """
            SELECT v.entry_id, COUNT(*) AS n FROM health_entry_versions v
            JOIN health_entries e ON e.object_id = v.entry_id
            WHERE e.patient_id = \(bind: patientID) GROUP BY v.entry_id
            """
        ).all()
        var counts: [String: Int] = [:]
        for row in rows {
            counts[try row.decode(column: "entry_id", as: String.self)] = Int(
                try row.decode(column: "n", as: Int64.self))
        }
        return counts
    }
}
