import ChanceryKit
import ChanceryTestSupport
import Testing

@testable import ChancerySpine

/// The CSV writer of list exports: RFC 4180, and no formula reaches a spreadsheet.
@Suite("CSV exports")
struct CSVTableTests {
    @Test("quotes what needs quoting, doubles quotes, ends records with CRLF, and reads back the same")
    func rfc4180() {
        let table = CSVTable(
            banner: "NATO UNCLASSIFIED", header: ["Title", "Note"],
            rows: [["Plain", "a, b"], ["He said \"yes\"", "line one\nline two"], ["Élodie", ""]])
        #expect(
            table.text
                == "\u{FEFF}NATO UNCLASSIFIED\r\nTitle,Note\r\nPlain,\"a, b\"\r\n\"He said \"\"yes\"\"\",\"line one\nline two\"\r\nÉlodie,\r\nNATO UNCLASSIFIED\r\n"
        )
        #expect(ReadCSV(table.text).rows == table.rows)
        #expect(ReadCSV(table.text).banner == "NATO UNCLASSIFIED")
    }

    @Test("the file starts with a UTF-8 byte-order mark, so Excel on Windows shows accents")
    func byteOrderMark() {
        let bytes = Array(CSVTable(banner: "NATO UNCLASSIFIED", header: ["Nom"], rows: [["Élodie"]]).text.utf8)
        #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF])
        #expect(bytes.dropFirst(3).first == UInt8(ascii: "N"))
    }

    @Test(
        "a cell a spreadsheet would run as a formula starts with an apostrophe",
        arguments: ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"])
    func formulaGuard(_ cell: String) {
        let field = CSVTable.field(cell)
        #expect(field.hasPrefix("'") || field.hasPrefix("\"'"))
        #expect(CSVTable.field("Safe = fine") == "Safe = fine")
    }
}
