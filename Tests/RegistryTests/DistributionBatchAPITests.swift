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

/// Distributing the received messages in one step is registry work: someone without a registry role is
/// refused the whole batch up front.
@Suite("Distribution batch")
struct DistributionBatchAPITests {
    @Test("a user without a registry role gets a 403 problem naming the job, and nothing is distributed")
    func refusedUpFront() async throws {
        try await withInstallation { installation in
            // setup: two registered items that a reader of the same unit may read, and a list
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.user(
                "reader",
                UserAttributes(
                    displayName: "Reader", clearance: .natoSecret, nationality: "FRA", categories: [], roles: [],
                    units: ["IPS"], groups: []))
            let ana = try await installation.user("ana", DistributionAPITests.person(.natoSecret, "FRA"))
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let first = try await installation.register("One", series: "IMSM", by: clerk)
            let second = try await installation.register("Two", series: "IMSM", by: clerk)
            let list = try await installation.chancery.distributionLists.create(
                .init(name: "J", description: "", members: [.init(kind: .user, id: ana.id, role: .action)]), by: clerk)
            let body = #"{"records":["\#(first.object.id)","\#(second.object.id)"],"list":"\#(list.id)"}"#
            try await installation.app.test(.router) { client in
                let reader = try await client.token(for: "reader")
                #expect(try await client.api(.get, "/api/v1/records/\(first.object.id)", token: reader).status == .ok)

                // exercise
                let refused = try await client.api(.post, "/api/v1/registry/distributions", token: reader, json: body)

                // validate: one refusal up front, in the reader's language, and no item touched
                let problem = try refused.problem(.forbidden, type: "role-required")
                #expect(problem.detail.contains("registry clerk") && !problem.detail.contains("registry.clerk"))
                let french = try await client.api(
                    .post, "/api/v1/registry/distributions", token: reader, json: body, headers: [.acceptLanguage: "fr"]
                )
                #expect(try french.problem(.forbidden, type: "role-required").detail.contains("rôle"))
                for record in [first, second] {
                    let distributions = try await installation.chancery.records.distributions(
                        of: record.object.id, by: clerk)
                    #expect(distributions?.1.isEmpty == true)
                    #expect(
                        try await installation.auditActions(of: record.object.id).contains("record.distribute") == false
                    )
                }

                // the registry still distributes the same batch
                let token = try await client.token(for: "clerk")
                let done = try await client.api(.post, "/api/v1/registry/distributions", token: token, json: body)
                #expect(done.status == .ok, "\(done.text)")
            }
        }
    }
}
