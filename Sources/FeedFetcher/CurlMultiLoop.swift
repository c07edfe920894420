internal import CCurl
import Foundation

/// Lets another thread stop the fetch loop: sets a flag and wakes `curl_multi_poll`.
final class LoopInterrupt: @unchecked Sendable {
    // `lock` guards both fields; the loop clears `multi` under the lock before freeing it, so
    // `curl_multi_wakeup` (the one multi call that is safe from another thread) never sees a
    // freed handle.
    private let lock = NSLock()
    private var multi: UnsafeMutableRawPointer?
    private var stopped = false

    func attach(_ multi: UnsafeMutableRawPointer) {
        lock.withLock { self.multi = multi }
    }

    func detach() {
        lock.withLock { multi = nil }
    }

    func stop() {
        lock.withLock {
            stopped = true
            if let multi { curl_multi_wakeup(multi) }
        }
    }

    var isStopped: Bool { lock.withLock { stopped } }
}

/// libcurl's multi interface driven on one dedicated thread: all transfers share one event
/// loop, connections are reused, and limits hold overall and per host.
final class CurlMultiLoop {
    private let options: FetchOptions
    private let multi: UnsafeMutableRawPointer
    /// Each host's requests still to start, the next one last: taken with `popLast`, in place.
    /// (`removeFirst` on a copy of the queue copied every request still waiting at each start:
    /// a thousand feeds of one host made half a million copies, 8% of an all-304 fetch's CPU.)
    private var hostQueues: [String: [FetchRequest]] = [:]
    private var hostOrder: [String] = []
    private var queued = 0
    private var active: [UnsafeMutableRawPointer: CurlTransfer] = [:]
    private var activePerHost: [String: Int] = [:]

