import ChanceryKit
import Foundation

/// Turns HTML into PDF, for every office (letters, cover sheets, receipts): Debian's `weasyprint` (package
/// `weasyprint`), run as a tool through `ExternalTool.run` (a time limit, stopped when the task is cancelled), with
/// the spine's `PrintStylesheet`: A4, margins, the classification banner at the top and bottom of every page.
///
/// Nothing is fetched: the document has no base URL, and every resource it names other than an inline `data:` one
/// is refused (left out, the PDF made without it), so a letter template can neither reach the network nor read a
/// file of the server. Fonts are the system's (fontconfig).
package enum PDFRenderer {
    /// Why no PDF was made.
    package enum Failure: Error, Equatable, CustomStringConvertible {
        /// The tool is not on `PATH`.
        case notInstalled
        /// The tool ran and made no PDF: its exit, time limit or last error lines.
        case failed(String)

        package var description: String {
            switch self {
            case .notInstalled: "weasyprint is not installed: PDFs cannot be made (apt-get install weasyprint)."
            case .failed(let reason): "The PDF could not be made: \(reason)"
            }
        }
    }

    /// The longest one document may take.
    package static let timeout: Duration = .seconds(60)

    /// The PDF of `html` (a whole document, UTF-8), marked `label` in `language` on every page.
    package static func render(html: String, label: SecurityLabel, language: Language) async throws -> Data {
        try await render(html: html, banner: Localizer(language).banner(label))
    }

    /// The PDF of `html` (a whole document, UTF-8) with `banner` at the top and bottom of every page. `weasyprint`
    /// is the tool's path (found on `PATH` unless given); `timeout` how long it may take.
    package static func render(
        html: String, banner: String, weasyprint: String? = ExternalTool.find("weasyprint"),
        timeout: Duration = timeout
    ) async throws -> Data {
        guard let weasyprint, let interpreter = interpreter(of: weasyprint) else { throw Failure.notInstalled }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chancery-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("document.html")
        let stylesheet = folder.appendingPathComponent("print.css")
        let output = folder.appendingPathComponent("document.pdf")
        try Data(html.utf8).write(to: input)
        try Data(PrintStylesheet.css(banner: banner).utf8).write(to: stylesheet)
        do {
            try await ExternalTool.run(
                interpreter[0],
                Array(interpreter.dropFirst()) + ["-I", "-c", script, input.path, stylesheet.path, output.path],
                timeout: timeout)
        } catch let failure as ExternalTool.Failure {
            throw Failure.failed(failure.description)
        }
        guard let pdf = FileManager.default.contents(atPath: output.path), pdf.starts(with: Data("%PDF".utf8)) else {
            throw Failure.failed("weasyprint wrote no PDF.")
        }
        return pdf
    }

    /// The Python that runs Debian's `weasyprint` (its `#!` line, e.g. `/usr/bin/python3`), so that the renderer
    /// uses that installation's module whatever `python3` is first on `PATH`; nil when the file is not a script.
    static func interpreter(of tool: String) -> [String]? {
        guard let handle = FileHandle(forReadingAtPath: tool) else { return nil }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 256)) ?? Data(), as: UTF8.self)
        guard head.hasPrefix("#!"), let line = head.dropFirst(2).split(separator: "\n").first else { return nil }
        let words = line.split(separator: " ").map(String.init)
        return words.isEmpty ? nil : words
    }

    /// The tool's own Python interface, with the one thing its command line lacks: a fetcher that refuses every
    /// URL but inline `data:`. Arguments: the document, the stylesheet, the PDF to write.
    static let script = """
        import sys
        from weasyprint import CSS, HTML, default_url_fetcher

        def local_only(url, *args, **kwargs):
            if url.startswith("data:"):
                return default_url_fetcher(url, *args, **kwargs)
            raise ValueError("Chancery fetches no resource for a PDF: " + url[:200])

        with open(sys.argv[1], encoding="utf-8") as document, open(sys.argv[2], encoding="utf-8") as stylesheet:
            html, css = document.read(), stylesheet.read()
        HTML(string=html, base_url=None, url_fetcher=local_only).write_pdf(
            sys.argv[3], stylesheets=[CSS(string=css, url_fetcher=local_only)])
        """
}
