import ChanceryKit
import ChancerySpine
import Foundation
import SQLKit

/// Probable duplicates, and their merge. Two applications to the same vacancy are probably the same person's when
/// their email addresses are the same once normalised (case, dots and `+tag` of the local part), or when the date of
/// birth is the same and the names are the same but for spelling (spaces, hyphens, accents, family and given names
/// swapped). The same person applying to two vacancies is not a duplicate.
extension ApplicationStore {
    /// The keys an application shares with its probable duplicates.
    package static func duplicateKeys(
        familyName: String, givenNames: String, email: String, dateOfBirth: String
    ) -> Set<String> {
        let parts = email.lowercased().split(separator: "@", maxSplits: 1).map(String.init)
        var keys: Set<String> = []
        if parts.count == 2 {
            let local = parts[0].split(separator: "+").first.map { $0.replacingOccurrences(of: ".", with: "") } ?? ""
            let domain = parts[1] == "googlemail.com" ? "gmail.com" : parts[1]
            keys.insert("email:\(local)@\(domain)")
        }
        let family = ApplicationForm.fold(familyName).split(separator: " ")
        let given = ApplicationForm.fold(givenNames).split(separator: " ")
        keys.insert("family:\(dateOfBirth):\(family.joined())")
        keys.insert("names:\(dateOfBirth):\((family + given).sorted().joined(separator: " "))")
        keys.insert("joined:\(dateOfBirth):\((family + given).joined().sorted().map(String.init).joined())")
        return keys
    }

    /// The groups of probable duplicates among a vacancy's applications (merged ones left out), each oldest first,
    /// for an assistant; trimmed like the list.
    package func duplicates(of vacancyID: String, by principal: Principal) async throws -> [[StoredApplication]] {
        try await requireVacancy(vacancyID, by: principal)
        let scope = SecurityScope(principal: principal, catalog: objects.catalog, engine: database.engine)
        let all = try await database.read { db in
            try await db.raw(
                """
                SELECT \(LabelledObject.columns)\(StoredApplication.columns) FROM objects o \(StoredApplication.join)
                WHERE \(scope.readable(lookup: scope.pageLookup))\(Self.filter(vacancyID, ListFilter()))
                ORDER BY a.submitted_at, o.id
                """
            ).all().map(StoredApplication.init(row:))
        }
        return Self.groups(all)
    }

    /// Applications joined into groups by any key they share (transitively), groups of two or more only.
    static func groups(_ applications: [StoredApplication]) -> [[StoredApplication]] {
        var parent = Array(applications.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        var owner: [String: Int] = [:]
        for (index, application) in applications.enumerated() {
            let keys = duplicateKeys(
                familyName: application.familyName, givenNames: application.givenNames, email: application.email,
                dateOfBirth: application.dateOfBirth)
            for key in keys {
                if let other = owner[key] { parent[root(index)] = root(other) } else { owner[key] = index }
            }
        }
        var groups: [Int: [StoredApplication]] = [:]
        for index in applications.indices { groups[root(index), default: []].append(applications[index]) }
        return groups.values.filter { $0.count > 1 }.sorted { $0[0].submittedAt < $1[0].submittedAt }
    }

    /// Merges `duplicateID` into `keptID`: both applications to the same vacancy, neither already merged, each
    /// writable by the assistant. The duplicate's documents move to the kept application, the duplicate is marked
    /// merged (it no longer counts in any list), and one event on each records what was merged, in one transaction.
    package func merge(_ duplicateID: String, into keptID: String, by principal: Principal) async throws
        -> StoredApplication
    {
        try RecruitmentOffice.require(RecruitmentOffice.assistants, principal)
        return try await database.transaction { db -> Checked<StoredApplication> in
            for id in [keptID, duplicateID].sorted() { try await self.objects.lockForWrite(id, on: db) }
            var found: [StoredApplication] = []
            for id in [keptID, duplicateID] {
                guard
                    let application = try await self.objects.readItem(
                        StoredApplication.self, id, by: principal, auditingRead: false, on: db),
                    application.object.kind == Application.kind
                else { return .refused(.objectNotFound(id)) }
                if let refusal = try await self.objects.authorizeWrite(
                    application.object, requiredRoles: RecruitmentOffice.assistants, by: principal, on: db)
                {
                    return .refused(refusal)
                }
                found.append(application)
            }
            let (kept, duplicate) = (found[0], found[1])
            guard keptID != duplicateID, kept.vacancyId == duplicate.vacancyId else {
                return .refused(ApplicationError.notMergeable)
            }
            guard kept.mergedInto == nil, duplicate.mergedInto == nil else {
                return .refused(ApplicationError.alreadyMerged)
            }
            let now = Clock.nowMilliseconds()
            var merged = duplicate.object
            merged.state = Application.mergedState
            guard let saved = try await self.objects.save(merged, replacing: duplicate.object, on: db) else {
                return .refused(.stale(currentVersion: duplicate.object.version + 1))
            }
            try await db.raw(
                """
                UPDATE recruitment_applications SET merged_into = \(bind: keptID), merged_at = \(bind: now),
                    documents_token = NULL, documents_until = NULL
                WHERE object_id = \(bind: duplicateID)
                """
            ).run()
            // the documents move, each as the next version of its name on the kept application
            let moved = try await db.raw(
                "SELECT id, name FROM attachments WHERE object_id = \(bind: duplicateID) ORDER BY uploaded_at, id"
            ).all()
            for row in moved {
                let id = try row.decode(column: "id", as: String.self)
                let name = try row.decode(column: "name", as: String.self)
                let latest = try await db.raw(
                    "SELECT MAX(version) AS v FROM attachments WHERE object_id = \(bind: keptID) AND name = \(bind: name)"
                ).first()?.decode(column: "v", as: Int64?.self)
                try await db.raw(
                    """
                    UPDATE attachments SET object_id = \(bind: keptID), version = \(bind: (latest ?? 0) + 1)
                    WHERE id = \(bind: id)
                    """
                ).run()
            }
            let documents = try moved.map { try $0.decode(column: "id", as: String.self) }.joined(separator: ",")
            try await self.objects.auditUpdate(
                saved, previous: duplicate.object, fields: ["state", "mergedInto"], by: principal,
                action: "recruitment.application.merged",
                extra: ["into": keptID, "intoReference": kept.reference, "documents": documents], on: db)
            try await self.objects.audit.append(
                AuditEntry(
                    actor: principal.id, action: "recruitment.application.merge", objectID: keptID,
                    relatedObjectIDs: [duplicateID],
                    details: [
                        "merged": duplicateID, "mergedReference": duplicate.reference, "documents": documents,
                    ]),
                on: db)
            try await self.objects.search.refresh([keptID, duplicateID], on: db)
            guard
                let result = try await self.objects.readItem(
                    StoredApplication.self, keptID, by: principal, auditingRead: false, on: db)
            else { return .refused(.objectNotFound(keptID)) }
            return .done(result)
        }.get()
    }
}
