import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import ChancerySpine
@testable import Health
@testable import Recruitment
@testable import Registry

/// The people of the recruitment tests: the assistant, and those who must see nothing of recruitment.
enum RecruitmentMocks {
    static let assistant = UserAttributes(
        displayName: "Rita Recruiter", clearance: .natoRestricted, nationality: "ITA", categories: ["RECRUITMENT"],
        roles: [.recruitmentAssistant], units: ["CHR"], groups: [])
    static let healthClerk = UserAttributes(
        displayName: "Marta Medical", clearance: .natoConfidential, nationality: "ESP", categories: ["MEDICAL"],
        roles: [.healthClerk], units: ["HEALTH"], groups: [])
    /// The head of recruitment: the reports and the dashboard, no candidate.
    static let head = UserAttributes(
        displayName: "Hélène Chef", clearance: .natoRestricted, nationality: "BEL", categories: ["RECRUITMENT"],
        roles: [.recruitmentHead], units: ["CHR"], groups: [])
    /// A colleague of the section who holds the assistant's role but not the RECRUITMENT category.
    static let colleague = UserAttributes(
        displayName: "Colin Colleague", clearance: .natoSecret, nationality: "BEL", categories: [],
        roles: [.recruitmentAssistant], units: ["CHR"], groups: [])

    /// A notice as an assistant would paste it, whose deadline is `days` from now.
    static func openNotice(number: String = "260901", title: String = "Recruitment Assistant", days: Int = 30) -> String
    {
        DemoRecruitment.text(
            of: .init(
                number: number, title: title, grade: "B-4", posts: 2, days: days, clearance: "NATO SECRET",
                place: "Brussels, Belgium", french: false, state: .draft),
            deadline: Date().addingTimeInterval(Double(days) * 86_400))
    }

    static let plainText: HTTPFields = [.contentType: "text/plain; charset=utf-8"]

    /// The assistant `rita`, and those who must see nothing of recruitment: the registry clerk `remi`, the Health clerk
    /// `marta` and `colin`, a colleague of the section without RECRUITMENT.
    static func assistantAndOutsiders(_ installation: TestInstallation) async throws {
        try await installation.user("rita", assistant)
        try await installation.user("remi", MockUser.registry)
        try await installation.user("marta", healthClerk)
        try await installation.user("colin", colleague)
    }
}

extension TestClientProtocol {
    /// `POST /api/v1/recruitment/vacancies/import` with the text as a `text/plain` body.
    func importNotice(_ text: String, token: String, headers: HTTPFields = RecruitmentMocks.plainText) async throws
        -> TestResponse
    {
        try await api(.post, "/api/v1/recruitment/vacancies/import", token: token, json: text, headers: headers)
    }

    /// Imports a notice and returns the draft's id, failing the test if it is refused.
    func importedID(_ text: String, token: String, sourceLocation: SourceLocation = #_sourceLocation) async throws
        -> String
    {
        let response = try await importNotice(text, token: token)
        try #require(response.status == .created, "\(response.text)", sourceLocation: sourceLocation)
        return try #require(try response.jsonObject()["id"] as? String, sourceLocation: sourceLocation)
    }

    /// The `total` of a list asked with `withTotal=true`.
    func total(_ uri: String, token: String) async throws -> Int? {
        let response = try await api(.get, uri + (uri.contains("?") ? "&" : "?") + "withTotal=true", token: token)
        #expect(response.status == .ok, "\(response.text)")
        return try response.jsonObject()["total"] as? Int
    }
}
