/// The conflict rule of casework: a case is kept from the people it names and from every line manager above them,
/// even when they hold the role and the categories that would let them read it. The deny rule on top of the access
/// decision's four conditions (`ProtectedObject.excluded`); the spine enforces it in SQL like them.
public enum ConflictRule {
    /// The principals a case naming `parties` is kept from: each party and the whole chain of line managers above
    /// each (`lineManagers` maps a person to their manager; a chain that loops ends where it meets itself).
    public static func excluded(parties: Set<String>, lineManagers: [String: String]) -> Set<String> {
        var excluded: Set<String> = []
        for party in parties {
            var seen: Set<String> = []
            var next: String? = party
            while let person = next, seen.insert(person).inserted {
                excluded.insert(person)
                next = lineManagers[person]
            }
        }
        return excluded
    }

    /// Whether making `manager` the line manager of `person` would close a loop (a person above themselves).
    public static func wouldLoop(_ person: String, managedBy manager: String, lineManagers: [String: String]) -> Bool {
        var seen: Set<String> = []
        var next: String? = manager
        while let current = next, seen.insert(current).inserted {
            if current == person { return true }
            next = lineManagers[current]
        }
        return false
    }
}
