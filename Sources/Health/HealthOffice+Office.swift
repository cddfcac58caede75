import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// What the spine needs to know of the Health Office: its migrations, strings, templates, search, OpenAPI
/// paths, routes and demo data.
extension HealthOffice {
    package var migrations: [any Migration] {
        [
            CreateHealthRecords(), CreateHealthAppointments(), CreateHealthReleases(), CreateHealthAuditsAndSupplies(),
            ProtectHealthEntryVersions(), FlagSuspectedDuplicatePatients(), AddAppointmentCheckIn(),
            UpdateCliniciansAndTypesAddActive(), CreateHealthFitnessDecisions(),
        ]
    }

    package var strings: [String: (en: String, fr: String)] { Self.ownStrings }

    /// Health/Strings/*.json, read once, and the names of the lab catalogue's tests.
    package static let ownStrings = StringCatalog.load(from: .module, target: "Health").merging(LabCatalogue.strings) {
        own, _ in own
    }

    package var templates: [(name: String, text: String)] {
        (HealthTemplates.all + HealthAppointmentTemplates.all + HealthReleaseTemplates.all
            + HealthAuditsSuppliesTemplates.all + HealthAdminTemplates.all)
            .map { (name: $0.0, text: $0.1) }
    }

    package var searchContributors: [any SearchContributor] { [HealthSearchContributor()] }

    package var openAPIFragments: [OpenAPIFragment] { Self.openAPIFiles }

    package var suggestionSources: [any SuggestionSource] { [PatientSuggestions(), LabTestSuggestions()] }

    /// Health/OpenAPI/*.json, read once.
    private static let openAPIFiles = OpenAPIFragment.files(in: .module, target: "Health")

    /// The FHIR routes answer refusals as OperationOutcomes, unknown query parameters included.
    package func ownBadRequestResponse(path: String) -> String? {
        path.hasPrefix(FHIRController.pathPrefix) ? "FHIRBadRequest" : nil
    }

    package func addRoutes(
        api: RouterGroup<SignedInContext>, web: RouterGroup<SignedInContext>, open: Router<AppRequestContext>,
        chancery: Chancery
    ) {
        AppointmentsController.addFeedRoute(to: open, chancery: chancery)
        PatientsController(chancery: chancery).addRoutes(to: api)
        EntriesController(chancery: chancery).addRoutes(to: api)
        FitnessDecisionsController(chancery: chancery).addRoutes(to: api)
        HealthReleasesController(chancery: chancery).addRoutes(to: api)
        QAAuditsController(chancery: chancery).addRoutes(to: api)
        SuppliesController(chancery: chancery).addRoutes(to: api)
        AppointmentsController(chancery: chancery).addRoutes(to: api)
        FHIRController(chancery: chancery).addRoutes(to: api)
        HealthWebController(chancery: chancery).addRoutes(to: web)
        AppointmentsWebController(chancery: chancery).addRoutes(to: web)
        HealthReleasesWebController(chancery: chancery).addRoutes(to: web)
        HealthAuditsSuppliesWebController(chancery: chancery).addRoutes(to: web)
        HealthAdminController(chancery: chancery).addRoutes(to: web)
    }

    package func loadDemo(into chancery: Chancery, accounts: [String: Principal], scale: DemoData.Scale) async throws {
        try await DemoHealth.load(into: chancery, accounts)
        try await DemoHealthAppointments.load(into: chancery, accounts)
        try await DemoHealthReleases.load(into: chancery, accounts)
        try await DemoHealthSupplies.load(into: chancery, accounts)
        try await DemoHealthPractice.load(into: chancery, accounts, patients: scale.patients)
    }
}

extension HealthOffice {
    /// Fit / not fit / pending for another office (Recruitment's medical approval), through the spine's seam.
    package func fitnessAnswering(chancery: Chancery) -> (any FitnessAnswering)? {
        HealthFitnessAnswers(health: chancery.health)
    }
}

extension Chancery {
    /// The Health Office's patients, record entries, consents and break-glass openings.
    package var health: HealthStore {
        HealthStore(database: database, objects: objects, attachments: attachments, audit: audit)
    }
}
