import ChanceryKit
import ChancerySpine
import Foundation

/// The patient's record as FHIR R4 resources: Patient, Practitioner, Observation, DocumentReference and Consent.
/// Pure functions of what the store read (and trimmed); nothing here reads the database.
extension FHIR {
    // MARK: Patient

    package static func patient(_ patient: Patient) -> FHIRResource {
        let d = patient.details
        var resource: FHIRResource = [
            "resourceType": "Patient", "id": patient.object.id,
            "meta": meta(patient.object.label, version: patient.object.version, lastUpdated: patient.object.updatedAt),
            "active": patient.object.state == "active",
            "name": [humanName(family: d.familyName, given: d.givenNames, text: d.displayName)],
            "gender": Patient.sexes.contains(d.sex) ? d.sex : "unknown",
            "birthDate": d.dateOfBirth,
            "managingOrganization": ["display": organization],
        ]
        if let number = d.staffNumber, !number.isEmpty {
            resource["identifier"] = [["use": "official", "system": staffNumberSystem, "value": number]]
        }
        var telecom: [[String: Any]] = []
        if let phone = d.phone, !phone.isEmpty { telecom.append(["system": "phone", "value": phone]) }
        if let email = d.email, !email.isEmpty { telecom.append(["system": "email", "value": email]) }
        if !telecom.isEmpty { resource["telecom"] = telecom }
        if let address = d.address, !address.isEmpty { resource["address"] = [["text": address]] }
        if let name = d.emergencyName, !name.isEmpty {
            var contact: [String: Any] = [
                "relationship": [
                    concept(
                        [coding("http://terminology.hl7.org/CodeSystem/v2-0131", "C", "Emergency Contact")],
                        text: "Emergency contact")
                ],
                "name": ["text": name],
            ]
            if let phone = d.emergencyPhone, !phone.isEmpty {
                contact["telecom"] = [["system": "phone", "value": phone]]
            }
            resource["contact"] = [contact]
        }
        // A merged record points at the one that replaced it (FHIR's link type for a merge's loser).
        if let survivor = patient.mergedInto {
            resource["link"] = [["other": ["reference": "Patient/\(survivor)"], "type": "replaced-by"]]
        }
        return resource
    }

    package static func humanName(family: String, given: String, text: String) -> [String: Any] {
        let givenNames = given.split(whereSeparator: \.isWhitespace).map(String.init)
        var name: [String: Any] = ["use": "official", "family": family, "text": text]
        if !givenNames.isEmpty { name["given"] = givenNames }
        return name
    }

    // MARK: Practitioner

    /// A clinician's account. It carries the label it is exported under: the Health Office's (MEDICAL), since it
    /// is only exported to those who may read medical records.
    package static func practitioner(_ account: UserAccount) -> FHIRResource {
        [
            "resourceType": "Practitioner", "id": account.id,
            "meta": meta(HealthOffice.label(nil)),
            "active": !account.disabled,
            "identifier": [["system": usernameSystem, "value": account.username]],
            "name": [["text": account.displayName]],
        ]
    }

    /// Whether an account is a practitioner: it holds a clinical role.
    package static func isPractitioner(_ account: UserAccount) -> Bool {
        !HealthOffice.clinical.isDisjoint(with: account.roles)
    }

    // MARK: Observation

    /// The id of the `n`th (from 1) observation of a lab-result entry.
    package static func observationID(entry: String, index: Int) -> String { "\(entry)-\(index)" }

    /// The entry id and index an Observation id names, or nil when it has not that shape.
    package static func parseObservationID(_ id: String) -> (entry: String, index: Int)? {
        guard let dash = id.lastIndex(of: "-"), let index = Int(id[id.index(after: dash)...]), index >= 1 else {
            return nil
        }
        let entry = String(id[..<dash])
        return ObjectID.isWellFormed(entry) ? (entry, index) : nil
    }

