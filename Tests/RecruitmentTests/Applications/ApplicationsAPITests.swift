import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import SQLKit
import Testing

@testable import ChancerySpine
@testable import Recruitment

/// A candidate applies without sign-in: `POST /api/v1/public/vacancies/{id}/applications`. Each rule is enforced on
/// the server, each refusal stores nothing, and nobody without RECRUITMENT sees an application anywhere.
@Suite("Recruitment public applications")
struct ApplicationsAPITests {
    /// A candidate's JSON body; `n` makes the email and the names distinct.
    static func body(
        _ n: Int, family: String? = nil, given: String? = nil, email: String? = nil, birth: String = "1990-04-12",
        nationality: String = "BEL", isInternal: Bool = false
    ) -> String {
        let fields: [String: Any] = [
            "familyName": family ?? "Candidate\(n)", "givenNames": given ?? "Anne Marie",
            "email": email ?? "candidate\(n)@example.org", "dateOfBirth": birth, "nationality": nationality,
            "languages": [["language": "en", "level": "V"], ["language": "fr", "level": "III"]],
            "internal": isInternal,
        ]
        let data = try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    static func apply(_ client: some TestClientProtocol, _ id: String, _ body: String, french: Bool = false)
        async throws -> TestResponse
    {
        try await client.api(
            .post, "/api/v1/public/vacancies/\(id)/applications", json: body,
            headers: french ? [.acceptLanguage: "fr"] : [:])
    }

    /// Imports a notice with the given deadline and publishes it; its id.
    static func published(_ client: some TestClientProtocol, token: String, number: String = "260901", deadline: Date)
        async throws -> String
    {
        let text = DemoRecruitment.text(
            of: .init(
                number: number, title: "Recruitment Assistant", grade: "B-4", posts: 2, days: 30,
                clearance: "NATO SECRET", place: "Brussels, Belgium", french: false, state: .draft),
            deadline: deadline)
        let id = try await client.importedID(text, token: token)
        let published = try await client.api(.post, "/api/v1/recruitment/vacancies/\(id)/publish", token: token)
        try #require(published.status == .ok, "\(published.text)")
        return id
    }

    static func count(_ installation: TestInstallation, _ sql: SQLQueryString) async throws -> Int {
        try await installation.chancery.database.read { db in
            Int(try await db.raw(sql).first()?.decode(column: "n", as: Int64.self) ?? 0)
        }
    }

    /// Applications stored (rows and objects) and audit events written.
    static func stored(_ installation: TestInstallation) async throws -> [Int] {
        [
            try await count(installation, "SELECT COUNT(*) AS n FROM recruitment_applications"),
            try await count(installation, "SELECT COUNT(*) AS n FROM objects WHERE kind = 'application'"),
            try await count(installation, "SELECT COUNT(*) AS n FROM audit_events"),
        ]
    }

    @Test("an application is accepted: 201, a reference, stored labelled RECRUITMENT and audited as anonymous")
    func accepted() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let id = try await Self.published(
                    client, token: token, deadline: Date().addingTimeInterval(30 * 86_400))
                let before = try await Self.stored(installation)
                let response = try await Self.apply(client, id, Self.body(1, isInternal: true))
                #expect(response.status == .created, "\(response.text)")
                #expect(response.headers[.classification] == "NATO UNCLASSIFIED")
                let receipt = try response.jsonObject()
                let reference = try #require(receipt["reference"] as? String)
                #expect(reference.hasPrefix("260901-") && reference.count == 15, "\(reference)")
                #expect(try await Self.stored(installation) == [before[0] + 1, before[1] + 1, before[2] + 1])
                let row = try await installation.chancery.database.read { db in
                    try await db.raw(
                        """
                        SELECT a.reference, a.internal, a.email_folded, o.owning_unit, o.categories, o.created_by
                        FROM recruitment_applications a JOIN objects o ON o.id = a.object_id
                        """
                    ).first()
                }
                #expect(try row?.decode(column: "reference", as: String.self) == reference)
                #expect(try row?.decode(column: "internal", as: Int64.self) == 1)
                #expect(try row?.decode(column: "owning_unit", as: String.self) == "CHR")
                #expect(try row?.decode(column: "created_by", as: String.self) == "anonymous")
                let applicationID = try #require(receipt["id"] as? String)
                let audit = try await installation.chancery.database.read { db in
                    try await db.raw(
                        "SELECT actor, action, details FROM audit_events WHERE object_id = \(bind: applicationID)"
                    ).first()
                }
                #expect(try audit?.decode(column: "actor", as: String.self) == "anonymous")
                #expect(try audit?.decode(column: "action", as: String.self) == "object.create")
                #expect(try audit?.decode(column: "details", as: String.self).contains(reference) == true)
                // the trail outlives the candidate's data: a pseudonym of the address, never the address
                let details = try JSONDecoder().decode(
                    [String: String].self,
                    from: Data(try #require(try audit?.decode(column: "details", as: String.self)).utf8))
                #expect(details["address"] == nil)
                let pseudonym = try #require(details["addressPseudonym"])
                #expect(pseudonym.count == 16 && pseudonym.allSatisfy(\.isHexDigit))
                #expect(pseudonym == installation.chancery.audit.pseudonym("unknown", purpose: "public-address"))
            }
        }
    }

