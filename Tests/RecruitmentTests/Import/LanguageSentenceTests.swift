import Testing

@testable import Recruitment

@Suite("Reading language requirements")
struct LanguageSentenceTests {
    @Test("a level and a language go together within a clause; desirable where the clause says so")
    func clauses() {
        let found = LanguageSentence.requirements(
            in: "NATO's official languages are English and French. The work of this post requires fluency in English, "
                + "while working knowledge of French is desirable.", desirable: false)
        #expect(
            found == [
                LanguageRequirement(language: "en", level: "fluency"),
                LanguageRequirement(language: "fr", level: "working knowledge", essential: false),
            ])
    }

    @Test("STANAG 6001 profiles and NATO levels")
    func levels() {
        #expect(
            LanguageSentence.requirements(
                in: "English - SLP 3333 - (Listening, Speaking, Reading and Writing)", desirable: false)
                == [LanguageRequirement(language: "en", level: "3333")])
        #expect(
            LanguageSentence.requirements(in: "Level IV (Advanced) in French", desirable: true)
                == [LanguageRequirement(language: "fr", level: "IV (Advanced)", essential: false)])
        #expect(LanguageSentence.requirements(in: "The working language is English.", desirable: false).isEmpty)
    }
}
