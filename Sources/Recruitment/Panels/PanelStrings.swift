import ChancerySpine

/// The panels' sentences and labels, whose text is in `Recruitment/Strings/panel.json`.
package enum PanelStrings {
    /// A seat's name in the reader's language.
    package static func seat(_ role: PanelRole, french: Bool) -> String {
        let pair =
            RecruitmentOffice.ownStrings["recruitment.panel.seat.\(role.rawValue)"] ?? (role.rawValue, role.rawValue)
        return french ? pair.fr : pair.en
    }

}
