/// Sorting for the fingerprints' hash arrays: every article sorts several arrays of a hundred or
/// more hashes, where comparison sorts lose most of their time to mispredicted branches on
/// random values. 32-bit hashes go through a four-pass radix sort; other arrays through an
/// in-place quicksort (median of three, insertion sort for short runs).
enum HashSort {
    /// Sorts 32-bit hashes: LSD radix sort, a byte a pass (insertion sort when short).
    static func sort(_ values: inout [UInt32]) {
        let count = values.count
        guard count > 32 else {
            sort(generic: &values)
            return
        }
        var scratch = [UInt32](repeating: 0, count: count)
        var counts = [Int](repeating: 0, count: 256)
        values.withUnsafeMutableBufferPointer { source in
            scratch.withUnsafeMutableBufferPointer { target in
                counts.withUnsafeMutableBufferPointer { counts in
                    var from = source
                    var to = target
                    for shift in stride(from: UInt32(0), to: 32, by: 8) {
                        for index in 0..<256 { counts[index] = 0 }
                        for value in from { counts[Int((value >> shift) & 0xFF)] += 1 }
                        var total = 0
                        for index in 0..<256 {
                            let bucket = counts[index]
                            counts[index] = total
                            total += bucket
                        }
                        for value in from {
                            let bucket = Int((value >> shift) & 0xFF)
                            to[counts[bucket]] = value
                            counts[bucket] += 1
                        }
                        swap(&from, &to)
                    }
                    // Four passes: the sorted values are back in `source`.
                }
            }
        }
    }

    static func sort<T: FixedWidthInteger>(generic values: inout [T]) {
        values.withUnsafeMutableBufferPointer { buffer in
            guard buffer.count > 1 else { return }
            quicksort(buffer, 0, buffer.count - 1)
        }
    }

    private static func quicksort<T: FixedWidthInteger>(_ a: UnsafeMutableBufferPointer<T>, _ low: Int, _ high: Int) {
        var low = low
        var high = high
        while high - low > 16 {
            let middle = low + (high - low) / 2
            if a[middle] < a[low] { a.swapAt(middle, low) }
            if a[high] < a[low] { a.swapAt(high, low) }
            if a[high] < a[middle] { a.swapAt(high, middle) }
            let pivot = a[middle]
            var i = low
            var j = high
            while i <= j {
                while a[i] < pivot { i += 1 }
                while pivot < a[j] { j -= 1 }
                if i <= j {
                    a.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            // Recurse into the smaller side, loop on the larger: the stack stays logarithmic.
            if j - low < high - i {
                if low < j { quicksort(a, low, j) }
                low = i
            } else {
                if i < high { quicksort(a, i, high) }
                high = j
            }
        }
        if low < high {
            for index in (low + 1)...high {
                let value = a[index]
                var position = index - 1
                while position >= low && a[position] > value {
                    a[position + 1] = a[position]
                    position -= 1
                }
                a[position + 1] = value
            }
        }
    }
}
