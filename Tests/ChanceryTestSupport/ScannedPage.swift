import Foundation

/// A scanned page that a test makes itself: lines of text typeset in a PDF, rendered to a grey image at 200 dpi
/// by `pdftoppm` (poppler-utils), then either kept as that image (PNG) or wrapped in a PDF whose only content is
/// the image — no text layer, as a scanner makes it.
package enum ScannedPage {
    /// A PDF holding only the picture of a page with these lines.
    package static func pdf(_ lines: [String]) throws -> Data {
        let (width, height, samples) = try render(lines)
        let drawing = Data("q \(pageWidth) 0 0 \(pageHeight) 0 0 cm /Im0 Do Q".utf8)
        return document([
            Data("<< /Type /Catalog /Pages 2 0 R >>".utf8),
            Data("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Data(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(pageWidth) \(pageHeight)] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>"
                    .utf8),
            stream(
                "/Type /XObject /Subtype /Image /Width \(width) /Height \(height) /ColorSpace /DeviceGray /BitsPerComponent 8",
                samples),
            stream("", drawing),
        ])
    }

    /// The picture of a page with these lines, as a PNG file.
    package static func png(_ lines: [String]) throws -> Data {
        try pdftoppm(typeset(lines), format: "-png", suffix: "png")
    }

    static let pageWidth = 500
    static let pageHeight = 200

    /// A PDF with a text layer: the lines in 28-point Helvetica (Latin-1 letters, so French accents too).
    static func typeset(_ lines: [String]) -> Data {
        var text = Data("BT /F1 28 Tf 36 150 Td 34 TL ".utf8)
        for line in lines {
            text += Data("(".utf8)
            text += line.data(using: .windowsCP1252, allowLossyConversion: true) ?? Data()
            text += Data(") ' ".utf8)
        }
        text += Data("ET".utf8)
        return document([
            Data("<< /Type /Catalog /Pages 2 0 R >>".utf8),
            Data("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Data(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(pageWidth) \(pageHeight)] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
                    .utf8),
            Data("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".utf8),
            stream("", text),
        ])
    }

    /// Width, height and 8-bit grey samples of the page rendered at 200 dpi.
    static func render(_ lines: [String]) throws -> (Int, Int, Data) {
        let pgm = try pdftoppm(typeset(lines), format: "-gray", suffix: "pgm")
        // A binary PGM: "P5\n<width> <height>\n255\n" then the samples.
        var fields: [String] = []
        var index = pgm.startIndex
        while fields.count < 4 {
            var field = ""
            while index < pgm.endIndex, pgm[index] != 0x0A, pgm[index] != 0x20 {
                field.append(Character(UnicodeScalar(pgm[index])))
                index += 1
            }
            index += 1
            if !field.isEmpty { fields.append(field) }
        }
        guard fields[0] == "P5", let width = Int(fields[1]), let height = Int(fields[2]) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return (width, height, pgm[index..<pgm.endIndex])
    }

    static func pdftoppm(_ pdf: Data, format: String, suffix: String) throws -> Data {
        let folder = NSTemporaryDirectory() + "scan-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try pdf.write(to: URL(fileURLWithPath: folder + "/page.pdf"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftoppm")
        process.arguments = ["-r", "200", format, "-singlefile", folder + "/page.pdf", folder + "/page"]
        try process.run()
        process.waitUntilExit()
        return try Data(contentsOf: URL(fileURLWithPath: folder + "/page.\(suffix)"))
    }

    static func stream(_ dictionary: String, _ content: Data) -> Data {
        Data("<< \(dictionary) /Length \(content.count) >>\nstream\n".utf8) + content + Data("\nendstream".utf8)
    }

    /// A PDF file of these objects (numbered from 1, the first the catalog), with its cross-reference table.
    static func document(_ objects: [Data]) -> Data {
        var out = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.count)
            out += Data("\(index + 1) 0 obj\n".utf8) + object + Data("\nendobj\n".utf8)
        }
        let table = out.count
        out += Data("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets {
            out += Data((String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n").utf8)
        }
        out += Data("trailer << /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n".utf8)
        return out
    }
}
