import Testing

@testable import FeedText

@Suite struct MojibakeTests {
    /// UTF-8 read as windows-1252 and written out again, as WordPress sites and UK shops publish
    /// it, is read back; text around it stays.
    @Test(arguments: [
        ("RSS.com and Grupo FÃ³rmula", "RSS.com and Grupo Fórmula"),
        ("associated with a userâ€™s podcast", "associated with a user’s podcast"),
        ("Credit limit: Â£1,200. Interest: Â£67", "Credit limit: £1,200. Interest: £67"),
        ("Â¿Pensando en Comenzar un Podcast? AquÃ­ Hay 7 Cosas", "¿Pensando en Comenzar un Podcast? Aquí Hay 7 Cosas"),
        (
            "Growing Your Podcast Is Not about You â€“ Itâ€™s about",
            "Growing Your Podcast Is Not about You – It’s about"
        ),
        ("InterviewsÂ\u{A0}now", "Interviews\u{A0}now"),
        // The no-break space's second half made a plain space, or trimmed away.
        ("Platforms of 2023Â – Review", "Platforms of 2023 – Review"),
        ("Have Great InterviewsÂ", "Have Great Interviews"),
        ("start a podcast.Â  You’re", "start a podcast.  You’re"),
        ("VuÄ\u{8D}iÄ‡ i Ä\u{90}ilas", "Vučić i Đilas"),
        ("ÐŸÑƒÑ‚Ð¸Ð½", "Путин"),
        ("price â‚¬5 ðŸ˜€", "price €5 😀"),
        ("café and FÃ³rmula", "café and Fórmula"),
    ])
    func mangledTextIsReadBack(mangled: String, meant: String) {
        #expect(Mojibake.repaired(mangled) == meant)
    }

    /// Text that merely has such characters, apart or before letters, is left alone.
    @Test(arguments: [
        "SÃO PAULO: AÇÃO NÃO", "Grüße aus Köln", "»Fuß« und heiß«", "Brøndby og Ærø", "Ísland í ævintýri",
        "3×½ cup", "Le cœur à Noël — très bien", "Vučić i Đilas", "plain ASCII",
        "Ângulo reto", "ROMÂNIA, CÂ DE", "É Â", "NGUYỄN VĂN Â",
    ])
    func genuineTextIsLeftAlone(text: String) {
        #expect(Mojibake.repaired(text) == nil)
    }
}
