import ChanceryKit
import SQLKit

/// The one owner of the Health Office's dealings with the outside: referrals and their replies, division
/// point-of-contact (POD) requests and their fitness-for-work answers, releases of information and the
/// accounting of disclosures. Patient objects are created through `HealthStore.insertPatientObject`, so that
/// access to them follows the patient.
public struct HealthReleaseStore: Sendable {
    let database: Database
    let objects: ObjectStore
    let audit: AuditLog
    let health: HealthStore

    /// Today in the headquarters' calendar.
    static var today: String { HeadquartersCalendar.day(Clock.nowMilliseconds()) }

    /// Files a letter in or out in the patient's record (a `correspondence` entry) inside the caller's
    /// transaction, after the caller has checked that the principal may write the record.
    func fileCorrespondence(
        of patient: Patient, summary: String, text: String, date: String, correspondent: String, direction: String,
        by principal: Principal, on db: any SQLDatabase
    ) async throws -> Checked<String> {
        let content = RecordEntry.Content(
            type: .correspondence, summary: summary, date: date, clinicianID: nil, text: text, codes: [], observations: [],
            correspondent: correspondent, direction: direction, consent: nil)
        let object: LabelledObject
        switch try await health.insertPatientObject(
            kind: RecordEntry.kind, title: summary, of: patient, by: principal,
            auditDetails: ["type": RecordEntry.EntryType.correspondence.rawValue], on: db)
        {
        case .refused(let error): return .refused(error)
        case .done(let inserted): object = inserted
        }
        try await db.raw(
            """
            INSERT INTO health_entries (object_id, patient_id, entry_type, entry_date, clinician_id, body, codes_json,
                                        correspondent, direction)
            VALUES (\(bind: object.id), \(bind: patient.object.id), \(bind: content.type.rawValue), \(bind: date),
                    \(bind: content.clinicianID), \(bind: text), \(bind: HealthStore.codedJSON(content)),
                    \(bind: correspondent), \(bind: direction))
            """
        ).run()
        try await health.keepVersion(object.id, version: 1, content, reason: nil, by: principal, at: object.createdAt, on: db)
        try await objects.search.refresh([object.id], on: db)
        return .done(object.id)
    }

    /// The patient an object of a patient belongs to, read for a write (no read event: the caller audits the change).
    func patient(of patientID: String, by principal: Principal, on db: any SQLDatabase) async throws -> Patient? {
        try await health.readPatient(patientID, by: principal, auditingRead: false, on: db)
    }
}

extension Chancery {
    /// Referrals, POD requests, releases and disclosures (a view over the spine's stores: nothing to open).
    public var healthReleases: HealthReleaseStore {
        HealthReleaseStore(database: database, objects: objects, audit: audit, health: health)
    }
}
