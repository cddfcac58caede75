import ChanceryKit
import SQLKit

/// One counter of the sign-in throttle, as an administrator sees it.
public struct LoginThrottle: Sendable, Equatable, RowDecodable {
    public var id: String
    public var scope: SignInThrottlePolicy.Scope
    /// The name as typed (lower-cased); empty for the address scope. It need not be an account.
    public var username: String
    /// The client's address; empty for the name scope.
    public var address: String
    public var failures: Int64
    /// No attempt this counter covers is checked before this time; 0 when it imposes no wait.
    public var blockedUntil: Int64
    public var lastFailureAt: Int64

    package static let columns: SQLQueryString =
        "id, scope, username, address, failures, blocked_until, last_failure_at"

    package var counter: SignInThrottlePolicy.Counter {
        .init(failures: failures, blockedUntil: blockedUntil, lastFailureAt: lastFailureAt)
    }

    package var auditDetails: [String: String] {
        [
            "throttle": id, "scope": scope.rawValue, "username": String(username.prefix(64)), "address": address,
            "failures": String(failures),
        ]
    }
}

/// The one owner of `login_throttles`: the sign-in throttle's counters (`SignInThrottlePolicy`), kept in the
/// database so that every node of a deployment counts on the same ones.
public struct LoginThrottleStore: Sendable {
    package let database: Database
    package let audit: AuditLog
    package let policy: SignInThrottlePolicy
    /// The throttle's clock, in milliseconds since 1970; tests pass a hand-driven one.
    package let now: @Sendable () -> Int64

    /// What the throttle says about an attempt.
    package enum Admission: Sendable {
        case admitted(Attempt)
        /// Refused unchecked; retry after this many seconds.
        case throttled(retryAfter: Int)
    }

    /// An attempt the throttle let through, already counted as a failure on each of its counters.
    package struct Attempt: Sendable {
        package var username: String
        package var address: String
        /// Per scope: the counter's id and its state once this attempt was counted.
        package var counters: [SignInThrottlePolicy.Scope: (id: String, counter: SignInThrottlePolicy.Counter)]

        /// What the audit trail records of a failed attempt: the name's failures from that address, and the waits
        /// the failure started, in seconds.
        package var failureDetails: [String: String] {
            var details = [
                "username": String(username.prefix(64)), "address": address,
                "failures": String(counters[.nameAndAddress]?.counter.failures ?? 0),
            ]
            let at = counters[.nameAndAddress]?.counter.lastFailureAt ?? 0
            for (scope, entry) in counters where entry.counter.blockedUntil > at {
                details["wait.\(scope.rawValue)"] = String(
                    SignInThrottlePolicy.retryAfterSeconds(entry.counter.blockedUntil - at))
            }
            return details
        }

        package init(
            username: String, address: String,
            counters: [SignInThrottlePolicy.Scope: (id: String, counter: SignInThrottlePolicy.Counter)]
        ) {
            self.username = username
            self.address = address
            self.counters = counters
        }
    }

    /// The throttle's key for a name as typed: lower-cased, control characters replaced, at most 100 characters
    /// (longer names are no account's, and share a counter with their first 100 characters).
    package static func name(_ typed: String) -> String {
        String(
            String(
                typed.lowercased().unicodeScalars.map {
                    $0.properties.generalCategory == .control ? "\u{FFFD}" : Character($0)
                }
            )
            .prefix(100))
    }

    /// An upsert that returned no row: impossible by construction, and a 500 if it ever happened.
    private struct MissingCounter: Error {}

    // MARK: counting attempts

    /// Counts an attempt on its three counters before its password is checked, in one transaction; refuses it,
    /// uncounted, while any of them imposes a wait. A refusal is audited (`login.throttled`) by `actor`.
    package func admit(username: String, address: String, actor: String) async throws -> Admission {
        let now = self.now()
        try await forgetOldCounters(now: now)
        let policy = self.policy
        return try await database.transaction { db in
            var rows: [SignInThrottlePolicy.Scope: LoginThrottle] = [:]
            // One row per scope, always in this order: concurrent attempts lock rows in the same order, so they
            // queue and never deadlock.
            for scope in SignInThrottlePolicy.Scope.allCases.sorted() {
                rows[scope] = try await self.counter(scope, username: username, address: address, now: now, on: db)
            }
            switch policy.admit(rows.mapValues(\.counter), now: now) {
            case .throttled(let milliseconds):
                let seconds = SignInThrottlePolicy.retryAfterSeconds(milliseconds)
                try await self.audit.append(
                    AuditEntry(
                        actor: actor, action: "login.throttled", outcome: .denied,
                        details: [
                            "username": String(username.prefix(64)), "address": address, "retryAfter": String(seconds),
                        ]),
                    on: db)
                return .throttled(retryAfter: seconds)
            case .admitted(let counted):
                var attempt = Attempt(username: username, address: address, counters: [:])
                for scope in SignInThrottlePolicy.Scope.allCases.sorted() {
                    guard let row = rows[scope], let counter = counted[scope] else { continue }
                    try await db.raw(
                        """
                        UPDATE login_throttles SET failures = \(bind: counter.failures),
                            blocked_until = \(bind: counter.blockedUntil), last_failure_at = \(bind: counter.lastFailureAt)
                        WHERE id = \(bind: row.id)
                        """
                    ).run()
                    attempt.counters[scope] = (row.id, counter)
                }
                return .admitted(attempt)
            }
        }
    }

