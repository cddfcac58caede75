import ChanceryKit
import ChancerySpine
import Foundation

/// A patient as the API shows it, in one JSON object: the details that can be edited (as a `PatientRequest` gives
/// them, the document a `PATCH` is merged onto), and beside them what the record holds of its own.
package struct PatientBody: Encodable, Sendable {
    package var details: PatientRequest
    package var record: Record

    /// What the API shows of a patient beyond the editable details.
    package struct Record: Encodable, Sendable {
        package var id: String
        package var name: String
        package var restricted: Bool
        package var label: SecurityLabelForm
        package var banner: String
        package var version: Int64
        package var createdAt: String
        package var updatedAt: String
        /// The record this one was merged into (its entries and appointments are there now).
        package var mergedInto: String?
    }

    package struct EmergencyContact: Codable, Sendable {
        package var name: String
        package var phone: String?
    }

    package init(_ patient: Patient) {
        details = PatientRequest(patient.details)
        record = Record(
            id: patient.object.id, name: patient.details.displayName, restricted: patient.details.restricted,
            label: SecurityLabelForm(patient.object.label), banner: patient.object.label.banner,
            version: patient.object.version, createdAt: Clock.iso8601(patient.object.createdAt),
            updatedAt: Clock.iso8601(patient.object.updatedAt), mergedInto: patient.mergedInto)
    }

    package func encode(to encoder: any Encoder) throws {
        try details.encode(to: encoder)
        try record.encode(to: encoder)
    }
}

/// A record entry as the API shows it, with its versions when asked for one entry.
package struct EntryBody: Encodable, Sendable {
    package var id: String
    package var patient: String
    package var type: String
    package var summary: String
    package var date: String
    package var clinician: String?
    package var text: String
    package var codes: [RecordEntry.Coding]
    package var observations: [ObservationBody]
    package var correspondent: String?
    package var direction: String?
    package var consent: ConsentBody?
    package var author: String
    package var label: SecurityLabelForm
    package var banner: String
    package var version: Int64
    package var createdAt: String
    package var updatedAt: String
    package var versions: [VersionBody]?

    package struct ObservationBody: Encodable, Sendable {
        package var code: RecordEntry.Coding
        package var value: Double?
        package var valueText: String?
        package var unit: String?
        package var low: Double?
        package var high: Double?
        package var interpretation: String?

        package init(_ observation: RecordEntry.Observation) {
            code = observation.code
            value = observation.value
            valueText = observation.valueText
            unit = observation.unit
            low = observation.low
            high = observation.high
            interpretation = observation.interpretation
        }
    }

    package struct ConsentBody: Encodable, Sendable {
        package var recipient: String
        package var scope: String
        package var purpose: String
        package var validFrom: String
        package var validUntil: String
        package var revoked: Bool
        package var revokedAt: String?
        package var revokedBy: String?
        package var revocationReason: String?
    }

    package struct VersionBody: Encodable, Sendable {
        package var version: Int64
        package var summary: String
        package var date: String
        package var text: String
        package var reason: String?
        package var author: String
        package var recordedAt: String
    }

    package init(_ entry: RecordEntry, versions: [RecordEntry.Version]? = nil) {
        let c = entry.content
        id = entry.object.id
        patient = entry.patientID
        type = c.type.rawValue
        summary = c.summary
        date = c.date
        clinician = c.clinicianID
        text = c.text
        codes = c.codes
        observations = c.observations.map(ObservationBody.init)
        correspondent = c.correspondent
        direction = c.direction
        if let terms = c.consent {
            consent = ConsentBody(
                recipient: terms.recipient, scope: terms.scope, purpose: terms.purpose, validFrom: terms.validFrom,
                validUntil: terms.validUntil, revoked: entry.consent?.isRevoked ?? false,
                revokedAt: entry.consent?.revokedAt.map(Clock.iso8601), revokedBy: entry.consent?.revokedBy,
                revocationReason: entry.consent?.revocationReason)
        }
        author = entry.object.createdBy
        label = SecurityLabelForm(entry.object.label)
        banner = entry.object.label.banner
        version = entry.object.version
        createdAt = Clock.iso8601(entry.object.createdAt)
        updatedAt = Clock.iso8601(entry.object.updatedAt)
        self.versions = versions?.map {
            VersionBody(
                version: $0.version, summary: $0.content.summary, date: $0.content.date, text: $0.content.text,
                reason: $0.reason, author: $0.author, recordedAt: Clock.iso8601($0.recordedAt))
        }
    }
}

/// A break-glass opening as the API shows it.
package struct BreakGlassBody: Encodable, Sendable {
    package var id: String
    package var patient: String
    package var patientName: String?
    package var user: String
    package var reason: String
    package var openedAt: String
    package var expiresAt: String
    package var reviewedBy: String?
    package var reviewedAt: String?
    package var reviewNote: String?
    /// In the queue: true on an unreviewed opening the reader made themselves, which another advisor must review.
    package var awaitingAnotherAdvisor: Bool?

    package init(_ opening: BreakGlassOpening, reader: String? = nil) {
        if opening.reviewedAt == nil, opening.userID == reader { awaitingAnotherAdvisor = true }
        id = opening.id
        patient = opening.patientID
        patientName = opening.patientName
        user = opening.userID
        reason = opening.reason
        openedAt = Clock.iso8601(opening.openedAt)
        expiresAt = Clock.iso8601(opening.expiresAt)
        reviewedBy = opening.reviewedBy
        reviewedAt = opening.reviewedAt.map(Clock.iso8601)
        reviewNote = opening.reviewNote
    }
}

/// A suspected duplicate in the medical advisor's queue: each record in full where the advisor may read it.
package struct SuspectedDuplicateBody: Encodable, Sendable {
    package var id: String
    package var duplicateId: String
    package var existingId: String
    package var matchedOn: String
    package var flaggedBy: String
    package var flaggedAt: String
    package var duplicate: PatientBody?
    package var existing: PatientBody?
    /// True on an undecided suspicion raised by a record the reader opened: another advisor decides it.
    package var awaitingAnotherAdvisor: Bool?
    package var resolution: String?
    package var resolvedBy: String?
    package var resolvedAt: String?
    package var note: String?

    package init(_ suspicion: SuspectedDuplicate, reader: String) {
        id = suspicion.id
        duplicateId = suspicion.patientID
        existingId = suspicion.existingID
        matchedOn = suspicion.matchedOn.rawValue
        flaggedBy = suspicion.flaggedBy
        flaggedAt = Clock.iso8601(suspicion.flaggedAt)
        duplicate = suspicion.patient.map(PatientBody.init)
        existing = suspicion.existing.map(PatientBody.init)
        if suspicion.resolvedAt == nil, suspicion.flaggedBy == reader { awaitingAnotherAdvisor = true }
        resolution = suspicion.resolution?.rawValue
        resolvedBy = suspicion.resolvedBy
        resolvedAt = suspicion.resolvedAt.map(Clock.iso8601)
        note = suspicion.note
    }
}
