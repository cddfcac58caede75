import ChanceryKit
import ChancerySpine
import Foundation

/// A published vacancy as a schema.org `JobPosting`, the JSON-LD that job search engines read from its public page:
/// title, description, dates (`validThrough` with the Brussels offset of the deadline), employment type, the hiring
/// organisation, the place, who may apply, and the qualifications.
package enum JobPosting {
    /// The countries a duty station is found in, by the name a notice writes, as ISO 3166 alpha-2 codes.
    static let countries: [(name: String, code: String)] = [
        ("belgium", "BE"), ("belgique", "BE"), ("brussels", "BE"), ("bruxelles", "BE"), ("mons", "BE"),
        ("netherlands", "NL"), ("the hague", "NL"), ("brunssum", "NL"), ("italy", "IT"), ("naples", "IT"),
        ("luxembourg", "LU"), ("capellen", "LU"), ("united states", "US"), ("norfolk", "US"),
        ("united kingdom", "GB"), ("northwood", "GB"), ("portugal", "PT"), ("lisbon", "PT"), ("oeiras", "PT"),
        ("germany", "DE"), ("ramstein", "DE"), ("türkiye", "TR"), ("turkey", "TR"), ("izmir", "TR"),
        ("france", "FR"), ("norway", "NO"), ("stavanger", "NO"), ("spain", "ES"), ("poland", "PL"),
        ("bydgoszcz", "PL"), ("romania", "RO"),
    ]

    /// The country of a place as a notice writes it; Belgium, the headquarters', when none is named.
    static func country(of place: String?) -> String {
        let folded = (place ?? "").lowercased()
        return countries.first { folded.contains($0.name) }?.code ?? "BE"
    }

    /// The JobPosting of a published vacancy, as a JSON object.
    package static func object(of vacancy: PublishedVacancy) -> [String: Any] {
        let notice = vacancy.notice
        let organisation = notice.organisation ?? "NATO"
        let place = notice.location ?? notice.dutyStation
        var description = notice.summary + notice.duties.map { "• " + $0 }
        if description.isEmpty { description = [vacancy.title] }
        var posting: [String: Any] = [
            "@context": "https://schema.org/",
            "@type": "JobPosting",
            "title": vacancy.title,
            "description": description.joined(separator: "\n"),
            "datePosted": brusselsTime(vacancy.publishedAt),
            "employmentType": (notice.schedule ?? "").lowercased().contains("part") ? "PART_TIME" : "FULL_TIME",
            "hiringOrganization": [
                "@type": "Organization", "name": organisation, "sameAs": "https://www.nato.int/",
            ] as [String: Any],
            "jobLocation": [
                "@type": "Place",
                "address": [
                    "@type": "PostalAddress", "addressLocality": place ?? "Brussels",
                    "addressCountry": country(of: place),
                ] as [String: Any],
            ] as [String: Any],
            "eligibilityToWorkRequirement": notice.memberStatesOnly
                ? "Nationals of NATO member states only." : "Open to all candidates.",
            "qualifications": (notice.essentialQualifications + notice.desirableQualifications).joined(separator: "\n"),
            "url": "/vacancies/\(vacancy.id)",
        ]
        if let deadline = vacancy.deadlineAt { posting["validThrough"] = brusselsTime(deadline) }
        if let number = vacancy.vacancyNumber {
            posting["identifier"] = ["@type": "PropertyValue", "name": organisation, "value": number] as [String: Any]
        }
        if let posts = vacancy.posts { posting["totalJobOpenings"] = posts }
        if let clearance = vacancy.clearance { posting["securityClearanceRequirement"] = clearance }
        if !notice.competencies.isEmpty {
            posting["skills"] = notice.competencies.map { "\($0.name): \($0.level)" }.joined(separator: "\n")
        }
        return posting
    }

    /// The JobPosting as the text of a `<script type="application/ld+json">`: every `<`, `>` and `&` escaped as JSON
    /// escapes them, so that no text of the notice can close the script element or open another.
    package static func script(of vacancy: PublishedVacancy) -> String {
        let data =
            (try? JSONSerialization.data(
                withJSONObject: object(of: vacancy), options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e").replacingOccurrences(of: "&", with: "\\u0026")
    }
}
