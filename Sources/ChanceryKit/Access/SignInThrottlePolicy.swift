/// The sign-in throttle's rules: rate limiting with growing waits (NIST SP 800-63B §5.2.2), never a lock that a
/// stranger could set on someone else's account.
///
/// Every attempt counts on three counters: the name as typed from the client's address, the address whatever the
/// name, and the name from every address. Each counter allows some failures freely; from its last free failure on,
/// each failure makes every attempt it covers wait, twice as long as the previous wait, up to a ceiling. A counter
/// whose last failure is older than `forgetAfter` starts again from zero.
///
/// Known and unknown names are counted alike, so that the answers never tell which accounts exist.
public struct SignInThrottlePolicy: Sendable, Equatable {
    /// What a counter counts.
    public enum Scope: String, Sendable, CaseIterable, Comparable, Decodable {
        /// One name from one address: someone guessing one account's password.
        case nameAndAddress = "name-address"
        /// One address, whatever the name: someone trying many names from one place.
        case address
        /// One name from every address: a high ceiling for guesses spread over many addresses; it only slows down.
        case name

        public static func < (left: Scope, right: Scope) -> Bool { left.rawValue < right.rawValue }
    }

    /// How one counter turns failures into waits.
    public struct Rule: Sendable, Equatable {
        /// Failures allowed without any wait; the failure that reaches this number starts the first wait.
        public var freeFailures: Int64
        /// The first wait, in milliseconds; each further failure doubles it.
        public var firstDelay: Int64
        /// The longest wait, in milliseconds.
        public var maximumDelay: Int64

        public init(freeFailures: Int64, firstDelay: Int64, maximumDelay: Int64) {
            self.freeFailures = freeFailures
            self.firstDelay = firstDelay
            self.maximumDelay = maximumDelay
        }

        /// The wait that `failures` consecutive failures impose, in milliseconds (0 while they are free).
        public func delay(afterFailures failures: Int64) -> Int64 {
            guard failures >= freeFailures else { return 0 }
            let doublings = min(failures - freeFailures, 40)
            let (delay, overflow) = firstDelay.multipliedReportingOverflow(by: Int64(1) << doublings)
            return overflow ? maximumDelay : min(delay, maximumDelay)
        }
    }

    /// The state of one counter.
    public struct Counter: Sendable, Equatable {
        public var failures: Int64
        /// No attempt this counter covers is checked before this time (milliseconds since 1970); 0 for none.
        public var blockedUntil: Int64
        public var lastFailureAt: Int64

        public init(failures: Int64 = 0, blockedUntil: Int64 = 0, lastFailureAt: Int64 = 0) {
            self.failures = failures
            self.blockedUntil = blockedUntil
            self.lastFailureAt = lastFailureAt
        }
    }

    /// What the throttle says about an attempt.
    public enum Admission: Sendable, Equatable {
        /// The attempt may be checked; the counters as they are once it is counted as a failure (it is counted
        /// before the password is checked, so that concurrent guesses cannot slip past a wait).
        case admitted([Scope: Counter])
        /// The attempt must not be checked: retry after this many milliseconds.
        case throttled(retryAfter: Int64)
    }

    public var rules: [Scope: Rule]
    /// A counter whose last failure is older than this (milliseconds) starts again from zero.
    public var forgetAfter: Int64

    public init(rules: [Scope: Rule], forgetAfter: Int64) {
        self.rules = rules
        self.forgetAfter = forgetAfter
    }

    /// Chancery's policy, stated in docs/security-model.md.
    public static let standard = SignInThrottlePolicy(
        rules: [
            .nameAndAddress: Rule(freeFailures: 5, firstDelay: 30_000, maximumDelay: 15 * 60_000),
            .address: Rule(freeFailures: 30, firstDelay: 30_000, maximumDelay: 15 * 60_000),
            .name: Rule(freeFailures: 100, firstDelay: 10_000, maximumDelay: 60_000),
        ],
        forgetAfter: 24 * 3_600_000)

    /// Decides an attempt at `now` from the counters it falls under (a missing counter is a fresh one).
    public func admit(_ counters: [Scope: Counter], now: Int64) -> Admission {
        let waits = counters.values.map { $0.blockedUntil - now }.filter { $0 > 0 }
        if let longest = waits.max() { return .throttled(retryAfter: longest) }
        var counted: [Scope: Counter] = [:]
        for scope in Scope.allCases {
            let counter = counters[scope] ?? Counter()
            let failures = (now - counter.lastFailureAt > forgetAfter ? 0 : counter.failures) + 1
            let delay = rules[scope]?.delay(afterFailures: failures) ?? 0
            counted[scope] = Counter(failures: failures, blockedUntil: delay > 0 ? now + delay : 0, lastFailureAt: now)
        }
        return .admitted(counted)
    }

    /// A wait in milliseconds as the whole seconds of a `Retry-After` header (at least 1).
    public static func retryAfterSeconds(_ milliseconds: Int64) -> Int {
        Int(max(1, (milliseconds + 999) / 1000))
    }
}