    /// The counter of one scope, created when missing, and locked until the transaction ends.
    private func counter(
        _ scope: SignInThrottlePolicy.Scope, username: String, address: String, now: Int64, on db: any SQLDatabase
    ) async throws -> LoginThrottle {
        let key =
            switch scope {
            case .nameAndAddress: (username: username, address: address)
            case .address: (username: "", address: address)
            case .name: (username: username, address: "")
            }
        // The no-op update on conflict returns the existing row and locks it (PostgreSQL; SQLite's writer lock
        // already serialises the transaction).
        let row = try await db.raw(
            """
            INSERT INTO login_throttles (id, scope, username, address)
            VALUES (\(bind: ObjectID.make(milliseconds: now)), \(bind: scope.rawValue), \(bind: key.username), \(bind: key.address))
            ON CONFLICT (scope, username, address) DO UPDATE SET scope = excluded.scope
            RETURNING \(LoginThrottle.columns)
            """
        ).first()
        guard let row else { throw MissingCounter() }
        return try LoginThrottle(row: row)
    }

    /// Removes counters whose last failure the policy has forgotten and that impose no wait. On PostgreSQL the rows
    /// an attempt holds are skipped, so this never waits for one.
    private func forgetOldCounters(now: Int64) async throws {
        let cutoff = now - policy.forgetAfter
        let skipLocked: SQLQueryString = database.engine == .postgres ? " FOR UPDATE SKIP LOCKED" : ""
        try await database.read { db in
            try await db.raw(
                """
                DELETE FROM login_throttles WHERE id IN (
                    SELECT id FROM login_throttles
                    WHERE last_failure_at < \(bind: cutoff) AND blocked_until <= \(bind: now) LIMIT 100\(skipLocked))
                """
            ).run()
        }
    }

    /// Undoes what an attempt counted once its password proved right, and records `event` in the same transaction:
    /// the name's counters start again from zero; the address's loses this attempt only (others at that address
    /// may be guessing).
    package func recordSuccess(_ attempt: Attempt, event: AuditEntry) async throws {
        try await database.transaction { db in
            for scope in SignInThrottlePolicy.Scope.allCases.sorted() {
                guard let (id, counter) = attempt.counters[scope] else { continue }
                switch scope {
                case .nameAndAddress, .name:
                    try await db.raw("DELETE FROM login_throttles WHERE id = \(bind: id)").run()
                case .address:
                    try await db.raw(
                        """
                        UPDATE login_throttles SET failures = CASE WHEN failures > 0 THEN failures - 1 ELSE 0 END,
                            blocked_until = CASE WHEN blocked_until = \(bind: counter.blockedUntil) THEN 0 ELSE blocked_until END
                        WHERE id = \(bind: id)
                        """
                    ).run()
                }
            }
            try await self.audit.append(event, on: db)
        }
    }

    // MARK: administration

    /// The counters that count (at least one failure the policy still remembers), oldest first, after `cursor`.
    public func list(after cursor: String? = nil, limit: Int = 200) async throws -> [LoginThrottle] {
        let cutoff = now() - policy.forgetAfter
        return try await database.read { db in
            try await db.raw(
                """
                SELECT \(LoginThrottle.columns) FROM login_throttles
                WHERE failures > 0 AND last_failure_at >= \(bind: cutoff) AND id > \(bind: cursor ?? "")
                ORDER BY id LIMIT \(bind: limit)
                """
            ).all().map(LoginThrottle.init(row:))
        }
    }

    /// The throttle's clock now, for showing how long a wait has left.
    public func currentTime() -> Int64 { now() }

    /// Clears one counter (an administrator's decision, audited as `throttle.clear`); returns what it was, or nil
    /// when there is no such counter.
    public func clear(id: String, actor: String) async throws -> LoginThrottle? {
        try await database.transaction { db in
            guard
                let row = try await db.raw(
                    "DELETE FROM login_throttles WHERE id = \(bind: id) RETURNING \(LoginThrottle.columns)"
                ).first()
            else { return nil }
            let cleared = try LoginThrottle(row: row)
            try await self.audit.append(
                AuditEntry(actor: actor, action: "throttle.clear", details: cleared.auditDetails), on: db)
            return cleared
        }
    }

    /// Clears every counter of a name (from every address), audited; returns how many there were.
    @discardableResult
    public func clear(username: String, actor: String) async throws -> Int {
        try await database.transaction { db in try await self.clear(username: username, actor: actor, on: db) }
    }

    @discardableResult
    package func clear(username: String, actor: String, on db: any SQLDatabase) async throws -> Int {
        let name = Self.name(username)
        let rows = try await db.raw(
            "DELETE FROM login_throttles WHERE username = \(bind: name) RETURNING \(LoginThrottle.columns)"
        ).all().map(LoginThrottle.init(row:))
        for cleared in rows.sorted(by: { $0.id < $1.id }) where cleared.failures > 0 {
            try await audit.append(
                AuditEntry(actor: actor, action: "throttle.clear", details: cleared.auditDetails), on: db)
        }
        return rows.filter { $0.failures > 0 }.count
    }

    package init(
        database: Database, audit: AuditLog, policy: SignInThrottlePolicy, now: @escaping @Sendable () -> Int64
    ) {
        self.database = database
        self.audit = audit
        self.policy = policy
        self.now = now
    }
}
