import Testing

@testable import Recruitment

@Suite("Reading a grade")
struct VacancyGradeTests {
    @Test(
        "single, twin and NSPA grades, as written and normalised",
        arguments: [
            ("B-4/G-10", "B-4/G-10", "B-4/G-10"), ("NATO Grade B3/G8", "B3/G8", "B-3/G-8"), ("08:B3", "08:B3", "B-3"),
            ("A-2", "A-2", "A-2"), ("G-10", "G-10", "G-10"), ("Grade OTAN : B 4 / G 10", "B 4 / G 10", "B-4/G-10"),
        ])
    func grades(text: String, written: String, normalised: String) throws {
        let grade = try #require(VacancyGrade(finding: text))
        #expect(grade.written == written)
        #expect(grade.normalised == normalised)
    }

    @Test("no grade in a text without one")
    func none() {
        #expect(VacancyGrade(finding: "to be confirmed") == nil)
    }
}
