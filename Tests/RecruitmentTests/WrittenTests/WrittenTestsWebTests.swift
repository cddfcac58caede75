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

/// The written tests' pages in French: the assistant schedules (errors marked at their fields) and invites with the
/// picker; the marker's scripts and marks form show codes, never a candidate; the results after un-blinding.
@Suite("Recruitment written test pages")
struct WrittenTestsWebTests {
    static func cookie(_ session: WebSession) -> [String] { ["\(SessionAuthenticator.cookieName)=\(session.secret)"] }

    @Test("the whole cycle through the pages, in French, and the marker's pages carry no name")
    func pagesInFrench() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("mark", WrittenTestMocks.marker)
            try await installation.user("remi", MockUser.registry)
            try await installation.app.test(.router) { client in
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let token = try await client.token(for: "rita")
                let (vacancy, applications, references) = try await WrittenTestMocks.vacancyWithCandidates(
                    client, token: token)
                let rita = try await client.signIn("rita", headers: fr)
                let csrf = try await client.sessionCSRF(rita)

                // the form, refused with every error at its field
                let form = try await client.execute(
                    uri: "/recruitment/written-tests/new?vacancy=\(vacancy)", method: .get, headers: rita.headers(fr))
                #expect(form.status == .ok)
                #expect(form.text.element(id: "page-title") == "Planifier une épreuve écrite")
                let refused = try await client.postForm(
                    "/recruitment/written-tests",
                    [
                        "_csrf": csrf, "vacancy": vacancy, "startsAt": "demain", "place": "", "room": "B",
                        "markers": "remi", "questions": "Rédaction | 20\nTableur", "passMark": "50",
                    ],
                    cookies: Self.cookie(rita), headers: fr)
                #expect(refused.status == .badRequest)
                for field in ["test-starts", "test-place", "test-markers", "test-questions"] {
                    #expect(refused.text.contains(#"id="\#(field)-error""#), "\(field)")
                }
                #expect(refused.text.contains("rôle de correcteur"))
                #expect(refused.text.contains("Rédaction | 20"), "what was typed is kept")

                let created = try await client.postForm(
                    "/recruitment/written-tests",
                    [
                        "_csrf": csrf, "vacancy": vacancy, "startsAt": "2026-12-10T09:30", "place": "SHAPE, Mons",
                        "room": "B-102", "invigilators": "rita", "markers": "mark",
                        "questions": "Rédaction d’une note | 20\nTableur | 10", "passMark": "15",
                    ],
                    cookies: Self.cookie(rita), headers: fr)
                #expect(created.status == .seeOther, "\(created.text)")
                let location = try #require(created.headers[.location])
                let session = String(location.split(separator: "/").last!.split(separator: "?").first!)
                let page = try await client.execute(uri: location, method: .get, headers: rita.headers(fr))
                #expect(page.text.element(id: "notice") == "L’épreuve écrite est planifiée.")
                #expect(
                    page.text.contains(#"id="application-\#(applications[0])""#), "the picker lists the applications")

                // invite two with the picker
                let invited = try await client.postForm(
                    "/recruitment/written-tests/\(session)/invitations",
                    ["_csrf": csrf, "application-\(applications[0])": "on", "application-\(applications[1])": "on"],
                    cookies: Self.cookie(rita), headers: fr)
                #expect(invited.status == .seeOther, "\(invited.text)")
                let none = try await client.postForm(
                    "/recruitment/written-tests/\(session)/invitations", ["_csrf": csrf], cookies: Self.cookie(rita),
                    headers: fr)
                #expect(none.status == .conflict)
                #expect(none.text.contains("Choisissez au moins une candidature"))
                _ = try await client.postForm(
                    "/recruitment/written-tests/\(session)/state", ["_csrf": csrf, "state": "held"],
                    cookies: Self.cookie(rita), headers: fr)

                // the marker: scripts to mark, the marks form, a refusal marked at its question
                let mark = try await client.signIn("mark", headers: fr)
                let markCSRF = try await client.sessionCSRF(mark)
                var markerPages: [TestResponse] = []
                let work = try await client.execute(uri: "/work", method: .get, headers: mark.headers(fr))
                #expect(work.text.contains("Copies d’épreuves écrites à corriger"), "the task in My work")
                markerPages.append(work)
                let list = try await client.execute(
                    uri: "/recruitment/scripts?state=to-mark", method: .get, headers: mark.headers(fr))
                markerPages.append(list)
                #expect(list.status == .ok)
                #expect(list.text.element(id: "page-title") == "Copies à corriger")
                let scriptIDs = list.text.matches(of: #/href="/recruitment/scripts/([0-9A-Za-z]+)"/#).map {
                    String($0.1)
                }
                #expect(scriptIDs.count == 2)
                let script = try #require(scriptIDs.first)
                let markPage = try await client.execute(
                    uri: "/recruitment/scripts/\(script)", method: .get, headers: mark.headers(fr))
                markerPages.append(markPage)
                #expect(markPage.text.contains("Rédaction d’une note"))
                let tooHigh = try await client.postForm(
                    "/recruitment/scripts/\(script)/marks", ["_csrf": markCSRF, "mark-0": "25", "mark-1": "5"],
                    cookies: Self.cookie(mark), headers: fr)
                markerPages.append(tooHigh)
                #expect(tooHigh.status == .badRequest)
                #expect(
                    tooHigh.text.element(id: "mark-0-error") == "Question 1 : une note est un nombre entier de 0 à 20.")
                #expect(tooHigh.text.contains(#"value="25""#), "the typed mark is kept")
                for (id, marks) in zip(scriptIDs, [("18", "7"), ("9", "3")]) {
                    let saved = try await client.postForm(
                        "/recruitment/scripts/\(id)/marks", ["_csrf": markCSRF, "mark-0": marks.0, "mark-1": marks.1],
                        cookies: Self.cookie(mark), headers: fr)
                    #expect(saved.status == .seeOther, "\(saved.text)")
                }
                let csv = try await client.execute(
                    uri: "/recruitment/scripts?format=csv", method: .get, headers: mark.headers(fr))
                markerPages.append(csv)
                #expect(csv.text.contains("25"), "the marker's export carries the totals")
                for uri in [
                    "/recruitment/written-tests/\(session)", "/recruitment/written-tests/\(session)/results",
                    "/recruitment/written-tests/\(session)/results?format=csv", "/recruitment/written-tests?format=csv",
                    "/recruitment/vacancies/\(vacancy)", "/work",
                ] {
                    markerPages.append(try await client.execute(uri: uri, method: .get, headers: mark.headers(fr)))
                }
                for page in markerPages {
                    #expect(page.candidateWords(references) == [], "a marker's page carries a candidate")
                    #expect(!page.text.contains("/recruitment/applications"), "no link to an application")
                }

                // a registry clerk sees no script
                let remi = try await client.signIn("remi", headers: fr)
                let remiList = try await client.execute(
                    uri: "/recruitment/scripts", method: .get, headers: remi.headers(fr))
                #expect(remiList.text.contains(#"id="script-empty""#))
                let remiScript = try await client.execute(
                    uri: "/recruitment/scripts/\(script)", method: .get, headers: remi.headers(fr))
                #expect(remiScript.status == .notFound)
                for uri in ["/recruitment/scripts?format=csv", "/recruitment/written-tests?format=csv"] {
                    let export = try await client.execute(uri: uri, method: .get, headers: remi.headers(fr))
                    #expect(export.status == .ok)
                    #expect(
                        export.text.split(whereSeparator: \.isNewline).count == 3, "banners and a header only: \(uri)")
                }

