/// The spine's own migrations, numbered within the spine and applied before any office's.
package enum SpineMigrations {
    package static let all: [any Migration] = [
        CreateSettings(), CreateSpecialCategories(), CreateUsers(), CreateSessions(), CreateObjects(),
        CreateAuditEvents(), CreateIdempotencyKeys(), CreateAuditEventObjects(), CreateAttachments(),
        CreateSearchIndex(), CreateSearchFields(), CreateLoginThrottles(), CreateGroups(), UpdateUsersAddVersion(),
        AddSpineColumns(), CreateJobs(), CreateSavedSearches(), CreateCalendarClosures(),
        CreateObjectExclusions(),
    ]
}
