import ChanceryKit
import ChancerySpine

/// The demo's rule set: the time limits of the Civilian Personnel Regulations' Annex IX (reviews, complaints and
/// appeals) as the headquarters applies them, in force since 1 January 2020.
enum DemoHRRules {
    static let name = "Civilian Personnel Regulations, Annex IX (2020)"
    static let effectiveFrom = "2020-01-01"

    static let limits: [TimeLimit] = [
        TimeLimit(
            caseType: "administrative-review", step: "request", article: "Annex IX, Art. 2.1", days: 30,
            kind: "calendar", from: .notification),
        TimeLimit(
            caseType: "administrative-review", step: "answer", article: "Annex IX, Art. 2.3", days: 30,
            kind: "calendar", from: .opening),
        TimeLimit(
            caseType: "complaint", step: "complaint", article: "Annex IX, Art. 3.1", days: 30, kind: "calendar",
            from: .notification),
        TimeLimit(
            caseType: "complaint", step: "answer", article: "Annex IX, Art. 3.4", days: 30, kind: "calendar",
            from: .opening),
        TimeLimit(
            caseType: "grievance", step: "acknowledge", article: "Annex IX, Art. 1.2", days: 5, kind: "working",
            from: .opening),
        TimeLimit(
            caseType: "grievance", step: "answer", article: "Annex IX, Art. 1.4", days: 20, kind: "working",
            from: .opening),
        TimeLimit(
            caseType: "harassment-complaint", step: "acknowledge", article: "Annex XII, Art. 4.1", days: 5,
            kind: "working", from: .opening),
        TimeLimit(
            caseType: "harassment-complaint", step: "investigation", article: "Annex XII, Art. 5.2", days: 60,
            kind: "calendar", from: .opening),
        TimeLimit(
            caseType: "appeal", step: "appeal", article: "Annex IX, Art. 6.3.1", days: 60, kind: "calendar",
            from: .notification),
        TimeLimit(
            caseType: "appeal", step: "defence", article: "Annex IX, Art. 6.5", days: 60, kind: "calendar",
            from: .opening),
        TimeLimit(
            caseType: "advice", step: "answer", article: "Art. 9", days: 20, kind: "working", from: .opening),
        TimeLimit(
            caseType: "pension", step: "answer", article: "Annex IV, Art. 12", days: 30, kind: "working",
            from: .opening),
        TimeLimit(
            caseType: "other", step: "answer", article: "Art. 61.1", days: 30, kind: "working", from: .opening),
    ]
}
