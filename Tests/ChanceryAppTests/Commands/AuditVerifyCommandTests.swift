import ArgumentParser
import ChanceryTestSupport
import Foundation
import SQLKit
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

@Suite("chancery audit verify")
struct AuditVerifyCommandTests {
    static func arguments(_ installation: TestInstallation) -> [String] {
        var arguments = ["--data-dir", installation.directory]
        if let url = installation.chancery.configuration.databaseURL { arguments += ["--database-url", url] }
        return arguments
    }

    @Test("exits 0 on an intact chain and 1 on an edited one")
    func exitCodes() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            for index in 0..<5 { try await installation.note("Note \(index)", .unclassified, unit: "IPS", by: clerk) }

            let intact = try AuditCommand.Verify.parse(Self.arguments(installation))
            try await intact.run()

            try await installation.chancery.database.read { db in
                try await db.raw("UPDATE audit_events SET details = '{}' WHERE seq = 3").run()
            }
            let broken = try AuditCommand.Verify.parse(Self.arguments(installation))
            await #expect(throws: ExitCode(1)) { try await broken.run() }
        }
    }
}
