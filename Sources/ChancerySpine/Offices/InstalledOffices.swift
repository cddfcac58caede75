import ChanceryKit
import Foundation
import Mustache

/// The offices this process runs, for the code that has no installation at hand: the localiser looks up their
/// strings, the page renderer their templates. `Chancery.open` installs them; every installation of one process
/// runs the same offices (the executable's list), so installing them again changes nothing.
package enum InstalledOffices {
    package struct Catalog: Sendable {
        package var offices: [any Office] = []
        package var names: [String] { offices.map(\.name) }
        /// Every role the installation accepts, office by office from the front desk to the head (the offices it
        /// runs, then those still to come), the auditor and the administrator last.
        package var roles: [Role] = InstalledOffices.officeRoles(of: []) + [.auditor, .admin]
        /// The names the search language's `office:` filter accepts.
        package var searchOffices: [String] { names + PlannedOffice.all.compactMap(\.searchName) }
        package var strings: [String: (en: String, fr: String)] = Strings.core
        package var templates: MustacheLibrary = PageRenderer.library(adding: [])
        /// The OpenAPI document of the spine and the offices, and what the HTTP layer reads from it.
        package var openAPI: String = OpenAPIDocument.build(offices: [])
        package var queryOperations: [String: QueryParameters.Operation] = [:]
        package var allowedRoutes: [AllowedMethods.Route] = []

        package init(
            offices: [any Office] = [], strings: [String: (en: String, fr: String)] = Strings.core,
            templates: MustacheLibrary = PageRenderer.library(adding: []),
            openAPI: String = OpenAPIDocument.build(offices: []),
            queryOperations: [String: QueryParameters.Operation] = [:], allowedRoutes: [AllowedMethods.Route] = []
        ) {
            self.offices = offices
            self.strings = strings
            self.templates = templates
            self.openAPI = openAPI
            self.queryOperations = queryOperations
            self.allowedRoutes = allowedRoutes
        }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var current = Catalog()

    /// The strings and templates of the spine and of the offices installed.
    package static var catalog: Catalog {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// Adds these offices' strings and templates. A key or template defined twice stops the process at start:
    /// two offices must not answer each other's text.
    package static func install(_ offices: [any Office]) {
        lock.lock()
        defer { lock.unlock() }
        let names = offices.map(\.name)
        guard names != current.names else { return }
        var catalog = Catalog()
        catalog.offices = offices
        catalog.roles = officeRoles(of: offices) + [.auditor, .admin]
        var roleNames: Set<Role> = []
        for role in catalog.roles {
            precondition(roleNames.insert(role).inserted, "The role \(role.rawValue) is declared twice")
        }
        for office in offices {
            for (key, text) in office.strings {
                precondition(catalog.strings[key] == nil, "The string \(key) of office \(office.name) is defined twice")
                catalog.strings[key] = text
            }
        }
        catalog.templates = PageRenderer.library(adding: offices.flatMap(\.templates))
        catalog.openAPI = OpenAPIDocument.build(offices: offices)
        catalog.queryOperations = QueryParameters.operations(of: catalog.openAPI)
        catalog.allowedRoutes = AllowedMethods.routes(of: catalog.openAPI)
        current = catalog
    }

    /// The roles of these offices and of the offices still to come, office by office.
    package static func officeRoles(of offices: [any Office]) -> [Role] {
        offices.flatMap(\.roles) + PlannedOffice.all.flatMap(\.roles)
    }

    /// The role of this name, when the installation knows it: a name of the right shape that no office declares is
    /// no role.
    package static func role(named name: String) -> Role? {
        Role(rawValue: name).flatMap { catalog.roles.contains($0) ? $0 : nil }
    }

    /// The shared response an office refuses unknown query parameters with at this path, when it checks them itself.
    package static func ownBadRequestResponse(path: String) -> String? {
        catalog.offices.lazy.compactMap { $0.ownBadRequestResponse(path: path) }.first
    }

    /// The API path of an object of an office, when its office names one.
    package static func apiPath(kind: String, id: String) -> String? {
        catalog.offices.lazy.compactMap { $0.apiPath(kind: kind, id: id) }.first
    }

    /// The office an object of this kind belongs to, for the search facet of a kind indexed by its title alone: the
    /// office that names its page or API path, else the registry (the spine's own kinds are filed there).
    package static func searchOffice(ofKind kind: String) -> String {
        catalog.offices.first { $0.webPath(kind: kind, id: "-") != nil || $0.apiPath(kind: kind, id: "-") != nil }?
            .name ?? "registry"
    }

    /// The page of an object of an office, when its office has one.
    package static func webPath(kind: String, id: String) -> String? {
        catalog.offices.lazy.compactMap { $0.webPath(kind: kind, id: id) }.first
    }
}
