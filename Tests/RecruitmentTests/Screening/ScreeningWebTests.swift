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

/// The screening pages in French, without JavaScript: the list of a vacancy's applications (filter, CSV, bulk
/// moves), an application's screening form, each refused form re-shown with every error marked, and nothing for a
/// reader without RECRUITMENT.
@Suite("Recruitment screening pages")
struct ScreeningWebTests {
    static let fr: HTTPFields = [.acceptLanguage: "fr"]

    @Test("the assistant screens an application, bulk-moves two to the long list, and exports the list")
    func screenAndBulk() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let (vacancy, ids) = try await ScreeningAPITests.vacancy(client, token: token, applications: 3)
                let session = try await client.signIn("rita", headers: Self.fr)
                let csrf = try await client.sessionCSRF(session)
                let cookie = VacanciesWebTests.cookie(session)
                let listURI = "/recruitment/vacancies/\(vacancy)/screening"
                let vacancyPage = try await client.execute(
                    uri: "/recruitment/vacancies/\(vacancy)", method: .get, headers: session.headers(Self.fr))
                #expect(vacancyPage.text.link(id: "screening-link") == listURI)
                #expect(vacancyPage.text.element(id: "screening-link") == "Présélection")

                let list = try await client.execute(uri: listURI, method: .get, headers: session.headers(Self.fr))
                #expect(list.status == .ok, "\(list.text)")
                #expect(list.headers[.classification] == "NATO UNCLASSIFIED // RECRUITMENT")
                #expect(list.text.element(id: "page-title")?.hasPrefix("Présélection") == true)
                #expect(Set(list.text.rowIDs(prefix: "application")) == Set(ids))
                #expect(list.text.contains(#"href="/recruitment/applications/\#(ids[0])""#))
                #expect(list.text.contains("Reçue"))

