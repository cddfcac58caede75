import ChanceryKit

/// The model a page's template renders: a struct per page (named after the page, rows as nested structs), read by
/// the templates through its stored properties. An optional left `nil` hides a `{{#section}}` and lets the name be
/// looked up in the enclosing model, as a missing key did; a `Bool` shows or hides a section.
///
/// The localized label tables (`t`) stay `[String: String]`: each page picks its keys from the strings files, and
/// `{{t.key}}` reads them by name, so a table is already typed text and one per page would only repeat the keys.
package protocol PageModel {}

/// The layout's model around every page: masthead, banner, language switch and the signed-in user's menu.
package struct LayoutPage: PageModel {
    /// The signed-in user's part of the masthead.
    package struct User {
        package var signedInAs: String
        package var csrf: String
        package var logout: String
        package var search: String
    }

    package var lang: String
    package var title: String
    package var appName: String
    package var skip: String
    package var banner: String
    package var bannerClass: String
    package var bannerLabel: String
    package var languageLabel: String
    package var returnField: String
    package var isEnglish: Bool
    package var isFrench: Bool
    package var content: String
    package var user: User?
    /// The site's menu (home, offices, search) for a signed-in user.
    package var siteMenu: [Menus.Entry] = []
    package var siteMenuLabel: String
    /// The menu of the office the page belongs to.
    package var officeMenu: Menus.OfficeMenu?

    package init(_ frame: PageFrame, content: String) {
        let t = frame.localizer
        lang = t.language.rawValue
        title = frame.title
        appName = t("app.name")
        skip = t("nav.skip")
        banner = t.banner(frame.label)
        bannerClass = PageRenderer.bannerClass(frame.label.classification)
        bannerLabel = t("banner.label")
        languageLabel = t("nav.language")
        returnField = frame.path
        isEnglish = t.language == .en
        isFrench = t.language == .fr
        self.content = content
        siteMenuLabel = t("nav.siteMenu")
        if let principal = frame.session?.account.principal {
            (siteMenu, officeMenu) = Menus.menus(for: principal, path: frame.path, t)
        }
        user = frame.session.map { session in
            User(
                signedInAs: t("nav.signedInAs", ["username": session.account.username]), csrf: session.csrfToken,
                logout: t("nav.logout"), search: t("nav.search"))
        }
    }
}
