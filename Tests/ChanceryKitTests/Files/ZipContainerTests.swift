import ChanceryKit
import Foundation
import Testing

/// Office documents are recognised by the structure of their ZIP container, and reading that structure from
/// hostile bytes refuses them cleanly: never a crash, never a read outside the file.
@Suite("ZIP containers")
struct ZipContainerTests {
    static func problem(_ type: FileType, _ bytes: [UInt8]) -> FileType.ContainerProblem? {
        type.containerProblem(size: UInt64(bytes.count), read: TestZip.reader(bytes))
    }

    @Test("a Word, Excel or PowerPoint package needs [Content_Types].xml and its own part folder")
    func openXML() {
        #expect(Self.problem(.docx, TestZip.docx) == nil)
        let workbook = TestZip.make([.init("[Content_Types].xml", "<Types/>"), .init("xl/workbook.xml", "<workbook/>")])
        #expect(Self.problem(.xlsx, workbook) == nil)
        #expect(Self.problem(.docx, workbook) == .missingMainPart(folder: "word/"))
        #expect(Self.problem(.pptx, workbook) == .missingMainPart(folder: "ppt/"))
        // an HTML page (or anything else) in a ZIP is no Word document
        let page = TestZip.make([.init("index.html", "<html><script>alert(1)</script></html>")])
        #expect(Self.problem(.docx, page) == .missingContentTypes)
        // a folder named like the part is not a part
        let empty = TestZip.make([.init("[Content_Types].xml", "<Types/>"), .init("word/", "")])
        #expect(Self.problem(.docx, empty) == .missingMainPart(folder: "word/"))
    }

    @Test("an OpenDocument package starts with its stored mimetype entry naming the declared type")
    func openDocument() {
        let text = "application/vnd.oasis.opendocument.text"
        #expect(Self.problem(.odt, TestZip.odf(text)) == nil)
        #expect(Self.problem(.ods, TestZip.odf("application/vnd.oasis.opendocument.spreadsheet")) == nil)
        #expect(Self.problem(.ods, TestZip.odf(text)) == .wrongMimetype)
        #expect(Self.problem(.odt, TestZip.odf(text + " ")) == .wrongMimetype)
        let compressed = TestZip.make([
            .init("mimetype", text, method: 8), .init("META-INF/manifest.xml", "<manifest/>"),
        ])
        #expect(Self.problem(.odt, compressed) == .mimetypeCompressed)
        let late = TestZip.make([
            .init("content.xml", "<c/>"), .init("mimetype", text), .init("META-INF/manifest.xml", "<m/>"),
        ])
        #expect(Self.problem(.odt, late) == .mimetypeNotFirst)
        let noManifest = TestZip.make([.init("mimetype", text), .init("content.xml", "<c/>")])
        #expect(Self.problem(.odt, noManifest) == .missingManifest)
        #expect(Self.problem(.odt, TestZip.docx) == .mimetypeNotFirst)
    }

