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

/// The day's appointments and the releases as lists: sorted, paged, filtered and exported, trimmed in SQL.
@Suite("Health lists")
struct HealthListsWebTests {
    static func unescaped(_ href: String?) -> String { (href ?? "").replacingOccurrences(of: "&amp;", with: "&") }

    static func patients(_ page: String) -> [String] {
        page.matches(of: #/<td class="patient">([^<]+)</td>/#).map { String($0.output.1) }
    }

    @Test("the day sorted by patient and by time, page 2, by status; the CSV equals the page and hides what it must")
    func appointmentsDay() async throws {
        try await withInstallation { installation in
            let clinic = try await AppointmentClinic.open(installation)
            let advisor = try #require(try await installation.chancery.users.find(username: "avis")).principal
            // NATO SECRET: above the clerk's clearance, with the appointment the advisor books for it.
            let hidden = try await installation.chancery.health.createPatient(
                AppointmentMocks.patient(
                    familyName: "Zorro", givenNames: "Zed", dateOfBirth: "1970-01-01", sex: "male",
                    nationality: "BEL", restricted: false),
                label: SecurityLabel(classification: .natoSecret, categories: ["MEDICAL"]), careTeam: [], by: advisor)
            try await installation.app.test(.router) { client in
                let clerkToken = try await client.token(for: "clerk")
                let advisorToken = try await client.token(for: "avis")
                for (token, body) in [
                    (clerkToken, clinic.booking(clinic.patient1, clinic.clinicianID, at: "09:30")),
                    (clerkToken, clinic.booking(clinic.patient2, clinic.clinician2ID, at: "09:00")),
                    (advisorToken, clinic.booking(hidden.object.id, clinic.advisorID, at: "08:00")),
                ] {
                    let booked = try await client.api(.post, "/api/v1/health/appointments", token: token, json: body)
                    #expect(booked.status == .created, "\(booked.text)")
                }
                let session = try await client.signIn("clerk")
                let base = "/health/appointments?date=\(AppointmentClinic.monday)"
                let byPatient = try await client.execute(
                    uri: base + "&sort=patient", method: .get, headers: session.headers())
                #expect(byPatient.status == .ok)
                #expect(Self.patients(byPatient.text) == ["DUPONT, Jeanne", "PEETERS, Jan"])
                #expect(byPatient.text.element(id: "list-count") == "Rows 1 to 2 of 2")
                let byTime = try await client.execute(
                    uri: base + "&sort=time&order=asc", method: .get, headers: session.headers())
                #expect(Self.patients(byTime.text) == ["PEETERS, Jan", "DUPONT, Jeanne"])
                let second = try await client.execute(
                    uri: base + "&sort=time&limit=1&page=2", method: .get, headers: session.headers())
                #expect(Self.patients(second.text) == ["DUPONT, Jeanne"])
                let cancelled = try await client.execute(
                    uri: base + "&status=cancelled", method: .get, headers: session.headers())
                #expect(Self.patients(cancelled.text).isEmpty)
                #expect(
                    try await client.execute(uri: base + "&status=gone", method: .get, headers: session.headers())
                        .status == .badRequest)

                let csvHref = Self.unescaped(byTime.text.firstHref(id: "csv-link"))
                #expect(csvHref == base + "&sort=time&order=asc&format=csv")
                let csv = try await client.execute(uri: csvHref, method: .get, headers: session.headers())
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(
                    csv.headers[.contentDisposition]?.contains("health-appointments-2027-03-01-") == true)
                let table = ReadCSV(csv.text)
                #expect(table.rows.map { $0[1] } == Self.patients(byTime.text))
                #expect(!csv.text.contains("ZORRO"))
                let export = try #require(try await installation.auditEvents(action: "list.export").last)
                #expect(export.actor == clinic.clerk.id && export.details["list"] == "health.appointments")
                #expect(export.details["count"] == "2")
            }
        }
    }

    @Test("releases sorted by recipient, filtered by status, exported; nothing for a reader not briefed for MEDICAL")
    func releases() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            try await installation.user("nora", ReleaseUsers.uncategorised)
            for (family, recipient) in [("DUPONT", "Zurich Insurance"), ("MARTIN", "Allianz Care")] {
                let patient = try await installation.releasePatient(family, by: clerk.principal)
                try await installation.releaseConsent(
                    of: patient.object.id, recipient: recipient, by: clerk.principal)
                _ = try await installation.chancery.healthReleases.requestRelease(
                    of: patient.object.id,
                    try HealthReleasesController.releaseRequest(
                        recipient: recipient, purpose: "insurance claim", entryTypes: ["lab-result"], from: nil,
                        until: nil),
                    by: clerk.principal)
            }
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let page = try await client.execute(
                    uri: "/health/releases?sort=recipient&order=asc", method: .get, headers: session.headers())
                #expect(page.status == .ok)
                let recipients = page.text.matches(of: #/<a href="/health/releases/[^"]+">([^<]+)</a>/#).map {
                    String($0.output.1)
                }
                #expect(recipients == ["Allianz Care", "Zurich Insurance"])
                let approved = try await client.execute(
                    uri: "/health/releases?status=approved", method: .get, headers: session.headers())
                #expect(approved.text.contains(#"id="release-empty""#))
                let csv = try await client.execute(
                    uri: Self.unescaped(page.text.firstHref(id: "csv-link")), method: .get, headers: session.headers())
                #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(ReadCSV(csv.text).rows.map { $0[0] } == recipients)
                #expect(
                    try await installation.auditEvents(action: "list.export").last?.details["list"] == "health.releases"
                )

                let nora = try await client.signIn("nora")
                let noraCSV = try await client.execute(
                    uri: "/health/releases?format=csv", method: .get, headers: nora.headers())
                if noraCSV.status == .ok {
                    #expect(ReadCSV(noraCSV.text).rows.isEmpty)
                } else {
                    #expect(noraCSV.status == .forbidden || noraCSV.status == .notFound)
                }
                #expect(!noraCSV.text.contains("Allianz"))
            }
        }
    }
}
