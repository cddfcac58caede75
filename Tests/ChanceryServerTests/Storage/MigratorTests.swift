import Logging
import Testing

@testable import ChanceryServer

@Suite("Migrations")
struct MigratorTests {
    @Test("Migrations run once: a second run applies nothing")
    func idempotent() async throws {
        try await withInstallation { installation in
            let applied = try await Migrator().migrate(installation.chancery.database, logger: Logger(label: "t"))
            #expect(applied.isEmpty)
            #expect(Migrator.all.map(\.version) == Array(1...Migrator.all.count))
        }
    }

    @Test("Special categories keep their bits and configured ones are added")
    func categories() async throws {
        try await withInstallation(extraCategories: ["CRYPTO"]) { installation in
            let catalog = installation.chancery.catalog
            #expect(catalog.bits["MEDICAL"] == 0)
            #expect(catalog.bits["INTEL"] == 4)
            #expect(catalog.bits["CRYPTO"] == 5)
            let again = try await CategoryStore.synchronise(
                extra: ["CRYPTO"], database: installation.chancery.database, audit: installation.chancery.audit)
            #expect(again == catalog)
        }
    }
}
