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

/// The sign-in page, the sign-in and sign-out forms with their CSRF protection, and the language switch.
@Suite("Web sign-in")
struct WebAuthTests {
    @Test("/login is in English by default, in French with Accept-Language or the language cookie")
    func loginPageLanguage() async throws {
        try await withInstallation { installation in
            try await installation.app.test(.router) { client in
                // exercise
                let english = try await client.execute(uri: "/login", method: .get)
                let german = try await client.execute(
                    uri: "/login", method: .get, headers: [.acceptLanguage: "de-DE, de"])
                let byHeader = try await client.execute(
                    uri: "/login", method: .get, headers: [.acceptLanguage: "fr-FR,fr;q=0.9,en;q=0.8"])
                let byCookie = try await client.execute(
                    uri: "/login", method: .get, headers: [.cookie: "chancery_lang=fr", .acceptLanguage: "en"])
                let badCookie = try await client.execute(
                    uri: "/login", method: .get, headers: [.cookie: "chancery_lang=xx"])

                // validate
                for (name, page) in [("default", english), ("German", german), ("unknown cookie", badCookie)] {
                    #expect(page.status == .ok, "\(name)")
                    #expect(page.headers[.contentType] == "text/html; charset=utf-8", "\(name)")
                    #expect(page.text.htmlLang == "en", "\(name)")
                    #expect(page.text.htmlTitle == "Sign in · Chancery", "\(name)")
                    #expect(page.text.element(id: "page-title") == "Sign in", "\(name)")
                    #expect(!page.text.contains("Connexion"), "\(name)")
                }
                for (name, page) in [("Accept-Language", byHeader), ("cookie", byCookie)] {
                    #expect(page.status == .ok, "\(name)")
                    #expect(page.headers[.contentLanguage] == "fr", "\(name)")
                    #expect(page.text.htmlLang == "fr", "\(name)")
                    #expect(page.text.htmlTitle == "Connexion · Chancellerie", "\(name)")
                    #expect(page.text.element(id: "page-title") == "Connexion", "\(name)")
                    #expect(page.text.contains("Mot de passe"), "\(name)")
                    #expect(!page.text.contains("Sign in"), "\(name)")
                    #expect(!page.text.contains(">Password<"), "\(name)")
                }
                // the sign-in page shows no classified content: its banners are unclassified
                #expect(english.text.element(id: "banner-top") == "NATO UNCLASSIFIED")
                #expect(english.text.element(id: "banner-bottom") == "NATO UNCLASSIFIED")
            }
        }
    }

    @Test("signing in through the form: 303 to /home and a HttpOnly, SameSite, Secure session cookie")
    func signInThroughTheForm() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                // exercise: load the form, then post it as a browser would
                let page = try await client.execute(uri: "/login", method: .get)
                let loginCookie = try #require(page.cookie(WebAuthController.loginCookie))
                let csrf = try #require(page.text.hiddenField("_csrf"))
                let response = try await client.postForm(
                    "/login", ["_csrf": csrf, "username": "Clerk", "password": MockUser.password],
                    cookies: ["chancery_login=\(loginCookie.value)"])

                // validate: the form's token is the cookie's, and the cookie cannot be read by scripts
                #expect(csrf == loginCookie.value)
                #expect(csrf.count >= 32)
                #expect(loginCookie.isHttpOnly)
                #expect(loginCookie.sameSite == "strict")
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/home")
                let session = try #require(response.cookie("chancery_session"))
                #expect(session.value.count >= 32)
                #expect(session.isHttpOnly)
                #expect(session.isSecure)
                #expect(session.sameSite == "lax" || session.sameSite == "strict")
                #expect(session.attributes["path"] == "/")
                #expect(response.cookie("chancery_login")?.value == "", "the one-time sign-in cookie is cleared")

