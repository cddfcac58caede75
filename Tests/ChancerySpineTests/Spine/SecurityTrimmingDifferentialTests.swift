import ChanceryKit
import ChanceryTestSupport
import Foundation
import SQLKit
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// The SQL predicate and the Swift access decision must agree on every object for every principal:
/// thousands of random objects and access entries, dozens of random principals, on the suite's database.
@Suite("Security trimming agrees with decide()")
struct SecurityTrimmingDifferentialTests {
    static let objectCount = 3000
    static let principalCount = 40
    static let units = ["IPS", "HEALTH", "HR", "IPU", "CHR"]
    static let groups = ["G-ALPHA", "G-BRAVO", "G-CHARLIE", "HR-CASES"]
    static let nations = ["BEL", "FRA", "DEU", "USA", "GBR", "ITA", "EU", "UN"]
    static let categories = ["MEDICAL", "STAFF", "LEGAL", "INTEL"]

    @Test("SQL-trimmed lists and counts equal exactly the ids decide() allows")
    func listsAndCountsMatchDecide() async throws {
        try await withInstallation { installation in
            // setup
            var random = SeededGenerator(seed: 20_261_123)
            let principals = (0..<Self.principalCount).map { index in Self.randomPrincipal(index, &random) }
            let objects = (0..<Self.objectCount).map { _ in
                Self.randomObject(principalIDs: principals.map(\.id), &random)
            }
            // about one object in ten is kept from one or two principals (the conflict rule)
            var excluded: [String: Set<String>] = [:]
            for (object, _) in objects where Double.random(in: 0..<1, using: &random) < 0.1 {
                excluded[object.id] = random.subset(of: principals.map(\.id), probability: 0.04)
                    .union([principals.randomElement(using: &random)!.id])
            }
            let store = installation.chancery.objects
            try await installation.chancery.database.transaction { [excluded] db in
                for (object, entries) in objects {
                    try await store.insert(object, accessEntries: entries, on: db)
                    for user in excluded[object.id, default: []].sorted() {
                        try await db.raw(
                            "INSERT INTO object_exclusions (object_id, user_id) VALUES (\(bind: object.id), \(bind: user))"
                        ).run()
                    }
                }
            }

            // exercise & validate
            var mismatches = 0
            var visibleTotal = 0
            for principal in principals {
                let expected = Set(
                    objects.filter { object, entries in
                        decide(
                            principal, .read,
                            ProtectedObject(
                                label: object.label, owningUnit: object.owningUnit, openToUnit: object.openToUnit,
                                accessEntries: entries, excluded: excluded[object.id, default: []])) == .allow
                    }.map(\.0.id))
                var listed: [String] = []
                var cursor: String?
                repeat {
                    let page = try await store.list(kind: nil, after: cursor, limit: 200, by: principal)
                    listed += page.items.map(\.id)
                    cursor = page.nextCursor
                } while cursor != nil
                let count = try await store.count(kind: nil, by: principal)
                // Both ways of consulting the access entries, whichever the store picks for this principal.
                let scope = SecurityScope(
                    principal: principal, catalog: installation.chancery.catalog,
                    engine: installation.chancery.database.engine)
                for lookup in [SecurityScope.EntryLookup.perRow, .grantedSet] {
                    let ids = try await installation.chancery.database.read { db in
                        try await db.raw("SELECT o.id FROM objects o WHERE \(scope.readable(lookup: lookup))").all()
                            .map { try $0.decode(column: "id", as: String.self) }
                    }
                    let differs = expected.symmetricDifference(ids).count
                    mismatches += differs
                    #expect(differs == 0, "principal \(principal.username), lookup \(lookup): \(differs) ids differ")
                }
                let difference = expected.symmetricDifference(listed)
                mismatches += difference.count + (count == expected.count ? 0 : 1) + (listed.count - Set(listed).count)
                visibleTotal += expected.count
                #expect(difference.isEmpty, "principal \(principal.username): \(difference.count) ids differ")
                #expect(count == expected.count, "principal \(principal.username): count \(count) ≠ \(expected.count)")
                #expect(listed.count == Set(listed).count, "a page repeated an object")
            }
            print(
                "Differential trimming on \(TestInstallation.engineName): \(Self.objectCount) objects × "
                    + "\(Self.principalCount) principals, \(visibleTotal) allowed pairs, \(mismatches) mismatches")
            #expect(mismatches == 0)
            // The universe must exercise both outcomes, or the test proves nothing.
            #expect(visibleTotal > 0)
            #expect(visibleTotal < Self.objectCount * Self.principalCount)
        }
    }

    static func randomPrincipal(_ index: Int, _ random: inout SeededGenerator) -> Principal {
        Principal(
            id: ObjectID.make(milliseconds: 1_700_000_000_000 + Int64(index), using: &random),
            username: "p\(index)",
            clearance: Classification.allCases.randomElement(using: &random)!,
            nationality: nations.randomElement(using: &random)!,
            categories: random.subset(of: categories, probability: 0.6),
            roles: [],
            units: random.subset(of: units, probability: 0.35),
            groups: random.subset(of: groups, probability: 0.3))
    }

    static func randomObject(principalIDs: [String], _ random: inout SeededGenerator) -> (LabelledObject, [AccessEntry])
    {
        let releasability: Releasability =
            Double.random(in: 0..<1, using: &random) < 0.5
            ? .allNATO
            : .listed(random.subset(of: nations, probability: 0.4).union([nations.randomElement(using: &random)!]))
        let label = SecurityLabel(
            classification: Classification.allCases.randomElement(using: &random)!, releasability: releasability,
            categories: random.subset(of: categories, probability: 0.2))
        let time = Int64.random(in: 1_700_000_000_000..<1_800_000_000_000, using: &random)
        let object = LabelledObject(
            id: ObjectID.make(milliseconds: time, using: &random), kind: "note", title: "object", label: label,
            owningUnit: units.randomElement(using: &random)!, openToUnit: Bool.random(using: &random),
            state: "active", createdBy: "test", at: time)
        var entries: [Grantee: AccessEntry] = [:]
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            let grantee: Grantee =
                switch Int.random(in: 0..<3, using: &random) {
                case 0: .unit(units.randomElement(using: &random)!)
                case 1: .group(groups.randomElement(using: &random)!)
                default: .user(principalIDs.randomElement(using: &random)!)
                }
            entries[grantee] = AccessEntry(grantee: grantee, permission: Bool.random(using: &random) ? .read : .write)
        }
        return (object, Array(entries.values))
    }
}
