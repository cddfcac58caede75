import ChanceryKit
import ChancerySpine
import Hummingbird

/// Medical supplies: `/api/v1/health/supplies`, for Health Office staff only.
package struct SuppliesController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("health/supplies", use: list)
        group.post("health/supplies", use: create)
        group.get("health/supplies/reorder", use: reorder)
        group.get("health/supplies/expiring", use: expiring)
        group.get("health/supplies/{id}", use: show)
        group.post("health/supplies/{id}/lots", use: addLot)
        group.post("health/supplies/{id}/movements", use: recordMovement)
    }

    /// `POST /api/v1/health/supplies`; made from an item, what `ItemBody` shows of its description.
    package struct CreateRequest: Codable, Sendable {
        package var name: String
        package var form: String
        package var unitOfIssue: String
        package var reorderLevel: Int
        package var reorderQuantity: Int
        package var location: String
    }

    package struct LotRequest: Decodable {
        package var lot: String
        package var expires: String
        package var quantity: Int?
    }

    package struct MovementRequest: Decodable {
        package var lot: String
        package var kind: String
        package var quantity: Int
        package var note: String?
    }

    /// The most one movement may move, and the highest reorder figures: far above any real stock, low enough
    /// that no sum overflows.
    package static let maximumQuantity = 1_000_000

    /// An item as the API shows it, in one JSON object: its description as it was created (`CreateRequest`), and
    /// beside it its stock and label.
    package struct ItemBody: Encodable, Sendable {
        package var description: CreateRequest
        package var stock: Stock

        package struct Stock: Encodable, Sendable {
            package var id: String
            package var onHand: Int
            package var needsReorder: Bool
            package var label: SecurityLabelForm
            package var banner: String
        }

        package init(_ item: SupplyItem) {
            description = CreateRequest(
                name: item.name, form: item.form, unitOfIssue: item.unitOfIssue, reorderLevel: item.reorderLevel,
                reorderQuantity: item.reorderQuantity, location: item.location)
            stock = Stock(
                id: item.object.id, onHand: item.onHand, needsReorder: item.needsReorder,
                label: SecurityLabelForm(item.object.label), banner: item.object.label.banner)
        }

        package func encode(to encoder: any Encoder) throws {
            try description.encode(to: encoder)
            try stock.encode(to: encoder)
        }
    }

    package struct LotBody: Encodable, Sendable {
        package var lot: String
        package var expires: String
        package var onHand: Int

        package init(_ lot: SupplyItem.Lot) {
            self.lot = lot.lot
            expires = lot.expires
            onHand = lot.onHand
        }
    }

    package struct MovementBody: Encodable, Sendable {
        package var id: String
        package var lot: String
        package var kind: String
        package var quantity: Int
        package var note: String?
        package var recordedBy: String
        package var recordedAt: String

        package init(_ movement: SupplyItem.Movement) {
            id = movement.id
            lot = movement.lot
            kind = movement.kind.rawValue
            quantity = movement.quantity
            note = movement.note
            recordedBy = movement.actor
            recordedAt = Clock.iso8601(movement.recordedAt)
        }
    }

    package struct StockBody: Encodable, Sendable {
        package var item: ItemBody
        package var lots: [LotBody]
        package var movements: [MovementBody]

        package init(_ stock: SupplyItem.Stock) {
            item = ItemBody(stock.item)
            lots = stock.lots.map(LotBody.init)
            movements = stock.movements.map(MovementBody.init)
        }
    }

    package struct ReorderLine: Encodable, Sendable {
        package var item: ItemBody
        package var suggestedQuantity: Int
    }

    package struct ReorderBody: Encodable, Sendable {
        package var items: [ReorderLine]
    }

    package struct ExpiringLine: Encodable, Sendable {
        package var item: ItemBody
        package var lot: LotBody
        package var expired: Bool
    }

    package struct ExpiringBody: Encodable, Sendable {
        package var days: Int
        package var lots: [ExpiringLine]
    }

    package static let banner = HealthSupplyStore.label.banner

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        try await ListPage(request).respond(
            counting: .never,
            fetch: {
                try await chancery.healthSupplies.items(reorderOnly: false, after: $0, limit: $1, by: context.principal)
            },
            banner: { _ in Self.banner }, body: ItemBody.init)
    }

    @Sendable package func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let (body, _) = try await JSONBody.decode(CreateRequest.self, from: request)
        guard (0...Self.maximumQuantity).contains(body.reorderLevel) else {
            throw AppError.invalidField("reorderLevel", reasonKey: "health.supply.reason.level")
        }
        guard (1...Self.maximumQuantity).contains(body.reorderQuantity) else {
            throw AppError.invalidField("reorderQuantity", reasonKey: "health.supply.reason.quantity")
        }
        let item = try await chancery.healthSupplies.createItem(
            .init(
                name: try FieldRules.text(body.name, field: "name", max: 200),
                form: try FieldRules.text(body.form, field: "form", max: 60),
                unitOfIssue: try FieldRules.text(body.unitOfIssue, field: "unitOfIssue", max: 60),
                reorderLevel: body.reorderLevel, reorderQuantity: body.reorderQuantity,
                location: try FieldRules.text(body.location, field: "location", max: 200)),
            by: context.principal)
        return try JSONResponse.make(ItemBody(item), status: .created, banner: Self.banner)
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let stock = try await PathParameters.found(context) {
            try await chancery.healthSupplies.stock(of: $0, by: context.principal)
        }
        return try JSONResponse.make(StockBody(stock), banner: Self.banner)
    }

    @Sendable package func reorder(_ request: Request, context: SignedInContext) async throws -> Response {
        let items = try await chancery.healthSupplies.items(
            reorderOnly: true, after: nil, limit: 500, by: context.principal
        )
        .items.sorted { $0.name < $1.name }
        let body = ReorderBody(
            items: items.map { ReorderLine(item: ItemBody($0), suggestedQuantity: $0.suggestedQuantity) })
        return try JSONResponse.make(body, banner: Self.banner)
    }

    @Sendable package func expiring(_ request: Request, context: SignedInContext) async throws -> Response {
        let days = try Self.days(request.uri.queryParameters["days"].map(String.init))
        let lots = try await chancery.healthSupplies.expiring(withinDays: days, by: context.principal)
        let body = ExpiringBody(
            days: days,
            lots: lots.map { ExpiringLine(item: ItemBody($0.item), lot: LotBody($0.lot), expired: $0.expired) })
        return try JSONResponse.make(body, banner: Self.banner)
    }

    /// The `days` of the expiring list: 60 when absent, 0 to 730.
    package static func days(_ text: String?) throws -> Int {
        guard let text, !text.isEmpty else { return 60 }
        guard let days = Int(text), (0...730).contains(days) else {
            throw AppError.invalidQuery("days", reasonKey: "health.supply.reason.days")
        }
        return days
    }

    @Sendable package func addLot(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(LotRequest.self, from: request)
        let quantity = body.quantity ?? 0
        guard (0...Self.maximumQuantity).contains(quantity) else {
            throw AppError.invalidField("quantity", reasonKey: "health.supply.reason.lotQuantity")
        }
        guard let expires = try FieldRules.date(body.expires, field: "expires") else {
            throw AppError.missingField("expires")
        }
        let stock = try await chancery.healthSupplies.addLot(
            to: id, lot: try FieldRules.text(body.lot, field: "lot", max: 60), expires: expires, quantity: quantity,
            by: context.principal)
        return try JSONResponse.make(StockBody(stock), status: .created, banner: Self.banner)
    }

    @Sendable package func recordMovement(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(MovementRequest.self, from: request)
        let (kind, quantity) = try Self.movement(kind: body.kind, quantity: body.quantity)
        let movement = try await chancery.healthSupplies.recordMovement(
            of: id, lot: try FieldRules.text(body.lot, field: "lot", max: 60), kind: kind, quantity: quantity,
            note: try FieldRules.optionalText(body.note, field: "note", max: 500), by: context.principal)
        return try JSONResponse.make(MovementBody(movement), status: .created, banner: Self.banner)
    }

    /// A movement's kind and quantity, checked: receipts, issues and disposals move a positive quantity; an
    /// adjustment carries its sign and may not be zero.
    package static func movement(kind text: String, quantity: Int) throws -> (SupplyItem.MovementKind, Int) {
        let kind: SupplyItem.MovementKind = try FieldRules.choice(
            text, field: "kind", reasonKey: "health.supply.reason.kind")
        let range = kind == .adjustment ? -maximumQuantity...maximumQuantity : 1...maximumQuantity
        guard range.contains(quantity), quantity != 0 else {
            throw AppError.invalidField(
                "quantity",
                reasonKey: kind == .adjustment ? "health.supply.reason.adjustment" : "health.supply.reason.quantity")
        }
        return (kind, quantity)
    }
}
