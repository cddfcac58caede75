import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// `Idempotency-Key` on `POST /api/v1/objects`: a retried creation creates nothing more.
@Suite("Idempotency API")
struct IdempotencyAPITests {
    /// The total the principal's list reports.
    static func total(_ client: any TestClientProtocol, token: String) async throws -> Int? {
        try await client.api(.get, "/api/v1/objects?withTotal=true", token: token).decode(ListBody<ObjectBody>.self)
            .total
    }

    @Test("the same key and body twice: the same answer, marked as replayed, and one object")
    func replay() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let body = noteBody("Incoming message 2026/114")
                let key: HTTPFields = [.idempotencyKey: "register-2026-114"]

                // exercise
                let first = try await client.api(.post, "/api/v1/objects", token: token, json: body, headers: key)
                let second = try await client.api(.post, "/api/v1/objects", token: token, json: body, headers: key)

                // validate
                #expect(first.status == .created)
                #expect(second.status == first.status)
                #expect(second.text == first.text)
                #expect(second.headers[.location] == first.headers[.location])
                #expect(second.headers[.eTag] == first.headers[.eTag])
                #expect(first.headers[.idempotentReplayed] == nil)
                #expect(second.headers[.idempotentReplayed] == "true")
                #expect(try await Self.total(client, token: token) == 1)
            }
            #expect(try await installation.objectCount() == 1)
        }
    }

    @Test("the same key with a different body is 409 and creates nothing")
    func reuseWithAnotherBody() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let key: HTTPFields = [.idempotencyKey: "register-2026-115"]
                let first = try await client.api(
                    .post, "/api/v1/objects", token: token, json: noteBody("Incoming message 2026/115"), headers: key)
                #expect(first.status == .created)

                // exercise
                let other = try await client.api(
                    .post, "/api/v1/objects", token: token, json: noteBody("Something else entirely"), headers: key)

                // validate
                let problem = try other.problem(.conflict, type: "idempotency-key-reused")
                #expect(problem.detail.contains("Idempotency-Key"))
                #expect(
                    !other.text.contains("Incoming message"), "the earlier answer must not be given for another request"
                )
                #expect(try await Self.total(client, token: token) == 1)
            }
        }
    }

    @Test("keys belong to their user: another user's request with the same key is a new creation, not a replay")
    func keysArePerUser() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clerk", MockUser.registry)
            try await installation.user("colleague", MockUser.registry)
            try await installation.app.test(.router) { client in
                let clerk = try await client.token(for: "clerk")
                let colleague = try await client.token(for: "colleague")
                let body = noteBody("Weekly distribution list")
                let key: HTTPFields = [.idempotencyKey: "weekly-list"]

                // exercise
                let mine = try await client.api(.post, "/api/v1/objects", token: clerk, json: body, headers: key)
                let theirs = try await client.api(.post, "/api/v1/objects", token: colleague, json: body, headers: key)

                // validate
                #expect(mine.status == .created)
                #expect(theirs.status == .created)
                #expect(theirs.headers[.idempotentReplayed] == nil)
                #expect(try theirs.decode(ObjectBody.self).id != mine.decode(ObjectBody.self).id)
                #expect(try await Self.total(client, token: clerk) == 2)
            }
        }
    }

    @Test("a refused creation does not use up its key; a malformed key is a 400")
    func refusalsAndMalformedKeys() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let key: HTTPFields = [.idempotencyKey: "retry-after-fix"]

                // exercise and validate
                let refused = try await client.api(
                    .post, "/api/v1/objects", token: token,
                    json: noteBody("Too high", label: #"{"classification":"COSMIC TOP SECRET"}"#), headers: key)
                try refused.problem(.forbidden, type: "label-above-principal")
                let fixed = try await client.api(
                    .post, "/api/v1/objects", token: token, json: noteBody("Right level"), headers: key)
                #expect(fixed.status == .created)
                #expect(fixed.headers[.idempotentReplayed] == nil)

                for bad in [String(repeating: "k", count: 256), "tab\there"] {
                    let response = try await client.api(
                        .post, "/api/v1/objects", token: token, json: noteBody("Another"),
                        headers: [.idempotencyKey: bad])
                    try response.problem(.badRequest, type: "invalid-idempotency-key")
                }
                #expect(try await Self.total(client, token: token) == 1)
            }
        }
    }
}
