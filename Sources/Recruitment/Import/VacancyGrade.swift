/// A NATO civilian grade as a notice writes it: single (`B-4`, `A-2`, `G-10`), twin (`B3/G8`, `B-4/G-10`) or in
/// the NSPA form with the agency's own grade number first (`08:B3`).
package struct VacancyGrade: Sendable, Equatable, Codable {
    /// The grade exactly as written in the notice.
    package var written: String
    /// The NATO grades, each as a letter, a hyphen and a number: `["B-3", "G-8"]`.
    package var grades: [String]
    /// The agency's own grade number, when the notice gives one (`"08"` in `08:B3`).
    package var agencyGrade: String?

    /// The grades joined as a twin grade is written: `"B-3/G-8"`.
    package var normalised: String { grades.joined(separator: "/") }

    /// Whether a candidate is appointed at the lower grade and may advance to the higher one.
    package var isTwinGraded: Bool { grades.count > 1 }

    /// Finds the first grade in a text ("NATO Grade B3/G8" → `B3/G8`), or nil.
    package init?(finding text: String) {
        let pattern =
            #/(?:\b(?<agency>\d{2})\s*:\s*)?\b(?<first>[ABCGL])\s?-?\s?(?<firstNumber>\d{1,2})\b(?:\s*/\s*(?<second>[ABCGL])\s?-?\s?(?<secondNumber>\d{1,2})\b)?/#
        guard let match = text.firstMatch(of: pattern) else { return nil }
        written = String(text[match.range]).trimmingCharacters(in: .whitespaces)
        grades = ["\(match.first)-\(Int(match.firstNumber) ?? 0)"]
        if let second = match.second, let number = match.secondNumber {
            grades.append("\(second)-\(Int(number) ?? 0)")
        }
        agencyGrade = match.agency.map(String.init)
    }
}
