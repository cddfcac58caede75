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

/// Four eyes in the Health Office: nobody reviews, approves or answers for their own work. Each refusal is a
/// problem with a sentence, changes nothing, and is audited as a denial.
@Suite("Health separation of duties")
struct SeparationOfDutiesTests {
    /// A second medical advisor, to review what the first may not.
    static let secondAdvisor = UserAttributes(
        displayName: "Dr Anna Second", clearance: .natoSecret, nationality: "BEL", categories: ["MEDICAL"],
        roles: [.healthAdvisor], units: ["HEALTH"], groups: [])

    /// The `access.denied` events about an object that give separation of duties as their reason.
    static func separationDenials(of objectID: String, in installation: TestInstallation) async throws -> [String] {
        try await installation.chancery.database.read { db in
            try await db.raw(
                """
                SELECT actor, details FROM audit_events
                WHERE object_id = \(bind: objectID) AND action = 'access.denied' AND outcome = 'denied' ORDER BY seq
                """
            ).all().compactMap { row in
                let details = try row.decode(column: "details", as: String.self)
                return details.contains("separation-of-duties") ? try row.decode(column: "actor", as: String.self) : nil
            }
        }
    }

    @Test(
        "an advisor who broke the glass cannot review the opening: it waits, the desk says so, another advisor reviews it"
    )
    func breakGlassSelfReview() async throws {
        try await withInstallation { installation in
            let claire = try await installation.user("claire", MockUser.clinician).principal
            let pieter = try await installation.user("pieter", HealthUser.advisor).principal
            try await installation.user("jonas", MockUser.clinician)
            let patient = try await installation.patient("Berg", "Anna", restricted: true, by: claire)
            let id = patient.object.id
            try await installation.app.test(.router) { client in
                let pieterToken = try await client.token(for: "pieter")
                let opened = try await client.api(
                    .post, "/api/v1/health/patients/\(id)/break-glass", token: pieterToken,
                    json: #"{"reason":"Collapsed in the corridor"}"#)
                #expect(opened.status == .created, "\(opened.text)")
                let openingID = try #require(try opened.jsonObject()["id"] as? String)

                // exercise: Pieter reviews his own opening, in English and in French
                let own = try await client.api(
                    .post, "/api/v1/health/break-glass/\(openingID)/review", token: pieterToken,
                    json: #"{"note":"Justified."}"#)
                let problem = try own.problem(.forbidden, type: "separation-of-duties")
                #expect(problem.detail.contains("another medical advisor"))
                let french = try await client.api(
                    .post, "/api/v1/health/break-glass/\(openingID)/review", token: pieterToken,
                    json: #"{"note":"Justifié."}"#, headers: [.acceptLanguage: "fr"])
                #expect(
                    try french.problem(.forbidden, type: "separation-of-duties").detail.contains(
                        "autre conseiller médical"))

                // validate: nothing changed, the opening waits and says for whom, and both attempts are audited
                let queue = try (try await client.api(.get, "/api/v1/health/break-glass", token: pieterToken))
                    .jsonObject()
                let items = try #require(queue["items"] as? [[String: Any]])
                #expect(items.count == 1)
                #expect(items.first?["reviewedBy"] == nil)
                #expect(items.first?["awaitingAnotherAdvisor"] as? Bool == true)
                #expect(try await Self.separationDenials(of: id, in: installation) == [pieter.id, pieter.id])

                // the queue page offers him no review form, and his desk says the opening waits for another advisor
                let session = try await client.signIn("pieter")
                let page = try await client.execute(
                    uri: "/health/break-glass", method: .get, headers: session.headers())
                #expect(
                    page.text.element(id: "awaiting-\(openingID)")?.contains("Awaiting another medical advisor") == true
                )
                #expect(!page.text.contains("/health/break-glass/\(openingID)/review"))
                let desk = try await client.execute(uri: "/health", method: .get, headers: session.headers())
                #expect(
                    desk.text.element(id: "own-openings-waiting")?.contains("1 of your own emergency openings") == true)
                #expect(desk.text.element(id: "count-break-glass") == "0")
                let csrf = try await client.sessionCSRF(session)
                let form = try await client.postForm(
                    "/health/break-glass/\(openingID)/review", ["_csrf": csrf, "note": "Mine."],
                    headers: session.headers())
                #expect(form.status == .forbidden)
                #expect(form.text.summaryItems.map(\.field) == ["awaiting-\(openingID)"])
                #expect(form.text.summaryItems.first?.sentence.contains("another medical advisor") == true)
                try await installation.chancery.users.setLanguage(.fr, for: pieter.id)
                let pageFR = try await client.execute(
                    uri: "/health/break-glass", method: .get, headers: session.headers())
                #expect(pageFR.text.element(id: "awaiting-\(openingID)")?.contains("autre conseiller médical") == true)

                // a clinician who is no advisor may not review it either; a second advisor does
                let jonas = try await client.token(for: "jonas")
                try await client.api(
                    .post, "/api/v1/health/break-glass/\(openingID)/review", token: jonas, json: #"{"note":"x"}"#
                ).problem(.forbidden, type: "role-required")
                try await installation.user("anna", Self.secondAdvisor)
                let anna = try await client.token(for: "anna")
                let reviewed = try await client.api(
                    .post, "/api/v1/health/break-glass/\(openingID)/review", token: anna,
                    json: #"{"note":"Justified."}"#)
                #expect(reviewed.status == .ok, "\(reviewed.text)")
                #expect(try reviewed.jsonObject()["reviewedBy"] as? String != pieter.id)
                let after = try (try await client.api(.get, "/api/v1/health/break-glass", token: pieterToken))
                    .jsonObject()
                #expect((after["items"] as? [Any])?.isEmpty == true)
            }
        }
    }

    @Test("an advisor's refused approval of their own release request is audited as a denial")
    func ownReleaseIsAudited() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            let advisor = try await installation.user("advisor", ReleaseUsers.advisor)
            let patient = try await installation.releasePatient("DUPONT", by: clerk.principal)
            try await installation.releaseConsent(of: patient.object.id, recipient: "Allianz Care", by: clerk.principal)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "advisor")
                let created = try await client.api(
                    .post, "/api/v1/health/releases", token: token,
                    json: ReleasesAPITests.releaseBody(patient.object.id))
                let id = try #require(try created.jsonObject()["id"] as? String)
                try await client.api(.post, "/api/v1/health/releases/\(id)/approval", token: token)
                    .problem(.forbidden, type: "separation-of-duties")
                #expect(try await Self.separationDenials(of: id, in: installation) == [advisor.principal.id])
            }
        }
    }

    @Test("nobody answers a POD request they asked, nor one about themselves; another member of the office does")
    func ownPODRequest() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            let martin = try await installation.user("martin", ReleaseUsers.clinician)
            try await installation.user("other", ReleaseUsers.clerk)
            // Dr Martin is also a patient of the office, under his staff number.
            _ = try await installation.chancery.health.createPatient(
                Patient.Details(
                    familyName: "Martin", givenNames: "Paul", dateOfBirth: "1975-01-01", sex: "male",
                    staffNumber: "S-777",
                    staffUserID: martin.principal.id, staffUnit: "HEALTH", nationality: "BEL", phone: nil, email: nil,
                    address: nil, emergencyName: nil, emergencyPhone: nil, insurer: nil, insurerNumber: nil,
                    restricted: false),
                label: nil, careTeam: [], by: clerk.principal)
            let releases = installation.chancery.healthReleases
            let asked = try await releases.createPODRequest(
                staffNumber: "S-1", question: "Fit for the exercise?", purpose: "planning", by: clerk.principal)
            let aboutMartin = try await releases.createPODRequest(
                staffNumber: "S-777", question: "Fit for night duty?", purpose: "rota", by: clerk.principal)
            try await installation.app.test(.router) { client in
                let clerkToken = try await client.token(for: "clerk")
                let martinToken = try await client.token(for: "martin")
                let fit = #"{"fitness":"fit"}"#
                try await client.api(
                    .post, "/api/v1/health/pod-requests/\(asked.object.id)/answer", token: clerkToken, json: fit
                ).problem(.forbidden, type: "separation-of-duties")
                try await client.api(
                    .post, "/api/v1/health/pod-requests/\(aboutMartin.object.id)/answer", token: martinToken, json: fit
                ).problem(.forbidden, type: "separation-of-duties")
                #expect(try await Self.separationDenials(of: asked.object.id, in: installation) == [clerk.principal.id])
                #expect(
                    try await Self.separationDenials(of: aboutMartin.object.id, in: installation) == [
                        martin.principal.id
                    ])
                let unanswered = try await releases.podRequest(aboutMartin.object.id, by: clerk.principal)
                #expect(unanswered?.0.answers.isEmpty == true)

                let other = try await client.token(for: "other")
                for request in [asked, aboutMartin] {
                    let answered = try await client.api(
                        .post, "/api/v1/health/pod-requests/\(request.object.id)/answer", token: other, json: fit)
                    #expect(answered.status == .ok, "\(answered.text)")
                }
            }
        }
    }

    @Test("an auditor does not answer the checklist of a record they wrote in; another auditor does")
    func ownRecordAudit() async throws {
        try await withInstallation { installation in
            let martin = try await installation.user("martin", MockUser.clinician).principal
            let advisor = try await installation.user("advisor", AuditsSuppliesMocks.advisor).principal
            let health = installation.chancery.health
            let patient = try await health.createPatient(
                AuditsSuppliesMocks.details("Noted"), label: nil, careTeam: [], by: advisor)
            _ = try await health.addEntry(
                to: patient.object.id,
                .init(
                    type: .physicianNote, summary: "Consultation", date: "2026-02-02", clinicianID: martin.id,
                    text: "Seen.", codes: [], observations: [], correspondent: nil, direction: nil, consent: nil),
                label: nil, by: martin)
            try await installation.app.test(.router) { client in
                let martinToken = try await client.token(for: "martin")
                let detail = try await QAAuditsAPITests.start(client, token: martinToken, size: 1)
                let auditID = try #require((detail["audit"] as? [String: Any])?["id"] as? String)
                let answer = #"{"checks":{"completeness":true,"consent":false,"codes":false,"signatures":true}}"#
                let path = "/api/v1/health/audits/\(auditID)/items/\(patient.object.id)"
                try await client.api(.put, path, token: martinToken, json: answer)
                    .problem(.forbidden, type: "separation-of-duties")
                #expect(try await Self.separationDenials(of: auditID, in: installation) == [martin.id])
                let unanswered = try await health.qaAudit(auditID, by: martin)
                #expect(unanswered?.items.first?.reviewedBy == nil)

                let advisorToken = try await client.token(for: "advisor")
                let answered = try await client.api(.put, path, token: advisorToken, json: answer)
                #expect(answered.status == .ok, "\(answered.text)")
            }
        }
    }
}
