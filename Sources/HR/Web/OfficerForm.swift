import ChanceryKit
import ChancerySpine
import Hummingbird

/// What every form an officer posts about a case or memo checks first: the CSRF token, the officer's role, and an id
/// that could be one (anything else is answered as a missing object).
enum OfficerForm {
    static func verified(_ request: Request, _ context: SignedInContext) async throws -> (
        fields: [String: String], id: String
    ) {
        let fields = try await WebForm.verified(request, session: context.session)
        try HROffice.require(HROffice.officers, context.principal)
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id) else { throw AppError.objectNotFound(String(id.prefix(40))) }
        return (fields, id)
    }
}
