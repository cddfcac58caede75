import Hummingbird

/// The cookies Chancery sets, all HttpOnly, with SameSite and Secure as configured.
struct CookieJar {
    let secure: Bool

    func session(_ secret: String, lifetime: Int64) -> Cookie {
        Cookie(
            name: SessionAuthenticator.cookieName, value: secret, maxAge: Int(lifetime), path: "/", secure: secure,
            httpOnly: true, sameSite: .lax)
    }

    func loginToken(_ value: String) -> Cookie {
        Cookie(name: WebAuthController.loginCookie, value: value, maxAge: 3600, path: "/", secure: secure, httpOnly: true, sameSite: .strict)
    }

    func language(_ language: Language) -> Cookie {
        Cookie(
            name: LanguageMiddleware.cookieName, value: language.rawValue, maxAge: 365 * 24 * 3600, path: "/",
            secure: secure, httpOnly: true, sameSite: .lax)
    }

    func expired(_ name: String) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }
}