    /// Every coded observation of a lab-result entry (none for other entries); `amended` once it was corrected.
    package static func observations(of entry: RecordEntry, versions: Int, practitioners: [String: UserAccount])
        -> [FHIRResource]
    {
        guard entry.content.type == .labResult else { return [] }
        return entry.content.observations.enumerated().map { offset, observation in
            self.observation(
                observation, index: offset + 1, of: entry, versions: versions, practitioners: practitioners)
        }
    }

    package static func observation(
        _ observation: RecordEntry.Observation, index: Int, of entry: RecordEntry, versions: Int,
        practitioners: [String: UserAccount]
    ) -> FHIRResource {
        let code = observation.code
        var resource: FHIRResource = [
            "resourceType": "Observation", "id": observationID(entry: entry.object.id, index: index),
            "meta": meta(entry.object.label, version: entry.object.version, lastUpdated: entry.object.updatedAt),
            "status": versions > 1 ? "amended" : "final",
            "category": [
                concept(
                    [coding("http://terminology.hl7.org/CodeSystem/observation-category", "laboratory", "Laboratory")])
            ],
            "code": concept([coding(codeSystem(code.system), code.code, code.display)], text: code.display),
            "subject": reference("Patient", entry.patientID),
            "effectiveDateTime": entry.content.date,
            "issued": instant(entry.object.updatedAt),
            "derivedFrom": [reference("DocumentReference", entry.object.id, display: entry.content.summary)],
        ]
        if let value = observation.value, value.isFinite {
            resource["valueQuantity"] = quantity(value, unit: observation.unit)
        } else if let text = observation.valueText, !text.isEmpty {
            resource["valueString"] = text
        } else {
            resource["dataAbsentReason"] = concept(
                [coding("http://terminology.hl7.org/CodeSystem/data-absent-reason", "unknown", "Unknown")])
        }
        var range: [String: Any] = [:]
        if let low = observation.low, low.isFinite { range["low"] = quantity(low, unit: observation.unit) }
        if let high = observation.high, high.isFinite { range["high"] = quantity(high, unit: observation.unit) }
        if !range.isEmpty { resource["referenceRange"] = [range] }
        if let flag = observation.interpretation {
            let display = ["L": "Low", "H": "High", "N": "Normal"][flag]
            resource["interpretation"] = [
                concept([coding("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", flag, display)])
            ]
        }
        if let clinician = entry.content.clinicianID, let account = practitioners[clinician] {
            resource["performer"] = [reference("Practitioner", clinician, display: account.displayName)]
        }
        return resource
    }

    package static func quantity(_ value: Double, unit: String?) -> [String: Any] {
        var quantity: [String: Any] = ["value": value]
        if let unit, !unit.isEmpty { quantity["unit"] = unit }
        return quantity
    }

    // MARK: DocumentReference

    package static let entryTypeNames: [RecordEntry.EntryType: String] = [
        .labResult: "Laboratory result", .diagnosticReport: "Diagnostic report", .physicianNote: "Physician note",
        .consent: "Consent form", .administrativeCode: "Administrative codes", .correspondence: "Correspondence",
    ]

    /// Any entry as a document: its text (or its title when it has none) as a plain-text attachment.
    package static func documentReference(_ entry: RecordEntry, versions: Int, practitioners: [String: UserAccount])
        -> FHIRResource
    {
        let content = entry.content
        let text = content.text.isEmpty ? content.summary : content.text
        var resource: FHIRResource = [
            "resourceType": "DocumentReference", "id": entry.object.id,
            "meta": meta(entry.object.label, version: entry.object.version, lastUpdated: entry.object.updatedAt),
            "status": "current",
            "docStatus": versions > 1 ? "amended" : "final",
            "type": concept(
                [coding(entryTypeSystem, content.type.rawValue, entryTypeNames[content.type])],
                text: entryTypeNames[content.type]),
            "subject": reference("Patient", entry.patientID),
            "date": instant(entry.object.createdAt),
            "description": content.summary,
            "content": [
                [
                    "attachment": [
                        "contentType": "text/plain",
                        "data": Data(text.utf8).base64EncodedString(),
                        "title": content.summary,
                        "creation": content.date,
                    ] as [String: Any]
                ]
            ],
        ]
        // The clinician responsible first, then whoever wrote the entry, when they are practitioners.
        var authorIDs: [String] = []
        for id in [content.clinicianID, entry.object.createdBy].compactMap({ $0 }) where !authorIDs.contains(id) {
            authorIDs.append(id)
        }
        let authors = authorIDs.compactMap { id in
            practitioners[id].map { reference("Practitioner", id, display: $0.displayName) }
        }
        if !authors.isEmpty { resource["author"] = authors }
        let codes = content.codes.map { coding(codeSystem($0.system), $0.code, $0.display) }
        if !codes.isEmpty { resource["context"] = ["event": codes.map { concept([$0]) }] }
        return resource
    }

