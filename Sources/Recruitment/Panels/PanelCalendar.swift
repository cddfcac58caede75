import ChancerySpine
import Foundation

/// An RFC 5545 calendar of a panel's interviews for one reader: times in UTC, the room or the video link, and the
/// candidate's name only for a reader who may read the candidate (a member who has not declared no conflict gets the
/// schedule without names).
package enum PanelCalendar {
    package static func render(
        _ slots: [PanelSlot], panel: Panel, title: String, interview: String, now: Int64 = Clock.nowMilliseconds()
    ) -> String {
        ICalendar.render(
            name: title, product: "Recruitment selection panels",
            events: slots.map { slot in
                ICalendar.Event(
                    uid: slot.id, start: slot.startsAt, end: slot.endsAt,
                    summary: slot.familyName.map { "\(interview): \(slot.givenNames ?? "") \($0)" } ?? interview,
                    location: slot.place, url: slot.videoLink)
            }, headers: ["X-WR-TIMEZONE:Europe/Brussels"], now: now)
    }
}
