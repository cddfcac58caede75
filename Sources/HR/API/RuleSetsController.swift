import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The regulations' time limits as versioned rule sets: `/api/v1/casework/rule-sets`, read by officers and
/// administrators, added and changed (before they take effect) by administrators.
package struct RuleSetsController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("casework/rule-sets", use: list)
        group.post("casework/rule-sets", use: add)
        group.get("casework/rule-sets/{id}", use: show)
        group.put("casework/rule-sets/{id}", use: change)
    }

    package struct RuleSetBody: Encodable, Sendable {
        package var id: String
        package var name: String
        package var effectiveFrom: String
        package var limits: [TimeLimit]
        package var version: Int64
        package var createdAt: String
        package var updatedAt: String

        package init(_ set: RuleSet) {
            id = set.id
            name = set.name
            effectiveFrom = set.effectiveFrom
            limits = set.limits
            version = set.version
            createdAt = Clock.iso8601(set.createdAt)
            updatedAt = Clock.iso8601(set.updatedAt)
        }
    }

    struct ListBody: Encodable {
        var items: [RuleSetBody]
    }

    var store: RuleSetStore { chancery.hrRuleSets }

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        try JSONResponse.make(ListBody(items: try await store.ruleSets(by: context.principal).map(RuleSetBody.init)))
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.require("id")
        guard let set = try await store.ruleSet(id, by: context.principal) else {
            throw AppError.objectNotFound(String(id.prefix(40)))
        }
        return try JSONResponse.make(RuleSetBody(set), etag: set.etag)
    }

    @Sendable package func add(_ request: Request, context: SignedInContext) async throws -> Response {
        try HROffice.require(RuleSetStore.writers, context.principal)
        let (body, _) = try await JSONBody.decode(RuleSetRequest.self, from: request)
        let set = try await store.add(body, by: context.principal)
        return try JSONResponse.make(
            RuleSetBody(set), status: .created, etag: set.etag, location: "/api/v1/casework/rule-sets/\(set.id)")
    }

    @Sendable package func change(_ request: Request, context: SignedInContext) async throws -> Response {
        try HROffice.require(RuleSetStore.writers, context.principal)
        let id = try context.parameters.require("id")
        let version = try IfMatch.version(request)
        let (body, _) = try await JSONBody.decode(RuleSetRequest.self, from: request)
        guard let set = try await store.change(id, to: body, at: version, by: context.principal) else {
            throw AppError.objectNotFound(String(id.prefix(40)))
        }
        return try JSONResponse.make(RuleSetBody(set), etag: set.etag)
    }
}

/// A case's deadlines through the API: `GET /api/v1/casework/cases/{id}/deadlines`.
package struct CaseDeadlinesBody: Encodable, Sendable {
    package struct RuleSetRef: Encodable, Sendable {
        package var id: String
        package var name: String
        package var effectiveFrom: String
    }

    package struct Item: Encodable, Sendable {
        package var caseType: String
        package var step: String
        package var article: String
        package var days: Int
        package var kind: String
        package var from: String
        @ExplicitNull package var event: String?
        @ExplicitNull package var due: String?
        @ExplicitNull package var dueAt: String?
        package var state: String
        package var explanation: String
    }

    package var caseId: String
    package var openedOn: String
    @ExplicitNull package var ruleSet: RuleSetRef?
    package var deadlines: [Item]

    package init(_ found: CaseDeadlines, _ t: Localizer) {
        caseId = found.hrCase.object.id
        openedOn = found.hrCase.openedOn
        ruleSet = found.ruleSet.map { RuleSetRef(id: $0.id, name: $0.name, effectiveFrom: $0.effectiveFrom) }
        deadlines = found.deadlines.map { item in
            Item(
                caseType: item.limit.caseType, step: item.limit.step, article: item.limit.article,
                days: item.limit.days,
                kind: item.limit.kind, from: item.limit.from.rawValue, event: item.event, due: item.deadline?.due?.iso,
                dueAt: item.deadline?.due.map(HeadquartersCalendar.endOfDay), state: item.state.rawValue,
                explanation: found.ruleSet.map { t.explanation(of: item, in: $0) } ?? "")
        }
    }
}
