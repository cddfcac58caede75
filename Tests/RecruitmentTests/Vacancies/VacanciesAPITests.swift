import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Recruitment

/// Vacancies through the API: importing a pasted notice, publishing it, the public list and page.
@Suite("Recruitment vacancies API")
struct VacanciesAPITests {
    static let samples = [
        "information-processing-assistant", "hr-case-management-officer", "senior-medical-clerk-health-office",
        "ncia-senior-software-engineer", "shape-budget-assistant", "is-assistant-administratif-fr",
        "hq-sact-training-analyst",
    ]

    @Test("each sample notice imports as a draft with what the reader recognises, the unread lines and the text")
    func samplesImport() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                for sample in Self.samples {
                    // setup
                    let text = try Fixture.notice(sample)
                    let read = VacancyNoticeReader.read(text)
                    // exercise
                    let response = try await client.importNotice(text, token: token)
                    // validate
                    #expect(response.status == .created, "\(sample): \(response.text)")
                    let body = try response.jsonObject()
                    let id = try #require(body["id"] as? String)
                    #expect(response.headers[.location] == "/api/v1/recruitment/vacancies/\(id)")
                    #expect(response.headers[.classification] == "NATO UNCLASSIFIED // RECRUITMENT")
                    #expect(body["state"] as? String == "draft")
                    #expect(body["vacancyNumber"] as? String == read.vacancyNumber, "\(sample)")
                    #expect(
                        body["title"] as? String == read.title ?? read.vacancyNumber ?? read.postNumber, "\(sample)")
                    #expect(body["posts"] as? Int == read.posts, "\(sample)")
                    #expect(body["grade"] as? String == read.grade?.written, "\(sample)")
                    #expect(body["deadline"] as? String == read.deadline.map(BrusselsTime.rfc3339), "\(sample)")
                    #expect(body["clearance"] as? String == read.clearance?.marking, "\(sample)")
                    let languages = try #require(body["languages"] as? [[String: Any]])
                    #expect(languages.map { $0["language"] as? String } == read.languages.map(\.language))
                    #expect(languages.map { $0["level"] as? String } == read.languages.map(\.level))
                    #expect(body["essentialQualifications"] as? [String] == read.essentialQualifications)
                    #expect(body["desirableQualifications"] as? [String] == read.desirableQualifications)
                    #expect(body["unrecognised"] as? [String] == read.unrecognised)
                    #expect(body["original"] as? String == text, "the text is kept exactly as pasted")
                    for key in ["deadline", "clearance", "vacancyNumber", "posts", "grade"] {
                        #expect(body.keys.contains(key), "\(key) is written, null when absent")
                    }
                    let label = try #require(body["label"] as? [String: Any])
                    #expect(label["categories"] as? [String] == ["RECRUITMENT"])

