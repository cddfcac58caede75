import ChanceryKit
import Foundation
import Hummingbird

/// The JSON forms of referrals, POD requests, releases and disclosures.
enum HealthReleaseBodies {
    struct Referral: Encodable, Sendable {
        var id: String
        var patient: String
        var provider: String
        var providerAddress: String?
        var specialty: String
        var reason: String
        var urgency: String
        var status: String
        var overdue: Bool
        var referringClinician: String?
        var replyDue: String?
        var sentDate: String?
        var letterEntry: String?
        var reply: Reply?
        var label: SecurityLabelForm
        var banner: String
        var version: Int64
        var createdBy: String
        var createdAt: String

        struct Reply: Encodable, Sendable {
            var date: String
            var summary: String
            var entry: String?
        }

        init(_ referral: ChanceryServer.Referral) {
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

    struct Answer: Encodable, Sendable {
        var id: String
        var fitness: String
        var restrictions: [String]
        var from: String?
        var until: String?
        var reviewDate: String?
        var answeredBy: String
        var answeredAt: String
        var superseded: Bool

        init(_ answer: PODAnswer) {
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

    struct PODRequest: Encodable, Sendable {
        var id: String
        var staffNumber: String
        var question: String
        var purpose: String
        var status: String
        var requester: String
        var createdAt: String
        /// The current answer, if any.
        var answer: Answer?
        /// Every answer, oldest first (the superseded ones are kept).
        var answers: [Answer]
        /// The patient, only for a Health Office member who may read the record.
        var patient: String?
        var banner: String
        var version: Int64

        init(_ request: ChanceryServer.PODRequest, patient: String? = nil) {
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

    struct Release: Encodable, Sendable {
        var id: String
        var patient: String
        var recipient: String
        var purpose: String
        var requested: Requested
        var consent: String
        var consentValid: Bool?
        var status: String
        var requestedBy: String
        var approvedBy: String?
        var approvedAt: String?
        var releasedBy: String?
        var releasedAt: String?
        var label: SecurityLabelForm
        var banner: String
        var version: Int64

        struct Requested: Encodable, Sendable {
            var entryTypes: [String]
            var from: String?
            var until: String?
        }

        init(_ release: ReleaseOfInformation, consentValid: Bool? = nil) {
            id = release.object.id
            patient = release.patientID
            recipient = release.recipient
            purpose = release.purpose
            requested = Requested(entryTypes: release.entryTypes.map(\.rawValue), from: release.from, until: release.until)
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

    struct Disclosure: Encodable, Sendable {
        var id: String
        var release: String
        var disclosedAt: String
        var recipient: String
        var what: What
        var purpose: String
        var releasedBy: String

        struct What: Encodable, Sendable {
            var description: String
            var entries: [String]
        }

        init(_ disclosure: ChanceryServer.Disclosure) {
            id = disclosure.id
            release = disclosure.releaseID
            disclosedAt = Clock.iso8601(disclosure.disclosedAt)
            recipient = disclosure.recipient
            what = What(description: disclosure.description, entries: disclosure.entryIDs)
            purpose = disclosure.purpose
            releasedBy = disclosure.releasedBy
        }
    }

    struct Disclosures: Encodable, Sendable {
        var patient: String
        var items: [Disclosure]
        var banner: String
    }
}
