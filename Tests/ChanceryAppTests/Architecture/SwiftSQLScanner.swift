import Foundation

/// Finds the SQL in Swift source, for the trimmed-reads guard: every string literal (plain, multi-line, raw, and
/// those nested in an interpolation) with the declaration it sits in, and the tables each one reads.
///
/// It is a lexer, not a parser: it knows strings, comments and braces, and names a literal after the innermost
/// `func`, `init`, computed property or type-level property around it. SQL keywords are recognised in upper case
/// only, as the project writes them, so that prose ("moved from the list") is never taken for a query.
enum SwiftSQLScanner {
    /// A string literal of a source file.
    struct Literal: Equatable {
        /// The literal's text with each interpolation kept as `\(` source `)`.
        var text: String
        /// The literal's text with each interpolation as one `placeholder` character: what SQL is read from.
        var skeleton: String
        /// The source of each interpolation, in order.
        var interpolations: [String]
        /// The innermost declaration around it (function, property or type name).
        var function: String
        /// The text of the builder chain when the literal is the table of an SQLKit `.from(…)` or `.join(…)`.
        var builderChain: String?
    }

    /// What one literal reads.
    struct Read: Equatable {
        /// The tables it reads with `FROM` or `JOIN`, as written; `(interpolated)` for a table given by interpolation.
        var tables: Set<String>
        /// Whether the statement uses the trimmed-query helper (`readable(…)` or `labelPermits(…)`).
        var trimmed: Bool
        /// The statement on one line, for messages.
        var sql: String
    }

    /// The name a table given by interpolation (`FROM \(plan.from)`) is recorded under.
    static let interpolatedTable = "(interpolated)"

    // MARK: literals

    static func literals(in source: String) -> [Literal] {
        var lexer = Lexer(Array(source.utf8))
        lexer.run()
        return lexer.found
    }

    private enum Declaration: Equatable {
        case type(String)
        case function(String)
        case property(String)
        case block
    }

    private struct Lexer {
        let bytes: [UInt8]
        var index = 0
        var frames: [Declaration] = []
        var pending: Declaration?
        /// The parenthesis depth at which `pending` was declared: a brace deeper (a default argument's closure) is
        /// not its body.
        var pendingDepth = 0
        var parenDepth = 0
        var found: [Literal] = []
        /// The literals met in the interpolations of the literal being read.
        var nested: [Literal] = []

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        func byte(_ offset: Int = 0) -> UInt8? {
            index + offset < bytes.count ? bytes[index + offset] : nil
        }

        func starts(_ text: String, at position: Int) -> Bool {
            let pattern = Array(text.utf8)
            guard position + pattern.count <= bytes.count else { return false }
            return Array(bytes[position..<position + pattern.count]) == pattern
        }

        static func isIdentifier(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x5F || byte >= 0x80
        }

        /// The innermost function (or computed property), else the property being declared, else the type.
        var enclosingName: String {
            for frame in frames.reversed() {
                if case .function(let name) = frame { return name }
            }
            if case .property(let name) = pending { return name }
            for frame in frames.reversed() {
                if case .type(let name) = frame { return name }
            }
            return "<file>"
        }

        var insideFunction: Bool {
            frames.contains { if case .function = $0 { true } else { false } }
        }

        mutating func run() {
            while index < bytes.count {
                let current = bytes[index]
                if starts("//", at: index) {
                    while let next = byte(), next != 0x0A { index += 1 }
                } else if starts("/*", at: index) {
                    skipBlockComment()
                } else if current == 0x22 || (current == 0x23 && rawStringHashes() != nil) {
                    let hashes = current == 0x23 ? rawStringHashes() ?? 0 : 0
                    let start = index
                    index += hashes
                    var literal = readString(hashes: hashes)
                    literal.builderChain = builderChain(before: start)
                    found.append(literal)
                    found += nested
                    nested = []
                } else if Self.isIdentifier(current), index == 0 || !Self.isIdentifier(bytes[index - 1]) {
                    readWord()
                } else if current == 0x7B {  // {
                    if parenDepth > pendingDepth {
                        frames.append(.block)
                    } else {
                        // A property with braces is computed: its body is a function's.
                        if case .property(let name) = pending { pending = .function(name) }
                        frames.append(pending ?? .block)
                        pending = nil
                    }
                    index += 1
                } else if current == 0x7D {  // }
                    _ = frames.popLast()
                    if parenDepth <= pendingDepth { pending = nil }
                    index += 1
                } else if current == 0x28 || current == 0x5B {  // ( [
                    parenDepth += 1
                    index += 1
                } else if current == 0x29 || current == 0x5D {  // ) ]
                    parenDepth -= 1
                    index += 1
                } else {
                    index += 1
                }
            }
        }

