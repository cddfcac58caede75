import ChanceryKit
import ChanceryTestSupport
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// Problem details speak the signed-in user's saved language, whatever the client's Accept-Language.
@Suite("Problem language API")
struct ProblemLanguageAPITests {
    @Test("a user who chose French gets French problems; an anonymous client gets its Accept-Language")
    func savedLanguageWins() async throws {
        try await withInstallation { installation in
            // setup
            let clerk = try await installation.user("clerk", MockUser.registry)
            try await installation.chancery.users.setLanguage(.fr, for: clerk.id)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")

                // exercise
                let signedIn = try await client.api(
                    .get, "/api/v1/objects/01M84H8Z03SJ4F8V3KHFT4ESAG", token: token,
                    headers: [.acceptLanguage: "en"])
                let anonymous = try await client.api(.get, "/api/v1/me", headers: [.acceptLanguage: "fr"])

                // validate
                let french = try signedIn.problem(.notFound, type: "object-not-found")
                #expect(french.detail.hasPrefix("Aucun élément"))
                #expect(signedIn.headers[.contentLanguage] == "fr")
                let unauthenticated = try anonymous.problem(.unauthorized, type: "unauthenticated")
                #expect(unauthenticated.detail.hasPrefix("Vous devez"))
            }
        }
    }
}
