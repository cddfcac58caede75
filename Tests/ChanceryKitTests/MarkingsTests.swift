import Testing

@testable import ChanceryKit

/// Issue 17, item 11: markings in the reader's language, as docs/security-model.md states the policy.
@Suite struct MarkingsTests {
    @Test(
        "each classification has its French marking, and reads back from it",
        arguments: [
            (Classification.natoUnclassified, "NATO SANS CLASSIFICATION"),
            (.natoRestricted, "NATO DIFFUSION RESTREINTE"),
            (.natoConfidential, "NATO CONFIDENTIEL"), (.natoSecret, "NATO SECRET"),
            (.cosmicTopSecret, "COSMIC TRÈS SECRET"),
        ])
    func frenchMarkings(classification: Classification, french: String) throws {
        #expect(classification.marking(in: .french) == french)
        #expect(classification.marking(in: .english) == classification.marking)
        #expect(try Classification(parsing: french) == classification)
        #expect(try Classification(parsing: french.lowercased()) == classification)
    }

    @Test("the French banner translates the classification, the standard categories and releasability only")
    func frenchBanner() {
        let label = SecurityLabel(
            classification: .natoConfidential, releasability: .listed(["FRA", "BEL"]),
            categories: ["MEDICAL", "LOCAL-CAT"], informative: ["EXERCISE"])
        #expect(
            label.banner(in: .french)
                == "NATO CONFIDENTIEL // LOCAL-CAT, MÉDICAL // COMMUNICABLE À BEL, FRA // EXERCISE")
        #expect(label.banner(in: .english) == label.banner)
        #expect(label.banner == "NATO CONFIDENTIAL // LOCAL-CAT, MEDICAL // RELEASABLE TO BEL, FRA // EXERCISE")
        let closed = SecurityLabel(classification: .cosmicTopSecret, releasability: .listed([]))
        #expect(closed.banner(in: .french) == "COSMIC TRÈS SECRET // NON COMMUNICABLE")
        #expect(SecurityLabel.unclassified.banner(in: .french) == "NATO SANS CLASSIFICATION")
    }
}
