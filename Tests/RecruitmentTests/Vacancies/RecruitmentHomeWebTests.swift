import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Recruitment

/// The office's home is each person's own work: an assistant's vacancies, a marker's scripts, a panel member's
/// panels — never a list they may read nothing of.
@Suite("Recruitment home per person")
struct RecruitmentHomeWebTests {
    static let marker = UserAttributes(
        displayName: "Mark Marker", clearance: .natoRestricted, nationality: "DEU", categories: [],
        roles: [.recruitmentMarker], units: [], groups: [])
    static let panelMember = UserAttributes(
        displayName: "Pia Panel", clearance: .natoRestricted, nationality: "NOR", categories: [],
        roles: [.recruitmentPanel], units: ["JISD"], groups: [])

    @Test("the site menu and the home card send each person to their own part of the office")
    func homes() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("mark", Self.marker)
            try await installation.user("pia", Self.panelMember)
            try await installation.app.test(.router) { client in
                for (name, home) in [
                    ("rita", "/recruitment/vacancies"), ("mark", "/recruitment/scripts"),
                    ("pia", "/recruitment/panels"),
                ] {
                    let session = try await client.signIn(name)
                    let page = try await client.execute(uri: "/home", method: .get, headers: session.headers())
                    #expect(page.text.firstHref(id: "site-recruitment") == home, "\(name)'s site menu")
                    #expect(page.text.firstHref(id: "open-recruitment") == home, "\(name)'s home card")
                    let landing = try await client.execute(uri: home, method: .get, headers: session.headers())
                    #expect(landing.status == .ok, "\(name) opens \(home)")
                    // only an assistant is offered the vacancies they may read
                    #expect(landing.text.contains(#"id="nav-vacancies""#) == (name == "rita"), "\(name)'s office menu")
                }
            }
        }
    }
}
