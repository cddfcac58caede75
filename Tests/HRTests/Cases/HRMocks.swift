import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import ChancerySpine
@testable import HR

/// The people of the casework tests. Every one of the named staff holds the officer's role, STAFF and the HR unit,
/// so that only the conflict rule can keep a case from them.
enum HRMocks {
    static func officer(_ name: String) -> UserAttributes {
        UserAttributes(
            displayName: name, clearance: .natoSecret, nationality: "GBR", categories: ["STAFF"],
            roles: [.hrCaseOfficer], units: ["HR"], groups: [])
    }
    static let healthClerk = UserAttributes(
        displayName: "Marta Medical", clearance: .natoConfidential, nationality: "ESP", categories: ["MEDICAL"],
        roles: [Role("health.clerk")], units: ["HEALTH"], groups: [])

    /// `hugo`, the officer who opens the cases; `ines`, another officer named in none; `cara` the complainant and
    /// `rory` the respondent; `mina` manages cara and `max` manages mina; `ruth` manages rory — all of them officers
    /// with STAFF in the HR unit — and the registry clerk `remi` and the Health clerk `marta`, who hold no STAFF.
    static func people(_ installation: TestInstallation) async throws {
        for (username, name) in [
            ("hugo", "Hugo Officer"), ("ines", "Inès Moreau"), ("cara", "Cara Complainant"),
            ("rory", "Rory Respondent"),
            ("mina", "Mina Manager"), ("max", "Max Director"), ("ruth", "Ruth Head"),
        ] {
            try await installation.user(username, officer(name))
        }
        try await installation.user("remi", MockUser.registry)
        try await installation.user("marta", healthClerk)
    }

    static func caseBody(
        type: String = "grievance", title: String = "Grievance about the Quokka allowance",
        complainant: String = "cara", respondent: String? = "rory", notified: String? = "2026-11-20"
    ) -> String {
        var fields = [
            #""type":"\#(type)""#, #""title":"\#(title)""#, #""complainant":"\#(complainant)""#,
            #""articles":["Art. 61.1"]"#,
        ]
        if let respondent { fields.append(#""respondent":"\#(respondent)""#) }
        if let notified { fields.append(#""decisionNotifiedOn":"\#(notified)""#) }
        return "{" + fields.joined(separator: ",") + "}"
    }
}

extension TestClientProtocol {
    /// Records a line manager through the API, failing the test if it is refused.
    func setManager(of person: String, to manager: String?, token: String) async throws {
        let body = manager.map { #"{"lineManager":"\#($0)"}"# } ?? #"{"lineManager":null}"#
        let response = try await api(.put, "/api/v1/staff/\(person)/line-manager", token: token, json: body)
        #expect(response.status == .ok, "\(response.text)")
    }

    /// Opens a case and returns its id, failing the test if it is refused.
    func openCase(_ body: String, token: String, sourceLocation: SourceLocation = #_sourceLocation) async throws
        -> String
    {
        let response = try await api(.post, "/api/v1/casework/cases", token: token, json: body)
        try #require(response.status == .created, "\(response.text)", sourceLocation: sourceLocation)
        return try #require(try response.jsonObject()["id"] as? String, sourceLocation: sourceLocation)
    }

    /// The `total` of the cases list.
    func caseTotal(token: String) async throws -> Int? {
        let response = try await api(.get, "/api/v1/casework/cases?withTotal=true", token: token)
        #expect(response.status == .ok, "\(response.text)")
        return try response.jsonObject()["total"] as? Int
    }
}
