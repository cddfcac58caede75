import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// Referrals, division point-of-contact requests, releases of information and the accounting of disclosures:
/// `/api/v1/health/referrals`, `…/pod-requests`, `…/releases`, `…/patients/{id}/disclosures`.
package struct HealthReleasesController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("health/referrals", use: listReferrals)
        group.post("health/referrals", use: createReferral)
        group.get("health/referrals/{id}", use: getReferral)
        group.post("health/referrals/{id}/sent", use: referralSent)
        group.post("health/referrals/{id}/reply", use: referralReply)
        group.post("health/referrals/{id}/closure", use: referralClosure)
        group.post("health/referrals/{id}/cancellation", use: referralCancellation)
        group.get("health/pod-requests", use: listPODRequests)
        group.post("health/pod-requests", use: createPODRequest)
        group.get("health/pod-requests/{id}", use: getPODRequest)
        group.post("health/pod-requests/{id}/answer", use: answerPODRequest)
        group.post("health/pod-requests/{id}/closure", use: closePODRequest)
        group.get("health/releases", use: listReleases)
        group.post("health/releases", use: requestRelease)
        group.get("health/releases/{id}", use: getRelease)
        group.post("health/releases/{id}/approval", use: approveRelease)
        group.post("health/releases/{id}/release", use: performRelease)
        group.get("health/releases/{id}/package", use: getPackage)
        group.get("health/patients/{id}/disclosures", use: listDisclosures)
    }

    package var store: HealthReleaseStore { chancery.healthReleases }

    // MARK: referrals

    package struct ReferralRequest: Decodable {
        package var patient: String
        package var provider: String
        package var providerAddress: String?
        package var specialty: String
        package var reason: String
        package var urgency: String?
        package var referringClinician: String?
        package var replyDue: String?
    }

    package struct SentRequest: Decodable { package var date: String? }
    package struct ReplyRequest: Decodable {
        package var date: String?
        package var summary: String
    }

    @Sendable package func listReferrals(_ request: Request, context: SignedInContext) async throws -> Response {
        let list = try ListPage(request)
        let query = request.uri.queryParameters
        var filter = Referral.Filter()
        filter.status = try Pagination.choice(request, "status", reasonKey: "health.rel.reason.choice")
        filter.overdue = try Pagination.flag(request, "overdue")
        if let patient = query["patient"].map(String.init) { filter.patientID = patient }
        return try await list.respond(
            fetch: { try await store.referrals(filter, after: $0, limit: $1, by: context.principal) },
            count: { try await store.referralCount(filter, by: context.principal) },
            banner: { chancery.objects.dominantBanner(of: $0) },
            body: HealthReleaseBodies.Referral.init)
    }

    @Sendable package func createReferral(_ request: Request, context: SignedInContext) async throws -> Response {
        let (body, _) = try await JSONBody.decode(ReferralRequest.self, from: request)
        var urgency = Referral.Urgency.routine
        if let text = body.urgency {
            guard let chosen = Referral.Urgency(rawValue: text) else {
                throw HealthReleaseError.invalid("urgency", "choice")
            }
            urgency = chosen
        }
        let draft = Referral.Draft(
            provider: try FieldRules.text(body.provider, field: "provider", max: 200),
            providerAddress: try FieldRules.optionalText(body.providerAddress, field: "providerAddress", max: 500),
            specialty: try FieldRules.text(body.specialty, field: "specialty", max: 100),
            reason: try Self.longText(body.reason, field: "reason"), urgency: urgency,
            referringClinician: try FieldRules.optionalText(
                body.referringClinician, field: "referringClinician", max: 100),
            replyDue: try FieldRules.date(body.replyDue, field: "replyDue"))
        let referral = try await store.createReferral(
            for: try Self.objectID(body.patient), draft, by: context.principal)
        return try Self.created(HealthReleaseBodies.Referral(referral), path: "referrals", object: referral.object)
    }

    @Sendable package func getReferral(_ request: Request, context: SignedInContext) async throws -> Response {
        try await PathParameters.answer(context, as: HealthReleaseBodies.Referral.init) {
            try await store.referral($0, by: context.principal)
        }
    }

    @Sendable package func referralSent(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let body = try await JSONBody.decodeIfPresent(SentRequest.self, from: request) ?? SentRequest()
        let date = try FieldRules.date(body.date, field: "date") ?? HealthReleaseStore.today
        return try await advance(id, .sent(date: date), context)
    }

    @Sendable package func referralReply(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(ReplyRequest.self, from: request)
        let date = try FieldRules.date(body.date, field: "date") ?? HealthReleaseStore.today
        return try await advance(
            id, .reply(date: date, summary: try Self.longText(body.summary, field: "summary")), context)
    }

    @Sendable package func referralClosure(_ request: Request, context: SignedInContext) async throws -> Response {
        try await advance(try PathParameters.objectID(context), .closure, context)
    }

    @Sendable package func referralCancellation(_ request: Request, context: SignedInContext) async throws -> Response {
        try await advance(try PathParameters.objectID(context), .cancellation, context)
    }

    package func advance(_ id: String, _ step: HealthReleaseStore.ReferralStep, _ context: SignedInContext) async throws
        -> Response
    {
        let referral = try await store.advanceReferral(id, step, by: context.principal)
        return try JSONResponse.make(HealthReleaseBodies.Referral(referral), of: referral)
    }

    // MARK: POD requests

    package struct PODRequestBody: Decodable {
        package var staffNumber: String
        package var question: String
        package var purpose: String
    }

    /// The answer form: exactly these fields, nothing clinical can be sent (any other field is `unknown-field`).
    package struct AnswerRequest: Decodable {
        package var fitness: String
        package var restrictions: [String]?
        package var from: String?
        package var until: String?
        package var reviewDate: String?
    }

    @Sendable package func listPODRequests(_ request: Request, context: SignedInContext) async throws -> Response {
        let list = try ListPage(request)
        let status: PODRequest.Status? = try Pagination.choice(
            request, "status", reasonKey: "health.rel.reason.choice")
        return try await list.respond(
            counting: .never,
            fetch: { try await store.podRequests(status: status, after: $0, limit: $1, by: context.principal) },
            banner: { chancery.objects.dominantBanner(of: $0) },
            body: { HealthReleaseBodies.PODRequest($0) })
    }

    @Sendable package func createPODRequest(_ request: Request, context: SignedInContext) async throws -> Response {
        let (body, _) = try await JSONBody.decode(PODRequestBody.self, from: request)
        let created = try await store.createPODRequest(
            staffNumber: try FieldRules.text(body.staffNumber, field: "staffNumber", max: 40),
            question: try Self.longText(body.question, field: "question", max: 2000),
            purpose: try FieldRules.text(body.purpose, field: "purpose", max: 500), by: context.principal)
        return try Self.created(HealthReleaseBodies.PODRequest(created), path: "pod-requests", object: created.object)
    }

    @Sendable package func getPODRequest(_ request: Request, context: SignedInContext) async throws -> Response {
        let (found, patient) = try await PathParameters.found(context) {
            try await store.podRequest($0, by: context.principal)
        }
        return try JSONResponse.make(HealthReleaseBodies.PODRequest(found, patient: patient), of: found)
    }

    @Sendable package func answerPODRequest(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(AnswerRequest.self, from: request)
        let answered = try await store.answerPODRequest(
            id,
            .init(
                fitness: body.fitness, restrictions: body.restrictions ?? [], from: body.from, until: body.until,
                reviewDate: body.reviewDate),
            by: context.principal)
        return try JSONResponse.make(HealthReleaseBodies.PODRequest(answered), of: answered)
    }

    @Sendable package func closePODRequest(_ request: Request, context: SignedInContext) async throws -> Response {
        let closed = try await store.closePODRequest(try PathParameters.objectID(context), by: context.principal)
        return try JSONResponse.make(HealthReleaseBodies.PODRequest(closed), of: closed)
    }

    // MARK: releases

    package struct ReleaseRequest: Decodable {
        package var patient: String
        package var recipient: String
        package var purpose: String
        package var requested: Requested

        package struct Requested: Decodable {
            package var entryTypes: [String]
            package var from: String?
            package var until: String?
        }
    }

    @Sendable package func listReleases(_ request: Request, context: SignedInContext) async throws -> Response {
        let list = try ListPage(request)
        let query = request.uri.queryParameters
        let status: ReleaseOfInformation.Status? = try Pagination.choice(
            request, "status", reasonKey: "health.rel.reason.choice")
        let patient = query["patient"].map(String.init)
        return try await list.respond(
            fetch: {
                try await store.releases(
                    status: status, patientID: patient, after: $0, limit: $1, by: context.principal)
            },
            count: { try await store.releaseCount(status: status, patientID: patient, by: context.principal) },
            banner: { chancery.objects.dominantBanner(of: $0) },
            body: { HealthReleaseBodies.Release($0) })
    }

    @Sendable package func requestRelease(_ request: Request, context: SignedInContext) async throws -> Response {
        let (body, _) = try await JSONBody.decode(ReleaseRequest.self, from: request)
        let asked = try Self.releaseRequest(
            recipient: body.recipient, purpose: body.purpose, entryTypes: body.requested.entryTypes,
            from: body.requested.from, until: body.requested.until, prefix: "requested.")
        let release = try await store.requestRelease(of: try Self.objectID(body.patient), asked, by: context.principal)
        return try Self.created(
            HealthReleaseBodies.Release(release, consentValid: true), path: "releases", object: release.object)
    }

    /// Checks what a release request asks for (the API and the web form share it).
    package static func releaseRequest(
        recipient: String, purpose: String, entryTypes: [String], from: String?, until: String?, prefix: String = ""
    ) throws -> ReleaseOfInformation.Request {
        var types: [RecordEntry.EntryType] = []
        for (index, text) in entryTypes.enumerated() {
            guard let type = RecordEntry.EntryType(rawValue: text) else {
                throw HealthReleaseError.invalid("\(prefix)entryTypes[\(index)]", "entryType")
            }
            if !types.contains(type) { types.append(type) }
        }
        guard !types.isEmpty else { throw AppError.missingField("\(prefix)entryTypes") }
        let from = try FieldRules.date(from, field: "\(prefix)from")
        let until = try FieldRules.date(until, field: "\(prefix)until")
        if let from, let until, from > until { throw HealthReleaseError.invalid("\(prefix)until", "untilBeforeFrom") }
        return .init(
            recipient: try FieldRules.text(recipient, field: "recipient", max: 200),
            purpose: try FieldRules.text(purpose, field: "purpose", max: 500), entryTypes: types, from: from,
            until: until)
    }

    @Sendable package func getRelease(_ request: Request, context: SignedInContext) async throws -> Response {
        let (release, valid) = try await PathParameters.found(context) {
            try await store.release($0, by: context.principal)
        }
        return try JSONResponse.make(HealthReleaseBodies.Release(release, consentValid: valid), of: release)
    }

    @Sendable package func approveRelease(_ request: Request, context: SignedInContext) async throws -> Response {
        let release = try await store.approveRelease(try PathParameters.objectID(context), by: context.principal)
        return try JSONResponse.make(HealthReleaseBodies.Release(release), of: release)
    }

    @Sendable package func performRelease(_ request: Request, context: SignedInContext) async throws -> Response {
        let release = try await store.performRelease(try PathParameters.objectID(context), by: context.principal)
        return try JSONResponse.make(HealthReleaseBodies.Release(release), of: release)
    }

    @Sendable package func getPackage(_ request: Request, context: SignedInContext) async throws -> Response {
        let package = try await PathParameters.found(context) {
            try await store.package(of: $0, by: context.principal)
        }
        return JSONResponse.make(package.json, banner: package.banner)
    }

    @Sendable package func listDisclosures(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        guard case (let patient, let rows)? = try await store.disclosures(of: id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        let body = HealthReleaseBodies.Disclosures(
            patient: id, items: rows.map(HealthReleaseBodies.Disclosure.init), banner: patient.object.label.banner)
        return try JSONResponse.make(body, banner: patient.object.label.banner)
    }

    // MARK: helpers

    /// An object id given in a body: a malformed one is answered like an unknown one.
    package static func objectID(_ text: String) throws -> String {
        guard ObjectID.isWellFormed(text) else { throw AppError.objectNotFound(String(text.prefix(40))) }
        return text
    }

    /// A text of several lines (clinical reasons, summaries): 1 to `max` characters, tabs and newlines allowed.
    package static func longText(_ value: String, field: String, max: Int = 10_000) throws -> String {
        let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
        let flat = text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
            .replacingOccurrences(of: "\t", with: " ")
        _ = try FieldRules.text(flat, field: field, max: max)
        return text
    }

    package static func created(_ body: some Encodable, path: String, object: LabelledObject) throws -> Response {
        try JSONResponse.make(body, of: object, status: .created, location: "/api/v1/health/\(path)/\(object.id)")
    }
}
