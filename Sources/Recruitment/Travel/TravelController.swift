import ChanceryKit
import ChancerySpine
import Hummingbird

/// The travel budget through the API: a competition's journeys (`/api/v1/recruitment/vacancies/{id}/travel`), the
/// year's forecast against actual costs (`/api/v1/recruitment/travel-budget`) and the zones' standard estimates.
package struct TravelController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("recruitment/vacancies/{id}/travel", use: journeys)
        group.post("recruitment/vacancies/{id}/travel", use: add)
        group.put("recruitment/vacancies/{id}/travel/{journey}/actual", use: setActual)
        group.get("recruitment/travel-budget", use: budget)
        group.get("recruitment/travel-zones", use: zones)
        group.put("recruitment/travel-zones/{zone}", use: setZone)
    }

    struct JourneyBody: Encodable {
        var id: String
        var traveller: String
        var application: String?
        var name: String
        var originCountry: String
        var zone: String
        var estimate: Int
        var actual: Int?
        var year: Int

        init(_ line: TravelLine) {
            (id, traveller, application, name) = (line.id, line.traveller.rawValue, line.applicationID, line.name)
            (originCountry, zone, estimate, actual, year) = (
                line.originCountry, line.zone.rawValue, line.estimate, line.actual, line.year
            )
        }
    }

    struct JourneysBody: Encodable {
        var items: [JourneyBody]
        var estimate: Int
        var actual: Int
    }

    struct NewJourneyRequest: Decodable {
        var traveller: String
        var application: String?
        var name: String?
        var originCountry: String
        var estimate: Int?
        var year: Int
    }

    struct ActualRequest: Decodable {
        var actual: Int
    }

    struct BudgetBody: Encodable {
        struct Row: Encodable {
            var vacancy: String
            var title: String
            var journeys: Int
            var estimate: Int
            var actual: Int
            var uncosted: Int
        }

        var year: Int
        var items: [Row]
        var estimate: Int
        var actual: Int
    }

    struct ZoneBody: Codable {
        var zone: String
        var estimate: Int
    }

    struct ZoneRequest: Decodable {
        var estimate: Int
    }

    @Sendable package func journeys(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        guard let lines = try await chancery.recruitmentTravel.journeys(of: id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        return try JSONResponse.make(
            JourneysBody(
                items: lines.map(JourneyBody.init), estimate: lines.reduce(0) { $0 + $1.estimate },
                actual: lines.reduce(0) { $0 + ($1.actual ?? 0) }))
    }

    @Sendable package func add(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
        let (body, _) = try await JSONBody.decode(NewJourneyRequest.self, from: request)
        guard let traveller = TravelLine.Traveller(rawValue: body.traveller) else {
            throw AppError.invalidField("traveller", reasonKey: "recruitment.travel.reason.traveller")
        }
        let line = try await chancery.recruitmentTravel.add(
            TravelStore.NewJourney(
                traveller: traveller, applicationID: body.application, name: body.name,
                originCountry: body.originCountry, estimate: body.estimate, year: body.year),
            to: id, by: context.principal)
        return try JSONResponse.make(JourneyBody(line), status: .created)
    }

    @Sendable package func setActual(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let journey = try context.parameters.require("journey")
        try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
        let (body, _) = try await JSONBody.decode(ActualRequest.self, from: request)
        let line = try await chancery.recruitmentTravel.setActual(
            body.actual, of: journey, in: id, by: context.principal)
        return try JSONResponse.make(JourneyBody(line))
    }

    /// `?year=` (this year when absent).
    @Sendable package func budget(_ request: Request, context: SignedInContext) async throws -> Response {
        let year = try Self.year(request)
        let rows = try await chancery.recruitmentTravel.budget(year: year, by: context.principal)
        return try JSONResponse.make(
            BudgetBody(
                year: year,
                items: rows.map {
                    .init(
                        vacancy: $0.vacancy.id, title: $0.vacancy.title, journeys: $0.journeys, estimate: $0.estimate,
                        actual: $0.actual, uncosted: $0.uncosted)
                },
                estimate: rows.reduce(0) { $0 + $1.estimate }, actual: rows.reduce(0) { $0 + $1.actual }))
    }

    @Sendable package func zones(_ request: Request, context: SignedInContext) async throws -> Response {
        try RecruitmentOffice.require(RecruitmentOffice.assistants.union([.admin]), context.principal)
        let estimates = try await chancery.recruitmentTravel.zoneEstimates()
        return try JSONResponse.make(
            TravelZone.allCases.map { ZoneBody(zone: $0.rawValue, estimate: estimates[$0] ?? $0.defaultEstimate) })
    }

    @Sendable package func setZone(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let text = try context.parameters.require("zone")
        guard let zone = TravelZone(rawValue: text) else {
            throw AppError.invalidField("zone", reasonKey: "recruitment.travel.reason.zone")
        }
        let (body, _) = try await JSONBody.decode(ZoneRequest.self, from: request)
        try await chancery.recruitmentTravel.setZoneEstimate(zone, to: body.estimate, by: context.principal)
        return try JSONResponse.make(ZoneBody(zone: zone.rawValue, estimate: body.estimate))
    }

    /// The `year` query parameter: this year when absent, 2000–2100 otherwise.
    static func year(_ request: Request) throws -> Int {
        guard let text = request.uri.queryParameters["year"].map(String.init) else {
            return Int(HeadquartersCalendar.year(Clock.nowMilliseconds()))
        }
        guard text.count == 4, let year = Int(text), (2000...2100).contains(year) else {
            throw AppError.invalidQuery("year", reasonKey: "recruitment.travel.reason.year")
        }
        return year
    }
}
