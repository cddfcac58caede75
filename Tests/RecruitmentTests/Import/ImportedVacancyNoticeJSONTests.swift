import Foundation
import Testing

@testable import Recruitment

/// The draft as `POST /api/v1/recruitment/vacancies/import` will answer it (issue 18's fixed names).
@Suite("The imported notice as JSON")
struct ImportedVacancyNoticeJSONTests {
    @Test("grade as written, deadline in RFC 3339 with the Brussels offset, clearance as its marking, the original")
    func apiShape() throws {
        // setup
        let text = try Fixture.notice("information-processing-assistant")
        // exercise
        let data = try JSONEncoder().encode(VacancyNoticeReader.read(text))
        // validate
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["grade"] as? String == "B3/G8")
        #expect(json["gradeNormalised"] as? String == "B-3/G-8")
        #expect(json["posts"] as? Int == 1)
        #expect(json["deadline"] as? String == "2026-07-05T23:59:59+02:00")
        #expect(json["clearance"] as? String == "NATO SECRET")
        #expect(json["title"] as? String == "Assistant, Information Processing Section (IPS)")
        let languages = try #require(json["languages"] as? [[String: Any]])
        #expect(languages.map { $0["language"] as? String } == ["en", "fr"])
        #expect(languages.map { $0["level"] as? String } == ["advanced", "elementary"])
        #expect((json["essentialQualifications"] as? [String])?.count == 4)
        #expect((json["desirableQualifications"] as? [String])?.count == 8)
        #expect(json["unrecognised"] as? [String] == [])
        #expect(json["original"] as? String == text)
    }

    @Test("what a notice lacks is null, not absent")
    func nulls() throws {
        let data = try JSONEncoder().encode(VacancyNoticeReader.read("Some Post\n\nNothing else."))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["deadline"] is NSNull && json["grade"] is NSNull && json["vacancyNumber"] is NSNull)
        #expect(json["title"] as? String == "Some Post")
        #expect(json["unrecognised"] as? [String] == ["Nothing else."])
    }
}
