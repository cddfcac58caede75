/// Every user-facing string, English and French side by side.
///
/// The text itself is data: each target's `Strings/*.json` (see `StringCatalog`). A test checks that no entry is
/// empty in either language and that every key used by the code exists.
package enum Strings {
    /// The spine's own text (`ChancerySpine/Strings`): the page frame, sign-in, home, search, accounts, errors, the
    /// spine's jobs and the cards of the offices still to come. Each office brings its own (`Office.strings`);
    /// `InstalledOffices` merges them.
    package static let core: [String: (en: String, fr: String)] = StringCatalog.load(
        from: .module, target: "ChancerySpine")

    /// Every string of the spine and of the offices this process runs.
    package static var table: [String: (en: String, fr: String)] { InstalledOffices.catalog.strings }
}
