import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

extension RegistryWebController {
    /// The crypto key material register: items by due date, overdue ones marked, updates recorded in place.
    @Sendable package func keyRegister(_ request: Request, context: SignedInContext) async throws -> Response {
        try await keyPage(context, notice: request.uri.queryParameters["done"].map(String.init), error: nil)
    }

    package func keyPage(
        _ context: SignedInContext, notice: String?, error: AppError?, status: HTTPResponse.Status = .ok
    )
        async throws -> Response
    {
        let t = context.localizer
        let items = try await chancery.keyMaterial.list(dueOnly: false, after: nil, limit: 200, by: context.principal)
            .items
            .sorted { $0.nextDue < $1.nextDue }
        let registrar = Self.isRegistrar(context.principal)
        let model = RegistryPage(
            Self.parts(context, canRegister: registrar),
            RegistryKeysPage(
                notice: Self.notice(notice, t), error: error.map { $0.detail(t) }, hasItems: !items.isEmpty,
                items: items.map { item in
                    RegistryKeysPage.Item(
                        id: item.object.id, shortTitle: item.shortTitle, edition: item.edition,
                        custodian: item.custodian,
                        nextDue: item.nextDue, overdue: item.isOverdue, canUpdate: registrar,
                        lastUpdate: item.lastUpdatedAt.map {
                            DayText.day($0, t) + " · \(item.lastUpdatedBy ?? "")"
                        } ?? "—",
                        banner: t.banner(item.object.label),
                        bannerClass: PageRenderer.bannerClass(item.object.label.classification))
                }))
        let label = chancery.objects.dominantLabel(of: items.map(\.object))
        return PageRenderer.response(
            "registry-keys", model,
            frame: frame(t("reg.keyRegister"), label: label, path: "/registry/key-material", context),
            status: status)
    }

    @Sendable package func recordKeyUpdate(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id) else { throw AppError.objectNotFound(String(id.prefix(40))) }
        do {
            _ = try await chancery.keyMaterial.recordUpdate(
                id, edition: try FieldRules.text(fields["edition"] ?? "", field: "edition", max: 60),
                by: context.principal)
            return .redirect(to: "/registry/key-material?done=keyUpdate", type: .normal)
        } catch let error as AppError where error.status != .notFound {
            return try await keyPage(context, notice: nil, error: error, status: error.status)
        }
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
