import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// What follows a selection, for the office's assistants: `/api/v1/recruitment/applications/{id}/selection` and its
/// steps, and a vacancy's reserve list. Every read trimmed like the application (a principal without RECRUITMENT
/// gets 404, as for a missing id).
package struct SelectionController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("recruitment/applications/{id}/selection", use: show)
        group.post("recruitment/applications/{id}/selection/{step}", use: perform)
        group.get("recruitment/vacancies/{id}/reserve", use: reserve)
    }

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let (application, selection) = try await chancery.selections.selection(of: id, by: context.principal)
        return try JSONResponse.make(SelectionBody(selection), of: application)
    }

    @Sendable package func perform(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let name = try context.parameters.require("step")
        guard let step = SelectionStep(rawValue: name) else { throw AppError.objectNotFound(String(name.prefix(40))) }
        try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
        let body = try await JSONBody.decodeIfPresent(SelectionRequest.self, from: request) ?? SelectionRequest()
        let selection = try await chancery.selections.perform(step, body, on: id, by: context.principal)
        let (application, _) = try await chancery.selections.selection(of: id, by: context.principal)
        return try JSONResponse.make(SelectionBody(selection), of: application)
    }

    @Sendable package func reserve(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let today = HeadquartersCalendar.day(Clock.nowMilliseconds())
        return try await ListPage(request).respond(
            fetch: { try await chancery.selections.reserve(of: id, after: $0, limit: $1, by: context.principal) },
            banner: { chancery.objects.dominantLabel(of: $0.map(\.object)).banner },
            body: { ReserveEntryBody($0, today: today) })
    }
}

/// What follows a selection, as the API shows it: the offer, the clearance, the medical approval (fit, not fit or
/// pending and the day — nothing else crosses from the Health Office), the appointment and the reserve list.
package struct SelectionBody: Encodable, Sendable {
    package struct Offer: Encodable, Sendable {
        package var vacancyId: String?
        package var madeOn: String?
        package var answer: String?
        package var answeredOn: String?
    }

    package struct Clearance: Encodable, Sendable {
        package var status: String?
        package var requestedOn: String?
        package var decidedOn: String?
    }

    package struct Medical: Encodable, Sendable {
        package var status: String
        package var decidedOn: String?
        package var askedAt: String?
    }

    package struct Appointment: Encodable, Sendable {
        package var appointedOn: String?
        package var startDate: String?
    }

    package var applicationId: String
    package var offer: Offer
    package var clearance: Clearance
    package var medical: Medical
    package var appointment: Appointment
    package var reserveUntil: String?

    package init(_ selection: Selection) {
        applicationId = selection.applicationId
        offer = Offer(
            vacancyId: selection.offerVacancyId, madeOn: selection.offerMadeOn, answer: selection.offerAnswer?.rawValue,
            answeredOn: selection.offerAnsweredOn)
        clearance = Clearance(
            status: selection.clearance?.rawValue, requestedOn: selection.clearanceRequestedOn,
            decidedOn: selection.clearanceDecidedOn)
        medical = Medical(
            status: (selection.medical ?? .pending).rawValue, decidedOn: selection.medicalDecidedOn,
            askedAt: selection.medicalAskedAt.map(Clock.iso8601))
        appointment = Appointment(appointedOn: selection.appointedOn, startDate: selection.startDate)
        reserveUntil = selection.reserveUntil
    }
}

/// One candidate of a reserve list.
package struct ReserveEntryBody: Encodable, Sendable {
    package var applicationId: String
    package var reference: String
    package var familyName: String
    package var givenNames: String
    package var reserveUntil: String
    package var expired: Bool
    package var offerVacancyId: String?
    package var offerMadeOn: String?

    package init(_ entry: ReserveEntry, today: String) {
        applicationId = entry.application.object.id
        reference = entry.application.reference
        familyName = entry.application.familyName
        givenNames = entry.application.givenNames
        reserveUntil = entry.reserveUntil
        expired = entry.reserveUntil < today
        offerVacancyId = entry.offerVacancyId
        offerMadeOn = entry.offerMadeOn
    }
}
