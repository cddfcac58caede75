import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// What the index holds of a vacancy: its number as reference, its title, and as text its French title, grade,
/// organisation, qualifications and the notice as pasted, so that an assistant finds a competition by any word of its
/// notice. Trimmed when queried like every document: only who may read the vacancy (RECRUITMENT) finds it.
package struct VacancySearchContributor: SearchContributor {
    package let kinds = [Vacancy.kind]

    package func searchDocuments(of ids: [String], on db: any SQLDatabase) async throws -> [SearchDocument] {
        guard !ids.isEmpty else { return [] }
        return try await db.raw(
            """
            SELECT \(LabelledObject.columns)\(Vacancy.columns) FROM objects o \(Vacancy.join)
            WHERE o.id IN (\(binds: ids))
            """
        ).all().map(Vacancy.init(row:)).map { vacancy in
            let notice = vacancy.notice
            let text = [
                [vacancy.titleFrench, vacancy.grade, notice.organisation, notice.postNumber, notice.jobCode]
                    .compactMap { $0 },
                notice.essentialQualifications, notice.desirableQualifications, notice.competencies.map(\.name),
                [vacancy.original],
            ].joined().joined(separator: "\n")
            return SearchDocument(
                objectID: vacancy.object.id, office: "recruitment", type: Vacancy.kind,
                reference: vacancy.vacancyNumber,
                day: String(Clock.iso8601(vacancy.publishedAt ?? vacancy.object.createdAt).prefix(10)),
                title: vacancy.title, text: text)
        }
    }
}
