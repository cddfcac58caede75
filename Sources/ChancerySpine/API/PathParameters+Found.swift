import Hummingbird

extension PathParameters {
    /// What `read` finds for the object named by the path's `{id}`. A miss is `object-not-found`: the same answer
    /// whether the object does not exist or the principal may not read it.
    package static func found<Found>(
        _ context: SignedInContext, _ read: (_ id: String) async throws -> Found?
    ) async throws -> Found {
        let id = try objectID(context)
        guard let found = try await read(id) else { throw AppError.objectNotFound(id) }
        return found
    }

    /// The item `found` reads, answered as `body` shows it, with the item's ETag and the banner of its label.
    package static func answer<Item: LabelledItem>(
        _ context: SignedInContext, as body: (Item) -> some Encodable, _ read: (_ id: String) async throws -> Item?
    ) async throws -> Response {
        let item = try await found(context, read)
        return try JSONResponse.make(body(item), of: item)
    }
}
