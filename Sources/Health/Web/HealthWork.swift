import ChanceryKit
import ChancerySpine

/// The Health Office's part of "My work": for its staff, the referrals whose reply is overdue; for the medical
/// advisors, the releases to approve, and the break-glass openings and suspected duplicates waiting for another
/// advisor's review (never their own: named without the patient, whose record is only on the queue's own page).
/// Built on the office's trimmed stores only.
extension HealthOffice {
    /// The overdue referrals: by their reply's due date, waiting since they were last changed (sent).
    static let workReferrals = WorkWindow.spec(
        name: "health.work.referrals", due: ["f.reply_due", "o.updated_at"], since: ["o.updated_at"],
        item: ["LOWER(o.title)"])
    /// The releases to approve: waiting since they were requested.
    static let workReleases = WorkWindow.spec(
        name: "health.work.releases", since: ["o.created_at"], item: ["LOWER(o.title)"])
    /// An advisor's reviews: one name for every row, waiting since the opening or the suspicion.
    static let workBreakGlass = WorkWindow.spec(
        name: "health.work.breakGlass", since: ["b.opened_at"], item: ["b.opened_at"], tieBreaker: "b.id")
    static let workDuplicates = WorkWindow.spec(
        name: "health.work.duplicates", since: ["d.flagged_at"], item: ["d.flagged_at"], tieBreaker: "d.id")

    package func work(for principal: Principal, window: WorkWindow, chancery: Chancery, _ t: Localizer) async throws
        -> [WorkList]
    {
        guard !HealthOffice.staff.isDisjoint(with: principal.roles) else { return [] }
        let releases = chancery.healthReleases
        var lists: [WorkList] = []
        let overdue = Referral.Filter(overdue: true)
        let late = try await releases.referralCount(overdue, by: principal)
        if late > 0 {
            let items = try await releases.referrals(
                overdue, list: try window.query(Self.workReferrals), by: principal
            ).items
            lists.append(
                WorkList(
                    task: "health.referrals", total: late, href: "/health/referrals",
                    items: items.map {
                        WorkItem(
                            title: $0.object.title, href: "/health/referrals/\($0.object.id)", label: $0.object.label,
                            since: $0.object.updatedAt, due: $0.replyDue, shows: $0.object)
                    }))
        }
        guard principal.has(.healthAdvisor) else { return lists }
        let requested = try await releases.releaseCount(status: .requested, patientID: nil, by: principal)
        if requested > 0 {
            let items = try await releases.releases(
                status: .requested, list: try window.query(Self.workReleases), by: principal
            ).items
            lists.append(
                WorkList(
                    task: "health.releases", total: requested, href: "/health/releases",
                    items: items.map {
                        WorkItem(
                            title: $0.object.title, href: "/health/releases/\($0.object.id)", label: $0.object.label,
                            since: $0.object.createdAt, shows: $0.object)
                    }))
        }
        // Another advisor reviews one's own opening or suspicion: those are left out, in SQL, of list and count.
        let health = chancery.health
        let openings = try await health.breakGlassOpenings(
            list: try window.query(Self.workBreakGlass), notOpenedBy: principal.id, by: principal)
        lists.append(
            Self.reviews(
                "health.breakGlass", href: "/health/break-glass", title: t("work.health.breakGlassItem"),
                total: try await health.breakGlassOpeningCount(notOpenedBy: principal.id, by: principal),
                waitingSince: openings.items.map(\.openedAt)))
        let duplicates = try await health.suspectedDuplicates(
            list: try window.query(Self.workDuplicates), notFlaggedBy: principal.id, by: principal)
        let pending = try await health.pendingDuplicateCounts(by: principal)
        lists.append(
            Self.reviews(
                "health.duplicates", href: "/health/duplicates", title: t("work.health.duplicateItem"),
                total: pending.all - pending.own, waitingSince: duplicates.items.map(\.flaggedAt)))
        return lists  // "My work" leaves out the tasks with nothing waiting
    }

    /// An advisor's review queue: each item named without its patient (the queue's own page shows them), so it
    /// carries no label of its own.
    static func reviews(_ task: String, href: String, title: String, total: Int, waitingSince: [Int64]) -> WorkList {
        WorkList(
            task: task, total: total, href: href,
            items: waitingSince.map { WorkItem(title: title, href: href, label: .unclassified, since: $0) })
    }
}
