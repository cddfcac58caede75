import Testing

@testable import ChanceryKit

@Suite("Search text: folding and stemming")
struct SearchTextTests {
    @Test("accents, case and ligatures are folded")
    func folding() {
        #expect(
            SearchText.foldedWords(of: "Sécurité ÉTÉ Œuvre Straße naïve") == [
                "securite", "ete", "oeuvre", "strasse", "naive",
            ])
        // A combining accent (decomposed input) folds the same as a precomposed one.
        #expect(SearchText.foldedWords(of: "se\u{301}curite\u{301}") == ["securite"])
    }

    @Test("words are runs of letters and digits; punctuation separates them")
    func words() {
        #expect(
            SearchText.foldedWords(of: "l'armée, IMSM/2026/00042 — ex-post!") == [
                "l", "armee", "imsm", "2026", "00042", "ex", "post",
            ])
        let text = "Procès-verbal"
        let words = SearchText.words(of: text)
        #expect(words.map { String(text[$0.range]) } == ["Procès", "verbal"])
    }

    @Test(
        "singular and plural, feminine, -ing and -ed share a stem, in English and French",
        arguments: [
            ("sécurité", "securite"), ("réunions", "réunion"), ("meetings", "meeting"), ("meeting", "meet"),
            ("comités", "comité"), ("journaux", "journal"), ("reported", "report"), ("planned", "plan"),
            ("policies", "policy"), ("archives", "archived"), ("minutes", "minute"), ("exercises", "exercise"),
        ])
    func sharedStems(_ pair: (String, String)) {
        let (a, b) = pair
        #expect(SearchText.stems(of: a) == SearchText.stems(of: b), "\(a) / \(b)")
    }

    @Test(
        "stemming leaves short words, numbers and -ss/-us/-is endings alone",
        arguments: [
            "class", "status", "analysis", "2026", "ns12", "bus", "the", "speed",
        ])
    func untouched(_ word: String) {
        #expect(SearchText.stem(word) == word)
    }
}