        mutating func skipBlockComment() {
            var depth = 0
            repeat {
                if starts("/*", at: index) {
                    depth += 1
                    index += 2
                } else if starts("*/", at: index) {
                    depth -= 1
                    index += 2
                } else {
                    index += 1
                }
            } while depth > 0 && index < bytes.count
        }

        /// How many `#` open a raw string here, or nil when this `#` is not one (`#if`, `#filePath`…).
        func rawStringHashes() -> Int? {
            var count = 0
            while let next = byte(count), next == 0x23 { count += 1 }
            return byte(count) == 0x22 ? count : nil
        }

        func word(at position: Int) -> (String, Int) {
            var end = position
            while end < bytes.count, Self.isIdentifier(bytes[end]) { end += 1 }
            return (String(decoding: bytes[position..<end], as: UTF8.self), end)
        }

        /// The next word after spaces, or the operator characters of an operator function (`func <`).
        func nextName(from position: Int) -> String? {
            var start = position
            while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x09 {
                start += 1
            }
            guard start < bytes.count else { return nil }
            if bytes[start] == 0x60 {  // `name`
                var end = start + 1
                while end < bytes.count, bytes[end] != 0x60 { end += 1 }
                return String(decoding: bytes[start + 1..<min(end, bytes.count)], as: UTF8.self)
            }
            if Self.isIdentifier(bytes[start]) { return word(at: start).0 }
            var end = start
            while end < bytes.count, !Self.isIdentifier(bytes[end]), bytes[end] != 0x28, bytes[end] != 0x20,
                bytes[end] != 0x3C || end == start
            {
                end += 1
            }
            return end > start ? String(decoding: bytes[start..<end], as: UTF8.self) : nil
        }

        static let modifiers: Set<String> = [
            "public", "private", "fileprivate", "internal", "package", "open", "final", "static", "class", "override",
            "mutating", "nonmutating", "nonisolated", "lazy", "weak", "unowned", "required", "convenience", "dynamic",
            "indirect", "optional", "distributed", "set",
        ]

        /// Whether a word at `position` begins a declaration: first on its line or after `{`, `}`, `;`, an attribute
        /// or a modifier. A contextual keyword used as a label (`by actor: String`) does not.
        func isDeclarationStart(_ position: Int) -> Bool {
            var before = position
            while before > 0, bytes[before - 1] == 0x20 || bytes[before - 1] == 0x09 { before -= 1 }
            guard before > 0 else { return true }
            let previous = bytes[before - 1]
            if [0x0A, 0x7B, 0x7D, 0x3B, 0x29].contains(previous) { return true }  // newline { } ; )
            guard Self.isIdentifier(previous) else { return false }
            var start = before - 1
            while start > 0, Self.isIdentifier(bytes[start - 1]) { start -= 1 }
            if start > 0, bytes[start - 1] == 0x40 { return true }  // @attribute
            return Self.modifiers.contains(String(decoding: bytes[start..<before], as: UTF8.self))
        }

        mutating func readWord() {
            let (word, end) = word(at: index)
            let afterDot = index > 0 && bytes[index - 1] == 0x2E
            defer { index = end }
            guard !afterDot, isDeclarationStart(index) else { return }
            let declared: Declaration
            switch word {
            case "func":
                guard let name = nextName(from: end) else { return }
                declared = .function(name)
            case "init", "deinit", "subscript":
                guard !insideFunction else { return }
                declared = .function(word)
            case "struct", "class", "enum", "extension", "actor", "protocol":
                guard !insideFunction, let name = nextName(from: end), !["func", "var", "let"].contains(name) else {
                    return
                }
                declared = .type(name)
            case "var", "let":
                guard !insideFunction, let name = nextName(from: end) else { return }
                declared = .property(name)
            default:
                return
            }
            pending = declared
            pendingDepth = parenDepth
        }

        /// Reads a string literal whose opening quote is at `index`; leaves `index` after its closing delimiter.
        mutating func readString(hashes: Int) -> Literal {
            let hashText = String(repeating: "#", count: hashes)
            let multiLine = starts("\"\"\"", at: index)
            let closing = (multiLine ? "\"\"\"" : "\"") + hashText
            let escape = "\\" + hashText
            index += multiLine ? 3 : 1
            var text: [UInt8] = []
            var skeleton: [UInt8] = []
            var interpolations: [String] = []
            while index < bytes.count {
                if starts(closing, at: index) {
                    index += closing.utf8.count
                    break
                }
                if starts(escape, at: index) {
                    let after = index + escape.utf8.count
                    if after < bytes.count, bytes[after] == 0x28 {  // \( … )
                        index = after + 1
                        let source = readInterpolation()
                        interpolations.append(source)
                        text += Array("\\(\(source))".utf8)
                        skeleton += Array(SwiftSQLScanner.placeholder.utf8)
                        continue
                    }
                    text += bytes[index..<min(after + 1, bytes.count)]
                    skeleton += bytes[index..<min(after + 1, bytes.count)]
                    index = after + 1
                    continue
                }
                text.append(bytes[index])
                skeleton.append(bytes[index])
                index += 1
            }
            return Literal(
                text: String(decoding: text, as: UTF8.self), skeleton: String(decoding: skeleton, as: UTF8.self),
                interpolations: interpolations, function: enclosingName)
        }

