import Foundation
import Testing

@testable import ChanceryKit

@Suite struct ClassificationTests {
    static let markings: [(String, Classification)] = [
        ("NATO UNCLASSIFIED", .natoUnclassified), ("NATO RESTRICTED", .natoRestricted),
        ("NATO CONFIDENTIAL", .natoConfidential), ("NATO SECRET", .natoSecret),
        ("COSMIC TOP SECRET", .cosmicTopSecret),
    ]
    static let abbreviations: [(String, Classification)] = [
        ("NU", .natoUnclassified), ("NR", .natoRestricted), ("NC", .natoConfidential), ("NS", .natoSecret),
        ("CTS", .cosmicTopSecret),
    ]

    @Test(arguments: markings + abbreviations)
    func parsesMarkingsAndAbbreviations(text: String, expected: Classification) throws {
        #expect(try Classification(parsing: text) == expected)
        #expect(try Classification(parsing: text.lowercased()) == expected)
        #expect(try Classification(parsing: "  \(text.capitalized) ") == expected)
    }

    @Test(arguments: Classification.allCases)
    func markingAndAbbreviationReadBack(classification: Classification) throws {
        #expect(try Classification(parsing: classification.marking) == classification)
        #expect(try Classification(parsing: classification.abbreviation) == classification)
        #expect(try Classification(policyValue: classification.policyValue) == classification)
        #expect(classification.description == classification.marking)
    }

    @Test(arguments: ["SECRET", "TOP SECRET", "NATO TOP SECRET", "NATO  SECRET", "N S", "CTS2", "", "RESTREINT"])
    func refusesUnknownMarkings(text: String) {
        // exercise
        let error = #expect(throws: LabelError.self) { try Classification(parsing: text) }
        // validate
        #expect(error == .unknownClassification(text))
        #expect(
            error?.description
                == "\"\(text)\" is not a classification: use NATO UNCLASSIFIED, NATO RESTRICTED, NATO CONFIDENTIAL, "
                + "NATO SECRET or COSMIC TOP SECRET (or NU, NR, NC, NS, CTS)."
        )
    }

    @Test func rawValuesAreTheStoredIntegers() {
        // The raw value is stored in objects.classification: renumbering a case would relabel the data.
        #expect(Classification.allCases.map(\.rawValue) == [0, 1, 2, 3, 4])
        #expect(Classification.allCases.map(\.abbreviation) == ["NU", "NR", "NC", "NS", "CTS"])
    }

    @Test func orderFollowsProtection() {
        let all = Classification.allCases
        for (lower, higher) in zip(all, all.dropFirst()) {
            #expect(lower < higher)
            #expect(!(higher < lower))
            #expect(higher.rawValue > lower.rawValue)
        }
        #expect(all.max() == .cosmicTopSecret)
        #expect(all.min() == .natoUnclassified)
    }

    @Test func policyValuesOfTheNATOPolicy() throws {
        #expect(
            Classification.allCases.map(\.policyValue)
                == ["UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET", "COSMIC TOP SECRET"]
        )
        #expect(try Classification(policyValue: " secret\n") == .natoSecret)
        #expect(throws: LabelError.unknownClassification("NATO SECRET")) {
            try Classification(policyValue: "NATO SECRET")
        }
    }
}