                // the form: every criterion; a note without a mark and a note too long, both marked at once
                let formURI = "/recruitment/applications/\(ids[0])/screening"
                let form = try await client.execute(uri: formURI, method: .get, headers: session.headers(Self.fr))
                #expect(form.status == .ok, "\(form.text)")
                #expect(form.text.contains(#"id="mark-3""#) && !form.text.contains(#"id="mark-4""#))
                let count = try await installation.auditEventCount()
                let refused = try await client.postForm(
                    formURI + "/marks",
                    [
                        "_csrf": csrf, "mark-1": "", "note-1": "À voir", "mark-2": "met",
                        "note-2": String(repeating: "x", count: 1001), "mark-3": "",
                    ], cookies: cookie, headers: Self.fr)
                #expect(refused.status == .badRequest)
                #expect(refused.text.formRefusalProblems(fields: ["mark-1", "note-2"]) == [])
                #expect(
                    refused.text.element(id: "mark-1-error")?.contains("Une remarque demande une évaluation") == true)
                #expect(refused.text.contains("À voir"), "what was typed comes back")
                let noReason = try await client.postForm(
                    formURI + "/stage", ["_csrf": csrf, "stage": "rejected", "reason": ""], cookies: cookie,
                    headers: Self.fr)
                #expect(noReason.status == .badRequest)
                #expect(noReason.text.formRefusalProblems(fields: ["reason"]) == [])
                #expect(noReason.text.element(id: "reason-error")?.contains("motif") == true)
                #expect(try await installation.changes(since: count) == [])

                let saved = try await client.postForm(
                    formURI + "/marks",
                    [
                        "_csrf": csrf, "mark-1": "met", "note-1": "", "mark-2": "met", "note-2": "",
                        "mark-3": "to-check",
                        "note-3": "Niveau SLP à confirmer",
                    ], cookies: cookie, headers: Self.fr)
                #expect(saved.status == .seeOther, "\(saved.text)")
                for id in ids.prefix(2) {
                    let moved = try await client.postForm(
                        "/recruitment/applications/\(id)/screening/stage", ["_csrf": csrf, "stage": "eligible"],
                        cookies: cookie, headers: Self.fr)
                    #expect(moved.status == .seeOther, "\(moved.text)")
                }
                let shown = try await client.execute(uri: formURI, method: .get, headers: session.headers(Self.fr))
                #expect(shown.text.element(id: "current-stage") == "Recevable")
                #expect(shown.text.contains("Niveau SLP à confirmer"))

                // bulk: nothing selected and a rejection without reason, both marked; then two to the long list
                let empty = try await client.postForm(
                    listURI + "/bulk", ["_csrf": csrf, "stage": "rejected", "reason": ""], cookies: cookie,
                    headers: Self.fr)
                #expect(empty.status == .badRequest)
                #expect(empty.text.formRefusalProblems(fields: ["bulk-selection", "bulk-reason"]) == [])
                let bulk = try await client.postForm(
                    listURI + "/bulk",
                    ["_csrf": csrf, "stage": "long-list", "select-\(ids[0])": "1", "select-\(ids[1])": "1"],
                    cookies: cookie, headers: Self.fr)
                #expect(bulk.status == .seeOther, "\(bulk.text)")
                let longList = try await client.execute(
                    uri: listURI + "?stage=long-list", method: .get, headers: session.headers(Self.fr))
                #expect(Set(longList.text.rowIDs(prefix: "application")) == [ids[0], ids[1]])
                #expect(longList.text.contains("2 rempli(s), 0 non rempli(s), 1 à vérifier"))
                // a move the stage refuses (long list to long list): the list comes back, nothing moved
                let again = try await client.postForm(
                    listURI + "/bulk",
                    ["_csrf": csrf, "stage": "long-list", "select-\(ids[0])": "1", "filter": "long-list"],
                    cookies: cookie, headers: Self.fr)
                #expect(again.status == .conflict)
                #expect(again.text.formRefusalProblems(fields: ["bulk-stage"]) == [])
                #expect(again.text.contains(#"id="select-\#(ids[0])" name="select-\#(ids[0])" value="1" aria-label"#))

                // the CSV: the same rows, audited as list.export naming them
                let csv = try await client.execute(
                    uri: listURI + "?stage=long-list&format=csv", method: .get, headers: session.headers(Self.fr))
                #expect(csv.status == .ok)
                let records = ReadCSV(csv.text).records
                #expect(records.count == 5, "\(records)")
                #expect(records[1].first == "Référence")
                let export = try await installation.auditEvents(action: "list.export").last
                #expect(export?.details["list"] == "recruitment.screening")

                // My work: the application left to screen
                let work = try await client.execute(uri: "/work", method: .get, headers: session.headers(Self.fr))
                #expect(work.text.contains("Candidatures à examiner"))
                #expect(work.text.contains("/recruitment/applications/\(ids[2])/screening"))
                #expect(!work.text.contains("/recruitment/applications/\(ids[0])/screening"))
            }
        }
    }

    @Test("the list sorts by each column both ways and pages; a bad sort or stage is a sentence, not a 500")
    func sortAndPage() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let (vacancy, ids) = try await ScreeningAPITests.vacancy(client, token: token, applications: 3)
                // the third fully met, the first with one criterion met
                for (id, marks) in [
                    (ids[2], #"[{"criterion":1,"mark":"met"},{"criterion":2,"mark":"met"}]"#),
                    (ids[0], #"[{"criterion":1,"mark":"met"},{"criterion":2,"mark":"not-met"}]"#),
                ] {
                    let put = try await client.api(
                        .put, "/api/v1/recruitment/applications/\(id)/screening/marks", token: token,
                        json: #"{"marks":\#(marks)}"#)
                    #expect(put.status == .ok, "\(put.text)")
                }
                let session = try await client.signIn("rita")
                let listURI = "/recruitment/vacancies/\(vacancy)/screening"
                func rows(_ query: String) async throws -> [String] {
                    let page = try await client.execute(
                        uri: listURI + query, method: .get, headers: session.headers())
                    #expect(page.status == .ok, "\(query): \(page.text)")
                    return page.text.rowIDs(prefix: "application")
                }
                #expect(try await rows("?sort=candidate&order=asc") == ids)
                #expect(try await rows("?sort=candidate&order=desc") == ids.reversed())
                #expect(try await rows("?sort=reference&order=asc") == ids.sorted { $0.suffix(8) < $1.suffix(8) })
                #expect(try await rows("?sort=submitted&order=asc") == ids)
                #expect(try await rows("?sort=marks&order=desc") == [ids[2], ids[0], ids[1]])
                #expect(try await rows("?sort=stage&order=asc").count == 3)
                #expect(try await rows("?sort=nationality&order=asc").count == 3)
                let first = try await rows("?sort=candidate&order=asc&limit=2")
                let second = try await rows("?sort=candidate&order=asc&limit=2&page=2")
                #expect(first + second == ids)
                for query in ["?sort=email", "?order=up", "?stage=hired", "?format=xml"] {
                    let page = try await client.execute(uri: listURI + query, method: .get, headers: session.headers())
                    #expect(page.status == .badRequest, "\(query)")
                }
            }
        }
    }

    @Test("a registry clerk and a Health clerk get 404 for the pages, the CSV and the forms, and no task")
    func othersSeeNothing() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("remi", MockUser.registry)
            try await installation.user("marta", RecruitmentMocks.healthClerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let (vacancy, ids) = try await ScreeningAPITests.vacancy(client, token: token, applications: 2)
                let rita = try await client.signIn("rita")
                let ritaWork = try await client.execute(uri: "/work", method: .get, headers: rita.headers())
                #expect(ritaWork.text.contains("Applications to screen"))
                #expect(ritaWork.text.contains("/recruitment/applications/\(ids[0])/screening"))
                let before = try await ScreeningAPITests.screening(installation)
                for name in ["remi", "marta"] {
                    let session = try await client.signIn(name)
                    let csrf = try await client.sessionCSRF(session)
                    let cookie = VacanciesWebTests.cookie(session)
                    for uri in [
                        "/recruitment/vacancies/\(vacancy)/screening",
                        "/recruitment/vacancies/\(vacancy)/screening?format=csv",
                        "/recruitment/applications/\(ids[0])/screening",
                    ] {
                        let page = try await client.execute(uri: uri, method: .get, headers: session.headers())
                        #expect(page.status == .notFound, "\(name) \(uri)")
                        #expect(!page.text.contains("Candidate1"))
                    }
                    for (uri, fields) in [
                        (
                            "/recruitment/vacancies/\(vacancy)/screening/bulk",
                            ["stage": "long-list", "select-\(ids[0])": "1"]
                        ),
                        ("/recruitment/applications/\(ids[0])/screening/marks", ["mark-1": "met"]),
                        ("/recruitment/applications/\(ids[0])/screening/stage", ["stage": "eligible"]),
                    ] {
                        let posted = try await client.postForm(
                            uri, fields.merging(["_csrf": csrf]) { own, _ in own }, cookies: cookie)
                        #expect(posted.status == .notFound, "\(name) \(uri): \(posted.status)")
                    }
                    let work = try await client.execute(uri: "/work", method: .get, headers: session.headers())
                    #expect(!work.text.contains("Applications to screen"))
                    #expect(!work.text.contains("/screening"))
                }
                #expect(try await ScreeningAPITests.screening(installation) == before)
            }
        }
    }
}
