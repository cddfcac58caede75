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

/// The workload of the side-by-side run with a peer system (issue 14), end to end through the API: each document
/// registered with its file in one request, then found by its file's name and by a metadata field, with a
/// restricted reader who finds only what they may read.
@Suite("Peer workload")
struct PeerWorkloadTests {
    @Test("one request per document; found by file name and by metadata field; a restricted reader sees only theirs")
    func onePerDocument() async throws {
        try await withInstallation { installation in
            try await RecordsWithFilesAPITests.desk(installation)
            try await installation.app.test(.router) { client in
                let clerk = try await client.token(for: "clerk")
                let owen = try await client.token(for: "owen")
                var references: [String: String] = [:]

                // exercise: six documents, one request each; the sixth is NATO SECRET, above Owen's clearance
                for number in 1...6 {
                    let name = String(format: number % 2 == 0 ? "minutes-%04d.pdf" : "report-%04d.txt", number)
                    let classification = number == 6 ? "NATO SECRET" : "NATO RESTRICTED"
                    let record = recordBody(
                        "Document \(number)",
                        label: #"{"classification":"\#(classification)","releasableTo":["NATO"]}"#,
                        extra:
                            #","metadata":{"case_ref":"CASE-\#(String(format: "%04d", number))","source":"peer run"}"#)
                    let file =
                        number % 2 == 0
                        ? (name, "application/pdf", FileFixtures.pdf)
                        : (name, "text/plain", "Report number \(number) of the peer run.")
                    let response = try await client.post(
                        "/api/v1/records", form: .registration(record, files: [file]), token: clerk)
                    #expect(response.status == .created, "\(number): \(response.text)")
                    references[name] = try response.decode(RecordBody.self).reference
                }

                // validate: by file name, by metadata field, by both with words
                func found(_ query: String, by token: String) async throws -> [String] {
                    let response = try await client.api(.get, SearchFixtures.path(query, limit: 50), token: token)
                    try #require(response.status == .ok, "\(query): \(response.text)")
                    let results = try response.decode(SearchFixtures.Results.self)
                    #expect(results.total == results.hits.count, "\(query)")
                    return results.hits.compactMap(\.reference).sorted()
                }
                let minutes = ["minutes-0002.pdf", "minutes-0004.pdf", "minutes-0006.pdf"].compactMap { references[$0] }
                #expect(try await found("filename:minutes*", by: clerk) == minutes.sorted())
                #expect(try await found("filename:report-0003.txt", by: clerk) == [references["report-0003.txt"]!])
                #expect(try await found("meta.case_ref:CASE-0004", by: clerk) == [references["minutes-0004.pdf"]!])
                #expect(try await found("meta.source:peer* report", by: clerk).count == 3)
                #expect(try await found(#"meta.source:"peer run""#, by: clerk).count == 6)
                // the restricted reader: everything but the NATO SECRET document, and not a hint of it
                #expect(try await found("filename:minutes*", by: owen) == Array(minutes.sorted().prefix(2)))
                #expect(try await found("meta.case_ref:CASE-0006", by: owen).isEmpty)
                #expect(try await found(#"meta.source:"peer run""#, by: owen).count == 5)
            }
        }
    }
}
