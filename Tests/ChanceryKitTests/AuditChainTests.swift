import ChanceryKit
import Crypto
import Foundation
import Testing

@testable import ChanceryKit

@Suite struct AuditChainTests {
    /// A chain as the database holds it: each event with the hash stored beside it, and the signed checkpoints.
    struct Chain {
        var events: [(record: AuditRecord, storedHash: String)]
        var checkpoints: [AuditCheckpoint]

        /// Runs the verifier the way `chancery audit verify` does: events in order, then checkpoints.
        func verify(with key: Curve25519.Signing.PublicKey) -> AuditChainVerifier {
            var verifier = AuditChainVerifier(checkpointInterval: AuditChainTests.interval)
            for event in events { verifier.check(event.record, storedHash: event.storedHash) }
            for checkpoint in checkpoints { verifier.check(checkpoint, key: key) }
            return verifier
        }

        func index(of sequence: Int64) -> Int { events.firstIndex { $0.record.sequence == sequence }! }

        /// Replaces an event's content and stores its new hash, as someone with write access to the table would.
        mutating func rehash(at sequence: Int64, _ change: (inout AuditRecord) -> Void) {
            let index = index(of: sequence)
            change(&events[index].record)
            events[index].storedHash = events[index].record.hash
        }
    }

    static let interval: Int64 = 100
    static let length = 500

    static func makeChain(length: Int = length, key: Curve25519.Signing.PrivateKey) throws -> Chain {
        var generator = SeededGenerator(seed: 1949)
        var events: [(record: AuditRecord, storedHash: String)] = []
        var checkpoints: [AuditCheckpoint] = []
        var previous = AuditRecord.genesisHash
        let actions = ["object.create", "object.read", "access.denied", "login.success", "object.distribute"]
        for sequence in Int64(1)...Int64(length) {
            let record = AuditRecord(
                sequence: sequence, occurredAt: 1_767_225_600_000 + sequence * 1_000, actor: "u-\(sequence % 7)",
                action: actions.randomElement(using: &generator)!,
                objectID: sequence % 5 == 0 ? nil : ObjectID.make(milliseconds: sequence, using: &generator),
                outcome: sequence % 11 == 0 ? "denied" : "success",
                details: #"{"n":\#(UInt32.random(in: 0...UInt32.max, using: &generator))}"#, previousHash: previous
            )
            previous = record.hash
            events.append((record, previous))
            if sequence % interval == 0 {
                checkpoints.append(
                    try AuditCheckpoint.sign(sequence: sequence, hash: previous, signedAt: record.occurredAt, key: key)
                )
            }
        }
        return Chain(events: events, checkpoints: checkpoints)
    }

    let key = Curve25519.Signing.PrivateKey()

    // MARK: the intact chain

    @Test func acceptsTheIntactChain() throws {
        // setup
        let chain = try Self.makeChain(key: key)
        #expect(chain.events.count == 500)
        #expect(chain.checkpoints.count == 5)
        // exercise
        let verifier = chain.verify(with: key.publicKey)
        // validate
        #expect(verifier.firstBreak == nil)
        #expect(verifier.lastSequence == 500)
        #expect(verifier.lastHash == chain.events.last!.storedHash)
    }

    @Test func acceptsAnEmptyChain() {
        let verifier = Chain(events: [], checkpoints: []).verify(with: key.publicKey)
        #expect(verifier.firstBreak == nil)
        #expect(verifier.lastSequence == 0)
        #expect(verifier.lastHash == AuditRecord.genesisHash)
    }

    @Test func eventsAreLinkedToTheirPredecessor() throws {
        let chain = try Self.makeChain(length: 20, key: key)
        #expect(chain.events[0].record.previousHash == String(repeating: "0", count: 64))
        for (before, after) in zip(chain.events, chain.events.dropFirst()) {
            #expect(after.record.previousHash == before.storedHash)
        }
    }

    // MARK: tampering

    @Test func detectsAnEditedEvent() throws {
        // setup
        var chain = try Self.makeChain(key: key)
        chain.events[chain.index(of: 137)].record.details = #"{"n":0}"#
        // exercise
        let verifier = chain.verify(with: key.publicKey)
        // validate
        #expect(verifier.firstBreak == .contentChanged(sequence: 137))
        #expect(verifier.firstBreak?.sequence == 137)
        #expect(verifier.firstBreak?.description == "event #137 was altered: its content no longer matches its hash")
        #expect(verifier.lastSequence == 136)
    }

