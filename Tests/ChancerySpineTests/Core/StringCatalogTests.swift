import Foundation
import Testing

@testable import ChancerySpine

/// The text files: a broken one is refused with a sentence that names it, and a key is defined once.
@Suite("String catalogue")
struct StringCatalogTests {
    @Test("a file reads as key → English and French")
    func parses() throws {
        let table = try StringCatalog.parse(
            Data(#"{"a.b": {"en": "Yes", "fr": "Oui"}, "a.c": {"en": "{n} days", "fr": "{n} jours"}}"#.utf8),
            name: "X/Strings/a.json")
        #expect(table.count == 2)
        #expect(table["a.b"]?.en == "Yes")
        #expect(table["a.c"]?.fr == "{n} jours")
    }

    @Test("a file that is not an object of pairs is refused, naming the file and the key")
    func refusesBrokenFiles() {
        let broken = [
            (#"["a"]"#, "X/Strings/a.json is not a JSON object of strings"),
            (#"{"a": "#, "X/Strings/a.json is not a JSON object of strings"),
            (#"{"a.b": {"en": "Yes"}}"#, #"X/Strings/a.json: a.b is not {"en": text, "fr": text}"#),
            (#"{"a.b": {"en": "Yes", "fr": 1}}"#, #"X/Strings/a.json: a.b is not {"en": text, "fr": text}"#),
            (
                #"{"a.b": {"en": "Yes", "fr": "Oui", "de": "Ja"}}"#,
                #"X/Strings/a.json: a.b is not {"en": text, "fr": text}"#
            ),
        ]
        for (text, sentence) in broken {
            #expect(throws: StringCatalog.Failure(description: sentence)) {
                _ = try StringCatalog.parse(Data(text.utf8), name: "X/Strings/a.json")
            }
        }
    }

    @Test("a key that two files define is refused, naming both")
    func refusesTwice() throws {
        let first = (name: "X/Strings/a.json", table: ["k": (en: "A", fr: "A")] as StringCatalog.Table)
        let second = (name: "X/Strings/b.json", table: ["k": (en: "B", fr: "B")] as StringCatalog.Table)
        #expect(
            throws: StringCatalog.Failure(
                description: "k is defined twice, in X/Strings/a.json and in X/Strings/b.json")
        ) {
            _ = try StringCatalog.merge([first, second])
        }
        let other = (name: "X/Strings/c.json", table: ["l": (en: "C", fr: "C")] as StringCatalog.Table)
        #expect(try StringCatalog.merge([first, other]).count == 2)
    }

    @Test("the spine's own files load, and hold the page frame's text")
    func spineLoads() {
        #expect(Strings.core["app.name"]?.fr == "Chancellerie")
        #expect(Strings.core["nav.home"]?.en == "Home")
    }
}
