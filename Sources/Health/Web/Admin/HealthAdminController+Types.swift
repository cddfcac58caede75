import ChanceryKit
import ChancerySpine
import Hummingbird

/// Appointment types in the console: the list, adding one, editing one at the version read, and deactivating it
/// (no longer offered for booking; appointments already made keep it).
extension HealthAdminController {
    @Sendable func types(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        return try await typesPage(
            values: ["kind": "consultation", "duration": "20"], errors: FormErrors(), request: request, context)
    }

    @Sendable func addType(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let fields = try await WebForm.verified(request, session: context.session)
        var errors = FormErrors()
        let code = Self.code(fields, isValid: AppointmentStore.isValidTypeCode, &errors, t)
        let draft = Self.typeDraft(fields, active: true, &errors, t)
        if errors.isEmpty, let draft {
            do {
                let type = try await chancery.appointments.addType(code: code, draft, by: context.principal)
                return .redirect(to: "/admin/health/appointment-types/\(type.code)?done=typeAdded", type: .normal)
            } catch let error as AppError where error.status != .forbidden {
                errors.add(error, field: "code", t)
            }
        }
        return try await typesPage(
            values: Self.typeValues(fields), errors: errors, request: request, context, status: .badRequest)
    }

    @Sendable func showType(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let type = try await findType(context)
        return typePage(type, values: Self.values(of: type), errors: FormErrors(), request, context)
    }

    @Sendable func updateType(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let type = try await findType(context)
        let fields = try await WebForm.verified(request, session: context.session)
        var errors = FormErrors()
        let draft = Self.typeDraft(fields, active: type.active, &errors, t)
        return try await saveType(
            type, draft, fields: fields, errors: errors, values: Self.typeValues(fields), done: "saved", request,
            context)
    }

    @Sendable func setTypeActive(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let type = try await findType(context)
        let fields = try await WebForm.verified(request, session: context.session)
        let active = fields["active"] == "1"
        let draft = AppointmentStore.TypeDraft(
            nameEN: type.nameEN, nameFR: type.nameFR, durationMinutes: type.durationMinutes, kind: type.kind,
            active: active)
        return try await saveType(
            type, draft, fields: fields, errors: FormErrors(), values: Self.values(of: type),
            done: active ? "reactivated" : "deactivated", request, context)
    }

    private func saveType(
        _ type: AppointmentType, _ draft: AppointmentStore.TypeDraft?, fields: [String: String], errors: FormErrors,
        values: [String: String], done: String, _ request: Request, _ context: SignedInContext
    ) async throws -> Response {
        let failed = { (errors: FormErrors) in
            typePage(type, values: values, errors: errors, request, context, status: .badRequest)
        }
        return try await saveAtVersion(
            fields, errors: errors, stale: "health.admin.stale", context,
            save: { version in
                // A form without a draft has its refusals recorded already, and is never saved.
                guard let draft else { return failed(errors) }
                _ = try await chancery.appointments.updateType(
                    type.code, draft, expectedVersion: version, by: context.principal)
                return .redirect(to: "/admin/health/appointment-types/\(type.code)?done=\(done)", type: .normal)
            },
            current: { errors in
                let current = try await findType(context)
                return typePage(
                    current, values: Self.values(of: current), errors: errors, request, context, status: .conflict)
            },
            failed: failed)
    }

    // MARK: the form

    /// The type the form describes, every field checked; nil when one was refused (each refusal recorded).
    private static func typeDraft(
        _ fields: [String: String], active: Bool, _ errors: inout FormErrors, _ t: Localizer
    ) -> AppointmentStore.TypeDraft? {
        let before = errors.items.count
        let nameEN = text(fields, "nameEN", max: 120, &errors, t)
        let nameFR = text(fields, "nameFR", max: 120, &errors, t)
        let durationText = fields["duration", default: ""].trimmingCharacters(in: .whitespaces)
        let duration = Int(durationText).flatMap { (5...480).contains($0) ? $0 : nil }
        if duration == nil {
            errors.add("duration", t(durationText.isEmpty ? "admin.error.required" : "health.admin.error.duration"))
        }
        let kind = fields["kind", default: ""]
        if !AppointmentType.kinds.contains(kind) { errors.add("kind", t("admin.error.choice")) }
        guard errors.items.count == before, let duration else { return nil }
        return .init(nameEN: nameEN, nameFR: nameFR, durationMinutes: duration, kind: kind, active: active)
    }

