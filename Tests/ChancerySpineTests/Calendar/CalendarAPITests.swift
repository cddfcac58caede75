import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChancerySpine

/// `GET /api/v1/calendar/deadline` for anyone signed in, and the closure days administrators set
/// (`/api/v1/calendar/closures`), on the database under test.
@Suite("Calendar API")
struct CalendarAPITests {
    struct DeadlineBody: Decodable, Equatable {
        var from: String
        var days: Int
        var kind: String
        var due: String
        var dueAt: String
        var explanation: String
    }

    static func deadline(
        _ client: any TestClientProtocol, _ token: String, _ query: String, language: String = "en"
    ) async throws -> TestResponse {
        try await client.api(
            .get, "/api/v1/calendar/deadline?\(query)", token: token, headers: [.acceptLanguage: language])
    }

    @Test("the end of a period is its last day's last second in Brussels, with that day's offset, summer or winter")
    func offsets() async throws {
        try await withInstallation { installation in
            try await installation.user("visitor", MockUser.visitor)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "visitor")
                let cases = [
                    ("from=2026-12-01&days=30", "2026-12-31", "2026-12-31T23:59:59+01:00"),
                    ("from=2026-03-20&days=10&kind=calendar", "2026-03-30", "2026-03-30T23:59:59+02:00"),
                    ("from=2026-10-20&days=10", "2026-10-30", "2026-10-30T23:59:59+01:00"),
                    ("from=2026-12-24&days=5&kind=working", "2027-01-04", "2027-01-04T23:59:59+01:00"),
                ]
                for (query, due, dueAt) in cases {
                    let response = try await Self.deadline(client, token, query)
                    #expect(response.status == .ok, "\(query): \(response.text)")
                    let body = try response.decode(DeadlineBody.self)
                    #expect(body.due == due, "\(query)")
                    #expect(body.dueAt == dueAt, "\(query)")
                }
            }
        }
    }

    @Test("the explanation says how the end was computed, in the reader's language")
    func explanation() async throws {
        try await withInstallation { installation in
            try await installation.user("visitor", MockUser.visitor)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "visitor")
                let english = try await Self.deadline(client, token, "from=2026-11-25&days=30").decode(
                    DeadlineBody.self)
                #expect(
                    english.explanation
                        == "The period of 30 calendar days runs from the day after Wednesday 25 November 2026: day 1 is "
                        + "Thursday 26 November 2026. Day 30 is Friday 25 December 2026. Friday 25 December 2026 is not "
                        + "a working day (Christmas Day), so the period ends on the next working day, Monday 28 December "
                        + "2026. The period ends at the end of Monday 28 December 2026: 23:59:59 Brussels time (UTC+01:00)."
                )
                let french = try await Self.deadline(
                    client, token, "from=2026-12-24&days=5&kind=working", language: "fr"
                )
                .decode(DeadlineBody.self)
                #expect(
                    french.explanation
                        == "Le délai de 5 jours ouvrables court à compter du lendemain du jeudi 24 décembre 2026 (le "
                        + "vendredi 25 décembre 2026) ; seuls les jours ouvrables comptent. Le vendredi 25 décembre 2026 "
                        + "n'est pas compté (Noël). "
                        + "Le vendredi 1er janvier 2027 n'est pas compté (Jour de l'an). Le 5e jour ouvrable est le "
                        + "lundi 4 janvier 2027. Le délai expire à la fin du lundi 4 janvier 2027 : 23 h 59 min 59 s, "
                        + "heure de Bruxelles (UTC+01:00).")
            }
        }
    }

    @Test(
        "bad input is refused with a sentence saying what to write",
        arguments: [
            ("days=30", "missing-field", "from"), ("from=2026-02-30&days=30", "invalid-query", "from"),
            ("from=26-12-01&days=30", "invalid-query", "from"), ("from=2026-12-01", "missing-field", "days"),
            ("from=2026-12-01&days=0", "invalid-query", "days"), ("from=2026-12-01&days=3651", "invalid-query", "days"),
            ("from=2026-12-01&days=ten", "invalid-query", "days"),
            ("from=2026-12-01&days=99999999999999999999", "invalid-query", "days"),
            ("from=2026-12-01&days=3&kind=business", "invalid-query", "kind"),
        ])
    func badInput(_ example: (String, String, String)) async throws {
        try await withInstallation { installation in
            try await installation.user("visitor", MockUser.visitor)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "visitor")
                let response = try await Self.deadline(client, token, example.0)
                let problem = try response.problem(.badRequest, type: example.1)
                #expect(problem.detail.contains(example.2), "\(problem.detail)")
            }
        }
    }

    @Test("without a token the engine answers nothing")
    func signedOut() async throws {
        try await withInstallation { installation in
            try await installation.app.test(.router) { client in
                let response = try await client.api(.get, "/api/v1/calendar/deadline?from=2026-12-01&days=30")
                try response.problem(.unauthorized)
            }
        }
    }

    @Test("an administrator's closure days count as non-working at once; others may read but not set them")
    func closures() async throws {
        try await withInstallation { installation in
            try await installation.user("admin", MockUser.admin)
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let admin = try await client.token(for: "admin")
                let clerk = try await client.token(for: "clerk")
                let closure = #"{"noteEn":"Year-end closure","noteFr":"Fermeture de fin d'année"}"#

                // a clerk may not set one, and nothing is written
                let before = try await installation.auditEventCount()
                let refused = try await client.api(
                    .put, "/api/v1/calendar/closures/2026-12-28", token: clerk, json: closure)
                try refused.problem(.forbidden, type: "role-required")
                #expect(try await installation.changes(since: before).isEmpty)

                // bad notes and days are refused, nothing written
                for (uri, body, field) in [
                    ("/api/v1/calendar/closures/2026-12-32", closure, "day"),
                    ("/api/v1/calendar/closures/2026-12-28", #"{"noteEn":" ","noteFr":"Fermeture"}"#, "noteEn"),
                    (
                        "/api/v1/calendar/closures/2026-12-28",
                        #"{"noteEn":"Closure","noteFr":"\#(String(repeating: "x", count: 201))"}"#, "noteFr"
                    ),
                ] {
                    let response = try await client.api(.put, uri, token: admin, json: body)
                    let problem = try response.problem(.badRequest)
                    #expect(problem.detail.contains(field), "\(problem.detail)")
                }
                #expect(try await installation.changes(since: before).isEmpty)

                // four closure days between Christmas and New Year
                for day in 28...31 {
                    let response = try await client.api(
                        .put, "/api/v1/calendar/closures/2026-12-\(day)", token: admin, json: closure)
                    #expect(response.status == .ok, "\(response.text)")
                }
                #expect(
                    try await installation.changes(since: before) == Array(repeating: "calendar.closure.set", count: 4))

                // a working-days period now skips them, and says why
                let after = try await Self.deadline(client, clerk, "from=2026-12-22&days=3&kind=working")
                    .decode(DeadlineBody.self)
                #expect(after.due == "2027-01-04")
                #expect(
                    after.explanation.contains(
                        "Monday 28 December 2026 is not counted (closure day: Year-end closure)."))
                let french = try await Self.deadline(
                    client, clerk, "from=2026-12-22&days=3&kind=working", language: "fr"
                )
                .decode(DeadlineBody.self)
                #expect(french.explanation.contains("(jour de fermeture : Fermeture de fin d'année)"))

                // the year's non-working days, for anyone signed in
                let year = try await client.api(.get, "/api/v1/calendar/closures?year=2026", token: clerk)
                #expect(year.status == .ok)
                let listed = try year.jsonObject()
                #expect((listed["holidays"] as? [Any])?.count == 10)
                #expect(
                    (listed["closures"] as? [[String: Any]])?.map { $0["day"] as? String } == [
                        "2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31",
                    ])

                // removed, the day counts again; removing it twice is a 404
                let removed = try await client.api(.delete, "/api/v1/calendar/closures/2026-12-28", token: admin)
                #expect(removed.status == .noContent)
                try await client.api(.delete, "/api/v1/calendar/closures/2026-12-28", token: admin).problem(.notFound)
                let again = try await Self.deadline(client, clerk, "from=2026-12-22&days=3&kind=working")
                    .decode(DeadlineBody.self)
                #expect(again.due == "2026-12-28")
                #expect(try await installation.changes(since: before).last == "calendar.closure.remove")
            }
        }
    }
}
