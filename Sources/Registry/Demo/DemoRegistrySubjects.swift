/// What a headquarters' registry sees pass, in English and French: the kinds of document, the subjects they are
/// about (each in a working area that decides its series, folder and distribution), and who sends them.
package enum DemoRegistrySubjects {
    /// A working area of the headquarters: its series, where its items are filed, the list they go to.
    package enum Area: CaseIterable, Sendable {
        case operations, logistics, personnel, legal, security, administration, finance
    }

    /// A kind of document: how its title starts in each language, and its record type.
    package struct Kind: Sendable {
        package var en: String
        package var fr: String
        package var recordType: String
    }

    /// A subject, with its article, in each language.
    package struct Subject: Sendable {
        package var en: String
        package var fr: String
        package var area: Area
    }

    package static let kinds: [Kind] = [
        Kind(en: "Minutes of the meeting on", fr: "Procès-verbal de la réunion sur", recordType: "minutes"),
        Kind(en: "Report on", fr: "Rapport sur", recordType: "report"),
        Kind(en: "Memorandum on", fr: "Mémorandum concernant", recordType: "memorandum"),
        Kind(en: "Request for comments on", fr: "Demande d'avis sur", recordType: "request"),
        Kind(en: "Instructions for", fr: "Instructions concernant", recordType: "instruction"),
        Kind(en: "Briefing note on", fr: "Note d'information sur", recordType: "note"),
        Kind(en: "Letter concerning", fr: "Lettre concernant", recordType: "letter"),
        Kind(en: "Draft directive on", fr: "Projet de directive sur", recordType: "directive"),
        Kind(en: "Agenda of the working group on", fr: "Ordre du jour du groupe de travail sur", recordType: "agenda"),
        Kind(en: "Lessons identified from", fr: "Enseignements tirés de", recordType: "report"),
    ]

    package static let subjects: [Subject] = [
        Subject(en: "exercise STEADFAST JUPITER", fr: "l'exercice STEADFAST JUPITER", area: .operations),
        Subject(
            en: "the logistics of exercise TRIDENT JUNCTURE", fr: "la logistique de l'exercice TRIDENT JUNCTURE",
            area: .operations),
        Subject(
            en: "air policing over the Baltic states", fr: "la police du ciel au-dessus des États baltes",
            area: .operations),
        Subject(en: "the crisis management exercise", fr: "l'exercice de gestion de crise", area: .operations),
        Subject(en: "the mobility of reinforcement forces", fr: "la mobilité des forces de renfort", area: .operations),
        Subject(
            en: "integrated air and missile defence", fr: "la défense aérienne et antimissile intégrée",
            area: .operations),
        Subject(en: "cyber defence readiness", fr: "l'état de préparation de la cyberdéfense", area: .operations),
        Subject(
            en: "fuel supply contracts for the headquarters",
            fr: "les contrats d'approvisionnement en carburant du quartier général", area: .logistics),
        Subject(
            en: "the movement of vehicles to the deployed elements",
            fr: "le mouvement des véhicules vers les éléments déployés", area: .logistics),
        Subject(en: "ammunition stockpile levels", fr: "les niveaux des stocks de munitions", area: .logistics),
        Subject(en: "the disposal of obsolete equipment", fr: "l'élimination du matériel obsolète", area: .logistics),
        Subject(en: "the renovation of building Z", fr: "la rénovation du bâtiment Z", area: .logistics),
        Subject(
            en: "the rotation of staff officers in the Joint Operations Centre",
            fr: "la relève des officiers d'état-major du centre d'opérations interarmées", area: .personnel),
        Subject(en: "the civilian personnel regulations", fr: "le règlement du personnel civil", area: .personnel),
        Subject(en: "the training calendar", fr: "le calendrier de formation", area: .personnel),
        Subject(en: "language training for staff", fr: "la formation linguistique du personnel", area: .personnel),
        Subject(
            en: "the posting of national liaison officers", fr: "l'affectation des officiers de liaison nationaux",
            area: .personnel),
        Subject(
            en: "the medical readiness of deployed personnel", fr: "l'aptitude médicale du personnel déployé",
            area: .personnel),
        Subject(en: "the host nation support agreement", fr: "l'accord de soutien de la nation hôte", area: .legal),
        Subject(en: "the status of forces agreement", fr: "l'accord sur le statut des forces", area: .legal),
        Subject(
            en: "claims for damage to private property",
            fr: "les demandes d'indemnisation pour dommages aux biens privés", area: .legal),
        Subject(
            en: "the annual security inspection of the registry",
            fr: "l'inspection annuelle de sécurité du bureau d'ordre", area: .security),
        Subject(
            en: "the handling of classified information", fr: "le traitement des informations classifiées",
            area: .security),
        Subject(en: "the summit security arrangements", fr: "les dispositions de sécurité du sommet", area: .security),
        Subject(
            en: "the visit of the Chief of Defence", fr: "la visite du chef d'état-major de la défense",
            area: .administration),
        Subject(
            en: "the Military Committee conference", fr: "la conférence du Comité militaire", area: .administration),
        Subject(
            en: "the new records retention schedule", fr: "le nouveau calendrier de conservation des archives",
            area: .administration),
        Subject(
            en: "the CIS maintenance window", fr: "la fenêtre de maintenance des systèmes d'information",
            area: .administration),
        Subject(en: "the budget execution of the quarter", fr: "l'exécution budgétaire du trimestre", area: .finance),
        Subject(en: "the audit of travel expenses", fr: "l'audit des frais de mission", area: .finance),
        Subject(
            en: "common funding of infrastructure projects",
            fr: "le financement commun des projets d'infrastructure", area: .finance),
    ]

    /// Who sends the headquarters its incoming items, with the prefix of their own references.
    package static let originators: [(name: String, prefix: String)] = [
        ("SHAPE J3", "SH/J3"), ("SHAPE J4", "SH/J4"), ("JFC Brunssum", "JFCBS"), ("JFC Naples", "JFCNP"),
        ("NATO HQ International Staff", "IS"), ("Allied Land Command", "LC"), ("Allied Maritime Command", "MC"),
        ("Ministère des Armées, Paris", "MINARM"), ("Bundesministerium der Verteidigung", "BMVG"),
        ("Ministry of Defence, London", "MOD"), ("NSPA Capellen", "NSPA"), ("NCIA The Hague", "NCIA"),
    ]

    /// Who the items are addressed to.
    package static let addressees: [[String]] = [
        ["COS"], ["DCOS OPS"], ["DCOS SPT"], ["J1"], ["J3", "J5"], ["J4"], ["LEGAD"], ["IPS"], ["COS", "FINCON"],
    ]

    /// The title of an item of this kind on this subject, in its language (`en` or `fr`); `update` numbers
    /// a follow-up.
    package static func title(_ kind: Kind, _ subject: Subject, language: String, update: Int?) -> String {
        let base = language == "fr" ? "\(kind.fr) \(subject.fr)" : "\(kind.en) \(subject.en)"
        guard let update else { return base }
        return language == "fr" ? "\(base) (mise à jour \(update))" : "\(base) (update \(update))"
    }
}
