import ChanceryKit
import ChancerySpine
import HR
import Health
import Recruitment
import Registry

/// The offices Chancery runs, in the order their migrations apply. Adding an office is a new target and one
/// line here (docs/architecture.md).
package enum OfficeList {
    package static let all: [any Office] = [
        RegistryOffice(),
        HealthOffice(),
        RecruitmentOffice(),
        HROffice(),
    ]

    /// The role of this name among those the spine and these offices declare. A command reads it while parsing
    /// its arguments, before any database is opened, so the offices are installed first (installing them again
    /// changes nothing).
    package static func role(named name: String) -> Role? {
        InstalledOffices.install(all)
        return InstalledOffices.role(named: name)
    }
}
