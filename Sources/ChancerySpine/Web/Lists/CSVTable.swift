import ChanceryKit
import Foundation
import Hummingbird

/// A list as CSV (RFC 4180): a header record, the rows, CRLF line ends, a field quoted when it holds a comma, a
/// quote or a line break. The file is marked like the page: its banner is the first and the last record.
///
/// A cell a spreadsheet would read as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) is
/// written with a leading apostrophe, so opening an export never runs what someone typed into a title.
///
/// The file starts with a UTF-8 byte-order mark: without it, Excel on Windows reads the file in the system's code
/// page and shows "Ã©" for "é".
package struct CSVTable: Sendable {
    package var banner: String
    package var header: [String]
    package var rows: [[String]]

    package init(banner: String, header: [String], rows: [[String]]) {
        self.banner = banner
        self.header = header
        self.rows = rows
    }

    /// The characters that make a spreadsheet read a cell as a formula.
    package static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// One field, guarded and quoted as needed.
    package static func field(_ text: String) -> String {
        var text = text
        if let first = text.unicodeScalars.first, formulaStarts.contains(Character(first)) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// U+FEFF, written first so that a spreadsheet knows the file is UTF-8.
    package static let byteOrderMark = "\u{FEFF}"

    /// The whole file: the byte-order mark, then the records.
    package var text: String {
        Self.byteOrderMark
            + ([[banner], header] + rows + [[banner]]).map { $0.map(Self.field).joined(separator: ",") }
            .joined(separator: "\r\n") + "\r\n"
    }

    /// The file to download: `text/csv; charset=utf-8`, named after the list and the day, marked in `X-Classification`.
    package func response(name: String, label: SecurityLabel) -> Response {
        let day = HeadquartersCalendar.day(Clock.nowMilliseconds())
        let file = name.replacingOccurrences(of: ".", with: "-") + "-" + day + ".csv"
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"\(file)\"",
                .classification: label.banner, .cacheControl: "no-store",
            ],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
