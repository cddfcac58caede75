import ChanceryKit
import ChanceryTestSupport
import SQLKit
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// The sign-in throttle in the store: by name and address, by address, by name; in the database; never a lock.
@Suite("Sign-in throttle")
struct LoginThrottleTests {
    static let stranger = "192.0.2.66"
    static let office = "198.51.100.7"

    /// Signs in, answering the problem type when refused (and the Retry-After seconds when throttled).
    static func attempt(_ users: UserStore, _ name: String, _ password: String, from address: String) async throws
        -> String
    {
        do {
            _ = try await users.authenticate(username: name, password: password, from: address)
            return "signed-in"
        } catch let error as AppError {
            return error.retryAfter.map { "\(error.type) \($0)" } ?? error.type
        }
    }

    @Test("five wrong passwords make the name wait at that address, even with the right password; the wait ends")
    func waitAfterFiveFailures() async throws {
        let clock = ManualClock()
        try await withInstallation(throttleClock: clock) { installation in
            // setup
            try await installation.user("clerk", MockUser.registry)
            let users = installation.chancery.users

            // exercise
            var answers: [String] = []
            for attempt in 1...5 {
                answers.append(try await Self.attempt(users, "clerk", "wrong \(attempt)", from: Self.stranger))
            }
            let rightWhileWaiting = try await Self.attempt(users, "clerk", MockUser.password, from: Self.stranger)
            clock.advance(seconds: 10)
            let later = try await Self.attempt(users, "clerk", MockUser.password, from: Self.stranger)
            clock.advance(seconds: 20)
            let afterTheWait = try await Self.attempt(users, "clerk", MockUser.password, from: Self.stranger)

            // validate
            #expect(answers == Array(repeating: "bad-credentials", count: 5))
            #expect(rightWhileWaiting == "sign-in-throttled 30")
            #expect(later == "sign-in-throttled 20")
            #expect(afterTheWait == "signed-in")
            let actions = try await Self.actions(installation)
            #expect(actions.filter { $0 == "login.failed" }.count == 5)
            #expect(actions.filter { $0 == "login.throttled" }.count == 2)
            #expect(actions.last == "login.success")
            // the success starts the name's counters again: five more failures are free
            for attempt in 1...4 {
                #expect(
                    try await Self.attempt(users, "clerk", "again \(attempt)", from: Self.stranger) == "bad-credentials"
                )
            }
        }
    }

    @Test("a stranger's guesses at one address never stop the real user at another; the name's ceiling only slows")
    func strangerCannotLockTheUserOut() async throws {
        let clock = ManualClock()
        try await withInstallation(throttleClock: clock) { installation in
            // setup
            try await installation.user("admin", MockUser.admin)
            let users = installation.chancery.users

            // exercise: the stranger keeps guessing admin's password for as long as the throttle lets them
            var failures = 0
            var throttled = 0
            while failures < 130 {
                let answer = try await Self.attempt(users, "admin", "guess \(failures)", from: Self.stranger)
                guard answer == "bad-credentials" else {
                    throttled += 1
                    let seconds = try #require(Int64(answer.split(separator: " ").last ?? ""))
                    clock.advance(seconds: seconds)
                    continue
                }
                failures += 1
                // meanwhile the real administrator, at the office, signs in at once or after a short wait
                if failures % 20 == 0 {
                    var answer = try await Self.attempt(users, "admin", MockUser.password, from: Self.office)
                    if answer.hasPrefix("sign-in-throttled") {
                        let seconds = try #require(Int64(answer.split(separator: " ").last ?? ""))
                        #expect(seconds <= 60, "the name's ceiling only slows down: at most a minute")
                        clock.advance(seconds: seconds)
                        answer = try await Self.attempt(users, "admin", MockUser.password, from: Self.office)
                    }
                    #expect(answer == "signed-in", "after \(failures) failures of the stranger")
                }
            }

            // validate: the stranger was made to wait, with growing waits
            #expect(throttled > 0)
            let stranger = try await users.throttles.list().filter { $0.address == Self.stranger }
            #expect(stranger.contains { $0.scope == .nameAndAddress && $0.failures >= 10 })
        }
    }

    @Test("the name's ceiling: after a hundred failures from many addresses, everyone waits, at most a minute")
    func nameCeilingOnlySlowsDown() async throws {
        let clock = ManualClock()
        try await withInstallation(throttleClock: clock) { installation in
            try await installation.user("admin", MockUser.admin)
            let users = installation.chancery.users
            // a hundred failures, four from each of 25 addresses
            for index in 0..<100 {
                let answer = try await Self.attempt(users, "admin", "guess \(index)", from: "203.0.113.\(index / 4)")
                #expect(answer == "bad-credentials")
            }
            let waiting = try await Self.attempt(users, "admin", MockUser.password, from: Self.office)
            #expect(waiting == "sign-in-throttled 10")
            clock.advance(seconds: 10)
            #expect(try await Self.attempt(users, "admin", MockUser.password, from: Self.office) == "signed-in")
        }
    }

    @Test("a name that is no account is counted exactly like one that is")
    func unknownNamesAreCountedAlike() async throws {
        let clock = ManualClock()
        try await withInstallation(throttleClock: clock) { installation in
            try await installation.user("clerk", MockUser.registry)
            let users = installation.chancery.users
            var known: [String] = []
            var unknown: [String] = []
            for attempt in 1...8 {
                known.append(try await Self.attempt(users, "clerk", "wrong \(attempt)", from: Self.stranger))
                unknown.append(try await Self.attempt(users, "nobody", "wrong \(attempt)", from: Self.stranger))
                clock.advance(seconds: 7)
            }
            #expect(known == unknown)
            #expect(known.contains { $0.hasPrefix("sign-in-throttled") })
            let counters = try await users.throttles.list()
            for scope in [SignInThrottlePolicy.Scope.nameAndAddress, .name] {
                let clerk = counters.first { $0.scope == scope && $0.username == "clerk" }
                let nobody = counters.first { $0.scope == scope && $0.username == "nobody" }
                #expect(clerk?.failures == nobody?.failures, "\(scope)")
                #expect(clerk?.blockedUntil == nobody?.blockedUntil, "\(scope)")
            }
        }
    }

    @Test("an administrator's password reset clears the counters of the name; a disabled account still says so")
    func passwordResetClearsTheName() async throws {
        try await withInstallation(throttleClock: ManualClock()) { installation in
            try await installation.user("clerk", MockUser.registry)
            let users = installation.chancery.users
            for attempt in 1...5 { _ = try await Self.attempt(users, "clerk", "wrong \(attempt)", from: Self.stranger) }
            #expect(
                try await Self.attempt(users, "clerk", MockUser.password, from: Self.stranger).hasPrefix(
                    "sign-in-throttled"))

            try await users.setPassword(username: "clerk", password: MockUser.password + "!", actor: "t")

            #expect(try await users.throttles.list().allSatisfy { $0.username != "clerk" })
            #expect(try await Self.attempt(users, "clerk", MockUser.password + "!", from: Self.stranger) == "signed-in")
            let actions = try await Self.actions(installation)
            #expect(actions.contains("throttle.clear"))

            try await users.update(username: "clerk", attributes: UserAttributes(disabled: true), actor: "t")
            #expect(
                try await Self.attempt(users, "clerk", MockUser.password + "!", from: Self.office) == "account-disabled"
            )
        }
    }

    static func actions(_ installation: TestInstallation) async throws -> [String] {
        try await installation.chancery.database.read { db in
            try await db.raw("SELECT action FROM audit_events ORDER BY seq").all().map {
                try $0.decode(column: "action", as: String.self)
            }
        }
    }
}
