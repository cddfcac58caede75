import ChanceryKit
import Crypto
import Foundation
import Hummingbird
import SQLKit

extension IdempotencyStore {
    /// Answers a creation sent as JSON once per `Idempotency-Key`: `create` runs in the transaction that keeps its
    /// answer, and a retry with the same key and the same body gets that answer again. What a key stands for is the
    /// route (`POST /api/v1/records`) and the body as it was sent.
    package func respond(
        to request: Request, route: String, body: Data, by principal: Principal, banner: String? = nil,
        create: @escaping @Sendable (any SQLDatabase) async throws -> Checked<StoredResponse>
    ) async throws -> Response {
        let requestHash = SHA256.hash(data: Data("\(route)\n".utf8) + body).hexString
        let stored = try await perform(
            key: request.headers[.idempotencyKey], userID: principal.id, requestHash: requestHash, create: create)
        return JSONResponse.make(stored, banner: banner)
    }
}

extension StoredResponse {
    /// The JSON answer to a creation, to keep under its `Idempotency-Key`: `201` unless said, where the created
    /// thing is, and its ETag when it has one.
    package static func json(
        _ body: some Encodable, status: Int = 201, location: String, etag: String? = nil
    ) throws -> StoredResponse {
        StoredResponse(
            status: status, body: try JSONResponse.encode(body), location: location, etag: etag, replayed: false)
    }
}

extension JSONResponse {
    /// A kept answer, marked `Idempotent-Replayed` when it answers an earlier request with the same key.
    package static func make(_ stored: StoredResponse, banner: String? = nil) -> Response {
        var answer = make(
            stored.body, status: .init(code: stored.status), etag: stored.etag, location: stored.location,
            banner: banner)
        if stored.replayed { answer.headers[.idempotentReplayed] = "true" }
        return answer
    }
}
