import ChanceryKit
import ChancerySpine
import SQLKit

extension KeyMaterialStore {
    /// A page of the key material register as the list page asks: sorted, paged or exported in SQL, inside the
    /// trimmed query, audited like any list page (only the items due by today with `dueOnly`).
    package func list(dueOnly: Bool, list: ListQuery, by principal: Principal) async throws
        -> (items: [KeyMaterial], hasMore: Bool)
    {
        try await objects.listPage(
            join: KeyMaterial.join, columns: KeyMaterial.columns, filter: Self.filter(dueOnly: dueOnly), query: list,
            by: principal, decode: KeyMaterial.init(row:))
    }
}
