import ChanceryKit
import Hummingbird

/// The parameters of a route's path.
package enum PathParameters {
    /// The object id the path names in `{id}` (or in the parameter `name`); a malformed id is answered like an
    /// unknown one, with the refusal `unknown` makes of an id it does not know (`object-not-found` unless said).
    package static func objectID(
        _ context: SignedInContext, _ name: String = "id",
        unknown: (_ id: String) -> any Error = AppError.objectNotFound
    ) throws -> String {
        let id = try context.parameters.require(name)
        guard ObjectID.isWellFormed(id) else { throw unknown(String(id.prefix(40))) }
        return id
    }
}
