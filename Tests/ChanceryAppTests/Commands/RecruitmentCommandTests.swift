import ArgumentParser
import ChanceryTestSupport
import Foundation
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Recruitment

/// `chancery recruitment anonymise`: the retention on demand; a wrong period is refused before anything opens.
@Suite("chancery recruitment anonymise")
struct RecruitmentCommandTests {
    @Test("a dry run and a run on an installation with nothing due change nothing; a wrong period is refused")
    func anonymise() async throws {
        try await withInstallation { installation in
            let before = try await installation.auditEventCount()
            let arguments = AuditVerifyCommandTests.arguments(installation)
            try await RecruitmentCommand.Anonymise.parse(arguments + ["--dry-run"]).run()
            try await RecruitmentCommand.Anonymise.parse(arguments + ["--days", "30"]).run()
            #expect(try await installation.changes(since: before).isEmpty)
            for wrong in ["0", "many", "40000"] {
                #expect(throws: (any Error).self) {
                    try RecruitmentCommand.Anonymise.parse(arguments + ["--days", wrong])
                }
            }
            #expect(ChanceryCommand.configuration.subcommands.contains { $0 == RecruitmentCommand.self })
        }
    }
}
