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

/// Applications alike for the report, as SQL groups them: the same answers, the same furthest stage, rejected or
/// not, and how many.
package struct ReportCell: Sendable, Equatable {
    package var nationality: String
    package var gender: CandidateGender
    package var source: CandidateSource
    package var furthest: FunnelStage
    package var rejected: Bool
    package var count: Int
}

/// Completed stays in a stage that lasted `hours` whole hours, and how many.
package struct StayBucket: Sendable, Equatable {
    package var stage: FunnelStage
    package var hours: Int64
    package var count: Int
}

extension DayFigures {
    /// From durations counted in whole hours: the median and the longest in days (to the hour).
    package init?(hours buckets: [(hours: Int64, count: Int)]) {
        let sorted = buckets.filter { $0.count > 0 }.sorted { $0.hours < $1.hours }
        let total = sorted.reduce(0) { $0 + $1.count }
        guard total > 0, let last = sorted.last else { return nil }
        func value(at index: Int) -> Int64 {
            var seen = 0
            for bucket in sorted {
                seen += bucket.count
                if index < seen { return bucket.hours }
            }
            return last.hours
        }
        count = total
        medianDays = Double(value(at: (total - 1) / 2) + value(at: total / 2)) / 48
        longestDays = Double(last.hours) / 24
    }
}

extension RecruitmentReport {
    /// The report of a vacancy from its applications grouped in SQL (`cells`), its completed stays counted by the
    /// hour (`stays`) and the moments of its appointments, small counts suppressed by `rule`.
    package init(
        vacancy: Vacancy, cells: [ReportCell], stays: [StayBucket], appointments: [Int64],
        rule: SmallCounts = SmallCounts()
    ) {
        self.vacancy = vacancy
        func count(_ keep: (ReportCell) -> Bool) -> Int { cells.filter(keep).reduce(0) { $0 + $1.count } }
        funnel = FunnelStage.allCases.map { stage in
            StageCount(stage: stage, count: count { $0.furthest.order >= stage.order })
        }
        rejected = count(\.rejected)
        stageTimes = FunnelStage.allCases.compactMap { stage in
            DayFigures(hours: stays.filter { $0.stage == stage }.map { ($0.hours, $0.count) }).map {
                StageTime(stage: stage, stays: $0.count, medianDays: $0.medianDays, longestDays: $0.longestDays)
            }
        }
        let published = vacancy.publishedAt
        timeToHire = DayFigures(milliseconds: published.map { start in appointments.map { max(0, $0 - start) } } ?? [])
        func distribution(_ value: (ReportCell) -> String, order: [String]) -> [Distribution] {
            let values = order.filter { wanted in cells.contains { value($0) == wanted && $0.count > 0 } }
            let counts = values.map { wanted in
                Self.distributionStages.map { stage in
                    count { value($0) == wanted && $0.furthest.order >= stage.order }
                }
            }
            return zip(values, rule.table(counts)).map { Distribution(value: $0, counts: $1) }
        }
        nationality = distribution(\.nationality, order: Set(cells.map(\.nationality)).sorted())
        gender = distribution(\.gender.rawValue, order: CandidateGender.allCases.map(\.rawValue))
        sources = CandidateSource.allCases.compactMap { source in
            let total = count { $0.source == source }
            return total == 0 ? nil : SourceCount(source: source, count: total)
        }
    }

    /// The same from each application's whole path (the tests' hand-made histories): grouped as SQL groups them.
    package init(vacancy: Vacancy, paths: [ApplicationPath], rule: SmallCounts = SmallCounts()) {
        var cells: [ReportCell] = []
        var stays: [StayBucket] = []
        for path in paths {
            let cell = ReportCell(
                nationality: path.nationality, gender: path.gender, source: path.source, furthest: path.furthest,
                rejected: path.entered[StageHistory.rejected] != nil, count: 1)
            if let index = cells.firstIndex(where: { Self.alike($0, cell) }) {
                cells[index].count += 1
            } else {
                cells.append(cell)
            }
            for stay in path.stays {
                let hours = stay.milliseconds / 3_600_000
                if let index = stays.firstIndex(where: { $0.stage == stay.stage && $0.hours == hours }) {
                    stays[index].count += 1
                } else {
                    stays.append(StayBucket(stage: stay.stage, hours: hours, count: 1))
                }
            }
        }
        self.init(
            vacancy: vacancy, cells: cells, stays: stays,
            appointments: paths.compactMap { $0.entered[FunnelStage.appointed.rawValue] }, rule: rule)
    }

    static func alike(_ one: ReportCell, _ other: ReportCell) -> Bool {
        (one.nationality, one.gender, one.source, one.furthest, one.rejected)
            == (other.nationality, other.gender, other.source, other.furthest, other.rejected)
    }
}
