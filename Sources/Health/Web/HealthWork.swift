import ChanceryKit
import ChancerySpine

/// The Health Office's part of "My work": for its staff, the referrals whose reply is overdue; for the medical
/// advisors, the releases to approve, and the break-glass openings and suspected duplicates waiting for another
/// advisor's review (never their own: named without the patient, whose record is only on the queue's own page).
/// Built on the office's trimmed stores only.
extension HealthOffice {
    package func work(for principal: Principal, limit: Int, chancery: Chancery, _ t: Localizer) async throws
        -> [WorkList]
    {
        guard !HealthOffice.staff.isDisjoint(with: principal.roles) else { return [] }
        let releases = chancery.healthReleases
        var lists: [WorkList] = []
        let overdue = Referral.Filter(overdue: true)
        let late = try await releases.referralCount(overdue, by: principal)
        if late > 0 {
            let items = try await releases.referrals(overdue, after: nil, limit: limit, by: principal).items
            lists.append(
                WorkList(
                    task: "health.referrals", total: late, href: "/health/referrals",
                    items: items.map {
                        WorkItem(
                            title: $0.object.title, href: "/health/referrals/\($0.object.id)", label: $0.object.label,
                            since: $0.object.updatedAt, due: $0.replyDue)
                    }))
        }
        guard principal.has(.healthAdvisor) else { return lists }
        let requested = try await releases.releaseCount(status: .requested, patientID: nil, by: principal)
        if requested > 0 {
            let items = try await releases.releases(
                status: .requested, patientID: nil, after: nil, limit: limit, by: principal
            ).items
            lists.append(
                WorkList(
                    task: "health.releases", total: requested, href: "/health/releases",
                    items: items.map {
                        WorkItem(
                            title: $0.object.title, href: "/health/releases/\($0.object.id)", label: $0.object.label,
                            since: $0.object.createdAt)
                    }))
        }
        let openings = try await chancery.health.breakGlassOpenings(all: false, limit: 500, by: principal)
            .filter { $0.userID != principal.id }
        lists.append(
            Self.reviews(
                "health.breakGlass", href: "/health/break-glass", title: t("work.health.breakGlassItem"),
                waitingSince: openings.map(\.openedAt), limit: limit))
        let duplicates = try await chancery.health.suspectedDuplicates(all: false, limit: 500, by: principal)
            .filter { $0.flaggedBy != principal.id }
        lists.append(
            Self.reviews(
                "health.duplicates", href: "/health/duplicates", title: t("work.health.duplicateItem"),
                waitingSince: duplicates.map(\.flaggedAt), limit: limit))
        return lists  // "My work" leaves out the tasks with nothing waiting
    }

    /// An advisor's review queue: each item named without its patient (the queue's own page shows them), so it
    /// carries no label of its own.
    static func reviews(_ task: String, href: String, title: String, waitingSince: [Int64], limit: Int) -> WorkList {
        WorkList(
            task: task, total: waitingSince.count, href: href,
            items: waitingSince.prefix(limit).map {
                WorkItem(title: title, href: href, label: .unclassified, since: $0)
            })
    }
}
