public import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A real HTTP/1.1 server on 127.0.0.1 for tests: binds port 0, serves each connection on its
/// own thread (keep-alive included), and can misbehave on purpose (delay, trickle, cut off).
public final class LoopbackHTTPServer: @unchecked Sendable {
    // `lock` guards `log` and `isStopped`; everything else is set once in `init`.
    public struct Request: Sendable, Hashable {
        public var method: String
        /// The request target: path and query.
        public var path: String
        /// Header names lower-cased.
        public var headers: [String: String]
    }

    public struct Response: Sendable {
        public var status: Int
        public var headers: [(String, String)]
        public var body: Data
        /// Seconds to wait before answering.
        public var delay: Double = 0
        /// Send the body `trickle.bytes` at a time, `trickle.interval` seconds apart.
        public var trickle: (bytes: Int, interval: Double)?
        /// Close the connection after this many body bytes (a server dying mid-body).
        public var closeAfterBytes: Int?
        /// While this says so, send white space before the body (256 bytes a second, more than a
        /// client's low-speed limit asks for), with no Content-Length, the connection closed after
        /// the body: a server that holds a request open without its client giving up on it.
        public var holdBody: (@Sendable () -> Bool)?

        public init(status: Int = 200, headers: [(String, String)] = [], body: Data = Data()) {
            self.status = status
            self.headers = headers
            self.body = body
        }

        public init(status: Int = 200, contentType: String, body: String, headers: [(String, String)] = []) {
            self.init(status: status, headers: [("Content-Type", contentType)] + headers, body: Data(body.utf8))
        }
    }

    public typealias Handler = @Sendable (Request) -> Response

    public let port: Int
    private let listener: Int32
    private let handler: Handler
    private let lock = NSLock()
    private var log: [Request] = []
    private var connections = 0
    private var isStopped = false

    public init(handler: @escaping Handler) throws {
        self.handler = handler
        let (socketDescriptor, boundPort) = try SilentListener.listen()
        port = boundPort
        listener = socketDescriptor
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "loopback-http-accept"
        thread.start()
    }

    deinit {
        stop()
    }

    public var baseURL: String { "http://127.0.0.1:\(port)" }

    public func url(_ path: String) -> String { baseURL + (path.hasPrefix("/") ? path : "/" + path) }

    /// Every request served so far, in order.
    public var requests: [Request] { lock.withLock { log } }

    /// How many TCP connections were accepted (fewer than requests when they are reused).
    public var connectionCount: Int { lock.withLock { connections } }

    public func stop() {
        let wasStopped = lock.withLock { () -> Bool in
            defer { isStopped = true }
            return isStopped
        }
        guard !wasStopped else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private var stopped: Bool { lock.withLock { isStopped } }

    private func acceptLoop() {
        while !stopped {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else {
                if errno == EINTR { continue }
                return
            }
            var timeout = timeval(tv_sec: 10, tv_usec: 0)
            setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            var noSignal: Int32 = 1
            setsockopt(connection, SOL_SOCKET, SO_KEEPALIVE, &noSignal, socklen_t(MemoryLayout<Int32>.size))
            lock.withLock { connections += 1 }
            let thread = Thread { [self] in serve(connection) }
            thread.start()
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        var buffer = Data()
        // A bounded number of requests per connection keeps every loop finite.
        for _ in 0..<1000 {
            guard let request = readRequest(connection, &buffer) else { return }
            lock.withLock { log.append(request) }
            let response = handler(request)
            if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
            let keepAlive = request.headers["connection"]?.lowercased() != "close"
            guard send(response, on: connection, keepAlive: keepAlive), keepAlive, response.closeAfterBytes == nil
            else {
                return
            }
        }
    }

    private func readRequest(_ connection: Int32, _ buffer: inout Data) -> Request? {
        let terminator = Data("\r\n\r\n".utf8)
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while buffer.range(of: terminator) == nil {
            let count = recv(connection, &chunk, chunk.count, 0)
            guard count > 0, buffer.count < 1 << 20 else { return nil }
            buffer.append(contentsOf: chunk[0..<count])
            if buffer.first == 0x16 {
                // A TLS handshake on this plain port: answered as plain servers answer it.
                let refusal = Array("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8)
                _ = refusal.withUnsafeBytes { Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                return nil
            }
        }
        let end = buffer.range(of: terminator)!
        let head = String(decoding: buffer[..<end.lowerBound], as: UTF8.self)
        buffer.removeSubrange(..<end.upperBound)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        if let length = headers["content-length"].flatMap(Int.init), length > 0 {
            while buffer.count < length {
                let count = recv(connection, &chunk, chunk.count, 0)
                guard count > 0 else { return nil }
                buffer.append(contentsOf: chunk[0..<count])
            }
            buffer.removeSubrange(..<length)
        }
        return Request(method: String(requestLine[0]), path: String(requestLine[1]), headers: headers)
    }

    private func send(_ response: Response, on connection: Int32, keepAlive: Bool) -> Bool {
        var head = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        var names = Set<String>()
        for (name, value) in response.headers {
            head += "\(name): \(value)\r\n"
            names.insert(name.lowercased())
        }
        if !names.contains("content-length") && response.status != 304 && response.status != 204
            && response.holdBody == nil
        {
            head += "Content-Length: \(response.body.count)\r\n"
        }
        if !keepAlive || response.closeAfterBytes != nil || response.holdBody != nil {
            head += "Connection: close\r\n"
        }
        head += "\r\n"
        guard write(Data(head.utf8), connection) else { return false }
        if let hold = response.holdBody {
            while hold() {
                guard write(Data(repeating: 0x20, count: 64), connection), !stopped else { return false }
                Thread.sleep(forTimeInterval: 0.25)
            }
            _ = write(response.body, connection)
            return false
        }
        var body = response.status == 304 ? Data() : response.body
        if let cut = response.closeAfterBytes { body = body.prefix(cut) }
        if let trickle = response.trickle {
            var offset = 0
            while offset < body.count {
                let end = min(offset + max(1, trickle.bytes), body.count)
                guard write(body[offset..<end], connection) else { return false }
                offset = end
                if stopped { return false }
                Thread.sleep(forTimeInterval: trickle.interval)
            }
            return true
        }
        return write(body, connection)
    }

    private func write(_ data: Data, _ connection: Int32) -> Bool {
        data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let sent = Glibc.send(
                    connection, bytes.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
                if sent <= 0 { return false }
                offset += sent
            }
            return true
        }
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 301: return "Moved Permanently"
        case 302: return "Found"
        case 304: return "Not Modified"
        case 307: return "Temporary Redirect"
        case 308: return "Permanent Redirect"
        case 404: return "Not Found"
        case 410: return "Gone"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 503: return "Service Unavailable"
        default: return "Status"
        }
    }
}

public struct ServerError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
