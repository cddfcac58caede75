import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Registry

/// The OCR queue on the registry's pages: each file's text state on the record page, and the queue's figures
/// on a supervisor's desk, counted only over records that supervisor may read.
@Suite("Registry pages: OCR")
struct RegistryOCRWebTests {
    @Test("the record page shows a scan waiting for OCR; the desk counts it for a supervisor who may read it only")
    func stateAndDesk() async throws {
        try await withInstallation { installation in
            // setup: a NATO SECRET record with a scan waiting; Sam supervises but is cleared NATO CONFIDENTIAL only
            let (clerk, _) = try await SearchFixtures.registryDesk(installation)
            var low = MockUser.supervisor
            low.clearance = .natoConfidential
            try await installation.user("sam", low)
            let record = try await SearchFixtures.register(
                installation, "Orders", label: SecurityLabel(classification: .natoSecret), by: clerk)
            _ = try await installation.chancery.records.attach(
                [ByteBuffer(string: FileFixtures.pdf)].async, to: record.object.id, name: "fax.pdf",
                contentType: "application/pdf", label: nil, limit: 1 << 20, by: clerk)

            try await installation.app.test(.router) { client in
                // exercise and validate
                let clerkSession = try await client.signIn("clerk")
                let page = try await client.execute(
                    uri: "/registry/records/\(record.object.id)", method: .get, headers: clerkSession.headers())
                #expect(page.status == .ok)
                #expect(page.text.contains("data-state=\"waiting\"") && page.text.contains("text being read (OCR)"))
                let clerkDesk = try await client.execute(
                    uri: "/registry", method: .get, headers: clerkSession.headers())
                #expect(clerkDesk.text.element(id: "ocr-waiting") == nil, "a clerk's desk has no queue figures")

                let sylvie = try await client.signIn("sylvie")
                let desk = try await client.execute(uri: "/registry", method: .get, headers: sylvie.headers())
                #expect(desk.text.element(id: "ocr-waiting") == "1")
                #expect(desk.text.contains("the oldest waiting for"))

                let sam = try await client.signIn("sam")
                let hidden = try await client.execute(uri: "/registry", method: .get, headers: sam.headers())
                #expect(hidden.status == .ok)
                #expect(hidden.text.element(id: "ocr-waiting") == "0")
                #expect(!hidden.text.contains("the oldest waiting for"))
            }
        }
    }
}
