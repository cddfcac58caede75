import ChanceryKit
import ChancerySpine
import Foundation

/// `POST /api/v1/health/patients` and, with every field optional, `PATCH /api/v1/health/patients/{id}`; made from a
/// patient's details, it is also the document a `PATCH` merges onto and what `PatientBody` shows of them.
package struct PatientRequest: Codable, Sendable {
    package var familyName: String?
    package var givenNames: String?
    package var dateOfBirth: String?
    package var sex: String?
    package var staffNumber: String?
    package var staffUserId: String?
    package var staffUnit: String?
    package var nationality: String?
    package var phone: String?
    package var email: String?
    package var address: String?
    package var emergencyContact: PatientBody.EmergencyContact?
    package var insurer: String?
    package var insurerNumber: String?
    package var restricted: Bool?
    package var careTeam: [String]?
    package var label: SecurityLabelForm?

    /// The details of a new patient; names, date of birth and nationality are required.
    package func details() throws -> Patient.Details {
        guard let familyName else { throw AppError.missingField("familyName") }
        guard let givenNames else { throw AppError.missingField("givenNames") }
        guard let dateOfBirth else { throw AppError.missingField("dateOfBirth") }
        guard let nationality else { throw AppError.missingField("nationality") }
        let blank = Patient.Details(
            familyName: familyName, givenNames: givenNames, dateOfBirth: dateOfBirth, sex: sex ?? "unknown",
            nationality: nationality, restricted: restricted ?? false)
        return try applied(to: blank)
    }

    /// `current` with the fields this request gives, each checked.
    package func applied(to current: Patient.Details) throws -> Patient.Details {
        var d = current
        if let familyName { d.familyName = try FieldRules.text(familyName, field: "familyName", max: 100) }
        if let givenNames { d.givenNames = try FieldRules.text(givenNames, field: "givenNames", max: 100) }
        if let dateOfBirth {
            guard let day = try FieldRules.date(dateOfBirth, field: "dateOfBirth") else {
                throw AppError.missingField("dateOfBirth")
            }
            guard day <= HeadquartersCalendar.day(Clock.nowMilliseconds()) else {
                throw HealthError.invalid("dateOfBirth", reasonKey: "health.reason.futureBirth")
            }
            d.dateOfBirth = day
        }
        if let sex {
            guard Patient.sexes.contains(sex) else { throw HealthError.invalid("sex", reasonKey: "health.reason.sex") }
            d.sex = sex
        }
        if let nationality {
            guard ReleasabilityCodes.memberNations.contains(nationality) else {
                throw HealthError.invalid("nationality", reasonKey: "health.reason.nationality")
            }
            d.nationality = nationality
        }
        func optional(_ value: String?, _ field: String, _ max: Int, _ keep: String?) throws -> String? {
            guard let value else { return keep }
            return try FieldRules.optionalText(value, field: field, max: max)
        }
        d.staffNumber = try optional(staffNumber, "staffNumber", 20, d.staffNumber)
        d.staffUserID = try optional(staffUserId, "staffUserId", 40, d.staffUserID)
        d.staffUnit = try optional(staffUnit, "staffUnit", 20, d.staffUnit)
        d.phone = try optional(phone, "phone", 40, d.phone)
        d.email = try optional(email, "email", 200, d.email)
        d.address = try optional(address, "address", 300, d.address)
        if let emergencyContact {
            d.emergencyName = try FieldRules.optionalText(
                emergencyContact.name, field: "emergencyContact.name", max: 200)
            d.emergencyPhone = try FieldRules.optionalText(
                emergencyContact.phone, field: "emergencyContact.phone", max: 40)
        }
        d.insurer = try optional(insurer, "insurer", 200, d.insurer)
        d.insurerNumber = try optional(insurerNumber, "insurerNumber", 60, d.insurerNumber)
        return d
    }
}

extension PatientRequest {
    /// A patient's editable details as a request would give them (without `restricted`, the care team or the label,
    /// which a `PATCH` may not change).
    package init(_ d: Patient.Details) {
        self.init()
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
        emergencyContact = d.emergencyName.map { PatientBody.EmergencyContact(name: $0, phone: d.emergencyPhone) }
        insurer = d.insurer
        insurerNumber = d.insurerNumber
    }

