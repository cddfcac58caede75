import ChanceryKit
import ChanceryTestSupport
import Foundation
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// The localisation table: every text in English and in French, and every key the code uses present.
@Suite("Localization")
struct LocalizationTests {
    /// The table holds the strings of the offices the process runs.
    init() { InstalledOffices.install(OfficeList.all) }

    /// Keys whose French text is rightly the same as the English one (the same word in both languages).
    static let sameInBothLanguages: Set<String> = [
        "office.admin",  // Administration
        "recruitment.division",  // Division
        "recruitment.section",  // Section
        "recruitment.grade",  // Grade
        "office.auditor",  // Audit
        "home.col.classification",  // Classification
        "reg.classification",  // Classification
        "reg.type.message",  // Message
        "reg.type.directive",  // Directive
        "reg.type.note",  // Note
        "reg.actions",  // Actions
        "admin.title",  // Administration
        "admin.col.action",  // Action
        "reg.version",  // Version
        "reg.signature",  // Signature
        "reg.date",  // Date
        "search.date",  // Date
        "search.classification",  // Classification
        "search.type",  // Type
        "hw.patient", "hw.patients", "hw.type", "hw.classification", "hw.date", "hw.version", "hw.versions",
        // Glucose, Sodium, Potassium, TSH, Gamma-GT
        "lab.2345-7", "lab.2951-2", "lab.2823-3", "lab.3016-3", "lab.2324-2",
        // the console's reference data: Action, Code, Description, a consultation, for action or information
        "registry.admin.col.action", "registry.admin.col.code", "registry.admin.field.code",
        "health.admin.col.code", "health.admin.field.code", "registry.admin.col.description",
        "registry.admin.field.description", "health.admin.kind.consultation", "registry.admin.role.action",
        "registry.admin.role.info", "registry.admin.node.heading",
        // the working calendar's Date and Action columns
        "calendar.admin.col.date", "calendar.admin.field.day", "calendar.admin.col.action",
        // the travel budget's Zone and Total
        "recruitment.travel.col.zone", "recruitment.travel.total",
        // the reports' Total column
        "recruitment.reports.col.total",
        // HR cases: a case's Type and Classification
        "hr.type", "hr.classification", "hr.deadline.article", "hr.timeline.note", "hr.rules.admin.article",
        // nations whose name is the same in both languages
        "nation.CAN", "nation.FRA", "nation.LUX", "nation.PRT", "nation.TUR",
    ]

    @Test("every key has non-empty English and French text")
    func nothingEmpty() {
        #expect(Strings.table.count > 50)
        for (key, text) in Strings.table {
            #expect(!text.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(key) has no English text")
            #expect(!text.fr.trimmingCharacters(in: .whitespaces).isEmpty, "\(key) has no French text")
        }
    }

    @Test("French differs from English except for the allowed words")
    func frenchIsTranslated() {
        for (key, text) in Strings.table where !Self.sameInBothLanguages.contains(key) {
            #expect(text.fr != text.en, "\(key) is not translated: \(text.en)")
        }
        for key in Self.sameInBothLanguages {
            let text = Strings.table[key]
            #expect(text != nil, "\(key) is allowed to stay the same but is not in the table")
            #expect(text.map { $0.en.count <= 20 } ?? true, "\(key) is not a short proper word")
        }
    }

    @Test("both languages have the same {placeholders}")
    func samePlaceholders() throws {
        let regex = try NSRegularExpression(pattern: #"\{([A-Za-z]+)\}"#)
        func placeholders(_ text: String) -> Set<String> {
            Set(
                regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
                    Range($0.range(at: 1), in: text).map { String(text[$0]) }
                })
        }
        for (key, text) in Strings.table {
            #expect(placeholders(text.en) == placeholders(text.fr), "\(key)")
        }
    }

    @Test("the localizer picks the language and fills in arguments")
    func localizer() {
        #expect(Localizer(.en)("home.title") == "Home")
        #expect(Localizer(.fr)("home.title") == "Accueil")
        #expect(Localizer(.fr)("nav.signedInAs", ["username": "ana"]) == "Connecté en tant que ana")
        #expect(Language.preferred(byAcceptLanguage: "de, fr;q=0.5, en;q=0.3") == .fr)
        #expect(Language.preferred(byAcceptLanguage: "fr;q=0.4, en-GB;q=0.8") == .en)
        #expect(Language.preferred(byAcceptLanguage: nil) == .en)
        #expect(Language.preferred(byAcceptLanguage: "de") == .en)
    }

