import ChanceryKit
import ChancerySpine

/// What every registry page shares: the label table, the CSRF token of its forms, and whether the menu offers the
/// registrar's pages.
package struct RegistryPageParts {
    package var t: [String: String]
    package var csrf: String?
    package var canRegister: Bool?
}

/// A registry page: its own model read together with the registry's shared parts.
package typealias RegistryPage<Content> = OfficePage<RegistryPageParts, Content>

/// A choice in a select list, or a box to tick.
package struct RegistryChoice {
    package var value: String
    package var name: String
    package var selected: Bool
}

/// A distribution list or a folder to choose.
package struct RegistryListChoice {
    package var id: String
    package var name: String
    /// Chosen when a refused form comes back.
    package var selected: Bool = false
}

/// A table of records (the desk's latest, a queue).
package struct RegistryRecordRow {
    package var id: String
    package var reference: String
    package var title: String
    package var banner: String
    package var bannerClass: String
    package var state: String
    package var received: String
    /// Ticked in the batch form a refusal brings back.
    package var checked: Bool = false
}

/// The registry desk: the work queues with their counts and the latest records.
package struct RegistryDeskPage {
    package struct Queue {
        package var id: String
        package var name: String
        package var count: Int
        package var href: String
        /// The queue's items on "My work", when they are the principal's task there.
        package var work: String? = nil
    }

    /// The OCR queue's figures, for a registry supervisor only: how many files wait, and since when.
    package struct OCRFigures {
        package var waiting: Int
        package var age: String?
    }

    package var hasRecords: Bool
    package var records: [RegistryRecordRow]
    package var queues: [Queue]
    package var ocr: OCRFigures?
}

/// One work queue, a page at a time; the queue of items to distribute has a batch form.
package struct RegistryQueuePage {
    package var hasRecords: Bool
    package var records: [RegistryRecordRow]
    package var queueName: String
    /// The dominant label of the rows shown.
    package var label: SecurityLabel
    package var headers: [ListHeader]
    package var pager: ListPager
    package var batch: Bool?
    package var lists: [RegistryListChoice]?
    /// What was typed in the batch form's list search box, kept when the batch is refused.
    package var listQuery: String?
    package var notice: String?
    /// A refused batch: its errors, in the summary and on its fields.
    package var errors: FormErrors.Model?
    /// The records page's filter form.
    package var filters: RegistryRecordsFilters?
}

/// The filters of the records page, with the order its form keeps.
package struct RegistryRecordsFilters {
    package var series: [RegistryChoice]
    package var states: [RegistryChoice]
    package var year: String
    package var sort: String
    package var order: String
}

/// The registration form, with the values sent when it is shown again after an error.
package struct RegistryRegisterPage {
    package struct Series {
        package var code: String
        package var title: String
        package var selected: Bool
    }

    package struct Category {
        package var name: String
        /// The category's name in the page's language.
        package var label: String
        package var checked: Bool
    }

    package var errors: FormErrors.Model?
    package var values: [String: String]
    package var series: [Series]
    package var directions: [RegistryChoice]
    package var types: [RegistryChoice]
    package var classifications: [RegistryChoice]
    package var markings: [RegistryChoice]
    package var categories: [Category]
}

/// The record page: details, the actions the principal may take, attachments, distribution, holds, access control
/// and history.
package struct RegistryRecordPage {
    package struct Record {
        package var id: String
        package var reference: String
        package var title: String
        package var stateName: String
        package var banner: String
        package var bannerClass: String
        package var series: String
        package var recordType: String
        package var direction: String
        package var originator: String
        package var originatorReference: String
        package var documentDate: String
        package var receivedDate: String
        package var addressees: String
        package var contentMarking: String
        package var verified: String
        package var folder: String
        package var disposalDue: String
    }

    /// The registrar's actions; the distribute, file and close ones only while the record is registered or active.
    package struct Actions {
        package struct Folder {
            package var id: String
            package var code: String
            package var title: String
            /// Chosen when a refused form comes back.
            package var selected: Bool = false
        }

        package var canVerify: Bool
        package var canDistribute: Bool?
        package var lists: [RegistryListChoice]?
        package var canFile: Bool?
        package var folders: [Folder]?
        package var canClose: Bool?
        package var canArchive: Bool
        package var canDestroy: Bool
    }

    package struct Attachment {
        package var id: String
        package var name: String
        package var version: Int
        package var size: String
        package var banner: String
        package var bannerClass: String
        /// The name of its text state (`none`, `waiting`, `done`, `failed`) and its words on the page.
        package var textState: String
        package var text: String
        /// The searchable PDF that OCR made of it, once its text state is done.
        package var searchable: String?
    }

    package struct Copy {
        package var number: Int
        package var copyText: String
        package var recipient: String
        package var list: String
        package var receipt: String
    }

    package struct Hold {
        package var id: String
        package var reason: String
        package var placed: String
        package var canRelease: Bool
        /// A refused release of this hold: its button marked, the sentence beside it.
        package var invalid = false
        package var refusal: String?
    }

    package struct Entry {
        package var kind: String
        package var kindValue: String
        package var id: String
        /// Who the entry names, as people read it: a person's display name and user name, a group's or unit's name.
        package var name: String
        package var permission: String
        package var canEdit: Bool
        package var version: Int64
    }

    package struct Version {
        package var version: Int64
        package var state: String
        package var title: String
        package var banner: String
        package var changed: String
    }

    package var record: Record
    package var notice: String?
    /// The fields of an action's form refused, each marked next to its field, and what was typed in them.
    package var errors: FormErrors.Model?
    package var values: [String: String]
    /// The checks a verification from the verify form found failing, each with its field: listed by its button.
    package var verifyChecks: [String]
    package var hasVerifyChecks: Bool
    package var actions: Actions?
    package var certificate: String?
    package var hasAttachments: Bool
    package var canUpload: Bool
    package var attachments: [Attachment]
    package var hasCopies: Bool
    package var copies: [Copy]
    package var hasRefused: Bool
    package var refused: [String]
    package var holds: [Hold]
    package var hasHolds: Bool
    package var canHold: Bool
    package var entries: [Entry]
    package var hasEntries: Bool
    package var canEditACL: Bool
    /// The access form's choices, the one sent kept when the form comes back refused.
    package var aclKinds: [RegistryChoice]
    package var aclPermissions: [RegistryChoice]
    package var version: Int64
    package var openToUnit: String
    package var canDowngrade: Bool?
    package var lowerClassifications: [RegistryChoice]?
    package var history: [Version]
}

