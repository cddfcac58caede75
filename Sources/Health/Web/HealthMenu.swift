import ChanceryKit
import ChancerySpine

/// The Health Office's menu, the same on every page of the office, grouped: patients and their records,
/// appointments, requests and releases, quality and supplies. Each link is shown only to whoever its page admits.
extension HealthOffice {
    /// Its reference data in the administration console, for administrators only.
    package var adminMenu: [MenuLink] { HealthAdminController.menu }

    package var menu: [MenuLink] {
        let staff = MenuLink.anyOf(HealthOffice.staff)
        let advisor = MenuLink.anyOf([.healthAdvisor])
        let records = "hw.menu.records"
        let appointments = "hw.menu.appointments"
        let releases = "hw.menu.releases"
        let quality = "hw.menu.quality"
        return [
            MenuLink("health", "/health", "hw.desk", group: records),
            MenuLink("patients", "/health/patients", "hw.patients", group: records, for: staff),
            MenuLink("duplicates", "/health/duplicates", "hw.link.duplicates", group: records, for: advisor),
            MenuLink("break-glass-queue", "/health/break-glass", "hw.link.breakGlass", group: records, for: advisor),
            MenuLink("appointments", "/health/appointments", "hw.link.appointments", group: appointments, for: staff),
            MenuLink("book", "/health/appointments/new", "hw.link.book", group: appointments, for: staff),
            MenuLink("referrals", "/health/referrals", "hw.link.referrals", group: releases, for: staff),
            MenuLink("pod-requests", "/health/pod-requests", "hw.link.pod", group: releases),
            MenuLink("releases", "/health/releases", "hw.link.releases", group: releases, for: staff),
            MenuLink("audits", "/health/audits", "hw.link.audits", group: quality, for: staff),
            MenuLink("supplies", "/health/supplies", "hw.link.supplies", group: quality, for: staff),
            MenuLink("reorder", "/health/supplies/reorder", "hw.link.reorder", group: quality, for: staff),
        ]
    }

    /// Everyone may ask the office for a fitness-for-work opinion on their staff (and sees no patient); the
    /// office's own people see the rest.
    package func isOpen(to principal: Principal) -> Bool { true }
}
