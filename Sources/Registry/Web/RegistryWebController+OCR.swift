import ChanceryKit
import ChancerySpine

extension RegistryWebController {
    /// The supervisor's figures of the OCR queue: how many files wait (on records the supervisor may read) and
    /// how long the oldest has waited. A count only: nothing of the items, so not audited as a read.
    func ocrFigures(_ principal: Principal, _ t: Localizer) async throws -> RegistryDeskPage.OCRFigures {
        let backlog = try await chancery.jobs.backlog(of: [AttachmentStore.ocrJob], visibleTo: principal)
        let age = backlog.oldestCreatedAt.map { oldest in
            t("reg.ocrAge", ["minutes": String(max(0, (Clock.nowMilliseconds() - oldest) / 60_000))])
        }
        return .init(waiting: backlog.waiting, age: age)
    }
}
