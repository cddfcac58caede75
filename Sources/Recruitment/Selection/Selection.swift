import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// What follows the selection of a candidate, kept on their application: the offer and the answer to it, the
/// security clearance, the medical approval as the Health Office answered it (fit, not fit or pending, with the day:
/// never anything medical), the appointment and its start date, and the reserve list with its expiry. Days are
/// `YYYY-MM-DD`.
package struct Selection: Sendable, Equatable, Codable, RowDecodable {
    package var applicationId: String
    /// The vacancy the offer is for when it is not the application's own: a post of a similar nature offered from
    /// the reserve list.
    package var offerVacancyId: String?
    package var offerMadeOn: String?
    package var offerAnswer: OfferAnswer?
    package var offerAnsweredOn: String?
    package var clearance: ClearanceStatus?
    package var clearanceRequestedOn: String?
    package var clearanceDecidedOn: String?
    package var medical: FitnessAnswer.Status?
    package var medicalDecidedOn: String?
    package var medicalAskedAt: Int64?
    package var appointedOn: String?
    package var startDate: String?
    package var reserveUntil: String?
    package var updatedAt: Int64
    package var updatedBy: String

    package static let columns: SQLQueryString = """
        application_id, offer_vacancy_id, offer_made_on, offer_answer, offer_answered_on, clearance,
        clearance_requested_on, clearance_decided_on, medical, medical_decided_on, medical_asked_at, appointed_on,
        start_date, reserve_until, updated_at, updated_by
        """

    package enum OfferAnswer: String, Sendable, Codable, CaseIterable {
        case accepted, declined
    }

    package enum ClearanceStatus: String, Sendable, Codable, CaseIterable {
        case requested, granted, refused
    }

    /// Nothing recorded yet.
    package static func empty(_ applicationID: String) -> Selection {
        Selection(applicationId: applicationID, updatedAt: 0, updatedBy: "")
    }

    /// Whether the candidate is on the reserve list on `today`.
    package func isOnReserve(today: String) -> Bool {
        reserveUntil.map { $0 >= today } ?? false
    }

    /// Why the candidate may not be appointed yet (offer accepted, clearance granted, medical approval fit), every
    /// reason at once; empty when they may.
    package func appointmentRefusals(medicalNow: FitnessAnswer.Status) -> [AppError.Item] {
        var items: [AppError.Item] = []
        if offerAnswer != .accepted {
            items.append(.init(field: "offer", code: "offer-not-accepted", key: "recruitment.selection.reason.offer"))
        }
        if clearance != .granted {
            items.append(
                .init(field: "clearance", code: "clearance-not-granted", key: "recruitment.selection.reason.clearance"))
        }
        if medicalNow != .fit {
            items.append(
                .init(
                    field: "medical", code: "medical-not-fit", key: "recruitment.selection.reason.medical",
                    localizing: ["status": "recruitment.selection.medical.\(medicalNow.rawValue)"]))
        }
        return items
    }
}

/// A change an assistant makes after the selection, as the API and the pages take it.
package struct SelectionRequest: Decodable, Sendable {
    /// `offer`: the day the offer was made (today when not given).
    package var on: String?
    /// `offer-answer`: `accepted` or `declined`.
    package var answer: String?
    /// `clearance`: `requested`, `granted` or `refused`.
    package var status: String?
    /// `appointment`: the start date.
    package var startDate: String?
    /// `reserve`: the day the reserve list expires.
    package var until: String?
    /// `reserve-offer`: the other vacancy offered from the reserve list.
    package var vacancyId: String?
}

/// The steps after a selection, each one endpoint and one form.
package enum SelectionStep: String, Sendable, CaseIterable {
    case offer
    case offerAnswer = "offer-answer"
    case clearance
    case medical
    case appointment
    case reserve
    case reserveOffer = "reserve-offer"

    /// The stage of the competition's funnel this step takes the application to: an offer or a place on the reserve
    /// list is a selection; the appointment is the last stage.
    package var funnelStage: FunnelStage? {
        switch self {
        case .offer, .reserve: .selected
        case .appointment: .appointed
        case .offerAnswer, .clearance, .medical, .reserveOffer: nil
        }
    }
}
