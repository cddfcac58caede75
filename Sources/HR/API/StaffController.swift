import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The line managers of the staff, as the conflict rule follows them: `/api/v1/staff/{username}/line-manager`, for
/// HR case officers and administrators.
package struct StaffController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("staff/{username}/line-manager", use: show)
        group.put("staff/{username}/line-manager", use: set)
    }

    package struct LineManagerRequest: Decodable {
        /// The manager's username; null to record none.
        package var lineManager: String?

        enum CodingKeys: String, CodingKey { case lineManager }

        /// `lineManager` must be sent: a missing key is refused, so that only an explicit `null` clears the manager.
        package init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            guard container.contains(.lineManager) else {
                throw DecodingError.keyNotFound(
                    CodingKeys.lineManager, .init(codingPath: decoder.codingPath, debugDescription: "required"))
            }
            lineManager = try container.decodeIfPresent(String.self, forKey: .lineManager)
        }
    }

    package struct LineManagerBody: Encodable {
        package var username: String
        @ExplicitNull package var lineManager: String?
        @ExplicitNull package var lineManagerName: String?
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let username = try context.parameters.require("username")
        guard let found = try await chancery.lineManagers.lineManager(of: username, by: context.principal) else {
            throw HRCaseError.noSuchPerson(username)
        }
        return try JSONResponse.make(
            LineManagerBody(
                username: username.lowercased(), lineManager: found?.username, lineManagerName: found?.displayName))
    }

    @Sendable package func set(_ request: Request, context: SignedInContext) async throws -> Response {
        try HROffice.require(LineManagerStore.writers, context.principal)
        let username = try context.parameters.require("username")
        let (body, _) = try await JSONBody.decode(LineManagerRequest.self, from: request)
        let manager = body.lineManager?.trimmingCharacters(in: .whitespaces).lowercased()
        if let manager, !UserStore.isValidUsername(manager) {
            throw AppError.invalidField("lineManager", reasonKey: "hr.reason.username")
        }
        try await chancery.lineManagers.setLineManager(of: username, to: manager, by: context.principal)
        return try await show(request, context: context)
    }
}
