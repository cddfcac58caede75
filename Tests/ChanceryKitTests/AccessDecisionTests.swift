import Foundation
import Testing

@testable import ChanceryKit

@Suite struct AccessDecisionTests {
    // MARK: the universe compared exhaustively

    static let owningUnit = "IPS"
    static let otherUnit = "JISD"
    static let group = "G-BUDGET"
    static let principalID = "u-1"

    static let releasabilities: [Releasability] = [
        .allNATO, .listed(["BEL"]), .listed(["FRA"]), .listed(["BEL", "FRA"]), .listed(["EU"]),
        .listed(["USA", "GBR"]),
    ]
    static let categorySets: [Set<String>] = {
        let names = ["MEDICAL", "STAFF", "LEGAL"]
        return (0..<8).map { bits in Set(names.indices.filter { bits & (1 << $0) != 0 }.map { names[$0] }) }
    }()
    static let entryShapes: [[AccessEntry]] = {
        let grantees: [Grantee] = [.unit(otherUnit), .group(group), .user(principalID), .user("u-2")]
        let single = grantees.flatMap { grantee in
            Permission.allCases.map { [AccessEntry(grantee: grantee, permission: $0)] }
        }
        let mixed = [
            AccessEntry(grantee: .group(group), permission: .read),
            AccessEntry(grantee: .unit(otherUnit), permission: .write),
        ]
        return [[]] + single + [mixed]
    }()
    static let memberships: [(units: Set<String>, groups: Set<String>)] = [
        ([], []), ([owningUnit], []), ([otherUnit], []), ([], [group]), ([owningUnit], [group]), ([otherUnit], [group]),
    ]

    static let objects: [ProtectedObject] = Classification.allCases.flatMap { classification in
        releasabilities.flatMap { releasability in
            categorySets.flatMap { categories in
                [true, false].flatMap { open in
                    entryShapes.flatMap { entries in
                        // kept from nobody, or from the principal (the conflict rule)
                        [[], [principalID]].map { excluded in
                            ProtectedObject(
                                label: SecurityLabel(
                                    classification: classification, releasability: releasability,
                                    categories: categories),
                                owningUnit: owningUnit, openToUnit: open, accessEntries: entries, excluded: excluded
                            )
                        }
                    }
                }
            }
        }
    }

    static let principals: [Principal] = Classification.allCases.flatMap { clearance in
        ["BEL", "FRA", "USA", "EU"].flatMap { nationality in
            categorySets.flatMap { categories in
                memberships.map { membership in
                    Principal(
                        id: principalID, username: "clerk", clearance: clearance, nationality: nationality,
                        categories: categories, roles: [.registryClerk], units: membership.units,
                        groups: membership.groups
                    )
                }
            }
        }
    }

    static let actions: [Action] = [
        .read, .write(requiring: [.registryClerk, .registrySupervisor]), .write(requiring: [.healthClinician]),
    ]

    /// 5 classifications × 6 releasabilities × 8 category sets × 2 (open to unit or not) × 10 access-entry shapes
    /// × 2 (kept from the principal or not), × 5 clearances × 4 nationalities × 8 category sets × 6 memberships,
    /// × 3 actions.
    static let expectedCombinations = (5 * 6 * 8 * 2 * 10 * 2) * (5 * 4 * 8 * 6) * 3

