import ChanceryKit
import Foundation
import SQLKit

/// A closure day and what it is, in both languages.
public struct ClosureDay: Sendable, Equatable {
    public var day: CivilDate
    public var noteEN: String
    public var noteFR: String

    public func note(in language: Language) -> String { language == .fr ? noteFR : noteEN }
}

/// The one owner of `calendar_closures`: the headquarters' working calendar is the Belgian public holidays (built
/// into `BelgianHoliday`) and these days. Anyone signed in reads them (they are no secret: the deadline of every
/// office counts with them); administrators set and remove them, audited in the same transaction.
public struct CalendarStore: Sendable {
    package let database: Database
    package let audit: AuditLog

    package static let maxNote = 200

    /// The closure days of `years`, by date.
    public func closures(in years: ClosedRange<Int>) async throws -> [ClosureDay] {
        let first = CivilDate(year: years.lowerBound, month: 1, day: 1)?.iso ?? ""
        let last = CivilDate(year: years.upperBound, month: 12, day: 31)?.iso ?? ""
        return try await database.read { db in
            try await db.raw(
                """
                SELECT day, note_en, note_fr FROM calendar_closures
                WHERE day >= \(bind: first) AND day <= \(bind: last) ORDER BY day
                """
            ).all().compactMap { row in
                guard let day = CivilDate(iso: try row.decode(column: "day", as: String.self)) else { return nil }
                return ClosureDay(
                    day: day, noteEN: try row.decode(column: "note_en", as: String.self),
                    noteFR: try row.decode(column: "note_fr", as: String.self))
            }
        }
    }

    /// The working calendar a period starting on `from` is counted on: closure days of that year and the next few
    /// (the longest period, `Period.longest` days, reaches ten years further; a few more cover the roll-over).
    public func workingCalendar(from: CivilDate, language: Language = .en) async throws -> WorkingCalendar {
        let days = try await closures(in: from.year...(from.year + Period.longest / 365 + 2))
        return WorkingCalendar(closures: Dictionary(days.map { ($0.day, $0.note(in: language)) }) { first, _ in first })
    }

    /// Makes `day` a closure day with its notes (or changes its notes). Audited as `calendar.closure.set`.
    public func setClosure(_ day: CivilDate, noteEN: String, noteFR: String, by actor: Principal) async throws {
        let noteEN = noteEN.trimmingCharacters(in: .whitespacesAndNewlines)
        let noteFR = noteFR.trimmingCharacters(in: .whitespacesAndNewlines)
        try Self.check(note: noteEN, field: "noteEn")
        try Self.check(note: noteFR, field: "noteFr")
        try await database.transaction { db in
            try await db.raw("DELETE FROM calendar_closures WHERE day = \(bind: day.iso)").run()
            try await db.raw(
                """
                INSERT INTO calendar_closures (day, note_en, note_fr, set_by, set_at)
                VALUES (\(bind: day.iso), \(bind: noteEN), \(bind: noteFR), \(bind: actor.id),
                        \(bind: Clock.nowMilliseconds()))
                """
            ).run()
            try await audit.append(
                AuditEntry(
                    actor: actor.id, action: "calendar.closure.set",
                    details: ["day": day.iso, "noteEn": noteEN, "noteFr": noteFR]),
                on: db)
        }
    }

    /// Makes `day` a working day again; false when it was no closure day. Audited as `calendar.closure.remove`.
    @discardableResult
    public func removeClosure(_ day: CivilDate, by actor: Principal) async throws -> Bool {
        try await database.transaction { db in
            let removed = try await db.raw(
                "DELETE FROM calendar_closures WHERE day = \(bind: day.iso) RETURNING day"
            ).all()
            guard !removed.isEmpty else { return false }
            try await audit.append(
                AuditEntry(actor: actor.id, action: "calendar.closure.remove", details: ["day": day.iso]), on: db)
            return true
        }
    }

    /// A note is 1 to 200 characters, on one line.
    package static func check(note: String, field: String) throws {
        if note.isEmpty { throw AppError.missingField(field) }
        if note.count > maxNote || note.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw AppError.invalidField(field, reasonKey: "calendar.reason.note")
        }
    }
}

extension Chancery {
    /// The headquarters' working calendar: closure days beside the built-in public holidays.
    public var calendar: CalendarStore { CalendarStore(database: database, audit: audit) }
}
