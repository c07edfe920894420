import FeedModel
import FeedParser
import Foundation
import Testing

@Suite struct DateTests {
    private func published(_ text: String) throws -> (String?, String?) {
        let parsed = try parse(
            "<rss version=\"2.0\"><channel><item><title>t</title><pubDate>\(text)</pubDate></item></channel></rss>")
        let article = try #require(parsed.articles.first)
        return (article.published.map { ISO8601DateFormatter().string(from: $0) }, article.publishedRaw)
    }

    @Test(arguments: [
        ("Thu, 03 Apr 2025 09:41:00 +0200", "2025-04-03T07:41:00Z"),
        ("Thu, 3 Apr 2025 09:41 GMT", "2025-04-03T09:41:00Z"),
        ("03 Apr 2025 09:41:00 EST", "2025-04-03T14:41:00Z"),
        ("Thu, 03 Apr 25 09:41:00 PDT", "2025-04-03T16:41:00Z"),
        ("Thu,  03   Apr 2025   09:41:00   Z", "2025-04-03T09:41:00Z"),
        ("Thu, 03 Apr 2025 09:41:00 A", "2025-04-03T08:41:00Z"),
        ("Donnerstag, 03 März 2025 09:41:00 +0100", "2025-03-03T08:41:00Z"),
        ("2025-04-03T09:41:00Z", "2025-04-03T09:41:00Z"),
        ("2025-04-03T09:41:00.123+02:00", "2025-04-03T07:41:00Z"),
        ("2025-04-03T09:41:00", "2025-04-03T09:41:00Z"),
        // A writer that did not pad a field (ROME's test feeds, a Drupal module).
        ("2006-01-17T12:35:9+01:00", "2006-01-17T11:35:09Z"),
        ("2017-06-13T03:18:00+00:0", "2017-06-13T03:18:00Z"),
        ("2025-04-03T9:41:00+2:00", "2025-04-03T07:41:00Z"),
        ("2025-04-03 09:41", "2025-04-03T09:41:00Z"),
        ("2025-04-03", "2025-04-03T00:00:00Z"),
        ("2025-04", "2025-04-01T00:00:00Z"),
        ("1743673260", "2025-04-03T09:41:00Z"),
        // Numbers alone, where they cannot be misread.
        ("03.04.2025 09:41", "2025-04-03T09:41:00Z"),
        ("3. 4. 2025. 09:41", "2025-04-03T09:41:00Z"),
        ("2025/04/03 09:41", "2025-04-03T09:41:00Z"),
        ("2025.04.03", "2025-04-03T00:00:00Z"),
        // Cyrillic months and days, as Russian, Ukrainian, Serbian and Bulgarian feeds write them.
        ("Чт, 03 апр 2025 09:41:00 +0300", "2025-04-03T06:41:00Z"),
        ("четверг, 3 апреля 2025 г. 09:41", "2025-04-03T09:41:00Z"),
        ("Чт, 03 кві 2025 09:41:00 +0300", "2025-04-03T06:41:00Z"),
        ("середа 2 квітня 2025", "2025-04-02T00:00:00Z"),
        ("3 април 2025 09:41 +0200", "2025-04-03T07:41:00Z"),
        ("03 дец 2025 09:41:00 +0100", "2025-12-03T08:41:00Z"),
        ("3 ноември 2025 09:41", "2025-11-03T09:41:00Z"),
        // Serbian and Croatian in Latin script, with a day's short name.
        ("Sre, 02 Okt 2025 08:00:00 +0200", "2025-10-02T06:00:00Z"),
        ("Uto, 07 Maj 2025 08:00:00 +0200", "2025-05-07T06:00:00Z"),
        // Croatian writes a month's genitive; Slovene and Croatian write a time with a dot.
        ("3. travnja 2025. 09:41", "2025-04-03T09:41:00Z"),
        ("Ponedjeljak, 3. ožujka 2025.", "2025-03-03T00:00:00Z"),
        ("3. studenoga 2025. u 9.41", "2025-11-03T09:41:00Z"),
        ("3. avgusta 2025.", "2025-08-03T00:00:00Z"),
        ("četrtek, 3. april 2025 ob 09.41", "2025-04-03T09:41:00Z"),
        ("03.04. 2025. 09:41", "2025-04-03T09:41:00Z"),
        // Albanian, Romanian, Hungarian and Turkish.
        ("e enjte, 3 prill 2025 ora 09:41", "2025-04-03T09:41:00Z"),
        ("3 aprilie 2025, ora 09:41", "2025-04-03T09:41:00Z"),
        ("2025. április 3. 09:41", "2025-04-03T09:41:00Z"),
        ("Perşembe, 3 Nisan 2025 09:41", "2025-04-03T09:41:00Z"),
        // Words around the date; `u` (at) before a time is no military zone eight hours west.
        ("April 3, 2025 at 9:41 AM", "2025-04-03T09:41:00Z"),
        ("3 de abril de 2025 09:41", "2025-04-03T09:41:00Z"),
        ("3. april 2025. 09:41", "2025-04-03T09:41:00Z"),
        ("3. april 2025. u 09:41", "2025-04-03T09:41:00Z"),
        ("03 апр 2025 в 09:41", "2025-04-03T09:41:00Z"),
        // Zones half an hour off the hour (India, Newfoundland), and German feeds' MEZ and MESZ.
        ("Thu, 03 Apr 2025 09:41:00 IST", "2025-04-03T04:11:00Z"),
        ("Thu, 03 Apr 2025 09:41:00 NST", "2025-04-03T13:11:00Z"),
        ("Do, 03 Apr 2025 09:41:00 MESZ", "2025-04-03T07:41:00Z"),
        ("Mo, 03 Mär 2025 09:41:00 MEZ", "2025-03-03T08:41:00Z"),
        // Polish, Czech and Slovak. `lis` and `listopad(a)` are November in Polish and Czech and
        // October in Croatian, `lip` July in Polish and June in Croatian, `srp` August in Czech
        // and July in Croatian: the day's name decides (30 November 2026 is a Monday, 30 October
        // a Friday), and without one the Croatian reading stays.
        ("pon, 30 lis 2026 10:00:00 +0100", "2026-11-30T09:00:00Z"),
        ("pet, 30 lis 2026 10:00:00 +0100", "2026-10-30T09:00:00Z"),
        ("poniedziałek, 30 listopada 2026 10:00", "2026-11-30T10:00:00Z"),
        ("30. listopada 2026. u 10:00", "2026-10-30T10:00:00Z"),
        ("śro, 01 lip 2026 10:00:00 +0200", "2026-07-01T08:00:00Z"),
        ("pon, 01 lip 2026 10:00:00 +0200", "2026-06-01T08:00:00Z"),
        ("St, 05 srp 2026 10:00:00 +0200", "2026-08-05T08:00:00Z"),
        ("Ne, 05 srp 2026 10:00:00 +0200", "2026-07-05T08:00:00Z"),
        ("po, 30 lis 2026 10:00:00 +0100", "2026-11-30T09:00:00Z"),
        ("pondělí 30. listopadu 2026 10:00", "2026-11-30T10:00:00Z"),
        ("3. lipca 2025 09:41", "2025-07-03T09:41:00Z"),
        ("3. srpna 2025 09:41", "2025-08-03T09:41:00Z"),
        ("pondelok, 3. novembra 2025", "2025-11-03T00:00:00Z"),
        ("3. mája 2025 09:41", "2025-05-03T09:41:00Z"),
        // Slashes where one number cannot be a month, and a time's seconds after a dot.
        ("30/11/2026", "2026-11-30T00:00:00Z"),
        ("11/30/2026 10:00 AM", "2026-11-30T10:00:00Z"),
        ("Mon, 30 Nov 2026 10.00.00 GMT", "2026-11-30T10:00:00Z"),
        // A zone's name after an ISO date (Rails writes `UTC`; it was left unread), an IANA
        // zone's name with its offset then (summer time in July), a comment after an offset.
        ("2026-11-30 10:00:00 UTC", "2026-11-30T10:00:00Z"),
        ("2026-11-30T10:00:00 CET", "2026-11-30T09:00:00Z"),
        ("2026-11-30 10:00 (UTC)", "2026-11-30T10:00:00Z"),
        ("2026-11-30T10:00:00+01:00 (CET)", "2026-11-30T09:00:00Z"),
        ("2026-11-30T10:00:00 Europe/Belgrade", "2026-11-30T09:00:00Z"),
        ("2026-07-01 10:00:00 Europe/Belgrade", "2026-07-01T08:00:00Z"),
        ("2026-11-30 10:00:00 America/New_York", "2026-11-30T15:00:00Z"),
        ("Mon, 30 Nov 2026 10:00:00 Europe/Belgrade", "2026-11-30T09:00:00Z"),
        ("30.07.2026. 10:00 Europe/Sarajevo", "2026-07-30T08:00:00Z"),
        // Greek, with accents and in capitals without them; a comment of several words; German
        // `Uhr`; RFC 850's `30-Nov-26`; a US zone by its region, in winter and in summer.
        ("30 Νοεμβρίου 2026 10:00", "2026-11-30T10:00:00Z"),
        ("Δευτέρα, 30 Νοεμβρίου 2026", "2026-11-30T00:00:00Z"),
        ("ΔΕΥΤΕΡΑ 30 ΝΟΕΜΒΡΙΟΥ 2026", "2026-11-30T00:00:00Z"),
        ("Τετ, 1 Ιουλ 2026 10:00", "2026-07-01T10:00:00Z"),
        ("ΣΑΒΒΑΤΟ 3 ΜΑΪΟΥ 2025", "2025-05-03T00:00:00Z"), ("1 ΙΑΝΟΥΑΡΙΟΣ 2026", "2026-01-01T00:00:00Z"),
        // Turkish in capitals: `KASIM` lower-cases to `kasim`, not `kasım`.
        ("30 KASIM 2026 PAZARTESİ", "2026-11-30T00:00:00Z"), ("2 ARALIK 2026 ÇARŞAMBA 10:00", "2026-12-02T10:00:00Z"),
        ("Mon, 30 Nov 2026 10:00:00 +0100 (Central European Standard Time)", "2026-11-30T09:00:00Z"),
        ("Montag, 30. November 2026, 10:00 Uhr", "2026-11-30T10:00:00Z"),
        ("30.11.2026, 10:00 Uhr", "2026-11-30T10:00:00Z"),
        ("Monday, 30-Nov-26 10:00:00 GMT", "2026-11-30T10:00:00Z"),
        ("Nov 30, 2026 10:00 AM ET", "2026-11-30T15:00:00Z"),
        ("Jul 1, 2026 10:00 AM ET", "2026-07-01T14:00:00Z"),
        ("Nov 30, 2026 10:00 AM PT", "2026-11-30T18:00:00Z"),
        // A word for "at" of one letter was read as a military zone (Slovak `o`: two hours
        // off; Czech `v`: nine; Croatian `h` after the time: eight); French `10h30`; Hungarian
        // day names; Polish `o godz.`, Portuguese `às`, Spanish `a las`.
        ("30. novembra 2026 o 10:00", "2026-11-30T10:00:00Z"), ("30 listopadu 2026 v 10:00", "2026-11-30T10:00:00Z"),
        ("30.11.2026. u 10.30 h", "2026-11-30T10:30:00Z"), ("30 novembre 2026 à 10h30", "2026-11-30T10:30:00Z"),
        ("2026. november 30., hétfő", "2026-11-30T00:00:00Z"),
        ("30 grudnia 2026 o godz. 10:00", "2026-12-30T10:00:00Z"),
        ("30 de novembro de 2026 às 10:00", "2026-11-30T10:00:00Z"),
        ("30 de noviembre de 2026 a las 10:00", "2026-11-30T10:00:00Z"),
        ("Thu, 03 Apr 2025 09:41:00 z", "2025-04-03T09:41:00Z"),
        // `p.m.` with its dots, `9:30pm` glued, RFC 9557's `[zone]` after an offset.
        ("November 30, 2026, 10:00 p.m.", "2026-11-30T22:00:00Z"), ("30th Nov 2026 at 9:30pm", "2026-11-30T21:30:00Z"),
        ("9:30PM GMT, 30 November 2026", "2026-11-30T21:30:00Z"),
        ("2026-11-30T22:00:00+01:00[Europe/Belgrade]", "2026-11-30T21:00:00Z"),
        // South Slavic sites: the hour glued on (`10:00h`), "hours" after it, a separator
        // between the date and the time, a label before the date.
        ("30.11.2026. 10:00h", "2026-11-30T10:00:00Z"), ("10:00h, 30.11.2026.", "2026-11-30T10:00:00Z"),
        ("30.11.2026 10:00 časova", "2026-11-30T10:00:00Z"),
        ("понедељак, 30. новембар 2026, 10:00 часова", "2026-11-30T10:00:00Z"),
        ("30.11.2026. | 10:00", "2026-11-30T10:00:00Z"), ("30.11.2026 / 10:00", "2026-11-30T10:00:00Z"),
        ("Objavljeno: 30.11.2026. 10:00", "2026-11-30T10:00:00Z"),
        // A time without its colon (RSS 0.92's own example).
        ("03 Apr 02 1500 GMT", "2002-04-03T15:00:00Z"),
        // An ISO date apart from its time (`2026-11-30, 10:00`); dashes with the day first where
        // one number cannot be a month; Chinese, Japanese and Korean dates.
        ("2026-11-30, 10:00 +0100", "2026-11-30T09:00:00Z"), ("Mon, 2026-11-30, 10:00", "2026-11-30T10:00:00Z"),
        ("30-11-2026 10:00", "2026-11-30T10:00:00Z"), ("11-30-2026 10:00 PM", "2026-11-30T22:00:00Z"),
        ("2026年11月30日 10:00", "2026-11-30T10:00:00Z"), ("2026年11月30日", "2026-11-30T00:00:00Z"),
        ("2026年11月30日 星期一 10:00 +0800", "2026-11-30T02:00:00Z"), ("2026 年 11 月 30 日 10:00", "2026-11-30T10:00:00Z"),
        ("2026年11月30日(月) 10:00", "2026-11-30T10:00:00Z"), ("2026年11月30日 月曜日 10時30分", "2026-11-30T10:30:00Z"),
        ("2026年11月30日 下午3:05", "2026-11-30T15:05:00Z"), ("2026년 11월 30일 오후 3시 5분", "2026-11-30T15:05:00Z"),
        ("2026年11月30日 10時", "2026-11-30T10:00:00Z"),
        ("2026년 11월 30일 10:00", "2026-11-30T10:00:00Z"), ("2026.11.30 10:00 +0900", "2026-11-30T01:00:00Z"),
        // A year of two digits where the day and month are plain; a month's name between dots or
        // after the year; `of`.
        ("30.11.26 10:00", "2026-11-30T10:00:00Z"), ("30/11/26 10:00", "2026-11-30T10:00:00Z"),
        ("11-30-26", "2026-11-30T00:00:00Z"), ("30.Nov.2026", "2026-11-30T00:00:00Z"),
        ("2026-Nov-30 10:00", "2026-11-30T10:00:00Z"), ("1st of June 2026", "2026-06-01T00:00:00Z"),
    ])
    func readsRealWorldDateForms(text: String, expected: String) throws {
        let (value, raw) = try published(text)
        #expect(value == expected)
        #expect(raw == nil)
    }

