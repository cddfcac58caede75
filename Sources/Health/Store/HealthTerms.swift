import ChancerySpine

/// The Health Office's reference terms in English and French: clinical specialties, purposes of a release or a
/// question, rooms, supply forms, units of issue, store locations and the common supplies.
///
/// The store keeps such a value as it was entered (the API returns it unchanged); a page shows a known term in
/// its own language, whichever language it was entered in, and any other text as entered. The demo takes its
/// reference data from here, so a French page of the demo shows French throughout.
package enum HealthTerms {
    /// One term in both languages.
    package typealias Term = BilingualTerm

    package static let specialties: [Term] = [
        Term("General practice", "Médecine générale"), Term("Occupational medicine", "Médecine du travail"),
        Term("Medical advisor", "Conseiller médical"), Term("Cardiology", "Cardiologie"),
        Term("Orthopaedics", "Orthopédie"), Term("Dermatology", "Dermatologie"),
        Term("Ophthalmology", "Ophtalmologie"), Term("Ear, nose and throat", "Oto-rhino-laryngologie"),
        Term("Physiotherapy", "Kinésithérapie"), Term("Psychology", "Psychologie"), Term("Radiology", "Radiologie"),
        Term("Gastroenterology", "Gastro-entérologie"), Term("Neurology", "Neurologie"),
        Term("Dentistry", "Médecine dentaire"),
    ]

    package static let purposes: [Term] = [
        Term("Reimbursement claim", "Demande de remboursement"),
        Term("Return to work planning", "Préparation de la reprise du travail"),
        Term("Fitness for deployment", "Aptitude au déploiement"),
        Term("Fitness for posting", "Aptitude à l'affectation"),
        Term("Continuity of care", "Continuité des soins"), Term("Second opinion", "Second avis"),
        Term("Pension assessment", "Évaluation pour la pension"),
        Term("Shift work planning", "Organisation du travail posté"),
    ]

    package static let rooms: [Term] = [
        Term("Building Z, room 2", "Bâtiment Z, salle 2"), Term("Building Z, room 12", "Bâtiment Z, salle 12"),
        Term("Building Z, room 14", "Bâtiment Z, salle 14"), Term("Building Z, room 16", "Bâtiment Z, salle 16"),
        Term("Building Z, treatment room", "Bâtiment Z, salle de soins"),
    ]

    package static let forms: [Term] = [
        Term("tablet", "comprimé"), Term("ampoule", "ampoule"), Term("inhaler", "inhalateur"),
        Term("dressing", "pansement"), Term("consumable", "consommable"), Term("infusion", "perfusion"),
        Term("syringe", "seringue"), Term("test kit", "kit de test"), Term("capsule", "gélule"),
        Term("cream", "crème"),
    ]

    package static let unitsOfIssue: [Term] = [
        Term("box of 16", "boîte de 16"), Term("box of 20", "boîte de 20"), Term("box of 30", "boîte de 30"),
        Term("box of 50", "boîte de 50"), Term("box of 100", "boîte de 100"), Term("pack of 100", "paquet de 100"),
        Term("ampoule", "ampoule"), Term("inhaler", "inhalateur"), Term("roll", "rouleau"), Term("bag", "poche"),
        Term("pre-filled syringe", "seringue préremplie"), Term("tube", "tube"),
    ]

    package static let locations: [Term] = [
        Term("Pharmacy cupboard A", "Armoire de la pharmacie A"),
        Term("Pharmacy cupboard B", "Armoire de la pharmacie B"), Term("Emergency bag", "Sac d'urgence"),
        Term("Treatment room shelf 1", "Salle de soins, étagère 1"),
        Term("Treatment room shelf 2", "Salle de soins, étagère 2"), Term("Store room", "Réserve"),
        Term("Vaccine fridge", "Réfrigérateur à vaccins"),
    ]

    package static let supplies: [Term] = [
        Term("Paracetamol 500 mg", "Paracétamol 500 mg"), Term("Ibuprofen 400 mg", "Ibuprofène 400 mg"),
        Term("Amoxicillin 1 g", "Amoxicilline 1 g"), Term("Adrenaline 1 mg/ml", "Adrénaline 1 mg/ml"),
        Term("Salbutamol inhaler", "Salbutamol en inhalateur"),
        Term("Sterile gauze swabs", "Compresses de gaze stériles"),
        Term("Elastic bandage 8 cm", "Bande élastique 8 cm"), Term("Nitrile gloves M", "Gants en nitrile M"),
        Term("Sodium chloride 0.9% 500 ml", "Chlorure de sodium 0,9 % 500 ml"),
        Term("Tetanus-diphtheria vaccine", "Vaccin diphtérie-tétanos"),
        Term("Influenza vaccine 2026/27", "Vaccin contre la grippe 2026/27"),
        Term("Blood glucose test strips", "Bandelettes de glycémie"), Term("Cetirizine 10 mg", "Cétirizine 10 mg"),
        Term("Hydrocortisone cream 1%", "Crème d'hydrocortisone 1 %"), Term("Omeprazole 20 mg", "Oméprazole 20 mg"),
    ]

    package static let all: [Term] = specialties + purposes + rooms + forms + unitsOfIssue + locations + supplies

    private static let glossary = Glossary(all)

    /// A stored value as a page in `language` shows it: the term in that language when it is a known term,
    /// otherwise the text as entered.
    package static func display(_ text: String, in language: Language) -> String {
        glossary.display(text, in: language)
    }
}

extension Localizer {
    /// A stored Health Office reference value (specialty, purpose, room, supply form, unit…) in the page's language.
    package func term(_ text: String) -> String { HealthTerms.display(text, in: language) }

    /// The same for an optional value.
    package func term(_ text: String?) -> String? { text.map { HealthTerms.display($0, in: language) } }
}
