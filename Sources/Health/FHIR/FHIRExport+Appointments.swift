import ChanceryKit
import ChancerySpine

/// Appointments in the FHIR export: a patient's Appointments (labelled like the patient's record), the clinicians'
/// Schedules and their free Slots. Schedules and Slots are configuration that the appointment store shows to
/// Health Office staff briefed for MEDICAL only; to anyone else they do not exist.
extension FHIRExport {
    @Sendable package func appointment(_ id: String, by principal: Principal) async throws -> FHIRResource? {
        guard ObjectID.isWellFormed(id), AppointmentStore.isStaff(principal),
            let appointment = try await chancery.appointments.appointment(id, by: principal)
        else { return nil }
        let types = try await chancery.appointments.types()
        return Self.appointmentResource(appointment, types: types)
    }

    package static func appointmentResource(_ appointment: Appointment, types: [AppointmentType]) -> FHIRResource {
        var resource = AppointmentFHIR.appointment(appointment, type: types.first { $0.code == appointment.typeCode })
        resource["meta"] = FHIR.meta(
            appointment.object.label, version: appointment.object.version, lastUpdated: appointment.object.updatedAt)
        return resource
    }

    /// A clinician's Schedule (its id is the clinician's account id), under the Health Office's label.
    @Sendable package func schedule(_ id: String, by principal: Principal) async throws -> FHIRResource? {
        guard ObjectID.isWellFormed(id), AppointmentStore.isStaff(principal) else { return nil }
        do {
            let (clinician, hours, _) = try await chancery.appointments.clinician(id, by: principal)
            var resource = AppointmentFHIR.schedule(clinician, hours: hours)
            resource["meta"] = FHIR.meta(HealthOffice.label(nil))
            return resource
        } catch let error as AppError where error.status == .notFound {
            return nil
        }
    }

    /// A free Slot, `<clinicianId>-<minutes since 1970>`: free for one of the appointment types at that minute.
    @Sendable package func slot(_ id: String, by principal: Principal) async throws -> FHIRResource? {
        guard AppointmentStore.isStaff(principal), let dash = id.lastIndex(of: "-"),
            let minutes = Int64(id[id.index(after: dash)...]),
            // Years 1970 to 9999: a made-up number must not overflow the milliseconds below.
            (0...4_207_564_800).contains(minutes)
        else { return nil }
        let clinicianID = String(id[..<dash])
        guard ObjectID.isWellFormed(clinicianID) else { return nil }
        let start = minutes * 60_000
        let date = HeadquartersCalendar.day(start)
        for type in try await chancery.appointments.types() {
            let days: [AppointmentStore.Day]
            do {
                days = try await chancery.appointments.schedule(
                    of: clinicianID, from: date, days: 1, typeCode: type.code, by: principal
                ).1
            } catch let error as AppError where error.status == .notFound {
                return nil
            }
            if let free = days.flatMap(\.free).first(where: { $0.start == start }) {
                var resource = AppointmentFHIR.slot(
                    clinicianID: clinicianID, start: free.start, end: free.end, typeCode: type.code)
                resource["meta"] = FHIR.meta(HealthOffice.label(nil))
                return resource
            }
        }
        return nil
    }

    /// The patient's appointments that the principal may read (none to a principal outside the Health Office).
    @Sendable package func appointmentResources(of patientID: String, by principal: Principal) async throws
        -> [FHIRResource]
    {
        guard AppointmentStore.isStaff(principal) else { return [] }
        var appointments: [Appointment] = []
        var cursor: String?
        repeat {
            let page = try await chancery.appointments.list(
                .init(patientID: patientID), after: cursor, limit: 200, by: principal)
            appointments += page.items
            cursor = page.nextCursor
        } while cursor != nil
        guard !appointments.isEmpty else { return [] }
        let types = try await chancery.appointments.types()
        return appointments.map { Self.appointmentResource($0, types: types) }
    }
}
