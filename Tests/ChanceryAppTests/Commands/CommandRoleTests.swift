import ChanceryKit
import Testing

@testable import ChanceryApp
@testable import Health
@testable import Registry

/// A command reads role names while parsing its arguments, before any database is opened: the roles of every
/// office must be known then (the real executable refused `registry.clerk` when they were not).
@Suite("Roles on the command line")
struct CommandRoleTests {
    @Test("every office's roles are known before a database is opened; a well-formed unknown name is not a role")
    func rolesBeforeOpening() {
        #expect(OfficeList.role(named: "registry.clerk") == .registryClerk)
        #expect(OfficeList.role(named: "health.overbook") == .healthOverbook)
        #expect(OfficeList.role(named: "hr.caseofficer") != nil)
        #expect(OfficeList.role(named: "admin") == .admin)
        #expect(OfficeList.role(named: "registry.janitor") == nil)
        #expect(OfficeList.role(named: "Admin") == nil)
    }
}
