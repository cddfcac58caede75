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

/// Files of record entries (a scanned consent form), through the API and the entry page.
@Suite("Health entry attachments")
struct EntryAttachmentsTests {
    @Test("a scanned consent is attached, listed and downloaded; invisible without MEDICAL and under another patient")
    func scannedConsent() async throws {
        try await withInstallation { installation in
            let marta = try await installation.user("marta", HealthUser.clerk).principal
            try await installation.user("nina", HealthUser.uncategorised)
            let patient = try await installation.patient("Dupont", "Jeanne", by: marta)
            let other = try await installation.patient("Rossi", "Luca", by: marta)
            let entry = try await installation.labResult(on: patient.object.id, by: marta)
            let base = "/api/v1/health/patients/\(patient.object.id)/entries/\(entry.object.id)/attachments"
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "marta")
                let uploaded = try await client.execute(
                    uri: "\(base)?filename=consent-scan.pdf", method: .post,
                    headers: [.authorization: "Bearer \(token)", .contentType: "application/pdf"],
                    body: ByteBuffer(string: FileFixtures.pdf))
                #expect(uploaded.status == .created, "\(uploaded.text)")
                let attachmentID = try #require(try uploaded.jsonObject()["id"] as? String)
                #expect(uploaded.headers[.classification]?.contains("MEDICAL") == true)
                let list = try await client.api(.get, base, token: token)
                #expect((try list.jsonObject()["items"] as? [Any])?.count == 1)
                let file = try await client.api(.get, "\(base)/\(attachmentID)", token: token)
                #expect(file.status == .ok)
                #expect(file.text.hasPrefix("%PDF"))
                #expect(try await installation.auditActions(of: entry.object.id).contains("attachment.download"))
                // Under another patient's path, the entry is not there.
                let elsewhere = "/api/v1/health/patients/\(other.object.id)/entries/\(entry.object.id)/attachments"
                #expect(try await client.api(.get, elsewhere, token: token).status == .notFound)
                #expect(try await client.api(.get, "\(elsewhere)/\(attachmentID)", token: token).status == .notFound)

                let nina = try await client.token(for: "nina")
                #expect(try await client.api(.get, base, token: nina).status == .notFound)
                #expect(try await client.api(.get, "\(base)/\(attachmentID)", token: nina).status == .notFound)
                let refused = try await client.execute(
                    uri: "\(base)?filename=x.pdf", method: .post,
                    headers: [.authorization: "Bearer \(nina)", .contentType: "application/pdf"],
                    body: ByteBuffer(string: FileFixtures.pdf))
                #expect(refused.status == .notFound)

                // From the entry page, in French.
                let session = try await client.signIn("marta", headers: [.acceptLanguage: "fr"])
                let csrf = try await client.sessionCSRF(session)
                let page = "/health/patients/\(patient.object.id)/entries/\(entry.object.id)"
                let form = FileFixtures.multipart(
                    csrf: csrf, filename: "rapport-labo.pdf", type: "application/pdf", content: FileFixtures.pdf)
                let posted = try await client.execute(
                    uri: "\(page)/upload", method: .post, headers: session.headers([.contentType: form.0]), body: form.1
                )
                #expect(posted.status == .seeOther, "\(posted.text)")
                let shown = try await client.execute(
                    uri: page, method: .get, headers: session.headers([.acceptLanguage: "fr"]))
                #expect(shown.text.contains("rapport-labo.pdf"))
                #expect(shown.text.contains("consent-scan.pdf"))
                let forged = FileFixtures.multipart(
                    csrf: nil, filename: "x.pdf", type: "application/pdf", content: FileFixtures.pdf)
                let refusedForm = try await client.execute(
                    uri: "\(page)/upload", method: .post, headers: session.headers([.contentType: forged.0]),
                    body: forged.1)
                #expect(refusedForm.status == .forbidden)
            }
        }
    }
}
