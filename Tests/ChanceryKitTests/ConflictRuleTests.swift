import Testing

@testable import ChanceryKit

/// The conflict rule: a case is kept from the people it names and from every manager above them.
@Suite("Conflict rule")
struct ConflictRuleTests {
    /// ana → bob → carl → dina (each person's line manager to the right); eve manages nobody here.
    static let managers = ["ana": "bob", "bob": "carl", "carl": "dina", "frank": "bob"]

    @Test("a party and the whole chain above them are kept away; a colleague and a subordinate are not")
    func chain() {
        let excluded = ConflictRule.excluded(parties: ["bob"], lineManagers: Self.managers)
        #expect(excluded == ["bob", "carl", "dina"])
        #expect(!excluded.contains("ana"))  // bob's subordinate
        #expect(!excluded.contains("frank"))  // bob's other subordinate
        #expect(!excluded.contains("eve"))
    }

    @Test("two parties: both chains, shared managers once")
    func twoParties() {
        #expect(
            ConflictRule.excluded(parties: ["ana", "frank"], lineManagers: Self.managers)
                == ["ana", "frank", "bob", "carl", "dina"])
        #expect(ConflictRule.excluded(parties: [], lineManagers: Self.managers).isEmpty)
        #expect(ConflictRule.excluded(parties: ["eve"], lineManagers: Self.managers) == ["eve"])
    }

    @Test("a loop in the recorded chain ends where it meets itself")
    func loop() {
        let looped = ["a": "b", "b": "c", "c": "a"]
        #expect(ConflictRule.excluded(parties: ["a"], lineManagers: looped) == ["a", "b", "c"])
    }

    @Test("a manager who would put someone above themselves is a loop")
    func wouldLoop() {
        #expect(ConflictRule.wouldLoop("dina", managedBy: "ana", lineManagers: Self.managers))
        #expect(ConflictRule.wouldLoop("ana", managedBy: "ana", lineManagers: Self.managers))
        #expect(!ConflictRule.wouldLoop("eve", managedBy: "ana", lineManagers: Self.managers))
        #expect(!ConflictRule.wouldLoop("ana", managedBy: "carl", lineManagers: Self.managers))
    }
}
