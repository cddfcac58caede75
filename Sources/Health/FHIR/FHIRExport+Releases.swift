import ChanceryKit
import ChancerySpine

/// Referrals and disclosures in the FHIR export: a patient's referrals as ServiceRequests (labelled like the
/// record) and the accounting of disclosures as AuditEvents (under the patient's label).
extension FHIRExport {
    @Sendable package func serviceRequest(_ id: String, by principal: Principal) async throws -> FHIRResource? {
        guard ObjectID.isWellFormed(id), let referral = try await chancery.healthReleases.referral(id, by: principal)
        else { return nil }
        return Self.serviceRequestResource(referral)
    }

    package static func serviceRequestResource(_ referral: Referral) -> FHIRResource {
        var resource = ReleaseFHIR.serviceRequest(referral)
        resource["meta"] = FHIR.meta(
            referral.object.label, version: referral.object.version, lastUpdated: referral.object.updatedAt)
        return resource
    }

    /// A disclosure, if the principal may read its patient's record (the accounting is read through the patient).
    @Sendable package func auditEvent(_ id: String, by principal: Principal) async throws -> FHIRResource? {
        guard id.count <= 64 else { return nil }
        let patientID = try await chancery.database.read { db in
            try await db.raw("SELECT patient_id FROM health_disclosures WHERE id = \(bind: id)").first()?
                .decode(column: "patient_id", as: String.self)
        }
        guard let patientID,
            let (patient, disclosures) = try await chancery.healthReleases.disclosures(
                of: patientID, by: principal),
            let disclosure = disclosures.first(where: { $0.id == id })
        else { return nil }
        return Self.auditEventResource(disclosure, of: patient)
    }

    package static func auditEventResource(_ disclosure: Disclosure, of patient: Patient) -> FHIRResource {
        var resource = ReleaseFHIR.auditEvent(disclosure)
        resource["meta"] = FHIR.meta(patient.object.label)
        return resource
    }

    /// The patient's referrals and disclosures that the principal may read.
    @Sendable package func releaseResources(of patientID: String, by principal: Principal) async throws
        -> [FHIRResource]
    {
        let releases = chancery.healthReleases
        var referrals: [Referral] = []
        var cursor: String?
        repeat {
            let page = try await releases.referrals(
                Referral.Filter(patientID: patientID), after: cursor, limit: 200, by: principal)
            referrals += page.items
            cursor = page.nextCursor
        } while cursor != nil
        var resources = referrals.map(Self.serviceRequestResource)
        if let (patient, disclosures) = try await releases.disclosures(of: patientID, by: principal) {
            resources += disclosures.map { Self.auditEventResource($0, of: patient) }
        }
        return resources
    }
}
