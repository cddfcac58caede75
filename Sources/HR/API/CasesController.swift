import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// Cases for the HR case officers: `/api/v1/casework/cases`, each read trimmed like every object and kept from the
/// people it names and their line managers.
package struct CasesController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("casework/cases", use: list)
        group.post("casework/cases", use: create)
        group.get("casework/cases/{id}", use: show)
        group.get("casework/cases/{id}/deadlines", use: deadlines)
    }

    /// The case's deadlines under the rule set in force on its opening day, each with how it was counted.
    @Sendable package func deadlines(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        guard
            let found = try await chancery.hrCases.deadlines(
                of: id, by: context.principal, calendar: chancery.calendar, language: context.language)
        else { throw AppError.objectNotFound(id) }
        return try JSONResponse.make(
            CaseDeadlinesBody(found, context.localizer), banner: found.hrCase.object.label.banner)
    }

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let type: HRCase.CaseType? = try Pagination.choice(request, "type", reasonKey: "hr.reason.type")
        let store = chancery.hrCases
        return try await ListPage(request).respond(
            fetch: { try await store.cases(type: type, after: $0, limit: $1, by: context.principal) },
            count: { try await store.caseCount(type: type, by: context.principal) },
            banner: { chancery.objects.dominantLabel(of: $0.map(\.object)).banner }, body: CaseSummaryBody.init)
    }

    @Sendable package func create(_ request: Request, context: SignedInContext) async throws -> Response {
        // the role first: someone who may not open a case learns nothing from the body's checks
        try HROffice.require(HROffice.officers, context.principal)
        let (body, _) = try await JSONBody.decode(HRCaseRequest.self, from: request)
        var items: [AppError.Item] = []
        guard let newCase = HRCaseForm.check(body, catalog: chancery.catalog, items: &items) else {
            throw HRCaseError.invalid(items)
        }
        let opened = try await chancery.hrCases.open(newCase, by: context.principal)
        return try await respond(opened.object.id, context, status: .created, location: true)
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try await respond(try PathParameters.objectID(context), context)
    }

    /// The case with its parties, as its reader may see it; 404 as for a missing id otherwise.
    func respond(
        _ id: String, _ context: SignedInContext, status: HTTPResponse.Status = .ok, location: Bool = false
    ) async throws -> Response {
        guard let hrCase = try await chancery.hrCases.hrCase(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        let parties = try await chancery.hrCases.parties(of: id, by: context.principal)
        return try JSONResponse.make(
            CaseBody(hrCase, parties: parties), of: hrCase, status: status,
            location: location ? "/api/v1/casework/cases/\(id)" : nil)
    }
}
