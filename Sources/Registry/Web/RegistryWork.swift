import ChanceryKit
import ChancerySpine

/// The registry's part of "My work": for the registrars, the items to verify and to distribute; for everyone,
/// the receipts they have to acknowledge. Built on the trimmed record store only, each task read in SQL in the page's
/// order.
extension RegistryOffice {
    /// A queue's items: waiting since they were registered; by the item's title (the row shows its reference too).
    static let workRecords = WorkWindow.spec(
        name: "registry.work.records", since: ["o.created_at"], item: ["LOWER(o.title)"])
    /// The receipts to acknowledge: waiting since the copy's item last changed (it was distributed).
    static let workReceipts = WorkWindow.spec(
        name: "registry.work.receipts", since: ["o.updated_at"], item: ["LOWER(o.title)"], tieBreaker: "c.id")

    package func work(for principal: Principal, window: WorkWindow, chancery: Chancery, _ t: Localizer) async throws
        -> [WorkList]
    {
        let records = chancery.records
        var lists: [WorkList] = []
        if !RecordStore.registrars.isDisjoint(with: principal.roles) {
            for (queue, task) in [(RecordStore.Filter.Queue.toVerify, "verify"), (.toDistribute, "distribute")] {
                let filter = RecordStore.Filter(queue: queue)
                let total = try await records.count(filter, by: principal)
                guard total > 0 else { continue }
                let items = try await records.list(filter, list: try window.query(Self.workRecords), by: principal)
                lists.append(
                    WorkList(
                        task: "registry.\(task)", total: total, href: "/registry/queues/\(queue.rawValue)",
                        items: items.items.map { record in
                            WorkItem(
                                title: "\(record.reference) — \(record.object.title)",
                                href: "/registry/records/\(record.object.id)", label: record.object.label,
                                since: record.object.createdAt, sortName: record.object.title, shows: record.object)
                        }))
            }
        }
        let receipts = try await records.ownOutstandingReceiptCount(series: nil, by: principal)
        if receipts > 0 {
            let items = try await records.ownOutstandingReceipts(
                series: nil, list: try window.query(Self.workReceipts), by: principal)
            lists.append(
                WorkList(
                    task: "registry.acknowledge", total: receipts, href: "/receipts",
                    items: items.items.map { receipt in
                        WorkItem(
                            title: "\(receipt.record.reference) — \(receipt.record.object.title)", href: "/receipts",
                            label: receipt.record.object.label, since: receipt.record.object.updatedAt,
                            sortName: receipt.record.object.title, shows: receipt.record.object)
                    }))
        }
        return lists
    }
}
