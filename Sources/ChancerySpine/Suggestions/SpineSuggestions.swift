import ChanceryKit
import SQLKit

/// The spine's suggestions: people, units and nations. Each office adds its own (`Office.suggestionSources`).
package enum SpineSuggestions {
    package static let sources: [any SuggestionSource] = [People(), Units(), Nations()]

    /// People and units are the headquarters' directory: anyone who holds a role in an office (or administers or
    /// audits) types colleagues' names, in a group, a distribution list, an access entry. An account with no role
    /// works in no office and is told so. A person is named by user name and display name only, never by the
    /// clearance, nationality, roles or units of their account; a disabled account is never suggested.
    package static func requireRole(_ principal: Principal) throws {
        guard !principal.roles.isEmpty else {
            throw AppError(.forbidden, type: "suggestions-closed", key: "suggest.error.noRole")
        }
    }

    /// Active accounts whose user name or display name contains the text: `value` the user name (what forms and
    /// the API take), `label` the display name.
    package struct People: SuggestionSource {
        package let kind = "people"

        package func suggest(
            matching text: String, limit: Int, by principal: Principal, chancery: Chancery, language: Language
        ) async throws -> Suggestions {
            try requireRole(principal)
            let people = try await chancery.users.people(matching: text, limit: limit)
            return Suggestions(people.map { Suggestion(value: $0.username, label: $0.displayName) })
        }
    }

    /// The units active accounts belong to, containing the text (units have no table of their own: an account's
    /// units are what makes a unit exist).
    package struct Units: SuggestionSource {
        package let kind = "units"

        package func suggest(
            matching text: String, limit: Int, by principal: Principal, chancery: Chancery, language: Language
        ) async throws -> Suggestions {
            try requireRole(principal)
            let units = try await chancery.users.units(matching: text, limit: limit)
            return Suggestions(units.map { Suggestion(value: $0, label: $0) })
        }
    }

    /// The nations and organisations an item can be released to (`ReleasabilityCodes`), by code or by name in the
    /// reader's language. Open to every signed-in person: it is the list the label forms show anyway.
    package struct Nations: SuggestionSource {
        package let kind = "nations"

        package func suggest(
            matching text: String, limit: Int, by principal: Principal, chancery: Chancery, language: Language
        ) async throws -> Suggestions {
            let t = Localizer(language)
            let all = ReleasabilityCodes.allCodes.map { Suggestion(value: $0, label: t("nation.\($0)")) }
            return Suggestions(SuggestionMatch.best(all, matching: text, limit: limit))
        }
    }
}
