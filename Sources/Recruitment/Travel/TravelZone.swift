import ChanceryKit
import ChancerySpine

/// Where a traveller comes from, as the travel budget prices it: four zones by distance from the headquarters in
/// Belgium, each with a standard estimate of a return journey that the assistants keep up to date (the
/// administration console's "Travel zones").
package enum TravelZone: String, CaseIterable, Sendable, Codable {
    case local
    case neighbouring
    case europe
    case northAmerica = "north-america"

    /// The zone of a member nation (ISO 3166 alpha-3); nil for any other country.
    package static func of(_ country: String) -> TravelZone? {
        guard ReleasabilityCodes.memberNations.contains(country) else { return nil }
        switch country {
        case "BEL": return .local
        case "NLD", "LUX", "FRA", "DEU", "GBR": return .neighbouring
        case "USA", "CAN": return .northAmerica
        default: return .europe
        }
    }

    /// The estimate a new installation starts with, in whole euros.
    package var defaultEstimate: Int {
        switch self {
        case .local: 60
        case .neighbouring: 300
        case .europe: 650
        case .northAmerica: 1600
        }
    }
}

/// One journey of a competition's travel budget: a candidate's (linked to the application) or a panel member's, from
/// an origin country, estimated by its zone when entered and costed when the invoice comes.
package struct TravelLine: Sendable, Equatable {
    package enum Traveller: String, CaseIterable, Sendable, Codable {
        case candidate
        case panel
    }

    package var id: String
    package var vacancyID: String
    package var traveller: Traveller
    /// The candidate's application, for a candidate's journey.
    package var applicationID: String?
    /// Who travels: the candidate's reference or the panel member's name.
    package var name: String
    package var originCountry: String
    package var zone: TravelZone
    package var estimate: Int
    package var actual: Int?
    package var year: Int
}

/// A competition's line of the yearly forecast: what its journeys were estimated at and what they cost so far.
package struct TravelBudgetRow: Sendable, Equatable {
    package var vacancy: LabelledObject
    package var journeys: Int
    package var estimate: Int
    package var actual: Int
    /// Journeys still without their actual cost.
    package var uncosted: Int
}
