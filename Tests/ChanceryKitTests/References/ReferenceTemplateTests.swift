import Testing

@testable import ChanceryKit

@Suite("Reference templates")
struct ReferenceTemplateTests {
    @Test(
        "the templates of the design render as the registry writes them",
        arguments: [
            ("IMSM-{seq:4}-{year}", 421, 2026, "IMSM-0421-2026"),
            ("MCM-{seq:4}-{year}", 7, 2026, "MCM-0007-2026"),
            ("PO({year}){seq:4}", 12, 2026, "PO(2026)0012"),
            ("SH/{yy}/{seq}", 5, 2027, "SH/27/5"),
            ("IMSM-{seq:2}-{year}", 1234, 2026, "IMSM-1234-2026"),
        ])
    func renders(template: String, sequence: Int, year: Int, expected: String) throws {
        let parsed = try ReferenceTemplate(parsing: template)
        #expect(parsed.render(sequence: sequence, year: year) == expected)
        #expect(parsed.description == template)
    }

    @Test(
        "a template that could hand out a reference twice, or is unreadable, is refused with its reason",
        arguments: [
            ("IMSM-{seq:4}", ReferenceTemplateError.missingYear),
            ("IMSM-{year}", .missingSequence),
            ("{seq}-{seq}-{year}", .repeatedPlaceholder("seq")),
            ("{seq}-{year}-{yy}", .repeatedPlaceholder("year")),
            ("IMSM-{seq:0}-{year}", .unknownPlaceholder("seq:0")),
            ("IMSM-{seq:10}-{year}", .unknownPlaceholder("seq:10")),
            ("IMSM-{month}-{seq}-{year}", .unknownPlaceholder("month")),
            ("IMSM-{seq-{year}", .unknownPlaceholder("seq-{year")),
            ("IMSM-{seq}-{year", .unclosedPlaceholder),
            ("IMSM}-{seq}-{year}", .invalidCharacter("}")),
            ("IMSM<script>{seq}{year}", .invalidCharacter("<")),
            ("ÉTAT-{seq}-{year}", .invalidCharacter("É")),
            ("", .length),
            (String(repeating: "A", count: 61) + "{seq}{year}", .length),
        ])
    func refuses(template: String, error: ReferenceTemplateError) {
        #expect(throws: error) { try ReferenceTemplate(parsing: template) }
    }
}
