import ChancerySpine
import Health
import Registry

/// The offices Chancery runs, in the order their migrations apply. Adding an office is a new target and one
/// line here (docs/architecture.md).
package enum OfficeList {
    package static let all: [any Office] = [
        RegistryOffice(),
        HealthOffice(),
    ]
}
