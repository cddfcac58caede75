import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The case page's timeline and its form for the next step: mediation stops the case's clocks, the next step starts
/// them again, closing asks for the outcome. A refused step comes back with every field marked and nothing changed.
extension CasesWebController {
    static func timeline(_ steps: [CaseStep], _ t: Localizer) -> [CasePage.Step] {
        steps.map {
            CasePage.Step(
                step: t("hr.state.\($0.step.rawValue)"), day: DayText.withWeekday($0.onDay, t), by: $0.recordedByName,
                note: $0.note)
        }
    }

    /// The form for the case's next step, or nil when it is closed.
    static func stepForm(_ hrCase: HRCase, values: [String: String], _ t: Localizer) -> CasePage.StepForm? {
        let next = hrCase.state.next
        guard !next.isEmpty else { return nil }
        return CasePage.StepForm(
            action: "/hr/cases/\(hrCase.object.id)/steps",
            steps: next.map {
                AdminParts.Option(
                    value: $0.rawValue, label: t("hr.state.\($0.rawValue)"), selected: values["step"] == $0.rawValue)
            },
            outcomes: [AdminParts.Option(value: "", label: t("hr.steps.noOutcome"), selected: values["outcome"] == nil)]
                + HRCase.Outcome.allCases.map {
                    AdminParts.Option(
                        value: $0.rawValue, label: t("hr.outcome.\($0.rawValue)"),
                        selected: values["outcome"] == $0.rawValue)
                }, on: values["on"] ?? "", note: values["note"] ?? "")
    }

    @Sendable package func recordStep(_ request: Request, context: SignedInContext) async throws -> Response {
        let (fields, id) = try await OfficerForm.verified(request, context)
        let t = context.localizer
        var errors = FormErrors()
        var items: [AppError.Item] = []
        let body = CaseStepRequest(
            step: fields["step"], on: fields["on"], outcome: fields["outcome"], note: fields["note"])
        if let change = body.checked(today: HeadquartersCalendar.day(Clock.nowMilliseconds()), items: &items) {
            do {
                _ = try await chancery.hrCases.record(change, of: id, by: context.principal)
                return .redirect(to: "/hr/cases/\(id)?done=step#timeline-heading", type: .normal)
            } catch let error as AppError where error.status == .badRequest {
                items += error.errors
            } catch let error as AppError where error.status == .conflict {
                errors.add("step", error.detail(t))
            }
        }
        for item in items { errors.add(item.field, item.detail(t)) }
        var values = fields
        values["_csrf"] = nil
        return try await casePage(id, nil, context, values: values, errors: errors, status: .badRequest)
    }
}
