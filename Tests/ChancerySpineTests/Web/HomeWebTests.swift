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

/// `/home`: only for a signed-in principal, in their language, with the banners of what it shows.
@Suite("Home page")
struct HomeWebTests {
    @Test("/home without a valid session redirects to /login")
    func needsASession() async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let attempts: [(String, HTTPFields)] = [
                    ("no cookie", [:]),
                    ("unknown session", [.cookie: "chancery_session=\(SecretToken.make())"]),
                    ("API token as a session", [.cookie: "chancery_session=\(token)"]),
                    ("bearer token", [.authorization: "Bearer \(token)"]),
                ]
                for (name, headers) in attempts {
                    let response = try await client.execute(uri: "/home", method: .get, headers: headers)
                    #expect(response.status == .seeOther, "\(name)")
                    #expect(response.headers[.location] == "/login", "\(name)")
                    #expect(!response.text.contains("clerk"), "\(name)")
                }
                let root = try await client.execute(uri: "/", method: .get)
                #expect(root.headers[.location] == "/login")
            }
        }
    }

    @Test("/home in English and in French shows the right title, the principal and both banners")
    func homeInBothLanguages() async throws {
        try await withInstallation { installation in
            // setup
            try await installation.user("clerk", MockUser.registry)
            try await installation.user("commis", MockUser.registry)
            try await installation.app.test(.router) { client in
                let english = try await client.signIn("clerk")
                let french = try await client.signIn("commis", headers: [.acceptLanguage: "fr"])

                // exercise
                let en = try await client.execute(uri: "/home", method: .get, headers: english.headers())
                let fr = try await client.execute(uri: "/home", method: .get, headers: french.headers())

                // validate
                #expect(en.status == .ok)
                #expect(en.text.htmlLang == "en")
                #expect(en.text.htmlTitle == "Home · Chancery")
                #expect(en.text.element(id: "page-title") == "Home")
                #expect(en.text.contains("Welcome, Rémi Registre."))
                #expect(en.text.element(id: "profile-clearance") == "NATO SECRET")
                #expect(en.text.element(id: "profile-units") == "IPS")
                #expect(en.text.contains(#"id="office-registry""#))
                #expect(!en.text.contains(#"id="office-health""#))
                #expect(!en.text.contains("Accueil"))

                #expect(fr.status == .ok)
                #expect(fr.headers[.contentLanguage] == "fr")
                #expect(fr.text.htmlLang == "fr")
                #expect(fr.text.htmlTitle == "Accueil · Chancellerie")
                #expect(fr.text.element(id: "page-title") == "Accueil")
                #expect(fr.text.contains("Bienvenue, Rémi Registre."))
                #expect(fr.text.contains("Se déconnecter"))
                #expect(!fr.text.contains(">Home<"))
                #expect(!fr.text.contains("Sign out"))

                // The banners speak the page's language (NATO's French marking); the header machines read stays English.
                for (page, marking) in [(en, "NATO UNCLASSIFIED"), (fr, "NATO SANS CLASSIFICATION")] {
                    #expect(page.text.element(id: "banner-top") == marking)
                    #expect(page.text.element(id: "banner-bottom") == marking)
                    #expect(page.headers[.classification] == "NATO UNCLASSIFIED")
                }
            }
        }
    }

    @Test("the clinician's home carries the dominant label of their notes; others see neither notes nor banner")
    func bannersShowTheDominantLabel() async throws {
        try await withInstallation { installation in
            // setup
            let clinician = try await installation.user("clinician", MockUser.clinician)
            try await installation.user("visitor", MockUser.visitor)
            try await installation.user("clerk", MockUser.registry)
            try await installation.note(
                "Patient 4711 fitness review", try .testLabel("NR", categories: ["MEDICAL"]), unit: "HEALTH",
                by: clinician.principal)
            try await installation.app.test(.router) { client in
                let clinicianSession = try await client.signIn("clinician")
                let visitorSession = try await client.signIn("visitor")
                let clerkSession = try await client.signIn("clerk")

                // exercise
                let clinicianHome = try await client.execute(
                    uri: "/home", method: .get, headers: clinicianSession.headers())
                let visitorHome = try await client.execute(
                    uri: "/home", method: .get, headers: visitorSession.headers())
                let clerkHome = try await client.execute(uri: "/home", method: .get, headers: clerkSession.headers())

                // validate
                #expect(clinicianHome.text.element(id: "banner-top") == "NATO RESTRICTED // MEDICAL")
                #expect(clinicianHome.text.element(id: "banner-bottom") == "NATO RESTRICTED // MEDICAL")
                #expect(clinicianHome.text.contains("banner-nr"))
                #expect(clinicianHome.headers[.classification] == "NATO RESTRICTED // MEDICAL")
                #expect(clinicianHome.text.contains("Patient 4711 fitness review"))

                for (name, page) in [("visitor", visitorHome), ("clerk", clerkHome)] {
                    #expect(page.status == .ok, "\(name)")
                    #expect(page.text.element(id: "banner-top") == "NATO UNCLASSIFIED", "\(name)")
                    #expect(page.text.element(id: "banner-bottom") == "NATO UNCLASSIFIED", "\(name)")
                    #expect(!page.text.contains("Patient 4711"), "\(name)")
                    #expect(!page.text.contains("MEDICAL"), "\(name)")
                    #expect(page.text.element(id: "recent-empty") == "There are no items you may see yet.", "\(name)")
                }
            }
        }
    }

    @Test("a page showing several items is marked with their dominant label")
    func dominantOfSeveral() async throws {
        try await withInstallation { installation in
            // setup
            let clinician = try await installation.user("clinician", MockUser.clinician)
            try await installation.note(
                "Clinic rota", try .testLabel("NR", categories: ["MEDICAL"]), unit: "HEALTH", by: clinician.principal)
            try await installation.note(
                "Evacuation plan", try .testLabel("NS", releasableTo: ["BEL", "FRA"]), unit: "HEALTH",
                by: clinician.principal)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clinician")

                // exercise
                let home = try await client.execute(uri: "/home", method: .get, headers: session.headers())

                // validate
                let banner = "NATO SECRET // MEDICAL // RELEASABLE TO BEL, FRA"
                #expect(home.text.element(id: "banner-top") == banner)
                #expect(home.text.element(id: "banner-bottom") == banner)
                #expect(home.text.contains("banner-ns"))
            }
        }
    }

    @Test("the auditor's home shows the state of the audit chain; others' do not")
    func auditStatusForAuditors() async throws {
        try await withInstallation { installation in
            try await installation.user("auditor", MockUser.auditor)
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let auditor = try await client.execute(
                    uri: "/home", method: .get, headers: try await client.signIn("auditor").headers())
                let clerk = try await client.execute(
                    uri: "/home", method: .get, headers: try await client.signIn("clerk").headers())
                #expect(auditor.text.contains(#"id="audit-status""#))
                #expect(auditor.text.contains("events recorded"))
                #expect(!clerk.text.contains(#"id="audit-status""#))
            }
        }
    }

    @Test("text from the database is escaped in the page")
    func titlesAreEscaped() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", MockUser.registry)
            try await installation.note(
                "<script>alert(1)</script> & more", .unclassified, unit: "IPS", by: clerk.principal)
            try await installation.app.test(.router) { client in
                let home = try await client.execute(
                    uri: "/home", method: .get, headers: try await client.signIn("clerk").headers())
                #expect(!home.text.contains("<script>"))
                #expect(home.text.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"))
            }
        }
    }
}