    // A month name Croatian and Polish or Czech give different months is read in the feed's
    // language where no day name decides (it was read as Croatian); a day name still does.
    @Test(arguments: [
        ("pl", "30 listopada 2026 10:00", "2026-11-30T10:00:00Z"),
        ("pl-PL", "1 lip 2026", "2026-07-01T00:00:00Z"),
        ("cs", "5 srp 2026 10:00:00 +0200", "2026-08-05T08:00:00Z"),
        ("sk", "30 lis 2026", "2026-11-30T00:00:00Z"),
        ("hr", "30. listopada 2026. u 10:00", "2026-10-30T10:00:00Z"),
        ("en", "30 listopada 2026 10:00", "2026-10-30T10:00:00Z"),
        ("pl", "pt, 30 lis 2026 10:00:00 +0100", "2026-10-30T09:00:00Z"),
    ])
    func readsAnAmbiguousMonthInTheFeedsLanguage(language: String, text: String, expected: String) throws {
        let parsed = try parse(
            "<rss version=\"2.0\"><channel><language>\(language)</language><item><title>t</title>"
                + "<pubDate>\(text)</pubDate></item></channel></rss>")
        let article = try #require(parsed.articles.first)
        #expect(article.published.map { ISO8601DateFormatter().string(from: $0) } == expected)
    }

