import ChanceryKit
import Foundation
import HummingbirdBcrypt
import NIOConcurrencyHelpers
import NIOPosix
import SQLKit

/// The one owner of the `users` table: accounts, password hashes and the sign-in throttle.
public struct UserStore: Sendable {
    let database: Database
    let audit: AuditLog
    let catalog: CategoryCatalog
    let passwordHashCost: Int

    /// Failed sign-ins before an account is locked, and for how long.
    static let maximumFailedLogins: Int64 = 5
    static let lockDuration: Int64 = 15 * 60 * 1000

    // MARK: administration

    /// Creates an account; `actor` is who does it (`cli` from the command line).
    @discardableResult
    public func create(username: String, password: String, attributes: UserAttributes, actor: String) async throws
        -> UserAccount
    {
        let username = username.lowercased()
        guard Self.isValidUsername(username) else { throw AccountError.invalidUsername(username) }
        guard password.count >= 12 else { throw AccountError.weakPassword }
        guard attributes.clearance != nil else { throw AccountError.missing("clearance") }
        guard attributes.nationality != nil else { throw AccountError.missing("nationality") }
        try validate(attributes)
        let now = Clock.nowMilliseconds()
        let account = UserAccount(
            id: ObjectID.make(milliseconds: now), username: username,
            displayName: attributes.displayName ?? username, attributes: attributes, at: now)
        let hash = try await hashPassword(password)
        try await database.transaction { db in
            guard try await db.raw("SELECT id FROM users WHERE username = \(bind: username)").first() == nil else {
                throw AccountError.usernameTaken(username)
            }
            try await db.raw(
                """
                INSERT INTO users (id, username, display_name, password_hash, clearance, nationality, categories, roles,
                                   units, groups_list, language, failed_logins, locked_until, disabled, created_at, updated_at)
                VALUES (\(bind: account.id), \(bind: username), \(bind: account.displayName), \(bind: hash),
                        \(bind: Int64(account.clearance.rawValue)), \(bind: account.nationality),
                        \(bind: UserAccount.text(account.categories)), \(bind: UserAccount.text(account.roles.map(\.rawValue))),
                        \(bind: UserAccount.text(account.units)), \(bind: UserAccount.text(account.groups)), NULL,
                        0, 0, 0, \(bind: now), \(bind: now))
                """
            ).run()
            try await self.audit.append(
                AuditEntry(actor: actor, action: "user.create", details: Self.auditDetails(of: account)), on: db)
        }
        return account
    }

    /// Changes an account's attributes; returns the account as it now is.
    @discardableResult
    public func update(username: String, attributes: UserAttributes, actor: String) async throws -> UserAccount {
        try validate(attributes)
        return try await database.transaction { db in
            guard var account = try await self.find(username: username, on: db) else {
                throw AccountError.unknownUser(username)
            }
            if let value = attributes.displayName { account.displayName = value }
            if let value = attributes.clearance { account.clearance = value }
            if let value = attributes.nationality { account.nationality = value }
            if let value = attributes.categories { account.categories = value }
            if let value = attributes.roles { account.roles = value }
            if let value = attributes.units { account.units = value }
            if let value = attributes.groups { account.groups = value }
            if let value = attributes.disabled { account.disabled = value }
            try await db.raw(
                """
                UPDATE users SET display_name = \(bind: account.displayName), clearance = \(bind: Int64(account.clearance.rawValue)),
                    nationality = \(bind: account.nationality), categories = \(bind: UserAccount.text(account.categories)),
                    roles = \(bind: UserAccount.text(account.roles.map(\.rawValue))), units = \(bind: UserAccount.text(account.units)),
                    groups_list = \(bind: UserAccount.text(account.groups)), disabled = \(bind: Int64(account.disabled ? 1 : 0)),
                    updated_at = \(bind: Clock.nowMilliseconds())
                WHERE id = \(bind: account.id)
                """
            ).run()
            try await self.audit.append(
                AuditEntry(actor: actor, action: "user.update", details: Self.auditDetails(of: account)), on: db)
            return account
        }
    }

