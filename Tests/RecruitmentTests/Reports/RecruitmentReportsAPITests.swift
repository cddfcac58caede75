import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import ChancerySpine
@testable import Recruitment

/// Issue 18, item 11: the reports and the dashboard through the API — the funnel follows the applications through
/// screening, counts only what the reader may read, suppresses small counts, is audited; the head sees the workload,
/// an assistant does not; nobody without RECRUITMENT learns anything.
@Suite("Recruitment reports")
struct RecruitmentReportsAPITests {
    /// An application body with the statistics-only answers.
    static func body(_ n: Int, nationality: String, gender: String, source: String) -> String {
        let plain = ApplicationsAPITests.body(n, nationality: nationality)
        return "{\"gender\":\"\(gender)\",\"source\":\"\(source)\"," + plain.dropFirst()
    }

    static func move(_ client: some TestClientProtocol, _ id: String, to stage: String, token: String) async throws {
        let reason = stage == "rejected" ? #","reason":"No degree.""# : ""
        let moved = try await client.api(
            .post, "/api/v1/recruitment/applications/\(id)/screening/stage", token: token,
            json: #"{"stage":"\#(stage)"\#(reason)}"#)
        try #require(moved.status == .ok, "\(moved.text)")
    }

    /// A competition of 12 applications: 7 from Belgium (4 women, 3 men), 4 from France (men), 1 from Italy
    /// (undisclosed); 6 eligible, of which 4 on the long list and 2 on the short list, 2 rejected.
    static func competition(_ client: some TestClientProtocol, token: String) async throws
        -> (vacancy: String, applications: [String])
    {
        let vacancy = try await ApplicationsAPITests.published(
            client, token: token, number: "261101", deadline: Date().addingTimeInterval(30 * 86_400))
        var ids: [String] = []
        let people: [(String, String, String)] =
            Array(repeating: ("BEL", "female", "job-board"), count: 4)
            + Array(repeating: ("BEL", "male", "colleague"), count: 3)
            + Array(repeating: ("FRA", "male", "headquarters-website"), count: 4) + [
                ("ITA", "undisclosed", "undisclosed")
            ]
        for (n, person) in people.enumerated() {
            let applied = try await ApplicationsAPITests.apply(
                client, vacancy, body(n, nationality: person.0, gender: person.1, source: person.2))
            try #require(applied.status == .created, "\(applied.text)")
            ids.append(try #require(try applied.jsonObject()["id"] as? String))
        }
        for id in ids[0..<6] { try await move(client, id, to: "eligible", token: token) }
        for id in ids[0..<4] { try await move(client, id, to: "long-list", token: token) }
        for id in ids[0..<2] { try await move(client, id, to: "short-list", token: token) }
        for id in ids[10..<12] { try await move(client, id, to: "rejected", token: token) }
        return (vacancy, ids)
    }

    @Test("the funnel, the distributions and the sources of a competition, for the assistant and the head")
    func report() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("helene", RecruitmentMocks.head)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let (vacancy, _) = try await Self.competition(client, token: token)
                for reader in ["rita", "helene"] {
                    let readerToken = try await client.token(for: reader)
                    let before = try await installation.auditEventCount()
                    let answer = try await client.api(
                        .get, "/api/v1/recruitment/reports/\(vacancy)", token: readerToken)
                    #expect(answer.status == .ok, "\(answer.text)")
                    let report = try answer.jsonObject()
                    let funnel = try #require(report["funnel"] as? [String: Int])
                    #expect(
                        funnel == [
                            "applied": 12, "eligible": 6, "long-list": 4, "short-list": 2, "tested": 0,
                            "interviewed": 0, "selected": 0, "appointed": 0,
                        ])
                    #expect(report["rejected"] as? Int == 2)
                    // completed stays: 8 left `applied` (6 eligible, 2 rejected), 4 left `eligible`, 2 the long list
                    let stays = (report["stageTimes"] as? [[String: Any]] ?? []).map {
                        ($0["stage"] as? String ?? "", $0["stays"] as? Int ?? 0)
                    }
                    #expect(stays.map(\.0) == ["applied", "eligible", "long-list"] && stays.map(\.1) == [8, 4, 2])
                    let nationality = try #require(report["nationality"] as? [[String: Any]])
                    #expect(nationality.map { $0["value"] as? String } == ["BEL", "FRA", "ITA"])
                    let applied = nationality.map { ($0["counts"] as? [String: Any])?["applied"] }
                    // BEL 7 shown; ITA 1 hidden and FRA 4 hidden (small)
                    #expect(applied[0] as? Int == 7 && applied[1] is NSNull && applied[2] is NSNull)
                    let gender = try #require(report["gender"] as? [[String: Any]])
                    let genders = Dictionary(
                        uniqueKeysWithValues: gender.map {
                            ($0["value"] as? String ?? "", ($0["counts"] as? [String: Any])?["applied"])
                        })
                    #expect(
                        genders["male"] as? Int == 7 && genders["female"] is NSNull && genders["undisclosed"] is NSNull)
                    #expect(
                        report["sources"] as? [String: Int] == [
                            "job-board": 4, "colleague": 3, "headquarters-website": 4, "undisclosed": 1,
                        ])
                    #expect(!answer.text.contains("Candidate1"), "no name in a report")
                    let changes = try await installation.changes(since: before)
                    #expect(changes == [], "a report changes nothing")
                }
                let reads = try await installation.auditEvents(action: "recruitment.report.read")
                #expect(reads.count == 2)
                #expect(
                    try await installation.auditActions(of: vacancy).filter { $0 == "recruitment.report.read" }.count
                        == 2)

                func listed() async throws -> Int {
                    try await installation.auditActions(of: vacancy).filter { $0 == "object.list" }.count
                }
                let listedBefore = try await listed()
                let overview = try await client.api(.get, "/api/v1/recruitment/reports", token: token)
                #expect(try await listed() == listedBefore + 1, "the overview names the competitions it showed")
                let row = try #require((try overview.jsonObject()["items"] as? [[String: Any]])?.first)
                #expect(row["vacancy"] as? String == vacancy)
                #expect((row["funnel"] as? [String: Int])?["short-list"] == 2)

                let dashboard = try await client.api(
                    .get, "/api/v1/recruitment/dashboard", token: try await client.token(for: "helene"))
                let board = try dashboard.jsonObject()
                #expect(try await listed() == listedBefore + 2, "so does the dashboard")
                #expect(board["receivedThisYear"] as? Int == 12 && board["toScreen"] as? Int == 4)
                #expect((board["vacancies"] as? [String: Int])?["published"] == 1)
                #expect((board["running"] as? [[String: Any]])?.count == 1)
            }
        }
    }

    @Test("the workload per person is the head's; an assistant is refused it")
    func workload() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("helene", RecruitmentMocks.head)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                _ = try await Self.competition(client, token: token)
                let year = HeadquartersCalendar.year(Clock.nowMilliseconds())
                let answer = try await client.api(
                    .get, "/api/v1/recruitment/reports/workload?year=\(year)",
                    token: try await client.token(for: "helene"))
                #expect(answer.status == .ok, "\(answer.text)")
                let rows = try #require(try answer.jsonObject()["items"] as? [[String: Any]])
                #expect(rows.count == 1 && rows[0]["username"] as? String == "rita")
                // 6 eligible + 4 long list + 2 short list + 2 rejections
                #expect(rows[0]["moves"] as? Int == 14 && rows[0]["name"] as? String == "Rita Recruiter")
                let refused = try await client.api(.get, "/api/v1/recruitment/reports/workload", token: token)
                _ = try refused.problem(.forbidden)
                let badYear = try await client.api(
                    .get, "/api/v1/recruitment/reports/workload?year=soon", token: try await client.token(for: "helene")
                )
                #expect(badYear.status == .badRequest)
            }
        }
    }

    @Test("who may not read recruitment learns nothing: not the vacancy, not a count, not a workload")
    func trimmed() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("marta", RecruitmentMocks.healthClerk)
            try await installation.user("colin", RecruitmentMocks.colleague)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let (vacancy, _) = try await Self.competition(client, token: token)
                for outsider in ["marta", "colin"] {
                    let theirs = try await client.token(for: outsider)
                    let report = try await client.api(.get, "/api/v1/recruitment/reports/\(vacancy)", token: theirs)
                    #expect(report.status == .notFound || report.status == .forbidden, "\(outsider): \(report.text)")
                    #expect(!report.text.contains("Recruitment Assistant") && !report.text.contains("261101"))
                    let overview = try await client.api(.get, "/api/v1/recruitment/reports", token: theirs)
                    let dashboard = try await client.api(.get, "/api/v1/recruitment/dashboard", token: theirs)
                    for answer in [overview, dashboard] {
                        if answer.status == .ok {
                            let body = try answer.jsonObject()
                            #expect((body["items"] as? [Any] ?? body["running"] as? [Any])?.isEmpty == true)
                            #expect(body["receivedThisYear"] as? Int ?? 0 == 0 && body["toScreen"] as? Int ?? 0 == 0)
                        } else {
                            #expect(answer.status == .forbidden, "\(outsider): \(answer.text)")
                        }
                        #expect(!answer.text.contains("Recruitment Assistant"))
                    }
                }
                // the colleague holds the assistant's role without RECRUITMENT: the reports answer, with nothing in
                let colin = try await client.token(for: "colin")
                let board = try await client.api(.get, "/api/v1/recruitment/dashboard", token: colin)
                #expect(board.status == .ok)
                #expect(try board.jsonObject()["vacancies"] as? [String: Int] == [:])
            }
        }
    }
}
