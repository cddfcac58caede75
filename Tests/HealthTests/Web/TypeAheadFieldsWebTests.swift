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

/// Issue 17, item 16: the lab result's test and the release's and the referral's patient are typed with suggestions
/// (the pages' script and `/suggest/lab-tests`, `/suggest/patients`), the list beside each kept for browsers without
/// it; the server checks what is sent either way, and refuses a test or a patient it does not know as a field error.
@Suite("Type-ahead fields: a lab result's test, a release's and a referral's patient")
struct TypeAheadFieldsWebTests {
    // MARK: lab tests

    @Test("the lab result form: a search box that suggests lab tests for the test list, the list still there")
    func labForm() async throws {
        try await withInstallation { installation in
            let martin = try await installation.user("martin", MockUser.clinician).principal
            let patient = try await installation.patient("Weber", "Lena", by: martin)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("martin")
                let form = try await client.execute(
                    uri: "/health/patients/\(patient.object.id)/entries/new?type=lab-result", method: .get,
                    headers: session.headers())
                #expect(form.status == .ok)
                let box = try #require(form.text.openingTag(id: "obs0-test"))
                #expect(box.contains(#"data-suggest="lab-tests""#) && box.contains(#"data-suggest-select="obs0-code""#))
                #expect(
                    form.text.contains(#"<select id="obs0-code" name="obs0-code""#), "the list stays, without script")
                #expect(form.text.contains(#"<option value="718-7">"#))
                #expect(form.text.contains(#"<script src="/assets/suggest.js" defer></script>"#))
                let suggestions = try await client.execute(
                    uri: "/suggest/lab-tests?q=haemo", method: .get, headers: session.headers())
                #expect(suggestions.text.contains(#""value":"718-7""#))
            }
        }
    }

    @Test(
        "a test typed by its name without the script is the catalogue's test; nonsense is a field error",
        arguments: ["en", "fr"])
    func typedTest(language: String) async throws {
        try await withInstallation { installation in
            // setup
            let martin = try await installation.user("martin", MockUser.clinician).principal
            let patient = try await installation.patient("Weber", "Lena", by: martin)
            let path = "/health/patients/\(patient.object.id)/entries/new"
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("martin", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let base = [
                    "_csrf": csrf, "type": "lab-result", "summary": "Blood count", "date": "2026-12-01", "text": "",
                ]
                let events = try await installation.auditEventCount()

                // exercise: nonsense typed for one test, an unknown code for another
                let bad = try await client.postForm(
                    path,
                    base.merging([
                        "obs0-test": "unicorn <blood>", "obs0-code": "", "obs0-value": "5",
                        "obs1-code": "99999-9", "obs1-value": "1",
                    ]) { $1 }, cookies: [session.headers()[.cookie]!], headers: headers)

                // validate
                #expect(bad.status == .badRequest)
                #expect(bad.text.htmlLang == language)
                #expect(bad.text.formRefusalProblems(fields: ["obs0-code", "obs1-code"]) == [])
                #expect(bad.text.element(id: "obs0-code-error")?.contains("unicorn &lt;blood&gt;") == true)
                #expect(bad.text.openingTag(id: "obs0-test")?.contains(#"value="unicorn &lt;blood&gt;""#) == true)
                #expect(!bad.text.contains("<blood>"), "what was typed is escaped")
                #expect(try await installation.changes(since: events) == [], "nothing stored")
                if language == "fr" {
                    #expect(bad.text.element(id: "obs0-code-error")?.contains("pas une analyse de la liste") == true)
                }

                // exercise: the name typed in the reader's language, no test chosen in the list
                let name = language == "fr" ? "hémoglobine" : "Haemoglobin (g/dL)"
                let typed = try await client.postForm(
                    path, base.merging(["obs0-test": name, "obs0-code": "", "obs0-value": "13,2"]) { $1 },
                    cookies: [session.headers()[.cookie]!], headers: headers)
                #expect(typed.status == .seeOther, "\(typed.text)")
                let entries = try await installation.chancery.health.entries(
                    of: patient.object.id, type: nil, after: nil, limit: 10, by: martin
                ).items
                #expect(entries.first?.content.observations.first?.code.code == "718-7")
                #expect(entries.first?.content.observations.first?.value == 13.2)
            }
        }
    }

