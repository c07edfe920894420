import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A port on 127.0.0.1 that takes connections (the kernel completes them into its backlog) and
/// never reads or answers: a server that hangs after the TCP handshake, as an overloaded one
/// does in the middle of a TLS handshake.
public final class SilentListener: @unchecked Sendable {
    public let port: Int
    private let descriptor: Int32

    public init() throws {
        (descriptor, port) = try SilentListener.listen()
    }

    deinit {
        close(descriptor)
    }

    /// A listening socket on 127.0.0.1 at a port the system picks, and that port.
    static func listen() throws -> (descriptor: Int32, port: Int) {
        let socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketDescriptor >= 0 else { throw ServerError("socket() failed: \(errno)") }
        var yes: Int32 = 1
        setsockopt(socketDescriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, Glibc.listen(socketDescriptor, 128) == 0 else {
            close(socketDescriptor)
            throw ServerError("cannot listen on 127.0.0.1: \(errno)")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketDescriptor, $0, &length) }
        }
        return (socketDescriptor, Int(UInt16(bigEndian: actual.sin_port)))
    }
}
