import ChanceryKit
import ChanceryTestSupport
import Foundation
import SQLKit
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

@Suite("Audit chain")
struct AuditChainTests {
    static let secret = SecurityLabel(classification: .natoSecret)

    /// An installation with a registry clerk who created `count` notes.
    static func withNotes(
        _ count: Int, checkpointInterval: Int64 = 100, _ body: (TestInstallation, Principal) async throws -> Void
    ) async throws {
        try await withInstallation(checkpointInterval: checkpointInterval) { installation in
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            for index in 0..<count {
                try await installation.note("Note \(index)", .unclassified, unit: "IPS", by: clerk)
            }
            try await body(installation, clerk)
        }
    }

    static func verify(_ installation: TestInstallation) async throws -> AuditVerificationReport {
        try await installation.chancery.audit.verify(installation.chancery.database)
    }

    static func execute(_ installation: TestInstallation, _ sql: SQLQueryString) async throws {
        try await installation.chancery.database.read { db in try await db.raw(sql).run() }
    }

    @Test("An intact chain verifies, with its signed checkpoints")
    func intactChainVerifies() async throws {
        try await Self.withNotes(25, checkpointInterval: 10) { installation, _ in
            let report = try await Self.verify(installation)
            #expect(report.isIntact, "\(report.problem ?? "")")
            // five default categories, the user's creation and 25 notes
            #expect(report.events == 31)
            #expect(report.checkpoints == 3)
        }
    }

    @Test("An edited event is found at its sequence number")
    func editedEventIsDetected() async throws {
        try await Self.withNotes(10) { installation, _ in
            try await Self.execute(installation, "UPDATE audit_events SET actor = 'someone-else' WHERE seq = 5")
            let report = try await Self.verify(installation)
            #expect(report.brokenAt == 5)
            #expect(report.problem?.contains("#5") == true)
        }
    }

    @Test("An edited event whose hash was recomputed breaks the next link")
    func rehashedEventIsDetected() async throws {
        try await Self.withNotes(10) { installation, _ in
            let row = try await installation.chancery.database.read { db in
                try await db.raw("SELECT * FROM audit_events WHERE seq = 4").first()
            }
            let original = try #require(row)
            var record = AuditRecord(
                sequence: 4, occurredAt: try original.decode(column: "occurred_at", as: Int64.self),
                actor: "forger", action: try original.decode(column: "action", as: String.self),
                objectID: try original.decode(column: "object_id", as: String?.self),
                outcome: try original.decode(column: "outcome", as: String.self),
                details: try original.decode(column: "details", as: String.self),
                previousHash: try original.decode(column: "prev_hash", as: String.self))
            record.actor = "forger"
            try await Self.execute(
                installation,
                "UPDATE audit_events SET actor = 'forger', hash = \(bind: record.hash) WHERE seq = 4")
            #expect(try await Self.verify(installation).brokenAt == 5)
        }
    }

    @Test("A deleted event is found")
    func deletedEventIsDetected() async throws {
        try await Self.withNotes(10) { installation, _ in
            try await Self.execute(installation, "DELETE FROM audit_events WHERE seq = 7")
            let report = try await Self.verify(installation)
            #expect(report.brokenAt == 7)
            #expect(report.problem?.contains("missing") == true)
        }
    }

    @Test("Removing the last events is found, because the head remembers the count")
    func truncatedChainIsDetected() async throws {
        try await Self.withNotes(10) { installation, _ in
            try await Self.execute(installation, "DELETE FROM audit_events WHERE seq >= 10")
            #expect(try await Self.verify(installation).brokenAt == 10)
        }
    }

    @Test("Two swapped events are found")
    func swappedEventsAreDetected() async throws {
        try await Self.withNotes(10) { installation, _ in
            // Give event 6 the content of event 7 and vice versa, keeping their positions.
            try await Self.execute(installation, "UPDATE audit_events SET seq = -6 WHERE seq = 6")
            try await Self.execute(installation, "UPDATE audit_events SET seq = 6 WHERE seq = 7")
            try await Self.execute(installation, "UPDATE audit_events SET seq = 7 WHERE seq = -6")
            let report = try await Self.verify(installation)
            #expect(report.brokenAt == 6)
        }
    }

