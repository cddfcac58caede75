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

/// Autocomplete of distribution lists (`GET /api/v1/suggestions/distribution-lists`): for their keepers only, as the
/// lists themselves are.
@Suite("Distribution list suggestions")
struct DistributionListSuggestionsTests {
    struct Body: Decodable {
        struct Item: Decodable, Equatable {
            var value: String
            var label: String
        }
        var items: [Item]
    }

    @Test("a registry clerk finds lists by name, those starting with the text first; a clinician is refused")
    func keepersOnly() async throws {
        try await withInstallation { installation in
            // setup
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.user("martin", MockUser.clinician)
            let lists = installation.chancery.distributionLists
            let command = try await lists.create(.init(name: "Command group", description: "", members: []), by: clerk)
            let j5 = try await lists.create(.init(name: "J50 planning group", description: "", members: []), by: clerk)
            try await lists.create(.init(name: "Health 50% staff", description: "", members: []), by: clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let clinician = try await client.token(for: "martin")

                // exercise
                let group = try await client.api(.get, "/api/v1/suggestions/distribution-lists?q=GROUP", token: token)
                let starting = try await client.api(.get, "/api/v1/suggestions/distribution-lists?q=c", token: token)
                let percent = try await client.api(.get, "/api/v1/suggestions/distribution-lists?q=50%25", token: token)
                let refused = try await client.api(
                    .get, "/api/v1/suggestions/distribution-lists?q=group", token: clinician)

                // validate
                #expect(group.status == .ok, "\(group.text)")
                #expect(
                    try group.decode(Body.self).items == [
                        .init(value: command.id, label: "Command group"),
                        .init(value: j5.id, label: "J50 planning group"),
                    ])
                #expect(try starting.decode(Body.self).items.first?.value == command.id)
                #expect(try percent.decode(Body.self).items.map(\.label) == ["Health 50% staff"])
                try refused.problem(.forbidden, type: "role-required")
                #expect(!refused.text.contains("Command"))
            }
        }
    }
}
