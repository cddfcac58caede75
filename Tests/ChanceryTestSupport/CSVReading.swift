/// A CSV export read back as a test checks it (RFC 4180: quoted fields, doubled quotes, CRLF records).
package struct ReadCSV: Sendable {
    /// Every record, the banners included.
    package var records: [[String]]

    package init(_ text: String) {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text.unicodeScalars)[...]
        // The byte-order mark every export starts with is not part of the first field.
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" {
                        field.unicodeScalars.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field)
                field = ""
            } else if c == "\r", characters.first == "\n" {
                characters.removeFirst()
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
        self.records = records
    }

    /// The banner, first and last.
    package var banner: String? { records.first?.first }
    package var header: [String] { records.count > 1 ? records[1] : [] }
    /// The rows between the header and the closing banner.
    package var rows: [[String]] { records.count > 3 ? Array(records[2..<(records.count - 1)]) : [] }
}