    @Test(
        arguments: [
            { (record: inout AuditRecord) in record.actor = "u-intruder" },
            { (record: inout AuditRecord) in record.action = "object.read" + "x" },
            { (record: inout AuditRecord) in record.objectID = record.objectID == nil ? "" : nil },
            { (record: inout AuditRecord) in record.outcome = "failure" },
            { (record: inout AuditRecord) in record.occurredAt += 1 },
        ] as [@Sendable (inout AuditRecord) -> Void])
    func detectsAnEditToAnyField(edit: @Sendable (inout AuditRecord) -> Void) throws {
        var chain = try Self.makeChain(length: 120, key: key)
        edit(&chain.events[chain.index(of: 60)].record)
        #expect(chain.verify(with: key.publicKey).firstBreak == .contentChanged(sequence: 60))
    }

    @Test func detectsADeletedEvent() throws {
        // setup
        var chain = try Self.makeChain(key: key)
        chain.events.remove(at: chain.index(of: 250))
        // exercise
        let verifier = chain.verify(with: key.publicKey)
        // validate
        #expect(verifier.firstBreak == .gap(expected: 250, found: 251))
        #expect(verifier.firstBreak?.description == "event #250 is missing (the next event found is #251)")
    }

    @Test func detectsADeletedEventWhoseSuccessorWasRenumbered() throws {
        // setup: remove 250 and renumber the rest so that the sequence has no gap
        var chain = try Self.makeChain(key: key)
        chain.events.remove(at: chain.index(of: 250))
        for index in chain.index(of: 251)..<chain.events.count {
            chain.events[index].record.sequence -= 1
            chain.events[index].storedHash = chain.events[index].record.hash
        }
        // exercise
        let verifier = chain.verify(with: key.publicKey)
        // validate
        #expect(verifier.firstBreak == .linkBroken(sequence: 250))
    }

    @Test func detectsTwoSwappedEvents() throws {
        // setup
        var chain = try Self.makeChain(key: key)
        chain.events.swapAt(chain.index(of: 300), chain.index(of: 301))
        // exercise
        let verifier = chain.verify(with: key.publicKey)
        // validate
        #expect(verifier.firstBreak == .gap(expected: 300, found: 301))
        #expect(verifier.lastSequence == 299)
    }

    @Test func detectsTwoSwappedEventsWithTheirNumbersKept() throws {
        // setup: the contents of 300 and 301 change places, each re-hashed under its new number
        var chain = try Self.makeChain(key: key)
        let first = chain.events[chain.index(of: 300)].record
        let second = chain.events[chain.index(of: 301)].record
        chain.rehash(at: 300) {
            $0 = second
            $0.sequence = 300
        }
        chain.rehash(at: 301) {
            $0 = first
            $0.sequence = 301
        }
        // exercise
        let verifier = chain.verify(with: key.publicKey)
        // validate
        #expect(verifier.firstBreak == .linkBroken(sequence: 300))
        #expect(verifier.firstBreak?.description.contains("does not follow the event before it") == true)
    }

    @Test func detectsAReplayedEvent() throws {
        var chain = try Self.makeChain(length: 50, key: key)
        chain.events.insert(chain.events[chain.index(of: 20)], at: chain.index(of: 21))
        #expect(chain.verify(with: key.publicKey).firstBreak == .linkBroken(sequence: 20))
    }

    @Test func detectsAnEventRehashedAfterEditing() throws {
        // setup: the edited event's own hash matches, so the break shows at the next link
        var chain = try Self.makeChain(key: key)
        chain.rehash(at: 420) { $0.actor = "u-intruder" }
        // exercise
        let verifier = chain.verify(with: key.publicKey)
        // validate
        #expect(verifier.firstBreak == .linkBroken(sequence: 421))
        #expect(verifier.lastSequence == 420)
    }

    @Test func checkpointCatchesAChainRehashedToTheEnd() throws {
        // setup: every link after the edit is recomputed; only the signed checkpoint can tell
        var chain = try Self.makeChain(key: key)
        chain.rehash(at: 420) { $0.actor = "u-intruder" }
        for sequence in Int64(421)...500 {
            let previous = chain.events[chain.index(of: sequence - 1)].storedHash
            chain.rehash(at: sequence) { $0.previousHash = previous }
        }
        // exercise
        let verifier = chain.verify(with: key.publicKey)
        // validate
        #expect(verifier.lastSequence == 500)
        #expect(verifier.firstBreak == .checkpointMismatch(sequence: 500))
        #expect(verifier.firstBreak?.description == "the signed checkpoint at event #500 does not match the chain")
    }