    @Test("a comment after the directory is allowed; other types are not containers")
    func commentsAndOtherTypes() {
        #expect(
            Self.problem(
                .docx,
                TestZip.make([.init("[Content_Types].xml", "x"), .init("word/a.xml", "y")], comment: "made here"))
                == nil)
        #expect(Self.problem(.pdf, Array("%PDF-1.7".utf8)) == nil)
        #expect(!FileType.text.isZipContainer && FileType.odt.isZipContainer)
    }

    @Test("magic bytes followed by HTML, and every truncation of a real package, are refused cleanly")
    func truncatedAndFake() {
        let fake = [0x50, 0x4B, 0x03, 0x04] + Array("<html><body>Not a document</body></html>".utf8)
        #expect(Self.problem(.docx, fake) == .notAnArchive)
        #expect(Self.problem(.docx, []) == .notAnArchive)
        #expect(Self.problem(.docx, Array(TestZip.docx.prefix(21))) == .notAnArchive)
        for archive in [TestZip.docx, TestZip.odf("application/vnd.oasis.opendocument.text")] {
            for length in 0..<archive.count {
                #expect(Self.problem(.docx, Array(archive.prefix(length))) != nil, "prefix \(length)")
                #expect(Self.problem(.odt, Array(archive.prefix(length))) != nil, "prefix \(length)")
            }
        }
    }

    @Test("hostile directories: offsets and lengths past the end, huge counts, split archives, bad ZIP64 records")
    func hostileDirectories() {
        let valid = TestZip.docx
        let end = valid.count - 22
        func patched(_ offset: Int, _ bytes: [UInt8]) -> [UInt8] {
            var copy = valid
            copy.replaceSubrange(offset..<offset + bytes.count, with: bytes)
            return copy
        }
        func read(_ bytes: [UInt8]) -> ZipDirectory.Problem? {
            do {
                _ = try ZipDirectory.read(size: UInt64(bytes.count), TestZip.reader(bytes))
                return nil
            } catch { return error }
        }
        #expect(read(valid) == nil)
        #expect(read(patched(end + 16, TestZip.le32(0xFFFF_FFF0))) == .truncated)  // directory offset past the end
        #expect(read(patched(end + 12, TestZip.le32(0x7FFF_FFFF))) == .truncated)  // directory size past the end
        #expect(read(patched(end + 8, TestZip.le16(0xFFF0) + TestZip.le16(0xFFF0))) == .malformedDirectory)
        #expect(read(patched(end + 4, TestZip.le16(1))) == .multipleDisks)
        #expect(read(patched(end + 20, TestZip.le16(5))) == .noEndRecord)  // a comment that is not there
        // ZIP64 markers without a locator, and a locator that points outside the file
        #expect(read(patched(end + 8, TestZip.le16(0xFFFF) + TestZip.le16(0xFFFF))) != nil)
        let locator =
            TestZip.le32(0x0706_4B50) + TestZip.le32(0) + TestZip.le32(0xFFFF_FF00) + TestZip.le32(0x7F)
            + TestZip.le32(1)
        let zip64 = Array(valid[..<end]) + locator + patched(end + 16, TestZip.le32(0xFFFF_FFFF))[end...]
        #expect(read(zip64) == .truncated)
        // a file header whose name runs past the directory
        let firstHeader = valid.indices.first { valid[$0...].starts(with: TestZip.le32(0x0201_4B50)) }!
        #expect(read(patched(firstHeader + 28, TestZip.le16(0xFFFF))) == .malformedDirectory)
        // a local header offset past the end of the file
        #expect(read(patched(firstHeader + 42, TestZip.le32(0x7FFF_FFFF))) == .malformedDirectory)
    }

    @Test("random bytes and random single-byte damage never crash the reader")
    func randomDamage() {
        var generator = SeededGenerator(seed: 20_261_123)
        let archives = [TestZip.docx, TestZip.odf("application/vnd.oasis.opendocument.text")]
        for round in 0..<4_000 {
            var bytes = archives[round % 2]
            for _ in 0..<(1 + round % 4) {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                bytes[index] = UInt8.random(in: 0...255, using: &generator)
            }
            for type in [FileType.docx, .odt] { _ = Self.problem(type, bytes) }
        }
        for _ in 0..<500 {
            let length = Int.random(in: 0..<300, using: &generator)
            var bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            if length > 4 { bytes.replaceSubrange(0..<4, with: [0x50, 0x4B, 0x03, 0x04]) }
            #expect(Self.problem(.docx, bytes) != nil)
        }
    }

    @Test(
        "a package written by another implementation (Python's zipfile, deflated) is read",
        .enabled(if: ZipContainerTests.hasPython))
    func independentWriter() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zip-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let maker = Process()
        maker.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        maker.arguments = [
            "python3", "-c",
            """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1] + ".docx", "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("[Content_Types].xml", "<Types/>" * 50)
                z.writestr("word/document.xml", "<w:document/>" * 50)
            with zipfile.ZipFile(sys.argv[1] + ".odt", "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
                z.writestr("META-INF/manifest.xml", "<manifest/>" * 50)
            """,
            path,
        ]
        try maker.run()
        maker.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(atPath: path + ".docx")
            try? FileManager.default.removeItem(atPath: path + ".odt")
        }
        let docx = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path + ".docx")))
        let odt = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path + ".odt")))
        #expect(Self.problem(.docx, docx) == nil)
        #expect(Self.problem(.odt, odt) == nil)
        #expect(Self.problem(.odt, docx) == .mimetypeNotFirst)
    }

    static var hasPython: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/python3")
        }
    }
}
