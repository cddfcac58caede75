import ChanceryKit
import SQLKit

/// The access decision for reading, as an SQL predicate: every query that returns objects goes through it.
///
/// `readable("o")` is the SQL twin of `decide(principal, .read, object)`: clearance, releasability and
/// special categories are integer tests on indexed columns; need-to-know is the owning unit (when open to it)
/// or an access control entry for one of the principal's units, groups or own id; and, on top of the four, the
/// object is not one the principal is kept from (`object_exclusions`, the conflict rule). A differential test checks
/// on both databases that this predicate and `decide` agree on thousands of random objects.
public struct SecurityScope: Sendable {
    public let principal: Principal
    package let engine: Database.Engine
    package let nationBit: Int64
    package let briefedMask: Int64
    /// The moment access entries are judged at: an entry that expires (a break-glass opening) grants nothing after.
    package let now: Int64

    public init(principal: Principal, catalog: CategoryCatalog, engine: Database.Engine) {
        self.principal = principal
        self.engine = engine
        self.nationBit = ReleasabilityCodes.bit(of: principal.nationality) ?? 0
        // Unknown category names on a principal grant nothing; known ones are their bits.
        self.briefedMask = (try? catalog.mask(of: principal.categories.filter(catalog.contains))) ?? 0
        self.now = Clock.nowMilliseconds()
    }

    /// How the access control entries are consulted; both forms select exactly the same rows.
    public enum EntryLookup: Sendable {
        /// `EXISTS` probe per row: cheapest when many rows match early (a page for a unit member).
        case perRow
        /// `IN (SELECT …)`: the principal's granted ids are gathered once into a temporary index. SQLite only:
        /// PostgreSQL hashes the set only while it fits in `work_mem`, and otherwise re-runs the subquery for
        /// every row (minutes, at a million objects, for a principal of many units).
        case grantedSet
    }

    /// The lookup for a page of results: on SQLite, per row when the principal's units make matches dense, as
    /// a set when visibility comes only from grants; always per row on PostgreSQL.
    public var pageLookup: EntryLookup {
        engine == .sqlite && principal.units.isEmpty ? .grantedSet : .perRow
    }

    /// The lookup for a count, which visits every candidate row.
    public var countLookup: EntryLookup { engine == .sqlite ? .grantedSet : .perRow }

    /// The predicate that the object row aliased `alias` may be read by the principal.
    public func readable(_ alias: String = "o", lookup: EntryLookup = .perRow) -> SQLQueryString {
        let o = SQLQueryString(alias)
        var needToKnow: [SQLQueryString] = []
        let units = principal.units.sorted()
        let groups = principal.groups.sorted()
        if !units.isEmpty { needToKnow.append("(\(o).open_to_unit = 1 AND \(o).owning_unit IN (\(binds: units)))") }
        var grants: [SQLQueryString] = ["(a.grantee_kind = 'user' AND a.grantee = \(bind: principal.id))"]
        if !units.isEmpty { grants.append("(a.grantee_kind = 'unit' AND a.grantee IN (\(binds: units)))") }
        if !groups.isEmpty { grants.append("(a.grantee_kind = 'group' AND a.grantee IN (\(binds: groups)))") }
        let current: SQLQueryString = "(a.expires_at IS NULL OR a.expires_at > \(bind: now))"
        switch lookup {
        case .perRow:
            needToKnow.append(
                "EXISTS (SELECT 1 FROM object_acl a WHERE a.object_id = \(o).id AND \(current) AND (\(grants.joined(separator: " OR "))))"
            )
        case .grantedSet:
            needToKnow.append(
                "\(o).id IN (SELECT a.object_id FROM object_acl a WHERE \(current) AND (\(grants.joined(separator: " OR "))))"
            )
        }
        // The principal's exclusions are a handful of ids gathered once (a hashed set on PostgreSQL, a temporary index on
        // SQLite), not a probe per row.
        let notExcluded: SQLQueryString =
            "\(o).id NOT IN (SELECT x.object_id FROM object_exclusions x WHERE x.user_id = \(bind: principal.id))"
        return "(\(labelPermits(alias)) AND (\(needToKnow.joined(separator: " OR "))) AND \(notExcluded))"
    }

    /// The label part of the decision alone (clearance, releasability, categories) for a row aliased `alias`
    /// with label columns: for parts of an object that carry a label of their own, such as attachments.
    public func labelPermits(_ alias: String) -> SQLQueryString {
        let o = SQLQueryString(alias)
        return """
            \(o).classification <= \(bind: Int64(principal.clearance.rawValue)) \
            AND (\(o).releasable & \(bind: nationBit)) <> 0 \
            AND (\(o).categories & ~\(bind: briefedMask)) = 0
            """
    }
}
