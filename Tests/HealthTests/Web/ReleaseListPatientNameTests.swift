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

/// The releases list names each patient, to whoever may read the patient, and to nobody else.
@Suite("Releases list: the patient's name")
struct ReleaseListPatientNameTests {
    @Test("the list shows the patient's name, not the id; a reader who may not read the patient sees neither")
    func patientName() async throws {
        try await withInstallation { installation in
            // setup
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            _ = try await installation.user("other", ReleaseUsers.clerk)
            _ = try await installation.user("nora", ReleaseUsers.uncategorised)
            let patient = try await installation.releasePatient("DUPONT", "Jeanne", by: clerk.principal)
            let pid = patient.object.id
            try await installation.releaseConsent(of: pid, recipient: "Allianz Care", by: clerk.principal)
            let release = try await installation.chancery.healthReleases.requestRelease(
                of: pid, .init(recipient: "Allianz Care", purpose: "Reimbursement claim", entryTypes: [.consent]),
                by: clerk.principal)
            let row = "release-\(release.object.id)"
            try await installation.app.test(.router) { client in
                // exercise
                let session = try await client.signIn("clerk")
                let list = try await client.execute(uri: "/health/releases", method: .get, headers: session.headers())
                // validate
                let line = try #require(
                    list.text.range(of: #"id="\#(row)""#).map { String(list.text[$0.lowerBound...]) }
                )
                .components(separatedBy: "</tr>")[0]
                #expect(line.contains("DUPONT, Jeanne"), "\(line)")
                #expect(!line.contains(">\(pid)<"))

                // nora holds no MEDICAL: neither the release nor the name
                let nora = try await client.signIn("nora")
                let hidden = try await client.execute(uri: "/health/releases", method: .get, headers: nora.headers())
                #expect(!hidden.text.contains("DUPONT") && !hidden.text.contains(row))
            }

            // A record closed to its unit after the release was asked (its care team only): another clerk still
            // sees the release, but not whose it is.
            try await installation.chancery.database.transaction { db in
                try await db.raw("UPDATE objects SET open_to_unit = 0 WHERE id = \(bind: pid)").run()
            }
            try await installation.app.test(.router) { client in
                let other = try await client.signIn("other")
                let list = try await client.execute(uri: "/health/releases", method: .get, headers: other.headers())
                let line = try #require(
                    list.text.range(of: #"id="\#(row)""#).map { String(list.text[$0.lowerBound...]) }
                )
                .components(separatedBy: "</tr>")[0]
                #expect(!line.contains("DUPONT"), "\(line)")
                #expect(!line.contains(pid))
            }
        }
    }
}