extension RegistryRecordPage {
    /// Whether the field with this element id is on the page as drawn for its reader: a refusal about a field that
    /// is not (its form is not offered to them, or no longer offered in this state) is a sentence about the form.
    package func hasField(_ id: String) -> Bool {
        switch id {
        case RegistryWebController.stateField: return true
        case "verify-submit": return actions?.canVerify == true
        case "distribution-list", "distribution-list-query": return actions?.canDistribute == true
        case "folder": return actions?.canFile == true
        case "witness", "method": return actions?.canDestroy == true
        case "upload-file": return canUpload
        case "hold-reason": return canHold
        case "acl-kind", "acl-grantee", "acl-permission": return canEditACL
        case "downgrade-classification", "downgrade-authority", "downgrade-reason": return canDowngrade == true
        default:
            return holds.contains { $0.canRelease && RegistryWebController.releaseField($0.id) == id }
        }
    }
}

/// The printable cover sheet of a record.
package struct RegistryCoverPage {
    package struct Record {
        package var id: String
        package var reference: String
        package var title: String
        package var banner: String
        package var originator: String
        package var originatorReference: String
        package var receivedDate: String
    }

    package var record: Record
    package var copies: String
}

/// The principal's copies still to acknowledge.
package struct RegistryReceiptsPage {
    package struct Receipt {
        package var copyID: String
        package var reference: String
        package var title: String
        package var number: Int
        package var copyText: String
        package var banner: String
        package var bannerClass: String
        /// Why its acknowledgement was refused, beside its button.
        package var error: String?
    }

    package var notice: String?
    /// A refused acknowledgement: in the summary, linked to the row's button (or to the list when the copy is not on
    /// it).
    package var errors: FormErrors.Model?
    package var hasReceipts: Bool
    package var receipts: [Receipt]
    package var headers: [ListHeader]
    package var pager: ListPager
    package var filters: RegistrySeriesFilter
}

/// A list's filter by reference series, with the order its form keeps.
package struct RegistrySeriesFilter {
    package var series: [RegistryChoice]
    package var sort: String
    package var order: String
}

/// A printable receipt for one copy.
package struct RegistryReceiptPrintPage {
    package var banner: String
    package var reference: String
    package var title: String
    package var copyText: String
    package var recipient: String
    package var state: String
}

/// The crypto key material register.
package struct RegistryKeysPage {
    package struct Item {
        package var id: String
        package var shortTitle: String
        package var edition: String
        package var custodian: String
        package var nextDue: String
        package var overdue: Bool
        package var canUpdate: Bool
        package var lastUpdate: String
        package var banner: String
        package var bannerClass: String
        /// The edition typed in a refused update, kept, and why it was refused, beside its field.
        package var typed: String = ""
        package var error: String?
    }

    package var notice: String?
    /// A refused update: in the summary, linked to the row's edition field.
    package var errors: FormErrors.Model?
    package var hasItems: Bool
    package var items: [Item]
    package var headers: [ListHeader]
    package var pager: ListPager
    /// The filter by due date: every item, or those due by today.
    package var due: [RegistryChoice]
    package var sort: String
    package var order: String
}

/// The annual muster of NS and CTS copies.
package struct RegistryMusterPage {
    package struct Copy {
        package var reference: String
        package var title: String
        package var copyText: String
        package var recipient: String
        package var receipt: String
    }

    package var hasCopies: Bool
    package var copies: [Copy]
}
