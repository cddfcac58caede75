import ChancerySpine
import SQLKit

/// The stages of a competition as its reports count them, in order. An application is counted at every stage up to
/// the furthest it reached, so the funnel only narrows. A rejection ends an application's way at the stage it had
/// reached: it is recorded (for the time spent before it) but is not a stage of the funnel.
package enum FunnelStage: String, CaseIterable, Sendable, Codable {
    case applied
    case eligible
    case longList = "long-list"
    case shortList = "short-list"
    case tested
    case interviewed
    case selected
    case appointed

    /// Its place in the funnel, from 0.
    package var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// The stage screening moves an application to, when it is one of the funnel's.
    package init?(_ stage: ScreeningStage) {
        switch stage {
        case .eligible: self = .eligible
        case .longList: self = .longList
        case .shortList: self = .shortList
        case .applied, .rejected: return nil
        }
    }

    /// The SQL expression giving a history row's place in the funnel (-1 for a rejection).
    static func orderExpression(_ column: String) -> String {
        "CASE \(column) "
            + allCases.map { "WHEN '\($0.rawValue)' THEN \($0.order)" }.joined(separator: " ") + " ELSE -1 END"
    }
}

/// When each application entered each stage: the first time only, so that a rejection reconsidered or a second
/// offer does not move the history. Every office store that moves an application writes it here, in the
/// transaction of the move; the reports read nothing else to know how far an application went and how long it
/// stayed.
package enum StageHistory {
    /// What a rejection is recorded as.
    package static let rejected = "rejected"

    /// Records that an application entered a stage (nothing when it already had).
    package static func record(
        _ applicationID: String, of vacancyID: String, entered stage: String, at time: Int64, by actor: String,
        on db: any SQLDatabase
    ) async throws {
        try await db.raw(
            """
            INSERT INTO recruitment_stage_history (application_id, vacancy_id, stage, entered_at, entered_by)
            VALUES (\(bind: applicationID), \(bind: vacancyID), \(bind: stage), \(bind: time), \(bind: actor))
            ON CONFLICT (application_id, stage) DO NOTHING
            """
        ).run()
    }

    /// Records a stage for the applications a query selects: `select` returns `application_id` and `vacancy_id`
    /// (and must have a WHERE clause, which SQLite needs before `ON CONFLICT`).
    package static func record(
        selecting select: SQLQueryString, entered stage: FunnelStage, at time: Int64, by actor: String,
        on db: any SQLDatabase
    ) async throws {
        try await db.raw(
            """
            INSERT INTO recruitment_stage_history (application_id, vacancy_id, stage, entered_at, entered_by)
            SELECT x.application_id, x.vacancy_id, \(bind: stage.rawValue), \(bind: time), \(bind: actor)
            FROM (\(select)) x WHERE x.application_id IS NOT NULL
            ON CONFLICT (application_id, stage) DO NOTHING
            """
        ).run()
    }
}
