/// A field a notice gives as "label: value", under one of the labels bodies use for it, in English or French.
enum NoticeField: CaseIterable {
    case vacancyNumber, postNumber, jobCode, title, grade, posts, deadline, clearance, location, dutyStation
    case organisation, division, section, schedule, salary, contract, contractDuration

    /// The labels, as `NoticeText.label` writes them.
    var labels: [String] {
        switch self {
        case .vacancyNumber:
            [
                "vacancy number", "vacancy no", "vacancy reference", "vacancy notice number", "vacancy notice no",
                "vacancy id", "vacancy", "reference", "ref", "reference number", "job requisition", "requisition",
                "requisition number", "requisition id", "job id", "job number", "vn", "numero de l'avis de vacance",
                "numero de l'avis", "avis de vacance no", "no de l'avis de vacance", "reference de l'avis",
                "numero de vacance",
            ]
        case .postNumber:
            ["post no", "post number", "post nr", "position number", "poste no", "numero de poste", "no de poste"]
        case .jobCode: ["job code", "code poste", "code du poste"]
        case .title:
            [
                "title", "post title", "job title", "position title", "position", "intitule du poste", "intitule",
                "titre", "titre du poste",
            ]
        case .grade: ["grade", "nato grade", "grade otan", "grading", "grade nato"]
        case .posts:
            [
                "no of vacancies", "number of vacancies", "number of posts", "no of posts", "posts", "vacancies",
                "nombre de postes", "nombre de postes a pourvoir", "postes a pourvoir", "nombre de vacances",
            ]
        case .deadline:
            [
                "application deadline", "applications deadline", "deadline", "closing date", "application closing date",
                "closing date for applications", "deadline for applications", "date limite", "date de cloture",
                "date limite de depot des candidatures", "date limite de candidature", "date limite de depot",
                "date limite de reception des candidatures", "date de cloture des candidatures",
            ]
        case .clearance:
            [
                "clearance", "security clearance", "clearance required", "required clearance",
                "security clearance required", "habilitation", "habilitation de securite", "niveau d'habilitation",
                "habilitation de securite requise", "habilitation requise",
            ]
        case .location:
            ["location", "primary location", "place", "lieu", "localisation", "lieu de travail", "place of work"]
        case .dutyStation: ["duty location", "duty station", "lieu d'affectation"]
        case .organisation: ["nato body", "organisation", "organization", "body", "agency", "employer", "organisme"]
        case .division: ["division", "directorate", "division/directorate", "direction", "branch"]
        case .section: ["section", "service", "unit", "unite"]
        case .schedule: ["schedule", "working time", "working hours", "temps de travail", "horaire"]
        case .salary: ["salary", "salary (pay basis)", "salaire", "remuneration", "basic salary", "traitement"]
        case .contract: ["contract", "contract type", "type of contract", "type de contrat", "contrat"]
        case .contractDuration: ["contract duration", "duration", "duree du contrat", "duree"]
        }
    }

    static let byLabel: [String: NoticeField] = {
        var fields: [String: NoticeField] = [:]
        for field in allCases {
            for label in field.labels { fields[label] = field }
        }
        return fields
    }()

    /// The field and its value when a cleaned line is "label: value" (or "label – value") with a known label.
    static func match(_ text: String) -> (field: NoticeField, value: String)? {
        for separator in [":", " – ", " - ", " — "] {
            guard let range = text.range(of: separator) else { continue }
            let label = NoticeText.label(String(text[..<range.lowerBound]))
            guard label.split(separator: " ").count <= 7, let field = byLabel[label] else { continue }
            let value = String(text[range.upperBound...]).trimmingCharacters(in: .whitespaces.union(["*", ";"]))
            return (field, value)
        }
        return nil
    }
}
