import ChanceryKit
import ChanceryTestSupport
import SQLKit
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

@Suite("Object store")
struct ObjectStoreTests {
    static let confidential = SecurityLabel(classification: .natoConfidential)

    @Test("Two concurrent edits of the same version: one wins, the other is refused, one audit event")
    func concurrentEditsDoNotLoseUpdates() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            let note = try await installation.note("Filing plan", .unclassified, unit: "IPS", by: clerk)
            let objects = installation.chancery.objects
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for index in 0..<6 {
                    group.addTask {
                        do {
                            _ = try await objects.update(
                                note.id, expectedVersion: 1, changes: .init(title: "Edit \(index)", label: nil),
                                requiredRoles: ObjectStore.noteEditors, by: clerk)
                            return true
                        } catch let error as AppError {
                            #expect(error.type == "stale-version")
                            return false
                        }
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1)
            let updates = try await installation.chancery.database.read { db in
                try await installation.chancery.audit.events(of: note.id, after: 0, limit: 50, on: db)
            }.filter { $0.action == "object.update" }
            #expect(updates.count == 1)
            let stored = try #require(try await objects.read(note.id, by: clerk))
            #expect(stored.version == 2)
            #expect(updates.first?.details["version"] == "2")
        }
    }

    @Test("An edit that changes nothing still audits the read of a protected object")
    func emptyEditIsAuditedRead() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            let note = try await installation.note("Key list", Self.confidential, unit: "IPS", by: clerk)
            _ = try await installation.chancery.objects.update(
                note.id, expectedVersion: 1, changes: .init(title: nil, label: nil),
                requiredRoles: ObjectStore.noteEditors, by: clerk)
            let actions = try await installation.chancery.database.read { db in
                try await installation.chancery.audit.events(of: note.id, after: 0, limit: 50, on: db).map(\.action)
            }
            #expect(actions == ["object.create", "object.read"])
        }
    }

    @Test("A category this node does not know yet hides the object instead of failing")
    func unknownStoredCategoryIsDeniedNotFailed() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            let note = try await installation.note("Crypto key list", .unclassified, unit: "IPS", by: clerk)
            // As another node would store it after adding the category CRYPTO on bit 5.
            let label =
                #"{"categories":["CRYPTO"],"classification":"NATO UNCLASSIFIED","informative":[],"releasableTo":["NATO"]}"#
            try await installation.chancery.database.read { db in
                try await db.raw(
                    "UPDATE objects SET categories = 32, label_json = \(bind: label) WHERE id = \(bind: note.id)"
                ).run()
            }
            #expect(try await installation.chancery.objects.read(note.id, by: clerk) == nil)
            #expect(try await installation.chancery.objects.count(kind: nil, by: clerk) == 0)
        }
    }

    @Test("A list that shows a protected object is recorded against it; a list of plain items is not")
    func listsOfProtectedObjectsAreAudited() async throws {
        try await withInstallation { installation in
            let clinician = try await installation.user("clinician", MockUser.clinician).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            let medical = SecurityLabel(classification: .natoRestricted, categories: ["MEDICAL"])
            let rota = try await installation.note("Clinic rota", medical, unit: "HEALTH", by: clinician)
            try await installation.note("Opening hours", .unclassified, unit: "IPS", by: clerk)
            let events = {
                try await installation.chancery.database.read { db in
                    try await installation.chancery.audit.events(of: rota.id, after: 0, limit: 50, on: db)
                }
            }
            let before = try await AuditChainTests.eventCount(installation)

            _ = try await installation.chancery.objects.list(kind: nil, after: nil, limit: 10, by: clerk)
            #expect(try await AuditChainTests.eventCount(installation) == before)

            _ = try await installation.chancery.objects.list(kind: nil, after: nil, limit: 10, by: clinician)
            let listed = try #require(try await events().last)
            #expect(listed.action == "object.list")
            #expect(listed.actor == clinician.id)
            #expect(listed.details["objects"] == rota.id)
            #expect(try await AuditChainTests.verify(installation).isIntact)
        }
    }
}
