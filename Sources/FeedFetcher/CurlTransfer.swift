internal import CCurl
import FeedText
import Foundation

/// One download in flight: its easy handle, the request headers it sends, and what has arrived.
///
/// Lives on the fetch thread only. libcurl's callbacks reach it through an unretained pointer
/// that stays valid because the loop keeps the transfer in its table until the handle is removed.
final class CurlTransfer {
    let request: FetchRequest
    let host: String
    let easy: CurlEasy
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
    private let maxBytes: Int
    let started = Date()

    private(set) var body = Data()
    private(set) var headers: [String: String] = [:]
    private(set) var statusChain: [Int] = []
    private(set) var exceededLimit = false
    /// False for a second try at a body the server mislabelled: no compression asked for, and
    /// the bytes taken as they come whatever the server calls them.
    let decodesContent: Bool

    init?(request: FetchRequest, options: FetchOptions, decodesContent: Bool = true) {
        _ = Curl.initialize
        guard let handle = curl_easy_init() else { return nil }
        self.request = request
        self.host = CurlTransfer.host(of: request.url)
        self.easy = CurlEasy(handle: handle)
        self.maxBytes = options.maxBytes
        self.decodesContent = decodesContent
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        configure(options)
    }

    deinit {
        // The loop has removed the handle from the multi handle before releasing the transfer.
        curl_easy_cleanup(easy.handle)
        curl_slist_free_all(headerList)
        errorBuffer.deallocate()
    }

