import ChanceryKit
import ChanceryTestSupport
import Foundation
import HummingbirdTesting
import Testing

@testable import ChancerySpine
@testable import Recruitment

/// The people of the panel tests: members of a panel (no RECRUITMENT, no unit of the section) and a member of no
/// panel at all.
enum PanelMocks {
    static func member(_ name: String, nationality: String = "BEL") -> UserAttributes {
        UserAttributes(
            displayName: name, clearance: .natoSecret, nationality: nationality, categories: [],
            roles: [.recruitmentPanel], units: ["JISD"], groups: [])
    }

    /// The ids of a panel composed with a chair, a secretary, a technical member and two candidates.
    struct Composed {
        var vacancy: String
        var panel: String
        var applications: [String]
    }

    /// Publishes a vacancy, takes two applications to the short list, and composes its panel with `chair`, `secretary` and `tech`.
    static func compose(
        _ client: some TestClientProtocol, assistant token: String, number: String = "260901",
        members: [(String, String)] = [("chair", "chair"), ("secretary", "secretary"), ("tech", "technical-member")]
    ) async throws -> Composed {
        let vacancy = try await ApplicationsAPITests.published(
            client, token: token, number: number, deadline: Date().addingTimeInterval(30 * 86_400))
        var applications: [String] = []
        for n in 1...2 {
            let applied = try await ApplicationsAPITests.apply(
                client, vacancy, ApplicationsAPITests.body(n, family: n == 1 ? "Dupont" : "Martens"))
            try #require(applied.status == .created, "\(applied.text)")
            applications.append(try #require(try applied.jsonObject()["id"] as? String))
        }
        try await client.shortList(applications, of: vacancy, token: token)
        let body: [String: Any] = [
            "vacancyId": vacancy,
            "members": members.map { ["username": $0.0, "role": $0.1] },
            "candidates": applications, "competencies": ["Teamwork", "Communication"],
        ]
        let json = String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self)
        let response = try await client.api(.post, "/api/v1/recruitment/panels", token: token, json: json)
        try #require(response.status == .created, "\(response.text)")
        return Composed(
            vacancy: vacancy, panel: try #require(try response.jsonObject()["id"] as? String),
            applications: applications)
    }

    static func json(_ value: Any) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }

    static func scorecard(_ teamwork: Int, _ communication: Int) -> String {
        json([
            "scores": [
                ["competency": "Teamwork", "score": teamwork, "note": "Clear examples"],
                ["competency": "Communication", "score": communication, "note": ""],
            ]
        ])
    }
}
