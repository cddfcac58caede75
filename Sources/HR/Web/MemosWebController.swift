import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// A case's memoranda and decisions on the page: drafted from a template in English or French, then edited. A memo
/// the reader may not see — LEGAL without LEGAL, the conflict rule's — is 404, as a missing one.
package struct MemosWebController: SignedInPages {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.post("/hr/cases/{id}/memos", use: draft)
        group.get("/hr/memos/{id}", use: show)
        group.post("/hr/memos/{id}", use: save)
    }

    static let notices = ["drafted", "saved"]

    /// The templates the reader may draft from: the LEGAL ones only for whoever holds LEGAL.
    static func templates(for principal: Principal, _ t: Localizer, selected: String? = nil) -> [AdminParts.Option] {
        HRMemo.Template.allCases.filter { !$0.isLegal || principal.categories.contains(HROffice.legalCategory) }.map {
            AdminParts.Option(
                value: $0.rawValue, label: t("hr.memo.template.\($0.rawValue)"), selected: $0.rawValue == selected)
        }
    }

    static func languages(_ t: Localizer, selected: String?) -> [AdminParts.Option] {
        Language.allCases.map {
            AdminParts.Option(
                value: $0.rawValue, label: t("hr.memos.language.\($0.rawValue)"),
                selected: $0.rawValue == (selected ?? t.language.rawValue))
        }
    }

    @Sendable package func draft(_ request: Request, context: SignedInContext) async throws -> Response {
        let (fields, id) = try await OfficerForm.verified(request, context)
        let t = context.localizer
        var items: [AppError.Item] = []
        let template = MemoForm.template(fields["template"], items: &items)
        let language = MemoForm.language(fields["language"], items: &items)
        var errors = FormErrors()
        if items.isEmpty, let template, let language {
            do {
                let memo = try await chancery.draftHRMemo(template, language: language, of: id, by: context.principal)
                return .redirect(to: "/hr/memos/\(memo.object.id)?done=drafted", type: .normal)
            } catch let error as AppError where error.type == AppError.labelAboveYou.type {
                errors.add("template", error.detail(t))
            }
        }
        for item in items { errors.add(item.field, item.detail(t)) }
        var values = fields
        values["_csrf"] = nil
        return try await CasesWebController(chancery: chancery).casePage(
            id, nil, context, memoValues: values, errors: errors, status: .badRequest)
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try await memoPage(try context.parameters.require("id"), request, context)
    }

    func memoPage(
        _ id: String, _ request: Request?, _ context: SignedInContext, body: String? = nil,
        errors: FormErrors = FormErrors(), status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        guard ObjectID.isWellFormed(id), let memo = try await chancery.hrCases.memo(id, by: context.principal) else {
            throw AppError.objectNotFound(String(id.prefix(40)))
        }
        let done = request?.uri.queryParameters["done"].map(String.init)
        let parts = HRPageParts(
            t: HRWebStrings.labels(t), csrf: context.session.csrfToken,
            notice: done.flatMap { Self.notices.contains($0) ? t("hr.done.\($0)") : nil }, errors: errors.model(t))
        let model = HRPage(
            parts,
            MemoPage(
                title: memo.title, caseLink: "/hr/cases/\(memo.caseId)", banner: t.banner(memo.object.label),
                template: t("hr.memo.template.\(memo.template)"),
                language: t("hr.memos.language.\(memo.language)"), lang: memo.language,
                created: DayText.moment(memo.object.createdAt, t), body: body ?? memo.body,
                version: String(memo.object.version), action: "/hr/memos/\(memo.object.id)",
                canEdit: !HROffice.officers.isDisjoint(with: context.principal.roles)))
        return PageRenderer.response(
            "hr-memo", model, frame: frame(memo.title, label: memo.object.label, path: "/hr/cases", context),
            status: status)
    }

    @Sendable package func save(_ request: Request, context: SignedInContext) async throws -> Response {
        let (fields, id) = try await OfficerForm.verified(request, context)
        let t = context.localizer
        var errors = FormErrors()
        do {
            let version = Int64(fields["version"] ?? "") ?? -1
            _ = try await chancery.hrCases.editMemo(
                id, body: fields["body"] ?? "", expectedVersion: version, by: context.principal)
            return .redirect(to: "/hr/memos/\(id)?done=saved", type: .normal)
        } catch let error as AppError where error.status == .badRequest {
            for item in error.errors { errors.add(item.field, item.detail(t)) }
        } catch let error as AppError where error.status == .conflict || error.status == .preconditionFailed {
            errors.add("body", error.detail(t))
        }
        return try await memoPage(id, nil, context, body: fields["body"], errors: errors, status: .badRequest)
    }
}
