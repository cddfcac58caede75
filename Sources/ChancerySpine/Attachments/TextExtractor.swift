import ChanceryKit
import Foundation

/// Reads the text of a received file for the search index, with the tools the machine has:
/// - plain text, XML and e-mail: read directly (XML without its tags);
/// - PDF: `pdftotext` from poppler-utils (Debian package `poppler-utils`);
/// - Word, Excel, PowerPoint and OpenDocument files: their XML parts, read with `unzip` (Debian package `unzip`).
/// A missing tool, a failure or a timeout means "no text": the file is kept and its record is still found by
/// its description. Images are not read (no OCR).
package enum TextExtractor {
    package struct Extracted: Sendable {
        package var text: String
        package var extractor: String
    }

    /// The most text kept from one file.
    package static let maxCharacters = 1_000_000
    package static let timeout: Duration = .seconds(30)

    package static func extract(_ type: FileType, at path: String) async -> Extracted? {
        switch type {
        case .text, .email:
            return read(path).map { Extracted(text: $0, extractor: "plain") }
        case .xml:
            return read(path).map { Extracted(text: withoutTags($0), extractor: "xml") }
        case .pdf:
            return await run("pdftotext", ["-q", "-enc", "UTF-8", path, "-"]).map {
                Extracted(text: $0, extractor: "pdftotext")
            }
        case .docx, .xlsx, .pptx, .odt, .ods:
            let parts: [String] =
                switch type {
                case .docx: ["word/document.xml"]
                case .xlsx: ["xl/sharedStrings.xml"]
                case .pptx: ["ppt/slides/*.xml"]
                default: ["content.xml"]
                }
            return await run("unzip", ["-p", path] + parts).map { Extracted(text: withoutTags($0), extractor: "unzip") }
        case .png, .jpeg, .tiff:
            return nil
        }
    }

    package static func read(_ path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maxCharacters * 2) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        return text.isEmpty ? nil : String(text.prefix(maxCharacters))
    }

    /// XML text content: tags become spaces and the five predefined entities are decoded.
    package static func withoutTags(_ xml: String) -> String {
        var text = ""
        var inTag = false
        for character in xml {
            if character == "<" {
                inTag = true
                text.append(" ")
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                text.append(character)
            }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    /// The standard output of a tool found on `PATH` (through `ExternalTool.run`, within `timeout`), or nil when it
    /// is missing or writes nothing. A tool that fails after writing text (a damaged PDF read in part) gives that text.
    package static func run(_ tool: String, _ arguments: [String]) async -> String? {
        guard let executable = ExternalTool.find(tool) else { return nil }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("chancery-text-\(UUID().uuidString)")
            .path
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
            let output = FileHandle(forWritingAtPath: path)
        else { return nil }
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            try await ExternalTool.run(executable, arguments, timeout: timeout, output: output)
        } catch is CancellationError {
            try? output.close()
            return nil
        } catch {
            // Whatever it wrote before failing is still text of the file.
        }
        try? output.close()
        guard let text = read(path), !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return text
    }
}
