import Foundation

/// Runs long CPU-bound test work on a thread of its own.
///
/// Swift Testing runs tests on the cooperative pool, which has one thread per core (two here): a
/// test that computes for seconds there starves every other test, and the ones that measure
/// time (timeouts) fail for reasons of their own. Work that takes seconds goes through here.
public enum OffPool {
    public static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                do {
                    continuation.resume(returning: try body())
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}
