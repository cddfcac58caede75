import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The letter pages: the letters of an application (produce one, read it as HTML or PDF, mark it sent) and the
/// templates the assistants edit. Every form comes back with all its errors marked; nothing is shown to a principal
/// who may not read the application (404, as for a missing id).
package struct LettersWebController: RecruitmentPages {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/recruitment/applications/{id}/letters", use: lettersPage)
        group.post("/recruitment/applications/{id}/letters", use: produce)
        group.get("/recruitment/letters/{id}/html", use: html)
        group.get("/recruitment/letters/{id}/pdf", use: pdf)
        group.post("/recruitment/letters/{id}/sent", use: markSent)
        group.get("/recruitment/letter-templates", use: templateList)
        group.get("/recruitment/letter-templates/{kind}/{language}", use: templatePage)
        group.post("/recruitment/letter-templates/{kind}/{language}", use: saveTemplate)
    }

    static func labels(_ t: Localizer) -> [String: String] { LetterPages.labels(t) }

    static func notice(_ request: Request?, _ t: Localizer) -> String? {
        done(request, t, among: notices, prefix: "recruitment.letters.done")
    }

    static let notices = ["produced", "sent", "saved"]

    // MARK: the letters of an application

    @Sendable package func lettersPage(_ request: Request, context: SignedInContext) async throws -> Response {
        try await lettersView(try VacanciesWebController.id(context), request: request, context: context)
    }

    func lettersView(
        _ id: String, request: Request?, context: SignedInContext, errors: FormErrors = FormErrors(),
        typed: [String: String]? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let (application, letters) = try await chancery.letters.letters(of: id, by: context.principal)
        let chosen = typed?["language"].flatMap(LetterLanguage.init) ?? LetterLanguage.chosen(by: application.languages)
        let kind = typed?["kind"].flatMap(LetterKind.init)
        let names = try await chancery.users.displayNames(of: Set(letters.flatMap { $0.sent.map(\.sentBy) }))
        let rows = letters.map { item in
            LetterPages.LetterRow(
                id: item.letter.object.id, kind: t("recruitment.letters.kind.\(item.letter.letterKind.rawValue)"),
                subject: item.letter.subject,
                language: t("recruitment.letters.language.\(item.letter.language.rawValue)"),
                produced: DayText.moment(item.letter.producedAt, t),
                state: t("recruitment.letters.state.\(item.letter.object.state)"),
                sent: item.sent.map {
                    t(
                        "recruitment.letters.sentLine",
                        [
                            "at": DayText.moment($0.sentAt, t), "by": names[$0.sentBy] ?? $0.sentBy,
                            "channel": t("recruitment.letters.channel.\($0.channel.rawValue)"),
                        ])
                }, hasSent: !item.sent.isEmpty,
                channels: LetterChannel.allCases.map {
                    RecruitmentChoice(
                        value: $0.rawValue, name: t("recruitment.letters.channel.\($0.rawValue)"), selected: false)
                })
        }
        let content = LetterPages.LettersPage(
            applicationId: id, candidate: "\(application.givenNames) \(application.familyName)",
            reference: application.reference, letters: rows, hasLetters: !rows.isEmpty,
            kinds: LetterKind.allCases.map {
                RecruitmentChoice(
                    value: $0.rawValue, name: t("recruitment.letters.kind.\($0.rawValue)"), selected: $0 == kind)
            },
            languages: LetterLanguage.allCases.map {
                RecruitmentChoice(
                    value: $0.rawValue,
                    name: t("recruitment.letters.language.\($0.rawValue)")
                        + ($0 == LetterLanguage.chosen(by: application.languages)
                            ? " (" + t("recruitment.letters.page.candidateLanguage") + ")" : ""),
                    selected: $0 == chosen)
            },
            invitationWhen: typed?["invitationWhen"] ?? "", invitationPlace: typed?["invitationPlace"] ?? "")
        let label = chancery.objects.dominantLabel(of: [application.object] + letters.map(\.letter.object))
        return PageRenderer.response(
            "recruitment-letters", page(request, context, errors: errors, content),
            frame: frame(
                t("recruitment.letters.page.letters") + " — " + application.reference, label: label,
                path: "/recruitment/applications/\(id)/letters", context),
            status: status)
    }

    /// Produces a letter; a refused form comes back with every error at its field and what was chosen.
    @Sendable package func produce(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try VacanciesWebController.id(context)
        try RecruitmentOffice.require(RecruitmentOffice.assistants, context.principal)
        do {
            let order = try LetterOrder(
                LetterRequest(
                    kind: fields["kind"], language: fields["language"], invitationWhen: fields["invitationWhen"],
                    invitationPlace: fields["invitationPlace"]))
            _ = try await chancery.letters.produce(order, for: id, by: context.principal)
            return .redirect(to: "/recruitment/applications/\(id)/letters?done=produced", type: .normal)
        } catch let error as AppError where error.status == .badRequest || error.status == .conflict {
            var errors = FormErrors()
            errors.add(error, field: "kind", context.localizer)
            return try await lettersView(
                id, request: nil, context: context, errors: errors, typed: fields, status: error.status)
        }
    }

    @Sendable package func html(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try VacanciesWebController.id(context)
        guard let letter = try await chancery.letters.letter(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        return LettersController.html(
            letter,
            back: (
                "/recruitment/applications/\(letter.applicationId)/letters",
                context.localizer("recruitment.letters.backToLetters")
            ))
    }

    @Sendable package func pdf(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try VacanciesWebController.id(context)
        guard let letter = try await chancery.letters.letter(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        return try await LettersController.pdf(letter, logger: context.logger)
    }

    @Sendable package func markSent(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try VacanciesWebController.id(context)
        guard let channel = LetterChannel(rawValue: fields["channel"] ?? "") else { throw LetterError.channel }
        let letter = try await chancery.letters.markSent(id, channel: channel, by: context.principal)
        return .redirect(to: "/recruitment/applications/\(letter.applicationId)/letters?done=sent", type: .normal)
    }

    // MARK: templates

    @Sendable package func templateList(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let templates = try await chancery.letters.templates(by: context.principal)
        let rows = templates.map {
            LetterPages.TemplateRow(
                kind: $0.kind.rawValue, language: $0.language.rawValue,
                name: t("recruitment.letters.kind.\($0.kind.rawValue)"),
                languageName: t("recruitment.letters.language.\($0.language.rawValue)"), subject: $0.subject,
                version: $0.version, savedAt: $0.savedAt == 0 ? "—" : DayText.moment($0.savedAt, t))
        }
        return PageRenderer.response(
            "recruitment-letter-templates", page(request, context, LetterPages.TemplateListPage(rows: rows)),
            frame: frame(
                t("recruitment.letters.page.templates"), label: .unclassified, path: "/recruitment/letter-templates",
                context))
    }

    @Sendable package func templatePage(_ request: Request, context: SignedInContext) async throws -> Response {
        try await templateView(request: request, context: context)
    }

    func templateView(
        request: Request?, context: SignedInContext, errors: FormErrors = FormErrors(),
        typed: [String: String]? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let (kind, language) = try LettersController.templateName(context)
        let versions = try await chancery.letters.history(kind, language, by: context.principal)
        guard let current = versions.first else {
            throw LetterError.noTemplate("\(kind.rawValue)/\(language.rawValue)")
        }
        let names = try await chancery.users.displayNames(of: Set(versions.map(\.savedBy)))
        let content = LetterPages.TemplateFormPage(
            kind: kind.rawValue, language: language.rawValue,
            languageName: t("recruitment.letters.language.\(language.rawValue)"),
            name: t("recruitment.letters.kind.\(kind.rawValue)"),
            version: current.version, subject: typed?["subject"] ?? current.subject,
            body: typed?["body"] ?? current.body, placeholders: LetterKind.placeholders.map { "{{\($0)}}" },
            versions: versions.map {
                LetterPages.TemplateFormPage.Version(
                    version: $0.version, savedAt: $0.savedAt == 0 ? "—" : DayText.moment($0.savedAt, t),
                    savedBy: names[$0.savedBy] ?? $0.savedBy, subject: $0.subject)
            })
        return PageRenderer.response(
            "recruitment-letter-template", page(request, context, errors: errors, content),
            frame: frame(
                t("recruitment.letters.kind.\(kind.rawValue)"), label: .unclassified,
                path: "/recruitment/letter-templates/\(kind.rawValue)/\(language.rawValue)", context),
            status: status)
    }

    /// Saves a new version; a placeholder Chancery does not know, an empty field or a stale version comes back in
    /// the form, every error at its field, with what was typed.
    @Sendable package func saveTemplate(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let (kind, language) = try LettersController.templateName(context)
        do {
            _ = try await chancery.letters.saveTemplate(
                kind, language, expectedVersion: Int64(fields["version"] ?? "") ?? -1, subject: fields["subject"] ?? "",
                body: fields["body"] ?? "", by: context.principal)
            return .redirect(
                to: "/recruitment/letter-templates/\(kind.rawValue)/\(language.rawValue)?done=saved", type: .normal)
        } catch let error as AppError
            where [.badRequest, .conflict, .preconditionFailed].contains(error.status)
        {
            var errors = FormErrors()
            errors.add(error, field: "body", context.localizer)
            return try await templateView(
                request: nil, context: context, errors: errors, typed: fields, status: error.status)
        }
    }
}
