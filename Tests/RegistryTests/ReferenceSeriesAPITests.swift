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

/// Reference series are managed by the registry supervisor through `/api/v1/reference-series`.
@Suite("Reference series API")
struct ReferenceSeriesAPITests {
    @Test("a supervisor creates, reads and edits a series; a clerk may read but not manage")
    func supervisorManages() async throws {
        try await withInstallation { installation in
            try await installation.user("sylvie", MockUser.supervisor)
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let supervisor = try await client.token(for: "sylvie")
                let clerk = try await client.token(for: "clerk")
                let body =
                    #"{"code":"IMSM","template":"IMSM-{seq:4}-{year}","title":"International Military Staff memoranda","checks":["label","originator"]}"#

                let refused = try await client.api(.post, "/api/v1/reference-series", token: clerk, json: body)
                #expect(refused.status == .forbidden)
                let created = try await client.api(.post, "/api/v1/reference-series", token: supervisor, json: body)
                #expect(created.status == .created, "\(created.text)")
                let series = try created.decode(SeriesBody.self)
                #expect(series.requiresVerification)
                #expect(series.checks == ["label", "originator"])
                #expect(series.example.hasPrefix("IMSM-0001-"))
                #expect(created.headers[.location] == "/api/v1/reference-series/IMSM")

                let duplicate = try await client.api(.post, "/api/v1/reference-series", token: supervisor, json: body)
                #expect(duplicate.status == .conflict)
                let sameTemplate = try await client.api(
                    .post, "/api/v1/reference-series", token: supervisor,
                    json: #"{"code":"IMS","template":"IMSM-{seq:4}-{year}","title":"Copy"}"#)
                #expect(sameTemplate.status == .conflict)
                #expect(try sameTemplate.decode(Problem.self).field == "template")

                let list = try await client.api(.get, "/api/v1/reference-series", token: clerk)
                #expect(list.status == .ok)
                #expect(list.text.contains("IMSM-{seq:4}-{year}"))

                let edited = try await client.api(
                    .patch, "/api/v1/reference-series/IMSM", token: supervisor,
                    json: #"{"requiresVerification":false,"title":"IMS memoranda"}"#, headers: [.ifMatch: "\"v1\""])
                #expect(edited.status == .ok)
                #expect(try edited.decode(SeriesBody.self).requiresVerification == false)
                let stale = try await client.api(
                    .patch, "/api/v1/reference-series/IMSM", token: supervisor, json: #"{"active":false}"#,
                    headers: [.ifMatch: "\"v1\""])
                #expect(stale.status == .preconditionFailed)
                let missing = try await client.api(.get, "/api/v1/reference-series/NOPE", token: clerk)
                #expect(missing.status == .notFound)
            }
        }
    }

    @Test("a bad template or code gets a sentence saying what is wrong, in English and French")
    func badTemplates() async throws {
        try await withInstallation { installation in
            try await installation.user("sylvie", MockUser.supervisor)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "sylvie")
                let noYear = #"{"code":"X","template":"X-{seq:4}","title":"X"}"#
                let english = try await client.api(.post, "/api/v1/reference-series", token: token, json: noYear)
                #expect(english.status == .unprocessableContent)
                #expect(try english.decode(Problem.self).detail.contains("numbers start again every year"))
                let french = try await client.api(
                    .post, "/api/v1/reference-series", token: token, json: noYear, headers: [.acceptLanguage: "fr"])
                #expect(try french.decode(Problem.self).detail.contains("recommence chaque année"))
                let unknown = try await client.api(
                    .post, "/api/v1/reference-series", token: token,
                    json: #"{"code":"X","template":"X-{seq}-{month}-{year}","title":"X"}"#)
                #expect(try unknown.decode(Problem.self).detail.contains("{month} is not a placeholder"))
                let badCode = try await client.api(
                    .post, "/api/v1/reference-series", token: token,
                    json: #"{"code":"imsm/1","template":"X-{seq}-{year}","title":"X"}"#)
                #expect(badCode.status == .badRequest)
                #expect(try badCode.decode(Problem.self).field == "code")
                let badCheck = try await client.api(
                    .post, "/api/v1/reference-series", token: token,
                    json: #"{"code":"X","template":"X-{seq}-{year}","title":"X","checks":["spelling"]}"#)
                #expect(try badCheck.decode(Problem.self).field == "checks")
                let list = try await client.api(.get, "/api/v1/reference-series", token: token)
                #expect(list.text == #"{"items":[]}"#)
            }
        }
    }
}
