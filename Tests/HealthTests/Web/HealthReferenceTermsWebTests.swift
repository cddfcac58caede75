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

/// The Health Office's reference data (specialties, purposes, rooms, supplies and their units) in the page's
/// language: the demo's data on a French page is French.
@Suite("Health reference terms in the page's language")
struct HealthReferenceTermsWebTests {
    @Test("a French page shows the demo's supplies, specialties and purposes in French; an English page in English")
    func frenchPagesShowFrenchReferenceData() async throws {
        try await withInstallation { installation in
            // setup
            try await DemoData.loadOnce(into: installation.chancery)
            let fr: HTTPFields = [.acceptLanguage: "fr"]
            try await installation.app.test(.router) { client in
                let session = try await client.signIn("medclerk", password: DemoData.password, headers: fr)
                func page(_ uri: String, _ headers: HTTPFields) async throws -> String {
                    let response = try await client.execute(uri: uri, method: .get, headers: session.headers(headers))
                    #expect(response.status == .ok, "\(uri)")
                    return response.text
                }
                // exercise
                let supplies = try await page("/health/supplies", fr)
                let referrals = try await page("/health/referrals", fr)
                let releases = try await page("/health/releases", fr)
                // validate
                for french in ["Compresses de gaze stériles", "boîte de 20", "Armoire de la pharmacie A", "comprimé"] {
                    #expect(supplies.contains(french), "\(french)")
                }
                for english in ["Sterile gauze swabs", "box of 20", "Pharmacy cupboard A", ">tablet<"] {
                    #expect(!supplies.contains(english), "\(english)")
                }
                #expect(referrals.contains("Cardiologie") && !referrals.contains("Cardiology<"))
                #expect(releases.contains("Demande de remboursement") && !releases.contains("Reimbursement claim"))

                // (the language is remembered per person: another member of the office reads in English)
                let englishSession = try await client.signIn("advisor", password: DemoData.password)
                let english = try await client.execute(
                    uri: "/health/supplies", method: .get, headers: englishSession.headers()
                ).text
                #expect(english.contains("Sterile gauze swabs") && english.contains("box of 20"))
            }
        }
    }

    @Test("a term is shown in either language whichever it was entered in; other text as entered")
    func termsBothWays() {
        #expect(HealthTerms.display("General practice", in: .fr) == "Médecine générale")
        #expect(HealthTerms.display("médecine générale", in: .en) == "General practice")
        #expect(HealthTerms.display("Dr House's clinic", in: .fr) == "Dr House's clinic")
        for term in HealthTerms.all {
            #expect(!term.en.isEmpty && !term.fr.isEmpty)
        }
    }
}