    /// The keys named in the Swift sources of one target: `t("home.title")`, `localizer("…")`, `key: "…"`,
    /// `reasonKey: "…"`, `localizing: ["…": "…"]`.
    static func keysUsed(inTarget target: String) throws -> Set<String> {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let sources = root.appendingPathComponent("Sources/\(target)")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" && $0.lastPathComponent != "Strings.swift" }
        #expect(files.count > 3, "\(target)")
        let regex = try NSRegularExpression(
            pattern: #"(?:\bt\(|localizer\(|[kK]ey: |localizing: \["[a-z]+": )"([a-z][A-Za-z]*(?:\.[A-Za-z]+)+)""#)
        var used: Set<String> = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { used.insert(String(text[range])) }
            }
        }
        return used
    }

    @Test("every key the spine names is the spine's own; every key an office names is its own or the spine's")
    func keysUsedByTheCodeExist() throws {
        // the spine says only what it owns: no sentence of the spine lives in an office
        let spine = try Self.keysUsed(inTarget: "ChancerySpine")
        #expect(spine.count > 40, "the pattern no longer finds the keys: \(spine.count)")
        for key in spine.sorted() { #expect(Strings.core[key] != nil, "the spine uses \(key) but does not own it") }
        // each office's keys are in its own table or the spine's, never in another office's
        for office in OfficeList.all {
            let target = targetName(of: office)
            let used = try Self.keysUsed(inTarget: target)
            #expect(used.count > 40, "\(office.name): \(used.count)")
            let own = office.strings
            for key in used.sorted() {
                #expect(
                    own[key] != nil || Strings.core[key] != nil, "\(office.name) uses \(key), which it does not own")
            }
            for key in own.keys.sorted() {
                #expect(Strings.core[key] == nil, "\(office.name) redefines the spine's \(key)")
            }
        }
    }

    @Test("each office names itself, its jobs and its search facet in its own strings; the offices to come too")
    func officesNameThemselves() {
        for office in OfficeList.all {
            let own = office.strings
            for key in ["office.\(office.name)", "office.\(office.name).about", "search.office.\(office.name)"] {
                #expect(own[key] != nil, "\(office.name) does not say \(key)")
            }
            #expect(!office.roles.isEmpty, "\(office.name) declares no role")
            for role in office.roles {
                #expect(
                    role.office == office.name, "\(office.name) declares \(role.rawValue), a role of another office")
                #expect(own["job.\(role.rawValue)"] != nil, "\(office.name) does not name the job of \(role.rawValue)")
            }
            for account in office.demoAccounts {
                let foreign = account.attributes.roles?.filter { $0.office != office.name } ?? []
                #expect(foreign.isEmpty, "\(office.name)'s demo account \(account.username) holds \(foreign)")
            }
        }
        for planned in PlannedOffice.all {
            #expect(Strings.core["office.\(planned.name)"] != nil, "office.\(planned.name)")
            #expect(Strings.core["office.\(planned.name).about"] != nil, "office.\(planned.name).about")
            if let search = planned.searchName {
                #expect(Strings.core["search.office.\(search)"] != nil, "\(search)")
            }
            for role in planned.roles {
                #expect(Strings.core["job.\(role.rawValue)"] != nil, "\(role.rawValue)")
            }
        }
        #expect(Set(InstalledOffices.catalog.roles).count == InstalledOffices.catalog.roles.count)
    }

    @Test("keys made at run time exist: offices, label errors, expected JSON types")
    func dynamicKeysExist() {
        for role in InstalledOffices.catalog.roles {
            #expect(Strings.table["office.\(role.office)"] != nil, "office.\(role.office)")
            #expect(Strings.table["office.\(role.office).about"] != nil, "office.\(role.office).about")
        }
        let errors: [LabelError] = [
            .unknownClassification("x"), .missingClassification, .emptyReleasability, .unknownReleasabilityCode("x"),
            .natoMixedWithList, .unknownCategory("x"), .invalidInformativeMarking("x"), .tooManyCategories,
            .malformedXML(.wrongNamespace), .malformedXML(.notWellFormed(line: 3)), .unsupportedPolicy("x"), .emptySet,
        ]
        for error in errors {
            let problem = AppError.invalidLabel(error)
            #expect(Strings.table[problem.key] != nil, "\(problem.key)")
            #expect(problem.detail(Localizer(.fr)) != problem.detail(Localizer(.en)))
        }
    }

    @Test("the registry's keys made at run time exist: states, types, queues, reasons, notices, actions")
    func registryKeysExist() {
        var keys: [String] = []
        keys += RecordState.allCases.map { "registry.state.\($0.rawValue)" }
        keys += RecordTypes.all.map { "reg.type.\($0)" }
        keys +=
            RecordStore.Filter.Queue.allCases.map { "reg.queue.\($0.rawValue)" } + [
                "reg.queue.receipts", "reg.queue.key-updates",
            ]
        keys += RegistryRecord.Direction.allCases.map { "reg.direction.\($0.rawValue)" }
        keys += DistributionList.Member.Kind.allCases.map { "reg.member.\($0.rawValue)" }
        keys += Permission.allCases.map { "reg.permission.\($0.rawValue)" }
        keys += ["clearance", "releasability", "category", "unknown", "disabled"].map { "reg.reason.\($0)" }
        keys += CheckFailure.Reason.allCases.map { "registry.check.\($0.rawValue)" }
        keys += RegistryWebStrings.notices.map { "reg.done.\($0)" }
        keys += RegistryWebStrings.pageKeys.map { "reg.\($0)" }
        keys += SearchWebStrings.pageKeys.map { "search.\($0)" }
        keys += InstalledOffices.catalog.searchOffices.map { "search.office.\($0)" }
        // the actions a wrong-state refusal names
        keys += ["verify", "distribute", "file", "close", "archive", "downgrade"].map { "registry.action.\($0)" }
        keys += RecordStore.DispositionAction.allCases.map { "registry.action.\($0.rawValue)" }
        for key in keys { #expect(Strings.table[key] != nil, "\(key) is made at run time but not in the table") }
        for error in ReferenceTemplateErrorSamples.all {
            for language in [Language.en, .fr] {
                let sentence = RegistryError.invalidTemplate(error).detail(Localizer(language))
                #expect(!sentence.contains("registry."), "\(error) in \(language): \(sentence)")
            }
        }
    }

    @Test("a malformed ADatP-4774 document is explained wholly in the reader's language")
    func xmlReasonsAreTranslated() {
        let problem = AppError.invalidLabel(.malformedXML(.wrongRoot("SecurityLabel")))
        #expect(
            problem.detail(Localizer(.en))
                == "The confidentiality label XML is malformed: the root element must be ConfidentialityLabel, not SecurityLabel."
        )
        #expect(
            problem.detail(Localizer(.fr))
                == "Le XML du marquage de confidentialité est mal formé : l'élément racine doit être ConfidentialityLabel, et non SecurityLabel."
        )
        let line = AppError.invalidLabel(.malformedXML(.notWellFormed(line: 12))).detail(Localizer(.fr))
        #expect(line.hasSuffix("n'est pas du XML bien formé (ligne 12)."))
    }

    @Test("an error's localized arguments are translated with the sentence")
    func localizedArguments() {
        let problem = AppError.badJSON(reasonKey: "json.reason.empty")
        #expect(problem.detail(Localizer(.en)) == "The request body is not valid JSON: the body is empty.")
        #expect(
            problem.detail(Localizer(.fr)) == "Le corps de la requête n'est pas du JSON valide : le corps est vide.")
    }
}

/// One of each way a reference template is refused.
enum ReferenceTemplateErrorSamples {
    static let all: [ReferenceTemplateError] = [
        .length, .unclosedPlaceholder, .unknownPlaceholder("x"), .repeatedPlaceholder("seq"), .missingSequence,
        .missingYear,
        .invalidCharacter("<"),
    ]
}
