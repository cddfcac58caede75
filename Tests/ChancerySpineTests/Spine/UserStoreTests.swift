import ChanceryKit
import ChanceryTestSupport
import SQLKit
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

@Suite("Accounts")
struct UserStoreTests {
    @Test("Refuses invalid accounts with a sentence naming the problem")
    func refusesInvalidAccounts() async throws {
        try await withInstallation { installation in
            let users = installation.chancery.users
            var attributes = MockUser.registry
            await #expect(throws: AccountError.invalidUsername("a")) {
                try await users.create(username: "a", password: MockUser.password, attributes: attributes, actor: "t")
            }
            await #expect(throws: AccountError.weakPassword) {
                try await users.create(username: "short", password: "short", attributes: attributes, actor: "t")
            }
            attributes.nationality = "XXX"
            await #expect(throws: AccountError.unknownNationality("XXX")) {
                try await users.create(
                    username: "nation", password: MockUser.password, attributes: attributes, actor: "t")
            }
            attributes = MockUser.registry
            attributes.categories = ["NOPE"]
            await #expect(throws: AccountError.unknownCategory("NOPE")) {
                try await users.create(username: "cat", password: MockUser.password, attributes: attributes, actor: "t")
            }
            try await installation.user("taken", MockUser.registry)
            await #expect(throws: AccountError.usernameTaken("taken")) {
                try await users.create(
                    username: "Taken", password: MockUser.password, attributes: MockUser.registry, actor: "t")
            }
            #expect(AccountError.unknownNationality("XXX").description.contains("ISO 3166"))
            #expect(try await users.list().map(\.username) == ["taken"])
        }
    }

    @Test("Five failed sign-ins make the name wait at that address; the right password is then refused too")
    func waitAfterFiveFailures() async throws {
        try await withInstallation(throttleClock: ManualClock()) { installation in
            try await installation.user("clerk", MockUser.registry)
            let users = installation.chancery.users
            for attempt in 1...5 {
                do {
                    _ = try await users.authenticate(
                        username: "clerk", password: "wrong password \(attempt)", from: "192.0.2.1")
                    Issue.record("a wrong password was accepted")
                } catch let error as AppError {
                    #expect(error.type == "bad-credentials")
                }
            }
            await #expect(throws: AppError.self) {
                try await users.authenticate(username: "clerk", password: MockUser.password, from: "192.0.2.1")
            }
            // An administrator's password reset clears the wait.
            try await users.setPassword(username: "clerk", password: MockUser.password + "!", actor: "t")
            let account = try await users.authenticate(
                username: "clerk", password: MockUser.password + "!", from: "192.0.2.1")
            #expect(account.username == "clerk")
        }
    }

    @Test("Changing attributes changes the principal and is audited")
    func updateChangesPrincipal() async throws {
        try await withInstallation { installation in
            try await installation.user("clerk", MockUser.registry)
            let updated = try await installation.chancery.users.update(
                username: "clerk", attributes: UserAttributes(clearance: .natoConfidential, categories: ["STAFF"]),
                actor: "t")
            #expect(updated.principal.clearance == .natoConfidential)
            #expect(updated.principal.categories == ["STAFF"])
            #expect(updated.principal.units == ["IPS"])
            let report = try await installation.chancery.audit.verify(installation.chancery.database)
            // the five default categories, the account's creation and its change
            #expect(report.events == 7)
            let actions = try await installation.chancery.database.read { db in
                try await db.raw("SELECT action FROM audit_events ORDER BY seq").all().map {
                    try $0.decode(column: "action", as: String.self)
                }
            }
            #expect(actions.suffix(2) == ["user.create", "user.update"])
        }
    }

    @Test("Concurrent wrong guesses get at most five password checks before the wait")
    func concurrentGuessesAreThrottled() async throws {
        try await withInstallation(throttleClock: ManualClock()) { installation in
            let account = try await installation.user("clerk", MockUser.registry)
            let users = installation.chancery.users
            try await withThrowingTaskGroup(of: Void.self) { group in
                for attempt in 0..<12 {
                    group.addTask {
                        _ = try? await users.authenticate(
                            username: "clerk", password: "guess \(attempt)", from: "192.0.2.1")
                    }
                }
                try await group.waitForAll()
            }
            let checked = try await installation.chancery.database.read { db in
                try await db.raw(
                    """
                    SELECT COUNT(*) AS n FROM audit_events
                    WHERE actor = \(bind: account.id) AND action = 'login.failed'
                    """
                ).first()?.decode(column: "n", as: Int64.self)
            }
            #expect(checked == 5)
            await #expect(throws: AppError.self) {
                try await users.authenticate(username: "clerk", password: MockUser.password, from: "192.0.2.1")
            }
        }
    }
}
