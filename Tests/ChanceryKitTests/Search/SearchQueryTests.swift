import Testing

@testable import ChanceryKit

@Suite("Search query language")
struct SearchQueryTests {
    /// The offices whose objects are searchable, as an installation of the Registry and the Health Office says.
    static let offices = ["registry", "health", "hr", "recruitment", "intelligence"]

    @Test("words, phrases, prefixes, exclusions and OR parse into the same tree on every engine")
    func parsing() throws {
        let query = try SearchQuery(
            parsing: #"Réunions "comité militaire" logis* -brouillon meeting OR réunion"#, offices: Self.offices)
        #expect(
            query.required == [
                .stem("reunion"), .phrase(["comit", "militair"]), .prefix("logis"),
                .any([.stem("meet"), .stem("reunion")]),
            ])
        #expect(query.excluded == [.stem("brouillon")])
        #expect(
            query.fts5Expression
                == #"({t b} : "reunion" AND {t b} : "comit militair" AND w : "logis" * AND ({t b} : "meet" OR {t b} : "reunion")) NOT ({t b} : "brouillon")"#
        )
        #expect(
            query.tsquery
                == "'reunion':AB & ('comit':AB <-> 'militair':AB) & 'logis':*C & ('meet':AB | 'reunion':AB) & !('brouillon':AB)"
        )
    }

    @Test("a word with inner punctuation is a phrase of its parts; NOT and AND are operators")
    func innerPunctuation() throws {
        let query = try SearchQuery(parsing: "IMSM/2026/00042 AND l'armée NOT draft", offices: Self.offices)
        #expect(query.required == [.phrase(["imsm", "2026", "00042"]), .phrase(["l", "arme"])])
        #expect(query.excluded == [.stem("draft")])
    }

    @Test("filters are read and checked")
    func filters() throws {
        let query = try SearchQuery(
            parsing:
                #"minutes ref:imsm/2026 class:NR series:imsm office:Registry type:Minutes from:2026-03 to:"2026-03-31""#,
            offices: Self.offices)
        let filters = query.filters
        #expect(filters.reference == "IMSM/2026")
        #expect(filters.maxClassification == .natoRestricted)
        #expect(filters.series == "IMSM")
        #expect(filters.office == "registry")
        #expect(filters.type == "minutes")
        #expect(filters.fromDay == 20260300)
        #expect(filters.toDay == 20260331)
        let only = try SearchQuery(parsing: "series:MSG from:2024", offices: Self.offices)
        #expect(!only.hasText && only.fts5Expression == nil && only.filters.fromDay == 20240000)
        #expect(try SearchQuery(parsing: "to:2024", offices: Self.offices).filters.toDay == 20249999)
    }

    @Test("meta.<key>: and filename: match a whole value or its beginning, folded like words")
    func fieldFilters() throws {
        let query = try SearchQuery(
            parsing: #"Meta.Case_Ref:HR-2026/14 FILENAME:Minutes* meta.topic:"Sécurité des sites""#,
            offices: Self.offices)
        #expect(
            query.filters.metadata == [
                "case_ref": .init(value: "hr 2026 14", isPrefix: false),
                "topic": .init(value: "securite des sites", isPrefix: false),
            ])
        #expect(query.filters.filename == .init(value: "minutes", isPrefix: true))
        #expect(!query.hasText && query.fts5Expression == nil && query.tsquery == nil)
        let quoted = try SearchQuery(parsing: #"filename:"Minutes of March"* report"#, offices: Self.offices)
        #expect(quoted.filters.filename == .init(value: "minutes of march", isPrefix: true))
        #expect(quoted.required == [.stem("report")])
        #expect(
            try SearchQuery(parsing: "meta.ref.no:A1*", offices: Self.offices).filters.metadata == [
                "ref.no": .init(value: "a1", isPrefix: true)
            ])
        // the index folds values the same way
        #expect(SearchText.fieldValue("Minutes_2026-03.PDF") == "minutes 2026 03 pdf")
        #expect(SearchText.fieldValue("Procès-verbal") == "proces verbal")
        #expect(SearchText.fieldValue(String(repeating: "a", count: 300)).count == SearchText.maxFieldValue)
    }

    @Test("user input never reaches the engines as syntax")
    func quoting() throws {
        // Anything that is not a letter or a digit separates words, so no quote, colon or star survives.
        let query = try SearchQuery(parsing: #"1=1 -- ' "a'b" x;y"#, offices: Self.offices)
        for term in [query.fts5Expression ?? "", query.tsquery ?? ""] {
            #expect(!term.contains("=") && !term.contains(";") && !term.contains("--"))
        }
        #expect(query.required.contains(.phrase(["a", "b"])))
    }

    @Test(
        "each malformed form is refused with its reason",
        arguments: [
            (#""unclosed phrase"#, SearchQueryError.unclosedQuote(position: 1)),
            ("OR meeting", .danglingOperator("OR")),
            ("meeting OR", .danglingOperator("OR")),
            ("meeting OR OR minutes", .danglingOperator("OR")),
            ("AND meeting", .danglingOperator("AND")),
            ("meeting NOT", .danglingOperator("NOT")),
            ("meeting - minutes", .danglingMinus(position: 9)),
            ("-draft OR meeting", .excludedAlternative),
            ("-draft", .onlyExclusions),
            ("", .empty),
            ("   ", .empty),
            ("author:smith", .unknownFilter("author")),
            ("from:", .emptyFilter("from")),
            ("from:2026-02-30", .invalidDate(filter: "from", value: "2026-02-30")),
            ("to:yesterday", .invalidDate(filter: "to", value: "yesterday")),
            ("from:2026-13", .invalidDate(filter: "from", value: "2026-13")),
            ("from:2026 to:2025", .reversedDates),
            ("class:SECRETISH", .invalidClassification("SECRETISH")),
            ("office:kitchen", .invalidOffice("kitchen")),
            ("series:A;DROP", .invalidFilterValue(filter: "series", value: "A;DROP")),
            ("series:A series:B", .repeatedFilter("series")),
            ("(meeting)", .reservedCharacter("(", position: 1)),
            ("meeting NEAR(a b)", .reservedCharacter("(", position: 13)),
            ("mee*ting", .reservedCharacter("*", position: 4)),
            ("*", .shortPrefix("*")),
            ("a*", .shortPrefix("a*")),
            ("meeting^2", .reservedCharacter("^", position: 8)),
            ("a{b}", .reservedCharacter("{", position: 2)),
            ("x|y", .reservedCharacter("|", position: 2)),
            ("\"\"", .emptyPhrase(position: 1)),
            ("meta.:x", .invalidMetadataKey("")),
            ("meta.a/b:x", .invalidMetadataKey("a/b")),
            ("meta:x", .unknownFilter("meta")),
            ("filename:", .emptyFilter("filename")),
            ("filename:--", .emptyFilter("filename")),
            ("meta.case_ref:*", .emptyFilter("meta.case_ref")),
            ("filename:min*utes", .reservedCharacter("*", position: 13)),
            ("filename:a filename:b", .repeatedFilter("filename")),
            (#"filename:"open"#, .unclosedQuote(position: 10)),
        ])
    func malformed(_ example: (String, SearchQueryError)) {
        #expect(throws: example.1) { try SearchQuery(parsing: example.0, offices: Self.offices) }
    }

    @Test("length and term count are bounded")
    func bounds() {
        #expect(throws: SearchQueryError.tooLong(max: 512)) {
            try SearchQuery(parsing: String(repeating: "a", count: 513), offices: Self.offices)
        }
        let many = (1...33).map { "w\($0)" }.joined(separator: " ")
        #expect(throws: SearchQueryError.tooManyTerms(max: 32)) {
            try SearchQuery(parsing: many, offices: Self.offices)
        }
    }

    @Test("snippets are escaped and mark the words found")
    func snippets() {
        let html = SearchSnippet.make(
            from: "Le <b>procès-verbal</b> des réunions & de la sécurité.", stems: ["reunion", "securit"],
            prefixes: ["proc"])
        #expect(
            html
                == "Le &lt;b&gt;<mark>procès</mark>-verbal&lt;/b&gt; des <mark>réunions</mark> &amp; de la <mark>sécurité</mark>."
        )
        let long =
            (1...100).map { "w\($0)" }.joined(separator: " ") + " target "
            + (1...100).map { "z\($0)" }.joined(separator: " ")
        let cut = SearchSnippet.make(from: long, stems: ["target"], prefixes: [])
        #expect(cut.hasPrefix("… ") && cut.hasSuffix(" …") && cut.contains("<mark>target</mark>"))
    }
}
