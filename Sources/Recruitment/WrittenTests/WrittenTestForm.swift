import ChanceryKit
import ChancerySpine
import Foundation

/// A session as the API and the form send it: every field optional in the JSON, so that a body missing several is
/// refused naming each of them at once. People are named by their user names; the start is a wall-clock time in
/// Brussels (`2026-12-10T09:30`).
package struct WrittenTestRequest: Codable, Sendable {
    package var vacancyId: String?
    package var startsAt: String?
    package var place: String?
    package var room: String?
    package var invigilators: [String]?
    package var markers: [String]?
    package var questions: [QuestionEntry]?
    package var passMark: Int?

    package struct QuestionEntry: Codable, Sendable, Equatable {
        package var label: String?
        package var maximum: Int?
    }

    package init(
        vacancyId: String? = nil, startsAt: String? = nil, place: String? = nil, room: String? = nil,
        invigilators: [String]? = nil, markers: [String]? = nil, questions: [QuestionEntry]? = nil, passMark: Int? = nil
    ) {
        self.vacancyId = vacancyId
        self.startsAt = startsAt
        self.place = place
        self.room = room
        self.invigilators = invigilators
        self.markers = markers
        self.questions = questions
        self.passMark = passMark
    }
}

/// A session's fields checked on their own (the people and the vacancy are checked by the store against the
/// accounts and the trimmed vacancies): what is kept, or every problem at once.
package struct WrittenTestForm: Sendable, Equatable {
    package var vacancyId: String
    package var startsAt: Int64
    package var place: String
    package var room: String
    package var invigilators: [String]
    package var markers: [String]
    package var questions: [WrittenTest.Question]
    package var passMark: Int

    package static let maximumText = 200
    package static let maximumQuestions = 50
    package static let maximumMarks = 1000
    package static let maximumPeople = 20

    /// The fields of a request, each checked; `items` collects every problem (the caller adds the people's).
    package static func check(_ request: WrittenTestRequest, items: inout [AppError.Item]) -> WrittenTestForm {
        func text(_ value: String?, _ field: String) -> String {
            let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if trimmed.isEmpty {
                items.append(.init(field: field, code: "required", key: "recruitment.test.required"))
            } else if trimmed.count > maximumText {
                items.append(
                    .init(field: field, code: "too-long", key: "recruitment.test.tooLong", ["max": String(maximumText)])
                )
            }
            return trimmed
        }
        let vacancyId = text(request.vacancyId, "vacancyId")
        let startText = text(request.startsAt, "startsAt")
        var startsAt: Int64 = 0
        if !startText.isEmpty {
            if let instant = brussels(startText) {
                startsAt = instant
            } else {
                items.append(.init(field: "startsAt", code: "invalid", key: "recruitment.test.startsAt"))
            }
        }
        let place = text(request.place, "place")
        let room = text(request.room, "room")
        let invigilators = people(request.invigilators, "invigilators", required: false, items: &items)
        let markers = people(request.markers, "markers", required: true, items: &items)
        var questions: [WrittenTest.Question] = []
        let entries = request.questions ?? []
        if entries.isEmpty {
            items.append(.init(field: "questions", code: "required", key: "recruitment.test.questions.required"))
        } else if entries.count > maximumQuestions {
            items.append(
                .init(
                    field: "questions", code: "too-many", key: "recruitment.test.questions.tooMany",
                    ["max": String(maximumQuestions)]))
        } else {
            for (index, entry) in entries.enumerated() {
                let label = entry.label?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                let number = String(index + 1)
                guard !label.isEmpty, label.count <= maximumText, let maximum = entry.maximum, maximum >= 1,
                    maximum <= maximumMarks
                else {
                    items.append(
                        .init(
                            field: "questions", code: "invalid", key: "recruitment.test.question.invalid",
                            ["number": number, "max": String(maximumMarks)]))
                    continue
                }
                questions.append(.init(label: label, maximum: maximum))
            }
        }
        let total = questions.reduce(0) { $0 + $1.maximum }
        let passMark = request.passMark ?? -1
        if request.passMark == nil {
            items.append(.init(field: "passMark", code: "required", key: "recruitment.test.required"))
        } else if passMark < 0 || (questions.count == entries.count && !questions.isEmpty && passMark > total) {
            items.append(
                .init(
                    field: "passMark", code: "invalid", key: "recruitment.test.error.passMark", ["max": String(total)]))
        }
        return WrittenTestForm(
            vacancyId: vacancyId, startsAt: startsAt, place: place, room: room, invigilators: invigilators,
            markers: markers, questions: questions, passMark: passMark)
    }

    static func people(_ names: [String]?, _ field: String, required: Bool, items: inout [AppError.Item]) -> [String] {
        var seen: [String] = []
        for name in names ?? [] {
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            if !trimmed.isEmpty, !seen.contains(trimmed) { seen.append(trimmed) }
        }
        if required, seen.isEmpty {
            items.append(.init(field: field, code: "required", key: "recruitment.test.required"))
        } else if seen.count > maximumPeople {
            items.append(
                .init(
                    field: field, code: "too-many", key: "recruitment.test.people.tooMany",
                    ["max": String(maximumPeople)]))
        }
        return seen
    }

    /// `2026-12-10T09:30` (or with `:00` seconds, or a space for the `T`) read as Brussels time; nil when it is not a
    /// time that exists.
    package static func brussels(_ text: String) -> Int64? {
        let normalised = text.replacingOccurrences(of: " ", with: "T")
        let parts = normalised.split(separator: "T")
        guard parts.count == 2 else { return nil }
        let date = parts[0].split(separator: "-").compactMap { Int($0) }
        let time = parts[1].split(separator: ":").compactMap { Int($0) }
        guard date.count == 3, parts[0].count == 10, time.count == 2 || (time.count == 3 && time[2] == 0),
            (0...23).contains(time[0]), (0...59).contains(time[1]),
            let instant = BrusselsTime.date(
                year: date[0], month: date[1], day: date[2], hour: time[0], minute: time[1], second: 0)
        else { return nil }
        return VacancyStore.milliseconds(instant)
    }

    /// The instant as the form shows it back: `2026-12-10T09:30` in Brussels time.
    package static func brusselsText(_ milliseconds: Int64) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = BrusselsTime.zone
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm"
        return formatter.string(from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }
}
