import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// A `role-required` refusal names the jobs that may do what was refused, in the reader's language; the role ids
/// are for programs only (the problem's `roles`), never in the sentence.
@Suite("Role-required sentences")
struct RoleRequiredAPITests {
    /// In the Health Office's unit and briefed for MEDICAL, but holding a registry role only.
    static let registryInHealth = UserAttributes(
        displayName: "Rita Registry", clearance: .natoSecret, nationality: "BEL", categories: ["MEDICAL"],
        roles: [.registryClerk], units: ["HEALTH", "IPS"], groups: [])

    struct RoleProblem: Decodable {
        var detail: String
        var roles: [String]?
    }

    @Test("each refusal names the jobs that would allow it, in English and French, never a role id")
    func jobsNotRoleIDs() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", Self.registryInHealth)
            try await installation.user("marta", HealthUser.clerk)
            let marta = try await installation.user("marta2", HealthUser.clerk).principal
            let patient = try await installation.patient("Weber", "Lena", by: marta)
            try await installation.app.test(.router) { client in
                let rita = try await client.token(for: "rita")
                let clerk = try await client.token(for: "marta")
                let newPatient = #"{"familyName":"X","givenNames":"Y","dateOfBirth":"1990-01-01","nationality":"FRA"}"#
                let cases: [(String, HTTPRequest.Method, String, String?, String, [String], String, String)] = [
                    // any of the Health Office's three jobs may open a record
                    (
                        rita, .post, "/api/v1/health/patients", newPatient, "role-required",
                        ["health.clerk", "health.clinician", "health.advisor"],
                        "Only a medical clerk, a clinician or a medical advisor may do this",
                        "Seul un secrétaire médical, un clinicien ou un conseiller médical peut le faire"
                    ),
                    // only a clinician breaks the glass
                    (
                        clerk, .post, "/api/v1/health/patients/\(patient.object.id)/break-glass", #"{"reason":"x"}"#,
                        "role-required", ["health.clinician"], "Only a clinician may do this",
                        "Seul un clinicien peut le faire"
                    ),
                    // only an advisor reviews
                    (
                        clerk, .get, "/api/v1/health/break-glass", nil, "role-required", ["health.advisor"],
                        "Only a medical advisor may do this", "Seul un conseiller médical peut le faire"
                    ),
                    // the registry's clerk or supervisor registers
                    (
                        clerk, .post, "/api/v1/records", recordBody("Signal"), "role-required",
                        ["registry.clerk", "registry.supervisor"],
                        "Only a registry clerk or a registry supervisor may do this",
                        "Seul un agent du bureau d'ordre ou un superviseur du bureau d'ordre peut le faire"
                    ),
                    // the audit chain is the auditor's
                    (
                        clerk, .get, "/api/v1/audit?object=\(patient.object.id)", nil, "role-required", ["auditor"],
                        "Only an auditor may do this", "Seul un auditeur peut le faire"
                    ),
                ]
                for (token, method, path, body, type, roles, english, french) in cases {
                    for (language, sentence) in [("en", english), ("fr", french)] {
                        let response = try await client.api(
                            method, path, token: token, json: body, headers: [.acceptLanguage: language])
                        try response.problem(.forbidden, type: type)
                        let problem = try response.decode(RoleProblem.self)
                        #expect(problem.detail.hasPrefix(sentence), "\(path) in \(language): \(problem.detail)")
                        #expect(!problem.detail.contains("health."), "\(path): \(problem.detail)")
                        #expect(!problem.detail.contains("registry."), "\(path): \(problem.detail)")
                        #expect(problem.roles == roles, "\(path): \(problem.roles ?? [])")
                    }
                }
            }
        }
    }

    @Test("the web's error page names the job too, in French")
    func webPageNamesTheJob() async throws {
        try await withInstallation { installation in
            try await installation.user("marta", HealthUser.clerk)
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("marta", headers: [.acceptLanguage: "fr"])
                let page = try await client.execute(
                    uri: "/health/break-glass", method: .get, headers: session.headers([.acceptLanguage: "fr"]))
                #expect(page.status == .forbidden)
                #expect(page.text.contains("Seul un conseiller médical peut le faire"))
                #expect(!page.text.contains("health.advisor"))
            }
        }
    }

    @Test("a list of jobs reads naturally whatever its length, and in a fixed order")
    func jobLists() throws {
        // The jobs' names are the offices' strings: known once the offices are installed, whichever test runs first.
        InstalledOffices.install(OfficeList.all)
        let en = Localizer(.en)
        let fr = Localizer(.fr)
        #expect(JobNames.list(JobNames.ordered([.healthAdvisor]), en) == "a medical advisor")
        #expect(
            JobNames.list(JobNames.ordered([.healthClinician, .healthClerk]), en) == "a medical clerk or a clinician")
        #expect(
            JobNames.list(JobNames.ordered(HealthOffice.staff), fr)
                == "un secrétaire médical, un clinicien ou un conseiller médical")
        for role in InstalledOffices.catalog.roles {
            let name = role.rawValue
            #expect(Strings.table["job.\(name)"] != nil, "job.\(name)")
            for language in [en, fr] where name.contains(".") {
                #expect(!AppError.roleRequired(role).detail(language).contains(name), "\(name)")
            }
        }
    }
}
