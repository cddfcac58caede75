/// The models of the administration console's pages.
package enum AdminParts {
    /// A choice of a `<select>`.
    package struct Option: Sendable {
        package var value: String
        package var label: String
        package var selected: Bool

        package init(value: String, label: String, selected: Bool) {
            self.value = value
            self.label = label
            self.selected = selected
        }
    }

    /// A checkbox; `name` is the form field (`role-health.clerk`), one field per box.
    package struct Check: Sendable {
        package var id: String
        package var name: String
        package var label: String
        package var checked: Bool

        package init(id: String, name: String, label: String, checked: Bool) {
            self.id = id
            self.name = name
            self.label = label
            self.checked = checked
        }
    }

    /// A sortable column header.
    package struct Column: Sendable {
        package var name: String
        package var href: String
        /// `ascending` or `descending` on the current sort, for `aria-sort`.
        package var sort: String?
    }

    /// A link with a line of text under it.
    package struct Card: Sendable {
        package var id: String
        package var href: String
        package var name: String
        package var summary: String?
    }
}

/// `/admin`: one card per part of the console, then the offices' reference data.
package struct AdminOverviewPage: PageModel {
    package struct Section: Sendable {
        package var heading: String
        package var links: [AdminParts.Card]
    }

    package var t: [String: String]
    package var cards: [AdminParts.Card]
    package var sections: [Section]
    package var hasSections: Bool
}

/// `/admin/users`: the accounts, filtered and sorted.
package struct AdminUsersPage: PageModel {
    package struct Row: Sendable {
        package var username: String
        package var href: String
        package var name: String
        package var clearance: String
        package var nationality: String
        package var roles: String
        package var units: String
        package var state: String
        package var locked: Bool
    }

    package var t: [String: String]
    package var q: String
    package var units: [AdminParts.Option]
    package var roles: [AdminParts.Option]
    package var states: [AdminParts.Option]
    package var headers: [ListHeader]
    package var pager: ListPager
    /// The order the filter form keeps.
    package var sort: String
    package var order: String
    package var rows: [Row]
    package var hasRows: Bool
    package var notice: String?
}

/// `/admin/users/new` and `/admin/users/{username}`: an account's form, and for an existing one its sign-in actions.
package struct AdminUserPage: PageModel {
    package struct RoleGroup: Sendable {
        package var heading: String
        package var roles: [AdminParts.Check]
    }

    package var t: [String: String]
    package var heading: String
    package var isNew: Bool
    package var action: String
    package var csrf: String
    package var version: Int64
    package var username: String
    package var values: [String: String]
    package var clearances: [AdminParts.Option]
    package var nationalities: [AdminParts.Option]
    package var categories: [AdminParts.Check]
    package var roleGroups: [RoleGroup]
    package var groups: [AdminParts.Check]
    package var hasGroups: Bool
    package var errors: FormErrors.Model?
    package var notice: String?
    package var locked: Bool
    package var state: String
    package var created: String?
}

/// A list of the console or of an office's reference data (`/admin/groups`, `/admin/units`, `/admin/throttles`,
/// `/admin/registry/series`…): its search box, sortable headers, rows, pager and CSV link, and the form under it
/// that adds one, when the page has one (`values`, `errors`, `choices` of its selects by field).
package struct AdminListPage<Row: Sendable>: PageModel {
    package var t: [String: String]
    package var csrf: String
    package var search: ListSearchForm
    package var headers: [ListHeader]
    package var pager: ListPager
    package var rows: [Row]
    package var hasRows: Bool
    package var values: [String: String]
    package var choices: [String: [AdminParts.Option]]
    package var errors: FormErrors.Model?
    package var notice: String?

    /// The page of `list` showing `rows` of `page`, labelled by `t`.
    package init<Item>(
        t: [String: String], list: ListQuery, page: ListRows<Item>, rows: [Row], _ localizer: Localizer,
        context: SignedInContext, values: [String: String] = [:], choices: [String: [AdminParts.Option]] = [:],
        errors: FormErrors = FormErrors(), notice: String? = nil
    ) {
        self.t = t
        csrf = context.session.csrfToken
        search = list.searchForm(localizer)
        headers = list.headers(localizer)
        pager = list.pager(shown: rows.count, hasMore: page.hasMore, total: page.total, localizer)
        self.rows = rows
        hasRows = !rows.isEmpty
        self.values = values
        self.choices = choices
        self.errors = errors.model(localizer)
        self.notice = notice
    }
}

/// A group of `/admin/groups`.
package struct AdminGroupRow: Sendable {
    package var name: String
    package var href: String
    package var title: String
    package var members: Int64
}

/// `/admin/groups/{name}`: a group's members, with the forms that add and remove one.
package struct AdminGroupPage: PageModel {
    package struct Member: Sendable {
        package var username: String
        package var href: String
        package var name: String
        package var removeAction: String
        package var removeLabel: String
    }

    package var t: [String: String]
    package var heading: String
    package var name: String
    package var title: String
    package var csrf: String
    package var members: [Member]
    package var hasMembers: Bool
    /// The accounts not yet members, offered as the user name field's suggestions.
    package var candidates: [AdminParts.Option]
    package var values: [String: String]
    package var errors: FormErrors.Model?
    package var notice: String?
}

/// `/admin/categories`: a name, how many accounts hold it, and where to see them; a unit of `/admin/units`.
package struct AdminCountsPage: PageModel {
    package struct Row: Sendable {
        package var name: String
        package var count: Int
        package var href: String
    }

    package var t: [String: String]
    package var rows: [Row]
    package var hasRows: Bool
}

/// A sign-in counter of `/admin/throttles`, with the button that clears it.
package struct AdminThrottleRow: Sendable {
    package var id: String
    package var typed: String
    package var address: String
    package var failures: Int64
    package var until: String
    package var clearLabel: String
}
