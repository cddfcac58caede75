import ChanceryKit
import Foundation

/// Reads the text of scanned paper: Debian's `ocrmypdf` (Tesseract, English and French) turns a PDF without a
/// text layer, or an image, into a searchable PDF and its plain text.
package enum OCR {
    /// The Tesseract languages read, in order of preference.
    package static let languages = "eng+fra"
    /// The longest one file may take.
    package static let timeout: Duration = .seconds(600)

    /// Whether a file of this type, from which no text could be read directly, is worth reading by OCR.
    package static func applies(to type: FileType) -> Bool {
        [.pdf, .png, .jpeg, .tiff].contains(type)
    }

    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    /// Runs `ocrmypdf` on `input` (of `type`), writing the searchable PDF to `output`; returns the text it read
    /// (possibly empty: a blank page).
    package static func read(_ input: String, type: FileType, into output: String) async throws -> String {
        guard let ocrmypdf = ExternalTool.find("ocrmypdf") else {
            throw Failure(
                description: "ocrmypdf is not installed (apt-get install ocrmypdf tesseract-ocr-eng tesseract-ocr-fra)."
            )
        }
        let sidecar = output + ".txt"
        defer { try? FileManager.default.removeItem(atPath: sidecar) }
        var arguments = [
            "-l", languages, "--output-type", "pdf", "--optimize", "0", "--jobs", "1", "--skip-text", "--quiet",
            "--sidecar", sidecar,
        ]
        // An image without a resolution of its own is taken as a 300 dpi scan.
        if type != .pdf { arguments += ["--image-dpi", "300"] }
        arguments += [input, output]
        // Stopped with its Tesseract when the job is cancelled (the server stops): the job is interrupted, not failed.
        try await ExternalTool.run(ocrmypdf, arguments, timeout: timeout)
        let text = (try? String(contentsOfFile: sidecar, encoding: .utf8)) ?? ""
        // ocrmypdf writes a form feed between pages and a notice for pages it skipped.
        return String(
            text.replacingOccurrences(of: "\u{0C}", with: "\n")
                .replacingOccurrences(of: "[OCR skipped on page(s) ", with: "")
                .trimmingCharacters(in: .whitespacesAndNewlines)
                .prefix(TextExtractor.maxCharacters))
    }
}
