import FeedText
import Foundation

/// Reads the dates feeds write: RFC 822/1123 with the real world's deviations, RFC 3339 /
/// ISO 8601 / W3CDTF, and Unix timestamps. A date that cannot be read with confidence gives nil,
/// never a guess: the caller keeps the text instead.
enum DateParser {
    /// `language` is the entry's or the feed's (`pl`, `hr-HR`): it reads a month name two
    /// languages give different months (`listopada`) when no day name decides.
    static func parse(_ raw: String, language: String? = nil) -> Date? {
        let text = raw.trimmingWhitespace()
        guard !text.isEmpty, text.utf8.count < 80 else { return nil }
        let bytes = Array(text.utf8)
        if let date = canonicalRFC822(bytes) { return date }
        if bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return timestamp(bytes) }
        if bytes.count >= 4, bytes[0...3].allSatisfy(isDigit),
            bytes.count == 4 || !isDigit(bytes[4]) || bytes.count >= 8
        {
            if let date = iso8601(bytes) { return date }
        }
        return rfc822(text, language: language)
    }

    // MARK: The common case, fast

    /// `Thu, 03 Apr 2025 09:41:00 +0200` exactly as RFC 822 and RSS 2.0 spell it (most feeds do),
    /// read straight from the bytes; anything else goes to the general reader.
    private static func canonicalRFC822(_ bytes: [UInt8]) -> Date? {
        var index = 0
        let count = bytes.count
        func digits(_ length: Int) -> Int? {
            guard index + length <= count else { return nil }
            var value = 0
            for offset in 0..<length {
                let byte = bytes[index + offset]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += length
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        if count > 5, bytes[3] == UInt8(ascii: ","), bytes[4] == UInt8(ascii: " ") { index = 5 }
        let dayLength = index + 1 < count && bytes[index + 1] == UInt8(ascii: " ") ? 1 : 2
        guard let day = digits(dayLength), expect(UInt8(ascii: " ")), index + 4 <= count else { return nil }
        let monthKey =
            (UInt32(bytes[index] | 0x20) << 16) | (UInt32(bytes[index + 1] | 0x20) << 8)
            | UInt32(bytes[index + 2] | 0x20)
        guard let month = englishMonths[monthKey] else { return nil }
        index += 3
        guard expect(UInt8(ascii: " ")), let year = digits(4), expect(UInt8(ascii: " ")), let hour = digits(2),
            expect(UInt8(ascii: ":")), let minute = digits(2)
        else { return nil }
        var second = 0
        if expect(UInt8(ascii: ":")) {
            guard let value = digits(2) else { return nil }
            second = value
        }
        guard expect(UInt8(ascii: " ")), index < count else { return nil }
        var offset = 0
        if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            index += 1
            guard let zoneHours = digits(2), let zoneMinutes = digits(2), index == count else { return nil }
            offset = sign * (zoneHours * 3600 + zoneMinutes * 60)
        } else {
            let name = String(decoding: bytes[index...], as: UTF8.self)
            guard let minutes = namedZones[name] else { return nil }
            offset = minutes * 60
        }
        return InternetDate.date(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second, offset: offset)
    }

    private static let englishMonths: [UInt32: Int] = {
        var months: [UInt32: Int] = [:]
        for (index, name) in ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
            .enumerated()
        {
            let bytes = Array(name.utf8)
            months[(UInt32(bytes[0]) << 16) | (UInt32(bytes[1]) << 8) | UInt32(bytes[2])] = index + 1
        }
        return months
    }()

    // MARK: Unix timestamps

    private static func timestamp(_ bytes: [UInt8]) -> Date? {
        guard let value = Int64(String(decoding: bytes, as: UTF8.self)) else { return nil }
        switch bytes.count {
        case 9...10: return Date(timeIntervalSince1970: TimeInterval(value))
        case 12...13: return Date(timeIntervalSince1970: TimeInterval(value / 1000))
        case 8:  // 20040112, a compact ISO date
            return InternetDate.date(year: Int(value / 10000), month: Int(value / 100 % 100), day: Int(value % 100))
        default: return nil
        }
    }

    // MARK: ISO 8601 / RFC 3339 / W3CDTF

    private static func iso8601(_ bytes: [UInt8]) -> Date? {
        var reader = ByteReader(bytes)
        guard let year = reader.number(digits: 4) else { return nil }
        var month = 1
        var day = 1
        let extended = reader.skip(UInt8(ascii: "-"))
        if !reader.atEnd, reader.peekIsDigit {
            guard let value = reader.number(digits: 2) else { return nil }
            month = value
            if extended ? reader.skip(UInt8(ascii: "-")) : reader.peekIsDigit {
                guard let value = reader.number(digits: 2) else { return nil }
                day = value
            }
        }
        var hour = 0
        var minute = 0
        var second = 0
        var offset = 0
        if reader.skip(UInt8(ascii: "T")) || reader.skip(UInt8(ascii: "t")) || reader.skip(UInt8(ascii: " ")) {
            // A field of one digit is a writer that did not pad (`12:35:9`): its meaning is plain.
            guard let h = reader.field() else { return nil }
            hour = h
            _ = reader.skip(UInt8(ascii: ":"))
            if let m = reader.field() { minute = m }
            if reader.skip(UInt8(ascii: ":")) || reader.peekIsDigit {
                guard let s = reader.field() else { return nil }
                second = s
            }
            if reader.skip(UInt8(ascii: ".")) || reader.skip(UInt8(ascii: ",")) {
                while reader.peekIsDigit { reader.advance() }
            }
            _ = reader.skip(UInt8(ascii: " "))
            var explicit = true
            if reader.skip(UInt8(ascii: "Z")) || reader.skip(UInt8(ascii: "z")) {
                offset = 0
            } else if let sign = reader.sign() {
                guard let oh = reader.field() else { return nil }
                _ = reader.skip(UInt8(ascii: ":"))
                let om = reader.field() ?? 0
                offset = sign * (oh * 3600 + om * 60)
            } else {
                explicit = false
            }
            // What follows is a zone's name (`UTC`, `Europe/Belgrade`, `(CET)`) where no offset
            // was written, and a comment (`+01:00 (CET)`) where one was.
            if !reader.remaining.allSatisfy({ $0 == 0x20 }) {
                let rest = String(decoding: reader.remaining, as: UTF8.self).trimmingWhitespace()
                // `[Europe/Belgrade]` after the offset: RFC 9557's zone, as Java writes it.
                let commented =
                    (rest.hasPrefix("(") && rest.hasSuffix(")"))
                    || (explicit && rest.hasPrefix("[") && rest.hasSuffix("]"))
                guard explicit else {
                    let local = InternetDate.date(
                        year: year, month: month, day: day, hour: hour, minute: minute, second: second)
                    return inZone(named: commented ? String(rest.dropFirst().dropLast()) : rest, local: local)
                }
                guard commented else { return nil }
                return InternetDate.date(
                    year: year, month: month, day: day, hour: hour, minute: minute, second: second, offset: offset)
            }
        }
        guard reader.atEnd || reader.remaining.allSatisfy({ $0 == 0x20 }) else { return nil }
        return InternetDate.date(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second, offset: offset)
    }

    /// The instant of `local`, a time read in the zone written `name`: an abbreviation (`CET`)
    /// or an IANA name (`Europe/Belgrade`, as some CMSs print a date's zone), whose offset is
    /// the one in force then, summer time included. nil for a name that is no zone.
    private static func inZone(named name: String, local: Date?) -> Date? {
        guard let local else { return nil }
        if let minutes = namedZones[name.uppercased()] { return local.addingTimeInterval(-Double(minutes * 60)) }
        guard name.contains("/"), name.first?.isUppercase == true, name.utf8.count <= 40,
            let zone = TimeZone(identifier: name)
        else { return nil }
        // The offset is the zone's at the instant, which the offset decides: the second look
        // settles it but in the hour a clock change repeats or skips.
        let first = zone.secondsFromGMT(for: local)
        return local.addingTimeInterval(-Double(zone.secondsFromGMT(for: local.addingTimeInterval(-Double(first)))))
    }

    // MARK: RFC 822 and its relatives

    private static func rfc822(_ written: String, language: String?) -> Date? {
        let text = eastAsianDate(written)
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            .map(String.init)
        var day: Int?
        var month: Int?
        var year: Int?
        var yearDigits = 0
        var time: (Int, Int, Int)?
        var offset: Int?
        var zoneName: String?
        var pendingMeridiem: String?
        var monthName: String?
        var dayNames: UInt8?
        var index = 0
        let firstIsWeekday = text.prefix(while: { $0 != " " }).hasSuffix(",")
        while index < tokens.count {
            var token = tokens[index]
            index += 1
            // A label before the date (`Objavljeno:`, `Published:`), and a separator between the
            // date and the time (`30.11.2026. | 10:00`, `/`).
            if index == 1, token.hasSuffix(":"), token.dropLast().allSatisfy(\.isLetter) { continue }
            if token.allSatisfy({ "|/–—•·".contains($0) }) { continue }
            // A comment in parentheses, of any number of words: `(Central European Standard Time)`.
            if token.hasPrefix("(") {
                if !token.hasSuffix(")") {
                    while index < tokens.count, !tokens[index].hasSuffix(")") { index += 1 }
                    index += 1
                }
                continue
            }
            // A zone of the United States by its region, after the time (`10:00 AM ET`): the
            // offset of standard or daylight time then.
            if time != nil, zoneName == nil, offset == nil, let region = regionZones[token] {
                zoneName = region
                continue
            }
            let lower = nameKey(token.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".")))
            if time == nil, token.contains(":") {
                // `9:30pm`: the half of the day glued on.
                let lowerToken = token.lowercased()
                let glued = ["am", "pm"].first { lowerToken.hasSuffix($0) && lowerToken.count > 4 }
                // `10:00h`, as South Slavic sites write the hour.
                let hours = glued == nil && lowerToken.hasSuffix("h") && lowerToken.count > 4
                let clockText = glued != nil ? String(token.dropLast(2)) : hours ? String(token.dropLast()) : token
                if let parsed = clock(clockText) {
                    time = parsed.time
                    if let zone = parsed.zone { offset = zone }
                    if let glued { pendingMeridiem = glued }
                    continue
                }
            }
            // `10h30`, `10h`: a time as French and Croatian write it.
            if time == nil, let clock = hourClock(token) {
                time = clock
                continue
            }
            // A military zone is one capital letter, and the last word (`09:41:00 A`): a single
            // letter elsewhere is a word of the language (Slovak `o 10:00`, Czech `v 10:00`).
            if token.count == 1, time != nil, index == tokens.count, offset == nil,
                let zone = namedZones[token] ?? (token == "z" ? 0 : nil)
            {
                offset = zone * 60
                continue
            }
            if lower == "am" || lower == "pm" || lower == "a.m" || lower == "p.m" {  // `.` trimmed off
                pendingMeridiem = lower
                continue
            }
            // A leading day name followed by a comma is a weekday even where it spells a month
            // elsewhere (French "mar." is Tuesday).
            // A day's whole name is never a month's either (the Ukrainian `середа` is not `серпня`).
            if (index == 1 && firstIsWeekday) || lower.count > 3, let days = weekdays[lower] {
                dayNames = dayNames ?? days
                continue
            }
            if month == nil {
                var name = lower
                var value = monthNames[lower]
                if value == nil, lower.count <= 9 {
                    name = String(lower.prefix(3))
                    value = monthNames[name]
                }
                if let value {
                    (month, monthName) = (value, name)
                    continue
                }
            }
            if let days = weekdays[lower] {
                dayNames = dayNames ?? days
                continue
            }
            if token.first == "+" || token.first == "-" {
                if let zone = numericZone(token) { offset = zone }
                continue
            }
            if ignoredWords.contains(lower) { continue }
            if day == nil, month == nil, year == nil, let date = numericDate(token) {
                (day, month, year, yearDigits) = (date.day, date.month, date.year, 4)
                continue
            }
            // `30-Nov-26`, RFC 850's form (HTTP's obsolete dates, which some servers still write),
            // and its kin: `30.Nov.2026`, `2026-Nov-30`.
            if day == nil, month == nil, year == nil, let date = namedMonthDate(token) {
                (day, month, year, yearDigits) = date
                continue
            }
            // `14.05. 2025.`: a day and a month, the year apart.
            if day == nil, month == nil, token.hasSuffix("."), let date = dayAndMonth(token) {
                (day, month) = date
                continue
            }
            if token.hasSuffix("st") || token.hasSuffix("nd") || token.hasSuffix("rd") || token.hasSuffix("th") {
                if let value = Int(token.dropLast(2)), value <= 31 { token = String(value) }
            }
            // `22. 12. 2023.`: a day and a month written as ordinals, as South Slavic and German
            // dates are.
            let isOrdinal = token.count > 1 && token.hasSuffix(".")
            if isOrdinal { token.removeLast() }
            if isOrdinal, day != nil, month == nil, year == nil, let value = Int(token), (1...12).contains(value) {
                month = value
                continue
            }
            // `ob 14.05`: a time written with a dot, as Slovene and Croatian write it, once the
            // date is whole (before, `14.05` could be a day and a month).
            if time == nil, day != nil, month != nil, year != nil, let clock = dottedClock(token) {
                time = clock
                continue
            }
            if let value = Int(token) {
                // `03 Apr 02 1500 GMT`: a time without its colon once the date is whole.
                if time == nil, day != nil, month != nil, year != nil, token.count == 4, value / 100 < 24,
                    value % 100 < 60
                {
                    time = (value / 100, value % 100, 0)
                    continue
                }
                if token.count == 4 || value > 31 {
                    if year == nil { (year, yearDigits) = (value, token.count) } else { return nil }
                } else if day == nil {
                    day = value
                } else if year == nil {
                    (year, yearDigits) = (value, token.count)
                } else {
                    return nil
                }
                continue
            }
            let upper = token.uppercased()
            if upper.count > 1, let zone = namedZones[upper] {
                offset = zone * 60
                continue
            }
            if upper.hasPrefix("GMT") || upper.hasPrefix("UTC"), let zone = numericZone(String(upper.dropFirst(3))) {
                offset = zone
                continue
            }
            if zoneName == nil, offset == nil, token.first?.isUppercase == true, token.contains("/") {
                zoneName = token
                continue
            }
            return nil
        }
        guard let dayValue = day, var monthValue = month, var yearValue = year else { return nil }
        // A two-digit year (`01 Jan 99`) is of this century or the last; `0001` is the year 1
        // (Go's zero time, which no feed means), which `InternetDate.date` does not read.
        if yearDigits <= 2 && yearValue < 100 { yearValue += yearValue < 50 ? 2000 : 1900 }
        // A name two languages give different months is read as the one its day name agrees
        // with (`pon, 30 lis 2026`: Polish, a Monday in November, not a Friday in October).
        if let dayNames, let monthName, let other = otherMonthReadings[monthName],
            dayNames & weekdayBit(year: yearValue, month: monthValue, day: dayValue) == 0,
            dayNames & weekdayBit(year: yearValue, month: other, day: dayValue) != 0
        {
            monthValue = other
        } else if dayNames == nil, let monthName, let other = otherMonthReadings[monthName],
            let language, laterReadingLanguages.contains(language.prefix(2).lowercased())
        {
            // With no day name, the feed's language decides (`30 listopada 2026` in Polish).
            monthValue = other
        }
        var (hour, minute, second) = time ?? (0, 0, 0)
        if let meridiem = pendingMeridiem {
            if meridiem.hasPrefix("p") && hour < 12 { hour += 12 }
            if meridiem.hasPrefix("a") && hour == 12 { hour = 0 }
        }
        let local = InternetDate.date(
            year: yearValue, month: monthValue, day: dayValue, hour: hour, minute: minute, second: second,
            offset: zoneName == nil ? offset ?? 0 : 0)
        guard let zoneName else { return local }
        return inZone(named: zoneName, local: local)
    }

    /// A date written in numbers alone, in the forms that cannot be misread: year first
    /// (`2023/12/22`, `2023.12.22`, `2023-12-22` apart from its time), `22.12.2023` (the dotted
    /// form with the day first is European; the American one uses slashes), and slashes or
    /// dashes where one number cannot be a month (`22/12/2023`, `12-22-2023`). `12/11/2023`, day
    /// or month first, is left unread.
    private static func numericDate(_ token: String) -> (day: Int, month: Int, year: Int)? {
        for separator in [Character("."), Character("/"), Character("-")] {
            var text = Substring(token)
            if separator == "." && text.hasSuffix(".") { text = text.dropLast() }
            let parts = text.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
                let first = Int(parts[0]), let second = Int(parts[1]), let third = Int(parts[2])
            else { continue }
            if parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2 { return (third, second, first) }
            if separator == ".", parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 {
                return (first, second, third)
            }
            if separator != ".", parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
                (first > 12) != (second > 12)
            {
                return first > 12 ? (first, second, third) : (second, first, third)
            }
            // A year of two digits (`30.11.26`, `30/11/26`), where the day and the month are plain.
            if parts.allSatisfy({ $0.count <= 2 }), parts[2].count == 2 {
                let century = third < 50 ? 2000 : 1900
                if separator == ".", (1...31).contains(first), (1...12).contains(second) {
                    return (first, second, century + third)
                }
                if separator != ".", (first > 12) != (second > 12), max(first, second) <= 31, min(first, second) >= 1 {
                    return first > 12 ? (first, second, century + third) : (second, first, century + third)
                }
            }
        }
        return nil
    }

    /// `2026年11月30日 10時30分` (Chinese, Japanese) and `2026년 11월 30일 10시 30분` (Korean) as
    /// `2026/11/30 10:30`, with the day's name (`星期一`, `月曜日`, `(月)`, `월요일`) taken out
    /// (Japanese writes it with the characters for month and day) and the halves of the day
    /// (`下午`, `午後`, `오후`) as `pm`. A mark counts only after a number. Other text is returned
    /// as it is.
    private static func eastAsianDate(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { eastAsianMarks.contains($0) }) else { return text }
        var text = text
        for (name, meaning) in eastAsianWords where text.contains(name) {
            text = text.replacingOccurrences(of: name, with: meaning)
        }
        let characters = Array(text)
        var rewritten = ""
        var afterNumber = false
        for (index, character) in characters.enumerated() {
            let next = characters[(index + 1)...].first { $0 != " " }
            let nextIsNumber = next?.isASCII == true && next?.isNumber == true
            if afterNumber {
                switch character {
                case "年", "년", "月", "월":
                    rewritten.append("/")
                    continue
                case "日", "일":
                    rewritten.append(" ")
                    continue
                case "時", "时", "시":
                    rewritten.append(nextIsNumber ? ":" : ":00 ")
                    continue
                case "分", "분":
                    rewritten.append(nextIsNumber ? ":" : " ")
                    continue
                case "秒", "초":
                    rewritten.append(" ")
                    continue
                default: break
                }
            }
            if character != " " { afterNumber = character.isASCII && character.isNumber }
            rewritten.append(character)
        }
        // `2026 年 11 月 30 日`: the numbers and their marks may stand apart.
        while rewritten.contains(" /") { rewritten = rewritten.replacingOccurrences(of: " /", with: "/") }
        while rewritten.contains("/ ") { rewritten = rewritten.replacingOccurrences(of: "/ ", with: "/") }
        while rewritten.contains(" :") { rewritten = rewritten.replacingOccurrences(of: " :", with: ":") }
        while rewritten.contains(": ") { rewritten = rewritten.replacingOccurrences(of: ": ", with: ":") }
        return rewritten
    }

    private static let eastAsianMarks: Set<Unicode.Scalar> = ["年", "月", "日", "년", "월", "일"]

    /// The days of the week as Chinese (`星期一`, `周一`), Japanese (`月曜日`, `(月)`) and Korean
    /// (`월요일`) write them, taken out; the halves of the day as `am` and `pm`.
    private static let eastAsianWords: [(String, String)] = {
        let chinese: [String] = ["一", "二", "三", "四", "五", "六", "日", "天"]
        let japanese: [String] = ["日", "月", "火", "水", "木", "金", "土"]
        let korean: [String] = ["일", "월", "화", "수", "목", "금", "토"]
        var names: [String] = []
        for day in chinese { names += ["星期", "礼拜", "禮拜", "周", "週"].map { $0 + day } }
        for day in japanese { names += [day + "曜日", "(" + day + ")", "（" + day + "）", "(" + day + "曜)"] }
        for day in korean { names += [day + "요일", "(" + day + ")"] }
        let halves: [(String, String)] = [
            ("上午", " am "), ("下午", " pm "), ("午前", " am "), ("午後", " pm "), ("오전", " am "), ("오후", " pm "),
        ]
        return names.map { ($0, " ") } + halves
    }()

    /// `30-Nov-26`, `30-Nov-2026`, `30.Nov.2026` and `2026-Nov-30`: a day, a month's name and
    /// a year in one word, with the year's digits as written.
    private static func namedMonthDate(_ token: String) -> (day: Int, month: Int, year: Int, digits: Int)? {
        guard let separator = token.first(where: { $0 == "-" || $0 == "." }) else { return nil }
        let parts = token.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, let named = monthNames[parts[1].lowercased()] else { return nil }
        if parts[0].count == 4, let year = Int(parts[0]), let day = Int(parts[2]), (1...31).contains(day) {
            return (day, named, year, 4)
        }
        guard let day = Int(parts[0]), (1...31).contains(day), parts[2].count == 2 || parts[2].count == 4,
            let year = Int(parts[2])
        else { return nil }
        return (day, named, year, parts[2].count)
    }

    /// Words dates are written with that say nothing of when: `December 22, 2023 at 10:00`,
    /// `22 de diciembre de 2023`, `22 декабря 2023 г.`.
    private static let ignoredWords: Set<String> = [
        "at", "de", "um", "г", "год", "года", "р", "року",
        // "at" before the time: South Slavic `u 14:05` (not the military zone U, eight hours
        // west), Slovene `ob`, Russian `в`, Ukrainian `о`, Albanian `në ora`, Romanian `ora`,
        // Turkish `saat`, Dutch `om`, Scandinavian `kl`, French `à`, Italian `alle`, `ore`.
        "u", "ob", "в", "о", "në", "ora", "saat", "om", "kl", "à", "alle", "ore",
        // "o'clock" after it: German `10:00 Uhr`, Croatian and French `h`.
        "uhr", "h",
        // More words for "at": Slovak and Polish `o` (`o godz.`, "at the hour"), Czech `v`,
        // Portuguese `às`, Spanish `a las`.
        "o", "v", "godz", "às", "a", "las",
        // "hours" after the time: Serbian, Croatian and Bosnian `10:00 časova`, `10 sati`.
        "časova", "часова", "sati", "сати",
        // `1st of June 2026`.
        "of",
    ]

    /// `dd.mm.`, a day and a month.
    private static func dayAndMonth(_ token: String) -> (Int, Int)? {
        let parts = token.dropLast().split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) }), let day = Int(parts[0]),
            let month = Int(parts[1]), (1...31).contains(day), (1...12).contains(month)
        else { return nil }
        return (day, month)
    }

    /// `hh.mm` or `hh.mm.ss`, a time of day (Finnish and Danish write seconds so too).
    private static func dottedClock(_ token: String) -> (Int, Int, Int)? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count <= 2,
            parts.dropFirst().allSatisfy({ $0.count == 2 }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60
        else { return nil }
        let second = parts.count == 3 ? Int(parts[2]) : 0
        guard let second, second < 60 else { return nil }
        return (hour, minute, second)
    }

    /// `10h30` or `10h`, a time of day.
    private static func hourClock(_ token: String) -> (Int, Int, Int)? {
        guard let h = token.firstIndex(where: { $0 == "h" || $0 == "H" }), h > token.startIndex else { return nil }
        let hours = token[..<h]
        let minutes = token[token.index(after: h)...]
        guard hours.count <= 2, hours.allSatisfy(\.isASCII), let hour = Int(hours), hour < 24,
            minutes.isEmpty || (minutes.count == 2 && minutes.allSatisfy(\.isASCII))
        else { return nil }
        guard let minute = minutes.isEmpty ? 0 : Int(minutes), minute < 60 else { return nil }
        return (hour, minute, 0)
    }

    /// `hh:mm[:ss]`, possibly with a zone glued on (`10:00:00+0200`, `10:00Z`).
    private static func clock(_ token: String) -> (time: (Int, Int, Int), zone: Int?)? {
        var timePart = Substring(token)
        var zone: Int?
        if let signIndex = token.firstIndex(where: { $0 == "+" || $0 == "-" }) {
            timePart = token[..<signIndex]
            guard let value = numericZone(String(token[signIndex...])) else { return nil }
            zone = value
        } else if token.hasSuffix("Z") {
            timePart = token.dropLast()
            zone = 0
        }
        let pieces = timePart.split(separator: ":", omittingEmptySubsequences: false)
        guard pieces.count == 2 || pieces.count == 3, let hour = Int(pieces[0]), let minute = Int(pieces[1]) else {
            return nil
        }
        var second = 0
        if pieces.count == 3 {
            guard let value = Int(pieces[2].prefix(while: \.isNumber)) else { return nil }
            second = value
        }
        return ((hour, minute, second), zone)
    }

    /// `+0200`, `-05:00`, `+2`, in seconds east of UTC.
    private static func numericZone(_ token: String) -> Int? {
        guard let first = token.first, first == "+" || first == "-" else { return nil }
        let digits = token.dropFirst().filter { $0 != ":" }
        guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy(\.isNumber), let value = Int(digits) else {
            return nil
        }
        let hours = digits.count <= 2 ? value : value / 100
        let minutes = digits.count <= 2 ? 0 : value % 100
        guard hours <= 14, minutes < 60 else { return nil }
        return (first == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    // MARK: Calendar arithmetic

    /// The day of the week of a date as a bit of `weekdays`' masks (bit 0 Sunday).
    private static func weekdayBit(year: Int, month: Int, day: Int) -> UInt8 {
        // 1970-01-01 was a Thursday.
        let weekday = ((InternetDate.daysSinceEpoch(year: year, month: month, day: day) + 4) % 7 + 7) % 7
        return 1 << weekday
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    // MARK: Names

    /// Zone names and military letters, in minutes east of UTC. India's, Newfoundland's and
    /// central Australia's are half an hour off the hour; German feeds write MEZ and MESZ.
    static let namedZones: [String: Int] = {
        let hours: [String: Int] = [
            "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "MET": 1, "CEST": 2,
            "MEST": 2, "WEZ": 0, "WESZ": 1, "MEZ": 1, "MESZ": 2, "OEZ": 2, "OESZ": 3, "EET": 2, "EEST": 3, "MSK": 3,
            "WAT": 1, "CAT": 2, "SAST": 2, "EAT": 3, "IDT": 3, "PKT": 5, "ICT": 7, "WIB": 7, "JST": 9, "KST": 9,
            "HKT": 8, "SGT": 8, "PHT": 8, "MYT": 8, "AWST": 8, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
            "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9,
            "AKDT": -8, "HST": -10, "AST": -4, "ADT": -3, "BRT": -3, "ART": -3,
        ]
        var zones = hours.mapValues { $0 * 60 }
        for (name, minutes) in ["IST": 330, "NPT": 345, "ACST": 570, "ACDT": 630, "NST": -210, "NDT": -150] {
            zones[name] = minutes
        }
        // RFC 822 military zones: A–I and K–M east, N–Y west (J is local time, so unknown).
        let east = Array("ABCDEFGHIKLM")
        for (offset, letter) in east.enumerated() { zones[String(letter)] = (offset + 1) * 60 }
        for (offset, letter) in Array("NOPQRSTUVWXY").enumerated() { zones[String(letter)] = -(offset + 1) * 60 }
        return zones
    }()

    /// The zones of the United States written by region (`ET`, as US outlets date a story), as
    /// the IANA zones whose offset they mean: standard or daylight time by the date.
    private static let regionZones: [String: String] = [
        "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles",
    ]

    /// Day names, each with the days of the week it may name (bit 0 Sunday, bit 1 Monday, …):
    /// `so` is Sunday in German and Saturday in Czech. Lists run Monday to Sunday.
    static let weekdays: [String: UInt8] = {
        let lists: [[String]] = [
            ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
            ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
            ["mon", "tues", "wed", "thur", "fri", "sat", "sun"], ["mon", "tue", "wed", "thurs", "fri", "sat", "sun"],
            ["mo", "di", "mi", "do", "fr", "sa", "so"],
            ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
            ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"],
            ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
            ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
            ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
            ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
            ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
            ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"],
            ["ma", "di", "wo", "do", "vr", "za", "zo"], ["maa", "din", "woe", "don", "vri", "zat", "zon"],
            ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
            // Serbian, Croatian, Bosnian, Slovene, Albanian (after `e`: `e enjte`), Romanian, Turkish.
            ["pon", "uto", "sre", "čet", "pet", "sub", "ned"], ["pon", "uto", "sri", "čet", "pet", "sub", "ned"],
            ["ponedeljak", "utorak", "sreda", "četvrtak", "petak", "subota", "nedelja"],
            ["ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"],
            ["ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"],
            ["hënë", "martë", "mërkurë", "enjte", "premte", "shtunë", "diel"],
            ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"],
            ["pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"],
            ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"],
            // Polish, Czech and Slovak.
            ["pon", "wt", "śr", "czw", "pt", "sob", "niedz"], ["pn", "wt", "śr", "cz", "pt", "sb", "nie"],
            ["pon", "wto", "śro", "czw", "pią", "sob", "nie"],
            ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
            ["po", "út", "st", "čt", "pá", "so", "ne"], ["po", "ut", "st", "št", "pi", "so", "ne"],
            ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"],
            ["pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"],
            // Russian, Ukrainian, Serbian, Bulgarian and Macedonian, in Cyrillic.
            ["пн", "вт", "ср", "чт", "пт", "сб", "вс"], ["пн", "вт", "ср", "чт", "пт", "сб", "нд"],
            ["пон", "уто", "сре", "чет", "пет", "суб", "нед"], ["пон", "вто", "сре", "чет", "пет", "съб", "нед"],
            ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
            ["понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"],
            ["понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя"],
            ["понедељак", "уторак", "среда", "четвртак", "петак", "субота", "недеља"],
            ["понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"],
            ["понеделник", "вторник", "среда", "четврток", "петок", "сабота", "недела"],
            // Greek, entered and read as `nameKey` makes them.
            ["δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή"],
            ["δευ", "τρι", "τετ", "πεμ", "παρ", "σαβ", "κυρ"],
        ]
        var days: [String: UInt8] = ["e": 0]
        for list in lists where list.count == 7 {
            for (index, name) in list.enumerated() { days[nameKey(name), default: 0] |= 1 << ((index + 1) % 7) }
        }
        return days
    }()

    private static let monthReadings: (first: [String: Int], other: [String: Int]) = {
        let lists: [[String]] = [
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            [
                "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december",
            ],
            ["jän", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"],
            [
                "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
                "november", "dezember",
            ],
            ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"],
            [
                "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre",
            ],
            ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
            [
                "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                "noviembre", "diciembre",
            ],
            ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
            [
                "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                "ottobre", "novembre", "dicembre",
            ],
            ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
            [
                "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
                "novembro", "dezembro",
            ],
            ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
            [
                "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december",
            ],
            [
                "januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar", "oktobar",
                "novembar", "decembar",
            ],
            [
                "siječanj", "veljača", "ožujak", "travanj", "svibanj", "lipanj", "srpanj", "kolovoz", "rujan",
                "listopad", "studeni", "prosinac",
            ],
            // Croatian dates write the genitive (`3. travnja 2025.`), Serbian and Bosnian Latin
            // ones too (`3. avgusta`: found by `avg`, as the others by their first three letters).
            [
                "siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
                "listopada", "studenoga", "prosinca",
            ],
            ["sij", "velj", "ožu", "tra", "svi", "lip", "srp", "kol", "ruj", "lis", "stu", "pro"],
            ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "avg", "sep", "okt", "nov", "dec"],
            // Slovene, Albanian, Romanian, Hungarian and Turkish.
            [
                "januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober",
                "november", "december",
            ],
            [
                "janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
                "dhjetor",
            ],
            [
                "ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
                "octombrie", "noiembrie", "decembrie",
            ],
            ["ian", "feb", "mar", "apr", "mai", "iun", "iul", "aug", "sep", "oct", "noi", "dec"],
            [
                "január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
                "október", "november", "december",
            ],
            [
                "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
                "aralık",
            ],
            // Polish (the genitive a date uses, the nominative, the short forms), Czech and Slovak.
            // Polish and Czech `listopad` is November, the Croatian one October; a Polish `lip` is
            // July and a Croatian one June, a Czech `srp` August and a Croatian one July:
            // `otherMonthReadings` keeps the second reading.
            [
                "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                "października", "listopada", "grudnia",
            ],
            [
                "styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
                "październik", "listopad", "grudzień",
            ],
            ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
            [
                "ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
                "listopadu", "prosince",
            ],
            ["led", "úno", "bře", "dub", "kvě", "čen", "čec", "srp", "zář", "říj", "lis", "pro"],
            [
                "leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září", "říjen",
                "listopad", "prosinec",
            ],
            [
                "januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
                "novembra", "decembra",
            ],
            [
                "január", "február", "marec", "apríl", "máj", "jún", "júl", "august", "september", "október",
                "november", "december",
            ],
            // Russian (the genitive a date uses, the nominative, and the short forms), Ukrainian,
            // Serbian, Bulgarian and Macedonian. A longer form is also found by its first three
            // letters, so the short forms below are the three-letter ones.
            [
                "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                "ноября", "декабря",
            ],
            [
                "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                "ноябрь", "декабрь",
            ],
            ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"],
            [
                "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
                "листопада", "грудня",
            ],
            [
                "січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень",
                "жовтень", "листопад", "грудень",
            ],
            ["січ", "лют", "бер", "кві", "тра", "чер", "лип", "сер", "вер", "жов", "лис", "гру"],
            [
                "јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август", "септембар", "октобар",
                "новембар", "децембар",
            ],
            ["јан", "феб", "мар", "апр", "мај", "јун", "јул", "авг", "сеп", "окт", "нов", "дец"],
            [
                "януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври",
                "ноември", "декември",
            ],
            ["яну", "фев", "мар", "апр", "май", "юни", "юли", "авг", "сеп", "окт", "ное", "дек"],
            [
                "јануари", "февруари", "март", "април", "мај", "јуни", "јули", "август", "септември", "октомври",
                "ноември", "декември",
            ],
            // Greek (the genitive a date uses, the nominative, the short forms): entered, and read,
            // as `nameKey` makes them.
            [
                "ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου",
                "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου",
            ],
            [
                "ιανουάριος", "φεβρουάριος", "μάρτιος", "απρίλιος", "μάιος", "ιούνιος", "ιούλιος", "αύγουστος",
                "σεπτέμβριος", "οκτώβριος", "νοέμβριος", "δεκέμβριος",
            ],
            ["ιαν", "φεβ", "μαρ", "απρ", "μαΐ", "ιουν", "ιουλ", "αυγ", "σεπ", "οκτ", "νοε", "δεκ"],
        ]
        var names: [String: Int] = [:]
        var others: [String: Int] = [:]
        for list in lists where list.count == 12 {
            for (index, written) in list.enumerated() {
                let name = nameKey(written)
                if let first = names[name] {
                    if first != index + 1 { others[name] = index + 1 }
                } else {
                    names[name] = index + 1
                }
            }
        }
        names["sept"] = 9
        names["june"] = 6
        names["july"] = 7
        return (names, others)
    }()

    /// Month names in English and the languages feeds most often localize them into.
    static var monthNames: [String: Int] { monthReadings.first }

    /// The month a name means in a later language, where it differs from the first reading
    /// (`listopad`: October in Croatian, November in Polish and Czech). A date's day name decides.
    static var otherMonthReadings: [String: Int] { monthReadings.other }

    /// A lower-case name as the tables hold it, for the two scripts whose capitals lower-case to
    /// other letters than the name's: Greek without its accents and with one sigma (a headline
    /// in capitals drops the accents, `ΜΑΪΟΥ` is `μαΐου`, and lower-casing gives `σ` for a final
    /// `ς`), and Turkish with `i` for its dotless `ı` and its `İ` (`KASIM` lower-cases to
    /// `kasim`, not `kasım`, and `PAZARTESİ` to an `i` with a dot above it). Any other word is
    /// returned as it is.
    static func nameKey(_ word: String) -> String {
        guard let first = word.unicodeScalars.first,
            (0x370...0x3FF).contains(first.value) || (0x1F00...0x1FFF).contains(first.value)
        else {
            // `İ` lower-cases to `i` and a combining dot above.
            guard word.unicodeScalars.contains(where: { $0 == "ı" || $0 == "\u{307}" }) else { return word }
            return String(
                String.UnicodeScalarView(
                    word.unicodeScalars.compactMap { $0 == "ı" ? "i" : $0 == "\u{307}" ? nil : $0 }))
        }
        let letters = word.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            !(0x300...0x36F).contains($0.value)
        }
        return String(String.UnicodeScalarView(letters)).replacingOccurrences(of: "ς", with: "σ")
    }

    /// The languages whose month names are `otherMonthReadings`' (Polish, Czech, Slovak).
    private static let laterReadingLanguages: Set<String> = ["pl", "cs", "sk"]
}

/// A cursor over ASCII bytes for the ISO reader.
private struct ByteReader {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index >= bytes.count }
    var remaining: ArraySlice<UInt8> { bytes[index...] }
    var peekIsDigit: Bool { !atEnd && bytes[index] >= 0x30 && bytes[index] <= 0x39 }

    mutating func advance() { index += 1 }

    mutating func skip(_ byte: UInt8) -> Bool {
        guard !atEnd, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func sign() -> Int? {
        if skip(UInt8(ascii: "+")) { return 1 }
        if skip(UInt8(ascii: "-")) { return -1 }
        return nil
    }

    /// Two digits, or one that no digit follows.
    mutating func field() -> Int? {
        number(digits: 2) ?? number(digits: 1)
    }

    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<digits {
            let byte = bytes[index + offset]
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        index += digits
        return value
    }
}
