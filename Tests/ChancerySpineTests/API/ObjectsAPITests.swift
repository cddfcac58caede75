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

/// Creating, reading and listing objects through `/api/v1/objects`.
@Suite("Objects API")
struct ObjectsAPITests {
    @Test("POST creates a note: 201 with Location, ETag \"v1\", the banner and the object")
    func createNote() async throws {
        try await withInstallation { installation in
            // setup
            let clerk = try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let label = #"{"classification":"nr","releasableTo":["fra","bel"],"informative":["BUDGET"]}"#

                // exercise
                let created = try await client.api(
                    .post, "/api/v1/objects", token: token, json: noteBody("  Annual budget review  ", label: label))

                // validate
                #expect(created.status == .created)
                let body = try created.decode(ObjectBody.self)
                #expect(ObjectID.isWellFormed(body.id))
                #expect(created.headers[.location] == "/api/v1/objects/\(body.id)")
                #expect(created.headers[.eTag] == "\"v1\"")
                #expect(created.headers[.classification] == "NATO RESTRICTED // RELEASABLE TO BEL, FRA // BUDGET")
                #expect(body.kind == "note")
                #expect(body.title == "Annual budget review")
                #expect(
                    body.label
                        == SecurityLabelForm(
                            classification: "NATO RESTRICTED", releasableTo: ["BEL", "FRA"], categories: [],
                            informative: ["BUDGET"]))
                #expect(body.banner == "NATO RESTRICTED // RELEASABLE TO BEL, FRA // BUDGET")
                #expect(body.owningUnit == "IPS")
                #expect(body.openToUnit)
                #expect(body.state == "active")
                #expect(body.version == 1)
                #expect(body.createdBy == clerk.id)
                let wire = try created.jsonObject()
                #expect(
                    Set(wire.keys) == [
                        "id", "kind", "title", "label", "banner", "owningUnit", "openToUnit", "state", "version",
                        "createdBy", "createdAt", "updatedAt",
                    ])

                let read = try await client.api(.get, "/api/v1/objects/\(body.id)", token: token)
                #expect(read.status == .ok)
                #expect(read.headers[.eTag] == "\"v1\"")
                #expect(try read.decode(ObjectBody.self).title == "Annual budget review")

