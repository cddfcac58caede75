import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// A letter produced for an application: an object of kind `candidate-letter`, labelled like the application
/// (RECRUITMENT), joined to its row, which keeps the HTML it was produced with (the template version it came from is
/// named), so that a later edit of the template never changes a letter already produced.
package struct Letter: StoredItem, Equatable, RowDecodable {
    package static let kind = "candidate-letter"

    package var object: LabelledObject
    package var applicationId: String
    package var letterKind: LetterKind
    package var language: LetterLanguage
    package var templateVersion: Int64
    package var subject: String
    package var html: String
    package var producedAt: Int64
    package var producedBy: String

    package static let columns: SQLQueryString = """
        , l.application_id, l.kind AS letter_kind, l.language, l.template_version, l.subject, l.html, l.produced_at,
        l.produced_by
        """
    package static let join: SQLQueryString = "JOIN recruitment_letters l ON l.object_id = o.id"

    /// The states of a letter's object: produced, then sent (at least once).
    package enum State: String, Sendable {
        case produced, sent
    }
}

/// How a letter went to the candidate.
package enum LetterChannel: String, Sendable, CaseIterable, Codable {
    case email, post, hand
}

/// One line of a letter's sent log.
package struct LetterSending: Sendable, Equatable, RowDecodable {
    package var letterId: String
    package var sentAt: Int64
    package var sentBy: String
    package var channel: LetterChannel
}

/// What an assistant gives when producing a letter: its kind, the language (the candidate's choice when not given),
/// and for an invitation when and where.
package struct LetterRequest: Decodable, Sendable {
    package var kind: String?
    package var language: String?
    package var invitationWhen: String?
    package var invitationPlace: String?
}

/// A letter request checked.
package struct LetterOrder: Sendable, Equatable {
    package var kind: LetterKind
    package var language: LetterLanguage?
    package var invitationWhen: String
    package var invitationPlace: String

    package static let maximumDetail = 300

    /// Checks a request, every field's problem at once (`invalid-letter`).
    package init(_ request: LetterRequest) throws {
        var items: [AppError.Item] = []
        let kind = LetterKind(rawValue: request.kind ?? "")
        if kind == nil { items.append(.init(field: "kind", code: "invalid", key: "recruitment.letters.kind")) }
        let languageText = request.language?.trimmingCharacters(in: .whitespaces) ?? ""
        language = languageText.isEmpty ? nil : LetterLanguage(rawValue: languageText)
        if !languageText.isEmpty, language == nil {
            items.append(.init(field: "language", code: "invalid", key: "recruitment.letters.language"))
        }
        invitationWhen = request.invitationWhen?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        invitationPlace = request.invitationPlace?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        for (field, text) in [("invitationWhen", invitationWhen), ("invitationPlace", invitationPlace)] {
            if kind == .invitation, text.isEmpty {
                items.append(.init(field: field, code: "required", key: "recruitment.letters.required"))
            } else if text.count > Self.maximumDetail {
                items.append(
                    .init(
                        field: field, code: "too-long", key: "recruitment.letters.tooLong",
                        ["max": String(Self.maximumDetail)]))
            }
        }
        guard items.isEmpty, let kind else { throw LetterError.invalidLetter(items) }
        self.kind = kind
    }
}
