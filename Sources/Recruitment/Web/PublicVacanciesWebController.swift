import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The public pages of published vacancies, read without sign-in: `/vacancies` and `/vacancies/{id}`, each vacancy
/// with its schema.org JobPosting for job search engines.
package struct PublicVacanciesWebController {
    package let chancery: Chancery

    package func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/vacancies", use: list)
        router.get("/vacancies/{id}", use: show)
    }

    func page<Content>(_ context: AppRequestContext, _ content: Content) -> RecruitmentPage<Content> {
        RecruitmentPage(
            RecruitmentPageParts(
                t: RecruitmentWebStrings.labels(context.localizer), csrf: nil, notice: nil, errors: nil),
            content)
    }

    func frame(_ title: String, path: String, _ context: AppRequestContext) -> PageFrame {
        PageFrame(title: title, label: .unclassified, localizer: context.localizer, path: path)
    }

    @Sendable package func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let t = context.localizer
        let cursor = request.uri.queryParameters["cursor"].map(String.init)
        if let cursor, !ObjectID.isWellFormed(cursor) { throw AppError.badCursor }
        let found = try await chancery.recruitment.publishedVacancies(after: cursor, limit: 50)
        let rows = found.items.map { vacancy in
            PublicVacanciesPage.Row(
                id: vacancy.id, title: vacancy.title, vacancyNumber: vacancy.vacancyNumber ?? "",
                grade: vacancy.grade ?? "", location: vacancy.notice.location ?? vacancy.notice.dutyStation ?? "",
                deadline: vacancy.deadlineAt.map { t("recruitment.brusselsTime", ["time": DayText.moment($0, t)]) }
                    ?? "")
        }
        let model = page(
            context,
            PublicVacanciesPage(
                hasVacancies: !rows.isEmpty, vacancies: rows, next: found.nextCursor.map { "/vacancies?cursor=\($0)" }))
        return PageRenderer.response(
            "recruitment-public-vacancies", model,
            frame: frame(t("recruitment.publicVacancies"), path: "/vacancies", context))
    }

    @Sendable package func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let t = context.localizer
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id), let vacancy = try await chancery.recruitment.publishedVacancy(id) else {
            throw AppError.objectNotFound(String(id.prefix(40)))
        }
        let notice = vacancy.notice
        let fields = VacanciesWebController.fields(
            number: vacancy.vacancyNumber, title: vacancy.title, titleFrench: vacancy.titleFrench,
            organisation: notice.organisation, grade: vacancy.grade, posts: vacancy.posts,
            deadline: vacancy.deadlineAt, clearance: vacancy.clearance, notice: notice, t
        ).filter { !$0.missing && $0.id != "title" && $0.id != "title-french" }
        let model = page(
            context,
            PublicVacancyPage(
                title: vacancy.title, titleFrench: vacancy.titleFrench, fields: fields, summary: notice.summary,
                hasSummary: !notice.summary.isEmpty, duties: notice.duties, hasDuties: !notice.duties.isEmpty,
                languages: notice.languages.map { VacanciesWebController.language(of: $0, t) },
                hasLanguages: !notice.languages.isEmpty, essential: notice.essentialQualifications,
                hasEssential: !notice.essentialQualifications.isEmpty, desirable: notice.desirableQualifications,
                hasDesirable: !notice.desirableQualifications.isEmpty, remarks: notice.remarks,
                hasRemarks: !notice.remarks.isEmpty, jsonLD: JobPosting.script(of: vacancy),
                applyPath: vacancy.deadlineAt.map { $0 + 1000 > Clock.nowMilliseconds() } ?? true
                    ? "/vacancies/\(id)/apply" : nil))
        return PageRenderer.response(
            "recruitment-public-vacancy", model, frame: frame(vacancy.title, path: "/vacancies/\(id)", context))
    }
}
