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
@testable import Registry

/// The Health Office's patient pages, in French and English, and what a non-medical principal sees of them.
@Suite("Health pages")
struct HealthWebTests {
    @Test("a clerk opens a record and records a lab result in French; the chart flags the low value; nothing for Nina")
    func labResultInFrench() async throws {
        try await withInstallation { installation in
            try await installation.user("marta", HealthUser.clerk)
            try await installation.user("nina", HealthUser.uncategorised)
            try await installation.app.test(.router) { client in
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let session = try await client.signIn("marta", headers: fr)
                let csrf = try await client.sessionCSRF(session)
                let form = try await client.execute(
                    uri: "/health/patients/new", method: .get, headers: session.headers(fr))
                #expect(form.status == .ok)
                #expect(form.text.element(id: "page-title") == "Nouveau patient")

                let bad = try await client.postForm(
                    "/health/patients/new",
                    [
                        "_csrf": csrf, "familyName": "Lambert", "givenNames": "Sophie", "dateOfBirth": "1985-04-12",
                        "nationality": "XYZ",
                    ],
                    headers: session.headers(fr))
                #expect(bad.status == .badRequest)
                #expect(bad.text.element(id: "nationality-error")?.contains("pays membre") == true)

                let created = try await client.postForm(
                    "/health/patients/new",
                    [
                        "_csrf": csrf, "familyName": "Lambert", "givenNames": "Sophie", "dateOfBirth": "1985-04-12",
                        "nationality": "fra", "sex": "female", "staffNumber": "S-777", "insurer": "Vanbreda",
                    ],
                    headers: session.headers(fr))
                #expect(created.status == .seeOther, "\(created.text)")
                let chartPath =
                    try #require(created.headers[.location]).split(separator: "?").first.map(String.init) ?? ""
                let patientID = String(chartPath.split(separator: "/").last ?? "")

                let entryForm = try await client.execute(
                    uri: "\(chartPath)/entries/new?type=lab-result", method: .get, headers: session.headers(fr))
                #expect(entryForm.text.contains("Résultat de laboratoire"))
                let added = try await client.postForm(
                    "\(chartPath)/entries/new",
                    [
                        "_csrf": csrf, "type": "lab-result", "summary": "Glycémie à jeun", "date": "2026-11-23",
                        "obs0-code": "2345-7", "obs0-display": "Glucose", "obs0-value": "131,5", "obs0-unit": "mg/dL",
                        "obs0-low": "70", "obs0-high": "99",
                    ],
                    headers: session.headers(fr))
                #expect(added.status == .seeOther, "\(added.text)")
                let entryPage = try await client.execute(
                    uri: try #require(added.headers[.location]), method: .get, headers: session.headers(fr))
                #expect(entryPage.text.element(id: "notice") == "L&#39;entrée figure au dossier.")
                #expect(entryPage.text.contains("131.5"))
                let chart = try await client.execute(uri: chartPath, method: .get, headers: session.headers(fr))
                #expect(chart.status == .ok)
                #expect(chart.text.element(id: "patient-name") == "LAMBERT, Sophie")
                #expect(chart.text.contains("<strong>H</strong>"))
                #expect(chart.headers[.classification]?.contains("MEDICAL") == true)

                // Nina sees no chart, no entry, no count, no patient in the list.
                let nina = try await client.signIn("nina")
                #expect(
                    try await client.execute(uri: chartPath, method: .get, headers: nina.headers()).status == .notFound)
                let list = try await client.execute(
                    uri: "/health/patients?q=lam", method: .get, headers: nina.headers())
                #expect(list.status == .ok)
                #expect(!list.text.contains("LAMBERT"))
                let desk = try await client.execute(uri: "/health", method: .get, headers: nina.headers())
                #expect(desk.text.element(id: "count-patients") == "0")
                let entries = try await installation.chancery.health.entries(
                    of: patientID, type: nil, after: nil, limit: 10,
                    by: try #require(try await installation.chancery.users.find(username: "marta")).principal)
                let entryID = try #require(entries.items.first?.object.id)
                #expect(
                    try await client.execute(
                        uri: "\(chartPath)/entries/\(entryID)", method: .get, headers: nina.headers()
                    ).status == .notFound)
            }
        }
    }

