import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import ChancerySpine
@testable import Recruitment

/// The panel pages in French: a member sees the panel but no candidate before signing; a refused declaration and
/// scorecard come back with every field marked; the page of another panel is a 404 like a missing one; "My work"
/// lists the declaration to sign, then the scorecards to complete.
@Suite("Recruitment selection panel pages")
struct PanelsWebTests {
    static func cookie(_ session: WebSession) -> [String] { ["\(SessionAuthenticator.cookieName)=\(session.secret)"] }

    @Test("declaring and scoring on the page, in French, every refused field marked; outsiders get 404")
    func declareAndScore() async throws {
        try await withInstallation { installation in
            try await PanelsAPITests.people(installation)
            try await installation.app.test(.router) { client in
                let rita = try await client.token(for: "rita")
                let panel = try await PanelMocks.compose(client, assistant: rita).panel
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let session = try await client.signIn("tech", headers: fr)
                let csrf = try await client.sessionCSRF(session)

                let work = try await client.execute(uri: "/work", method: .get, headers: session.headers(fr))
                #expect(work.text.contains("Déclarations de conflit d’intérêts à signer"))

                let before = try await client.execute(
                    uri: "/recruitment/panels/\(panel)", method: .get, headers: session.headers(fr))
                #expect(before.status == .ok)
                #expect(before.text.contains(#"id="candidates-hidden""#))
                #expect(!before.text.contains("Dupont") && !before.text.contains("Martens"))

                let refused = try await client.postForm(
                    "/recruitment/panels/\(panel)/declaration", ["_csrf": csrf, "declaration": "conflict-declared"],
                    cookies: Self.cookie(session), headers: fr)
                #expect(refused.status == .badRequest)
                #expect(refused.text.element(id: "note-error") == "Indiquez en quoi consiste le conflit.")
                #expect(refused.text.formRefusalProblems(fields: ["note"]) == [])

                let signed = try await client.postForm(
                    "/recruitment/panels/\(panel)/declaration", ["_csrf": csrf, "declaration": "no-conflict"],
                    cookies: Self.cookie(session), headers: fr)
                #expect(signed.status == .seeOther)
                let after = try await client.execute(
                    uri: "/recruitment/panels/\(panel)?done=declared", method: .get, headers: session.headers(fr))
                #expect(after.text.contains("Votre déclaration est signée."))
                #expect(after.text.contains("Dupont"))
                let candidate = try #require(try await PanelsAPITests.candidateIDs(client, panel, rita).first)

                let incomplete = try await client.postForm(
                    "/recruitment/panels/\(panel)/candidates/\(candidate)/scores",
                    ["_csrf": csrf, "score-\(candidate)-0": "4", "score-\(candidate)-1": "9"],
                    cookies: Self.cookie(session), headers: fr)
                #expect(incomplete.status == .badRequest)
                #expect(incomplete.text.element(id: "score-\(candidate)-1-error") == "Une note est un entier de 1 à 5.")
                #expect(incomplete.text.formRefusalProblems(fields: ["score-\(candidate)-1"]) == [])
                let saved = try await client.postForm(
                    "/recruitment/panels/\(panel)/candidates/\(candidate)/scores",
                    ["_csrf": csrf, "score-\(candidate)-0": "4", "score-\(candidate)-1": "3"],
                    cookies: Self.cookie(session), headers: fr)
                #expect(saved.status == .seeOther, "\(saved.text)")
                let queue = try await client.execute(uri: "/work", method: .get, headers: session.headers(fr))
                #expect(queue.text.contains("Grilles d’évaluation à compléter"))
                #expect(!queue.text.contains("Déclarations de conflit d’intérêts à signer"))

                for name in ["other", "registry"] {
                    let outsider = try await client.signIn(name, headers: fr)
                    let page = try await client.execute(
                        uri: "/recruitment/panels/\(panel)", method: .get, headers: outsider.headers(fr))
                    #expect(page.status == .notFound, "\(name)")
                    #expect(!page.text.contains("Dupont"))
                    let list = try await client.execute(
                        uri: "/recruitment/panels", method: .get, headers: outsider.headers(fr))
                    #expect(!list.text.contains(panel), "\(name)")
                }
            }
        }
    }

