import ChanceryTestSupport
import Foundation
import Testing

@testable import ChanceryApp
@testable import ChancerySpine

/// The compiler keeps offices apart only as long as `Package.swift` says so, and SQL is text the compiler does
/// not read: these tests hold both lines. An office imports neither another office nor reads its tables; the
/// spine imports no office and touches no office's table.
@Suite("Office boundaries")
struct OfficeBoundaryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The target folder of each office, by the office's name ("registry" → Sources/Registry).
    static let officeTargets: [String: String] = Dictionary(
        uniqueKeysWithValues: OfficeList.all.map { ($0.name, targetName(of: $0)) })

    static func swiftFiles(in target: String) throws -> [(name: String, text: String)] {
        let folder = root.appendingPathComponent("Sources/\(target)")
        let urls = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        // comments may name anything: only code counts
        return try urls.map { url in
            let text = try String(contentsOf: url, encoding: .utf8).split(
                separator: "\n", omittingEmptySubsequences: false
            )
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
            return (url.path.replacingOccurrences(of: root.path + "/", with: ""), text)
        }
    }

    /// The tables a target creates in its migrations.
    static func tablesCreated(by target: String) throws -> Set<String> {
        let regex = try NSRegularExpression(pattern: #"CREATE (?:VIRTUAL )?TABLE (?:IF NOT EXISTS )?([a-z_]+)"#)
        var tables: Set<String> = []
        for file in try swiftFiles(in: target) where file.name.contains("/Migrations/") {
            for match in regex.matches(in: file.text, range: NSRange(file.text.startIndex..., in: file.text)) {
                if let range = Range(match.range(at: 1), in: file.text) { tables.insert(String(file.text[range])) }
            }
        }
        return tables.filter { !$0.hasSuffix("_rebuilt") }
    }

    /// The SQL keywords after which a name is a table.
    static func mentions(_ table: String, in text: String) throws -> Bool {
        let pattern =
            #"\b(?:FROM|JOIN|INTO|UPDATE|TABLE|ON|REFERENCES)\s+"# + NSRegularExpression.escapedPattern(for: table)
            + #"\b"#
        let regex = try NSRegularExpression(pattern: pattern)
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    @Test("Package.swift: an office depends on the spine and ChanceryKit only, the spine on no office")
    func packageDependencies() throws {
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let offices = Set(Self.officeTargets.values)
        // each target's declaration runs from its `.target(` to the next declaration
        let starts = manifest.ranges(of: #/\.(?:target|testTarget|executableTarget)\(/#).map(\.lowerBound)
        var checked: Set<String> = []
        for (index, start) in starts.enumerated() {
            let declaration = String(
                manifest[start..<(index + 1 < starts.count ? starts[index + 1] : manifest.endIndex)])
            guard declaration.hasPrefix(".target("), let match = declaration.firstMatch(of: #/name: "([A-Za-z]+)"/#)
            else { continue }
            let name = String(match.1)
            guard offices.contains(name) || name == "ChancerySpine" || name == "ChanceryKit" else { continue }
            checked.insert(name)
            for office in offices where office != name {
                #expect(!declaration.contains("\"\(office)\""), "\(name) depends on \(office)")
            }
            if offices.contains(name) { #expect(declaration.contains("dependencies: officeDependencies"), "\(name)") }
        }
        #expect(checked.isSuperset(of: offices.union(["ChancerySpine"])), "targets found: \(checked.sorted())")
        let shared = try #require(manifest.range(of: "let officeDependencies"))
        let sharedList = String(manifest[shared.lowerBound...].prefix { $0 != "]" })
        for office in offices { #expect(!sharedList.contains("\"\(office)\""), "officeDependencies names \(office)") }
    }

    @Test("no source imports an office it may not: the spine none, an office no other one")
    func imports() throws {
        let offices = Set(Self.officeTargets.values)
        for file in try Self.swiftFiles(in: "ChancerySpine") + Self.swiftFiles(in: "ChanceryKit") {
            for office in offices {
                #expect(!file.text.contains("import \(office)\n"), "\(file.name) imports \(office)")
            }
        }
        for office in offices {
            for file in try Self.swiftFiles(in: office) {
                for other in offices where other != office {
                    #expect(!file.text.contains("import \(other)\n"), "\(file.name) imports \(other)")
                }
            }
        }
    }

    @Test("no office's SQL names another office's tables, and the spine's names none")
    func tables() throws {
        var owned: [String: Set<String>] = [:]
        for office in Self.officeTargets.values { owned[office] = try Self.tablesCreated(by: office) }
        #expect(owned["Registry"]?.contains("records") == true && owned["Health"]?.contains("health_patients") == true)
        let spineTables = try Self.tablesCreated(by: "ChancerySpine")
        #expect(
            spineTables.contains("objects") && spineTables.isDisjoint(with: owned.values.reduce([], { $0.union($1) })))
        for (office, tables) in owned {
            for file in try Self.swiftFiles(in: office) {
                for (other, theirs) in owned where other != office {
                    for table in theirs where try Self.mentions(table, in: file.text) {
                        Issue.record("\(file.name) (\(office)) names \(other)'s table \(table)")
                    }
                }
            }
            for file in try Self.swiftFiles(in: "ChancerySpine") {
                for table in tables where try Self.mentions(table, in: file.text) {
                    Issue.record("\(file.name) (the spine) names \(office)'s table \(table)")
                }
            }
        }
    }
}
