import Testing

@testable import Recruitment

@Suite("Making a pasted notice readable")
struct NoticeTextTests {
    @Test("a numbered heading run into the previous sentence gets its own line")
    func runTogetherHeadings() {
        #expect(
            NoticeText.lines(of: "• la connaissance des structures de l'OTAN.3. PRINCIPALES RESPONSABILITÉS")
                == ["• la connaissance des structures de l'OTAN.", "3. PRINCIPALES RESPONSABILITÉS"])
        #expect(
            NoticeText.lines(of: "Teamwork: Solicits inputs.6.CONTRACT\r\nNext") == [
                "Teamwork: Solicits inputs.", "6.CONTRACT", "Next",
            ])
        #expect(NoticeText.lines(of: "A budget of 4.5 MEUR in 2026.") == ["A budget of 4.5 MEUR in 2026."])
    }

    @Test("tabbed and markdown tables become label: value cells")
    func cells() {
        #expect(
            NoticeText.cells(of: "<i>Original:</i>\tEnglish\t\t<i>Clearance:</i>\tNATO SECRET").map(NoticeText.clean)
                == ["Original: English", "Clearance: NATO SECRET"])
        #expect(NoticeText.cells(of: "| Grade | B-4 |") == ["Grade: B-4"])
        #expect(NoticeText.cells(of: "|---|---|").isEmpty)
    }

    @Test("HTML tags, markdown marks, links and curly quotes are removed")
    func clean() {
        #expect(NoticeText.clean("## **Remarks:**") == "Remarks:")
        #expect(NoticeText.clean("<p>please apply via the [portal](#)</p>") == "please apply via the portal")
        #expect(NoticeText.clean("NATO\u{2019}s  official   languages") == "NATO's official languages")
        #expect(NoticeText.clean("V (« Avancé »)") == "V (Avancé)")
    }

    @Test("bullets and list markers")
    func bullets() {
        #expect(NoticeText.withoutBullet("• have a degree").text == "have a degree")
        #expect(NoticeText.withoutBullet("- a. Act as controller").text == "Act as controller")
        #expect(NoticeText.withoutBullet("- a. Act as controller").bulleted == true)
        #expect(NoticeText.withoutBullet("1) Prepares the budget").text == "Prepares the budget")
        #expect(NoticeText.withoutBullet("1) Prepares the budget").bulleted == true)
        #expect(NoticeText.withoutBullet("Assists the Head").text == "Assists the Head")
        #expect(NoticeText.withoutBullet("Assists the Head").bulleted == false)
    }
}
