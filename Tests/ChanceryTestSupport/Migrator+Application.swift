@testable import ChanceryApp
@testable import ChancerySpine

extension Migrator {
    /// Every migration of the application as deployed: the spine's, then each office's.
    package static var application: Migrator { Migrator(offices: OfficeList.all) }

    /// The application's migrations that apply before the one named `name`: an installation made before it.
    package static func before(_ name: String) -> Migrator {
        let steps = Migrator.steps(of: OfficeList.all)
        let index = steps.firstIndex { $0.migration.name == name } ?? steps.count
        return Migrator(steps: Array(steps[..<index]))
    }
}
