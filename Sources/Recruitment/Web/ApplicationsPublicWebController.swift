import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The public application form of a published vacancy (`/vacancies/{id}/apply`), without sign-in, in English and
/// French. It is protected from cross-site posts by a token sent twice, in a strict same-site cookie and in the form,
/// as the sign-in form is. Every refusal shows the form again with each error at its field and what was typed (the
/// files must be chosen again: nothing of a refused application is kept).
package struct ApplicationsPublicWebController {
    package let chancery: Chancery
    /// The rate limit of applications, per address (one per node).
    package var limiter = PublicApplicationLimiter()

    /// The cookie holding the form's token.
    package static let cookie = "chancery_apply"
    /// Rows of education and of experience the form offers.
    package static let rows = 3
    /// Other languages the form offers.
    package static let otherRows = 2
    /// Languages offered besides English and French: the languages of the member states.
    static let otherLanguages = [
        "sq", "bg", "hr", "cs", "da", "nl", "et", "fi", "de", "el", "hu", "is", "it", "lv", "lt", "lb", "mk", "mt",
        "cnr", "no", "pl", "pt", "ro", "sk", "sl", "es", "sv", "tr", "ar", "ru", "uk", "zh",
    ].filter { $0.count == 2 }
    /// The NATO language levels a candidate may declare (STANAG 6001).
    static let levels = ["1", "2", "3", "4", "5"]

    package func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/vacancies/{id}/apply", use: form)
        router.post("/vacancies/{id}/apply", use: apply)
    }

    func vacancy(_ context: AppRequestContext) async throws -> (String, PublishedVacancy) {
        let id = try context.parameters.require("id")
        guard ObjectID.isWellFormed(id), let vacancy = try await chancery.recruitment.publishedVacancy(id) else {
            throw AppError.objectNotFound(String(id.prefix(40)))
        }
        return (id, vacancy)
    }

    @Sendable package func form(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (id, vacancy) = try await vacancy(context)
        return render(id, vacancy, fields: [:], errors: FormErrors(), token: Self.token(request), context)
    }

    /// The form's token: the one the visitor's cookie already holds, or a new one.
    static func token(_ request: Request) -> String {
        if let value = request.cookies[cookie]?.value, value.count >= 32, value.count <= 64,
            value.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        {
            return value
        }
        return SecretToken.make()
    }

    /// The fields in the order the page shows them, which the summary of errors follows.
    static let fieldOrder: [String] = {
        var order = ["family-name", "given-names", "email", "date-of-birth", "nationality", "staff-number"]
        order += ["level-en", "level-fr"]
        for row in 0..<otherRows { order += ["other-\(row)-language", "other-\(row)-level"] }
        for row in 0..<rows {
            for name in ["level", "title", "institution", "year"] { order.append("edu-\(row)-\(name)") }
        }
        for row in 0..<rows {
            for name in ["from", "to", "employer", "post", "duties"] { order.append("exp-\(row)-\(name)") }
        }
        return order + ["cv", "letter", "apply-submit"]
    }()

    /// The errors in the page's order.
    static func ordered(_ errors: FormErrors) -> FormErrors {
        var ordered = FormErrors()
        let rank = Dictionary(uniqueKeysWithValues: fieldOrder.enumerated().map { ($1, $0) })
        for item in errors.items.sorted(by: { (rank[$0.field] ?? 999) < (rank[$1.field] ?? 999) }) {
            if item.linked { ordered.add(item.field, item.message) } else { ordered.addFormLevel(item.message) }
        }
        return ordered
    }

    func render(
        _ id: String, _ vacancy: PublishedVacancy, fields: [String: String], errors unordered: FormErrors,
        token: String, _ context: AppRequestContext, status: HTTPResponse.Status = .ok
    ) -> Response {
        let errors = Self.ordered(unordered)
        let t = context.localizer
        let model = RecruitmentPage(
            RecruitmentPageParts(
                t: RecruitmentWebStrings.labels(t).merging(ApplicationsStrings.labels(t)) { _, own in own }, csrf: nil,
                notice: nil, errors: errors.model(t)),
            Self.content(id, vacancy, fields: fields, errors: errors, token: token, t))
        var response = PageRenderer.response(
            "recruitment-apply", model,
            frame: PageFrame(
                title: t("recruitment.apply.title", ["title": vacancy.title(in: t.language)]), label: .unclassified,
                localizer: t,
                path: "/vacancies/\(id)/apply"),
            status: status)
        response.setCookie(
            Cookie(
                name: Self.cookie, value: token, maxAge: 3600, path: "/vacancies",
                secure: chancery.configuration.secureCookies,
                httpOnly: true, sameSite: .strict))
        return response
    }

    static func content(
        _ id: String, _ vacancy: PublishedVacancy, fields: [String: String], errors: FormErrors, token: String,
        _ t: Localizer
    ) -> ApplyPage {
        func error(_ field: String) -> String? { errors.items.first { $0.linked && $0.field == field }?.message }
        func input(_ field: String) -> ApplyInput { ApplyInput(field, fields[field] ?? "", error(field)) }
        func select(_ field: String, _ options: [(String, String)], blank: String) -> ApplySelect {
            let chosen = fields[field] ?? ""
            return ApplySelect(
                id: field,
                options: [RecruitmentChoice(value: "", name: blank, selected: chosen.isEmpty)]
                    + options.map { RecruitmentChoice(value: $0.0, name: $0.1, selected: $0.0 == chosen) },
                error: error(field))
        }
        let nations = ReleasabilityCodes.memberNationsInBitOrder.map { ($0, t("nation.\($0)")) }
            .sorted { $0.1.compare($1.1, locale: Locale(identifier: t.language.rawValue)) == .orderedAscending }
        let levels = Self.levels.map { ($0, t("recruitment.apply.level.\($0)")) }
        let locale = Locale(identifier: t.language.rawValue)
        let languages = otherLanguages.map { ($0, locale.localizedString(forLanguageCode: $0) ?? $0) }
            .sorted { $0.1.compare($1.1, locale: locale) == .orderedAscending }
        let isced = (0...8).map { (String($0), t("recruitment.isced.\($0)")) }
        return ApplyPage(
            id: id, title: vacancy.title(in: t.language),
            deadline: vacancy.deadlineAt.map { t("recruitment.brusselsTime", ["time": DayText.moment($0, t)]) } ?? "",
            csrf: token, familyName: input("family-name"), givenNames: input("given-names"), email: input("email"),
            dateOfBirth: input("date-of-birth"),
            nationality: select("nationality", nations, blank: t("recruitment.apply.choose")),
            isInternal: fields["internal"] == "yes", internalError: error("internal"),
            staffNumber: input("staff-number"),
            english: select("level-en", levels, blank: t("recruitment.apply.noLevel")),
            french: select("level-fr", levels, blank: t("recruitment.apply.noLevel")),
            others: (0..<otherRows).map {
                ApplyPage.OtherLanguage(
                    language: select("other-\($0)-language", languages, blank: t("recruitment.apply.choose")),
                    level: select("other-\($0)-level", levels, blank: t("recruitment.apply.noLevel")))
            },
            education: (0..<rows).map {
                ApplyPage.Education(
                    number: $0 + 1, level: select("edu-\($0)-level", isced, blank: t("recruitment.apply.choose")),
                    title: input("edu-\($0)-title"), institution: input("edu-\($0)-institution"),
                    year: input("edu-\($0)-year"))
            },
            experience: (0..<rows).map {
                ApplyPage.Experience(
                    number: $0 + 1, from: input("exp-\($0)-from"), to: input("exp-\($0)-to"),
                    employer: input("exp-\($0)-employer"), post: input("exp-\($0)-post"),
                    duties: input("exp-\($0)-duties"))
            },
            gender: select(
                "gender",
                CandidateGender.allCases.filter { $0 != .undisclosed }.map {
                    ($0.rawValue, t("recruitment.gender.\($0.rawValue)"))
                }, blank: t("recruitment.gender.undisclosed")),
            source: select(
                "source",
                CandidateSource.allCases.filter { $0 != .undisclosed }.map {
                    ($0.rawValue, t("recruitment.source.\($0.rawValue)"))
                }, blank: t("recruitment.source.undisclosed")),
            cv: ApplyInput("cv", "", error("cv")), letter: ApplyInput("letter", "", error("letter")),
            submitError: error("apply-submit"))
    }

    /// The form's fields as the API's request: blank rows left out; `rows` says which form row each entry came from.
    static func request(_ fields: [String: String], errors: inout FormErrors, _ t: Localizer)
        -> (request: ApplicationRequest, education: [Int], experience: [Int])
    {
        func value(_ name: String) -> String { (fields[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        var languages: [ApplicationRequest.LanguageEntry] = []
        for (code, field) in [("en", "level-en"), ("fr", "level-fr")] where !value(field).isEmpty {
            languages.append(.init(language: code, level: value(field)))
        }
        for row in 0..<otherRows {
            let language = value("other-\(row)-language")
            let level = value("other-\(row)-level")
            if language.isEmpty, !level.isEmpty {
                errors.add("other-\(row)-language", t("recruitment.application.required"))
            } else if !language.isEmpty {
                languages.append(.init(language: language, level: level.isEmpty ? nil : level))
            }
        }
        var education: [ApplicationRequest.EducationEntry] = []
        var educationRows: [Int] = []
        for row in 0..<rows {
            let names = ["level", "title", "institution", "year"].map { "edu-\(row)-\($0)" }
            guard names.contains(where: { !value($0).isEmpty }) else { continue }
            var year: Int?
            if !value(names[3]).isEmpty {
                year = Int(value(names[3]))
                if year == nil { year = -1 }
            }
            education.append(
                .init(
                    iscedLevel: Int(value(names[0])) ?? -1, title: value(names[1]), institution: value(names[2]),
                    year: year))
            educationRows.append(row)
        }
        var experience: [ApplicationRequest.ExperienceEntry] = []
        var experienceRows: [Int] = []
        for row in 0..<rows {
            let names = ["from", "to", "employer", "post", "duties"].map { "exp-\(row)-\($0)" }
            guard names.contains(where: { !value($0).isEmpty }) else { continue }
            experience.append(
                .init(
                    from: value(names[0]), to: value(names[1]), employer: value(names[2]), post: value(names[3]),
                    duties: value(names[4])))
            experienceRows.append(row)
        }
        let isInternal = value("internal") == "yes"
        // the form asks an internal candidate for their staff number (the API leaves it optional)
        if isInternal, value("staff-number").isEmpty {
            errors.add("staff-number", t("recruitment.application.staffNumber"))
        }
        return (
            ApplicationRequest(
                familyName: value("family-name"), givenNames: value("given-names"), email: value("email"),
                dateOfBirth: value("date-of-birth"), nationality: value("nationality"), languages: languages,
                internal: isInternal, staffNumber: isInternal ? value("staff-number") : nil, education: education,
                experience: experience, gender: value("gender"), source: value("source")),
            educationRows, experienceRows
        )
    }

    /// The page's field of an API field name (`education[1].title` from row 2 → `edu-2-title`).
    static func pageField(_ field: String, education: [Int], experience: [Int]) -> String {
        let simple = [
            "familyName": "family-name", "givenNames": "given-names", "email": "email", "dateOfBirth": "date-of-birth",
            "nationality": "nationality", "staffNumber": "staff-number", "languages": "level-en",
            "education": "edu-0-title", "experience": "exp-0-from", "gender": "gender", "source": "source",
        ]
        if let known = simple[field] { return known }
        for (prefix, short, rows, first) in [
            ("education", "edu", education, "level"), ("experience", "exp", experience, "from"),
        ] {
            guard field.hasPrefix(prefix + "["),
                let match = field.wholeMatch(of: #/[a-z]+\[(\d+)\]\.([a-zA-Z]+)/#), let index = Int(match.1),
                index < rows.count
            else { continue }
            let name = String(match.2) == "iscedLevel" ? first : String(match.2)
            return "\(short)-\(rows[index])-\(name)"
        }
        return "apply-submit"
    }

    /// Receives the form: its token checked before any file is read, the CV and letter staged as they stream
    /// (refused unless PDF, DOCX or ODT within 5 MB), every field checked at once, then the application recorded
    /// with its documents, or the form shown again.
    @Sendable package func apply(_ request: Request, context: AppRequestContext) async throws -> Response {
        let t = context.localizer
        let (id, vacancy) = try await vacancy(context)
        let address = ClientAddress.of(request, context: context, trusting: chancery.configuration.trustedProxies)
        guard let cookie = request.cookies[Self.cookie]?.value, !cookie.isEmpty else { throw AppError.csrf }
        let (fields, staged, fileErrors) = try await receive(request, token: cookie)
        var errors = FormErrors()
        for (field, error) in fileErrors { errors.add(error, field: field, t) }
        do {
            try limiter.admit(address)
        } catch let error as AppError {
            await chancery.attachments.discard(staged.map(\.file))
            errors.add("apply-submit", error.detail(t))
            var response = render(
                id, vacancy, fields: fields, errors: errors, token: cookie, context, status: error.status)
            if let seconds = error.retryAfter { response.headers[.retryAfter] = String(seconds) }
            return response
        }
        let (body, education, experience) = Self.request(fields, errors: &errors, t)
        var form: ApplicationForm?
        do {
            form = try ApplicationForm(body, today: HeadquartersCalendar.day(Clock.nowMilliseconds()))
        } catch let error as AppError {
            for item in error.errors {
                errors.add(Self.pageField(item.field, education: education, experience: experience), item.detail(t))
            }
        }
        guard errors.isEmpty, let form else {
            await chancery.attachments.discard(staged.map(\.file))
            return render(id, vacancy, fields: fields, errors: errors, token: cookie, context, status: .badRequest)
        }
        do {
            let receipt = try await chancery.applications.apply(to: id, form, address: address, documents: staged)
            let model = RecruitmentPage(
                RecruitmentPageParts(
                    t: RecruitmentWebStrings.labels(t).merging(ApplicationsStrings.labels(t)) { _, own in own },
                    csrf: nil, notice: nil, errors: nil),
                ApplyDonePage(
                    id: id, title: vacancy.title(in: t.language), reference: receipt.reference, documents: staged.count)
            )
            return PageRenderer.response(
                "recruitment-apply-done", model,
                frame: PageFrame(
                    title: t("recruitment.apply.doneTitle"), label: .unclassified, localizer: t,
                    path: "/vacancies/\(id)"),
                status: .created)
        } catch let error as AppError where error.status != .notFound {
            await chancery.attachments.discard(staged.map(\.file))
            if error.field == "nationality" {
                errors.add("nationality", error.detail(t))
            } else {
                errors.add("apply-submit", error.detail(t))
            }
            return render(id, vacancy, fields: fields, errors: errors, token: cookie, context, status: error.status)
        } catch {
            await chancery.attachments.discard(staged.map(\.file))
            throw error
        }
    }

    /// Reads the multipart form: its fields, the documents staged, and each document's refusal.
    func receive(_ request: Request, token: String) async throws
        -> ([String: String], [StagedDocument], [(String, AppError)])
    {
        guard let boundary = MultipartUpload.boundary(of: request.headers[.contentType]) else {
            throw MultipartUpload.notMultipart
        }
        let upload = MultipartUpload(boundary: boundary, maxFiles: 2, fieldLimit: 4096) { name, filename in
            ApplicationDocument(rawValue: name) != nil && !(filename ?? "").isEmpty
        }
        let attachments = chancery.attachments
        var staging: [(ApplicationDocument, Task<AttachmentStore.StagedFile, any Error>)] = []
        func verified() throws {
            guard let sent = upload.fields["_csrf"], WebForm.constantTimeEquals(sent, token) else {
                throw AppError.csrf
            }
        }
        do {
            var received: Int64 = 0
            let most = 2 * ApplicationDocument.limit + 256 * 1024
            for try await chunk in request.body {
                received += Int64(chunk.readableBytes)
                guard received <= most else { throw AppError.bodyTooLarge("\(most >> 20) MB") }
                do { try upload.feed(chunk) } catch { throw MultipartUpload.notMultipart }
                for (file, chunks) in upload.takeStartedFiles() {
                    // the token comes first in the form: no byte of a file is kept for a forged post
                    try verified()
                    guard let kind = ApplicationDocument(rawValue: file.name),
                        !staging.contains(where: { $0.0 == kind })
                    else { continue }
                    let type = FileType(contentType: file.contentType)
                    staging.append(
                        (
                            kind,
                            Task {
                                guard let type, ApplicationDocument.types.contains(type) else {
                                    throw ApplicationDocument.typeNotAllowed(file.contentType)
                                }
                                return try await attachments.stage(
                                    chunks, name: kind.fileName(type), contentType: type.rawValue,
                                    limit: ApplicationDocument.limit)
                            }
                        ))
                }
            }
            guard !upload.isInsidePart else { throw MultipartUpload.notMultipart }
            try verified()
        } catch {
            upload.abandon(error)
            for (_, task) in staging {
                if let file = try? await task.value { await attachments.discard([file]) }
            }
            throw error
        }
        var staged: [StagedDocument] = []
        var refused: [(String, AppError)] = []
        for (kind, task) in staging {
            do {
                staged.append(StagedDocument(kind: kind, file: try await task.value))
            } catch let error as AppError {
                refused.append((kind.rawValue, error))
            }
        }
        return (upload.fields, staged, refused)
    }
}