    // MARK: Consent

    /// A consent entry as a Consent: who may receive what, for what, and when; inactive once revoked or expired.
    package static func consent(_ entry: RecordEntry, today: String) -> FHIRResource? {
        guard entry.content.type == .consent, let terms = entry.content.consent else { return nil }
        let revoked = entry.consent?.isRevoked == true
        let status: String
        if revoked || terms.validUntil < today {
            status = "inactive"
        } else {
            status = terms.validFrom > today ? "proposed" : "active"
        }
        var provision: [String: Any] = [
            "type": "permit",
            "period": ["start": terms.validFrom, "end": terms.validUntil],
            "actor": [
                [
                    "role": concept(
                        [
                            coding(
                                "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP",
                                "information recipient")
                        ]),
                    "reference": ["display": terms.recipient],
                ] as [String: Any]
            ],
            "purpose": [["system": "urn:chancery:consent-purpose", "code": "release", "display": terms.purpose]],
        ]
        if !terms.scope.isEmpty { provision["code"] = [["text": terms.scope]] }
        return [
            "resourceType": "Consent", "id": entry.object.id,
            "meta": meta(entry.object.label, version: entry.object.version, lastUpdated: entry.object.updatedAt),
            "status": status,
            "scope": concept(
                [coding("http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy", "Privacy Consent")]),
            "category": [concept([coding("http://loinc.org", "59284-0", "Patient Consent")])],
            "patient": reference("Patient", entry.patientID),
            "dateTime": entry.content.date,
            "organization": [["display": organization]],
            "sourceReference": reference("DocumentReference", entry.object.id, display: entry.content.summary),
            "policyRule": concept([coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "OPTIN", "opt-in")]),
            "provision": provision,
        ]
    }

    // MARK: Bundle and OperationOutcome

    /// A searchset Bundle: the first `matches` resources match the search (of `total` matches in all), the rest
    /// are included with them.
    package static func bundle(
        _ resources: [FHIRResource], matches: Int, total: Int, base: String, label: SecurityLabel, at time: Int64
    ) -> FHIRResource {
        [
            "resourceType": "Bundle", "id": ObjectID.make(milliseconds: time),
            "meta": meta(label, lastUpdated: time),
            "type": "searchset",
            "timestamp": instant(time),
            "total": total,
            "entry": resources.enumerated().map { offset, resource -> [String: Any] in
                [
                    "fullUrl": "\(base)/\(key(of: resource))", "resource": resource,
                    "search": ["mode": offset < matches ? "match" : "include"],
                ]
            },
        ]
    }

    /// The FHIR form of a refusal: one issue with the problem's sentence, in the reader's language.
    package static func operationOutcome(_ error: AppError, detail: String) -> FHIRResource {
        [
            "resourceType": "OperationOutcome",
            "issue": [
                [
                    "severity": error.status.code >= 500 ? "fatal" : "error",
                    "code": issueType(error.status.code),
                    "details": concept([coding("urn:chancery:problem", error.type)], text: detail),
                    "diagnostics": detail,
                ] as [String: Any]
            ],
        ]
    }

    package static func issueType(_ status: Int) -> String {
        switch status {
        case 400, 422: "invalid"
        case 401: "login"
        case 403: "forbidden"
        case 404: "not-found"
        case 405: "not-supported"
        case 409, 412: "conflict"
        case 413: "too-long"
        case 429: "throttled"
        case 500...: "exception"
        default: "processing"
        }
    }
}