    @Test("decide equals the naive rule over 27 648 000 combinations")
    func decideEqualsTheNaiveRule() async {
        // setup
        #expect(Self.objects.count == 9_600)
        #expect(Self.principals.count == 960)
        // exercise
        let results = await Self.sweep.value.naive
        // validate
        #expect(results.checked == Self.expectedCombinations, "checked \(results.checked) combinations")
        #expect(results.checked == 27_648_000)
        #expect(
            results.mismatches.isEmpty, "\(results.mismatches.count) mismatches, e.g. \(results.mismatches.prefix(5))")
        #expect(
            results.allowed > 0 && results.allowed < results.checked,
            "a universe where everything is allowed or everything denied proves little"
        )
    }

    @Test("reading agrees with the integer encoding of the SQL predicate over 9 216 000 combinations")
    func readingAgreesWithTheSQLEncoding() async {
        // exercise
        let results = await Self.sweep.value.sql
        // validate
        #expect(results.checked == 9_600 * 960, "checked \(results.checked) combinations")
        #expect(results.mismatches.isEmpty, "\(results.mismatches)")
        #expect(results.allowed > 0 && results.allowed < results.checked)
    }

    /// One pass over the universe serves both comparisons, since the machines have two cores and a debug build.
    static let sweep = Task {
        await overHalvesOfTheObjects { objects in
            var naive = Tally()
            var sql = Tally()
            let catalog = CategoryCatalog.standard
            // The SQL parameters of each principal: the bit of the nationality and the mask of the briefings.
            let parameters = principals.map { principal in
                (
                    nation: ReleasabilityCodes.bit(of: principal.nationality)!,
                    briefed: try! catalog.mask(of: principal.categories)
                )
            }
            for object in objects {
                let row = try! object.label.columns(in: catalog)
                for (principal, parameter) in zip(principals, parameters) {
                    for action in actions {
                        let actual = decide(principal, action, object)
                        let expected = NaiveAccessRule.decide(principal, action, object)
                        naive.count(actual == expected, allowed: actual == .allow) {
                            "\(principal) \(action) \(object): decide \(actual), naive \(expected)"
                        }
                        guard action == .read else { continue }
                        let predicate =
                            row.classification <= principal.clearance.rawValue
                            && (row.releasable & parameter.nation) != 0
                            && (row.categories & ~parameter.briefed) == 0
                            && NaiveAccessRule.hasNeedToKnow(principal, reading: true, object)
                            && !object.excluded.contains(principal.id)
                        sql.count(actual.isAllowed == predicate, allowed: actual.isAllowed) {
                            "\(principal) \(object): decide \(actual), SQL predicate \(predicate)"
                        }
                    }
                }
            }
            return [naive, sql]
        }
    }

    /// What a comparison loop found.
    struct Tally: Sendable {
        var checked = 0
        var allowed = 0
        var mismatches: [String] = []

        mutating func count(_ agrees: Bool, allowed: Bool, _ describe: () -> String) {
            checked += 1
            if allowed { self.allowed += 1 }
            if !agrees && mismatches.count < 20 { mismatches.append(describe()) }
        }

        mutating func add(_ other: Tally) {
            checked += other.checked
            allowed += other.allowed
            mismatches += other.mismatches
        }
    }

    /// Runs a comparison over the two halves of the objects at once, and adds up what each half found.
    static func overHalvesOfTheObjects(
        _ body: @escaping @Sendable (ArraySlice<ProtectedObject>) -> [Tally]
    ) async -> (naive: Tally, sql: Tally) {
        let middle = objects.count / 2
        return await withTaskGroup(of: [Tally].self) { group in
            group.addTask { body(objects[..<middle]) }
            group.addTask { body(objects[middle...]) }
            var naive = Tally()
            var sql = Tally()
            for await half in group {
                naive.add(half[0])
                sql.add(half[1])
            }
            return (naive, sql)
        }
    }

    // MARK: cases a reader can follow

    static let clerk = Principal(
        id: "u-7", username: "clerk", clearance: .natoSecret, nationality: "BEL", categories: ["STAFF"],
        roles: [.registryClerk], units: ["IPS"], groups: ["G-BUDGET"]
    )
    static let record = ProtectedObject(
        label: SecurityLabel(
            classification: .natoConfidential, releasability: .listed(["BEL", "FRA"]), categories: ["STAFF"]),
        owningUnit: "IPS"
    )

    @Test func clerkReadsAndWritesHerUnitsRecord() {
        #expect(decide(Self.clerk, .read, Self.record) == .allow)
        #expect(decide(Self.clerk, .write(requiring: [.registryClerk]), Self.record) == .allow)
    }

    @Test func eachConditionDeniesWithItsReason() {
        var lowClearance = Self.clerk
        lowClearance.clearance = .natoRestricted
        #expect(decide(lowClearance, .read, Self.record) == .deny(.clearance))

        var american = Self.clerk
        american.nationality = "USA"
        #expect(decide(american, .read, Self.record) == .deny(.releasability))

        var notBriefed = Self.clerk
        notBriefed.categories = ["MEDICAL"]
        #expect(decide(notBriefed, .read, Self.record) == .deny(.category))

        var otherUnit = Self.clerk
        otherUnit.units = ["HR"]
        #expect(decide(otherUnit, .read, Self.record) == .deny(.needToKnow))

        var aboutHer = Self.record
        aboutHer.excluded = ["u-7"]
        #expect(decide(Self.clerk, .read, aboutHer) == .deny(.conflict))
        aboutHer.excluded = ["u-8"]
        #expect(decide(Self.clerk, .read, aboutHer) == .allow)

        #expect(decide(Self.clerk, .write(requiring: [.healthClerk]), Self.record) == .deny(.role))
        #expect(decide(Self.clerk, Action(kind: .dispose, requiredRoles: []), Self.record) == .deny(.role))
    }

    @Test func closedObjectNeedsAnAccessEntry() {
        var closed = Self.record
        closed.openToUnit = false
        #expect(decide(Self.clerk, .read, closed) == .deny(.needToKnow))
        closed.accessEntries = [AccessEntry(grantee: .group("G-BUDGET"), permission: .read)]
        #expect(decide(Self.clerk, .read, closed) == .allow)
        #expect(decide(Self.clerk, .write(requiring: [.registryClerk]), closed) == .deny(.needToKnow))
        closed.accessEntries = [AccessEntry(grantee: .user("u-7"), permission: .write)]
        #expect(decide(Self.clerk, .write(requiring: [.registryClerk]), closed) == .allow)
        #expect(
            decide(Self.clerk, Action(kind: .distribute, requiredRoles: [.registrySupervisor]), closed) == .deny(.role))
    }

    @Test func organisationsAreNotMemberNations() {
        var euOfficer = Self.clerk
        euOfficer.nationality = "EU"
        var natoRecord = Self.record
        natoRecord.label.releasability = .allNATO
        #expect(decide(euOfficer, .read, natoRecord) == .deny(.releasability))
        natoRecord.label.releasability = .listed(["EU"])
        #expect(decide(euOfficer, .read, natoRecord) == .allow)
    }

    @Test func adminNeverBypassesLabels() {
        var admin = Self.clerk
        admin.roles = [.admin, .auditor]
        admin.clearance = .natoUnclassified
        #expect(decide(admin, .read, Self.record) == .deny(.clearance))
        #expect(decide(admin, .write(requiring: [.admin]), Self.record) == .deny(.clearance))
    }

    @Test func naiveRuleKnowsTheSameMemberNations() {
        #expect(Set(NaiveAccessRule.natoMembers) == ReleasabilityCodes.memberNations)
        #expect(NaiveAccessRule.natoMembers.count == 32)
    }

    // MARK: roles and grantees

    @Test func rolesAreNamedOfficeDotJob() throws {
        for name in ["admin", "auditor", "registry.clerk", "health.overbook", "intel.analyst"] {
            #expect(Role(rawValue: name)?.rawValue == name)
        }
        for name in [
            "Admin", "", ".clerk", "registry.", "registry.clerk.head", "registry clerk", "santé.clerc",
            "hr.case-officer",
        ] {
            #expect(Role(rawValue: name) == nil, "\(name)")
        }
        #expect(Role.registryClerk.office == "registry")
        #expect(Role.admin.office == "admin")
        let encoded = try JSONEncoder().encode([Role.healthClinician, .admin])
        #expect(String(decoding: encoded, as: UTF8.self) == #"["health.clinician","admin"]"#)
        #expect(try JSONDecoder().decode([Role].self, from: encoded) == [.healthClinician, .admin])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Role].self, from: Data(#"["Root"]"#.utf8)) }
    }

    @Test(arguments: [Grantee.unit("IPS"), .group("G-BUDGET"), .user("u-7")])
    func granteeStoredFormRoundTrips(grantee: Grantee) {
        #expect(Grantee(kind: grantee.kind, name: grantee.name) == grantee)
        #expect(Grantee(kind: "everyone", name: grantee.name) == nil)
    }
}
