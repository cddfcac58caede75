import ChanceryKit
import Testing

@testable import ChanceryKit

@Suite struct ReleasabilityTests {
    /// The 32 member nations, written out here rather than taken from the code under test.
    static let members: Set<String> = [
        "ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "ISL", "ITA", "LVA",
        "LTU", "LUX", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "TUR", "GBR", "USA",
    ]

    @Test(arguments: [["NATO"], ["nato"], [" Nato "], ["NATO", "NATO"]])
    func natoMeansEveryMemberNation(codes: [String]) throws {
        let releasability = try Releasability(codes: codes)
        #expect(releasability == .allNATO)
        #expect(releasability.codes == ["NATO"])
    }

    @Test func listsAreNormalisedAndDeduplicated() throws {
        // exercise
        let releasability = try Releasability(codes: ["fra", " BEL ", "FRA", "eu"])
        // validate
        #expect(releasability == .listed(["BEL", "FRA", "EU"]))
        #expect(releasability.codes == ["BEL", "EU", "FRA"])
    }

    @Test func everyMemberNationListedIsAllNATO() throws {
        // setup
        var generator = SeededGenerator(seed: 4774)
        let shuffled = Self.members.sorted().shuffled(using: &generator).map { $0.lowercased() }
        // exercise
        let releasability = try Releasability(codes: shuffled)
        // validate
        #expect(releasability == .allNATO)
    }

    @Test func everyMemberButOneStaysAList() throws {
        let releasability = try Releasability(codes: Self.members.filter { $0 != "USA" }.sorted())
        #expect(releasability == .listed(Self.members.subtracting(["USA"])))
        #expect(!releasability.includes("USA"))
    }

    @Test func everyMemberAndAnOrganisationStaysAList() throws {
        let releasability = try Releasability(codes: Self.members.sorted() + ["EU"])
        #expect(releasability == .listed(Self.members.union(["EU"])))
    }

    @Test(arguments: [["NATO", "BEL"], ["BEL", "nato"], ["EU", "NATO", "FRA"]])
    func refusesNATOMixedWithAList(codes: [String]) {
        let error = #expect(throws: LabelError.self) { try Releasability(codes: codes) }
        #expect(error == .natoMixedWithList)
        #expect(error?.description == "\"NATO\" already means every member nation: do not list nations beside it.")
    }

    @Test(arguments: [
        (["BEL", "XYZ"], "XYZ"), (["be"], "BE"), (["BEL", ""], ""), (["RUS"], "RUS"), (["OTAN"], "OTAN"),
    ])
    func refusesUnknownCodes(codes: [String], reported: String) {
        let error = #expect(throws: LabelError.self) { try Releasability(codes: codes) }
        #expect(error == .unknownReleasabilityCode(reported))
        #expect(
            error?.description
                == "\"\(reported)\" is neither a NATO member nation (ISO 3166 alpha-3, e.g. BEL) "
                + "nor a known organisation."
        )
    }

    @Test func refusesAnEmptyList() {
        let error = #expect(throws: LabelError.self) { try Releasability(codes: []) }
        #expect(error == .emptyReleasability)
        #expect(
            error?.description == "The label must say to whom it is releasable: [\"NATO\"] or a list of member nations."
        )
    }

    @Test func memberNationsAreTheThirtyTwo() {
        #expect(ReleasabilityCodes.memberNationsInBitOrder.count == 32)
        #expect(ReleasabilityCodes.memberNations == Self.members)
        #expect(ReleasabilityCodes.organisationsInBitOrder == ["EU", "UN", "KFOR", "EAPC"])
        #expect(Set(ReleasabilityCodes.allCodes).count == ReleasabilityCodes.allCodes.count)
    }

    @Test func bitsArePermanent() {
        // Bits are stored in objects.releasable: these positions must never change.
        #expect(ReleasabilityCodes.bit(of: "ALB") == 1 << 0)
        #expect(ReleasabilityCodes.bit(of: "BEL") == 1 << 1)
        #expect(ReleasabilityCodes.bit(of: "FRA") == 1 << 9)
        #expect(ReleasabilityCodes.bit(of: "USA") == 1 << 31)
        // organisations sit apart from the nations, so a new member nation never moves them
        #expect(ReleasabilityCodes.bit(of: "EU") == 1 << 48)
        #expect(ReleasabilityCodes.bit(of: "EAPC") == 1 << 51)
        #expect(ReleasabilityCodes.bit(of: "XYZ") == nil)
        #expect(ReleasabilityCodes.bit(of: "NATO") == nil)
        let bits = ReleasabilityCodes.allCodes.compactMap(ReleasabilityCodes.bit(of:))
        #expect(bits.count == 36)
        #expect(bits.allSatisfy { $0 > 0 && $0 & ($0 - 1) == 0 })  // one bit each
        #expect(bits.reduce(0, |).nonzeroBitCount == 36)  // all different
    }

    @Test func masks() throws {
        #expect(Releasability.allNATO.mask == ReleasabilityCodes.natoMask)
        #expect(ReleasabilityCodes.natoMask == (Int64(1) << 32) - 1)
        #expect(Releasability.allNATO.mask & ReleasabilityCodes.bit(of: "EU")! == 0)
        #expect(try Releasability(codes: ["BEL", "FRA"]).mask == (1 << 1) | (1 << 9))
        #expect(try Releasability(codes: ["EU"]).mask == 1 << 48)
    }

    @Test func includes() throws {
        #expect(Releasability.allNATO.includes("BEL"))
        #expect(Releasability.allNATO.includes("USA"))
        #expect(!Releasability.allNATO.includes("EU"))
        #expect(!Releasability.allNATO.includes("NATO"))
        let listed = try Releasability(codes: ["BEL", "EU"])
        #expect(listed.includes("BEL"))
        #expect(listed.includes("EU"))
        #expect(!listed.includes("FRA"))
    }

    @Test func intersection() throws {
        let belEU = try Releasability(codes: ["BEL", "EU"])
        let belFra = try Releasability(codes: ["BEL", "FRA"])
        #expect(Releasability.allNATO.intersection(.allNATO) == .allNATO)
        #expect(Releasability.allNATO.intersection(belEU) == .listed(["BEL"]))
        #expect(belEU.intersection(.allNATO) == .listed(["BEL"]))
        #expect(belEU.intersection(belFra) == .listed(["BEL"]))
        #expect(belFra.intersection(try Releasability(codes: ["USA"])) == .listed([]))
    }

    @Test func intersectionAgreesWithTheMasks() throws {
        // setup
        var generator = SeededGenerator(seed: 32)
        for _ in 0..<500 {
            let left = Self.randomReleasability(using: &generator)
            let right = Self.randomReleasability(using: &generator)
            // exercise
            let both = left.intersection(right)
            // validate
            #expect(both.mask == left.mask & right.mask, "\(left) ∩ \(right) = \(both)")
            #expect(both == right.intersection(left))
        }
    }

    static func randomReleasability(using generator: inout some RandomNumberGenerator) -> Releasability {
        if Bool.random(using: &generator) { return .allNATO }
        let count = Int.random(in: 1...8, using: &generator)
        let codes = (0..<count).map { _ in ReleasabilityCodes.allCodes.randomElement(using: &generator)! }
        return .listed(Set(codes))
    }
}
