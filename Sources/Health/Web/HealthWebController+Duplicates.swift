import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The medical advisor's queue of suspected duplicate patients, with the merge and the dismissal.
extension HealthWebController {
    /// The suspected duplicates waiting for a decision as a list: sortable, paged, and its CSV. The people's names
    /// show only to whoever may read each record, so the list sorts by when and on what they were flagged.
    package static let duplicateList = ListSpec(
        name: "health.duplicates", path: "/health/duplicates",
        columns: [
            .init("flagged", "hw.flaggedAt", order: ["d.flagged_at"]),
            .init("by", "hw.flaggedBy"),
            .init("duplicate", "hw.suspectedDuplicate"),
            .init("existing", "hw.existingRecord"),
            .init("matched", "hw.matchedOnTitle", order: ["d.matched_on"]),
        ],
        defaultSort: "flagged", tieBreaker: "d.id")

    @Sendable package func duplicateQueue(_ request: Request, context: SignedInContext) async throws -> Response {
        try await duplicatePage(
            context, list: try ListQuery(request, Self.duplicateList),
            notice: Self.notice(request, context.localizer))
    }

    /// The queue; after a refused decision, `refused` names the suspicion and the form (`merge` or `dismiss`) whose
    /// note is marked with `errors`' sentence and keeps what was typed.
    package func duplicatePage(
        _ context: SignedInContext, list: ListQuery? = nil, notice: String?, errors: FormErrors = FormErrors(),
        refused: (id: String, form: String, note: String)? = nil, status: HTTPResponse.Status = .ok
    )
        async throws -> Response
    {
        let t = context.localizer
        let list = try list ?? ListQuery(fields: [:], Self.duplicateList)
        let found = try await chancery.health.suspectedDuplicates(list: list, by: context.principal)
        let items = found.items
        let names = try await chancery.users.displayNames(of: items.map(\.flaggedBy))
        func record(_ patient: Patient?, id: String) -> HealthDuplicatesPage.Record {
            guard let patient else { return .init(id: id, hidden: t("hw.hiddenPatient")) }
            let d = patient.details
            return .init(
                id: id, name: d.displayName, dateOfBirth: d.dateOfBirth, staffNumber: d.staffNumber ?? "—",
                restricted: d.restricted)
        }
        let rows = items.map { item in
            var line = HealthDuplicatesPage.Suspicion(
                id: item.id, flaggedAt: DayText.moment(item.flaggedAt, t),
                flaggedBy: names[item.flaggedBy] ?? item.flaggedBy,
                duplicate: record(item.patient, id: item.patientID),
                existing: record(item.existing, id: item.existingID),
                matchedOn: t("hw.matchedOn.\(item.matchedOn.rawValue)"),
                mine: item.flaggedBy == context.principal.id)
            if let refused, refused.id == item.id {
                let sentence = errors.items.first?.message
                if refused.form == "merge" {
                    (line.mergeNote, line.mergeError) = (refused.note, sentence)
                } else {
                    (line.dismissNote, line.dismissError) = (refused.note, sentence)
                }
            }
            return line
        }
        let shown = items.flatMap { [$0.patient?.object, $0.existing?.object].compactMap { $0 } }
        let label = chancery.objects.dominantLabel(of: shown)
        if list.isExport {
            func cell(_ record: HealthDuplicatesPage.Record) -> String {
                guard let name = record.name else { return record.hidden ?? "" }
                return [name, record.dateOfBirth ?? "", record.staffNumber ?? ""].joined(separator: " · ")
            }
            return list.csv(
                rows.map { [$0.flaggedAt, $0.flaggedBy, cell($0.duplicate), cell($0.existing), $0.matchedOn] },
                label: label, t)
        }
        let total = try await chancery.health.pendingDuplicateCounts(by: context.principal).all
        let model = HealthDuplicatesPage(
            notice: notice, errors: errors.model(t), hasDuplicates: !rows.isEmpty, duplicates: rows,
            headers: list.headers(t), pager: list.pager(shown: rows.count, hasMore: found.hasMore, total: total, t))
        return PageRenderer.response(
            "health-duplicates", page(context, model),
            frame: frame(t("hw.duplicates"), label: label, path: "/health/duplicates", context),
            status: status)
    }

    @Sendable package func mergeDuplicate(_ request: Request, context: SignedInContext) async throws -> Response {
        try await decideDuplicate(request, context, done: "merged") { health, id, note, principal in
            _ = try await health.mergeDuplicate(id, note: note, by: principal)
        }
    }

    @Sendable package func dismissDuplicate(_ request: Request, context: SignedInContext) async throws -> Response {
        try await decideDuplicate(request, context, done: "distinct") { health, id, note, principal in
            _ = try await health.dismissDuplicate(id, note: note, by: principal)
        }
    }

    /// Merges or dismisses from the queue: only a medical advisor gets as far as the checks; the note is checked
    /// before the store is asked, and a refusal comes back on the queue, the note of the form refused marked with its
    /// sentence and kept.
    private func decideDuplicate(
        _ request: Request, _ context: SignedInContext, done: String,
        _ decide: (HealthStore, String, String, Principal) async throws -> Void
    ) async throws -> Response {
        let fields = try await WebForm.verified(request, session: context.session)
        let id = try context.parameters.require("suspicionId")
        guard ObjectID.isWellFormed(id) else { throw AppError.notFound }
        try HealthOffice.require(HealthOffice.advisors, context.principal)
        let t = context.localizer
        let form = done == "merged" ? "merge" : "dismiss"
        let field = "\(form)-note-\(id)"
        let typed = fields["note"] ?? ""
        var errors = FormErrors()
        let note = errors.check(field, label: t("hw.decisionNote"), t) {
            try FieldRules.text(typed, field: "note", max: 1000)
        }
        if let note {
            do {
                try await decide(chancery.health, id, note, context.principal)
                return .redirect(to: "/health/duplicates?done=\(done)", type: .normal)
            } catch let error as AppError
                where error.status != .forbidden || error.type == HealthError.ownDuplicate.type
            {
                errors.add(field, error.detail(t))
                return try await duplicatePage(
                    context, notice: nil, errors: errors, refused: (id, form, typed), status: error.status)
            }
        }
        return try await duplicatePage(
            context, notice: nil, errors: errors, refused: (id, form, typed), status: .badRequest)
    }
}
