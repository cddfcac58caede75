import ChanceryKit
import ChancerySpine

/// The demo's travel budget: for each competition past its draft, the panel members' journeys and those of its first
/// candidates, the closed competitions' journeys already costed — so that the year's forecast shows estimates against
/// actual costs.
enum DemoTravel {
    static let panel: [(name: String, country: String)] = [
        ("Col. Pieter Jansen", "NLD"), ("Ms Ingrid Solberg", "NOR"), ("Mr Tomasz Nowak", "POL"),
    ]

    static func load(into chancery: Chancery, _ accounts: [String: Principal]) async throws {
        guard let recruiter = accounts["recruiter"] else { return }
        let travel = chancery.recruitmentTravel
        let year = HeadquartersCalendar.year(Clock.nowMilliseconds())
        let vacancies = try await chancery.recruitment.vacancies(state: nil, after: nil, limit: 50, by: recruiter).items
        for (index, vacancy) in vacancies.enumerated() where vacancy.state != .draft && vacancy.state != .cancelled {
            let costed = vacancy.state == .closed || vacancy.state == .filled
            var journeys: [TravelLine] = []
            for member in panel.prefix(1 + index % 2) {
                journeys.append(
                    try await travel.add(
                        .init(
                            traveller: .panel, applicationID: nil, name: member.name, originCountry: member.country,
                            estimate: nil, year: year), to: vacancy.object.id, by: recruiter))
            }
            let applications = try await chancery.applications.applications(
                of: vacancy.object.id, after: nil, limit: 4, by: recruiter
            ).items
            for application in applications where TravelZone.of(application.nationality) != nil {
                journeys.append(
                    try await travel.add(
                        .init(
                            traveller: .candidate, applicationID: application.object.id, name: nil,
                            originCountry: application.nationality, estimate: nil, year: year),
                        to: vacancy.object.id, by: recruiter))
            }
            guard costed else { continue }
            for (number, journey) in journeys.enumerated() {
                // invoices come in a little over or under the zone's estimate
                let actual = journey.estimate + (number % 2 == 0 ? 35 : -20)
                _ = try await travel.setActual(max(0, actual), of: journey.id, in: vacancy.object.id, by: recruiter)
            }
        }
    }
}
