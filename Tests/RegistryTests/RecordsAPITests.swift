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

/// Registering, reading, listing and correcting records through `/api/v1/records`.
@Suite("Records API")
struct RecordsAPITests {
    static let secretForFRA = #"{"classification":"NS","releasableTo":["FRA","BEL"]}"#

    @Test("POST registers with the series' next reference: 201, Location, ETag, banner and the record")
    func registers() async throws {
        try await withInstallation { installation in
            // setup
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            try await installation.user("clerk", MockUser.registry)
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let extra =
                    #","originator":"SHAPE J3","originatorReference":"SH/J3/0042","documentDate":"2026-03-02","addressees":["COS","DCOS"],"metadata":{"handling":"by hand"},"keywords":["logistics"],"language":"fr","contentMarking":"NS""#

                // exercise
                let created = try await client.api(
                    .post, "/api/v1/records", token: token,
                    json: recordBody(
                        "  Procès-verbal de la réunion logistique ", label: Self.secretForFRA, extra: extra))

                // validate
                #expect(created.status == .created, "\(created.text)")
                let body = try created.decode(RecordBody.self)
                let year = HeadquartersCalendar.year(Clock.nowMilliseconds())
                #expect(body.reference == "IMSM-0001-\(year)")
                #expect(body.sequence == 1 && body.year == year && body.series == "IMSM")
                #expect(body.state == "registered", "a series without verification registers at once")
                #expect(body.title == "Procès-verbal de la réunion logistique")
                #expect(body.direction == "incoming")
                #expect(body.originatorReference == "SH/J3/0042")
                #expect(body.addressees == ["COS", "DCOS"])
                #expect(body.contentMarking == "NATO SECRET")
                #expect(body.banner == "NATO SECRET // RELEASABLE TO BEL, FRA")
                #expect(created.headers[.classification] == body.banner)
                #expect(created.headers[.location] == "/api/v1/records/\(body.id)")
                #expect(created.headers[.eTag] == "\"v1\"")

                let read = try await client.api(.get, "/api/v1/records/\(body.id)", token: token)
                #expect(read.status == .ok)
                #expect(try read.decode(RecordBody.self).reference == body.reference)
                let xml = try await client.api(.get, "/api/v1/records/\(body.id)/label.xml", token: token)
                #expect(xml.status == .ok)
                #expect(xml.text.contains("SECRET"))
                #expect(xml.headers[.classification] == body.banner)

                // the registration and the read of a NATO SECRET item are in the audit chain
                let actions = try await installation.auditActions(of: body.id)
                #expect(actions.prefix(2) == ["object.create", "object.read"])
            }
        }
    }

    @Test("a series that requires verification keeps the item received; verification lists each failed check")
    func verification() async throws {
        try await withInstallation { installation in
            // setup
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            try await installation.user("clerk", MockUser.registry)
            try await installation.series(
                "MSG", template: "MSG/{year}/{seq:5}", checks: [.label, .originator, .originatorReference],
                by: supervisor)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let created = try await client.api(
                    .post, "/api/v1/records", token: token,
                    json: recordBody(
                        "Signal", series: "MSG", label: Self.secretForFRA, extra: #","contentMarking":"NC""#))
                let record = try created.decode(RecordBody.self)
                #expect(record.state == "received")

                // exercise: a failing verification, in French
                let failed = try await client.api(
                    .post, "/api/v1/records/\(record.id)/verification", token: token,
                    headers: [.acceptLanguage: "fr"])

                // validate
                #expect(failed.status == .unprocessableContent)
                let problem = try failed.jsonObject()
                let errors = try #require(problem["errors"] as? [[String: Any]])
                #expect(errors.compactMap { $0["field"] as? String } == ["label", "originator", "originatorReference"])
                #expect(errors.compactMap { $0["code"] as? String }.first == "label.labelDiffersFromMarking")
                #expect((errors.first?["detail"] as? String)?.contains("NATO CONFIDENTIAL") == true)
                #expect((problem["detail"] as? String)?.contains("reste à l'état reçu") == true)
                let still = try await client.api(.get, "/api/v1/records/\(record.id)", token: token)
                #expect(try still.decode(RecordBody.self).state == "received")

                // correct the record, then verify
                let patched = try await client.api(
                    .patch, "/api/v1/records/\(record.id)", token: token,
                    json: #"{"contentMarking":"NS","originator":"SHAPE","originatorReference":"SH/77"}"#,
                    headers: [.ifMatch: "\"v1\""])
                #expect(patched.status == .ok, "\(patched.text)")
                let verified = try await client.api(.post, "/api/v1/records/\(record.id)/verification", token: token)
                #expect(verified.status == .ok, "\(verified.text)")
                let body = try verified.decode(RecordBody.self)
                #expect(body.state == "registered")
                #expect(body.verifiedBy != nil && body.verifiedAt != nil)
                #expect(body.version == 3)
                let again = try await client.api(.post, "/api/v1/records/\(record.id)/verification", token: token)
                #expect(again.status == .conflict)

                let actions = try await installation.auditActions(of: record.id)
                #expect(actions.filter { $0 == "record.verify" }.count == 2, "the failed and the passed check")
                let history = try await client.api(.get, "/api/v1/records/\(record.id)/history", token: token)
                let versions = try #require(try history.jsonObject()["versions"] as? [[String: Any]])
                #expect(versions.compactMap { $0["state"] as? String } == ["received", "received", "registered"])
            }
        }
    }

    @Test("a principal who may not read a record gets 404 everywhere and finds it in no list or count")
    func outsiderSeesNothing() async throws {
        try await withInstallation { installation in
            // setup: a NATO SECRET record releasable to FRA and BEL; GBR NC clerk in the same unit
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.user("owen", MockUser.otherClerk)
            try await installation.user("vic", MockUser.visitor)
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let secret = try await installation.register(
                "Secret plan", series: "IMSM",
                label: SecurityLabel(classification: .natoSecret, releasability: .listed(["FRA", "BEL"])), by: clerk)
            let open = try await installation.register("Open note", series: "IMSM", by: clerk)
            try await installation.app.test(.router) { client in
                for outsider in ["owen", "vic"] {
                    let token = try await client.token(for: outsider)
                    let missing = ObjectID.make(milliseconds: Clock.nowMilliseconds())
                    let unknown = try await client.api(.get, "/api/v1/records/\(missing)", token: token)

                    // exercise and validate: same 404 body as a record that does not exist
                    for path in ["", "/label.xml", "/history"] {
                        let response = try await client.api(
                            .get, "/api/v1/records/\(secret.object.id)\(path)", token: token)
                        #expect(response.status == .notFound, "\(outsider) \(path)")
                        #expect(
                            response.text.replacingOccurrences(of: secret.object.id, with: "ID")
                                == unknown.text.replacingOccurrences(of: missing, with: "ID").replacingOccurrences(
                                    of: "/api/v1/records/ID", with: "/api/v1/records/ID\(path)"),
                            "\(outsider) \(path)")
                        #expect(!response.text.contains("Secret plan") && !response.text.contains(secret.reference))
                    }
                    let patch = try await client.api(
                        .patch, "/api/v1/records/\(secret.object.id)", token: token, json: #"{"title":"x"}"#,
                        headers: [.ifMatch: "\"v1\""])
                    #expect(patch.status == .notFound)
                    let verify = try await client.api(
                        .post, "/api/v1/records/\(secret.object.id)/verification", token: token)
                    #expect(verify.status == .notFound)
                    let list = try await client.api(.get, "/api/v1/records?withTotal=true&series=IMSM", token: token)
                    let wire = try list.jsonObject()
                    let ids = (wire["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                    #expect(!ids.contains(secret.object.id))
                    #expect(!list.text.contains("Secret plan"))
                    let total = try #require(wire["total"] as? Int)
                    #expect(total == ids.count)
                    #expect(ids == (outsider == "owen" ? [open.object.id] : []))
                    let objects = try await client.api(.get, "/api/v1/objects?withTotal=true", token: token)
                    #expect(!objects.text.contains(secret.object.id))
                }
            }
        }
    }

    @Test("lists page by cursor with next null at the end, and filter by series and state")
    func listsAndFilters() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            try await installation.user("clerk", MockUser.registry)
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            try await installation.series("MSG", template: "MSG-{seq}-{yy}", checks: [.originator], by: supervisor)
            for index in 1...5 { try await installation.register("I \(index)", series: "IMSM", by: supervisor) }
            for index in 1...2 { try await installation.register("M \(index)", series: "MSG", by: supervisor) }
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                var cursor: String?
                var seen: [String] = []
                repeat {
                    let query = "/api/v1/records?series=IMSM&limit=2" + (cursor.map { "&cursor=\($0)" } ?? "")
                    let wire = try (try await client.api(.get, query, token: token)).jsonObject()
                    let items = try #require(wire["items"] as? [[String: Any]])
                    seen += items.compactMap { $0["reference"] as? String }
                    #expect(wire.keys.contains("next"))
                    cursor = wire["next"] as? String
                } while cursor != nil
                #expect(seen.count == 5 && Set(seen).count == 5)
                #expect(seen == seen.sorted().reversed(), "newest first")

                let received = try await client.api(.get, "/api/v1/records?state=received&withTotal=true", token: token)
                let wire = try received.jsonObject()
                #expect(wire["total"] as? Int == 2)

                let bad = try await client.api(.get, "/api/v1/records?state=lost", token: token)
                #expect(bad.status == .badRequest)
                #expect(try bad.decode(Problem.self).field == "state")
            }
        }
    }

    @Test("corrections need If-Match, keep the history, never lower the label; bad fields are refused by name")
    func corrections() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            let clerk = try await installation.user("clerk", MockUser.registry).principal
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            let record = try await installation.register(
                "Draft", series: "IMSM", label: SecurityLabel(classification: .natoRestricted), by: clerk)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let path = "/api/v1/records/\(record.object.id)"
                let noMatch = try await client.api(.patch, path, token: token, json: #"{"title":"Final"}"#)
                #expect(noMatch.status.code == 428)
                let ok = try await client.api(
                    .patch, path, token: token, json: #"{"title":"Final","keywords":["budget"]}"#,
                    headers: [.ifMatch: "\"v1\""])
                #expect(ok.status == .ok)
                #expect(ok.headers[.eTag] == "\"v2\"")
                let stale = try await client.api(
                    .patch, path, token: token, json: #"{"title":"Again"}"#, headers: [.ifMatch: "\"v1\""])
                #expect(stale.status == .preconditionFailed)
                let lowered = try await client.api(
                    .patch, path, token: token, json: #"{"label":{"classification":"NU","releasableTo":["NATO"]}}"#,
                    headers: [.ifMatch: "\"v2\""])
                #expect(lowered.status == .conflict)
                let history = try await client.api(.get, path + "/history", token: token)
                let versions = try #require(try history.jsonObject()["versions"] as? [[String: Any]])
                #expect(versions.compactMap { $0["title"] as? String } == ["Draft", "Final"])

                for (json, field) in [
                    (#"{"documentDate":"2026-02-30"}"#, "documentDate"),
                    (#"{"recordType":"poem"}"#, "recordType"),
                    (#"{"title":"bad\u0007bell"}"#, "title"),
                    (#"{"language":"French"}"#, "language"),
                    (#"{"metadata":{"bad key":"x"}}"#, "metadata"),
                    (#"{"contentMarking":"TOP"}"#, "contentMarking"),
                    (#"{"direction":"sideways"}"#, "direction"),
                ] {
                    let refused = try await client.api(
                        .patch, path, token: token, json: json, headers: [.ifMatch: "\"v2\""])
                    #expect(refused.status.code >= 400 && refused.status.code < 500, "\(json)")
                    #expect(try refused.decode(Problem.self).field == field, "\(json)")
                }
                let after = try await client.api(.get, path, token: token)
                #expect(after.headers[.eTag] == "\"v2\"", "no refused correction changed anything")
            }
        }
    }

    @Test("registering needs a registry role, a known active series and a label the clerk could read")
    func registrationRefusals() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            try await installation.user("clerk", MockUser.registry)
            try await installation.user("doc", MockUser.clinician)
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            try await installation.app.test(.router) { client in
                let clerk = try await client.token(for: "clerk")
                let doctor = try await client.token(for: "doc")
                let noRole = try await client.api(.post, "/api/v1/records", token: doctor, json: recordBody("X"))
                #expect(noRole.status == .forbidden)
                let unknown = try await client.api(
                    .post, "/api/v1/records", token: clerk, json: recordBody("X", series: "NOPE"))
                #expect(unknown.status == .notFound)
                #expect(try unknown.decode(Problem.self).field == "series")
                let above = try await client.api(
                    .post, "/api/v1/records", token: clerk,
                    json: recordBody("X", label: #"{"classification":"CTS","releasableTo":["NATO"]}"#))
                #expect(above.status == .forbidden)
                let noLabel = try await client.api(
                    .post, "/api/v1/records", token: clerk,
                    json: #"{"title":"X","series":"IMSM","recordType":"letter"}"#)
                #expect(noLabel.status == .badRequest)
                #expect(try await installation.objectCount() == 0)

                // an originator's ADatP-4774 label becomes the label and is kept verbatim
                let xml = ConfidentialityLabelXML.export(SecurityLabel(classification: .natoConfidential))
                let imported = try await client.api(
                    .post, "/api/v1/records", token: clerk,
                    json:
                        #"{"title":"From SHAPE","series":"IMSM","recordType":"letter","originatorLabelXML":\#(jsonString(xml))}"#
                )
                #expect(imported.status == .created, "\(imported.text)")
                #expect(try imported.decode(RecordBody.self).banner == "NATO CONFIDENTIAL")
                let year = HeadquartersCalendar.year(Clock.nowMilliseconds())
                #expect(
                    try imported.decode(RecordBody.self).reference == "IMSM-0001-\(year)", "refusals took no number")
            }
        }
    }

    @Test("a repeated Idempotency-Key registers once and answers the same")
    func idempotentRegistration() async throws {
        try await withInstallation { installation in
            let supervisor = try await installation.user("sylvie", MockUser.supervisor).principal
            try await installation.user("clerk", MockUser.registry)
            try await installation.series("IMSM", template: "IMSM-{seq:4}-{year}", by: supervisor)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let headers: HTTPFields = [.idempotencyKey: "reg-42"]
                let first = try await client.api(
                    .post, "/api/v1/records", token: token, json: recordBody("Once"), headers: headers)
                let second = try await client.api(
                    .post, "/api/v1/records", token: token, json: recordBody("Once"), headers: headers)
                #expect(first.status == .created && second.status == .created)
                #expect(first.text == second.text)
                #expect(second.headers[.idempotentReplayed] == "true")
                let other = try await client.api(
                    .post, "/api/v1/records", token: token, json: recordBody("Other"), headers: headers)
                #expect(other.status == .conflict)
                #expect(try await installation.objectCount() == 1)
            }
        }
    }
}
