import ChanceryKit
import ChancerySpine

/// One competition's report: how many applications reached each stage, how long they stayed in each, how long the
/// posts took to fill, who applied (nationality and gender, counts only, small counts suppressed) and how they
/// learnt of the vacancy. Every figure counts only the applications the reader may read; a merged duplicate counts
/// once, as the application it was merged into.
package struct RecruitmentReport: Sendable {
    package var vacancy: Vacancy
    package var funnel: [StageCount]
    /// Applications rejected at some stage (they count in the funnel up to the stage they reached).
    package var rejected: Int
    package var stageTimes: [StageTime]
    /// Days from the publication to each appointment.
    package var timeToHire: DayFigures?
    package var nationality: [Distribution]
    package var gender: [Distribution]
    package var sources: [SourceCount]

    /// The stages the distributions are shown at: who applied, who reached the short list, who was selected.
    package static let distributionStages: [FunnelStage] = [.applied, .shortList, .selected]

    package struct StageCount: Sendable, Equatable {
        package var stage: FunnelStage
        package var count: Int
    }

    /// The completed stays in a stage: how many, and their median and longest in days.
    package struct StageTime: Sendable, Equatable {
        package var stage: FunnelStage
        package var stays: Int
        package var medianDays: Double
        package var longestDays: Double
    }

    /// One value of a distribution (a nationality, a gender) with its count at each of `distributionStages`.
    package struct Distribution: Sendable, Equatable {
        package var value: String
        package var counts: [ShownCount]
    }

    package struct SourceCount: Sendable, Equatable {
        package var source: CandidateSource
        package var count: Int
    }
}

/// A set of durations in days: how many, the median and the longest.
package struct DayFigures: Sendable, Equatable {
    package var count: Int
    package var medianDays: Double
    package var longestDays: Double

    package init?(milliseconds: [Int64]) {
        guard !milliseconds.isEmpty else { return nil }
        let days = milliseconds.map { Double($0) / 86_400_000 }.sorted()
        count = days.count
        medianDays =
            days.count % 2 == 1 ? days[days.count / 2] : (days[days.count / 2 - 1] + days[days.count / 2]) / 2
        longestDays = days[days.count - 1]
    }
}

/// What the reports know of one application: its statistics-only answers and when it entered each stage.
package struct ApplicationPath: Sendable, Equatable {
    package var nationality: String
    package var gender: CandidateGender
    package var source: CandidateSource
    /// Stage (a `FunnelStage` raw value, or `rejected`) → when it was entered.
    package var entered: [String: Int64]

    /// The furthest stage of the funnel reached.
    package var furthest: FunnelStage {
        FunnelStage.allCases.last { entered[$0.rawValue] != nil } ?? .applied
    }

    package func reached(_ stage: FunnelStage) -> Bool { furthest.order >= stage.order }

    /// Each completed stay in a stage of the funnel: from entering it to entering the next stage in time (a later
    /// stage or the rejection). The stage still held has no end yet and is not counted.
    package var stays: [(stage: FunnelStage, milliseconds: Int64)] {
        let steps = entered.map { (stage: $0.key, at: $0.value) }.sorted {
            ($0.at, FunnelStage(rawValue: $0.stage)?.order ?? Int.max)
                < ($1.at, FunnelStage(rawValue: $1.stage)?.order ?? Int.max)
        }
        return zip(steps, steps.dropFirst()).compactMap { step, next in
            FunnelStage(rawValue: step.stage).map { ($0, next.at - step.at) }
        }
    }
}

extension RecruitmentReport {
    /// The report of a vacancy from the paths of its applications, small counts suppressed by `rule`.
    package init(vacancy: Vacancy, paths: [ApplicationPath], rule: SmallCounts = SmallCounts()) {
        self.vacancy = vacancy
        funnel = FunnelStage.allCases.map { stage in
            StageCount(stage: stage, count: paths.filter { $0.reached(stage) }.count)
        }
        rejected = paths.filter { $0.entered[StageHistory.rejected] != nil }.count
        var stays: [FunnelStage: [Int64]] = [:]
        for path in paths {
            for stay in path.stays { stays[stay.stage, default: []].append(stay.milliseconds) }
        }
        stageTimes = FunnelStage.allCases.compactMap { stage in
            DayFigures(milliseconds: stays[stage] ?? []).map {
                StageTime(stage: stage, stays: $0.count, medianDays: $0.medianDays, longestDays: $0.longestDays)
            }
        }
        let published = vacancy.publishedAt
        timeToHire = DayFigures(
            milliseconds: paths.compactMap { path in
                guard let published, let appointed = path.entered[FunnelStage.appointed.rawValue] else { return nil }
                return max(0, appointed - published)
            })
        func distribution(_ value: (ApplicationPath) -> String, order: [String]) -> [Distribution] {
            let values = order.filter { wanted in paths.contains { value($0) == wanted } }
            let counts = values.map { wanted in
                Self.distributionStages.map { stage in
                    paths.filter { value($0) == wanted && $0.reached(stage) }.count
                }
            }
            return zip(values, rule.table(counts)).map { Distribution(value: $0, counts: $1) }
        }
        nationality = distribution(\.nationality, order: Set(paths.map(\.nationality)).sorted())
        gender = distribution(\.gender.rawValue, order: CandidateGender.allCases.map(\.rawValue))
        sources = CandidateSource.allCases.compactMap { source in
            let count = paths.filter { $0.source == source }.count
            return count == 0 ? nil : SourceCount(source: source, count: count)
        }
    }
}
