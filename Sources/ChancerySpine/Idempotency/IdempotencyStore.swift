import ChanceryKit
import SQLKit

/// A response to a creation, kept so that a retried request with the same Idempotency-Key gets it again.
public struct StoredResponse: Sendable, Equatable {
    public var status: Int
    public var body: String
    public var location: String?
    public var etag: String?
    /// True when this is the answer to an earlier request with the same key.
    public var replayed: Bool

    package init(status: Int, body: String, location: String? = nil, etag: String? = nil, replayed: Bool) {
        self.status = status
        self.body = body
        self.location = location
        self.etag = etag
        self.replayed = replayed
    }
}

/// The one owner of `idempotency_keys`: runs a creation at most once per (user, key).
public struct IdempotencyStore: Sendable {
    package let database: Database

    package static func isValidKey(_ key: String) -> Bool {
        (1...255).contains(key.count) && key.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7f }
    }

    /// Runs `create` in one transaction with the recording of its response, unless the key was used before:
    /// then returns the recorded response (same request) or refuses (different request under the same key).
    package func perform(
        key: String?, userID: String, requestHash: String,
        create: @escaping @Sendable (any SQLDatabase) async throws -> Checked<StoredResponse>
    ) async throws -> StoredResponse {
        guard let key else { return try await database.transaction { db in try await create(db) }.get() }
        guard Self.isValidKey(key) else { throw AppError.invalidIdempotencyKey }
        do {
            return try await attempt(key: key, userID: userID, requestHash: requestHash, create: create)
        } catch let error as AppError {
            throw error
        } catch {
            // A concurrent request with the same key committed first: answer with its response.
            if let stored = try await database.read({ db in try await self.find(key, userID, on: db) }) {
                guard stored.hash == requestHash else { throw AppError.idempotencyMismatch }
                return stored.response
            }
            throw error
        }
    }

    private func attempt(
        key: String, userID: String, requestHash: String,
        create: @escaping @Sendable (any SQLDatabase) async throws -> Checked<StoredResponse>
    ) async throws -> StoredResponse {
        try await database.transaction { db -> Checked<StoredResponse> in
            if let stored = try await self.find(key, userID, on: db) {
                return stored.hash == requestHash ? .done(stored.response) : .refused(.idempotencyMismatch)
            }
            let outcome = try await create(db)
            guard case .done(let response) = outcome else { return outcome }
            try await db.raw(
                """
                INSERT INTO idempotency_keys (user_id, idem_key, request_hash, status, location, etag, body, created_at)
                VALUES (\(bind: userID), \(bind: key), \(bind: requestHash), \(bind: Int64(response.status)),
                        \(bind: response.location), \(bind: response.etag), \(bind: response.body),
                        \(bind: Clock.nowMilliseconds()))
                """
            ).run()
            return outcome
        }.get()
    }

    /// A row of `idempotency_keys`: the request's hash and the response given to it.
    private struct KeyRow: Decodable {
        var requestHash: String
        var status: Int
        var body: String
        var location: String?
        var etag: String?
    }

    private func find(_ key: String, _ userID: String, on db: any SQLDatabase) async throws
        -> (hash: String, response: StoredResponse)?
    {
        guard
            let row = try await db.raw(
                """
                SELECT request_hash, status, location, etag, body FROM idempotency_keys
                WHERE user_id = \(bind: userID) AND idem_key = \(bind: key)
                """
            ).first()
        else { return nil }
        let stored = try row.decodeModel(KeyRow.self)
        return (
            stored.requestHash,
            StoredResponse(
                status: stored.status, body: stored.body, location: stored.location, etag: stored.etag, replayed: true)
        )
    }

    package init(database: Database) {
        self.database = database
    }
}
