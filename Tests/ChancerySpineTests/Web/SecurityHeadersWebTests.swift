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

/// Headers every answer carries, pages, API answers and errors alike.
@Suite("Security headers")
struct SecurityHeadersWebTests {
    @Test("pages, API answers, redirects and errors are not cached, not framed and not sniffed")
    func everyAnswer() async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let token = try await client.token(for: "clerk")
                let answers: [(String, TestResponse)] = [
                    ("login page", try await client.execute(uri: "/login", method: .get)),
                    ("home page", try await client.execute(uri: "/home", method: .get, headers: session.headers())),
                    ("redirect", try await client.execute(uri: "/home", method: .get)),
                    ("error page", try await client.execute(uri: "/language/xx", method: .get)),
                    ("API answer", try await client.api(.get, "/api/v1/me", token: token)),
                    ("API problem", try await client.api(.get, "/api/v1/me")),
                    ("unknown address", try await client.execute(uri: "/nowhere", method: .get)),
                ]
                for (name, response) in answers {
                    #expect(response.headers[.cacheControl] == "no-store", "\(name)")
                    #expect(response.headers[.xFrameOptions] == "DENY", "\(name)")
                    #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(name)")
                    #expect(response.headers[.referrerPolicy] == "same-origin", "\(name)")
                    #expect(response.headers[.strictTransportSecurity] == "max-age=31536000", "\(name)")
                    let policy = try #require(response.headers[.contentSecurityPolicy], "\(name)")
                    #expect(policy.contains("default-src 'self'"), "\(name)")
                    #expect(policy.contains("frame-ancestors 'none'"), "\(name)")
                    #expect(policy.contains("form-action 'self'"), "\(name)")
                }
                // only the public stylesheet may be cached
                let css = try await client.execute(uri: "/assets/chancery.css", method: .get)
                #expect(css.headers[.cacheControl] == "public, max-age=3600")
                #expect(css.headers[.xFrameOptions] == "DENY")
            }
        }
    }

    @Test(
        "pages load no resource from elsewhere and no inline script: only the autocomplete script, from Chancery, once signed in"
    )
    func pagesAreSelfContained() async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let login = try await client.execute(uri: "/login", method: .get)
                let home = try await client.execute(uri: "/home", method: .get, headers: session.headers())
                #expect(!login.text.contains("<script"))
                let scripts = home.text.components(separatedBy: "<script").dropFirst()
                #expect(scripts.count == 1)
                #expect(scripts.allSatisfy { $0.hasPrefix(#" src="/assets/suggest.js" defer></script>"#) })
                for page in [login, home] {
                    #expect(!page.text.contains("http://"))
                    #expect(!page.text.contains("https://"))
                }
                let script = try await client.execute(uri: "/assets/suggest.js", method: .get)
                #expect(script.headers[.cacheControl] == "public, max-age=3600")
                #expect(!script.text.contains("http://") && !script.text.contains("https://"))
            }
        }
    }
}
