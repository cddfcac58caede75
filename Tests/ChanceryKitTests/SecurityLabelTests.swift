import ChanceryKit
import Foundation
import Testing

@testable import ChanceryKit

@Suite struct SecurityLabelTests {
    static let belFra = Releasability.listed(["FRA", "BEL"])

    // MARK: banner

    @Test func bannerOfAnAllNATOLabel() {
        #expect(SecurityLabel(classification: .natoSecret).banner == "NATO SECRET")
        #expect(SecurityLabel.unclassified.banner == "NATO UNCLASSIFIED")
    }

    @Test func bannerListsReleasabilitySorted() {
        let label = SecurityLabel(classification: .natoSecret, releasability: Self.belFra)
        #expect(label.banner == "NATO SECRET // RELEASABLE TO BEL, FRA")
    }

    @Test func bannerSortsLongLists() {
        // A set has no order of its own: only sorting gives the same banner on every page and print.
        let label = SecurityLabel(
            classification: .natoConfidential,
            releasability: .listed(["USA", "EU", "BEL", "GBR", "DEU", "FRA", "ITA"]),
            categories: ["STAFF", "INTEL", "MEDICAL", "LEGAL", "RECRUITMENT"]
        )
        #expect(
            label.banner
                == "NATO CONFIDENTIAL // INTEL, LEGAL, MEDICAL, RECRUITMENT, STAFF "
                + "// RELEASABLE TO BEL, DEU, EU, FRA, GBR, ITA, USA"
        )
    }

    @Test func bannerWithCategories() {
        let label = SecurityLabel(
            classification: .natoSecret, releasability: Self.belFra, categories: ["STAFF", "MEDICAL"])
        #expect(label.banner == "NATO SECRET // MEDICAL, STAFF // RELEASABLE TO BEL, FRA")
    }

    @Test func bannerWithCategoriesOnlyAndInformativeMarkings() {
        let label = SecurityLabel(
            classification: .cosmicTopSecret, categories: ["INTEL"], informative: ["EXERCISE", "DRAFT"]
        )
        #expect(label.banner == "COSMIC TOP SECRET // INTEL // EXERCISE // DRAFT")
    }

    @Test func bannerOfALabelReleasableToNobody() {
        let label = SecurityLabel(classification: .natoRestricted, releasability: .listed([]))
        #expect(label.banner == "NATO RESTRICTED // NOT RELEASABLE")
    }

    // MARK: dominant label

    @Test func dominantTakesHighestClassificationIntersectionAndUnion() throws {
        // setup
        let parts = [
            SecurityLabel(classification: .natoConfidential, releasability: .allNATO, categories: ["STAFF"]),
            SecurityLabel(
                classification: .natoSecret, releasability: .listed(["BEL", "FRA", "EU"]), categories: ["MEDICAL"]
            ),
            SecurityLabel(classification: .natoRestricted, releasability: .listed(["FRA", "BEL", "USA"])),
        ]
        // exercise
        let dominant = try SecurityLabel.dominant(of: parts)
        // validate
        #expect(dominant.classification == .natoSecret)
        #expect(dominant.releasability == .listed(["BEL", "FRA"]))
        #expect(dominant.categories == ["MEDICAL", "STAFF"])
        #expect(dominant.banner == "NATO SECRET // MEDICAL, STAFF // RELEASABLE TO BEL, FRA")
    }

    @Test func dominantOfAllNATOAndAListKeepsOnlyMemberNations() throws {
        let dominant = try SecurityLabel.dominant(of: [
            SecurityLabel(classification: .natoUnclassified),
            SecurityLabel(classification: .natoUnclassified, releasability: .listed(["BEL", "EU", "UN"])),
        ])
        #expect(dominant.releasability == .listed(["BEL"]))
    }

    @Test func dominantOfAllNATOLabelsStaysAllNATO() throws {
        let dominant = try SecurityLabel.dominant(of: [
            SecurityLabel(classification: .natoRestricted), SecurityLabel(classification: .natoConfidential),
        ])
        #expect(dominant == SecurityLabel(classification: .natoConfidential))
    }

    @Test func dominantMergesInformativeMarkingsOnce() throws {
        let dominant = try SecurityLabel.dominant(of: [
            SecurityLabel(classification: .natoRestricted, informative: ["EXERCISE"]),
            SecurityLabel(classification: .natoRestricted, informative: ["DRAFT", "EXERCISE"]),
        ])
        #expect(dominant.informative == ["EXERCISE", "DRAFT"])
    }

    @Test func dominantOfOneLabelIsThatLabel() throws {
        let label = SecurityLabel(classification: .natoSecret, releasability: Self.belFra, categories: ["LEGAL"])
        #expect(try SecurityLabel.dominant(of: [label]) == label)
    }

    @Test func dominantOfNothingIsRefused() {
        let error = #expect(throws: LabelError.self) { try SecurityLabel.dominant(of: [SecurityLabel]()) }
        #expect(error == .emptySet)
        #expect(error?.description == "A dominant label needs at least one label.")
    }

    @Test func dominantDominatesEveryPartAndIgnoresOrder() throws {
        var generator = SeededGenerator(seed: 2026)
        for _ in 0..<300 {
            // setup
            let parts = (0..<Int.random(in: 1...5, using: &generator)).map { _ in
                LabelGenerator.label(using: &generator)
            }
            // exercise
            let dominant = try SecurityLabel.dominant(of: parts)
            let reversed = try SecurityLabel.dominant(of: parts.reversed())
            // validate
            for part in parts { #expect(dominant.dominates(part), "\(dominant.banner) ⊁ \(part.banner)") }
            #expect(dominant.classification == parts.map(\.classification).max())
            #expect(dominant.categories == parts.reduce(into: Set<String>()) { $0.formUnion($1.categories) })
            #expect(dominant.releasability.mask == parts.reduce(~Int64(0)) { $0 & $1.releasability.mask })
            #expect(reversed.classification == dominant.classification)
            #expect(reversed.releasability == dominant.releasability)
            #expect(reversed.categories == dominant.categories)
        }
    }

    // MARK: dominates

    @Test func dominatesOnEveryAxis() {
        let base = SecurityLabel(classification: .natoConfidential, releasability: Self.belFra, categories: ["STAFF"])
        #expect(base.dominates(base))
        var higher = base
        higher.classification = .natoSecret
        #expect(higher.dominates(base))
        #expect(!base.dominates(higher))
        var narrower = base
        narrower.releasability = .listed(["BEL"])
        #expect(narrower.dominates(base))
        #expect(!base.dominates(narrower))
        var wider = base
        wider.releasability = .allNATO
        #expect(base.dominates(wider))
        #expect(!wider.dominates(base))
        var moreCategories = base
        moreCategories.categories = ["STAFF", "MEDICAL"]
        #expect(moreCategories.dominates(base))
        #expect(!base.dominates(moreCategories))
        var otherCategory = base
        otherCategory.categories = ["MEDICAL"]
        #expect(!otherCategory.dominates(base))
        #expect(!base.dominates(otherCategory))
        let informativeOnly = SecurityLabel(
            classification: .natoConfidential, releasability: Self.belFra, categories: ["STAFF"], informative: ["X"]
        )
        #expect(informativeOnly.dominates(base) && base.dominates(informativeOnly))
    }

    // MARK: validation and columns

    @Test func validatedRefusesUnknownCategoriesAndBadMarkings() throws {
        let catalog = CategoryCatalog.standard
        #expect(throws: LabelError.unknownCategory("NUCLEAR")) {
            try SecurityLabel(classification: .natoSecret, categories: ["NUCLEAR"]).validated(in: catalog)
        }
        let bads = [
            "", String(repeating: "x", count: 65), "line\nbreak", "tab\there", "bell\u{7}", " lead", "trail ",
            "nbsp\u{A0}",
        ]
        for bad in bads {
            #expect(throws: LabelError.invalidInformativeMarking(bad)) {
                try SecurityLabel(classification: .natoSecret, informative: [bad]).validated(in: catalog)
            }
        }
        #expect(throws: LabelError.emptyReleasability) {
            try SecurityLabel(classification: .natoSecret, releasability: .listed([])).validated(in: catalog)
        }
        let good = SecurityLabel(
            classification: .natoSecret, releasability: Self.belFra, categories: ["MEDICAL"],
            informative: [String(repeating: "é", count: 64), "A&B <x>"]
        )
        #expect(try good.validated(in: catalog) == good)
    }

    @Test func columnsAreTheIntegerEncoding() throws {
        let label = SecurityLabel(
            classification: .natoSecret, releasability: Self.belFra, categories: ["STAFF", "INTEL"])
        let columns = try label.columns(in: .standard)
        #expect(columns == LabelColumns(classification: 3, releasable: (1 << 1) | (1 << 9), categories: 0b10010))
        #expect(throws: LabelError.unknownCategory("NUCLEAR")) {
            try SecurityLabel(classification: .natoSecret, categories: ["NUCLEAR"]).columns(in: .standard)
        }
    }

    // MARK: JSON form

    @Test func jsonFormRoundTrip() throws {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            // setup
            let label = LabelGenerator.label(using: &generator)
            // exercise
            let data = try JSONEncoder().encode(SecurityLabelForm(label))
            let decoded = try JSONDecoder().decode(SecurityLabelForm.self, from: data)
            // validate
            #expect(try decoded.label(in: .standard) == label, "\(String(decoding: data, as: UTF8.self))")
        }
    }

    @Test func jsonFormOfTheAPI() throws {
        // setup
        let json = #"{"classification":"NATO SECRET","releasableTo":["NATO"],"categories":["STAFF"],"informative":[]}"#
        // exercise
        let form = try JSONDecoder().decode(SecurityLabelForm.self, from: Data(json.utf8))
        // validate
        #expect(try form.label(in: .standard) == SecurityLabel(classification: .natoSecret, categories: ["STAFF"]))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let written = String(decoding: try encoder.encode(form), as: UTF8.self)
        #expect(
            written
                == #"{"categories":["STAFF"],"classification":"NATO SECRET","informative":[],"releasableTo":["NATO"]}"#)
    }

    @Test func jsonFormDefaultsAndNormalisation() throws {
        let json = #"{"classification":"nc","releasableTo":["fra","bel"],"categories":[" medical "]}"#
        let label = try JSONDecoder().decode(SecurityLabelForm.self, from: Data(json.utf8)).label(in: .standard)
        #expect(
            label
                == SecurityLabel(classification: .natoConfidential, releasability: Self.belFra, categories: ["MEDICAL"])
        )
        let minimal = try JSONDecoder().decode(SecurityLabelForm.self, from: Data(#"{"classification":"NU"}"#.utf8))
        #expect(try minimal.label(in: .standard) == .unclassified)
    }

    @Test func jsonFormTrimsInformativeMarkings() throws {
        // Like categories and nation codes; the ADatP-4774 reader trims them too, so both paths agree.
        let form = SecurityLabelForm(
            classification: "NR", releasableTo: nil, categories: nil, informative: ["  EXERCISE \n"])
        let label = try form.label(in: .standard)
        #expect(label.informative == ["EXERCISE"])
        #expect(try ConfidentialityLabelXML.parse(ConfidentialityLabelXML.export(label), catalog: .standard) == label)
    }

    @Test func jsonFormWithoutClassification() throws {
        let form = try JSONDecoder().decode(SecurityLabelForm.self, from: Data(#"{"releasableTo":["NATO"]}"#.utf8))
        let error = #expect(throws: LabelError.self) { try form.label(in: .standard) }
        #expect(error == .missingClassification)
        #expect(error?.description == "The label has no classification.")
    }

    @Test func jsonFormWithUnknownCategory() throws {
        let form = SecurityLabelForm(
            classification: "NATO SECRET", releasableTo: ["NATO"], categories: ["Nuclear"], informative: nil
        )
        let error = #expect(throws: LabelError.self) { try form.label(in: .standard) }
        #expect(error == .unknownCategory("NUCLEAR"))
        #expect(error?.description == "\"NUCLEAR\" is not a special category known to this installation.")
    }

    @Test(arguments: ["", String(repeating: "M", count: 65), "two\nlines"])
    func jsonFormWithBadInformativeMarking(marking: String) {
        let form = SecurityLabelForm(
            classification: "NS", releasableTo: nil, categories: nil, informative: ["OK", marking])
        let error = #expect(throws: LabelError.self) { try form.label(in: .standard) }
        #expect(error == .invalidInformativeMarking(marking))
        #expect(error?.description == "The informative marking \"\(marking)\" must be 1 to 64 printable characters.")
    }

    @Test func jsonFormPassesOnPartErrors() {
        let badClassification = SecurityLabelForm(
            classification: "SECRET", releasableTo: nil, categories: nil, informative: nil)
        #expect(throws: LabelError.unknownClassification("SECRET")) { try badClassification.label(in: .standard) }
        let emptyList = SecurityLabelForm(classification: "NS", releasableTo: [], categories: nil, informative: nil)
        #expect(throws: LabelError.emptyReleasability) { try emptyList.label(in: .standard) }
        let mixed = SecurityLabelForm(
            classification: "NS", releasableTo: ["NATO", "BEL"], categories: nil, informative: nil)
        #expect(throws: LabelError.natoMixedWithList) { try mixed.label(in: .standard) }
    }
}

/// Random valid labels over the standard catalogue, for property tests.
enum LabelGenerator {
    static let markingCharacters = Array("ABCXYZ abc 0189 &<>\"'/;:=-_.,!?#%()[]{} éèçüßñ中文ελ€")

    static func label(using generator: inout some RandomNumberGenerator) -> SecurityLabel {
        SecurityLabel(
            classification: Classification.allCases.randomElement(using: &generator)!,
            releasability: releasability(using: &generator),
            categories: Set(
                CategoryCatalog.standard.names.filter { _ in Int.random(in: 0..<3, using: &generator) == 0 }),
            informative: (0..<Int.random(in: 0...3, using: &generator)).map { _ in marking(using: &generator) }
        )
    }

    static func releasability(using generator: inout some RandomNumberGenerator) -> Releasability {
        if Int.random(in: 0..<4, using: &generator) == 0 { return .allNATO }
        let codes = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
            ReleasabilityCodes.allCodes.randomElement(using: &generator)!
        }
        return .listed(Set(codes))
    }

    /// A valid informative marking: 1 to 64 printable characters, not starting or ending with a space.
    static func marking(using generator: inout some RandomNumberGenerator) -> String {
        let length = Int.random(in: 1...64, using: &generator)
        var text = String((0..<length).map { _ in markingCharacters.randomElement(using: &generator)! })
        if text.first == " " {
            text.removeFirst()
            text = "X" + text
        }
        if text.last == " " {
            text.removeLast()
            text += "X"
        }
        return text
    }
}

@Suite("Informative markings limit")
struct InformativeMarkingsLimitTests {
    @Test("at most eight informative markings")
    func limit() throws {
        let eight = SecurityLabel(classification: .natoRestricted, informative: (1...8).map { "M\($0)" })
        #expect(try eight.validated(in: .standard) == eight)
        var nine = eight
        nine.informative.append("M9")
        #expect(throws: LabelError.tooManyInformativeMarkings) { try nine.validated(in: .standard) }
    }
}
