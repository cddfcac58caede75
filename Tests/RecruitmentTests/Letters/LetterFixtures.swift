import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import ChancerySpine
@testable import Recruitment

/// Vacancies and candidates for the letter and selection tests.
enum LetterFixtures {
    static let registryClerk = MockUser.registry

    /// Imports a notice of the given grade, publishes it, and returns its id.
    static func vacancy(
        _ client: some TestClientProtocol, token: String, number: String = "260901", grade: String = "B-4",
        title: String = "Recruitment Assistant"
    ) async throws -> String {
        let text = DemoRecruitment.text(
            of: .init(
                number: number, title: title, grade: grade, posts: 1, days: 30, clearance: "NATO SECRET",
                place: "Brussels, Belgium", french: false, state: .draft),
            deadline: Date().addingTimeInterval(30 * 86_400))
        let id = try await client.importedID(text, token: token)
        let published = try await client.api(.post, "/api/v1/recruitment/vacancies/\(id)/publish", token: token)
        try #require(published.status == .ok, "\(published.text)")
        return id
    }

    /// A candidate's application to a published vacancy; its id. French first among their languages when `french`.
    static func application(
        _ client: some TestClientProtocol, to vacancyID: String, family: String = "Lefèvre",
        given: String = "Élodie", birth: String = "1990-04-12", french: Bool = true
    ) async throws -> String {
        let languages: [[String: String]] =
            french
            ? [["language": "fr", "level": "V"], ["language": "en", "level": "IV"]]
            : [["language": "en", "level": "V"], ["language": "fr", "level": "III"]]
        let fields: [String: Any] = [
            "familyName": family, "givenNames": given,
            "email": "\(given.prefix(3)).\(family.prefix(4))@example.org"
                .folding(options: [.diacriticInsensitive], locale: nil).lowercased(),
            "dateOfBirth": birth, "nationality": "BEL", "languages": languages,
        ]
        let body = String(
            decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
        let response = try await client.api(.post, "/api/v1/public/vacancies/\(vacancyID)/applications", json: body)
        try #require(response.status == .created, "\(response.text)")
        return try #require(try response.jsonObject()["id"] as? String)
    }

    /// The text of a PDF, as `pdftotext` reads it.
    static func text(ofPDF data: Data) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("letter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("letter.pdf")
        try data.write(to: pdf)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-enc", "UTF-8", pdf.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self)
    }
}
