import ChanceryKit
import ChanceryTestSupport
import Foundation
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// `chancery search reindex` rebuilds every document in short transactions, safe while the node serves.
@Suite("Search reindex")
struct SearchReindexTests {
    @Test("a reindex running while records are registered and edited leaves every object indexed as it is now")
    func reindexWhileWriting() async throws {
        try await withInstallation { installation in
            let (clerk, _) = try await SearchFixtures.registryDesk(installation)
            var first: [RegistryRecord] = []
            for index in 0..<60 {
                first.append(
                    try await SearchFixtures.register(installation, "Early record \(index) quartermaster", by: clerk))
            }
            let chancery = installation.chancery
            // exercise: a reindex in batches of 7 while 30 more are registered and the first 10 renamed
            let events = try await installation.auditEventCount()
            async let reindexed = chancery.search.reindex(batchSize: 7, by: "test")
            var late: [RegistryRecord] = []
            for index in 0..<30 {
                late.append(
                    try await SearchFixtures.register(installation, "Late record \(index) harbourmaster", by: clerk))
                if index < 10 {
                    var changes = RecordStore.Changes()
                    changes.title = "Renamed record \(index) lighthouse"
                    _ = try await chancery.records.update(
                        first[index].object.id, expectedVersion: 1, changes: changes, by: clerk)
                }
            }
            let count = try await reindexed
            // validate
            #expect(count >= 60)
            // 30 registrations, 10 renamings and the reindex itself are in the audit chain.
            #expect(try await installation.auditEventCount() == events + 41)
            #expect(try await chancery.search.documentCount() == chancery.objects.totalCount())
            func found(_ text: String) async throws -> Int {
                try await chancery.search.searchIDs(
                    try SearchQuery(parsing: text, offices: InstalledOffices.catalog.searchOffices), limit: 500,
                    by: clerk
                ).total
            }
            #expect(try await found("quartermaster") == 50)
            #expect(try await found("lighthouse") == 10)
            #expect(try await found("harbourmaster") == 30)
        }
    }
}