    /// Sets a new password and unlocks the account.
    public func setPassword(username: String, password: String, actor: String) async throws {
        guard password.count >= 12 else { throw AccountError.weakPassword }
        let hash = try await hashPassword(password)
        try await database.transaction { db in
            guard let account = try await self.find(username: username, on: db) else {
                throw AccountError.unknownUser(username)
            }
            try await db.raw(
                """
                UPDATE users SET password_hash = \(bind: hash), failed_logins = 0, locked_until = 0,
                    updated_at = \(bind: Clock.nowMilliseconds()) WHERE id = \(bind: account.id)
                """
            ).run()
            try await db.raw("DELETE FROM sessions WHERE user_id = \(bind: account.id)").run()
            try await self.audit.append(
                AuditEntry(actor: actor, action: "user.password", details: ["username": account.username]), on: db)
        }
    }

    /// Every account, by user name.
    public func list() async throws -> [UserAccount] {
        try await database.read { db in
            try await db.raw("SELECT \(UserAccount.columns) FROM users u ORDER BY u.username").all()
                .map(UserAccount.init(row:))
        }
    }

    public func find(username: String) async throws -> UserAccount? {
        try await database.read { db in try await self.find(username: username, on: db) }
    }

    func find(username: String, on db: any SQLDatabase) async throws -> UserAccount? {
        try await db.raw("SELECT \(UserAccount.columns) FROM users u WHERE u.username = \(bind: username.lowercased())")
            .first().map(UserAccount.init(row:))
    }

    func find(id: String, on db: any SQLDatabase) async throws -> UserAccount? {
        try await db.raw("SELECT \(UserAccount.columns) FROM users u WHERE u.id = \(bind: id)")
            .first().map(UserAccount.init(row:))
    }

    /// The display names of these accounts (ids that are no account are left out): for pages that name people.
    public func displayNames(of ids: some Collection<String>) async throws -> [String: String] {
        let unique = Array(Set(ids))
        guard !unique.isEmpty else { return [:] }
        return try await database.read { db in
            var names: [String: String] = [:]
            for row in try await db.raw("SELECT id, display_name FROM users WHERE id IN (\(binds: unique))").all() {
                names[try row.decode(column: "id", as: String.self)] = try row.decode(column: "display_name", as: String.self)
            }
            return names
        }
    }

    /// Remembers the interface language the user chose.
    func setLanguage(_ language: Language, for userID: String) async throws {
        try await database.transaction { db in
            try await db.raw("UPDATE users SET language = \(bind: language.rawValue) WHERE id = \(bind: userID)").run()
            try await self.audit.append(
                AuditEntry(actor: userID, action: "user.language", details: ["language": language.rawValue]), on: db)
        }
    }

    // MARK: signing in

    /// Checks a user name and password, applying the lock after five failures; every attempt is audited.
    ///
    /// Each attempt is counted atomically *before* the password is checked, so concurrent guesses cannot get
    /// more than five verifications per lock period, and a success is only accepted if no lock began meanwhile.
    public func authenticate(username: String, password: String) async throws -> UserAccount {
        let username = username.lowercased()
        let found = try await database.read { db -> (UserAccount, String)? in
            guard let row = try await db.raw(
                "SELECT \(UserAccount.columns), u.password_hash FROM users u WHERE u.username = \(bind: username)"
            ).first() else { return nil }
            return (try UserAccount(row: row), try row.decode(column: "password_hash", as: String.self))
        }
        guard let (account, hash) = found else {
            _ = try await verifyPassword(password, hash: try Self.decoyHash(cost: passwordHashCost))
            try await record("login.failed", actor: "anonymous", outcome: .denied, ["username": String(username.prefix(64))])
            throw AppError.badCredentials
        }
        let now = Clock.nowMilliseconds()
        guard let attempt = try await countAttempt(of: account, now: now), attempt <= Self.maximumFailedLogins else {
            try await record("login.locked", actor: account.id, outcome: .denied, ["username": username])
            throw AppError.accountLocked
        }
        guard try await verifyPassword(password, hash: hash) else {
            let locked = try await recordFailure(of: account, attempt: attempt, now: now)
            throw locked ? AppError.accountLocked : AppError.badCredentials
        }
        if account.disabled {
            try await record("login.disabled", actor: account.id, outcome: .denied, ["username": username])
            throw AppError.accountDisabled
        }
        let accepted = try await database.transaction { db -> Bool in
            let row = try await db.raw(
                """
                UPDATE users SET failed_logins = 0
                WHERE id = \(bind: account.id) AND locked_until <= \(bind: Clock.nowMilliseconds()) RETURNING id
                """
            ).first()
            try await self.audit.append(
                AuditEntry(
                    actor: account.id, action: row == nil ? "login.locked" : "login.success",
                    outcome: row == nil ? .denied : .success, details: ["username": username]),
                on: db)
            return row != nil
        }
        guard accepted else { throw AppError.accountLocked }
        return account
    }

