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
@testable import Registry

/// The assistant completes what the import could not read, then publishes; only a draft changes.
@Suite("Recruitment vacancy drafts completed")
struct VacancyEditTests {
    static func cookie(_ session: WebSession) -> [String] { ["\(SessionAuthenticator.cookieName)=\(session.secret)"] }

    @Test("a draft without a deadline is completed through the API, then published; a published one does not change")
    func completeThroughTheAPI() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("remi", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let id = try await client.importedID(
                    try Fixture.notice("senior-medical-clerk-health-office"), token: token)
                let path = "/api/v1/recruitment/vacancies/\(id)"
                let year = Calendar.current.component(.year, from: Date()) + 1
                let patch = #"{"deadline":"\#(year)-01-18","vacancyNumber":"NSPA-26-01","clearance":"NS"}"#

                // refusals change nothing
                try await client.api(.patch, path, token: token, json: patch).problem(
                    .init(code: 428), type: "if-match-required")
                try await client.api(.patch, path, token: token, json: patch, headers: [.ifMatch: "\"v9\""]).problem(
                    .preconditionFailed, type: "stale-version")
                let bad = try await client.api(
                    .patch, path, token: token, json: #"{"deadline":"next week"}"#, headers: [.ifMatch: "\"v1\""])
                #expect(try bad.problem(.badRequest, type: "invalid-field").field == "deadline")
                try await client.api(
                    .patch, path, token: token, json: #"{"title":null}"#, headers: [.ifMatch: "\"v1\""]
                ).problem(.badRequest, type: "missing-field")
                try await client.api(
                    .patch, path, token: token, json: #"{"original":"x"}"#, headers: [.ifMatch: "\"v1\""]
                ).problem(.badRequest, type: "unknown-field")
                let remi = try await client.token(for: "remi")
                try await client.api(.patch, path, token: remi, json: patch, headers: [.ifMatch: "\"v1\""]).problem(
                    .notFound, type: "object-not-found")

                // exercise
                let saved = try await client.api(.patch, path, token: token, json: patch, headers: [.ifMatch: "\"v1\""])

                // validate
                #expect(saved.status == .ok, "\(saved.text)")
                let body = try saved.jsonObject()
                #expect(body["version"] as? Int == 2)
                #expect(body["vacancyNumber"] as? String == "NSPA-26-01")
                #expect(body["clearance"] as? String == "NATO SECRET")
                #expect((body["deadline"] as? String)?.hasPrefix("\(year)-01-18T23:59:59+01:00") == true)
                #expect(body["original"] as? String == (try Fixture.notice("senior-medical-clerk-health-office")))
                #expect(
                    (body["essentialQualifications"] as? [String])?.isEmpty == false, "a patch without them keeps them")

                // the qualifications: a list each, blank ones left out; too many refused with nothing changed
                let many = PanelMocks.json(["essentialQualifications": (1...31).map { "Criterion \($0)" }])
                let tooMany = try await client.api(
                    .patch, path, token: token, json: many, headers: [.ifMatch: "\"v2\""])
                #expect(try tooMany.problem(.badRequest, type: "invalid-field").field == "essentialQualifications")
                let criteria = try await client.api(
                    .patch, path, token: token,
                    json:
                        #"{"essentialQualifications":["Three years in a medical secretariat","  ","A secondary school diploma"],"desirableQualifications":null}"#,
                    headers: [.ifMatch: "\"v2\""])
                #expect(criteria.status == .ok, "\(criteria.text)")
                #expect(
                    try criteria.jsonObject()["essentialQualifications"] as? [String] == [
                        "Three years in a medical secretariat", "A secondary school diploma",
                    ])
                #expect(try criteria.jsonObject()["desirableQualifications"] as? [String] == [])
                let published = try await client.api(.post, path + "/publish", token: token)
                #expect(published.status == .ok, "\(published.text)")
                try await client.api(
                    .patch, path, token: token, json: #"{"title":"Changed"}"#, headers: [.ifMatch: "\"v4\""]
                ).problem(.conflict, type: "vacancy-not-draft")
            }
        }
    }

    @Test("an odd notice's qualifications are stored within the form's limits, so that its draft can be completed")
    func importedQualificationsBounded() {
        var imported = VacancyNoticeReader.read(RecruitmentMocks.openNotice())
        imported.notice.essentialQualifications =
            (1...40).map { "Criterion \($0)" } + [String(repeating: "y", count: 1_500)]
        imported.notice.desirableQualifications = ["Two lines\nof one item"]
        let stored = Vacancy.Notice(imported)
        #expect(stored.essentialQualifications.count == Vacancy.maximumQualifications)
        #expect(stored.desirableQualifications == ["Two lines of one item"])
        let long = Vacancy.Notice.bounded([String(repeating: "y", count: 1_500)])
        #expect(long.first?.count == Vacancy.maximumQualification)
        #expect((try? Vacancy.Edit.qualifications(stored.essentialQualifications, field: "q")) != nil)
    }

    @Test("the draft's form marks every field it refuses at once, keeps what was typed, and saves a good one")
    func completeThroughTheForm() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let id = try await client.importedID(
                    try Fixture.notice("senior-medical-clerk-health-office"), token: token)
                let session = try await client.signIn("rita")
                let csrf = try await client.sessionCSRF(session)
                let page = try await client.execute(
                    uri: "/recruitment/vacancies/\(id)", method: .get, headers: session.headers())
                #expect(page.text.contains(#"id="edit-form""#))
                let refused = try await client.postForm(
                    "/recruitment/vacancies/\(id)/edit",
                    [
                        "_csrf": csrf, "version": "1", "title": "Senior Medical Clerk", "posts": "0",
                        "deadline": "18/01/2027", "clearance": "TOP",
                        "essentialQualifications": String(repeating: "x", count: 1_001),
                    ],
                    cookies: Self.cookie(session))
                #expect(refused.status == .badRequest)
                #expect(
                    refused.text.formRefusalProblems(fields: [
                        "edit-posts", "edit-deadline", "edit-clearance", "edit-essential",
                    ]) == [])
                #expect(refused.text.contains(#"value="18/01/2027""#), "what was typed is kept")
                let year = Calendar.current.component(.year, from: Date()) + 1
                let saved = try await client.postForm(
                    "/recruitment/vacancies/\(id)/edit",
                    [
                        "_csrf": csrf, "version": "1", "title": "Senior Medical Clerk", "posts": "2",
                        "deadline": "\(year)-01-18", "clearance": "NATO SECRET", "location": "Capellen, Luxembourg",
                        "essentialQualifications": "Three years in a medical secretariat\r\n\r\nDiscretion",
                        "desirableQualifications": "",
                    ],
                    cookies: Self.cookie(session))
                #expect(saved.status == .seeOther, "\(saved.text)")
                let shown = try await client.api(.get, "/api/v1/recruitment/vacancies/\(id)", token: token)
                let body = try shown.jsonObject()
                #expect(body["posts"] as? Int == 2)
                #expect(body["location"] as? String == "Capellen, Luxembourg")
                #expect(
                    body["essentialQualifications"] as? [String] == [
                        "Three years in a medical secretariat", "Discretion",
                    ])
                #expect(body["desirableQualifications"] as? [String] == [])
                #expect((body["deadline"] as? String)?.hasPrefix("\(year)-01-18T23:59:59") == true)
                let published = try await client.postForm(
                    "/recruitment/vacancies/\(id)/publish", ["_csrf": csrf], cookies: Self.cookie(session))
                #expect(published.status == .seeOther)
                let after = try await client.execute(
                    uri: "/recruitment/vacancies/\(id)", method: .get, headers: session.headers())
                #expect(!after.text.contains(#"id="edit-form""#), "a published vacancy has no form")
            }
        }
    }

    @Test("a published vacancy whose classification was raised above NATO UNCLASSIFIED leaves the public list and page")
    func raisedLeavesThePublic() async throws {
        try await withInstallation { installation in
            // setup: the demo's two public vacancies; one of them raised to NATO SECRET behind the store's back
            try await DemoData.loadOnce(into: installation.chancery)
            let store = installation.chancery.recruitment
            let published = try await store.publishedVacancies(after: nil, limit: 50).items
            try #require(published.count == 2)
            let raised = published[0].id
            try await installation.chancery.database.transaction { db in
                try await db.raw(
                    "UPDATE objects SET classification = \(bind: Int64(Classification.natoSecret.rawValue)) WHERE id = \(bind: raised)"
                ).run()
            }

            // exercise
            let list = try await store.publishedVacancies(after: nil, limit: 50).items
            let page = try await store.publishedVacancy(raised)

            // validate: gone from both, the other one still there
            #expect(list.map(\.id) == [published[1].id])
            #expect(page == nil)
        }
    }

    @Test("the demo loads vacancies in every state, in English and French, two of them public")
    func demo() async throws {
        try await withInstallation { installation in
            try await DemoData.loadOnce(into: installation.chancery)
            let rita = try #require(try await installation.chancery.users.find(username: "recruiter")).principal
            let store = installation.chancery.recruitment
            for state in Vacancy.State.allCases {
                #expect(try await store.vacancyCount(state: state, by: rita) >= 1, "\(state)")
            }
            let titles = try await store.vacancies(state: nil, after: nil, limit: 50, by: rita).items.map(\.title)
            #expect(titles.contains("Traducteur/Traductrice") && titles.contains("Senior Recruitment Assistant"))
            #expect(try await store.publishedVacancies(after: nil, limit: 50).items.count == 2)
            let clerk = try #require(try await installation.chancery.users.find(username: "registry")).principal
            let medclerk = try #require(try await installation.chancery.users.find(username: "medclerk")).principal
            #expect(!clerk.categories.contains("RECRUITMENT") && !medclerk.categories.contains("RECRUITMENT"))
            #expect(try await store.vacancyCount(state: nil, by: clerk) == 0)
            #expect(try await store.vacancyCount(state: nil, by: medclerk) == 0)
        }
    }
}
