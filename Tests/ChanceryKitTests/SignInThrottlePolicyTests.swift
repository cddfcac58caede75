import Testing

@testable import ChanceryKit

@Suite("Sign-in throttle policy")
struct SignInThrottlePolicyTests {
    typealias Policy = SignInThrottlePolicy
    let policy = Policy.standard
    let now: Int64 = 1_900_000_000_000

    @Test("the policy stated in docs/security-model.md")
    func standardPolicy() {
        #expect(policy.rules[.nameAndAddress] == .init(freeFailures: 5, firstDelay: 30_000, maximumDelay: 900_000))
        #expect(policy.rules[.address] == .init(freeFailures: 30, firstDelay: 30_000, maximumDelay: 900_000))
        #expect(policy.rules[.name] == .init(freeFailures: 100, firstDelay: 10_000, maximumDelay: 60_000))
        #expect(policy.forgetAfter == 86_400_000)
    }

    @Test("waits start at the last free failure, double with each further one, and stop growing at the ceiling")
    func delaysGrow() {
        let rule = policy.rules[.nameAndAddress]!
        let delays = (1...12).map { rule.delay(afterFailures: Int64($0)) / 1000 }
        #expect(delays == [0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900])
        #expect(rule.delay(afterFailures: 10_000) == 900_000, "no overflow however many failures")
        let name = policy.rules[.name]!
        #expect(name.delay(afterFailures: 99) == 0)
        #expect((100...105).map { name.delay(afterFailures: $0) / 1000 } == [10, 20, 40, 60, 60, 60])
    }

    @Test("an attempt is counted on every counter before it is checked; the fifth failure starts a wait")
    func countedBeforeChecking() {
        var counters: [Policy.Scope: Policy.Counter] = [:]
        for attempt in 1...5 {
            guard case .admitted(let counted) = policy.admit(counters, now: now) else {
                Issue.record("attempt \(attempt) was throttled")
                return
            }
            #expect(counted.values.allSatisfy { $0.failures == Int64(attempt) && $0.lastFailureAt == now })
            counters = counted
        }
        #expect(counters[.nameAndAddress]?.blockedUntil == now + 30_000)
        #expect(counters[.address]?.blockedUntil == 0)
        #expect(counters[.name]?.blockedUntil == 0)
    }

    @Test("while any counter imposes a wait, the attempt is refused unchecked with the longest wait left")
    func throttledWithTheLongestWait() {
        let counters: [Policy.Scope: Policy.Counter] = [
            .nameAndAddress: .init(failures: 6, blockedUntil: now + 45_500, lastFailureAt: now - 1000),
            .name: .init(failures: 120, blockedUntil: now + 20_000, lastFailureAt: now - 1000),
            .address: .init(failures: 2, blockedUntil: 0, lastFailureAt: now - 1000),
        ]
        #expect(policy.admit(counters, now: now) == .throttled(retryAfter: 45_500))
        #expect(Policy.retryAfterSeconds(45_500) == 46)
        #expect(Policy.retryAfterSeconds(1) == 1)
        #expect(Policy.retryAfterSeconds(30_000) == 30)
        // once the waits are over, the next attempt is checked again, and its failure doubles the wait
        guard case .admitted(let counted) = policy.admit(counters, now: now + 45_500) else {
            Issue.record("still throttled after the wait")
            return
        }
        #expect(counted[.nameAndAddress]?.failures == 7)
        #expect(counted[.nameAndAddress]?.blockedUntil == now + 45_500 + 120_000)
    }

    @Test("a counter whose last failure is over a day old starts again from zero")
    func forgetsAfterADay() {
        let old: [Policy.Scope: Policy.Counter] = [
            .nameAndAddress: .init(failures: 9, blockedUntil: now - 86_000_000, lastFailureAt: now - 86_400_001)
        ]
        guard case .admitted(let counted) = policy.admit(old, now: now) else {
            Issue.record("throttled by a forgotten counter")
            return
        }
        #expect(counted[.nameAndAddress]?.failures == 1)
        #expect(counted[.nameAndAddress]?.blockedUntil == 0)
    }
}
