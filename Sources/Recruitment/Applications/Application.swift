import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// An application as the public endpoint receives it: every field optional in the JSON, so that a body missing
/// several is refused naming each of them at once.
package struct ApplicationRequest: Decodable, Sendable {
    package var familyName: String?
    package var givenNames: String?
    package var email: String?
    package var dateOfBirth: String?
    package var nationality: String?
    package var languages: [LanguageEntry]?
    package var `internal`: Bool?

    /// A language the candidate declares: its ISO 639-1 code and, if given, the level in their own words.
    package struct LanguageEntry: Codable, Sendable, Equatable {
        package var language: String
        package var level: String?
    }
}

/// An application checked: what is kept, and the folded forms duplicate detection compares.
package struct ApplicationForm: Sendable, Equatable {
    package var familyName: String
    package var givenNames: String
    package var email: String
    package var dateOfBirth: String
    package var nationality: String
    package var languages: [ApplicationRequest.LanguageEntry]
    package var `internal`: Bool

    package static let maximumName = 200
    package static let maximumEmail = 254
    package static let maximumLanguages = 10
    package static let maximumLevel = 100

    /// The email as compared: trimmed and in lower case.
    package var emailFolded: String { email.lowercased() }

    /// Family name and given names as compared: without case, accents or punctuation, white space collapsed.
    package var nameFolded: String { Self.fold(familyName) + "|" + Self.fold(givenNames) }

    package static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? String($0) : " " }.joined()
            .split(separator: " ").joined(separator: " ")
    }

    /// Checks a request, refusing it with every field's problem at once (`invalid-application`).
    package init(_ request: ApplicationRequest, today: String) throws {
        var items: [AppError.Item] = []
        func text(_ value: String?, _ field: String, max: Int) -> String {
            let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if trimmed.isEmpty {
                items.append(.init(field: field, code: "required", key: "recruitment.application.required"))
            } else if trimmed.count > max {
                items.append(
                    .init(field: field, code: "too-long", key: "recruitment.application.tooLong", ["max": String(max)]))
            }
            return trimmed
        }
        familyName = text(request.familyName, "familyName", max: Self.maximumName)
        givenNames = text(request.givenNames, "givenNames", max: Self.maximumName)
        email = text(request.email, "email", max: Self.maximumEmail)
        if !email.isEmpty, email.count <= Self.maximumEmail, !Self.isEmail(email) {
            items.append(.init(field: "email", code: "invalid", key: "recruitment.application.email"))
        }
        dateOfBirth = text(request.dateOfBirth, "dateOfBirth", max: 10)
        if !dateOfBirth.isEmpty, !(HeadquartersCalendar.isDate(dateOfBirth) && dateOfBirth < today) {
            items.append(.init(field: "dateOfBirth", code: "invalid", key: "recruitment.application.dateOfBirth"))
        }
        nationality = text(request.nationality, "nationality", max: 3)
        if !nationality.isEmpty,
            !(nationality.count == 3 && nationality.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) })
        {
            items.append(.init(field: "nationality", code: "invalid", key: "recruitment.application.nationality"))
        }
        languages = request.languages ?? []
        if languages.count > Self.maximumLanguages
            || !languages.allSatisfy({
                $0.language.count == 2 && $0.language.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
                    && ($0.level?.count ?? 0) <= Self.maximumLevel
            })
        {
            items.append(.init(field: "languages", code: "invalid", key: "recruitment.application.languages"))
        }
        `internal` = request.internal ?? false
        guard items.isEmpty else { throw ApplicationError.invalid(items) }
    }

    /// A plain check of an address's shape: one `@`, something before it, a dotted domain after, no spaces.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty }
    }
}

/// What the candidate gets back: the acknowledgement's reference.
package struct ApplicationReceipt: Sendable, Equatable, Encodable {
    package var id: String
    package var reference: String
    package var vacancyId: String
    package var submittedAt: String
}

/// An application as the assistant reads it: a labelled object of kind `application` joined to its row.
package enum Application {
    package static let kind = "application"
    package static let state = "received"
}

/// An application as the office reads it (trimmed, RECRUITMENT): its object joined to its row.
package struct StoredApplication: StoredItem, Equatable, RowDecodable {
    package var object: LabelledObject
    package var vacancyId: String
    package var reference: String
    package var familyName: String
    package var givenNames: String
    package var email: String
    package var dateOfBirth: String
    package var nationality: String
    package var languages: [ApplicationRequest.LanguageEntry]
    package var `internal`: Bool
    package var submittedAt: Int64

    package static let columns: SQLQueryString = """
        , a.vacancy_id, a.reference, a.family_name, a.given_names, a.email, a.date_of_birth, a.nationality,
        a.languages, a.internal, a.submitted_at
        """
    package static let join: SQLQueryString = "JOIN recruitment_applications a ON a.object_id = o.id"
}

/// One application in the assistant's list of a vacancy's applications.
package struct ApplicationBody: Encodable, Sendable {
    package var id: String
    package var reference: String
    package var state: String
    package var familyName: String
    package var givenNames: String
    package var email: String
    package var dateOfBirth: String
    package var nationality: String
    package var languages: [ApplicationRequest.LanguageEntry]
    package var `internal`: Bool
    package var submittedAt: String
    package var banner: String

    package init(_ application: StoredApplication) {
        id = application.object.id
        reference = application.reference
        state = application.object.state
        familyName = application.familyName
        givenNames = application.givenNames
        email = application.email
        dateOfBirth = application.dateOfBirth
        nationality = application.nationality
        languages = application.languages
        `internal` = application.internal
        submittedAt = Clock.iso8601(application.submittedAt)
        banner = application.object.label.banner
    }
}
