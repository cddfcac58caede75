import ChanceryKit
import ChancerySpine
import Foundation

/// The new-patient form's fields, each checked by the API's own rule (`PatientRequest.applied(to:)`, one field at a
/// time) so that every refusal is known at once and recorded against its field.
package struct PatientForm {
    package let fields: [String: String]

    /// The form's fields, in the page's order, with the key of each one's label and whether it is required.
    package static let order: [(field: String, label: String, required: Bool)] = [
        ("familyName", "hw.familyName", true), ("givenNames", "hw.givenNames", true),
        ("dateOfBirth", "hw.dateOfBirth", true), ("sex", "hw.sex", false), ("nationality", "hw.nationality", true),
        ("staffNumber", "hw.staffNumber", false), ("staffUnit", "hw.unit", false), ("phone", "hw.phone", false),
        ("email", "hw.email", false), ("emergencyName", "hw.emergencyContact", false),
        ("emergencyPhone", "hw.emergencyPhone", false), ("insurer", "hw.insurer", false),
        ("insurerNumber", "hw.insurerNumber", false),
    ]

    /// The fields shown again when the form is refused.
    package static let fields = Set(order.map(\.field))

    /// The new patient's details, or nil when a field was refused (each refusal in `errors`).
    package func details(errors: inout FormErrors, _ t: Localizer) -> Patient.Details? {
        let before = errors.items.count
        // Valid details, onto which each field alone is applied: its own rule, and no other field's, decides.
        let blank = Patient.Details(
            familyName: "-", givenNames: "-", dateOfBirth: "2000-01-01", sex: "unknown", nationality: "BEL",
            restricted: false)
        for (field, label, required) in Self.order {
            guard let value = value(field) else {
                if required { errors.add(field, t("form.error.required")) }
                continue
            }
            var one = PatientRequest()
            Self.set(field, value, in: &one)
            _ = errors.check(field, label: t(label), t) { try one.applied(to: blank) }
        }
        guard errors.items.count == before else { return nil }
        return errors.check("form", t) { try request.details() }
    }

    /// The whole form as the API's request.
    var request: PatientRequest {
        var request = PatientRequest()
        for (field, _, _) in Self.order { if let value = value(field) { Self.set(field, value, in: &request) } }
        return request
    }

    private func value(_ name: String) -> String? {
        guard let text = fields[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        return name == "nationality" ? text.uppercased() : text
    }

    private static func set(_ field: String, _ value: String, in request: inout PatientRequest) {
        switch field {
        case "familyName": request.familyName = value
        case "givenNames": request.givenNames = value
        case "dateOfBirth": request.dateOfBirth = value
        case "sex": request.sex = value
        case "nationality": request.nationality = value
        case "staffNumber": request.staffNumber = value
        case "staffUnit": request.staffUnit = value
        case "phone": request.phone = value
        case "email": request.email = value
        case "emergencyName":
            request.emergencyContact = .init(name: value, phone: request.emergencyContact?.phone)
        case "emergencyPhone":
            request.emergencyContact = .init(name: request.emergencyContact?.name ?? "", phone: value)
        case "insurer": request.insurer = value
        case "insurerNumber": request.insurerNumber = value
        default: break
        }
    }
}
