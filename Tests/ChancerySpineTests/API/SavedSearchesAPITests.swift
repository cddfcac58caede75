import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine

/// Saved searches through `/api/v1/saved-searches`: a person lists, keeps and deletes their own, never another's.
@Suite("Saved searches API")
struct SavedSearchesAPITests {
    struct Saved: Decodable, Equatable {
        var id: String
        var name: String
        var q: String
        var created: String
    }

    struct List: Decodable {
        var items: [Saved]
        var nextCursor: String?
        var total: Int?
    }

    static func body(_ name: String, _ q: String) -> String {
        #"{"name":\#(jsonString(name)),"q":\#(jsonString(q))}"#
    }

    @Test("create (idempotent), replace by name, list, read and delete one's own; each change audited")
    func ownSearches() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let key: HTTPFields = [.idempotencyKey: "save-1"]
                let made = try await client.api(
                    .post, "/api/v1/saved-searches", token: token, json: Self.body("Orders", "order"), headers: key)
                #expect(made.status == .created)
                let saved = try made.decode(Saved.self)
                #expect(saved.name == "Orders" && saved.q == "order")
                #expect(made.headers[.location] == "/api/v1/saved-searches/\(saved.id)")
                let again = try await client.api(
                    .post, "/api/v1/saved-searches", token: token, json: Self.body("Orders", "order"), headers: key)
                #expect(again.status == .created && again.headers[.idempotentReplayed] == "true")
                #expect(try again.decode(Saved.self) == saved)
                let reused = try await client.api(
                    .post, "/api/v1/saved-searches", token: token, json: Self.body("Other", "x"), headers: key)
                try reused.problem(.conflict, type: "idempotency-key-reused")
                #expect(try await installation.auditEvents(action: "search.saved").count == 1)

                let replaced = try await client.api(
                    .post, "/api/v1/saved-searches", token: token, json: Self.body("Orders", "order 2026"))
                #expect(replaced.status == .ok)
                #expect(try replaced.decode(Saved.self).id == saved.id)
                _ = try await client.api(
                    .post, "/api/v1/saved-searches", token: token, json: Self.body("Annexes", "annex"))

                let list = try await client.api(.get, "/api/v1/saved-searches", token: token)
                #expect(list.status == .ok)
                #expect(try list.decode(List.self).items.map(\.name) == ["Annexes", "Orders"])
                #expect(try list.decode(List.self).items.last?.q == "order 2026")
                let one = try await client.api(.get, "/api/v1/saved-searches/\(saved.id)", token: token)
                #expect(try one.decode(Saved.self).q == "order 2026")

