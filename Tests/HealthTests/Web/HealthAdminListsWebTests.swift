import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health

/// Issue 17, item 15: the console's clinicians and appointment types are lists like the others — sorted, paged,
/// searched and exported in SQL, the export audited — and only administrators read them.
@Suite("The Health Office's reference data as lists")
struct HealthAdminListsWebTests {
    @Test("clinicians and appointment types sort by their columns, page, search and export (audited); French headers")
    func cliniciansAndTypes() async throws {
        try await withInstallation { installation in
            let clinic = try await AppointmentClinic.open(installation)
            let admin = try await installation.user("admin", MockUser.admin)
            let newcomer = try await installation.user(
                "newdoc",
                UserAttributes(
                    displayName: "Dr Nouveau", clearance: .natoSecret, nationality: "FRA", categories: ["MEDICAL"],
                    roles: [.healthClinician], units: ["HEALTH"], groups: []))
            let store = installation.chancery.appointments
            let all = try await store.cliniciansForKeeping(by: admin.principal)
            let usernames = all.map(\.1).sorted()
            #expect(usernames.count == 3)
            let types = try await store.types().map(\.code).sorted()
            #expect(types.count >= 2)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("admin")
                let byName = try await client.execute(
                    uri: "/admin/health/clinicians?sort=username&order=desc", method: .get, headers: session.headers())
                #expect(byName.status == .ok)
                #expect(byName.text.rowIDs(prefix: "clinician") == usernames.reversed())
                #expect(byName.text.element(id: "list-count") == "Rows 1 to 3 of 3")
                #expect(byName.text.contains(#"<option value="General practice">"#), "the specialties are suggested")
                #expect(byName.text.contains(#"value="\#(newcomer.id)""#), "the account with the job is offered")
                let paged = try await client.execute(
                    uri: "/admin/health/clinicians?sort=username&limit=2&page=2", method: .get,
                    headers: session.headers())
                #expect(paged.text.rowIDs(prefix: "clinician") == [usernames[2]])
                let found = try await client.execute(
                    uri: "/admin/health/clinicians?q=MARTIN", method: .get, headers: session.headers())
                #expect(found.text.rowIDs(prefix: "clinician") == ["martin"])
                let csv = try await client.execute(
                    uri: byName.text.link(id: "csv-link"), method: .get,
                    headers: session.headers())
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                let table = ReadCSV(csv.text)
                #expect(table.records[1] == ["Name", "Account", "Specialty", "Room", "State"])
                #expect(table.rows.map { $0[1] } == usernames.reversed())
                var export = try #require(try await installation.auditEvents(action: "list.export").last)
                #expect(export.actor == admin.id && export.details["list"] == "admin.health.clinicians")
                #expect(export.details["count"] == "3")

                let byCode = try await client.execute(
                    uri: "/admin/health/appointment-types?sort=code&order=desc", method: .get,
                    headers: session.headers())
                #expect(byCode.status == .ok)
                #expect(byCode.text.rowIDs(prefix: "type") == types.reversed())
                let firstPage = try await client.execute(
                    uri: "/admin/health/appointment-types?limit=1", method: .get, headers: session.headers())
                #expect(firstPage.text.rowIDs(prefix: "type") == [types[0]])
                let typeFound = try await client.execute(
                    uri: "/admin/health/appointment-types?q=\(types[1].lowercased())", method: .get,
                    headers: session.headers())
                #expect(typeFound.text.rowIDs(prefix: "type").contains(types[1]))
                #expect(!typeFound.text.rowIDs(prefix: "type").contains(types[0]) || types[1].contains(types[0]))
                let typeCSV = try await client.execute(
                    uri: byCode.text.link(id: "csv-link"), method: .get,
                    headers: session.headers())
                let typeTable = ReadCSV(typeCSV.text)
                #expect(
                    typeTable.records[1] == ["Code", "Name in English", "Name in French", "Minutes", "Kind", "State"])
                #expect(typeTable.rows.map { $0[0] } == types.reversed())
                export = try #require(try await installation.auditEvents(action: "list.export").last)
                #expect(export.details["list"] == "admin.health.appointment-types")
                let bad = try await client.execute(
                    uri: "/admin/health/appointment-types?sort=nowhere", method: .get, headers: session.headers())
                #expect(bad.status == .badRequest)

                _ = try await client.postForm(
                    "/language",
                    ["language": "fr", "return": "/admin", "_csrf": try await client.sessionCSRF(session)],
                    cookies: [session.headers()[.cookie]!])
                let french = try await client.execute(
                    uri: "/admin/health/clinicians?format=csv", method: .get, headers: session.headers())
                #expect(ReadCSV(french.text).records[1] == ["Nom", "Compte", "Spécialité", "Salle", "État"])
                let frenchPage = try await client.execute(
                    uri: "/admin/health/appointment-types", method: .get, headers: session.headers())
                #expect(frenchPage.text.sortHeader("kind") == "Nature")
                #expect(frenchPage.text.element(id: "csv-link") == "Télécharger en CSV")
                _ = clinic
            }
        }
    }

    @Test("the Health Office's clerk is refused both lists, as pages and as CSV, and learns nothing of them")
    func refusedToClerk() async throws {
        try await withInstallation { installation in
            _ = try await AppointmentClinic.open(installation)
            try await installation.app.test(.router) { client in
                let clerk = try await client.signIn("clerk")
                for path in [
                    "/admin/health/clinicians", "/admin/health/clinicians?format=csv&q=martin",
                    "/admin/health/appointment-types", "/admin/health/appointment-types?format=csv",
                ] {
                    let refused = try await client.execute(uri: path, method: .get, headers: clerk.headers())
                    #expect(refused.status == .forbidden, "\(path)")
                    #expect(refused.headers[.contentType] != "text/csv; charset=utf-8", "\(path)")
                    #expect(!refused.text.contains("Cardiology") && !refused.text.contains("clinician-"), "\(path)")
                }
                #expect(try await installation.auditEvents(action: "list.export").isEmpty)
            }
        }
    }
}
