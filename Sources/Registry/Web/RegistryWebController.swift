import ChancerySpine
import ChanceryKit
import Foundation
import Hummingbird

/// The registry's pages: the desk with its work queues, registration, the record page with its actions,
/// queues, the printable cover sheet, and everyone's receipts.
package struct RegistryWebController: SignedInPages {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/registry", use: desk)
        group.get("/registry/register", use: registerForm)
        group.post("/registry/register", use: register)
        group.get("/registry/queues/{queue}", use: queue)
        group.post("/registry/distribute-selected", use: distributeSelected)
        group.get("/registry/records/{id}", use: record)
        group.get("/registry/records/{id}/cover", use: cover)
        group.get("/registry/records/{id}/attachments/{attachmentId}", use: download)
        group.post("/registry/records/{id}/upload", use: upload)
        group.post("/registry/records/{id}/{action}", use: act)
        group.get("/registry/key-material", use: keyRegister)
        group.post("/registry/key-material/{id}/update", use: recordKeyUpdate)
        group.get("/registry/muster", use: musterPage)
        group.get("/receipts", use: receipts)
        group.post("/receipts/{copyId}/acknowledge", use: acknowledge)
        group.get("/receipts/{copyId}/print", use: printReceipt)
    }

    /// The localised labels every registry page uses.
    package static func labels(_ t: Localizer) -> [String: String] {
        Dictionary(uniqueKeysWithValues: RegistryWebStrings.pageKeys.map { ($0, t("reg.\($0)")) })
    }

    /// The sentence of a `?done=` notice, only for the notices the pages know (the parameter is user input).
    package static func notice(_ done: String?, _ t: Localizer) -> Any {
        guard let done, RegistryWebStrings.notices.contains(done) else { return false }
        return t("reg.done.\(done)")
    }

    package static func isRegistrar(_ principal: Principal) -> Bool { !RecordStore.registrars.isDisjoint(with: principal.roles) }

    // MARK: desk and queues

    @Sendable package func desk(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let principal = context.principal
        var queues: [[String: Any]] = []
        for queue in RecordStore.Filter.Queue.allCases {
            let count = try await chancery.records.count(.init(queue: queue), by: principal)
            queues.append([
                "id": queue.rawValue, "name": t("reg.queue.\(queue.rawValue)"), "count": count,
                "href": "/registry/queues/\(queue.rawValue)",
            ])
        }
        // Counts only: they show nothing of the items, so they are not audited as reads.
        let receipts = try await chancery.records.outstandingReceiptCount(by: principal)
        queues.append(["id": "receipts", "name": t("reg.queue.receipts"), "count": receipts, "href": "/receipts"])
        let keys = try await chancery.keyMaterial.count(dueOnly: true, by: principal)
        queues.append([
            "id": "key-updates", "name": t("reg.queue.key-updates"), "count": keys, "href": "/registry/key-material",
        ])
        let latest = try await chancery.records.list(.init(), after: nil, limit: 20, by: principal).items
        var model = Self.tableModel(latest, t)
        model["t"] = Self.labels(t)
        model["queues"] = queues
        model["canRegister"] = Self.isRegistrar(principal)
        if principal.roles.contains(.registrySupervisor) { model["ocr"] = try await ocrBacklog(principal, t) }
        let label = chancery.objects.dominantLabel(of: latest.map(\.object))
        return PageRenderer.response("registry-desk", model, frame: frame(t("reg.deskTitle"), label: label, path: "/registry", context))
    }

    @Sendable package func queue(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        guard let queue = RecordStore.Filter.Queue(rawValue: try context.parameters.require("queue")) else {
            throw AppError.notFound
        }
        let pagination = try Pagination(request)
        let filter = RecordStore.Filter(queue: queue)
        let page = try await chancery.records.list(filter, after: pagination.cursor, limit: pagination.limit, by: context.principal)
        let total = try await chancery.records.count(filter, by: context.principal)
        var model = Self.tableModel(page.items, t)
        model["t"] = Self.labels(t)
        model["queueName"] = t("reg.queue.\(queue.rawValue)")
        model["totalText"] = t("reg.total", ["count": String(total)])
        model["canRegister"] = Self.isRegistrar(context.principal)
        if let next = Pagination.encode(page.nextCursor) { model["next"] = "/registry/queues/\(queue.rawValue)?cursor=\(next)" }
        if queue == .toDistribute, Self.isRegistrar(context.principal), !page.items.isEmpty {
            let lists = try await chancery.distributionLists.all()
            if !lists.isEmpty {
                model["batch"] = true
                model["csrf"] = context.session.csrfToken
                model["lists"] = lists.map { ["id": $0.id, "name": $0.name] }
            }
        }
        let query = request.uri.queryParameters
        if query["done"] == "batch" {
            model["notice"] = t(
                "reg.done.batch",
                ["distributed": String(query["distributed"] ?? "0"), "refused": String(query["refused"] ?? "0")])
        }
        let label = chancery.objects.dominantLabel(of: page.items.map(\.object))
        return PageRenderer.response(
            "registry-queue", model, frame: frame(t("reg.queue.\(queue.rawValue)"), label: label, path: "/registry/queues/\(queue.rawValue)", context))
    }

    package static func tableModel(_ records: [RegistryRecord], _ t: Localizer) -> [String: Any] {
        [
            "hasRecords": !records.isEmpty,
            "records": records.map { record -> [String: Any] in
                [
                    "id": record.object.id, "reference": record.reference, "title": record.object.title,
                    "banner": record.object.label.banner,
                    "bannerClass": PageRenderer.bannerClass(record.object.label.classification),
                    "state": t("registry.state.\(record.object.state)"), "received": record.details.receivedDate,
                ]
            },
        ]
    }

    // MARK: registration

    @Sendable package func registerForm(_ request: Request, context: SignedInContext) async throws -> Response {
        try await registerPage(context, values: [:], error: nil, status: .ok)
    }

    @Sendable package func register(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        do {
            let draft = try RegisterForm(fields: fields).draft(catalog: chancery.catalog)
            let principal = context.principal
            let records = chancery.records
            let record = try await chancery.database.transaction { db in try await records.register(draft, by: principal, on: db) }
            return .redirect(to: "/registry/records/\(record.object.id)?done=registered", type: .normal)
        } catch let error as AppError {
            return try await registerPage(context, values: fields, error: error, status: error.status)
        }
    }

    private func registerPage(
        _ context: SignedInContext, values: [String: String], error: AppError?, status: HTTPResponse.Status
    ) async throws -> Response {
        let t = context.localizer
        guard Self.isRegistrar(context.principal) else { throw AppError.roleRequired(RecordStore.registrars) }
        let series = try await chancery.referenceSeries.all().filter(\.active)
        let chosenClassification = values["classification"] ?? "NU"
        var model: [String: Any] = [
            "t": Self.labels(t), "csrf": context.session.csrfToken, "canRegister": true,
            "error": error.map { $0.detail(t) } ?? false, "values": values,
            "series": series.map { ["code": $0.code, "title": $0.title, "selected": values["series"] == $0.code] },
            "directions": RegistryRecord.Direction.allCases.map {
                ["value": $0.rawValue, "name": t("reg.direction.\($0.rawValue)"), "selected": (values["direction"] ?? "incoming") == $0.rawValue]
            },
            "types": RecordTypes.all.map {
                ["value": $0, "name": t("reg.type.\($0)"), "selected": (values["recordType"] ?? "message") == $0]
            },
            "classifications": Classification.allCases.filter { $0 <= context.principal.clearance }.map {
                ["value": $0.abbreviation, "name": $0.marking, "selected": chosenClassification == $0.abbreviation]
            },
            "markings": Classification.allCases.map {
                ["value": $0.abbreviation, "name": $0.marking, "selected": values["contentMarking"] == $0.abbreviation]
            },
            "categories": context.principal.categories.sorted().map { ["name": $0, "checked": values["category.\($0)"] != nil] },
        ]
        if values["releasableTo"] == nil { model["values"] = values.merging(["releasableTo": "NATO"]) { own, _ in own } }
        return PageRenderer.response(
            "registry-register", model, frame: frame(t("reg.registerTitle"), label: .unclassified, path: "/registry/register", context),
            status: status)
    }

    /// The queue of items to distribute: the selected ones go to one list in one step.
    @Sendable package func distributeSelected(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let ids = fields.keys.filter { $0.hasPrefix("record.") }.map { String($0.dropFirst("record.".count)) }
            .filter(ObjectID.isWellFormed).sorted()
        guard let list = fields["list"], ObjectID.isWellFormed(list) else { throw RegistryError.unknownList(fields["list"] ?? "") }
        let outcomes = try await chancery.records.distribute(ids, to: list, by: context.principal)
        let distributed = outcomes.filter { if case .distributed = $0.outcome { true } else { false } }.count
        return .redirect(
            to: "/registry/queues/to-distribute?done=batch&distributed=\(distributed)&refused=\(outcomes.count - distributed)",
            type: .normal)
    }
}
