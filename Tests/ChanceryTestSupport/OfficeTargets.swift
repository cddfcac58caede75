import ChancerySpine

/// The Swift target that holds an office, named after its type: `HealthOffice` → `Health`, `HROffice` → `HR`.
package func targetName(of office: any Office) -> String {
    let type = String(describing: Swift.type(of: office))
    return type.hasSuffix("Office") ? String(type.dropLast("Office".count)) : type
}
