import ChanceryKit
import ChancerySpine
import Foundation

/// One step of a case's timeline: the stage it reached, the day, who recorded it and an optional note.
package struct CaseStep: Sendable, Equatable {
    package var id: String
    package var step: HRCase.State
    /// `YYYY-MM-DD`, Brussels.
    package var onDay: String
    package var note: String?
    package var recordedBy: String
    package var recordedByName: String
    package var recordedAt: Int64
}

extension HRCase.State {
    /// The stages a case at this one may go to next. A case may go back to review from mediation or a draft, and be
    /// closed (withdrawn, settled) at any stage; a closed case takes no further step.
    package var next: [HRCase.State] {
        switch self {
        case .received: [.acknowledged, .underReview, .mediation, .closed]
        case .acknowledged: [.underReview, .mediation, .decisionDrafted, .closed]
        case .underReview: [.mediation, .decisionDrafted, .closed]
        case .mediation: [.underReview, .decisionDrafted, .closed]
        case .decisionDrafted: [.underReview, .mediation, .decisionNotified, .closed]
        case .decisionNotified: [.closed]
        case .closed: []
        }
    }
}

/// A step as the API and the page send it.
package struct CaseStepRequest: Decodable, Sendable {
    package var step: String?
    /// The day it happened (`YYYY-MM-DD`); today when absent.
    package var on: String?
    /// How the case ended: required to close it, refused otherwise.
    package var outcome: String?
    package var note: String?

    package init(step: String? = nil, on: String? = nil, outcome: String? = nil, note: String? = nil) {
        self.step = step
        self.on = on
        self.outcome = outcome
        self.note = note
    }

    /// The longest note kept on a step.
    package static let maximumNote = 2_000

    /// The checked step, or nil with `items` naming every field to correct.
    package func checked(today: String, items: inout [AppError.Item]) -> CaseStepChange? {
        func text(_ value: String?) -> String? {
            value.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        let step = text(step).flatMap(HRCase.State.init(rawValue:))
        if text(self.step) == nil {
            items.append(.init(field: "step", code: "required", key: "hr.field.required"))
        } else if step == nil || step == .received {
            items.append(.init(field: "step", code: "invalid", key: "hr.steps.field.step"))
        }
        let day = text(on) ?? today
        if !HeadquartersCalendar.isDate(day) {
            items.append(.init(field: "on", code: "invalid", key: "hr.field.date"))
        } else if day > today {
            items.append(.init(field: "on", code: "invalid", key: "hr.field.future"))
        }
        let outcome = text(self.outcome).flatMap(HRCase.Outcome.init(rawValue:))
        if step == .closed {
            if text(self.outcome) == nil {
                items.append(.init(field: "outcome", code: "required", key: "hr.steps.field.outcomeRequired"))
            } else if outcome == nil {
                items.append(.init(field: "outcome", code: "invalid", key: "hr.steps.field.outcome"))
            }
        } else if step != nil, text(self.outcome) != nil {
            items.append(.init(field: "outcome", code: "invalid", key: "hr.steps.field.outcomeOnlyToClose"))
        }
        let note = text(self.note)
        if let note, HRText.hasControl(note) {
            items.append(.init(field: "note", code: "invalid", key: "hr.field.control"))
        } else if let note, note.count > Self.maximumNote {
            items.append(
                .init(field: "note", code: "too-long", key: "hr.field.tooLong", ["max": "\(Self.maximumNote)"]))
        }
        guard items.isEmpty, let step else { return nil }
        return CaseStepChange(step: step, on: day, outcome: outcome, note: note)
    }
}

/// A checked step to record.
package struct CaseStepChange: Sendable {
    package var step: HRCase.State
    package var on: String
    package var outcome: HRCase.Outcome?
    package var note: String?

    package init(step: HRCase.State, on: String, outcome: HRCase.Outcome? = nil, note: String? = nil) {
        self.step = step
        self.on = on
        self.outcome = outcome
        self.note = note
    }
}
