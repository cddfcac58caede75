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

/// A release rests only on a consent its requester, approver and releaser may each read: a consent above one of
/// them (classification or special category) is, for them, no consent at all, with the very same answer.
@Suite("Health releases: consents are trimmed")
struct ReleaseConsentTrimmingTests {
    /// NATO SECRET, MEDICAL: above the clerk (NATO CONFIDENTIAL).
    static let secret = SecurityLabel(classification: .natoSecret)
    /// A clinician briefed for STAFF too, who may record a consent the others may not read.
    static let staffClinician = UserAttributes(
        displayName: "Dr Sabine Staff", clearance: .natoSecret, nationality: "BEL", categories: ["MEDICAL", "STAFF"],
        roles: [.healthClinician], units: ["HEALTH"], groups: [])
    /// A medical advisor cleared only to NATO CONFIDENTIAL.
    static let confidentialAdvisor = UserAttributes(
        displayName: "Dr Louis Lowclear", clearance: .natoConfidential, nationality: "FRA", categories: ["MEDICAL"],
        roles: [.healthAdvisor], units: ["HEALTH"], groups: [])

    static func request(_ patient: String) -> String {
        ReleasesAPITests.releaseBody(patient, recipient: "Allianz Care")
    }

    /// The problem a request gets for a patient with no consent at all, to compare the others with.
    static func noConsentProblem(_ patientID: String, client: some TestClientProtocol, token: String) async throws
        -> Problem
    {
        try await client.api(.post, "/api/v1/health/releases", token: token, json: request(patientID))
            .problem(.conflict, type: "consent-required")
    }

    static func expectSameAnswer(
        _ problem: Problem, _ reference: Problem, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(problem.type == reference.type, sourceLocation: sourceLocation)
        #expect(problem.title == reference.title, sourceLocation: sourceLocation)
        #expect(problem.status == reference.status, sourceLocation: sourceLocation)
        #expect(problem.detail == reference.detail, sourceLocation: sourceLocation)
        #expect(problem.field == reference.field, sourceLocation: sourceLocation)
    }

    @Test("a consent labelled above the requester is no consent: same 409, nothing created")
    func requestOnConsentAboveRequester() async throws {
        try await withInstallation { installation in
            // setup: the clinician (NATO SECRET) records a NATO SECRET consent the clerk may not read
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            let clinician = try await installation.user("clinician", ReleaseUsers.clinician)
            let patient = try await installation.releasePatient("DUPONT", by: clerk.principal)
            let bare = try await installation.releasePatient("MARTIN", by: clerk.principal)
            try await installation.releaseConsent(
                of: patient.object.id, recipient: "Allianz Care", label: Self.secret, by: clinician.principal)
            try await installation.app.test(.router) { client in
                let clerkToken = try await client.token(for: "clerk")
                let reference = try await Self.noConsentProblem(bare.object.id, client: client, token: clerkToken)
                let before = try await installation.objectCount()
                // exercise
                let refused = try await client.api(
                    .post, "/api/v1/health/releases", token: clerkToken, json: Self.request(patient.object.id))
                // validate: the answer for no consent at all, and nothing written
                Self.expectSameAnswer(try refused.problem(.conflict, type: "consent-required"), reference)
                #expect(try await installation.objectCount() == before)
                // the clinician, who may read the consent, may rest a release on it
                let allowed = try await client.api(
                    .post, "/api/v1/health/releases", token: try await client.token(for: "clinician"),
                    json: Self.request(patient.object.id))
                #expect(allowed.status == .created, "\(allowed.text)")
            }
        }
    }

    @Test("a consent carrying a special category the requester lacks is no consent: same 409")
    func requestOnConsentOfAnotherCategory() async throws {
        try await withInstallation { installation in
            // setup: a MEDICAL + STAFF consent; the clerk and the advisor hold MEDICAL only
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            _ = try await installation.user("advisor", ReleaseUsers.advisor)
            let sabine = try await installation.user("sabine", Self.staffClinician)
            let patient = try await installation.releasePatient("DUPONT", by: clerk.principal)
            let bare = try await installation.releasePatient("MARTIN", by: clerk.principal)
            try await installation.releaseConsent(
                of: patient.object.id, recipient: "Allianz Care",
                label: SecurityLabel(classification: .natoUnclassified, categories: ["STAFF"]), by: sabine.principal)
            try await installation.app.test(.router) { client in
                for username in ["clerk", "advisor"] {
                    let token = try await client.token(for: username)
                    let reference = try await Self.noConsentProblem(bare.object.id, client: client, token: token)
                    // exercise
                    let refused = try await client.api(
                        .post, "/api/v1/health/releases", token: token, json: Self.request(patient.object.id))
                    // validate
                    Self.expectSameAnswer(try refused.problem(.conflict, type: "consent-required"), reference)
                }
                let allowed = try await client.api(
                    .post, "/api/v1/health/releases", token: try await client.token(for: "sabine"),
                    json: Self.request(patient.object.id))
                #expect(allowed.status == .created, "\(allowed.text)")
            }
        }
    }

