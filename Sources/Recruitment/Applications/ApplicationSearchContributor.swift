import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// What the index holds of an application: its reference as title, the candidate's names and email, and the text of
/// their CV and letter. The index is trimmed when it is queried, so only a principal who may read the application
/// (RECRUITMENT) ever finds it, or a word of its documents.
package struct ApplicationSearchContributor: SearchContributor {
    package let kinds = [Application.kind]

    package func searchDocuments(of ids: [String], on db: any SQLDatabase) async throws -> [SearchDocument] {
        guard !ids.isEmpty else { return [] }
        let applications = try await db.raw(
            """
            SELECT \(LabelledObject.columns)\(StoredApplication.columns) FROM objects o \(StoredApplication.join)
            WHERE o.id IN (\(binds: ids))
            """
        ).all().map(StoredApplication.init(row:))
        var texts: [String: [String]] = [:]
        // only documents labelled exactly as their application, as the registry indexes its files
        let rows = try await db.raw(
            """
            SELECT a.object_id, t.text FROM attachments a
            JOIN attachment_texts t ON t.attachment_id = a.id
            JOIN objects o ON o.id = a.object_id
            WHERE a.object_id IN (\(binds: ids)) AND a.destroyed_at IS NULL
              AND a.classification = o.classification AND a.releasable = o.releasable AND a.categories = o.categories
            ORDER BY a.object_id, a.name, a.version
            """
        ).all()
        for row in rows {
            texts[try row.decode(column: "object_id", as: String.self), default: []]
                .append(try row.decode(column: "text", as: String.self))
        }
        return applications.map { application in
            SearchDocument(
                objectID: application.object.id, office: "recruitment", type: Application.kind,
                reference: application.reference, day: String(Clock.iso8601(application.submittedAt).prefix(10)),
                title: "\(application.reference) — \(application.familyName), \(application.givenNames)",
                text: ([application.email] + texts[application.object.id, default: []]).joined(separator: "\n"))
        }
    }
}
