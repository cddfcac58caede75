import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

extension RegistryWebController {
    /// The crypto key material register: items by due date, overdue ones marked, updates recorded in place.
    /// The key material register as a list: sortable by each column, paged, filtered to the items due, and its CSV.
    package static let keyList = ListSpec(
        name: "registry.key-material", path: "/registry/key-material",
        columns: [
            .init("short-title", "reg.shortTitle", order: ["LOWER(k.short_title)"]),
            .init("edition", "reg.edition", order: ["k.edition"]),
            .init("custodian", "reg.custodian", order: ["LOWER(k.custodian)"]),
            .init("next-due", "reg.nextDue", order: ["k.next_due"]),
            // Never updated first (ascending) on SQLite and PostgreSQL alike, which place NULL differently.
            .init(
                "last-update", "reg.lastUpdate",
                order: ["CASE WHEN k.last_updated_at IS NULL THEN 0 ELSE 1 END", "k.last_updated_at"]),
            .init("classification", "reg.classification", order: ["o.classification"]),
        ],
        defaultSort: "next-due", filters: ["due"])

    /// The only value of the `due` filter: the items due by today, overdue ones included.
    static let dueNow = "now"

    @Sendable package func keyRegister(_ request: Request, context: SignedInContext) async throws -> Response {
        try await keyPage(
            context, list: try ListQuery(request, Self.keyList),
            notice: request.uri.queryParameters["done"].map(String.init))
    }

    /// The register; after a refused update, `refused` names the item whose edition field is marked with the
    /// summary's sentence and keeps what was typed.
    package func keyPage(
        _ context: SignedInContext, list: ListQuery? = nil, notice: String?, errors: FormErrors = FormErrors(),
        refused: (id: String, typed: String)? = nil, status: HTTPResponse.Status = .ok
    )
        async throws -> Response
    {
        let t = context.localizer
        let list = try list ?? ListQuery(fields: [:], Self.keyList)
        let due = list.filter("due")
        guard due == nil || due == Self.dueNow else {
            throw AppError.invalidQuery("due", reasonKey: "list.reason.filter")
        }
        let principal = context.principal
        let page = try await chancery.keyMaterial.list(dueOnly: due != nil, list: list, by: principal)
        let items = page.items
        let label = chancery.objects.dominantLabel(of: items.map(\.object))
        let registrar = Self.isRegistrar(principal)
        let rows = items.map { item in
            let refusedHere = refused?.id == item.object.id
            return RegistryKeysPage.Item(
                id: item.object.id, shortTitle: item.shortTitle, edition: item.edition, custodian: item.custodian,
                nextDue: item.nextDue, overdue: item.isOverdue, canUpdate: registrar,
                lastUpdate: item.lastUpdatedAt.map { DayText.day($0, t) + " · \(item.lastUpdatedBy ?? "")" } ?? "—",
                banner: t.banner(item.object.label),
                bannerClass: PageRenderer.bannerClass(item.object.label.classification),
                typed: refusedHere ? refused?.typed ?? "" : "",
                error: refusedHere ? errors.items.first?.message : nil)
        }
        if list.isExport {
            return list.csv(
                rows.map {
                    [$0.shortTitle, $0.edition, $0.custodian, $0.nextDue, $0.lastUpdate, $0.banner]
                },
                label: label, t)
        }
        let total = try await list.total(shown: items.count, hasMore: page.hasMore) {
            try await chancery.keyMaterial.count(dueOnly: due != nil, by: principal)
        }
        let model = RegistryPage(
            Self.parts(context, canRegister: registrar),
            RegistryKeysPage(
                notice: Self.notice(notice, t), errors: errors.model(t), hasItems: !items.isEmpty, items: rows,
                headers: list.headers(t),
                pager: list.pager(shown: rows.count, hasMore: page.hasMore, total: total, t),
                due: [
                    RegistryChoice(value: "", name: t("reg.any"), selected: due == nil),
                    RegistryChoice(value: Self.dueNow, name: t("reg.dueNow"), selected: due != nil),
                ],
                sort: list.sort.id, order: list.descending ? "desc" : "asc"))
        return PageRenderer.response(
            "registry-keys", model,
            frame: frame(t("reg.keyRegister"), label: label, path: "/registry/key-material", context),
            status: status)
    }

    /// Records a key update from the register: only a registrar gets as far as the checks; the edition is checked
    /// before the store is asked, and a refusal (none, too long, a character not allowed, the item changed meanwhile
    /// or out of the registrar's reach) comes back marked on that item's edition field, what was typed kept.
    @Sendable package func recordKeyUpdate(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id) else { throw AppError.objectNotFound(String(id.prefix(40))) }
        guard Self.isRegistrar(context.principal) else { throw AppError.roleRequired(RecordStore.registrars) }
        let t = context.localizer
        let field = "edition-\(id)"
        let typed = fields["edition"] ?? ""
        var errors = FormErrors()
        let edition: String?
        if typed.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            errors.add(field, t("form.error.required"))
            edition = nil
        } else {
            edition = errors.check(field, label: t("reg.newEdition"), t) {
                try FieldRules.text(typed, field: "edition", max: 60)
            }
        }
        if let edition {
            do {
                _ = try await chancery.keyMaterial.recordUpdate(id, edition: edition, by: context.principal)
                return .redirect(to: "/registry/key-material?done=keyUpdate", type: .normal)
            } catch let error as AppError where error.status != .notFound {
                errors.add(field, error.detail(t))
                return try await keyPage(
                    context, notice: nil, errors: errors, refused: (id, typed), status: error.status)
            }
        }
        return try await keyPage(context, notice: nil, errors: errors, refused: (id, typed), status: .badRequest)
    }

    /// The annual muster, printable: every copy of NS and CTS items still held, with a box to tick.
    @Sendable package func musterPage(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let copies = try await chancery.records.muster(by: context.principal)
        let model = RegistryPage(
            Self.parts(context, csrf: false, canRegister: true),
            RegistryMusterPage(
                hasCopies: !copies.isEmpty,
                copies: copies.map { copy in
                    RegistryMusterPage.Copy(
                        reference: copy.record.reference, title: copy.record.object.title,
                        copyText: CopyText.number(copy.copy, of: copy.copiesOfRecord, t),
                        recipient: CopyText.recipient(copy.copy.member, t), receipt: CopyText.receipt(copy.copy, t))
                }))
        let label = chancery.objects.dominantLabel(of: copies.map(\.record.object))
        return PageRenderer.response(
            "registry-muster", model,
            frame: frame(t("reg.musterTitle"), label: label, path: "/registry/muster", context))
    }
}
