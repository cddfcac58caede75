import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

extension RegistryWebController {
    package typealias RecordView = RecordDossier

    package func view(_ id: String, _ context: SignedInContext) async throws -> RecordDossier {
        guard ObjectID.isWellFormed(id), let dossier = try await chancery.records.dossier(of: id, by: context.principal)
        else {
            throw AppError.objectNotFound(String(id.prefix(40)))
        }
        return dossier
    }

    @Sendable package func record(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.require("id")
        let done = request.uri.queryParameters["done"].map(String.init)
        return try await recordPage(try await view(id, context), context, notice: done)
    }

    package func recordPage(
        _ view: RecordView, _ context: SignedInContext, notice: String?, formErrors: FormErrors = FormErrors(),
        values: [String: String] = [:], failedChecks: AppError? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let record = view.record
        let principal = context.principal
        let registrar = Self.isRegistrar(principal)
        let supervisor = !RecordStore.supervisors.isDisjoint(with: principal.roles)
        let state = record.state
        var actions: RegistryRecordPage.Actions?
        if registrar && !state.isFinal {
            let today = HeadquartersCalendar.day(Clock.nowMilliseconds())
            var shown = RegistryRecordPage.Actions(
                canVerify: state == .received, canArchive: state == .closed,
                canDestroy: supervisor && [.closed, .archived].contains(state)
                    && (record.schedule.disposalDue.map { $0 <= today } ?? false))
            if [.registered, .active].contains(state) {
                let lists = try await chancery.distributionLists.all()
                shown.canDistribute = !lists.isEmpty
                shown.lists = lists.map {
                    RegistryListChoice(
                        id: $0.id, name: t.listTerm($0.name), selected: values["distribution-list"] == $0.id)
                }
                let folders = try await chancery.filePlan.openFolders()
                shown.canFile = !folders.isEmpty
                shown.folders = folders.map {
                    RegistryRecordPage.Actions.Folder(
                        id: $0.id, code: $0.code, title: $0.title, selected: values["folder"] == $0.id)
                }
                shown.canClose = record.schedule.folderID != nil
            }
            actions = shown
        }
        let grantedPeople = try await chancery.users.names(
            of: view.accessEntries.filter { $0.grantee.kind == "user" }.map(\.grantee.name))
        let certificate = view.certificate.map { certificate in
            t(
                "reg.certificateText",
                [
                    "reference": certificate.reference,
                    "when": DayText.day(certificate.destroyedAt, t),
                    "witness": certificate.witness, "method": certificate.method.isEmpty ? "—" : certificate.method,
                ])
        }
        let copies = view.distributions.flatMap { distribution in distribution.copies.map { (distribution, $0) } }
        let refused = view.distributions.flatMap(\.refused)
        let canDowngrade = supervisor && !state.isFinal && state != .received
        var model = RegistryRecordPage(
            record: .init(
                id: record.object.id, reference: record.reference, title: record.object.title,
                stateName: t("registry.state.\(state.rawValue)"), banner: t.banner(record.object.label),
                bannerClass: PageRenderer.bannerClass(record.object.label.classification), series: record.series,
                recordType: t("reg.type.\(record.details.recordType)"),
                direction: t("reg.direction.\(record.direction.rawValue)"),
                originator: record.details.originator ?? "—",
                originatorReference: record.details.originatorReference ?? "—",
                documentDate: record.details.documentDate.map { DayText.withWeekday($0, t) } ?? "—",
                receivedDate: DayText.withWeekday(record.details.receivedDate, t),
                addressees: record.details.addressees.isEmpty ? "—" : record.details.addressees.joined(separator: ", "),
                contentMarking: record.details.contentMarking.map(t.marking) ?? "—",
                verified: record.verifiedAt.map {
                    DayText.moment($0, t)
                } ?? "—",
                folder: record.schedule.folderID ?? "—",
                disposalDue: record.schedule.disposalDue.map { DayText.withWeekday($0, t) } ?? "—"),
            notice: Self.notice(notice, t),
            errors: nil, values: values,
            verifyChecks: failedChecks?.errors.map { "\($0.field): \($0.detail(t))" } ?? [],
            hasVerifyChecks: !(failedChecks?.errors.isEmpty ?? true),
            actions: actions,
            certificate: certificate,
            hasAttachments: !view.attachments.isEmpty,
            canUpload: registrar && !state.isFinal,
            attachments: view.attachments.map { file in
                .init(
                    id: file.id, name: file.name, version: file.version,
                    size: ByteCountFormatter.string(fromByteCount: file.size, countStyle: .file),
                    banner: t.banner(file.label), bannerClass: PageRenderer.bannerClass(file.label.classification),
                    textState: file.text.name,
                    text: t("attachment.text.\(file.text.name)", ["reason": file.text.failureReason ?? ""]),
                    searchable: file.text == .done && file.hasSearchablePDF
                        ? "/registry/records/\(record.object.id)/attachments/\(file.id)/searchable-pdf" : nil)
            },
            hasCopies: !copies.isEmpty,
            copies: copies.map { distribution, copy in
                .init(
                    number: copy.number, copyText: CopyText.number(copy, of: view.copiesOfRecord, t),
                    recipient: CopyText.recipient(copy.member, t), list: t.listTerm(distribution.listName),
                    receipt: CopyText.receipt(copy, t))
            },
            hasRefused: !refused.isEmpty,
            refused: refused.map { refusal in
                t(
                    "reg.refusedLine",
                    [
                        "member": CopyText.recipient(refusal.member, t),
                        "reason": t("reg.reason.\(refusal.reason)"),
                    ])
            },
            holds: view.holds.filter { $0.releasedAt == nil }.map { hold in
                .init(
                    id: hold.id, reason: hold.reason, placed: DayText.day(hold.placedAt, t),
                    canRelease: supervisor)
            },
            hasHolds: view.holds.contains { $0.releasedAt == nil },
            canHold: registrar && !state.isFinal,
            entries: view.accessEntries.map { entry in
                .init(
                    kind: t("reg.member.\(entry.grantee.kind)"), kindValue: entry.grantee.kind, id: entry.grantee.name,
                    name: grantedPeople[entry.grantee.name].map { "\($0.displayName) (\($0.username))" }
                        ?? entry.grantee.name,
                    permission: t("reg.permission.\(entry.permission.rawValue)"), canEdit: registrar && !state.isFinal,
                    version: record.object.version)
            },
            hasEntries: !view.accessEntries.isEmpty,
            canEditACL: registrar && !state.isFinal,
            aclKinds: [("user", "reg.person"), ("group", "reg.group"), ("unit", "reg.unit")].map { kind, key in
                RegistryChoice(value: kind, name: t(key), selected: values["acl-kind"] == kind)
            },
            aclPermissions: ["read", "write"].map {
                RegistryChoice(value: $0, name: t("reg.\($0)"), selected: values["acl-permission"] == $0)
            },
            version: record.object.version,
            openToUnit: record.object.openToUnit
                ? t("reg.openToUnit", ["unit": record.object.owningUnit]) : t("reg.closedToUnit"),
            canDowngrade: canDowngrade ? true : nil,
            lowerClassifications: canDowngrade
                ? Classification.allCases.filter { $0 < record.object.label.classification }.map {
                    RegistryChoice(
                        value: $0.abbreviation, name: t.marking($0),
                        selected: values["downgrade-classification"] == $0.abbreviation)
                } : nil,
            history: view.history.reversed().map { version in
                .init(
                    version: version.version, state: t("registry.state.\(version.state)"), title: version.title,
                    banner: t.banner(version.label),
                    changed: DayText.moment(version.changedAt, t))
            })
        // A refusal names only fields the page shows this reader; a refused release is marked on that hold's button.
        let placed = formErrors.placed(on: model.hasField)
        model.errors = placed.model(t)
        for index in model.holds.indices {
            let field = Self.releaseField(model.holds[index].id)
            model.holds[index].refusal = placed.items.first { $0.linked && $0.field == field }?.message
            model.holds[index].invalid = model.holds[index].refusal != nil
        }
        let label =
            (try? SecurityLabel.dominant(of: [record.object.label] + view.attachments.map(\.label)))
            ?? record.object.label
        return PageRenderer.response(
            "registry-record", RegistryPage(Self.parts(context, canRegister: registrar), model),
            frame: frame(
                "\(record.reference) — \(record.object.title)", label: label,
                path: "/registry/records/\(record.object.id)", context),
            status: status)
    }

