import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

extension PanelStore {
    /// The secretary drafts the report (English and French), once scoring is complete; they may redraft it until the
    /// chair signs it. The panel's version moves with each draft.
    package func draftReport(_ form: ReportForm, on panelID: String, by principal: Principal) async throws -> Panel {
        try await changeReport(panelID, seats: [.secretary], by: principal) { panel, db in
            guard panel.reportState != .signed else { return PanelError.reportSigned }
            guard let progress = try await self.progress(of: panel, by: principal, on: db), progress.isComplete else {
                return PanelError.scoringIncomplete
            }
            try await db.raw(
                """
                UPDATE recruitment_panels SET report_state = \(bind: Panel.ReportState.drafted.rawValue),
                    report_en = \(bind: form.textEn), report_fr = \(bind: form.textFr),
                    report_drafted_by = \(bind: principal.id), report_drafted_at = \(bind: Clock.nowMilliseconds())
                WHERE object_id = \(bind: panelID)
                """
            ).run()
            return nil
        } state: {
            "report-drafted"
        }
    }

    /// The chair signs the drafted report off: from then on nothing of the panel changes.
    package func signReport(on panelID: String, by principal: Principal) async throws -> Panel {
        try await changeReport(panelID, seats: [.chair], by: principal) { panel, db in
            guard panel.reportState != .signed else { return PanelError.reportSigned }
            guard panel.reportState == .drafted else { return PanelError.reportNotDrafted }
            try await db.raw(
                """
                UPDATE recruitment_panels SET report_state = \(bind: Panel.ReportState.signed.rawValue),
                    report_signed_by = \(bind: principal.id), report_signed_at = \(bind: Clock.nowMilliseconds())
                WHERE object_id = \(bind: panelID)
                """
            ).run()
            return nil
        } state: {
            "report-signed"
        }
    }

    /// One change of the report by a member in one of `seats` who declared no conflict: the change, the panel's
    /// next version and the audit event in one transaction, or a refusal with nothing changed.
    private func changeReport(
        _ panelID: String, seats: Set<PanelRole>, by principal: Principal,
        change: @escaping @Sendable (Panel, any SQLDatabase) async throws -> AppError?,
        state: @escaping @Sendable () -> String
    ) async throws -> Panel {
        try await database.transaction { db -> Checked<Panel> in
            let (panel, seat): (Panel, PanelMember)
            switch try await self.seat(on: panelID, in: seats, by: principal, on: db) {
            case .refused(let error): return .refused(error)
            case .done(let found): (panel, seat) = found
            }
            guard seat.seesCandidates else { return .refused(PanelError.declarationFirst) }
            if let refusal = try await change(panel, db) { return .refused(refusal) }
            var edited = panel.object
            edited.state = state()
            guard let saved = try await self.objects.save(edited, replacing: panel.object, on: db) else {
                return .refused(.stale(currentVersion: panel.object.version + 1))
            }
            try await self.objects.auditUpdate(
                saved, previous: panel.object, fields: ["report"], by: principal,
                action: "recruitment.panel.\(state())", extra: ["seat": seat.role.rawValue], on: db)
            guard let updated = try await self.readPanel(panelID, by: principal, on: db) else {
                return .refused(.objectNotFound(panelID))
            }
            return .done(updated)
        }.get()
    }

    /// The text a report starts from, in English or French: the panel, its competencies and the ranking, for the
    /// secretary to edit.
    package static func prefilledReport(
        _ panel: Panel, _ ranking: [PanelRankingRow], members: [PanelMember], french: Bool
    )
        -> String
    {
        func number(_ value: Double) -> String {
            let text = String(format: "%.2f", value)
            return french ? text.replacingOccurrences(of: ".", with: ",") : text
        }
        let seated = members.map { "\($0.displayName) (\(PanelStrings.seat($0.role, french: french)))" }
            .joined(separator: ", ")
        let conflicts = members.filter { $0.declaration == .conflictDeclared }.map(\.displayName)
        var lines: [String] = []
        if french {
            lines.append("Rapport du jury de sélection – \(panel.object.title)")
            lines.append("")
            lines.append("Composition du jury : \(seated).")
            if !conflicts.isEmpty {
                lines.append(
                    "Conflit d’intérêts déclaré (sans accès aux candidats) : \(conflicts.joined(separator: ", ")).")
            }
            lines.append("Compétences évaluées : \(panel.competencies.joined(separator: ", ")).")
            lines.append("")
            lines.append("Classement (moyenne des notes de 1 à 5) :")
        } else {
            lines.append("Selection panel report – \(panel.object.title)")
            lines.append("")
            lines.append("Panel members: \(seated).")
            if !conflicts.isEmpty {
                lines.append(
                    "Conflict of interest declared (no access to candidates): \(conflicts.joined(separator: ", ")).")
            }
            lines.append("Competencies assessed: \(panel.competencies.joined(separator: ", ")).")
            lines.append("")
            lines.append("Ranking (average of scores from 1 to 5):")
        }
        for (index, row) in ranking.enumerated() {
            let detail = panel.competencies.compactMap { name in row.averages[name].map { "\(name) \(number($0))" } }
                .joined(separator: "; ")
            lines.append(
                "\(index + 1). \(row.candidate.name) (\(row.candidate.reference)) – \(number(row.overall)) – \(detail)")
        }
        lines.append("")
        lines.append(
            french
                ? "Le jury recommande le candidat classé premier pour le poste, et les suivants pour la liste de réserve."
                : "The panel recommends the first-ranked candidate for the post, and the next ones for the reserve list."
        )
        return lines.joined(separator: "\n")
    }
}
