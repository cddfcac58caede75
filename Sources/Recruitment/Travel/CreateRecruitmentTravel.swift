import ChancerySpine
import SQLKit

/// The travel budget of competitions (issue 18, item 10): the standard estimate of each travel zone, and the journeys
/// of each vacancy's candidates and panel members with their estimate and, later, their actual cost (whole euros).
package struct CreateRecruitmentTravel: Migration {
    package let version = 8
    package let name = "CreateRecruitmentTravel"

    package func prepare(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run([
            "CREATE TABLE recruitment_travel_zones (zone TEXT PRIMARY KEY, estimate BIGINT NOT NULL)",
            """
            CREATE TABLE recruitment_travel (
                id TEXT PRIMARY KEY,
                vacancy_id TEXT NOT NULL REFERENCES objects(id),
                traveller TEXT NOT NULL,
                application_id TEXT REFERENCES objects(id),
                name TEXT NOT NULL,
                origin_country TEXT NOT NULL,
                zone TEXT NOT NULL,
                estimate BIGINT NOT NULL,
                actual BIGINT,
                travel_year BIGINT NOT NULL,
                created_by TEXT NOT NULL,
                created_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX recruitment_travel_vacancy ON recruitment_travel (vacancy_id)",
            "CREATE INDEX recruitment_travel_year ON recruitment_travel (travel_year, vacancy_id)",
        ])
        for zone in TravelZone.allCases {
            try await db.raw(
                "INSERT INTO recruitment_travel_zones (zone, estimate) VALUES (\(bind: zone.rawValue), \(bind: zone.defaultEstimate))"
            ).run()
        }
    }

    package func revert(on db: any SQLDatabase, engine: Database.Engine) async throws {
        try await db.run(["DROP TABLE recruitment_travel", "DROP TABLE recruitment_travel_zones"])
    }
}
