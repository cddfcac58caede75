/// The job board's own lines around a notice (in Italian, French or English): counters, categories, buttons,
/// "similar jobs". They are not the notice; two of them may stand in for what the notice lacks.
enum JobBoardLine: Equatable {
    /// A line of the board's furniture.
    case furniture
    /// The board's expiry date for the listing ("Scadenza: 31-12-2025").
    case expiry(String)
    /// The board's place for the listing ("Località: Brussels Brussels Capital").
    case place(String)
    /// The board's list of other jobs: the notice is over.
    case end

    static let furniturePrefixes = [
        "visualizza", "giorno di aggiornamento", "categoria", "industria", "loading", "contenuto del lavoro",
        "clicca per candidarti", "applicare", "candidati", "condividi", "salva", "vues", "mis a jour",
        "publie le", "publiee le", "offre publiee", "chargement", "contenu du poste", "description de l'offre",
        "postuler", "cliquez pour postuler", "partager", "categorie", "secteur d'activite", "views", "apply now",
        "share this job", "posted on", "save job", "job category", "industry", "details de l'offre", "accueil >",
        "home >", "signaler cette offre", "report this job",
    ]
    static let expiryLabels = ["scadenza", "date d'expiration", "expire le", "expires", "expiry date"]
    static let placeLabels = ["localita", "localite"]
    static let endLines = ["lavori simili", "offres similaires", "emplois similaires", "similar jobs", "related jobs"]

    /// What a raw line is to the board, or nil when it is part of the notice.
    static func kind(of line: String) -> JobBoardLine? {
        // the board's lines are short: a paragraph of the notice is never one
        guard line.count < 120 else { return nil }
        let cleaned = NoticeText.clean(line)
        let label = NoticeText.label(cleaned)
        guard !label.isEmpty else { return nil }
        if endLines.contains(where: { label.hasPrefix($0) }) { return .end }
        let parts = cleaned.split(separator: ":", maxSplits: 1)
        let head = NoticeText.label(String(parts.first ?? ""))
        let value = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        if expiryLabels.contains(head) { return .expiry(value) }
        if placeLabels.contains(head) { return .place(value) }
        if furniturePrefixes.contains(where: { label == $0 || label.hasPrefix($0 + ":") || label.hasPrefix($0 + " ") })
        {
            return label.split(separator: " ").count <= 8 ? .furniture : nil
        }
        return nil
    }
}
