/// The stylesheet every PDF is printed with (`PDFRenderer`): A4 pages with margins, the classification banner in
/// the top and bottom margins of every page (CSS `@page` margin boxes, so it is on every page however long the
/// document), the page number, and plain black-on-white type.
package enum PrintStylesheet {
    /// The stylesheet for a document marked `banner` (`NATO RESTRICTED // RELEASABLE TO BEL, FRA`).
    package static func css(banner: String) -> String {
        let marking = quoted(banner)
        return """
            @page {
              size: A4;
              margin: 25mm 20mm 22mm 20mm;
              @top-center { content: \(marking); \(bannerStyle) }
              @bottom-center { content: \(marking); \(bannerStyle) }
              @bottom-right { content: counter(page) " / " counter(pages); font: 8pt sans-serif; }
            }
            \(body)
            """
    }

    /// The banner's look in the margin boxes: bold capitals, centred, the same on every page.
    static let bannerStyle = "font: 700 9pt sans-serif; letter-spacing: .04em; color: #000;"

    /// How the document itself prints.
    static let body = """
        html { font: 11pt/1.45 serif; color: #000; background: #fff; }
        body { margin: 0; }
        h1 { font-size: 15pt; margin: 0 0 8pt; } h2 { font-size: 12.5pt; margin: 12pt 0 6pt; } h3 { font-size: 11pt; }
        p, li { orphans: 3; widows: 3; } p { margin: 0 0 8pt; }
        table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #000; padding: 2pt 4pt; text-align: left; vertical-align: top; }
        thead { display: table-header-group; } tr, img { break-inside: avoid; }
        a { color: inherit; text-decoration: none; }
        .no-print { display: none !important; }
        .letterhead { text-align: right; margin-bottom: 14pt; } .signature { margin-top: 28pt; }
        """

    /// `text` as a CSS string: quotes and backslashes escaped, a line break as CSS writes it, other control
    /// characters left out.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\A "
            case _ where scalar.properties.generalCategory == .control: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
