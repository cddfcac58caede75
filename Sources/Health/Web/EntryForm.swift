import ChanceryKit
import ChancerySpine
import Foundation

extension HealthWebController {
    /// Checks every field of the entry form, each by the API's own rule, and records each refusal against its field
    /// (named by its label in the reader's language), so that the form shows all of them at once. The whole request
    /// is checked again as the API would before anything is stored.
    static func checkEntryFields(
        _ fields: [String: String], type: RecordEntry.EntryType, correction: Bool, errors: inout FormErrors,
        _ t: Localizer
    ) {
        func value(_ name: String) -> String? {
            fields[name].flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        }
        func text(_ field: String, label: String, max: Int, required: Bool = true) {
            guard let text = value(field) else {
                if required { errors.add(field, t("form.error.required")) }
                return
            }
            _ = errors.check(field, label: t(label), t) { try FieldRules.text(text, field: field, max: max) }
        }
        func date(_ field: String, label: String) -> String? {
            guard let text = value(field) else {
                errors.add(field, t("form.error.required"))
                return nil
            }
            return errors.check(field, label: t(label), t) { try FieldRules.date(text, field: field) } ?? nil
        }
        text("summary", label: "hw.summary", max: 300)
        _ = date("date", label: "hw.date")
        if type == .labResult { checkObservations(fields, errors: &errors, t) }
        _ = errors.check("text", label: t("hw.text"), t) {
            try FieldRules.paragraphs(fields["text"], field: "text", max: 50_000)
        }
        if type == .correspondence { text("correspondent", label: "hw.correspondent", max: 200, required: false) }
        if type == .consent {
            text("consent-recipient", label: "hw.recipient", max: 200)
            text("consent-scope", label: "hw.scope", max: 500)
            text("consent-purpose", label: "hw.purpose", max: 300)
            let from = date("consent-from", label: "hw.validFrom")
            let until = date("consent-until", label: "hw.validUntil")
            if let from, let until, until < from { errors.add("consent-until", t("hw.error.validity")) }
        }
        if correction { text("reason", label: "hw.reason", max: 500) }
    }

    /// Each line of results alone, as the API reads an observation; a lab result needs at least one.
    private static func checkObservations(_ fields: [String: String], errors: inout FormErrors, _ t: Localizer) {
        var lines = 0
        for n in 0..<observationRows {
            let code = fields["obs\(n)-code"]?.trimmingCharacters(in: .whitespaces) ?? ""
            let typed = fields["obs\(n)-test"]?.trimmingCharacters(in: .whitespaces) ?? ""
            // Text typed for a test but naming none of the catalogue's is refused rather than the line dropped.
            if code.isEmpty, !typed.isEmpty {
                lines += 1
                errors.add("obs\(n)-code", t("hw.error.unknownTest", ["test": String(typed.prefix(100))]))
                continue
            }
            guard !code.isEmpty else { continue }
            lines += 1
            // A test outside the catalogue comes only with its own name, as an older result being corrected does.
            let display = fields["obs\(n)-display"]?.trimmingCharacters(in: .whitespaces) ?? ""
            if LabCatalogue.test(code) == nil, display.isEmpty {
                errors.add("obs\(n)-code", t("hw.error.unknownTest", ["test": String(code.prefix(100))]))
                continue
            }
            let line = fields.filter { $0.key.hasPrefix("obs\(n)-") }.merging(["type": "lab-result"]) { $1 }
            do {
                let request = try entryRequest(line, t)
                for observation in request.observations ?? [] {
                    _ = try EntryRequest.observation(observation, field: "observations[0]")
                }
            } catch let error as AppError {
                let onCode = error.field.map { $0.hasSuffix(".code") || $0.hasSuffix(".unit") } ?? false
                var named = error
                if named.arguments["field"] != nil { named.arguments["field"] = t("hw.value") + " \(n + 1)" }
                errors.add(onCode ? "obs\(n)-code" : "obs\(n)-value", named.detail(t))
            } catch {
                errors.add("obs\(n)-value", t("form.error.invalid"))
            }
        }
        if lines == 0 { errors.add("obs0-code", t("hw.error.noObservation")) }
    }
}
