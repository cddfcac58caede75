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

/// The public page's JobPosting cannot be broken out of, and the assistant's drafts wait in "My work".
@Suite("Recruitment public page and work")
struct PublicVacancyPageTests {
    @Test("a title with markup stays text: it neither closes the JSON-LD script nor opens another")
    func jsonLDIsEscaped() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let title = "Clerk</script><script>alert(1)</script> & <b>Co</b>"
                // the import reads markup away; an assistant's title is kept as typed
                let id = try await client.importedID(RecruitmentMocks.openNotice(), token: token)
                let saved = try await client.api(
                    .patch, "/api/v1/recruitment/vacancies/\(id)", token: token,
                    json: #"{"title":\#(jsonString(title))}"#, headers: [.ifMatch: "\"v1\""])
                #expect(saved.status == .ok, "\(saved.text)")
                let published = try await client.api(.post, "/api/v1/recruitment/vacancies/\(id)/publish", token: token)
                #expect(published.status == .ok)

                let page = try await client.execute(uri: "/vacancies/\(id)", method: .get)
                #expect(page.status == .ok)
                #expect(page.headers[.classification] == "NATO UNCLASSIFIED")
                #expect(!page.text.contains("<script>alert"), "\(page.text)")
                #expect(page.text.components(separatedBy: "</script>").count == 2, "one script, closed once")
                let script = try #require(VacanciesWebTests.jsonLD(in: page.text))
                let posting = try #require(try JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: Any])
                #expect(posting["title"] as? String == title, "the JSON still says what the notice says")
                #expect(page.text.element(id: "page-title")?.contains("&lt;b&gt;Co&lt;/b&gt;") == true)
            }
        }
    }

    @Test("the assistant's drafts wait in My work; a registry clerk's work shows none")
    func draftsInMyWork() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("remi", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                _ = try await client.importedID(RecruitmentMocks.openNotice(), token: token)
                let rita = try await client.signIn("rita")
                let work = try await client.execute(uri: "/work", method: .get, headers: rita.headers())
                #expect(work.status == .ok)
                #expect(work.text.contains("Vacancy drafts to complete and publish"))
                #expect(work.text.contains("Recruitment Assistant"))
                let remi = try await client.signIn("remi")
                let other = try await client.execute(uri: "/work", method: .get, headers: remi.headers())
                #expect(other.status == .ok)
                #expect(!other.text.contains("Vacancy drafts"))
                #expect(!other.text.contains("Recruitment Assistant"))
            }
        }
    }
}
