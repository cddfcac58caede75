import ChanceryKit
import Foundation
import Testing

@testable import ChanceryKit

@Suite struct ConfidentialityLabelXMLTests {
    static let namespace = "urn:nato:stanag:4774:confidentialitymetadatalabel:1:0"
    static let releasableToBEL = category("Releasable to", "PERMISSIVE", ["BEL"])

    /// A `Category` element with its values, as another system would write it.
    static func category(_ tag: String, _ type: String, _ values: [String]) -> String {
        let generic = values.map { "<slab:GenericValue>\($0)</slab:GenericValue>" }.joined()
        return "<slab:Category TagName=\"\(tag)\" Type=\"\(type)\">\(generic)</slab:Category>"
    }

    /// A document in the shape other systems send, with parts that a test may replace or leave out.
    static func document(
        root: String = "slab:ConfidentialityLabel", namespace: String = namespace, policy: String? = "NATO",
        classification: String? = "SECRET", categories: String = releasableToBEL
    ) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<\(root) xmlns:slab=\"\(namespace)\">\n"
        xml += "  <slab:ConfidentialityInformation>\n"
        if let policy {
            xml +=
                "    <slab:PolicyIdentifier URI=\"\(Self.namespace):policy:NATO\">\(policy)</slab:PolicyIdentifier>\n"
        }
        if let classification { xml += "    <slab:Classification>\(classification)</slab:Classification>\n" }
        xml += "    \(categories)\n  </slab:ConfidentialityInformation>\n</\(root)>\n"
        return xml
    }

    static func parse(_ xml: String) throws(LabelError) -> SecurityLabel {
        try ConfidentialityLabelXML.parse(xml, catalog: .standard)
    }

    // MARK: round trip

    @Test func roundTripOfRandomLabels() throws {
        var generator = SeededGenerator(seed: 4774)
        for _ in 0..<1_000 {
            // setup
            let label = LabelGenerator.label(using: &generator)
            // exercise
            let xml = ConfidentialityLabelXML.export(label)
            // validate
            #expect(try Self.parse(xml) == label, "\(xml)")
        }
    }

    @Test(arguments: [
        SecurityLabel.unclassified,
        SecurityLabel(classification: .cosmicTopSecret, releasability: .listed(["EU", "UN", "KFOR", "EAPC"])),
        SecurityLabel(
            classification: .natoSecret, releasability: .listed(["BEL", "FRA"]),
            categories: Set(CategoryCatalog.defaultNames), informative: ["A&B <x>"]
        ),
        SecurityLabel(
            classification: .natoRestricted,
            informative: ["\"quoted\" & 'apos'", "]]>", "<![CDATA[x]]>", "&amp; stays literal", "&#x41;", "&lt;"]
        ),
        SecurityLabel(classification: .natoConfidential, informative: ["Sécurité — ΕΛ 中文 🇧🇪", "double  space"]),
        SecurityLabel(classification: .natoConfidential, informative: ["SAME", "SAME", "ORDER", "KEPT"]),
        SecurityLabel(classification: .natoConfidential, informative: [String(repeating: "&", count: 64)]),
    ])
    func roundTripOfEdgeCases(label: SecurityLabel) throws {
        let xml = ConfidentialityLabelXML.export(label)
        #expect(try Self.parse(xml) == label, "\(xml)")
    }

    @Test func everyValidMarkingSurvivesTheReader() throws {
        // The reader trims values, so a marking with spaces at either end must not pass validation.
        let padded = SecurityLabel(classification: .natoRestricted, informative: [" EXERCISE "])
        #expect(throws: LabelError.invalidInformativeMarking(" EXERCISE ")) { try padded.validated(in: .standard) }
        #expect(try Self.parse(ConfidentialityLabelXML.export(padded)).informative == ["EXERCISE"])
    }

    @Test func exportEscapesMarkupAndUsesTheNamespace() {
        // exercise
        let xml = ConfidentialityLabelXML.export(
            SecurityLabel(
                classification: .natoSecret, releasability: .listed(["FRA", "BEL"]), informative: ["A&B <x>"])
        )
        // validate
        #expect(xml.contains("xmlns:slab=\"\(Self.namespace)\""))
        #expect(xml.contains("<slab:Classification>SECRET</slab:Classification>"))
        #expect(xml.contains("<slab:GenericValue>A&amp;B &lt;x&gt;</slab:GenericValue>"))
        #expect(!xml.contains("A&B"))
        #expect(
            xml.range(of: "<slab:GenericValue>BEL</slab:GenericValue>")!.lowerBound
                < xml.range(of: "<slab:GenericValue>FRA</slab:GenericValue>")!.lowerBound)
    }

    @Test func exportWritesNoEmptyCategories() {
        let xml = ConfidentialityLabelXML.export(SecurityLabel(classification: .natoRestricted))
        #expect(xml.contains("<slab:GenericValue>NATO</slab:GenericValue>"))
        #expect(!xml.contains("RESTRICTIVE"))
        #expect(!xml.contains("INFORMATIVE"))
    }

    // MARK: documents from other systems

    @Test func parsesADocumentWithADefaultNamespaceAndIndentation() throws {
        // setup
        let xml = """
            <originatorConfidentialityLabel xmlns="\(Self.namespace)">
              <ConfidentialityInformation>
                <PolicyIdentifier>
                  NATO
                </PolicyIdentifier>
                <Classification> confidential </Classification>
                <Category TagName="Releasable to" Type="PERMISSIVE">
                  <GenericValue>
                    FRA
                  </GenericValue>
                  <GenericValue>BEL</GenericValue>
                </Category>
                <Category TagName="Special Category" Type="RESTRICTIVE"><GenericValue>LEGAL</GenericValue></Category>
                <Category TagName="Sensitivity" Type="RESTRICTIVE"><GenericValue>STAFF</GenericValue></Category>
                <Category TagName="Marking" Type="INFORMATIVE"><GenericValue>EXERCISE</GenericValue></Category>
              </ConfidentialityInformation>
            </originatorConfidentialityLabel>
            """
        // exercise
        let label = try Self.parse(xml)
        // validate
        #expect(
            label
                == SecurityLabel(
                    classification: .natoConfidential, releasability: .listed(["BEL", "FRA"]),
                    categories: ["LEGAL", "STAFF"], informative: ["EXERCISE"]
                )
        )
    }

    @Test func parsesNATOReleasabilityAndEveryMemberListed() throws {
        let nato = Self.document(categories: Self.category("Releasable to", "PERMISSIVE", ["NATO"]))
        #expect(try Self.parse(nato).releasability == .allNATO)
        let every = Self.document(
            categories: Self.category("Releasable to", "PERMISSIVE", ReleasabilityCodes.memberNationsInBitOrder)
        )
        #expect(try Self.parse(every).releasability == .allNATO)
    }

    // MARK: malformed documents

    struct Malformed: Sendable, CustomTestStringConvertible {
        let name: String
        let xml: String
        let error: LabelError
        /// What the message must mention for a user to find the problem.
        let mentions: String
        var testDescription: String { name }
    }

    static let malformed: [Malformed] = [
        Malformed(
            name: "not well-formed", xml: document().replacingOccurrences(of: "</slab:Classification>", with: ""),
            error: .malformedXML(.notWellFormed(line: 0)), mentions: "not well-formed XML"
        ),
        Malformed(
            name: "truncated", xml: "<slab:ConfidentialityLabel xmlns:slab=\"\(namespace)\">",
            error: .malformedXML(.notWellFormed(line: 0)), mentions: "not well-formed XML"
        ),
        Malformed(
            name: "empty", xml: "",
            error: .malformedXML(.notWellFormed(line: 0)), mentions: "not well-formed XML"
        ),
        Malformed(
            name: "blank", xml: "  \n",
            error: .malformedXML(.notWellFormed(line: 0)), mentions: "not well-formed XML"
        ),
        Malformed(
            name: "wrong root", xml: document(root: "slab:SecurityLabel"),
            error: .malformedXML(.wrongRoot("SecurityLabel")),
            mentions: "root element must be ConfidentialityLabel"
        ),
        Malformed(
            name: "wrong namespace", xml: document(namespace: "urn:example:labels"),
            error: .malformedXML(.wrongNamespace),
            mentions: "STANAG 4774 namespace"
        ),
        Malformed(
            name: "no namespace",
            xml: document().replacingOccurrences(of: "slab:", with: "").replacingOccurrences(
                of: " xmlns:slab=\"\(namespace)\"", with: ""),
            error: .malformedXML(.wrongNamespace),
            mentions: "STANAG 4774 namespace"
        ),
        Malformed(
            name: "missing policy", xml: document(policy: nil),
            error: .malformedXML(.policyMissing), mentions: "PolicyIdentifier"
        ),
        Malformed(
            name: "unknown policy", xml: document(policy: "EU"), error: .unsupportedPolicy("EU"),
            mentions: "The policy \"EU\" is not supported"
        ),
        Malformed(
            name: "missing classification", xml: document(classification: nil), error: .missingClassification,
            mentions: "no classification"
        ),
        Malformed(
            name: "unknown classification", xml: document(classification: "TOP SECRET"),
            error: .unknownClassification("TOP SECRET"), mentions: "\"TOP SECRET\" is not a classification"
        ),
        Malformed(
            name: "unknown category",
            xml: document(categories: releasableToBEL + category("Special Category", "RESTRICTIVE", ["NUCLEAR"])),
            error: .unknownCategory("NUCLEAR"), mentions: "\"NUCLEAR\" is not a special category"
        ),
        Malformed(
            name: "unknown nation code",
            xml: document(categories: category("Releasable to", "PERMISSIVE", ["BEL", "XYZ"])),
            error: .unknownReleasabilityCode("XYZ"), mentions: "\"XYZ\" is neither a NATO member nation"
        ),
        Malformed(
            name: "NATO mixed with nations",
            xml: document(categories: category("Releasable to", "PERMISSIVE", ["NATO", "BEL"])),
            error: .natoMixedWithList, mentions: "every member nation"
        ),
        Malformed(
            name: "no releasability", xml: document(categories: ""), error: .emptyReleasability,
            mentions: "to whom it is releasable"
        ),
        Malformed(
            name: "Category without attributes",
            xml: document(categories: "<slab:Category><slab:GenericValue>BEL</slab:GenericValue></slab:Category>"),
            error: .malformedXML(.categoryWithoutAttributes), mentions: "TagName and Type"
        ),
        Malformed(
            name: "Category without Type",
            xml: document(
                categories:
                    #"<slab:Category TagName="Releasable to">"#
                    + #"<slab:GenericValue>BEL</slab:GenericValue></slab:Category>"#
            ),
            error: .malformedXML(.categoryWithoutAttributes), mentions: "TagName and Type"
        ),
        Malformed(
            name: "category of an unknown type",
            xml: document(categories: releasableToBEL + category("Colour", "DECORATIVE", ["RED"])),
            error: .malformedXML(.categoryNotUnderstood(tag: "Colour", type: "DECORATIVE")), mentions: "\"Colour\""
        ),
        Malformed(
            name: "GenericValue outside a Category",
            xml: document(categories: "<slab:GenericValue>BEL</slab:GenericValue>"),
            error: .malformedXML(.valueOutsideCategory), mentions: "GenericValue"
        ),
        Malformed(
            name: "bad informative marking",
            xml: document(
                categories: releasableToBEL + category("Marking", "INFORMATIVE", [String(repeating: "x", count: 65)])
            ),
            error: .invalidInformativeMarking(String(repeating: "x", count: 65)),
            mentions: "1 to 64 printable characters"
        ),
    ]

    @Test(arguments: malformed)
    func refusesMalformedDocuments(_ example: Malformed) {
        // exercise
        let error = #expect(throws: LabelError.self) { try Self.parse(example.xml) }
        // validate
        if case .malformedXML(.notWellFormed) = error, example.error == .malformedXML(.notWellFormed(line: 0)) {
            // the line is whatever the parser reports
        } else {
            #expect(error == example.error)
        }
        let description = error?.description ?? ""
        #expect(description.contains(example.mentions), "\(description)")
        let start = description.drop { $0 == "\"" }.first
        #expect(start?.isUppercase == true && description.hasSuffix("."), "not a sentence: \(description)")
    }

    @Test func malformedXMLMessageIsASentence() {
        #expect(
            LabelError.malformedXML(.policyMissing).description
                == "The confidentiality label XML is malformed: the PolicyIdentifier element is missing."
        )
        #expect(
            LabelError.unsupportedPolicy("EU").description
                == "The policy \"EU\" is not supported: only the NATO policy is.")
    }
}
