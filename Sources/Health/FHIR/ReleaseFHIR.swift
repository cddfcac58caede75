import ChanceryKit
import ChancerySpine

/// FHIR R4 resources for referrals (ServiceRequest) and disclosures (AuditEvent), as JSON objects ready for
/// `JSONSerialization`. Pure functions: the FHIR export calls them with what it has read (and trimmed).
package enum ReleaseFHIR {
    /// A referral as a ServiceRequest: the order to an external provider, with the reason as text.
    package static func serviceRequest(_ referral: Referral) -> [String: Any] {
        var resource: [String: Any] = [
            "resourceType": "ServiceRequest",
            "id": referral.object.id,
            "meta": ["security": [["system": "urn:chancery:label", "code": referral.object.label.banner]]],
            "status": serviceRequestStatus(referral.status),
            "intent": "order",
            "priority": priority(referral.urgency),
            "category": [["text": "Referral"]],
            "code": ["text": referral.specialty],
            "subject": ["reference": "Patient/\(referral.patientID)"],
            "requester": ["reference": "Practitioner/\(referral.referringClinician ?? referral.object.createdBy)"],
            "performer": [["display": referral.provider]],
            "reasonCode": [["text": referral.reason]],
            "authoredOn": Clock.iso8601(referral.object.createdAt),
        ]
        if let due = referral.replyDue { resource["occurrenceDateTime"] = due }
        var notes: [[String: Any]] = []
        if let address = referral.providerAddress { notes.append(["text": "Provider address: \(address)"]) }
        if let date = referral.replyDate, let summary = referral.replySummary {
            notes.append(["text": "Reply of \(date): \(summary)"])
        }
        if !notes.isEmpty { resource["note"] = notes }
        return resource
    }

    /// draft → draft, sent → active, replied/closed → completed, cancelled → revoked.
    package static func serviceRequestStatus(_ status: Referral.Status) -> String {
        switch status {
        case .draft: "draft"
        case .sent: "active"
        case .replied, .closed: "completed"
        case .cancelled: "revoked"
        }
    }

    package static func priority(_ urgency: Referral.Urgency) -> String {
        switch urgency {
        case .routine: "routine"
        case .urgent: "urgent"
        case .emergency: "stat"
        }
    }

    /// A disclosure as an AuditEvent: an export (DICOM 110106) read by its recipient, released by a user.
    package static func auditEvent(_ disclosure: Disclosure) -> [String: Any] {
        [
            "resourceType": "AuditEvent",
            "id": disclosure.id,
            "type": ["system": "http://dicom.nema.org/resources/ontology/DCM", "code": "110106", "display": "Export"],
            "action": "R",
            "recorded": Clock.iso8601(disclosure.disclosedAt),
            "outcome": "0",
            "purposeOfEvent": [["text": disclosure.purpose]],
            "agent": [[String: Any]]([
                [
                    "who": ["reference": "Practitioner/\(disclosure.releasedBy)"],
                    "requestor": true,
                ] as [String: Any],
                [
                    "type": ["text": "Recipient"],
                    "name": disclosure.recipient,
                    "requestor": false,
                ] as [String: Any],
            ]),
            "source": ["observer": ["display": "Chancery Health Office"]],
            "entity": [
                [
                    "what": ["reference": "Patient/\(disclosure.patientID)"],
                    "description": disclosure.description,
                ] as [String: Any]
            ] + disclosure.entryIDs.map { ["what": ["identifier": ["value": $0]]] as [String: Any] },
        ]
    }
}