                // the assistant closes the marking, un-blinds, and sees the names beside the codes
                _ = try await client.postForm(
                    "/recruitment/written-tests/\(session)/state", ["_csrf": csrf, "state": "marked"],
                    cookies: Self.cookie(rita), headers: fr)
                let ritaWork = try await client.execute(uri: "/work", method: .get, headers: rita.headers(fr))
                #expect(
                    ritaWork.text.contains("Épreuves écrites corrigées, résultats à publier"), "the task in My work")
                let blind = try await client.execute(
                    uri: "/recruitment/written-tests/\(session)/results", method: .get, headers: rita.headers(fr))
                #expect(blind.candidateWords(references) == [])
                #expect(blind.text.contains(#"id="results-blind""#))
                let unblind = try await client.postForm(
                    "/recruitment/written-tests/\(session)/unblind", ["_csrf": csrf], cookies: Self.cookie(rita),
                    headers: fr)
                #expect(unblind.status == .seeOther)
                let results = try await client.execute(
                    uri: "/recruitment/written-tests/\(session)/results", method: .get, headers: rita.headers(fr))
                #expect(results.text.contains("Quillfeather, Zephyrine"))
                #expect(results.text.contains("Réussi") && results.text.contains("Échoué"))
                let export = try await client.execute(
                    uri: "/recruitment/written-tests/\(session)/results?format=csv", method: .get,
                    headers: rita.headers(fr))
                #expect(export.text.contains("Brightwater"))
            }
        }
    }
}
