import ChanceryKit
import ChancerySpine
import Foundation
import Mustache

/// A letter as a whole HTML document (UTF-8), ready for the spine's print stylesheet and `PDFRenderer`: the
/// letterhead, the date, the addressee, the subject and the template's paragraphs with their placeholders filled.
///
/// The template is plain text: it is escaped before its placeholders are filled (and each value is escaped as it is
/// filled), so that nothing an assistant types or a candidate gave can become markup.
package enum LetterDocument {
    /// The values of the placeholders for one letter.
    package struct Values: Sendable {
        package var candidateName: String
        package var givenNames: String
        package var familyName: String
        package var email: String
        package var reference: String
        package var vacancyTitle: String
        package var vacancyNumber: String
        package var vacancyGrade: String
        package var vacancyLocation: String
        package var date: String
        package var invitationWhen: String
        package var invitationPlace: String
        package var reserveUntil: String

        /// The placeholders' context, nested as the dotted names read it.
        var context: [String: Any] {
            [
                "candidate": ["name": candidateName, "givenNames": givenNames, "familyName": familyName],
                "application": ["reference": reference],
                "vacancy": [
                    "title": vacancyTitle, "number": vacancyNumber, "grade": vacancyGrade, "location": vacancyLocation,
                ],
                "date": date, "invitation": ["when": invitationWhen, "place": invitationPlace],
                "reserve": ["until": reserveUntil],
            ]
        }
    }

    /// `text` (a template's subject or body, already checked) with its placeholders filled, as HTML.
    static func fill(_ text: String, _ values: Values) -> String {
        // safe to fall back: a saved template has only known `{{name}}` tags, which always parse
        guard let template = try? MustacheTemplate(string: escape(text)) else { return escape(text) }
        return template.render(values.context)
    }

    /// The subject of the letter, as text.
    package static func subject(_ template: LetterTemplate, _ values: Values) -> String {
        unescape(fill(template.subject, values))
    }

    /// The whole document.
    package static func html(_ template: LetterTemplate, _ values: Values) -> String {
        let t = Localizer(template.language.language)
        let paragraphs = template.body.replacingOccurrences(of: "\r\n", with: "\n")
            .components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
            .map { "<p>" + fill($0, values).replacingOccurrences(of: "\n", with: "<br>\n") + "</p>" }
        return """
            <!DOCTYPE html>
            <html lang="\(template.language.rawValue)">
            <head><meta charset="utf-8"><title>\(fill(template.subject, values))</title></head>
            <body>
            <div class="letterhead"><strong>\(escape(t("recruitment.letters.letterhead")))</strong><br>\(escape(t("recruitment.letters.section")))<br>\(escape(values.date))</div>
            <p class="addressee">\(escape(values.candidateName))<br>\(escape(values.email))</p>
            <p class="reference">\(escape(t("recruitment.letters.ourReference"))) \(escape(values.reference))</p>
            <h1>\(fill(template.subject, values))</h1>
            \(paragraphs.joined(separator: "\n"))
            <div class="signature">\(escape(t("recruitment.letters.signature")))</div>
            </body>
            </html>
            """
    }

    /// The document as a browser shows it: the stored letter with the print stylesheet (and its banner) added, and
    /// on screen only the banner above and below the letter (its main landmark) and, with `back`, a link back to
    /// the application's letters.
    package static func printable(_ html: String, banner: String, back: (href: String, text: String)? = nil) -> String {
        let marking = "<p class=\"screen-banner\">\(escape(banner))</p>"
        let link = back.map {
            "<p class=\"screen-only\"><a id=\"back-to-letters\" href=\"\(escape($0.href))\">\(escape($0.text))</a></p>"
        }
        return html.replacingOccurrences(
            of: "</head>", with: "<style>\(PrintStylesheet.css(banner: banner))\(screenStyle)</style></head>"
        )
        .replacingOccurrences(of: "<body>\n", with: "<body>\n<header>\(marking)\(link ?? "")</header>\n<main>\n")
        .replacingOccurrences(of: "\n</body>", with: "\n</main>\n<footer>\(marking)</footer>\n</body>")
    }

    /// The banner on screen (print has it in every page's margin boxes).
    static let screenStyle = """
         @media screen { .screen-banner { font: 700 .9rem sans-serif; text-align: center; background: #eee; padding: .3rem; } }
         @media print { .screen-banner, .screen-only { display: none; } }
        """

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// A day (`YYYY-MM-DD`) as a letter writes it: "7 December 2026", "7 décembre 2026".
    package static func longDay(_ day: String, _ language: LetterLanguage) -> String {
        let parser = DateFormatter()
        parser.locale = Locale(identifier: "en_US_POSIX")
        parser.timeZone = HeadquartersCalendar.timeZone
        parser.dateFormat = "yyyy-MM-dd"
        guard let date = parser.date(from: day) else { return day }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language == .fr ? "fr_BE" : "en_GB")
        formatter.timeZone = HeadquartersCalendar.timeZone
        formatter.dateFormat = "d MMMM yyyy"
        return formatter.string(from: date)
    }
}
