import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import ChancerySpine
@testable import Recruitment

/// Issue 18, item 11: the report pages and the dashboard, in English and French, with their CSV; the head's home is
/// the dashboard; nobody without RECRUITMENT reads a count.
@Suite("Recruitment report pages")
struct RecruitmentReportsWebTests {
    @Test("the head reads the dashboard, a competition's report and the workload in French, and their CSV")
    func headInFrench() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("helene", RecruitmentMocks.head)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let (vacancy, _) = try await RecruitmentReportsAPITests.competition(client, token: token)
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let head = try await client.signIn("helene", headers: fr)

                let home = try await client.execute(uri: "/home", method: .get, headers: head.headers(fr))
                #expect(home.text.contains(#"href="/recruitment/dashboard""#))
                let board = try await client.execute(
                    uri: "/recruitment/dashboard", method: .get, headers: head.headers(fr))
                #expect(board.status == .ok && board.text.htmlLang == "fr")
                #expect(board.text.element(id: "page-title") == "Tableau de bord du recrutement")
                #expect(board.text.contains("Candidatures en attente d’examen"))
                #expect(board.text.contains(#"<td><a href="/recruitment/reports/\#(vacancy)">"#))
                #expect(!board.text.contains("Candidate1"))

                let page = try await client.execute(
                    uri: "/recruitment/reports/\(vacancy)", method: .get, headers: head.headers(fr))
                #expect(page.status == .ok, "\(page.text)")
                #expect(page.text.element(id: "funnel-heading") == "De la candidature à la nomination")
                #expect(page.text.contains("<th scope=\"row\">Liste restreinte</th><td>2</td>"))
                #expect(page.text.contains("moins de 5"), "the small counts are suppressed")
                #expect(page.text.element(id: "rejected") == "Rejetées en cours de route : 2.")
                #expect(page.text.contains("Un site d’offres d’emploi"))
                for english in ["Short list", "Applied", "fewer than", "Not stated"] {
                    #expect(!page.text.contains(english), "English on the French page: \(english)")
                }

                let before = try await installation.auditEventCount()
                let csv = try await client.execute(
                    uri: "/recruitment/reports/\(vacancy)?format=csv", method: .get, headers: head.headers(fr))
                #expect(csv.status == .ok && csv.headers[.contentType]?.hasPrefix("text/csv") == true)
                #expect(csv.text.contains("Liste restreinte,2") && csv.text.contains("moins de 5"))
                #expect(try await installation.changes(since: before) == ["list.export"])

                let workload = try await client.execute(
                    uri: "/recruitment/reports/workload", method: .get, headers: head.headers(fr))
                #expect(workload.status == .ok)
                #expect(workload.text.contains("<th scope=\"row\">Rita Recruiter</th><td>14</td>"))
                let overview = try await client.execute(
                    uri: "/recruitment/reports?format=csv", method: .get, headers: head.headers(fr))
                #expect(overview.text.contains("Recruitment Assistant"))
                let bad = try await client.execute(
                    uri: "/recruitment/reports?format=xls", method: .get, headers: head.headers(fr))
                #expect(bad.status == .badRequest && !bad.text.hasPrefix("{"))
            }
        }
    }

    @Test("an assistant reads the reports in English but not the workload; outsiders read nothing")
    func others() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("marta", RecruitmentMocks.healthClerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let (vacancy, _) = try await RecruitmentReportsAPITests.competition(client, token: token)
                let rita = try await client.signIn("rita")
                let list = try await client.execute(uri: "/recruitment/reports", method: .get, headers: rita.headers())
                #expect(list.status == .ok && list.text.element(id: "page-title") == "Recruitment reports")
                #expect(!list.text.contains(#"id="workload-link""#))
                let page = try await client.execute(
                    uri: "/recruitment/reports/\(vacancy)", method: .get, headers: rita.headers())
                #expect(page.text.contains("<th scope=\"row\">Short list</th><td>2</td>"))
                #expect(page.text.contains("fewer than 5"))
                let workload = try await client.execute(
                    uri: "/recruitment/reports/workload", method: .get, headers: rita.headers())
                #expect(workload.status == .forbidden && !workload.text.contains("Rita Recruiter</th>"))

                let marta = try await client.signIn("marta")
                let hidden = try await client.execute(
                    uri: "/recruitment/reports/\(vacancy)", method: .get, headers: marta.headers())
                #expect(hidden.status == .notFound && !hidden.text.contains("Recruitment Assistant"))
                for uri in ["/recruitment/reports", "/recruitment/dashboard", "/recruitment/reports?format=csv"] {
                    let answer = try await client.execute(uri: uri, method: .get, headers: marta.headers())
                    #expect(answer.status == .forbidden, "\(uri)")
                    #expect(!answer.text.contains("Recruitment Assistant") && !answer.text.contains("261101"))
                }
            }
        }
    }
}
