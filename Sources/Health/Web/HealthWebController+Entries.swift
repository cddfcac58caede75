import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

extension HealthWebController {
    /// How many observation lines the entry form offers.
    package static let observationRows = 6

    @Sendable package func newEntryForm(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let id = try Self.id(context)
        guard let patient = try await chancery.health.patient(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        guard let type = request.uri.queryParameters.get("type").flatMap(RecordEntry.EntryType.init(rawValue:)) else {
            // First the type, then a form with the fields of that type only.
            let model = HealthEntryTypePage(
                heading: t("hw.entryTitle"), patientId: id, patientName: patient.details.displayName,
                types: RecordEntry.EntryType.allCases.map {
                    .init(
                        id: $0.rawValue, href: "/health/patients/\(id)/entries/new?type=\($0.rawValue)",
                        name: t("hw.type.\($0.rawValue)"))
                })
            return PageRenderer.response(
                "health-entry-type", page(context, model),
                frame: frame(t("hw.entryTitle"), label: patient.object.label, path: "/health/patients/\(id)", context))
        }
        return entryForm(
            context, patient: patient, entry: nil,
            values: ["type": type.rawValue, "date": HeadquartersCalendar.day(Clock.nowMilliseconds())],
            errors: FormErrors())
    }

    package func entryForm(
        _ context: SignedInContext, patient: Patient, entry: RecordEntry?, values: [String: String],
        errors: FormErrors, status: HTTPResponse.Status = .ok
    ) -> Response {
        let t = context.localizer
        let id = patient.object.id
        let type = entry?.content.type ?? RecordEntry.EntryType(rawValue: values["type"] ?? "") ?? .labResult
        let shown = errors.model(t)
        let rows = (0..<Self.observationRows).map { n in
            Self.row(
                n, values: values, code: shown?.message["obs\(n)-code"], value: shown?.message["obs\(n)-value"], t)
        }
        let model = HealthEntryFormPage(
            heading: t(entry == nil ? "hw.entryTitle" : "hw.correctTitle"), patientId: id,
            patientName: patient.details.displayName, isNew: entry == nil, type: type.rawValue,
            typeName: t("hw.type.\(type.rawValue)"), isLab: type == .labResult, isConsent: type == .consent,
            isCorrespondence: type == .correspondence, values: values, rows: rows, errors: shown,
            version: entry?.object.version ?? 0,
            action: entry.map { "/health/patients/\(id)/entries/\($0.object.id)/correct" }
                ?? "/health/patients/\(id)/entries/new",
            submit: t(entry == nil ? "hw.addEntry" : "hw.saveCorrection"))
        let label = entry?.object.label ?? patient.object.label
        return PageRenderer.response(
            "health-entry-form", page(context, model),
            frame: frame(
                t(entry == nil ? "hw.entryTitle" : "hw.correctTitle"), label: label, path: "/health/patients/\(id)",
                context),
            status: status)
    }

    /// One observation line: the catalogue's tests by panel, in the page's language, the row's test selected.
    static func row(
        _ n: Int, values: [String: String], code codeError: String?, value valueError: String?, _ t: Localizer
    ) -> HealthEntryFormPage.Row {
        let code = values["obs\(n)-code"] ?? ""
        let panels = LabTest.Panel.allCases.map { panel in
            HealthEntryFormPage.Row.Panel(
                name: t("lab.panel.\(panel.rawValue)"),
                tests: LabCatalogue.tests.filter { $0.panel == panel }.map { test in
                    .init(code: test.code, name: t("lab.\(test.code)"), unit: test.unit, selected: test.code == code)
                })
        }
        var other: HealthEntryFormPage.Row.Other?
        if !code.isEmpty, LabCatalogue.test(code) == nil {
            other = .init(
                code: code, display: values["obs\(n)-display"].flatMap { $0.isEmpty ? nil : $0 } ?? code,
                unit: values["obs\(n)-unit"] ?? "", low: values["obs\(n)-low"] ?? "", high: values["obs\(n)-high"] ?? ""
            )
        }
        return .init(
            n: n, number: n + 1, panels: panels, other: other, test: values["obs\(n)-test"] ?? "",
            value: values["obs\(n)-value"] ?? "", codeError: codeError, valueError: valueError)
    }

    /// The form with each row's test resolved from what was typed in its search box when no test was chosen in its
    /// list (a browser without the pages' script): the catalogue's test whose code, name (English or French) or
    /// suggestion ("name (unit)") it is, ignoring case. Text that names none is left for the checks to refuse.
    package static func resolvingTypedTests(_ fields: [String: String]) -> [String: String] {
        var fields = fields
        for n in 0..<observationRows {
            let code = fields["obs\(n)-code"]?.trimmingCharacters(in: .whitespaces) ?? ""
            let typed = fields["obs\(n)-test"]?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            guard code.isEmpty, !typed.isEmpty else { continue }
            let found = LabCatalogue.tests.first { test in
                [
                    test.code, test.name.en, test.name.fr, "\(test.name.en) (\(test.unit))",
                    "\(test.name.fr) (\(test.unit))",
                ]
                .contains { $0.lowercased() == typed }
            }
            if let found { fields["obs\(n)-code"] = found.code }
        }
        return fields
    }

    /// The form field an error names (the API's field name turned into the form's), to mark it; nil when it names
    /// none.
    static func formField(_ error: AppError, _ values: [String: String]) -> String? {
        guard let field = error.field else { return nil }
        let rows = (0..<observationRows).filter { !(values["obs\($0)-code"] ?? "").isEmpty }
        var name = field
        if field.hasPrefix("observations") {
            let index = Int(field.split(separator: "[").dropFirst().first?.split(separator: "]").first ?? "") ?? 0
            let row = index < rows.count ? rows[index] : 0
            name =
                field.hasSuffix(".unit") || field.hasSuffix(".code") || field == "observations"
                ? "obs\(row)-code" : "obs\(row)-value"
        } else if field.hasPrefix("consent") {
            let parts = [
                "consent.scope": "consent-scope", "consent.purpose": "consent-purpose",
                "consent.validFrom": "consent-from", "consent.validUntil": "consent-until",
            ]
            name = parts[field] ?? "consent-recipient"
        }
        return name
    }

    /// The entry a form describes, as an API request would (so the same checks apply). A test of the catalogue
    /// sends its result as typed: the request's checks read the number and refuse anything else.
    package static func entryRequest(_ fields: [String: String], _ t: Localizer) throws -> EntryRequest {
        func value(_ name: String) -> String? {
            fields[name].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        }
        func number(_ name: String, field: String) throws -> Double? {
            guard let text = value(name) else { return nil }
            guard let number = Double(text.replacingOccurrences(of: ",", with: ".")), number.isFinite else {
                throw AppError(.badRequest, type: "invalid-field", key: "hw.badNumber", ["field": field], field: field)
            }
            return number
        }
        var observations: [EntryRequest.ObservationRequest] = []
        for n in 0..<observationRows {
            guard let code = value("obs\(n)-code") else { continue }
            let field = "observations[\(observations.count)]"
            let raw = value("obs\(n)-value")
            let coding = RecordEntry.Coding(system: LabCatalogue.system, code: code, display: value("obs\(n)-display"))
            // A test of the catalogue sends its result as typed (the request reads the number or refuses it); any
            // other test sends a number as a number and anything else as text.
            let numeric =
                LabCatalogue.test(code) == nil
                ? raw.flatMap { Double($0.replacingOccurrences(of: ",", with: ".")) } : nil
            observations.append(
                EntryRequest.ObservationRequest(
                    code: coding, value: numeric, valueText: numeric == nil ? raw : nil, unit: value("obs\(n)-unit"),
                    low: try number("obs\(n)-low", field: "\(field).low"),
                    high: try number("obs\(n)-high", field: "\(field).high")))
        }
        var consent: RecordEntry.ConsentTerms?
        if fields["type"] == RecordEntry.EntryType.consent.rawValue || value("consent-recipient") != nil {
            consent = RecordEntry.ConsentTerms(
                recipient: fields["consent-recipient"] ?? "", scope: fields["consent-scope"] ?? "",
                purpose: fields["consent-purpose"] ?? "", validFrom: fields["consent-from"] ?? "",
                validUntil: fields["consent-until"] ?? "")
        }
        return EntryRequest(
            type: value("type"), summary: fields["summary"] ?? "", date: fields["date"] ?? "", clinician: nil,
            text: fields["text"], codes: nil, observations: observations.isEmpty ? nil : observations,
            correspondent: value("correspondent"), direction: value("correspondent") == nil ? nil : "in",
            consent: consent,
            label: nil, reason: value("reason"))
    }

    @Sendable package func addEntry(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try Self.id(context)
        let fields = Self.resolvingTypedTests(try await WebForm.verified(request, session: context.session))
        guard let patient = try await chancery.health.patient(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        let values = fields.filter { $0.key != "_csrf" }
        var errors = FormErrors()
        guard let type = RecordEntry.EntryType(rawValue: fields["type"] ?? "") else {
            throw HealthError.invalid("type", reasonKey: "health.reason.entryType")
        }
        Self.checkEntryFields(fields, type: type, correction: false, errors: &errors, context.localizer)
        guard errors.isEmpty else {
            return entryForm(context, patient: patient, entry: nil, values: values, errors: errors, status: .badRequest)
        }
        do {
            let form = try Self.entryRequest(fields, context.localizer)
            var content = try form.content()
            if content.type.isClinical { content.clinicianID = context.principal.id }
            let entry = try await chancery.health.addEntry(to: id, content, label: nil, by: context.principal)
            return .redirect(to: "/health/patients/\(id)/entries/\(entry.object.id)?done=entryAdded", type: .normal)
        } catch let error as AppError where error.status != .notFound {
            errors.add(Self.formField(error, values) ?? "form", error.detail(context.localizer))
            return entryForm(
                context, patient: patient, entry: nil, values: values, errors: errors, status: error.status)
        }
    }

    @Sendable package func entry(_ request: Request, context: SignedInContext) async throws -> Response {
        try await entryPage(context, request: request, error: nil)
    }

    package func entryPage(
        _ context: SignedInContext, request: Request?, error: AppError?, status: HTTPResponse.Status = .ok
    )
        async throws -> Response
    {
        let t = context.localizer
        let patientID = try Self.id(context)
        let id = try Self.id(context, "entryId")
        guard let patient = try await chancery.health.patient(patientID, by: context.principal),
            let (entry, versions) = try await chancery.health.entry(id, of: patientID, by: context.principal)
        else { throw AppError.objectNotFound(id) }
        let names = try await chancery.users.displayNames(of: [entry.object.createdBy] + versions.map(\.author))
        let files = try await chancery.health.files(ofReadEntry: id, by: context.principal)
        var shown = HealthEntryPage.Entry(
            id: id, summary: entry.content.summary, typeName: t("hw.type.\(entry.content.type.rawValue)"),
            date: entry.content.date, author: names[entry.object.createdBy] ?? entry.object.createdBy,
            version: entry.object.version, text: entry.content.text, banner: t.banner(entry.object.label),
            bannerClass: PageRenderer.bannerClass(entry.object.label.classification),
            correspondent: entry.content.correspondent)
        if let terms = entry.content.consent {
            shown.consent = t(
                "hw.consentSummary",
                [
                    "recipient": terms.recipient, "scope": terms.scope, "purpose": terms.purpose,
                    "from": terms.validFrom,
                    "until": terms.validUntil,
                ])
        }
        if let consent = entry.consent, let at = consent.revokedAt {
            shown.revokedText = t(
                "hw.revokedOn",
                ["date": DayText.day(at, t), "reason": consent.revocationReason ?? ""])
        }
        let model = HealthEntryPage(
            notice: request.flatMap { Self.notice($0, t) }, error: error.map { $0.detail(t) },
            patientId: patientID, patientName: patient.details.displayName, entry: shown,
            canWrite: Self.isStaff(context.principal) && entry.consent?.isRevoked != true,
            canRevoke: entry.consent.map { !$0.isRevoked } ?? false,
            hasObservations: !entry.content.observations.isEmpty,
            hasFiles: !files.isEmpty,
            files: files.map {
                .init(
                    id: $0.id, name: $0.name, version: $0.version, banner: $0.label.banner,
                    bannerClass: PageRenderer.bannerClass($0.label.classification))
            },
            observations: entry.content.observations.map(Self.observationRow),
            codes: entry.content.codes.map { .init(system: $0.system, code: $0.code, display: $0.display ?? "") },
            versions: versions.map {
                .init(
                    version: $0.version, recordedAt: DayText.moment($0.recordedAt, t),
                    author: names[$0.author] ?? $0.author,
                    reason: $0.reason ?? "", text: $0.content.text)
            })
        return PageRenderer.response(
            "health-entry", page(context, model),
            frame: frame(
                entry.content.summary, label: entry.object.label, path: "/health/patients/\(patientID)/entries/\(id)",
                context),
            status: status)
    }

    @Sendable package func correctForm(_ request: Request, context: SignedInContext) async throws -> Response {
        let patientID = try Self.id(context)
        let id = try Self.id(context, "entryId")
        guard let patient = try await chancery.health.patient(patientID, by: context.principal),
            let (entry, _) = try await chancery.health.entry(id, of: patientID, by: context.principal)
        else { throw AppError.objectNotFound(id) }
        return entryForm(context, patient: patient, entry: entry, values: Self.values(of: entry), errors: FormErrors())
    }

    package static func values(of entry: RecordEntry) -> [String: String] {
        let c = entry.content
        var values = [
            "type": c.type.rawValue, "summary": c.summary, "date": c.date, "text": c.text,
            "correspondent": c.correspondent ?? "",
        ]
        for (n, observation) in c.observations.prefix(observationRows).enumerated() {
            values["obs\(n)-code"] = observation.code.code
            values["obs\(n)-display"] = observation.code.display ?? ""
            values["obs\(n)-value"] = observation.value.map(number) ?? observation.valueText ?? ""
            values["obs\(n)-unit"] = observation.unit ?? ""
            values["obs\(n)-low"] = observation.low.map(number) ?? ""
            values["obs\(n)-high"] = observation.high.map(number) ?? ""
        }
        if let terms = c.consent {
            values["consent-recipient"] = terms.recipient
            values["consent-scope"] = terms.scope
            values["consent-purpose"] = terms.purpose
            values["consent-from"] = terms.validFrom
            values["consent-until"] = terms.validUntil
        }
        return values
    }

    @Sendable package func correct(_ request: Request, context: SignedInContext) async throws -> Response {
        let patientID = try Self.id(context)
        let id = try Self.id(context, "entryId")
        let fields = Self.resolvingTypedTests(try await WebForm.verified(request, session: context.session))
        guard let patient = try await chancery.health.patient(patientID, by: context.principal),
            let (entry, _) = try await chancery.health.entry(id, of: patientID, by: context.principal)
        else { throw AppError.objectNotFound(id) }
        var values = fields.filter { $0.key != "_csrf" }
        values["type"] = entry.content.type.rawValue
        var errors = FormErrors()
        Self.checkEntryFields(fields, type: entry.content.type, correction: true, errors: &errors, context.localizer)
        guard errors.isEmpty else {
            return entryForm(
                context, patient: patient, entry: entry, values: values, errors: errors, status: .badRequest)
        }
        do {
            var form = try Self.entryRequest(fields, context.localizer)
            form.type = nil
            if entry.content.type != .consent, form.consent?.recipient.isEmpty == true { form.consent = nil }
            let reason = try FieldRules.text(fields["reason"] ?? "", field: "reason", max: 500)
            let version = Int64(fields["version"] ?? "") ?? entry.object.version
            let codes = entry.content.codes
            let corrected = form
            _ = try await chancery.health.correctEntry(
                id, of: patientID, expectedVersion: version, reason: reason, by: context.principal
            ) { type in
                var content = try corrected.content(as: type)
                content.codes = codes
                return content
            }
            return .redirect(to: "/health/patients/\(patientID)/entries/\(id)?done=entryCorrected", type: .normal)
        } catch let error as AppError where error.status != .notFound {
            errors.add(Self.formField(error, values) ?? "form", error.detail(context.localizer))
            return entryForm(
                context, patient: patient, entry: entry, values: values, errors: errors, status: error.status)
        }
    }

    @Sendable package func revoke(_ request: Request, context: SignedInContext) async throws -> Response {
        let patientID = try Self.id(context)
        let id = try Self.id(context, "entryId")
        let fields = try await WebForm.verified(request, session: context.session)
        do {
            _ = try await chancery.health.revokeConsent(
                id, of: patientID, reason: try FieldRules.text(fields["reason"] ?? "", field: "reason", max: 500),
                by: context.principal)
            return .redirect(to: "/health/patients/\(patientID)/entries/\(id)?done=consentRevoked", type: .normal)
        } catch let error as AppError where error.status != .notFound {
            return try await entryPage(context, request: nil, error: error, status: error.status)
        }
    }

    // MARK: files

    /// The entry page's upload form: a scanned consent form, a lab report, a letter.
    @Sendable package func upload(_ request: Request, context: SignedInContext) async throws -> Response {
        let patientID = try Self.id(context)
        let id = try Self.id(context, "entryId")
        let (health, principal, limit) = (chancery.health, context.principal, chancery.configuration.maxUploadBytes)
        do {
            _ = try await MultipartUpload.receive(request, session: context.session, limit: limit) { chunks, file in
                try await health.attach(
                    chunks, toEntry: id, of: patientID, name: file.filename, contentType: file.contentType, label: nil,
                    limit: limit, by: principal)
            }
            return .redirect(to: "/health/patients/\(patientID)/entries/\(id)?done=fileAttached", type: .normal)
        } catch let error as AppError where error.type != AppError.csrf.type && error.status != .notFound {
            return try await entryPage(context, request: nil, error: error, status: error.status)
        }
    }

    @Sendable package func download(_ request: Request, context: SignedInContext) async throws -> Response {
        let patientID = try Self.id(context)
        let id = try Self.id(context, "entryId")
        let attachmentID = try context.parameters.require("attachmentId")
        guard ObjectID.isWellFormed(attachmentID),
            let attachment = try await chancery.health.download(
                attachmentID, ofEntry: id, of: patientID, by: context.principal)
        else { throw AppError.objectNotFound(id) }
        return try await AttachmentsAPI.file(attachment, blobs: chancery.attachments.blobs, context: context)
    }

    // MARK: break-glass

    @Sendable package func breakGlassForm(_ request: Request, context: SignedInContext) async throws -> Response {
        try breakGlassPage(context, values: [:], errors: FormErrors())
    }

    package func breakGlassPage(
        _ context: SignedInContext, values: [String: String], errors: FormErrors, status: HTTPResponse.Status = .ok
    ) throws
        -> Response
    {
        try HealthOffice.require([.healthClinician], context.principal)
        let t = context.localizer
        let model = HealthBreakGlassPage(values: values, errors: errors.model(t))
        return PageRenderer.response(
            "health-break-glass", page(context, model),
            frame: frame(t("hw.breakGlass"), label: .unclassified, path: "/health/break-glass/open", context),
            status: status)
    }

    /// Opens a record in an emergency: only a clinician may send the form (anyone else is refused before it is
    /// read, so that it tells them nothing of who has a record); both fields are checked before anything is stored.
    @Sendable package func breakGlass(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        try HealthOffice.require([.healthClinician], context.principal)
        let t = context.localizer
        let given = (fields["patient"] ?? "").trimmingCharacters(in: .whitespaces)
        let values = ["patient": given, "reason": fields["reason"] ?? ""]
        var errors = FormErrors()
        if given.isEmpty { errors.add("patient", t("form.error.required")) }
        var reason: String?
        if (fields["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            errors.add("reason", t("form.error.required"))
        } else {
            reason = errors.check("reason", label: t("hw.reason"), t) {
                try FieldRules.text(fields["reason"] ?? "", field: "reason", max: 500)
            }
        }
        guard errors.isEmpty, let reason else {
            return try breakGlassPage(context, values: values, errors: errors, status: .badRequest)
        }
        do {
            var patientID = given
            if !ObjectID.isWellFormed(given) {
                guard let found = try await chancery.health.patientID(staffNumber: given, by: context.principal) else {
                    throw AppError(
                        .notFound, type: "object-not-found", key: "error.objectNotFound",
                        ["id": String(given.prefix(40))],
                        field: "patient")
                }
                patientID = found
            }
            _ = try await chancery.health.breakGlass(patientID, reason: reason, by: context.principal)
            return .redirect(to: "/health/patients/\(patientID)?done=breakGlass", type: .normal)
        } catch let error as AppError {
            errors.add(error, field: "patient", t)
            return try breakGlassPage(context, values: values, errors: errors, status: error.status)
        }
    }

    /// The break-glass openings waiting for review as a list: sortable, paged, and its CSV. The patient's name shows
    /// only to whoever may read the patient, and the opener's from the accounts, so neither sorts it.
    package static let breakGlassList = ListSpec(
        name: "health.break-glass", path: "/health/break-glass",
        columns: [
            .init("opened", "hw.openedAt", order: ["b.opened_at"]),
            .init("user", "hw.user"),
            .init("patient", "hw.patient"),
            .init("reason", "hw.reason", order: ["LOWER(b.reason)"]),
        ],
        defaultSort: "opened", tieBreaker: "b.id")

    @Sendable package func breakGlassQueue(_ request: Request, context: SignedInContext) async throws -> Response {
        try await queuePage(
            context, list: try ListQuery(request, Self.breakGlassList),
            notice: Self.notice(request, context.localizer))
    }

    /// The queue; after a refused review, `refused` names the opening whose note is marked with `errors`' sentence
    /// and keeps what was typed.
    package func queuePage(
        _ context: SignedInContext, list: ListQuery? = nil, notice: String?, errors: FormErrors = FormErrors(),
        refused: (id: String, note: String)? = nil, status: HTTPResponse.Status = .ok
    ) async throws
        -> Response
    {
        let t = context.localizer
        let list = try list ?? ListQuery(fields: [:], Self.breakGlassList)
        let found = try await chancery.health.breakGlassOpenings(list: list, by: context.principal)
        let openings = found.items
        let names = try await chancery.users.displayNames(of: openings.map(\.userID))
        let rows = openings.map { opening in
            var row = HealthBreakGlassQueuePage.Opening(
                id: opening.id, openedAt: DayText.moment(opening.openedAt, t),
                user: names[opening.userID] ?? opening.userID, patient: opening.patientName ?? t("hw.hiddenPatient"),
                reason: opening.reason, mine: opening.userID == context.principal.id)
            if let refused, refused.id == opening.id {
                (row.note, row.noteError) = (refused.note, errors.items.first?.message)
            }
            return row
        }
        // The queue names patients and why their records were opened: it is marked as the highest of their labels,
        // never lower than the office's own floor.
        let label = HealthOffice.label(try? SecurityLabel.dominant(of: openings.compactMap(\.patientLabel)))
        if list.isExport {
            return list.csv(rows.map { [$0.openedAt, $0.user, $0.patient, $0.reason] }, label: label, t)
        }
        // A refusal for an opening whose form is not on the page (one's own, or not on this page) links to the row's
        // note that it waits for another advisor, or to the page.
        var errors = errors
        if let refused, !rows.contains(where: { $0.id == refused.id && !$0.mine }) {
            let anchor = rows.contains { $0.id == refused.id } ? "awaiting-\(refused.id)" : "page-title"
            var moved = FormErrors()
            for item in errors.items { moved.add(anchor, item.message) }
            errors = moved
        }
        let total = try await chancery.health.breakGlassOpeningCount(by: context.principal)
        let model = HealthBreakGlassQueuePage(
            notice: notice, errors: errors.model(t), hasOpenings: !rows.isEmpty, openings: rows,
            headers: list.headers(t),
            pager: list.pager(shown: rows.count, hasMore: found.hasMore, total: total, t))
        return PageRenderer.response(
            "health-break-glass-queue", page(context, model),
            frame: frame(t("hw.breakGlassQueue"), label: label, path: "/health/break-glass", context),
            status: status)
    }

    /// Reviews an opening from the queue: only a medical advisor gets as far as the checks; the note is checked
    /// before the store is asked, and a refusal comes back on the queue, the row's note marked with its sentence and
    /// kept. A review of one's own opening is refused there too, with the sentence that says why.
    @Sendable package func review(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try context.parameters.require("openingId")
        guard ObjectID.isWellFormed(id) else { throw AppError.notFound }
        try HealthOffice.require(HealthOffice.advisors, context.principal)
        let t = context.localizer
        let field = "note-\(id)"
        let typed = fields["note"] ?? ""
        var errors = FormErrors()
        let note = errors.check(field, label: t("hw.reviewNote"), t) {
            try FieldRules.text(typed, field: "note", max: 1000)
        }
        if let note {
            do {
                _ = try await chancery.health.reviewBreakGlass(id, note: note, by: context.principal)
                return .redirect(to: "/health/break-glass?done=reviewed", type: .normal)
            } catch let error as AppError
                where error.status != .forbidden || error.type == HealthError.ownBreakGlass.type
            {
                errors.add(field, error.detail(t))
                return try await queuePage(
                    context, notice: nil, errors: errors, refused: (id, typed), status: error.status)
            }
        }
        return try await queuePage(context, notice: nil, errors: errors, refused: (id, typed), status: .badRequest)
    }
}
