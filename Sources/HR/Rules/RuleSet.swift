import ChanceryKit
import ChancerySpine
import Foundation

/// A version of the regulations' procedural time limits, in force from `effectiveFrom` until the next version's.
package struct RuleSet: Sendable, Equatable {
    package var id: String
    package var name: String
    /// `YYYY-MM-DD`, Brussels.
    package var effectiveFrom: String
    package var limits: [TimeLimit]
    package var version: Int64
    package var createdBy: String
    package var createdAt: Int64
    package var updatedAt: Int64

    package var etag: String { "\"v\(version)\"" }
}

/// One procedural time limit: for a type of case, a step (the time to ask for a review, the head of body's time to
/// answer…), the article it comes from, its length, and the event it runs from.
package struct TimeLimit: Sendable, Equatable, Codable {
    /// What a period runs from: the notification of the contested decision, or the opening of the case.
    package enum Event: String, Sendable, Codable, CaseIterable {
        case notification, opening
    }

    /// The steps a time limit may bound.
    package static let steps = ["request", "acknowledge", "answer", "complaint", "appeal", "defence", "investigation"]

    /// The steps that are the staff member's own filing (the time to ask, complain or appeal): met by the case's
    /// opening, and never paused by a mediation of the case.
    package static let filingSteps: Set<String> = ["request", "complaint", "appeal"]

    package var caseType: String
    package var step: String
    package var article: String
    package var days: Int
    package var kind: String
    package var from: Event

    package init(caseType: String, step: String, article: String, days: Int, kind: String, from: Event) {
        self.caseType = caseType
        self.step = step
        self.article = article
        self.days = days
        self.kind = kind
        self.from = from
    }

    package var period: Period? {
        Period.Kind(rawValue: kind).map { Period(days: days, kind: $0) }
    }
}

/// A rule set as the API sends it, and its checks: every field and every limit at once.
package struct RuleSetRequest: Decodable, Sendable {
    package var name: String?
    package var effectiveFrom: String?
    package var limits: [TimeLimit]?

    package init(name: String? = nil, effectiveFrom: String? = nil, limits: [TimeLimit]? = nil) {
        self.name = name
        self.effectiveFrom = effectiveFrom
        self.limits = limits
    }

    package static let maximumName = 200
    package static let maximumLimits = 100
    package static let maximumArticle = 100

    /// The checked name, day and limits, or nil with `items` naming every field to correct (`limits[3].days`).
    /// A day is refused unless it is after `today`: a set never takes effect for a case already opened.
    package func checked(today: String, items: inout [AppError.Item]) -> (String, String, [TimeLimit])? {
        let name = (name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { items.append(.init(field: "name", code: "required", key: "hr.field.required")) }
        if name.count > Self.maximumName {
            items.append(
                .init(field: "name", code: "too-long", key: "hr.field.tooLong", ["max": "\(Self.maximumName)"]))
        }
        let day = (effectiveFrom ?? "").trimmingCharacters(in: .whitespaces)
        if day.isEmpty {
            items.append(.init(field: "effectiveFrom", code: "required", key: "hr.field.required"))
        } else if !HeadquartersCalendar.isDate(day) {
            items.append(.init(field: "effectiveFrom", code: "invalid", key: "hr.field.date"))
        } else if day <= today {
            items.append(.init(field: "effectiveFrom", code: "not-future", key: "hr.rules.field.future"))
        }
        let limits = limits ?? []
        if limits.isEmpty || limits.count > Self.maximumLimits {
            items.append(
                .init(field: "limits", code: "invalid", key: "hr.rules.field.count", ["max": "\(Self.maximumLimits)"]))
        }
        var seen: Set<String> = []
        for (index, limit) in limits.enumerated() {
            let field = "limits[\(index)]"
            if HRCase.CaseType(rawValue: limit.caseType) == nil {
                items.append(.init(field: "\(field).caseType", code: "invalid", key: "hr.field.type"))
            }
            if !TimeLimit.steps.contains(limit.step) {
                items.append(.init(field: "\(field).step", code: "invalid", key: "hr.rules.field.step"))
            }
            let article = limit.article.trimmingCharacters(in: .whitespaces)
            if article.isEmpty || article.count > Self.maximumArticle {
                items.append(
                    .init(
                        field: "\(field).article", code: "invalid", key: "hr.rules.field.article",
                        ["max": "\(Self.maximumArticle)"]))
            }
            if !(1...Period.longest).contains(limit.days) {
                items.append(
                    .init(
                        field: "\(field).days", code: "invalid", key: "hr.rules.field.days",
                        ["max": "\(Period.longest)"]))
            }
            if Period.Kind(rawValue: limit.kind) == nil {
                items.append(.init(field: "\(field).kind", code: "invalid", key: "hr.rules.field.kind"))
            }
            if !seen.insert("\(limit.caseType) \(limit.step)").inserted {
                items.append(.init(field: "\(field).step", code: "duplicate", key: "hr.rules.field.twice"))
            }
        }
        guard items.isEmpty else { return nil }
        return (
            name, day,
            limits.map {
                var limit = $0
                limit.article = limit.article.trimmingCharacters(in: .whitespaces)
                return limit
            }
        )
    }
}
