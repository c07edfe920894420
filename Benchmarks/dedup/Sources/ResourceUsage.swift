#if canImport(Glibc)
    import Glibc
#endif

/// The process's peak resident memory so far, in MB.
func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}