    /// The record page's forms: verify, distribute, file, close, archive, destroy, hold and release, the access list,
    /// downgrade. Only a registrar gets as far as the checks (anyone else is refused with the refusal page, which
    /// names the job); every field of the form is checked before the store is asked, and a refusal — the checks', or
    /// the store's — comes back on the page with every error at once, each on its field, what was typed kept.
    @Sendable package func act(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.parameters.require("id")
        let action = try context.parameters.require("action")
        let fields = try await WebForm.verified(request, session: context.session)
        let records = chancery.records
        let principal = context.principal
        guard ObjectID.isWellFormed(id) else { throw AppError.objectNotFound(String(id.prefix(40))) }
        guard Self.isRegistrar(principal) else { throw AppError.roleRequired(RecordStore.registrars) }
        // Every field of the action's form checked before the store is asked; a refusal shows them all at once.
        var errors = FormErrors()
        var values = Self.checkAction(
            action, fields, choices: try await choices(for: action), errors: &errors, context.localizer)
        var chosenList: String?
        if action == "distribute" {
            chosenList = Self.chosenList(
                fields, among: try await chancery.distributionLists.all(), field: "distribution-list",
                errors: &errors, context.localizer)
            values["distribution-list"] = fields["list"]
            values["distribution-list-query"] = fields["listQuery"]
        }
        guard errors.isEmpty else {
            return try await recordPage(
                try await view(id, context), context, notice: nil, formErrors: errors, values: values,
                status: .badRequest)
        }
        do {
            switch action {
            case "verify": _ = try await records.verify(id, by: principal)
            case "distribute": _ = try await records.distribute(id, to: chosenList ?? "", by: principal)
            case "file": _ = try await records.file(id, in: fields["folder"] ?? "", by: principal)
            case "close": _ = try await records.close(id, by: principal)
            case "archive": _ = try await records.archive(id, by: principal)
            case "hold":
                _ = try await records.placeHold(
                    on: id, reason: try FieldRules.text(fields["reason"] ?? "", field: "reason", max: 1000),
                    by: principal)
            case "release":
                guard let hold = fields["hold"], ObjectID.isWellFormed(hold) else {
                    throw RegistryError.holdNotFound(String((fields["hold"] ?? "").prefix(40)))
                }
                _ = try await records.releaseHold(hold, by: principal)
            case "acl-add", "acl-remove":
                try await editACL(id, action: action, fields: fields, by: principal)
            case "downgrade":
                guard
                    let classification = try FieldRules.classification(
                        fields["classification"], field: "classification")
                else { throw AppError.missingField("classification") }
                _ = try await records.downgrade(
                    id,
                    to: { label in
                        var lowered = label
                        lowered.classification = classification
                        return lowered
                    }, authority: try FieldRules.text(fields["authority"] ?? "", field: "authority", max: 200),
                    reason: try FieldRules.text(fields["reason"] ?? "", field: "reason", max: 1000), reviewDue: nil,
                    by: principal)
            case "destroy":
                _ = try await records.dispose(
                    id, action: .destroy,
                    witness: try FieldRules.optionalText(fields["witness"], field: "witness", max: 200),
                    method: try FieldRules.optionalText(fields["method"], field: "method", max: 200), by: principal,
                    displayName: context.account.displayName)
            default: throw AppError.notFound
            }
            return .redirect(to: "/registry/records/\(id)?done=\(action)", type: .normal)
        } catch let error as AppError where error.type != AppError.roleRequired([]).type {
            // The store's refusal on the field it is about (the list or folder that went meanwhile, the witness who
            // may not be the destroyer, a grantee nobody is, a classification that is no downgrade, the hold
            // released meanwhile), or on the item's state when it is about the item (changed meanwhile, on hold, not
            // due, not theirs to change): the same summary as the form's own checks. A job the reader lacks is the
            // refusal page; an item the reader may not read is not found (the page's reading says so).
            errors.add(Self.refusalField(action, error, fields), error.detail(context.localizer))
            let checks = action == "verify" && !error.errors.isEmpty
            return try await recordPage(
                try await view(id, context), context, notice: nil, formErrors: errors, values: values,
                failedChecks: checks ? error : nil,
                status: error.status == .notFound ? .unprocessableContent : error.status)
        }
    }

