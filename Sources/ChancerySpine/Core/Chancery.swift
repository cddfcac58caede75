import ChanceryKit
import Logging

/// One installation's spine, opened and migrated: the database, the stores that own the spine's tables, and
/// the offices that run on it (each office reaches its own stores through an extension of this type).
///
/// `serve`, every CLI command and the tests open it the same way, with `Chancery.open(_:offices:logger:)`.
public struct Chancery: Sendable {
    public let configuration: AppConfiguration
    public let database: Database
    public let catalog: CategoryCatalog
    public let audit: AuditLog
    public let users: UserStore
    /// Need-to-know groups (the same store `users` checks memberships against).
    public var groups: GroupStore { users.groups }
    public let sessions: SessionStore
    public let objects: ObjectStore
    public let search: SearchIndex
    public let idempotency: IdempotencyStore
    public let attachments: AttachmentStore
    /// The offices that run on this installation, in the order their migrations apply.
    package let offices: [any Office]
    public let logger: Logger

    /// Opens the database, applies pending migrations (the spine's, then each office's), synchronises the
    /// special categories and loads the installation's audit signing key. `throttleClock` is the sign-in
    /// throttle's time (tests drive their own).
    package static func open(
        _ configuration: AppConfiguration, offices: [any Office], logger: Logger,
        throttleClock: (@Sendable () -> Int64)? = nil
    ) async throws -> Chancery {
        InstalledOffices.install(offices)
        let database = try await Database.open(configuration, logger: logger)
        do {
            try await Migrator(offices: offices).migrate(database, logger: logger)
            let key = try InstallationKey.loadOrCreate(dataDirectory: configuration.dataDirectory)
            let audit = AuditLog(signingKey: key, checkpointInterval: configuration.auditCheckpointInterval)
            let catalog = try await CategoryStore.synchronise(
                extra: configuration.extraCategories, database: database, audit: audit)
            let search = SearchIndex(
                database: database, audit: audit, catalog: catalog, contributors: offices.flatMap(\.searchContributors))
            let objects = ObjectStore(database: database, audit: audit, catalog: catalog, search: search)
            let attachments = AttachmentStore(
                database: database, objects: objects, blobs: BlobStore(dataDirectory: configuration.dataDirectory),
                audit: audit, catalog: catalog)
            return Chancery(
                configuration: configuration, database: database, catalog: catalog, audit: audit,
                users: UserStore(
                    database: database, audit: audit, catalog: catalog,
                    passwordHashCost: configuration.passwordHashCost,
                    throttles: LoginThrottleStore(
                        database: database, audit: audit, policy: .standard,
                        now: throttleClock ?? { Clock.nowMilliseconds() }),
                    groups: GroupStore(database: database, audit: audit)),
                sessions: SessionStore(database: database, audit: audit),
                objects: objects, search: search, idempotency: IdempotencyStore(database: database),
                attachments: attachments, offices: offices, logger: logger)
        } catch {
            await database.close()
            throw error
        }
    }

    public func close() async { await database.close() }

    /// Runs `body` with the installation open, closing it afterwards whatever happens.
    package func using<T>(_ body: (Chancery) async throws -> T) async throws -> T {
        do {
            let result = try await body(self)
            await close()
            return result
        } catch {
            await close()
            throw error
        }
    }
}
