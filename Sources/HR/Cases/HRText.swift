import ChancerySpine

/// Checks of the free text officers write (a step's note, a memo's text).
enum HRText {
    /// Whether the text holds a control character other than a line break or a tab (a NUL that PostgreSQL refuses,
    /// an escape that would reach a reader's terminal).
    static func hasControl(_ text: String) -> Bool {
        FieldRules.containsControl(text.filter { $0 != "\n" && $0 != "\r\n" && $0 != "\r" && $0 != "\t" })
    }
}
