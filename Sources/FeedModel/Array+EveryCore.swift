import Foundation

extension Array where Element: Sendable {
    /// `map(transform)` in as many parts as there are cores, when there are elements enough for
    /// each part to hold at least `minimumPart`: for work on each element that is its own and
    /// dwarfs handing out the parts (decoding a stored article, reading and tagging one). Each
    /// thread fills its own part of the result.
    public func mapOnEveryCore<T: Sendable>(minimumPart: Int, _ transform: @Sendable (Element) -> T) -> [T] {
        let parts = Swift.min(ProcessInfo.processInfo.activeProcessorCount, count / Swift.max(1, minimumPart))
        guard parts > 1 else { return map(transform) }
        let size = (count + parts - 1) / parts
        var results = [[T]](repeating: [], count: parts)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let results = buffer
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                results[part] = self[(part * size)..<Swift.min(count, (part + 1) * size)].map(transform)
            }
        }
        return results.flatMap { $0 }
    }
}
