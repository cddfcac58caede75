import ChanceryKit
import ChancerySpine
import SQLKit

/// A medical supply the Health Office stocks (a drug, a dressing, a test kit…), with its reorder rule. Its stock on
/// hand is never stored: it is the sum of the item's movements, so it cannot drift from the journal.
///
/// Supplies are not patient data: an item is labelled NATO UNCLASSIFIED without the MEDICAL category, owned by
/// the Health Office's unit and open to it (need-to-know), and only the office's staff roles may use them.
public struct SupplyItem: StoredItem, Equatable, RowDecodable {
    public static let kind = "supply-item"

    public var object: LabelledObject
    public var name: String
    /// e.g. `tablet`, `ampoule`, `dressing`
    public var form: String
    /// e.g. `box of 20`
    public var unitOfIssue: String
    public var reorderLevel: Int
    public var reorderQuantity: Int
    public var location: String
    /// The sum of every movement of every lot.
    public var onHand: Int

    /// Whether stock has fallen to the reorder level.
    public var needsReorder: Bool { onHand <= reorderLevel }

    /// What to order: the reorder quantity, or more if that would not lift the stock above the reorder level.
    public var suggestedQuantity: Int { max(reorderQuantity, reorderLevel - onHand + 1) }

    package static let onHandColumn: SQLQueryString =
        "(SELECT CAST(COALESCE(SUM(m.quantity), 0) AS BIGINT) FROM health_supply_movements m WHERE m.item_id = o.id)"
    package static let columns: SQLQueryString = """
        , s.name, s.form, s.unit_of_issue, s.reorder_level, s.reorder_quantity, s.location, \(onHandColumn) AS on_hand
        """
    package static let join: SQLQueryString = "JOIN health_supplies s ON s.object_id = o.id"

    package init(object: LabelledObject, draft: HealthSupplyStore.Draft) {
        self.object = object
        name = draft.name
        form = draft.form
        unitOfIssue = draft.unitOfIssue
        reorderLevel = draft.reorderLevel
        reorderQuantity = draft.reorderQuantity
        location = draft.location
        onHand = 0
    }

    /// A batch of the item with its expiry date and what is left of it.
    public struct Lot: Sendable, Equatable, RowDecodable {
        public var itemID: String
        public var lot: String
        /// `YYYY-MM-DD`
        public var expires: String
        public var onHand: Int
    }

    /// What moves stock in or out of a lot.
    public enum MovementKind: String, Sendable, CaseIterable, Codable {
        case receipt, issue, adjustment, disposal

        /// The signed change a movement of `quantity` makes: receipts add, issues and disposals take away, an
        /// adjustment is given with its sign (a count found more or fewer).
        package func change(_ quantity: Int) -> Int {
            switch self {
            case .receipt, .adjustment: return quantity
            case .issue, .disposal: return -quantity
            }
        }
    }

    /// One line of the stock journal.
    public struct Movement: Sendable, Equatable, RowDecodable {
        public var id: String
        public var lot: String
        public var kind: MovementKind
        /// Signed: positive into stock, negative out of it.
        public var quantity: Int
        public var note: String?
        public var actor: String
        public var recordedAt: Int64

        package init(
            id: String, lot: String, kind: MovementKind, quantity: Int, note: String?, actor: String, at time: Int64
        ) {
            self.id = id
            self.lot = lot
            self.kind = kind
            self.quantity = quantity
            self.note = note
            self.actor = actor
            self.recordedAt = time
        }
    }

    /// An item with its lots (soonest expiry first) and its journal (newest first).
    public struct Stock: Sendable {
        public var item: SupplyItem
        public var lots: [Lot]
        public var movements: [Movement]
    }

    /// A lot that expires soon (or has expired) while stock remains, with the item it belongs to.
    public struct ExpiringLot: Sendable {
        public var item: SupplyItem
        public var lot: Lot
        public var expired: Bool
    }
}
