import ChanceryKit
import Foundation

/// A realistic demo installation: people of every office with different clearances, nationalities and
/// categories, and a few working notes whose labels show the trimming at work.
public enum DemoData {
    /// The password of every demo account (demo only; printed at start-up).
    public static let password = "chancery-demo"

    /// A demo account as printed for the newcomer.
    public struct Account: Sendable {
        public var username: String
        public var name: String
        public var attributes: UserAttributes
    }

    /// Everyone's demo account: the spine's (administrator, auditor), then the people of each office this process
    /// runs and of the offices still to come, then people who hold no office role.
    public static var accounts: [Account] {
        let catalog = InstalledOffices.catalog
        return [
            account("admin", "Alex Admin", .natoSecret, "BEL", [], [.admin], ["IPS"]),
            account(
                "auditor", "Ana Auditor", .cosmicTopSecret, "NLD",
                ["MEDICAL", "STAFF", "LEGAL", "RECRUITMENT", "INTEL"],
                [.auditor], ["IPS", "HEALTH", "HR", "CHR", "IPU"]),
        ] + catalog.offices.flatMap(\.demoAccounts) + PlannedOffice.all.flatMap(\.demoAccounts) + [
            account("linemanager", "Lars Nielsen", .natoRestricted, "DNK", [], [], ["J2"]),
            account("visitor", "Vic Visitor", .natoUnclassified, "SWE", [], [], []),
        ]
    }

    /// How much generated history the demo adds to its hand-written items (which every scale loads).
    public struct Scale: Sendable, Equatable {
        /// Registry items registered over the past years, each taken through its life cycle.
        public var registryItems: Int
        /// Health Office patients, with their entries, appointments, referrals and releases.
        public var patients: Int

        public init(registryItems: Int, patients: Int) {
            self.registryItems = registryItems
            self.patients = patients
        }

        /// The hand-written items only: what most tests load.
        public static let sample = Scale(registryItems: 0, patients: 0)
        /// What `chancery serve --demo` loads: a working headquarters (docs/demo.md).
        public static let standard = Scale(registryItems: 3_000, patients: 300)
    }

    /// What the demo's need-to-know groups are for.
    package static let groupTitles: [String: String] = ["HR-CASES": "HR case files (case officers and counsel)"]

    /// A demo account with these attributes.
    package static func account(
        _ username: String, _ name: String, _ clearance: Classification, _ nationality: String,
        _ categories: Set<String>, _ roles: Set<Role>, _ units: Set<String>, _ groups: Set<String> = []
    ) -> Account {
        Account(
            username: username, name: name,
            attributes: UserAttributes(
                displayName: name, clearance: clearance, nationality: nationality, categories: categories,
                roles: roles, units: units, groups: groups))
    }

    /// Loads the demo set unless it was loaded before; returns whether it loaded it now.
    @discardableResult
    public static func loadOnce(into chancery: Chancery, scale: Scale = .sample) async throws -> Bool {
        let loaded = try await chancery.database.read { db in try await SettingsStore.value("demo_loaded", on: db) }
        guard loaded == nil else { return false }
        for name in Set(accounts.flatMap { $0.attributes.groups ?? [] }).sorted() {
            if try await chancery.groups.find(name: name) == nil {
                try await chancery.groups.create(name: name, title: groupTitles[name], actor: "demo")
            }
        }
        var ids: [String: Principal] = [:]
        for account in accounts {
            let created: UserAccount
            if let existing = try await chancery.users.find(username: account.username) {
                created = existing
            } else {
                created = try await chancery.users.create(
                    username: account.username, password: password, attributes: account.attributes, actor: "demo")
            }
            ids[account.username] = created.principal
        }
        try await createNotes(chancery, ids)
        for office in chancery.offices { try await office.loadDemo(into: chancery, accounts: ids, scale: scale) }
        try await chancery.database.transaction { db in
            try await SettingsStore.set("demo_loaded", to: Clock.iso8601(Clock.nowMilliseconds()), on: db)
        }
        return true
    }

    private static func createNotes(_ chancery: Chancery, _ principals: [String: Principal]) async throws {
        let notes: [(String, String, SecurityLabel, String)] = [
            ("registry", "Registry opening hours during the NATO summit week", .unclassified, "IPS"),
            ("registry", "Incoming message log, week 47", SecurityLabel(classification: .natoRestricted), "IPS"),
            (
                "supervisor", "Courier schedule for classified consignments",
                SecurityLabel(classification: .natoSecret, releasability: .listed(["BEL", "DEU", "FRA", "NLD"])), "IPS"
            ),
            (
                "clinician", "Clinic rota and on-call physicians, December",
                SecurityLabel(classification: .natoRestricted, categories: ["MEDICAL"]), "HEALTH"
            ),
            (
                "hrofficer", "Grievance handling: statutory deadlines reminder",
                SecurityLabel(classification: .natoConfidential, categories: ["STAFF"]), "HR"
            ),
            (
                "recruiter", "Competition planning for post 2025-IMS-117",
                SecurityLabel(classification: .natoRestricted, categories: ["RECRUITMENT"]), "CHR"
            ),
            (
                "analyst", "RFI backlog summary for the unit dashboard",
                SecurityLabel(classification: .natoSecret, categories: ["INTEL"], informative: ["EXERCISE"]), "IPU"
            ),
        ]
        for (author, title, label, unit) in notes {
            guard let principal = principals[author] else { continue }
            _ = try await chancery.database.transaction { db in
                try await chancery.objects.createNote(
                    title: title, label: label, owningUnit: unit, openToUnit: true, by: principal, on: db
                ).get()
            }
        }
    }
}
