import ChanceryKit
import Foundation

/// Every list of the Health Office: `next` is absent on the last page, `total` only when counted.
struct HealthListBody<Item: Encodable & Sendable>: Encodable, Sendable {
    var items: [Item]
    var next: String? = nil
    var total: Int? = nil
}

/// A patient as the API shows it.
struct PatientBody: Encodable, Sendable {
    var id: String
    var name: String
    var familyName: String
    var givenNames: String
    var dateOfBirth: String
    var sex: String
    var staffNumber: String?
    var staffUserId: String?
    var staffUnit: String?
    var nationality: String
    var phone: String?
    var email: String?
    var address: String?
    var emergencyContact: EmergencyContact?
    var insurer: String?
    var insurerNumber: String?
    var restricted: Bool
    var label: SecurityLabelForm
    var banner: String
    var version: Int64
    var createdAt: String
    var updatedAt: String
    /// The record this one was merged into (its entries and appointments are there now).
    var mergedInto: String?

    struct EmergencyContact: Codable, Sendable {
        var name: String
        var phone: String?
    }

    init(_ patient: Patient) {
        let d = patient.details
        id = patient.object.id
        name = d.displayName
        familyName = d.familyName
        givenNames = d.givenNames
        dateOfBirth = d.dateOfBirth
        sex = d.sex
        staffNumber = d.staffNumber
        staffUserId = d.staffUserID
        staffUnit = d.staffUnit
        nationality = d.nationality
        phone = d.phone
        email = d.email
        address = d.address
        emergencyContact = d.emergencyName.map { EmergencyContact(name: $0, phone: d.emergencyPhone) }
        insurer = d.insurer
        insurerNumber = d.insurerNumber
        restricted = d.restricted
        label = SecurityLabelForm(patient.object.label)
        banner = patient.object.label.banner
        version = patient.object.version
        createdAt = Clock.iso8601(patient.object.createdAt)
        updatedAt = Clock.iso8601(patient.object.updatedAt)
        mergedInto = patient.mergedInto
    }
}

/// A record entry as the API shows it, with its versions when asked for one entry.
struct EntryBody: Encodable, Sendable {
    var id: String
    var patient: String
    var type: String
    var summary: String
    var date: String
    var clinician: String?
    var text: String
    var codes: [RecordEntry.Coding]
    var observations: [ObservationBody]
    var correspondent: String?
    var direction: String?
    var consent: ConsentBody?
    var author: String
    var label: SecurityLabelForm
    var banner: String
    var version: Int64
    var createdAt: String
    var updatedAt: String
    var versions: [VersionBody]?

    struct ObservationBody: Encodable, Sendable {
        var code: RecordEntry.Coding
        var value: Double?
        var valueText: String?
        var unit: String?
        var low: Double?
        var high: Double?
        var interpretation: String?

        init(_ observation: RecordEntry.Observation) {
            code = observation.code
            value = observation.value
            valueText = observation.valueText
            unit = observation.unit
            low = observation.low
            high = observation.high
            interpretation = observation.interpretation
        }
    }

    struct ConsentBody: Encodable, Sendable {
        var recipient: String
        var scope: String
        var purpose: String
        var validFrom: String
        var validUntil: String
        var revoked: Bool
        var revokedAt: String?
        var revokedBy: String?
        var revocationReason: String?
    }

    struct VersionBody: Encodable, Sendable {
        var version: Int64
        var summary: String
        var date: String
        var text: String
        var reason: String?
        var author: String
        var recordedAt: String
    }

    init(_ entry: RecordEntry, versions: [RecordEntry.Version]? = nil) {
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
struct BreakGlassBody: Encodable, Sendable {
    var id: String
    var patient: String
    var patientName: String?
    var user: String
    var reason: String
    var openedAt: String
    var expiresAt: String
    var reviewedBy: String?
    var reviewedAt: String?
    var reviewNote: String?
    /// In the queue: true on an unreviewed opening the reader made themselves, which another advisor must review.
    var awaitingAnotherAdvisor: Bool?

    init(_ opening: BreakGlassOpening, reader: String? = nil) {
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
struct SuspectedDuplicateBody: Encodable, Sendable {
    var id: String
    var duplicateId: String
    var existingId: String
    var matchedOn: String
    var flaggedBy: String
    var flaggedAt: String
    var duplicate: PatientBody?
    var existing: PatientBody?
    /// True on an undecided suspicion raised by a record the reader opened: another advisor decides it.
    var awaitingAnotherAdvisor: Bool?
    var resolution: String?
    var resolvedBy: String?
    var resolvedAt: String?
    var note: String?

    init(_ suspicion: SuspectedDuplicate, reader: String) {
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
