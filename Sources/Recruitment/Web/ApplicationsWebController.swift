import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The assistants' pages of applications: a vacancy's applications (sorted, filtered, paged, exported), one
/// application with its documents, and the probable duplicates with their merge.
package struct ApplicationsWebController: SignedInPages {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/recruitment/vacancies/{id}/applications", use: list)
        group.get("/recruitment/vacancies/{id}/duplicates", use: duplicates)
        group.get("/recruitment/applications/{id}", use: show)
        group.get("/recruitment/applications/{id}/documents/{attachmentId}", use: download)
        group.post("/recruitment/applications/{id}/merge", use: merge)
        group.get("/recruitment/applications/{id}/history", use: history)
    }

    /// The application's audit trail (its consultation audited), for its assistants.
    @Sendable package func history(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let id = try VacanciesWebController.id(context)
        guard let (application, _) = try await chancery.applications.application(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        let events = try await chancery.objects.auditTrail(of: id, after: 0, limit: 200, by: context.principal)
        let model = page(
            context,
            ApplicationHistoryPage(
                id: id, reference: application.reference,
                events: events.map {
                    .init(when: $0.occurredAt, who: $0.actor, what: $0.action)
                }))
        return PageRenderer.response(
            "recruitment-application-history", model,
            frame: frame(
                t("recruitment.apps.applicationTitle", ["reference": application.reference]),
                label: application.object.label, path: "/recruitment/applications/\(id)/history", context))
    }

    func page<Content>(
        _ context: SignedInContext, notice: String? = nil, errors: FormErrors = FormErrors(), _ content: Content
    )
        -> RecruitmentPage<Content>
    {
        let t = context.localizer
        return RecruitmentPage(
            RecruitmentPageParts(
                t: RecruitmentWebStrings.labels(t).merging(ApplicationsStrings.labels(t)) { _, own in own },
                csrf: context.session.csrfToken, notice: notice, errors: errors.model(t)),
            content)
    }

    /// The vacancy the path names, read by the principal, or the `404` of a missing one.
    func vacancy(_ context: SignedInContext, id given: String? = nil) async throws -> Vacancy {
        let id = try given ?? VacanciesWebController.id(context)
        guard let vacancy = try await chancery.recruitment.vacancy(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
        return vacancy
    }

    // MARK: the list

    package static let listSpec = ListSpec(
        name: "recruitment.applications", path: "/recruitment/vacancies/{id}/applications",
        columns: [
            .init("reference", "recruitment.apps.reference", order: ["a.reference"]),
            .init("family", "recruitment.apps.familyName", order: ["LOWER(a.family_name)", "LOWER(a.given_names)"]),
            .init("given", "recruitment.apps.givenNames", order: ["LOWER(a.given_names)"]),
            .init("email", "recruitment.apps.email", order: ["a.email_folded"]),
            .init("nationality", "recruitment.apps.nationality", order: ["a.nationality"]),
            .init("internal", "recruitment.apps.internal", order: ["a.internal"]),
            .init("submitted", "recruitment.apps.submitted", order: ["a.submitted_at"]),
        ],
        defaultSort: "submitted", defaultDescending: true, filters: ["nationality", "internal"])

    @Sendable package func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let vacancy = try await vacancy(context)
        let id = vacancy.object.id
        var spec = Self.listSpec
        spec.path = "/recruitment/vacancies/\(id)/applications"
        let list = try ListQuery(request, spec)
        let nationality = try list.filter("nationality").map { code -> String in
            guard ReleasabilityCodes.memberNations.contains(code) else {
                throw AppError.invalidQuery("nationality", reasonKey: "list.reason.filter")
            }
            return code
        }
        let isInternal = try list.filter("internal").map { value -> Bool in
            guard value == "yes" || value == "no" else {
                throw AppError.invalidQuery("internal", reasonKey: "list.reason.filter")
            }
            return value == "yes"
        }
        let filter = ApplicationStore.ListFilter(nationality: nationality, internal: isInternal)
        let found = try await chancery.applications.applications(
            of: id, filter: filter, list: list, by: context.principal)
        let rows = found.items.map { application in
            ApplicationsListPage.Row(
                id: application.object.id, reference: application.reference, familyName: application.familyName,
                givenNames: application.givenNames, email: application.email,
                nationality: t("nation.\(application.nationality)"),
                isInternal: t(application.internal ? "recruitment.apps.yes" : "recruitment.apps.no"),
                submitted: DayText.moment(application.submittedAt, t))
        }
        let label = chancery.objects.dominantLabel(of: found.items.map(\.object))
        if list.isExport {
            return CSVTable(
                banner: t.banner(label), header: list.spec.columns.map { t($0.key) },
                rows: rows.map {
                    [$0.reference, $0.familyName, $0.givenNames, $0.email, $0.nationality, $0.isInternal, $0.submitted]
                }
            ).response(name: list.spec.name, label: label)
        }
        let total = try await chancery.applications.applicationCount(of: id, filter: filter, by: context.principal)
        let groups = try await chancery.applications.duplicates(of: id, by: context.principal).count
        let nations = ReleasabilityCodes.memberNationsInBitOrder.map { ($0, t("nation.\($0)")) }.sorted { $0.1 < $1.1 }
        let model = page(
            context,
            ApplicationsListPage(
                vacancyId: id, vacancyTitle: vacancy.title(in: t.language), hasApplications: !rows.isEmpty,
                applications: rows,
                headers: list.headers(t),
                pager: list.pager(shown: rows.count, hasMore: found.hasMore, total: total, t),
                nationalities: [
                    RecruitmentChoice(value: "", name: t("recruitment.apps.any"), selected: nationality == nil)
                ]
                    + nations.map { RecruitmentChoice(value: $0.0, name: $0.1, selected: $0.0 == nationality) },
                internalChoices: [
                    RecruitmentChoice(value: "", name: t("recruitment.apps.any"), selected: isInternal == nil),
                    RecruitmentChoice(
                        value: "yes", name: t("recruitment.apps.internalOnly"), selected: isInternal == true),
                    RecruitmentChoice(
                        value: "no", name: t("recruitment.apps.externalOnly"), selected: isInternal == false),
                ],
                sort: list.sort.id, order: list.descending ? "desc" : "asc", export: list.href(export: true),
                duplicateGroups: groups))
        return PageRenderer.response(
            "recruitment-applications", model,
            frame: frame(
                t("recruitment.apps.title", ["title": vacancy.title(in: t.language)]), label: label,
                path: "/recruitment/vacancies/\(id)/applications", context))
    }

    // MARK: one application

    @Sendable package func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let id = try VacanciesWebController.id(context)
        guard let (application, documents) = try await chancery.applications.application(id, by: context.principal)
        else { throw AppError.objectNotFound(id) }
        let vacancy = try await chancery.recruitment.vacancy(application.vacancyId, by: context.principal)
        let locale = Locale(identifier: t.language.rawValue)
        func field(_ id: String, _ key: String, _ value: String?) -> VacancyField {
            let missing = (value ?? "").isEmpty
            return VacancyField(
                id: id, name: t(key), value: missing ? t("recruitment.apps.notGiven") : value!, missing: missing)
        }
        let profile = [
            field("family-name", "recruitment.apps.familyName", application.familyName),
            field("given-names", "recruitment.apps.givenNames", application.givenNames),
            field("email", "recruitment.apps.email", application.email),
            field("date-of-birth", "recruitment.apps.dateOfBirth", application.dateOfBirth),
            field("nationality", "recruitment.apps.nationality", t("nation.\(application.nationality)")),
            field(
                "internal", "recruitment.apps.internal",
                t(application.internal ? "recruitment.apps.yes" : "recruitment.apps.no")),
            field("staff-number", "recruitment.apps.staffNumber", application.staffNumber),
            field("submitted", "recruitment.apps.submitted", DayText.moment(application.submittedAt, t)),
        ]
        let languages = application.languages.map { entry in
            let name = locale.localizedString(forLanguageCode: entry.language) ?? entry.language
            guard let level = entry.level, !level.isEmpty else { return name }
            let known = ApplicationsPublicWebController.levels.contains(level)
            return "\(name) — \(known ? t("recruitment.apply.level.\(level)") : level)"
        }
        let model = page(
            context, notice: request.uri.queryParameters["done"] == "merged" ? t("recruitment.apps.merged") : nil,
            ApplicationPage(
                id: id, reference: application.reference, vacancyId: application.vacancyId,
                vacancyTitle: vacancy?.title(in: t.language) ?? application.vacancyId,
                state: t("recruitment.apps.state.\(application.object.state)"), profile: profile,
                languages: languages, hasLanguages: !languages.isEmpty,
                education: application.education.map {
                    .init(cells: [
                        t("recruitment.isced.\($0.iscedLevel)"), $0.title, $0.institution,
                        $0.year.map(String.init) ?? "",
                    ])
                },
                hasEducation: !application.education.isEmpty,
                experience: application.experience.map {
                    .init(cells: [
                        $0.from, $0.to ?? t("recruitment.apps.current"), $0.employer, $0.post, $0.duties ?? "",
                    ])
                },
                hasExperience: !application.experience.isEmpty,
                documents: documents.map {
                    .init(
                        attachmentId: $0.id, name: $0.name,
                        kind: ApplicationDocument.of($0.name).map { t("recruitment.apps.document.\($0.rawValue)") }
                            ?? $0.name,
                        size: ByteCountFormatter.string(fromByteCount: $0.size, countStyle: .file), version: $0.version)
                },
                hasDocuments: !documents.isEmpty, mergedInto: application.mergedInto,
                anonymised: application.anonymisedAt.map {
                    t("recruitment.apps.anonymised", ["date": DayText.day($0, t)])
                }))
        let label = (try? SecurityLabel.dominant(of: [application.object.label] + documents.map(\.label)))
        return PageRenderer.response(
            "recruitment-application", model,
            frame: frame(
                t("recruitment.apps.applicationTitle", ["reference": application.reference]),
                label: label ?? application.object.label, path: "/recruitment/applications/\(id)", context))
    }

    @Sendable package func download(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try VacanciesWebController.id(context)
        let attachmentID = try context.parameters.require("attachmentId")
        // only an application's documents, never another office's files by this path
        guard try await chancery.applications.application(id, by: context.principal) != nil else {
            throw AppError.objectNotFound(id)
        }
        guard ObjectID.isWellFormed(attachmentID),
            let attachment = try await chancery.attachments.download(attachmentID, of: id, by: context.principal)
        else { throw AppError.objectNotFound(id) }
        return try await AttachmentsAPI.file(attachment, blobs: chancery.attachments.blobs, context: context)
    }

    // MARK: duplicates

    @Sendable package func duplicates(_ request: Request, context: SignedInContext) async throws -> Response {
        try await duplicatesView(context)
    }

    func duplicatesView(
        _ context: SignedInContext, vacancy vacancyID: String? = nil, errors: FormErrors = FormErrors(),
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let vacancy = try await vacancy(context, id: vacancyID)
        let id = vacancy.object.id
        let groups = try await chancery.applications.duplicates(of: id, by: context.principal)
        let model = page(
            context, errors: errors,
            DuplicatesPage(
                vacancyId: id, vacancyTitle: vacancy.title(in: t.language),
                groups: groups.enumerated().map { number, group in
                    DuplicatesPage.Group(
                        number: number + 1,
                        members: group.map { application in
                            DuplicatesPage.Member(
                                id: application.object.id, reference: application.reference,
                                names: "\(application.familyName), \(application.givenNames)", email: application.email,
                                dateOfBirth: application.dateOfBirth,
                                submitted: DayText.moment(application.submittedAt, t),
                                others: group.filter { $0.object.id != application.object.id }.map {
                                    DuplicatesPage.Other(otherId: $0.object.id, otherReference: $0.reference)
                                })
                        })
                },
                hasGroups: !groups.isEmpty))
        let label = chancery.objects.dominantLabel(of: groups.flatMap { $0.map(\.object) })
        return PageRenderer.response(
            "recruitment-duplicates", model,
            frame: frame(
                t("recruitment.apps.duplicatesTitle", ["title": vacancy.title(in: t.language)]), label: label,
                path: "/recruitment/vacancies/\(id)/duplicates", context),
            status: status)
    }

    /// Merges the posted `duplicate` into the application the path names; refused, the duplicates page comes back
    /// with the sentence.
    @Sendable package func merge(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try VacanciesWebController.id(context)
        let duplicate = fields["duplicate"] ?? ""
        guard ObjectID.isWellFormed(duplicate) else { throw AppError.objectNotFound(String(duplicate.prefix(40))) }
        do {
            _ = try await chancery.applications.merge(duplicate, into: id, by: context.principal)
            return .redirect(to: "/recruitment/applications/\(id)?done=merged", type: .normal)
        } catch let error as AppError where error.status == .conflict {
            guard let found = try await chancery.applications.application(id, by: context.principal) else {
                throw AppError.objectNotFound(id)
            }
            var errors = FormErrors()
            errors.addFormLevel(error.detail(context.localizer))
            return try await duplicatesView(
                context, vacancy: found.application.vacancyId, errors: errors, status: .conflict)
        }
    }
}
