import ChanceryKit
import ChancerySpine
import Foundation
import HTTPTypes
import Hummingbird

/// An application as the assistant reads it through the API: the candidate's file and their documents.
package struct ApplicationDetailBody: Encodable, Sendable {
    package var application: ApplicationBody
    package var vacancyId: String
    package var documents: [AttachmentBody]

    package init(_ application: StoredApplication, documents: [Attachment]) {
        self.application = ApplicationBody(application)
        vacancyId = application.vacancyId
        self.documents = documents.map(AttachmentBody.init)
    }
}

/// A group of probable duplicates.
package struct DuplicateGroupBody: Encodable, Sendable {
    package var applications: [ApplicationBody]
}

/// Applications for the assistants (`/api/v1/recruitment/applications/…`), and the candidate's documents right
/// after applying (`/api/v1/public/applications/{reference}/documents`).
package struct ApplicationsController {
    package let chancery: Chancery
    /// The rate limit of the candidates' uploads, per address (one per node).
    package var limiter = PublicApplicationLimiter()

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("recruitment/applications/{id}", use: show)
        group.get("recruitment/applications/{id}/documents/{attachmentId}", use: download)
        group.post("recruitment/applications/{id}/merge", use: merge)
        group.get("recruitment/vacancies/{id}/duplicates", use: duplicates)
    }

    package func addPublicRoutes(to router: Router<AppRequestContext>) {
        router.group("api/v1/public").add(middleware: QueryParameterMiddleware())
            .post("applications/{reference}/documents", use: upload)
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let (application, documents) = try await PathParameters.found(context) {
            try await chancery.applications.application($0, by: context.principal)
        }
        return try Self.response(application, documents: documents)
    }

    static func response(_ application: StoredApplication, documents: [Attachment]) throws -> Response {
        let banner = (try? SecurityLabel.dominant(of: [application.object.label] + documents.map(\.label)))?.banner
        return JSONResponse.make(
            try JSONResponse.encode(ApplicationDetailBody(application, documents: documents)), status: .ok,
            etag: application.object.etag, location: nil, banner: banner ?? application.object.label.banner)
    }

    /// A document of an application, for someone who may read the application (audited, trimmed).
    @Sendable package func download(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        // only an application's documents, never another office's files by this path
        guard try await chancery.applications.application(id, by: context.principal) != nil else {
            throw AppError.objectNotFound(id)
        }
        return try await AttachmentsAPI.download(of: id, blobs: chancery.attachments.blobs, context: context) {
            try await chancery.attachments.download($0, of: id, by: context.principal)
        }
    }

    package struct MergeRequest: Decodable {
        /// The application merged into the one the path names (which is kept).
        package var duplicate: String
    }

    @Sendable package func merge(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(MergeRequest.self, from: request)
        guard ObjectID.isWellFormed(body.duplicate) else {
            throw AppError.objectNotFound(String(body.duplicate.prefix(40)))
        }
        let kept = try await chancery.applications.merge(body.duplicate, into: id, by: context.principal)
        guard let found = try await chancery.applications.application(kept.object.id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        return try Self.response(found.application, documents: found.documents)
    }

    @Sendable package func duplicates(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let groups = try await chancery.applications.duplicates(of: id, by: context.principal)
        let label = chancery.objects.dominantLabel(of: groups.flatMap { $0.map(\.object) })
        return try JSONResponse.make(
            ["items": groups.map { DuplicateGroupBody(applications: $0.map(ApplicationBody.init)) }],
            banner: label.banner)
    }

    /// The header that carries the receipt's secret.
    package static let tokenHeader = HTTPField.Name("Application-Token")!

    /// A CV or motivation letter (`?document=cv|letter`, the file as the body with its content type), with the
    /// receipt's secret, within thirty minutes of applying.
    @Sendable package func upload(_ request: Request, context: AppRequestContext) async throws -> Response {
        let address = ClientAddress.of(request, context: context, trusting: chancery.configuration.trustedProxies)
        try limiter.admit(address)
        let reference = String(try context.parameters.require("reference").prefix(60))
        guard let token = request.headers[Self.tokenHeader], !token.isEmpty else {
            throw ApplicationError.noSuchReference
        }
        guard let kind = request.uri.queryParameters["document"].flatMap({ ApplicationDocument(rawValue: String($0)) })
        else { throw AppError.invalidQuery("document", reasonKey: "recruitment.application.reason.document") }
        let attachment = try await chancery.applications.attach(
            request.body, kind: kind, contentType: request.headers[.contentType] ?? "(none)", reference: reference,
            token: token)
        var body = AttachmentBody(attachment)
        // the candidate is told what was kept, not where the office keeps it
        body.recordId = ""
        return try JSONResponse.make(body, status: .created, banner: SecurityLabel.unclassified.banner)
    }
}