    private func configure(_ options: FetchOptions) {
        let me = Unmanaged.passUnretained(self).toOpaque()
        easy.set(CURLOPT_URL, ASCIIURL.make(request.url))
        easy.set(CURLOPT_NOSIGNAL, 1)
        easy.set(CURLOPT_FOLLOWLOCATION, 1)
        easy.set(CURLOPT_MAXREDIRS, 5)
        // Feeds come over http(s) or from local files; a redirect may never lead to a file.
        easy.set(CURLOPT_PROTOCOLS_STR, "http,https,file")
        easy.set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        // Cookies a server sets are sent back on its redirects, and kept by no other transfer: a
        // site that sets one and redirects to the same address to see it come back (a session,
        // a load balancer's stickiness) would otherwise redirect until the limit.
        easy.set(CURLOPT_COOKIEFILE, "")
        if decodesContent {
            easy.set(CURLOPT_ACCEPT_ENCODING, "")  // every encoding this libcurl decodes
        } else {
            easy.set(CURLOPT_HTTP_CONTENT_DECODING, 0)
        }
        easy.set(CURLOPT_USERAGENT, options.userAgent)
        easy.set(CURLOPT_TIMEOUT_MS, Int(options.timeout * 1000))
        easy.set(CURLOPT_CONNECTTIMEOUT_MS, Int(options.connectTimeout * 1000))
        easy.set(CURLOPT_LOW_SPEED_LIMIT, options.lowSpeedBytes)
        easy.set(CURLOPT_LOW_SPEED_TIME, options.lowSpeedSeconds)
        easy.set(CURLOPT_MAXFILESIZE_LARGE, offset: Int64(options.maxBytes))
        // Waiting for a connection to the host that may carry this transfer too (HTTP/2) pays
        // only over TLS, where the handshake tells at once. Over plain http, which never
        // multiplexes here, libcurl learns it from the first answer's status line: every other
        // feed of the host waited for that answer, its timeout running, and a feed slow to
        // answer timed them all out unasked.
        if request.url.utf8.count >= 8, request.url.prefix(8).lowercased() == "https://" {
            easy.set(CURLOPT_PIPEWAIT, 1)
        }
        // HTTP/2 over TLS where the server offers it (ALPN); never prior knowledge, which is
        // broken in this libcurl on connection reuse.
        easy.set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS))
        easy.set(CURLOPT_ERRORBUFFER, pointer: UnsafeMutableRawPointer(errorBuffer))
        easy.set(CURLOPT_WRITEDATA, pointer: me)
        easy.set(
            CURLOPT_WRITEFUNCTION,
            callback: { data, size, count, context in
                guard let data, let context else { return 0 }
                return Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue().receive(data, size * count)
            })
        easy.set(CURLOPT_HEADERDATA, pointer: me)
        easy.set(
            CURLOPT_HEADERFUNCTION,
            callback: { data, size, count, context in
                guard let data, let context else { return 0 }
                return Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue().receiveHeader(
                    data, size * count)
            })

        var lines = [
            "Accept: application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5"
        ]
        if let etag = request.etag { lines.append("If-None-Match: \(etag)") }
        if let lastModified = request.lastModified { lines.append("If-Modified-Since: \(lastModified)") }
        for line in lines { headerList = curl_slist_append(headerList, line) }
        easy.set(CURLOPT_HTTPHEADER, list: headerList)
    }

    private func receive(_ data: UnsafeMutablePointer<CChar>, _ length: Int) -> Int {
        if body.isEmpty {
            // Size the buffer once from Content-Length (when sane) instead of doubling it.
            let expected = easy.offset(CURLINFO_CONTENT_LENGTH_DOWNLOAD_T)
            if expected > 0 && expected <= Int64(maxBytes) { body.reserveCapacity(Int(expected)) }
        }
        if body.count + length > maxBytes {
            exceededLimit = true
            return 0  // makes curl stop the transfer with a write error
        }
        body.append(UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: length)
        return length
    }

    private func receiveHeader(_ data: UnsafeMutablePointer<CChar>, _ length: Int) -> Int {
        // `trimmingWhitespace`, not Foundation's trimming, which took 8% of the CPU of a fetch
        // that heard only 304s.
        let line = String(decoding: UnsafeRawBufferPointer(start: data, count: length), as: UTF8.self)
            .trimmingWhitespace()
        if line.hasPrefix("HTTP/") {
            // A new response (after a redirect or a 100 Continue): its headers replace the last ones.
            let parts = line.split(separator: " ")
            if parts.count >= 2, let status = Int(parts[1]), status >= 200 { statusChain.append(status) }
            headers = [:]
        } else if let colon = line.firstIndex(of: ":") {
            let name = line[..<colon].trimmingWhitespace().lowercased()
            headers[name] = line[line.index(after: colon)...].trimmingWhitespace()
        }
        return length
    }

    /// Whether the body could not be decoded as the server said it was encoded (`Content-Encoding:
    /// gzip` on a plain body, a broken stream): the receive callback refuses nothing else.
    func failedDecoding(_ code: CURLcode) -> Bool {
        decodesContent && (code == CURLE_BAD_CONTENT_ENCODING || (code == CURLE_WRITE_ERROR && !exceededLimit))
    }

    /// Whether a transfer that ended with `code` never reached its first server: its name did
    /// not resolve, or no connection to it was made (refused, or timed out before connecting).
    /// A failure after a redirect is another server's.
    func neverConnected(_ code: CURLcode) -> Bool {
        guard !host.isEmpty, statusChain.isEmpty else { return false }
        switch code {
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_CONNECT: return true
        case CURLE_OPERATION_TIMEDOUT: return easy.offset(CURLINFO_CONNECT_TIME_T) == 0
        default: return false
        }
    }

    /// What curl wrote into its error buffer, or its generic message for `code`.
    func errorMessage(_ code: CURLcode) -> String {
        let detail = String(cString: errorBuffer)
        return detail.isEmpty ? Curl.message(code) : detail
    }

    /// The finished transfer as a response or an error.
    func outcome(_ code: CURLcode) -> Result<FetchResponse, FetchError> {
        outcomeWithoutTiming(code).mapError { error in
            var error = error
            error.elapsed = Date().timeIntervalSince(started)
            return error
        }
    }

    private func outcomeWithoutTiming(_ code: CURLcode) -> Result<FetchResponse, FetchError> {
        let url = request.url
        if code != CURLE_OK {
            return .failure(error(for: code))
        }
        var status = easy.long(CURLINFO_RESPONSE_CODE)
        let finalURL = easy.string(CURLINFO_EFFECTIVE_URL) ?? url
        if status == 0 && finalURL.lowercased().hasPrefix("file:") { status = 200 }
        let versionCode = easy.long(CURLINFO_HTTP_VERSION)
        let version: String
        switch versionCode {
        case Int(CURL_HTTP_VERSION_1_0): version = "1.0"
        case Int(CURL_HTTP_VERSION_2_0): version = "2"
        case Int(CURL_HTTP_VERSION_3): version = "3"
        default: version = "1.1"
        }
        let redirects = Array(statusChain.dropLast())
        var response = FetchResponse(
            requestedURL: url, finalURL: finalURL, status: status, headers: headers, body: body,
            redirectStatuses: redirects, httpVersion: version, elapsed: Date().timeIntervalSince(started))
        if !decodesContent, let encoding = headers["content-encoding"], !encoding.isEmpty {
            response.notes.append(
                "the server says the body is compressed (Content-Encoding: \(encoding)) but it could not be decoded as such; read as sent"
            )
        }
        if status >= 400 {
            var error = FetchError(.httpStatus, url: url, "the server answered HTTP \(status)", status: status)
            if let check = BotCheck.name(headers: headers, body: body) {
                error.message += " (\(BotCheck.explanation(check)))"
            } else if let explanation = HTTPStatusText.explanation(status, headers: headers) {
                error.message += " (\(explanation))"
            }
            error.retryAfter = headers["retry-after"].flatMap { RetryAfter.seconds($0, now: Date()) }
            if let wait = error.retryAfter { error.message += " (retry after \(Int(wait)) s)" }
            return .failure(error)
        }
        return .success(response)
    }

    private func error(for code: CURLcode) -> FetchError {
        let url = request.url
        let detail = errorMessage(code)
        switch code {
        case CURLE_WRITE_ERROR where exceededLimit, CURLE_FILESIZE_EXCEEDED:
            return FetchError(.tooLarge, url: url, "the body is larger than the limit of \(maxBytes) bytes")
        case CURLE_OPERATION_TIMEDOUT:
            return FetchError(.timedOut, url: url, "timed out: \(detail)")
        case CURLE_PARTIAL_FILE:
            return FetchError(
                .transfer, url: url, "the server closed the connection before the end of the body: \(detail)")
        case CURLE_PEER_FAILED_VERIFICATION:
            // An expired, self-signed or misnamed certificate: the site's to mend, or a machine
            // whose clock or certificate store is wrong.
            return FetchError(
                .unreachable, url: url,
                "the server's certificate is not trusted: \(detail)\(CurlTransfer.certificateProblem(detail))")
        case CURLE_SSL_CONNECT_ERROR where detail.contains("wrong version number"):
            return FetchError(
                .unreachable, url: url,
                "cannot reach the server: \(detail) (it does not speak TLS there: is the address http:// rather than https://?)"
            )
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY, CURLE_COULDNT_CONNECT, CURLE_SSL_CONNECT_ERROR,
            CURLE_SEND_ERROR, CURLE_RECV_ERROR:
            return FetchError(.unreachable, url: url, "cannot reach the server: \(detail)")
        case CURLE_TOO_MANY_REDIRECTS:
            return FetchError(.tooManyRedirects, url: url, "more than 5 redirects: \(detail)")
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL:
            return FetchError(.badURL, url: url, "bad URL: \(detail)")
        case CURLE_FILE_COULDNT_READ_FILE, CURLE_READ_ERROR:
            return FetchError(.file, url: url, "cannot read the file: \(detail)")
        case CURLE_BAD_CONTENT_ENCODING, CURLE_WRITE_ERROR:
            let encoding = headers["content-encoding"].map { " (Content-Encoding: \($0))" } ?? ""
            return FetchError(
                .transfer, url: url, "the body is not compressed as the server says\(encoding): \(detail)")
        case CURLE_ABORTED_BY_CALLBACK:
            return FetchError(.cancelled, url: url, "cancelled")
        default:
            return FetchError(.transfer, url: url, "transfer failed: \(detail)")
        }
    }

    /// What a certificate error most likely means, for the one who reads it: OpenSSL's words
    /// name the check that failed, not its usual cause.
    static func certificateProblem(_ detail: String) -> String {
        if detail.contains("unable to get local issuer certificate") {
            return " (the site most likely leaves out the intermediate certificate that links its own to a "
                + "trusted authority: browsers find it themselves, a feed reader does not; the site's owner can "
                + "add it to the server's certificate chain)"
        }
        if detail.contains("certificate has expired") {
            return " (it has expired: the site's owner has to renew it, unless this machine's clock is wrong)"
        }
        if detail.contains("self-signed certificate") || detail.contains("self signed certificate") {
            return " (it is self-signed: no authority vouches for it, as on a private server, or one that "
                + "intercepts the connection)"
        }
        if detail.contains("subject name") || detail.contains("does not match target host") {
            return " (it is for another name: the address may be an old one of the site)"
        }
        return ""
    }

    static func host(of url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return "" }
        let rest = url[schemeEnd.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostPort = authority.split(separator: "@").last ?? ""
        return hostPort.lowercased()
    }
}
