import ChanceryKit
import ChancerySpine
import Foundation

/// A hearing of a case: when (instants in UTC) and where.
package struct CaseHearing: Sendable, Equatable {
    package var id: String
    package var caseId: String
    package var startsAt: Int64
    package var endsAt: Int64
    package var place: String
}

/// A hearing as the API and the page send it: a Brussels date, start and end times, a place.
package struct HearingRequest: Decodable, Sendable {
    package var date: String?
    package var start: String?
    package var end: String?
    package var place: String?

    package init(date: String? = nil, start: String? = nil, end: String? = nil, place: String? = nil) {
        self.date = date
        self.start = start
        self.end = end
        self.place = place
    }

    package static let maximumPlace = 200

    /// The instants and the place, or nil with `items` naming every field to correct, in the form's order.
    package func checked(items: inout [AppError.Item]) -> (startsAt: Int64, endsAt: Int64, place: String)? {
        func text(_ value: String?) -> String { value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "" }
        let (date, start, end, place) = (text(date), text(start), text(end), text(place))
        for (field, value) in [("date", date), ("start", start), ("end", end), ("place", place)] where value.isEmpty {
            items.append(.init(field: field, code: "required", key: "hr.field.required"))
        }
        if !date.isEmpty, !HeadquartersCalendar.isDate(date) {
            items.append(.init(field: "date", code: "invalid", key: "hr.field.date"))
        }
        let startsAt = HeadquartersCalendar.instant(date: date, time: start)
        let endsAt = HeadquartersCalendar.instant(date: date, time: end)
        if !start.isEmpty, HeadquartersCalendar.minutes(start) == nil {
            items.append(.init(field: "start", code: "invalid", key: "hr.hearings.field.time"))
        }
        if !end.isEmpty, HeadquartersCalendar.minutes(end) == nil {
            items.append(.init(field: "end", code: "invalid", key: "hr.hearings.field.time"))
        }
        if let startsAt, let endsAt, endsAt <= startsAt {
            items.append(.init(field: "end", code: "before-start", key: "hr.hearings.field.endBeforeStart"))
        }
        if FieldRules.containsControl(place) {
            items.append(.init(field: "place", code: "invalid", key: "hr.field.control"))
        } else if place.count > Self.maximumPlace {
            items.append(
                .init(field: "place", code: "too-long", key: "hr.field.tooLong", ["max": "\(Self.maximumPlace)"]))
        }
        let order = ["date", "start", "end", "place"]
        items.sort { (order.firstIndex(of: $0.field) ?? 9) < (order.firstIndex(of: $1.field) ?? 9) }
        guard items.isEmpty, let startsAt, let endsAt else { return nil }
        return (startsAt, endsAt, place)
    }
}
