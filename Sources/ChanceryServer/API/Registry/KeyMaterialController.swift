import ChanceryKit
import Hummingbird

/// The crypto key material register: `/api/v1/key-material`.
struct KeyMaterialController {
    let chancery: Chancery

    func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("key-material", use: list)
        group.post("key-material", use: register)
        group.post("key-material/{id}/updates", use: recordUpdate)
    }

    struct RegisterRequest: Decodable {
        var shortTitle: String
        var edition: String
        var custodian: String
        var label: SecurityLabelForm
        var periodMonths: Int?
        var nextDue: String
    }

    struct UpdateRequest: Decodable { var edition: String }

    struct ItemBody: Encodable, Sendable {
        var id: String
        var shortTitle: String
        var edition: String
        var custodian: String
        var label: SecurityLabelForm
        var banner: String
        var periodMonths: Int
        var nextDue: String
        var overdue: Bool
        var lastUpdatedBy: String?
        var lastUpdatedAt: String?

        init(_ item: KeyMaterial) {
            id = item.object.id
            shortTitle = item.shortTitle
            edition = item.edition
            custodian = item.custodian
            label = SecurityLabelForm(item.object.label)
            banner = item.object.label.banner
            periodMonths = item.periodMonths
            nextDue = item.nextDue
            overdue = item.isOverdue
            lastUpdatedBy = item.lastUpdatedBy
            lastUpdatedAt = item.lastUpdatedAt.map(Clock.iso8601)
        }
    }

    @Sendable func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let pagination = try Pagination(request)
        let page = try await chancery.keyMaterial.list(
            dueOnly: try Pagination.flag(request, "due"), after: pagination.cursor, limit: pagination.limit,
            by: context.principal)
        let body = KeyListBody(items: page.items.map(ItemBody.init), next: Pagination.encode(page.nextCursor))
        return try JSONResponse.make(body, banner: chancery.objects.dominantLabel(of: page.items.map(\.object)).banner)
    }

    struct KeyListBody: Encodable, Sendable {
        var items: [ItemBody]
        var next: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: RecordListBody.CodingKeys.self)
            try container.encode(items, forKey: .items)
            try container.encode(next, forKey: .next)
        }
    }

    @Sendable func register(_ request: Request, context: SignedInContext) async throws -> Response {
        let (body, _) = try await JSONBody.decode(RegisterRequest.self, from: request)
        let period = body.periodMonths ?? 1
        guard (1...24).contains(period) else { throw AppError.invalidField("periodMonths", reasonKey: "registry.reason.period") }
        guard let due = try FieldRules.date(body.nextDue, field: "nextDue") else { throw AppError.missingField("nextDue") }
        let item = try await chancery.keyMaterial.register(
            .init(
                shortTitle: try FieldRules.text(body.shortTitle, field: "shortTitle", max: 100),
                edition: try FieldRules.text(body.edition, field: "edition", max: 60),
                custodian: try FieldRules.text(body.custodian, field: "custodian", max: 200),
                label: try ObjectsController.label(body.label, catalog: chancery.catalog), periodMonths: period, nextDue: due),
            by: context.principal)
        return try JSONResponse.make(ItemBody(item), status: .created, banner: item.object.label.banner)
    }

    @Sendable func recordUpdate(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try RecordsController.id(context)
        let (body, _) = try await JSONBody.decode(UpdateRequest.self, from: request)
        let item = try await chancery.keyMaterial.recordUpdate(
            id, edition: try FieldRules.text(body.edition, field: "edition", max: 60), by: context.principal)
        return try JSONResponse.make(ItemBody(item), banner: item.object.label.banner)
    }
}
