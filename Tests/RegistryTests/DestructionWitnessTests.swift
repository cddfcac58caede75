import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// Four eyes at destruction: the witness of a NATO SECRET item's destruction is another person than the supervisor
/// who destroys it.
@Suite("Destruction witness")
struct DestructionWitnessTests {
    @Test("the supervisor cannot name themselves as the witness (user name, id or name); the refusal is audited")
    func ownWitnessRefused() async throws {
        try await withInstallation { installation in
            let scene = try await LifeCycleFixtures.scene(installation)
            let id = scene.record.object.id
            let records = installation.chancery.records
            _ = try await records.file(id, in: scene.folder.id, by: scene.clerk)
            _ = try await records.close(id, by: scene.clerk)
            try await installation.app.test(.router) { client in
                let supervisor = try await client.token(for: "sylvie")
                for witness in ["sylvie", "Sylvie Superviseur", "sylvie  SUPERVISEUR", scene.supervisor.id] {
                    try await client.api(
                        .post, "/api/v1/records/\(id)/disposition", token: supervisor,
                        json: #"{"action":"destroy","witness":\#(jsonString(witness))}"#
                    ).problem(.forbidden, type: "separation-of-duties")
                }
                let record = try await client.api(.get, "/api/v1/records/\(id)", token: supervisor)
                #expect(try record.decode(RecordBody.self).state == "closed", "nothing was destroyed")
                let denials = try await installation.chancery.database.read { db in
                    try await db.raw(
                        """
                        SELECT details FROM audit_events WHERE object_id = \(bind: id) AND action = 'access.denied'
                        """
                    ).all().map { try $0.decode(column: "details", as: String.self) }
                }
                #expect(denials.filter { $0.contains("separation-of-duties") }.count == 4)
                let destroyed = try await client.api(
                    .post, "/api/v1/records/\(id)/disposition", token: supervisor,
                    json: #"{"action":"destroy","witness":"Capt. Witness"}"#)
                #expect(destroyed.status == .ok, "\(destroyed.text)")
            }
        }
    }
}
