import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The ADatP-4774 (STANAG 4774) confidentiality label XML syntax, for interchange with other systems.
public enum ConfidentialityLabelXML {
    /// The STANAG 4774 namespace.
    public static let namespace = "urn:nato:stanag:4774:confidentialitymetadatalabel:1:0"
    static let policyURI = namespace + ":policy:NATO"

    enum TagName {
        static let releasableTo = "Releasable to"
        static let specialCategory = "Special Category"
        static let marking = "Marking"
    }

    /// Writes a label as an ADatP-4774 `ConfidentialityLabel` document.
    public static func export(_ label: SecurityLabel) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <slab:ConfidentialityLabel xmlns:slab="\(namespace)">
              <slab:ConfidentialityInformation>
                <slab:PolicyIdentifier URI="\(policyURI)">NATO</slab:PolicyIdentifier>
                <slab:Classification>\(escape(label.classification.policyValue))</slab:Classification>

            """
        func category(_ tag: String, _ type: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            xml += "    <slab:Category TagName=\"\(tag)\" Type=\"\(type)\">\n"
            for value in values { xml += "      <slab:GenericValue>\(escape(value))</slab:GenericValue>\n" }
            xml += "    </slab:Category>\n"
        }
        category(TagName.releasableTo, "PERMISSIVE", label.releasability.codes)
        category(TagName.specialCategory, "RESTRICTIVE", label.categories.sorted())
        category(TagName.marking, "INFORMATIVE", label.informative)
        xml += "  </slab:ConfidentialityInformation>\n</slab:ConfidentialityLabel>\n"
        return xml
    }

    /// Reads an ADatP-4774 confidentiality label, checking it against the installation's categories.
    public static func parse(_ xml: String, catalog: CategoryCatalog) throws(LabelError) -> SecurityLabel {
        let reader = LabelXMLReader()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = reader
        let parsed = parser.parse()
        if let error = reader.error { throw error }
        // An empty or blank document parses without error on some platforms, yet has no root element.
        guard parsed, reader.sawRoot else {
            let line = parser.lineNumber
            throw .malformedXML(.notWellFormed(line: line))
        }
        return try reader.label(in: catalog)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

/// Collects the parts of a confidentiality label while `XMLParser` walks the document.
private final class LabelXMLReader: NSObject, XMLParserDelegate {
    var error: LabelError?
    private(set) var sawRoot = false
    private var policy: String?
    private var classification: String?
    private var categories: [(tag: String, type: String, values: [String])] = []
    private var text = ""

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        text = ""
        if !sawRoot {
            sawRoot = true
            guard name == "ConfidentialityLabel" || name == "originatorConfidentialityLabel" else {
                fail(.malformedXML(.wrongRoot(name)), parser)
                return
            }
            guard namespaceURI == ConfidentialityLabelXML.namespace else {
                fail(.malformedXML(.wrongNamespace), parser)
                return
            }
        }
        if name == "Category" {
            guard let tag = attributes["TagName"], let type = attributes["Type"] else {
                fail(.malformedXML(.categoryWithoutAttributes), parser)
                return
            }
            categories.append((tag, type, []))
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch name {
        case "PolicyIdentifier": policy = value
        case "Classification": classification = value
        case "GenericValue":
            guard !categories.isEmpty else {
                fail(.malformedXML(.valueOutsideCategory), parser)
                return
            }
            categories[categories.count - 1].values.append(value)
        default: break
        }
        text = ""
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if error == nil { error = .malformedXML(.notWellFormed(line: parser.lineNumber)) }
    }

    private func fail(_ error: LabelError, _ parser: XMLParser) {
        if self.error == nil { self.error = error }
        parser.abortParsing()
    }

    func label(in catalog: CategoryCatalog) throws(LabelError) -> SecurityLabel {
        guard let policy else { throw .malformedXML(.policyMissing) }
        guard policy == "NATO" else { throw .unsupportedPolicy(policy) }
        guard let classification else { throw .missingClassification }
        var releasable: [String]?
        var restrictive: [String] = []
        var informative: [String] = []
        for category in categories {
            switch (category.tag, category.type) {
            case (ConfidentialityLabelXML.TagName.releasableTo, "PERMISSIVE"): releasable = category.values
            case (_, "RESTRICTIVE"): restrictive += category.values
            case (_, "INFORMATIVE"): informative += category.values
            default:
                throw .malformedXML(.categoryNotUnderstood(tag: category.tag, type: category.type))
            }
        }
        let label = SecurityLabel(
            classification: try Classification(policyValue: classification),
            releasability: try Releasability(codes: releasable ?? []),
            categories: Set(restrictive),
            informative: informative
        )
        return try label.validated(in: catalog)
    }
}
