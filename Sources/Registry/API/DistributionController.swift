import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// Distribution lists, distributing records to them, and receipts.
package struct DistributionController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("distribution-lists", use: lists)
        group.post("distribution-lists", use: createList)
        group.get("distribution-lists/{listId}", use: showList)
        group.put("distribution-lists/{listId}", use: replaceList)
        group.post("records/{id}/distributions", use: distribute)
        group.get("records/{id}/distributions", use: distributions)
        group.get("receipts", use: receipts)
        group.post("receipts/{copyId}/acknowledgement", use: acknowledge)
        group.get("registry/muster", use: muster)
        group.post("registry/distributions", use: distributeBatch)
    }

    package struct ListRequest: Decodable {
        package var name: String
        package var description: String?
        package var members: [MemberRequest]
        /// Who keeps the list; absent: the creator (on creation), unchanged (on replacement).
        package var owner: OwnerRequest?

        package struct MemberRequest: Decodable {
            package var kind: String
            package var id: String
            package var role: String?
        }

        package struct OwnerRequest: Decodable {
            package var kind: String
            package var id: String

            /// The owner named: a person by user name or account id (kept as the id), or a unit.
            package func owner(users: UserStore) async throws -> DistributionList.Owner {
                guard let kind = DistributionList.Owner.Kind(rawValue: self.kind) else {
                    throw AppError(
                        .badRequest, type: "invalid-field", key: "registry.error.ownerKind",
                        ["value": String(self.kind.prefix(20))], field: "owner.kind")
                }
                var id = try FieldRules.text(self.id, field: "owner.id", max: 64)
                if kind == .user {
                    guard let account = try await users.account(named: id) else { throw RegistryError.unknownOwner(id) }
                    id = account.id
                }
                return .init(kind: kind, id: id)
            }
        }

        package func draft(users: UserStore) async throws -> DistributionListStore.Draft {
            var members: [DistributionList.Member] = []
            guard self.members.count <= 500 else { throw AppError.tooMany("members", max: 500) }
            for (index, member) in self.members.enumerated() {
                let field = "members[\(index)]"
                guard let kind = DistributionList.Member.Kind(rawValue: member.kind) else {
                    throw AppError(
                        .badRequest, type: "invalid-field", key: "registry.error.memberKind",
                        ["value": String(member.kind.prefix(20))], field: "\(field).kind")
                }
                guard let role = DistributionList.Member.Role(rawValue: member.role ?? "info") else {
                    throw AppError(
                        .badRequest, type: "invalid-field", key: "registry.error.memberRole",
                        ["value": String((member.role ?? "").prefix(20))], field: "\(field).role")
                }
                var id = try FieldRules.text(member.id, field: "\(field).id", max: 64)
                // People may be named by user name or by account id.
                if kind == .user, !ObjectID.isWellFormed(id), let account = try await users.find(username: id) {
                    id = account.id
                }
                members.append(.init(kind: kind, id: id, role: role))
            }
            var named: DistributionList.Owner?
            if let owner { named = try await owner.owner(users: users) }
            return .init(
                name: try FieldRules.text(name, field: "name", max: 120),
                description: try FieldRules.optionalText(description, field: "description", max: 1000) ?? "",
                members: members, owner: named)
        }
    }

    /// Lists name people and need-to-know groups: they are the registry's working tools, not for everyone.
    @Sendable package func lists(_ request: Request, context: SignedInContext) async throws -> Response {
        try DistributionListStore.requireKeeper(context.principal)
        return try JSONResponse.make([
            "items": try await chancery.distributionLists.all().map(DistributionListBody.init)
        ])
    }

    @Sendable package func createList(_ request: Request, context: SignedInContext) async throws -> Response {
        try DistributionListStore.requireKeeper(context.principal)
        let (body, _) = try await JSONBody.decode(ListRequest.self, from: request)
        let list = try await chancery.distributionLists.create(
            try await body.draft(users: chancery.users), by: context.principal)
        return try JSONResponse.make(
            DistributionListBody(list), status: .created, etag: list.etag,
            location: "/api/v1/distribution-lists/\(list.id)")
    }

    @Sendable package func showList(_ request: Request, context: SignedInContext) async throws -> Response {
        try DistributionListStore.requireKeeper(context.principal)
        let id = try context.parameters.require("listId")
        guard ObjectID.isWellFormed(id), let list = try await chancery.distributionLists.find(id) else {
            throw RegistryError.unknownList(String(id.prefix(40)))
        }
        return try JSONResponse.make(DistributionListBody(list), etag: list.etag)
    }

    @Sendable package func replaceList(_ request: Request, context: SignedInContext) async throws -> Response {
        try DistributionListStore.requireKeeper(context.principal)
        let id = try context.parameters.require("listId")
        let version = try IfMatch.version(request)
        let (body, _) = try await JSONBody.decode(ListRequest.self, from: request)
        let list = try await chancery.distributionLists.update(
            id, expectedVersion: version, draft: try await body.draft(users: chancery.users), by: context.principal)
        return try JSONResponse.make(DistributionListBody(list), etag: list.etag)
    }

    package struct DistributeRequest: Decodable { package var list: String }

    @Sendable package func distribute(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(DistributeRequest.self, from: request)
        guard ObjectID.isWellFormed(body.list) else { throw RegistryError.unknownList(String(body.list.prefix(40))) }
        let report = try await chancery.records.distribute(id, to: body.list, by: context.principal)
        return try JSONResponse.make(ReportBody(report), status: .created)
    }

    @Sendable package func distributions(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        guard
            let (record, distributions, total) = try await chancery.records.distributions(of: id, by: context.principal)
        else { throw AppError.objectNotFound(id) }
        return try JSONResponse.make(
            ["items": distributions.map { DistributionBody($0, total: total) }], banner: record.object.label.banner)
    }

    @Sendable package func receipts(_ request: Request, context: SignedInContext) async throws -> Response {
        let mine = try Pagination.flag(request, "mine")
        let receipts = try await chancery.records.outstandingReceipts(mine: mine, by: context.principal)
        let banner = chancery.objects.dominantBanner(of: receipts)
        return try JSONResponse.make(["items": receipts.map(ReceiptBody.init)], banner: banner)
    }

    package struct BatchRequest: Decodable {
        package var records: [String]
        package var list: String
    }

    package struct BatchResult: Encodable {
        package var record: String
        package var reference: String?
        package var distribution: ReportBody?
        package var problem: String?
        package var status: Int
    }

    /// `POST /api/v1/registry/distributions` `{"records":[…],"list":"ID"}`: the received messages distributed
    /// in one step, each reported on its own.
    @Sendable package func distributeBatch(_ request: Request, context: SignedInContext) async throws -> Response {
        try DistributionListStore.requireRegistrar(context.principal)
        let (body, _) = try await JSONBody.decode(BatchRequest.self, from: request)
        guard (1...200).contains(body.records.count) else { throw AppError.tooMany("records", max: 200) }
        guard ObjectID.isWellFormed(body.list) else { throw RegistryError.unknownList(String(body.list.prefix(40))) }
        let ids = body.records.map { String($0.prefix(40)) }
        let t = context.localizer
        let outcomes = try await chancery.records.distribute(
            ids.filter(ObjectID.isWellFormed), to: body.list, by: context.principal)
        var results = ids.filter { !ObjectID.isWellFormed($0) }.map {
            BatchResult(record: $0, problem: AppError.objectNotFound($0).detail(t), status: 404)
        }
        for (id, outcome) in outcomes {
            switch outcome {
            case .distributed(let report):
                results.append(
                    BatchResult(record: id, reference: report.reference, distribution: ReportBody(report), status: 201))
            case .refused(let error):
                results.append(BatchResult(record: id, problem: error.detail(t), status: error.status.code))
            }
        }
        return try JSONResponse.make(["results": results])
    }

    @Sendable package func muster(_ request: Request, context: SignedInContext) async throws -> Response {
        let copies = try await chancery.records.muster(by: context.principal)
        let banner = chancery.objects.dominantBanner(of: copies)
        return try JSONResponse.make(["items": copies.map(ReceiptBody.init)], banner: banner)
    }

    @Sendable package func acknowledge(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context, "copyId") { _ in RegistryError.receiptNotYours }
        let receipt = try await chancery.records.acknowledge(id, by: context.principal)
        return try JSONResponse.make(ReceiptBody(receipt), banner: receipt.record.object.label.banner)
    }
}