    init(options: FetchOptions, requests: [FetchRequest]) {
        _ = Curl.initialize
        self.options = options
        self.multi = curl_multi_init()
        _ = fm_curl_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, max(1, options.perHost))
        _ = fm_curl_multi_setopt_long(
            multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, max(1, options.concurrency))
        _ = fm_curl_multi_setopt_long(multi, CURLMOPT_PIPELINING, Int(CURLPIPE_MULTIPLEX))
        for request in requests {
            let host = CurlTransfer.host(of: request.url)
            if hostQueues[host] == nil { hostOrder.append(host) }
            hostQueues[host, default: []].append(request)
            queued += 1
        }
        for host in hostOrder { hostQueues[host]?.reverse() }
    }

    deinit {
        for (handle, _) in active {
            curl_multi_remove_handle(multi, handle)
        }
        active.removeAll()
        curl_multi_cleanup(multi)
    }

    /// Runs until every request has finished or `interrupt` stops it; reports each as it ends.
    func run(interrupt: LoopInterrupt, report: (FetchOutcome) -> Void) {
        interrupt.attach(multi)
        defer { interrupt.detach() }
        while !interrupt.isStopped {
            startTransfers(report: report)
            if active.isEmpty && queued == 0 { break }
            var running: Int32 = 0
            curl_multi_perform(multi, &running)
            collectFinished(report: report)
            if active.isEmpty && queued == 0 { break }
            if !active.isEmpty {
                curl_multi_poll(multi, nil, 0, 1000, nil)
            }
        }
        if interrupt.isStopped { cancelEverything(report: report) }
    }

    private func startTransfers(report: (FetchOutcome) -> Void) {
        var progressed = true
        while active.count < options.concurrency && queued > 0 && progressed {
            progressed = false
            for host in hostOrder where active.count < options.concurrency {
                guard activePerHost[host, default: 0] < options.perHost, let request = hostQueues[host]?.popLast()
                else { continue }
                queued -= 1
                progressed = true
                guard let transfer = CurlTransfer(request: request, options: options) else {
                    report(
                        FetchOutcome(
                            request: request,
                            result: .failure(
                                FetchError(.transfer, url: request.url, "libcurl could not create a handle"))))
                    continue
                }
                active[transfer.easy.handle] = transfer
                activePerHost[host, default: 0] += 1
                curl_multi_add_handle(multi, transfer.easy.handle)
            }
            hostOrder.removeAll { hostQueues[$0]?.isEmpty ?? true }
        }
    }

    private func collectFinished(report: (FetchOutcome) -> Void) {
        var remaining: Int32 = 0
        while true {
            let message = fm_curl_multi_info_read(multi, &remaining)
            guard let raw = message.handle else { break }
            guard message.is_done != 0 else { continue }
            let handle = raw
            guard let transfer = active.removeValue(forKey: handle) else { continue }
            curl_multi_remove_handle(multi, raw)
            activePerHost[transfer.host, default: 1] -= 1
            // A body the server mislabels (plain text sent as gzip) is fetched once more, taken
            // as it comes: read what can be read, as a browser's view-source would.
            if transfer.failedDecoding(message.result),
                let again = CurlTransfer(request: transfer.request, options: options, decodesContent: false)
            {
                active[again.easy.handle] = again
                activePerHost[again.host, default: 0] += 1
                curl_multi_add_handle(multi, again.easy.handle)
                continue
            }
            var outcome = transfer.outcome(message.result)
            let neverConnected = transfer.neverConnected(message.result)
            if neverConnected, case .failure(var error) = outcome {
                error.madeNoConnection = true
                outcome = .failure(error)
            }
            report(FetchOutcome(request: transfer.request, result: outcome))
            if neverConnected, case .failure(let error) = outcome {
                skipQueued(of: transfer.host, because: error, report: report)
            } else if case .failure(let error) = outcome, error.asksToWait {
                deferQueued(of: transfer.host, because: error, report: report)
            }
        }
    }

    /// Fails the feeds of `host` still waiting, without trying them: a server that could not be
    /// reached a moment ago would keep each of them waiting for the connect timeout (a host
    /// that is down, with thirty section feeds, would hold the run for minutes), and they are
    /// tried again at their next fetch.
    private func skipQueued(of host: String, because error: FetchError, report: (FetchOutcome) -> Void) {
        guard let waiting = hostQueues.removeValue(forKey: host), !waiting.isEmpty else { return }
        queued -= waiting.count
        hostOrder.removeAll { $0 == host }
        for request in waiting.reversed() {
            var skipped = FetchError(
                .unreachable, url: request.url,
                "not tried: \(host) could not be reached a moment ago (\(error.message))")
            skipped.madeNoConnection = true
            report(FetchOutcome(request: request, result: .failure(skipped)))
        }
    }

    /// Puts off the feeds of `host` still waiting: the server said it is asked too often (429
    /// Too Many Requests, or 503 with a `Retry-After`), and asking it for its other feeds at
    /// once (a site's thirty section feeds, a hosting service's many blogs) is the hammering it
    /// asked to stop. They wait as long as it asked, and are not counted as failures.
    private func deferQueued(of host: String, because error: FetchError, report: (FetchOutcome) -> Void) {
        guard let waiting = hostQueues.removeValue(forKey: host), !waiting.isEmpty else { return }
        queued -= waiting.count
        hostOrder.removeAll { $0 == host }
        let status = error.status.map { "HTTP \($0)" } ?? "an error"
        let wait = error.retryAfter.map { " to wait \(Int($0)) s" } ?? " to wait"
        for request in waiting.reversed() {
            var deferred = FetchError(
                .deferred, url: request.url,
                "not asked for: \(host) answered another feed with \(status) a moment ago, asking\(wait)")
            deferred.retryAfter = error.retryAfter
            report(FetchOutcome(request: request, result: .failure(deferred)))
        }
    }

    private func cancelEverything(report: (FetchOutcome) -> Void) {
        for (handle, transfer) in active {
            curl_multi_remove_handle(multi, handle)
            report(
                FetchOutcome(
                    request: transfer.request,
                    result: .failure(FetchError(.cancelled, url: transfer.request.url, "cancelled"))))
        }
        active.removeAll()
        for host in hostOrder {
            for request in (hostQueues[host] ?? []).reversed() {
                report(
                    FetchOutcome(
                        request: request, result: .failure(FetchError(.cancelled, url: request.url, "cancelled"))))
            }
        }
        hostQueues.removeAll()
        queued = 0
    }
}
