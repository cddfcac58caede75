/// The parts of a notice, as their headings name them in English or French; each is read its own way.
enum NoticeSection: Equatable {
    /// Before the first heading: the title, the body's name and the labelled fields.
    case preamble
    case summary, duties, essential, desirable, languages, competencies, remarks
    /// A section the parser knows and keeps as text (how to apply, contract clause, additional information…).
    case information
    /// A heading the parser does not know: its lines go to `unrecognised`.
    case unknown

    static let headings: [NoticeSection: [String]] = [
        .summary: [
            "summary", "post context", "context", "background", "job summary", "resume", "contexte",
            "contexte du poste", "overview", "the role", "job purpose", "purpose", "about the role", "post description",
            "description du poste", "role", "mission",
        ],
        .duties: [
            "principal duties", "main accountabilities", "main responsibilities", "responsibilities", "duties",
            "duties and responsibilities", "general responsibilities", "specific responsibilities",
            "special requirements and additional duties", "additional duties", "principales responsabilites",
            "responsabilites", "responsabilites generales", "responsabilites particulieres", "taches principales",
            "fonctions principales", "attributions", "principales fonctions", "principales attributions",
            "key responsibilities", "tasks", "main tasks",
        ],
        .essential: [
            "qualifications", "qualifications and experience", "essential", "essential qualifications",
            "essential requirements", "required qualifications", "requirements", "minimum qualifications",
            "general qualifications", "specific qualifications", "qualifications essentielles",
            "qualifications requises", "qualifications generales", "qualifications particulieres",
            "qualifications et experience", "essentiel", "essentielles", "conditions requises", "profil requis",
            "experience and education", "education and experience", "minimum requirements",
            "essential qualifications and experience", "qualifications et experience requises",
        ],
        .desirable: [
            "desirable", "desirable qualifications", "desirable requirements", "preferred qualifications",
            "advantageous", "qualifications souhaitables", "souhaitable", "souhaitables", "atouts",
            "desirable qualifications and experience", "qualifications et experience souhaitables",
        ],
        .languages: [
            "language", "languages", "language qualifications", "language requirements", "language proficiency",
            "connaissances linguistiques", "langues", "competences linguistiques", "exigences linguistiques",
            "language skills", "connaissances linguistiques requises",
        ],
        .competencies: [
            "competencies", "competences", "personal attributes", "personal characteristics", "qualites personnelles",
            "attributes", "core competencies", "competences requises", "aptitudes personnelles",
            "competences comportementales", "behavioural competencies", "attributes/competencies",
            "competencies/attributes", "personal attributes/competencies",
        ],
        .remarks: ["remarks", "remarques", "observations", "notes"],
        .information: [
            "additional information", "informations complementaires", "how to apply", "comment postuler",
            "comment faire acte de candidature", "recruitment process", "processus de recrutement",
            "interrelationships",
            "relations de travail", "professional contacts", "contribution to the objectives",
            "managerial responsibilities", "responsabilites d'encadrement", "contacts professionnels",
            "contribution aux objectifs", "contract", "contrat", "conditions of employment", "conditions d'emploi",
            "selection process", "procedure de selection", "what we offer", "salary and benefits",
            "work environment", "conditions de travail", "informations supplementaires",
        ],
    ]

    static let byHeading: [String: NoticeSection] = {
        var sections: [String: NoticeSection] = [:]
        for (section, names) in headings {
            for name in names { sections[name] = section }
        }
        return sections
    }()

    /// The section a cleaned line opens, with the text that follows the heading on the same line
    /// ("6. Personal Attributes: The incumbent should…"), or nil when the line is no heading.
    ///
    /// A heading is numbered ("4.", "IV."), a markdown heading, or a known name standing alone; a name the parser
    /// does not know is a heading only when it looks like one (numbered or upper case, a few words).
    static func heading(in text: String, markdown: Bool) -> (section: NoticeSection, rest: String?)? {
        var body = Substring(text)
        var numbered = false
        let number = body.prefix(while: { $0.isNumber || "IVX".contains($0) })
        let afterNumber = body[number.endIndex...].drop(while: { $0 == " " })
        if (1...4).contains(number.count), number.allSatisfy(\.isNumber) ? number.count <= 2 : true,
            let mark = afterNumber.first, ".)".contains(mark)
        {
            body = afterNumber.dropFirst().drop(while: \.isWhitespace)
            numbered = true
        }
        // "a. Professional/Experience:" and "c. Languages:" divide a section; they do not open one
        if !numbered, let marker = NoticeText.listMarker(of: body), body.first?.isLowercase == true,
            body.distance(from: body.startIndex, to: marker) <= 3
        {
            return nil
        }
        let bulleted = NoticeText.withoutBullet(String(body))
        if bulleted.bulleted, !numbered {
            // a list item is a heading only when it is a known name standing alone ("• Competencies:")
            let name = NoticeText.label(bulleted.text)
            guard bulleted.text.hasSuffix(":"), let section = byHeading[name], section != .information else {
                return nil
            }
            return (section, nil)
        }
        let parts = body.split(separator: ":", maxSplits: 1)
        let name = NoticeText.label(String(parts.first ?? ""))
        let rest = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        if let section = byHeading[name] {
            // "Contract: Definite duration" is a field, not a heading, unless the line is numbered
            if !rest.isEmpty, !numbered, !markdown, NoticeField.byLabel[name] != nil { return nil }
            return (section, rest.isEmpty ? nil : rest)
        }
        let words = name.split(separator: " ").count
        let letters = body.filter(\.isLetter)
        let upperCase = !letters.isEmpty && letters.allSatisfy(\.isUppercase)
        // "HOW TO APPLY FOR A NATO CIVILIAN POST AT SHAPE:" opens the section its first words name
        if rest.isEmpty, words <= 12, upperCase || numbered || markdown,
            let known = byHeading.keys.filter({ $0.contains(" ") && name.hasPrefix($0 + " ") }).max(by: {
                $0.count < $1.count
            })
        {
            return (byHeading[known] ?? .unknown, nil)
        }
        guard rest.isEmpty, words <= 6, !name.isEmpty, !text.hasSuffix(".") else { return nil }
        if markdown || (numbered && (upperCase || text.hasSuffix(":")))
            || (upperCase && words >= 1 && letters.count > 3)
        {
            return (.unknown, nil)
        }
        return nil
    }
}
