import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The registry's reference data in the administration console (`/admin/registry/…`), for administrators only:
/// reference series, distribution lists and the file plan. Every change goes through the registry's stores, which
/// check the role again and audit it in the same transaction.
struct RegistryAdminController: AdminConsolePages {
    static let strings = "registry.admin"
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

}