    @Test(
        "refusals: non-member nationality, duplicates by email and by name and birth date, invalid fields; none stores")
    func refusals() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let id = try await Self.published(
                    client, token: token, deadline: Date().addingTimeInterval(30 * 86_400))
                let first = try await Self.apply(client, id, Self.body(1, family: "Dupont-Lefèvre", given: "Éric"))
                #expect(first.status == .created, "\(first.text)")
                let before = try await Self.stored(installation)

                let foreign = try await Self.apply(client, id, Self.body(2, nationality: "CHE"))
                let problem = try foreign.problem(.unprocessableContent, type: "not-eligible-nationality")
                #expect(problem.detail.contains("NATO member states") && problem.detail.contains("CHE"))
                let french = try await Self.apply(client, id, Self.body(2, nationality: "AUS"), french: true)
                #expect(
                    try french.problem(.unprocessableContent, type: "not-eligible-nationality").detail.contains(
                        "États membres de l’OTAN"))

                let sameEmail = try await Self.apply(client, id, Self.body(3, email: "Candidate1@Example.org"))
                #expect(
                    try sameEmail.problem(.conflict, type: "duplicate-application").detail.contains(
                        "already been received"))
                // the same person written otherwise: case, accents and punctuation do not make a new candidate
                let samePerson = try await Self.apply(
                    client, id, Self.body(4, family: "DUPONT LEFEVRE", given: "eric"))
                _ = try samePerson.problem(.conflict, type: "duplicate-application")

                let invalid = try await Self.apply(
                    client, id,
                    #"{"familyName":"","email":"not-an-address","dateOfBirth":"1990-02-30","nationality":"bel"}"#)
                let refused = try invalid.problem(.badRequest, type: "invalid-application")
                #expect(refused.detail.contains("5 field"), "\(refused.detail)")
                let fields = try (invalid.jsonObject()["errors"] as? [[String: Any]] ?? []).compactMap {
                    $0["field"] as? String
                }
                #expect(Set(fields) == ["familyName", "givenNames", "email", "dateOfBirth", "nationality"])
                let unknownField = try await Self.apply(client, id, #"{"familyName":"X","salary":1}"#)
                #expect(unknownField.status == .badRequest)

                #expect(try await Self.stored(installation) == before, "no refusal stores or audits anything")

                // a draft and an unknown vacancy are not there to apply to
                let draft = try await client.importedID(RecruitmentMocks.openNotice(number: "260902"), token: token)
                let withDraft = try await Self.stored(installation)
                _ = try await Self.apply(client, draft, Self.body(5)).problem(.notFound)
                _ = try await Self.apply(client, "01JZZZZZZZZZZZZZZZZZZZZZZZ", Self.body(5)).problem(.notFound)
                #expect(try await Self.stored(installation) == withDraft)
            }
        }
    }

    @Test("the deadline: 23:59:59 Brussels is accepted and 00:00:00 the next day refused, in summer and in winter")
    func deadlineInSummerAndWinter() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                // 27 July 2030 is CEST (UTC+2), 17 January 2031 CET (UTC+1)
                let cases: [(String, Date, Int64)] = [
                    ("300727", try #require(BrusselsTime.date(year: 2030, month: 7, day: 27)), 1_911_419_999_000),
                    ("310117", try #require(BrusselsTime.date(year: 2031, month: 1, day: 17)), 1_926_457_199_000),
                ]
                var n = 0
                for (number, deadline, expected) in cases {
                    #expect(VacancyStore.milliseconds(deadline) == expected, "23:59:59 Brussels, as UTC")
                    let id = try await Self.published(client, token: token, number: number, deadline: deadline)
                    let store = installation.chancery.applications
                    func form() throws -> ApplicationForm {
                        n += 1
                        return try ApplicationForm(
                            try JSONBody.decode(ApplicationRequest.self, from: Data(Self.body(n).utf8)),
                            today: "2026-12-07")
                    }
                    let accepted = try await store.apply(to: id, try form(), address: "192.0.2.1", at: expected)
                    #expect(accepted.reference.hasPrefix(number + "-"))
                    let lastMillisecond = try await store.apply(
                        to: id, try form(), address: "192.0.2.1", at: expected + 999)
                    #expect(lastMillisecond.vacancyId == id)
                    let before = try await Self.stored(installation)
                    do {
                        _ = try await store.apply(to: id, try form(), address: "192.0.2.1", at: expected + 1000)
                        Issue.record("00:00:00 the next day was accepted")
                    } catch let error as AppError {
                        #expect(error.type == "deadline-passed")
                        #expect(
                            error.arguments["deadline"]?.hasSuffix(number.hasPrefix("30") ? "+02:00" : "+01:00") == true
                        )
                    }
                    #expect(try await Self.stored(installation) == before, "a late application stores nothing")
                }
            }
        }
    }

    @Test("20 applications from one address in a minute are all accepted; the limiter refuses a flood, then forgets it")
    func rateLimit() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let id = try await Self.published(
                    client, token: token, deadline: Date().addingTimeInterval(30 * 86_400))
                for n in 1...20 {
                    let response = try await Self.apply(client, id, Self.body(n))
                    #expect(response.status == .created, "application \(n): \(response.text)")
                }
            }
        }
        let clock = ManualClock()
        let limiter = PublicApplicationLimiter(now: clock.reader)
        #expect(limiter.limit >= 20)
        for _ in 0..<limiter.limit { try limiter.admit("198.51.100.9") }
        do {
            try limiter.admit("198.51.100.9")
            Issue.record("the flood was let through")
        } catch let error as AppError {
            #expect(error.status == .tooManyRequests && error.type == "too-many-applications")
            #expect(error.retryAfter == 60)
        }
        try limiter.admit("198.51.100.10")  // another address is not held back
        clock.advance(seconds: 60)
        try limiter.admit("198.51.100.9")
    }

    @Test("a registry clerk and a Health clerk see no application anywhere the vacancy API lists, not even a count")
    func noneSeenWithoutRecruitment() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("remi", MockUser.registry)
            try await installation.user("marta", RecruitmentMocks.healthClerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let id = try await Self.published(
                    client, token: token, deadline: Date().addingTimeInterval(30 * 86_400))
                let response = try await Self.apply(client, id, Self.body(1, family: "Zyxwvutson"))
                let receipt = try response.jsonObject()
                let reference = try #require(receipt["reference"] as? String)
                let applicationID = try #require(receipt["id"] as? String)
                #expect(try await client.total("/api/v1/recruitment/vacancies", token: token) == 1)
                for name in ["remi", "marta"] {
                    let other = try await client.token(for: name)
                    #expect(try await client.total("/api/v1/recruitment/vacancies", token: other) == 0)
                    for uri in [
                        "/api/v1/recruitment/vacancies", "/api/v1/recruitment/vacancies?state=published",
                        "/api/v1/search?q=\(reference)", "/api/v1/search?q=Zyxwvutson",
                    ] {
                        let listed = try await client.api(.get, uri, token: other)
                        #expect(!listed.text.contains(reference) && !listed.text.contains("Zyxwvutson"), "\(uri)")
                        #expect(!listed.text.contains(applicationID))
                    }
                    _ = try await client.api(.get, "/api/v1/recruitment/vacancies/\(id)", token: other).problem(
                        .notFound)
                    _ = try await client.api(.get, "/api/v1/objects/\(applicationID)", token: other).problem(.notFound)
                }
            }
        }
    }

    @Test("the assistant lists a vacancy's applications; a registry clerk or a colleague without RECRUITMENT gets 404")
    func staffList() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("remi", MockUser.registry)
            try await installation.user("colin", RecruitmentMocks.colleague)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let id = try await Self.published(
                    client, token: token, deadline: Date().addingTimeInterval(30 * 86_400))
                for n in 1...3 { _ = try await Self.apply(client, id, Self.body(n)) }
                let uri = "/api/v1/recruitment/vacancies/\(id)/applications"
                let list = try await client.api(.get, uri + "?limit=2", token: token)
                #expect(list.status == .ok, "\(list.text)")
                let items = try list.jsonObject()["items"] as? [[String: Any]] ?? []
                #expect(items.count == 2)
                #expect(items.first?["familyName"] as? String == "Candidate3", "newest first")
                #expect(list.headers[.classification]?.contains("RECRUITMENT") == true)
                for name in ["remi", "colin"] {
                    let other = try await client.token(for: name)
                    let refused = try await client.api(.get, uri, token: other)
                    _ = try refused.problem(.notFound)
                    #expect(!refused.text.contains("Candidate"))
                }
            }
        }
    }
}
