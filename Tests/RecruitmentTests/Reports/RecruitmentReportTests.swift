import ChanceryKit
import Foundation
import Testing

@testable import ChancerySpine
@testable import Recruitment

/// Issue 18, item 11: the arithmetic of a competition's report, from hand-made stage histories.
@Suite("Recruitment report: the figures")
struct RecruitmentReportTests {
    static let day: Int64 = 86_400_000

    static func vacancy(publishedAt: Int64? = 0) -> Vacancy {
        var vacancy = Vacancy(
            object: LabelledObject(
                id: ObjectID.make(milliseconds: 1), kind: Vacancy.kind, title: "Budget Assistant",
                label: RecruitmentOffice.label(), owningUnit: RecruitmentOffice.unit, openToUnit: true,
                state: Vacancy.State.closed.rawValue, createdBy: "rita", at: 0),
            notice: .init(), unrecognised: [], importNotes: [], original: "")
        vacancy.publishedAt = publishedAt
        return vacancy
    }

    static func path(
        _ stages: [(String, Int64)], nationality: String = "BEL", gender: CandidateGender = .female,
        source: CandidateSource = .jobBoard
    ) -> ApplicationPath {
        ApplicationPath(
            nationality: nationality, gender: gender, source: source,
            entered: Dictionary(uniqueKeysWithValues: stages.map { ($0.0, $0.1 * day) }))
    }

    @Test("The funnel counts each application at every stage up to the furthest it reached, and only narrows")
    func funnel() {
        let paths = [
            Self.path([("applied", 0)]),
            Self.path([("applied", 0), ("eligible", 2), ("rejected", 5)]),
            Self.path([("applied", 0), ("eligible", 2), ("long-list", 4), ("short-list", 6), ("tested", 20)]),
            Self.path([
                ("applied", 1), ("eligible", 2), ("long-list", 4), ("short-list", 6), ("tested", 20),
                ("interviewed", 40), ("selected", 50), ("appointed", 80),
            ]),
        ]
        let report = RecruitmentReport(vacancy: Self.vacancy(), paths: paths)
        #expect(report.funnel.map(\.count) == [4, 3, 2, 2, 2, 1, 1, 1])
        #expect(report.rejected == 1)
        #expect(zip(report.funnel, report.funnel.dropFirst()).allSatisfy { $0.count >= $1.count })
    }

    @Test("Time in a stage counts completed stays only, up to the next stage or the rejection")
    func stageTimes() throws {
        let paths = [
            Self.path([("applied", 0), ("eligible", 2), ("rejected", 5)]),
            Self.path([("applied", 0), ("eligible", 4), ("long-list", 10)]),
            Self.path([("applied", 0), ("eligible", 6)]),
            Self.path([("applied", 0)]),
        ]
        let report = RecruitmentReport(vacancy: Self.vacancy(), paths: paths)
        let applied = try #require(report.stageTimes.first { $0.stage == .applied })
        #expect(applied.stays == 3 && applied.medianDays == 4 && applied.longestDays == 6)
        let eligible = try #require(report.stageTimes.first { $0.stage == .eligible })
        // 2 → rejected at 5 (3 days), 4 → long list at 10 (6 days); the one still eligible is not counted
        #expect(eligible.stays == 2 && eligible.medianDays == 4.5 && eligible.longestDays == 6)
        #expect(!report.stageTimes.contains { $0.stage == .longList }, "a stage nobody left has no figure")
    }

    @Test("Time to hire runs from the publication to each appointment")
    func timeToHire() throws {
        let appointed = { (day: Int64) in
            Self.path([("applied", 1), ("selected", day - 10), ("appointed", day)])
        }
        let report = RecruitmentReport(
            vacancy: Self.vacancy(publishedAt: 10 * Self.day), paths: [appointed(70), appointed(100), appointed(130)])
        let hire = try #require(report.timeToHire)
        #expect(hire.count == 3 && hire.medianDays == 90 && hire.longestDays == 120)
        #expect(RecruitmentReport(vacancy: Self.vacancy(publishedAt: nil), paths: [appointed(70)]).timeToHire == nil)
    }

    @Test("Nationality and gender are counts with small ones suppressed; sources are plain counts")
    func distributions() throws {
        var paths: [ApplicationPath] = []
        for index in 0..<9 {
            paths.append(Self.path([("applied", 0)], nationality: "BEL", gender: index < 6 ? .female : .male))
        }
        for _ in 0..<6 {
            paths.append(
                Self.path(
                    [("applied", 0), ("eligible", 1), ("long-list", 2), ("short-list", 3)], nationality: "FRA",
                    gender: .male))
        }
        paths.append(Self.path([("applied", 0)], nationality: "ITA", gender: .undisclosed, source: .undisclosed))
        let report = RecruitmentReport(vacancy: Self.vacancy(), paths: paths)
        #expect(report.nationality.map(\.value) == ["BEL", "FRA", "ITA"])
        // applied: BEL 9, FRA 6, ITA 1 → ITA hidden, and the next smallest (FRA) with it
        #expect(report.nationality.map(\.counts[0]) == [.count(9), .suppressed, .suppressed])
        // short list: FRA 6 alone, others 0
        #expect(report.nationality.map(\.counts[1]) == [.count(0), .count(6), .count(0)])
        #expect(report.gender.map(\.value) == ["female", "male", "undisclosed"])
        // applied: female 6, male 9, undisclosed 1 → the 1 hidden, and the next smallest (6) with it
        #expect(report.gender.map(\.counts[0]) == [.suppressed, .count(9), .suppressed])
        // nobody selected: a column of zeros is shown as zeros
        #expect(report.gender.allSatisfy { $0.counts[2] == .count(0) })
        #expect(report.sources.map(\.source) == [.jobBoard, .undisclosed] && report.sources.map(\.count) == [15, 1])
    }
}
