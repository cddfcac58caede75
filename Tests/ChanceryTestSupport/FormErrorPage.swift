import Foundation

/// Reading a form re-shown with its errors (issue 17, item 9): the summary at the top, each field marked and
/// described by its own sentence.
extension String {
    /// The summary's lines, in order: the field each links to and its sentence (as the page escapes it).
    package var summaryItems: [(field: String, sentence: String)] {
        guard let start = range(of: #"<div id="error-summary""#),
            let end = range(of: "</div>", range: start.upperBound..<endIndex)
        else { return [] }
        let summary = String(self[start.lowerBound..<end.upperBound])
        guard let regex = try? NSRegularExpression(pattern: ##"<li><a href="#([^"]+)">([\s\S]*?)</a></li>"##) else {
            return []
        }
        return regex.matches(in: summary, range: NSRange(summary.startIndex..., in: summary)).compactMap { match in
            guard let field = Range(match.range(at: 1), in: summary), let text = Range(match.range(at: 2), in: summary)
            else { return nil }
            return (String(summary[field]), String(summary[text]))
        }
    }

    /// The summary's sentences about the whole form, in order: the lines that link to no field.
    package var summarySentences: [String] {
        guard let start = range(of: #"<div id="error-summary""#),
            let end = range(of: "</div>", range: start.upperBound..<endIndex),
            let regex = try? NSRegularExpression(pattern: ##"<li>(?!<a )([\s\S]*?)</li>"##)
        else { return [] }
        let summary = String(self[start.lowerBound..<end.upperBound])
        return regex.matches(in: summary, range: NSRange(summary.startIndex..., in: summary)).compactMap { match in
            Range(match.range(at: 1), in: summary).map { String(summary[$0]) }
        }
    }

    /// The fields the summary links to that are not on the page (a dead link).
    package var summaryDeadLinks: [String] {
        summaryItems.map(\.field).filter { openingTag(id: $0) == nil }
    }

    /// Whether the summary is an alert that takes the focus as the page opens.
    package var summaryTakesFocus: Bool {
        contains(#"<div id="error-summary" class="error-summary" role="alert" tabindex="-1" autofocus>"#)
    }

    /// The opening tag of the element with this id.
    package func openingTag(id: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: #"<[a-z]+ id="\#(id)"[^>]*>"#),
            let match = regex.firstMatch(in: self, range: NSRange(startIndex..., in: self)),
            let range = Range(match.range, in: self)
        else { return nil }
        return String(self[range])
    }

    /// Whether the field is marked `aria-invalid` and described by its own sentence, `<field>-error`, which is on the
    /// page.
    package func fieldIsMarked(_ field: String) -> Bool {
        guard let tag = openingTag(id: field), tag.contains(#"aria-invalid="true""#),
            let described = tag.range(of: #"aria-describedby="([^"]*)""#, options: .regularExpression)
        else { return false }
        return tag[described].contains("\(field)-error") && element(id: "\(field)-error") != nil
    }

    /// The fields of the page marked `aria-invalid`.
    package var invalidFields: Set<String> {
        guard let regex = try? NSRegularExpression(pattern: #"<[a-z]+ id="([^"]+)"[^>]*aria-invalid="true""#)
        else { return [] }
        return Set(
            regex.matches(in: self, range: NSRange(startIndex..., in: self)).compactMap {
                Range($0.range(at: 1), in: self).map { String(self[$0]) }
            })
    }
}

extension String {
    /// What a refused form must show and this page does not, as sentences (empty when all holds): the summary is an
    /// alert that takes the focus and lists exactly `fields`, in order; exactly those fields are marked; each is
    /// described by its own sentence beside it, the summary's sentence for it.
    package func formRefusalProblems(fields: [String]) -> [String] {
        var problems: [String] = []
        if !summaryTakesFocus { problems.append("the summary does not take the focus") }
        let items = summaryItems
        if items.map(\.field) != fields { problems.append("the summary lists \(items.map(\.field)), not \(fields)") }
        if invalidFields != Set(fields) { problems.append("the fields marked are \(invalidFields.sorted())") }
        for (field, sentence) in items {
            if !fieldIsMarked(field) { problems.append("\(field) is not marked") }
            if element(id: "\(field)-error") != sentence { problems.append("\(field)'s sentence is not by the field") }
        }
        return problems
    }
}
