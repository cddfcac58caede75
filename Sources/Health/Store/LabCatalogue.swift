import ChancerySpine
import Foundation

/// The laboratory tests the Health Office records most, with their LOINC codes, UCUM units, adult reference
/// ranges and critical limits: what a lab-result form offers, and what a numeric result is checked against
/// (a number, in the test's unit; flags computed from the range, never typed).
///
/// Ranges are common adult values for a general occupational-health practice; a laboratory's own range, when a
/// result carries one, takes precedence over the catalogue's.
package struct LabTest: Sendable, Equatable {
    package enum Panel: String, Sendable, CaseIterable {
        case haematology, chemistry, lipids, liver, endocrine, inflammation
    }

    package let code: String
    package let panel: Panel
    package let name: (en: String, fr: String)
    /// The UCUM unit every result of the test is given in.
    package let unit: String
    package let low: Double?
    package let high: Double?
    package let criticalLow: Double?
    package let criticalHigh: Double?

    package static func == (a: LabTest, b: LabTest) -> Bool { a.code == b.code }

    package func name(_ language: Language) -> String { language == .fr ? name.fr : name.en }
}

package enum LabCatalogue {
    package static let system = "http://loinc.org"

    // swift-format-ignore
    package static let tests: [LabTest] = [
        test("718-7", .haematology, "Haemoglobin", "Hémoglobine", "g/dL", 12, 17.5, critical: (7, 20)),
        test("4544-3", .haematology, "Haematocrit", "Hématocrite", "%", 36, 50, critical: (20, 60)),
        test("789-8", .haematology, "Red blood cells", "Globules rouges", "10*6/uL", 4.2, 5.9),
        test("6690-2", .haematology, "White blood cells", "Globules blancs", "10*3/uL", 4, 11, critical: (2, 30)),
        test("777-3", .haematology, "Platelets", "Plaquettes", "10*3/uL", 150, 400, critical: (50, 1000)),
        test("30341-2", .inflammation, "Erythrocyte sedimentation rate", "Vitesse de sédimentation", "mm/h", 0, 20),
        test("1988-5", .inflammation, "C-reactive protein", "Protéine C réactive", "mg/L", nil, 10),
        test("2345-7", .chemistry, "Glucose", "Glucose", "mg/dL", 70, 99, critical: (40, 450)),
        test("4548-4", .chemistry, "Haemoglobin A1c", "Hémoglobine glyquée (HbA1c)", "%", 4, 5.6),
        test("2160-0", .chemistry, "Creatinine", "Créatinine", "mg/dL", 0.6, 1.3, critical: (nil, 10)),
        test("3094-0", .chemistry, "Urea nitrogen", "Azote uréique", "mg/dL", 7, 20),
        test("2951-2", .chemistry, "Sodium", "Sodium", "mmol/L", 135, 145, critical: (120, 160)),
        test("2823-3", .chemistry, "Potassium", "Potassium", "mmol/L", 3.5, 5.1, critical: (2.5, 6.5)),
        test("2093-3", .lipids, "Cholesterol, total", "Cholestérol total", "mg/dL", nil, 200),
        test("2085-9", .lipids, "HDL cholesterol", "Cholestérol HDL", "mg/dL", 40, nil),
        test("13457-7", .lipids, "LDL cholesterol (calculated)", "Cholestérol LDL (calculé)", "mg/dL", nil, 130),
        test("2571-8", .lipids, "Triglycerides", "Triglycérides", "mg/dL", nil, 150),
        test("1742-6", .liver, "ALT", "ALAT", "U/L", 7, 56),
        test("1920-8", .liver, "AST", "ASAT", "U/L", 10, 40),
        test("2324-2", .liver, "Gamma-GT", "Gamma-GT", "U/L", 8, 61),
        test("1975-2", .liver, "Bilirubin, total", "Bilirubine totale", "mg/dL", 0.1, 1.2),
        test("3016-3", .endocrine, "TSH", "TSH", "m[IU]/L", 0.4, 4),
        test("2276-4", .endocrine, "Ferritin", "Ferritine", "ng/mL", 20, 250),
        test("2132-9", .endocrine, "Vitamin B12", "Vitamine B12", "pg/mL", 200, 900),
    ]

    /// Each test's name (`lab.<LOINC>`) and each panel's (`lab.panel.<panel>`), English and French.
    package static var strings: [String: (en: String, fr: String)] {
        var table = Dictionary(uniqueKeysWithValues: tests.map { ("lab.\($0.code)", $0.name) })
        table["lab.panel.haematology"] = ("Haematology", "Hématologie")
        table["lab.panel.chemistry"] = ("Biochemistry", "Biochimie")
        table["lab.panel.lipids"] = ("Lipids", "Bilan lipidique")
        table["lab.panel.liver"] = ("Liver function", "Bilan hépatique")
        table["lab.panel.endocrine"] = ("Endocrinology and iron", "Endocrinologie et fer")
        table["lab.panel.inflammation"] = ("Inflammation", "Syndrome inflammatoire")
        table["health.error.observationNumber"] = (
            "The result of {test} ({field}) must be a number, in {unit}.",
            "Le résultat « {test} » ({field}) doit être un nombre, en {unit}."
        )
        table["health.error.observationUnit"] = (
            "{test} is given in {unit}, not in {given} ({field}).",
            "{test} s'exprime en {unit}, et non en {given} ({field})."
        )
        return table
    }

    private static let byCode = Dictionary(uniqueKeysWithValues: tests.map { ($0.code, $0) })

    /// The catalogue's test of a LOINC code, if it has one.
    package static func test(_ code: String) -> LabTest? { byCode[code] }

    private static func test(
        _ code: String, _ panel: LabTest.Panel, _ en: String, _ fr: String, _ unit: String, _ low: Double?,
        _ high: Double?, critical: (Double?, Double?) = (nil, nil)
    ) -> LabTest {
        LabTest(
            code: code, panel: panel, name: (en, fr), unit: unit, low: low, high: high, criticalLow: critical.0,
            criticalHigh: critical.1)
    }
}
