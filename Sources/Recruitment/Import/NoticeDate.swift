import Foundation

/// Reads a deadline as notices and job boards write it: "27 July 2025 (23:59 Brussels time)",
/// "05-July-2026, 11:59:00 PM", "15 janvier 2027 à 23 h 59", "July 5, 2026", "2026-07-05", "31-12-2025".
///
/// The time is Brussels time unless the text names another zone (UTC, or the time of a command outside Central
/// European Time: Norfolk, Northwood, Lisbon, Izmir). A date without a time, and a time of 23:59 or midnight, mean
/// the end of that day, 23:59:59: applications are taken until the day is over.
package enum NoticeDate {
    /// The first date in the text with the time that follows it, or nil.
    package static func deadline(in text: String) -> Date? {
        let folded = NoticeText.folded(text)
        guard let (year, month, day, rest) = firstDate(in: folded) else { return nil }
        var (hour, minute, second) = time(in: rest) ?? (23, 59, 59)
        if (hour == 23 && minute == 59 && second == 0) || (hour == 24 && minute == 0) {
            (hour, minute, second) = (23, 59, 59)
        }
        return BrusselsTime.date(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second, in: zone(in: rest))
    }

    /// Year, month and day of the earliest date written in a folded text, with the text after it.
    static func firstDate(in folded: String) -> (Int, Int, Int, Substring)? {
        var found: [(position: String.Index, year: Int, month: Int, day: Int, end: String.Index)] = []
        for match in folded.matches(of: #/\b(\d{1,2})(?:st|nd|rd|th|er)?[\s\-./]+([a-z]{3,10})\.?[\s\-./,]+(\d{4})\b/#)
        {
            guard let month = months[String(match.2)], let day = Int(match.1), let year = Int(match.3) else { continue }
            found.append((match.range.lowerBound, year, month, day, match.range.upperBound))
            break
        }
        for match in folded.matches(of: #/\b([a-z]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/#) {
            guard let month = months[String(match.1)], let day = Int(match.2), let year = Int(match.3) else { continue }
            found.append((match.range.lowerBound, year, month, day, match.range.upperBound))
            break
        }
        if let match = folded.firstMatch(of: #/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/#),
            let year = Int(match.1), let month = Int(match.2), let day = Int(match.3)
        {
            found.append((match.range.lowerBound, year, month, day, match.range.upperBound))
        }
        if let match = folded.firstMatch(of: #/\b(\d{1,2})[\-./](\d{1,2})[\-./](\d{4})\b/#),
            let day = Int(match.1), let month = Int(match.2), let year = Int(match.3)
        {
            found.append((match.range.lowerBound, year, month, day, match.range.upperBound))
        }
        guard
            let first = found.filter({ (1...12).contains($0.month) && (1...31).contains($0.day) })
                .min(by: { $0.position < $1.position })
        else { return nil }
        return (first.year, first.month, first.day, folded[first.end...])
    }

    /// Hour, minute and second of the first time in a folded text ("11:59:00 pm", "23h59", "23 h 59", "midnight").
    static func time(in folded: Substring) -> (Int, Int, Int)? {
        if let match = folded.firstMatch(
            of: #/\b(\d{1,2})\s*(?::|h)\s*(\d{2})(?:\s*:\s*(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?/#),
            var hour = Int(match.1), let minute = Int(match.2)
        {
            let second = match.3.flatMap { Int($0) } ?? 0
            if let meridiem = match.4 {
                if meridiem.hasPrefix("p"), hour < 12 { hour += 12 }
                if meridiem.hasPrefix("a"), hour == 12 { hour = 0 }
            }
            guard hour <= 24, minute < 60, second < 60 else { return nil }
            return (hour, minute, second)
        }
        if folded.contains("midnight") || folded.contains("minuit") { return (24, 0, 0) }
        return nil
    }

    /// The zone a folded text names after a date, Brussels when it names none (Mons, The Hague, Naples and the
    /// other commands in Central European Time keep Brussels' offsets).
    static func zone(in folded: Substring) -> TimeZone {
        let words = Set(folded.split(whereSeparator: { !$0.isLetter }).map(String.init))
        let zones: [(names: Set<String>, identifier: String)] = [
            (["utc", "gmt", "zulu"], "UTC"), (["norfolk", "edt", "eastern"], "America/New_York"),
            (["northwood", "london", "bst"], "Europe/London"),
            (["lisbon", "lisbonne", "oeiras", "wet"], "Europe/Lisbon"),
            (["izmir", "ankara", "istanbul"], "Europe/Istanbul"),
        ]
        for zone in zones where !zone.names.isDisjoint(with: words) {
            if let found = TimeZone(identifier: zone.identifier) { return found }
        }
        return BrusselsTime.zone
    }

    /// Month names in English, French and Italian (job boards), folded, with their usual abbreviations.
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "janvier", "janv", "gennaio", "genn"],
            ["february", "feb", "fevrier", "fevr", "fev", "febbraio", "febbr"],
            ["march", "mar", "mars", "marzo"],
            ["april", "apr", "avril", "avr", "aprile"],
            ["may", "mai", "maggio", "magg"],
            ["june", "jun", "juin", "giugno"],
            ["july", "jul", "juillet", "juil", "luglio", "lug"],
            ["august", "aug", "aout", "agosto", "ago"],
            ["september", "sep", "sept", "septembre", "settembre", "sett", "set"],
            ["october", "oct", "octobre", "ottobre", "ott"],
            ["november", "nov", "novembre"],
            ["december", "dec", "decembre", "dicembre", "dic"],
        ]
        var months: [String: Int] = [:]
        for (index, spellings) in names.enumerated() {
            for spelling in spellings { months[spelling] = index + 1 }
        }
        return months
    }()
}
