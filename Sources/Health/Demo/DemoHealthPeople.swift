/// The people of a NATO headquarters as its Health Office sees them: names of many member nations (as their
/// owners write them), units, insurers, and the clinical vocabulary of the demo's records.
package enum DemoHealthPeople {
    /// A nation's common family names and given names (men's, then women's).
    package struct Nation: Sendable {
        package var code: String
        package var families: [String]
        package var men: [String]
        package var women: [String]
    }

    package static let nations: [Nation] = [
        Nation(
            code: "BEL", families: ["Peeters", "Janssens", "Maes", "Dubois", "Lambert", "Claes", "Wouters", "Lejeune"],
            men: ["Thomas", "Pieter", "Luc", "Olivier"], women: ["Sophie", "Lien", "Marie", "Elise"]),
        Nation(
            code: "FRA", families: ["Martin", "Bernard", "Durand", "Lefèvre", "Moreau", "Girard", "Roux", "Fournier"],
            men: ["Julien", "Mathieu", "Antoine", "Nicolas"], women: ["Camille", "Manon", "Chloé", "Léa"]),
        Nation(
            code: "DEU",
            families: ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer"],
            men: ["Jonas", "Lukas", "Matthias", "Stefan"], women: ["Anna", "Katharina", "Julia", "Sabine"]),
        Nation(
            code: "ITA", families: ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"],
            men: ["Marco", "Alessandro", "Giuseppe", "Luca"], women: ["Giulia", "Francesca", "Chiara", "Sara"]),
        Nation(
            code: "ESP", families: ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez"],
            men: ["Javier", "Carlos", "Álvaro", "Miguel"], women: ["Lucía", "María", "Carmen", "Elena"]),
        Nation(
            code: "NLD", families: ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit"],
            men: ["Daan", "Sem", "Bram", "Joost"], women: ["Emma", "Sanne", "Fleur", "Anouk"]),
        Nation(
            code: "POL", families: ["Nowak", "Wójcik", "Mazur", "Krawczyk", "Kaczmarek", "Zając", "Król", "Wieczorek"],
            men: ["Piotr", "Krzysztof", "Tomasz", "Paweł"], women: ["Anna", "Katarzyna", "Agnieszka", "Magdalena"]),
        Nation(
            code: "USA", families: ["Smith", "Johnson", "Williams", "Brown", "Davis", "Miller", "Wilson", "Taylor"],
            men: ["James", "Michael", "Robert", "David"], women: ["Jennifer", "Emily", "Sarah", "Jessica"]),
        Nation(
            code: "GBR", families: ["Jones", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes", "Edwards"],
            men: ["Oliver", "Harry", "George", "William"], women: ["Charlotte", "Amelia", "Olivia", "Isla"]),
        Nation(
            code: "NOR", families: ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen"],
            men: ["Lars", "Ole", "Magnus", "Henrik"], women: ["Ingrid", "Kari", "Nora", "Silje"]),
        Nation(
            code: "DNK", families: ["Nielsen", "Jensen", "Christensen", "Rasmussen", "Jørgensen", "Madsen"],
            men: ["Mads", "Søren", "Rasmus", "Kasper"], women: ["Mette", "Freja", "Ida", "Signe"]),
        Nation(
            code: "CAN", families: ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "MacDonald"],
            men: ["Étienne", "Liam", "Noah", "Félix"], women: ["Émilie", "Olivia", "Charlotte", "Alice"]),
        Nation(
            code: "PRT", families: ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa"],
            men: ["João", "Tiago", "Rui", "Pedro"], women: ["Ana", "Inês", "Beatriz", "Mariana"]),
        Nation(
            code: "TUR", families: ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız"],
            men: ["Mehmet", "Mustafa", "Emre", "Burak"], women: ["Ayşe", "Zeynep", "Elif", "Fatma"]),
        Nation(
            code: "ROU", families: ["Popescu", "Ionescu", "Popa", "Stan", "Dumitru"],
            men: ["Andrei", "Mihai", "Alexandru", "Ionuț"], women: ["Ioana", "Elena", "Andreea", "Maria"]),
        Nation(
            code: "EST", families: ["Tamm", "Saar", "Sepp", "Mägi", "Kask"],
            men: ["Märt", "Rasmus", "Kristjan", "Andres"], women: ["Kadri", "Liis", "Kristiina", "Maarja"]),
        Nation(
            code: "HUN", families: ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth"],
            men: ["Bence", "Gábor", "László", "Zoltán"], women: ["Eszter", "Katalin", "Zsófia", "Anna"]),
    ]

    package static let units = [
        "J1", "J2", "J3", "J4", "J5", "J6", "J8", "J9", "JOC", "IPS", "CIS", "LEGAD", "PAO", "FINCON", "HQ SUPPORT",
    ]

    package static let insurers = ["Cigna International", "Allianz Care", "Vanbreda", "AXA Assistance"]

    /// A clinical consultation: summary and note.
    package static let consultations: [(String, String)] = [
        ("Consultation: low back pain", "Lumbar pain after lifting; no neurological signs. Physiotherapy advised."),
        ("Consultation: seasonal allergy", "Rhinitis since April. Antihistamine prescribed; review if no better."),
        ("Consultation: knee injury during sport", "Twisted knee at football; stable, swelling. Rest and ice."),
        ("Travel medicine before deployment", "Vaccinations checked; malaria prophylaxis prescribed."),
        ("Consultation: hypertension follow-up", "Blood pressure 138/86 on treatment. Continue; review in 3 months."),
        ("Consultation: sleep problems on shift work", "Poor sleep on night rota. Sleep hygiene advice given."),
        ("Consultation: upper respiratory infection", "Sore throat and fever for two days. Symptomatic treatment."),
        ("Periodic medical examination", "Fit for duty. Next periodic examination in two years."),
    ]

    /// A laboratory panel: summary and (LOINC code, display, unit, low, high).
    package static let panels: [(String, [(String, String, String, Double, Double)])] = [
        (
            "Full blood count",
            [
                ("718-7", "Hemoglobin", "g/dL", 12, 16), ("6690-2", "Leukocytes", "10*3/uL", 4, 11),
                ("777-3", "Platelets", "10*3/uL", 150, 400),
            ]
        ),
        (
            "Lipid panel and glucose",
            [
                ("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL", 0, 200),
                ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", 70, 99),
            ]
        ),
        (
            "Liver function tests",
            [
                ("1742-6", "Alanine aminotransferase", "U/L", 7, 56),
                ("1920-8", "Aspartate aminotransferase", "U/L", 10, 40),
            ]
        ),
        ("Thyroid function", [("3016-3", "Thyrotropin", "mIU/L", 0.4, 4)]),
        ("Kidney function", [("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", 0.6, 1.3)]),
    ]

    /// Where patients are referred: the provider and their address.
    package static let providers: [(String, String)] = [
        ("Clinique Saint-Jean", "Boulevard du Jardin Botanique 32, 1000 Brussels"),
        ("Cliniques universitaires Saint-Luc", "Avenue Hippocrate 10, 1200 Woluwe-Saint-Lambert"),
        ("UZ Leuven", "Herestraat 49, 3000 Leuven"), ("Hôpital Erasme", "Route de Lennik 808, 1070 Anderlecht"),
        ("CHU Ambroise Paré", "Boulevard Kennedy 2, 7000 Mons"), ("AZ Sint-Jan", "Ruddershove 10, 8000 Bruges"),
    ]

    /// Why patients are referred.
    package static let referralReasons = [
        "Persistent symptoms despite treatment; specialist opinion requested.",
        "Abnormal result at the periodic examination; further investigation please.",
        "Follow-up after an injury at work; assessment of fitness for duty.",
        "Recurrent complaints affecting work; please advise on management.",
    ]
}
