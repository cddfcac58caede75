import ChanceryKit
import NIOCore

@testable import ChancerySpine
@testable import Registry

/// A record filed in a folder of the file plan, with a file: where the life-cycle tests start.
package enum LifeCycleFixtures {
    /// A supervisor, a clerk, a folder kept 0 years (due at once) and a NATO SECRET record with an attachment.
    package struct Scene {
        package var supervisor: Principal
        package var clerk: Principal
        package var folder: FilePlanNode
        package var record: RegistryRecord

        package init(supervisor: Principal, clerk: Principal, folder: FilePlanNode, record: RegistryRecord) {
            self.supervisor = supervisor
            self.clerk = clerk
            self.folder = folder
            self.record = record
        }
    }

    package static func scene(
        _ installation: TestInstallation, label: SecurityLabel = SecurityLabel(classification: .natoSecret)
    )
        async throws -> Scene
    {
        let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
        let clerk = try await installation.user("clerk", MockUser.registry).principal
        try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
        let plan = installation.chancery.filePlan
        let category = try await plan.create(
            kind: .category, parentID: nil, code: "1000", title: "Operations", retentionYears: nil, disposition: nil,
            by: supervisor)
        let folder = try await plan.create(
            kind: .folder, parentID: category.id, code: "1000.10", title: "Exercise orders", retentionYears: 0,
            disposition: .destroy, by: supervisor)
        let record = try await installation.register("Exercise order", series: "IMSM", label: label, by: clerk)
        _ = try await installation.chancery.records.attach(
            [ByteBuffer(string: FileFixtures.pdf)].async, to: record.object.id, name: "order.pdf",
            contentType: "application/pdf", label: nil, limit: 1 << 20, by: clerk)
        return Scene(supervisor: supervisor, clerk: clerk, folder: folder, record: record)
    }
}
