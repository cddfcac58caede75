import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

extension HRCaseStore {
    /// Schedules a hearing of a case the principal may write; audited (`hr.hearing.schedule`) in the same
    /// transaction, nothing written when refused.
    package func scheduleHearing(
        of caseID: String, startsAt: Int64, endsAt: Int64, place: String, by principal: Principal
    ) async throws -> CaseHearing {
        try HROffice.require(HROffice.officers, principal)
        return try await database.transaction { db -> Checked<CaseHearing> in
            switch try await self.beginCaseWrite(caseID, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let hrCase) where hrCase.state == .closed: return .refused(HRCaseError.caseClosed)
            case .done: break
            }
            let now = Clock.nowMilliseconds()
            let hearing = CaseHearing(
                id: ObjectID.make(milliseconds: now), caseId: caseID, startsAt: startsAt, endsAt: endsAt, place: place)
            try await db.raw(
                """
                INSERT INTO hr_hearings (id, case_id, starts_at, ends_at, place, created_by, created_at)
                VALUES (\(bind: hearing.id), \(bind: caseID), \(bind: startsAt), \(bind: endsAt), \(bind: place),
                    \(bind: principal.id), \(bind: now))
                """
            ).run()
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "hr.hearing.schedule", objectID: caseID,
                    details: ["hearing": hearing.id, "start": Clock.iso8601(startsAt), "end": Clock.iso8601(endsAt)]),
                on: db)
            return .done(hearing)
        }.get()
    }

    /// The hearings of a case the principal may read (none otherwise), soonest first.
    package func hearings(of caseID: String, by principal: Principal) async throws -> [CaseHearing] {
        try await hearings(where: "h.case_id = \(bind: caseID)", by: principal)
    }

    /// The principal's calendar: the hearings, from a month ago on, of the cases they are the officer of and may
    /// still read — a case the conflict rule now keeps from them leaves their calendar with it.
    /// The read is audited (`hr.hearings-feed.read`, naming the cases) with it: the calendar leaves the headquarters.
    package func hearingFeed(for principal: Principal) async throws -> [CaseHearing] {
        let since = Clock.nowMilliseconds() - 30 * 86_400_000
        return try await database.transaction { db in
            let hearings = try await self.hearings(
                where: "c.officer_id = \(bind: principal.id) AND h.starts_at >= \(bind: since)", by: principal,
                on: db)
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "hr.hearings-feed.read",
                    relatedObjectIDs: Array(Set(hearings.map(\.caseId))).sorted(),
                    details: ["count": String(hearings.count)]),
                on: db)
            return hearings
        }
    }

    private func hearings(where condition: SQLQueryString, by principal: Principal) async throws -> [CaseHearing] {
        try await database.read { db in try await self.hearings(where: condition, by: principal, on: db) }
    }

    /// At most 2,000 hearings, soonest first.
    private func hearings(where condition: SQLQueryString, by principal: Principal, on db: any SQLDatabase)
        async throws -> [CaseHearing]
    {
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        return try await db.raw(
            """
            SELECT h.id, h.case_id, h.starts_at, h.ends_at, h.place
            FROM hr_hearings h JOIN objects o ON o.id = h.case_id JOIN hr_cases c ON c.object_id = h.case_id
            WHERE \(condition) AND \(scope.readable())
            ORDER BY h.starts_at, h.id LIMIT 2000
            """
        ).all().map { row in
            CaseHearing(
                id: try row.decode(column: "id", as: String.self),
                caseId: try row.decode(column: "case_id", as: String.self),
                startsAt: try row.decode(column: "starts_at", as: Int64.self),
                endsAt: try row.decode(column: "ends_at", as: Int64.self),
                place: try row.decode(column: "place", as: String.self))
        }
    }
}
