import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChancerySpine
@testable import Recruitment

/// Issue 18, item 12: candidates' data anonymised after the retention period from the competition's end, a reserve
/// list keeping its candidate until it expires; audited; the reports' figures unchanged.
@Suite("Recruitment retention")
struct CandidateRetentionTests {
    static let day: Int64 = 86_400_000

    /// The report's figures as the API gives them, without what may differ by design (nothing).
    static func figures(_ client: some TestClientProtocol, _ vacancy: String, token: String) async throws -> String {
        let report = try await client.api(.get, "/api/v1/recruitment/reports/\(vacancy)", token: token)
        #expect(report.status == .ok, "\(report.text)")
        return report.text
    }

    @Test("past the period: names, documents and notes go, the figures stay; a reserve list keeps its candidate")
    func anonymise() async throws {
        try await withInstallation { installation in
            try await installation.user("rita", RecruitmentMocks.assistant)
            try await installation.app.test(.router) { client in
                let token = try await client.token(for: "rita")
                let (vacancy, ids) = try await RecruitmentReportsAPITests.competition(client, token: token)
                // a candidate with a CV, and one on the reserve list for three years
                let applied = try await client.api(
                    .post, "/api/v1/public/vacancies/\(vacancy)/applications",
                    json: ApplicationsFileTests.body(40, family: "Vandersteen"))
                #expect(applied.status == .created, "\(applied.text)")
                let receipt = try applied.jsonObject()
                let withCV = try #require(receipt["id"] as? String)
                let stored = try await client.execute(
                    uri: "/api/v1/public/applications/\(receipt["reference"] as? String ?? "")/documents?document=cv",
                    method: .post,
                    headers: [
                        .contentType: "application/pdf",
                        ApplicationsController.tokenHeader: receipt["documentsToken"] as? String ?? "",
                    ],
                    body: ByteBuffer(string: ApplicationsFileTests.cvPDF))
                #expect(stored.status == .created, "\(stored.text)")
                let reserveUntil = HeadquartersCalendar.day(Clock.nowMilliseconds() + 3 * 365 * Self.day)
                let reserved = try await SelectionAPITests.step(
                    client, ids[0], "reserve", #"{"until":"\#(reserveUntil)"}"#, token: token)
                #expect(reserved.status == .ok, "\(reserved.text)")
                for state in ["closed", "filled"] {
                    let moved = try await client.api(
                        .post, "/api/v1/recruitment/vacancies/\(vacancy)/state", token: token,
                        json: #"{"state":"\#(state)"}"#)
                    #expect(moved.status == .ok, "\(moved.text)")
                }
                let before = try await Self.figures(client, vacancy, token: token)
                let retention = installation.chancery.candidateRetention
                let now = Clock.nowMilliseconds()

                // a day before the two years are out: nothing is due
                let early = try await retention.run(policy: .standard, dryRun: true, now: now + 729 * Self.day)
                #expect(early.anonymised.isEmpty && early.keptOnReserve == 0)

                let later = now + 731 * Self.day
                let dry = try await retention.run(policy: .standard, dryRun: true, now: later)
                #expect(dry.anonymised.count == 12 && dry.keptOnReserve == 1)
                #expect(!dry.anonymised.contains(ids[0]))
                let events = try await installation.auditEventCount()
                #expect(try await installation.changes(since: events).isEmpty, "a dry run changes nothing")

                let outcome = try await retention.run(policy: .standard, now: later)
                #expect(outcome.anonymised.sorted() == dry.anonymised.sorted() && outcome.keptOnReserve == 1)
                #expect(try await retention.run(policy: .standard, now: later).anonymised.isEmpty, "once only")

                let anonymised = try await client.api(
                    .get, "/api/v1/recruitment/applications/\(withCV)", token: token)
                #expect(anonymised.status == .ok, "\(anonymised.text)")
                #expect(!anonymised.text.contains("Vandersteen") && !anonymised.text.contains("cand40@example.org"))
                #expect(!anonymised.text.contains("1988-03-01") && !anonymised.text.contains("Logistics Assistant"))
                #expect(
                    try anonymised.jsonObject()["application"].flatMap { ($0 as? [String: Any])?["anonymisedAt"] }
                        is String)
                let session = try await client.signIn("rita", headers: [.acceptLanguage: "fr"])
                let page = try await client.execute(
                    uri: "/recruitment/applications/\(withCV)", method: .get,
                    headers: session.headers([.acceptLanguage: "fr"]))
                #expect(
                    page.status == .ok
                        && page.text.element(id: "anonymised")?.hasPrefix("Les données personnelles") == true)
                #expect(!page.text.contains("Vandersteen"))
                // the candidate's page draws the office's menu and links to its steps
                #expect(page.text.contains(#"id="office-menu""#))
                for step in ["screening", "selection", "letters"] {
                    #expect(page.text.firstHref(id: "\(step)-link") == "/recruitment/applications/\(withCV)/\(step)")
                }
                let files = try await installation.chancery.database.read { db in
                    try await db.raw(
                        "SELECT destroyed_at FROM attachments WHERE object_id = \(bind: withCV)"
                    ).all().map { try $0.decode(column: "destroyed_at", as: Int64?.self) }
                }
                #expect(files.count == 1 && files.allSatisfy { $0 != nil }, "the CV is destroyed")
                let kept = try await client.api(.get, "/api/v1/recruitment/applications/\(ids[0])", token: token)
                #expect(kept.text.contains("Candidate0"), "the reserve list keeps its candidate")

                #expect(try await Self.figures(client, vacancy, token: token) == before, "the same figures")
                let audited = try await installation.auditEvents(action: "recruitment.application.anonymise")
                #expect(audited.count == 12 && audited.allSatisfy { $0.actor == CandidateRetention.scheduledActor })
                #expect(audited.contains { $0.details["files"] == "1" && $0.details["retentionDays"] == "730" })
                #expect(try await installation.chancery.audit.verify(installation.chancery.database).isIntact)

                // once the reserve list has expired, its candidate goes too
                let after = now + (3 * 365 + 1) * Self.day
                #expect(try await retention.run(policy: .standard, now: after).anonymised == [ids[0]])
            }
        }
    }

    @Test("the period comes from CHANCERY_RECRUITMENT_RETENTION_DAYS; a wrong value is refused at start")
    func policy() throws {
        #expect(try RetentionPolicy.fromEnvironment([:]) == .standard)
        #expect(try RetentionPolicy.fromEnvironment([RetentionPolicy.variable: "365"]).days == 365)
        for wrong in ["0", "two years", "-5", "40000"] {
            #expect(throws: ConfigurationError.self) {
                try RetentionPolicy.fromEnvironment([RetentionPolicy.variable: wrong])
            }
        }
        let tasks = try RecruitmentOffice().scheduledTasks(environment: [:])
        #expect(tasks.map(\.name) == ["recruitment.retention"] && tasks[0].interval == .seconds(86_400))
        #expect(throws: ConfigurationError.self) {
            try RecruitmentOffice().scheduledTasks(environment: [RetentionPolicy.variable: "soon"])
        }
    }
}
