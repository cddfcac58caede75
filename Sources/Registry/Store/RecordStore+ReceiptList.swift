import ChanceryKit
import ChancerySpine
import SQLKit

extension Receipt: LabelledItem {
    /// The record the copy is of: what the label trimming, the page's marking and the audit are about.
    public var object: LabelledObject { record.object }
}

extension RecordStore {
    /// What the principal's receipts list reads: the copies addressed to them whose receipt is still awaited, of
    /// records they may read, optionally of one reference series.
    package static func ownOutstandingReceipts(series: String?, by principal: Principal) -> SQLQueryString {
        var filter: SQLQueryString = " AND c.receipt_required = 1 AND c.acknowledged_at IS NULL"
        filter += " AND \(addressedTo(principal))"
        if let series { filter += " AND r.series = \(bind: series)" }
        return filter
    }

    /// A row's copy, how many copies its record has ("copy 3 of 12"), and its record.
    package static let receiptColumns: SQLQueryString = """
        , c.id AS copy_id, c.copy_number, c.recipient_kind, c.recipient, c.role, c.receipt_required,
          c.acknowledged_by, c.acknowledged_at,
          (SELECT COUNT(*) FROM distribution_copies n WHERE n.object_id = c.object_id) AS total\(RegistryRecord.columns)
        """

    package static let receiptJoin: SQLQueryString =
        "JOIN distribution_copies c ON c.object_id = o.id \(RegistryRecord.join)"

    /// A page of the principal's outstanding receipts as the list page asks: sorted, paged or exported in SQL,
    /// inside the trimmed query (a copy of a record they may not read is never sorted, counted or exported), audited
    /// like any list page.
    package func ownOutstandingReceipts(series: String?, list: ListQuery, by principal: Principal) async throws
        -> (items: [Receipt], hasMore: Bool)
    {
        try await objects.listPage(
            join: Self.receiptJoin, columns: Self.receiptColumns,
            filter: Self.ownOutstandingReceipts(series: series, by: principal), query: list, by: principal
        ) { row in
            Receipt(
                copy: try Self.copy(row, idColumn: "copy_id"), record: try RegistryRecord(row: row),
                copiesOfRecord: Int(try row.decode(column: "total", as: Int64.self)))
        }
    }

    /// How many rows `ownOutstandingReceipts(series:list:by:)` has in all (a count shows nothing: not audited).
    package func ownOutstandingReceiptCount(series: String?, by principal: Principal) async throws -> Int {
        try await objects.count(
            join: Self.receiptJoin, filter: Self.ownOutstandingReceipts(series: series, by: principal), by: principal)
    }
}
