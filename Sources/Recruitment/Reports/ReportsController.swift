import ChanceryKit
import ChancerySpine
import Hummingbird

/// The reports through the API: every competition's funnel (`/api/v1/recruitment/reports`), one competition's whole
/// report (`/api/v1/recruitment/reports/{id}`), the year's workload per person (the head only) and the dashboard.
/// A suppressed count is `null`.
package struct ReportsController {
    package let chancery: Chancery

    package func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("recruitment/reports", use: overview)
        group.get("recruitment/reports/workload", use: workload)
        group.get("recruitment/reports/{id}", use: report)
        group.get("recruitment/dashboard", use: dashboard)
    }

    /// Stage → count, in the funnel's order (JSON keeps the keys sorted; the stages are listed in `stages`).
    static func funnel(_ counts: [Int]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: zip(FunnelStage.allCases.map(\.rawValue), counts))
    }

    struct FunnelBody: Encodable {
        var vacancy: String
        var title: String
        var vacancyNumber: String?
        var state: String
        var deadline: String?
        var funnel: [String: Int]

        init(_ row: RecruitmentReportStore.FunnelRow) {
            (vacancy, title, vacancyNumber, state) = (
                row.vacancy.id, row.vacancy.title, row.vacancyNumber, row.vacancy.state
            )
            deadline = row.deadlineAt.map(Clock.iso8601)
            funnel = ReportsController.funnel(row.counts)
        }
    }

    struct OverviewBody: Encodable {
        var stages: [String]
        var items: [FunnelBody]
    }

    struct DaysBody: Encodable {
        var count: Int
        var medianDays: Double
        var longestDays: Double

        init(_ figures: DayFigures) {
            (count, medianDays, longestDays) = (
                figures.count, Self.round(figures.medianDays), Self.round(figures.longestDays)
            )
        }

        static func round(_ days: Double) -> Double { (days * 10).rounded() / 10 }
    }

    struct StageTimeBody: Encodable {
        var stage: String
        var stays: Int
        var medianDays: Double
        var longestDays: Double
    }

    struct DistributionBody: Encodable {
        var value: String
        /// Stage → count, `null` when suppressed.
        var counts: [String: Int?]

        init(_ row: RecruitmentReport.Distribution) {
            value = row.value
            counts = Dictionary(
                uniqueKeysWithValues: zip(RecruitmentReport.distributionStages.map(\.rawValue), row.counts.map(\.value))
            )
        }
    }

    struct ReportBody: Encodable {
        var vacancy: String
        var title: String
        var stages: [String]
        var funnel: [String: Int]
        var rejected: Int
        var stageTimes: [StageTimeBody]
        var timeToHire: DaysBody?
        var distributionStages: [String]
        var suppressedBelow: Int
        var nationality: [DistributionBody]
        var gender: [DistributionBody]
        var sources: [String: Int]
        var banner: String

        init(_ report: RecruitmentReport) {
            (vacancy, title) = (report.vacancy.object.id, report.vacancy.title)
            stages = FunnelStage.allCases.map(\.rawValue)
            funnel = ReportsController.funnel(report.funnel.map(\.count))
            rejected = report.rejected
            stageTimes = report.stageTimes.map {
                StageTimeBody(
                    stage: $0.stage.rawValue, stays: $0.stays, medianDays: DaysBody.round($0.medianDays),
                    longestDays: DaysBody.round($0.longestDays))
            }
            timeToHire = report.timeToHire.map(DaysBody.init)
            distributionStages = RecruitmentReport.distributionStages.map(\.rawValue)
            suppressedBelow = SmallCounts().threshold
            nationality = report.nationality.map(DistributionBody.init)
            gender = report.gender.map(DistributionBody.init)
            sources = Dictionary(uniqueKeysWithValues: report.sources.map { ($0.source.rawValue, $0.count) })
            banner = report.vacancy.object.label.banner
        }
    }

    struct WorkloadBody: Encodable {
        struct Row: Encodable {
            var username: String
            var name: String
            var moves: Int
            var marks: Int
            var letters: Int
        }

        var year: Int
        var items: [Row]
    }

    struct DashboardBody: Encodable {
        var year: Int
        var vacancies: [String: Int]
        var receivedThisYear: Int
        var toScreen: Int
        var offersAwaitingAnswer: Int
        var reserveExpiringSoon: Int
        var appointedThisYear: Int
        var timeToHire: DaysBody?
        var running: [FunnelBody]
    }

    @Sendable package func overview(_ request: Request, context: SignedInContext) async throws -> Response {
        let rows = try await chancery.recruitmentReports.overview(by: context.principal)
        return try JSONResponse.make(
            OverviewBody(stages: FunnelStage.allCases.map(\.rawValue), items: rows.map(FunnelBody.init)),
            banner: chancery.objects.dominantLabel(of: rows.map(\.vacancy)).banner)
    }

    @Sendable package func report(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try PathParameters.objectID(context)
        let report = try await chancery.recruitmentReports.report(of: id, by: context.principal)
        return try JSONResponse.make(ReportBody(report), banner: report.vacancy.object.label.banner)
    }

    /// `?year=` (this year when absent).
    @Sendable package func workload(_ request: Request, context: SignedInContext) async throws -> Response {
        let year = try TravelController.year(request)
        let rows = try await chancery.recruitmentReports.workload(year: year, by: context.principal)
        return try JSONResponse.make(
            WorkloadBody(
                year: year,
                items: rows.map {
                    .init(username: $0.username, name: $0.name, moves: $0.moves, marks: $0.marks, letters: $0.letters)
                }))
    }

    @Sendable package func dashboard(_ request: Request, context: SignedInContext) async throws -> Response {
        let board = try await chancery.recruitmentReports.dashboard(by: context.principal)
        return try JSONResponse.make(
            DashboardBody(
                year: board.year,
                vacancies: Dictionary(uniqueKeysWithValues: board.states.map { ($0.key.rawValue, $0.value) }),
                receivedThisYear: board.receivedThisYear, toScreen: board.toScreen,
                offersAwaitingAnswer: board.offersAwaitingAnswer, reserveExpiringSoon: board.reserveExpiringSoon,
                appointedThisYear: board.appointedThisYear, timeToHire: board.timeToHire.map(DaysBody.init),
                running: board.running.map(FunnelBody.init)),
            banner: chancery.objects.dominantLabel(of: board.running.map(\.vacancy)).banner)
    }
}
