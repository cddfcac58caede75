import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The Health Office's patient pages: the desk, patients, the chart, new and corrected entries, consents,
/// break-glass and its review queue.
package struct HealthWebController: SignedInPages {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/health", use: desk)
        group.get("/health/patients", use: patients)
        group.get("/health/patients/new", use: newPatientForm)
        group.post("/health/patients/new", use: createPatient)
        group.get("/health/patients/{id}", use: chart)
        group.get("/health/patients/{id}/fhir", use: FHIRController(chancery: chancery).download)
        group.get("/health/patients/{id}/entries/new", use: newEntryForm)
        group.post("/health/patients/{id}/entries/new", use: addEntry)
        group.get("/health/patients/{id}/entries/{entryId}", use: entry)
        group.get("/health/patients/{id}/entries/{entryId}/correct", use: correctForm)
        group.post("/health/patients/{id}/entries/{entryId}/correct", use: correct)
        group.post("/health/patients/{id}/entries/{entryId}/revoke", use: revoke)
        group.post("/health/patients/{id}/entries/{entryId}/upload", use: upload)
        group.get("/health/patients/{id}/entries/{entryId}/attachments/{attachmentId}", use: download)
        group.get("/health/break-glass", use: breakGlassQueue)
        group.get("/health/break-glass/open", use: breakGlassForm)
        group.post("/health/break-glass/open", use: breakGlass)
        group.post("/health/break-glass/{openingId}/review", use: review)
        group.get("/health/duplicates", use: duplicateQueue)
        group.post("/health/duplicates/{suspicionId}/merge", use: mergeDuplicate)
        group.post("/health/duplicates/{suspicionId}/dismissal", use: dismissDuplicate)
    }

    /// The desk's cards: the office menu's other pages that the principal may open.
    package static func deskLinks(for principal: Principal, _ t: Localizer) -> [HealthPageParts.Link] {
        HealthOffice().menu.filter { !["health", "patients"].contains($0.id) && $0.isAllowed(principal) }
            .map { .init(id: $0.id, href: $0.path, name: t($0.key)) }
    }

    package static func labels(_ t: Localizer) -> [String: String] {
        Dictionary(uniqueKeysWithValues: HealthWebStrings.pageKeys.map { ($0, t("hw.\($0)")) })
    }

    /// The page's model with the parts every patient page shares.
    package func page<Content>(_ context: SignedInContext, _ content: Content) -> HealthPage<Content> {
        let t = context.localizer
        return HealthPage(
            HealthPageParts(
                t: Self.labels(t), csrf: context.session.csrfToken,
                links: Self.deskLinks(for: context.principal, t)),
            content)
    }

    package static func notice(_ request: Request, _ t: Localizer) -> String? {
        guard let done = request.uri.queryParameters.get("done"), HealthWebStrings.notices.contains(done) else {
            return nil
        }
        return t("hw.done.\(done)")
    }

    package static func isStaff(_ principal: Principal) -> Bool {
        !HealthOffice.staff.isDisjoint(with: principal.roles)
    }

    package static func id(_ context: SignedInContext, _ name: String = "id") throws -> String {
        let id = try context.parameters.require(name)
        guard ObjectID.isWellFormed(id) else { throw AppError.objectNotFound(String(id.prefix(40))) }
        return id
    }

    // MARK: desk and patients

    @Sendable package func desk(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        // A count shows nothing of the patients, so it is not an audited read; it is trimmed like every list.
        let count = try await chancery.health.patientCount(matching: nil, by: context.principal)
        var advisor: HealthDeskPage.AdvisorQueues?
        if context.principal.has(.healthAdvisor) { advisor = try await advisorQueues(context) }
        let model = page(
            context,
            HealthDeskPage(
                patientCount: count, canBreakGlass: context.principal.has(.healthClinician), advisor: advisor))
        return PageRenderer.response(
            "health-desk", model, frame: frame(t("hw.deskTitle"), label: .unclassified, path: "/health", context))
    }

    /// The medical advisor's two queues on the desk: how many wait, and how many of them wait for another advisor
    /// because the advisor made them (nobody reviews their own break-glass opening or decides on their own record).
    package func advisorQueues(_ context: SignedInContext) async throws -> HealthDeskPage.AdvisorQueues {
        let t = context.localizer
        let me = context.principal.id
        let openings = try await chancery.health.breakGlassOpenings(all: false, limit: 500, by: context.principal)
        let ownOpenings = openings.filter { $0.userID == me }.count
        let duplicates = try await chancery.health.pendingDuplicateCounts(by: context.principal)
        return HealthDeskPage.AdvisorQueues(
            openings: openings.count - ownOpenings, duplicates: duplicates.all - duplicates.own,
            ownOpenings: ownOpenings == 0 ? nil : t("hw.ownOpeningsWaiting", ["count": String(ownOpenings)]),
            ownDuplicates: duplicates.own == 0 ? nil : t("hw.ownDuplicatesWaiting", ["count": String(duplicates.own)]))
    }

    /// The patients list: sortable by its columns, paged, filtered by name or staff number, and its CSV.
    package static let patientList = ListSpec(
        name: "health.patients", path: "/health/patients",
        columns: [
            .init("name", "hw.name", order: ["LOWER(p.family_name)", "LOWER(p.given_names)"]),
            .init("born", "hw.dateOfBirth", order: ["p.date_of_birth"]),
            .init("staff", "hw.staffNumber", order: ["COALESCE(p.staff_number, '')"]),
            .init("unit", "hw.unit", order: ["COALESCE(p.staff_unit, '')"]),
            .init("classification", "hw.classification", order: ["o.classification"]),
        ],
        defaultSort: "name", filters: ["q"])

    @Sendable package func patients(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let list = try ListQuery(request, Self.patientList)
        let query = try FieldRules.optionalText(list.filter("q"), field: "q", max: 100)
        let page = try await chancery.health.patients(matching: query, list: list, by: context.principal)
        let label = chancery.objects.dominantLabel(of: page.items.map(\.object))
        if list.isExport {
            return list.csv(
                page.items.map { patient in
                    let d = patient.details
                    return [
                        d.displayName, d.dateOfBirth, d.staffNumber ?? "", d.staffUnit ?? "",
                        t.banner(patient.object.label),
                    ]
                }, label: label, t)
        }
        let total = try await chancery.health.patientCount(matching: query, by: context.principal)
        let model = HealthPatientsPage(
            query: query ?? "", canCreate: Self.isStaff(context.principal), hasPatients: !page.items.isEmpty,
            patients: page.items.map { patient -> HealthPatientsPage.Patient in
                let d = patient.details
                return .init(
                    id: patient.object.id, name: d.displayName, dateOfBirth: d.dateOfBirth,
                    staffNumber: d.staffNumber ?? "", staffUnit: d.staffUnit ?? "", restricted: d.restricted,
                    banner: t.banner(patient.object.label),
                    bannerClass: PageRenderer.bannerClass(patient.object.label.classification))
            },
            headers: list.headers(t),
            pager: list.pager(shown: page.items.count, hasMore: page.hasMore, total: total, t),
            sort: list.sort.id, order: list.descending ? "desc" : "asc")
        return PageRenderer.response(
            "health-patients", self.page(context, model),
            frame: frame(t("hw.patients"), label: label, path: "/health/patients", context))
    }

    @Sendable package func newPatientForm(_ request: Request, context: SignedInContext) async throws -> Response {
        try patientForm(context, values: ["nationality": "BEL", "sex": "unknown"], errors: FormErrors())
    }

    package func patientForm(
        _ context: SignedInContext, values: [String: String], errors: FormErrors, status: HTTPResponse.Status = .ok
    ) throws
        -> Response
    {
        try HealthOffice.require(HealthOffice.staff, context.principal)
        let t = context.localizer
        let model = page(
            context,
            HealthPatientFormPage(
                values: values, errors: errors.model(t),
                sexes: ["female", "male", "other", "unknown"].map { sex in
                    HealthChoice(value: sex, name: t("hw.sex.\(sex)"), selected: values["sex"] == sex)
                }))
        return PageRenderer.response(
            "health-patient-form", model,
            frame: frame(t("hw.newPatient"), label: HealthOffice.label(nil), path: "/health/patients/new", context),
            status: status)
    }

    /// Registers a patient from the form: every field is checked (by the API's rules) before anything is stored,
    /// and a refused form comes back with every error at once and what was typed; only the Health staff may send it.
    @Sendable package func createPatient(_ request: Request, context: SignedInContext) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        try HealthOffice.require(HealthOffice.staff, context.principal)
        let t = context.localizer
        let values = fields.filter { PatientForm.fields.contains($0.key) }
        var errors = FormErrors()
        guard let details = PatientForm(fields: fields).details(errors: &errors, t) else {
            return try patientForm(context, values: values, errors: errors, status: .badRequest)
        }
        do {
            let patient = try await chancery.health.createPatient(
                details, label: nil, careTeam: [], by: context.principal)
            return .redirect(to: "/health/patients/\(patient.object.id)?done=patientCreated", type: .normal)
        } catch let error as AppError {
            errors.add(error, field: "form", t)
            return try patientForm(context, values: values, errors: errors, status: error.status)
        }
    }

    @Sendable package func chart(_ request: Request, context: SignedInContext) async throws -> Response {
        let t = context.localizer
        let id = try Self.id(context)
        guard let patient = try await chancery.health.patient(id, by: context.principal) else {
            throw AppError.objectNotFound(id)
        }
        let entries = try await chancery.health.entries(
            of: id, type: nil, after: nil, limit: 200, by: context.principal
        ).items
        let d = patient.details
        var model = HealthChartPage(
            notice: Self.notice(request, t),
            patient: .init(
                id: id, name: d.displayName, dateOfBirth: d.dateOfBirth, sex: t("hw.sex.\(d.sex)"),
                nationality: d.nationality, staffNumber: d.staffNumber ?? "—", staffUnit: d.staffUnit ?? "—",
                phone: d.phone ?? "—", email: d.email ?? "—",
                emergency: [d.emergencyName, d.emergencyPhone].compactMap { $0 }.joined(separator: " · "),
                insurer: [d.insurer, d.insurerNumber].compactMap { $0 }.joined(separator: " · "),
                banner: t.banner(patient.object.label),
                bannerClass: PageRenderer.bannerClass(patient.object.label.classification)),
            canWrite: Self.isStaff(context.principal) && patient.mergedInto == nil,
            mergedInto: patient.mergedInto.map { .init(id: $0, text: t("hw.mergedInto")) },
            patientLinks: Self.patientLinks.map { .init(id: $0.id, href: $0.href(id), name: t($0.key)) },
            hasEntries: !entries.isEmpty,
            entries: entries.map { Self.entryRow($0, t) })
        if let until = try await chancery.health.breakGlassExpiry(patientID: id, by: context.principal) {
            model.breakGlass = t("hw.breakGlassActive", ["until": DayText.moment(until, t)])
        }
        let label = chancery.objects.dominantLabel(of: [patient.object] + entries.map(\.object))
        return PageRenderer.response(
            "health-chart", page(context, model),
            frame: frame(d.displayName, label: label, path: "/health/patients/\(id)", context))
    }

    /// Pages of the other parts of the office about one patient, linked from the chart.
    package static let patientLinks: [(id: String, href: @Sendable (String) -> String, key: String)] = [
        ("book-appointment", { "/health/appointments/new?patient=\($0)" }, "hw.link.book"),
        ("disclosures-link", { "/health/patients/\($0)/disclosures" }, "hw.link.disclosures"),
    ]

    package static func entryRow(_ entry: RecordEntry, _ t: Localizer) -> HealthEntryRow {
        HealthEntryRow(
            id: entry.object.id, patientId: entry.patientID, date: entry.content.date,
            typeName: t("hw.type.\(entry.content.type.rawValue)"), summary: entry.content.summary,
            version: entry.object.version, revoked: entry.consent?.isRevoked == true, revokedText: t("hw.revokedShort"),
            observations: entry.content.observations.map(observationRow))
    }

    package static func observationRow(_ observation: RecordEntry.Observation) -> HealthEntryRow.Observation {
        let range = [observation.low.map(number), observation.high.map(number)].map { $0 ?? "" }.joined(separator: "–")
        return HealthEntryRow.Observation(
            name: observation.code.display ?? observation.code.code, code: observation.code.code,
            value: observation.value.map(number) ?? observation.valueText ?? "", unit: observation.unit ?? "",
            range: range == "–" ? "" : range, flag: observation.interpretation.flatMap { $0 == "N" ? nil : $0 })
    }

    package static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
