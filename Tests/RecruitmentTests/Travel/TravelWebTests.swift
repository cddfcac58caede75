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

/// The travel budget's pages in French: a competition's journeys with their forms, and the year's forecast with its
/// CSV; nothing for who may not read the vacancy.
@Suite("Recruitment travel budget pages")
struct TravelWebTests {
    @Test("the assistant adds journeys in French, costs one, and reads the year's forecast and its CSV")
    func journeysAndBudget() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("marta", RecruitmentMocks.healthClerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let (vacancy, application) = try await TravelAPITests.competition(client, token: token)
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let session = try await client.signIn("rita", headers: fr)
                let csrf = try await client.sessionCSRF(session)
                let cookie = VacanciesWebTests.cookie(session)
                let path = "/recruitment/vacancies/\(vacancy)/travel"

                let vacancyPage = try await client.execute(
                    uri: "/recruitment/vacancies/\(vacancy)", method: .get, headers: session.headers(fr))
                #expect(vacancyPage.text.firstHref(id: "travel-link") == path)
                let empty = try await client.execute(uri: path, method: .get, headers: session.headers(fr))
                #expect(empty.status == .ok && empty.text.htmlLang == "fr")
                #expect(
                    empty.text.element(id: "journeys-empty")
                        == "Aucun voyage n&#39;a encore été saisi pour ce concours.")

                // a panel member's journey without a name or a country: both marked, nothing written
                let before = try await installation.auditEventCount()
                let refused = try await client.postForm(
                    path, ["_csrf": csrf, "traveller": "panel", "name": "", "originCountry": "", "year": "2027"],
                    cookies: cookie, headers: fr)
                #expect(refused.status == .badRequest)
                #expect(refused.text.formRefusalProblems(fields: ["name", "originCountry"]) == [])
                #expect(refused.text.contains("Choisissez la nation membre"))
                #expect(try await installation.changes(since: before).isEmpty)

                let added = try await client.postForm(
                    path,
                    [
                        "_csrf": csrf, "traveller": "candidate", "application": application, "originCountry": "CAN",
                        "year": "2027",
                    ], cookies: cookie, headers: fr)
                #expect(added.status == .seeOther, "\(added.text)")
                #expect(added.headers[.location] == "\(path)?done=added")
                let page = try await client.execute(
                    uri: "\(path)?done=added", method: .get, headers: session.headers(fr))
                #expect(page.text.element(id: "notice") == "Le voyage est ajouté au budget.")
                #expect(page.text.contains("Amérique du Nord") && page.text.contains("1\u{202F}600\u{00A0}€"))

                let journey =
                    try #require(
                        try await client.api(.get, "/api/v1/recruitment/vacancies/\(vacancy)/travel", token: token)
                            .jsonObject()["items"] as? [[String: Any]]
                    ).first?["id"] as? String
                let badCost = try await client.postForm(
                    "\(path)/\(journey ?? "")/actual", ["_csrf": csrf, "actual": "beaucoup"], cookies: cookie,
                    headers: fr)
                #expect(badCost.status == .badRequest)
                #expect(badCost.text.contains("Écrivez un nombre entier d&#39;euros"))
                let costed = try await client.postForm(
                    "\(path)/\(journey ?? "")/actual", ["_csrf": csrf, "actual": "1412"], cookies: cookie, headers: fr)
                #expect(costed.headers[.location] == "\(path)?done=costed")

                let budget = try await client.execute(
                    uri: "/recruitment/travel-budget?year=2027", method: .get, headers: session.headers(fr))
                #expect(budget.status == .ok)
                #expect(budget.text.element(id: "page-title") == "Budget de voyages 2027")
                #expect(budget.text.element(id: "total-actual") == "1\u{202F}412\u{00A0}€")
                let beforeExport = try await installation.auditEventCount()
                let csv = try await client.execute(
                    uri: "/recruitment/travel-budget?year=2027&format=csv", method: .get, headers: session.headers(fr))
                #expect(csv.status == .ok && csv.text.contains("1600") && csv.text.contains("1412"))
                #expect(try await installation.changes(since: beforeExport) == ["list.export"])

                // the Health clerk: the page is not there, the year's forecast is empty, its CSV too
                let marta = try await client.signIn("marta", headers: fr)
                let hidden = try await client.execute(uri: path, method: .get, headers: marta.headers(fr))
                #expect(hidden.status == .notFound && !hidden.text.contains("Amérique du Nord"))
                let hers = try await client.execute(
                    uri: "/recruitment/travel-budget?year=2027", method: .get, headers: marta.headers(fr))
                #expect(hers.text.contains(#"id="budget-empty""#) && !hers.text.contains("Recruitment Assistant"))
                let herCSV = try await client.execute(
                    uri: "/recruitment/travel-budget?year=2027&format=csv", method: .get, headers: marta.headers(fr))
                #expect(!herCSV.text.contains("Recruitment Assistant") && !herCSV.text.contains("1600"))
            }
        }
    }
}
