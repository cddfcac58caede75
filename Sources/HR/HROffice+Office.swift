import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// What the spine needs to know of HR case management: its migrations, strings, templates, OpenAPI paths, routes
/// and demo data.
extension HROffice {
    package var migrations: [any Migration] {
        [CreateHRCases(), CreateHRRuleSets(), CreateHRCaseSteps(), CreateHRMemos(), CreateHRHearings()]
    }

    package var strings: [String: (en: String, fr: String)] { Self.ownStrings }

    /// HR/Strings/*.json, read once.
    package static let ownStrings = StringCatalog.load(from: .module, target: "HR")

    package var templates: [(name: String, text: String)] {
        (HRTemplates.all + RuleSetsAdminTemplates.all).map { (name: $0.0, text: $0.1) }
    }

    /// Cases are found by their title under this office's facet (trimmed like every search, the conflict rule with it).
    package var searchContributors: [any SearchContributor] { [] }

    package var openAPIFragments: [OpenAPIFragment] { Self.openAPIFiles }

    /// HR/OpenAPI/*.json, read once.
    private static let openAPIFiles = OpenAPIFragment.files(in: .module, target: "HR")

    package func apiPath(kind: String, id: String) -> String? {
        switch kind {
        case HRCase.kind: "/api/v1/casework/cases/\(id)"
        case HRMemo.kind: "/api/v1/casework/memos/\(id)"
        default: nil
        }
    }

    package func webPath(kind: String, id: String) -> String? {
        switch kind {
        case HRCase.kind: "/hr/cases/\(id)"
        case HRMemo.kind: "/hr/memos/\(id)"
        default: nil
        }
    }

    package func addRoutes(
        api: RouterGroup<SignedInContext>, web: RouterGroup<SignedInContext>, open: Router<AppRequestContext>,
        chancery: Chancery
    ) {
        CasesController(chancery: chancery).addRoutes(to: api)
        CaseStepsController(chancery: chancery).addRoutes(to: api)
        MemosController(chancery: chancery).addRoutes(to: api)
        KPIsController(chancery: chancery).addRoutes(to: api)
        HearingsController(chancery: chancery).addRoutes(to: api)
        StaffController(chancery: chancery).addRoutes(to: api)
        RuleSetsController(chancery: chancery).addRoutes(to: api)
        CasesWebController(chancery: chancery).addRoutes(to: web)
        MemosWebController(chancery: chancery).addRoutes(to: web)
        KPIsWebController(chancery: chancery).addRoutes(to: web)
        HearingsWebController(chancery: chancery).addRoutes(to: web)
        RuleSetsAdminController(chancery: chancery).addRoutes(to: web)
    }

    package func loadDemo(into chancery: Chancery, accounts: [String: Principal], scale: DemoData.Scale) async throws {
        try await DemoHR.load(into: chancery, accounts)
    }
}

extension Chancery {
    /// HR cases.
    package var hrCases: HRCaseStore { HRCaseStore(database: database, objects: objects, audit: audit) }
    /// The line managers the conflict rule follows.
    package var lineManagers: LineManagerStore { LineManagerStore(database: database, objects: objects, audit: audit) }
    /// The versions of the regulations' time limits.
    package var hrRuleSets: RuleSetStore { RuleSetStore(database: database, audit: audit) }
}
