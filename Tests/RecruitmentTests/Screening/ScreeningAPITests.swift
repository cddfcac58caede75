import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import SQLKit
import Testing

@testable import ChancerySpine
@testable import Recruitment

/// Screening through the API: marks against the vacancy's essential criteria, moves between stages one at a time and
/// in bulk (all or none), each refusal a sentence with nothing written, and nothing of it for anyone without
/// RECRUITMENT.
@Suite("Recruitment screening API")
struct ScreeningAPITests {
    /// A published vacancy and `count` applications to it: their ids, oldest first.
    static func vacancy(
        _ client: some TestClientProtocol, token: String, number: String = "260901", applications count: Int,
        first: Int = 1
    ) async throws -> (vacancy: String, applications: [String]) {
        let id = try await ApplicationsAPITests.published(
            client, token: token, number: number, deadline: Date().addingTimeInterval(30 * 86_400))
        var applications: [String] = []
        for n in first..<(first + count) {
            let response = try await ApplicationsAPITests.apply(client, id, ApplicationsAPITests.body(n))
            try #require(response.status == .created, "\(response.text)")
            applications.append(try #require(try response.jsonObject()["id"] as? String))
        }
        return (id, applications)
    }

    static func screening(_ installation: TestInstallation) async throws -> [Int] {
        [
            try await ApplicationsAPITests.count(installation, "SELECT COUNT(*) AS n FROM recruitment_screening"),
            try await ApplicationsAPITests.count(
                installation, "SELECT COUNT(*) AS n FROM recruitment_screening_marks"),
        ]
    }

    static func stage(_ client: some TestClientProtocol, _ id: String, token: String) async throws -> String? {
        let response = try await client.api(
            .get, "/api/v1/recruitment/applications/\(id)/screening/marks", token: token)
        return try (response.jsonObject()["application"] as? [String: Any])?["stage"] as? String
    }

    @Test("the assistant marks each criterion and moves an application; refusals say why and write nothing")
    func marksAndStages() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let (_, ids) = try await Self.vacancy(client, token: token, applications: 1)
                let id = ids[0]
                let marksURI = "/api/v1/recruitment/applications/\(id)/screening/marks"

                let read = try await client.api(.get, marksURI, token: token)
                #expect(read.status == .ok, "\(read.text)")
                #expect(read.headers[.classification] == "NATO UNCLASSIFIED // RECRUITMENT")
                let criteria = try #require(try read.jsonObject()["criteria"] as? [[String: Any]])
                #expect(criteria.count == 3)
                #expect(criteria.map { $0["criterion"] as? Int } == [1, 2, 3])
                #expect((criteria[0]["text"] as? String)?.contains("3 years") == true)
                #expect(criteria.allSatisfy { $0["mark"] == nil })
                #expect(try await Self.stage(client, id, token: token) == "applied")

                let marked = try await client.api(
                    .put, marksURI, token: token,
                    json:
                        #"{"marks":[{"criterion":1,"mark":"met"},{"criterion":2,"mark":"to-check","note":"Degree abroad"}]}"#
                )
                #expect(marked.status == .ok, "\(marked.text)")
                let after = try #require(try marked.jsonObject()["criteria"] as? [[String: Any]])
                #expect(after.map { $0["mark"] as? String } == ["met", "to-check", nil])
                #expect(after[1]["note"] as? String == "Degree abroad")
                let summary = try #require(try marked.jsonObject()["application"] as? [String: Any])
                #expect((summary["marks"] as? [String: Int]) == ["met": 1, "notMet": 0, "toCheck": 1])
                let events = try await installation.auditEvents(action: "recruitment.screening.marks")
                #expect(events.count == 1 && events[0].details["marks"] == "1=met,2=to-check")

                // refusals: nothing written, a sentence saying why
                let before = try await Self.screening(installation)
                let count = try await installation.auditEventCount()
                let unknown = try await client.api(
                    .put, marksURI, token: token,
                    json: #"{"marks":[{"criterion":1,"mark":"met"},{"criterion":4,"mark":"met"}]}"#)
                #expect(
                    try unknown.problem(.unprocessableContent, type: "unknown-criterion").detail.contains(
                        "no criterion 4"))
                let twice = try await client.api(
                    .put, marksURI, token: token,
                    json: #"{"marks":[{"criterion":1,"mark":"met"},{"criterion":1,"mark":"not-met"}]}"#)
                _ = try twice.problem(.badRequest)
                let badMark = try await client.api(
                    .put, marksURI, token: token, json: #"{"marks":[{"criterion":1,"mark":"perhaps"}]}"#)
                #expect(badMark.status == .badRequest)
                let noReason = try await client.api(
                    .post, "/api/v1/recruitment/applications/\(id)/screening/stage", token: token,
                    json: #"{"stage":"rejected","reason":"  "}"#)
                #expect(
                    try noReason.problem(.unprocessableContent, type: "reason-required").detail.contains(
                        "must give its reason"))
                let french = try await client.api(
                    .post, "/api/v1/recruitment/applications/\(id)/screening/stage", token: token,
                    json: #"{"stage":"rejected"}"#, headers: [.acceptLanguage: "fr"])
                #expect(
                    try french.problem(.unprocessableContent, type: "reason-required").detail.contains("motif"))
                let skip = try await client.api(
                    .post, "/api/v1/recruitment/applications/\(id)/screening/stage", token: token,
                    json: #"{"stage":"short-list"}"#)
                #expect(
                    try skip.problem(.conflict, type: "stage-move-not-allowed").detail.contains(
                        "cannot be moved to “Short list”"))
                let unknownStage = try await client.api(
                    .post, "/api/v1/recruitment/applications/\(id)/screening/stage", token: token,
                    json: #"{"stage":"hired"}"#)
                #expect(unknownStage.status == .badRequest)
                #expect(try await Self.screening(installation) == before)
                #expect(try await installation.changes(since: count) == [])
                #expect(try await Self.stage(client, id, token: token) == "applied")

                // moves
                let eligible = try await client.api(
                    .post, "/api/v1/recruitment/applications/\(id)/screening/stage", token: token,
                    json: #"{"stage":"eligible"}"#)
                #expect(eligible.status == .ok, "\(eligible.text)")
                #expect(try eligible.jsonObject()["stage"] as? String == "eligible")
                let rejected = try await client.api(
                    .post, "/api/v1/recruitment/applications/\(id)/screening/stage", token: token,
                    json: #"{"stage":"rejected","reason":"No degree."}"#)
                #expect(rejected.status == .ok, "\(rejected.text)")
                #expect(try rejected.jsonObject()["reason"] as? String == "No degree.")
                let moves = try await installation.auditEvents(action: "recruitment.screening.stage")
                #expect(moves.map { $0.details["stage"] } == ["eligible", "rejected"])
                #expect(moves.last?.details["reason"] == "No degree.")
                #expect(moves.last?.details["previousStage"] == "eligible")
            }
        }
    }

    @Test("a bulk move is all or none: another vacancy's application, or one whose stage refuses, moves nothing")
    func bulk() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let (vacancy, ids) = try await Self.vacancy(client, token: token, applications: 3)
                let (_, others) = try await Self.vacancy(
                    client, token: token, number: "260902", applications: 1, first: 10)
                let uri = "/api/v1/recruitment/vacancies/\(vacancy)/screening/bulk"
                func body(_ ids: [String], _ stage: String, reason: String? = nil) -> String {
                    let quoted = ids.map { "\"\($0)\"" }.joined(separator: ",")
                    return #"{"applications":[\#(quoted)],"stage":"\#(stage)""#
                        + (reason.map { #","reason":"\#($0)""# } ?? "") + "}"
                }
                let moved = try await client.api(.post, uri, token: token, json: body([ids[0], ids[1]], "eligible"))
                #expect(moved.status == .ok, "\(moved.text)")
                #expect(try moved.jsonObject()["moved"] as? Int == 2)
                let events = try await installation.auditEvents(action: "recruitment.screening.stage")
                #expect(events.count == 2 && events.allSatisfy { $0.details["bulk"] == "2" })

                let before = try await Self.screening(installation)
                let count = try await installation.auditEventCount()
                let other = try await client.api(
                    .post, uri, token: token, json: body([ids[0], ids[1], others[0]], "long-list"))
                #expect(
                    try other.problem(.unprocessableContent, type: "application-of-another-vacancy").detail.contains(
                        "not an application to this vacancy"))
                let refusedStage = try await client.api(
                    .post, uri, token: token, json: body([ids[0], ids[2]], "long-list"))
                _ = try refusedStage.problem(.conflict, type: "stage-move-not-allowed")
                let noReason = try await client.api(.post, uri, token: token, json: body([ids[0], ids[1]], "rejected"))
                _ = try noReason.problem(.unprocessableContent, type: "reason-required")
                let empty = try await client.api(.post, uri, token: token, json: body([], "eligible"))
                _ = try empty.problem(.badRequest)
                #expect(try await Self.screening(installation) == before)
                #expect(try await installation.changes(since: count) == [])
                #expect(try await Self.stage(client, ids[0], token: token) == "eligible")

                let rejected = try await client.api(
                    .post, uri, token: token, json: body([ids[0], ids[1]], "rejected", reason: "Too few years."))
                #expect(rejected.status == .ok, "\(rejected.text)")
                let list = try await client.api(
                    .get, "/api/v1/recruitment/vacancies/\(vacancy)/screening?stage=rejected&withTotal=true",
                    token: token)
                #expect(list.status == .ok, "\(list.text)")
                let items = try #require(try list.jsonObject()["items"] as? [[String: Any]])
                #expect(Set(items.compactMap { $0["id"] as? String }) == [ids[0], ids[1]])
                #expect(items.allSatisfy { $0["reason"] as? String == "Too few years." })
                #expect(try list.jsonObject()["total"] as? Int == 2)
                let applied = try await client.api(
                    .get, "/api/v1/recruitment/vacancies/\(vacancy)/screening?stage=applied&limit=1", token: token)
                #expect(
                    try (applied.jsonObject()["items"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [
                        ids[2]
                    ])
                let badStage = try await client.api(
                    .get, "/api/v1/recruitment/vacancies/\(vacancy)/screening?stage=hired", token: token)
                #expect(badStage.status == .badRequest)
            }
        }
    }

    /// A member of a selection panel: RECRUITMENT, but not the assistant's role.
    static let panelMember = UserAttributes(
        displayName: "Paula Panel", clearance: .natoSecret, nationality: "NLD", categories: ["RECRUITMENT"],
        roles: [.recruitmentPanel], units: ["CHR"], groups: [])

    @Test("a panel member is refused screening (403, the jobs that may): no list, no marks read, nothing written")
    func panelMemberRefused() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("paula", Self.panelMember)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let (vacancy, ids) = try await Self.vacancy(client, token: token, applications: 1)
                let paula = try await client.token(for: "paula")
                let before = try await Self.screening(installation)
                let reads = try await installation.auditEvents(action: "object.read").count
                let calls: [(HTTPRequest.Method, String, String?)] = [
                    (.get, "/api/v1/recruitment/vacancies/\(vacancy)/screening", nil),
                    (.get, "/api/v1/recruitment/applications/\(ids[0])/screening/marks", nil),
                    (
                        .put, "/api/v1/recruitment/applications/\(ids[0])/screening/marks",
                        #"{"marks":[{"criterion":1,"mark":"met"}]}"#
                    ),
                    (.post, "/api/v1/recruitment/applications/\(ids[0])/screening/stage", #"{"stage":"eligible"}"#),
                    (
                        .post, "/api/v1/recruitment/vacancies/\(vacancy)/screening/bulk",
                        #"{"applications":["\#(ids[0])"],"stage":"eligible"}"#
                    ),
                ]
                for (method, uri, json) in calls {
                    let response = try await client.api(method, uri, token: paula, json: json)
                    #expect(response.status == .forbidden, "\(uri): \(response.text)")
                }
                #expect(try await Self.screening(installation) == before)
                let after = try await installation.auditEvents(action: "object.read")
                #expect(!after.dropFirst(reads).contains { $0.actor == "paula" && $0.details["kind"] == "application" })
            }
        }
    }

