import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine

/// Issue 19, item 4: the working calendar in the administration console: the year's public holidays and closure
/// days; an administrator adds and removes closure days, every change audited; nobody else may.
@Suite("The working calendar in the console")
struct CalendarAdminWebTests {
    @Test("an administrator adds a closure day, sees it beside the holidays in both languages, and removes it")
    func addAndRemove() async throws {
        try await withInstallation { installation in
            try await installation.user("admin", MockUser.admin)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("admin")
                let csrf = try await client.sessionCSRF(session)
                let overview = try await client.execute(uri: "/admin", method: .get, headers: session.headers())
                #expect(overview.text.firstHref(id: "admin-calendar") == "/admin/calendar")

                let before = try await installation.auditEventCount()
                let added = try await client.postForm(
                    "/admin/calendar/closures",
                    [
                        "_csrf": csrf, "day": "2026-12-28", "noteEn": "Year-end closure",
                        "noteFr": "Fermeture de fin d'année",
                    ],
                    cookies: [session.headers()[.cookie]!])
                #expect(added.status == .seeOther)
                #expect(added.headers[.location] == "/admin/calendar?year=2026&done=set")
                #expect(try await installation.changes(since: before) == ["calendar.closure.set"])

                let page = try await client.execute(
                    uri: "/admin/calendar?year=2026&done=set", method: .get, headers: session.headers())
                #expect(page.status == .ok)
                #expect(page.text.element(id: "notice") == "The closure day is saved.")
                #expect(page.text.contains(#"id="day-2026-12-28""#) && page.text.contains("Year-end closure"))
                #expect(page.text.contains(#"id="day-2026-07-21""#) && page.text.contains("Belgian National Day"))

                _ = try await client.postForm(
                    "/language", ["language": "fr", "return": "/admin", "_csrf": csrf],
                    cookies: [session.headers()[.cookie]!])
                let french = try await client.execute(
                    uri: "/admin/calendar?year=2026", method: .get, headers: session.headers())
                #expect(french.text.htmlLang == "fr")
                #expect(french.text.element(id: "page-title") == "Calendrier de travail 2026")
                #expect(french.text.contains("Fermeture de fin d&#39;année"))
                #expect(french.text.contains("lundi 28 décembre 2026") && french.text.contains("fête nationale belge"))

                let removed = try await client.postForm(
                    "/admin/calendar/closures/2026-12-28/remove", ["_csrf": csrf],
                    cookies: [session.headers()[.cookie]!])
                #expect(removed.headers[.location] == "/admin/calendar?year=2026&done=removed")
                #expect(try await installation.chancery.calendar.closures(in: 2026...2026).isEmpty)
                #expect(try await installation.changes(since: before).last == "calendar.closure.remove")
            }
        }
    }

    @Test("a bad closure form marks every field at once and stores nothing")
    func everyErrorAtOnce() async throws {
        try await withInstallation { installation in
            try await installation.user("admin", MockUser.admin)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("admin")
                let csrf = try await client.sessionCSRF(session)
                let before = try await installation.auditEventCount()
                let refused = try await client.postForm(
                    "/admin/calendar/closures", ["_csrf": csrf, "day": "2026-02-30", "noteEn": "", "noteFr": "  "],
                    cookies: [session.headers()[.cookie]!])
                #expect(refused.status == .badRequest)
                #expect(refused.text.formRefusalProblems(fields: ["day", "noteEn", "noteFr"]) == [])
                #expect(refused.text.contains(#"value="2026-02-30""#), "what was typed is kept")
                let holiday = try await client.postForm(
                    "/admin/calendar/closures", ["_csrf": csrf, "day": "2026-12-25", "noteEn": "X", "noteFr": "X"],
                    cookies: [session.headers()[.cookie]!])
                #expect(holiday.status == .badRequest)
                #expect(holiday.text.contains("This day is already a public holiday (Christmas Day)."))
                #expect(try await installation.changes(since: before).isEmpty)
            }
        }
    }

    @Test("someone who is no administrator can neither see nor change the calendar in the console")
    func othersRefused() async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let csrf = try await client.sessionCSRF(session)
                let page = try await client.execute(uri: "/admin/calendar", method: .get, headers: session.headers())
                #expect(page.status == .forbidden)
                let home = try await client.execute(uri: "/home", method: .get, headers: session.headers())
                #expect(!home.text.contains("/admin/calendar"))
                let before = try await installation.auditEventCount()
                let refused = try await client.postForm(
                    "/admin/calendar/closures", ["_csrf": csrf, "day": "2026-12-28", "noteEn": "X", "noteFr": "X"],
                    cookies: [session.headers()[.cookie]!])
                #expect(refused.status == .forbidden)
                #expect(try await installation.changes(since: before).isEmpty)
            }
        }
    }
}
