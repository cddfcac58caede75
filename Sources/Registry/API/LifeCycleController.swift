import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The file plan and the life cycle of records: filing, cutoff, archiving, legal holds, downgrading,
/// disposition with its certificate, and the registry's work queues.
package struct LifeCycleController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("file-plan", use: filePlan)
        group.post("file-plan", use: createNode)
        group.patch("file-plan/{nodeId}", use: renameNode)
        group.post("file-plan/{nodeId}/retirement", use: retireNode)
        group.post("records/{id}/filing", use: file)
        group.post("records/{id}/closure", use: close)
        group.post("records/{id}/archiving", use: archive)
        group.post("records/{id}/downgrade", use: downgrade)
        group.post("records/{id}/disposition", use: dispose)
        group.get("records/{id}/certificate", use: certificate)
        group.get("records/{id}/holds", use: holds)
        group.post("records/{id}/holds", use: placeHold)
        group.post("holds/{holdId}/release", use: releaseHold)
        group.get("registry/queues/{queue}", use: queue)
    }

    // MARK: file plan

    package struct NodeRequest: Decodable {
        package var kind: String
        package var parent: String?
        package var code: String
        package var title: String
        package var retentionYears: Int?
        package var disposition: String?
    }

    @Sendable package func filePlan(_ request: Request, context: SignedInContext) async throws -> Response {
        try JSONResponse.make(["items": try await chancery.filePlan.all().map(NodeBody.init)])
    }

    @Sendable package func createNode(_ request: Request, context: SignedInContext) async throws -> Response {
        try ReferenceSeriesStore.requireManager(context.principal)
        let (body, _) = try await JSONBody.decode(NodeRequest.self, from: request)
        let kind: FilePlanNode.Kind = try FieldRules.choice(
            body.kind, field: "kind", reasonKey: "registry.reason.nodeKind")
        if let years = body.retentionYears, !(0...100).contains(years) {
            throw AppError.invalidField("retentionYears", reasonKey: "registry.reason.retention")
        }
        let disposition: FilePlanNode.Disposition? = try body.disposition.map {
            try FieldRules.choice($0, field: "disposition", reasonKey: "registry.reason.disposition")
        }
        let node = try await chancery.filePlan.create(
            kind: kind, parentID: body.parent, code: try FieldRules.text(body.code, field: "code", max: 40),
            title: try FieldRules.text(body.title, field: "title", max: 200), retentionYears: body.retentionYears,
            disposition: disposition, by: context.principal)
        return try JSONResponse.make(NodeBody(node), status: .created)
    }

    /// What a rename may change: the title (a node's code stays, records cite it).
    package struct NodeDocument: Codable {
        package var title: String?
    }

    @Sendable package func renameNode(_ request: Request, context: SignedInContext) async throws -> Response {
        try ReferenceSeriesStore.requireManager(context.principal)
        let id = try Self.nodeID(context)
        let version = try IfMatch.version(request)
        let patch = try await MergePatchBody.read(request)
        guard let current = try await chancery.filePlan.find(id) else { throw RegistryError.unknownNode(id) }
        let document = try MergePatchBody.apply(patch, to: NodeDocument(title: current.title), as: NodeDocument.self)
        let title = try FieldRules.text(try MergePatchBody.required(document.title, "title"), field: "title", max: 200)
        let node = try await chancery.filePlan.rename(
            id, title: title, expectedVersion: version, by: context.principal)
        return try JSONResponse.make(NodeBody(node), etag: node.etag)
    }

    @Sendable package func retireNode(_ request: Request, context: SignedInContext) async throws -> Response {
        try ReferenceSeriesStore.requireManager(context.principal)
        let node = try await chancery.filePlan.retire(try Self.nodeID(context), by: context.principal)
        return try JSONResponse.make(NodeBody(node), etag: node.etag)
    }

    /// A node's id from the path; a malformed one is answered like an unknown one.
    private static func nodeID(_ context: SignedInContext) throws -> String {
        try PathParameters.objectID(context, "nodeId", unknown: RegistryError.unknownNode)
    }

    // MARK: life cycle steps

    package struct FilingRequest: Decodable { package var folder: String }

    @Sendable package func file(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(FilingRequest.self, from: request)
        return try Self.answer(try await chancery.records.file(id, in: body.folder, by: context.principal))
    }

    @Sendable package func close(_ request: Request, context: SignedInContext) async throws -> Response {
        try Self.answer(try await chancery.records.close(try PathParameters.objectID(context), by: context.principal))
    }

    @Sendable package func archive(_ request: Request, context: SignedInContext) async throws -> Response {
        try Self.answer(try await chancery.records.archive(try PathParameters.objectID(context), by: context.principal))
    }

    package struct DowngradeRequest: Decodable {
        package var label: SecurityLabelForm
        package var authority: String
        package var reason: String
        package var reviewDue: String?
    }

    @Sendable package func downgrade(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(DowngradeRequest.self, from: request)
        let record = try await chancery.records.downgrade(
            id, to: try ObjectsController.label(body.label, catalog: chancery.catalog),
            authority: try FieldRules.text(body.authority, field: "authority", max: 200),
            reason: try FieldRules.text(body.reason, field: "reason", max: 1000),
            reviewDue: try FieldRules.date(body.reviewDue, field: "reviewDue"), by: context.principal)
        return try Self.answer(record)
    }

    package struct DispositionRequest: Decodable {
        package var action: String
        package var witness: String?
        package var method: String?
    }

    @Sendable package func dispose(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(DispositionRequest.self, from: request)
        let action: RecordStore.DispositionAction = try FieldRules.choice(
            body.action, field: "action", reasonKey: "registry.reason.dispositionAction")
        let (record, certificate) = try await chancery.records.dispose(
            id, action: action, witness: try FieldRules.optionalText(body.witness, field: "witness", max: 200),
            method: try FieldRules.optionalText(body.method, field: "method", max: 200), by: context.principal,
            displayName: context.account.displayName)
        return try JSONResponse.make(
            DispositionBody(record: RecordBody(record), certificate: certificate.map(CertificateBody.init)), of: record)
    }

    @Sendable package func certificate(_ request: Request, context: SignedInContext) async throws -> Response {
        let certificate = try await PathParameters.found(context) {
            try await chancery.records.certificate(of: $0, by: context.principal)
        }
        return try JSONResponse.make(CertificateBody(certificate), banner: certificate.object.label.banner)
    }

    // MARK: holds

    package struct HoldRequest: Decodable { package var reason: String }

    @Sendable package func holds(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        guard let (record, holds) = try await chancery.records.holds(of: id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        return try JSONResponse.make(["items": holds.map(HoldBody.init)], banner: record.object.label.banner)
    }

    @Sendable package func placeHold(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(HoldRequest.self, from: request)
        let hold = try await chancery.records.placeHold(
            on: id, reason: try FieldRules.text(body.reason, field: "reason", max: 1000), by: context.principal)
        return try JSONResponse.make(HoldBody(hold), status: .created)
    }

    @Sendable package func releaseHold(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context, "holdId", unknown: RegistryError.holdNotFound)
        return try JSONResponse.make(HoldBody(try await chancery.records.releaseHold(id, by: context.principal)))
    }

    // MARK: queues

    @Sendable package func queue(_ request: Request, context: SignedInContext) async throws -> Response {
        let name = try context.parameters.require("queue")
        guard let queue = RecordStore.Filter.Queue(rawValue: name) else {
            throw AppError.invalidQuery("queue", reasonKey: "registry.reason.queue")
        }
        let filter = RecordStore.Filter(queue: queue)
        return try await ListPage(request).respond(
            nextKey: .nextOrNull, counting: .always,
            fetch: { try await chancery.records.list(filter, after: $0, limit: $1, by: context.principal) },
            count: { try await chancery.records.count(filter, by: context.principal) },
            banner: { chancery.objects.dominantBanner(of: $0) }, body: RecordBody.init)
    }

    package static func answer(_ record: RegistryRecord) throws -> Response {
        try JSONResponse.make(RecordBody(record), of: record)
    }
}

