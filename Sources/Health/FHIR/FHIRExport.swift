import ChanceryKit
import ChancerySpine
import SQLKit

/// The Health Office's FHIR R4 export: one reader per resource type, the sources a patient's `$everything`
/// gathers, and the audit event of every export. Every read goes through the HealthStore's trimmed reads, so a
/// resource the principal may not read is exactly like one that does not exist.
///
/// Another part of the office (appointments, releases…) exports its resources by adding one line to `readers`
/// and one to `patientSources`, with functions written like `RecordFHIR.swift`'s.
package struct FHIRExport: Sendable {
    package let chancery: Chancery

    /// One resource by its FHIR id, or nil when it does not exist or the principal may not read it.
    package typealias Reader = @Sendable (_ id: String, _ principal: Principal) async throws -> FHIRResource?
    /// The resources of a patient (whom the principal may read) that the principal may read, for `$everything`.
    package typealias PatientSource =
        @Sendable (_ patientID: String, _ principal: Principal) async throws -> [FHIRResource]

    /// Every resource type served at `health/fhir/<Type>/{id}`, with its reader.
    package var readers: [(type: String, read: Reader)] {
        [
            ("Patient", patient), ("Practitioner", practitioner), ("Observation", observation),
            ("DocumentReference", documentReference), ("Consent", consent),
            ("Appointment", appointment), ("Schedule", schedule), ("Slot", slot),
            ("ServiceRequest", serviceRequest), ("AuditEvent", auditEvent),
        ]
    }

    /// What `$everything` gathers after the Patient, in this order. The Practitioners that any of them refers to
    /// are added at the end.
    package var patientSources: [PatientSource] {
        [recordResources, appointmentResources, releaseResources]
    }

    package var health: HealthStore { chancery.health }

    // MARK: readers

    @Sendable package func patient(_ id: String, by principal: Principal) async throws -> FHIRResource? {
        guard ObjectID.isWellFormed(id), let patient = try await health.patient(id, by: principal) else { return nil }
        return FHIR.patient(patient)
    }

    /// A clinician's account, to a principal who may read medical records (holding MEDICAL): to anyone else the
    /// Health Office's staff is no more visible than its patients.
    @Sendable package func practitioner(_ id: String, by principal: Principal) async throws -> FHIRResource? {
        guard principal.categories.contains(HealthOffice.category), ObjectID.isWellFormed(id) else { return nil }
        return try await practitioners([id]).first.map(FHIR.practitioner)
    }

    @Sendable package func observation(_ id: String, by principal: Principal) async throws -> FHIRResource? {
        guard let (entryID, index) = FHIR.parseObservationID(id),
            let exported = try await health.exportedEntry(entryID, by: principal),
            exported.entry.content.type == .labResult, index <= exported.entry.content.observations.count
        else { return nil }
        let practitioners = try await self.practitioners(of: [exported.entry])
        return FHIR.observation(
            exported.entry.content.observations[index - 1], index: index, of: exported.entry,
            versions: exported.versions, practitioners: practitioners)
    }

    @Sendable package func documentReference(_ id: String, by principal: Principal) async throws -> FHIRResource? {
        guard ObjectID.isWellFormed(id), let exported = try await health.exportedEntry(id, by: principal) else {
            return nil
        }
        return FHIR.documentReference(
            exported.entry, versions: exported.versions, practitioners: try await practitioners(of: [exported.entry]))
    }

    @Sendable package func consent(_ id: String, by principal: Principal) async throws -> FHIRResource? {
        guard ObjectID.isWellFormed(id), let exported = try await health.exportedEntry(id, by: principal) else {
            return nil
        }
        return FHIR.consent(exported.entry, today: Self.today())
    }

    // MARK: $everything

    /// The record's entries: each as a DocumentReference, lab results' observations, consents.
    @Sendable package func recordResources(of patientID: String, by principal: Principal) async throws -> [FHIRResource]
    {
        let exported = try await health.exportedEntries(of: patientID, by: principal)
        let practitioners = try await self.practitioners(of: exported.map(\.entry))
        let today = Self.today()
        var resources: [FHIRResource] = []
        for item in exported {
            resources += FHIR.observations(of: item.entry, versions: item.versions, practitioners: practitioners)
        }
        for item in exported {
            resources.append(FHIR.documentReference(item.entry, versions: item.versions, practitioners: practitioners))
        }
        resources += exported.compactMap { FHIR.consent($0.entry, today: today) }
        return resources
    }

    /// The Patient and everything of theirs the principal may read, nil when the patient is not readable.
    package func everything(_ patientID: String, by principal: Principal) async throws -> [FHIRResource]? {
        guard let patient = try await self.patient(patientID, by: principal) else { return nil }
        var resources = [patient]
        for source in patientSources { resources += try await source(patientID, principal) }
        var seen = Set<String>()
        resources = resources.filter { seen.insert(FHIR.key(of: $0)).inserted }
        let referenced = FHIR.referencedIDs(of: "Practitioner", in: resources)
        resources += try await practitioners(referenced).map(FHIR.practitioner)
        return resources
    }

    // MARK: practitioners

    /// The practitioners among the accounts named (those holding a clinical role), in the order named.
    package func practitioners(_ ids: [String]) async throws -> [UserAccount] {
        let unique = ids.reduce(into: [String]()) { list, id in if !list.contains(id) { list.append(id) } }
        guard !unique.isEmpty else { return [] }
        let users = chancery.users
        return try await chancery.database.read { db in
            var accounts: [UserAccount] = []
            for id in unique {
                if let account = try await users.find(id: id, on: db), FHIR.isPractitioner(account) {
                    accounts.append(account)
                }
            }
            return accounts
        }
    }

    /// The practitioners who wrote or are responsible for the entries, by id.
    package func practitioners(of entries: [RecordEntry]) async throws -> [String: UserAccount] {
        let ids = entries.flatMap { [$0.content.clinicianID, $0.object.createdBy].compactMap { $0 } }
        return Dictionary(try await practitioners(ids).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    // MARK: audit

    /// Records an export: the resources it carried (`Type/id`), naming the patient and the objects they come from.
    package func auditExport(_ resources: [FHIRResource], patientID: String?, by principal: Principal) async throws {
        let keys = resources.map(FHIR.key(of:))
        let objects = resources.compactMap(FHIR.objectID(of:)).filter { $0 != patientID }
        let ordered = objects.reduce(into: [String]()) { list, id in if !list.contains(id) { list.append(id) } }
        let audit = chancery.audit
        try await chancery.database.transaction { db in
            try await audit.append(
                AuditEntry(
                    actor: principal.id, action: "health.fhir.export", objectID: patientID, relatedObjectIDs: ordered,
                    details: ["resources": keys.joined(separator: ","), "count": String(keys.count)]),
                on: db)
        }
    }

    package static func today() -> String { HeadquartersCalendar.day(Clock.nowMilliseconds()) }
}

extension FHIR {
    /// The ids of the resources of a type that a resource refers to anywhere (`"reference": "Type/id"`).
    package static func referencedIDs(of type: String, in resources: [FHIRResource]) -> [String] {
        var ids: [String] = []
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                if let reference = object["reference"] as? String, reference.hasPrefix(type + "/") {
                    let id = String(reference.dropFirst(type.count + 1))
                    if !ids.contains(id) { ids.append(id) }
                }
                object.values.forEach(walk)
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        resources.forEach(walk)
        return ids
    }

    /// The resource types whose id is the id of a Chancery object (the others are accounts, a diary's slots or
    /// rows of the accounting of disclosures): the objects an export's audit event names.
    package static let objectTypes: Set<String> = [
        "Patient", "DocumentReference", "Consent", "Appointment", "ServiceRequest",
    ]

    /// The Chancery object a resource comes from (an Observation's entry), nil when it comes from none.
    package static func objectID(of resource: FHIRResource) -> String? {
        guard let type = resource["resourceType"] as? String, let id = id(of: resource) else { return nil }
        if type == "Observation" { return parseObservationID(id)?.entry }
        return objectTypes.contains(type) && ObjectID.isWellFormed(id) ? id : nil
    }

    /// The label a resource carries in `meta.security` (the inverse of `security(_:)`), nil when it carries none.
    package static func label(of resource: FHIRResource) -> SecurityLabel? {
        guard let meta = resource["meta"] as? [String: Any], let codings = meta["security"] as? [[String: Any]] else {
            return nil
        }
        let codes = codings.filter { $0["system"] as? String == labelSystem }.compactMap { $0["code"] as? String }
        guard let classification = codes.lazy.compactMap({ try? Classification(parsing: $0) }).first else { return nil }
        let nations = codes.filter { $0.hasPrefix("REL-") }.map { String($0.dropFirst(4)) }
        let categories = codes.filter { !$0.hasPrefix("REL-") && (try? Classification(parsing: $0)) == nil }
        let informative = codings.filter { $0["system"] as? String == labelSystem && $0["code"] as? String == "INFO" }
            .compactMap { $0["display"] as? String }
        return SecurityLabel(
            classification: classification,
            releasability: (try? Releasability(codes: nations.isEmpty ? ["NATO"] : nations)) ?? .allNATO,
            categories: Set(categories.filter { $0 != "INFO" }), informative: informative)
    }
}
