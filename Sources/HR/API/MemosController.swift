import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// A case's memoranda and decisions: drafted from a template, read and edited, each trimmed like every object — a
/// LEGAL memo is not even listed for an officer without LEGAL.
package struct MemosController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("casework/cases/{id}/memos", use: list)
        group.post("casework/cases/{id}/memos", use: draft)
        group.get("casework/memos/{id}", use: show)
        group.put("casework/memos/{id}", use: edit)
    }

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        guard let hrCase = try await chancery.hrCases.hrCase(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        let memos = try await chancery.hrCases.memos(of: id, by: context.principal)
        let label = chancery.objects.dominantLabel(of: [hrCase.object] + memos.map(\.object))
        return try JSONResponse.make(MemoListBody(items: memos.map(MemoSummaryBody.init)), banner: label.banner)
    }

    /// What drafting asks for.
    package struct DraftRequest: Decodable, Sendable {
        package var template: String?
        package var language: String?
    }

    @Sendable package func draft(_ request: Request, context: SignedInContext) async throws -> Response {
        try HROffice.require(HROffice.officers, context.principal)
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(DraftRequest.self, from: request)
        var items: [AppError.Item] = []
        let template = MemoForm.template(body.template, items: &items)
        let language = MemoForm.language(body.language, items: &items)
        guard items.isEmpty, let template, let language else { throw HRCaseError.invalidMemo(items) }
        let memo = try await chancery.draftHRMemo(template, language: language, of: id, by: context.principal)
        return try JSONResponse.make(
            MemoBody(memo), of: memo, status: .created, location: "/api/v1/casework/memos/\(memo.object.id)")
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        guard let memo = try await chancery.hrCases.memo(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        return try JSONResponse.make(MemoBody(memo), of: memo)
    }

    /// What an edit sends.
    package struct EditRequest: Decodable, Sendable {
        package var body: String?
    }

    @Sendable package func edit(_ request: Request, context: SignedInContext) async throws -> Response {
        try HROffice.require(HROffice.officers, context.principal)
        let id = try PathParameters.objectID(context)
        let version = try IfMatch.version(request)
        let (body, _) = try await JSONBody.decode(EditRequest.self, from: request)
        let memo = try await chancery.hrCases.editMemo(
            id, body: body.body ?? "", expectedVersion: version, by: context.principal)
        return try JSONResponse.make(MemoBody(memo), of: memo)
    }
}

/// The checks of a draft's template and language, shared by the API and the page.
package enum MemoForm {
    static func template(_ value: String?, items: inout [AppError.Item]) -> HRMemo.Template? {
        guard let value, !value.isEmpty else {
            items.append(.init(field: "template", code: "required", key: "hr.field.required"))
            return nil
        }
        guard let template = HRMemo.Template(rawValue: value) else {
            items.append(.init(field: "template", code: "invalid", key: "hr.memos.field.template"))
            return nil
        }
        return template
    }

    static func language(_ value: String?, items: inout [AppError.Item]) -> Language? {
        guard let value, !value.isEmpty else {
            items.append(.init(field: "language", code: "required", key: "hr.field.required"))
            return nil
        }
        guard let language = Language(rawValue: value) else {
            items.append(.init(field: "language", code: "invalid", key: "hr.memos.field.language"))
            return nil
        }
        return language
    }
}

package struct MemoSummaryBody: Encodable, Sendable {
    package var id: String
    package var title: String
    package var template: String
    package var language: String
    package var banner: String
    package var createdAt: String

    package init(_ memo: HRMemo) {
        id = memo.object.id
        title = memo.title
        template = memo.template
        language = memo.language
        banner = memo.object.label.banner
        createdAt = Clock.iso8601(memo.object.createdAt)
    }
}

package struct MemoListBody: Encodable, Sendable {
    package var items: [MemoSummaryBody]
}

package struct MemoBody: Encodable, Sendable {
    package var id: String
    package var caseId: String
    package var title: String
    package var template: String
    package var language: String
    package var body: String
    package var label: SecurityLabelForm
    package var banner: String
    package var version: Int64
    package var createdAt: String

    package init(_ memo: HRMemo) {
        id = memo.object.id
        caseId = memo.caseId
        title = memo.title
        template = memo.template
        language = memo.language
        body = memo.body
        label = SecurityLabelForm(memo.object.label)
        banner = memo.object.label.banner
        version = memo.object.version
        createdAt = Clock.iso8601(memo.object.createdAt)
    }
}
