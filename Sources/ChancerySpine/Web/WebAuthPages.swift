/// The model of the sign-in page.
package struct LoginPage: PageModel {
    package var t: [String: String]
    package var csrf: String
    package var username: String
    package var error: String?
    package var notice: String?
}

/// The model of the page that asks a signed-in user to keep a language for their account.
package struct LanguagePage: PageModel {
    package var t: [String: String]
    package var question: String
    package var code: String
    package var csrf: String
    package var returnPath: String
}
