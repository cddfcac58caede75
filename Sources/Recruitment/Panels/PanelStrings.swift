import ChancerySpine

/// The panels' sentences and labels, English and French side by side.
package enum PanelStrings {
    /// A seat's name in the reader's language.
    package static func seat(_ role: PanelRole, french: Bool) -> String {
        let pair = table["recruitment.panel.seat.\(role.rawValue)"] ?? (role.rawValue, role.rawValue)
        return french ? pair.fr : pair.en
    }

    package static let table: [String: (en: String, fr: String)] = [
        "recruitment.panel.seat.chair": ("chair", "président"),
        "recruitment.panel.seat.hr-representative": ("HR representative", "représentant des ressources humaines"),
        "recruitment.panel.seat.technical-member": ("technical member", "membre technique"),
        "recruitment.panel.seat.secretary": ("secretary", "secrétaire"),
        "recruitment.panel.calendar.title": ("Selection panel {title}", "Jury de sélection {title}"),
        "recruitment.panel.calendar.interview": ("Selection interview", "Entretien de sélection"),
        "work.recruitment.declarations": (
            "Conflict-of-interest declarations to sign", "Déclarations de conflit d’intérêts à signer"
        ),
        "work.recruitment.scorecards": ("Scorecards to complete", "Grilles d’évaluation à compléter"),
        "work.recruitment.reports": ("Panel reports to sign", "Rapports de jury à signer"),
    ]
}
