import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

extension Vacancy {
    /// What the assistant completes in a draft, after the import: the fields a publication, the public page and the
    /// screening rest on (the essential qualifications are the screening's criteria). The rest of the notice stays as
    /// read.
    package struct Edit: Sendable, Equatable {
        package var title: String
        package var titleFrench: String?
        package var vacancyNumber: String?
        package var posts: Int?
        package var grade: String?
        /// Milliseconds since 1970: an instant in Brussels time.
        package var deadlineAt: Int64?
        /// A marking (`NATO SECRET`).
        package var clearance: String?
        package var location: String?
        package var essentialQualifications: [String] = []
        package var desirableQualifications: [String] = []
    }

    package var edit: Edit {
        Edit(
            title: title, titleFrench: titleFrench, vacancyNumber: vacancyNumber, posts: posts, grade: grade,
            deadlineAt: deadlineAt, clearance: clearance, location: notice.location,
            essentialQualifications: notice.essentialQualifications,
            desirableQualifications: notice.desirableQualifications)
    }

    /// The most qualifications of one kind a notice lists, and the longest one.
    package static let maximumQualifications = 30
    package static let maximumQualification = 1_000

    /// The largest number of posts one vacancy fills.
    package static let maximumPosts = 999
}

extension Vacancy.Edit {
    /// The names of the fields that differ, as the API names them.
    package func changedFields(from other: Vacancy.Edit) -> [String] {
        let pairs: [(String, Bool)] = [
            ("title", title != other.title), ("titleFrench", titleFrench != other.titleFrench),
            ("vacancyNumber", vacancyNumber != other.vacancyNumber), ("posts", posts != other.posts),
            ("grade", grade != other.grade), ("deadline", deadlineAt != other.deadlineAt),
            ("clearance", clearance != other.clearance), ("location", location != other.location),
            ("essentialQualifications", essentialQualifications != other.essentialQualifications),
            ("desirableQualifications", desirableQualifications != other.desirableQualifications),
        ]
        return pairs.filter(\.1).map(\.0)
    }

    /// A deadline as a form or a client gives it: a day (`2027-01-18`, the whole day until 23:59:59 in Brussels) or
    /// an instant in RFC 3339.
    package static func deadline(_ text: String, field: String = "deadline") throws -> Int64 {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let match = text.wholeMatch(of: #/(\d{4})-(\d{2})-(\d{2})/#), let year = Int(match.1),
            let month = Int(match.2), let day = Int(match.3),
            let date = BrusselsTime.date(year: year, month: month, day: day)
        {
            return VacancyStore.milliseconds(date)
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard text.count <= 40, let date = formatter.date(from: text) else {
            throw AppError.invalidField(field, reasonKey: "recruitment.reason.deadline")
        }
        return VacancyStore.milliseconds(date)
    }

    /// A clearance as a marking or its abbreviation, in English or French; the marking is kept.
    package static func clearance(_ text: String, field: String = "clearance") throws -> String {
        guard let classification = try? Classification(parsing: text) else {
            throw AppError.invalidField(field, reasonKey: "recruitment.reason.clearance")
        }
        return classification.marking
    }

    /// Qualifications as given (a list, or a form's lines): each trimmed, blank ones left out; at most 30 of at most
    /// 1,000 characters each. The `current` ones, unchanged, are kept whatever they are.
    package static func qualifications(_ lines: [String], field: String, current: [String]? = nil) throws -> [String] {
        let kept = lines.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        if let current, kept == current { return kept }
        guard kept.count <= Vacancy.maximumQualifications,
            kept.allSatisfy({ $0.count <= Vacancy.maximumQualification && !$0.contains(where: \.isNewline) })
        else {
            throw AppError.invalidField(field, reasonKey: "recruitment.reason.qualifications")
        }
        return kept
    }

    /// A number of posts, 1 to 999.
    package static func posts(_ value: Int, field: String = "posts") throws -> Int {
        guard (1...Vacancy.maximumPosts).contains(value) else {
            throw AppError.invalidField(field, reasonKey: "recruitment.reason.posts")
        }
        return value
    }
}

extension VacancyStore {
    /// Completes a draft: `change` receives the fields as they are and returns them as they should be (it checks
    /// what it takes and throws a refusal, which writes nothing). Only a draft changes, at the version the caller
    /// read; the change and its audit event naming the fields are one transaction.
    package func update(
        _ id: String, expectedVersion: Int64, by principal: Principal,
        change: @escaping @Sendable (Vacancy.Edit) throws -> Vacancy.Edit
    ) async throws -> Vacancy {
        try await database.transaction { db -> Checked<Vacancy> in
            let current: Vacancy
            switch try await self.writableVacancy(id, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let found): current = found
            }
            guard current.object.version == expectedVersion else {
                return .refused(.stale(currentVersion: current.object.version))
            }
            guard current.state == .draft else { return .refused(VacancyError.notDraft(current.state)) }
            let edit = try change(current.edit)
            let fields = edit.changedFields(from: current.edit)
            guard !fields.isEmpty else { return .done(current) }
            var notice = current.notice
            notice.location = edit.location
            notice.essentialQualifications = edit.essentialQualifications
            notice.desirableQualifications = edit.desirableQualifications
            if edit.grade != current.grade { notice.grade = edit.grade.flatMap(VacancyGrade.init(finding:)) }
            var object = current.object
            object.title = edit.title
            guard let saved = try await self.objects.save(object, replacing: current.object, on: db) else {
                return .refused(.stale(currentVersion: current.object.version + 1))
            }
            try await db.raw(
                """
                UPDATE recruitment_vacancies SET vacancy_number = \(bind: edit.vacancyNumber),
                    title_french = \(bind: edit.titleFrench), posts = \(bind: edit.posts.map(Int64.init)),
                    grade = \(bind: edit.grade), deadline_at = \(bind: edit.deadlineAt),
                    clearance = \(bind: edit.clearance), notice = \(bind: try Self.json(notice))
                WHERE object_id = \(bind: id)
                """
            ).run()
            try await self.objects.auditUpdate(
                saved, previous: current.object, fields: fields, by: principal, action: "recruitment.vacancy.update",
                on: db)
            try await self.objects.search.refresh([id], on: db)
            guard let updated = try await self.readVacancy(id, by: principal, auditingRead: false, on: db) else {
                return .refused(.objectNotFound(id))
            }
            return .done(updated)
        }.get()
    }
}
