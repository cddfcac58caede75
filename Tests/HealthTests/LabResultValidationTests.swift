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

/// Issue 17, items 1 and 10: a numeric test of the lab catalogue takes a number in its unit, through the API and
/// the page; flags come from the range and the critical limits, never from the client; the form offers the
/// catalogue and only the fields of the entry's type.
@Suite("Lab results are checked against the catalogue")
struct LabResultValidationTests {
    static func lab(_ observation: String) -> String {
        #"{"type":"lab-result","summary":"Full blood count","date":"2026-11-20","observations":[\#(observation)]}"#
    }

    @Test("through the API: a non-number or a wrong unit is refused naming the test; LL/HH computed; nothing saved")
    func api() async throws {
        try await withInstallation { installation in
            let marta = try await installation.user("marta", HealthUser.clerk)
            try await installation.user("nina", HealthUser.uncategorised)
            let patient = try await installation.patient("Dupont", "Jeanne", by: marta.principal)
            let path = "/api/v1/health/patients/\(patient.object.id)/entries"
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "marta")
                let before = try await installation.objectCount()
                let abc = try await client.api(
                    .post, path, token: token,
                    json: Self.lab(#"{"code":{"system":"http://loinc.org","code":"718-7"},"valueText":"abc"}"#))
                #expect(abc.status == .badRequest, "\(abc.text)")
                let problem = try abc.decode(Problem.self)
                #expect(problem.type.hasSuffix("invalid-field"))
                #expect(problem.detail.contains("Haemoglobin") && problem.detail.contains("g/dL"), "\(problem.detail)")
                #expect(problem.detail.isHumanSentence)
                let french = try await client.api(
                    .post, path, token: token,
                    json: Self.lab(#"{"code":{"system":"http://loinc.org","code":"718-7"},"valueText":"abc"}"#),
                    headers: [.acceptLanguage: "fr"])
                #expect(try french.decode(Problem.self).detail.contains("Hémoglobine"))
                let unit = try await client.api(
                    .post, path, token: token,
                    json: Self.lab(#"{"code":{"system":"http://loinc.org","code":"718-7"},"value":130,"unit":"g/L"}"#))
                #expect(unit.status == .badRequest)
                #expect(try unit.decode(Problem.self).detail.contains("g/dL"))
                let typed = try await client.api(
                    .post, path, token: token,
                    json: Self.lab(
                        #"{"code":{"system":"http://loinc.org","code":"718-7"},"value":13,"interpretation":"H"}"#))
                #expect(typed.status == .badRequest, "a flag is never typed: \(typed.text)")
                #expect(try await installation.objectCount() == before, "nothing saved")

                // A number in text is read (decimal comma too); the catalogue gives unit, range and critical limits.
                let saved = try await client.api(
                    .post, path, token: token,
                    json: Self.lab(
                        #"{"code":{"system":"http://loinc.org","code":"718-7"},"valueText":"6,2"},{"code":{"system":"http://loinc.org","code":"2823-3"},"value":4.2},{"code":{"system":"http://loinc.org","code":"2345-7"},"value":120,"unit":"mg/dL"}"#
                    ))
                #expect(saved.status == .created, "\(saved.text)")
                let observations = try #require(try saved.jsonObject()["observations"] as? [[String: Any]])
                #expect(observations.map { $0["interpretation"] as? String } == ["LL", "N", "H"])
                #expect(observations.first?["value"] as? Double == 6.2)
                #expect(observations.first?["unit"] as? String == "g/dL")
                #expect(observations.first?["low"] as? Double == 12)

                // A test the catalogue does not know keeps a text result ("negative").
                let other = try await client.api(
                    .post, path, token: token,
                    json: Self.lab(
                        #"{"code":{"system":"http://loinc.org","code":"5196-1","display":"HBsAg"},"valueText":"negative"}"#
                    ))
                #expect(other.status == .created, "\(other.text)")

                // Nina (no MEDICAL) learns nothing from the same bad input: the body is checked before the patient is
                // looked for, so her answer is the one for a patient that does not exist; a good body is a 404.
                let nina = try await client.token(for: "nina")
                let body = Self.lab(#"{"code":{"system":"http://loinc.org","code":"718-7"},"valueText":"abc"}"#)
                let hidden = try await client.api(.post, path, token: nina, json: body)
                let absent = try await client.api(
                    .post, "/api/v1/health/patients/01JZZZZZZZZZZZZZZZZZZZZZZZ/entries", token: nina, json: body)
                #expect(hidden.status == absent.status)
                #expect(try hidden.decode(Problem.self).detail == (try absent.decode(Problem.self).detail))
                let valid = try await client.api(
                    .post, path, token: nina,
                    json: Self.lab(#"{"code":{"system":"http://loinc.org","code":"718-7"},"value":13}"#))
                #expect(valid.status == .notFound)
            }
        }
    }

    @Test("through the page: the catalogue in the page's language, the field of a bad result marked, nothing saved")
    func page() async throws {
        try await withInstallation { installation in
            let marta = try await installation.user("marta", HealthUser.clerk)
            let patient = try await installation.patient("Dupont", "Jeanne", by: marta.principal)
            let chart = "/health/patients/\(patient.object.id)"
            try await installation.app.test(.router) { client in
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let session = try await client.signIn("marta", headers: fr)
                let csrf = try await client.sessionCSRF(session)

                let chooser = try await client.execute(
                    uri: "\(chart)/entries/new", method: .get, headers: session.headers(fr))
                #expect(chooser.text.contains(#"id="type-lab-result""#))
                let form = try await client.execute(
                    uri: "\(chart)/entries/new?type=lab-result", method: .get, headers: session.headers(fr))
                #expect(form.status == .ok)
                #expect(form.text.contains("Hémoglobine (g/dL)"))
                #expect(form.text.contains(#"<optgroup label="Hématologie">"#))
                #expect(!form.text.contains(#"id="correspondent""#), "no correspondent on a lab result")
                #expect(!form.text.contains(#"id="consent-recipient""#), "no consent terms on a lab result")
                #expect(!form.text.contains(#"id="obs0-low""#), "the range comes from the catalogue")
                let consentForm = try await client.execute(
                    uri: "\(chart)/entries/new?type=consent", method: .get, headers: session.headers(fr))
                #expect(consentForm.text.contains(#"id="consent-recipient""#))
                #expect(!consentForm.text.contains(#"id="obs0-code""#))

                let before = try await installation.objectCount()
                let bad = try await client.postForm(
                    "\(chart)/entries/new",
                    [
                        "_csrf": csrf, "type": "lab-result", "summary": "NFS", "date": "2026-11-23",
                        "obs0-code": "", "obs1-code": "718-7", "obs1-value": "abc",
                    ],
                    headers: session.headers(fr))
                #expect(bad.status == .badRequest)
                #expect(bad.text.element(id: "obs1-value-error")?.contains("Hémoglobine") == true)
                #expect(bad.text.summaryItems.map(\.field) == ["obs1-value"])
                #expect(bad.text.contains(#"id="obs1-value" name="obs1-value""#))
                let marked = bad.text.components(separatedBy: #"id="obs1-value""#).dropFirst().first?
                    .prefix(while: { $0 != ">" })
                #expect(marked?.contains(#"aria-invalid="true""#) == true, "the bad result is marked")
                #expect(marked?.contains(#"aria-describedby="obs1-value-error""#) == true)
                #expect(bad.text.contains(#"value="abc""#), "what was typed is kept")
                #expect(try await installation.objectCount() == before)

                let good = try await client.postForm(
                    "\(chart)/entries/new",
                    [
                        "_csrf": csrf, "type": "lab-result", "summary": "NFS", "date": "2026-11-23",
                        "obs0-code": "718-7", "obs0-value": "14,1", "obs1-code": "777-3", "obs1-value": "1200",
                    ],
                    headers: session.headers(fr))
                #expect(good.status == .seeOther, "\(good.text)")
                let entry = try await client.execute(
                    uri: try #require(good.headers[.location]), method: .get, headers: session.headers(fr))
                #expect(entry.text.contains("<strong>HH</strong>"), "platelets 1200 are critical")
                #expect(!entry.text.contains("false"))
            }
        }
    }
}
