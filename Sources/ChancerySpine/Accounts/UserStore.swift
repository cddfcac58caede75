import ChanceryKit
import Foundation
import HummingbirdBcrypt
import NIOConcurrencyHelpers
import NIOPosix
import SQLKit

/// The one owner of the `users` table: accounts, their password hashes and their group memberships. It signs people
/// in through the sign-in throttle (`LoginThrottleStore`). The CLI, the accounts API and the web pages all go
/// through it.
public struct UserStore: Sendable {
    package let database: Database
    package let audit: AuditLog
    package let catalog: CategoryCatalog
    package let passwordHashCost: Int
    public let throttles: LoginThrottleStore
    public let groups: GroupStore

    // MARK: administration

    /// Creates an account; `actor` is who does it (`cli` from the command line). Its groups must exist.
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
            if let unknown = try await self.groups.missing(account.groups, on: db).first {
                throw AccountError.unknownGroup(unknown)
            }
            try await db.raw(
                """
                INSERT INTO users (id, username, display_name, password_hash, clearance, nationality, categories, roles,
                                   units, groups_list, language, disabled, version, created_at, updated_at)
                VALUES (\(bind: account.id), \(bind: username), \(bind: account.displayName), \(bind: hash),
                        \(bind: Int64(account.clearance.rawValue)), \(bind: account.nationality),
                        \(bind: UserAccount.text(account.categories)), \(bind: UserAccount.text(account.roles.map(\.rawValue))),
                        \(bind: UserAccount.text(account.units)), \(bind: UserAccount.text(account.groups)), NULL,
                        \(bind: Int64(account.disabled ? 1 : 0)), 1, \(bind: now), \(bind: now))
                """
            ).run()
            try await self.audit.append(
                AuditEntry(actor: actor, action: "user.create", details: Self.auditDetails(of: account)), on: db)
        }
        return account
    }

    /// Changes an account's attributes (nil leaves one as it is); returns the account as it now is.
    ///
    /// With `expectedVersion` (the API's `If-Match`), a change made meanwhile by someone else refuses this one. The
    /// account's groups must exist, and no change may leave the installation without an enabled administrator.
    @discardableResult
    public func update(
        username: String, attributes: UserAttributes, expectedVersion: Int64? = nil, actor: String
    ) async throws -> UserAccount {
        try validate(attributes)
        return try await database.transaction { db in
            guard var account = try await self.findForUpdate(username: username, on: db) else {
                throw AccountError.unknownUser(username)
            }
            if let expectedVersion, expectedVersion != account.version {
                throw AccountError.stale(currentVersion: account.version)
            }
            let before = account
            if let value = attributes.displayName { account.displayName = value }
            if let value = attributes.clearance { account.clearance = value }
            if let value = attributes.nationality { account.nationality = value }
            if let value = attributes.categories { account.categories = value }
            if let value = attributes.roles { account.roles = value }
            if let value = attributes.units { account.units = value }
            if let value = attributes.groups { account.groups = value }
            if let value = attributes.disabled { account.disabled = value }
            if let unknown = try await self.groups.missing(account.groups.subtracting(before.groups), on: db).first {
                throw AccountError.unknownGroup(unknown)
            }
            try await self.keepAnAdministrator(before: before, after: account, on: db)
            return try await self.save(account, action: "user.update", actor: actor, on: db)
        }
    }

    /// Writes an account's attributes, one version on, with its audit event.
    private func save(
        _ account: UserAccount, action: String, actor: String, extra: [String: String] = [:],
        on db: any SQLDatabase
    ) async throws -> UserAccount {
        var account = account
        account.version += 1
        account.updatedAt = Clock.nowMilliseconds()
        try await db.raw(
            """
            UPDATE users SET display_name = \(bind: account.displayName), clearance = \(bind: Int64(account.clearance.rawValue)),
                nationality = \(bind: account.nationality), categories = \(bind: UserAccount.text(account.categories)),
                roles = \(bind: UserAccount.text(account.roles.map(\.rawValue))), units = \(bind: UserAccount.text(account.units)),
                groups_list = \(bind: UserAccount.text(account.groups)), disabled = \(bind: Int64(account.disabled ? 1 : 0)),
                version = \(bind: account.version), updated_at = \(bind: account.updatedAt)
            WHERE id = \(bind: account.id)
            """
        ).run()
        var details = Self.auditDetails(of: account)
        details.merge(extra) { _, new in new }
        try await audit.append(AuditEntry(actor: actor, action: action, details: details), on: db)
        return account
    }

    /// Refuses a change that would leave no enabled account with the admin role (the last administrator could not
    /// be given it back except from the command line of the server).
    private func keepAnAdministrator(before: UserAccount, after: UserAccount, on db: any SQLDatabase) async throws {
        let wasAdministrator = before.roles.contains(.admin) && !before.disabled
        let isAdministrator = after.roles.contains(.admin) && !after.disabled
        guard wasAdministrator, !isAdministrator else { return }
        let others =
            try await db.raw(
                """
                SELECT COUNT(*) AS n FROM users
                WHERE id <> \(bind: after.id) AND disabled = 0 AND (',' || roles || ',') LIKE '%,admin,%'
                """
            ).first()?.decode(column: "n", as: Int64.self) ?? 0
        guard others > 0 else { throw AccountError.lastAdministrator }
    }

    /// Sets a new password, closes the account's sessions and clears the throttle's counters of its name.
    public func setPassword(username: String, password: String, actor: String) async throws {
        guard password.count >= 12 else { throw AccountError.weakPassword }
        let hash = try await hashPassword(password)
        try await database.transaction { db in
            guard let account = try await self.findForUpdate(username: username, on: db) else {
                throw AccountError.unknownUser(username)
            }
            try await db.raw(
                """
                UPDATE users SET password_hash = \(bind: hash), version = version + 1,
                    updated_at = \(bind: Clock.nowMilliseconds()) WHERE id = \(bind: account.id)
                """
            ).run()
            try await db.raw("DELETE FROM sessions WHERE user_id = \(bind: account.id)").run()
            try await self.audit.append(
                AuditEntry(actor: actor, action: "user.password", details: ["username": account.username]), on: db)
            try await self.throttles.clear(username: account.username, actor: actor, on: db)
        }
    }

    // MARK: group membership

    /// Puts an account in a group (nothing changes when it is already a member); returns whether it changed.
    /// Audited as `group.member.add`.
    @discardableResult
    public func addMember(_ username: String, to group: String, actor: String) async throws -> Bool {
        try await database.transaction { db in
            guard try await self.groups.groupExists(group, on: db) else { throw AccountError.unknownGroup(group) }
            guard var account = try await self.findForUpdate(username: username, on: db) else {
                throw AccountError.unknownUser(username)
            }
            guard account.groups.insert(group).inserted else { return false }
            _ = try await self.save(account, action: "group.member.add", actor: actor, extra: ["group": group], on: db)
            return true
        }
    }

    /// Takes an account out of a group; refused when it is not a member. Audited as `group.member.remove`.
    public func removeMember(_ username: String, from group: String, actor: String) async throws {
        try await database.transaction { db in
            guard try await self.groups.groupExists(group, on: db) else { throw AccountError.unknownGroup(group) }
            guard var account = try await self.findForUpdate(username: username, on: db) else {
                throw AccountError.unknownUser(username)
            }
            guard account.groups.remove(group) != nil else {
                throw AccountError.notAMember(group: group, username: account.username)
            }
            _ = try await self.save(
                account, action: "group.member.remove", actor: actor, extra: ["group": group], on: db)
        }
    }

    /// The accounts that belong to a group, by user name.
    public func members(of group: String) async throws -> [UserAccount] {
        try await list().filter { $0.groups.contains(group) }
    }

    // MARK: reading

    /// Every account, by user name.
    public func list() async throws -> [UserAccount] {
        try await list(after: nil, limit: Int.max)
    }

    /// Accounts by user name after `cursor` (a user name), at most `limit`.
    public func list(after cursor: String?, limit: Int) async throws -> [UserAccount] {
        try await database.read { db in
            try await db.raw(
                """
                SELECT \(UserAccount.columns) FROM users u WHERE u.username > \(bind: cursor ?? "")
                ORDER BY u.username LIMIT \(bind: Int64(min(limit, Int(Int32.max))))
                """
            ).all().map(UserAccount.init(row:))
        }
    }

    /// What the accounts list filters by: text in the user name or display name, a unit, a role, a category, the
    /// state. Values are checked by the caller against what exists; they are bound, never spliced.
    package struct ListFilter: Sendable {
        package var text: String?
        package var unit: String?
        package var role: String?
        package var category: String?
        package var locked: Bool?

        package init() {}

        var sql: SQLQueryString {
            func like(_ value: String) -> String {
                value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                    .replacingOccurrences(of: "_", with: "\\_")
            }
            func member(_ column: String, _ value: String) -> SQLQueryString {
                " AND (',' || \(unsafeRaw: column) || ',') LIKE \(bind: "%," + like(value) + ",%") ESCAPE '\\'"
            }
            var sql: SQLQueryString = ""
            if let text {
                let pattern = "%" + like(text.lowercased()) + "%"
                sql +=
                    " AND (LOWER(u.username) LIKE \(bind: pattern) ESCAPE '\\' OR LOWER(u.display_name) LIKE \(bind: pattern) ESCAPE '\\')"
            }
            if let unit { sql += member("u.units", unit) }
            if let role { sql += member("u.roles", role) }
            if let category { sql += member("u.categories", category) }
            if let locked { sql += " AND u.disabled = \(bind: Int64(locked ? 1 : 0))" }
            return sql
        }
    }

    /// A page of the accounts list (`/admin/users`), filtered, sorted, paged or exported in SQL as `list` asks, and
    /// the total the filter matches. An export is audited (`list.export`) in the same transaction as its read.
    package func page(_ filter: ListFilter, list: ListQuery, actor: Principal) async throws
        -> (items: [UserAccount], hasMore: Bool, total: Int)
    {
        let limit = list.limit
        let audit = self.audit
        return try await database.transaction { db in
            var items = try await db.raw(
                """
                SELECT \(UserAccount.columns) FROM users u WHERE 1 = 1\(filter.sql)\(list.orderBy)
                LIMIT \(bind: limit + 1) OFFSET \(bind: list.isExport ? 0 : list.offset)
                """
            ).all().map(UserAccount.init(row:))
            let hasMore = items.count > limit
            if hasMore { items.removeLast() }
            let total =
                try await db.raw("SELECT COUNT(*) AS n FROM users u WHERE 1 = 1\(filter.sql)").first()?
                .decode(column: "n", as: Int64.self) ?? 0
            if list.isExport {
                try await audit.append(ListExport.event(list, count: items.count, by: actor), on: db)
            }
            return (items, hasMore, Int(total))
        }
    }

    /// Every unit some account belongs to, for the accounts list's filter.
    package func unitNames() async throws -> [String] {
        try await database.read { db in
            let rows = try await db.raw("SELECT DISTINCT units FROM users").all()
            return Set(try rows.flatMap { UserAccount.set(try $0.decode(column: "units", as: String.self)) }).sorted()
        }
    }

    public func find(username: String) async throws -> UserAccount? {
        try await database.read { db in try await self.find(username: username, on: db) }
    }

    public func find(id: String) async throws -> UserAccount? {
        try await database.read { db in try await self.find(id: id, on: db) }
    }

    public func find(username: String, on db: any SQLDatabase) async throws -> UserAccount? {
        try await db.raw("SELECT \(UserAccount.columns) FROM users u WHERE u.username = \(bind: username.lowercased())")
            .first().map(UserAccount.init(row:))
    }

    public func find(id: String, on db: any SQLDatabase) async throws -> UserAccount? {
        try await db.raw("SELECT \(UserAccount.columns) FROM users u WHERE u.id = \(bind: id)")
            .first().map(UserAccount.init(row:))
    }

    /// The account, its row locked until the transaction ends (PostgreSQL; SQLite's transactions already take turns),
    /// so that two administrators' changes never interleave.
    private func findForUpdate(username: String, on db: any SQLDatabase) async throws -> UserAccount? {
        let lock: SQLQueryString = database.engine == .postgres ? " FOR UPDATE" : ""
        return try await db.raw(
            "SELECT \(UserAccount.columns) FROM users u WHERE u.username = \(bind: username.lowercased())\(lock)"
        ).first().map(UserAccount.init(row:))
    }

    /// The display names of these accounts (ids that are no account are left out): for pages that name people.
    public func displayNames(of ids: some Collection<String>) async throws -> [String: String] {
        let unique = Array(Set(ids))
        guard !unique.isEmpty else { return [:] }
        return try await database.read { db in
            var names: [String: String] = [:]
            for row in try await db.raw("SELECT id, display_name FROM users WHERE id IN (\(binds: unique))").all() {
                names[try row.decode(column: "id", as: String.self)] = try row.decode(
                    column: "display_name", as: String.self)
            }
            return names
        }
    }

    /// Remembers the interface language the user chose (a POST of the web pages, with its CSRF token).
    package func setLanguage(_ language: Language, for userID: String) async throws {
        try await database.transaction { db in
            try await db.raw(
                """
                UPDATE users SET language = \(bind: language.rawValue), version = version + 1,
                    updated_at = \(bind: Clock.nowMilliseconds())
                WHERE id = \(bind: userID)
                """
            ).run()
            try await self.audit.append(
                AuditEntry(actor: userID, action: "user.language", details: ["language": language.rawValue]), on: db)
        }
    }

    // MARK: signing in

    /// Checks a user name and password from a client address, through the sign-in throttle; every attempt is
    /// audited (`login.success`, `login.failed`, `login.throttled`, `login.disabled`).
    ///
    /// A name that is no account goes through exactly the same steps as one that is (the same query, the same
    /// counters, a bcrypt check against a decoy hash, the same audit writes) and gets the same answers, so neither
    /// the answer nor its timing tells which accounts exist. The attempt is counted before the password is checked,
    /// so concurrent guesses cannot get more checks than the policy allows.
    public func authenticate(username typed: String, password: String, from address: String) async throws
        -> UserAccount
    {
        let name = LoginThrottleStore.name(typed)
        let lookup = Self.isValidUsername(name) ? name : ""
        let found = try await database.read { db -> (UserAccount, String)? in
            guard
                let row = try await db.raw(
                    "SELECT \(UserAccount.columns), u.password_hash FROM users u WHERE u.username = \(bind: lookup)"
                ).first()
            else { return nil }
            return (try UserAccount(row: row), try row.decode(column: "password_hash", as: String.self))
        }
        let actor = found?.0.id ?? "anonymous"
        let attempt: LoginThrottleStore.Attempt
        switch try await throttles.admit(username: name, address: address, actor: actor) {
        case .throttled(let seconds): throw AppError.signInThrottled(retryAfter: seconds)
        case .admitted(let admitted): attempt = admitted
        }
        let hash = try found?.1 ?? Self.decoyHash(cost: passwordHashCost)
        guard try await verifyPassword(password, hash: hash), let (account, _) = found else {
            try await record("login.failed", actor: actor, outcome: .denied, attempt.failureDetails)
            throw AppError.badCredentials
        }
        if account.disabled {
            try await record(
                "login.disabled", actor: account.id, outcome: .denied, ["username": name, "address": address])
            throw AppError.accountDisabled
        }
        try await throttles.recordSuccess(
            attempt,
            event: AuditEntry(
                actor: account.id, action: "login.success", details: ["username": name, "address": address]))
        return account
    }

    private func record(_ action: String, actor: String, outcome: AuditEntry.Outcome, _ details: [String: String])
        async throws
    {
        try await database.transaction { db in
            try await self.audit.append(
                AuditEntry(actor: actor, action: action, outcome: outcome, details: details), on: db)
        }
    }

    // MARK: rules

    package static func isValidUsername(_ name: String) -> Bool {
        (2...64).contains(name.count)
            && name.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || ".-_".contains($0) }
    }

    package static func isValidGroupOrUnit(_ name: String) -> Bool {
        (1...32).contains(name.count)
            && name.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || "-_".contains($0) }
    }

    private func validate(_ attributes: UserAttributes) throws {
        if let name = attributes.displayName {
            guard (1...200).contains(name.count), name.trimmingCharacters(in: .whitespacesAndNewlines) == name,
                !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
            else { throw AccountError.invalidDisplayName }
        }
        if let code = attributes.nationality, !ReleasabilityCodes.isKnown(code) {
            throw AccountError.unknownNationality(code)
        }
        for name in attributes.categories ?? [] where !catalog.contains(name) {
            throw AccountError.unknownCategory(name)
        }
        for unit in attributes.units ?? [] where !Self.isValidGroupOrUnit(unit) {
            throw AccountError.invalidName(kind: "unit", value: unit)
        }
        for group in attributes.groups ?? [] where !GroupStore.isValidName(group) {
            throw AccountError.invalidName(kind: "group", value: group)
        }
    }

    package static func auditDetails(of account: UserAccount) -> [String: String] {
        [
            "username": account.username, "clearance": account.clearance.abbreviation,
            "nationality": account.nationality, "categories": UserAccount.text(account.categories),
            "roles": UserAccount.text(account.roles.map(\.rawValue)), "units": UserAccount.text(account.units),
            "groups": UserAccount.text(account.groups), "disabled": account.disabled ? "yes" : "no",
            "version": String(account.version),
        ]
    }

    // MARK: password hashing (bcrypt, off the event loops)

    /// A valid hash of a random secret at the installation's cost, checked when the user name is unknown so that
    /// the answer takes as long as for a known one.
    private static let decoyHashes = NIOLockedValueBox([Int: String]())

    package static func decoyHash(cost: Int) throws -> String {
        if let hash = decoyHashes.withLockedValue({ $0[cost] }) { return hash }
        let hash = Bcrypt.hash(SecretToken.make(), cost: UInt8(cost))
        decoyHashes.withLockedValue { $0[cost] = hash }
        return hash
    }

    package func hashPassword(_ password: String) async throws -> String {
        let cost = passwordHashCost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: UInt8(cost)) }
    }

    package func verifyPassword(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    package init(
        database: Database, audit: AuditLog, catalog: CategoryCatalog, passwordHashCost: Int,
        throttles: LoginThrottleStore, groups: GroupStore
    ) {
        self.database = database
        self.audit = audit
        self.catalog = catalog
        self.passwordHashCost = passwordHashCost
        self.throttles = throttles
        self.groups = groups
    }
}
