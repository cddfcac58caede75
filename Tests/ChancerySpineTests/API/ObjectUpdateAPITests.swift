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

/// `PATCH /api/v1/objects/{id}`: optimistic concurrency with If-Match, labels that may only be raised, and
/// the write need-to-know.
@Suite("Objects API updates")
struct ObjectUpdateAPITests {
    static let restricted = #"{"classification":"NATO RESTRICTED","releasableTo":["NATO"]}"#

    /// Creates a NATO RESTRICTED note through the API as `clerk`; returns its id.
    static func createNote(_ client: any TestClientProtocol, token: String) async throws -> String {
        let response = try await client.api(
            .post, "/api/v1/objects", token: token, json: noteBody("Filing plan 2026", label: restricted))
        try #require(response.status == .created)
        return try response.decode(ObjectBody.self).id
    }

    /// The object as its author reads it now.
    static func current(_ client: any TestClientProtocol, _ id: String, token: String) async throws
        -> (ObjectBody, String?)
    {
        let response = try await client.api(.get, "/api/v1/objects/\(id)", token: token)
        try #require(response.status == .ok)
        return (try response.decode(ObjectBody.self), response.headers[.eTag])
    }

    @Test("without If-Match: 428; with a stale ETag: 412 and nothing changed; with the right one: 200 and \"v2\"")
    func ifMatch() async throws {
        try await withInstallation { installation in
            // setup: two clerks of the same unit read version 1
            try await installation.user("clerk", MockUser.registry)
            try await installation.user("colleague", MockUser.registry)
            try await installation.app.test(.router) { client in
                let clerk = try await client.token(for: "clerk")
                let colleague = try await client.token(for: "colleague")
                let id = try await Self.createNote(client, token: clerk)
                let path = "/api/v1/objects/\(id)"

                // exercise and validate: no If-Match
                let unconditional = try await client.api(.patch, path, token: clerk, json: #"{"title":"Blind write"}"#)
                try unconditional.problem(HTTPResponse.Status(code: 428), type: "if-match-required")
                #expect(try await Self.current(client, id, token: clerk).0.title == "Filing plan 2026")

                // the clerk saves first
                let first = try await client.api(
                    .patch, path, token: clerk, json: #"{"title":"Filing plan 2026, revised"}"#,
                    headers: [.ifMatch: "\"v1\""])
                #expect(first.status == .ok)
                #expect(first.headers[.eTag] == "\"v2\"")
                let saved = try first.decode(ObjectBody.self)
                #expect(saved.version == 2)
                #expect(saved.title == "Filing plan 2026, revised")

                // the colleague's change is based on version 1: refused, the clerk's change stays
                let stale = try await client.api(
                    .patch, path, token: colleague, json: #"{"title":"Colleague's version"}"#,
                    headers: [.ifMatch: "\"v1\""])
                let problem = try stale.problem(.preconditionFailed, type: "stale-version")
                #expect(problem.detail.contains("version 2"))
                let garbage = try await client.api(
                    .patch, path, token: colleague, json: #"{"title":"Colleague's version"}"#,
                    headers: [.ifMatch: "*"])
                // "any version" is not accepted: a change must say which version it is based on
                let malformed = try garbage.problem(.badRequest, type: "invalid-field")
                #expect(malformed.detail.contains("If-Match"))
                let (now, etag) = try await Self.current(client, id, token: clerk)
                #expect(now.title == "Filing plan 2026, revised")
                #expect(now.version == 2)
                #expect(etag == "\"v2\"")

                // with the current ETag the colleague's change goes through
                let retried = try await client.api(
                    .patch, path, token: colleague, json: #"{"title":"Colleague's version"}"#,
                    headers: [.ifMatch: "\"v2\""])
                #expect(retried.status == .ok)
                #expect(retried.headers[.eTag] == "\"v3\"")
            }
        }
    }

    @Test("lowering a label is 409 label-lowered; raising it above the editor is 403; raising it within reach is 200")
    func labelChanges() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let clerk = try await client.token(for: "clerk")
                let id = try await Self.createNote(client, token: clerk)
                let path = "/api/v1/objects/\(id)"
                func patch(_ label: String) async throws -> TestResponse {
                    try await client.api(
                        .patch, path, token: clerk, json: #"{"label":\#(label)}"#, headers: [.ifMatch: "\"v1\""])
                }

                // exercise and validate
                try await patch(#"{"classification":"NU"}"#).problem(.conflict, type: "label-lowered")
                // releasable to nations that exclude the French clerk: a label the clerk could not read
                try await patch(#"{"classification":"NR","releasableTo":["BEL","DEU"]}"#)
                    .problem(.forbidden, type: "label-above-principal")
                try await patch(#"{"classification":"CTS"}"#).problem(.forbidden, type: "label-above-principal")
                try await patch(#"{"classification":"NR","categories":["MEDICAL"]}"#)
                    .problem(.forbidden, type: "label-above-principal")
                let (unchanged, etag) = try await Self.current(client, id, token: clerk)
                #expect(unchanged.label.classification == "NATO RESTRICTED")
                #expect(unchanged.label.releasableTo == ["NATO"])
                #expect(unchanged.version == 1)
                #expect(etag == "\"v1\"")

                let raised = try await patch(#"{"classification":"NC"}"#)
                #expect(raised.status == .ok)
                #expect(raised.headers[.eTag] == "\"v2\"")
                #expect(raised.headers[.classification] == "NATO CONFIDENTIAL")
                #expect(try raised.decode(ObjectBody.self).banner == "NATO CONFIDENTIAL")
            }
        }
    }

    @Test("a reader without write need-to-know or without a role may read but not change: 403, nothing changed")
    func writeNeedToKnow() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clerk", MockUser.registry)
            // in the owning unit, but holding no role
            try await installation.user(
                "reader",
                UserAttributes(
                    displayName: "Rita Reader", clearance: .natoSecret, nationality: "ITA", categories: [], roles: [],
                    units: ["IPS"], groups: []))
            // in another unit, with an office role and a need-to-know group
            try await installation.user(
                "reviewer",
                UserAttributes(
                    displayName: "Rob Reviewer", clearance: .natoSecret, nationality: "NOR", categories: [],
                    roles: [Role("hr.caseofficer")], units: ["HR"], groups: ["REVIEW", "EDITORS"]))
            try await installation.user("visitor", MockUser.visitor)
            try await installation.app.test(.router) { client in
                let clerk = try await client.token(for: "clerk")
                let reader = try await client.token(for: "reader")
                let reviewer = try await client.token(for: "reviewer")
                let visitor = try await client.token(for: "visitor")
                let id = try await Self.createNote(client, token: clerk)
                let path = "/api/v1/objects/\(id)"
                try await installation.grant(AccessEntry(grantee: .group("REVIEW"), permission: .read), on: id)
                let change = #"{"title":"Changed without the right"}"#

                // exercise and validate
                #expect(try await client.api(.get, path, token: reader).status == .ok)
                #expect(try await client.api(.get, path, token: reviewer).status == .ok)
                try await client.api(.patch, path, token: reader, json: change, headers: [.ifMatch: "\"v1\""])
                    .problem(.forbidden, type: "write-denied")
                try await client.api(.patch, path, token: reviewer, json: change, headers: [.ifMatch: "\"v1\""])
                    .problem(.forbidden, type: "write-denied")
                try await client.api(.patch, path, token: visitor, json: change, headers: [.ifMatch: "\"v1\""])
                    .problem(.notFound, type: "object-not-found")
                let (unchanged, _) = try await Self.current(client, id, token: clerk)
                #expect(unchanged.title == "Filing plan 2026")
                #expect(unchanged.version == 1)

                // a write entry for one of the reviewer's groups is what they lacked
                try await installation.grant(AccessEntry(grantee: .group("EDITORS"), permission: .write), on: id)
                let allowed = try await client.api(
                    .patch, path, token: reviewer, json: #"{"title":"Reviewed"}"#, headers: [.ifMatch: "\"v1\""])
                #expect(allowed.status == .ok)
                #expect(try allowed.decode(ObjectBody.self).title == "Reviewed")
            }
        }
    }

    @Test("an edit that changes nothing keeps the version")
    func emptyEdit() async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let clerk = try await client.token(for: "clerk")
                let id = try await Self.createNote(client, token: clerk)
                let same = try await client.api(
                    .patch, "/api/v1/objects/\(id)", token: clerk, json: #"{"title":"Filing plan 2026"}"#,
                    headers: [.ifMatch: "\"v1\""])
                #expect(same.status == .ok)
                #expect(same.headers[.eTag] == "\"v1\"")
            }
        }
    }
}
