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

/// `/api/v1/health/pod-requests`: a division asks, the Health Office answers with fitness for work only.
@Suite("Health POD requests API")
struct PODRequestsAPITests {
    static let ask =
        #"{"staffNumber":"S-1042","question":"Can she return to the night shift?","purpose":"return to work"}"#

    @Test("the requester sees their request and the answer, and nothing of the patient record")
    func requesterSeesAnswerOnly() async throws {
        try await withInstallation { installation in
            // setup
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            _ = try await installation.user("luc", ReleaseUsers.lineManager)
            let patient = try await installation.releasePatient("DUPONT", staffNumber: "S-1042", by: clerk.principal)
            try await installation.releaseLabResult(of: patient.object.id, by: clerk.principal)
            try await installation.app.test(.router) { client in
                let luc = try await client.token(for: "luc")
                let clerkToken = try await client.token(for: "clerk")
                // exercise
                let created = try await client.api(.post, "/api/v1/health/pod-requests", token: luc, json: Self.ask)
                #expect(created.status == .created, "\(created.text)")
                let id = try #require(try created.jsonObject()["id"] as? String)
                #expect(created.headers[.classification] == "NATO UNCLASSIFIED")
                let answer = try await client.api(
                    .post, "/api/v1/health/pod-requests/\(id)/answer", token: clerkToken,
                    json:
                        #"{"fitness":"fit-with-restrictions","restrictions":["no-night-work"],"from":"2026-01-05","until":"2026-03-31","reviewDate":"2026-03-15"}"#
                )
                #expect(answer.status == .ok, "\(answer.text)")

                // validate: the requester reads the answer
                let read = try await client.api(.get, "/api/v1/health/pod-requests/\(id)", token: luc)
                #expect(read.status == .ok)
                let body = try read.jsonObject()
                #expect(body["status"] as? String == "answered")
                #expect(body["patient"] == nil)
                let current = try #require(body["answer"] as? [String: Any])
                #expect(current["fitness"] as? String == "fit-with-restrictions")
                #expect(current["restrictions"] as? [String] == ["no-night-work"])
                #expect(
                    !read.text.contains(patient.object.id) && !read.text.contains("DUPONT")
                        && !read.text.contains("blood"))
                // the clerk sees the patient link
                let staffView = try await client.api(.get, "/api/v1/health/pod-requests/\(id)", token: clerkToken)
                #expect(try staffView.jsonObject()["patient"] as? String == patient.object.id)
                // the list shows the request to the requester
                let list = try await client.api(.get, "/api/v1/health/pod-requests", token: luc)
                #expect((try list.jsonObject()["items"] as? [[String: Any]])?.map { $0["id"] as? String } == [id])
                // and nothing of the record
                try await client.api(.get, "/api/v1/health/patients/\(patient.object.id)/disclosures", token: luc)
                    .problem(.notFound, type: "object-not-found")
                let referrals = try await client.api(.get, "/api/v1/health/referrals?withTotal=true", token: luc)
                #expect(try referrals.jsonObject()["total"] as? Int == 0)
                // the requester cannot answer
                try await client.api(
                    .post, "/api/v1/health/pod-requests/\(id)/answer", token: luc, json: #"{"fitness":"fit"}"#
                )
                .problem(.forbidden, type: "role-required")
            }
        }
    }

    @Test("the answer refuses every field but fitness, restrictions and dates, and unknown codes")
    func answerIsClosed() async throws {
        try await withInstallation { installation in
            _ = try await installation.user("clerk", ReleaseUsers.clerk)
            let luc = try await installation.user("luc", ReleaseUsers.lineManager)
            let request = try await installation.chancery.healthReleases.createPODRequest(
                staffNumber: "S-1", question: "Fit?", purpose: "planning", by: luc.principal)
            let path = "/api/v1/health/pod-requests/\(request.object.id)/answer"
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "clerk")
                for body in [
                    #"{"fitness":"unfit","diagnosis":"J45 asthma"}"#, #"{"fitness":"unfit","note":"see record"}"#,
                    #"{"fitness":"unfit","entries":[]}"#,
                ] {
                    try await client.api(.post, path, token: token, json: body).problem(
                        .badRequest, type: "unknown-field")
                }
                let badCode = try await client.api(
                    .post, path, token: token,
                    json: #"{"fitness":"fit-with-restrictions","restrictions":["no-asthma-triggers"]}"#)
                #expect(try badCode.problem(.badRequest, type: "invalid-field").field == "restrictions[0]")
                try await client.api(.post, path, token: token, json: #"{"fitness":"recovering"}"#)
                    .problem(.badRequest, type: "invalid-field")
                try await client.api(.post, path, token: token, json: #"{"fitness":"fit-with-restrictions"}"#)
                    .problem(.badRequest, type: "invalid-field")
                try await client.api(.post, path, token: token, json: #"{"fitness":"fit","from":"2026-02-30"}"#)
                    .problem(.badRequest, type: "invalid-field")
            }
            let found = try #require(
                try await installation.chancery.healthReleases.podRequest(request.object.id, by: luc.principal))
            #expect(found.0.answers.isEmpty)
        }
    }

    @Test("a new answer supersedes the last, which is kept; an unknown staff number is accepted and closed")
    func historyAndUnknownStaffNumber() async throws {
        try await withInstallation { installation in
            let clerk = try await installation.user("clerk", ReleaseUsers.clerk)
            _ = try await installation.user("luc", ReleaseUsers.lineManager)
            _ = try await installation.releasePatient("DUPONT", staffNumber: "S-1042", by: clerk.principal)
            try await installation.app.test(.router) { client in
                let luc = try await client.token(for: "luc")
                let clerkToken = try await client.token(for: "clerk")
                let known = try await client.api(.post, "/api/v1/health/pod-requests", token: luc, json: Self.ask)
                let unknown = try await client.api(
                    .post, "/api/v1/health/pod-requests", token: luc,
                    json:
                        #"{"staffNumber":"NOBODY-1","question":"Can she return to the night shift?","purpose":"return to work"}"#
                )
                // the requester cannot tell a known staff number from an unknown one
                #expect(known.status == unknown.status)
                #expect(Set(try known.jsonObject().keys) == Set(try unknown.jsonObject().keys))
                let id = try #require(try known.jsonObject()["id"] as? String)
                _ = try await client.api(
                    .post, "/api/v1/health/pod-requests/\(id)/answer", token: clerkToken,
                    json: #"{"fitness":"under-assessment"}"#)
                _ = try await client.api(
                    .post, "/api/v1/health/pod-requests/\(id)/answer", token: clerkToken, json: #"{"fitness":"fit"}"#)
                let read = try await client.api(.get, "/api/v1/health/pod-requests/\(id)", token: luc)
                let answers = try #require(try read.jsonObject()["answers"] as? [[String: Any]])
                #expect(answers.map { $0["fitness"] as? String } == ["under-assessment", "fit"])
                #expect(answers.map { $0["superseded"] as? Bool } == [true, false])
                // the clerk closes the unknown one; it takes no answer afterwards
                let unknownID = try #require(try unknown.jsonObject()["id"] as? String)
                #expect(
                    try await client.api(.post, "/api/v1/health/pod-requests/\(unknownID)/closure", token: clerkToken)
                        .status == .ok)
                try await client.api(
                    .post, "/api/v1/health/pod-requests/\(unknownID)/answer", token: clerkToken,
                    json: #"{"fitness":"fit"}"#
                ).problem(.conflict, type: "pod-request-closed")
            }
            // the answers are append-only in the database
            await #expect(throws: (any Error).self) {
                try await installation.chancery.database.transaction { db in
                    try await db.raw("UPDATE health_pod_answers SET fitness = 'unfit'").run()
                }
            }
        }
    }

    @Test("another division's user and a principal without MEDICAL outside HEALTH see no request")
    func othersSeeNothing() async throws {
        try await withInstallation { installation in
            let luc = try await installation.user("luc", ReleaseUsers.lineManager)
            _ = try await installation.user("other", ReleaseUsers.lineManager)
            _ = try await installation.user("registry", MockUser.registry)
            let request = try await installation.chancery.healthReleases.createPODRequest(
                staffNumber: "S-1", question: "Fit?", purpose: "planning", by: luc.principal)
            try await installation.app.test(.router) { client in
                for user in ["other", "registry"] {
                    let token = try await client.token(for: user)
                    let list = try await client.api(.get, "/api/v1/health/pod-requests", token: token)
                    #expect((try list.jsonObject()["items"] as? [Any])?.isEmpty == true)
                    try await client.api(.get, "/api/v1/health/pod-requests/\(request.object.id)", token: token)
                        .problem(.notFound, type: "object-not-found")
                }
            }
        }
    }
}
