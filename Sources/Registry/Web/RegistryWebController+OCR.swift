import ChanceryKit
import ChancerySpine

extension RegistryWebController {
    /// The supervisor's figures of the OCR queue: how many files wait (on records the supervisor may read) and
    /// how long the oldest has waited. A count only: nothing of the items, so not audited as a read.
    func ocrBacklog(_ principal: Principal, _ t: Localizer) async throws -> [String: Any] {
        let backlog = try await chancery.jobs.backlog(of: [AttachmentStore.ocrJob], visibleTo: principal)
        var model: [String: Any] = ["waiting": backlog.waiting]
        if let oldest = backlog.oldestCreatedAt {
            let minutes = max(0, (Clock.nowMilliseconds() - oldest) / 60_000)
            model["age"] = t("reg.ocrAge", ["minutes": String(minutes)])
        }
        return model
    }
}