                let deleted = try await client.api(.delete, "/api/v1/saved-searches/\(saved.id)", token: token)
                #expect(deleted.status == .noContent)
                let gone = try await client.api(.delete, "/api/v1/saved-searches/\(saved.id)", token: token)
                try gone.problem(.notFound, type: "saved-search-not-found")
                let event = try #require(try await installation.auditEvents(action: "search.deleted").last)
                #expect(event.actor == clerk.id && event.details["id"] == saved.id)
                #expect(
                    try await installation.chancery.savedSearches.all(of: clerk.principal).map(\.name) == ["Annexes"])
            }
        }
    }

    @Test("bad bodies are problems and store nothing: missing name, text no search, too long, unknown field")
    func refusals() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                for (json, type, field) in [
                    (Self.body("", "order"), "missing-field", "name"),
                    (Self.body("Orders", ""), "missing-field", "q"),
                    (Self.body(String(repeating: "n", count: 101), "order"), "invalid-field", "name"),
                    (Self.body("Orders", String(repeating: "q", count: 513)), "invalid-field", "q"),
                    (#"{"name":"Orders","q":"order","owner":"someone"}"#, "unknown-field", "owner"),
                ] {
                    let refused = try await client.api(.post, "/api/v1/saved-searches", token: token, json: json)
                    let problem = try refused.problem(.badRequest, type: type)
                    #expect(problem.field == field, "\(json)")
                }
                #expect(try await installation.chancery.savedSearches.all(of: clerk.principal).isEmpty)
                #expect(try await installation.auditEvents(action: "search.saved").isEmpty)
                let noToken = try await client.api(.get, "/api/v1/saved-searches")
                #expect(noToken.status == .unauthorized)
            }
        }
    }

    @Test("a person never sees, reads or deletes another person's saved searches")
    func othersNeverSeen() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", MockUser.registry)
            try await installation.user("doc", MockUser.clinician)
            let mine = try await installation.chancery.savedSearches.save(
                name: "Secret inquiry", query: "inquiry", by: clerk.principal)
            try await installation.app.test(.router) { client in
                let doc = try await client.token(for: "doc")
                let list = try await client.api(.get, "/api/v1/saved-searches", token: doc)
                #expect(try list.decode(List.self).items.isEmpty)
                #expect(!list.text.contains("Secret inquiry"))
                let read = try await client.api(.get, "/api/v1/saved-searches/\(mine.id)", token: doc)
                let missing = try await client.api(
                    .get, "/api/v1/saved-searches/\(ObjectID.make(milliseconds: 1))", token: doc)
                let readProblem = try read.problem(.notFound, type: "saved-search-not-found")
                let missingProblem = try missing.problem(.notFound, type: "saved-search-not-found")
                #expect(!read.text.contains("Secret") && !read.text.contains("inquiry"))
                #expect(readProblem.title == missingProblem.title)
                let delete = try await client.api(.delete, "/api/v1/saved-searches/\(mine.id)", token: doc)
                try delete.problem(.notFound, type: "saved-search-not-found")
                // Saving the same name is the doctor's own search, not a change to the clerk's.
                _ = try await client.api(
                    .post, "/api/v1/saved-searches", token: doc, json: Self.body("Secret inquiry", "other"))
                #expect(
                    try await installation.chancery.savedSearches.find(mine.id, of: clerk.principal)?.query == "inquiry"
                )
                #expect(try await installation.auditEvents(action: "search.deleted").isEmpty)
            }
        }
    }

    @Test(
        "the list is a cursor page like every list: limit, cursor, total; each search once, by name; none of another's")
    func paged() async throws {
        try await withInstallation { installation in
            // setup: seven searches of the clerk's, one of another person's
            let clerk = try await installation.user("clerk", MockUser.registry)
            let doc = try await installation.user("doc", MockUser.clinician)
            let names = ["Gamma", "Alpha", "Delta", "Beta", "Eta", "Zeta", "Epsilon"]
            for name in names {
                try await installation.chancery.savedSearches.save(name: name, query: "order", by: clerk.principal)
            }
            try await installation.chancery.savedSearches.save(name: "Doc's", query: "x", by: doc.principal)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")

                // exercise: pages of three, following the cursor
                var cursor: String?
                var seen: [String] = []
                var pages: [List] = []
                repeat {
                    let uri =
                        "/api/v1/saved-searches?limit=3&withTotal=true" + (cursor.map { "&cursor=\($0)" } ?? "")
                    let answer = try await client.api(.get, uri, token: token)
                    #expect(answer.status == .ok)
                    let page = try answer.decode(List.self)
                    pages.append(page)
                    seen += page.items.map(\.name)
                    cursor = page.nextCursor
                } while cursor != nil && pages.count < 10

                // validate
                #expect(seen == names.sorted(), "each once, by name")
                #expect(pages.map(\.items.count) == [3, 3, 1])
                #expect(pages.allSatisfy { $0.total == 7 })
                #expect(!seen.contains("Doc's"))
                let plain = try await client.api(.get, "/api/v1/saved-searches", token: token)
                #expect(try plain.decode(List.self).total == nil, "counted only when asked")
                #expect(try plain.decode(List.self).nextCursor == nil && !plain.text.contains("nextCursor"))
                let badLimit = try await client.api(.get, "/api/v1/saved-searches?limit=0", token: token)
                try badLimit.problem(.badRequest, type: "invalid-limit")
                let badCursor = try await client.api(.get, "/api/v1/saved-searches?cursor=%25%25", token: token)
                try badCursor.problem(.badRequest, type: "invalid-cursor")

                // The other person's list holds only theirs, counted alone.
                let other = try await client.api(
                    .get, "/api/v1/saved-searches?withTotal=true", token: try await client.token(for: "doc"))
                #expect(try other.decode(List.self).items.map(\.name) == ["Doc's"])
                #expect(try other.decode(List.self).total == 1)
            }
        }
    }
}
