import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// The certificate that an item was destroyed: what, when, by whom, witnessed by whom. It is an object of
/// its own, with the destroyed item's label and readers, and it outlives the content it certifies.
public struct DestructionCertificate: StoredItem, RowDecodable {
    public static let kind = "destruction-certificate"

    public var object: LabelledObject
    public var recordID: String
    public var reference: String
    public var recordTitle: String
    public var destroyedAt: Int64
    public var destroyedBy: String
    public var witness: String
    public var method: String
    /// The attachments destroyed with the item: name, version and SHA-256 of each.
    public var attachments: [String]

    package static let columns: SQLQueryString = """
        , d.record_id, d.reference, d.record_title, d.destroyed_at, d.destroyed_by, d.witness, d.method, d.attachments
        """
    package static let join: SQLQueryString = "JOIN destruction_certificates d ON d.object_id = o.id"
}

extension RecordStore {
    /// How a record leaves the registry at the end of its retention.
    public enum DispositionAction: String, Sendable, CaseIterable { case destroy, transfer }

    /// Destroys or transfers a record whose disposal date has come and that no legal hold keeps (registry
    /// supervisor). Destruction deletes the attachments' files (unless another item holds the same content)
    /// and keeps the metadata; from NATO SECRET up it needs a witness, never the supervisor themselves (named by
    /// their user name, id or `displayName`), and produces a destruction certificate.
    public func dispose(
        _ id: String, action: DispositionAction, witness: String?, method: String?, by principal: Principal,
        displayName: String? = nil
    ) async throws -> (RegistryRecord, DestructionCertificate?) {
        let outcome = try await database.transaction { db in
            try await self.dispose(
                id, action: action, witness: witness, method: method, by: principal, displayName: displayName, on: db)
        }.get()
        // Files go only once the destruction is committed; a crash in between leaves an unreferenced file,
        // never a referenced one missing.
        try await attachments.discardFiles(outcome.2)
        return (outcome.0, outcome.1)
    }

    /// The disposition inside the caller's transaction (the demo destroys a batch of items in one); returns the
    /// saved record, its certificate and the content hashes whose files the caller deletes once committed
    /// (`discardFiles`).
    package func dispose(
        _ id: String, action: DispositionAction, witness: String?, method: String?, by principal: Principal,
        displayName: String? = nil, on db: any SQLDatabase
    ) async throws -> Checked<(RegistryRecord, DestructionCertificate?, [String])> {
        let record: RegistryRecord
        switch try await self.writableRecord(
            id, by: principal, roles: Self.supervisors, states: [.closed, .archived], action: action.rawValue,
            on: db)
        {
        case .refused(let error): return .refused(error)
        case .done(let found): record = found
        }
        let today = HeadquartersCalendar.day(Clock.nowMilliseconds())
        guard let due = record.schedule.disposalDue, due <= today else {
            return .refused(RegistryError.notDue(record.schedule.disposalDue))
        }
        guard try await !self.isHeld(id, on: db) else { return .refused(RegistryError.onHold) }
        let needsCertificate = action == .destroy && record.object.label.classification >= .natoSecret
        if needsCertificate, witness == nil { return .refused(RegistryError.witnessRequired) }
        if let witness, Self.names(witness, principal, displayName: displayName) {
            try await self.objects.auditSeparationOfDuties(
                of: id, action: "record.\(action.rawValue)", by: principal, details: ["witness": witness], on: db)
            return .refused(RegistryError.ownWitness)
        }

        var edited = record
        edited.object.state = (action == .destroy ? RecordState.destroyed : .transferred).rawValue
        guard let saved = try await self.save(edited, replacing: record, by: principal, on: db) else {
            return .refused(.stale(currentVersion: record.object.version + 1))
        }
        var certificate: DestructionCertificate?
        var freed: [String] = []
        var destroyedFiles: [String] = []
        if action == .destroy {
            (destroyedFiles, freed) = try await self.attachments.destroyFiles(of: id, on: db)
            if needsCertificate {
                certificate = try await self.certify(
                    saved, files: destroyedFiles, witness: witness ?? "", method: method ?? "", by: principal,
                    on: db)
            }
        }
        try await self.objects.auditUpdate(
            saved.object, previous: record.object, fields: ["state"], by: principal,
            action: "record.\(action.rawValue)",
            extra: [
                "reference": record.reference, "witness": witness ?? "", "method": method ?? "",
                "certificate": certificate?.object.id ?? "", "files": destroyedFiles.joined(separator: ","),
            ],
            on: db)
        return .done((saved, certificate, freed))
    }

    /// Whether a witness's name is the principal's own (case, accents and spacing aside).
    package static func names(_ witness: String, _ principal: Principal, displayName: String?) -> Bool {
        func fold(_ text: String) -> String {
            text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        return Set([principal.username, principal.id, displayName].compactMap { $0 }.map(fold)).contains(fold(witness))
    }

    private func certify(
        _ record: RegistryRecord, files: [String], witness: String, method: String, by principal: Principal,
        on db: any SQLDatabase
    ) async throws -> DestructionCertificate {
        let now = Clock.nowMilliseconds()
        let object = LabelledObject(
            id: ObjectID.make(milliseconds: now), kind: DestructionCertificate.kind,
            title: "Destruction certificate \(record.reference)", label: record.object.label,
            owningUnit: record.object.owningUnit, openToUnit: record.object.openToUnit, state: "issued",
            createdBy: principal.id, at: now)
        let readers = try await objects.accessEntries(of: record.object.id, on: db)
        try await objects.insert(
            object, accessEntries: readers, auditDetails: ["reference": record.reference, "record": record.object.id],
            on: db)
        try await db.raw(
            """
            INSERT INTO destruction_certificates (object_id, record_id, reference, record_title, destroyed_at, destroyed_by,
                                                  witness, method, attachments)
            VALUES (\(bind: object.id), \(bind: record.object.id), \(bind: record.reference), \(bind: record.object.title),
                    \(bind: now), \(bind: principal.id), \(bind: witness), \(bind: method), \(bind: RegistryRecord.json(files)))
            """
        ).run()
        guard
            let certificate = try await objects.readItem(
                DestructionCertificate.self, object.id, by: principal, auditingRead: false, on: db)
        else { throw AppError.objectNotFound(object.id) }
        return certificate
    }

    /// The destruction certificate of a record, if the principal may read the certificate.
    public func certificate(of recordID: String, by principal: Principal) async throws -> DestructionCertificate? {
        try await database.transaction { db in
            guard
                let row = try await db.raw(
                    "SELECT object_id FROM destruction_certificates WHERE record_id = \(bind: recordID)"
                ).first()
            else { return nil }
            return try await self.objects.readItem(
                try row.decode(column: "object_id", as: String.self), join: DestructionCertificate.join,
                columns: DestructionCertificate.columns, by: principal, on: db,
                decode: DestructionCertificate.init(row:))
        }
    }
}