        /// Reads an interpolation's source up to its closing parenthesis; the literals in it join `nested`.
        mutating func readInterpolation() -> String {
            var depth = 1
            var source: [UInt8] = []
            while index < bytes.count {
                let current = bytes[index]
                if current == 0x22 || (current == 0x23 && rawStringHashes() != nil) {
                    let hashes = current == 0x23 ? rawStringHashes() ?? 0 : 0
                    let start = index
                    index += hashes
                    nested.append(readString(hashes: hashes))
                    source += bytes[start..<index]
                    continue
                }
                if current == 0x28 { depth += 1 }
                if current == 0x29 {
                    depth -= 1
                    if depth == 0 {
                        index += 1
                        break
                    }
                }
                source.append(current)
                index += 1
            }
            return String(decoding: source, as: UTF8.self)
        }

        /// The lines of an SQLKit builder chain when the literal at `position` is the argument of `.from(` or
        /// `.join(`: the chain's lines, each starting with `.`, joined.
        func builderChain(before position: Int) -> String? {
            var start = position
            while start > 0, bytes[start - 1] == 0x20 { start -= 1 }
            guard start >= 6, starts(".from(", at: start - 6) || starts(".join(", at: start - 6) else { return nil }
            let text = String(decoding: bytes, as: UTF8.self)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let lineNumber = bytes[..<position].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
            func isContinuation(_ index: Int) -> Bool {
                lines[index].trimmingCharacters(in: .whitespaces).hasPrefix(".")
            }
            var first = lineNumber
            while first > 0, isContinuation(first) { first -= 1 }
            var last = lineNumber
            while last + 1 < lines.count, isContinuation(last + 1) { last += 1 }
            return lines[first...last].joined(separator: "\n")
        }
    }

    // MARK: reads

    /// The tables the migrations create: every `CREATE TABLE` (or `CREATE VIRTUAL TABLE`) in these literals.
    static func createdTables(in literals: [Literal]) -> Set<String> {
        var tables: Set<String> = []
        for literal in literals {
            let words = tokens(of: literal.skeleton).map { $0.lowercased() }
            for index in words.indices where words[index] == "create" {
                var next = index + 1
                if next < words.count, words[next] == "virtual" { next += 1 }
                guard next < words.count, words[next] == "table" else { continue }
                next += 1
                if next + 2 < words.count, words[next] == "if", words[next + 1] == "not", words[next + 2] == "exists" {
                    next += 3
                }
                if next < words.count, isName(words[next]) { tables.insert(words[next]) }
            }
        }
        return tables
    }

    /// What a literal reads among `guarded` tables, or nil when it reads none of them.
    static func read(_ literal: Literal, guarded: Set<String>) -> Read? {
        let trimmed = literal.interpolations.contains { $0.contains("readable(") || $0.contains("labelPermits(") }
        if let chain = literal.builderChain {
            let table = literal.text.lowercased()
            guard guarded.contains(table) else { return nil }
            let helper = chain.contains("readable(") || chain.contains("labelPermits(")
            return Read(tables: [table], trimmed: helper, sql: oneLine(chain))
        }
        let words = tokens(of: literal.skeleton)
        var tables: Set<String> = []
        for index in words.indices where words[index] == "FROM" || words[index] == "JOIN" {
            // DELETE FROM writes; it reads nothing by itself.
            if words[index] == "FROM", index > 0, words[index - 1] == "DELETE" { continue }
            guard index + 1 < words.count else { continue }
            let target = words[index + 1]
            if target == placeholder {
                tables.insert(interpolatedTable)
            } else if guarded.contains(target.lowercased()) {
                tables.insert(target.lowercased())
            }
        }
        // A literal that only joins (`JOIN records r ON r.object_id = o.id`) is a fragment of a statement whose
        // own FROM is checked where it is written.
        guard !tables.isEmpty, words.contains(where: { $0 == "FROM" }) else { return nil }
        return Read(tables: tables, trimmed: trimmed, sql: oneLine(literal.text))
    }

    /// Stands for an interpolation in a literal's skeleton.
    static let placeholder = "\u{1}"

    /// The words of a skeleton (names and keywords, each interpolation a `placeholder`), punctuation dropped.
    static func tokens(of text: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        for scalar in text.unicodeScalars {
            if String(scalar) == placeholder {
                flush()
                words.append(placeholder)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" {
                current.unicodeScalars.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    static func isName(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        return first.properties.isAlphabetic || first == "_"
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
