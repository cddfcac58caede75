import ChancerySpine

/// The FHIR export's sentences, English and French side by side.
package enum HealthFHIRStrings {
    package static let table: [String: (en: String, fr: String)] = [
        "health.fhir.reason.count": (
            "use a whole number from 1 to 200.", "utilisez un nombre entier de 1 à 200."
        )
    ]
}
