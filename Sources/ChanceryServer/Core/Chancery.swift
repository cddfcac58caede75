import ChanceryKit
import Logging

/// One installation's spine, opened and migrated: the database and the stores that own its tables.
///
/// `serve`, every CLI command and the tests open it the same way, with `Chancery.open(_:logger:)`.
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
    public let referenceSeries: ReferenceSeriesStore
    public let records: RecordStore
    public let attachments: AttachmentStore
    public let distributionLists: DistributionListStore
    public let filePlan: FilePlanStore
    public let keyMaterial: KeyMaterialStore
    public let health: HealthStore
    public let logger: Logger

    /// Opens the database, applies pending migrations, synchronises the special categories and loads the
    /// installation's audit signing key. `throttleClock` is the sign-in throttle's time (tests drive their own).
    public static func open(
        _ configuration: AppConfiguration, logger: Logger,
        throttleClock: (@Sendable () -> Int64)? = nil
    ) async throws -> Chancery {
        let database = try await Database.open(configuration, logger: logger)
        do {
            try await Migrator().migrate(database, logger: logger)
            let key = try InstallationKey.loadOrCreate(dataDirectory: configuration.dataDirectory)
            let audit = AuditLog(signingKey: key, checkpointInterval: configuration.auditCheckpointInterval)
            let catalog = try await CategoryStore.synchronise(
                extra: configuration.extraCategories, database: database, audit: audit)
            let search = SearchIndex(
                database: database, audit: audit, catalog: catalog, contributors: [RegistrySearchContributor(), HealthSearchContributor()])
            let objects = ObjectStore(database: database, audit: audit, catalog: catalog, search: search)
            let referenceSeries = ReferenceSeriesStore(database: database, audit: audit)
            let attachments = AttachmentStore(
                database: database, objects: objects, blobs: BlobStore(dataDirectory: configuration.dataDirectory),
                audit: audit, catalog: catalog)
            return Chancery(
                configuration: configuration, database: database, catalog: catalog, audit: audit,
                users: UserStore(
                    database: database, audit: audit, catalog: catalog, passwordHashCost: configuration.passwordHashCost,
                    throttles: LoginThrottleStore(
                        database: database, audit: audit, policy: .standard, now: throttleClock ?? { Clock.nowMilliseconds() }),
                    groups: GroupStore(database: database, audit: audit)),
                sessions: SessionStore(database: database, audit: audit),
                objects: objects, search: search, idempotency: IdempotencyStore(database: database), referenceSeries: referenceSeries,
                records: RecordStore(
                    database: database, objects: objects, series: referenceSeries, attachments: attachments, audit: audit),
                attachments: attachments, distributionLists: DistributionListStore(database: database, audit: audit),
                filePlan: FilePlanStore(database: database, audit: audit),
                keyMaterial: KeyMaterialStore(database: database, objects: objects, audit: audit),
                health: HealthStore(database: database, objects: objects, attachments: attachments, audit: audit),
                logger: logger)
        } catch {
            await database.close()
            throw error
        }
    }

    public func close() async { await database.close() }
}