    @Test("a registry clerk, a Health clerk and a colleague without RECRUITMENT see nothing and change nothing: 404")
    func othersSeeNothing() async throws {
        try await withInstallation { installation in
            try await RecruitmentMocks.assistantAndOutsiders(installation)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let (vacancy, ids) = try await Self.vacancy(client, token: token, applications: 2)
                let before = try await Self.screening(installation)
                for name in ["remi", "marta", "colin"] {
                    let other = try await client.token(for: name)
                    let calls: [(HTTPRequest.Method, String, String?)] = [
                        (.get, "/api/v1/recruitment/vacancies/\(vacancy)/screening", nil),
                        (.get, "/api/v1/recruitment/vacancies/\(vacancy)/screening?withTotal=true", nil),
                        (.get, "/api/v1/recruitment/applications/\(ids[0])/screening/marks", nil),
                        (
                            .put, "/api/v1/recruitment/applications/\(ids[0])/screening/marks",
                            #"{"marks":[{"criterion":9,"mark":"met"}]}"#
                        ),
                        (.post, "/api/v1/recruitment/applications/\(ids[0])/screening/stage", #"{"stage":"rejected"}"#),
                        (
                            .post, "/api/v1/recruitment/vacancies/\(vacancy)/screening/bulk",
                            #"{"applications":["\#(ids[0])","\#(ids[1])"],"stage":"rejected"}"#
                        ),
                    ]
                    for (method, uri, json) in calls {
                        let response = try await client.api(method, uri, token: other, json: json)
                        let problem = try response.problem(.notFound, type: "object-not-found")
                        #expect(!problem.detail.contains("Candidate"), "\(name) \(uri)")
                    }
                }
                #expect(try await Self.screening(installation) == before)
            }
        }
    }
}
