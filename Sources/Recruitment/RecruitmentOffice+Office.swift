import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// What the spine needs to know of Recruitment: its migrations, strings, templates, OpenAPI paths, routes and demo
/// data.
extension RecruitmentOffice {
    package var migrations: [any Migration] {
        [
            CreateRecruitmentVacancies(),
            CreateRecruitmentApplications(),
            ExtendRecruitmentApplications(),
            CreateRecruitmentScreening(),
            CreateRecruitmentWrittenTests(),
            CreateRecruitmentPanels(),
            CreateRecruitmentLetters(),
            CreateRecruitmentTravel(),
            CreateRecruitmentStageHistory(),
            ExtendRecruitmentRetention(),
        ]
    }

    package var strings: [String: (en: String, fr: String)] { Self.ownStrings }

    /// Recruitment/Strings/*.json, read once.
    package static let ownStrings = StringCatalog.load(from: .module, target: "Recruitment")

    package var templates: [(name: String, text: String)] {
        [
            RecruitmentTemplates.all,
            ApplicationsTemplates.all,
            ScreeningTemplates.all,
            WrittenTestTemplates.all,
            LetterPages.templates,
            SelectionPages.templates,
            TravelTemplates.all,
            PanelTemplates.all,
            ReportTemplates.all,
        ]
        .joined().map { (name: $0.0, text: $0.1) }
    }

    /// Vacancies by their notice, applications by the candidate and their documents, the rest by title under this
    /// office's facet, since `webPath` names their pages (trimmed like every search).
    package var searchContributors: [any SearchContributor] {
        [VacancySearchContributor(), ApplicationSearchContributor()]
    }

    package var openAPIFragments: [OpenAPIFragment] { Self.openAPIFiles }

    /// Recruitment/OpenAPI/*.json, read once.
    private static let openAPIFiles = OpenAPIFragment.files(in: .module, target: "Recruitment")

    package func apiPath(kind: String, id: String) -> String? {
        switch kind {
        case Vacancy.kind: "/api/v1/recruitment/vacancies/\(id)"
        case Application.kind: "/api/v1/recruitment/applications/\(id)"
        case WrittenTest.kind: "/api/v1/recruitment/written-tests/\(id)"
        case TestScript.kind: "/api/v1/recruitment/scripts/\(id)"
        case Panel.kind: "/api/v1/recruitment/panels/\(id)"
        case Letter.kind: "/api/v1/recruitment/letters/\(id)"
        default: nil
        }
    }

    package func webPath(kind: String, id: String) -> String? {
        switch kind {
        case Vacancy.kind: "/recruitment/vacancies/\(id)"
        case Application.kind: "/recruitment/applications/\(id)"
        case WrittenTest.kind: "/recruitment/written-tests/\(id)"
        case TestScript.kind: "/recruitment/scripts/\(id)"
        case Panel.kind: "/recruitment/panels/\(id)"
        case Letter.kind: "/recruitment/letters/\(id)/html"
        default: nil
        }
    }

    package func addRoutes(
        api: RouterGroup<SignedInContext>, web: RouterGroup<SignedInContext>, open: Router<AppRequestContext>,
        chancery: Chancery
    ) {
        PublicVacanciesController(chancery: chancery).addRoutes(to: open)
        PublicVacanciesWebController(chancery: chancery).addRoutes(to: open)
        VacanciesController(chancery: chancery).addRoutes(to: api)
        VacanciesWebController(chancery: chancery).addRoutes(to: web)
        ApplicationsPublicWebController(chancery: chancery).addRoutes(to: open)
        ApplicationsController(chancery: chancery).addRoutes(to: api)
        ApplicationsController(chancery: chancery).addPublicRoutes(to: open)
        ApplicationsWebController(chancery: chancery).addRoutes(to: web)
        TravelController(chancery: chancery).addRoutes(to: api)
        TravelWebController(chancery: chancery).addRoutes(to: web)
        ScreeningController(chancery: chancery).addRoutes(to: api)
        ScreeningWebController(chancery: chancery).addRoutes(to: web)
        PanelsController(chancery: chancery).addRoutes(to: api)
        PanelsWebController(chancery: chancery).addRoutes(to: web)
        WrittenTestsController(chancery: chancery).addRoutes(to: api)
        WrittenTestsWebController(chancery: chancery).addRoutes(to: web)
        LettersController(chancery: chancery).addRoutes(to: api)
        LettersWebController(chancery: chancery).addRoutes(to: web)
        SelectionController(chancery: chancery).addRoutes(to: api)
        SelectionWebController(chancery: chancery).addRoutes(to: web)
        ReportsController(chancery: chancery).addRoutes(to: api)
        ReportsWebController(chancery: chancery).addRoutes(to: web)
    }

    /// Every day, the candidates' data past its keeping is anonymised (`CandidateRetention`).
    package func scheduledTasks(environment: [String: String]) throws -> [ScheduledTask] {
        let policy = try RetentionPolicy.fromEnvironment(environment)
        return [
            ScheduledTask(name: "recruitment.retention", interval: .seconds(86_400)) { chancery in
                let outcome = try await chancery.candidateRetention.run(policy: policy)
                return "\(outcome.anonymised.count) application(s) anonymised, "
                    + "\(outcome.keptOnReserve) kept on a reserve list"
            }
        ]
    }

    package func loadDemo(into chancery: Chancery, accounts: [String: Principal], scale: DemoData.Scale) async throws {
        try await DemoRecruitment.load(into: chancery, accounts)
        try await DemoScreening.load(into: chancery, accounts)
        try await DemoPanels.load(into: chancery, accounts)
        // last: the journeys of the candidates the others brought
        try await DemoTravel.load(into: chancery, accounts)
    }
}

extension Chancery {
    /// Recruitment's vacancies.
    package var recruitment: VacancyStore { VacancyStore(database: database, objects: objects, audit: audit) }
}
