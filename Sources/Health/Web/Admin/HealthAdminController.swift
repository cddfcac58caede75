import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The Health Office's reference data in the administration console (`/admin/health/…`), for administrators only:
/// clinicians (name shown, specialty, usual room; deactivated rather than removed) and appointment types. Every
/// change goes through `AppointmentStore`, which audits it in the same transaction. Diaries stay the office's.
struct HealthAdminController: AdminConsolePages {
    static let strings = "health.admin"
    let chancery: Chancery

    func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/admin/health/clinicians", use: clinicians)
        group.post("/admin/health/clinicians", use: addClinician)
        group.get("/admin/health/clinicians/{id}", use: showClinician)
        group.post("/admin/health/clinicians/{id}", use: updateClinician)
        group.post("/admin/health/clinicians/{id}/active", use: setClinicianActive)
        group.get("/admin/health/appointment-types", use: types)
        group.post("/admin/health/appointment-types", use: addType)
        group.get("/admin/health/appointment-types/{code}", use: showType)
        group.post("/admin/health/appointment-types/{code}", use: updateType)
        group.post("/admin/health/appointment-types/{code}/active", use: setTypeActive)
    }

    /// The console's links to these pages, for administrators only.
    static let menu: [MenuLink] = [
        MenuLink("admin-health-clinicians", "/admin/health/clinicians", "health.admin.menu.clinicians", for: isAdmin),
        MenuLink("admin-health-types", "/admin/health/appointment-types", "health.admin.menu.types", for: isAdmin),
    ]

    // MARK: shared

    /// The labels every form of these pages reads.
    static let common = ["col.state", "save", "deactivate", "reactivate", "deactivateHelp"]

    // MARK: clinicians

    @Sendable func clinicians(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        return try await cliniciansPage(values: [:], errors: FormErrors(), request: request, context)
    }

    @Sendable func addClinician(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let fields = try await WebForm.verified(request, session: context.session)
        var errors = FormErrors()
        let candidates = try await candidates(context)
        let account = candidates.first { $0.id == fields["account"] }
        if account == nil { errors.add("account", t("admin.error.choice")) }
        let displayName = Self.text(fields, "displayName", max: 120, required: false, &errors, t)
        let specialty = Self.text(fields, "specialty", max: 120, &errors, t)
        let location = Self.text(fields, "location", max: 200, &errors, t)
        if errors.isEmpty, let account {
            do {
                let clinician = try await chancery.appointments.addClinician(
                    userID: account.id, displayName: displayName.isEmpty ? nil : displayName, specialty: specialty,
                    location: location, by: context.principal)
                return .redirect(
                    to: "/admin/health/clinicians/\(clinician.userID)?done=clinicianAdded", type: .normal)
            } catch let error as AppError where error.status != .forbidden {
                errors.add(error, field: "account", t)
            }
        }
        var values = fields.filter { ["account", "displayName", "specialty", "location"].contains($0.key) }
        values["displayName"] = displayName
        return try await cliniciansPage(values: values, errors: errors, request: request, context, status: .badRequest)
    }

    @Sendable func showClinician(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let clinician = try await findClinician(context)
        return clinicianPage(clinician, values: Self.values(of: clinician), errors: FormErrors(), request, context)
    }

    @Sendable func updateClinician(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let t = context.localizer
        let clinician = try await findClinician(context)
        let fields = try await WebForm.verified(request, session: context.session)
        var errors = FormErrors()
        let displayName = Self.text(fields, "displayName", max: 120, &errors, t)
        let specialty = Self.text(fields, "specialty", max: 120, &errors, t)
        let location = Self.text(fields, "location", max: 200, &errors, t)
        let changes = AppointmentStore.ClinicianChanges(
            displayName: displayName, specialty: specialty, location: location, active: clinician.active)
        let values = ["displayName": displayName, "specialty": specialty, "location": location]
        return try await saveClinician(
            clinician, changes, fields: fields, errors: errors, values: values, done: "saved", request, context)
    }

    @Sendable func setClinicianActive(_ request: Request, context: SignedInContext) async throws -> Response {
        try context.require(.admin)
        let clinician = try await findClinician(context)
        let fields = try await WebForm.verified(request, session: context.session)
        let active = fields["active"] == "1"
        var changes = AppointmentStore.ClinicianChanges(
            displayName: clinician.displayName, specialty: clinician.specialty, location: clinician.location,
            active: clinician.active)
        changes.active = active
        return try await saveClinician(
            clinician, changes, fields: fields, errors: FormErrors(), values: Self.values(of: clinician),
            done: active ? "reactivated" : "deactivated", request, context)
    }

    private func saveClinician(
        _ clinician: Clinician, _ changes: AppointmentStore.ClinicianChanges, fields: [String: String],
        errors: FormErrors, values: [String: String], done: String, _ request: Request, _ context: SignedInContext
    ) async throws -> Response {
        try await saveAtVersion(
            fields, errors: errors, stale: "health.admin.stale", context,
            save: { version in
                _ = try await chancery.appointments.updateClinician(
                    clinician.userID, changes, expectedVersion: version, by: context.principal)
                return .redirect(to: "/admin/health/clinicians/\(clinician.userID)?done=\(done)", type: .normal)
            },
            current: { errors in
                let current = try await findClinician(context)
                return clinicianPage(
                    current, values: Self.values(of: current), errors: errors, request, context, status: .conflict)
            },
            failed: { errors in
                clinicianPage(clinician, values: values, errors: errors, request, context, status: .badRequest)
            })
    }

    /// The clinicians: sorted, paged, searched (name, account, specialty or room) and exported in SQL.
    static let cliniciansSpec = ListSpec(
        name: "admin.health.clinicians", path: "/admin/health/clinicians",
        columns: [
            .init("name", "health.admin.col.name", order: ["LOWER(l.display_name)"]),
            .init("username", "health.admin.col.username", order: ["l.username"]),
            .init("specialty", "health.admin.col.specialty", order: ["LOWER(l.specialty)"]),
            .init("location", "health.admin.col.location", order: ["LOWER(l.location)"]),
            .init("state", "health.admin.col.state", order: ["l.active"]),
        ],
        defaultSort: "name", filters: ["q"], tieBreaker: "l.user_id")

    private func cliniciansPage(
        values: [String: String], errors: FormErrors, request: Request, _ context: SignedInContext,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let t = context.localizer
        let candidates = try await candidates(context)
        var values = values
        // Whether the form is shown: a flag, not a field.
        values["hasAccounts"] = candidates.isEmpty ? nil : "1"
        return try await listPage(
            Self.cliniciansSpec, request, context, template: "health-admin-clinicians",
            keys: [
                "clinicians.title", "clinicians.intro", "clinicians.empty", "clinicians.new", "clinicians.add",
                "clinicians.noCandidate", "field.account", "help.account", "field.displayName", "help.displayName",
                "field.specialty", "field.location",
            ],
            read: { list in
                try await chancery.appointments.clinicianPage(
                    text: try list.text("q"), list: list, actor: context.principal)
            },
            row: { found in
                let clinician = found.clinician
                return HealthClinicianRow(
                    id: clinician.userID, href: "/admin/health/clinicians/\(clinician.userID)",
                    name: clinician.displayName, username: found.username, specialty: t.term(clinician.specialty),
                    location: t.term(clinician.location), state: Self.state(clinician.active, t),
                    active: clinician.active)
            },
            csv: { [$0.name, $0.username, $0.specialty, $0.location, $0.state] }, values: values,
            choices: [
                "accounts": candidates.map {
                    AdminParts.Option(
                        value: $0.id, label: "\($0.username) — \($0.displayName)",
                        selected: values["account"] == $0.id)
                },
                "specialties": HealthTerms.specialties.map {
                    AdminParts.Option(value: $0.text(in: t.language), label: $0.text(in: t.language), selected: false)
                },
                "rooms": HealthTerms.rooms.map {
                    AdminParts.Option(value: $0.text(in: t.language), label: $0.text(in: t.language), selected: false)
                },
            ],
            errors: errors, status: status)
    }

    private func clinicianPage(
        _ clinician: Clinician, values: [String: String], errors: FormErrors, _ request: Request,
        _ context: SignedInContext, status: HTTPResponse.Status = .ok
    ) -> Response {
        let t = context.localizer
        let content = HealthClinicianAdminPage(
            heading: t("health.admin.clinician.heading", ["name": clinician.displayName]), id: clinician.userID,
            version: clinician.version, active: clinician.active, state: Self.state(clinician.active, t),
            specialties: HealthTerms.specialties.map { $0.text(in: t.language) },
            rooms: HealthTerms.rooms.map { $0.text(in: t.language) })
        return formPage(
            "health-admin-clinician", content,
            keys: Self.common + ["clinician.back", "field.displayName", "field.specialty", "field.location"],
            title: content.heading, path: "/admin/health/clinicians/\(clinician.userID)", values: values,
            errors: errors, notice: Self.notice(request, t), context, status: status)
    }

    /// The accounts that may become clinicians: holding the clinician's job, not locked, not clinicians yet.
    private func candidates(_ context: SignedInContext) async throws -> [UserAccount] {
        let existing = Set(try await chancery.appointments.cliniciansForKeeping(by: context.principal).map(\.0.userID))
        return try await chancery.users.list().filter {
            $0.roles.contains(.healthClinician) && !$0.disabled && !existing.contains($0.id)
        }
    }

    /// The form's fields as a clinician has them, the specialty and room in the page's language when known.
    private static func values(of clinician: Clinician) -> [String: String] {
        ["displayName": clinician.displayName, "specialty": clinician.specialty, "location": clinician.location]
    }

    private func findClinician(_ context: SignedInContext) async throws -> Clinician {
        let id = try context.parameters.require("id")
        guard id.count <= 64,
            let clinician = try await chancery.appointments.clinicianForKeeping(id, by: context.principal)
        else { throw AppointmentError.clinicianNotFound }
        return clinician
    }
}
