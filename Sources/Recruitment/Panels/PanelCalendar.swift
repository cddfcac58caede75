import ChancerySpine
import Foundation

/// An RFC 5545 calendar of a panel's interviews for one reader: times in UTC, the room or the video link, and the
/// candidate's name only for a reader who may read the candidate (a member who has not declared no conflict gets the
/// schedule without names).
package enum PanelCalendar {
    package static func render(
        _ slots: [PanelSlot], panel: Panel, title: String, interview: String, now: Int64 = Clock.nowMilliseconds()
    ) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Chancery//Recruitment selection panels//EN",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:\(escape(title))",
            "X-WR-TIMEZONE:Europe/Brussels",
        ]
        for slot in slots {
            let who = slot.familyName.map { family in "\(interview): \(slot.givenNames ?? "") \(family)" } ?? interview
            var event = [
                "BEGIN:VEVENT", "UID:\(slot.id)@chancery", "DTSTAMP:\(stamp(now))", "DTSTART:\(stamp(slot.startsAt))",
                "DTEND:\(stamp(slot.endsAt))", "SUMMARY:\(escape(who))", "LOCATION:\(escape(slot.place))",
                "CLASS:CONFIDENTIAL", "TRANSP:OPAQUE",
            ]
            if let link = slot.videoLink { event.append("URL:\(link)") }
            event.append("END:VEVENT")
            lines += event
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `20261124T080000Z`
    static func stamp(_ milliseconds: Int64) -> String {
        Clock.iso8601(milliseconds).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
    }

    /// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\r\n", with: "\\n")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\n")
    }

    /// Folds a content line at 75 octets (continuation lines start with a space), never inside a UTF-8 character.
    static func fold(_ line: String) -> String {
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
