import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The JSON forms of referrals, POD requests, releases and disclosures.
package enum HealthReleaseBodies {
    package struct Referral: Encodable, Sendable {
        package var id: String
        package var patient: String
        package var provider: String
        package var providerAddress: String?
        package var specialty: String
        package var reason: String
        package var urgency: String
        package var status: String
        package var overdue: Bool
        package var referringClinician: String?
        package var replyDue: String?
        package var sentDate: String?
        package var letterEntry: String?
        package var reply: Reply?
        package var label: SecurityLabelForm
        package var banner: String
        package var version: Int64
        package var createdBy: String
        package var createdAt: String

        package struct Reply: Encodable, Sendable {
            package var date: String
            package var summary: String
            package var entry: String?
        }

        package init(_ referral: Health.Referral) {
            id = referral.object.id
            patient = referral.patientID
            provider = referral.provider
            providerAddress = referral.providerAddress
            specialty = referral.specialty
            reason = referral.reason
            urgency = referral.urgency.rawValue
            status = referral.status.rawValue
            overdue = referral.isOverdue
            referringClinician = referral.referringClinician
            replyDue = referral.replyDue
            sentDate = referral.sentDate
            letterEntry = referral.letterEntryID
            if let date = referral.replyDate, let summary = referral.replySummary {
                reply = Reply(date: date, summary: summary, entry: referral.replyEntryID)
            }
            label = SecurityLabelForm(referral.object.label)
            banner = referral.object.label.banner
            version = referral.object.version
            createdBy = referral.object.createdBy
            createdAt = Clock.iso8601(referral.object.createdAt)
        }
    }

    package struct Answer: Encodable, Sendable {
        package var id: String
        package var fitness: String
        package var restrictions: [String]
        package var from: String?
        package var until: String?
        package var reviewDate: String?
        package var answeredBy: String
        package var answeredAt: String
        package var superseded: Bool

        package init(_ answer: PODAnswer) {
            id = answer.id
            fitness = answer.fitness.rawValue
            restrictions = answer.restrictions.map(\.rawValue)
            from = answer.from
            until = answer.until
            reviewDate = answer.reviewDate
            answeredBy = answer.answeredBy
            answeredAt = Clock.iso8601(answer.answeredAt)
            superseded = answer.superseded
        }
    }

    package struct PODRequest: Encodable, Sendable {
        package var id: String
        package var staffNumber: String
        package var question: String
        package var purpose: String
        package var status: String
        package var requester: String
        package var createdAt: String
        /// The current answer, if any.
        package var answer: Answer?
        /// Every answer, oldest first (the superseded ones are kept).
        package var answers: [Answer]
        /// The patient, only for a Health Office member who may read the record.
        package var patient: String?
        package var banner: String
        package var version: Int64

        package init(_ request: Health.PODRequest, patient: String? = nil) {
            id = request.object.id
            staffNumber = request.staffNumber
            question = request.question
            purpose = request.purpose
            status = request.status.rawValue
            requester = request.requesterID
            createdAt = Clock.iso8601(request.object.createdAt)
            answers = request.answers.map(Answer.init)
            answer = answers.last
            self.patient = patient
            banner = request.object.label.banner
            version = request.object.version
        }
    }

    package struct Release: Encodable, Sendable {
        package var id: String
        package var patient: String
        package var recipient: String
        package var purpose: String
        package var requested: Requested
        package var consent: String
        package var consentValid: Bool?
        package var status: String
        package var requestedBy: String
        package var approvedBy: String?
        package var approvedAt: String?
        package var releasedBy: String?
        package var releasedAt: String?
        package var label: SecurityLabelForm
        package var banner: String
        package var version: Int64

        package struct Requested: Encodable, Sendable {
            package var entryTypes: [String]
            package var from: String?
            package var until: String?
        }

        package init(_ release: ReleaseOfInformation, consentValid: Bool? = nil) {
            id = release.object.id
            patient = release.patientID
            recipient = release.recipient
            purpose = release.purpose
            requested = Requested(
                entryTypes: release.entryTypes.map(\.rawValue), from: release.from, until: release.until)
            consent = release.consentID
            self.consentValid = consentValid
            status = release.status.rawValue
            requestedBy = release.requestedBy
            approvedBy = release.approvedBy
            approvedAt = release.approvedAt.map(Clock.iso8601)
            releasedBy = release.releasedBy
            releasedAt = release.releasedAt.map(Clock.iso8601)
            label = SecurityLabelForm(release.object.label)
            banner = release.object.label.banner
            version = release.object.version
        }
    }

    package struct Disclosure: Encodable, Sendable {
        package var id: String
        package var release: String
        package var disclosedAt: String
        package var recipient: String
        package var what: What
        package var purpose: String
        package var releasedBy: String

        package struct What: Encodable, Sendable {
            package var description: String
            package var entries: [String]
        }

        package init(_ disclosure: Health.Disclosure) {
            id = disclosure.id
            release = disclosure.releaseID
            disclosedAt = Clock.iso8601(disclosure.disclosedAt)
            recipient = disclosure.recipient
            what = What(description: disclosure.description, entries: disclosure.entryIDs)
            purpose = disclosure.purpose
            releasedBy = disclosure.releasedBy
        }
    }

    package struct Disclosures: Encodable, Sendable {
        package var patient: String
        package var items: [Disclosure]
        package var banner: String
    }
}
