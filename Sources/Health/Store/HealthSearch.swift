import ChanceryKit
import ChancerySpine
import SQLKit

/// What the Health Office gives the index: a patient's names, staff number, unit and insurer; an entry's text,
/// codes, observations, correspondent and consent terms. Both carry MEDICAL, so only those briefed find them.
package struct HealthSearchContributor: SearchContributor {
    package let kinds = [Patient.kind, RecordEntry.kind]

    package func searchDocuments(of ids: [String], on db: any SQLDatabase) async throws -> [SearchDocument] {
        guard !ids.isEmpty else { return [] }
        let patients = try await db.raw(
            "SELECT \(LabelledObject.columns)\(Patient.columns) FROM objects o \(Patient.join) WHERE o.id IN (\(binds: ids))"
        ).all().map(Patient.init(row:))
        let entries = try await db.raw(
            "SELECT \(LabelledObject.columns)\(RecordEntry.columns) FROM objects o \(RecordEntry.join) WHERE o.id IN (\(binds: ids))"
        ).all().map(RecordEntry.init(row:))
        return patients.map { patient in
            let d = patient.details
            let text: [String?] = [d.givenNames, d.familyName, d.staffNumber, d.staffUnit, d.insurer, d.dateOfBirth]
            return SearchDocument(
                objectID: patient.object.id, office: "health", type: "patient", reference: d.staffNumber, series: nil,
                day: nil, title: patient.object.title, text: text.compactMap { $0 }.joined(separator: "\n"))
        }
            + entries.map { entry in
                let c = entry.content
                var text: [String?] = [c.text, c.correspondent]
                text += c.codes.flatMap { [$0.code, $0.display] }
                text += c.observations.flatMap { [$0.code.code, $0.code.display, $0.valueText] }
                if let terms = c.consent { text += [terms.recipient, terms.scope, terms.purpose] }
                return SearchDocument(
                    objectID: entry.object.id, office: "health", type: c.type.rawValue, reference: nil, series: nil,
                    day: c.date, title: entry.object.title, text: text.compactMap { $0 }.joined(separator: "\n"))
            }
    }
}
