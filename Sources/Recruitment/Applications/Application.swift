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
    /// An internal candidate's staff number.
    package var staffNumber: String?
    package var education: [EducationEntry]?
    package var experience: [ExperienceEntry]?
    /// For the statistics only (`female`, `male`, `other`, `undisclosed`): optional.
    package var gender: String?
    /// How the candidate learnt of the vacancy (`CandidateSource`): optional.
    package var source: String?

    /// A language the candidate declares: its ISO 639-1 code and, if given, the level in their own words.
    package struct LanguageEntry: Codable, Sendable, Equatable {
        package var language: String
        package var level: String?
    }

    /// A diploma or course: its ISCED 2011 level (0–8), its title, the institution and the year it was obtained.
    package struct EducationEntry: Codable, Sendable, Equatable {
        package var iscedLevel: Int
        package var title: String
        package var institution: String
        package var year: Int?
    }

    /// A post held: from and to (`YYYY-MM`, no end for the current post), employer, post and duties.
    package struct ExperienceEntry: Codable, Sendable, Equatable {
        package var from: String
        package var to: String?
        package var employer: String
        package var post: String
        package var duties: String?
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
    package var staffNumber: String?
    package var education: [ApplicationRequest.EducationEntry]
    package var experience: [ApplicationRequest.ExperienceEntry]
    package var gender: CandidateGender = .undisclosed
    package var source: CandidateSource = .undisclosed

    package static let maximumName = 200
    package static let maximumEntries = 10
    package static let maximumDuties = 2000
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
        let staff = request.staffNumber?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        staffNumber = staff.isEmpty ? nil : staff
        if staff.count > 20 {
            items.append(
                .init(field: "staffNumber", code: "too-long", key: "recruitment.application.tooLong", ["max": "20"]))
        }
        let year = Int(today.prefix(4)) ?? 9999
        education = (request.education ?? []).map {
            .init(
                iscedLevel: $0.iscedLevel, title: $0.title.trimmingCharacters(in: .whitespacesAndNewlines),
                institution: $0.institution.trimmingCharacters(in: .whitespacesAndNewlines), year: $0.year)
        }
        if education.count > Self.maximumEntries {
            items.append(
                .init(field: "education", code: "too-many", key: "recruitment.application.entries", ["max": "10"]))
        }
        for (index, entry) in education.enumerated().prefix(Self.maximumEntries) {
            let field = "education[\(index)]"
            if !(0...8).contains(entry.iscedLevel) {
                items.append(.init(field: field + ".iscedLevel", code: "invalid", key: "recruitment.application.isced"))
            }
            if entry.title.isEmpty || entry.title.count > Self.maximumName {
                items.append(
                    .init(
                        field: field + ".title", code: "invalid", key: "recruitment.application.entryText",
                        ["max": "200"]))
            }
            if entry.institution.isEmpty || entry.institution.count > Self.maximumName {
                items.append(
                    .init(
                        field: field + ".institution", code: "invalid", key: "recruitment.application.entryText",
                        ["max": "200"]))
            }
            if let given = entry.year, !(1940...year).contains(given) {
                items.append(
                    .init(
                        field: field + ".year", code: "invalid", key: "recruitment.application.year",
                        ["year": String(year)]))
            }
        }
        experience = (request.experience ?? []).map {
            let duties = $0.duties?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            let to = $0.to?.trimmingCharacters(in: .whitespaces) ?? ""
            return .init(
                from: $0.from.trimmingCharacters(in: .whitespaces), to: to.isEmpty ? nil : to,
                employer: $0.employer.trimmingCharacters(in: .whitespacesAndNewlines),
                post: $0.post.trimmingCharacters(in: .whitespacesAndNewlines), duties: duties.isEmpty ? nil : duties)
        }
        if experience.count > Self.maximumEntries {
            items.append(
                .init(field: "experience", code: "too-many", key: "recruitment.application.entries", ["max": "10"]))
        }
        let month = String(today.prefix(7))
        for (index, entry) in experience.enumerated().prefix(Self.maximumEntries) {
            let field = "experience[\(index)]"
            if !(Self.isMonth(entry.from) && entry.from <= month) {
                items.append(.init(field: field + ".from", code: "invalid", key: "recruitment.application.month"))
            }
            if let to = entry.to, !(Self.isMonth(to) && to >= entry.from && to <= month) {
                items.append(.init(field: field + ".to", code: "invalid", key: "recruitment.application.monthTo"))
            }
            if entry.employer.isEmpty || entry.employer.count > Self.maximumName {
                items.append(
                    .init(
                        field: field + ".employer", code: "invalid", key: "recruitment.application.entryText",
                        ["max": "200"]))
            }
            if entry.post.isEmpty || entry.post.count > Self.maximumName {
                items.append(
                    .init(
                        field: field + ".post", code: "invalid", key: "recruitment.application.entryText",
                        ["max": "200"]))
            }
            if (entry.duties?.count ?? 0) > Self.maximumDuties {
                items.append(
                    .init(
                        field: field + ".duties", code: "too-long", key: "recruitment.application.tooLong",
                        ["max": "2000"]))
            }
        }
        if let given = request.gender, !given.isEmpty {
            if let value = CandidateGender(rawValue: given) {
                gender = value
            } else {
                items.append(.init(field: "gender", code: "invalid", key: "recruitment.application.gender"))
            }
        }
        if let given = request.source, !given.isEmpty {
            if let value = CandidateSource(rawValue: given) {
                source = value
            } else {
                items.append(.init(field: "source", code: "invalid", key: "recruitment.application.source"))
            }
        }
        guard items.isEmpty else { throw ApplicationError.invalid(items) }
    }

    /// A month written `YYYY-MM`.
    static func isMonth(_ text: String) -> Bool {
        text.wholeMatch(of: #/(19|20)\d{2}-(0[1-9]|1[0-2])/#) != nil
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
    /// The one-time secret that lets the candidate attach a CV and a motivation letter, until `documentsUntil`
    /// (`POST /api/v1/public/applications/{reference}/documents`, header `Application-Token`).
    package var documentsToken: String?
    package var documentsUntil: String?
}

/// An application as the assistant reads it: a labelled object of kind `application` joined to its row.
package enum Application {
    package static let kind = "application"
    package static let state = "received"
    /// An application merged into another one (a duplicate): kept for the record, counted nowhere.
    package static let mergedState = "merged"
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
    package var staffNumber: String?
    package var education: [ApplicationRequest.EducationEntry]
    package var experience: [ApplicationRequest.ExperienceEntry]
    package var mergedInto: String?
    /// When the candidate's data was anonymised (retention), if it was.
    package var anonymisedAt: Int64?

    package static let columns: SQLQueryString = """
        , a.vacancy_id, a.reference, a.family_name, a.given_names, a.email, a.date_of_birth, a.nationality,
        a.languages, a.internal, a.submitted_at, a.staff_number, a.education, a.experience, a.merged_into,
        a.anonymised_at
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
    package var staffNumber: String?
    package var education: [ApplicationRequest.EducationEntry]
    package var experience: [ApplicationRequest.ExperienceEntry]
    /// The application this one was merged into, when it was a duplicate.
    package var mergedInto: String?
    /// When the candidate's data was anonymised after the retention period (RFC 3339), if it was.
    package var anonymisedAt: String?
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
        staffNumber = application.staffNumber
        education = application.education
        experience = application.experience
        mergedInto = application.mergedInto
        anonymisedAt = application.anonymisedAt.map(Clock.iso8601)
        banner = application.object.label.banner
    }
}
