import Foundation

/// The names the time zone database gives a zone's times (`CET` and `CEST` for Europe/Belgrade,
/// `BST` for London's summer, `EDT` for New York's), read from its TZif file (RFC 8536).
///
/// Foundation on Linux names most zones by their offset (`GMT+2`); a reader in Belgrade expects
/// `CEST`. Zones whose database name is itself an offset (`+03` for Istanbul) keep Foundation's
/// `GMT+3`.
struct ZoneAbbreviations: Sendable {
    private struct LocalTime: Sendable {
        var isDaylight: Bool
        var name: String
    }

    /// Transition times (seconds since 1970), and the local time each begins.
    private var transitions: [Int64] = []
    private var kinds: [Int] = []
    private var localTimes: [LocalTime] = []
    /// The names in the file's closing rule (`CET-1CEST,M3.5.0,M10.5.0/3`), for times after its
    /// last transition: a file may end its transitions where the rule takes over.
    private var standardName: String?
    private var daylightName: String?

    /// The names of the zone `identifier`, from the database under `directory` (`TZDIR`, else
    /// `/usr/share/zoneinfo`); nil when it has no file there or the file cannot be read.
    init?(identifier: String, directory: String? = nil) {
        // A zone id is a path below the database: no way up out of it.
        guard !identifier.isEmpty, !identifier.hasPrefix("/"), !identifier.split(separator: "/").contains("..")
        else { return nil }
        let root = directory ?? ProcessInfo.processInfo.environment["TZDIR"] ?? "/usr/share/zoneinfo"
        guard let data = FileManager.default.contents(atPath: root + "/" + identifier),
            let parsed = ZoneAbbreviations(tzif: [UInt8](data))
        else { return nil }
        self = parsed
    }

    /// Reads a TZif file: version 1's block of 32-bit times, or, from version 2, the block of
    /// 64-bit times after it and the rule that closes the file.
    init?(tzif bytes: [UInt8]) {
        guard bytes.count >= 44, bytes[0..<4].elementsEqual("TZif".utf8) else { return nil }
        let version = bytes[4]
        guard var block = ZoneAbbreviations.readBlock(bytes, at: 0, timeSize: 4) else { return nil }
        if version >= 0x32 {  // "2": a second header and block, with 64-bit times
            guard let second = ZoneAbbreviations.readBlock(bytes, at: block.end, timeSize: 8) else { return nil }
            block = second
            // The footer: "\n" rule "\n".
            if block.end < bytes.count, bytes[block.end] == 0x0A,
                let close = bytes[(block.end + 1)...].firstIndex(of: 0x0A)
            {
                let rule = String(decoding: bytes[(block.end + 1)..<close], as: UTF8.self)
                (standardName, daylightName) = ZoneAbbreviations.names(inRule: rule)
            }
        }
        transitions = block.transitions
        kinds = block.kinds
        localTimes = block.localTimes
        guard !localTimes.isEmpty, kinds.allSatisfy({ $0 < localTimes.count }) else { return nil }
    }

    /// The zone's name for the time at `date` (`isDaylight`: whether it is summer time then, as
    /// the closing rule needs), or nil when the database names it by its offset.
    func name(at date: Date, isDaylight: Bool) -> String? {
        let time = Int64(date.timeIntervalSince1970.rounded(.down))
        let name: String?
        if let last = transitions.last, time >= last, standardName != nil {
            name = isDaylight ? daylightName ?? standardName : standardName
        } else if transitions.isEmpty {
            name = standardName ?? localTimes[0].name
        } else if time < transitions[0] {
            name = (localTimes.first { !$0.isDaylight } ?? localTimes[0]).name
        } else {
            // The last transition at or before `time`.
            var low = 0
            var high = transitions.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if transitions[middle] <= time { low = middle } else { high = middle - 1 }
            }
            name = localTimes[kinds[low]].name
        }
        guard let name, let first = name.unicodeScalars.first, CharacterSet.letters.contains(first) else { return nil }
        return name
    }

    private struct Block {
        var transitions: [Int64] = []
        var kinds: [Int] = []
        var localTimes: [LocalTime] = []
        var end = 0
    }

    private static func readBlock(_ bytes: [UInt8], at start: Int, timeSize: Int) -> Block? {
        guard start + 44 <= bytes.count, bytes[start..<(start + 4)].elementsEqual("TZif".utf8) else { return nil }
        func count(_ index: Int) -> Int { Int(bigEndian32(bytes, start + 20 + 4 * index)) }
        let (utCount, standardCount, leapCount) = (count(0), count(1), count(2))
        let (timeCount, typeCount, charCount) = (count(3), count(4), count(5))
        let data = start + 44
        let sizes = [
            timeCount * timeSize, timeCount, typeCount * 6, charCount, leapCount * (timeSize + 4), standardCount,
            utCount,
        ]
        guard typeCount > 0, sizes.allSatisfy({ $0 >= 0 }), data + sizes.reduce(0, +) <= bytes.count else { return nil }
        var block = Block(end: data + sizes.reduce(0, +))
        var offset = data
        for _ in 0..<timeCount {
            block.transitions.append(
                timeSize == 8
                    ? Int64(
                        bitPattern: UInt64(bigEndian32(bytes, offset)) << 32 | UInt64(bigEndian32(bytes, offset + 4)))
                    : Int64(Int32(bitPattern: bigEndian32(bytes, offset))))
            offset += timeSize
        }
        for _ in 0..<timeCount {
            block.kinds.append(Int(bytes[offset]))
            offset += 1
        }
        let names = data + sizes[0] + sizes[1] + sizes[2]
        for _ in 0..<typeCount {
            let nameStart = names + Int(bytes[offset + 5])
            guard nameStart < names + charCount else { return nil }
            let nameEnd = bytes[nameStart..<(names + charCount)].firstIndex(of: 0) ?? names + charCount
            block.localTimes.append(
                LocalTime(
                    isDaylight: bytes[offset + 4] != 0,
                    name: String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)))
            offset += 6
        }
        return block
    }

    private static func bigEndian32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) << 24 | UInt32(bytes[at + 1]) << 16 | UInt32(bytes[at + 2]) << 8 | UInt32(bytes[at + 3])
    }

    /// The standard and summer names of a POSIX TZ rule (`CET-1CEST,M3.5.0,M10.5.0/3`: `CET`,
    /// `CEST`; `<+03>-3`: `+03`, none).
    static func names(inRule rule: String) -> (String?, String?) {
        var rest = Substring(rule)
        func name() -> String? {
            if rest.first == "<" {
                guard let close = rest.firstIndex(of: ">") else { return nil }
                defer { rest = rest[rest.index(after: close)...] }
                return String(rest[rest.index(after: rest.startIndex)..<close])
            }
            let letters = rest.prefix { $0.isLetter }
            rest = rest.dropFirst(letters.count)
            return letters.isEmpty ? nil : String(letters)
        }
        let standard = name()
        rest = rest.drop { $0.isNumber || $0 == "+" || $0 == "-" || $0 == ":" }
        return (standard, standard == nil ? nil : name())
    }
}
