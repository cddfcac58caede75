import Foundation

/// A clock the test moves by hand (for the sign-in throttle), so that no test waits or asserts a wall-clock time.
package final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var milliseconds: Int64

    package init(_ start: Int64 = 1_900_000_000_000) { milliseconds = start }

    package var now: Int64 { lock.withLock { milliseconds } }

    package func advance(seconds: Int64) { lock.withLock { milliseconds += seconds * 1000 } }

    /// The clock as the throttle reads it.
    package var reader: @Sendable () -> Int64 { { [self] in self.now } }
}
