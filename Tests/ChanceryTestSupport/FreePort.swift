import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A loopback TCP port that no one listens on right now, for a test that starts a server process: asked of the
/// kernel (bind to port 0) rather than drawn at random, so that the server does not fail to start on a port some
/// other process of the machine holds.
package enum FreePort {
    package static func loopback() -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        precondition(descriptor >= 0, "socket() failed")
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 && getsockname(descriptor, generic, &length) == 0
            }
        }
        precondition(bound, "could not bind a loopback port")
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
