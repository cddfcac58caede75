import ChanceryKit
import SQLKit

/// Working notes: the spine's own object kind, so that the generic object API can create and edit something
/// before any office module exists. Offices create their own kinds through their stores.
extension ObjectStore {
    package static let noteKind = "note"

    /// Anyone with an office role may edit a note they have write need-to-know for.
    package static var noteEditors: Set<Role> { Set(InstalledOffices.catalog.roles) }

    /// Creates a note owned by one of the principal's units, with a label the principal could read.
    package func createNote(
        title: String, label: SecurityLabel, owningUnit: String, openToUnit: Bool, by principal: Principal,
        on db: any SQLDatabase
    ) async throws -> Checked<LabelledObject> {
        guard principal.units.contains(owningUnit) else { return .refused(.notYourUnit(principal)) }
        guard canHold(label, principal) else { return .refused(.labelAboveYou) }
        let now = Clock.nowMilliseconds()
        let object = LabelledObject(
            id: ObjectID.make(milliseconds: now), kind: Self.noteKind, title: title, label: label,
            owningUnit: owningUnit, openToUnit: openToUnit, state: "active", createdBy: principal.id, at: now)
        // A note closed to its unit stays visible to its author.
        let entries = openToUnit ? [] : [AccessEntry(grantee: .user(principal.id), permission: .write)]
        try await insert(object, accessEntries: entries, on: db)
        return .done(object)
    }
}
