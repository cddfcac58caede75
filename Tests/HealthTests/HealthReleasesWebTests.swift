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

/// The pages of referrals, POD requests, releases and disclosures, in English and French.
@Suite("Health releases web pages")
struct HealthReleasesWebTests {
    @Test("the POD answer form accepts only fitness, restriction boxes and dates")
    func answerFormIsClosed() async throws {
        try await withInstallation { installation in
            _ = try await installation.user("clerk", ReleaseUsers.clerk)
            let luc = try await installation.user("luc", ReleaseUsers.lineManager)
            let request = try await installation.chancery.healthReleases.createPODRequest(
                staffNumber: "S-1", question: "Fit?", purpose: "planning", by: luc.principal)
            let id = request.object.id
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let csrf = try await client.sessionCSRF(session)
                let page = try await client.execute(
                    uri: "/health/pod-requests/\(id)", method: .get, headers: session.headers())
                #expect(page.status == .ok)
                let form = try #require(
                    page.text.range(of: #"id="pod-answer-form""#).map { String(page.text[$0.lowerBound...]) })
                let formHTML = form.components(separatedBy: "</form>")[0]
                let names = Set(
                    formHTML.components(separatedBy: #"name=""#).dropFirst().compactMap {
                        $0.split(separator: "\"").first.map(String.init)
                    })
                let allowed = Set(
                    ["_csrf", "fitness", "from", "until", "reviewDate"]
                        + PODAnswer.Restriction.allCases.map { "restriction-\($0.rawValue)" })
                #expect(names == allowed)

                // exercise: a clinical field smuggled into the form
                let refused = try await client.postForm(
                    "/health/pod-requests/\(id)/answer",
                    ["_csrf": csrf, "fitness": "unfit", "diagnosis": "J45 asthma"],
                    cookies: [session.headers()[.cookie]!])
                #expect(refused.status == .badRequest)
                #expect(refused.text.contains(#"id="action-error""#))
                #expect(
                    !refused.text.contains("J45 asthma"),
                    "the smuggled diagnosis is not echoed (an id may hold the letters J45)")
                let unknownCode = try await client.postForm(
                    "/health/pod-requests/\(id)/answer",
                    ["_csrf": csrf, "fitness": "fit-with-restrictions", "restriction-no-asthma-triggers": "on"],
                    cookies: [session.headers()[.cookie]!])
                #expect(unknownCode.status == .badRequest)
                let answered = try await client.postForm(
                    "/health/pod-requests/\(id)/answer",
                    [
                        "_csrf": csrf, "fitness": "fit-with-restrictions", "restriction-no-driving": "on",
                        "from": "2026-01-01",
                    ],
                    cookies: [session.headers()[.cookie]!])
                #expect(answered.status == .seeOther, "\(answered.text)")
            }
            let found = try #require(try await installation.chancery.healthReleases.podRequest(id, by: luc.principal))
            #expect(found.0.answers.map(\.fitness) == [.fitWithRestrictions])
            #expect(found.0.answers.first?.restrictions == [.noDriving])
        }
    }

    @Test(
        "the release flow in French: request refused without consent, then request, approval, release, package and report"
    )
    func releaseFlowInFrench() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            _ = try await installation.user("advisor", ReleaseUsers.advisor)
            _ = try await installation.user("nora", ReleaseUsers.uncategorised)
            let patient = try await installation.releasePatient("DUPONT", by: clerk.principal)
            let pid = patient.object.id
            try await installation.releaseLabResult(of: pid, by: clerk.principal)
            let fr: HTTPFields = [.acceptLanguage: "fr"]
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk", headers: fr)
                let csrf = try await client.sessionCSRF(session)
                let cookie = session.headers()[.cookie]!
                let fields = [
                    "_csrf": csrf, "patient": pid, "recipient": "Allianz Care", "purpose": "remboursement",
                    "type-lab-result": "on",
                ]
                // no consent yet: the consent check says so, in French
                let refused = try await client.postForm("/health/releases", fields, cookies: [cookie], headers: fr)
                #expect(refused.status == .conflict)
                #expect(refused.text.contains("consentement"))
                #expect(refused.text.htmlLang == "fr")
                try await installation.releaseConsent(of: pid, recipient: "Allianz Care", by: clerk.principal)
                let requested = try await client.postForm("/health/releases", fields, cookies: [cookie], headers: fr)
                #expect(requested.status == .seeOther, "\(requested.text)")
                let location = try #require(requested.headers[.location])
                let id = String(location.dropFirst("/health/releases/".count).prefix(26))
                let detail = try await client.execute(
                    uri: "/health/releases/\(id)", method: .get, headers: session.headers(fr))
                #expect(detail.text.element(id: "release-consent")?.contains("consentement valide") == true)
                #expect(!detail.text.contains(#"id="form-approval""#))

                let advisor = try await client.signIn("advisor", headers: fr)
                let advisorCSRF = try await client.sessionCSRF(advisor)
                let approved = try await client.postForm(
                    "/health/releases/\(id)/approval", ["_csrf": advisorCSRF], cookies: [advisor.headers()[.cookie]!],
                    headers: fr)
                #expect(approved.status == .seeOther)
                let released = try await client.postForm(
                    "/health/releases/\(id)/release", ["_csrf": csrf], cookies: [cookie], headers: fr)
                #expect(released.status == .seeOther)

                let package = try await client.execute(
                    uri: "/health/releases/\(id)/package", method: .get, headers: session.headers(fr))
                #expect(package.status == .ok)
                #expect(package.text.element(id: "banner-top")?.contains("MÉDICAL") == true)
                #expect(package.text.element(id: "banner-bottom")?.contains("MÉDICAL") == true)
                #expect(package.text.contains("Full blood count"))

                let report = try await client.execute(
                    uri: "/health/patients/\(pid)/disclosures", method: .get, headers: session.headers(fr))
                #expect(report.status == .ok)
                #expect(report.text.htmlLang == "fr")
                #expect(report.text.element(id: "page-title")?.contains("Relevé des communications") == true)
                #expect(report.text.contains("Allianz Care"))
                #expect(report.text.element(id: "banner-bottom")?.contains("MÉDICAL") == true)

                // the principal without MEDICAL gets the same 404 as for a missing patient
                let nora = try await client.signIn("nora")
                let hidden = try await client.execute(
                    uri: "/health/patients/\(pid)/disclosures", method: .get, headers: nora.headers())
                #expect(hidden.status == .notFound)
                let list = try await client.execute(uri: "/health/releases", method: .get, headers: nora.headers())
                #expect(list.status == .ok)
                #expect(!list.text.contains("Allianz") && !list.text.contains(id))
            }
        }
    }

    @Test("the referral and POD pages render in English with their forms")
    func pagesInEnglish() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            _ = try await installation.user("luc", ReleaseUsers.lineManager)
            let patient = try await installation.releasePatient("DUPONT", by: clerk.principal)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let csrf = try await client.sessionCSRF(session)
                let cookie = session.headers()[.cookie]!
                let list = try await client.execute(uri: "/health/referrals", method: .get, headers: session.headers())
                #expect(list.status == .ok)
                #expect(list.text.contains(#"id="referral-form""#))
                let created = try await client.postForm(
                    "/health/referrals",
                    [
                        "_csrf": csrf, "patient": patient.object.id, "provider": "Clinic", "specialty": "ENT",
                        "reason": "Hearing loss", "urgency": "routine", "replyDue": "2026-12-01",
                    ],
                    cookies: [cookie])
                #expect(created.status == .seeOther, "\(created.text)")
                let page = try await client.execute(
                    uri: try #require(created.headers[.location]), method: .get, headers: session.headers())
                #expect(page.text.element(id: "referral-status") == "Draft")
                #expect(page.text.contains(#"id="form-sent""#))

                // the line manager asks through the form and sees the request, not the referral list's content
                let luc = try await client.signIn("luc")
                let lucCSRF = try await client.sessionCSRF(luc)
                let asked = try await client.postForm(
                    "/health/pod-requests",
                    ["_csrf": lucCSRF, "staffNumber": "S-9", "question": "Fit?", "purpose": "planning"],
                    cookies: [luc.headers()[.cookie]!])
                #expect(asked.status == .seeOther, "\(asked.text)")
                let mine = try await client.execute(
                    uri: try #require(asked.headers[.location]), method: .get, headers: luc.headers())
                #expect(mine.status == .ok)
                #expect(!mine.text.contains(#"id="pod-answer-form""#))
                #expect(mine.text.element(id: "banner-top")?.contains("NATO UNCLASSIFIED") == true)
                let referrals = try await client.execute(uri: "/health/referrals", method: .get, headers: luc.headers())
                #expect(
                    referrals.text.element(id: "referral-empty") != nil
                        && !referrals.text.contains(#"id="referral-form""#))
            }
        }
    }
}
