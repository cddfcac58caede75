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

/// The letter and selection pages, in French: produce the offer letter and download its PDF, a template with an
/// unknown placeholder comes back with its sentence, an appointment too early comes back with every reason, and a
/// registry clerk finds nothing.
@Suite("Recruitment letter and selection pages")
struct LettersWebTests {
    static func cookie(_ session: WebSession) -> [String] { ["\(SessionAuthenticator.cookieName)=\(session.secret)"] }

    @Test("in French: the offer letter is produced and its PDF downloaded; refused forms show every error")
    func french() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("remi", LetterFixtures.registryClerk)
            try await installation.app.test(.router) { client in
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let token = try await client.token(for: "rita")
                let vacancy = try await LetterFixtures.vacancy(client, token: token)
                let application = try await LetterFixtures.application(client, to: vacancy)
                let session = try await client.signIn("rita", headers: fr)
                let csrf = try await client.sessionCSRF(session)
                let path = "/recruitment/applications/\(application)/letters"

                // the letters page, then a refused invitation (two fields at once), then the offer
                let page = try await client.execute(uri: path, method: .get, headers: session.headers(fr))
                #expect(page.status == .ok, "\(page.text)")
                #expect(page.text.element(id: "page-title")?.contains("Lettres") == true)
                let refused = try await client.postForm(
                    path, ["_csrf": csrf, "kind": "invitation", "language": "fr"], cookies: Self.cookie(session),
                    headers: fr)
                #expect(refused.status == .badRequest)
                #expect(refused.text.element(id: "invitationWhen-error") == "Ce champ est obligatoire.")
                #expect(refused.text.element(id: "invitationPlace-error") == "Ce champ est obligatoire.")
                #expect(refused.text.formRefusalProblems(fields: ["invitationWhen", "invitationPlace"]) == [])
                let produced = try await client.postForm(
                    path, ["_csrf": csrf, "kind": "offer", "language": "fr"], cookies: Self.cookie(session), headers: fr
                )
                #expect(produced.status == .seeOther, "\(produced.text)")
                let list = try await client.execute(
                    uri: path + "?done=produced", method: .get, headers: session.headers(fr))
                #expect(list.text.contains("La lettre a été produite."))
                let link = try #require(list.text.firstMatch(of: #/href="(/recruitment/letters/[^"]+/pdf)"/#)?.1)
                let pdf = try await client.execute(uri: String(link), method: .get, headers: session.headers(fr))
                #expect(pdf.status == .ok)
                #expect(pdf.headers[.contentType] == "application/pdf")
                let text = try LetterFixtures.text(ofPDF: Data(buffer: pdf.body))
                #expect(text.contains("Élodie Lefèvre") && text.contains("Offre d’engagement"), "\(text)")

                // the selection page: an appointment too early shows every reason
                let selection = "/recruitment/applications/\(application)/selection"
                let appoint = try await client.postForm(
                    selection + "/appointment", ["_csrf": csrf, "startDate": "2030-01-04"],
                    cookies: Self.cookie(session), headers: fr)
                #expect(appoint.status == .conflict)
                #expect(appoint.text.contains("L’habilitation de sécurité n’a pas été accordée."))
                #expect(appoint.text.contains("Le candidat n’a pas accepté l’offre."))
                #expect(appoint.text.contains("en attente"))

                // a template with an unknown placeholder
                let template = try await client.postForm(
                    "/recruitment/letter-templates/offer/fr",
                    ["_csrf": csrf, "version": "1", "subject": "Offre", "body": "Bonjour {{candidat.nom}}"],
                    cookies: Self.cookie(session), headers: fr)
                #expect(template.status == .badRequest)
                #expect(
                    template.text.element(id: "body-error")?.contains("Chancery ne connaît pas {{candidat.nom}}")
                        == true)

                // the registry clerk finds nothing
                let remi = try await client.signIn("remi", headers: fr)
                for uri in [path, selection, "/recruitment/vacancies/\(vacancy)/reserve", String(link)] {
                    let response = try await client.execute(uri: uri, method: .get, headers: remi.headers(fr))
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(!response.text.contains("Lefèvre"))
                }
            }
        }
    }
}
