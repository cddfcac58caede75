import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import ChancerySpine
@testable import Recruitment

/// Issue 18, item 10: a competition's travel budget — candidates' and panel members' journeys estimated by zone,
/// actual costs entered later, the year's forecast against actual — for the assistants, and nothing of it for
/// anyone who may not read the vacancy.
@Suite("Recruitment travel budget")
struct TravelAPITests {
    /// A published vacancy with one application; the vacancy's id and the application's.
    static func competition(_ client: some TestClientProtocol, token: String, number: String = "260901")
        async throws -> (vacancy: String, application: String)
    {
        let vacancy = try await ApplicationsAPITests.published(
            client, token: token, number: number, deadline: Date().addingTimeInterval(30 * 86_400))
        let applied = try await ApplicationsAPITests.apply(client, vacancy, ApplicationsAPITests.body(1))
        try #require(applied.status == .created, "\(applied.text)")
        let application = try #require(try applied.jsonObject()["id"] as? String)
        return (vacancy, application)
    }

    static func add(_ client: some TestClientProtocol, _ vacancy: String, token: String, _ body: String) async throws
        -> TestResponse
    {
        try await client.api(.post, "/api/v1/recruitment/vacancies/\(vacancy)/travel", token: token, json: body)
    }

    @Test("journeys are estimated by zone, costed later, and add up per competition and per year")
    func forecastAgainstActual() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let (vacancy, application) = try await Self.competition(client, token: token)
                let candidate = try await Self.add(
                    client, vacancy, token: token,
                    #"{"traveller":"candidate","application":"\#(application)","originCountry":"USA","year":2027}"#)
                #expect(candidate.status == .created, "\(candidate.text)")
                let journey = try candidate.jsonObject()
                #expect(journey["zone"] as? String == "north-america" && journey["estimate"] as? Int == 1600)
                #expect((journey["name"] as? String)?.isEmpty == false, "the application's reference, not a name")
                #expect(journey["actual"] == nil)
                let panel = try await Self.add(
                    client, vacancy, token: token,
                    #"{"traveller":"panel","name":"Col. Jansen","originCountry":"NLD","estimate":420,"year":2027}"#)
                #expect(panel.status == .created)
                let panelID = try #require(try panel.jsonObject()["id"] as? String)

                let costed = try await client.api(
                    .put, "/api/v1/recruitment/vacancies/\(vacancy)/travel/\(panelID)/actual", token: token,
                    json: #"{"actual":388}"#)
                #expect(costed.status == .ok, "\(costed.text)")

                let list = try await client.api(.get, "/api/v1/recruitment/vacancies/\(vacancy)/travel", token: token)
                let body = try list.jsonObject()
                #expect(body["estimate"] as? Int == 2020 && body["actual"] as? Int == 388)
                #expect((body["items"] as? [Any])?.count == 2)

                let year = try await client.api(.get, "/api/v1/recruitment/travel-budget?year=2027", token: token)
                let budget = try year.jsonObject()
                #expect(budget["estimate"] as? Int == 2020 && budget["actual"] as? Int == 388)
                let row = try #require((budget["items"] as? [[String: Any]])?.first)
                #expect(
                    row["journeys"] as? Int == 2 && row["uncosted"] as? Int == 1 && row["vacancy"] as? String == vacancy
                )
                let other = try await client.api(.get, "/api/v1/recruitment/travel-budget?year=2026", token: token)
                #expect((try other.jsonObject()["items"] as? [Any])?.isEmpty == true)

                let actions = try await installation.auditActions(of: vacancy)
                #expect(
                    actions.filter { $0.hasPrefix("recruitment.travel.") } == [
                        "recruitment.travel.add", "recruitment.travel.add", "recruitment.travel.actual",
                    ])
            }
        }
    }

    @Test(
        "bad journeys are refused with a sentence naming the field, and nothing is written",
        arguments: [
            (#"{"traveller":"candidate","originCountry":"USA","year":2027}"#, "application"),
            (#"{"traveller":"panel","originCountry":"USA","year":2027}"#, "name"),
            (#"{"traveller":"panel","name":"X","originCountry":"CHE","year":2027}"#, "originCountry"),
            (#"{"traveller":"panel","name":"X","originCountry":"usa","year":2027}"#, "originCountry"),
            (#"{"traveller":"panel","name":"X","originCountry":"USA","year":1999}"#, "year"),
            (#"{"traveller":"panel","name":"X","originCountry":"USA","estimate":-5,"year":2027}"#, "estimate"),
            (#"{"traveller":"panel","name":"X","originCountry":"USA","estimate":100001,"year":2027}"#, "estimate"),
            (#"{"traveller":"bus","name":"X","originCountry":"USA","year":2027}"#, "traveller"),
            (
                #"{"traveller":"candidate","application":"01JXXXXXXXXXXXXXXXXXXXXXXX","originCountry":"USA","year":2027}"#,
                "application"
            ),
        ])
    func badInput(_ example: (String, String)) async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let (vacancy, _) = try await Self.competition(client, token: token)
                let before = try await installation.auditEventCount()
                let response = try await Self.add(client, vacancy, token: token, example.0)
                let problem = try response.problem(.badRequest)
                #expect(problem.detail.contains(example.1), "\(problem.detail)")
                #expect(try await installation.changes(since: before).isEmpty)
            }
        }
    }

    @Test("an application of another competition cannot be budgeted on this one")
    func applicationOfAnotherVacancy() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let (first, _) = try await Self.competition(client, token: token)
                let (_, otherApplication) = try await Self.competition(client, token: token, number: "260902")
                let response = try await Self.add(
                    client, first, token: token,
                    #"{"traveller":"candidate","application":"\#(otherApplication)","originCountry":"BEL","year":2027}"#
                )
                try response.problem(.badRequest, type: "invalid-field")
            }
        }
    }

    @Test("who may not read the vacancy learns nothing of its budget: not its journeys, not the year's sums")
    func othersSeeNothing() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("marta", RecruitmentMocks.healthClerk)
            try await installation.user("colin", RecruitmentMocks.colleague)
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let (vacancy, _) = try await Self.competition(client, token: token)
                let panel = try await Self.add(
                    client, vacancy, token: token,
                    #"{"traveller":"panel","name":"Col. Jansen","originCountry":"NLD","year":2027}"#)
                let journey = try #require(try panel.jsonObject()["id"] as? String)
                for name in ["marta", "colin", "clerk"] {
                    let other = try await client.token(for: name)
                    let list = try await client.api(
                        .get, "/api/v1/recruitment/vacancies/\(vacancy)/travel", token: other)
                    try list.problem(.notFound)
                    #expect(!list.text.contains("Jansen"))
                    let year = try await client.api(.get, "/api/v1/recruitment/travel-budget?year=2027", token: other)
                    #expect(year.status == .ok)
                    let body = try year.jsonObject()
                    #expect((body["items"] as? [Any])?.isEmpty == true && body["estimate"] as? Int == 0, "\(name)")
                    let add = try await Self.add(
                        client, vacancy, token: other,
                        #"{"traveller":"panel","name":"Y","originCountry":"BEL","year":2027}"#)
                    #expect(add.status == .notFound || add.status == .forbidden, "\(name): \(add.text)")
                    let cost = try await client.api(
                        .put, "/api/v1/recruitment/vacancies/\(vacancy)/travel/\(journey)/actual", token: other,
                        json: #"{"actual":1}"#)
                    #expect(cost.status == .notFound || cost.status == .forbidden, "\(name): \(cost.text)")
                    #expect(!cost.text.contains("Jansen") && !add.text.contains("Recruitment Assistant"))
                }
            }
        }
    }

    @Test("only an administrator changes a zone's standard estimate; journeys already entered keep theirs")
    func zones() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("admin", MockUser.admin)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let admin = try await client.token(for: "admin")
                let (vacancy, _) = try await Self.competition(client, token: token)
                _ = try await Self.add(
                    client, vacancy, token: token,
                    #"{"traveller":"panel","name":"A","originCountry":"ITA","year":2027}"#)
                let refused = try await client.api(
                    .put, "/api/v1/recruitment/travel-zones/europe", token: token, json: #"{"estimate":700}"#)
                try refused.problem(.forbidden)
                let changed = try await client.api(
                    .put, "/api/v1/recruitment/travel-zones/europe", token: admin, json: #"{"estimate":700}"#)
                #expect(changed.status == .ok, "\(changed.text)")
                let bad = try await client.api(
                    .put, "/api/v1/recruitment/travel-zones/mars", token: admin, json: #"{"estimate":700}"#)
                try bad.problem(.badRequest)
                _ = try await Self.add(
                    client, vacancy, token: token,
                    #"{"traveller":"panel","name":"B","originCountry":"ITA","year":2027}"#)
                let list = try await client.api(.get, "/api/v1/recruitment/vacancies/\(vacancy)/travel", token: token)
                let estimates = (try list.jsonObject()["items"] as? [[String: Any]])?.map { $0["estimate"] as? Int }
                #expect(estimates == [650, 700])
                let zones = try await client.api(.get, "/api/v1/recruitment/travel-zones", token: token)
                #expect(zones.text.contains(#""zone":"europe""#) && zones.text.contains(#""estimate":700"#))
            }
        }
    }
}
