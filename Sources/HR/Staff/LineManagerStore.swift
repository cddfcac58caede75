import ChanceryKit
import ChancerySpine
import SQLKit

/// The line managers of the staff (`hr_line_managers`): who is above whom, as the conflict rule follows it. Set by an
/// HR case officer or an administrator; every change is audited and re-applies the conflict rule to every case in
/// the same transaction, so a new manager never reads a case about their staff, not even for a moment.
package struct LineManagerStore: Sendable {
    package let database: Database
    package let objects: ObjectStore
    package let audit: AuditLog

    /// Who may record line managers.
    package static let writers: Set<Role> = [.hrCaseOfficer, .admin]

    /// Makes the conflict rule's writes take turns on PostgreSQL (SQLite runs writers one at a time): a case opened
    /// while a line manager changes is kept from the new manager whichever commits first.
    static func serialise(_ database: Database, on db: any SQLDatabase) async throws {
        guard database.engine == .postgres else { return }
        try await db.raw("SELECT pg_advisory_xact_lock(7341019)").run()
    }

    /// Every staff member's line manager, by user id.
    static func lineManagers(on db: any SQLDatabase) async throws -> [String: String] {
        var managers: [String: String] = [:]
        for row in try await db.raw("SELECT user_id, manager_id FROM hr_line_managers").all() {
            managers[try row.decode(column: "user_id", as: String.self)] = try row.decode(
                column: "manager_id", as: String.self)
        }
        return managers
    }

    /// The line manager of `username` (nil when none is recorded); nil-as-404 for a name with no account.
    package func lineManager(of username: String, by principal: Principal) async throws -> UserAccount?? {
        try HROffice.require(Self.writers, principal)
        return try await database.read { db -> UserAccount?? in
            guard let account = try await UserStore.account(named: username, on: db) else { return nil }
            guard
                let row = try await db.raw(
                    "SELECT manager_id FROM hr_line_managers WHERE user_id = \(bind: account.id)"
                ).first()
            else { return .some(nil) }
            return .some(try await UserStore.account(id: try row.decode(column: "manager_id", as: String.self), on: db))
        }
    }

    /// Records `manager` as the line manager of `username`, or none (`nil`): refused for an unknown name, for a
    /// person managing themselves, for a chain that would loop, and to the person themselves or anyone above them
    /// (who could otherwise leave the chain, and so read the cases about them); nothing is written then.
    package func setLineManager(of username: String, to manager: String?, by principal: Principal) async throws {
        try HROffice.require(Self.writers, principal)
        try await database.transaction { db -> Checked<Void> in
            try await Self.serialise(self.database, on: db)
            guard let account = try await UserStore.account(named: username, on: db) else {
                return .refused(HRCaseError.noSuchPerson(username))
            }
            var managerAccount: UserAccount?
            if let manager {
                guard let found = try await UserStore.account(named: manager, on: db) else {
                    return .refused(HRCaseError.unknownManager(manager))
                }
                managerAccount = found
            }
            let managers = try await Self.lineManagers(on: db)
            guard !ConflictRule.excluded(parties: [account.id], lineManagers: managers).contains(principal.id) else {
                return .refused(HRCaseError.ownChain)
            }
            if let managerAccount {
                guard
                    !ConflictRule.wouldLoop(account.id, managedBy: managerAccount.id, lineManagers: managers)
                else { return .refused(HRCaseError.managerLoop) }
            }
            guard managers[account.id] != managerAccount?.id else { return .done(()) }
            try await db.raw("DELETE FROM hr_line_managers WHERE user_id = \(bind: account.id)").run()
            if let managerAccount {
                try await db.raw(
                    """
                    INSERT INTO hr_line_managers (user_id, manager_id, set_by, set_at)
                    VALUES (\(bind: account.id), \(bind: managerAccount.id), \(bind: principal.id),
                        \(bind: Clock.nowMilliseconds()))
                    """
                ).run()
            }
            try await self.audit.append(
                AuditEntry(
                    actor: principal.id, action: "hr.line-manager",
                    details: ["user": account.username, "manager": managerAccount?.username ?? ""]),
                on: db)
            try await HRCaseStore.applyConflictRule(below: account.id, by: principal, objects: self.objects, on: db)
            return .done(())
        }.get()
    }
}
