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

/// Every list's `limit`: the maximum the OpenAPI document states is the one the server accepts and the one its
/// refusal names, in English and in French.
@Suite("List limits")
struct ListLimitAPITests {
    /// A list operation with a `limit` parameter: its path with parameters filled in, and its documented maximum.
    struct LimitedList {
        var path: String
        var maximum: Int
    }

    /// Every GET of the document with a `limit` parameter, path parameters filled with an allowed value (the
    /// first of an enum, otherwise a well-formed id) and required query parameters given.
    static func limitedLists() throws -> [LimitedList] {
        InstalledOffices.install(OfficeList.all)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let components = try #require(document["components"] as? [String: Any])
        let sharedParameters = components["parameters"] as? [String: Any] ?? [:]
        func resolve(_ parameter: Any) -> [String: Any]? {
            guard let parameter = parameter as? [String: Any] else { return nil }
            if let reference = parameter["$ref"] as? String {
                return sharedParameters[String(reference.split(separator: "/").last ?? "")] as? [String: Any]
            }
            return parameter
        }
        let anID = ObjectID.make(milliseconds: 1_700_000_000_000)
        var lists: [LimitedList] = []
        for (path, item) in try #require(document["paths"] as? [String: Any]) {
            guard let item = item as? [String: Any], let get = item["get"] as? [String: Any] else { continue }
            let parameters = ((item["parameters"] as? [Any] ?? []) + (get["parameters"] as? [Any] ?? [])).compactMap(
                resolve)
            guard let limit = parameters.first(where: { $0["name"] as? String == "limit" }),
                let maximum = (limit["schema"] as? [String: Any])?["maximum"] as? Int
            else { continue }
            var filled = path
            var query: [String] = []
            for parameter in parameters {
                guard let name = parameter["name"] as? String else { continue }
                let value = ((parameter["schema"] as? [String: Any])?["enum"] as? [Any])?.first.map { "\($0)" } ?? anID
                if parameter["in"] as? String == "path" {
                    filled = filled.replacingOccurrences(of: "{\(name)}", with: value)
                }
                if parameter["in"] as? String == "query", parameter["required"] as? Bool == true {
                    query.append("\(name)=\(value)")
                }
            }
            lists.append(
                LimitedList(path: filled + "?" + (query + ["limit="]).joined(separator: "&"), maximum: maximum))
        }
        return lists.sorted { $0.path < $1.path }
    }

    @Test("each list accepts up to its documented maximum, and refuses one more with a sentence naming that maximum")
    func documentedMaximum() async throws {
        try await withInstallation { installation in
            // setup: someone who holds every role the lists ask for
            try await installation.user(
                "all",
                UserAttributes(
                    displayName: "All Roles", clearance: .cosmicTopSecret, nationality: "BEL", categories: ["MEDICAL"],
                    roles: [
                        .admin, .auditor, .registryClerk, .registrySupervisor, .healthClerk, .healthClinician,
                        .healthAdvisor,
                    ],
                    units: ["IPS", "HEALTH"], groups: []))
            let lists = try Self.limitedLists()
            #expect(lists.contains { $0.path.hasPrefix("/api/v1/search?") && $0.maximum == 100 })
            #expect(lists.count >= 15)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "all")
                for list in lists {
                    // exercise and validate
                    let over = try await client.api(.get, list.path + String(list.maximum + 1), token: token)
                    let problem = try over.problem(.badRequest, type: "invalid-limit")
                    #expect(problem.detail == "limit must be a whole number from 1 to \(list.maximum).", "\(list.path)")
                    let french = try await client.api(
                        .get, list.path + String(list.maximum + 1), token: token, headers: [.acceptLanguage: "fr"])
                    #expect(try french.decode(Problem.self).detail.contains("de 1 à \(list.maximum)"), "\(list.path)")
                    let zero = try await client.api(.get, list.path + "0", token: token)
                    try zero.problem(.badRequest, type: "invalid-limit")
                    let most = try await client.api(.get, list.path + String(list.maximum), token: token)
                    #expect(most.status != .badRequest, "\(list.path): \(most.text)")
                }
            }
        }
    }
}