    @Test("the assistant schedules an interview on the page: every refused field marked at once, in French")
    func schedule() async throws {
        try await withInstallation { installation in
            try await PanelsAPITests.people(installation)
            try await installation.app.test(.router) { client in
                let rita = try await client.token(for: "rita")
                let panel = try await PanelMocks.compose(client, assistant: rita).panel
                let candidate = try #require(try await PanelsAPITests.candidateIDs(client, panel, rita).first)
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let session = try await client.signIn("rita", headers: fr)
                let csrf = try await client.sessionCSRF(session)
                let page = try await client.execute(
                    uri: "/recruitment/panels/\(panel)", method: .get, headers: session.headers(fr))
                #expect(page.text.contains(#"id="slot-form""#))
                let refused = try await client.postForm(
                    "/recruitment/panels/\(panel)/slots",
                    [
                        "_csrf": csrf, "candidateId": candidate, "date": "2027-02-30", "start": "10:00", "end": "",
                        "place": "", "videoLink": "ftp://x",
                    ], cookies: Self.cookie(session), headers: fr)
                #expect(refused.status == .badRequest)
                #expect(refused.text.formRefusalProblems(fields: ["date", "end", "place", "videoLink"]) == [])
                #expect(refused.text.element(id: "place-error") == "Ce champ est obligatoire.")
                let saved = try await client.postForm(
                    "/recruitment/panels/\(panel)/slots",
                    [
                        "_csrf": csrf, "candidateId": candidate, "date": "2027-02-10", "start": "10:00", "end": "10:45",
                        "place": "Salle B-214", "videoLink": "",
                    ], cookies: Self.cookie(session), headers: fr)
                #expect(saved.status == .seeOther, "\(saved.text)")
                let after = try await client.execute(
                    uri: "/recruitment/panels/\(panel)?done=scheduled", method: .get, headers: session.headers(fr))
                #expect(after.text.contains("L’entretien est planifié."))
                #expect(after.text.contains("Salle B-214"))
                let member = try await client.signIn("tech", headers: fr)
                let memberPage = try await client.execute(
                    uri: "/recruitment/panels/\(panel)", method: .get, headers: member.headers(fr))
                #expect(memberPage.text.contains("Salle B-214"))
                #expect(!memberPage.text.contains(#"id="slot-form""#))
                #expect(!memberPage.text.contains("Dupont") && !memberPage.text.contains("Martens"))
            }
        }
    }

