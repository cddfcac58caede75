import ChanceryKit
import ChancerySpine
import Hummingbird

/// The crypto key material register: `/api/v1/key-material`.
package struct KeyMaterialController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("key-material", use: list)
        group.post("key-material", use: register)
        group.post("key-material/{id}/updates", use: recordUpdate)
    }

    package struct RegisterRequest: Decodable {
        package var shortTitle: String
        package var edition: String
        package var custodian: String
        package var label: SecurityLabelForm
        package var periodMonths: Int?
        package var nextDue: String
    }

    package struct UpdateRequest: Decodable { package var edition: String }

    package struct ItemBody: Encodable, Sendable {
        package var id: String
        package var shortTitle: String
        package var edition: String
        package var custodian: String
        package var label: SecurityLabelForm
        package var banner: String
        package var periodMonths: Int
        package var nextDue: String
        package var overdue: Bool
        package var lastUpdatedBy: String?
        package var lastUpdatedAt: String?

        package init(_ item: KeyMaterial) {
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

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let dueOnly = try Pagination.flag(request, "due")
        return try await ListPage(request).respond(
            nextKey: .nextOrNull, counting: .never,
            fetch: {
                try await chancery.keyMaterial.list(dueOnly: dueOnly, after: $0, limit: $1, by: context.principal)
            },
            banner: { chancery.objects.dominantBanner(of: $0) }, body: ItemBody.init)
    }

    @Sendable package func register(_ request: Request, context: SignedInContext) async throws -> Response {
        let (body, _) = try await JSONBody.decode(RegisterRequest.self, from: request)
        let period = body.periodMonths ?? 1
        guard (1...24).contains(period) else {
            throw AppError.invalidField("periodMonths", reasonKey: "registry.reason.period")
        }
        guard let due = try FieldRules.date(body.nextDue, field: "nextDue") else {
            throw AppError.missingField("nextDue")
        }
        let item = try await chancery.keyMaterial.register(
            .init(
                shortTitle: try FieldRules.text(body.shortTitle, field: "shortTitle", max: 100),
                edition: try FieldRules.text(body.edition, field: "edition", max: 60),
                custodian: try FieldRules.text(body.custodian, field: "custodian", max: 200),
                label: try ObjectsController.label(body.label, catalog: chancery.catalog), periodMonths: period,
                nextDue: due),
            by: context.principal)
        return try JSONResponse.make(ItemBody(item), status: .created, banner: item.object.label.banner)
    }

    @Sendable package func recordUpdate(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(UpdateRequest.self, from: request)
        let item = try await chancery.keyMaterial.recordUpdate(
            id, edition: try FieldRules.text(body.edition, field: "edition", max: 60), by: context.principal)
        return try JSONResponse.make(ItemBody(item), banner: item.object.label.banner)
    }
}
