import ChanceryKit
import ChancerySpine
import SQLKit

/// The one owner of the travel budget's tables. A competition's journeys are read through its vacancy (trimmed: who
/// may not read the vacancy learns nothing of its journeys) and changed by who may change the vacancy, each change
/// audited on the vacancy in the same transaction. The yearly forecast adds up, in SQL, only the vacancies the reader
/// may read.
package struct TravelStore: Sendable {
    package let database: Database
    package let objects: ObjectStore
    package let vacancies: VacancyStore

    /// The largest amount of one journey, in euros.
    package static let maximumAmount = 100_000
    package static let maximumName = 200

    /// What an assistant enters for a journey.
    package struct NewJourney: Sendable {
        package var traveller: TravelLine.Traveller
        /// For a candidate: the application (of the same vacancy).
        package var applicationID: String?
        /// For a panel member: their name.
        package var name: String?
        package var originCountry: String
        /// The estimate in euros; the zone's standard estimate when nil.
        package var estimate: Int?
        package var year: Int
    }

    /// The standard estimate of each zone.
    package func zoneEstimates() async throws -> [TravelZone: Int] {
        try await database.read { db in
            try await self.zoneEstimates(on: db)
        }
    }

    func zoneEstimates(on db: any SQLDatabase) async throws -> [TravelZone: Int] {
        var estimates: [TravelZone: Int] = [:]
        for row in try await db.raw("SELECT zone, estimate FROM recruitment_travel_zones").all() {
            if let zone = TravelZone(rawValue: try row.decode(column: "zone", as: String.self)) {
                estimates[zone] = Int(try row.decode(column: "estimate", as: Int64.self))
            }
        }
        return estimates
    }

    /// Sets a zone's standard estimate (administrators); journeys already entered keep theirs. Audited.
    package func setZoneEstimate(_ zone: TravelZone, to euros: Int, by principal: Principal) async throws {
        guard principal.roles.contains(.admin) else { throw AppError.roleRequired(.admin) }
        try Self.check(amount: euros, field: "estimate")
        try await database.transaction { db in
            try await db.raw(
                "UPDATE recruitment_travel_zones SET estimate = \(bind: euros) WHERE zone = \(bind: zone.rawValue)"
            ).run()
            try await objects.audit.append(
                AuditEntry(
                    actor: principal.id, action: "recruitment.travel.zone",
                    details: ["zone": zone.rawValue, "estimate": String(euros)]),
                on: db)
        }
    }

    /// The journeys of a vacancy the principal may read, in the order they were entered; nil when the vacancy is not
    /// there for them.
    package func journeys(of vacancyID: String, by principal: Principal) async throws -> [TravelLine]? {
        guard try await vacancies.vacancy(vacancyID, by: principal) != nil else { return nil }
        return try await database.read { db in
            try await db.raw(
                """
                SELECT id, vacancy_id, traveller, application_id, name, origin_country, zone, estimate, actual,
                    travel_year
                FROM recruitment_travel WHERE vacancy_id = \(bind: vacancyID) ORDER BY created_at, id
                """
            ).all().map(Self.line)
        }
    }

    /// Adds a journey to a vacancy's budget: a candidate's (one of its applications the principal may read) or a
    /// panel member's, from a member nation, estimated at the zone's standard estimate unless one is given.
    package func add(_ journey: NewJourney, to vacancyID: String, by principal: Principal) async throws -> TravelLine {
        guard let zone = TravelZone.of(journey.originCountry) else {
            throw AppError.invalidField("originCountry", reasonKey: "recruitment.travel.reason.country")
        }
        guard (2000...2100).contains(journey.year) else {
            throw AppError.invalidField("year", reasonKey: "recruitment.travel.reason.year")
        }
        if let estimate = journey.estimate { try Self.check(amount: estimate, field: "estimate") }
        let panelName = journey.name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        switch journey.traveller {
        case .candidate where journey.applicationID == nil: throw AppError.missingField("application")
        case .panel where panelName.isEmpty: throw AppError.missingField("name")
        case .panel
        where panelName.count > Self.maximumName
            || panelName.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }):
            throw AppError.invalidField("name", reasonKey: "recruitment.travel.reason.name")
        default: break
        }
        return try await database.transaction { db -> Checked<TravelLine> in
            let vacancy: Vacancy
            switch try await vacancies.writableVacancy(vacancyID, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let found): vacancy = found
            }
            var name = panelName
            if journey.traveller == .candidate, let applicationID = journey.applicationID {
                guard let reference = try await self.reference(of: applicationID, in: vacancyID, by: principal, on: db)
                else {
                    return .refused(
                        AppError.invalidField("application", reasonKey: "recruitment.travel.reason.application"))
                }
                name = reference
            }
            var estimate = zone.defaultEstimate
            if let given = journey.estimate {
                estimate = given
            } else if let standard = try await zoneEstimates(on: db)[zone] {
                estimate = standard
            }
            let now = Clock.nowMilliseconds()
            let line = TravelLine(
                id: ObjectID.make(milliseconds: now), vacancyID: vacancyID, traveller: journey.traveller,
                applicationID: journey.traveller == .candidate ? journey.applicationID : nil, name: name,
                originCountry: journey.originCountry, zone: zone, estimate: estimate, actual: nil, year: journey.year)
            try await db.raw(
                """
                INSERT INTO recruitment_travel (id, vacancy_id, traveller, application_id, name, origin_country, zone,
                    estimate, actual, travel_year, created_by, created_at)
                VALUES (\(bind: line.id), \(bind: vacancyID), \(bind: line.traveller.rawValue),
                    \(bind: line.applicationID), \(bind: name), \(bind: line.originCountry), \(bind: zone.rawValue),
                    \(bind: estimate), NULL, \(bind: line.year), \(bind: principal.id), \(bind: now))
                """
            ).run()
            try await objects.audit.append(
                AuditEntry(
                    actor: principal.id, action: "recruitment.travel.add", objectID: vacancy.object.id,
                    relatedObjectIDs: [line.applicationID].compactMap { $0 },
                    details: [
                        "journey": line.id, "traveller": line.traveller.rawValue, "zone": zone.rawValue,
                        "estimate": String(estimate), "year": String(line.year),
                    ]),
                on: db)
            return .done(line)
        }.get()
    }

    /// Records what a journey actually cost (or corrects it). Audited on the vacancy.
    package func setActual(_ euros: Int, of journeyID: String, in vacancyID: String, by principal: Principal)
        async throws -> TravelLine
    {
        try Self.check(amount: euros, field: "actual")
        return try await database.transaction { db -> Checked<TravelLine> in
            switch try await vacancies.writableVacancy(vacancyID, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done: break
            }
            guard
                let line = try await db.raw(
                    """
                    SELECT id, vacancy_id, traveller, application_id, name, origin_country, zone, estimate, actual,
                        travel_year
                    FROM recruitment_travel WHERE id = \(bind: journeyID) AND vacancy_id = \(bind: vacancyID)
                    """
                ).first().map(Self.line)
            else {
                return .refused(
                    AppError(.notFound, type: "not-found", key: "recruitment.travel.error.notFound"))
            }
            try await db.raw("UPDATE recruitment_travel SET actual = \(bind: euros) WHERE id = \(bind: journeyID)")
                .run()
            try await objects.audit.append(
                AuditEntry(
                    actor: principal.id, action: "recruitment.travel.actual", objectID: vacancyID,
                    details: ["journey": journeyID, "actual": String(euros), "was": line.actual.map(String.init) ?? ""]),
                on: db)
            var updated = line
            updated.actual = euros
            return .done(updated)
        }.get()
    }

    /// The year's forecast against the actual costs, per competition the principal may read (trimmed in SQL), the
    /// competitions with the largest estimate first.
    package func budget(year: Int, by principal: Principal) async throws -> [TravelBudgetRow] {
        try await database.read { db in try await self.budget(year: year, by: principal, on: db) }
    }

    /// The same for a CSV: read and audited as a list export naming every competition it carries, in one
    /// transaction.
    package func exportBudget(year: Int, by principal: Principal) async throws -> [TravelBudgetRow] {
        try await database.transaction { db in
            let rows = try await self.budget(year: year, by: principal, on: db)
            try await objects.audit.append(
                AuditEntry(
                    actor: principal.id, action: ListExport.action, relatedObjectIDs: rows.map(\.vacancy.id),
                    details: ["list": "recruitment.travel-budget", "count": String(rows.count), "year": String(year)]),
                on: db)
            return rows
        }
    }

    func budget(year: Int, by principal: Principal, on db: any SQLDatabase) async throws -> [TravelBudgetRow] {
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        return try await db.raw(
            """
            SELECT \(LabelledObject.columns), b.journeys, b.estimate, b.actual, b.uncosted
            FROM (
                SELECT vacancy_id, COUNT(*) AS journeys, CAST(SUM(estimate) AS BIGINT) AS estimate,
                    CAST(SUM(COALESCE(actual, 0)) AS BIGINT) AS actual,
                    CAST(SUM(CASE WHEN actual IS NULL THEN 1 ELSE 0 END) AS BIGINT) AS uncosted
                FROM recruitment_travel WHERE travel_year = \(bind: year) GROUP BY vacancy_id
            ) b JOIN objects o ON o.id = b.vacancy_id
            WHERE \(scope.readable("o", lookup: scope.countLookup))
            ORDER BY b.estimate DESC, o.id
            """
        ).all().map { row in
            TravelBudgetRow(
                vacancy: try LabelledObject(row: row),
                journeys: Int(try row.decode(column: "journeys", as: Int64.self)),
                estimate: Int(try row.decode(column: "estimate", as: Int64.self)),
                actual: Int(try row.decode(column: "actual", as: Int64.self)),
                uncosted: Int(try row.decode(column: "uncosted", as: Int64.self)))
        }
    }

    // MARK: helpers

    /// The reference of an application of `vacancyID` the principal may read, or nil.
    func reference(of applicationID: String, in vacancyID: String, by principal: Principal, on db: any SQLDatabase)
        async throws -> String?
    {
        guard ObjectID.isWellFormed(applicationID) else { return nil }
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        return try await db.raw(
            """
            SELECT a.reference FROM recruitment_applications a JOIN objects o ON o.id = a.object_id
            WHERE a.object_id = \(bind: applicationID) AND a.vacancy_id = \(bind: vacancyID)
                AND \(scope.readable("o"))
            """
        ).first()?.decode(column: "reference", as: String.self)
    }

    static func line(_ row: any SQLRow) throws -> TravelLine {
        TravelLine(
            id: try row.decode(column: "id", as: String.self),
            vacancyID: try row.decode(column: "vacancy_id", as: String.self),
            traveller: TravelLine.Traveller(rawValue: try row.decode(column: "traveller", as: String.self)) ?? .panel,
            applicationID: try row.decode(column: "application_id", as: String?.self),
            name: try row.decode(column: "name", as: String.self),
            originCountry: try row.decode(column: "origin_country", as: String.self),
            zone: TravelZone(rawValue: try row.decode(column: "zone", as: String.self)) ?? .europe,
            estimate: Int(try row.decode(column: "estimate", as: Int64.self)),
            actual: try row.decode(column: "actual", as: Int64?.self).map { Int($0) },
            year: Int(try row.decode(column: "travel_year", as: Int64.self)))
    }

    /// An amount is whole euros from 0 to 100,000.
    static func check(amount: Int, field: String) throws {
        guard (0...maximumAmount).contains(amount) else {
            throw AppError.invalidField(field, reasonKey: "recruitment.travel.reason.amount")
        }
    }
}

extension Chancery {
    /// Recruitment's travel budget.
    package var recruitmentTravel: TravelStore {
        TravelStore(database: database, objects: objects, vacancies: recruitment)
    }
}
