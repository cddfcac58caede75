import ChanceryKit
import SQLKit

/// What a module contributes to the index for one of its objects: the fields that filters and facets use,
/// the title, and all other text (metadata, references, addressees, the text of its attachments).
public struct SearchDocument: Sendable, Equatable {
    public var objectID: String
    /// One of the offices the search language knows (`InstalledOffices.catalog.searchOffices`).
    public var office: String
    /// The office's own type of the object (a record type, an entry type…), lower case.
    public var type: String
    public var reference: String?
    public var series: String?
    /// `YYYY-MM-DD`: the date the object is about (a document's date, an appointment's day).
    public var day: String?
    public var title: String
    public var text: String
    /// The values `meta.<key>:` and `filename:` filters match (each module decides which it gives).
    public var fields: [Field] = []

    /// A named value of the document: `meta.<key>` (key in lower case) or `filename`, with its text as given;
    /// the index keeps its folded form (`SearchText.fieldValue`).
    public struct Field: Sendable, Equatable, Hashable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The longest title and text indexed; what lies beyond is not searchable (said in docs/search.md).
    package static let maxTitle = 1_000
    package static let maxText = 200_000

    /// The first `limit` characters (Unicode scalars) of a text, without walking a short one.
    package static func capped(_ text: String, _ limit: Int) -> String {
        text.utf8.count <= limit ? text : String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit)))
    }

    /// `day` as a `yyyymmdd` integer, when it is a date.
    package var dayNumber: Int64? {
        guard let day, let bounds = SearchQuery.dayBounds(day), bounds.lowerBound == bounds.upperBound else {
            return nil
        }
        return Int64(bounds.lowerBound)
    }

    package init(
        objectID: String, office: String, type: String, reference: String? = nil, series: String? = nil,
        day: String? = nil, title: String, text: String, fields: [Field] = []
    ) {
        self.objectID = objectID
        self.office = office
        self.type = type
        self.reference = reference
        self.series = series
        self.day = day
        self.title = title
        self.text = text
        self.fields = fields
    }
}

/// A module's part of the index: the kinds of object it owns and the document of each.
package protocol SearchContributor: Sendable {
    var kinds: [String] { get }
    /// The documents of these objects (all of this contributor's kinds), whatever their labels: the index is
    /// trimmed when it is queried, never when it is written. An id without a document is left out.
    func searchDocuments(of ids: [String], on db: any SQLDatabase) async throws -> [SearchDocument]
}

/// The spine's default for kinds no module describes (working notes, certificates, key material): the title.
package struct TitleContributor: SearchContributor {
    package let kinds: [String]

    package func searchDocuments(of ids: [String], on db: any SQLDatabase) async throws -> [SearchDocument] {
        guard !ids.isEmpty else { return [] }
        return try await db.raw("SELECT \(LabelledObject.columns) FROM objects o WHERE o.id IN (\(binds: ids))").all()
            .map {
                Self.document(of: try LabelledObject(row: $0))
            }
    }

    /// An object's title document: its kind as type, its creation day as date.
    package static func document(of object: LabelledObject) -> SearchDocument {
        SearchDocument(
            objectID: object.id, office: InstalledOffices.searchOffice(ofKind: object.kind), type: object.kind,
            reference: nil, series: nil,
            day: String(Clock.iso8601(object.createdAt).prefix(10)), title: object.title, text: "")
    }

    package init(kinds: [String]) {
        self.kinds = kinds
    }
}
