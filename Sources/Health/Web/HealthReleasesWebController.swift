import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The pages of the Health Office's dealings with the outside: referrals, division point-of-contact requests
/// (everyone may ask; the Health Office answers with the closed form), the release flow (request, consent check,
/// approval, release, package) and the printable accounting of disclosures.
package struct HealthReleasesWebController: SignedInPages {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/health/referrals", use: referralList)
        group.post("/health/referrals", use: createReferral)
        group.get("/health/referrals/{id}", use: referralPage)
        group.post("/health/referrals/{id}/{action}", use: referralAction)
        group.get("/health/pod-requests", use: podList)
        group.post("/health/pod-requests", use: createPODRequest)
        group.get("/health/pod-requests/{id}", use: podPage)
        group.post("/health/pod-requests/{id}/answer", use: answerPOD)
        group.post("/health/pod-requests/{id}/closure", use: closePOD)
        group.get("/health/releases", use: releaseList)
        group.post("/health/releases", use: requestRelease)
        group.get("/health/releases/{id}", use: releasePage)
        group.get("/health/releases/{id}/package", use: packagePage)
        group.post("/health/releases/{id}/{action}", use: releaseAction)
        group.get("/health/patients/{id}/disclosures", use: disclosureReport)
    }

    package var store: HealthReleaseStore { chancery.healthReleases }

    package static func labels(_ t: Localizer) -> [String: String] {
        Dictionary(uniqueKeysWithValues: HealthReleaseWebStrings.pageKeys.map { ($0, t("hrel.\($0)")) })
    }

    package static func isStaff(_ principal: Principal) -> Bool {
        !HealthOffice.staff.isDisjoint(with: principal.roles)
    }

    /// What every page of this area shows: labels, CSRF token, notice or error.
    package func page<Content>(
        _ context: SignedInContext, notice: String?, error: AppError?, errors: FormErrors = FormErrors(),
        _ content: Content
    )
        -> HealthReleasePage<Content>
    {
        let t = context.localizer
        let shown = notice.flatMap { HealthReleaseWebStrings.notices.contains($0) ? t("hrel.done.\($0)") : nil }
        return HealthReleasePage(
            HealthReleasePageParts(
                t: Self.labels(t), csrf: context.session.csrfToken, isStaff: Self.isStaff(context.principal),
                error: error.map { $0.detail(t) }, errors: errors.model(t), notice: shown,
                today: HealthReleaseStore.today),
            content)
    }

    package static func notice(_ request: Request) -> String? { request.uri.queryParameters["done"].map(String.init) }

    package static func id(_ context: SignedInContext) throws -> String {
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id) else { throw AppError.objectNotFound(String(id.prefix(40))) }
        return id
    }

    /// The patients the principal may choose from in a form (at most 200, by name); with `query`, those the patients'
    /// suggestions find for it (trimmed in SQL). The patient chosen stays offered, if the principal may still read it.
    package func patientChoices(_ context: SignedInContext, selected: String?, query: String = "") async throws
        -> [HealthPatientChoice]
    {
        guard Self.isStaff(context.principal) else { return [] }
        let health = chancery.health
        let patients =
            query.isEmpty
            ? try await health.patients(matching: nil, after: nil, limit: 200, by: context.principal).items
            : try await health.patientSuggestions(matching: query, limit: 200, by: context.principal)
        var choices = patients.sorted { $0.details.displayName < $1.details.displayName }.map { patient in
            HealthPatientChoice(
                id: patient.object.id, name: "\(patient.details.displayName) (\(patient.details.dateOfBirth))",
                selected: patient.object.id == selected)
        }
        if let selected, ObjectID.isWellFormed(selected), !choices.contains(where: \.selected),
            let name = try await health.patientNames([selected], by: context.principal)[selected]
        {
            choices.insert(HealthPatientChoice(id: selected, name: name, selected: true), at: 0)
        }
        return choices
    }

    /// The text of the release form's patient search, as the list narrows to it.
    static func patientQuery(_ values: [String: String]) -> String {
        String((values["patientQuery"] ?? "").trimmingCharacters(in: .whitespaces).prefix(100))
    }

    package static func optional(_ value: String?) -> String? {
        guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return value
    }

    // MARK: referrals

    /// The referrals list: sortable, paged, filtered by status, and its CSV.
    package static let referralList = ListSpec(
        name: "health.referrals", path: "/health/referrals",
        columns: [
            .init("specialty", "hrel.specialty", order: ["LOWER(f.specialty)"]),
            .init("provider", "hrel.provider", order: ["LOWER(f.provider_name)"]),
            .init(
                "urgency", "hrel.urgency",
                order: ["CASE f.urgency WHEN 'routine' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END"]),
            .init("status", "hrel.status", order: ["o.state"]),
            .init("due", "hrel.replyDue", order: ["CASE WHEN f.reply_due IS NULL THEN 1 ELSE 0 END", "f.reply_due"]),
        ],
        defaultSort: "due", filters: ["status"])

    @Sendable package func referralList(_ request: Request, context: SignedInContext) async throws -> Response {
        let list = try ListQuery(request, Self.referralList)
        return try await referralListPage(context, list: list, values: [:], notice: Self.notice(request), error: nil)
    }

    package func referralListPage(
        _ context: SignedInContext, list: ListQuery? = nil, values: [String: String], notice: String?,
        error: AppError?, errors: FormErrors = FormErrors(), status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let list = try list ?? ListQuery(fields: [:], Self.referralList)
        var filter = Referral.Filter()
        filter.status = try list.choice("status", as: Referral.Status.self)
        let found = try await store.referrals(filter, list: list, by: context.principal)
        let items = found.items
        let rows = items.map { referral in
            HealthReferralsPage.Item(
                id: referral.object.id, specialty: t.term(referral.specialty), provider: referral.provider,
                urgency: t("hrel.urgency.\(referral.urgency.rawValue)"),
                status: t("hrel.state.\(referral.status.rawValue)"), replyDue: referral.replyDue ?? "—",
                overdue: referral.isOverdue)
        }
        let label = chancery.objects.dominantLabel(of: items.map(\.object))
        if list.isExport {
            return list.csv(
                rows.map { [$0.specialty, $0.provider, $0.urgency, $0.status, $0.replyDue] },
                label: label, t)
        }
        let total = try await store.referralCount(filter, by: context.principal)
        let model = page(
            context, notice: notice, error: error, errors: errors,
            HealthReferralsPage(
                hasItems: !rows.isEmpty, items: rows, headers: list.headers(t),
                pager: list.pager(shown: rows.count, hasMore: found.hasMore, total: total, t),
                statuses: [HealthChoice(value: "", name: t("hrel.anyStatus"), selected: filter.status == nil)]
                    + Referral.Status.allCases.map {
                        HealthChoice(
                            value: $0.rawValue, name: t("hrel.state.\($0.rawValue)"), selected: filter.status == $0)
                    },
                sort: list.sort.id, order: list.descending ? "desc" : "asc",
                canCreate: Self.isStaff(context.principal), values: values,
                patients: try await patientChoices(
                    context, selected: values["patient"], query: Self.patientQuery(values)),
                urgencies: Referral.Urgency.allCases.map {
                    .init(
                        value: $0.rawValue, name: t("hrel.urgency.\($0.rawValue)"),
                        selected: values["urgency"] == $0.rawValue)
                }))
        return PageRenderer.response(
            "health-referrals", model,
            frame: frame(t("hrel.referrals"), label: label, path: "/health/referrals", context),
            status: status)
    }

    /// Refers a patient from the form: only the Health staff may send it; every field is checked before anything is
    /// stored, and a refused form comes back with every error at once and what was typed. The patient search's button
    /// (the form without the pages' script) only narrows the list of patients to what it finds; the patient sent is
    /// checked by the store either way, and one the reader may not read is a field error, said as for a missing one.
    @Sendable package func createReferral(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        try HealthOffice.require(HealthOffice.staff, context.principal)
        if fields["action"] == "find" {
            return try await referralListPage(context, values: fields, notice: nil, error: nil)
        }
        let t = context.localizer
        var errors = FormErrors()
        func text(_ field: String, max: Int, required: Bool = true) -> String? {
            let typed = fields[field] ?? ""
            guard !typed.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                if required { errors.add(field, t("form.error.required")) }
                return nil
            }
            return errors.check(field, label: t("hrel.\(field)"), t) {
                try HealthReleasesController.longText(typed, field: field, max: max)
            }
        }
        let patient = fields["patient"] ?? ""
        if patient.isEmpty {
            errors.add("patient", t("form.error.required"))
        } else if !ObjectID.isWellFormed(patient) {
            errors.add("patient", t("form.error.choice"))
        }
        let provider = text("provider", max: 200)
        let providerAddress = text("providerAddress", max: 500, required: false)
        let specialty = text("specialty", max: 100)
        let reason = text("reason", max: 10_000)
        let urgency = Referral.Urgency(rawValue: fields["urgency"] ?? "routine")
        if urgency == nil { errors.add("urgency", t("form.error.choice")) }
        let replyDue = errors.check("replyDue", label: t("hrel.replyDue"), t) {
            try FieldRules.date(Self.optional(fields["replyDue"]), field: "replyDue")
        }
        guard errors.isEmpty, let provider, let specialty, let reason, let urgency, let replyDue else {
            return try await referralListPage(
                context, values: fields, notice: nil, error: nil, errors: errors, status: .badRequest)
        }
        do {
            let draft = Referral.Draft(
                provider: provider, providerAddress: providerAddress, specialty: specialty, reason: reason,
                urgency: urgency,
                referringClinician: HealthOffice.clinical.isDisjoint(with: context.principal.roles)
                    ? nil : context.principal.id,
                replyDue: replyDue)
            let referral = try await store.createReferral(for: patient, draft, by: context.principal)
            return .redirect(to: "/health/referrals/\(referral.object.id)?done=created", type: .normal)
        } catch let error as AppError {
            if error.status == .notFound {
                // The patient is not there for this reader (no such record, or one they may not read): said the same.
                errors.add("patient", t("hrel.error.patientNotFound"))
                return try await referralListPage(
                    context, values: fields, notice: nil, error: nil, errors: errors, status: .badRequest)
            }
            errors.add(error, field: "form", t)
            return try await referralListPage(
                context, values: fields, notice: nil, error: nil, errors: errors, status: error.status)
        }
    }

    @Sendable package func referralPage(_ request: Request, context: SignedInContext) async throws -> Response {
        try await referralDetail(try Self.id(context), context, notice: Self.notice(request), error: nil)
    }

    package func referralDetail(
        _ id: String, _ context: SignedInContext, notice: String?, error: AppError?, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        guard let referral = try await store.referral(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        let staff = Self.isStaff(context.principal)
        let model = page(
            context, notice: notice, error: error,
            HealthReferralPage(
                item: .init(
                    id: referral.object.id, patientID: referral.patientID, specialty: t.term(referral.specialty),
                    provider: referral.provider, providerAddress: referral.providerAddress ?? "—",
                    reason: referral.reason,
                    urgency: t("hrel.urgency.\(referral.urgency.rawValue)"),
                    status: t("hrel.state.\(referral.status.rawValue)"), replyDue: referral.replyDue ?? "—",
                    overdue: referral.isOverdue, sentDate: referral.sentDate ?? "—",
                    replyDate: referral.replyDate ?? "—",
                    replySummary: referral.replySummary ?? ""),
                canAct: staff, canSend: referral.status == .draft, canReply: referral.status == .sent,
                canClose: referral.status == .replied, canCancel: referral.status == .draft || referral.status == .sent)
        )
        return PageRenderer.response(
            "health-referral", model,
            frame: frame(
                "\(t.term(referral.specialty)) — \(referral.provider)", label: referral.object.label,
                path: "/health/referrals/\(id)", context),
            status: status)
    }

    @Sendable package func referralAction(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try Self.id(context)
        let action = try context.parameters.require("action")
        do {
            let step: HealthReleaseStore.ReferralStep
            switch action {
            case "sent":
                step = .sent(
                    date: try FieldRules.date(Self.optional(fields["date"]), field: "date") ?? HealthReleaseStore.today)
            case "reply":
                step = .reply(
                    date: try FieldRules.date(Self.optional(fields["date"]), field: "date") ?? HealthReleaseStore.today,
                    summary: try HealthReleasesController.longText(fields["summary"] ?? "", field: "summary"))
            case "closure": step = .closure
            case "cancellation": step = .cancellation
            default: throw AppError.notFound
            }
            _ = try await store.advanceReferral(id, step, by: context.principal)
            return .redirect(to: "/health/referrals/\(id)?done=\(action)", type: .normal)
        } catch let error as AppError where error.status != .notFound {
            return try await referralDetail(id, context, notice: nil, error: error, status: error.status)
        }
    }

    // MARK: POD requests

    /// The fitness-for-work requests list: sortable, paged, filtered by status, and its CSV. The fitness is the
    /// latest answer's, read after the page, so the list does not sort by it.
    package static let podList = ListSpec(
        name: "health.pod-requests", path: "/health/pod-requests",
        columns: [
            .init("staff", "hrel.staffNumber", order: ["q.staff_number"]),
            .init("purpose", "hrel.purpose", order: ["q.purpose"]),
            .init("asked", "hrel.asked", order: ["o.created_at"]),
            .init("status", "hrel.status", order: ["o.state"]),
            .init("fitness", "hrel.fitness"),
        ],
        defaultSort: "asked", defaultDescending: true, filters: ["status"])

    @Sendable package func podList(_ request: Request, context: SignedInContext) async throws -> Response {
        let list = try ListQuery(request, Self.podList)
        return try await podListPage(context, list: list, values: [:], notice: Self.notice(request), error: nil)
    }

    package func podListPage(
        _ context: SignedInContext, list: ListQuery? = nil, values: [String: String], notice: String?,
        error: AppError?, errors: FormErrors = FormErrors(), status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let list = try list ?? ListQuery(fields: [:], Self.podList)
        let state = try list.choice("status", as: PODRequest.Status.self)
        let found = try await store.podRequests(status: state, list: list, by: context.principal)
        let items = found.items
        let rows = items.map { request in
            HealthPODRequestsPage.Item(
                id: request.object.id, staffNumber: request.staffNumber, purpose: t.term(request.purpose),
                asked: DayText.day(request.object.createdAt, t),
                status: t("hrel.state.\(request.status.rawValue)"),
                fitness: request.answers.last.map { t("hrel.fitness.\($0.fitness.rawValue)") } ?? "—")
        }
        let label = chancery.objects.dominantLabel(of: items.map(\.object))
        if list.isExport {
            return list.csv(
                rows.map { [$0.staffNumber, $0.purpose, $0.asked, $0.status, $0.fitness] },
                label: label, t)
        }
        let total = try await store.podRequestCount(status: state, by: context.principal)
        let model = page(
            context, notice: notice, error: error, errors: errors,
            HealthPODRequestsPage(
                hasItems: !rows.isEmpty, items: rows, headers: list.headers(t),
                pager: list.pager(shown: rows.count, hasMore: found.hasMore, total: total, t),
                statuses: [HealthChoice(value: "", name: t("hrel.anyStatus"), selected: state == nil)]
                    + PODRequest.Status.allCases.map {
                        HealthChoice(value: $0.rawValue, name: t("hrel.state.\($0.rawValue)"), selected: state == $0)
                    },
                sort: list.sort.id, order: list.descending ? "desc" : "asc", values: values))
        return PageRenderer.response(
            "health-pod-requests", model,
            frame: frame(t("hrel.podRequests"), label: label, path: "/health/pod-requests", context),
            status: status)
    }

    /// Asks the Health Office about a member of staff: the three fields checked at once before anything is stored.
    @Sendable package func createPODRequest(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let t = context.localizer
        var errors = FormErrors()
        let staffNumber = Self.required("staffNumber", fields, &errors, t) {
            try FieldRules.text($0, field: "staffNumber", max: 40)
        }
        let question = Self.required("question", fields, &errors, t) {
            try HealthReleasesController.longText($0, field: "question", max: 2000)
        }
        let purpose = Self.required("purpose", fields, &errors, t) {
            try FieldRules.text($0, field: "purpose", max: 500)
        }
        guard errors.isEmpty, let staffNumber, let question, let purpose else {
            return try await podListPage(
                context, values: fields, notice: nil, error: nil, errors: errors, status: .badRequest)
        }
        do {
            let created = try await store.createPODRequest(
                staffNumber: staffNumber, question: question, purpose: purpose, by: context.principal)
            return .redirect(to: "/health/pod-requests/\(created.object.id)?done=asked", type: .normal)
        } catch let error as AppError {
            Self.record(error, into: &errors, t)
            return try await podListPage(
                context, values: fields, notice: nil, error: nil, errors: errors, status: error.status)
        }
    }

    /// A required field of this area's forms: refused as missing, or by its rule (the sentence naming the field by
    /// its label in the reader's language).
    static func required<T>(
        _ field: String, _ fields: [String: String], _ errors: inout FormErrors, _ t: Localizer,
        _ rule: (String) throws -> T
    ) -> T? {
        let typed = fields[field] ?? ""
        guard !typed.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            errors.add(field, t("form.error.required"))
            return nil
        }
        return errors.check(field, label: t("hrel.\(field)"), t) { try rule(typed) }
    }

    /// Records a refusal against the field it names (by the form's label for it), or against the form.
    static func record(_ error: AppError, into errors: inout FormErrors, _ t: Localizer) {
        var named = error
        if let field = error.field, named.arguments["field"] != nil { named.arguments["field"] = t("hrel.\(field)") }
        errors.add(error.field ?? "form", named.errors.first.map { $0.detail(t) } ?? named.detail(t))
    }

    @Sendable package func podPage(_ request: Request, context: SignedInContext) async throws -> Response {
        try await podDetail(try Self.id(context), context, notice: Self.notice(request), error: nil)
    }

    package func podDetail(
        _ id: String, _ context: SignedInContext, notice: String?, error: AppError?, status: HTTPResponse.Status = .ok
    )
        async throws -> Response
    {
        let t = context.localizer
        guard case (let request, let patientID)? = try await store.podRequest(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        let model = page(
            context, notice: notice, error: error,
            HealthPODRequestPage(
                item: .init(
                    id: request.object.id, staffNumber: request.staffNumber, question: request.question,
                    purpose: t.term(request.purpose), requester: request.requesterID,
                    asked: DayText.day(request.object.createdAt, t),
                    status: t("hrel.state.\(request.status.rawValue)")),
                patientID: patientID,
                hasAnswers: !request.answers.isEmpty,
                answers: request.answers.reversed().map { answer in
                    .init(
                        id: answer.id, fitness: t("hrel.fitness.\(answer.fitness.rawValue)"),
                        restrictions: answer.restrictions.map { t("hrel.restriction.\($0.rawValue)") }.joined(
                            separator: ", "),
                        from: answer.from ?? "—", until: answer.until ?? "—", reviewDate: answer.reviewDate ?? "—",
                        answeredAt: DayText.day(answer.answeredAt, t), superseded: answer.superseded)
                },
                canAnswer: Self.isStaff(context.principal) && request.status != .closed,
                fitnessChoices: PODAnswer.Fitness.allCases.map {
                    .init(value: $0.rawValue, name: t("hrel.fitness.\($0.rawValue)"))
                },
                restrictionChoices: PODAnswer.Restriction.allCases.map {
                    .init(value: $0.rawValue, name: t("hrel.restriction.\($0.rawValue)"))
                }))
        return PageRenderer.response(
            "health-pod-request", model,
            frame: frame(
                t("hrel.podRequests"), label: request.object.label, path: "/health/pod-requests/\(id)", context),
            status: status)
    }

    /// The fields the answer form may carry; anything else is refused before the answer is even read.
    package static let answerFields: Set<String> = ["_csrf", "fitness", "from", "until", "reviewDate"]

    /// The answer form, read strictly: its fields, restriction boxes named `restriction-<code>`, nothing else.
    package static func answerForm(_ fields: [String: String]) throws -> PODAnswer.Form {
        var restrictions: [String] = []
        for name in fields.keys.sorted() where !answerFields.contains(name) {
            guard name.hasPrefix("restriction-") else {
                throw AppError(
                    .badRequest, type: "unknown-field", key: "health.rel.error.formField",
                    ["field": String(name.prefix(60))],
                    field: String(name.prefix(60)))
            }
            restrictions.append(String(name.dropFirst("restriction-".count)))
        }
        return .init(
            fitness: fields["fitness"] ?? "", restrictions: restrictions, from: optional(fields["from"]),
            until: optional(fields["until"]), reviewDate: optional(fields["reviewDate"]))
    }

    @Sendable package func answerPOD(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try Self.id(context)
        do {
            _ = try await store.answerPODRequest(id, try Self.answerForm(fields), by: context.principal)
            return .redirect(to: "/health/pod-requests/\(id)?done=answer", type: .normal)
        } catch let error as AppError where error.status != .notFound {
            return try await podDetail(id, context, notice: nil, error: error, status: error.status)
        }
    }

    @Sendable package func closePOD(_ request: Request, context: SignedInContext) async throws -> Response {
        _ = try await WebForm.verified(request, session: context.session)
        let id = try Self.id(context)
        do {
            _ = try await store.closePODRequest(id, by: context.principal)
            return .redirect(to: "/health/pod-requests/\(id)?done=closure", type: .normal)
        } catch let error as AppError where error.status != .notFound {
            return try await podDetail(id, context, notice: nil, error: error, status: error.status)
        }
    }

    // MARK: releases

    /// The releases list: sortable, paged, filtered by status, and its CSV. The patient's name shows only to whoever
    /// may read the patient, so the list does not sort by it.
    package static let releaseList = ListSpec(
        name: "health.releases", path: "/health/releases",
        columns: [
            .init("recipient", "hrel.recipient", order: ["LOWER(r.recipient)"]),
            .init("purpose", "hrel.purpose", order: ["r.purpose"]),
            .init("patient", "hrel.patient"),
            .init("status", "hrel.status", order: ["o.state"]),
            .init("requested", "hrel.requestedOn", order: ["o.created_at"]),
        ],
        defaultSort: "requested", defaultDescending: true, filters: ["status"])

    @Sendable package func releaseList(_ request: Request, context: SignedInContext) async throws -> Response {
        let list = try ListQuery(request, Self.releaseList)
        return try await releaseListPage(context, list: list, values: [:], notice: Self.notice(request), error: nil)
    }

    package func releaseListPage(
        _ context: SignedInContext, list: ListQuery? = nil, values: [String: String], notice: String?,
        error: AppError?, errors: FormErrors = FormErrors(), status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let list = try list ?? ListQuery(fields: [:], Self.releaseList)
        let state = try list.choice("status", as: ReleaseOfInformation.Status.self)
        let found = try await store.releases(status: state, list: list, by: context.principal)
        let items = found.items
        let names = try await chancery.health.patientNames(Set(items.map(\.patientID)), by: context.principal)
        let rows = items.map { release in
            HealthReleasesPage.Item(
                id: release.object.id, recipient: release.recipient, purpose: t.term(release.purpose),
                patientID: release.patientID, patientName: names[release.patientID],
                status: t("hrel.state.\(release.status.rawValue)"),
                requested: DayText.day(release.object.createdAt, t))
        }
        let label = chancery.objects.dominantLabel(of: items.map(\.object))
        if list.isExport {
            return list.csv(
                rows.map { [$0.recipient, $0.purpose, $0.patientName ?? "", $0.status, $0.requested] },
                label: label, t)
        }
        let total = try await store.releaseCount(status: state, patientID: nil, by: context.principal)
        let model = page(
            context, notice: notice, error: error, errors: errors,
            HealthReleasesPage(
                hasItems: !rows.isEmpty, items: rows, headers: list.headers(t),
                pager: list.pager(shown: rows.count, hasMore: found.hasMore, total: total, t),
                statuses: [HealthChoice(value: "", name: t("hrel.anyStatus"), selected: state == nil)]
                    + ReleaseOfInformation.Status.allCases.map {
                        HealthChoice(value: $0.rawValue, name: t("hrel.state.\($0.rawValue)"), selected: state == $0)
                    },
                sort: list.sort.id, order: list.descending ? "desc" : "asc",
                values: values,
                patients: try await patientChoices(
                    context, selected: values["patient"], query: Self.patientQuery(values)),
                entryTypes: RecordEntry.EntryType.allCases.map { type in
                    .init(
                        value: type.rawValue, name: t("hrel.entryType.\(type.rawValue)"),
                        checked: values["type-\(type.rawValue)"] != nil)
                }))
        return PageRenderer.response(
            "health-releases", model, frame: frame(t("hrel.releases"), label: label, path: "/health/releases", context),
            status: status)
    }

    /// Asks for a release of information: staff only; every field checked at once before anything is stored. The
    /// patient search's button (the form without the pages' script) only narrows the list of patients to what it
    /// finds; the patient sent is checked by the store either way, and one the reader may not read is a field error.
    @Sendable package func requestRelease(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        try HealthOffice.require(HealthOffice.staff, context.principal)
        if fields["action"] == "find" {
            return try await releaseListPage(context, values: fields, notice: nil, error: nil)
        }
        let t = context.localizer
        var errors = FormErrors()
        let patient = Self.required("patient", fields, &errors, t) { try HealthReleasesController.objectID($0) }
        _ = Self.required("recipient", fields, &errors, t) { try FieldRules.text($0, field: "recipient", max: 200) }
        _ = Self.required("purpose", fields, &errors, t) { try FieldRules.text($0, field: "purpose", max: 500) }
        for field in ["from", "until"] {
            _ = errors.check(field, label: t("hrel.\(field)"), t) {
                try FieldRules.date(Self.optional(fields[field]), field: field)
            }
        }
        let types = RecordEntry.EntryType.allCases.map(\.rawValue).filter { fields["type-\($0)"] != nil }
        if types.isEmpty { errors.add("entryTypes", t("form.error.choice")) }
        var asked: ReleaseOfInformation.Request?
        if errors.isEmpty {
            do {
                asked = try HealthReleasesController.releaseRequest(
                    recipient: fields["recipient"] ?? "", purpose: fields["purpose"] ?? "", entryTypes: types,
                    from: Self.optional(fields["from"]), until: Self.optional(fields["until"]))
            } catch let error as AppError { Self.record(error, into: &errors, t) }
        }
        guard errors.isEmpty, let patient, let asked else {
            return try await releaseListPage(
                context, values: fields, notice: nil, error: nil, errors: errors, status: .badRequest)
        }
        do {
            let release = try await store.requestRelease(of: patient, asked, by: context.principal)
            return .redirect(to: "/health/releases/\(release.object.id)?done=created", type: .normal)
        } catch let error as AppError {
            if error.status == .notFound {
                // The patient is not there for this reader (no such record, or one they may not read): said the same.
                errors.add("patient", t("hrel.error.patientNotFound"))
                return try await releaseListPage(
                    context, values: fields, notice: nil, error: nil, errors: errors, status: .badRequest)
            }
            Self.record(error, into: &errors, t)
            return try await releaseListPage(
                context, values: fields, notice: nil, error: nil, errors: errors, status: error.status)
        }
    }

    @Sendable package func releasePage(_ request: Request, context: SignedInContext) async throws -> Response {
        try await releaseDetail(try Self.id(context), context, notice: Self.notice(request), error: nil)
    }

    package func releaseDetail(
        _ id: String, _ context: SignedInContext, notice: String?, error: AppError?, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        guard case (let release, let consentValid)? = try await store.release(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        let period =
            (release.from != nil || release.until != nil) ? "(\(release.from ?? "…") – \(release.until ?? "…"))" : ""
        let principal = context.principal
        let model = page(
            context, notice: notice, error: error,
            HealthReleaseDetailPage(
                item: .init(
                    id: release.object.id, patientID: release.patientID, recipient: release.recipient,
                    purpose: t.term(release.purpose), status: t("hrel.state.\(release.status.rawValue)"),
                    entryTypes: release.entryTypes.map { t("hrel.entryType.\($0.rawValue)") }.joined(separator: ", "),
                    period: period, requestedBy: release.requestedBy, approvedBy: release.approvedBy ?? "—",
                    releasedBy: release.releasedBy ?? "—"),
                consentValid: consentValid,
                canApprove: release.status == .requested && !HealthOffice.advisors.isDisjoint(with: principal.roles)
                    && release.requestedBy != principal.id,
                canRelease: release.status == .approved && Self.isStaff(principal),
                released: release.status == .released))
        return PageRenderer.response(
            "health-release", model,
            frame: frame(t("hrel.releases"), label: release.object.label, path: "/health/releases/\(id)", context),
            status: status)
    }

    @Sendable package func releaseAction(_ request: Request, context: SignedInContext) async throws -> Response {
        _ = try await WebForm.verified(request, session: context.session)
        let id = try Self.id(context)
        let action = try context.parameters.require("action")
        do {
            switch action {
            case "approval": _ = try await store.approveRelease(id, by: context.principal)
            case "release": _ = try await store.performRelease(id, by: context.principal)
            default: throw AppError.notFound
            }
            return .redirect(to: "/health/releases/\(id)?done=\(action)", type: .normal)
        } catch let error as AppError where error.status != .notFound {
            return try await releaseDetail(id, context, notice: nil, error: error, status: error.status)
        }
    }

    /// The package as a printable page, marked with its own (dominant) label at the top and bottom.
    @Sendable package func packagePage(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let id = try Self.id(context)
        guard let package = try await store.package(of: id, by: context.principal),
            let label = try? package.label.storedLabel()
        else { throw AppError.objectNotFound(id) }
        let model = page(
            context, notice: nil, error: nil,
            HealthReleasePackagePage(
                banner: package.banner,
                patient: .init(name: package.patient.name, dateOfBirth: package.patient.dateOfBirth),
                recipient: package.recipient, purpose: t.term(package.purpose), releasedAt: package.releasedAt,
                releasedBy: package.releasedBy,
                entries: package.entries.map { entry in
                    .init(
                        id: entry.id, date: entry.date, type: t("hrel.entryType.\(entry.type)"), summary: entry.summary,
                        text: entry.text, banner: entry.banner)
                }))
        return PageRenderer.response(
            "health-release-package", model,
            frame: frame(t("hrel.package"), label: label, path: "/health/releases/\(id)/package", context))
    }

    // MARK: disclosures

    /// The accounting of disclosures of one patient, printable for the patient.
    @Sendable package func disclosureReport(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let id = try Self.id(context)
        guard case (let patient, let rows)? = try await store.disclosures(of: id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        let model = page(
            context, notice: nil, error: nil,
            HealthDisclosuresPage(
                patientName: patient.details.displayName, dateOfBirth: patient.details.dateOfBirth,
                hasItems: !rows.isEmpty,
                items: rows.map { row in
                    .init(
                        id: row.id, date: DayText.day(row.disclosedAt, t), recipient: row.recipient,
                        what: row.description, purpose: t.term(row.purpose), releasedBy: row.releasedBy)
                }))
        return PageRenderer.response(
            "health-disclosures", model,
            frame: frame(
                t("hrel.disclosures"), label: patient.object.label, path: "/health/patients/\(id)/disclosures", context)
        )
    }
}
