import ChanceryKit
import SQLKit

/// A signed-in session (web cookie) or an API bearer token, resolved to its account.
public struct ActiveSession: Sendable {
    public var account: UserAccount
    public var tokenHash: String
    /// The token every form of this session must carry (CSRF protection).
    public var csrfToken: String
    public var expiresAt: Int64
}

/// The one owner of the `sessions` table. Secrets are returned once and stored only as their SHA-256.
public struct SessionStore: Sendable {
    public enum Kind: String, Sendable {
        case web
        case api
    }

    package let database: Database
    package let audit: AuditLog

    /// Opens a session or issues a token; returns the secret and its expiry.
    package func open(for account: UserAccount, kind: Kind, lifetime: Int64) async throws -> (
        secret: String, expiresAt: Int64
    ) {
        let secret = SecretToken.make()
        let now = Clock.nowMilliseconds()
        let expiresAt = now + lifetime * 1000
        try await database.transaction { db in
            try await db.raw("DELETE FROM sessions WHERE user_id = \(bind: account.id) AND expires_at < \(bind: now)")
                .run()
            try await db.raw(
                """
                INSERT INTO sessions (token_hash, user_id, kind, csrf_token, created_at, expires_at)
                VALUES (\(bind: SecretToken.digest(secret)), \(bind: account.id), \(bind: kind.rawValue),
                        \(bind: SecretToken.make()), \(bind: now), \(bind: expiresAt))
                """
            ).run()
            try await self.audit.append(
                AuditEntry(actor: account.id, action: kind == .web ? "session.open" : "token.issue"), on: db)
        }
        return (secret, expiresAt)
    }

    /// The live session of a secret, or nil when unknown, expired, of the other kind, or its account disabled.
    package func resolve(_ secret: String, kind: Kind) async throws -> ActiveSession? {
        let digest = SecretToken.digest(secret)
        let now = Clock.nowMilliseconds()
        return try await database.read { db in
            guard
                let row = try await db.raw(
                    """
                    SELECT \(UserAccount.columns), s.token_hash, s.csrf_token, s.expires_at
                    FROM sessions s JOIN users u ON u.id = s.user_id
                    WHERE s.token_hash = \(bind: digest) AND s.kind = \(bind: kind.rawValue) AND s.expires_at > \(bind: now)
                    """
                ).first()
            else { return nil }
            let account = try UserAccount(row: row)
            guard !account.disabled else { return nil }
            let session = try row.decodeModel(SessionRow.self)
            return ActiveSession(
                account: account, tokenHash: digest, csrfToken: session.csrfToken, expiresAt: session.expiresAt)
        }
    }

    /// Ends every session and revokes every token of an account (an administrator's decision, audited as
    /// `session.revoke-all`); returns how many there were.
    @discardableResult
    public func closeAll(of account: UserAccount, actor: String) async throws -> Int {
        try await database.transaction { db in
            let closed = try await db.raw(
                "DELETE FROM sessions WHERE user_id = \(bind: account.id) RETURNING token_hash"
            ).all().count
            try await self.audit.append(
                AuditEntry(
                    actor: actor, action: "session.revoke-all",
                    details: ["username": account.username, "sessions": String(closed)]),
                on: db)
            return closed
        }
    }

    /// Ends a session (sign-out).
    package func close(_ session: ActiveSession) async throws {
        try await database.transaction { db in
            try await db.raw("DELETE FROM sessions WHERE token_hash = \(bind: session.tokenHash)").run()
            try await self.audit.append(AuditEntry(actor: session.account.id, action: "session.close"), on: db)
        }
    }
}

/// The session's own columns, beside its account's.
private struct SessionRow: Decodable {
    var csrfToken: String
    var expiresAt: Int64
}