                let list = try await client.api(.get, "/api/v1/objects?withTotal=true", token: token)
                let page = try list.decode(ListBody<ObjectBody>.self)
                #expect(page.items.map(\.id) == [body.id])
                #expect(page.total == 1)
            }
        }
    }

    @Test("a note can only be created in one of your units and with a label you could read yourself")
    func createRefusedOutsideYourReach() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clerk", MockUser.registry)
            try await installation.user("clinician", MockUser.clinician)
            try await installation.user("visitor", MockUser.visitor)
            try await installation.app.test(.router) { client in
                let clerk = try await client.token(for: "clerk")
                let clinician = try await client.token(for: "clinician")
                let visitor = try await client.token(for: "visitor")

                // exercise and validate
                let noUnit = try await client.api(
                    .post, "/api/v1/objects", token: visitor, json: noteBody("Visitor note"))
                try noUnit.problem(.forbidden, type: "not-your-unit")
                let otherUnit = try await client.api(
                    .post, "/api/v1/objects", token: clinician, json: noteBody("In IPS", extra: #","owningUnit":"IPS""#)
                )
                try otherUnit.problem(.forbidden, type: "not-your-unit")
                let medical = #"{"classification":"NR","categories":["MEDICAL"]}"#
                let notBriefed = try await client.api(
                    .post, "/api/v1/objects", token: clerk, json: noteBody("Sick leave", label: medical))
                try notBriefed.problem(.forbidden, type: "label-above-principal")
                let aboveClearance = try await client.api(
                    .post, "/api/v1/objects", token: clerk, json: noteBody("Plans", label: #"{"classification":"CTS"}"#)
                )
                try aboveClearance.problem(.forbidden, type: "label-above-principal")
                let notReleasable = try await client.api(
                    .post, "/api/v1/objects", token: clerk,
                    json: noteBody("For the Belgians", label: #"{"classification":"NU","releasableTo":["BEL"]}"#))
                try notReleasable.problem(.forbidden, type: "label-above-principal")
                let unauthenticated = try await client.api(.post, "/api/v1/objects", json: noteBody("Anonymous"))
                try unauthenticated.problem(.unauthorized, type: "unauthenticated")

                // the clinician may create a MEDICAL note in HEALTH: the refusals above were about reach only
                let allowed = try await client.api(
                    .post, "/api/v1/objects", token: clinician, json: noteBody("Sick leave", label: medical))
                #expect(allowed.status == .created)
            }
            #expect(try await installation.objectCount() == 1)
        }
    }

    @Test("cursor pagination walks every page once, newest first, and never shows a note out of reach")
    func cursorPagination() async throws {
        try await withInstallation { installation in
            // setup
            let clerk = try await installation.user("clerk", MockUser.registry)
            let clinician = try await installation.user("clinician", MockUser.clinician)
            try await installation.user("visitor", MockUser.visitor)
            var ids: [String] = []
            for number in 1...7 {
                ids.append(
                    try await installation.note(
                        "Register page \(number)", .unclassified, unit: "IPS", by: clerk.principal
                    ).id)
            }
            let created = ids
            let hidden = try await installation.note(
                "Patient 4711 fitness review", try .testLabel("NR", categories: ["MEDICAL"]), unit: "HEALTH",
                by: clinician.principal)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")

                // exercise
                var pages: [[String]] = []
                var totals: [Int?] = []
                var uri = "/api/v1/objects?limit=3&withTotal=true"
                while pages.count < 10 {
                    let response = try await client.api(.get, uri, token: token)
                    try #require(response.status == .ok, "\(response.text)")
                    let page = try response.decode(ListBody<ObjectBody>.self)
                    pages.append(page.items.map(\.id))
                    totals.append(page.total)
                    guard let cursor = page.nextCursor else { break }
                    uri = "/api/v1/objects?limit=3&withTotal=true&cursor=\(cursor)"
                }

                // validate
                #expect(pages.map(\.count) == [3, 3, 1])
                let walked = pages.flatMap { $0 }
                #expect(Set(walked).count == walked.count, "no duplicates")
                #expect(walked == created.sorted(by: >), "every note once, newest first")
                #expect(!walked.contains(hidden.id))
                #expect(totals == [7, 7, 7])

                let withoutTotal = try await client.api(.get, "/api/v1/objects?limit=3", token: token)
                #expect(try withoutTotal.decode(ListBody<ObjectBody>.self).total == nil)
                let single = try await client.api(.get, "/api/v1/objects?limit=200", token: token)
                let all = try single.decode(ListBody<ObjectBody>.self)
                #expect(all.items.count == 7)
                #expect(all.nextCursor == nil)

                let visitor = try await client.token(for: "visitor")
                let nothing = try await client.api(.get, "/api/v1/objects?limit=3&withTotal=true", token: visitor)
                let empty = try nothing.decode(ListBody<ObjectBody>.self)
                #expect(empty.items.isEmpty)
                #expect(empty.total == 0)
                #expect(empty.nextCursor == nil)
            }
        }
    }

    @Test("a list shows the banner of the dominant label of its page")
    func listBanner() async throws {
        try await withInstallation { installation in
            // setup
            let clinician = try await installation.user("clinician", MockUser.clinician)
            try await installation.user("clerk", MockUser.registry)
            try await installation.note(
                "Clinic rota", try .testLabel("NR", categories: ["MEDICAL"]), unit: "HEALTH", by: clinician.principal)
            try await installation.note(
                "Evacuation plan", try .testLabel("NS", releasableTo: ["BEL", "FRA"]), unit: "HEALTH",
                by: clinician.principal)
            try await installation.app.test(.router) { client in
                // exercise
                let response = try await client.api(
                    .get, "/api/v1/objects", token: try await client.token(for: "clinician"))
                let empty = try await client.api(.get, "/api/v1/objects", token: try await client.token(for: "clerk"))

                // validate
                #expect(response.headers[.classification] == "NATO SECRET // MEDICAL // RELEASABLE TO BEL, FRA")
                #expect(empty.headers[.classification] == "NATO UNCLASSIFIED")
            }
        }
    }

    @Test("kind filters the list")
    func kindFilter() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", MockUser.registry)
            try await installation.note("A note", .unclassified, unit: "IPS", by: clerk.principal)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let notes = try await client.api(.get, "/api/v1/objects?kind=note&withTotal=true", token: token)
                let cases = try await client.api(.get, "/api/v1/objects?kind=hr.case&withTotal=true", token: token)
                #expect(try notes.decode(ListBody<ObjectBody>.self).total == 1)
                #expect(try cases.decode(ListBody<ObjectBody>.self).total == 0)
                #expect(try cases.decode(ListBody<ObjectBody>.self).items.isEmpty)
            }
        }
    }
}