    /// Counts one more attempt unless the account is locked; returns the attempt's number, or nil when locked.
    private func countAttempt(of account: UserAccount, now: Int64) async throws -> Int64? {
        try await database.read { db in
            try await db.raw(
                """
                UPDATE users SET failed_logins = failed_logins + 1
                WHERE id = \(bind: account.id) AND locked_until <= \(bind: now) RETURNING failed_logins
                """
            ).first()?.decode(column: "failed_logins", as: Int64.self)
        }
    }

    /// Records a wrong password; the attempt that reaches the maximum locks the account. Returns whether it did.
    private func recordFailure(of account: UserAccount, attempt: Int64, now: Int64) async throws -> Bool {
        try await database.transaction { db in
            let locks = attempt >= Self.maximumFailedLogins
            if locks {
                try await db.raw(
                    """
                    UPDATE users SET failed_logins = 0, locked_until = \(bind: now + Self.lockDuration)
                    WHERE id = \(bind: account.id)
                    """
                ).run()
            }
            try await self.audit.append(
                AuditEntry(
                    actor: account.id, action: locks ? "login.lockout" : "login.failed", outcome: .denied,
                    details: ["username": account.username, "failures": String(attempt)]),
                on: db)
            return locks
        }
    }

    private func record(_ action: String, actor: String, outcome: AuditEntry.Outcome, _ details: [String: String])
        async throws
    {
        try await database.transaction { db in
            try await self.audit.append(AuditEntry(actor: actor, action: action, outcome: outcome, details: details), on: db)
        }
    }

    // MARK: rules

    static func isValidUsername(_ name: String) -> Bool {
        (2...64).contains(name.count)
            && name.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || ".-_".contains($0) }
    }

    static func isValidGroupOrUnit(_ name: String) -> Bool {
        (1...32).contains(name.count) && name.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || "-_".contains($0) }
    }

    private func validate(_ attributes: UserAttributes) throws {
        if let code = attributes.nationality, !ReleasabilityCodes.isKnown(code) {
            throw AccountError.unknownNationality(code)
        }
        for name in attributes.categories ?? [] where !catalog.contains(name) {
            throw AccountError.unknownCategory(name)
        }
        for unit in attributes.units ?? [] where !Self.isValidGroupOrUnit(unit) {
            throw AccountError.invalidName(kind: "unit", value: unit)
        }
        for group in attributes.groups ?? [] where !Self.isValidGroupOrUnit(group) {
            throw AccountError.invalidName(kind: "group", value: group)
        }
    }

    static func auditDetails(of account: UserAccount) -> [String: String] {
        [
            "username": account.username, "clearance": account.clearance.abbreviation,
            "nationality": account.nationality, "categories": UserAccount.text(account.categories),
            "roles": UserAccount.text(account.roles.map(\.rawValue)), "units": UserAccount.text(account.units),
            "groups": UserAccount.text(account.groups), "disabled": account.disabled ? "yes" : "no",
        ]
    }

    // MARK: password hashing (bcrypt, off the event loops)

    /// A valid hash of a random secret at the installation's cost, checked when the user name is unknown so that
    /// the answer takes as long as for a known one.
    private static let decoyHashes = NIOLockedValueBox([Int: String]())

    static func decoyHash(cost: Int) throws -> String {
        if let hash = decoyHashes.withLockedValue({ $0[cost] }) { return hash }
        let hash = Bcrypt.hash(SecretToken.make(), cost: UInt8(cost))
        decoyHashes.withLockedValue { $0[cost] = hash }
        return hash
    }

    func hashPassword(_ password: String) async throws -> String {
        let cost = passwordHashCost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: UInt8(cost)) }
    }

    func verifyPassword(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}
