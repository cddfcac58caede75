import ChanceryKit
import ChancerySpine
import Foundation

/// A FHIR R4 resource as JSON. FHIR resources are open by nature (extensions, optional elements), so they are
/// built as JSON objects and serialised with sorted keys rather than as closed Codable types.
package typealias FHIRResource = [String: Any]

/// The FHIR R4 vocabulary Chancery's exports share: code systems, references, labels and serialisation.
package enum FHIR {
    /// The system of the security label codings every exported resource carries in `meta.security`.
    package static let labelSystem = "urn:chancery:label"
    package static let staffNumberSystem = "urn:chancery:staff-number"
    package static let usernameSystem = "urn:chancery:username"
    package static let entryTypeSystem = "urn:chancery:health-entry-type"
    /// The organisation every exported record is managed by.
    package static let organization = "Health Office"

    /// `meta` of a resource: its version, last update and the label of the object it comes from, so the label
    /// travels with the data.
    package static func meta(_ label: SecurityLabel, version: Int64? = nil, lastUpdated: Int64? = nil) -> [String: Any]
    {
        var meta: [String: Any] = ["security": security(label)]
        if let version { meta["versionId"] = String(version) }
        if let lastUpdated { meta["lastUpdated"] = Clock.iso8601(lastUpdated) }
        return meta
    }

    /// The label as codings: the classification (its abbreviation, with the marking as display), then each
    /// special category, each nation or group the object is releasable to, and each informative marking.
    package static func security(_ label: SecurityLabel) -> [[String: Any]] {
        var codings: [[String: Any]] = [
            ["system": labelSystem, "code": label.classification.abbreviation, "display": label.classification.marking]
        ]
        codings += label.categories.sorted().map { ["system": labelSystem, "code": $0, "display": "category \($0)"] }
        codings += label.releasability.codes.map {
            ["system": labelSystem, "code": "REL-\($0)", "display": "releasable to \($0)"]
        }
        codings += label.informative.map { ["system": labelSystem, "code": "INFO", "display": $0] }
        return codings
    }

    /// A reference to another resource, e.g. `Patient/01H…`, with an optional display.
    package static func reference(_ type: String, _ id: String, display: String? = nil) -> [String: Any] {
        var reference: [String: Any] = ["reference": "\(type)/\(id)"]
        if let display, !display.isEmpty { reference["display"] = display }
        return reference
    }

    package static func coding(_ system: String, _ code: String, _ display: String? = nil) -> [String: Any] {
        var coding: [String: Any] = ["system": system, "code": code]
        if let display, !display.isEmpty { coding["display"] = display }
        return coding
    }

    package static func concept(_ codings: [[String: Any]], text: String? = nil) -> [String: Any] {
        var concept: [String: Any] = ["coding": codings]
        if let text, !text.isEmpty { concept["text"] = text }
        return concept
    }

    /// The canonical URI of a code system the clerk names by its usual short name (LOINC, ICD-10, SNOMED CT…);
    /// a URI is kept as it is, anything else becomes a Chancery URN (a FHIR `uri` has no spaces).
    package static func codeSystem(_ name: String) -> String {
        let folded = name.lowercased().filter { $0.isLetter || $0.isNumber }
        switch folded {
        case "loinc": return "http://loinc.org"
        case "snomed", "snomedct", "sct": return "http://snomed.info/sct"
        case "icd10": return "http://hl7.org/fhir/sid/icd-10"
        case "icd10cm": return "http://hl7.org/fhir/sid/icd-10-cm"
        case "ucum": return "http://unitsofmeasure.org"
        case "atc": return "http://www.whocc.no/atc"
        default:
            if name.contains(":"), !name.contains(where: \.isWhitespace) { return name }
            return "urn:chancery:code-system:" + (folded.isEmpty ? "local" : folded)
        }
    }

    /// A FHIR `instant` from milliseconds since 1970.
    package static func instant(_ milliseconds: Int64) -> String { Clock.iso8601(milliseconds) }

    /// The resource as JSON text, keys sorted (stable for tests and signatures), slashes unescaped.
    package static func serialize(_ resource: FHIRResource) -> String {
        guard JSONSerialization.isValidJSONObject(resource),
            let data = try? JSONSerialization.data(
                withJSONObject: resource, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return #"{"resourceType":"OperationOutcome","issue":[{"severity":"fatal","code":"exception"}]}"# }
        return String(decoding: data, as: UTF8.self)
    }

    /// The logical id of a resource (`id`), or nil.
    package static func id(of resource: FHIRResource) -> String? { resource["id"] as? String }

    /// `Type/id` of a resource, as the export's audit event names it.
    package static func key(of resource: FHIRResource) -> String {
        "\(resource["resourceType"] as? String ?? "Resource")/\(resource["id"] as? String ?? "")"
    }
}
