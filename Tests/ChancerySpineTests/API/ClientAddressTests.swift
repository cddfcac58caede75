import ChanceryKit
import ChanceryTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import ChanceryApp
@testable import ChancerySpine
@testable import Health
@testable import Registry

/// Which address a sign-in comes from: the connection's peer, and X-Forwarded-For only from trusted proxies.
@Suite("Client address")
struct ClientAddressTests {
    static let loopback = ["127.0.0.1", "::1"].compactMap(IPNetwork.init)

    @Test("addresses and blocks are read the standard way")
    func networks() throws {
        let block = try #require(IPNetwork("10.1.0.0/16"))
        #expect(block.contains(try #require(IPAddress("10.1.200.3"))))
        #expect(!block.contains(try #require(IPAddress("10.2.0.1"))))
        #expect(try #require(IPNetwork("2001:db8::/32")).contains(try #require(IPAddress("2001:db8:ffff::1"))))
        #expect(try #require(IPNetwork("192.0.2.7")).prefixLength == 32)
        #expect(IPAddress("::ffff:192.0.2.1")?.description == "192.0.2.1")
        #expect(IPAddress("[2001:db8::1]:443")?.description == "2001:db8::1")
        #expect(IPAddress("192.0.2.1:8080")?.description == "192.0.2.1")
        for bad in ["", "example.org", "10.0.0.256", "1.2.3.4/33", "::1/129", "10.0.0.0/-1", "1.2.3.4/8x"] {
            #expect(IPNetwork(bad) == nil, "\(bad)")
        }
    }

    @Test("X-Forwarded-For counts only when the peer is a trusted proxy, read from the right")
    func forwardedFor() {
        let proxies = ["10.0.0.0/8"].compactMap(IPNetwork.init)
        // no trusted proxy configured: the header is whatever the client wants it to be, and ignored
        #expect(ClientAddress.resolve(peer: "203.0.113.9", forwardedFor: ["192.0.2.1"], trusting: []) == "203.0.113.9")
        // a client that is not a proxy cannot choose its address
        #expect(
            ClientAddress.resolve(peer: "203.0.113.9", forwardedFor: ["192.0.2.1"], trusting: proxies) == "203.0.113.9")
        // through two trusted proxies; what the client itself wrote at the left is not believed
        #expect(
            ClientAddress.resolve(
                peer: "10.0.0.2", forwardedFor: ["6.6.6.6", "198.51.100.4", "10.0.0.1"], trusting: proxies)
                == "198.51.100.4")
        // a malformed entry stops the walk at the last address vouched for
        #expect(ClientAddress.resolve(peer: "10.0.0.2", forwardedFor: ["nonsense"], trusting: proxies) == "10.0.0.2")
        #expect(ClientAddress.resolve(peer: nil, forwardedFor: ["192.0.2.1"], trusting: proxies) == "unknown")
    }

    @Test("CHANCERY_TRUSTED_PROXIES is a list of addresses or blocks; a bad one stops the start with a sentence")
    func configuration() throws {
        let config = try AppConfiguration.fromEnvironment(["CHANCERY_TRUSTED_PROXIES": "10.0.0.5, 192.168.10.0/24,::1"])
        #expect(config.trustedProxies.map(\.description) == ["10.0.0.5/32", "192.168.10.0/24", "::1/128"])
        #expect(try AppConfiguration.fromEnvironment([:]).trustedProxies.isEmpty)
        #expect(throws: ConfigurationError.self) {
            try AppConfiguration.fromEnvironment(["CHANCERY_TRUSTED_PROXIES": "10.0.0.5,proxy.example"])
        }
    }

    /// A live server on a loopback port: the connection's peer is 127.0.0.1 (or ::1).
    static func live(trusting proxies: [IPNetwork]) -> (inout AppConfiguration) -> Void {
        { configuration in
            configuration.hostname = "127.0.0.1"
            configuration.port = 0
            configuration.trustedProxies = proxies
        }
    }

    static func token(_ username: String, _ password: String, from address: String, _ client: some TestClientProtocol)
        async throws -> TestResponse
    {
        try await client.api(
            .post, "/api/v1/auth/token", json: AuthAPITests.credentials(username, password),
            headers: [.xForwardedFor: address])
    }

    @Test("behind a trusted proxy, a stranger's failures at one address do not stop the real user at another")
    func strangerAndUserBehindTheProxy() async throws {
        try await withInstallation(configure: Self.live(trusting: Self.loopback), throttleClock: ManualClock()) {
            installation in
            try await installation.user("admin", MockUser.admin)
            try await installation.app.test(.live) { client in
                for attempt in 1...6 {
                    _ = try await Self.token("admin", "guess \(attempt)", from: "192.0.2.66", client)
                }
                let stranger = try await Self.token("admin", MockUser.password, from: "192.0.2.66", client)
                let user = try await Self.token("admin", MockUser.password, from: "198.51.100.7", client)
                try stranger.problem(.tooManyRequests, type: "sign-in-throttled")
                #expect(user.status == .created)
            }
            let addresses = try await installation.chancery.users.throttles.list().map(\.address)
            #expect(addresses.contains("192.0.2.66"))
        }
    }

    @Test("without a trusted proxy, a forged X-Forwarded-For does not get a guesser a fresh address")
    func forgedForwardedForIsIgnored() async throws {
        try await withInstallation(configure: Self.live(trusting: []), throttleClock: ManualClock()) { installation in
            try await installation.user("admin", MockUser.admin)
            try await installation.app.test(.live) { client in
                for attempt in 1...5 {
                    _ = try await Self.token("admin", "guess \(attempt)", from: "192.0.2.\(attempt)", client)
                }
                let forged = try await Self.token("admin", MockUser.password, from: "198.51.100.7", client)
                try forged.problem(.tooManyRequests, type: "sign-in-throttled")
            }
            let addresses = Set(try await installation.chancery.users.throttles.list().map(\.address))
            #expect(addresses.isSubset(of: ["127.0.0.1", "::1", ""]), "\(addresses)")
        }
    }
}
