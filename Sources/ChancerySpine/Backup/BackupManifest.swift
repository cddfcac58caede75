import Foundation

/// What a backup holds, written as `manifest.json` at the top of the archive and checked on restore.
public struct BackupManifest: Codable, Sendable, Equatable {
    public static let currentFormat = 1
    public static let fileName = "manifest.json"
    public static let sqliteFile = "chancery.sqlite"
    public static let postgresFile = "database.pgdump"

    public var format: Int
    public var createdAt: String
    /// `sqlite` or `postgresql`.
    public var engine: String
    /// The database file in the archive: `chancery.sqlite` or `database.pgdump`.
    public var databaseFile: String
    public var databaseSHA256: String
    public var objects: Int64
    public var auditEvents: Int64
    /// The hash of the last audit event: a restored chain must end on the same one.
    public var auditHeadHash: String
    public var blobs: Int
    public var blobBytes: Int64
}
