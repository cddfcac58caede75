import ChanceryKit
import ChancerySpine
import Foundation

/// A panel as the assistant composes it: every field optional in the JSON, so that a body missing several is refused
/// naming each of them at once.
package struct PanelRequest: Decodable, Sendable {
    package var vacancyId: String?
    package var members: [MemberEntry]?
    package var candidates: [String]?
    package var competencies: [String]?

    package struct MemberEntry: Decodable, Sendable {
        package var username: String?
        package var role: String?
    }
}

/// A member's conflict-of-interest declaration.
package struct DeclarationRequest: Decodable, Sendable {
    package var declaration: String?
    package var note: String?
}

/// An interview slot: a date and times in Brussels, a room or a video link, a candidate of the panel.
package struct SlotRequest: Decodable, Sendable {
    package var candidateId: String?
    package var date: String?
    package var start: String?
    package var end: String?
    package var place: String?
    package var videoLink: String?
}

/// A member's scorecard for one candidate: a score from 1 to 5 and a note per competency.
package struct ScorecardRequest: Decodable, Sendable {
    package var scores: [Entry]?

    package struct Entry: Decodable, Sendable {
        package var competency: String?
        package var score: Int?
        package var note: String?
    }
}

/// The report as the secretary drafts it, in English and French.
package struct ReportRequest: Decodable, Sendable {
    package var textEn: String?
    package var textFr: String?
}

/// A slot checked: its instants and its place.
package struct SlotForm: Sendable, Equatable {
    package var candidateId: String
    package var startsAt: Int64
    package var endsAt: Int64
    package var place: String
    package var videoLink: String?

    /// Checks a request, refusing it with every field's problem at once (`invalid-panel`).
    package init(_ request: SlotRequest) throws {
        var items: [AppError.Item] = []
        func required(_ value: String?, _ field: String) -> String {
            let text = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if text.isEmpty { items.append(.init(field: field, code: "required", key: "recruitment.panel.required")) }
            return text
        }
        candidateId = required(request.candidateId, "candidateId")
        let date = required(request.date, "date")
        let start = required(request.start, "start")
        let end = required(request.end, "end")
        place = required(request.place, "place")
        if place.count > 200 {
            items.append(.init(field: "place", code: "too-long", key: "recruitment.panel.tooLong", ["max": "200"]))
        }
        let link = request.videoLink?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        videoLink = link.isEmpty ? nil : link
        if !link.isEmpty, !(link.hasPrefix("https://") && link.count <= 500 && !link.contains(where: \.isWhitespace)) {
            items.append(.init(field: "videoLink", code: "invalid", key: "recruitment.panel.videoLink"))
        }
        let startsAt = date.isEmpty || start.isEmpty ? nil : Self.instant(date, start)
        let endsAt = date.isEmpty || end.isEmpty ? nil : Self.instant(date, end)
        if !date.isEmpty, !HeadquartersCalendar.isDate(date) {
            items.append(.init(field: "date", code: "invalid", key: "recruitment.panel.date"))
        }
        if !start.isEmpty, startsAt == nil, HeadquartersCalendar.isDate(date) {
            items.append(.init(field: "start", code: "invalid", key: "recruitment.panel.time"))
        }
        if !end.isEmpty, endsAt == nil, HeadquartersCalendar.isDate(date) {
            items.append(.init(field: "end", code: "invalid", key: "recruitment.panel.time"))
        }
        if let startsAt, let endsAt, endsAt <= startsAt {
            items.append(.init(field: "end", code: "before-start", key: "recruitment.panel.endBeforeStart"))
        }
        self.startsAt = startsAt ?? 0
        self.endsAt = endsAt ?? 0
        // in the order of the form's fields, as its summary lists them
        let order = ["candidateId", "date", "start", "end", "place", "videoLink"]
        items.sort { (order.firstIndex(of: $0.field) ?? 9) < (order.firstIndex(of: $1.field) ?? 9) }
        guard items.isEmpty else { throw PanelError.invalid(items) }
    }

    /// The instant of a date (YYYY-MM-DD) and a time (HH:MM) in Brussels, or nil.
    static func instant(_ date: String, _ time: String) -> Int64? {
        let day = date.split(separator: "-").compactMap { Int($0) }
        let clock = time.split(separator: ":").compactMap { Int($0) }
        guard day.count == 3, clock.count == 2, time.count == 5, (0...23).contains(clock[0]),
            (0...59).contains(clock[1]),
            let instant = BrusselsTime.date(
                year: day[0], month: day[1], day: day[2], hour: clock[0], minute: clock[1], second: 0)
        else { return nil }
        return VacancyStore.milliseconds(instant)
    }
}

/// A scorecard checked against the panel's competencies: each a score from 1 to 5 with a note of at most 2,000
/// characters; every problem named at once, by its position (`scores.2.score`).
package struct ScorecardForm: Sendable, Equatable {
    package struct Entry: Sendable, Equatable {
        package var competency: String
        package var score: Int
        package var note: String
    }

    package var entries: [Entry]

    package init(_ request: ScorecardRequest, competencies: [String]) throws {
        var items: [AppError.Item] = []
        var entries: [Entry] = []
        var seen: Set<String> = []
        let given = request.scores ?? []
        if given.isEmpty {
            items.append(.init(field: "scores", code: "required", key: "recruitment.panel.required"))
        }
        for (index, entry) in given.enumerated() {
            let competency = entry.competency?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if !competencies.contains(competency) || seen.contains(competency) {
                items.append(
                    .init(field: "scores.\(index).competency", code: "invalid", key: "recruitment.panel.competency"))
            }
            seen.insert(competency)
            guard let score = entry.score, (1...5).contains(score) else {
                items.append(.init(field: "scores.\(index).score", code: "invalid", key: "recruitment.panel.score"))
                continue
            }
            let note = entry.note?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if note.count > PanelStore.maximumNote {
                items.append(
                    .init(
                        field: "scores.\(index).note", code: "too-long", key: "recruitment.panel.tooLong",
                        ["max": String(PanelStore.maximumNote)]))
            }
            entries.append(Entry(competency: competency, score: score, note: note))
        }
        guard items.isEmpty else { throw PanelError.invalid(items) }
        self.entries = entries
    }
}

/// The report's two texts checked: neither empty, neither longer than 20,000 characters.
package struct ReportForm: Sendable, Equatable {
    package var textEn: String
    package var textFr: String

    package init(_ request: ReportRequest) throws {
        var items: [AppError.Item] = []
        func text(_ value: String?, _ field: String) -> String {
            let text = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if text.isEmpty {
                items.append(.init(field: field, code: "required", key: "recruitment.panel.required"))
            } else if text.count > PanelStore.maximumReport {
                items.append(
                    .init(
                        field: field, code: "too-long", key: "recruitment.panel.tooLong",
                        ["max": String(PanelStore.maximumReport)]))
            }
            return text
        }
        textEn = text(request.textEn, "textEn")
        textFr = text(request.textFr, "textFr")
        guard items.isEmpty else { throw PanelError.invalid(items) }
    }
}