    @Test("the entry page flags only the abnormal observations and never prints false for a normal one; not for Nina")
    func entryPageFlags() async throws {
        try await withInstallation { installation in
            try await installation.user("marta", HealthUser.clerk)
            try await installation.user("nina", HealthUser.uncategorised)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("marta")
                let csrf = try await client.sessionCSRF(session)
                let created = try await client.postForm(
                    "/health/patients/new",
                    [
                        "_csrf": csrf, "familyName": "Peeters", "givenNames": "Jan", "dateOfBirth": "1979-02-03",
                        "nationality": "BEL", "sex": "male",
                    ],
                    headers: session.headers())
                #expect(created.status == .seeOther, "\(created.text)")
                let chartPath =
                    try #require(created.headers[.location]).split(separator: "?").first.map(String.init) ?? ""
                let added = try await client.postForm(
                    "\(chartPath)/entries/new",
                    [
                        "_csrf": csrf, "type": "lab-result", "summary": "Lipids", "date": "2026-11-23",
                        "obs0-code": "2093-3", "obs0-display": "Cholesterol", "obs0-value": "243", "obs0-unit": "mg/dL",
                        "obs0-low": "0", "obs0-high": "200",
                        "obs1-code": "2345-7", "obs1-display": "Glucose", "obs1-value": "92", "obs1-unit": "mg/dL",
                        "obs1-low": "70", "obs1-high": "99",
                    ],
                    headers: session.headers())
                #expect(added.status == .seeOther, "\(added.text)")
                let entryPath =
                    try #require(added.headers[.location]).split(separator: "?").first.map(String.init) ?? ""
                let page = try await client.execute(uri: entryPath, method: .get, headers: session.headers())
                #expect(page.status == .ok)
                #expect(page.text.contains("<strong>H</strong>"))
                // A normal value has no flag: an empty cell, not the word "false".
                #expect(page.text.contains("<td>70–99</td><td><strong></strong></td>"), "\(page.text)")
                #expect(!page.text.contains("false"))

                let nina = try await client.signIn("nina")
                #expect(
                    try await client.execute(uri: entryPath, method: .get, headers: nina.headers()).status == .notFound)
            }
        }
    }

    @Test("a correction from the page keeps the first version; a consent is revoked from its page")
    func correctionAndRevocation() async throws {
        try await withInstallation { installation in
            let marta = try await installation.user("marta", HealthUser.clerk).principal
            let patient = try await installation.patient("Nowak", "Ewa", by: marta)
            let lab = try await installation.labResult(on: patient.object.id, by: marta)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("marta")
                let csrf = try await client.sessionCSRF(session)
                let path = "/health/patients/\(patient.object.id)/entries/\(lab.object.id)"
                let form = try await client.execute(uri: "\(path)/correct", method: .get, headers: session.headers())
                #expect(form.text.contains("value=\"10.9\""))
                let corrected = try await client.postForm(
                    "\(path)/correct",
                    [
                        "_csrf": csrf, "summary": "Full blood count", "date": "2026-11-20",
                        "text": "Sample taken at the clinic.",
                        "obs0-code": "718-7", "obs0-display": "Hemoglobin", "obs0-value": "12.9", "obs0-unit": "g/dL",
                        "obs0-low": "12", "obs0-high": "16", "reason": "Transcription error", "version": "1",
                    ],
                    headers: session.headers())
                #expect(corrected.status == .seeOther, "\(corrected.text)")
                let page = try await client.execute(uri: path, method: .get, headers: session.headers())
                #expect(page.text.element(id: "entry-version") == "2")
                #expect(page.text.contains("Transcription error"))
                let noReason = try await client.postForm(
                    "\(path)/correct", ["_csrf": csrf, "summary": "x", "date": "2026-11-20", "version": "2"],
                    headers: session.headers())
                #expect(noReason.status == .badRequest)
            }
        }
    }
}
