import Testing

@testable import Recruitment

@Suite("Reading text that is hardly a notice")
struct OddNoticeTests {
    @Test(
        "odd pastes are read without a crash, the text kept whole",
        arguments: [
            "", "   ", "\n\n\t\n", "## ,", "## <b>,</b>\nSenior Clerk", "## ,,\n## , Section", "Grade:", "Grade: :",
            "Deadline: 31 February 2026", "Clearance:\tNATO", "| | |\n|---|---|\n| Grade | |", "(1)\n(2)\n•\n-",
            "Number of posts: 99999999999999999999999", "Languages: English ?, French ?",
        ])
    func oddPastes(text: String) {
        let notice = VacancyNoticeReader.read(text)
        #expect(notice.original == text)
    }

    @Test("a heading of commas alone names no division, and the title is still read")
    func commaHeading() {
        let notice = VacancyNoticeReader.read("## ,\nSenior Clerk\nGrade: B-4\n")
        #expect(notice.division == nil)
        #expect(notice.grade?.written == "B-4")
    }
}
