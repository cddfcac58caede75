import ChanceryKit
import Foundation
import Testing

@testable import ChancerySpine

/// The one PDF renderer (weasyprint, installed by `scripts/test.sh`): what it prints, what it refuses to fetch, and
/// how it says that it cannot work.
@Suite("PDF renderer")
struct PDFRendererTests {
    static let restricted = SecurityLabel(classification: .natoRestricted)

    /// A letter as an office would print it, long enough for two pages.
    static func letter(language: String, salutation: String, paragraph: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language)"><head><meta charset="utf-8"><title>Letter</title></head>
        <body><div class="letterhead">Chancery</div><h1>\(salutation)</h1>
        \(String(repeating: "<p>\(paragraph)</p>\n", count: 40))
        <p class="signature">Rita Recruiter</p></body></html>
        """
    }

    /// The text pdftotext reads from the PDF (the search index's extractor).
    static func text(of pdf: Data) async throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try pdf.write(to: URL(fileURLWithPath: path))
        return try #require(await TextExtractor.extract(.pdf, at: path)).text
    }

    /// The number of pages, read from the page numbers in the margin ("2/3").
    static func pageCount(_ text: String) throws -> Int {
        try text.matches(of: Regex(#"(\d+) ?/ ?(\d+)"#)).compactMap { match in
            match.output[2].substring.flatMap { Int($0) }
        }.max() ?? 0
    }

    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test("an English letter: the body, and the banner at the top and bottom of every page")
    func english() async throws {
        let pdf = try await PDFRenderer.render(
            html: Self.letter(
                language: "en", salutation: "Dear Ms Dupont,",
                paragraph: "We are pleased to offer you the post of Assistant, subject to security clearance."),
            label: Self.restricted, language: .en)
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        let text = try await Self.text(of: pdf)
        #expect(text.contains("Dear Ms Dupont,"))
        #expect(text.contains("subject to security clearance"))
        #expect(text.contains("Rita Recruiter"))
        // Two pages at least (the page numbers, "1/3"), each with its two banners.
        let pages = try Self.pageCount(text)
        #expect(pages >= 2)
        #expect(Self.occurrences(of: "NATO RESTRICTED", in: text) == 2 * pages)
    }

    @Test("a French letter keeps its accents, and its banner is in French")
    func french() async throws {
        let banner = Localizer(.fr).banner(Self.restricted)
        #expect(banner != Localizer(.en).banner(Self.restricted))
        let pdf = try await PDFRenderer.render(
            html: Self.letter(
                language: "fr", salutation: "Madame, Monsieur,",
                paragraph: "Nous avons le plaisir de vous proposer le poste, sous réserve de l’habilitation "
                    + "de sécurité et de l’aptitude médicale. Naïveté, garçon, où, Élève, à côté, « guillemets »."),
            label: Self.restricted, language: .fr)
        let text = try await Self.text(of: pdf)
        #expect(text.contains("Madame, Monsieur,"))
        #expect(text.contains("sous réserve de l’habilitation"))
        #expect(text.contains("Naïveté, garçon, où, Élève, à côté, « guillemets »."))
        #expect(Self.occurrences(of: banner, in: text) == 2 * (try Self.pageCount(text)))
        #expect(!text.contains("NATO RESTRICTED"))
    }

    @Test("resources on the network or on the server's disk are not fetched, and the PDF is made without them")
    func noFetching() async throws {
        let html = """
            <!DOCTYPE html><html><head><meta charset="utf-8">
            <link rel="stylesheet" href="http://10.255.255.1/letter.css">
            <style>@import url("https://chancery.invalid/more.css"); body { background: url(http://10.255.255.1/bg.png); }</style>
            </head><body><p>Unreachable resources</p>
            <img src="http://10.255.255.1/logo.png" alt=""><img src="file:///etc/hostname" alt="">
            <img src="logo.png" alt=""><iframe src="http://10.255.255.1/"></iframe>
            <img alt="" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==">
            </body></html>
            """
        // An unroutable address would hold a fetch for minutes, past the renderer's own time limit (which fails the
        // render): the PDF is made, so nothing waited for it.
        let pdf = try await PDFRenderer.render(html: html, banner: "NATO UNCLASSIFIED")
        let text = try await Self.text(of: pdf)
        #expect(text.contains("Unreachable resources"))
        #expect(text.contains("NATO UNCLASSIFIED"))
    }

    @Test("the banner is one CSS string whatever it holds")
    func bannerQuoted() {
        #expect(PrintStylesheet.quoted(#"A "B" \ C"#) == #""A \"B\" \\ C""#)
        #expect(PrintStylesheet.quoted("A\nB\u{07}") == #""A\A B""#)
    }

    @Test("no weasyprint: a clear error, not a crash")
    func missingTool() async throws {
        for tool in [nil, "/nonexistent/bin/weasyprint"] {
            await #expect(throws: PDFRenderer.Failure.notInstalled) {
                try await PDFRenderer.render(html: "<p>x</p>", banner: "NATO UNCLASSIFIED", weasyprint: tool)
            }
        }
        #expect(PDFRenderer.Failure.notInstalled.description.contains("apt-get install weasyprint"))
    }

    /// An executable file with this text, in a folder of its own.
    static func script(_ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("tool").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    @Test("a tool that fails, or takes longer than its time limit, is a clear error")
    func failingTool() async throws {
        let failing = try Self.script("#!/bin/false\n")
        let error = await #expect(throws: PDFRenderer.Failure.self) {
            try await PDFRenderer.render(html: "<p>x</p>", banner: "NATO UNCLASSIFIED", weasyprint: failing)
        }
        #expect(error?.description.contains("false failed (exit 1)") == true)

        // the tool records its process id, then would sleep for ten minutes: once the renderer gives up, it is gone
        let pidFile = FileManager.default.temporaryDirectory.appendingPathComponent("tool-\(UUID().uuidString).pid")
        let sleeper = try Self.script("#!/bin/sh\necho $$ > \(pidFile.path)\nexec sleep 600\n")
        let slow = try Self.script("#!\(sleeper)\n")
        let stopped = await #expect(throws: PDFRenderer.Failure.self) {
            try await PDFRenderer.render(
                html: "<p>x</p>", banner: "NATO UNCLASSIFIED", weasyprint: slow, timeout: .seconds(1))
        }
        #expect(stopped?.description.contains("stopped after") == true)
        let pid = try #require(
            Int32(try String(contentsOf: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, 0) != 0, "the tool that outlived its time limit was stopped")
    }
}
