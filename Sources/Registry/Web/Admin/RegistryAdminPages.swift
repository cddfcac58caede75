import ChancerySpine

/// A reference series of `/admin/registry/series`.
struct RegistrySeriesRow: Sendable {
    var code: String
    var href: String
    var title: String
    var template: String
    var verification: String
    var state: String
    var active: Bool
}

/// `/admin/registry/series/new` and `/admin/registry/series/{code}`: a series' form.
struct RegistrySeriesPage: Sendable {
    var heading: String
    var isNew: Bool
    var action: String
    var version: Int64
    var requiresVerification: Bool
    var active: Bool
    var checks: [AdminParts.Check]
    var notice: String?
}

/// A distribution list of `/admin/registry/lists`.
struct RegistryListRow: Sendable {
    var id: String
    var href: String
    var name: String
    var description: String
    var owner: String
    var members: Int64
}

/// `/admin/registry/lists/{id}`: a list's name and description, and its members added and removed one by one.
struct RegistryListPage: Sendable {
    struct Member: Sendable {
        var rowID: String
        var kind: String
        var kindName: String
        var memberID: String
        var name: String
        var role: String
        var removeLabel: String
    }

    var heading: String
    var id: String
    var version: Int64
    var owner: String
    var members: [Member]
    var hasMembers: Bool
    var kinds: [AdminParts.Option]
    var roles: [AdminParts.Option]
    var candidates: [AdminParts.Option]
    var memberValues: [String: String]
    var memberErrors: FormErrors.Model?
    var notice: String?
}

/// `/admin/registry/file-plan`: the plan as a tree, and the form that adds a node.
struct RegistryFilePlanPage: Sendable {
    /// A node with the nodes under it. Flags are `Bool`, never optional, so that a leaf never reads its parent's.
    struct Node: Sendable {
        var id: String
        var href: String
        var code: String
        var title: String
        var kindName: String
        var rule: String
        var isFolder: Bool
        var retired: Bool
        var retiredName: String
        var children: [Node]
        var hasChildren: Bool
    }

    var tree: [Node]
    var hasTree: Bool
    var kinds: [AdminParts.Option]
    var parents: [AdminParts.Option]
    var dispositions: [AdminParts.Option]
    var notice: String?
}

/// `/admin/registry/file-plan/{id}`: one node, its rename form and its retirement.
struct RegistryFilePlanNodePage: Sendable {
    struct Link: Sendable {
        var href: String
        var text: String
        var retired: Bool
    }

    var heading: String
    var id: String
    var code: String
    var title: String
    var kindName: String
    /// The retention rule of a folder; nil for a category.
    var rule: String?
    var parent: Link?
    var children: [Link]
    var hasChildren: Bool
    var retired: String?
    var version: Int64
    var retireErrors: FormErrors.Model?
    var notice: String?
}
