import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import HR

/// Opening and reading cases through the API, and the conflict rule that keeps a case from the people it names and
/// from their line managers: in lists, counts, single reads, search and pages, on both databases.
@Suite("HR cases")
struct CasesAPITests {
    @Test("an officer opens a case: STAFF whatever the label sent, the parties named, the officer reads it")
    func opens() async throws {
        try await withInstallation { installation in
            try await HRMocks.people(installation)
            try await installation.app.test(.router) { client in
                let hugo = try await client.token(for: "hugo")
                let body = HRMocks.caseBody().replacingOccurrences(
                    of: "}", with: #","label":{"classification":"NATO CONFIDENTIAL"}}"#)
                let created = try await client.api(.post, "/api/v1/casework/cases", token: hugo, json: body)
                #expect(created.status == .created, "\(created.text)")
                let id = try #require(try created.jsonObject()["id"] as? String)
                #expect(created.headers[.location] == "/api/v1/casework/cases/\(id)")
                let read = try await client.api(.get, "/api/v1/casework/cases/\(id)", token: hugo)
                #expect(read.status == .ok)
                let object = try read.jsonObject()
                #expect(object["type"] as? String == "grievance")
                #expect(object["state"] as? String == "received")
                #expect(object["decisionNotifiedOn"] as? String == "2026-11-20")
                #expect(object["articles"] as? [String] == ["Art. 61.1"])
                #expect((object["banner"] as? String)?.contains("NATO CONFIDENTIAL") == true)
                #expect((object["banner"] as? String)?.contains("STAFF") == true)
                let parties = try #require(object["parties"] as? [[String: Any]])
                #expect(Set(parties.compactMap { $0["username"] as? String }) == ["cara", "rory"])
                #expect(try await client.caseTotal(token: hugo) == 1)
                let ines = try await client.token(for: "ines")
                #expect(try await client.caseTotal(token: ines) == 1)
            }
        }
    }

    @Test("the complainant, the respondent and every manager above them see nothing of the case, anywhere")
    func conflictRule() async throws {
        try await withInstallation { installation in
            try await HRMocks.people(installation)
            try await installation.app.test(.router) { client in
                let hugo = try await client.token(for: "hugo")
                try await client.setManager(of: "cara", to: "mina", token: hugo)
                try await client.setManager(of: "mina", to: "max", token: hugo)
                try await client.setManager(of: "rory", to: "ruth", token: hugo)
                let id = try await client.openCase(HRMocks.caseBody(), token: hugo)
                let missing = ObjectID.make(milliseconds: Clock.nowMilliseconds())

                for name in ["cara", "rory", "mina", "max", "ruth", "remi", "marta"] {
                    let token = try await client.token(for: name)
                    #expect(try await client.caseTotal(token: token) == 0, "\(name)")
                    let list = try await client.api(.get, "/api/v1/casework/cases", token: token)
                    #expect(!list.text.contains(id) && !list.text.contains("Quokka"), "\(name)")
                    for probe in [id, missing] {
                        let read = try await client.api(.get, "/api/v1/casework/cases/\(probe)", token: token)
                        #expect(try read.problem(.notFound, type: "object-not-found").detail.contains(probe))
                        #expect(!read.text.contains("Quokka"))
                    }
                    let objects = try await client.api(.get, "/api/v1/objects/\(id)", token: token)
                    #expect(objects.status == .notFound, "\(name): the generic object API too")
                    let found = try await client.api(.get, "/api/v1/search?q=Quokka", token: token)
                    #expect(!found.text.contains(id) && !found.text.contains("Quokka"), "\(name): search")
                    // the pages
                    let session = try await client.signIn(name)
                    let page = try await client.execute(
                        uri: "/hr/cases/\(id)", method: .get, headers: session.headers())
                    #expect(page.status == .notFound || page.status == .forbidden, "\(name): \(page.status)")
                    #expect(!page.text.contains("Quokka"), "\(name)")
                    let listed = try await client.execute(
                        uri: "/hr/cases?format=csv", method: .get, headers: session.headers())
                    #expect(!listed.text.contains("Quokka"), "\(name): export")
                }
                // an officer named nowhere in it, and above no one it names, sees it
                let ines = try await client.token(for: "ines")
                #expect(try await client.caseTotal(token: ines) == 1)
                let found = try await client.api(.get, "/api/v1/search?q=Quokka", token: ines)
                #expect(found.text.contains(id), "\(found.text)")
                // the refusals are in the audit trail: a conflict of interest for each person the case names or
                // manages them, the missing category for the two clerks
                let denied = try await installation.chancery.database.read { db in
                    try await db.raw(
                        """
                        SELECT u.username, e.details FROM audit_events e JOIN users u ON u.id = e.actor
                        WHERE e.action = 'access.denied' AND e.object_id = \(bind: id)
                        """
                    ).all().map {
                        (
                            try $0.decode(column: "username", as: String.self),
                            try $0.decode(column: "details", as: String.self)
                        )
                    }
                }
                #expect(
                    Set(denied.filter { $0.1.contains("conflict-of-interest") }.map(\.0))
                        == ["cara", "rory", "mina", "max", "ruth"], "\(denied)")
                #expect(Set(denied.filter { $0.1.contains("category") }.map(\.0)) == ["remi", "marta"], "\(denied)")
            }
        }
    }

