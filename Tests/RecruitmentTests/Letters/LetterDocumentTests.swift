import ChanceryKit
import Foundation
import Testing

@testable import ChancerySpine
@testable import Recruitment

/// A letter's document: placeholders filled, nothing typed by an assistant or a candidate becoming markup, and the
/// tags a template may not use found.
@Suite("Letter documents")
struct LetterDocumentTests {
    static let values = LetterDocument.Values(
        candidateName: "Zoë <b>Bold</b> & Co", givenNames: "Zoë", familyName: "<b>Bold</b>", email: "z@example.org",
        reference: "260901-ABCDEFGH", vacancyTitle: "Analyste \"senior\"", vacancyNumber: "260901", vacancyGrade: "A-2",
        vacancyLocation: "Bruxelles", date: "7 décembre 2026", invitationWhen: "", invitationPlace: "",
        reserveUntil: "")

    @Test("values and the template's own text are escaped; paragraphs and line breaks are kept")
    func escaped() {
        let template = LetterTemplate(
            kind: .regret, language: .fr, version: 3, subject: "Objet : {{vacancy.title}}",
            body: "Madame {{candidate.name}},\n\n<script>alert(1)</script> {{vacancy.number}}\nligne deux",
            savedBy: "x",
            savedAt: 0)
        let html = LetterDocument.html(template, Self.values)
        #expect(html.contains("Zoë &lt;b&gt;Bold&lt;/b&gt; &amp; Co"))
        #expect(!html.contains("<b>") && !html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; 260901<br>"))
        #expect(html.contains(#"<html lang="fr">"#))
        #expect(LetterDocument.subject(template, Self.values) == "Objet : Analyste \"senior\"")
    }

    @Test("only known placeholders written {{name}} are taken")
    func placeholders() {
        #expect(LetterTemplate.unknownPlaceholders(in: "Dear {{candidate.name}}, {{ vacancy.title }}") == [])
        #expect(
            LetterTemplate.unknownPlaceholders(in: "{{candidate.salary}} {{#vacancy}}x{{/vacancy}} {{{date}}} {{> p}}")
                == ["{{candidate.salary}}", "{{#vacancy}}", "{{/vacancy}}", "{{{date}}}", "{{> p}}"])
        #expect(LetterTemplate.unknownPlaceholders(in: "an unclosed {{date") == ["{{date"])
        #expect(throws: (any Error).self) { try LetterTemplate.check(subject: " ", body: "{{x}}") }
    }

    @Test("a day as a letter writes it, in its language")
    func longDay() {
        #expect(LetterDocument.longDay("2026-12-07", .en) == "7 December 2026")
        #expect(LetterDocument.longDay("2026-12-07", .fr) == "7 décembre 2026")
    }
}
