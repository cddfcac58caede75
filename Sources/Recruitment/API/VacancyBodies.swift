import ChanceryKit
import ChancerySpine
import Foundation

/// A deadline as the API writes it: RFC 3339 with the Brussels offset of that date (`2026-07-05T23:59:59+02:00`).
package func brusselsTime(_ milliseconds: Int64) -> String {
    BrusselsTime.rfc3339(Date(timeIntervalSince1970: Double(milliseconds) / 1000))
}

/// A vacancy as the office's API answers it to whoever may read it: the notice field by field, the lines the import
/// left unread, the import's notes and the text as pasted.
package struct VacancyBody: Encodable, Sendable {
    package var id: String
    package var state: String
    @ExplicitNull package var vacancyNumber: String?
    package var title: String
    @ExplicitNull package var titleFrench: String?
    @ExplicitNull package var postNumber: String?
    @ExplicitNull package var jobCode: String?
    @ExplicitNull package var organisation: String?
    @ExplicitNull package var posts: Int?
    @ExplicitNull package var grade: String?
    @ExplicitNull package var gradeNormalised: String?
    @ExplicitNull package var deadline: String?
    @ExplicitNull package var clearance: String?
    package var languages: [LanguageRequirement]
    package var essentialQualifications: [String]
    package var desirableQualifications: [String]
    package var competencies: [Competency]
    package var personalAttributes: [String]
    @ExplicitNull package var division: String?
    @ExplicitNull package var section: String?
    @ExplicitNull package var location: String?
    @ExplicitNull package var dutyStation: String?
    @ExplicitNull package var schedule: String?
    @ExplicitNull package var salary: String?
    @ExplicitNull package var contractType: String?
    @ExplicitNull package var contractYears: Int?
    @ExplicitNull package var audience: VacancyAudience?
    package var memberStatesOnly: Bool
    @ExplicitNull package var competition: String?
    package var summary: [String]
    package var duties: [String]
    package var remarks: [String]
    package var additionalInformation: [String]
    package var unrecognised: [String]
    package var notes: [String]
    package var original: String
    package var createdBy: String
    package var createdAt: String
    @ExplicitNull package var publishedAt: String?
    package var version: Int64
    package var label: SecurityLabelForm
    package var banner: String

    package init(_ vacancy: Vacancy) {
        let notice = vacancy.notice
        id = vacancy.object.id
        state = vacancy.object.state
        vacancyNumber = vacancy.vacancyNumber
        title = vacancy.title
        titleFrench = vacancy.titleFrench
        postNumber = notice.postNumber
        jobCode = notice.jobCode
        organisation = notice.organisation
        posts = vacancy.posts
        grade = vacancy.grade
        gradeNormalised = notice.grade?.normalised
        deadline = vacancy.deadlineAt.map(brusselsTime)
        clearance = vacancy.clearance
        languages = notice.languages
        essentialQualifications = notice.essentialQualifications
        desirableQualifications = notice.desirableQualifications
        competencies = notice.competencies
        personalAttributes = notice.personalAttributes
        division = notice.division
        section = notice.section
        location = notice.location
        dutyStation = notice.dutyStation
        schedule = notice.schedule
        salary = notice.salary
        contractType = notice.contractType
        contractYears = notice.contractYears
        audience = notice.audience
        memberStatesOnly = notice.memberStatesOnly
        competition = notice.competition
        summary = notice.summary
        duties = notice.duties
        remarks = notice.remarks
        additionalInformation = notice.additionalInformation
        unrecognised = vacancy.unrecognised
        notes = vacancy.importNotes
        original = vacancy.original
        createdBy = vacancy.object.createdBy
        createdAt = Clock.iso8601(vacancy.object.createdAt)
        publishedAt = vacancy.publishedAt.map(Clock.iso8601)
        version = vacancy.object.version
        label = SecurityLabelForm(vacancy.object.label)
        banner = vacancy.object.label.banner
    }
}

/// A vacancy in a list: what tells vacancies apart, without the notice's text.
package struct VacancySummaryBody: Encodable, Sendable {
    package var id: String
    package var state: String
    @ExplicitNull package var vacancyNumber: String?
    package var title: String
    @ExplicitNull package var titleFrench: String?
    @ExplicitNull package var posts: Int?
    @ExplicitNull package var grade: String?
    @ExplicitNull package var deadline: String?
    @ExplicitNull package var clearance: String?
    package var unrecognisedLines: Int
    package var createdAt: String
    @ExplicitNull package var publishedAt: String?
    package var banner: String

    package init(_ vacancy: Vacancy) {
        id = vacancy.object.id
        state = vacancy.object.state
        vacancyNumber = vacancy.vacancyNumber
        title = vacancy.title
        titleFrench = vacancy.titleFrench
        posts = vacancy.posts
        grade = vacancy.grade
        deadline = vacancy.deadlineAt.map(brusselsTime)
        clearance = vacancy.clearance
        unrecognisedLines = vacancy.unrecognised.count
        createdAt = Clock.iso8601(vacancy.object.createdAt)
        publishedAt = vacancy.publishedAt.map(Clock.iso8601)
        banner = vacancy.object.label.banner
    }
}

/// A published vacancy as everyone may read it: what the notice publishes, and where its public page is.
package struct PublicVacancyBody: Encodable, Sendable {
    package var id: String
    @ExplicitNull package var vacancyNumber: String?
    package var title: String
    @ExplicitNull package var titleFrench: String?
    @ExplicitNull package var organisation: String?
    @ExplicitNull package var posts: Int?
    @ExplicitNull package var grade: String?
    @ExplicitNull package var deadline: String?
    @ExplicitNull package var clearance: String?
    @ExplicitNull package var division: String?
    @ExplicitNull package var section: String?
    @ExplicitNull package var location: String?
    @ExplicitNull package var dutyStation: String?
    @ExplicitNull package var schedule: String?
    @ExplicitNull package var contractType: String?
    @ExplicitNull package var contractYears: Int?
    @ExplicitNull package var audience: VacancyAudience?
    package var memberStatesOnly: Bool
    @ExplicitNull package var competition: String?
    package var languages: [LanguageRequirement]
    package var essentialQualifications: [String]
    package var desirableQualifications: [String]
    package var competencies: [Competency]
    package var summary: [String]
    package var duties: [String]
    package var remarks: [String]
    package var publishedAt: String
    package var page: String

    package init(_ vacancy: PublishedVacancy) {
        let notice = vacancy.notice
        id = vacancy.id
        vacancyNumber = vacancy.vacancyNumber
        title = vacancy.title
        titleFrench = vacancy.titleFrench
        organisation = notice.organisation
        posts = vacancy.posts
        grade = vacancy.grade
        deadline = vacancy.deadlineAt.map(brusselsTime)
        clearance = vacancy.clearance
        division = notice.division
        section = notice.section
        location = notice.location
        dutyStation = notice.dutyStation
        schedule = notice.schedule
        contractType = notice.contractType
        contractYears = notice.contractYears
        audience = notice.audience
        memberStatesOnly = notice.memberStatesOnly
        competition = notice.competition
        languages = notice.languages
        essentialQualifications = notice.essentialQualifications
        desirableQualifications = notice.desirableQualifications
        competencies = notice.competencies
        summary = notice.summary
        duties = notice.duties
        remarks = notice.remarks
        publishedAt = Clock.iso8601(vacancy.publishedAt)
        page = "/vacancies/\(vacancy.id)"
    }
}