    /// A release requested by the clinician (NATO SECRET) on a NATO SECRET consent of a new patient: its id.
    static func releaseOnSecretConsent(_ installation: TestInstallation, client: some TestClientProtocol) async throws
        -> (release: String, patient: String)
    {
        let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
        let clinician = try await installation.user("clinician", ReleaseUsers.clinician)
        let patient = try await installation.releasePatient("DUPONT", by: clerk.principal)
        try await installation.releaseLabResult(of: patient.object.id, by: clerk.principal)
        try await installation.releaseConsent(
            of: patient.object.id, recipient: "Allianz Care", label: secret, by: clinician.principal)
        let created = try await client.api(
            .post, "/api/v1/health/releases", token: try await client.token(for: "clinician"),
            json: request(patient.object.id))
        #expect(created.status == .created, "\(created.text)")
        return (try #require(try created.jsonObject()["id"] as? String), patient.object.id)
    }

    @Test("approval needs a consent the advisor may read: same 409, still requested")
    func approvalOnConsentAboveTheAdvisor() async throws {
        try await withInstallation { installation in
            // setup
            _ = try await installation.user("advisor", ReleaseUsers.advisor)
            _ = try await installation.user("louis", Self.confidentialAdvisor)
            try await installation.app.test(.router) { client in
                let (id, _) = try await Self.releaseOnSecretConsent(installation, client: client)
                // exercise: the advisor cleared to NATO CONFIDENTIAL approves
                let louis = try await client.token(for: "louis")
                let refused = try await client.api(.post, "/api/v1/health/releases/\(id)/approval", token: louis)
                // validate
                try refused.problem(.conflict, type: "consent-required")
                let seen = try await client.api(.get, "/api/v1/health/releases/\(id)", token: louis)
                #expect(try seen.jsonObject()["status"] as? String == "requested")
                #expect(try seen.jsonObject()["consentValid"] as? Bool == false)
                // the advisor who may read the consent approves
                let approved = try await client.api(
                    .post, "/api/v1/health/releases/\(id)/approval", token: try await client.token(for: "advisor"))
                #expect(approved.status == .ok, "\(approved.text)")
            }
        }
    }

    @Test("release needs a consent the releaser may read: same 409, nothing disclosed, and the page says so")
    func releaseOnConsentAboveTheReleaser() async throws {
        try await withInstallation { installation in
            // setup: approved by the advisor, who may read the consent
            let advisor = try await installation.user("advisor", ReleaseUsers.advisor)
            try await installation.app.test(.router) { client in
                let (id, pid) = try await Self.releaseOnSecretConsent(installation, client: client)
                _ = try await installation.chancery.healthReleases.approveRelease(id, by: advisor.principal)
                let clerkToken = try await client.token(for: "clerk")
                // exercise: the clerk, who may read the release but not the consent, releases
                let refused = try await client.api(.post, "/api/v1/health/releases/\(id)/release", token: clerkToken)
                // validate: still approved, nothing disclosed, and the clerk is told no valid consent names the recipient
                try refused.problem(.conflict, type: "consent-required")
                let seen = try await client.api(.get, "/api/v1/health/releases/\(id)", token: clerkToken)
                #expect(try seen.jsonObject()["status"] as? String == "approved")
                #expect(try seen.jsonObject()["consentValid"] as? Bool == false)
                let accounting = try await client.api(
                    .get, "/api/v1/health/patients/\(pid)/disclosures", token: clerkToken)
                #expect((try accounting.jsonObject()["items"] as? [Any])?.isEmpty == true)
                let session = try await client.signIn("clerk")
                let page = try await client.execute(
                    uri: "/health/releases/\(id)", method: .get, headers: session.headers())
                #expect(page.status == .ok)
                #expect(page.text.element(id: "release-consent")?.contains("No valid consent") == true)
                // the clinician, who may read the consent, sees it valid and releases
                let clinicianToken = try await client.token(for: "clinician")
                let clinicianView = try await client.api(.get, "/api/v1/health/releases/\(id)", token: clinicianToken)
                #expect(try clinicianView.jsonObject()["consentValid"] as? Bool == true)
                let released = try await client.api(
                    .post, "/api/v1/health/releases/\(id)/release", token: clinicianToken)
                #expect(released.status == .ok, "\(released.text)")
            }
        }
    }
}
