import ArgumentParser
import ChanceryKit
import ChanceryTestSupport
import Foundation
import NIOCore
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

@Suite("chancery verify-blobs")
struct VerifyBlobsCommandTests {
    @Test("exits 0 when every stored file matches its hash and 1 when one was altered")
    func exitCodes() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let record = try await installation.register("Minutes", series: "IMSM", by: clerk)
            let attachment = try await installation.chancery.records.attach(
                [ByteBuffer(string: FileFixtures.pdf)].async, to: record.object.id, name: "minutes.pdf",
                contentType: "application/pdf", label: nil, limit: 1 << 20, by: clerk)

            try await VerifyBlobsCommand.parse(AuditVerifyCommandTests.arguments(installation)).run()

            let path = installation.chancery.attachments.blobs.path(of: attachment.sha256)
            try Data("%PDF-1.7 altered".utf8).write(to: URL(fileURLWithPath: path))
            let broken = try VerifyBlobsCommand.parse(AuditVerifyCommandTests.arguments(installation))
            await #expect(throws: ExitCode(1)) { try await broken.run() }
        }
    }
}