    @Test func aJSONFeedsDatesAreReadInItsLanguage() throws {
        let parsed = try parse(
            #"{"version": "https://jsonfeed.org/version/1.1", "title": "t", "language": "pl-PL", "items": ["#
                + #"{"id": "1", "title": "a", "date_published": "30 listopada 2026 10:00"},"#
                + #"{"id": "2", "title": "b", "language": "hr", "date_published": "30 listopada 2026 10:00"}]}"#)
        #expect(
            parsed.articles.map { $0.published.map { ISO8601DateFormatter().string(from: $0) } } == [
                "2026-11-30T10:00:00Z", "2026-10-30T10:00:00Z",
            ])
    }

    // Go's zero time, as Hugo writes it for a post without a date: the year 1, not 2001.
    @Test(arguments: [
        "yesterday", "2025-13-45T99:00:00Z", "Fri, 31 Feb 2025 10:00:00 GMT", "soon-ish",
        "Mon, 01 Jan 0001 00:00:00 +0000", "0001-01-01T00:00:00Z",
        // Day or month first, and no telling which; a day's name is not a month's.
        "04/03/2025 09:41", "3/4/2025", "середа 2025 09:41", "04.14. 2025.",
        // A zone no one has, and a name after an offset that is not a comment.
        "2026-11-30 10:00:00 Mars/Olympus", "2026-11-30T10:00:00Z CET", "Mon, 30 Nov 2026 10:00:00 Mars/Olympus",
        "Monday, 30-Foo-26 10:00:00 GMT",
        // Dashes, day or month first, and no telling which; a CJK date without its day.
        "04-03-2025 09:41", "2026年11月 10:00", "10/11/26 10:00", "30.13.26",
    ])
    func keepsUnreadableDatesVerbatim(text: String) throws {
        let (value, raw) = try published(text)
        #expect(value == nil)
        #expect(raw == text)
    }
}
