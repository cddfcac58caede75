import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import SQLKit
import Testing

@testable import ChancerySpine
@testable import Recruitment

/// Written tests through the API: the assistant schedules and invites, the marker marks by candidate code and never
/// receives a candidate, the assistant un-blinds (audited) and reads the results; outsiders see nothing.
@Suite("Recruitment written tests")
struct WrittenTestsAPITests {
    static func json(_ response: TestResponse) throws -> [String: Any] { try response.jsonObject() }

    static func items(_ response: TestResponse) throws -> [[String: Any]] {
        try response.jsonObject()["items"] as? [[String: Any]] ?? []
    }

    @Test("schedule, invite, mark anonymously, un-blind, results: and the marker never receives a name")
    func wholeCycle() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("mark", WrittenTestMocks.marker)
            try await installation.user("otto", WrittenTestMocks.marker)
            try await installation.user("remi", MockUser.registry)
            try await installation.user("marta", RecruitmentMocks.healthClerk)
            try await installation.app.test(.router) { client in
                let rita = try await client.token(for: "rita")
                let mark = try await client.token(for: "mark")
                let otto = try await client.token(for: "otto")
                let (vacancy, applications, references) = try await WrittenTestMocks.vacancyWithCandidates(
                    client, token: rita)
                var markerResponses: [(String, TestResponse)] = []

                // the assistant schedules a session marked by mark, another marked by otto
                let created = try await client.api(
                    .post, "/api/v1/recruitment/written-tests", token: rita,
                    json: WrittenTestMocks.sessionBody(vacancy: vacancy))
                try #require(created.status == .created, "\(created.text)")
                #expect(created.headers[.classification] == "NATO RESTRICTED // RECRUITMENT")
                let session = try #require(try Self.json(created)["id"] as? String)
                #expect(try Self.json(created)["startsAt"] as? String == "2026-12-10T09:30:00+01:00")
                let other = try await client.api(
                    .post, "/api/v1/recruitment/written-tests", token: rita,
                    json: WrittenTestMocks.sessionBody(vacancy: vacancy, markers: ["otto"]))
                let otherSession = try #require(try Self.json(other)["id"] as? String)

                // a marker cannot be someone without the marker's role; every field at once
                let refused = try await client.api(
                    .post, "/api/v1/recruitment/written-tests", token: rita,
                    json:
                        #"{"vacancyId":"\#(vacancy)","markers":["remi","nobody"],"questions":[{"label":"A","maximum":0}],"passMark":99}"#
                )
                let problem = try refused.problem(.badRequest, type: "invalid-written-test")
                let fields = (try Self.json(refused)["errors"] as? [[String: Any]] ?? []).compactMap {
                    $0["field"] as? String
                }
                #expect(Set(fields) == ["startsAt", "place", "room", "markers", "questions"], "\(problem.detail)")

                // invitations: all or nothing
                let invited = try await client.api(
                    .post, "/api/v1/recruitment/written-tests/\(session)/invitations", token: rita,
                    json: #"{"applications":["\#(applications[0])","\#(applications[1])"]}"#)
                try #require(invited.status == .created, "\(invited.text)")
                let codes = try Self.items(invited).compactMap { $0["code"] as? String }
                #expect(codes.count == 2 && Set(codes).count == 2)
                for code in codes {
                    #expect(code.count == 6)
                    #expect(!WrittenTestMocks.secrets.contains { $0.uppercased().contains(code) })
                    #expect(!applications.contains { $0.uppercased().contains(code) })
                }
                let again = try await client.api(
                    .post, "/api/v1/recruitment/written-tests/\(session)/invitations", token: rita,
                    json: #"{"applications":["\#(applications[2])","\#(applications[0])"]}"#)
                _ = try again.problem(.conflict, type: "invitations-refused")
                #expect(again.text.contains(references[0]), "names the application already invited")
                let mapping = try await client.api(
                    .get, "/api/v1/recruitment/written-tests/\(session)/invitations", token: rita)
                #expect(try Self.items(mapping).count == 2, "nobody was invited by the refused request")
                _ = try await client.api(
                    .post, "/api/v1/recruitment/written-tests/\(otherSession)/invitations", token: rita,
                    json: #"{"applications":["\#(applications[2])"]}"#)

                // before the test is held, nothing to mark
                #expect(try await client.total("/api/v1/recruitment/scripts?toMark=true", token: mark) == 0)
                #expect(try await client.total("/api/v1/recruitment/scripts", token: mark) == 2)
                let held = try await client.api(
                    .post, "/api/v1/recruitment/written-tests/\(session)/state", token: rita, json: #"{"state":"held"}"#
                )
                #expect(held.status == .ok, "\(held.text)")

                // the marker's scripts: codes only
                let scripts = try await client.api(.get, "/api/v1/recruitment/scripts?toMark=true", token: mark)
                markerResponses.append(("list", scripts))
                let scriptItems = try Self.items(scripts)
                #expect(Set(scriptItems.compactMap { $0["code"] as? String }) == Set(codes))
                #expect(scripts.headers[.classification] == "NATO RESTRICTED")
                let first = try #require(scriptItems.first?["id"] as? String)
                let second = try #require(scriptItems.last?["id"] as? String)
                let read = try await client.api(.get, "/api/v1/recruitment/scripts/\(first)", token: mark)
                markerResponses.append(("script", read))
                #expect(read.status == .ok)

                // marks are bounded by each question's maximum, every question at once
                let tooHigh = try await client.api(
                    .put, "/api/v1/recruitment/scripts/\(first)/marks", token: mark, json: #"{"marks":[21,11]}"#)
                markerResponses.append(("refusal", tooHigh))
                _ = try tooHigh.problem(.badRequest, type: "invalid-marks")
                #expect(tooHigh.text.contains("Question 1: a mark is a whole number from 0 to 20."))
                #expect(tooHigh.text.contains("Question 2: a mark is a whole number from 0 to 10."))
                let marked = try await client.api(
                    .put, "/api/v1/recruitment/scripts/\(first)/marks", token: mark, json: #"{"marks":[15,8]}"#)
                markerResponses.append(("marks", marked))
                #expect(try Self.json(marked)["total"] as? Int == 23)

                // closing the marking waits for the last script
                let early = try await client.api(
                    .post, "/api/v1/recruitment/written-tests/\(session)/state", token: rita,
                    json: #"{"state":"marked"}"#)
                _ = try early.problem(.conflict, type: "scripts-to-mark")
                let last = try await client.api(
                    .put, "/api/v1/recruitment/scripts/\(second)/marks", token: mark, json: #"{"marks":[9,4]}"#)
                markerResponses.append(("marks", last))

                // the marker reaches nothing of the candidates: the session, its mapping, results, applications
                for uri in [
                    "/api/v1/recruitment/written-tests/\(session)",
                    "/api/v1/recruitment/written-tests/\(session)/results",
                    "/api/v1/recruitment/written-tests/\(session)/invitations",
                    "/api/v1/recruitment/vacancies/\(vacancy)/applications",
                ] {
                    let response = try await client.api(.get, uri, token: mark)
                    markerResponses.append((uri, response))
                    _ = try response.problem(.notFound, type: "object-not-found")
                }
                #expect(try await client.total("/api/v1/recruitment/written-tests", token: mark) == 0)
                let unblindByMarker = try await client.api(
                    .post, "/api/v1/recruitment/written-tests/\(session)/unblind", token: mark)
                markerResponses.append(("unblind", unblindByMarker))
                _ = try unblindByMarker.problem(.notFound, type: "object-not-found")
                for (what, response) in markerResponses {
                    #expect(response.candidateWords(references) == [], "the marker received a candidate: \(what)")
                }

                // a marker of another session, a registry clerk and a Health clerk see none of these scripts
                for (name, token) in [
                    ("otto", otto), ("remi", try await client.token(for: "remi")),
                    ("marta", try await client.token(for: "marta")),
                ] {
                    #expect(
                        try await client.total("/api/v1/recruitment/scripts", token: token) == (name == "otto" ? 1 : 0))
                    for id in [first, second, session] {
                        for uri in ["/api/v1/recruitment/scripts/\(id)", "/api/v1/recruitment/written-tests/\(id)"] {
                            _ = try await client.api(.get, uri, token: token).problem(
                                .notFound, type: "object-not-found")
                        }
                    }
                    _ = try await client.api(
                        .put, "/api/v1/recruitment/scripts/\(first)/marks", token: token, json: #"{"marks":[1,1]}"#
                    ).problem(.notFound, type: "object-not-found")
                    #expect(try await client.total("/api/v1/recruitment/written-tests", token: token) == 0, "\(name)")
                }

                // the assistant closes the marking; results are blind until un-blinded
                let closed = try await client.api(
                    .post, "/api/v1/recruitment/written-tests/\(session)/state", token: rita,
                    json: #"{"state":"marked"}"#)
                #expect(closed.status == .ok, "\(closed.text)")
                let blind = try await client.api(
                    .get, "/api/v1/recruitment/written-tests/\(session)/results", token: rita)
                #expect(blind.candidateWords(references) == [], "no name before the un-blinding")
                _ = try await client.api(
                    .post, "/api/v1/recruitment/written-tests/\(session)/state", token: rita,
                    json: #"{"state":"results-published"}"#
                ).problem(.conflict, type: "written-test-blind")
                let unblinded = try await client.api(
                    .post, "/api/v1/recruitment/written-tests/\(session)/unblind", token: rita)
                #expect(unblinded.status == .ok, "\(unblinded.text)")
                _ = try await client.api(
                    .post, "/api/v1/recruitment/written-tests/\(session)/unblind", token: rita
                ).problem(.conflict, type: "written-test-unblinded")
                let results = try await client.api(
                    .get, "/api/v1/recruitment/written-tests/\(session)/results", token: rita)
                let rows = try #require(try Self.json(results)["results"] as? [[String: Any]])
                #expect(rows.map { $0["total"] as? Int } == [23, 13])
                #expect(rows.map { $0["rank"] as? Int } == [1, 2])
                #expect(rows.map { $0["passed"] as? Bool } == [true, false])
                #expect(Set(rows.compactMap { $0["familyName"] as? String }) == ["Quillfeather", "Brightwater"])

                let events = try await ApplicationsAPITests.count(
                    installation,
                    "SELECT COUNT(*) AS n FROM audit_events WHERE action = 'recruitment.test.unblind'")
                #expect(events == 1)
                let published = try await client.api(
                    .post, "/api/v1/recruitment/written-tests/\(session)/state", token: rita,
                    json: #"{"state":"results-published"}"#)
                #expect(published.status == .ok)
            }
        }
    }

    @Test("only the short list sits the test: an application still to screen or on the long list is refused, by name")
    func shortListOnly() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("mark", WrittenTestMocks.marker)
            try await installation.app.test(.router) { client in
                let rita = try await client.token(for: "rita")
                let (vacancy, applications, references) = try await WrittenTestMocks.vacancyWithCandidates(
                    client, token: rita, shortListed: false)
                let created = try await client.api(
                    .post, "/api/v1/recruitment/written-tests", token: rita,
                    json: WrittenTestMocks.sessionBody(vacancy: vacancy))
                let session = try #require(try Self.json(created)["id"] as? String)
                let uri = "/api/v1/recruitment/written-tests/\(session)/invitations"
                // the first short-listed, the second only on the long list, the third still to screen
                try await client.shortList([applications[0]], of: vacancy, token: rita)
                for stage in ["eligible", "long-list"] {
                    _ = try await client.api(
                        .post, "/api/v1/recruitment/applications/\(applications[1])/screening/stage", token: rita,
                        json: #"{"stage":"\#(stage)"}"#)
                }
                let refused = try await client.api(
                    .post, uri, token: rita,
                    json: #"{"applications":["\#(applications[0])","\#(applications[1])","\#(applications[2])"]}"#,
                    headers: [.acceptLanguage: "fr"])
                let problem = try refused.problem(.conflict, type: "invitations-refused")
                let sentences = (try Self.json(refused)["errors"] as? [[String: Any]] ?? []).compactMap {
                    $0["detail"] as? String
                }
                #expect(
                    sentences.contains(
                        "\(references[1]) n’est pas sur la liste restreinte (étape : Liste longue) : seuls les candidats de la liste restreinte passent l’épreuve écrite."
                    ), "\(problem.detail) \(sentences)")
                #expect(sentences.contains { $0.hasPrefix("\(references[2]) n’est pas sur la liste restreinte") })
                #expect(!sentences.contains { $0.contains(references[0]) }, "the short-listed one is not refused")
                #expect(try Self.items(try await client.api(.get, uri, token: rita)).isEmpty, "nobody was invited")
                let mark = try await client.token(for: "mark")
                #expect(try await client.total("/api/v1/recruitment/scripts", token: mark) == 0, "no script was made")

                let invited = try await client.api(
                    .post, uri, token: rita, json: #"{"applications":["\#(applications[0])"]}"#)
                #expect(invited.status == .created, "\(invited.text)")
            }
        }
    }

    @Test("a planned session's markers change: the scripts leave the old marker and reach the new one")
    func markersChange() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.user("mark", WrittenTestMocks.marker)
            try await installation.user("otto", WrittenTestMocks.marker)
            try await installation.app.test(.router) { client in
                let rita = try await client.token(for: "rita")
                let mark = try await client.token(for: "mark")
                let otto = try await client.token(for: "otto")
                let (vacancy, applications, _) = try await WrittenTestMocks.vacancyWithCandidates(client, token: rita)
                let created = try await client.api(
                    .post, "/api/v1/recruitment/written-tests", token: rita,
                    json: WrittenTestMocks.sessionBody(vacancy: vacancy))
                let session = try #require(try Self.json(created)["id"] as? String)
                _ = try await client.api(
                    .post, "/api/v1/recruitment/written-tests/\(session)/invitations", token: rita,
                    json: #"{"applications":["\#(applications[0])"]}"#)
                #expect(try await client.total("/api/v1/recruitment/scripts", token: mark) == 1)
                #expect(try await client.total("/api/v1/recruitment/scripts", token: otto) == 0)

                // without If-Match the change is refused; at the version read it is made
                let body = WrittenTestMocks.sessionBody(vacancy: vacancy, markers: ["otto"])
                _ = try await client.api(.put, "/api/v1/recruitment/written-tests/\(session)", token: rita, json: body)
                    .problem(.init(code: 428), type: "if-match-required")
                let etag = try #require(created.headers[.eTag])
                let changed = try await client.api(
                    .put, "/api/v1/recruitment/written-tests/\(session)", token: rita, json: body,
                    headers: [.ifMatch: etag])
                #expect(changed.status == .ok, "\(changed.text)")
                #expect(try await client.total("/api/v1/recruitment/scripts", token: mark) == 0)
                #expect(try await client.total("/api/v1/recruitment/scripts", token: otto) == 1)

                // once held, the session no longer changes
                let held = try await client.api(
                    .post, "/api/v1/recruitment/written-tests/\(session)/state", token: rita, json: #"{"state":"held"}"#
                )
                let late = try await client.api(
                    .put, "/api/v1/recruitment/written-tests/\(session)", token: rita, json: body,
                    headers: [.ifMatch: try #require(held.headers[.eTag])])
                _ = try late.problem(.conflict, type: "written-test-state")
            }
        }
    }

    @Test("the session's fields are checked: a start in Brussels time, a pass mark within the paper")
    func formChecks() {
        var items: [AppError.Item] = []
        let form = WrittenTestForm.check(
            WrittenTestRequest(
                vacancyId: "x", startsAt: "2026-07-01T09:30", place: "Mons", room: "1", markers: ["mark"],
                questions: [.init(label: "A", maximum: 10)], passMark: 11), items: &items)
        #expect(items.map(\.field) == ["passMark"])
        // the sentence, not the field's label (they once shared a key, and the label won)
        #expect(
            RecruitmentOffice.ownStrings[items[0].key]?.en
                == "The pass mark is a whole number from 0 to the paper’s total ({max}).")
        #expect(WrittenTestForm.brusselsText(form.startsAt) == "2026-07-01T09:30")
        #expect(WrittenTestForm.brussels("2026-07-01T09:30") == 1_782_891_000_000)
        #expect(WrittenTestForm.brussels("2026-02-30T09:30") == nil)
        #expect(WrittenTestForm.brussels("2026-07-01") == nil)
    }

    @Test("ranks: ties share a rank, the next skips; the unmarked come last without one")
    func ranking() throws {
        func invitation(_ code: String, _ total: Int?) -> TestInvitation {
            TestInvitation(
                object: LabelledObject(
                    id: code, kind: TestInvitation.kind, title: code, label: .unclassified, owningUnit: "CHR",
                    openToUnit: true, state: "invited", createdBy: "x", at: 0),
                sessionId: "s", applicationId: "a", scriptId: "sc", code: code, marks: nil, total: total,
                markedAt: nil, reference: "", familyName: "", givenNames: "")
        }
        let session = WrittenTest(
            object: LabelledObject(
                id: "s", kind: WrittenTest.kind, title: "", label: .unclassified, owningUnit: "CHR", openToUnit: true,
                state: "marked", createdBy: "x", at: 0),
            vacancyId: "v", startsAt: 0, place: "", room: "", invigilators: [], markers: [],
            questions: [.init(label: "A", maximum: 30)], passMark: 15, unblindedAt: nil, unblindedBy: nil)
        let results = WrittenTestResult.results(
            of: [invitation("AAA", 20), invitation("BBB", nil), invitation("CCC", 20), invitation("DDD", 10)],
            in: session)
        #expect(results.map(\.code) == ["AAA", "CCC", "DDD", "BBB"])
        #expect(results.map(\.rank) == [1, 1, 3, nil])
        #expect(results.map(\.passed) == [true, true, false, nil])
        #expect(results.allSatisfy { $0.names == nil })
    }
}
