import ChanceryKit
import ChancerySpine

/// What every part of HR case management shares: its unit, the STAFF category every case carries (LEGAL as well
/// where legal advice is in it), the object kinds, and who may do what. Its objects are labelled, and their writers
/// checked, as `SpecialCategoryOffice` says; on top of the label, the conflict rule keeps a case from the people it
/// names and their line managers.
package struct HROffice: Office, SpecialCategoryOffice {
    package let name = "hr"

    package init() {}

    /// The owning unit of every case: HR case management.
    package static let unit = "HR"
    /// Cases are the most confidential data of the HR Directorate.
    package static let category = "STAFF"
    /// Legal advice in a case: for the officer and counsel only.
    package static let legalCategory = "LEGAL"

    /// Who opens and handles cases.
    package static let officers: Set<Role> = [.hrCaseOfficer]
}

extension Role {
    /// The HR case management officer: cases, their parties and deadlines, the line managers the conflict rule
    /// follows.
    package static let hrCaseOfficer = Role("hr.caseofficer")
}

/// Who works in HR case management, and what the rest of the system calls it: its card on the home page, its job as
/// a refusal names it, its facet in search.
extension HROffice {
    package var roles: [Role] { [.hrCaseOfficer] }

    package var demoAccounts: [DemoData.Account] {
        [
            DemoData.account(
                "hrofficer", "Hugo Officer", .natoSecret, "GBR", ["STAFF", "LEGAL"], [.hrCaseOfficer], ["HR"],
                ["HR-CASES"]),
            DemoData.account(
                "hrofficer2", "Inès Moreau", .natoSecret, "BEL", ["STAFF"], [.hrCaseOfficer], ["HR"], ["HR-CASES"]),
        ]
    }

    package var homePath: String { "/hr/cases" }

    package var adminMenu: [MenuLink] { RuleSetsAdminController.menu }

    package var menu: [MenuLink] {
        let officers = MenuLink.anyOf(HROffice.officers)
        return [
            MenuLink("cases", "/hr/cases", "hr.menu.cases", for: officers),
            MenuLink("new-case", "/hr/cases/new", "hr.menu.newCase", for: officers),
            MenuLink("kpis", "/hr/kpis", "hr.menu.kpis", for: officers),
        ]
    }
}
