import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import SQLKit
import Testing

@testable import ChancerySpine
@testable import Recruitment

/// Letters to candidates: produced from the current template in the candidate's language, kept with the text they
/// were produced with, rendered to PDF by the spine's renderer, with a sent log; nobody without RECRUITMENT sees one.
@Suite("Recruitment letters")
struct LettersAPITests {
    @Test("a letter in the candidate's language renders to a PDF with their name, and is logged as sent")
    func producePDF() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("remi", LetterFixtures.registryClerk)
            try await installation.user("marta", RecruitmentMocks.healthClerk)
            try await installation.app.test(.router) { client in
                // setup
                let token = try await client.token(for: "rita")
                let vacancy = try await LetterFixtures.vacancy(client, token: token)
                let application = try await LetterFixtures.application(client, to: vacancy)

                // exercise: an acknowledgement, in French as the candidate chose
                let produced = try await client.api(
                    .post, "/api/v1/recruitment/applications/\(application)/letters", token: token,
                    json: #"{"kind":"acknowledgement"}"#)
                #expect(produced.status == .created, "\(produced.text)")
                #expect(produced.headers[.classification] == "NATO UNCLASSIFIED // RECRUITMENT")
                let letter = try produced.jsonObject()
                let id = try #require(letter["id"] as? String)
                #expect(letter["language"] as? String == "fr")
                #expect(letter["templateVersion"] as? Int == 1)

                // validate: a PDF with the candidate's name, accents intact, and the letter's French text
                let pdf = try await client.api(.get, "/api/v1/recruitment/letters/\(id)/pdf", token: token)
                #expect(pdf.status == .ok, "\(pdf.text)")
                #expect(pdf.headers[.contentType] == "application/pdf")
                let data = Data(buffer: pdf.body)
                #expect(data.starts(with: Data("%PDF".utf8)))
                let text = try LetterFixtures.text(ofPDF: data)
                #expect(text.contains("Élodie Lefèvre"), "\(text)")
                #expect(text.contains("Nous vous remercions de votre candidature"))
                #expect(text.contains("Notre référence") && text.contains("Ressources humaines civiles"), "in French")
                #expect(text.contains("NATO SANS CLASSIFICATION") || text.contains("RECRUITMENT"))
                let html = try await client.api(.get, "/api/v1/recruitment/letters/\(id)/html", token: token)
                #expect(html.status == .ok)
                #expect(html.text.contains("Élodie Lefèvre") && html.text.contains("@page"))

                // the sent log
                let badChannel = try await client.api(
                    .post, "/api/v1/recruitment/letters/\(id)/sent", token: token, json: #"{"channel":"fax"}"#)
                #expect(badChannel.status == .badRequest)
                let sent = try await client.api(
                    .post, "/api/v1/recruitment/letters/\(id)/sent", token: token, json: #"{"channel":"post"}"#)
                #expect(sent.status == .ok, "\(sent.text)")
                let log = try #require(try sent.jsonObject()["sent"] as? [[String: Any]])
                #expect(log.count == 1 && log.first?["channel"] as? String == "post")
                #expect(try sent.jsonObject()["state"] as? String == "sent")
                let list = try await client.api(
                    .get, "/api/v1/recruitment/applications/\(application)/letters", token: token)
                #expect((try list.jsonObject()["items"] as? [Any])?.count == 1)
                let audited = try await installation.chancery.database.read { db in
                    try await db.raw(
                        "SELECT COUNT(*) AS n FROM audit_events WHERE action = 'recruitment.letter.sent' AND object_id = \(bind: id)"
                    ).first()?.decode(column: "n", as: Int64.self)
                }
                #expect(audited == 1)

                // a registry clerk and a health clerk see nothing: 404 as for a missing id
                for user in ["remi", "marta"] {
                    let other = try await client.token(for: user)
                    for uri in [
                        "/api/v1/recruitment/applications/\(application)/letters", "/api/v1/recruitment/letters/\(id)",
                        "/api/v1/recruitment/letters/\(id)/pdf", "/api/v1/recruitment/letters/\(id)/html",
                    ] {
                        let response = try await client.api(.get, uri, token: other)
                        #expect(response.status == .notFound, "\(user) \(uri)")
                        #expect(!response.text.contains("Lefèvre"))
                    }
                    let produce = try await client.api(
                        .post, "/api/v1/recruitment/applications/\(application)/letters", token: other,
                        json: #"{"kind":"regret"}"#)
                    #expect([.notFound, .forbidden].contains(produce.status))
                    let objects = try await client.api(.get, "/api/v1/objects?kind=candidate-letter", token: other)
                    #expect(!objects.text.contains(id))
                }
            }
        }
    }

    @Test("an invitation needs when and where; the reserve letter needs the reserve list; an unknown kind is refused")
    func refusals() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let vacancy = try await LetterFixtures.vacancy(client, token: token)
                let application = try await LetterFixtures.application(client, to: vacancy, french: false)
                let uri = "/api/v1/recruitment/applications/\(application)/letters"

                let invitation = try await client.api(.post, uri, token: token, json: #"{"kind":"invitation"}"#)
                #expect(invitation.status == .badRequest)
                let fields = (try invitation.jsonObject()["errors"] as? [[String: Any]])?.compactMap {
                    $0["field"] as? String
                }
                #expect(Set(fields ?? []) == ["invitationWhen", "invitationPlace"])
                let reserve = try await client.api(.post, uri, token: token, json: #"{"kind":"reserve"}"#)
                #expect(reserve.status == .conflict)
                let unknown = try await client.api(.post, uri, token: token, json: #"{"kind":"bribe"}"#)
                #expect(unknown.status == .badRequest)
                let complete = try await client.api(
                    .post, uri, token: token,
                    json:
                        #"{"kind":"invitation","invitationWhen":"12 January 2027, 09:30","invitationPlace":"NATO HQ, Room A-101"}"#
                )
                #expect(complete.status == .created, "\(complete.text)")
                #expect(try complete.jsonObject()["language"] as? String == "en")
                let count = try await installation.chancery.database.read { db in
                    try await db.raw("SELECT COUNT(*) AS n FROM recruitment_letters").first()?.decode(
                        column: "n", as: Int64.self)
                }
                #expect(count == 1, "each refusal wrote nothing")
            }
        }
    }

    @Test(
        "an unknown placeholder is refused with a clear sentence; a saved template is a new version; a letter keeps its text"
    )
    func templates() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("remi", LetterFixtures.registryClerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let vacancy = try await LetterFixtures.vacancy(client, token: token)
                let application = try await LetterFixtures.application(client, to: vacancy, french: false)
                let uri = "/api/v1/recruitment/letter-templates/regret/en"
                let list = try await client.api(.get, "/api/v1/recruitment/letter-templates", token: token)
                #expect((try list.jsonObject()["items"] as? [Any])?.count == 10)
                let current = try await client.api(.get, uri, token: token)
                #expect(current.status == .ok)
                #expect(current.headers[.eTag] == "\"v1\"")
                let before = try await client.api(
                    .post, "/api/v1/recruitment/applications/\(application)/letters", token: token,
                    json: #"{"kind":"regret"}"#)
                let oldID = try #require(try before.jsonObject()["id"] as? String)

                // an unknown placeholder, in French: the sentence names it and the ones Chancery knows
                let refused = try await client.api(
                    .put, uri, token: token,
                    json:
                        #"{"subject":"Regret {{vacancy.title}}","body":"Dear {{candidate.name}}, your salary {{candidate.salary}}. {{#x}}"}"#,
                    headers: [.ifMatch: "\"v1\"", .acceptLanguage: "fr"])
                #expect(refused.status == .badRequest)
                let problem = try refused.jsonObject()
                #expect(problem["type"] as? String == "urn:chancery:problem:invalid-letter-template")
                let detail = ((problem["errors"] as? [[String: Any]])?.first?["detail"] as? String) ?? ""
                #expect(detail.contains("{{candidate.salary}}") && detail.contains("{{#x}}"), "\(refused.text)")
                #expect(detail.contains("Chancery ne connaît pas") && detail.contains("{{vacancy.number}}"))

                // a new version
                let saved = try await client.api(
                    .put, uri, token: token,
                    json: #"{"subject":"Regret {{vacancy.title}}","body":"Dear {{candidate.name}},\n\nA NEW TEXT."}"#,
                    headers: [.ifMatch: "\"v1\""])
                #expect(saved.status == .ok, "\(saved.text)")
                #expect(try saved.jsonObject()["version"] as? Int == 2)
                let stale = try await client.api(
                    .put, uri, token: token, json: #"{"subject":"x","body":"y"}"#, headers: [.ifMatch: "\"v1\""])
                #expect(stale.status == .preconditionFailed || stale.status == .conflict)
                let after = try await client.api(
                    .post, "/api/v1/recruitment/applications/\(application)/letters", token: token,
                    json: #"{"kind":"regret"}"#)
                #expect(try after.jsonObject()["templateVersion"] as? Int == 2)
                let newID = try #require(try after.jsonObject()["id"] as? String)
                let newHTML = try await client.api(.get, "/api/v1/recruitment/letters/\(newID)/html", token: token)
                #expect(newHTML.text.contains("A NEW TEXT."))
                let oldHTML = try await client.api(.get, "/api/v1/recruitment/letters/\(oldID)/html", token: token)
                #expect(!oldHTML.text.contains("A NEW TEXT.") && oldHTML.text.contains("not been retained"))
                let history = try await client.api(.get, uri, token: token)
                #expect((try history.jsonObject()["versions"] as? [Any])?.count == 2)
                let audited = try await installation.chancery.database.read { db in
                    try await db.raw(
                        "SELECT COUNT(*) AS n FROM audit_events WHERE action = 'recruitment.letter-template.save'"
                    ).first()?.decode(column: "n", as: Int64.self)
                }
                #expect(audited == 1)

                // a registry clerk may neither read nor edit the templates
                let remi = try await client.token(for: "remi")
                #expect(try await client.api(.get, uri, token: remi).status == .forbidden)
                let edit = try await client.api(
                    .put, uri, token: remi, json: #"{"subject":"x","body":"y"}"#, headers: [.ifMatch: "\"v2\""])
                #expect(edit.status == .forbidden)
            }
        }
    }
}
