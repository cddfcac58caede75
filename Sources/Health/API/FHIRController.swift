import ChanceryKit
import ChancerySpine
import Foundation
import HTTPTypes
import Hummingbird

/// The FHIR R4 export: `/api/v1/health/fhir/<Type>/{id}` for every type `FHIRExport.readers` serves,
/// `Patient/{id}/$everything` and a Patient search, as `application/fhir+json`. A resource the principal may not
/// read answers exactly like a missing one: a 404 OperationOutcome. Every export is an audit event.
package struct FHIRController {
    package let chancery: Chancery

    package static let contentType = "application/fhir+json"
    /// Where the FHIR routes begin (their query parameters are checked by `FHIROutcomeMiddleware`).
    package static let pathPrefix = "/api/v1/health/fhir/"
    // A valid field name: the initialiser cannot fail.
    package static let forwardedProto = HTTPField.Name("X-Forwarded-Proto")!

    package var export: FHIRExport { FHIRExport(chancery: chancery) }

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        let fhir = group.group("health/fhir").add(middleware: FHIROutcomeMiddleware())
        fhir.get("Patient", use: searchPatients)
        fhir.get("Patient/{id}/$everything", use: everything)
        for (type, reader) in export.readers {
            fhir.get("\(type)/{id}") { _, context in try await self.read(reader, context: context) }
        }
    }

    package func read(_ reader: FHIRExport.Reader, context: SignedInContext) async throws -> Response {
        let id = try Self.id(context)
        guard let resource = try await reader(id, context.principal) else { throw AppError.objectNotFound(id) }
        try await export.auditExport([resource], patientID: FHIR.patientID(of: resource), by: context.principal)
        return Self.response(resource, label: FHIR.label(of: resource))
    }

    /// `Patient/{id}/$everything`: a searchset Bundle of the Patient (the match) and everything of theirs the
    /// principal may read.
    @Sendable package func everything(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try Self.id(context)
        guard let resources = try await export.everything(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        try await export.auditExport(resources, patientID: id, by: context.principal)
        let label = Self.dominantLabel(resources)
        let bundle = FHIR.bundle(
            resources, matches: 1, total: 1, base: base(request), label: label, at: Clock.nowMilliseconds())
        return Self.response(bundle, label: label)
    }

    /// `Patient?name=&identifier=&_count=`: the patients the principal may read whose family or given name starts
    /// with `name`, or whose staff number is `identifier` (`urn:chancery:staff-number|N` or `N`).
    @Sendable package func searchPatients(_ request: Request, context: SignedInContext) async throws -> Response {
        let query = request.uri.queryParameters
        let count = try Self.count(query["_count"].map(String.init))
        var match = query["name"].map { String($0.prefix(100)) }
        if let identifier = query["identifier"].map(String.init), !identifier.isEmpty {
            match = String((identifier.split(separator: "|", omittingEmptySubsequences: false).last ?? "").prefix(100))
        }
        let health = chancery.health
        let page = try await health.patients(matching: match, after: nil, limit: count, by: context.principal)
        let total = try await health.patientCount(matching: match, by: context.principal)
        let resources = page.items.map(FHIR.patient)
        if !resources.isEmpty { try await export.auditExport(resources, patientID: nil, by: context.principal) }
        let label = Self.dominantLabel(resources)
        let bundle = FHIR.bundle(
            resources, matches: resources.count, total: total, base: base(request), label: label,
            at: Clock.nowMilliseconds())
        return Self.response(bundle, label: label)
    }

    // MARK: helpers

    /// The `{id}` of the path: a FHIR id (letters, digits, `-` and `.`, at most 64); anything else is not there.
    package static func id(_ context: SignedInContext) throws -> String {
        let id = try context.parameters.require("id")
        guard (1...64).contains(id.count),
            id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") })
        else { throw AppError.objectNotFound(String(id.prefix(40))) }
        return id
    }

    package static func count(_ text: String?) throws -> Int {
        guard let text else { return 50 }
        guard let count = Int(text), (1...200).contains(count) else {
            throw AppError.invalidQuery("_count", reasonKey: "health.fhir.reason.count")
        }
        return count
    }

    /// The absolute base of the FHIR endpoints, for the Bundle's `fullUrl`s.
    package func base(_ request: Request) -> String {
        let forwarded = request.headers[Self.forwardedProto]
        let scheme = forwarded == "https" ? "https" : "http"
        let host = request.head.authority ?? "\(chancery.configuration.hostname):\(chancery.configuration.port)"
        return "\(scheme)://\(host)/api/v1/health/fhir"
    }

    /// The label of what an answer shows; an empty answer shows nothing medical, so it is not marked MEDICAL (the
    /// mark alone would tell a principal without MEDICAL that something is hidden).
    package static func dominantLabel(_ resources: [FHIRResource]) -> SecurityLabel {
        (try? SecurityLabel.dominant(of: resources.compactMap(FHIR.label(of:)))) ?? .unclassified
    }

    package static func response(_ resource: FHIRResource, label: SecurityLabel?, status: HTTPResponse.Status = .ok)
        -> Response
    {
        var headers: HTTPFields = [.contentType: contentType]
        if let label { headers[.classification] = label.banner }
        return Response(
            status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: FHIR.serialize(resource))))
    }
}

/// Answers the FHIR routes' refusals as OperationOutcome resources with the problem's sentence in the reader's
/// language, so that a FHIR client reads them like any other answer. Anything unexpected goes on to the
/// ErrorMiddleware, which logs it.
package struct FHIROutcomeMiddleware: RouterMiddleware {
    package typealias Context = SignedInContext

    package func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws
        -> Response
    {
        do {
            // A parameter the operation does not implement (`_format`, `_sort`…) is refused, not ignored.
            try QueryParameters.check(request, endpoint: context.endpointPath)
            return try await next(request, context)
        } catch {
            var language = context.language
            var error = error
            if let wrapped = error as? InLanguage {
                language = wrapped.language
                error = wrapped.error
            }
            let problem: AppError
            switch error {
            case let appError as AppError: problem = appError
            case let httpError as HTTPError where httpError.status == .notFound: problem = .notFound
            default: throw error
            }
            let localizer = Localizer(language)
            var response = FHIRController.response(
                FHIR.operationOutcome(problem, detail: problem.detail(localizer)), label: nil, status: problem.status)
            response.headers[.contentLanguage] = language.rawValue
            return response
        }
    }
}

extension FHIR {
    /// The patient a resource is about: the Patient itself, or the first patient it refers to.
    package static func patientID(of resource: FHIRResource) -> String? {
        if resource["resourceType"] as? String == "Patient" { return id(of: resource) }
        return referencedIDs(of: "Patient", in: [resource]).first
    }
}
