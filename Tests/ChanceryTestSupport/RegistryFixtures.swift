import ChanceryKit
import Foundation

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

extension MockUser {
    package static let supervisor = UserAttributes(
        displayName: "Sylvie Superviseur", clearance: .cosmicTopSecret, nationality: "BEL", categories: [],
        roles: [.registrySupervisor, .registryClerk], units: ["IPS"], groups: [])
    /// A registry clerk of another nation and a lower clearance, in the same unit.
    package static let otherClerk = UserAttributes(
        displayName: "Owen Other", clearance: .natoConfidential, nationality: "GBR", categories: [],
        roles: [.registryClerk], units: ["IPS"], groups: [])
}

extension TestInstallation {
    /// Creates a reference series as a supervisor principal.
    @discardableResult
    package func series(
        _ code: String, template: String, checks: Set<RecordCheck> = [], requiresVerification: Bool? = nil,
        by principal: Principal
    ) async throws -> ReferenceSeries {
        try await chancery.referenceSeries.create(
            ReferenceSeriesStore.Draft(
                code: code, template: try ReferenceTemplate(parsing: template), title: "Series \(code)",
                requiresVerification: requiresVerification ?? !checks.isEmpty, checks: checks),
            by: principal)
    }

    /// Registers an item directly through the store, failing the test if refused.
    @discardableResult
    package func register(
        _ title: String, series: String, label: SecurityLabel = .unclassified, openToUnit: Bool = true,
        details: RegistryRecord.Details? = nil, by principal: Principal, store: RecordStore? = nil
    ) async throws -> RegistryRecord {
        let records = store ?? chancery.records
        let draft = RecordStore.Draft(
            title: title, label: label, series: series, direction: .incoming,
            details: details
                ?? RegistryRecord.Details(
                    recordType: "message", originator: "SHAPE", originatorReference: "SH/1", addressees: ["COS"],
                    documentDate: "2026-01-05", receivedDate: "2026-01-06", language: "en",
                    contentMarking: label.classification, keywords: [], metadata: [:]),
            owningUnit: nil, openToUnit: openToUnit, originatorLabel: nil)
        return try await chancery.database.transaction { db in try await records.register(draft, by: principal, on: db)
        }
    }
}

/// The JSON body of `POST /api/v1/records`; `extra` is appended inside the object (start it with a comma).
package func recordBody(
    _ title: String, series: String = "IMSM",
    label: String = #"{"classification":"NATO UNCLASSIFIED","releasableTo":["NATO"]}"#, extra: String = ""
) -> String {
    #"{"title":\#(jsonString(title)),"series":"\#(series)","recordType":"message","label":\#(label)\#(extra)}"#
}

extension TestInstallation {
    /// How many events the audit chain holds.
    package func auditEventCount() async throws -> Int64 {
        let audit = chancery.audit
        return try await chancery.database.read { db in try await audit.status(on: db).events }
    }

    /// The actions of the events about one object, oldest first.
    package func auditActions(of objectID: String) async throws -> [String] {
        try await chancery.database.read { db in
            try await db.raw(
                """
                SELECT e.action FROM audit_event_objects x JOIN audit_events e ON e.seq = x.seq
                WHERE x.object_id = \(bind: objectID) ORDER BY e.seq
                """
            ).all().map { try $0.decode(column: "action", as: String.self) }
        }
    }
}
