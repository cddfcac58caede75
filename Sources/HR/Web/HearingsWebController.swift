import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// Scheduling a case's hearing on its page (every field marked when refused), and the officer's calendar of
/// hearings for a signed-in browser.
package struct HearingsWebController: SignedInPages {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.post("/hr/cases/{id}/hearings", use: schedule)
        group.get("/hr/hearings.ics", use: feed)
    }

    @Sendable package func feed(_ request: Request, context: SignedInContext) async throws -> Response {
        try await HearingsController.calendar(chancery, context)
    }

    @Sendable package func schedule(_ request: Request, context: SignedInContext) async throws -> Response {
        let (fields, id) = try await OfficerForm.verified(request, context)
        let t = context.localizer
        var items: [AppError.Item] = []
        let form = HearingRequest(
            date: fields["date"], start: fields["start"], end: fields["end"], place: fields["place"])
        if let checked = form.checked(items: &items) {
            _ = try await chancery.hrCases.scheduleHearing(
                of: id, startsAt: checked.startsAt, endsAt: checked.endsAt, place: checked.place,
                by: context.principal)
            return .redirect(to: "/hr/cases/\(id)?done=hearing#hearings-heading", type: .normal)
        }
        var errors = FormErrors()
        for item in items { errors.add(item.field, item.detail(t)) }
        var values = fields
        values["_csrf"] = nil
        return try await CasesWebController(chancery: chancery).casePage(
            id, nil, context, hearingValues: values, errors: errors, status: .badRequest)
    }

    /// The case page's hearings: day, times and place in Brussels time.
    static func rows(_ hearings: [CaseHearing], _ t: Localizer) -> [CasePage.Hearing] {
        hearings.map {
            let start = BrusselsClock.local($0.startsAt)
            let end = BrusselsClock.local($0.endsAt)
            return CasePage.Hearing(
                day: DayText.withWeekday(start.date, t), times: "\(start.time)–\(end.time)", place: $0.place)
        }
    }
}

/// Brussels wall-clock time of an instant: its date and `HH:MM`.
enum BrusselsClock {
    static func local(_ milliseconds: Int64) -> (date: String, time: String) {
        let parts = HeadquartersCalendar.calendar.dateComponents(
            [.hour, .minute], from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
        return (HeadquartersCalendar.day(milliseconds), String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0))
    }
}
