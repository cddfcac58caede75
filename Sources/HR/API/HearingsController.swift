import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// A case's hearings, `GET`/`POST /api/v1/casework/cases/{id}/hearings`, and the officer's calendar,
/// `GET /api/v1/casework/hearings.ics`: times and places under a neutral summary, never a case's title or a name.
package struct HearingsController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("casework/cases/{id}/hearings", use: list)
        group.post("casework/cases/{id}/hearings", use: schedule)
        group.get("casework/hearings.ics", use: feed)
    }

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        guard let hrCase = try await chancery.hrCases.hrCase(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        let hearings = try await chancery.hrCases.hearings(of: id, by: context.principal)
        return try JSONResponse.make(
            HearingListBody(items: hearings.map(HearingBody.init)), banner: hrCase.object.label.banner)
    }

    @Sendable package func schedule(_ request: Request, context: SignedInContext) async throws -> Response {
        try HROffice.require(HROffice.officers, context.principal)
        let id = try PathParameters.objectID(context)
        let (body, _) = try await JSONBody.decode(HearingRequest.self, from: request)
        var items: [AppError.Item] = []
        guard let checked = body.checked(items: &items) else { throw HRCaseError.invalidHearing(items) }
        let hearing = try await chancery.hrCases.scheduleHearing(
            of: id, startsAt: checked.startsAt, endsAt: checked.endsAt, place: checked.place, by: context.principal)
        return try JSONResponse.make(HearingBody(hearing), status: .created, banner: HROffice.label().banner)
    }

    @Sendable package func feed(_ request: Request, context: SignedInContext) async throws -> Response {
        try await Self.calendar(chancery, context)
    }

    /// The officer's calendar as a response, for the API and the page.
    static func calendar(_ chancery: Chancery, _ context: SignedInContext) async throws -> Response {
        try HROffice.require(HROffice.officers, context.principal)
        let t = context.localizer
        let hearings = try await chancery.hrCases.hearingFeed(for: context.principal)
        let text = ICalendar.render(
            name: t("hr.hearings.calendar"), product: "HR case management hearings",
            events: hearings.map {
                ICalendar.Event(
                    uid: $0.id, start: $0.startsAt, end: $0.endsAt, summary: t("hr.hearings.summary"),
                    location: $0.place)
            }, headers: ["X-WR-TIMEZONE:Europe/Brussels"])
        return Response(
            status: .ok, headers: [.contentType: "text/calendar; charset=utf-8", .cacheControl: "private, no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

extension HRCaseError {
    /// Every field of a hearing to correct, at once.
    package static func invalidHearing(_ items: [AppError.Item]) -> AppError {
        .fields(.badRequest, type: "invalid-hearing", key: "hr.hearings.error.invalid", items)
    }
}

package struct HearingBody: Encodable, Sendable {
    package var id: String
    package var caseId: String
    /// RFC 3339, UTC.
    package var startsAt: String
    package var endsAt: String
    package var place: String

    package init(_ hearing: CaseHearing) {
        id = hearing.id
        caseId = hearing.caseId
        startsAt = Clock.iso8601(hearing.startsAt)
        endsAt = Clock.iso8601(hearing.endsAt)
        place = hearing.place
    }
}

package struct HearingListBody: Encodable, Sendable {
    package var items: [HearingBody]
}