package struct NodeBody: Encodable, Sendable {
    package var id: String
    package var parent: String?
    package var kind: String
    package var code: String
    package var title: String
    package var retentionYears: Int?
    package var disposition: String?
    package var version: Int64
    /// When the node was retired; absent while in use.
    package var retiredAt: String?

    package init(_ node: FilePlanNode) {
        id = node.id
        parent = node.parentID
        kind = node.kind.rawValue
        code = node.code
        title = node.title
        retentionYears = node.retentionYears
        disposition = node.disposition?.rawValue
        version = node.version
        retiredAt = node.retiredAt.map(Clock.iso8601)
    }
}

package struct HoldBody: Encodable, Sendable {
    package var id: String
    package var record: String
    package var reason: String
    package var placedBy: String
    package var placedAt: String
    package var releasedBy: String?
    package var releasedAt: String?

    package init(_ hold: RecordStore.Hold) {
        id = hold.id
        record = hold.objectID
        reason = hold.reason
        placedBy = hold.placedBy
        placedAt = Clock.iso8601(hold.placedAt)
        releasedBy = hold.releasedBy
        releasedAt = hold.releasedAt.map(Clock.iso8601)
    }
}

package struct CertificateBody: Encodable, Sendable {
    package var id: String
    package var record: String
    package var reference: String
    package var title: String
    package var label: SecurityLabelForm
    package var banner: String
    package var destroyedAt: String
    package var destroyedBy: String
    package var witness: String
    package var method: String
    package var attachments: [String]

    package init(_ certificate: DestructionCertificate) {
        id = certificate.object.id
        record = certificate.recordID
        reference = certificate.reference
        title = certificate.recordTitle
        label = SecurityLabelForm(certificate.object.label)
        banner = certificate.object.label.banner
        destroyedAt = Clock.iso8601(certificate.destroyedAt)
        destroyedBy = certificate.destroyedBy
        witness = certificate.witness
        method = certificate.method
        attachments = certificate.attachments
    }
}

package struct DispositionBody: Encodable, Sendable {
    package var record: RecordBody
    package var certificate: CertificateBody?
}