    /// The field of the record page that a store's refusal of `action` is about: the form's field it names, the
    /// verify button for failed checks, the release button of the hold, or else the item's state.
    static func refusalField(_ action: String, _ error: AppError, _ fields: [String: String]) -> String {
        let named = error.field ?? ""
        switch action {
        case "verify": return error.errors.isEmpty ? stateField : "verify-submit"
        case "distribute": return named == "list" ? "distribution-list" : stateField
        case "file": return named == "folder" ? "folder" : stateField
        case "hold": return named == "reason" ? "hold-reason" : stateField
        case "release": return releaseField(fields["hold"] ?? "")
        case "acl-add":
            if named.hasSuffix("kind") { return "acl-kind" }
            if named.hasSuffix("permission") { return "acl-permission" }
            return named.hasPrefix("entries") || named == "grantee" ? "acl-grantee" : stateField
        case "downgrade":
            switch named {
            case "label", "classification": return "downgrade-classification"
            case "authority": return "downgrade-authority"
            case "reason": return "downgrade-reason"
            default: return stateField
            }
        case "destroy": return ["witness", "method"].contains(named) ? named : stateField
        default: return stateField
        }
    }

    /// The release button of one hold.
    static func releaseField(_ hold: String) -> String { "release-\(hold)" }

    /// The distribution list a form chose: the one picked in its select (`list`, which the type-ahead box above it
    /// sets as the person picks a suggestion), or, with none picked, the one whose name was typed in the box
    /// (`listQuery`, case aside: the form without its script). Nil, with the refusal in `errors`, when the select
    /// holds a value the form did not offer, the name typed is no list's, or nothing was chosen.
    static func chosenList(
        _ fields: [String: String], among lists: [DistributionList], field: String, errors: inout FormErrors,
        _ t: Localizer
    ) -> String? {
        let picked = fields["list"] ?? ""
        let typed = (fields["listQuery"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if !picked.isEmpty {
            guard lists.contains(where: { $0.id == picked }) else {
                errors.add(field, t("form.error.choice"))
                return nil
            }
            return picked
        }
        guard !typed.isEmpty else {
            errors.add(field, t("form.error.required"))
            return nil
        }
        // The name as stored or as the page shows it (a demo list's French name finds it).
        let named = lists.first {
            $0.name.lowercased() == typed.lowercased() || t.listTerm($0.name).lowercased() == typed.lowercased()
        }
        guard let named else {
            errors.add("\(field)-query", t("reg.error.noSuchList", ["name": String(typed.prefix(100))]))
            return nil
        }
        return named.id
    }

    /// Where the record page's summary sends a refusal that is about no field: the item's state, which it is about
    /// (another clerk distributed, filed or closed it meanwhile).
    static let stateField = "record-state"

    /// What the action's choice may be: the open folders' ids (the distribution list has its own check).
    private func choices(for action: String) async throws -> [String] {
        action == "file" ? try await chancery.filePlan.openFolders().map(\.id) : []
    }

    /// Checks the fields of one of the record page's forms, each refusal recorded against the form's own field (the
    /// page has several forms, so their fields are named after them); returns what was typed, to show it again.
    static func checkAction(
        _ action: String, _ fields: [String: String], choices: [String] = [], errors: inout FormErrors,
        _ t: Localizer
    ) -> [String: String] {
        var values: [String: String] = [:]
        func text(_ name: String, as field: String, label: String, max: Int, required: Bool = true) {
            let typed = fields[name] ?? ""
            values[field] = typed
            if typed.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                if required { errors.add(field, t("form.error.required")) }
                return
            }
            _ = errors.check(field, label: t(label), t) { try FieldRules.text(typed, field: name, max: max) }
        }
        func choice(_ name: String, as field: String, in allowed: [String]) {
            values[field] = fields[name]
            guard let value = fields[name], allowed.contains(value) else {
                errors.add(field, t((fields[name] ?? "").isEmpty ? "form.error.required" : "form.error.choice"))
                return
            }
        }
        switch action {
        case "hold": text("reason", as: "hold-reason", label: "reg.holdReason", max: 1000)
        case "downgrade":
            choice(
                "classification", as: "downgrade-classification", in: Classification.allCases.map(\.abbreviation))
            text("authority", as: "downgrade-authority", label: "reg.authority", max: 200)
            text("reason", as: "downgrade-reason", label: "reg.reason", max: 1000)
        case "destroy":
            text("witness", as: "witness", label: "reg.witness", max: 200, required: false)
            text("method", as: "method", label: "reg.method", max: 200, required: false)
        case "acl-add":
            choice("kind", as: "acl-kind", in: ["user", "group", "unit"])
            text("grantee", as: "acl-grantee", label: "reg.grantee", max: 64)
            choice("permission", as: "acl-permission", in: ["read", "write"])
        case "file": choice("folder", as: "folder", in: choices)
        default: break
        }
        return values
    }

    /// Adds or removes one access control entry, at the version the page showed.
    private func editACL(_ id: String, action: String, fields: [String: String], by principal: Principal) async throws {
        guard let version = fields["version"].flatMap(Int64.init) else { throw AppError.missingField("version") }
        var grantee = fields["grantee"]?.trimmingCharacters(in: .whitespaces) ?? ""
        // People are named by user name on the page; the entry holds the account id (the store checks it again).
        if fields["kind"] == "user", let account = try await chancery.users.account(named: grantee) {
            grantee = account.id
        }
        let entry = try AccessControlController.entries([
            .init(kind: fields["kind"] ?? "", id: grantee, permission: fields["permission"] ?? "read")
        ])[0]
        guard let (_, current) = try await chancery.records.accessEntries(of: id, by: principal) else {
            throw AppError.objectNotFound(id)
        }
        var entries = current.filter { $0.grantee != entry.grantee }
        if action == "acl-add" { entries.append(entry) }
        _ = try await chancery.records.replaceAccessEntries(
            of: id, with: entries, expectedVersion: version, by: principal)
    }

    @Sendable package func cover(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let view = try await view(try context.parameters.require("id"), context)
        let copies = view.distributions.flatMap(\.copies).map {
            CopyText.number($0, of: view.copiesOfRecord, t) + " — \($0.member.id)"
        }
        let record = view.record
        let model = RegistryPage(
            RegistryPageParts(t: Self.labels(t)),
            RegistryCoverPage(
                record: .init(
                    id: record.object.id, reference: record.reference, title: record.object.title,
                    banner: t.banner(record.object.label), originator: record.details.originator ?? "—",
                    originatorReference: record.details.originatorReference ?? "—",
                    receivedDate: record.details.receivedDate),
                copies: copies.isEmpty ? "—" : copies.joined(separator: "; ")))
        return PageRenderer.response(
            "registry-cover", model,
            frame: frame(
                t("reg.coverTitle"), label: record.object.label, path: "/registry/records/\(record.object.id)/cover",
                context))
    }

    @Sendable package func download(_ request: Request, context: SignedInContext) async throws -> Response {
        try await file(.original, context)
    }

    /// The searchable PDF that OCR made of a scanned file: trimmed and audited like the file itself.
    @Sendable package func downloadSearchablePDF(_ request: Request, context: SignedInContext) async throws -> Response
    {
        try await file(.searchablePDF, context)
    }

    private func file(_ copy: AttachmentCopy, _ context: SignedInContext) async throws -> Response {
        let id = try context.parameters.require("id")
        let attachmentID = try context.parameters.require("attachmentId")
        guard ObjectID.isWellFormed(id), ObjectID.isWellFormed(attachmentID),
            let attachment = try await chancery.attachments.download(
                attachmentID, of: id, copy: copy, by: context.principal)
        else { throw AppError.objectNotFound(String(id.prefix(40))) }
        return try await AttachmentsAPI.file(attachment, blobs: chancery.attachments.blobs, context: context)
    }

    // MARK: receipts

    /// The principal's receipts as a list: sortable by reference, title, copy and classification, paged, filtered by
    /// series, and its CSV.
    package static let receiptList = ListSpec(
        name: "registry.receipts", path: "/receipts",
        columns: [
            .init("reference", "reg.reference", order: ["r.series", "r.year", "r.seq"]),
            .init("title", "reg.title", order: ["LOWER(o.title)"]),
            .init("copy", "reg.copy", order: ["c.copy_number"]),
            .init("classification", "reg.classification", order: ["o.classification"]),
        ],
        defaultSort: "reference", filters: ["series"], tieBreaker: "c.id")

    @Sendable package func receipts(_ request: Request, context: SignedInContext) async throws -> Response {
        try await receiptsPage(
            context, list: try ListQuery(request, Self.receiptList),
            notice: request.uri.queryParameters["done"].map(String.init))
    }

    /// The principal's receipts; after a refused acknowledgement, `refused` names the copy whose button the summary
    /// links to and whose sentence shows beside it (the list itself when the copy is not on it).
    package func receiptsPage(
        _ context: SignedInContext, list: ListQuery? = nil, notice: String?,
        refused: (copy: String, error: AppError)? = nil, status: HTTPResponse.Status = .ok
    )
        async throws -> Response
    {
        let t = context.localizer
        let list = try list ?? ListQuery(fields: [:], Self.receiptList)
        let series = list.filter("series")
        let principal = context.principal
        let page = try await chancery.records.ownOutstandingReceipts(series: series, list: list, by: principal)
        let receipts = page.items
        let label = chancery.objects.dominantLabel(of: receipts.map(\.record.object))
        let rows = receipts.map { receipt in
            RegistryReceiptsPage.Receipt(
                copyID: receipt.copy.id, reference: receipt.record.reference, title: receipt.record.object.title,
                number: receipt.copy.number, copyText: CopyText.number(receipt.copy, of: receipt.copiesOfRecord, t),
                banner: t.banner(receipt.record.object.label),
                bannerClass: PageRenderer.bannerClass(receipt.record.object.label.classification),
                error: receipt.copy.id == refused?.copy ? refused?.error.detail(t) : nil)
        }
        if list.isExport {
            return list.csv(
                rows.map { [$0.reference, $0.title, $0.copyText, $0.banner] },
                label: label, t)
        }
        var errors = FormErrors()
        if let refused {
            let shown = receipts.contains { $0.copy.id == refused.copy }
            errors.add(shown ? "ack-\(refused.copy)" : "receipts", refused.error.detail(t))
        }
        let total = try await list.total(shown: receipts.count, hasMore: page.hasMore) {
            try await chancery.records.ownOutstandingReceiptCount(series: series, by: principal)
        }
        let model = RegistryPage(
            Self.parts(context),
            RegistryReceiptsPage(
                notice: Self.notice(notice, t), errors: errors.model(t), hasReceipts: !receipts.isEmpty,
                receipts: rows, headers: list.headers(t),
                pager: list.pager(shown: rows.count, hasMore: page.hasMore, total: total, t),
                filters: try await seriesFilter(series, list, t)))
        return PageRenderer.response(
            "receipts", model, frame: frame(t("reg.receiptsTitle"), label: label, path: "/receipts", context),
            status: status)
    }

    /// The series filter of a list, with the order its form keeps.
    func seriesFilter(_ chosen: String?, _ list: ListQuery, _ t: Localizer) async throws -> RegistrySeriesFilter {
        let series = try await chancery.referenceSeries.all()
        return RegistrySeriesFilter(
            series: [RegistryChoice(value: "", name: t("reg.any"), selected: chosen == nil)]
                + series.map {
                    RegistryChoice(value: $0.code, name: "\($0.code) — \($0.title)", selected: chosen == $0.code)
                },
            sort: list.sort.id, order: list.descending ? "desc" : "asc")
    }

    /// Acknowledges a copy from the list: a refusal (not the principal's copy, already acknowledged, an address that
    /// names no copy) comes back on the list, in its summary, linked to that copy's button; nothing is written.
    @Sendable package func acknowledge(_ request: Request, context: SignedInContext) async throws -> Response {
        _ = try await WebForm.verified(request, session: context.session)
        let id = String(try context.parameters.require("copyId").prefix(40))
        do {
            guard ObjectID.isWellFormed(id) else { throw RegistryError.receiptNotYours }
            _ = try await chancery.records.acknowledge(id, by: context.principal)
            return .redirect(to: "/receipts?done=acknowledged", type: .normal)
        } catch let error as AppError {
            return try await receiptsPage(context, notice: nil, refused: (id, error), status: error.status)
        }
    }

    /// A printable receipt for one copy: for its recipient to sign, or for the registry's file.
    @Sendable package func printReceipt(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let id = try context.parameters.require("copyId")
        guard ObjectID.isWellFormed(id), let receipt = try await chancery.records.receipt(id, by: context.principal)
        else {
            throw RegistryError.receiptNotYours
        }
        let copy = receipt.copy
        let state = CopyText.receipt(copy, t) + (copy.acknowledgedBy.map { " · \($0)" } ?? "")
        let model = RegistryPage(
            RegistryPageParts(t: Self.labels(t)),
            RegistryReceiptPrintPage(
                banner: t.banner(receipt.record.object.label), reference: receipt.record.reference,
                title: receipt.record.object.title, copyText: CopyText.number(copy, of: receipt.copiesOfRecord, t),
                recipient: CopyText.recipient(copy.member, t), state: state))
        return PageRenderer.response(
            "receipt-print", model,
            frame: frame(
                t("reg.receiptTitle"), label: receipt.record.object.label, path: "/receipts/\(id)/print", context))
    }
}