    @Test("a new line manager loses the case at once; a manager who leaves the chain gets it back")
    func managersChange() async throws {
        try await withInstallation { installation in
            try await HRMocks.people(installation)
            try await installation.app.test(.router) { client in
                let hugo = try await client.token(for: "hugo")
                let id = try await client.openCase(HRMocks.caseBody(respondent: nil), token: hugo)
                let ines = try await client.token(for: "ines")
                let read = { try await client.api(.get, "/api/v1/casework/cases/\(id)", token: ines).status }
                #expect(try await read() == .ok)
                try await client.setManager(of: "mina", to: "ines", token: hugo)
                #expect(try await read() == .ok, "ines manages mina, who is not named")
                try await client.setManager(of: "cara", to: "mina", token: hugo)
                #expect(try await read() == .notFound, "ines is now above cara")
                try await client.setManager(of: "mina", to: nil, token: hugo)
                #expect(try await read() == .ok, "ines has left cara's chain")
                let shown = try await client.api(.get, "/api/v1/staff/cara/line-manager", token: hugo)
                #expect(try shown.jsonObject()["lineManager"] as? String == "mina")
                // nobody in a chain may change it, or they could leave it and read the case: not cara, not mina
                try await client.setManager(of: "mina", to: "max", token: hugo)
                for name in ["cara", "mina", "max"] {
                    try await client.api(
                        .put, "/api/v1/staff/cara/line-manager", token: try await client.token(for: name),
                        json: #"{"lineManager":null}"#
                    ).problem(.forbidden, type: "conflict-of-interest")
                }
                try await client.api(
                    .put, "/api/v1/staff/mina/line-manager", token: try await client.token(for: "max"),
                    json: #"{"lineManager":null}"#
                ).problem(.forbidden, type: "conflict-of-interest")
                let max = try await client.token(for: "max")
                #expect(try await client.api(.get, "/api/v1/casework/cases/\(id)", token: max).status == .notFound)
            }
        }
    }

    @Test("an officer named in a case, or above someone it names, may not open it; nothing is written")
    func officerInConflict() async throws {
        try await withInstallation { installation in
            try await HRMocks.people(installation)
            try await installation.app.test(.router) { client in
                let hugo = try await client.token(for: "hugo")
                try await client.api(
                    .post, "/api/v1/casework/cases", token: hugo, json: HRMocks.caseBody(complainant: "hugo")
                ).problem(.forbidden, type: "conflict-of-interest")
                try await client.setManager(of: "cara", to: "hugo", token: hugo)
                try await client.api(.post, "/api/v1/casework/cases", token: hugo, json: HRMocks.caseBody())
                    .problem(.forbidden, type: "conflict-of-interest")
                #expect(try await client.caseTotal(token: client.token(for: "ines")) == 0)
            }
        }
    }

