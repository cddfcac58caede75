import Foundation

/// RFC 5545 calendars as the offices publish them (the Health Office's appointments, a selection panel's interviews,
/// an HR officer's hearings): times in UTC, text escaped, lines folded at 75 octets. What each event says is the
/// office's choice — a feed leaves the headquarters, into phones and mail clients, so it says as little as it can.
package enum ICalendar {
    package struct Event: Sendable {
        package var uid: String
        package var start: Int64
        package var end: Int64
        package var summary: String
        package var location: String
        package var lastModified: Int64?
        package var url: String?

        package init(
            uid: String, start: Int64, end: Int64, summary: String, location: String, lastModified: Int64? = nil,
            url: String? = nil
        ) {
            self.uid = uid
            self.start = start
            self.end = end
            self.summary = summary
            self.location = location
            self.lastModified = lastModified
            self.url = url
        }
    }

    /// A whole calendar: `product` names the PRODID's part after `-//Chancery//`, `name` the calendar as a client
    /// shows it; `headers` are added after the calendar's own (`X-WR-TIMEZONE:Europe/Brussels`).
    package static func render(
        name: String, product: String, events: [Event], headers: [String] = [], now: Int64 = Clock.nowMilliseconds()
    ) -> String {
        var lines =
            [
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Chancery//\(product)//EN", "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH", "X-WR-CALNAME:\(escape(name))",
            ] + headers
        for event in events {
            lines += ["BEGIN:VEVENT", "UID:\(event.uid)@chancery", "DTSTAMP:\(stamp(now))"]
            if let modified = event.lastModified { lines.append("LAST-MODIFIED:\(stamp(modified))") }
            lines += [
                "DTSTART:\(stamp(event.start))", "DTEND:\(stamp(event.end))", "SUMMARY:\(escape(event.summary))",
                "LOCATION:\(escape(event.location))", "CLASS:CONFIDENTIAL", "TRANSP:OPAQUE",
            ]
            if let url = event.url { lines.append("URL:\(url)") }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `20261124T080000Z`
    package static func stamp(_ milliseconds: Int64) -> String {
        Clock.iso8601(milliseconds).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
    }

    /// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines.
    package static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\r\n", with: "\\n")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\n")
    }

    /// Folds a content line at 75 octets (continuation lines start with a space), never inside a UTF-8 character.
    package static func fold(_ line: String) -> String {
        var folded: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            if octets + size > (folded.isEmpty ? 75 : 74) {
                folded.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        folded.append(current)
        return folded.joined(separator: "\r\n ")
    }
}
