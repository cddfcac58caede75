import ChancerySpine
import Foundation

/// The public application endpoint's rate limit: at most `limit` applications a minute from one address (a sliding
/// window), so that a family or an office sharing an address is not refused while a flood is. Kept in memory by
/// each node: a limit per node is enough to blunt a flood, and nothing of it needs to survive a restart.
package final class PublicApplicationLimiter: @unchecked Sendable {
    package let limit: Int
    package let windowMilliseconds: Int64
    private let now: @Sendable () -> Int64
    private let lock = NSLock()
    private var attempts: [String: [Int64]] = [:]

    /// Applications a minute allowed from one address: well above the 20 a shared address needs.
    package static let standardLimit = 60

    package init(
        limit: Int = standardLimit, windowSeconds: Int64 = 60,
        now: @escaping @Sendable () -> Int64 = { Clock.nowMilliseconds() }
    ) {
        self.limit = limit
        self.windowMilliseconds = windowSeconds * 1000
        self.now = now
    }

    /// Counts an attempt from `address`, or refuses it (`429`, with the seconds until the oldest leaves the window).
    package func admit(_ address: String) throws {
        let time = now()
        let wait: Int64? = lock.withLock {
            if attempts.count > 10_000 {
                attempts = attempts.filter { $0.value.last.map { $0 > time - windowMilliseconds } ?? false }
            }
            var recent = attempts[address, default: []].filter { $0 > time - windowMilliseconds }
            defer { attempts[address] = recent }
            guard recent.count < limit else { return recent[0] + windowMilliseconds - time }
            recent.append(time)
            return nil
        }
        if let wait { throw ApplicationError.tooMany(retryAfter: Int(max(1, (wait + 999) / 1000))) }
    }
}