    @Test("bad cases are refused with every field named, and nothing is written")
    func badInput() async throws {
        try await withInstallation { installation in
            try await HRMocks.people(installation)
            try await installation.app.test(.router) { client in
                let hugo = try await client.token(for: "hugo")
                let cases: [(String, Set<String>)] = [
                    ("{}", ["type", "title", "complainant"]),
                    (#"{"type":"duel","title":" ","complainant":"Not A User!"}"#, ["type", "title", "complainant"]),
                    (HRMocks.caseBody(respondent: "cara"), ["respondent"]),
                    (HRMocks.caseBody(notified: "2026-02-30"), ["decisionNotifiedOn"]),
                    (HRMocks.caseBody(notified: "2999-01-01"), ["decisionNotifiedOn"]),
                    (HRMocks.caseBody(complainant: "nobody"), ["complainant"]),
                    (HRMocks.caseBody(title: String(repeating: "x", count: 201)), ["title"]),
                ]
                for (body, fields) in cases {
                    let response = try await client.api(.post, "/api/v1/casework/cases", token: hugo, json: body)
                    let problem = try response.problem(.badRequest, type: "invalid-case")
                    let named = Set(
                        (try response.jsonObject()["errors"] as? [[String: Any]] ?? []).compactMap {
                            $0["field"] as? String
                        })
                    #expect(named == fields, "\(body): \(response.text)")
                    #expect(!problem.detail.isEmpty)
                }
                try await client.api(.post, "/api/v1/casework/cases", token: hugo, json: "[1,")
                    .problem(.badRequest)
                #expect(try await client.caseTotal(token: hugo) == 0)
                // nor may anyone but an officer open one, whatever the body
                let remi = try await client.token(for: "remi")
                try await client.api(.post, "/api/v1/casework/cases", token: remi, json: "{}")
                    .problem(.forbidden, type: "role-required")
            }
        }
    }

    @Test("line managers: only officers and administrators record them; no loop, no unknown name")
    func lineManagers() async throws {
        try await withInstallation { installation in
            try await HRMocks.people(installation)
            try await installation.app.test(.router) { client in
                let hugo = try await client.token(for: "hugo")
                try await client.setManager(of: "cara", to: "mina", token: hugo)
                try await client.setManager(of: "mina", to: "max", token: hugo)
                try await client.api(
                    .put, "/api/v1/staff/max/line-manager", token: hugo, json: #"{"lineManager":"cara"}"#
                ).problem(.conflict, type: "line-manager-loop")
                try await client.api(
                    .put, "/api/v1/staff/cara/line-manager", token: hugo, json: #"{"lineManager":"cara"}"#
                ).problem(.conflict, type: "line-manager-loop")
                try await client.api(
                    .put, "/api/v1/staff/cara/line-manager", token: hugo, json: #"{"lineManager":"nobody"}"#
                ).problem(.badRequest, type: "invalid-field")
                try await client.api(
                    .put, "/api/v1/staff/nobody/line-manager", token: hugo, json: #"{"lineManager":"max"}"#
                ).problem(.notFound)
                // only an explicit null clears a manager: a missing or empty one is refused
                try await client.api(.put, "/api/v1/staff/cara/line-manager", token: hugo, json: "{}")
                    .problem(.badRequest, type: "missing-field")
                try await client.api(
                    .put, "/api/v1/staff/cara/line-manager", token: hugo, json: #"{"lineManager":""}"#
                ).problem(.badRequest, type: "invalid-field")
                let remi = try await client.token(for: "remi")
                try await client.api(
                    .put, "/api/v1/staff/cara/line-manager", token: remi, json: #"{"lineManager":"remi"}"#
                ).problem(.forbidden, type: "role-required")
                let shown = try await client.api(.get, "/api/v1/staff/cara/line-manager", token: hugo)
                #expect(try shown.jsonObject()["lineManager"] as? String == "mina")
            }
        }
    }
}
