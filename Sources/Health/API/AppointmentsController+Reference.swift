import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// Clinicians and appointment types as reference data through the API, as the administration console keeps them:
/// an edit names the version read (`If-Match`), is a JSON Merge Patch of the editable fields, and is audited in
/// its transaction. The administrator, the medical clerk and the medical advisor keep them.
extension AppointmentsController {
    /// A clinician's editable fields, as a merge patch sees them.
    package struct ClinicianDocument: Codable {
        package var displayName: String?
        package var specialty: String?
        package var location: String?
        package var active: Bool?
    }

    /// An appointment type's editable fields, as a merge patch sees them.
    package struct TypeDocument: Codable {
        package var nameEn: String?
        package var nameFr: String?
        package var durationMinutes: Int?
        package var kind: String?
        package var active: Bool?
    }

    /// A new appointment type.
    package struct TypeRequest: Decodable {
        package var code: String
        package var nameEn: String
        package var nameFr: String
        package var durationMinutes: Int
        package var kind: String
    }

    @Sendable package func updateClinician(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try Self.clinicianID(context)
        let version = try IfMatch.version(request)
        let patch = try await MergePatchBody.read(request)
        guard let current = try await chancery.appointments.clinicianForKeeping(id, by: context.principal) else {
            throw AppointmentError.clinicianNotFound
        }
        let document = try MergePatchBody.apply(
            patch,
            to: ClinicianDocument(
                displayName: current.displayName, specialty: current.specialty, location: current.location,
                active: current.active),
            as: ClinicianDocument.self)
        let changes = AppointmentStore.ClinicianChanges(
            displayName: try FieldRules.text(
                try MergePatchBody.required(document.displayName, "displayName"), field: "displayName", max: 120),
            specialty: try FieldRules.text(
                try MergePatchBody.required(document.specialty, "specialty"), field: "specialty", max: 120),
            location: try FieldRules.text(
                try MergePatchBody.required(document.location, "location"), field: "location", max: 200),
            active: try MergePatchBody.required(document.active, "active"))
        let clinician = try await chancery.appointments.updateClinician(
            id, changes, expectedVersion: version, by: context.principal)
        return try JSONResponse.make(ClinicianBody(clinician), etag: Self.etag(clinician.version))
    }

    @Sendable package func type(_ request: Request, context: SignedInContext) async throws -> Response {
        let type = try await Self.keptType(context, chancery)
        return try JSONResponse.make(TypeBody(type), etag: Self.etag(type.version))
    }

    @Sendable package func addType(_ request: Request, context: SignedInContext) async throws -> Response {
        try AppointmentStore.requireKeeper(context.principal)
        let (body, _) = try await JSONBody.decode(TypeRequest.self, from: request)
        guard AppointmentStore.isValidTypeCode(body.code) else {
            throw AppError.invalidField("code", reasonKey: "health.appt.reason.typeCode")
        }
        let draft = try Self.draft(
            nameEn: body.nameEn, nameFr: body.nameFr, durationMinutes: body.durationMinutes, kind: body.kind,
            active: true)
        let type = try await chancery.appointments.addType(code: body.code, draft, by: context.principal)
        return JSONResponse.make(
            try JSONResponse.encode(TypeBody(type)), status: .created, etag: Self.etag(type.version),
            location: "/api/v1/health/appointment-types/\(type.code)")
    }

    @Sendable package func updateType(_ request: Request, context: SignedInContext) async throws -> Response {
        let current = try await Self.keptType(context, chancery)
        let version = try IfMatch.version(request)
        let patch = try await MergePatchBody.read(request)
        let document = try MergePatchBody.apply(
            patch,
            to: TypeDocument(
                nameEn: current.nameEN, nameFr: current.nameFR, durationMinutes: current.durationMinutes,
                kind: current.kind, active: current.active),
            as: TypeDocument.self)
        let draft = try Self.draft(
            nameEn: try MergePatchBody.required(document.nameEn, "nameEn"),
            nameFr: try MergePatchBody.required(document.nameFr, "nameFr"),
            durationMinutes: try MergePatchBody.required(document.durationMinutes, "durationMinutes"),
            kind: try MergePatchBody.required(document.kind, "kind"),
            active: try MergePatchBody.required(document.active, "active"))
        let type = try await chancery.appointments.updateType(
            current.code, draft, expectedVersion: version, by: context.principal)
        return try JSONResponse.make(TypeBody(type), etag: Self.etag(type.version))
    }

    /// The type the path names, for whoever keeps the types (404 for an unknown code, 403 for anyone else).
    private static func keptType(_ context: SignedInContext, _ chancery: Chancery) async throws -> AppointmentType {
        let code = try context.parameters.require("code")
        guard AppointmentStore.isValidTypeCode(code),
            let type = try await chancery.appointments.typeForKeeping(code, by: context.principal)
        else { throw AppointmentError.unknownTypeNotFound }
        return type
    }

    /// A type's fields, each checked as the console's form checks them.
    private static func draft(nameEn: String, nameFr: String, durationMinutes: Int, kind: String, active: Bool) throws
        -> AppointmentStore.TypeDraft
    {
        let nameEN = try FieldRules.text(nameEn, field: "nameEn", max: 120)
        let nameFR = try FieldRules.text(nameFr, field: "nameFr", max: 120)
        guard (5...480).contains(durationMinutes) else {
            throw AppError.invalidField("durationMinutes", reasonKey: "health.appt.reason.duration")
        }
        guard AppointmentType.kinds.contains(kind) else {
            throw AppError.invalidField("kind", reason: AppointmentType.kinds.joined(separator: ", "))
        }
        return .init(nameEN: nameEN, nameFR: nameFR, durationMinutes: durationMinutes, kind: kind, active: active)
    }

    private static func etag(_ version: Int64) -> String { "\"v\(version)\"" }
}
