/// Bounds how many PostgreSQL test installations are open at once.
///
/// Swift Testing starts every test of the run together; on PostgreSQL each installation holds a pool of
/// connections, and several hundred of them at once exceed the server's `max_connections` ("sorry, too many
/// clients already"), which trips the client's circuit breaker in unrelated tests. A test waits here for a
/// permit before it creates its database and gives it back when it drops it. SQLite needs no permit.
package actor InstallationPermits {
    package static let shared = InstallationPermits(count: 32)

    private var available: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    package init(count: Int) { available = count }

    package func acquire() async {
        if available > 0 {
            available -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    package func release() {
        if waiting.isEmpty {
            available += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
