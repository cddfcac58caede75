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
        ICalendar.render(
            name: summary, product: "Health Office appointments",
            events: events.map {
                ICalendar.Event(
                    uid: $0.id, start: $0.start, end: $0.end, summary: summary, location: $0.location,
                    lastModified: $0.updatedAt)
            }, now: now)
    }
}