    @Test("the assistant composes a panel on the page: a refused form keeps what was typed and marks each member")
    func compose() async throws {
        try await withInstallation { installation in
            try await PanelsAPITests.people(installation)
            try await installation.app.test(.router) { client in
                let rita = try await client.token(for: "rita")
                let vacancy = try await ApplicationsAPITests.published(
                    client, token: rita, deadline: Date().addingTimeInterval(30 * 86_400))
                let applied = try await ApplicationsAPITests.apply(
                    client, vacancy, ApplicationsAPITests.body(1, family: "Dupont"))
                let application = try #require(try applied.jsonObject()["id"] as? String)
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let session0 = try await client.signIn("rita", headers: fr)
                let early = try await client.execute(
                    uri: "/recruitment/panels/new?vacancy=\(vacancy)", method: .get, headers: session0.headers(fr))
                #expect(!early.text.contains("Dupont"), "an application still to screen is not offered")
                #expect(early.text.contains("seuls les candidats de la liste restreinte sont reçus en entretien"))
                try await client.shortList([application], of: vacancy, token: rita)
                let session = try await client.signIn("rita", headers: fr)
                let csrf = try await client.sessionCSRF(session)
                let form = try await client.execute(
                    uri: "/recruitment/panels/new?vacancy=\(vacancy)", method: .get, headers: session.headers(fr))
                #expect(form.status == .ok)
                #expect(form.text.contains("Dupont"))
                var fields = [
                    "_csrf": csrf, "vacancyId": vacancy, "member-1": "chair", "seat-1": "chair", "member-2": "registry",
                    "seat-2": "secretary", "candidate-\(application)": "on", "competencies": "Teamwork\nCommunication",
                ]
                let refused = try await client.postForm(
                    "/recruitment/panels", fields, cookies: Self.cookie(session), headers: fr)
                #expect(refused.status == .badRequest)
                #expect(
                    refused.text.element(id: "member-2-error")
                        == "Chaque membre est une personne ayant le rôle de membre de jury, une fois.")
                #expect(refused.text.contains(#"value="registry""#), "what was typed is kept")
                fields["member-2"] = "secretary"
                let composed = try await client.postForm(
                    "/recruitment/panels", fields, cookies: Self.cookie(session), headers: fr)
                #expect(composed.status == .seeOther, "\(composed.text)")
                let location = try #require(composed.headers[.location])
                let page = try await client.execute(uri: location, method: .get, headers: session.headers(fr))
                #expect(page.text.contains("Le jury est composé."))
                #expect(page.text.contains("Dupont"))
                let member = try await client.signIn("tech", headers: fr)
                let outsider = try await client.execute(
                    uri: "/recruitment/panels/new?vacancy=\(vacancy)", method: .get, headers: member.headers(fr))
                #expect(outsider.status == .forbidden)
            }
        }
    }

    @Test("only short-listed candidates come before a panel: the API refuses others by name; the page adds one")
    func addShortListed() async throws {
        try await withInstallation { installation in
            try await PanelsAPITests.people(installation)
            try await installation.app.test(.router) { client in
                let rita = try await client.token(for: "rita")
                let composed = try await PanelMocks.compose(client, assistant: rita)
                let panel = composed.panel
                let later = try await ApplicationsAPITests.apply(
                    client, composed.vacancy, ApplicationsAPITests.body(3, family: "Lemaire"))
                let application = try #require(try later.jsonObject()["id"] as? String)
                let reference = try #require(try later.jsonObject()["reference"] as? String)

                // still to screen: refused by name, nothing added
                let refused = try await client.api(
                    .post, "/api/v1/recruitment/panels/\(panel)/candidates", token: rita,
                    json: #"{"applicationId":"\#(application)"}"#)
                _ = try refused.problem(.badRequest, type: "invalid-panel")
                #expect(refused.text.contains("\(reference) is not on the short list"), "\(refused.text)")
                #expect(try await PanelsAPITests.candidateIDs(client, panel, rita).count == 2)

                // the page offers no one until the candidate is short-listed, then adds them
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let session = try await client.signIn("rita", headers: fr)
                let csrf = try await client.sessionCSRF(session)
                let before = try await client.execute(
                    uri: "/recruitment/panels/\(panel)", method: .get, headers: session.headers(fr))
                #expect(
                    before.text.element(id: "add-candidate-heading") == "Ajouter un candidat de la liste restreinte")
                #expect(
                    before.text.element(id: "add-candidate-none")
                        == "Tous les candidats de la liste restreinte de cet avis de vacance sont devant le jury.")
                #expect(
                    before.text.contains(
                        #"href="/recruitment/vacancies/\#(composed.vacancy)/screening?stage=long-list""#))
                try await client.shortList([application], of: composed.vacancy, token: rita)
                let offered = try await client.execute(
                    uri: "/recruitment/panels/\(panel)", method: .get, headers: session.headers(fr))
                #expect(offered.text.contains(#"<option value="\#(application)""#), "the short-listed one is offered")
                #expect(
                    !offered.text.contains(#"<option value="\#(composed.applications[0])""#), "not one on the panel")
                let nonsense = try await client.postForm(
                    "/recruitment/panels/\(panel)/candidates", ["_csrf": csrf, "applicationId": "nonsense"],
                    cookies: Self.cookie(session), headers: fr)
                #expect(nonsense.status == .badRequest)
                #expect(
                    nonsense.text.element(id: "applicationId-error")
                        == "Chaque candidat est une candidature à cet avis de vacance, une fois.")
                let added = try await client.postForm(
                    "/recruitment/panels/\(panel)/candidates", ["_csrf": csrf, "applicationId": application],
                    cookies: Self.cookie(session), headers: fr)
                #expect(added.status == .seeOther, "\(added.text)")
                let page = try await client.execute(
                    uri: try #require(added.headers[.location]), method: .get, headers: session.headers(fr))
                #expect(page.text.contains("Le candidat est ajouté au jury."))
                #expect(try await PanelsAPITests.candidateIDs(client, panel, rita).count == 3)

                // a member has no such form, and may not add
                let tech = try await client.signIn("tech", headers: fr)
                let memberPage = try await client.execute(
                    uri: "/recruitment/panels/\(panel)", method: .get, headers: tech.headers(fr))
                #expect(!memberPage.text.contains("add-candidate"))
                let forbidden = try await client.postForm(
                    "/recruitment/panels/\(panel)/candidates",
                    ["_csrf": try await client.sessionCSRF(tech), "applicationId": application],
                    cookies: Self.cookie(tech), headers: fr)
                #expect(forbidden.status == .forbidden)
            }
        }
    }
}
