import ChanceryKit
import ChancerySpine

/// The registry's demo set: reference series, a file plan, distribution lists and a few items in different
/// states, so that every queue of the registry desk has something to show.
package enum DemoRegistry {
    package static func load(into chancery: Chancery, _ principals: [String: Principal]) async throws {
        guard let supervisor = principals["supervisor"], let clerk = principals["registry"] else { return }
        for (code, template, title, checks) in [
            (
                "IMSM", "IMSM-{seq:4}-{year}",
                "International Military Staff memoranda / Mémorandums de l'État-major militaire international",
                Set<RecordCheck>()
            ),
            (
                "MSG", "MSG/{year}/{seq:5}", "Incoming messages / Messages reçus",
                [.label, .originator, .originatorReference]
            ),
            (
                "PO", "PO({year}){seq:4}", "Private office correspondence / Correspondance du cabinet",
                [.originator, .documentDate]
            ),
        ] {
            _ = try await chancery.referenceSeries.create(
                .init(
                    code: code, template: try ReferenceTemplate(parsing: template), title: title,
                    requiresVerification: !checks.isEmpty, checks: checks),
                by: supervisor)
        }
        let plan = chancery.filePlan
        let operations = try await plan.create(
            kind: .category, parentID: nil, code: "1000", title: "Operations and exercises / Opérations et exercices",
            retentionYears: nil,
            disposition: nil, by: supervisor)
        _ = try await plan.create(
            kind: .folder, parentID: operations.id, code: "1000.10", title: "Exercise orders / Ordres d'exercice",
            retentionYears: 0,
            disposition: .destroy, by: supervisor)
        _ = try await plan.create(
            kind: .folder, parentID: operations.id, code: "1000.20",
            title: "Operational reports / Comptes rendus opérationnels", retentionYears: 25,
            disposition: .transfer, by: supervisor)
        let administration = try await plan.create(
            kind: .category, parentID: nil, code: "5000", title: "Administration", retentionYears: nil,
            disposition: nil,
            by: supervisor)
        _ = try await plan.create(
            kind: .folder, parentID: administration.id, code: "5000.10",
            title: "General correspondence / Correspondance générale",
            retentionYears: 5,
            disposition: .destroy, by: supervisor)

        var members: [DistributionList.Member] = [.init(kind: .user, id: supervisor.id, role: .action)]
        for name in ["admin", "analyst", "visitor"] {
            if let person = principals[name] { members.append(.init(kind: .user, id: person.id, role: .info)) }
        }
        _ = try await chancery.distributionLists.create(
            .init(
                name: RegistryTerms.frontOffice.name.en, description: RegistryTerms.frontOffice.description.en,
                members: members,
                owner: .init(kind: .unit, id: "IPS")),
            by: clerk)
        _ = try await chancery.distributionLists.create(
            .init(
                name: RegistryTerms.healthOffice.name.en, description: RegistryTerms.healthOffice.description.en,
                members: [.init(kind: .unit, id: "HEALTH", role: .action)]),
            by: clerk)

        let records = chancery.records
        for (series, title, label, originator, reference) in [
            (
                "IMSM", "Registry procedures for the summit week", SecurityLabel.unclassified, "IMS Director",
                nil as String?
            ),
            (
                "MSG", "Exercise STEADFAST logistics update",
                SecurityLabel(
                    classification: .natoSecret, releasability: .listed(["BEL", "DEU", "FRA", "NLD", "USA"])),
                "SHAPE J4", "SH/J4/2026/0311"
            ),
            (
                "MSG", "Compte rendu de la réunion de coordination logistique",
                SecurityLabel(classification: .natoRestricted),
                "JFC Naples", "JFCNP/LOG/0042"
            ),
        ] {
            let draft = RecordStore.Draft(
                title: title, label: label, series: series, direction: reference == nil ? .internal : .incoming,
                details: .init(
                    recordType: series == "MSG" ? "message" : "memorandum", originator: originator,
                    originatorReference: reference, addressees: ["COS"], documentDate: nil,
                    receivedDate: HeadquartersCalendar.day(Clock.nowMilliseconds()),
                    language: title.contains("réunion") ? "fr" : "en",
                    contentMarking: label.classification, keywords: [], metadata: [:]),
                owningUnit: "IPS", openToUnit: true, originatorLabel: nil)
            _ = try await chancery.database.transaction { db in try await records.register(draft, by: clerk, on: db) }
        }
    }
}
