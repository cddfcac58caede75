/// The text of suggestions, English and French side by side (merged into `Strings.table`): the refusals, and the
/// names of the nations and organisations an item can be released to (`nation.<code>`).
package enum SuggestionStrings {
    package static let table: [String: (en: String, fr: String)] = refusals.merging(nations) { own, _ in own }

    static let refusals: [String: (en: String, fr: String)] = [
        "suggest.error.unknownKind": (
            "Nothing is suggested for \"{kind}\". Suggestions exist for: {kinds}.",
            "Aucune suggestion n'existe pour « {kind} ». Il en existe pour : {kinds}."
        ),
        "suggest.error.noRole": (
            "People and units are suggested only to those who hold a role in an office.",
            "Les personnes et les unités ne sont suggérées qu'aux titulaires d'un rôle dans un bureau."
        ),
    ]

    // swift-format-ignore
    static let nations: [String: (en: String, fr: String)] = [
        "nation.ALB": ("Albania", "Albanie"), "nation.BEL": ("Belgium", "Belgique"),
        "nation.BGR": ("Bulgaria", "Bulgarie"), "nation.CAN": ("Canada", "Canada"),
        "nation.HRV": ("Croatia", "Croatie"), "nation.CZE": ("Czechia", "Tchéquie"),
        "nation.DNK": ("Denmark", "Danemark"), "nation.EST": ("Estonia", "Estonie"),
        "nation.FIN": ("Finland", "Finlande"), "nation.FRA": ("France", "France"),
        "nation.DEU": ("Germany", "Allemagne"), "nation.GRC": ("Greece", "Grèce"),
        "nation.HUN": ("Hungary", "Hongrie"), "nation.ISL": ("Iceland", "Islande"),
        "nation.ITA": ("Italy", "Italie"), "nation.LVA": ("Latvia", "Lettonie"),
        "nation.LTU": ("Lithuania", "Lituanie"), "nation.LUX": ("Luxembourg", "Luxembourg"),
        "nation.MNE": ("Montenegro", "Monténégro"), "nation.NLD": ("Netherlands", "Pays-Bas"),
        "nation.MKD": ("North Macedonia", "Macédoine du Nord"), "nation.NOR": ("Norway", "Norvège"),
        "nation.POL": ("Poland", "Pologne"), "nation.PRT": ("Portugal", "Portugal"),
        "nation.ROU": ("Romania", "Roumanie"), "nation.SVK": ("Slovakia", "Slovaquie"),
        "nation.SVN": ("Slovenia", "Slovénie"), "nation.ESP": ("Spain", "Espagne"),
        "nation.SWE": ("Sweden", "Suède"), "nation.TUR": ("Türkiye", "Türkiye"),
        "nation.GBR": ("United Kingdom", "Royaume-Uni"), "nation.USA": ("United States", "États-Unis"),
        "nation.EU": ("European Union", "Union européenne"), "nation.UN": ("United Nations", "Nations unies"),
        "nation.KFOR": ("Kosovo Force", "Force pour le Kosovo"),
        "nation.EAPC": ("Euro-Atlantic Partnership Council", "Conseil de partenariat euro-atlantique"),
    ]
}
