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

/// The selection and reserve-list pages, in French: each step from its form, a refused offer of a higher grade shown
/// on the reserve list with its sentence, and a Health clerk who finds nothing.
@Suite("Recruitment selection pages")
struct SelectionWebTests {
    static func cookie(_ session: WebSession) -> [String] { ["\(SessionAuthenticator.cookieName)=\(session.secret)"] }

    @Test("in French: reserve list, an offer of a higher grade refused with its sentence, a lower one made")
    func reserve() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("marta", RecruitmentMocks.healthClerk)
            try await installation.app.test(.router) { client in
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let token = try await client.token(for: "rita")
                let own = try await LetterFixtures.vacancy(client, token: token, number: "260901", grade: "B-4")
                let lower = try await LetterFixtures.vacancy(
                    client, token: token, number: "260902", grade: "B-3", title: "Office Assistant")
                let higher = try await LetterFixtures.vacancy(
                    client, token: token, number: "260903", grade: "A-2", title: "Analyst")
                let application = try await LetterFixtures.application(client, to: own)
                let session = try await client.signIn("rita", headers: fr)
                let csrf = try await client.sessionCSRF(session)
                let selection = "/recruitment/applications/\(application)/selection"

                // a day in the past is refused at its field; then the candidate is placed on the list
                let past = try await client.postForm(
                    selection + "/reserve", ["_csrf": csrf, "until": "2020-01-01"], cookies: Self.cookie(session),
                    headers: fr)
                #expect(past.status == .badRequest)
                #expect(past.text.element(id: "until-error") == "Cette date ne peut pas être dans le passé.")
                #expect(past.text.formRefusalProblems(fields: ["until"]) == [])
                let until = HeadquartersCalendar.day(Clock.nowMilliseconds() + 90 * 86_400_000)
                let placed = try await client.postForm(
                    selection + "/reserve", ["_csrf": csrf, "until": until], cookies: Self.cookie(session), headers: fr)
                #expect(placed.status == .seeOther)
                let medical = try await client.postForm(
                    selection + "/medical", ["_csrf": csrf], cookies: Self.cookie(session), headers: fr)
                #expect(medical.status == .seeOther)
                let page = try await client.execute(uri: selection, method: .get, headers: session.headers(fr))
                #expect(page.status == .ok)
                #expect(page.text.element(id: "medical-status") == "en attente")
                #expect(page.text.element(id: "page-title")?.hasPrefix("Suites de la sélection") == true)

                // the reserve list: a higher grade refused with its sentence, a lower one offered
                let reservePath = "/recruitment/vacancies/\(own)/reserve"
                let list = try await client.execute(uri: reservePath, method: .get, headers: session.headers(fr))
                #expect(list.status == .ok)
                #expect(list.text.contains(#"id="reserve-\#(application)""#))
                #expect(list.text.contains("<td>pas encore</td>"), "no offer yet")
                let refused = try await client.postForm(
                    selection + "/reserve-offer", ["_csrf": csrf, "vacancyId": higher, "from": "reserve"],
                    cookies: Self.cookie(session), headers: fr)
                #expect(refused.status == .conflict)
                #expect(refused.text.contains("A-2 est supérieur à B-4"), "\(refused.text)")
                #expect(refused.text.element(id: "page-title")?.hasPrefix("Liste de réserve") == true)
                let offered = try await client.postForm(
                    selection + "/reserve-offer", ["_csrf": csrf, "vacancyId": lower, "from": "reserve"],
                    cookies: Self.cookie(session), headers: fr)
                #expect(offered.status == .seeOther)
                #expect(offered.headers[.location]?.hasPrefix(reservePath) == true)
                let after = try await client.execute(uri: reservePath, method: .get, headers: session.headers(fr))
                #expect(after.text.contains("<td>260902 — Office Assistant — B-3</td>"), "\(after.text)")
                #expect(!after.text.contains("<td>pas encore</td>"))

                // the Health clerk finds nothing
                let marta = try await client.signIn("marta", headers: fr)
                for uri in [selection, reservePath] {
                    let response = try await client.execute(uri: uri, method: .get, headers: marta.headers(fr))
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(!response.text.contains("Lefèvre"))
                }
            }
        }
    }
}
