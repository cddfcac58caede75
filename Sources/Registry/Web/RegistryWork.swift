import ChanceryKit
import ChancerySpine

/// The registry's part of "My work": for the registrars, the items to verify and to distribute; for everyone,
/// the receipts they have to acknowledge. Built on the trimmed record store only.
extension RegistryOffice {
    package func work(for principal: Principal, limit: Int, chancery: Chancery, _ t: Localizer) async throws
        -> [WorkList]
    {
        let records = chancery.records
        var lists: [WorkList] = []
        if !RecordStore.registrars.isDisjoint(with: principal.roles) {
            for (queue, task) in [(RecordStore.Filter.Queue.toVerify, "verify"), (.toDistribute, "distribute")] {
                let filter = RecordStore.Filter(queue: queue)
                let total = try await records.count(filter, by: principal)
                guard total > 0 else { continue }
                let items = try await records.list(filter, after: nil, limit: limit, by: principal).items
                lists.append(
                    WorkList(
                        task: "registry.\(task)", total: total, href: "/registry/queues/\(queue.rawValue)",
                        items: items.map { record in
                            WorkItem(
                                title: "\(record.reference) — \(record.object.title)",
                                href: "/registry/records/\(record.object.id)", label: record.object.label,
                                since: record.object.createdAt)
                        }))
            }
        }
        let receipts = try await records.outstandingReceipts(mine: true, by: principal)
        if !receipts.isEmpty {
            lists.append(
                WorkList(
                    task: "registry.acknowledge", total: receipts.count, href: "/receipts",
                    items: receipts.prefix(limit).map { receipt in
                        WorkItem(
                            title: "\(receipt.record.reference) — \(receipt.record.object.title)", href: "/receipts",
                            label: receipt.record.object.label, since: receipt.record.object.updatedAt)
                    }))
        }
        return lists
    }
}
