/// Whether one NATO civilian grade is the same as or lower than another, for an offer from a reserve list ("a post of
/// a similar nature, at the same or a lower grade"). Grades are compared within their family — A (and L, the
/// linguists' scale) above B, C and G, the support grades — and within a family by number; a twin grade counts as its
/// higher grade.
package enum GradeOrder {
    /// The family's rank: professional grades above support grades.
    static func family(_ letter: Character) -> Int {
        letter == "A" || letter == "L" ? 2 : 1
    }

    /// `(family, letter, number)` of each grade of a written grade (`B-4/G-10` → two).
    static func grades(_ written: String?) -> [(family: Int, letter: Character, number: Int)]? {
        guard let written, let grade = VacancyGrade(finding: written.uppercased()) else { return nil }
        let parsed = grade.grades.compactMap { text -> (Int, Character, Int)? in
            guard let letter = text.first, let number = Int(text.dropFirst(2)) else { return nil }
            return (family(letter), letter, number)
        }
        return parsed.isEmpty ? nil : parsed
    }

    /// True when `target` is at the same or a lower grade than `source`; nil when either grade cannot be read.
    package static func isSameOrLower(_ target: String?, than source: String?) -> Bool? {
        guard let target = grades(target), let source = grades(source) else { return nil }
        return target.allSatisfy { wanted in
            source.contains { held in
                held.family > wanted.family || (held.letter == wanted.letter && held.number >= wanted.number)
            }
        }
    }
}
