/// Bilingual notices (the NSPA's) give the whole notice in English, then again in French under the same header:
/// division, title, the same grade. The French half is kept in the original text; only its title is read.
enum FrenchVersion {
    /// Where the French half starts and its title, or nil when the notice states its grade once.
    static func start(in lines: [String]) -> (line: Int, title: String?)? {
        let grades = lines.indices.compactMap { index -> (Int, String)? in
            guard let (field, value) = NoticeField.match(NoticeText.clean(lines[index])), field == .grade else {
                return nil
            }
            return (index, value)
        }
        guard grades.count >= 2, let first = grades.first,
            let repeated = grades.dropFirst().first(where: { $0.1 == first.1 && $0.0 > first.0 + 5 })
        else { return nil }
        // walk back over the title and the division heading above the repeated grade
        var start = repeated.0
        var title: String?
        var header = 0
        var index = repeated.0 - 1
        while index > first.0, header < 2 {
            let text = NoticeText.clean(lines[index])
            if !text.isEmpty {
                if header == 0 { title = text }
                if header == 1, !NoticeText.isMarkdownHeading(lines[index]), NoticeField.match(text) == nil {
                    break
                }
                start = index
                header += 1
            }
            index -= 1
        }
        return (start, title)
    }
}
