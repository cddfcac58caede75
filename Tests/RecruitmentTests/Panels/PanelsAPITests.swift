import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import ChancerySpine
@testable import Recruitment

/// Selection panels through the API: a member sees the panel, but no candidate anywhere until they declare no
/// conflict; a member of another panel, a registry clerk and a health clerk see nothing; scores stay each member's
/// own until all have scored; the secretary drafts the report and the chair signs it, after which nothing changes.
@Suite("Recruitment selection panels")
struct PanelsAPITests {
    static func people(_ installation: TestInstallation) async throws {
        try await installation.user("rita", RecruitmentMocks.assistant)
        try await installation.user("chair", PanelMocks.member("Clara Chair"))
        try await installation.user("secretary", PanelMocks.member("Sam Secretary", nationality: "FRA"))
        try await installation.user("tech", PanelMocks.member("Tom Technical", nationality: "DEU"))
        try await installation.user("other", PanelMocks.member("Olga Other", nationality: "NLD"))
        try await installation.user("registry", MockUser.registry)
        try await installation.user("health", RecruitmentMocks.healthClerk)
        try await installation.user("colleague", RecruitmentMocks.colleague)
    }

    @Test(
        "before the declaration a member sees the panel but no candidate: not in the panel, the count or the calendar")
    func hiddenBeforeDeclaration() async throws {
        try await withInstallation { installation in
            try await Self.people(installation)
            try await installation.app.test(.router) { client in
                let rita = try await client.token(for: "rita")
                let composed = try await PanelMocks.compose(client, assistant: rita)
                let panel = composed.panel
                let slot = try await client.api(
                    .post, "/api/v1/recruitment/panels/\(panel)/slots", token: rita,
                    json: PanelMocks.json([
                        "candidateId": try await Self.candidateIDs(client, panel, rita)[0], "date": "2027-01-15",
                        "start": "09:30", "end": "10:30", "place": "Room B-101",
                        "videoLink": "https://video.example.org/panel",
                    ]))
                #expect(slot.status == .created, "\(slot.text)")
                #expect(try slot.jsonObject()["start"] as? String == "2027-01-15T09:30:00+01:00")

                let tech = try await client.token(for: "tech")
                let seen = try await client.api(.get, "/api/v1/recruitment/panels/\(panel)", token: tech)
                #expect(seen.status == .ok, "\(seen.text)")
                #expect(seen.headers[.classification] == "NATO RESTRICTED")
                let body = try seen.jsonObject()
                #expect((body["candidates"] as? [Any])?.isEmpty == true)
                #expect((body["members"] as? [Any])?.count == 3)
                #expect(!seen.text.contains("Dupont") && !seen.text.contains("Martens"))
                let calendar = try await client.api(
                    .get, "/api/v1/recruitment/panels/\(panel)/calendar.ics", token: tech)
                #expect(calendar.status == .ok)
                #expect(calendar.text.contains("BEGIN:VEVENT") && calendar.text.contains("Room B-101"))
                #expect(!calendar.text.contains("Dupont") && !calendar.text.contains("Martens"))
                #expect(try await client.total("/api/v1/recruitment/panels", token: tech) == 1)
                let scores = try await client.api(
                    .put, "/api/v1/recruitment/panels/\(panel)/candidates/\(composed.applications[0])/scores",
                    token: tech, json: PanelMocks.scorecard(4, 4))
                #expect(scores.status == .forbidden, "no scoring before the declaration")
                #expect(!scores.text.contains("Dupont"))

                // the assistant sees the candidates and the names in the calendar
                let assistantCalendar = try await client.api(
                    .get, "/api/v1/recruitment/panels/\(panel)/calendar.ics", token: rita)
                #expect(assistantCalendar.text.contains("Dupont") || assistantCalendar.text.contains("Martens"))

                // nobody else sees anything, 404 like missing
                for name in ["other", "registry", "health", "colleague"] {
                    let token = try await client.token(for: name)
                    for path in ["", "/calendar.ics", "/scores", "/ranking"] {
                        let response = try await client.api(
                            .get, "/api/v1/recruitment/panels/\(panel)\(path)", token: token)
                        #expect(response.status == .notFound, "\(name) \(path): \(response.status)")
                        #expect(!response.text.contains("Dupont"))
                    }
                    #expect(try await client.total("/api/v1/recruitment/panels", token: token) == 0, "\(name)")
                    let declared = try await client.api(
                        .post, "/api/v1/recruitment/panels/\(panel)/declaration", token: token,
                        json: #"{"declaration":"no-conflict"}"#)
                    #expect(declared.status == .notFound, "\(name)")
                }
            }
        }
    }

    static func candidateIDs(_ client: some TestClientProtocol, _ panel: String, _ token: String) async throws
        -> [String]
    {
        let response = try await client.api(.get, "/api/v1/recruitment/panels/\(panel)", token: token)
        let candidates = try #require(try response.jsonObject()["candidates"] as? [[String: Any]])
        return candidates.compactMap { $0["id"] as? String }
    }

    @Test("no conflict opens the candidates to the member; a declared conflict keeps them closed and is recorded")
    func declarations() async throws {
        try await withInstallation { installation in
            try await Self.people(installation)
            try await installation.app.test(.router) { client in
                let rita = try await client.token(for: "rita")
                let panel = try await PanelMocks.compose(client, assistant: rita).panel
                let tech = try await client.token(for: "tech")
                let secretary = try await client.token(for: "secretary")

                let invalid = try await client.api(
                    .post, "/api/v1/recruitment/panels/\(panel)/declaration", token: tech,
                    json: #"{"declaration":"conflict-declared"}"#)
                #expect(invalid.status == .badRequest)
                #expect(try invalid.jsonObject()["errors"] as? [Any] != nil)

                let conflict = try await client.api(
                    .post, "/api/v1/recruitment/panels/\(panel)/declaration", token: tech,
                    json: #"{"declaration":"conflict-declared","note":"A former colleague applied"}"#)
                #expect(conflict.status == .ok, "\(conflict.text)")
                #expect(try await Self.candidateIDs(client, panel, tech).isEmpty)
                let again = try await client.api(
                    .post, "/api/v1/recruitment/panels/\(panel)/declaration", token: tech,
                    json: #"{"declaration":"no-conflict"}"#)
                #expect(again.status == .conflict)

                let signed = try await client.api(
                    .post, "/api/v1/recruitment/panels/\(panel)/declaration", token: secretary,
                    json: #"{"declaration":"no-conflict"}"#)
                #expect(signed.status == .ok)
                #expect(try await Self.candidateIDs(client, panel, secretary).count == 2)
                #expect(signed.text.contains("Dupont"))
                #expect(try await Self.candidateIDs(client, panel, tech).isEmpty, "the conflict stays closed")

                let events = try await installation.chancery.database.read { db in
                    try await db.raw(
                        "SELECT COUNT(*) AS n FROM audit_events WHERE action = 'recruitment.panel.declaration'"
                    ).first()?.decode(column: "n", as: Int64.self)
                }
                #expect(events == 2)
            }
        }
    }

    @Test("scores: bounded, each member's own until all have scored; ranking; report drafted, signed, then frozen")
    func scoringAndReport() async throws {
        try await withInstallation { installation in
            try await Self.people(installation)
            try await installation.app.test(.router) { client in
                let rita = try await client.token(for: "rita")
                let panel = try await PanelMocks.compose(
                    client, assistant: rita, members: [("chair", "chair"), ("secretary", "secretary")]
                ).panel
                let chair = try await client.token(for: "chair")
                let secretary = try await client.token(for: "secretary")
                for token in [chair, secretary] {
                    let declared = try await client.api(
                        .post, "/api/v1/recruitment/panels/\(panel)/declaration", token: token,
                        json: #"{"declaration":"no-conflict"}"#)
                    #expect(declared.status == .ok)
                }
                let candidates = try await Self.candidateIDs(client, panel, chair)
                try #require(candidates.count == 2)
                let path = "/api/v1/recruitment/panels/\(panel)/candidates"

                let bad = try await client.api(
                    .put, "\(path)/\(candidates[0])/scores", token: chair,
                    json: PanelMocks.json([
                        "scores": [
                            ["competency": "Teamwork", "score": 6], ["competency": "Leadership", "score": 3],
                        ]
                    ]))
                #expect(bad.status == .badRequest)
                let fields = try #require(try bad.jsonObject()["errors"] as? [[String: Any]]).compactMap {
                    $0["field"] as? String
                }
                #expect(fields == ["scores.0.score", "scores.1.competency"])

                for (candidate, scores) in zip(candidates, [(5, 4), (3, 2)]) {
                    let put = try await client.api(
                        .put, "\(path)/\(candidate)/scores", token: chair,
                        json: PanelMocks.scorecard(scores.0, scores.1))
                    #expect(put.status == .ok, "\(put.text)")
                }
                // before everyone has scored, the chair sees only their own, and no ranking
                let own = try await client.api(.get, "/api/v1/recruitment/panels/\(panel)/scores", token: chair)
                #expect(try own.jsonObject()["complete"] as? Bool == false)
                #expect((try own.jsonObject()["items"] as? [Any])?.count == 4)
                let early = try await client.api(.get, "/api/v1/recruitment/panels/\(panel)/ranking", token: chair)
                #expect(early.status == .conflict)
                let secretaryOwn = try await client.api(
                    .get, "/api/v1/recruitment/panels/\(panel)/scores", token: secretary)
                #expect((try secretaryOwn.jsonObject()["items"] as? [Any])?.isEmpty == true)

                for (candidate, scores) in zip(candidates, [(4, 4), (2, 2)]) {
                    let put = try await client.api(
                        .put, "\(path)/\(candidate)/scores", token: secretary,
                        json: PanelMocks.scorecard(scores.0, scores.1))
                    #expect(put.status == .ok)
                }
                let all = try await client.api(.get, "/api/v1/recruitment/panels/\(panel)/scores", token: chair)
                #expect(try all.jsonObject()["complete"] as? Bool == true)
                #expect((try all.jsonObject()["items"] as? [Any])?.count == 8)

                let ranking = try await client.api(
                    .get, "/api/v1/recruitment/panels/\(panel)/ranking", token: secretary)
                #expect(ranking.status == .ok, "\(ranking.text)")
                let items = try #require(try ranking.jsonObject()["items"] as? [[String: Any]])
                #expect(items.first?["candidateId"] as? String == candidates[0])
                #expect(items.first?["overall"] as? Double == 4.25)
                let prefilled = try #require(try ranking.jsonObject()["prefilledReportFr"] as? String)
                #expect(prefilled.contains("4,25"))

                let signEarly = try await client.api(
                    .post, "/api/v1/recruitment/panels/\(panel)/report/sign", token: chair)
                #expect(signEarly.status == .conflict)
                let chairDraft = try await client.api(
                    .put, "/api/v1/recruitment/panels/\(panel)/report", token: chair,
                    json: #"{"textEn":"x","textFr":"x"}"#)
                #expect(chairDraft.status == .forbidden, "only the secretary drafts")
                let emptyDraft = try await client.api(
                    .put, "/api/v1/recruitment/panels/\(panel)/report", token: secretary, json: #"{"textEn":" "}"#)
                #expect(emptyDraft.status == .badRequest)
                #expect((try emptyDraft.jsonObject()["errors"] as? [Any])?.count == 2)
                let draft = try await client.api(
                    .put, "/api/v1/recruitment/panels/\(panel)/report", token: secretary,
                    json: PanelMocks.json(["textEn": "The panel recommends Dupont.", "textFr": prefilled]))
                #expect(draft.status == .ok, "\(draft.text)")
                let secretarySigns = try await client.api(
                    .post, "/api/v1/recruitment/panels/\(panel)/report/sign", token: secretary)
                #expect(secretarySigns.status == .forbidden)
                let signed = try await client.api(
                    .post, "/api/v1/recruitment/panels/\(panel)/report/sign", token: chair)
                #expect(signed.status == .ok, "\(signed.text)")
                let report = try #require(try signed.jsonObject()["report"] as? [String: Any])
                #expect(report["state"] as? String == "signed")

                // signed: nothing changes any more
                let rescore = try await client.api(
                    .put, "\(path)/\(candidates[0])/scores", token: chair, json: PanelMocks.scorecard(1, 1))
                #expect(rescore.status == .conflict)
                let redraft = try await client.api(
                    .put, "/api/v1/recruitment/panels/\(panel)/report", token: secretary,
                    json: #"{"textEn":"x","textFr":"x"}"#)
                #expect(redraft.status == .conflict)
                let actions = try await installation.chancery.database.read { db in
                    try await db.raw(
                        """
                        SELECT action FROM audit_events WHERE action LIKE 'recruitment.panel.report%' ORDER BY seq
                        """
                    ).all().map { try $0.decode(column: "action", as: String.self) }
                }
                #expect(actions == ["recruitment.panel.report-drafted", "recruitment.panel.report-signed"])
            }
        }
    }

    @Test("composing: only an assistant; every member and seat problem named at once; nothing written")
    func composing() async throws {
        try await withInstallation { installation in
            try await Self.people(installation)
            try await installation.app.test(.router) { client in
                let rita = try await client.token(for: "rita")
                let vacancy = try await ApplicationsAPITests.published(
                    client, token: rita, deadline: Date().addingTimeInterval(30 * 86_400))
                let refused = try await client.api(
                    .post, "/api/v1/recruitment/panels", token: rita,
                    json: PanelMocks.json([
                        "vacancyId": vacancy,
                        "members": [
                            ["username": "registry", "role": "chair"], ["username": "tech", "role": "president"],
                        ],
                        "candidates": ["01ARZ3NDEKTSV4RRFFQ69G5FAV"], "competencies": [],
                    ]))
                #expect(refused.status == .badRequest, "\(refused.text)")
                let fields = try #require(try refused.jsonObject()["errors"] as? [[String: Any]]).compactMap {
                    $0["field"] as? String
                }
                #expect(fields == ["members.0.username", "members.1.role", "candidates.0", "competencies"])
                let tech = try await client.token(for: "tech")
                let byMember = try await client.api(
                    .post, "/api/v1/recruitment/panels", token: tech, json: PanelMocks.json(["vacancyId": vacancy]))
                #expect(byMember.status == .forbidden)
                let panels = try await installation.chancery.database.read { db in
                    try await db.raw("SELECT COUNT(*) AS n FROM objects WHERE kind = 'selection-panel'").first()?
                        .decode(column: "n", as: Int64.self)
                }
                #expect(panels == 0)
            }
        }
    }
}
