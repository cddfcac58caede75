import ChanceryKit
import Hummingbird

/// How a list names its next page on the wire. The API grew three spellings before it had one list handler;
/// clients rely on each, so each list keeps its own, named here rather than in a body type per list.
package enum NextPageKey: Sendable {
    /// `next`, left out on the last page (the Health Office's lists).
    case next
    /// `next`, `null` on the last page (the Registry's records and key material).
    case nextOrNull
    /// `nextCursor`, left out on the last page (the spine's objects, accounts, groups, audit trail).
    case nextCursor
}

/// A page of a list as the API answers it: `items`, the next page's cursor, and `total` when it was counted.
package struct PageBody<Item: Encodable & Sendable>: Encodable, Sendable {
    package var items: [Item]
    package var next: String?
    package var total: Int?
    package var nextKey: NextPageKey

    package init(items: [Item], next: String? = nil, total: Int? = nil, nextKey: NextPageKey = .next) {
        self.items = items
        self.next = next
        self.total = total
        self.nextKey = nextKey
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(items, forKey: Key("items"))
        switch nextKey {
        case .next: try container.encodeIfPresent(next, forKey: Key("next"))
        case .nextOrNull: try container.encode(next, forKey: Key("next"))
        case .nextCursor: try container.encodeIfPresent(next, forKey: Key("nextCursor"))
        }
        try container.encodeIfPresent(total, forKey: Key("total"))
    }
}

/// The one way a list endpoint answers: `limit` and `cursor` read and checked, the page fetched (trimmed by the
/// store), `withTotal` counted only when asked (or always, for a work queue), the items turned into bodies, and
/// the whole answered under the dominant label of what it shows.
package struct ListPage {
    package let pagination: Pagination
    /// Whether the caller asked for the total (`withTotal=true`).
    package let wantsTotal: Bool

    /// A list ordered by object id, or by the key `isValidKey` checks (see `Pagination`).
    package init(_ request: Request, isValidKey: (String) -> Bool = ObjectID.isWellFormed) throws {
        pagination = try Pagination(request, isValidKey: isValidKey)
        wantsTotal = try Pagination.flag(request, "withTotal")
    }

    /// When a list counts its total.
    package enum Counting {
        /// Never: the list takes no `withTotal`.
        case never
        /// When the caller asks (`withTotal=true`).
        case whenAsked
        /// Always (a work queue shows how much is waiting).
        case always
    }

    /// Fetches the page after the cursor, counts it as `counting` says, and answers it.
    package func respond<Item: Sendable, Body: Encodable & Sendable>(
        nextKey: NextPageKey = .next, counting: Counting = .whenAsked,
        fetch: (_ after: String?, _ limit: Int) async throws -> Page<Item>,
        count: () async throws -> Int = { 0 },
        banner: ([Item]) throws -> String?,
        body: (Item) -> Body
    ) async throws -> Response {
        let page = try await fetch(pagination.cursor, pagination.limit)
        var total: Int?
        if counting == .always || (counting == .whenAsked && wantsTotal) {
            total = try await page.total(ifWhole: pagination.cursor == nil, count: count)
        }
        let answer = PageBody(
            items: page.items.map(body), next: Pagination.encode(page.nextCursor), total: total, nextKey: nextKey)
        return try JSONResponse.make(answer, banner: try banner(page.items))
    }

    /// Fetches up to `limit` items after the cursor's key from a store that pages by a key of its items (accounts
    /// by user name, groups by name, throttles by id): a full page has a next page, after its last item's key.
    /// These lists carry no labelled object, so they have no banner.
    package func respond<Item: Sendable, Body: Encodable & Sendable>(
        nextKey: NextPageKey = .nextCursor,
        fetchAfter fetch: (_ after: String?, _ limit: Int) async throws -> [Item],
        key: @escaping (Item) -> String,
        body: (Item) -> Body
    ) async throws -> Response {
        try await respond(
            nextKey: nextKey, counting: .never,
            fetch: { after, limit in
                let items = try await fetch(after, limit)
                return Page(items: items, nextCursor: items.count == limit ? items.last.map(key) : nil)
            },
            banner: { _ in nil }, body: body)
    }
}
