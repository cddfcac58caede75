import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The registry's reference data in the administration console (`/admin/registry/…`), for administrators only:
/// reference series, distribution lists and the file plan. Every change goes through the registry's stores, which
/// check the role again and audit it in the same transaction.
struct RegistryAdminController: SignedInPages {
    let chancery: Chancery

    func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("/admin/registry/series", use: seriesList)
        group.get("/admin/registry/series/new", use: newSeries)
        group.post("/admin/registry/series/new", use: createSeries)
        group.get("/admin/registry/series/{code}", use: showSeries)
        group.post("/admin/registry/series/{code}", use: updateSeries)
        group.get("/admin/registry/lists", use: lists)
        group.post("/admin/registry/lists", use: createList)
        group.get("/admin/registry/lists/{id}", use: showList)
        group.post("/admin/registry/lists/{id}", use: updateList)
        group.post("/admin/registry/lists/{id}/members", use: addMember)
        group.post("/admin/registry/lists/{id}/members/remove", use: removeMember)
        group.get("/admin/registry/file-plan", use: filePlan)
        group.post("/admin/registry/file-plan", use: createNode)
        group.get("/admin/registry/file-plan/{id}", use: showNode)
        group.post("/admin/registry/file-plan/{id}/rename", use: renameNode)
        group.post("/admin/registry/file-plan/{id}/retire", use: retireNode)
    }

    /// The console's links to these pages, for administrators only.
    static let menu: [MenuLink] = [
        MenuLink("admin-registry-series", "/admin/registry/series", "registry.admin.menu.series", for: isAdmin),
        MenuLink("admin-registry-lists", "/admin/registry/lists", "registry.admin.menu.lists", for: isAdmin),
        MenuLink("admin-registry-plan", "/admin/registry/file-plan", "registry.admin.menu.plan", for: isAdmin),
    ]

    static let isAdmin: @Sendable (Principal) -> Bool = { $0.has(.admin) }

    // MARK: shared

    /// A page's labels: `registry.admin.series.title` is read as `t.series_title`.
    static func labels(_ t: Localizer, _ keys: [String]) -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: keys.map {
                ($0.replacingOccurrences(of: ".", with: "_"), t("registry.admin.\($0)"))
            })
    }

    /// The sentence of a `?done=` flash after a change, when it is one of these pages'.
    static func notice(_ request: Request, _ t: Localizer, _ arguments: [String: String]) -> String? {
        guard let done = request.uri.queryParameters["done"].map(String.init),
            done.count <= 20, done.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        let key = "registry.admin.done.\(done)"
        let text = t(key, arguments)
        return text == key ? nil : text
    }

    /// A text field, trimmed; a missing, too long or control-laden value is recorded as the field's error.
    static func text(
        _ fields: [String: String], _ name: String, max: Int, required: Bool = true, _ errors: inout FormErrors,
        _ t: Localizer
    ) -> String {
        let value = fields[name, default: ""].trimmingCharacters(in: .whitespacesAndNewlines)
        if value.isEmpty {
            if required { errors.add(name, t("admin.error.required")) }
        } else if value.count > max {
            errors.add(name, t("registry.admin.error.tooLong", ["max": String(max)]))
        } else if value.unicodeScalars.contains(where: {
            $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}"
        }) {
            errors.add(name, t("registry.admin.error.control"))
        }
        return value
    }

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    func page(
        _ template: String, _ model: some PageModel, title: String, path: String, _ context: SignedInContext,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        PageRenderer.response(
            template, model, frame: frame(title, label: .unclassified, path: path, context), status: status)
    }
}
