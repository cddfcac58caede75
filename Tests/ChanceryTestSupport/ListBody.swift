import Foundation

/// A page of a list as a client reads it (`items`, `nextCursor`, `total`): what the spine's lists answer.
package struct ListBody<Item: Decodable & Sendable>: Decodable, Sendable {
    package var items: [Item]
    package var nextCursor: String?
    package var total: Int?
}
