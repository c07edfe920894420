import Foundation
import Testing

@testable import FeedWriter

/// The names the system's time zone database (`/usr/share/zoneinfo`, which Foundation reads too)
/// gives zones' times.
@Suite struct ZoneAbbreviationsTests {
    static let summer = Date(timeIntervalSince1970: 1_751_322_600)  // 2025-06-30T22:30:00Z
    static let winter = Date(timeIntervalSince1970: 1_736_980_200)  // 2025-01-15T22:30:00Z

    private func name(_ zone: String, _ date: Date) throws -> String? {
        let names = try #require(ZoneAbbreviations(identifier: zone), "no database file for \(zone)")
        let isDaylight = try #require(TimeZone(identifier: zone)).isDaylightSavingTime(for: date)
        return names.name(at: date, isDaylight: isDaylight)
    }

    @Test func zonesAreNamedAsTheDatabaseNamesThem() throws {
        #expect(try name("Europe/Belgrade", Self.summer) == "CEST")
        #expect(try name("Europe/Belgrade", Self.winter) == "CET")
        #expect(try name("Europe/London", Self.summer) == "BST")
        #expect(try name("Europe/London", Self.winter) == "GMT")
        #expect(try name("Europe/Kyiv", Self.summer) == "EEST")
        #expect(try name("America/New_York", Self.summer) == "EDT")
        #expect(try name("Asia/Tokyo", Self.winter) == "JST")
        // Moscow's name before its transitions ended: summer time in 2010.
        #expect(try name("Europe/Moscow", Date(timeIntervalSince1970: 1_278_000_000)) == "MSD")
    }

    /// Istanbul's database name is its offset, `+03`: the page keeps Foundation's `GMT+3`.
    @Test func aZoneNamedByItsOffsetHasNoName() throws {
        #expect(try name("Europe/Istanbul", Self.summer) == nil)
    }

    @Test func onlyFilesInsideTheDatabaseAreRead() {
        #expect(ZoneAbbreviations(identifier: "../../etc/passwd") == nil)
        #expect(ZoneAbbreviations(identifier: "/etc/passwd") == nil)
        #expect(ZoneAbbreviations(identifier: "Nowhere/Atlantis") == nil)
        #expect(ZoneAbbreviations(tzif: Array("TZif2 but cut short".utf8)) == nil)
    }

    @Test func readsTheNamesOfARule() {
        #expect(ZoneAbbreviations.names(inRule: "CET-1CEST,M3.5.0,M10.5.0/3") == ("CET", "CEST"))
        #expect(ZoneAbbreviations.names(inRule: "<+03>-3") == ("+03", nil))
        #expect(ZoneAbbreviations.names(inRule: "EST5EDT,M3.2.0,M11.1.0") == ("EST", "EDT"))
        #expect(ZoneAbbreviations.names(inRule: "<-03>3<-02>,M3.5.0/-2,M10.5.0/-1") == ("-03", "-02"))
    }
}
