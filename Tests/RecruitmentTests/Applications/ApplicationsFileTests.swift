import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SQLKit
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Recruitment

/// The candidate's file: education, experience and documents through the API and the public form, the assistant's
/// pages, the duplicates and their merge, and nobody without RECRUITMENT seeing any of it.
@Suite("Recruitment applications: the candidate's file")
struct ApplicationsFileTests {
    /// A PDF whose text pdftotext reads.
    static let cvPDF = """
        %PDF-1.4
        1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
        2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
        3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
        4 0 obj << /Length 47 >> stream
        BT /F1 24 Tf 72 712 Td (Quetzalcoatl logistics) Tj ET
        endstream endobj
        5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
        trailer << /Root 1 0 R >>
        %%EOF

        """

    static let education = #"[{"iscedLevel":7,"title":"MSc Logistics","institution":"KU Leuven","year":2014}]"#
    static let experience =
        #"[{"from":"2015-01","to":"2019-12","employer":"SHAPE","post":"Logistics Assistant","duties":"Convoys"},{"from":"2020-01","employer":"NSPA","post":"Senior Assistant"}]"#

    static func body(
        _ n: Int, family: String? = nil, given: String = "Anne", email: String? = nil, birth: String = "1988-03-01",
        nationality: String = "BEL"
    ) -> String {
        """
        {"familyName":\(jsonString(family ?? "Candidate\(n)")),"givenNames":\(jsonString(given)),\
        "email":\(jsonString(email ?? "cand\(n)@example.org")),"dateOfBirth":"\(birth)","nationality":"\(nationality)",\
        "languages":[{"language":"en","level":"4"}],"internal":true,"staffNumber":"S\(n)",\
        "education":\(education),"experience":\(experience)}
        """
    }

    static func open(_ client: some TestClientProtocol, token: String, number: String = "260901") async throws -> String
    {
        try await ApplicationsAPITests.published(
            client, token: token, number: number, deadline: Date().addingTimeInterval(30 * 86_400))
    }

    static func people(_ installation: TestInstallation) async throws {
        try await installation.user("rita", RecruitmentMocks.assistant)
        try await installation.user("remi", MockUser.registry)
        try await installation.user("marta", RecruitmentMocks.healthClerk)
        try await installation.user("colin", RecruitmentMocks.colleague)
    }