                let home = try await client.execute(
                    uri: "/home", method: .get, headers: [.cookie: "chancery_session=\(session.value)"])
                #expect(home.status == .ok)
                #expect(home.text.contains("Signed in as clerk"))
            }
        }
    }

    @Test("a wrong password re-shows the form with a sentence and opens no session")
    func wrongPassword() async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let response = try await client.postLogin("clerk", password: "not the right one")
                #expect(response.status == .unauthorized)
                #expect(response.cookie("chancery_session") == nil)
                #expect(response.text.element(id: "login-error") == "The user name or password is not correct.")
                #expect(response.text.contains(#"value="clerk""#), "the user name is kept in the form")
                #expect(!response.text.contains("not the right one"), "the password is never echoed")

                let french = try await client.postLogin(
                    "clerk", password: "not the right one", headers: [.acceptLanguage: "fr"])
                #expect(
                    french.text.element(id: "login-error")
                        == "Le nom d&#39;utilisateur ou le mot de passe est incorrect.")
            }
        }
    }

    @Test("a throttled name is refused by the form too, even with the right password: 429, Retry-After, a sentence")
    func throttledThroughTheForm() async throws {
        let clock = ManualClock()
        try await withInstallation(throttleClock: clock) { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                for _ in 1...5 { _ = try await client.postLogin("clerk", password: "wrong password!") }
                let response = try await client.postLogin("clerk")
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.retryAfter] == "30")
                #expect(response.cookie("chancery_session") == nil)
                #expect(
                    response.text.element(id: "login-error")
                        == "Too many failed sign-ins for this name or from this address: wait 30 s before trying again."
                )
                let french = try await client.postLogin("clerk", headers: [.acceptLanguage: "fr"])
                #expect(french.headers[.retryAfter] == "30")
                #expect(french.text.element(id: "login-error")?.hasPrefix("Trop d&#39;échecs de connexion") == true)
            }
        }
    }

    @Test("the sign-in form answers a name that is no account exactly like one that is, throttled or not")
    func unknownNameThroughTheForm() async throws {
        let clock = ManualClock()
        try await withInstallation(throttleClock: clock) { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                for attempt in 1...7 {
                    let password = attempt >= 6 ? MockUser.password : "wrong password \(attempt)"
                    let known = try await client.postLogin("clerk", password: password)
                    let unknown = try await client.postLogin("clerc", password: password)
                    #expect(known.status == unknown.status, "attempt \(attempt)")
                    #expect(known.headers[.retryAfter] == unknown.headers[.retryAfter], "attempt \(attempt)")
                    #expect(
                        known.text.element(id: "login-error") == unknown.text.element(id: "login-error"),
                        "attempt \(attempt)")
                    #expect(known.cookie("chancery_session") == nil)
                }
            }
        }
    }

    @Test("POST /login without, with a wrong, or without the cookie of its _csrf: 403 and no session")
    func loginCSRF() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let form = try await client.loginForm()
                let credentials = ["username": "clerk", "password": MockUser.password]
                let attempts: [(String, [String: String], [String])] = [
                    ("no _csrf", credentials, ["chancery_login=\(form.cookie)"]),
                    (
                        "wrong _csrf", credentials.merging(["_csrf": SecretToken.make()]) { $1 },
                        ["chancery_login=\(form.cookie)"]
                    ),
                    ("empty _csrf", credentials.merging(["_csrf": ""]) { $1 }, ["chancery_login=\(form.cookie)"]),
                    ("no cookie", credentials.merging(["_csrf": form.csrf]) { $1 }, []),
                    (
                        "another form's cookie", credentials.merging(["_csrf": form.csrf]) { $1 },
                        ["chancery_login=\(SecretToken.make())"]
                    ),
                ]
                for (name, fields, cookies) in attempts {
                    // exercise
                    let response = try await client.postForm("/login", fields, cookies: cookies)

                    // validate
                    #expect(response.status == .forbidden, "\(name)")
                    #expect(response.cookie("chancery_session") == nil, "\(name)")
                    #expect(
                        response.text.element(id: "login-error")?.contains("did not come from Chancery") == true,
                        "\(name)")
                }
                // the same form with its cookie and token signs in: the refusals were about CSRF alone
                let accepted = try await client.postForm(
                    "/login", credentials.merging(["_csrf": form.csrf]) { $1 },
                    cookies: ["chancery_login=\(form.cookie)"])
                #expect(accepted.status == .seeOther)
                #expect(accepted.cookie("chancery_session") != nil)
            }
        }
    }

    @Test("an oversized sign-in form is a 413 page, never a 500")
    func oversizedForm() async throws {
        try await withInstallation { installation in
            try await installation.app.test(.router) { client in
                let form = try await client.loginForm()
                let response = try await client.postForm(
                    "/login", ["_csrf": form.csrf, "username": String(repeating: "a", count: 70_000), "password": "x"],
                    cookies: ["chancery_login=\(form.cookie)"])
                #expect(response.status == .contentTooLarge)
                #expect(response.text.element(id: "error-detail") == "The request body is larger than 64 KB.")
                #expect(response.cookie("chancery_session") == nil)
            }
        }
    }

    @Test("POST /logout with a wrong _csrf is 403 and the session still works; with the right one it ends")
    func logoutCSRF() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let csrf = try await client.sessionCSRF(session)

                // exercise and validate: forged sign-outs
                for fields in [[:], ["_csrf": SecretToken.make()], ["_csrf": session.secret]] {
                    let forged = try await client.postForm(
                        "/logout", fields, cookies: ["chancery_session=\(session.secret)"])
                    #expect(forged.status == .forbidden)
                    #expect(forged.text.element(id: "error-detail")?.contains("did not come from Chancery") == true)
                    let still = try await client.execute(uri: "/home", method: .get, headers: session.headers())
                    #expect(still.status == .ok, "a forged sign-out must not end the session")
                }

                // the real sign-out form
                let logout = try await client.postForm(
                    "/logout", ["_csrf": csrf], cookies: ["chancery_session=\(session.secret)"])
                #expect(logout.status == .seeOther)
                #expect(logout.headers[.location] == "/login?signedOut=1")
                #expect(logout.cookie("chancery_session")?.value == "")
                let after = try await client.execute(uri: "/home", method: .get, headers: session.headers())
                #expect(after.status == .seeOther)
                #expect(after.headers[.location] == "/login")
                let notice = try await client.execute(uri: "/login?signedOut=1", method: .get)
                #expect(notice.text.element(id: "login-notice") == "You have signed out.")
            }
        }
    }

    @Test("another session's CSRF token does not sign this session out")
    func csrfTokenIsPerSession() async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.user("clinician", MockUser.clinician)
            try await installation.app.test(.router) { client in
                let mine = try await client.signIn("clerk")
                let theirs = try await client.signIn("clinician")
                let theirToken = try await client.sessionCSRF(theirs)
                let forged = try await client.postForm(
                    "/logout", ["_csrf": theirToken], cookies: ["chancery_session=\(mine.secret)"])
                #expect(forged.status == .forbidden)
                #expect(try await client.execute(uri: "/home", method: .get, headers: mine.headers()).status == .ok)
            }
        }
    }

    @Test("/language/fr sets the cookie and returns only to a local path")
    func languageSwitch() async throws {
        try await withInstallation { installation in
            try await installation.app.test(.router) { client in
                let cases: [(String, String)] = [
                    ("/language/fr?return=/home", "/home"),
                    ("/language/fr?return=%2Flogin", "/login"),
                    ("/language/fr?return=//evil.example", "/home"),
                    ("/language/fr?return=%2F%2Fevil.example%2Fphish", "/home"),
                    ("/language/fr?return=https://evil.example/", "/home"),
                    ("/language/fr?return=%2F%5Cevil.example", "/home"),
                    ("/language/fr?return=/language/en", "/home"),
                    ("/language/fr", "/home"),
                ]
                for (uri, location) in cases {
                    // exercise
                    let response = try await client.execute(uri: uri, method: .get)

                    // validate
                    #expect(response.status == .seeOther, "\(uri)")
                    #expect(response.headers[.location] == location, "\(uri)")
                    let cookie = try #require(response.cookie("chancery_lang"), "\(uri)")
                    #expect(cookie.value == "fr")
                    #expect(cookie.isHttpOnly)
                    #expect(cookie.attributes["max-age"].flatMap { Int($0) } ?? 0 > 30 * 24 * 3600, "remembered")
                }
                let english = try await client.execute(uri: "/language/en?return=/login", method: .get)
                #expect(english.cookie("chancery_lang")?.value == "en")

                let unknown = try await client.execute(uri: "/language/xx?return=/home", method: .get)
                #expect(unknown.status == .notFound)
                #expect(unknown.cookie("chancery_lang") == nil)
            }
        }
    }

    @Test("the language chosen while signed in, through the page frame's POST form, is remembered for the account")
    func languageIsRememberedForTheAccount() async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let english = try await client.execute(uri: "/home", method: .get, headers: session.headers())
                #expect(english.text.htmlLang == "en")
                let form = try #require(english.text.languageForm)
                #expect(form.contains(#"method="post" action="/language""#))
                #expect(form.contains(#"<button id="lang-fr" type="submit" name="language" value="fr""#))
                let csrf = try #require(form.hiddenField("_csrf"))
                #expect(form.hiddenField("return") == "/home")

                // exercise: the button of the form
                let switched = try await client.postForm(
                    "/language", ["_csrf": csrf, "language": "fr", "return": "/home"],
                    cookies: [session.headers()[.cookie]!])

                // validate
                #expect(switched.status == .seeOther)
                #expect(switched.headers[.location] == "/home")
                let french = try await client.execute(uri: "/home", method: .get, headers: session.headers())
                #expect(french.text.htmlLang == "fr")
                #expect(french.text.element(id: "page-title") == "Accueil")
            }
            let account = try await installation.chancery.users.find(username: "clerk")
            #expect(account?.language == .fr)
        }
    }

    @Test("GET /language/{code} while signed in changes nothing stored: no account change, no audit event")
    func languageLinkChangesNothingStored() async throws {
        try await withInstallation { installation in
            // setup: a signed-in user whose account says English
            let account = try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let before = try await Self.auditCount(installation)

                // exercise: a link planted on another site
                let response = try await client.execute(
                    uri: "/language/fr?return=/home", method: .get, headers: session.headers())

                // validate: the answer is in French and asks; nothing is stored
                #expect(response.status == .ok)
                #expect(response.text.htmlLang == "fr")
                #expect(response.text.element(id: "page-title") == "Langue")
                #expect(response.text.contains(#"id="language-confirm" method="post" action="/language""#))
                #expect(response.cookie("chancery_lang") == nil)
                #expect(try await Self.auditCount(installation) == before)
                let home = try await client.execute(uri: "/home", method: .get, headers: session.headers())
                #expect(home.text.htmlLang == "en")
            }
            let stored = try await installation.chancery.users.find(id: account.id)
            #expect(stored?.language == .en)
            #expect(stored?.version == 2, "only the first sign-in's language was written")
        }
    }

    @Test("POST /language of a signed-in user without, or with a wrong, CSRF token: 403 and nothing changes")
    func languagePostNeedsCSRF() async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.user("clinician", MockUser.clinician)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let other = try await client.sessionCSRF(try await client.signIn("clinician"))
                let before = try await Self.auditCount(installation)
                for fields in [
                    ["language": "fr"], ["language": "fr", "_csrf": SecretToken.make()],
                    ["language": "fr", "_csrf": other],
                ] {
                    let forged = try await client.postForm("/language", fields, cookies: [session.headers()[.cookie]!])
                    #expect(forged.status == .forbidden)
                    #expect(forged.text.element(id: "error-detail")?.contains("did not come from Chancery") == true)
                }
                #expect(try await Self.auditCount(installation) == before)
                let csrf = try await client.sessionCSRF(session)
                let accepted = try await client.postForm(
                    "/language", ["_csrf": csrf, "language": "fr", "return": "/home"],
                    cookies: [session.headers()[.cookie]!])
                #expect(accepted.status == .seeOther)
                let unknown = try await client.postForm(
                    "/language", ["_csrf": csrf, "language": "xx"], cookies: [session.headers()[.cookie]!])
                #expect(unknown.status == .badRequest)
            }
            #expect(try await installation.chancery.users.find(username: "clerk")?.language == .fr)
            let events = try await installation.chancery.database.read { db in
                try await db.raw("SELECT details FROM audit_events WHERE action = 'user.language' ORDER BY seq").all()
                    .map { try $0.decode(column: "details", as: String.self) }
            }
            #expect(events.last?.contains("fr") == true)
        }
    }

    @Test("the sign-in page's language form carries no session token; a visitor's POST sets only the cookie")
    func anonymousLanguageForm() async throws {
        try await withInstallation { installation in
            try await installation.app.test(.router) { client in
                let page = try await client.execute(uri: "/login", method: .get)
                let form = try #require(page.text.languageForm)
                #expect(form.hiddenField("_csrf") == nil)
                #expect(form.hiddenField("return") == "/login")
                let switched = try await client.postForm("/language", ["language": "fr", "return": "/login"])
                #expect(switched.status == .seeOther)
                #expect(switched.headers[.location] == "/login")
                #expect(switched.cookie("chancery_lang")?.value == "fr")
                let evil = try await client.postForm("/language", ["language": "fr", "return": "//evil.example"])
                #expect(evil.headers[.location] == "/home")
            }
        }
    }

    static func auditCount(_ installation: TestInstallation) async throws -> Int64 {
        try await installation.chancery.database.read { db in
            try await db.raw("SELECT COUNT(*) AS n FROM audit_events").first()?.decode(column: "n", as: Int64.self) ?? 0
        }
    }
}

extension String {
    /// The language form of the page frame.
    var languageForm: String? {
        guard let start = range(of: #"<form id="language-form""#) else { return nil }
        return String(self[start.lowerBound...]).components(separatedBy: "</form>").first
    }
}

@Suite("Return paths")
struct ReturnPathTests {
    @Test(
        "only plain local paths are returned to",
        arguments: [
            ("/home", "/home"), ("/home?tab=1", "/home?tab=1"), ("//evil.example", "/home"),
            ("/\t/evil.example", "/home"),
            ("/\n/evil.example", "/home"), ("https://evil.example", "/home"), ("/\\evil.example", "/home"),
            ("/language/fr", "/home"), ("/language", "/home"),
        ])
    func safeReturnPath(input: String, expected: String) {
        #expect(WebAuthController.safeReturnPath(input) == expected)
    }
}
