import HTTPTypes
import Hummingbird

/// The address a request comes from, as the sign-in throttle counts it and the audit trail names it.
///
/// It is the connection's peer. Only when that peer is one of the configured trusted proxies
/// (`CHANCERY_TRUSTED_PROXIES`) is `X-Forwarded-For` read, from the right: each address a trusted proxy vouches for
/// is taken, until one that is not itself a trusted proxy. So a client cannot choose its address by sending the
/// header itself, and one behind a proxy is not mistaken for the proxy.
package enum ClientAddress {
    /// What a request without a known peer (in-process tests) is counted as.
    package static let unknown = "unknown"

    package static func of(_ request: Request, context: AppRequestContext, trusting proxies: [IPNetwork]) -> String {
        let peer = context.remoteAddress?.ipAddress
        let forwarded = request.headers[values: .xForwardedFor].flatMap { $0.split(separator: ",").map(String.init) }
        return resolve(peer: peer, forwardedFor: forwarded, trusting: proxies)
    }

    package static func resolve(peer: String?, forwardedFor: [String], trusting proxies: [IPNetwork]) -> String {
        guard let peer, var client = IPAddress(peer) else { return unknown }
        for entry in forwardedFor.reversed() {
            guard proxies.contains(where: { $0.contains(client) }), let next = IPAddress(entry) else { break }
            client = next
        }
        return client.description
    }
}

extension HTTPField.Name {
    package static let xForwardedFor = Self("X-Forwarded-For")!
}
