import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

extension RegistryWebController {
    /// The record page's upload form (`multipart/form-data`): the CSRF field must come before the file, which
    /// is streamed to the blob store as it arrives.
    /// The upload form's file field.
    static let uploadField = "upload-file"

    @Sendable package func upload(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id) else { throw AppError.objectNotFound(String(id.prefix(40))) }
        let (records, principal, limit) = (chancery.records, context.principal, chancery.configuration.maxUploadBytes)
        do {
            _ = try await MultipartUpload.receive(request, session: context.session, limit: limit) { chunks, file in
                try await records.attach(
                    chunks, to: id, name: file.filename, contentType: file.contentType, label: nil, limit: limit,
                    by: principal)
            }
            return .redirect(to: "/registry/records/\(id)?done=upload", type: .normal)
        } catch let error as AppError
            where error.type != AppError.csrf.type && error.status != .notFound && error.status != .forbidden
        {
            // Nothing was stored (the file is attached in one transaction, its blob only once complete): the refusal
            // (no file, empty, too large, a type not accepted, cut short) is marked on the file field.
            var errors = FormErrors()
            errors.add(Self.uploadField, error.detail(context.localizer))
            return try await recordPage(
                try await view(id, context), context, notice: nil, formErrors: errors, status: error.status)
        }
    }
}
