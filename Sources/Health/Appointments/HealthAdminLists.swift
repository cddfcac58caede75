import ChanceryKit
import ChancerySpine
import SQLKit

/// The console's lists of the Health Office's reference data, read in SQL through `ListReader`: sorted by the
/// columns their `ListSpec` names (`l.<column>`), paged and counted in the database, an export audited as
/// `list.export`. Clinicians and appointment types are no objects: whoever keeps them reads all of them.
extension AppointmentStore {
    /// A clinician of the console's list, with the user name of their account.
    package struct ClinicianRow: Sendable {
        package var clinician: Clinician
        package var username: String
    }

    /// The clinicians whose name shown, user name, specialty or room contains `text`.
    package func clinicianPage(text: String?, list: ListQuery, actor: Principal) async throws -> ListRows<ClinicianRow>
    {
        try Self.requireKeeper(actor)
        var sql: SQLQueryString = """
            SELECT \(Clinician.columns), u.username FROM health_clinicians c JOIN users u ON u.id = c.user_id
            WHERE 1 = 1
            """
        if let text {
            let pattern = LikePattern.containing(text)
            sql += """
                 AND (\(LikePattern.matches("c.display_name", pattern)) OR \(LikePattern.matches("u.username", pattern))
                 OR \(LikePattern.matches("c.specialty", pattern)) OR \(LikePattern.matches("c.location", pattern)))
                """
        }
        return try await ListReader.read(sql, list: list, database: database, audit: audit, actor: actor) {
            ClinicianRow(
                clinician: try Clinician(row: $0), username: try $0.decode(column: "username", as: String.self))
        }
    }

    /// The appointment types whose code or either name contains `text`.
    package func typePage(text: String?, list: ListQuery, actor: Principal) async throws -> ListRows<AppointmentType> {
        try Self.requireKeeper(actor)
        var sql: SQLQueryString = "SELECT \(AppointmentType.columns) FROM health_appointment_types WHERE 1 = 1"
        if let text {
            let pattern = LikePattern.containing(text)
            sql += """
                 AND (\(LikePattern.matches("code", pattern)) OR \(LikePattern.matches("name_en", pattern))
                 OR \(LikePattern.matches("name_fr", pattern)))
                """
        }
        return try await ListReader.read(sql, list: list, database: database, audit: audit, actor: actor) {
            try AppointmentType(row: $0)
        }
    }
}