    @Test("A forged checkpoint is found")
    func forgedCheckpointIsDetected() async throws {
        try await Self.withNotes(12, checkpointInterval: 5) { installation, _ in
            let forged = try AuditCheckpoint.sign(
                sequence: 5, hash: String(repeating: "a", count: 64), signedAt: 0,
                key: .init())
            try await Self.execute(
                installation,
                "UPDATE audit_checkpoints SET hash = \(bind: forged.hash), signature = \(bind: forged.signature) WHERE seq = 5"
            )
            #expect(try await Self.verify(installation).brokenAt == 5)
        }
    }

    @Test("A change whose audit event cannot be written is not made")
    func noChangeWithoutItsEvent() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await Self.execute(installation, "DELETE FROM audit_head")
            await #expect(throws: (any Error).self) {
                try await installation.note("Lost", .unclassified, unit: "IPS", by: clerk)
            }
            let objects = try await installation.chancery.database.read { db in
                try await db.raw("SELECT COUNT(*) AS n FROM objects").first()?.decode(column: "n", as: Int64.self)
            }
            #expect(objects == 0)
        }
    }

    @Test("A failing write leaves neither the change nor its event")
    func failingWriteLeavesNothing() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            let before = try await Self.eventCount(installation)
            struct Failure: Error {}
            await #expect(throws: Failure.self) {
                try await installation.chancery.database.transaction { db in
                    _ = try await installation.chancery.objects.createNote(
                        title: "Half", label: .unclassified, owningUnit: "IPS", openToUnit: true, by: clerk, on: db)
                    throw Failure()
                }
            }
            #expect(try await Self.eventCount(installation) == before)
            #expect(try await installation.chancery.objects.count(kind: nil, by: clerk) == 0)
            #expect(try await Self.verify(installation).isIntact)
        }
    }

    @Test("Reads of NC+ or compartmented objects and denials are audited; plain reads are not")
    func readsAndDenialsAreAudited() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            let visitor = try await installation.user("visitor", MockUser.visitor).principal
            let plain = try await installation.note("Plain", .unclassified, unit: "IPS", by: clerk)
            let secret = try await installation.note("Secret", Self.secret, unit: "IPS", by: clerk)
            let objects = installation.chancery.objects
            _ = try await objects.read(plain.id, by: clerk)
            _ = try await objects.read(secret.id, by: clerk)
            #expect(try await objects.read(secret.id, by: visitor) == nil)
            let plainActions = try await Self.actions(of: plain.id, installation)
            let secretActions = try await Self.actions(of: secret.id, installation)
            #expect(plainActions == ["object.create"])
            #expect(secretActions == ["object.create", "object.read", "access.denied"])
        }
    }

    @Test("Concurrent changes append to one unbroken chain")
    func concurrentChangesKeepTheChain() async throws {
        try await withInstallation(checkpointInterval: 7) { installation in
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<40 {
                    group.addTask {
                        try await installation.note("Parallel \(index)", .unclassified, unit: "IPS", by: clerk)
                    }
                }
                try await group.waitForAll()
            }
            let report = try await Self.verify(installation)
            #expect(report.isIntact, "\(report.problem ?? "")")
            #expect(report.events == 46)  // five categories, the user, 40 notes
            #expect(report.checkpoints == 6)
        }
    }

    static func eventCount(_ installation: TestInstallation) async throws -> Int64 {
        try await installation.chancery.database.read { db in
            try await db.raw("SELECT COUNT(*) AS n FROM audit_events").first()?.decode(column: "n", as: Int64.self) ?? 0
        }
    }

    static func actions(of id: String, _ installation: TestInstallation) async throws -> [String] {
        try await installation.chancery.database.read { db in
            try await installation.chancery.audit.events(of: id, after: 0, limit: 100, on: db).map(\.action)
        }
    }
}
