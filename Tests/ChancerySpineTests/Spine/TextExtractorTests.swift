import ChanceryKit
import ChanceryTestSupport
import Foundation
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// The text read from received files for the search index, with the tools `scripts/test.sh` installs.
@Suite("Attachment text extraction")
struct TextExtractorTests {
    static let pdf = """
        %PDF-1.4
        1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
        2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
        3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
        4 0 obj << /Length 47 >> stream
        BT /F1 24 Tf 72 712 Td (Zanzibar convoy plan) Tj ET
        endstream endobj
        5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
        trailer << /Root 1 0 R >>
        %%EOF

        """

    func file(_ name: String, _ content: Data) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("extract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try content.write(to: URL(fileURLWithPath: path))
        return path
    }

    static func hasTool(_ name: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }

    @Test("plain text and XML are read directly; XML loses its tags and keeps its entities' characters")
    func plainAndXML() async throws {
        let text = try #require(
            await TextExtractor.extract(.text, at: try file("a.txt", Data("Réunion du comité".utf8))))
        #expect(text.text == "Réunion du comité" && text.extractor == "plain")
        let xml = try #require(
            await TextExtractor.extract(
                .xml, at: try file("a.xml", Data("<doc><p>Fuel &amp; oil</p><p>convoy</p></doc>".utf8))))
        #expect(SearchText.foldedWords(of: xml.text) == ["fuel", "oil", "convoy"])
    }

    @Test("a PDF is read with pdftotext", .enabled(if: hasTool("pdftotext")))
    func pdf() async throws {
        let extracted = try #require(await TextExtractor.extract(.pdf, at: try file("a.pdf", Data(Self.pdf.utf8))))
        #expect(extracted.extractor == "pdftotext")
        #expect(extracted.text.contains("Zanzibar convoy plan"))
    }

    @Test("a Word document is read from its XML with unzip", .enabled(if: hasTool("unzip") && hasTool("python3")))
    func docx() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("extract-\(UUID().uuidString).docx")
            .path
        let maker = Process()
        maker.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        maker.arguments = [
            "python3", "-c",
            """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1], "w") as z:
                z.writestr("[Content_Types].xml", "<Types/>")
                z.writestr("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>Procès-verbal</w:t></w:r><w:r><w:t xml:space='preserve'> de la réunion</w:t></w:r></w:p></w:body></w:document>")
            """,
            path,
        ]
        try maker.run()
        maker.waitUntilExit()
        let extracted = try #require(await TextExtractor.extract(.docx, at: path))
        #expect(extracted.extractor == "unzip")
        #expect(SearchText.foldedWords(of: extracted.text) == ["proces", "verbal", "de", "la", "reunion"])
    }

    @Test("an image, a missing file or a broken PDF give no text and no error")
    func nothing() async throws {
        #expect(await TextExtractor.extract(.png, at: try file("a.png", Data([0x89, 0x50]))) == nil)
        #expect(await TextExtractor.extract(.text, at: "/nonexistent/file.txt") == nil)
        #expect(await TextExtractor.extract(.pdf, at: try file("b.pdf", Data("%PDF-1.4 broken".utf8))) == nil)
    }
}