    /// The details a merged patch document describes: names, date of birth, sex and nationality cannot be
    /// removed; a removed optional detail is cleared.
    package func replacing(_ current: Patient.Details) throws -> Patient.Details {
        _ = try MergePatchBody.required(familyName, "familyName")
        _ = try MergePatchBody.required(givenNames, "givenNames")
        _ = try MergePatchBody.required(dateOfBirth, "dateOfBirth")
        _ = try MergePatchBody.required(sex, "sex")
        _ = try MergePatchBody.required(nationality, "nationality")
        var blank = current
        blank.staffNumber = nil
        blank.staffUserID = nil
        blank.staffUnit = nil
        blank.phone = nil
        blank.email = nil
        blank.address = nil
        blank.emergencyName = nil
        blank.emergencyPhone = nil
        blank.insurer = nil
        blank.insurerNumber = nil
        return try applied(to: blank)
    }
}

/// `POST /api/v1/health/patients/{id}/entries`, and the content of a correction.
package struct EntryRequest: Decodable, Sendable {
    package var type: String?
    package var summary: String
    package var date: String
    package var clinician: String?
    package var text: String?
    package var codes: [RecordEntry.Coding]?
    package var observations: [ObservationRequest]?
    package var correspondent: String?
    package var direction: String?
    package var consent: RecordEntry.ConsentTerms?
    package var label: SecurityLabelForm?
    /// Corrections only: why the entry is corrected.
    package var reason: String?

    package struct ObservationRequest: Decodable, Sendable {
        package var code: RecordEntry.Coding
        package var value: Double?
        package var valueText: String?
        package var unit: String?
        package var low: Double?
        package var high: Double?
    }

    /// The checked content, of `type` (the request's for a new entry, the entry's own for a correction).
    package func content(as fixedType: RecordEntry.EntryType? = nil) throws -> RecordEntry.Content {
        let entryType: RecordEntry.EntryType
        if let fixedType {
            entryType = fixedType
        } else {
            guard let type else { throw AppError.missingField("type") }
            guard let parsed = RecordEntry.EntryType(rawValue: type) else {
                throw HealthError.invalid("type", reasonKey: "health.reason.entryType")
            }
            entryType = parsed
        }
        guard let day = try FieldRules.date(date, field: "date") else { throw AppError.missingField("date") }
        let codes = try (codes ?? []).prefix(51).enumerated().map { index, coding in
            try Self.coding(coding, field: "codes[\(index)]")
        }
        guard codes.count <= 50 else { throw AppError.tooMany("codes", max: 50) }
        let observations = try (observations ?? []).enumerated().map { index, item in
            try Self.observation(item, field: "observations[\(index)]")
        }
        guard observations.count <= 100 else { throw AppError.tooMany("observations", max: 100) }
        if entryType == .labResult, observations.isEmpty {
            throw HealthError.invalid("observations", reasonKey: "health.reason.observations")
        }
        var terms: RecordEntry.ConsentTerms?
        if entryType == .consent {
            guard let consent else { throw HealthError.invalid("consent", reasonKey: "health.reason.consentTerms") }
            guard let from = try FieldRules.date(consent.validFrom, field: "consent.validFrom"),
                let until = try FieldRules.date(consent.validUntil, field: "consent.validUntil")
            else { throw HealthError.invalid("consent", reasonKey: "health.reason.consentTerms") }
            guard from <= until else {
                throw HealthError.invalid("consent.validUntil", reasonKey: "health.reason.validity")
            }
            terms = RecordEntry.ConsentTerms(
                recipient: try FieldRules.text(consent.recipient, field: "consent.recipient", max: 200),
                scope: try FieldRules.text(consent.scope, field: "consent.scope", max: 500),
                purpose: try FieldRules.text(consent.purpose, field: "consent.purpose", max: 300),
                validFrom: from, validUntil: until)
        } else if consent != nil {
            throw AppError.unknownField("consent")
        }
        var direction: String?
        if let value = self.direction {
            guard value == "in" || value == "out" else {
                throw HealthError.invalid("direction", reasonKey: "health.reason.direction")
            }
            direction = value
        }
        return RecordEntry.Content(
            type: entryType, summary: try FieldRules.text(summary, field: "summary", max: 300), date: day,
            clinicianID: try FieldRules.optionalText(clinician, field: "clinician", max: 40),
            text: try FieldRules.paragraphs(text, field: "text", max: 50_000), codes: codes, observations: observations,
            correspondent: try FieldRules.optionalText(correspondent, field: "correspondent", max: 200),
            direction: direction, consent: terms)
    }

    package static func coding(_ coding: RecordEntry.Coding, field: String) throws -> RecordEntry.Coding {
        RecordEntry.Coding(
            system: try FieldRules.text(coding.system, field: "\(field).system", max: 200),
            code: try FieldRules.text(coding.code, field: "\(field).code", max: 60),
            display: try FieldRules.optionalText(coding.display, field: "\(field).display", max: 200))
    }

    package static func observation(_ item: ObservationRequest, field: String) throws -> RecordEntry.Observation {
        for (name, number) in [("value", item.value), ("low", item.low), ("high", item.high)] {
            if let number, !number.isFinite {
                throw HealthError.invalid("\(field).\(name)", reasonKey: "health.reason.number")
            }
        }
        if let low = item.low, let high = item.high, low > high {
            throw HealthError.invalid("\(field).low", reasonKey: "health.reason.range")
        }
        guard item.value != nil || item.valueText != nil else { throw AppError.missingField("\(field).value") }
        let code = try coding(item.code, field: "\(field).code")
        let valueText = try FieldRules.optionalText(item.valueText, field: "\(field).valueText", max: 200)
        let unit = try FieldRules.optionalText(item.unit, field: "\(field).unit", max: 30)
        guard code.system == LabCatalogue.system, let test = LabCatalogue.test(code.code) else {
            return RecordEntry.Observation(
                code: code, value: item.value, valueText: valueText, unit: unit, low: item.low, high: item.high)
        }
        return try numeric(test, code: code, value: item.value, valueText: valueText, unit: unit, item, field: field)
    }

    /// A result of a numeric test of the catalogue: a number (a decimal comma is read as a point), in the test's
    /// unit; the catalogue's name, range and critical limits unless the laboratory gave its own range.
    static func numeric(
        _ test: LabTest, code: RecordEntry.Coding, value: Double?, valueText: String?, unit: String?,
        _ item: ObservationRequest, field: String
    ) throws -> RecordEntry.Observation {
        let number = value ?? valueText.flatMap { Double($0.replacingOccurrences(of: ",", with: ".")) }
        guard let number, number.isFinite else {
            let named = valueText == nil ? "\(field).value" : "\(field).valueText"
            throw AppError(
                .badRequest, type: "invalid-field", key: "health.error.observationNumber",
                ["unit": test.unit, "field": named], localizing: ["test": "lab.\(test.code)"], field: named)
        }
        if let unit, unit != test.unit {
            throw AppError(
                .badRequest, type: "invalid-field", key: "health.error.observationUnit",
                ["unit": test.unit, "given": unit, "field": "\(field).unit"], localizing: ["test": "lab.\(test.code)"],
                field: "\(field).unit")
        }
        let ownRange = item.low != nil || item.high != nil
        return RecordEntry.Observation(
            code: RecordEntry.Coding(system: code.system, code: code.code, display: code.display ?? test.name.en),
            value: number, valueText: nil, unit: test.unit, low: ownRange ? item.low : test.low,
            high: ownRange ? item.high : test.high, criticalLow: test.criticalLow, criticalHigh: test.criticalHigh)
    }
}

/// A reason alone: `POST …/revocation`, `POST …/break-glass`.
package struct ReasonRequest: Decodable {
    package var reason: String
}

/// `POST /api/v1/health/break-glass/{id}/review`.
package struct ReviewRequest: Decodable {
    package var note: String
}