    private static func typeValues(_ fields: [String: String]) -> [String: String] {
        fields.filter { ["code", "nameEN", "nameFR", "duration", "kind"].contains($0.key) }
    }

    private static func values(of type: AppointmentType) -> [String: String] {
        [
            "code": type.code, "nameEN": type.nameEN, "nameFR": type.nameFR,
            "duration": String(type.durationMinutes), "kind": type.kind,
        ]
    }

    static func kindName(_ kind: String, _ t: Localizer) -> String {
        let key = "health.admin.kind.\(kind.replacingOccurrences(of: "-", with: ""))"
        let text = t(key)
        return text == key ? kind : text
    }

    private static func kinds(_ selected: String?, _ t: Localizer) -> [AdminParts.Option] {
        AppointmentType.kinds.map { AdminParts.Option(value: $0, label: kindName($0, t), selected: $0 == selected) }
    }

    // MARK: pages

    /// The appointment types: sorted, paged, searched (code or either name) and exported in SQL.
    static let typesSpec = ListSpec(
        name: "admin.health.appointment-types", path: "/admin/health/appointment-types",
        columns: [
            .init("code", "health.admin.col.code", order: ["l.code"]),
            .init("nameEN", "health.admin.col.nameEN", order: ["LOWER(l.name_en)"]),
            .init("nameFR", "health.admin.col.nameFR", order: ["LOWER(l.name_fr)"]),
            .init("duration", "health.admin.col.duration", order: ["l.duration_minutes"]),
            .init("kind", "health.admin.col.kind", order: ["l.kind"]),
            .init("state", "health.admin.col.state", order: ["l.active"]),
        ],
        defaultSort: "code", filters: ["q"], tieBreaker: "l.code")

    private func typesPage(
        values: [String: String], errors: FormErrors, request: Request, _ context: SignedInContext,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        return try await listPage(
            Self.typesSpec, request, context, template: "health-admin-types",
            keys: [
                "types.title", "types.intro", "types.empty", "types.new", "types.add", "field.code", "help.code",
                "field.nameEN", "field.nameFR", "field.duration", "field.kind",
            ],
            read: { list in
                try await chancery.appointments.typePage(text: try list.text("q"), list: list, actor: context.principal)
            },
            row: { type in
                HealthTypeRow(
                    code: type.code, href: "/admin/health/appointment-types/\(type.code)", nameEN: type.nameEN,
                    nameFR: type.nameFR, duration: type.durationMinutes, kind: Self.kindName(type.kind, t),
                    state: Self.state(type.active, t), active: type.active)
            },
            csv: { [$0.code, $0.nameEN, $0.nameFR, String($0.duration), $0.kind, $0.state] }, values: values,
            choices: ["kinds": Self.kinds(values["kind"], t)], errors: errors, status: status)
    }

    private func typePage(
        _ type: AppointmentType, values: [String: String], errors: FormErrors, _ request: Request,
        _ context: SignedInContext, status: HTTPResponse.Status = .ok
    ) -> Response {
        let t = context.localizer
        let content = HealthTypeAdminPage(
            heading: t("health.admin.type.heading", ["code": type.code]), code: type.code, version: type.version,
            active: type.active, state: Self.state(type.active, t), kinds: Self.kinds(values["kind"], t))
        return formPage(
            "health-admin-type", content,
            keys: Self.common + ["type.back", "field.nameEN", "field.nameFR", "field.duration", "field.kind"],
            title: content.heading, path: "/admin/health/appointment-types/\(type.code)", values: values,
            errors: errors, notice: Self.notice(request, t), context, status: status)
    }

    private func findType(_ context: SignedInContext) async throws -> AppointmentType {
        let code = try context.parameters.require("code")
        guard AppointmentStore.isValidTypeCode(code),
            let type = try await chancery.appointments.types().first(where: { $0.code == code })
        else { throw AppointmentError.unknownTypeNotFound }
        return type
    }
}