    @Test func detectsAForgedCheckpointSignature() throws {
        // setup: a checkpoint over the true hash, but signed with another key
        var chain = try Self.makeChain(key: key)
        let forger = Curve25519.Signing.PrivateKey()
        let genuine = chain.checkpoints[2]
        chain.checkpoints[2] = try AuditCheckpoint.sign(
            sequence: genuine.sequence, hash: genuine.hash, signedAt: genuine.signedAt, key: forger
        )
        // exercise
        let verifier = chain.verify(with: key.publicKey)
        // validate
        #expect(genuine.sequence == 300)
        #expect(verifier.firstBreak == .checkpointMismatch(sequence: 300))
    }

    @Test func detectsACheckpointOverAnotherHash() throws {
        var chain = try Self.makeChain(key: key)
        chain.checkpoints[1].hash = chain.events[chain.index(of: 199)].storedHash
        #expect(chain.verify(with: key.publicKey).firstBreak == .checkpointMismatch(sequence: 200))
    }

    @Test func detectsTheDeletedLastEventCoveredByACheckpoint() throws {
        // setup
        var chain = try Self.makeChain(key: key)
        chain.events.removeLast()
        // exercise
        let verifier = chain.verify(with: key.publicKey)
        // validate
        #expect(verifier.lastSequence == 499)
        guard case .gap(let expected, _) = verifier.firstBreak else {
            Issue.record("expected a gap, got \(String(describing: verifier.firstBreak))")
            return
        }
        #expect(expected == 500)
        #expect(verifier.firstBreak?.description.hasPrefix("event #500 is missing") == true)
    }

    @Test func deletedTailWithoutACheckpointIsNotDetectable() throws {
        // The limit of the design: events after the last checkpoint can be cut unnoticed until the next one.
        var chain = try Self.makeChain(length: 150, key: key)
        chain.events.removeLast(20)
        #expect(chain.verify(with: key.publicKey).firstBreak == nil)
    }

    @Test func reportsOnlyTheFirstBreak() throws {
        var chain = try Self.makeChain(key: key)
        chain.events[chain.index(of: 90)].record.actor = "x"
        chain.events.remove(at: chain.index(of: 120))
        chain.checkpoints[0].signature = "AAAA"
        #expect(chain.verify(with: key.publicKey).firstBreak == .contentChanged(sequence: 90))
    }

    // MARK: hashing and signing

    @Test func hashIsSHA256HexOfALengthPrefixedEncoding() {
        // setup
        let record = AuditRecord(
            sequence: 1, occurredAt: 2, actor: "a", action: "b", objectID: nil, outcome: "c", details: "{}",
            previousHash: AuditRecord.genesisHash
        )
        let canonical = "1:1;1:2;1:a;1:b;1:\u{0};1:c;2:{};64:\(AuditRecord.genesisHash);"
        // validate
        #expect(record.hash == SHA256.hash(data: Data(canonical.utf8)).map { String(format: "%02x", $0) }.joined())
        #expect(record.hash.count == 64)
        #expect(record.hash.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(record.hash == record.hash)
    }

    @Test func fieldBoundariesCannotBeShifted() {
        let base = AuditRecord(
            sequence: 1, occurredAt: 2, actor: "ab", action: "c", objectID: "", outcome: "ok", details: "{}",
            previousHash: AuditRecord.genesisHash
        )
        var shifted = base
        shifted.actor = "a"
        shifted.action = "bc"
        #expect(base.hash != shifted.hash)
        var noObject = base
        noObject.objectID = nil
        #expect(base.hash != noObject.hash)
    }

    @Test func recordsSurviveJSON() throws {
        let chain = try Self.makeChain(length: 10, key: key)
        for event in chain.events {
            let decoded = try JSONDecoder().decode(AuditRecord.self, from: JSONEncoder().encode(event.record))
            #expect(decoded == event.record)
            #expect(decoded.hash == event.storedHash)
        }
    }

    @Test func checkpointSignatureCoversEveryField() throws {
        // setup
        let checkpoint = try AuditCheckpoint.sign(
            sequence: 100, hash: String(repeating: "a", count: 64), signedAt: 5, key: key)
        // validate
        #expect(checkpoint.isValid(for: key.publicKey))
        #expect(!checkpoint.isValid(for: Curve25519.Signing.PrivateKey().publicKey))
        var moved = checkpoint
        moved.sequence = 200
        #expect(!moved.isValid(for: key.publicKey))
        var rehashed = checkpoint
        rehashed.hash = String(repeating: "b", count: 64)
        #expect(!rehashed.isValid(for: key.publicKey))
        var redated = checkpoint
        redated.signedAt = 6
        #expect(!redated.isValid(for: key.publicKey))
        var garbled = checkpoint
        garbled.signature = "not base64!"
        #expect(!garbled.isValid(for: key.publicKey))
    }
}