                    let shown = try await client.api(.get, "/api/v1/recruitment/vacancies/\(id)", token: token)
                    #expect(shown.status == .ok)
                    #expect(try shown.jsonObject()["original"] as? String == text)
                }
                #expect(try await client.total("/api/v1/recruitment/vacancies", token: token) == Self.samples.count)
                #expect(try await client.total("/api/v1/recruitment/vacancies?state=draft", token: token) == 7)
                #expect(try await client.total("/api/v1/recruitment/vacancies?state=published", token: token) == 0)
            }
            // the sample the users pasted, spelled out
            let text = try Fixture.notice("information-processing-assistant")
            let rita = try #require(try await installation.chancery.users.find(username: "rita")).principal
            let vacancy = try await installation.chancery.recruitment.importNotice(text, by: rita)
            #expect(vacancy.grade == "B3/G8")
            #expect(vacancy.deadlineAt == 1_783_288_799_000)  // 2026-07-05T23:59:59+02:00
            #expect(vacancy.clearance == "NATO SECRET")
            #expect(vacancy.posts == 1)
            #expect(vacancy.original == text)
        }
    }

    @Test("a published vacancy is on the public list and page without sign-in, with only what the notice publishes")
    func publishAndPublicList() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let open = try await client.importedID(RecruitmentMocks.openNotice(), token: token)
                let draft = try await client.importedID(
                    RecruitmentMocks.openNotice(number: "260902", title: "Draft Analyst"), token: token)

                // exercise
                let published = try await client.api(
                    .post, "/api/v1/recruitment/vacancies/\(open)/publish", token: token)

                // validate
                #expect(published.status == .ok, "\(published.text)")
                let body = try published.jsonObject()
                #expect(body["state"] as? String == "published")
                #expect(body["publishedAt"] as? String != nil)
                let list = try await client.api(.get, "/api/v1/public/vacancies")
                #expect(list.status == .ok, "\(list.text)")
                let items = try #require(try list.jsonObject()["items"] as? [[String: Any]])
                #expect(items.map { $0["id"] as? String } == [open], "only the published vacancy")
                let item = try #require(items.first)
                #expect(item["title"] as? String == "Recruitment Assistant")
                #expect(item["vacancyNumber"] as? String == "260901")
                #expect(item["posts"] as? Int == 2)
                #expect(
                    (item["deadline"] as? String)?.hasSuffix("T23:59:59+01:00") == true
                        || (item["deadline"] as? String)?.hasSuffix("T23:59:59+02:00") == true)
                #expect(item["page"] as? String == "/vacancies/\(open)")
                for secret in ["original", "unrecognised", "notes", "label", "banner", "createdBy", "state"] {
                    #expect(item[secret] == nil, "the public list never shows \(secret)")
                }
                let page = try await client.api(.get, "/api/v1/public/vacancies/\(open)")
                #expect(page.status == .ok)
                #expect(try page.jsonObject()["original"] == nil)
                try await client.api(.get, "/api/v1/public/vacancies/\(draft)").problem(.notFound)
                try await client.api(.get, "/api/v1/public/vacancies/not-an-id").problem(.notFound)
                try await client.api(.get, "/api/v1/public/vacancies?secret=1").problem(
                    .badRequest, type: "unknown-parameter")

                // closing takes it off the public list
                let closed = try await client.api(
                    .post, "/api/v1/recruitment/vacancies/\(open)/state", token: token, json: #"{"state":"closed"}"#)
                #expect(closed.status == .ok, "\(closed.text)")
                #expect(try closed.jsonObject()["state"] as? String == "closed")
                try await client.api(.get, "/api/v1/public/vacancies/\(open)").problem(.notFound)
                let after = try await client.api(.get, "/api/v1/public/vacancies")
                #expect((try after.jsonObject()["items"] as? [Any])?.isEmpty == true)
                let filled = try await client.api(
                    .post, "/api/v1/recruitment/vacancies/\(open)/state", token: token, json: #"{"state":"filled"}"#)
                #expect(try filled.jsonObject()["state"] as? String == "filled")
            }
        }
    }

    @Test("bad input is refused with a sentence and changes nothing")
    func badInputChangesNothing() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let objects = try await installation.chancery.objects.totalCount()
                let events = try await Self.auditEvents(installation)

                try await client.importNotice("  \n\t ", token: token).problem(.badRequest, type: "empty-notice")
                try await client.importNotice("Lorem ipsum dolor sit amet.\nNothing to see.", token: token)
                    .problem(.badRequest, type: "unreadable-notice")
                try await client.importNotice(
                    RecruitmentMocks.openNotice(), token: token, headers: [.contentType: "application/json"]
                ).problem(.unsupportedMediaType, type: "unsupported-media-type")
                let binary = try await client.execute(
                    uri: "/api/v1/recruitment/vacancies/import", method: .post,
                    headers: [.authorization: "Bearer \(token)", .contentType: "text/plain"],
                    body: ByteBuffer(bytes: [0xFF, 0xFE, 0x00, 0xC3]))
                try binary.problem(.badRequest, type: "notice-not-text")
                let huge = String(repeating: "TITLE: Clerk\n", count: 30_000)
                try await client.importNotice(huge, token: token).problem(.contentTooLarge)
                #expect(try await installation.chancery.objects.totalCount() == objects)
                #expect(try await Self.auditEvents(installation) == events, "a refused import writes nothing")

                // a sample whose deadline has passed cannot be published; a draft cannot be filled
                let past = try await client.importedID(try Fixture.notice("hq-sact-training-analyst"), token: token)
                let before = try await client.api(.get, "/api/v1/recruitment/vacancies/\(past)", token: token)
                let refused = try await client.api(.post, "/api/v1/recruitment/vacancies/\(past)/publish", token: token)
                let problem = try refused.problem(.conflict, type: "vacancy-incomplete")
                #expect(problem.field == "deadline")
                try await client.api(
                    .post, "/api/v1/recruitment/vacancies/\(past)/state", token: token, json: #"{"state":"filled"}"#
                ).problem(.conflict, type: "vacancy-state")
                try await client.api(
                    .post, "/api/v1/recruitment/vacancies/\(past)/state", token: token, json: #"{"state":"sold"}"#
                ).problem(.badRequest)
                try await client.api(.get, "/api/v1/recruitment/vacancies?state=sold", token: token).problem(
                    .badRequest, type: "invalid-query")
                let after = try await client.api(.get, "/api/v1/recruitment/vacancies/\(past)", token: token)
                #expect(after.headers[.eTag] == before.headers[.eTag], "nothing changed")
                #expect(try after.jsonObject()["state"] as? String == "draft")
            }
        }
    }

    static func auditEvents(_ installation: TestInstallation) async throws -> Int {
        try await installation.chancery.database.read { db in
            Int(
                try await db.raw("SELECT COUNT(*) AS n FROM audit_events").first()?.decode(column: "n", as: Int64.self)
                    ?? 0)
        }
    }
}
