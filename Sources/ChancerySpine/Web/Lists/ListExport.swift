import ChanceryKit
import SQLKit

/// The audit event of a list's CSV export: who took which list, filtered and sorted how, how many rows, and the
/// objects it carried. Written in the same transaction as the read of the rows.
package enum ListExport {
    package static let action = "list.export"

    package static func event(_ list: ListQuery, count: Int, objects: [String] = [], by principal: Principal)
        -> AuditEntry
    {
        var details = [
            "list": list.spec.name, "count": String(count), "sort": list.sort.id,
            "order": list.descending ? "desc" : "asc",
        ]
        if !list.filters.isEmpty {
            details["filters"] = list.filters.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
        }
        return AuditEntry(actor: principal.id, action: action, relatedObjectIDs: objects, details: details)
    }
}
