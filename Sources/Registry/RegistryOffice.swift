import ChanceryKit
import ChancerySpine
import Foundation
import Hummingbird

/// The Registry: official records with their references, files, distribution, access entries, life cycle and
/// key material. Everything the spine needs to know of it is here.
package struct RegistryOffice: Office {
    package let name = "registry"

    package init() {}

    package var migrations: [any Migration] {
        [
            CreateRegistry(), CreateDistribution(), CreateLifeCycle(), CreateKeyMaterial(),
            UpdateDistributionListsAddOwner(), EnterDistributionListGroups(), BackfillRecordSearchFields(),
            UpdateFilePlanAddRetirement(),
        ]
    }

    package var strings: [String: (en: String, fr: String)] { Self.ownStrings }

    /// Registry/Strings/*.json, read once.
    package static let ownStrings = StringCatalog.load(from: .module, target: "Registry")

    package var templates: [(name: String, text: String)] {
        ([("record-table", RegistryTemplates.recordTable)] + RegistryTemplates.all + RegistryAdminTemplates.all).map {
            (name: $0.0, text: $0.1)
        }
    }

    package var searchContributors: [any SearchContributor] { [RegistrySearchContributor()] }

    package var openAPIFragments: [OpenAPIFragment] { Self.openAPIFiles }

    package var suggestionSources: [any SuggestionSource] { [DistributionListSuggestions()] }

    /// Registry/OpenAPI/*.json, read once.
    private static let openAPIFiles = OpenAPIFragment.files(in: .module, target: "Registry")

    package func apiPath(kind: String, id: String) -> String? {
        kind == RegistryRecord.kind ? "/api/v1/records/\(id)" : nil
    }

    package func webPath(kind: String, id: String) -> String? {
        kind == RegistryRecord.kind ? "/registry/records/\(id)" : nil
    }

    package func addRoutes(
        api: RouterGroup<SignedInContext>, web: RouterGroup<SignedInContext>, open: Router<AppRequestContext>,
        chancery: Chancery
    ) {
        ReferenceSeriesController(chancery: chancery).addRoutes(to: api)
        RecordsController(chancery: chancery).addRoutes(to: api)
        AttachmentsController(chancery: chancery).addRoutes(to: api)
        DistributionController(chancery: chancery).addRoutes(to: api)
        AccessControlController(chancery: chancery).addRoutes(to: api)
        LifeCycleController(chancery: chancery).addRoutes(to: api)
        KeyMaterialController(chancery: chancery).addRoutes(to: api)
        RegistryWebController(chancery: chancery).addRoutes(to: web)
        RegistryAdminController(chancery: chancery).addRoutes(to: web)
    }

    package func loadDemo(into chancery: Chancery, accounts: [String: Principal], scale: DemoData.Scale) async throws {
        try await DemoRegistry.load(into: chancery, accounts)
        try await DemoRegistryHistory.load(into: chancery, accounts, items: scale.registryItems)
    }
}

extension Chancery {
    /// The Registry's reference series and counters.
    package var referenceSeries: ReferenceSeriesStore { ReferenceSeriesStore(database: database, audit: audit) }
    /// The Registry's records.
    package var records: RecordStore {
        RecordStore(
            database: database, objects: objects, series: referenceSeries, attachments: attachments, audit: audit)
    }
    /// The Registry's distribution lists.
    package var distributionLists: DistributionListStore { DistributionListStore(database: database, audit: audit) }
    /// The Registry's file plan.
    package var filePlan: FilePlanStore { FilePlanStore(database: database, audit: audit) }
    /// The Registry's key material.
    package var keyMaterial: KeyMaterialStore { KeyMaterialStore(database: database, objects: objects, audit: audit) }
}
