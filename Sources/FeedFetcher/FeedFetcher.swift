import Foundation

/// The result of one request.
public struct FetchOutcome: Sendable {
    public var request: FetchRequest
    public var result: Result<FetchResponse, FetchError>

    public init(request: FetchRequest, result: Result<FetchResponse, FetchError>) {
        self.request = request
        self.result = result
    }
}

/// Downloads feeds concurrently with libcurl's multi interface.
///
/// The transfers of one `fetch` call run on a dedicated thread (never on Swift's cooperative
/// pool, which blocking C calls would starve); results arrive on an `AsyncStream` as each
/// transfer ends, so the caller can parse while the rest download.
public struct FeedFetcher: Sendable {
    public let options: FetchOptions

    public init(options: FetchOptions = FetchOptions()) {
        self.options = options
    }

    /// Fetches every request; the stream ends when all have finished. Ending the iteration
    /// early (or cancelling the task) stops the transfers still running.
    public func fetch(_ requests: [FetchRequest]) -> AsyncStream<FetchOutcome> {
        let options = options
        let (stream, continuation) = AsyncStream.makeStream(of: FetchOutcome.self, bufferingPolicy: .unbounded)
        let interrupt = LoopInterrupt()
        continuation.onTermination = { termination in
            if case .cancelled = termination { interrupt.stop() }
        }
        let thread = Thread {
            let loop = CurlMultiLoop(options: options, requests: requests)
            loop.run(interrupt: interrupt) { outcome in continuation.yield(outcome) }
            continuation.finish()
        }
        thread.name = "feedmerge.fetch"
        thread.start()
        return stream
    }

    /// Fetches one request.
    public func fetch(_ request: FetchRequest) async -> Result<FetchResponse, FetchError> {
        for await outcome in fetch([request]) { return outcome.result }
        return .failure(FetchError(.cancelled, url: request.url, "cancelled"))
    }
}
