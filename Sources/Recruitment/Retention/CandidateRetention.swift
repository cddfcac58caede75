import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// The one owner of the anonymisation of candidates' data. An application is due when its competition ended (filled
/// or cancelled) longer ago than the retention period, unless the candidate stands on a reserve list that has not
/// expired. Anonymising it blanks what identifies the person — names, email, date of birth, languages, education,
/// experience, staff number, the CV and letter, the panel's and screening's notes, the letters' text — and keeps
/// what the reports count: nationality, gender, source, the stage history, the stages and dates, so that every
/// report gives the same figures before and after. Each application goes in its own transaction, with its audit
/// event; a run taken twice at once (two nodes, or the schedule and an operator) anonymises each application once.
package struct CandidateRetention: Sendable {
    package let database: Database
    package let objects: ObjectStore
    package let attachments: AttachmentStore

    /// Who the audit trail names for the scheduled run.
    package static let scheduledActor = "system:retention"

    /// What a run did (or, dry, would do).
    package struct Outcome: Sendable, Equatable {
        /// The applications anonymised (or due, on a dry run).
        package var anonymised: [String]
        /// Applications past the period whose candidate is kept on a reserve list until it expires.
        package var keptOnReserve: Int
    }

    static func due(cutoff: Int64, today: String, onReserve: Bool, only id: String? = nil) -> SQLQueryString {
        var query: SQLQueryString = """
            SELECT a.object_id, a.vacancy_id, v.ended_at FROM recruitment_applications a
            JOIN recruitment_vacancies v ON v.object_id = a.vacancy_id
            LEFT JOIN recruitment_selections s ON s.application_id = a.object_id
            WHERE a.anonymised_at IS NULL AND v.ended_at IS NOT NULL AND v.ended_at <= \(bind: cutoff)
            """
        query +=
            onReserve
            ? " AND s.reserve_until >= \(bind: today)"
            : " AND (s.reserve_until IS NULL OR s.reserve_until < \(bind: today))"
        if let id { query += " AND a.object_id = \(bind: id)" }
        return query + " ORDER BY a.object_id"
    }

    /// Anonymises every application due at `now` (none on a dry run), naming `actor` in the audit trail.
    package func run(
        policy: RetentionPolicy, actor: String = scheduledActor, dryRun: Bool = false,
        now: Int64 = Clock.nowMilliseconds()
    ) async throws -> Outcome {
        let cutoff = policy.endedBefore(now)
        let today = HeadquartersCalendar.day(now)
        let (due, kept) = try await database.read { db in
            (
                try await db.raw(Self.due(cutoff: cutoff, today: today, onReserve: false)).all().map {
                    try $0.decode(column: "object_id", as: String.self)
                },
                try await db.raw(Self.due(cutoff: cutoff, today: today, onReserve: true)).all().count
            )
        }
        guard !dryRun else { return Outcome(anonymised: due, keptOnReserve: kept) }
        var done: [String] = []
        for id in due where try await anonymise(id, policy: policy, actor: actor, now: now) { done.append(id) }
        return Outcome(anonymised: done, keptOnReserve: kept)
    }

    /// Anonymises one application if it is still due (false when another run took it first), in one transaction
    /// with its audit event; its files are deleted once that committed.
    package func anonymise(_ id: String, policy: RetentionPolicy, actor: String, now: Int64) async throws -> Bool {
        let cutoff = policy.endedBefore(now)
        let today = HeadquartersCalendar.day(now)
        let freed = try await database.transaction { db -> [String]? in
            try await objects.lockForWrite(id, on: db)
            guard
                let row = try await db.raw(Self.due(cutoff: cutoff, today: today, onReserve: false, only: id)).first()
            else { return nil }
            let vacancyID = try row.decode(column: "vacancy_id", as: String.self)
            let ended = try row.decode(column: "ended_at", as: Int64.self)
            try await db.run([
                """
                UPDATE recruitment_applications SET family_name = '', given_names = '', email = '',
                    email_folded = 'anonymised:' || object_id, name_folded = 'anonymised:' || object_id,
                    date_of_birth = '', languages = '[]', education = '[]', experience = '[]', staff_number = NULL,
                    documents_token = NULL, documents_until = NULL, anonymised_at = \(bind: now)
                WHERE object_id = \(bind: id)
                """,
                "UPDATE recruitment_panel_candidates SET family_name = '', given_names = '' WHERE application_id = \(bind: id)",
                "UPDATE recruitment_screening_marks SET note = '' WHERE application_id = \(bind: id)",
                "UPDATE recruitment_screening SET reason = '' WHERE application_id = \(bind: id) AND reason IS NOT NULL",
                """
                UPDATE recruitment_panel_scores SET note = '' WHERE candidate_id IN (
                    SELECT object_id FROM recruitment_panel_candidates WHERE application_id = \(bind: id))
                """,
                "UPDATE recruitment_letters SET html = '' WHERE application_id = \(bind: id)",
            ])
            let letters = try await db.raw(
                "SELECT object_id FROM recruitment_letters WHERE application_id = \(bind: id)"
            ).all().map { try $0.decode(column: "object_id", as: String.self) }
            let candidates = try await db.raw(
                "SELECT object_id FROM recruitment_panel_candidates WHERE application_id = \(bind: id)"
            ).all().map { try $0.decode(column: "object_id", as: String.self) }
            var files: [String] = []
            var freed: [String] = []
            for owner in [id] + letters {
                let destroyed = try await attachments.destroyFiles(of: owner, on: db)
                files += destroyed.files
                freed += destroyed.freed
            }
            try await objects.search.refresh([id] + candidates, on: db)
            try await objects.audit.append(
                AuditEntry(
                    actor: actor, action: "recruitment.application.anonymise", objectID: id,
                    relatedObjectIDs: [vacancyID],
                    details: [
                        "reason": "retention", "ended": HeadquartersCalendar.day(ended),
                        "retentionDays": String(policy.days), "files": String(files.count),
                    ]),
                on: db)
            return freed
        }
        guard let freed else { return false }
        try await attachments.discardFiles(freed)
        return true
    }
}

extension Chancery {
    /// Recruitment's retention of candidates' data.
    package var candidateRetention: CandidateRetention {
        CandidateRetention(database: database, objects: objects, attachments: attachments)
    }
}
