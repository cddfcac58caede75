import ChanceryKit
import ChancerySpine
import SQLKit

/// The one owner of the Health Office's dealings with the outside: referrals and their replies, division
/// point-of-contact (POD) requests and their fitness-for-work answers, releases of information and the
/// accounting of disclosures. Patient objects are created through `HealthStore.insertPatientObject`, so that
/// access to them follows the patient.
public struct HealthReleaseStore: Sendable {
    package let database: Database
    package let objects: ObjectStore
    package let audit: AuditLog
    package let health: HealthStore

    /// Today in the headquarters' calendar.
    package static var today: String { HeadquartersCalendar.day(Clock.nowMilliseconds()) }

    /// Files a letter in or out in the patient's record (a `correspondence` entry) inside the caller's
    /// transaction, after the caller has checked that the principal may write the record.
    package func fileCorrespondence(
        of patient: Patient, summary: String, text: String, date: String, correspondent: String, direction: String,
        by principal: Principal, on db: any SQLDatabase
    ) async throws -> Checked<String> {
        let content = RecordEntry.Content(
            type: .correspondence, summary: summary, date: date, clinicianID: nil, text: text, codes: [],
            observations: [],
            correspondent: correspondent, direction: direction, consent: nil)
        switch try await health.insertEntry(content, of: patient, label: nil, by: principal, on: db) {
        case .refused(let error): return .refused(error)
        case .done(let entry): return .done(entry.object.id)
        }
    }

    /// The patient an object of a patient belongs to, read for a write (no read event: the caller audits the change).
    package func patient(of patientID: String, by principal: Principal, on db: any SQLDatabase) async throws -> Patient?
    {
        try await health.readPatient(patientID, by: principal, auditingRead: false, on: db)
    }
}

extension Chancery {
    /// Referrals, POD requests, releases and disclosures (a view over the spine's stores: nothing to open).
    public var healthReleases: HealthReleaseStore {
        HealthReleaseStore(database: database, objects: objects, audit: audit, health: health)
    }
}
