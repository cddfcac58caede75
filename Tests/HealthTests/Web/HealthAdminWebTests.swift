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

/// Issue 17, item 13: the Health Office's reference data in the administration console — clinicians and appointment
/// types — for administrators only, every change audited, every form's errors listed at once.
@Suite("The Health Office in the administration console")
struct HealthAdminWebTests {
    static func actions(_ installation: TestInstallation, like pattern: String) async throws -> [(String, String)] {
        try await installation.chancery.database.read { db in
            try await db.raw(
                "SELECT action, actor FROM audit_events WHERE action LIKE \(bind: pattern) ORDER BY seq"
            ).all().map {
                (try $0.decode(column: "action", as: String.self), try $0.decode(column: "actor", as: String.self))
            }
        }
    }

    /// 10:00 on the clinic's Monday, in milliseconds.
    static let mondayTen: Int64 = 1_803_891_600_000

    @Test("clinicians: added from an account with the job, edited at the version read, deactivated; all audited")
    func clinicians() async throws {
        try await withInstallation { installation in
            let clinic = try await AppointmentClinic.open(installation)
            let admin = try await installation.user("admin", MockUser.admin)
            let newcomer = try await installation.user(
                "newdoc",
                UserAttributes(
                    displayName: "Dr Nouveau", clearance: .natoSecret, nationality: "FRA", categories: ["MEDICAL"],
                    roles: [.healthClinician], units: ["HEALTH"], groups: []))
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("admin")
                let cookie = session.headers()[.cookie]!
                let csrf = try await client.sessionCSRF(session)
                let list = try await client.execute(
                    uri: "/admin/health/clinicians", method: .get, headers: session.headers())
                #expect(list.status == .ok)
                #expect(list.text.contains(#"id="clinician-martin""#) && list.text.contains("Cardiology"))
                #expect(list.text.contains(#"value="\#(newcomer.id)""#), "the account with the job is offered")
                #expect(
                    !list.text.contains(#"<option value="\#(clinic.clinicianID)""#), "a clinician is not offered twice")
                #expect(
                    list.text.contains(#"id="office-menu""#) && list.text.contains("/admin/health/appointment-types"))

                let bad = try await client.postForm(
                    "/admin/health/clinicians",
                    ["_csrf": csrf, "account": "nobody", "displayName": "", "specialty": "", "location": ""],
                    cookies: [cookie])
                #expect(bad.status == .badRequest)
                #expect(bad.text.element(id: "error-summary-heading") == "The form has 3 problems:")
                for field in ["account", "specialty", "location"] {
                    #expect(bad.text.contains(#"id="\#(field)-error""#), "\(field) is marked")
                }
                let before = try await installation.chancery.appointments.clinicians(by: clinic.clerk).count
                #expect(before == 3, "nothing was stored")

                let added = try await client.postForm(
                    "/admin/health/clinicians",
                    [
                        "_csrf": csrf, "account": newcomer.id, "displayName": "", "specialty": "Dermatology",
                        "location": "Building Z, room 14",
                    ], cookies: [cookie])
                #expect(added.headers[.location] == "/admin/health/clinicians/\(newcomer.id)?done=clinicianAdded")
                let made = try #require(
                    try await installation.chancery.appointments.clinicians(by: clinic.clerk).first {
                        $0.userID == newcomer.id
                    })
                #expect(made.displayName == "Dr Nouveau" && made.active && made.version == 1)

                var edit = [
                    "_csrf": csrf, "version": "1", "displayName": "Dr Martin Dupuis", "specialty": "Cardiology",
                    "location": "Building Z, room 16",
                ]
                let saved = try await client.postForm(
                    "/admin/health/clinicians/\(clinic.clinicianID)", edit, cookies: [cookie])
                #expect(saved.headers[.location] == "/admin/health/clinicians/\(clinic.clinicianID)?done=saved")
                edit["displayName"] = "Overwritten"
                let stale = try await client.postForm(
                    "/admin/health/clinicians/\(clinic.clinicianID)", edit, cookies: [cookie])
                #expect(stale.status == .conflict && stale.text.contains("Someone changed this entry"))
                #expect(stale.text.contains(#"value="Dr Martin Dupuis""#))

                let deactivated = try await client.postForm(
                    "/admin/health/clinicians/\(clinic.clinicianID)/active",
                    ["_csrf": csrf, "version": "2", "active": "0"], cookies: [cookie])
                #expect(deactivated.headers[.location]?.hasSuffix("?done=deactivated") == true)
                let store = installation.chancery.appointments
                #expect(
                    try await store.bookableClinicians(by: clinic.clerk).contains { $0.userID == clinic.clinicianID }
                        == false)
                #expect(try await store.clinicians(by: clinic.clerk).contains { $0.userID == clinic.clinicianID })
                await #expect(throws: AppError.self, "an inactive clinician is not booked") {
                    try await store.book(
                        .init(
                            patientID: clinic.patient1, clinicianID: clinic.clinicianID, typeCode: "consult",
                            start: Self.mondayTen),
                        by: clinic.clerk)
                }
                let form = try await client.execute(
                    uri: "/health/appointments/new", method: .get, headers: try await client.signIn("clerk").headers())
                #expect(!form.text.contains("Dr Martin Dupuis"), "the booking form no longer offers them")

                let events = try await Self.actions(installation, like: "health.clinician.%")
                let mine = events.filter { $0.1 == admin.id }.map(\.0)
                #expect(mine == ["health.clinician.create", "health.clinician.update", "health.clinician.update"])
            }
        }
    }

    @Test("appointment types: every error at once, added, edited, deactivated (not offered, not booked); in French")
    func appointmentTypes() async throws {
        try await withInstallation { installation in
            let clinic = try await AppointmentClinic.open(installation)
            let admin = try await installation.user("admin", MockUser.admin)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("admin")
                let cookie = session.headers()[.cookie]!
                let csrf = try await client.sessionCSRF(session)
                let bad = try await client.postForm(
                    "/admin/health/appointment-types",
                    ["_csrf": csrf, "code": "Bad Code", "nameEN": "", "nameFR": "", "duration": "2", "kind": "party"],
                    cookies: [cookie])
                #expect(bad.status == .badRequest)
                #expect(bad.text.element(id: "error-summary-heading") == "The form has 5 problems:")
                #expect(bad.text.components(separatedBy: #"aria-invalid="true""#).count - 1 == 5)
                #expect(try await installation.chancery.appointments.types().count == 7, "nothing was stored")

                let taken = try await client.postForm(
                    "/admin/health/appointment-types",
                    [
                        "_csrf": csrf, "code": "consult", "nameEN": "X", "nameFR": "X", "duration": "20",
                        "kind": "procedure",
                    ],
                    cookies: [cookie])
                #expect(taken.status == .badRequest && taken.text.contains(#"id="code-error""#))

                let added = try await client.postForm(
                    "/admin/health/appointment-types",
                    [
                        "_csrf": csrf, "code": "audiometry", "nameEN": "Hearing test", "nameFR": "Audiométrie",
                        "duration": "30", "kind": "procedure",
                    ], cookies: [cookie])
                #expect(added.headers[.location] == "/admin/health/appointment-types/audiometry?done=typeAdded")

                let saved = try await client.postForm(
                    "/admin/health/appointment-types/consult",
                    [
                        "_csrf": csrf, "version": "1", "nameEN": "Consultation", "nameFR": "Consultation",
                        "duration": "25", "kind": "consultation",
                    ], cookies: [cookie])
                #expect(saved.status == .seeOther)
                let stale = try await client.postForm(
                    "/admin/health/appointment-types/consult/active", ["_csrf": csrf, "version": "1", "active": "0"],
                    cookies: [cookie])
                #expect(stale.status == .conflict)
                let off = try await client.postForm(
                    "/admin/health/appointment-types/consult/active", ["_csrf": csrf, "version": "2", "active": "0"],
                    cookies: [cookie])
                #expect(off.headers[.location] == "/admin/health/appointment-types/consult?done=deactivated")
                let store = installation.chancery.appointments
                let consult = try #require(try await store.types().first { $0.code == "consult" })
                #expect(consult.durationMinutes == 25 && !consult.active && consult.version == 3)
                #expect(try await store.bookableTypes().contains { $0.code == "consult" } == false)
                await #expect(throws: AppError.self, "an inactive type is not booked") {
                    try await store.book(
                        .init(
                            patientID: clinic.patient1, clinicianID: clinic.clinicianID, typeCode: "consult",
                            start: Self.mondayTen),
                        by: clinic.clerk)
                }
                let events = try await Self.actions(installation, like: "health.appointment-type.%")
                #expect(
                    events.map(\.0) == [
                        "health.appointment-type.create", "health.appointment-type.update",
                        "health.appointment-type.update",
                    ])
                #expect(events.allSatisfy { $0.1 == admin.id })

                // In French: the page, its states and its refusals.
                _ = try await client.postForm(
                    "/language", ["language": "fr", "return": "/admin", "_csrf": csrf], cookies: [cookie])
                let french = try await client.execute(
                    uri: "/admin/health/appointment-types", method: .get, headers: session.headers())
                #expect(french.text.element(id: "page-title") == "Types de rendez-vous")
                #expect(french.text.contains("plus proposé") && !french.text.contains("no longer offered"))
                let frenchBad = try await client.postForm(
                    "/admin/health/appointment-types/audiometry",
                    [
                        "_csrf": csrf, "version": "1", "nameEN": "Hearing test", "nameFR": "", "duration": "999",
                        "kind": "procedure",
                    ],
                    cookies: [cookie])
                #expect(frenchBad.text.element(id: "error-summary-heading") == "Le formulaire comporte 2 problèmes :")
                #expect(frenchBad.text.element(id: "duration-error") == "Indiquez une durée de 5 à 480 minutes.")
            }
        }
    }

    @Test("a medical clerk or a registry clerk is refused every page and form, is not shown the links; nothing changes")
    func nonAdministratorsAreRefused() async throws {
        try await withInstallation { installation in
            let clinic = try await AppointmentClinic.open(installation)
            try await installation.user("registry", MockUser.registry)
            let before = try await installation.chancery.appointments.clinicians(by: clinic.clerk)
            let types = try await installation.chancery.appointments.types()
            try await installation.app.test(.router) { client in
                for username in ["clerk", "registry"] {
                    let session = try await client.signIn(username)
                    let cookie = session.headers()[.cookie]!
                    let csrf = try await client.sessionCSRF(session)
                    let home = try await client.execute(uri: "/home", method: .get, headers: session.headers())
                    #expect(!home.text.contains("/admin/health"), "\(username) is not shown the console's links")
                    for path in [
                        "/admin/health/clinicians", "/admin/health/clinicians/\(clinic.clinicianID)",
                        "/admin/health/appointment-types", "/admin/health/appointment-types/consult",
                    ] {
                        let page = try await client.execute(uri: path, method: .get, headers: session.headers())
                        #expect(page.status == .forbidden, "\(path) refuses \(username)")
                        #expect(page.text.contains(#"id="error-detail""#) && page.text.contains("an administrator"))
                        #expect(!page.text.contains("Cardiology"))
                    }
                    let posts: [(String, [String: String])] = [
                        (
                            "/admin/health/clinicians/\(clinic.clinicianID)",
                            ["version": "1", "displayName": "Changed", "specialty": "X", "location": "Y"]
                        ),
                        ("/admin/health/clinicians/\(clinic.clinicianID)/active", ["version": "1", "active": "0"]),
                        (
                            "/admin/health/appointment-types",
                            ["code": "new-type", "nameEN": "N", "nameFR": "N", "duration": "10", "kind": "procedure"]
                        ),
                        ("/admin/health/appointment-types/consult/active", ["version": "1", "active": "0"]),
                    ]
                    for (path, fields) in posts {
                        let posted = try await client.postForm(
                            path, fields.merging(["_csrf": csrf]) { $1 }, cookies: [cookie])
                        #expect(posted.status == .forbidden, "POST \(path) refuses \(username)")
                    }
                }
            }
            #expect(try await installation.chancery.appointments.clinicians(by: clinic.clerk) == before)
            #expect(try await installation.chancery.appointments.types() == types)
            let events = try await Self.actions(installation, like: "health.%")
            #expect(!events.contains { $0.0.hasSuffix(".update") || $0.0 == "health.appointment-type.create" })
        }
    }
}
