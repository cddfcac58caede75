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

/// `POST /api/v1/labels/check` in JSON and in ADatP-4774 XML, and `GET /api/v1/objects/{id}/label.xml`.
@Suite("Labels API")
struct LabelsAPITests {
    struct CheckedLabel: Decodable {
        var label: SecurityLabelForm
        var banner: String
        var xml: String
    }

    static func check(
        _ client: any TestClientProtocol, token: String, _ body: String, contentType: String = "application/json",
        language: String = "en"
    ) async throws -> TestResponse {
        try await client.api(
            .post, "/api/v1/labels/check", token: token, json: body,
            headers: [.contentType: contentType, .acceptLanguage: language])
    }

    @Test("a JSON label comes back canonical, with its banner and its ADatP-4774 XML")
    func checkJSON() async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")

                // exercise
                let response = try await Self.check(
                    client, token: token,
                    #"{"classification":" ns ","releasableTo":["fra","BEL"],"categories":["staff"],"informative":["EXERCISE"]}"#
                )

                // validate
                #expect(response.status == .ok)
                #expect(Set(try response.jsonObject().keys) == ["label", "banner", "xml"])
                let checked = try response.decode(CheckedLabel.self)
                #expect(
                    checked.label
                        == SecurityLabelForm(
                            classification: "NATO SECRET", releasableTo: ["BEL", "FRA"], categories: ["STAFF"],
                            informative: ["EXERCISE"]))
                #expect(checked.banner == "NATO SECRET // STAFF // RELEASABLE TO BEL, FRA // EXERCISE")
                #expect(checked.xml.contains(ConfidentialityLabelXML.namespace))
                #expect(checked.xml.contains("<slab:Classification>SECRET</slab:Classification>"))
                #expect(checked.xml.contains("<slab:GenericValue>STAFF</slab:GenericValue>"))
            }
        }
    }

    @Test("an ADatP-4774 XML label is read back to the same label, whatever the XML content type")
    func checkXML() async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let label = try SecurityLabel.testLabel(
                    "NC", releasableTo: ["DEU", "NLD"], categories: ["LEGAL", "STAFF"], informative: ["LIMDIS"])
                let xml = ConfidentialityLabelXML.export(label)

                for contentType in ["application/xml", "application/xml; charset=utf-8", "text/xml"] {
                    // exercise
                    let response = try await Self.check(client, token: token, xml, contentType: contentType)

                    // validate
                    #expect(response.status == .ok, "\(contentType): \(response.text)")
                    let checked = try response.decode(CheckedLabel.self)
                    #expect(checked.label == SecurityLabelForm(label), "\(contentType)")
                    #expect(checked.banner == "NATO CONFIDENTIAL // LEGAL, STAFF // RELEASABLE TO DEU, NLD // LIMDIS")
                    #expect(checked.xml == xml)
                }
            }
        }
    }

    @Test("malformed XML, malformed JSON and invalid labels are 4xx problems with a clear sentence")
    func malformedLabels() async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                let valid = ConfidentialityLabelXML.export(.unclassified)
                let xmlCases: [(String, String, String)] = [
                    ("not XML", "this is not xml", "malformed"),
                    ("truncated", String(valid.prefix(valid.count / 2)), "malformed"),
                    ("empty", "", "malformed"),
                    ("wrong root", #"<?xml version="1.0"?><label xmlns="urn:x"/>"#, "ConfidentialityLabel"),
                    (
                        "wrong namespace",
                        valid.replacingOccurrences(of: ConfidentialityLabelXML.namespace, with: "urn:other"),
                        "namespace"
                    ),
                    (
                        "unknown classification",
                        valid.replacingOccurrences(of: ">UNCLASSIFIED<", with: ">VERY SECRET<"), "VERY SECRET"
                    ),
                    (
                        "other policy",
                        valid.replacingOccurrences(
                            of: ">NATO</slab:PolicyIdentifier>", with: ">EU</slab:PolicyIdentifier>"), "EU"
                    ),
                    (
                        "entity expansion",
                        #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><x>&b;</x>"#,
                        "malformed"
                    ),
                ]
                for (name, xml, words) in xmlCases {
                    // exercise
                    let response = try await Self.check(client, token: token, xml, contentType: "application/xml")

                    // validate
                    let problem = try response.problem(.unprocessableContent, type: "invalid-label")
                    #expect(problem.detail.contains(words), "\(name): \(problem.detail)")
                    #expect(problem.field == "label", "\(name)")
                }
                let french = try await Self.check(
                    client, token: token, "this is not xml", contentType: "application/xml", language: "fr")
                let frenchProblem = try french.problem(.unprocessableContent, type: "invalid-label")
                #expect(frenchProblem.detail.hasPrefix("Le XML du marquage de confidentialité est mal formé"))

                let jsonCases: [(String, HTTPResponse.Status, String, String)] = [
                    ("{\"classification\":", .badRequest, "invalid-json", "not valid JSON"),
                    ("", .badRequest, "invalid-json", "empty"),
                    (#"{"classification":["NS"]}"#, .badRequest, "wrong-type", "classification"),
                    (#"{"releasableTo":["NATO"]}"#, .unprocessableContent, "invalid-label", "no classification"),
                    (
                        #"{"classification":"NU","releasableTo":["NATO","FRA"]}"#, .unprocessableContent,
                        "invalid-label", "NATO"
                    ),
                    (
                        #"{"classification":"NU","categories":["MEDICAL","GOSSIP"]}"#, .unprocessableContent,
                        "invalid-label", "GOSSIP"
                    ),
                    (
                        #"{"classification":"NU","informative":["\#(String(repeating: "Z", count: 65))"]}"#,
                        .unprocessableContent, "invalid-label", "1 to 64"
                    ),
                ]
                for (body, status, type, words) in jsonCases {
                    let response = try await Self.check(client, token: token, body)
                    let problem = try response.problem(status, type: type)
                    #expect(problem.detail.contains(words), "\(body): \(problem.detail)")
                }
            }
        }
    }

    @Test("checking a label needs a signed-in principal")
    func checkNeedsAToken() async throws {
        try await withInstallation { installation in
            try await installation.app.test(.router) { client in
                let response = try await client.api(.post, "/api/v1/labels/check", json: #"{"classification":"NU"}"#)
                try response.problem(.unauthorized, type: "unauthenticated")
                #expect(!response.text.contains("xml"))
            }
        }
    }

    @Test("an object's label.xml reads back through labels/check to the object's label; out of reach it is a 404")
    func labelXMLRoundTrip() async throws {
        try await withInstallation { installation in
            // setup
            let clinician = try await installation.user("clinician", MockUser.clinician)
            try await installation.user("clerk", MockUser.registry)
            let label = try SecurityLabel.testLabel(
                "NC", releasableTo: ["BEL", "FRA"], categories: ["MEDICAL"], informative: ["IN CONFIDENCE"])
            let note = try await installation.note("Referral letter", label, unit: "HEALTH", by: clinician.principal)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clinician")

                // exercise
                let xml = try await client.api(.get, "/api/v1/objects/\(note.id)/label.xml", token: token)
                let checked = try await Self.check(client, token: token, xml.text, contentType: "application/xml")
                let object = try await client.api(.get, "/api/v1/objects/\(note.id)", token: token)

                // validate
                #expect(xml.status == .ok)
                #expect(xml.headers[.contentType] == "application/xml; charset=utf-8")
                #expect(xml.headers[.classification] == label.banner)
                #expect(xml.text.hasPrefix("<?xml"))
                #expect(!xml.text.contains("Referral letter"), "the label carries no content")
                #expect(checked.status == .ok)
                let result = try checked.decode(CheckedLabel.self)
                #expect(result.label == (try object.decode(ObjectBody.self)).label)
                #expect(result.label == SecurityLabelForm(label))
                #expect(result.xml == xml.text)

                let clerk = try await client.token(for: "clerk")
                let refused = try await client.api(.get, "/api/v1/objects/\(note.id)/label.xml", token: clerk)
                try refused.problem(.notFound, type: "object-not-found")
                #expect(!refused.text.contains("MEDICAL"))
                #expect(!refused.text.contains("slab:"))
            }
        }
    }
}
