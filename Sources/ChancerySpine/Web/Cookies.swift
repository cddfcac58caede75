import Hummingbird

/// The cookies Chancery sets, all HttpOnly, with SameSite and Secure as configured.
package struct CookieJar {
    package let secure: Bool

    package func session(_ secret: String, lifetime: Int64) -> Cookie {
        Cookie(
            name: SessionAuthenticator.cookieName, value: secret, maxAge: Int(lifetime), path: "/", secure: secure,
            httpOnly: true, sameSite: .lax)
    }

    package func loginToken(_ value: String) -> Cookie {
        Cookie(
            name: WebAuthController.loginCookie, value: value, maxAge: 3600, path: "/", secure: secure, httpOnly: true,
            sameSite: .strict)
    }

    package func language(_ language: Language) -> Cookie {
        Cookie(
            name: LanguageMiddleware.cookieName, value: language.rawValue, maxAge: 365 * 24 * 3600, path: "/",
            secure: secure, httpOnly: true, sameSite: .lax)
    }

    package func expired(_ name: String) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    package init(secure: Bool) {
        self.secure = secure
    }
}