    @Test("education, experience and a CV through the API; only the candidate's secret attaches; outsiders see nothing")
    func apiFile() async throws {
        try await withInstallation { installation in
            try await Self.people(installation)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let id = try await Self.open(client, token: token)
                let applied = try await client.api(
                    .post, "/api/v1/public/vacancies/\(id)/applications", json: Self.body(1))
                #expect(applied.status == .created, "\(applied.text)")
                let receipt = try applied.jsonObject()
                let reference = try #require(receipt["reference"] as? String)
                let appID = try #require(receipt["id"] as? String)
                let secret = try #require(receipt["documentsToken"] as? String)

                let uploadURI = "/api/v1/public/applications/\(reference)/documents?document=cv"
                func upload(_ uri: String, _ secret: String?, type: String = "application/pdf") async throws
                    -> TestResponse
                {
                    var headers: HTTPFields = [.contentType: type]
                    if let secret { headers[ApplicationsController.tokenHeader] = secret }
                    return try await client.execute(
                        uri: uri, method: .post, headers: headers, body: ByteBuffer(string: Self.cvPDF))
                }
                // a stranger: no secret, a wrong one, or another reference; all the same 404, nothing kept
                _ = try await upload(uploadURI, nil).problem(.notFound, type: "application-not-found")
                _ = try await upload(uploadURI, "not-the-secret").problem(.notFound, type: "application-not-found")
                _ = try await upload("/api/v1/public/applications/X-1/documents?document=cv", secret).problem(
                    .notFound, type: "application-not-found")
                _ = try await upload(uploadURI, secret, type: "image/png").problem(.unsupportedMediaType)
                let stored = try await upload(uploadURI, secret)
                #expect(stored.status == .created, "\(stored.text)")
                _ = try await upload(uploadURI, secret).problem(.conflict, type: "document-already-given")

                let shown = try await client.api(.get, "/api/v1/recruitment/applications/\(appID)", token: token)
                #expect(shown.status == .ok, "\(shown.text)")
                let body = try shown.jsonObject()
                let application = try #require(body["application"] as? [String: Any])
                #expect((application["education"] as? [[String: Any]])?.first?["institution"] as? String == "KU Leuven")
                #expect((application["experience"] as? [[String: Any]])?.count == 2)
                #expect(application["staffNumber"] as? String == "S1")
                let documents = try #require(body["documents"] as? [[String: Any]])
                #expect(documents.map { $0["name"] as? String } == ["cv.pdf"])
                let documentID = try #require(documents.first?["id"] as? String)
                // the vacancy is no application: its id is not found on these paths
                _ = try await client.api(.get, "/api/v1/recruitment/applications/\(id)", token: token).problem(
                    .notFound)
                _ = try await client.api(
                    .get, "/api/v1/recruitment/applications/\(id)/documents/\(documentID)", token: token
                ).problem(.notFound)
                let file = try await client.api(
                    .get, "/api/v1/recruitment/applications/\(appID)/documents/\(documentID)", token: token)
                #expect(file.status == .ok && file.text.hasPrefix("%PDF"))

                let readable = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
                    .contains { FileManager.default.isExecutableFile(atPath: "\($0)/pdftotext") }
                if readable {
                    let found = try await client.api(.get, "/api/v1/search?q=Quetzalcoatl", token: token)
                    #expect(found.text.contains(appID), "the CV's text is searchable by the assistant")
                }
                for name in ["remi", "marta", "colin"] {
                    let other = try await client.token(for: name)
                    _ = try await client.api(.get, "/api/v1/recruitment/applications/\(appID)", token: other)
                        .problem(.notFound)
                    let download = try await client.api(
                        .get, "/api/v1/recruitment/applications/\(appID)/documents/\(documentID)", token: other)
                    #expect(download.status == .notFound || download.status == .forbidden)
                    #expect(!download.text.contains("%PDF"))
                    for uri in [
                        "/api/v1/search?q=Quetzalcoatl", "/api/v1/search?q=\(reference)",
                        "/api/v1/recruitment/vacancies/\(id)/duplicates", "/api/v1/objects?kind=application",
                    ] {
                        let answer = try await client.api(.get, uri, token: other)
                        #expect(!answer.text.contains(appID) && !answer.text.contains("Candidate1"), "\(name) \(uri)")
                    }
                }
                // a secret past its thirty minutes attaches nothing
                do {
                    _ = try await installation.chancery.applications.attach(
                        [ByteBuffer(string: Self.cvPDF)].async, kind: .letter, contentType: "application/pdf",
                        reference: reference, token: secret,
                        at: Clock.nowMilliseconds() + ApplicationStore.documentsWindow + 1)
                    Issue.record("an expired secret attached a document")
                } catch let error as AppError {
                    #expect(error.type == "application-not-found")
                }
            }
        }
    }

    /// The multipart body of the public form.
    static func form(_ fields: [(String, String)], files: [(String, String, String)] = []) -> MultipartForm {
        MultipartForm(
            parts: fields.map { MultipartForm.Part(name: $0.0, content: $0.1) }
                + files.map { MultipartForm.Part(name: $0.0, filename: $0.1, contentType: $0.2, content: Self.cvPDF) })
    }

    @Test("the public form in French: every error at once with what was typed, then an acknowledgement; CSRF-safe")
    func publicForm() async throws {
        try await withInstallation { installation in
            try await Self.people(installation)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let id = try await Self.open(client, token: token)
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let vacancyPage = try await client.execute(uri: "/vacancies/\(id)", method: .get, headers: fr)
                #expect(vacancyPage.text.firstHref(id: "apply-link") == "/vacancies/\(id)/apply")
                let page = try await client.execute(uri: "/vacancies/\(id)/apply", method: .get, headers: fr)
                #expect(page.status == .ok)
                #expect(page.text.contains("Nom de famille") && page.text.contains("Belgique"))
                #expect(page.text.contains("7 — Master ou équivalent"))
                let cookie = try #require(page.cookie(ApplicationsPublicWebController.cookie))
                #expect(cookie.attributes["samesite"]?.lowercased() == "strict")
                let csrf = try #require(page.text.hiddenField("_csrf"))
                #expect(csrf == cookie.value)
                var headers = fr
                headers[.cookie] = "\(ApplicationsPublicWebController.cookie)=\(cookie.value)"
                func post(_ form: MultipartForm, headers: HTTPFields) async throws -> TestResponse {
                    var all = headers
                    all[.contentType] = form.contentType
                    return try await client.execute(
                        uri: "/vacancies/\(id)/apply", method: .post, headers: all, body: ByteBuffer(string: form.text))
                }
                let before = try await ApplicationsAPITests.stored(installation)
                let blobs = FileFixtures.storedFiles(installation)

                // a forged post (no cookie, or another token) is refused before any file is read
                let forged = try await post(
                    Self.form(
                        [("_csrf", "forged"), ("family-name", "X")], files: [("cv", "cv.pdf", "application/pdf")]),
                    headers: headers)
                #expect(forged.status == .forbidden)
                let noCookie = try await post(Self.form([("_csrf", csrf)]), headers: fr)
                #expect(noCookie.status == .forbidden)

                // every error at once, what was typed kept
                let wrong = try await post(
                    Self.form(
                        [
                            ("_csrf", csrf), ("family-name", "Lefèvre"), ("given-names", ""),
                            ("email", "pas-une-adresse"),
                            ("date-of-birth", "1990-01-01"), ("nationality", "BEL"), ("internal", "yes"),
                            ("edu-0-title", "Master"), ("exp-1-from", "2020-13"), ("exp-1-employer", "OTAN"),
                            ("exp-1-post", "Assistant"),
                        ],
                        files: [("letter", "letter.png", "image/png")]),
                    headers: headers)
                #expect(wrong.status == .badRequest, "\(wrong.text)")
                let expected = [
                    "given-names", "email", "staff-number", "edu-0-level", "edu-0-institution", "exp-1-from", "letter",
                ]
                #expect(
                    wrong.text.formRefusalProblems(fields: expected) == [],
                    "\(wrong.text.formRefusalProblems(fields: expected))")
                #expect(wrong.text.contains(#"value="Lefèvre""#) && wrong.text.contains(#"value="OTAN""#))
                #expect(wrong.text.contains("Ce champ est obligatoire."))
                #expect(try await ApplicationsAPITests.stored(installation) == before, "nothing stored")
                #expect(FileFixtures.storedFiles(installation) == blobs, "no file kept")

                // accepted, with a CV
                let fields: [(String, String)] = [
                    ("_csrf", csrf), ("family-name", "Lefèvre"), ("given-names", "Élodie"),
                    ("email", "elodie@example.org"), ("date-of-birth", "1990-01-01"), ("nationality", "FRA"),
                    ("level-en", "4"), ("level-fr", "5"), ("other-0-language", "de"), ("other-0-level", "2"),
                    ("edu-0-level", "7"), ("edu-0-title", "Master"), ("edu-0-institution", "Sorbonne"),
                    ("edu-0-year", "2013"), ("exp-0-from", "2014-09"), ("exp-0-employer", "OTAN"),
                    ("exp-0-post", "Assistante"), ("exp-0-duties", "Convois"),
                ]
                let done = try await post(
                    Self.form(fields, files: [("cv", "C:\\docs\\mon cv.pdf", "application/pdf")]), headers: headers)
                #expect(done.status == .created, "\(done.text)")
                let reference = try #require(done.text.element(id: "reference"))
                #expect(done.text.contains("Votre candidature a été reçue"))
                #expect(done.text.element(id: "documents-received") == "1")

                // the same person again: the form comes back with the API's sentence, nothing stored
                let after = try await ApplicationsAPITests.stored(installation)
                let again = try await post(Self.form(fields), headers: headers)
                #expect(again.status == .conflict)
                #expect(again.text.contains("a déjà été reçue de cette personne"))
                #expect(again.text.contains(#"value="Sorbonne""#))
                #expect(try await ApplicationsAPITests.stored(installation) == after)

                // a non-member nationality, at its field
                var swiss = fields.filter { $0.0 != "nationality" && $0.0 != "email" }
                swiss += [("nationality", "CHE"), ("email", "other@example.org")]
                let refused = try await post(Self.form(swiss), headers: headers)
                #expect(refused.status == .unprocessableContent)
                #expect(refused.text.formRefusalProblems(fields: ["nationality"]) == [])
                #expect(refused.text.contains("ouvert aux seuls ressortissants des États membres"))

                // after the deadline: the form comes back with the API's sentence at the button, what was typed kept
                try await installation.chancery.database.transaction { db in
                    try await db.raw(
                        """
                        UPDATE recruitment_vacancies SET deadline_at = \(bind: Clock.nowMilliseconds() - 2000)
                        WHERE object_id = \(bind: id)
                        """
                    ).run()
                }
                var late = fields.filter { $0.0 != "email" }
                late.append(("email", "late@example.org"))
                let refusedLate = try await post(Self.form(late), headers: headers)
                #expect(refusedLate.status == .conflict)
                #expect(refusedLate.text.formRefusalProblems(fields: ["apply-submit"]) == [])
                #expect(refusedLate.text.contains("La date limite de candidature"))
                #expect(refusedLate.text.contains(#"value="late@example.org""#))

                // the assistant sees it
                let session = try await client.signIn("rita", headers: fr)
                let list = try await client.execute(
                    uri: "/recruitment/vacancies/\(id)/applications", method: .get, headers: session.headers(fr))
                #expect(list.status == .ok)
                #expect(list.text.contains(reference) && list.text.contains("Lefèvre"))
                let appID = try await installation.chancery.database.read { db in
                    try await db.raw(
                        "SELECT object_id FROM recruitment_applications WHERE reference = \(bind: reference)"
                    ).first()?.decode(column: "object_id", as: String.self)
                }
                let shown = try await client.execute(
                    uri: "/recruitment/applications/\(try #require(appID))", method: .get, headers: session.headers(fr))
                #expect(shown.status == .ok)
                #expect(
                    shown.text.contains("Sorbonne") && shown.text.contains("Assistante")
                        && shown.text.contains("cv.pdf"))
                #expect(shown.text.contains("Allemand") || shown.text.contains("allemand"))
                #expect(shown.headers[.classification] == "NATO UNCLASSIFIED // RECRUITMENT")
            }
        }
    }

    @Test("the assistant's list sorts, filters and exports (audited); outsiders get 404 on every page and the CSV")
    func assistantPages() async throws {
        try await withInstallation { installation in
            try await Self.people(installation)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let id = try await Self.open(client, token: token)
                for (n, nation) in [(1, "BEL"), (2, "FRA"), (3, "BEL")] {
                    let response = try await client.api(
                        .post, "/api/v1/public/vacancies/\(id)/applications",
                        json: Self.body(n, nationality: nation))
                    #expect(response.status == .created)
                }
                let session = try await client.signIn("rita")
                let vacancy = try await client.execute(
                    uri: "/recruitment/vacancies/\(id)", method: .get, headers: session.headers())
                #expect(vacancy.text.firstHref(id: "applications-link") == "/recruitment/vacancies/\(id)/applications")
                let filtered = try await client.execute(
                    uri: "/recruitment/vacancies/\(id)/applications?nationality=BEL&sort=family&order=asc",
                    method: .get, headers: session.headers())
                #expect(filtered.status == .ok)
                let one = try #require(filtered.text.range(of: "Candidate1")?.lowerBound)
                let three = try #require(filtered.text.range(of: "Candidate3")?.lowerBound)
                #expect(one < three && !filtered.text.contains("Candidate2"))
                let bad = try await client.execute(
                    uri: "/recruitment/vacancies/\(id)/applications?nationality=CHE", method: .get,
                    headers: session.headers())
                #expect(bad.status == .badRequest)
                let exports = try await ApplicationsAPITests.count(
                    installation, "SELECT COUNT(*) AS n FROM audit_events WHERE action = 'list.export'")
                let csv = try await client.execute(
                    uri: "/recruitment/vacancies/\(id)/applications?format=csv", method: .get,
                    headers: session.headers())
                #expect(csv.status == .ok)
                #expect(csv.text.contains("Candidate2") && csv.text.contains("RECRUITMENT"))
                #expect(
                    try await ApplicationsAPITests.count(
                        installation, "SELECT COUNT(*) AS n FROM audit_events WHERE action = 'list.export'")
                        == exports + 1)
                let appID = try await installation.chancery.database.read { db in
                    try await db.raw(
                        "SELECT object_id FROM recruitment_applications WHERE family_name = 'Candidate2'"
                    ).first()?.decode(column: "object_id", as: String.self)
                }
                let history = try await client.execute(
                    uri: "/recruitment/applications/\(try #require(appID))/history", method: .get,
                    headers: session.headers())
                #expect(history.status == .ok && history.text.contains("object.create"))

                for name in ["remi", "marta", "colin"] {
                    let other = try await client.signIn(name)
                    for uri in [
                        "/recruitment/vacancies/\(id)/applications",
                        "/recruitment/vacancies/\(id)/applications?format=csv",
                        "/recruitment/vacancies/\(id)/duplicates", "/recruitment/applications/\(try #require(appID))",
                        "/recruitment/applications/\(try #require(appID))/history",
                        "/recruitment/applications/01JZZZZZZZZZZZZZZZZZZZZZZZ",
                    ] {
                        let page = try await client.execute(uri: uri, method: .get, headers: other.headers())
                        #expect(page.status == .notFound, "\(name) \(uri): \(page.status)")
                        #expect(!page.text.contains("Candidate"))
                    }
                }
            }
        }
    }

    @Test("probable duplicates: email variants and names spelt otherwise; another vacancy is not one; the merge")
    func duplicatesAndMerge() async throws {
        try await withInstallation { installation in
            try await Self.people(installation)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let id = try await Self.open(client, token: token)
                let other = try await Self.open(client, token: token, number: "260902")
                func apply(_ vacancy: String, _ body: String) async throws -> [String: Any] {
                    let response = try await client.api(
                        .post, "/api/v1/public/vacancies/\(vacancy)/applications", json: body)
                    #expect(response.status == .created, "\(response.text)")
                    return try response.jsonObject()
                }
                let first = try await apply(
                    id, Self.body(1, family: "Van der Berg", given: "Jan Pieter", email: "jan@example.org"))
                let second = try await apply(
                    id, Self.body(2, family: "Vanderberg", given: "Jan", email: "jp@example.org"))
                let third = try await apply(id, Self.body(3, family: "Smith", email: "j.smith+nato@gmail.com"))
                let fourth = try await apply(
                    id, Self.body(4, family: "Smyth", email: "jsmith@gmail.com", birth: "1970-01-01"))
                _ = try await apply(id, Self.body(5, family: "Alone"))
                // the same person on another vacancy is not a duplicate
                _ = try await apply(
                    other, Self.body(6, family: "Van der Berg", given: "Jan Pieter", email: "jan@example.org"))

                let found = try await client.api(.get, "/api/v1/recruitment/vacancies/\(id)/duplicates", token: token)
                #expect(found.status == .ok, "\(found.text)")
                let groups = try (found.jsonObject()["items"] as? [[String: Any]] ?? []).map {
                    Set(($0["applications"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
                }
                let ids = [first, second, third, fourth].map { $0["id"] as! String }
                #expect(Set(groups) == [[ids[0], ids[1]], [ids[2], ids[3]]], "\(groups)")
                let none = try await client.api(.get, "/api/v1/recruitment/vacancies/\(other)/duplicates", token: token)
                #expect((try none.jsonObject()["items"] as? [Any])?.isEmpty == true)

                // give the duplicate a document, then merge it into the first through the page
                let secret = try #require(second["documentsToken"] as? String)
                let uploaded = try await client.execute(
                    uri: "/api/v1/public/applications/\(second["reference"] as! String)/documents?document=cv",
                    method: .post,
                    headers: [.contentType: "application/pdf", ApplicationsController.tokenHeader: secret],
                    body: ByteBuffer(string: Self.cvPDF))
                #expect(uploaded.status == .created)

                // a registry clerk cannot merge: the same 404 as a missing application, nothing changed
                let remi = try await client.token(for: "remi")
                _ = try await client.api(
                    .post, "/api/v1/recruitment/applications/\(ids[0])/merge", token: remi,
                    json: #"{"duplicate":"\#(ids[1])"}"#
                ).problem(.forbidden)

                let session = try await client.signIn("rita")
                let csrf = try await client.sessionCSRF(session)
                let page = try await client.execute(
                    uri: "/recruitment/vacancies/\(id)/duplicates", method: .get, headers: session.headers())
                #expect(page.status == .ok && page.text.contains("merge-\(ids[1])-into-\(ids[0])"))
                let merged = try await client.postForm(
                    "/recruitment/applications/\(ids[0])/merge", ["_csrf": csrf, "duplicate": ids[1]],
                    cookies: VacanciesWebTests.cookie(session))
                #expect(merged.status == .seeOther, "\(merged.text)")
                let shown = try await client.api(.get, "/api/v1/recruitment/applications/\(ids[0])", token: token)
                let documents = try shown.jsonObject()["documents"] as? [[String: Any]] ?? []
                #expect(documents.count == 1, "the duplicate's CV moved to the application kept")
                let list = try await client.api(.get, "/api/v1/recruitment/vacancies/\(id)/applications", token: token)
                #expect(!list.text.contains(ids[1]), "the merged one no longer counts")
                let remaining = try await client.execute(
                    uri: "/recruitment/vacancies/\(id)/applications", method: .get, headers: session.headers())
                #expect(!remaining.text.contains(ids[1]))
                let events = try await ApplicationsAPITests.count(
                    installation,
                    "SELECT COUNT(*) AS n FROM audit_events WHERE action IN ('recruitment.application.merge', 'recruitment.application.merged')"
                )
                #expect(events == 2)
                // merging again is refused with the sentence
                let again = try await client.postForm(
                    "/recruitment/applications/\(ids[0])/merge", ["_csrf": csrf, "duplicate": ids[1]],
                    cookies: VacanciesWebTests.cookie(session))
                #expect(again.status == .conflict)
                #expect(again.text.contains("already been merged"))
                let after = try await client.api(.get, "/api/v1/recruitment/vacancies/\(id)/duplicates", token: token)
                #expect((try after.jsonObject()["items"] as? [Any])?.count == 1)
            }
        }
    }

    @Test("the demo's published vacancies have candidates with their file, and one pair to merge")
    func demo() async throws {
        try await withInstallation { installation in
            try await DemoData.loadOnce(into: installation.chancery)
            let rita = try #require(try await installation.chancery.users.find(username: "recruiter")).principal
            let clerk = try #require(try await installation.chancery.users.find(username: "registry")).principal
            let medclerk = try #require(try await installation.chancery.users.find(username: "medclerk")).principal
            let store = installation.chancery.applications
            var total = 0
            var groups = 0
            for vacancy in try await installation.chancery.recruitment.publishedVacancies(after: nil, limit: 50).items {
                let count = try await store.applicationCount(
                    of: vacancy.id, filter: ApplicationStore.ListFilter(), by: rita)
                #expect(count >= 3)
                total += count
                groups += try await store.duplicates(of: vacancy.id, by: rita).count
                for outsider in [clerk, medclerk] {
                    #expect(
                        try await store.applicationCount(
                            of: vacancy.id, filter: ApplicationStore.ListFilter(), by: outsider) == 0)
                }
                let first = try #require(
                    try await store.applications(of: vacancy.id, after: nil, limit: 1, by: rita).items.first)
                #expect(!first.education.isEmpty && !first.experience.isEmpty)
            }
            #expect(total >= 9)
            #expect(groups == 1, "Van der Berg and Vanderberg")
        }
    }
}
