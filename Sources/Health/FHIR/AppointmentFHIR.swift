import ChancerySpine
import Foundation

/// FHIR R4 resources of appointments: Appointment, Schedule (one per clinician) and Slot (free slots), as JSON
/// objects for `JSONSerialization`. Pure functions: the caller has already checked what the principal may read.
package enum AppointmentFHIR {
    package static func status(_ status: Appointment.Status) -> String {
        switch status {
        case .booked: "booked"
        case .arrived: "arrived"
        case .cancelled: "cancelled"
        case .noshow: "noshow"
        case .completed: "fulfilled"
        }
    }

    /// An Appointment resource. `type` names the appointment type in the reader's language when given.
    package static func appointment(_ appointment: Appointment, type: AppointmentType? = nil) -> [String: Any] {
        var resource: [String: Any] = [
            "resourceType": "Appointment",
            "id": appointment.object.id,
            "meta": [
                "versionId": String(appointment.object.version),
                "lastUpdated": Clock.iso8601(appointment.object.updatedAt),
            ] as [String: String],
            "status": status(appointment.status),
            "start": BrusselsTime.isoWithOffset(appointment.start),
            "end": BrusselsTime.isoWithOffset(appointment.end),
            "minutesDuration": Int((appointment.end - appointment.start) / 60_000),
            "created": String(Clock.iso8601(appointment.object.createdAt).prefix(10)),
            "participant": [
                [
                    "actor": ["reference": "Patient/\(appointment.patientID)"], "required": "required",
                    "status": "accepted",
                ] as [String: Any],
                [
                    "actor": ["reference": "Practitioner/\(appointment.clinicianID)"], "required": "required",
                    "status": "accepted",
                ] as [String: Any],
                ["actor": ["display": appointment.location], "required": "information-only", "status": "accepted"]
                    as [String: Any],
            ] as [[String: Any]],
        ]
        var code: [String: Any] = ["system": "urn:chancery:health:appointment-type", "code": appointment.typeCode]
        if let type { code["display"] = type.nameEN }
        resource["serviceType"] = [["coding": [code]]]
        if let type {
            let kind = type.kind == "follow-up" ? "FOLLOWUP" : type.kind == "procedure" ? "ROUTINE" : "CHECKUP"
            resource["appointmentType"] = [
                "coding": [["system": "http://terminology.hl7.org/CodeSystem/v2-0276", "code": kind]]
            ]
        }
        if let note = appointment.note { resource["comment"] = note }
        if appointment.status == .cancelled, let reason = appointment.cancelReason {
            resource["cancelationReason"] = ["text": reason]
        }
        return resource
    }

    /// The Schedule of a clinician (its id is the clinician's user id), with their weekly hours as a comment.
    package static func schedule(_ clinician: Clinician, hours: [Clinician.Hours]) -> [String: Any] {
        let days = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        var resource: [String: Any] = [
            "resourceType": "Schedule",
            "id": clinician.userID,
            "active": true,
            "actor": [["reference": "Practitioner/\(clinician.userID)", "display": clinician.displayName]],
            "serviceCategory": [["text": clinician.specialty]],
        ]
        if !hours.isEmpty {
            resource["comment"] = hours.map {
                "\(days[max(0, min(7, $0.weekday))]) \($0.start)-\($0.end) (Europe/Brussels)"
            }
            .joined(separator: "; ")
        }
        return resource
    }

    /// A free Slot of a clinician's Schedule (its id is derived from the clinician and the start).
    package static func slot(clinicianID: String, start: Int64, end: Int64, typeCode: String?) -> [String: Any] {
        var resource: [String: Any] = [
            "resourceType": "Slot",
            "id": "\(clinicianID)-\(start / 60_000)",
            "schedule": ["reference": "Schedule/\(clinicianID)"],
            "status": "free",
            "start": BrusselsTime.isoWithOffset(start),
            "end": BrusselsTime.isoWithOffset(end),
        ]
        if let typeCode {
            resource["serviceType"] = [
                ["coding": [["system": "urn:chancery:health:appointment-type", "code": typeCode]]]
            ]
        }
        return resource
    }
}
