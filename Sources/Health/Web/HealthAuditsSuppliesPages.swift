import ChancerySpine

/// What every audit and supply page shares: the label table, the CSRF token, and the notice or error shown under
/// the menu.
package struct HealthQualityPageParts {
    package var t: [String: String]
    package var csrf: String
    package var notice: String?
    package var error: String?
    /// A refused form's errors, every field at once (issue 17, item 9).
    package var errors: FormErrors.Model? = nil
}

/// An audit or supply page: its own model read together with the shared parts.
package typealias HealthQualityPage<Content> = OfficePage<HealthQualityPageParts, Content>

/// The list of record QA audits.
package struct HealthAuditsPage {
    package struct Audit {
        package var id: String
        package var title: String
        package var state: String
        package var sampled: Int
        package var reviewed: Int
        package var openFollowUps: Int
        package var created: String
    }

    package var canAudit: Bool
    package var hasAudits: Bool
    package var audits: [Audit]
    package var headers: [ListHeader]
    package var pager: ListPager
    package var states: [HealthChoice]
    /// The order the filter form keeps.
    package var sort: String
    package var order: String
}

/// The form that starts an audit, with the values sent when it is shown again after an error.
package struct HealthNewAuditPage {
    package var title: String
    package var sampleSize: String
    package var seed: String
}

/// One audit: its sampled records with the automatic checks, the auditor's answers and follow-ups.
package struct HealthAuditPage {
    /// One sampled record; everything but its place is left out when the auditor may not read the patient.
    package struct Item {
        package var position: Int
        package var readable: Bool
        package var auditId: String

        /// An auditor's answer to one criterion: which radio is checked, its words, and its form value.
        package struct Answer {
            package var pass: Bool
            package var fail: Bool
            package var none: Bool
            package var text: String
            package var value: String

            package init(_ answer: Bool?, text: String) {
                pass = answer == true
                fail = answer == false
                none = answer == nil
                self.text = text
                value = answer.map { $0 ? "pass" : "fail" } ?? ""
            }
        }

        package var canAnswer: Bool
        package var patientId: String?
        package var patientName: String?
        package var completenessResult: String?
        package var consentResult: String?
        package var codesResult: String?
        package var signaturesResult: String?
        package var hasMissing: Bool?
        package var missing: String?
        package var completeness: Answer?
        package var consent: Answer?
        package var codes: Answer?
        package var signatures: Answer?
        package var finding: String?
        package var followUp: String?
        package var followUpDue: String?
        package var statusOpen: Bool?
        package var statusDone: Bool?
        package var followUpStatusText: String?
        package var canMarkDone: Bool?
        /// A refused answer's marks and sentences, by the form's names of its fields (`finding`, `followUp`…).
        package var invalid: [String: Bool] = [:]
        package var message: [String: String] = [:]
    }

    package var id: String
    package var title: String
    package var state: String
    package var sampled: Int
    package var reviewed: Int
    package var seed: String
    package var canClose: Bool
    package var items: [Item]
    /// A refused closing's sentence, beside the button.
    package var closeError: String? = nil
}

/// One row of a table of supply items; the reorder list shows the suggested quantity.
package struct HealthSupplyRow {
    package var id: String
    package var name: String
    package var form: String
    package var unitOfIssue: String
    package var location: String
    package var onHand: Int
    package var reorderLevel: Int
    package var needsReorder: Bool
    package var suggested: Int
    package var showSuggested: Bool?
}

/// The filter form of a supplies list: the name typed, the stock chosen (the supplies list only), and the order
/// it keeps.
package struct HealthSupplyFilter {
    package var path: String
    package var name: String
    package var stocks: [HealthChoice]
    package var hasStocks: Bool
    package var sort: String
    package var order: String
}

/// The supply items and the lots that expire soon.
package struct HealthSuppliesPage {
    package struct Expiring {
        package var itemId: String
        package var name: String
        package var lot: String
        package var expires: String
        package var expired: Bool
        package var onHand: Int
    }

    package var tableId: String
    package var hasItems: Bool
    package var items: [HealthSupplyRow]
    package var headers: [ListHeader]
    package var pager: ListPager
    package var filter: HealthSupplyFilter
    package var hasExpiring: Bool
    package var expiring: [Expiring]
    /// What was typed in the new item's form, kept when it comes back with its errors.
    package var values: [String: String] = [:]
}

/// The items at or under their reorder level.
package struct HealthReorderPage {
    package var tableId: String
    package var hasItems: Bool
    package var items: [HealthSupplyRow]
    package var headers: [ListHeader]
    package var pager: ListPager
    package var filter: HealthSupplyFilter
}

/// One supply item with its lots and movements.
package struct HealthSupplyPage {
    /// A lot, identified on the page by its place (lot numbers are free text).
    package struct Lot {
        package var index: Int
        package var lot: String
        package var expires: String
        package var onHand: Int
        /// The lot chosen in a refused movement's form.
        package var selected: Bool = false
    }

    package struct Movement {
        package var recordedAt: String
        package var lot: String
        package var kind: String
        package var quantity: Int
        package var note: String
        package var actor: String
    }

    package var id: String
    package var name: String
    package var form: String
    package var unitOfIssue: String
    package var location: String
    package var onHand: Int
    package var reorderLevel: Int
    package var needsReorder: Bool
    package var suggested: Int
    package var reorderQuantity: Int
    package var hasLots: Bool
    package var lots: [Lot]
    /// The kinds of movement, the one chosen in a refused form selected.
    package var kinds: [HealthChoice]
    /// What was typed in a refused lot's or movement's form, kept.
    package var lotForm: [String: String]
    package var movementForm: [String: String]
    package var hasMovements: Bool
    package var movements: [Movement]
}
