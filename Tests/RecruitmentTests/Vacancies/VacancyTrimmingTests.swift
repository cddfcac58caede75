import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Recruitment

/// A principal without RECRUITMENT sees no vacancy draft anywhere: lists, counts, exports, single reads, errors.
@Suite("Recruitment vacancies are trimmed")
struct VacancyTrimmingTests {
    @Test("a registry clerk, a Health clerk and a colleague without RECRUITMENT see no draft, and learn nothing")
    func outsidersSeeNothing() async throws {
        try await withInstallation { installation in
            try await RecruitmentMocks.assistantAndOutsiders(installation)
            try await installation.app.test(.router) { client in
                let rita = try await client.token(for: "rita")
                let draft = try await client.importedID(RecruitmentMocks.openNotice(), token: rita)
                let missing = ObjectID.make(milliseconds: Clock.nowMilliseconds())
                #expect(try await client.total("/api/v1/recruitment/vacancies", token: rita) == 1)

                for name in ["remi", "marta", "colin"] {
                    let token = try await client.token(for: name)
                    // lists and counts
                    #expect(try await client.total("/api/v1/recruitment/vacancies", token: token) == 0, "\(name)")
                    let list = try await client.api(.get, "/api/v1/recruitment/vacancies", token: token)
                    #expect((try list.jsonObject()["items"] as? [Any])?.isEmpty == true, "\(name)")
                    // a draft answers exactly like a missing id
                    for id in [draft, missing] {
                        let read = try await client.api(.get, "/api/v1/recruitment/vacancies/\(id)", token: token)
                        #expect(try read.problem(.notFound, type: "object-not-found").detail.contains(id))
                        try await client.api(.post, "/api/v1/recruitment/vacancies/\(id)/publish", token: token)
                            .problem(.notFound, type: "object-not-found")
                        try await client.api(
                            .post, "/api/v1/recruitment/vacancies/\(id)/state", token: token,
                            json: #"{"state":"cancelled"}"#
                        ).problem(.notFound, type: "object-not-found")
                    }
                    // nor may they import
                    let refused = try await client.importNotice(RecruitmentMocks.openNotice(), token: token)
                    #expect(refused.status == .forbidden, "\(name): \(refused.text)")
                    // the pages: the list shows no row, its export no line, the draft's page is a 404
                    let session = try await client.signIn(name)
                    let page = try await client.execute(
                        uri: "/recruitment/vacancies", method: .get, headers: session.headers())
                    if page.status == .ok {
                        #expect(!page.text.contains(draft), "\(name)")
                        #expect(!page.text.contains("Recruitment Assistant"), "\(name)")
                        let csv = try await client.execute(
                            uri: "/recruitment/vacancies?format=csv", method: .get, headers: session.headers())
                        #expect(csv.status == .ok)
                        #expect(!csv.text.contains("260901"), "\(name)")
                        #expect(csv.text.split(separator: "\n").count <= 2, "banner and header only: \(csv.text)")
                    }
                    let shown = try await client.execute(
                        uri: "/recruitment/vacancies/\(draft)", method: .get, headers: session.headers())
                    #expect(shown.status == .notFound)
                    #expect(!shown.text.contains("Recruitment Assistant"))
                }
                // the draft is still a draft, and nobody but Rita touched it
                let after = try await client.api(.get, "/api/v1/recruitment/vacancies/\(draft)", token: rita)
                #expect(try after.jsonObject()["state"] as? String == "draft")
                #expect(try after.jsonObject()["version"] as? Int == 1)
                // and the public sees no draft
                let open = try await client.api(.get, "/api/v1/public/vacancies")
                #expect((try open.jsonObject()["items"] as? [Any])?.isEmpty == true)
                try await client.api(.get, "/api/v1/public/vacancies/\(draft)").problem(.notFound)
            }
        }
    }

    @Test("a vacancy is found by any word of its notice and its number, under Recruitment; outsiders find nothing")
    func searchedByItsNotice() async throws {
        try await withInstallation { installation in
            try await RecruitmentMocks.assistantAndOutsiders(installation)
            try await installation.app.test(.router) { client in
                let rita = try await client.token(for: "rita")
                let notice =
                    RecruitmentMocks.openNotice(number: "260977")
                    + "\nRemarks: experience of the Quokkaville archives is an asset.\n"
                let draft = try await client.importedID(notice, token: rita)
                for query in ["Quokkaville", "260977", "office:recruitment%20Quokkaville"] {
                    let found = try await client.api(.get, "/api/v1/search?q=\(query)", token: rita)
                    #expect(found.status == .ok && found.text.contains(draft), "\(query): \(found.text)")
                }
                let fr: HTTPFields = [.acceptLanguage: "fr"]
                let session = try await client.signIn("rita", headers: fr)
                let page = try await client.execute(
                    uri: "/search?q=Quokkaville", method: .get, headers: session.headers(fr))
                #expect(page.text.contains(#"href="/recruitment/vacancies/\#(draft)""#), "the hit links to its page")
                #expect(page.text.contains("avis de vacance") && !page.text.contains(">vacancy<"), "its type in French")
                let elsewhere = try await client.api(
                    .get, "/api/v1/search?q=office:registry%20Quokkaville", token: rita)
                #expect(!elsewhere.text.contains(draft), "a vacancy is Recruitment's, not the registry's")
                for name in ["remi", "marta", "colin"] {
                    let token = try await client.token(for: name)
                    for query in ["Quokkaville", "260977"] {
                        let found = try await client.api(.get, "/api/v1/search?q=\(query)", token: token)
                        #expect(!found.text.contains(draft) && !found.text.contains("Quokkaville"), "\(name) \(query)")
                    }
                }
            }
        }
    }
}
