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

/// The office's pages, in English and French, without JavaScript: import, the draft beside its text, publication,
/// the list, and the public pages.
@Suite("Recruitment vacancy pages")
struct VacanciesWebTests {
    static func cookie(_ session: WebSession) -> [String] { ["\(SessionAuthenticator.cookieName)=\(session.secret)"] }

    /// The text of the page's `<script type="application/ld+json">`.
    static func jsonLD(in page: String) -> String? {
        guard let start = page.range(of: #"<script type="application/ld+json">"#),
            let end = page.range(of: "</script>", range: start.upperBound..<page.endIndex)
        else { return nil }
        return String(page[start.upperBound..<end.lowerBound])
    }

    @Test("the assistant pastes a notice in French, sees it read beside the text, and publishes it")
    func importAndPublish() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.app.test(.router) { client in
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let session = try await client.signIn("rita", headers: fr)
                let csrf = try await client.sessionCSRF(session)
                let form = try await client.execute(
                    uri: "/recruitment/vacancies/import", method: .get, headers: session.headers(fr))
                #expect(form.status == .ok)
                #expect(form.text.element(id: "page-title") == "Importer un avis de vacance")

                // an empty paste comes back with its sentence at the field
                let empty = try await client.postForm(
                    "/recruitment/vacancies/import", ["_csrf": csrf, "notice": "   "], cookies: Self.cookie(session),
                    headers: fr)
                #expect(empty.status == .badRequest)
                #expect(empty.text.element(id: "notice-error")?.contains("avis est vide") == true)
                #expect(empty.text.formRefusalProblems(fields: ["notice"]) == [])

                // a sample with lines it cannot read
                let text = try Fixture.notice("senior-medical-clerk-health-office")
                let imported = try await client.postForm(
                    "/recruitment/vacancies/import", ["_csrf": csrf, "notice": text], cookies: Self.cookie(session),
                    headers: fr)
                #expect(imported.status == .seeOther, "\(imported.text)")
                let location = try #require(imported.headers[.location])
                let page = try await client.execute(uri: location, method: .get, headers: session.headers(fr))
                #expect(page.status == .ok)
                #expect(page.headers[.classification] == "NATO UNCLASSIFIED // RECRUITMENT")
                #expect(page.text.element(id: "field-grade") == "08:B3")
                #expect(page.text.contains(#"id="original""#))
                #expect(page.text.contains(#"<mark class="unrecognised">"#), "the unread lines are flagged")
                #expect(page.text.contains(#"id="publish""#))
                // the notice states no deadline: publishing is refused, every reason marked
                let id = String(try #require(location.split(separator: "/").last?.split(separator: "?").first))
                let refused = try await client.postForm(
                    "/recruitment/vacancies/\(id)/publish", ["_csrf": csrf], cookies: Self.cookie(session), headers: fr)
                #expect(refused.status == .conflict)
                #expect(refused.text.contains("pas de date limite de candidature."))
                #expect(refused.text.formRefusalProblems(fields: ["field-deadline", "publish"]) == [])

                // a notice still open is published and shows on the public pages, without sign-in
                let open = try await client.postForm(
                    "/recruitment/vacancies/import", ["_csrf": csrf, "notice": RecruitmentMocks.openNotice()],
                    cookies: Self.cookie(session), headers: fr)
                let openID = String(
                    try #require(open.headers[.location]?.split(separator: "/").last?.split(separator: "?").first))
                let published = try await client.postForm(
                    "/recruitment/vacancies/\(openID)/publish", ["_csrf": csrf], cookies: Self.cookie(session),
                    headers: fr)
                #expect(published.status == .seeOther, "\(published.text)")
                let publicList = try await client.execute(uri: "/vacancies", method: .get, headers: fr)
                #expect(publicList.status == .ok)
                #expect(publicList.text.contains("/vacancies/\(openID)"))
                #expect(!publicList.text.contains(id), "the draft is not public")
                let publicPage = try await client.execute(uri: "/vacancies/\(openID)", method: .get, headers: fr)
                #expect(publicPage.status == .ok)
                #expect(publicPage.text.contains("(heure de Bruxelles)"))
                let script = try #require(Self.jsonLD(in: publicPage.text))
                let posting = try #require(
                    try JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: Any])
                #expect(posting["@type"] as? String == "JobPosting")
                #expect(posting["title"] as? String == "Recruitment Assistant")
                #expect((posting["validThrough"] as? String)?.contains("T23:59:59+0") == true)
                for key in ["description", "datePosted", "employmentType", "hiringOrganization", "jobLocation"] {
                    #expect(posting[key] != nil, "\(key)")
                }
                #expect(!publicPage.text.contains("_csrf"))
                let hidden = try await client.execute(uri: "/vacancies/\(id)", method: .get, headers: fr)
                #expect(hidden.status == .notFound)

                // the list: sorted, filtered, exported
                let list = try await client.execute(
                    uri: "/recruitment/vacancies?state=published&sort=deadline&order=asc", method: .get,
                    headers: session.headers(fr))
                #expect(list.status == .ok)
                #expect(list.text.contains("vacancy-\(openID)"))
                #expect(!list.text.contains("vacancy-\(id)"))
                let csv = try await client.execute(
                    uri: "/recruitment/vacancies?format=csv", method: .get, headers: session.headers())
                #expect(csv.status == .ok)
                #expect(csv.text.contains("260901"))
            }
        }
    }
}
