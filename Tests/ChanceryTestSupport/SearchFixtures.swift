import ChanceryKit
import Foundation

@testable import ChancerySpine
@testable import Registry

/// The registry desk the search tests search: a clerk, a supervisor, Owen (NATO CONFIDENTIAL, same unit), the
/// series IMSM, records registered in it, and the search API's answer.
package enum SearchFixtures {
    package struct Results: Decodable {
        package struct Hit: Decodable {
            package var id: String
            package var kind: String
            package var reference: String?
            package var title: String
            package var snippet: String
            package var banner: String
            package var label: SecurityLabelForm

            package init(
                id: String, kind: String, reference: String? = nil, title: String, snippet: String, banner: String,
                label: SecurityLabelForm
            ) {
                self.id = id
                self.kind = kind
                self.reference = reference
                self.title = title
                self.snippet = snippet
                self.banner = banner
                self.label = label
            }
        }
        package var total: Int
        package var hits: [Hit]
        package var facets: [String: [String: Int]]
        package var next: String?

        package init(total: Int, hits: [Hit], facets: [String: [String: Int]], next: String? = nil) {
            self.total = total
            self.hits = hits
            self.facets = facets
            self.next = next
        }
    }

    package static func path(_ query: String, cursor: String? = nil, limit: Int? = nil) -> String {
        var components = URLComponents()
        components.path = "/api/v1/search"
        components.queryItems =
            [URLQueryItem(name: "q", value: query)]
            + (cursor.map { [URLQueryItem(name: "cursor", value: $0)] } ?? [])
            + (limit.map { [URLQueryItem(name: "limit", value: String($0))] } ?? [])
        return components.percentEncodedPath + "?"
            + (components.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
    }

    /// Registers a record of the series IMSM with a type, a summary, a language and a date.
    @discardableResult
    package static func register(
        _ installation: TestInstallation, _ title: String, label: SecurityLabel = .unclassified,
        type: String = "minutes",
        summary: String = "", language: String = "en", date: String = "2026-03-10", openToUnit: Bool = true,
        by principal: Principal
    ) async throws -> RegistryRecord {
        try await installation.register(
            title, series: "IMSM", label: label, openToUnit: openToUnit,
            details: RegistryRecord.Details(
                recordType: type, originator: "SHAPE", originatorReference: nil, addressees: ["COS"],
                documentDate: date, receivedDate: date, language: language, contentMarking: label.classification,
                keywords: [], metadata: summary.isEmpty ? [:] : ["summary": summary]),
            by: principal)
    }

    /// The registry clerk, the supervisor, Owen (NATO CONFIDENTIAL, same unit) and the series IMSM.
    @discardableResult
    package static func registryDesk(_ installation: TestInstallation) async throws -> (
        clerk: Principal, owen: Principal
    ) {
        let clerk = try await installation.user("clerk", MockUser.registry).principal
        let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
        let owen = try await installation.user("owen", MockUser.otherClerk).principal
        try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
        return (clerk, owen)
    }
}
