import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import ChancerySpine
@testable import Recruitment

/// The people and the candidates of the written tests' tests.
enum WrittenTestMocks {
    /// A marker of written tests: no RECRUITMENT, no unit of the section.
    static let marker = UserAttributes(
        displayName: "Mark Marker", clearance: .natoRestricted, nationality: "NLD", categories: [],
        roles: [.recruitmentMarker], units: [], groups: [])

    /// Candidates whose every field is distinctive, so that a response carrying any of them is found.
    static let candidates: [(family: String, given: String, email: String)] = [
        ("Quillfeather", "Zephyrine", "zephyrine.quillfeather@example.org"),
        ("Brightwater", "Oswaldo", "oswaldo.brightwater@example.org"),
        ("Vantongerloo", "Hyacinthe", "hyacinthe.vantongerloo@example.org"),
    ]

    /// Every word of the candidates that a marker must never receive.
    static var secrets: [String] { candidates.flatMap { [$0.family, $0.given, $0.email] } }

    static func applicationBody(_ index: Int) -> String {
        let candidate = candidates[index]
        return ApplicationsAPITests.body(
            index, family: candidate.family, given: candidate.given, email: candidate.email)
    }

    static func sessionBody(vacancy: String, markers: [String] = ["mark"], passMark: Int = 18) -> String {
        let fields: [String: Any] = [
            "vacancyId": vacancy, "startsAt": "2026-12-10T09:30", "place": "SHAPE, Mons", "room": "Building 102",
            "invigilators": ["rita"], "markers": markers,
            "questions": [["label": "Drafting a note", "maximum": 20], ["label": "Spreadsheet", "maximum": 10]],
            "passMark": passMark,
        ]
        let data = try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// A published vacancy with the three candidates' applications, short-listed unless `shortListed` is false: its id
    /// and the applications' ids and references.
    static func vacancyWithCandidates(
        _ client: some TestClientProtocol, token: String, number: String = "260901", shortListed: Bool = true
    )
        async throws -> (vacancy: String, applications: [String], references: [String])
    {
        let vacancy = try await ApplicationsAPITests.published(
            client, token: token, number: number, deadline: Date().addingTimeInterval(30 * 86_400))
        var ids: [String] = []
        var references: [String] = []
        for index in candidates.indices {
            let response = try await ApplicationsAPITests.apply(client, vacancy, applicationBody(index))
            try #require(response.status == .created, "\(response.text)")
            ids.append(try #require(try response.jsonObject()["id"] as? String))
            references.append(try #require(try response.jsonObject()["reference"] as? String))
        }
        if shortListed { try await client.shortList(ids, of: vacancy, token: token) }
        return (vacancy, ids, references)
    }
}

extension TestResponse {
    /// The candidates' words this response carries (none, for a marker's).
    func candidateWords(_ extra: [String] = []) -> [String] {
        (WrittenTestMocks.secrets + extra).filter { text.localizedCaseInsensitiveContains($0) }
    }
}
