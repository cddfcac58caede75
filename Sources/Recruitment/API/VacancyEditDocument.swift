import ChanceryKit
import ChancerySpine
import Foundation

/// The fields of a draft a client may change, as a JSON merge patch sees them: the current values are the document
/// the patch is merged onto, and the merged document is checked field by field.
package struct VacancyEditDocument: Codable, Sendable {
    package var title: String?
    @ExplicitNull package var titleFrench: String?
    @ExplicitNull package var vacancyNumber: String?
    @ExplicitNull package var posts: Int?
    @ExplicitNull package var grade: String?
    /// A day (`2027-01-18`) or an instant in RFC 3339.
    @ExplicitNull package var deadline: String?
    @ExplicitNull package var clearance: String?
    @ExplicitNull package var location: String?
    /// The essential qualifications (the screening's criteria), one string each; null or absent in a patch as sent.
    package var essentialQualifications: [String]?
    package var desirableQualifications: [String]?

    package init(_ edit: Vacancy.Edit) {
        title = edit.title
        titleFrench = edit.titleFrench
        vacancyNumber = edit.vacancyNumber
        posts = edit.posts
        grade = edit.grade
        deadline = edit.deadlineAt.map(brusselsTime)
        clearance = edit.clearance
        location = edit.location
        essentialQualifications = edit.essentialQualifications
        desirableQualifications = edit.desirableQualifications
    }

    /// The fields checked, every refusal naming its field; the first refusal is thrown. What is unchanged from
    /// `current` is not refused for limits it predates.
    package func checked(current: Vacancy.Edit? = nil) throws -> Vacancy.Edit {
        Vacancy.Edit(
            title: try FieldRules.text(
                try MergePatchBody.required(title, "title"), field: "title", max: VacancyStore.maximumTitle),
            titleFrench: try FieldRules.optionalText(titleFrench, field: "titleFrench", max: VacancyStore.maximumTitle),
            vacancyNumber: try FieldRules.optionalText(vacancyNumber, field: "vacancyNumber", max: 100),
            posts: try posts.map { try Vacancy.Edit.posts($0) },
            grade: try FieldRules.optionalText(grade, field: "grade", max: 40),
            deadlineAt: try deadline.flatMap { $0.isEmpty ? nil : try Vacancy.Edit.deadline($0) },
            clearance: try clearance.flatMap { $0.isEmpty ? nil : try Vacancy.Edit.clearance($0) },
            location: try FieldRules.optionalText(location, field: "location", max: 200),
            essentialQualifications: try Vacancy.Edit.qualifications(
                essentialQualifications ?? [], field: "essentialQualifications",
                current: current?.essentialQualifications),
            desirableQualifications: try Vacancy.Edit.qualifications(
                desirableQualifications ?? [], field: "desirableQualifications",
                current: current?.desirableQualifications))
    }
}
