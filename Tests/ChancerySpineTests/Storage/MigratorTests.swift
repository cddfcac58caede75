import ChanceryKit
import ChanceryTestSupport
import Logging
import SQLKit
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

@Suite("Migrations")
struct MigratorTests {
    @Test("Migrations run once: a second run applies nothing")
    func idempotent() async throws {
        try await withInstallation { installation in
            let applied = try await Migrator.application.migrate(
                installation.chancery.database, logger: Logger(label: "t"))
            #expect(applied.isEmpty)
            // Each owner numbers its migrations 1, 2, 3… without a gap, and no name is used twice.
            let steps = Migrator.steps(of: OfficeList.all)
            for owner in ["spine"] + OfficeList.all.map(\.name) {
                let versions = steps.filter { $0.owner == owner }.map(\.migration.version)
                #expect(!versions.isEmpty && versions == Array(1...versions.count), "\(owner)")
            }
            #expect(Set(steps.map(\.migration.name)).count == steps.count)
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

    @Test("CreateGroups enters every group name already in use on accounts, access entries and lists")
    func groupsFromNamesInUse() async throws {
        try await withInstallation { installation in
            // setup: names written before groups existed (a raw update, as an old installation holds them)
            let account = try await installation.user("clerk", MockUser.registry)
            let note = try await installation.note("Plans", .unclassified, unit: "IPS", by: account.principal)
            try await installation.grant(AccessEntry(grantee: .group("PLANS"), permission: .read), on: note.id)
            let database = installation.chancery.database
            try await database.transaction { db in
                try await db.raw("UPDATE users SET groups_list = 'BOARD,ETHICS' WHERE id = \(bind: account.id)").run()
                try await CreateGroups().revert(on: db, engine: database.engine)
            }

            // exercise: the migration again, as on the first start after the upgrade
            try await database.transaction { db in try await CreateGroups().prepare(on: db, engine: database.engine) }

            // validate
            #expect(try await installation.chancery.groups.list().map(\.name) == ["BOARD", "ETHICS", "PLANS"])
            #expect(try await installation.chancery.users.members(of: "ETHICS").map(\.username) == ["clerk"])
        }
    }
}