    // MARK: the release's patient

    @Test(
        "the release form: a patient search that suggests patients for the patient list; Find narrows it without script"
    )
    func releaseSearch() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            let martin = try await installation.user("martin", MockUser.clinician).principal
            let weber = try await installation.releasePatient("Weber", by: clerk.principal)
            _ = try await installation.releasePatient("Dupont", by: clerk.principal)
            _ = try await installation.patient("Webster", "Hugo", restricted: true, by: martin)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let csrf = try await client.sessionCSRF(session)
                let page = try await client.execute(uri: "/health/releases", method: .get, headers: session.headers())
                let box = try #require(page.text.openingTag(id: "patientQuery"))
                #expect(box.contains(#"data-suggest="patients""#) && box.contains(#"data-suggest-select="patient""#))
                #expect(page.text.contains(#"id="find-patient""#))
                #expect(page.text.contains(#"<option value="\#(weber.object.id)">"#))

                let found = try await client.postForm(
                    "/health/releases",
                    ["_csrf": csrf, "action": "find", "patientQuery": "web", "recipient": "Allianz"],
                    cookies: [session.headers()[.cookie]!])
                #expect(found.status == .ok)
                #expect(found.text.contains(#"<option value="\#(weber.object.id)">"#))
                #expect(!found.text.contains("DUPONT"), "the list keeps only the patients found")
                #expect(!found.text.contains("WEBSTER"), "a record the clerk may not read is never offered")
                #expect(found.text.contains(#"value="Allianz""#), "the rest of the form is kept")
                #expect(!found.text.contains("error-summary"))
                let suggested = try await client.execute(
                    uri: "/suggest/patients?q=web", method: .get, headers: session.headers())
                #expect(suggested.text.contains(weber.object.id) && !suggested.text.contains("WEBSTER"))
            }
        }
    }

    @Test(
        "a patient the clerk may not read, or nonsense, is a field error on the patient, and nothing is asked",
        arguments: ["en", "fr"])
    func unreadablePatient(language: String) async throws {
        try await withInstallation { installation in
            // setup
            _ = try await installation.user("clerk", ReleaseUsers.clerk)
            let martin = try await installation.user("martin", MockUser.clinician).principal
            let hidden = try await installation.patient("Webster", "Hugo", restricted: true, by: martin)
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("clerk", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let events = try await installation.auditEventCount()
                let form = [
                    "_csrf": csrf, "recipient": "Allianz Care", "purpose": "insurance", "type-lab-result": "on",
                ]
                for patient in [hidden.object.id, "not-a-patient", "01JUNKNOWN0000000000000000"] {
                    // exercise
                    let refused = try await client.postForm(
                        "/health/releases", form.merging(["patient": patient]) { $1 },
                        cookies: [session.headers()[.cookie]!], headers: headers)

                    // validate
                    #expect(refused.status == .badRequest, "\(patient)")
                    #expect(refused.text.htmlLang == language)
                    #expect(refused.text.formRefusalProblems(fields: ["patient"]) == [], "\(patient)")
                    #expect(!refused.text.contains("WEBSTER") && !refused.text.contains("Hugo"), "nothing leaks")
                    #expect(refused.text.contains(#"value="Allianz Care""#), "what was typed is kept")
                }
                #expect(try await installation.changes(since: events) == [], "nothing asked")
            }
        }
    }

    // MARK: the referral's patient

    @Test(
        "the referral form: a patient search that suggests patients for the patient list; Find narrows it without script"
    )
    func referralSearch() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            let martin = try await installation.user("martin", MockUser.clinician).principal
            let weber = try await installation.releasePatient("Weber", by: clerk.principal)
            _ = try await installation.releasePatient("Dupont", by: clerk.principal)
            _ = try await installation.patient("Webster", "Hugo", restricted: true, by: martin)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("clerk")
                let csrf = try await client.sessionCSRF(session)
                let page = try await client.execute(uri: "/health/referrals", method: .get, headers: session.headers())
                let box = try #require(page.text.openingTag(id: "patientQuery"))
                #expect(box.contains(#"data-suggest="patients""#) && box.contains(#"data-suggest-select="patient""#))
                #expect(page.text.contains(#"id="find-patient""#))
                #expect(page.text.contains(#"<option value="\#(weber.object.id)">"#))
                #expect(!page.text.contains("WEBSTER"), "a record the clerk may not read is never offered")

                let events = try await installation.auditEventCount()
                let found = try await client.postForm(
                    "/health/referrals",
                    ["_csrf": csrf, "action": "find", "patientQuery": "web", "provider": "Dr Moreau"],
                    cookies: [session.headers()[.cookie]!])
                #expect(found.status == .ok)
                #expect(found.text.contains(#"<option value="\#(weber.object.id)">"#))
                #expect(!found.text.contains("DUPONT"), "the list keeps only the patients found")
                #expect(!found.text.contains("WEBSTER"), "a record the clerk may not read is never offered")
                #expect(found.text.contains(#"value="Dr Moreau""#), "the rest of the form is kept")
                #expect(found.text.contains(#"value="web""#), "the search is kept")
                #expect(!found.text.contains("error-summary"))
                #expect(try await installation.changes(since: events) == [], "Find sends nothing")
            }
        }
    }

    @Test(
        "a referral for a patient the clerk may not read is refused on the patient with the words for a missing one",
        arguments: ["en", "fr"])
    func unreadableReferralPatient(language: String) async throws {
        try await withInstallation { installation in
            // setup
            _ = try await installation.user("clerk", ReleaseUsers.clerk)
            let martin = try await installation.user("martin", MockUser.clinician).principal
            let hidden = try await installation.patient("Webster", "Hugo", restricted: true, by: martin)
            try await installation.app.test(.router) { client in
                let headers: HTTPFields = [.acceptLanguage: language]
                let session = try await client.signIn("clerk", headers: headers)
                let csrf = try await client.sessionCSRF(session)
                let events = try await installation.auditEventCount()
                let form = [
                    "_csrf": csrf, "provider": "Dr Moreau", "specialty": "Cardiology", "reason": "palpitations",
                    "urgency": "routine",
                ]
                var sentences: [String] = []
                for patient in [hidden.object.id, "01JAAAAAAAAAAAAAAAAAAAAAAA", "not-a-patient"] {
                    // exercise
                    let refused = try await client.postForm(
                        "/health/referrals", form.merging(["patient": patient]) { $1 },
                        cookies: [session.headers()[.cookie]!], headers: headers)

                    // validate
                    #expect(refused.status == .badRequest, "\(patient)")
                    #expect(refused.text.htmlLang == language)
                    #expect(refused.text.formRefusalProblems(fields: ["patient"]) == [], "\(patient)")
                    #expect(!refused.text.contains("WEBSTER") && !refused.text.contains("Hugo"), "nothing leaks")
                    #expect(refused.text.contains(#"value="Dr Moreau""#), "what was typed is kept")
                    sentences.append(refused.text.element(id: "patient-error") ?? "")
                }
                let words =
                    language == "fr"
                    ? "ne fait pas partie de ceux que vous pouvez choisir" : "is not one you may choose"
                #expect(sentences[0].contains(words), "\(sentences[0])")
                #expect(sentences[0] == sentences[1], "an unreadable patient is said as a missing one")
                #expect(try await installation.changes(since: events) == [], "nothing referred")
            }
        }
    }
}
