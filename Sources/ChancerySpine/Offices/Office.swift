import ChanceryKit
import Hummingbird

/// One office of the headquarters (the Registry, the Health Office…), built on the spine.
///
/// The spine knows offices only through this interface: it applies their migrations after its own, mounts
/// their routes behind its authenticators, merges their strings, templates and OpenAPI paths, asks them for
/// their search documents and loads their demo data. An office depends on the spine and on ChanceryKit, never
/// on another office. Adding one is a folder (a SwiftPM target) and one line in `ChanceryApp.offices`;
/// docs/architecture.md has the checklist.
package protocol Office: Sendable {
    /// Lower-case name: the prefix of its roles (`health.clerk`), of its home card's strings (`office.health`),
    /// and the owner its migrations are recorded under in `schema_migrations`.
    var name: String { get }
    /// Where its pages start ("/health"); the home page's card links there.
    var homePath: String { get }
    /// Where its pages start for this person: the page of their own work when the office's home is not theirs (a
    /// marker's scripts rather than the assistants' vacancies). The site menu and the home card link there.
    func homePath(for principal: Principal) -> String
    /// Its roles, from the front desk to the office's head: a refusal that names jobs lists them in this order.
    /// Its strings hold each one's job (`job.health.clerk`: "a medical clerk"), its home card (`office.health`,
    /// `office.health.about`) and its search facet (`search.office.health`).
    var roles: [Role] { get }
    /// The demo accounts of the people who work in it.
    var demoAccounts: [DemoData.Account] { get }
    /// Its menu, shown on every page of the office, in order (grouped by `MenuLink.group` when long); each link
    /// says who may follow it, and is shown to nobody else.
    var menu: [MenuLink] { get }
    /// Its pages in the administration console (`/admin/<office>/…`: its reference data), each saying who may follow
    /// it; the console's menu and overview list them under the office's name.
    var adminMenu: [MenuLink] { get }
    /// Whether the principal works in it: its link in the site menu. By default, holding one of its roles.
    func isOpen(to principal: Principal) -> Bool
    /// Its schema steps, numbered from 1 within the office, applied in order after the spine's.
    var migrations: [any Migration] { get }
    /// Its user-facing text, English and French side by side.
    var strings: [String: (en: String, fr: String)] { get }
    /// Its Mustache templates, by name.
    var templates: [(name: String, text: String)] { get }
    /// What it puts in the search index, per object kind.
    var searchContributors: [any SearchContributor] { get }
    /// Where autocomplete finds the values typed in its forms (`distribution-lists`, `patients`…), each trimmed to
    /// what the principal may read (see `SuggestionSource`); served with the spine's at `/api/v1/suggestions/{kind}`
    /// and `/suggest/{kind}`.
    var suggestionSources: [any SuggestionSource] { get }
    /// Its part of the OpenAPI document: the JSON files of its target's `OpenAPI` resource folder, each with `paths`
    /// and the `components` they add (`OpenAPIFragment.files(in: .module, target:)`).
    var openAPIFragments: [OpenAPIFragment] { get }
    /// For an API path whose refusals are in the office's own format (the FHIR routes' OperationOutcome), the
    /// name of the shared response (`#/components/responses/…`) that refuses an unknown query parameter: the
    /// office checks those itself. Nil for the spine's problem details, checked by the spine.
    func ownBadRequestResponse(path: String) -> String?
    /// The API path of one of its objects, for a sentence that sends a client there ("edit it at …").
    func apiPath(kind: String, id: String) -> String?
    /// The page of one of its objects, for a search hit.
    func webPath(kind: String, id: String) -> String?
    /// Mounts its routes: `api` is the signed-in JSON API under /api/v1, `web` the signed-in pages, `open`
    /// the router itself for the few routes that carry their own credential (a calendar feed's token).
    func addRoutes(
        api: RouterGroup<SignedInContext>, web: RouterGroup<SignedInContext>, open: Router<AppRequestContext>,
        chancery: Chancery)
    /// What waits for the principal in the office, task by task, for "My work": built with the office's trimmed
    /// stores, so that nothing the principal may not read is listed or counted. Each task's `items` are its first
    /// `window.limit` in the window's order, read in SQL (`window.query` of a `WorkWindow.spec`); `total` counts all.
    func work(for principal: Principal, window: WorkWindow, chancery: Chancery, _ t: Localizer) async throws
        -> [WorkList]
    /// Loads its demo data into a new demo installation; `accounts` are the demo accounts by user name, `scale`
    /// how much generated history to add to the hand-written items.
    func loadDemo(into chancery: Chancery, accounts: [String: Principal], scale: DemoData.Scale) async throws
    /// Its answers to "is this person fit for this purpose?", if it gives them (the Health Office): the seam
    /// through which another office learns fit / not fit / pending and nothing medical (`FitnessAnswering`).
    func fitnessAnswering(chancery: Chancery) -> (any FitnessAnswering)?
    /// The work it does on its own while the server runs (`ScheduledTask`), with its settings read from
    /// `environment`; a wrong setting throws `ConfigurationError`, which stops the start.
    func scheduledTasks(environment: [String: String]) throws -> [ScheduledTask]
}

extension Office {
    package var homePath: String { "/\(name)" }
    package func homePath(for principal: Principal) -> String { homePath }
    package var demoAccounts: [DemoData.Account] { [] }
    package var menu: [MenuLink] { [] }
    package var adminMenu: [MenuLink] { [] }
    package var suggestionSources: [any SuggestionSource] { [] }
    package func isOpen(to principal: Principal) -> Bool { !Set(roles).isDisjoint(with: principal.roles) }
    package func ownBadRequestResponse(path: String) -> String? { nil }
    package func apiPath(kind: String, id: String) -> String? { nil }
    package func webPath(kind: String, id: String) -> String? { nil }
    package func fitnessAnswering(chancery: Chancery) -> (any FitnessAnswering)? { nil }
    package func scheduledTasks(environment: [String: String]) throws -> [ScheduledTask] { [] }
    package func work(for principal: Principal, window: WorkWindow, chancery: Chancery, _ t: Localizer) async throws
        -> [WorkList]
    { [] }
}
