import ChancerySpine
import Foundation

/// An RFC 5545 calendar of appointments that carries times and places only: a neutral summary, never a patient,
/// a type or a note (the feed leaves the headquarters, into phones and mail clients).
package enum CalendarFeed {
    package static func render(
        _ events: [AppointmentStore.FeedEvent], summary: String, now: Int64 = Clock.nowMilliseconds()
    )
        -> String
    {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Chancery//Health Office appointments//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:\(escape(summary))",
        ]
        for event in events {
            lines += [
                "BEGIN:VEVENT", "UID:\(event.id)@chancery", "DTSTAMP:\(stamp(now))",
                "LAST-MODIFIED:\(stamp(event.updatedAt))",
                "DTSTART:\(stamp(event.start))", "DTEND:\(stamp(event.end))", "SUMMARY:\(escape(summary))",
                "LOCATION:\(escape(event.location))", "CLASS:CONFIDENTIAL", "TRANSP:OPAQUE", "END:VEVENT",
            ]
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
            let limit = folded.isEmpty ? 75 : 74
            if octets + size > limit {
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
