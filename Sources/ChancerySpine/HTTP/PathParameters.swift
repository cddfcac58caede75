import ChanceryKit
import Hummingbird

/// The parameters of a route's path.
package enum PathParameters {
    /// The `{id}` of the path; a malformed id is answered like an unknown one.
    package static func objectID(_ context: SignedInContext) throws -> String {
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id) else { throw AppError.objectNotFound(String(id.prefix(40))) }
        return id
    }
}
