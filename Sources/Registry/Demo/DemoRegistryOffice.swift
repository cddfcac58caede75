import ChanceryKit
import ChancerySpine

/// The registry's reference data behind the demo's history: a series per working area, the file plan's folders
/// with their retention, and the distribution lists each area's items go to.
struct DemoRegistryOffice: Sendable {
    var clerk: Principal
    var supervisor: Principal
    /// The series whose items wait for the Information Controlling Processor's check.
    var verified: Set<String>
    var seriesOfArea: [DemoRegistrySubjects.Area: String]
    var folders: [DemoRegistrySubjects.Area: [FilePlanNode]]
    var lists: [DemoRegistrySubjects.Area: [String]]

    /// Adds to the hand-written demo (`DemoRegistry`) what the history needs, and reads back what it made.
    static func create(
        _ chancery: Chancery, _ principals: [String: Principal], supervisor: Principal, clerk: Principal
    ) async throws -> DemoRegistryOffice {
        let areaSeries: [(DemoRegistrySubjects.Area, String, String, String)] = [
            (.operations, "OPS", "OPS/{seq:4}/{year}", "Operations orders and reports"),
            (.logistics, "LOG", "LOG-{seq:4}-{year}", "Logistics and infrastructure correspondence"),
            (.personnel, "PERS", "PERS-{seq:4}-{year}", "Personnel matters"),
            (.legal, "MCM", "MCM-{seq:4}-{year}", "Military Committee memoranda"),
        ]
        for (_, code, template, title) in areaSeries {
            _ = try await chancery.referenceSeries.create(
                .init(
                    code: code, template: try ReferenceTemplate(parsing: template), title: title,
                    requiresVerification: false, checks: []),
                by: supervisor)
        }
        var seriesOfArea = Dictionary(uniqueKeysWithValues: areaSeries.map { ($0.0, $0.1) })
        seriesOfArea[.security] = "IMSM"
        seriesOfArea[.administration] = "IMSM"
        seriesOfArea[.finance] = "IMSM"
        let verified = Set(try await chancery.referenceSeries.all().filter(\.requiresVerification).map(\.code))

        return DemoRegistryOffice(
            clerk: clerk, supervisor: supervisor, verified: verified, seriesOfArea: seriesOfArea,
            folders: try await folders(chancery, supervisor),
            lists: try await lists(chancery, principals, clerk: clerk))
    }

    /// The hand-written plan's folders, and more categories with folders of 0 to 25 years' retention.
    static func folders(_ chancery: Chancery, _ supervisor: Principal) async throws
        -> [DemoRegistrySubjects.Area: [FilePlanNode]]
    {
        let plan = chancery.filePlan
        let categories: [(String, String, [(String, String, Int, FilePlanNode.Disposition)])] = [
            (
                "2000", "Logistics and infrastructure / Logistique et infrastructure",
                [
                    ("2000.10", "Movements and transport / Mouvements et transports", 2, .destroy),
                    ("2000.20", "Contracts and supply / Contrats et approvisionnement", 10, .transfer),
                ]
            ),
            (
                "3000", "Personnel",
                [
                    ("3000.10", "Postings and rotations / Affectations et relèves", 5, .destroy),
                    ("3000.20", "Training / Formation", 2, .destroy),
                ]
            ),
            (
                "4000", "Legal affairs / Affaires juridiques",
                [("4000.10", "Agreements and claims / Accords et réclamations", 25, .transfer)]
            ),
            ("6000", "Finance / Finances", [("6000.10", "Budget and audit / Budget et contrôle", 7, .destroy)]),
        ]
        for (code, title, folders) in categories {
            let category = try await plan.create(
                kind: .category, parentID: nil, code: code, title: title, retentionYears: nil, disposition: nil,
                by: supervisor)
            for (folderCode, folderTitle, years, disposition) in folders {
                _ = try await plan.create(
                    kind: .folder, parentID: category.id, code: folderCode, title: folderTitle, retentionYears: years,
                    disposition: disposition, by: supervisor)
            }
        }
        let administration = try await plan.all().first { $0.code == "5000" }
        _ = try await plan.create(
            kind: .folder, parentID: administration?.id, code: "5000.20",
            title: "Security of information / Sécurité de l'information",
            retentionYears: 3, disposition: .destroy, by: supervisor)
        let byCode = Dictionary(uniqueKeysWithValues: try await plan.all().map { ($0.code, $0) })
        let codes: [DemoRegistrySubjects.Area: [String]] = [
            .operations: ["1000.10", "1000.20"], .logistics: ["2000.10", "2000.20"],
            .personnel: ["3000.10", "3000.20"],
            .legal: ["4000.10"], .security: ["5000.20"], .administration: ["5000.10"], .finance: ["6000.10"],
        ]
        return codes.mapValues { $0.compactMap { byCode[$0] } }
    }

    /// Two more lists beside the hand-written ones, and the lists each area's items go to.
    static func lists(_ chancery: Chancery, _ principals: [String: Principal], clerk: Principal) async throws
        -> [DemoRegistrySubjects.Area: [String]]
    {
        func user(_ name: String, _ role: DistributionList.Member.Role) -> DistributionList.Member? {
            principals[name].map { .init(kind: .user, id: $0.id, role: role) }
        }
        let store = chancery.distributionLists
        _ = try await store.create(
            .init(
                name: RegistryTerms.operations.name.en, description: RegistryTerms.operations.description.en,
                members: [.init(kind: .unit, id: "J2", role: .action)]
                    + [user("analyst", .action), user("admin", .info)].compactMap { $0 }),
            by: clerk)
        _ = try await store.create(
            .init(
                name: RegistryTerms.personnel.name.en, description: RegistryTerms.personnel.description.en,
                members: [user("hrofficer", .action), user("counsel", .action), user("supervisor", .info)]
                    .compactMap { $0 }),
            by: clerk)
        let byName = Dictionary(uniqueKeysWithValues: try await store.all().map { ($0.name, $0.id) })
        let names: [DemoRegistrySubjects.Area: [RegistryTerms.List]] = [
            .operations: [RegistryTerms.operations], .logistics: [RegistryTerms.frontOffice, RegistryTerms.operations],
            .personnel: [RegistryTerms.personnel, RegistryTerms.healthOffice], .legal: [RegistryTerms.personnel],
            .security: [RegistryTerms.frontOffice], .administration: [RegistryTerms.frontOffice],
            .finance: [RegistryTerms.frontOffice],
        ]
        return names.mapValues { $0.compactMap { byName[$0.name.en] } }
    }
}
