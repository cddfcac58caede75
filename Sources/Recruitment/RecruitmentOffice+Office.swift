import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// What the spine needs to know of Recruitment: its migrations, strings, templates, OpenAPI paths, routes and demo
/// data.
extension RecruitmentOffice {
    package var migrations: [any Migration] {
        [CreateRecruitmentVacancies(), CreateRecruitmentApplications(), CreateRecruitmentPanels()]
    }

    package var strings: [String: (en: String, fr: String)] {
        [
            Self.identityStrings, RecruitmentWebStrings.table, Self.workStrings, ApplicationError.strings,
            PanelStrings.table, PanelError.strings, PanelWebStrings.table,
        ]
        .reduce(into: [:]) { all, table in all.merge(table) { first, _ in first } }
    }

    static let workStrings: [String: (en: String, fr: String)] = [
        "work.recruitment.drafts": ("Vacancy drafts to complete and publish", "Avis de vacance à compléter et publier")
    ]

    package var templates: [(name: String, text: String)] {
        (RecruitmentTemplates.all + PanelTemplates.all).map { (name: $0.0, text: $0.1) }
    }

    /// A vacancy is indexed by its title, as every object no office describes (trimmed like every search).
    package var searchContributors: [any SearchContributor] { [] }

    package var openAPIFragments: [OpenAPIFragment] { Self.openAPIFiles }

    /// Recruitment/OpenAPI/*.json, read once.
    private static let openAPIFiles = OpenAPIFragment.files(in: .module, target: "Recruitment")

    package func apiPath(kind: String, id: String) -> String? {
        kind == Vacancy.kind ? "/api/v1/recruitment/vacancies/\(id)" : nil
    }

    package func webPath(kind: String, id: String) -> String? {
        kind == Vacancy.kind ? "/recruitment/vacancies/\(id)" : nil
    }

    package func addRoutes(
        api: RouterGroup<SignedInContext>, web: RouterGroup<SignedInContext>, open: Router<AppRequestContext>,
        chancery: Chancery
    ) {
        PublicVacanciesController(chancery: chancery).addRoutes(to: open)
        PublicVacanciesWebController(chancery: chancery).addRoutes(to: open)
        VacanciesController(chancery: chancery).addRoutes(to: api)
        VacanciesWebController(chancery: chancery).addRoutes(to: web)
        PanelsController(chancery: chancery).addRoutes(to: api)
        PanelsWebController(chancery: chancery).addRoutes(to: web)
    }

    package func loadDemo(into chancery: Chancery, accounts: [String: Principal], scale: DemoData.Scale) async throws {
        try await DemoRecruitment.load(into: chancery, accounts)
        try await DemoPanels.load(into: chancery, accounts)
    }
}

extension Chancery {
    /// Recruitment's vacancies.
    package var recruitment: VacancyStore { VacancyStore(database: database, objects: objects, audit: audit) }
}
