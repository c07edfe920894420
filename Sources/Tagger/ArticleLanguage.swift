import FeedText

/// The languages whose forms of a name the tagger reads in an article: German, whose names
/// take a genitive `s` (`Putins Krieg`); Serbian, Croatian, Bosnian and Montenegrin, which
/// decline them (`Vučića`, see `SouthSlavicCases`), and Slovenian with them; Albanian (`Kurtit`, see `AlbanianCases`);
/// Russian and Ukrainian (`Путіна`, see `EastSlavicCases`), told by the letters of their Cyrillic;
/// Polish, Czech and Slovak (`Zełenskiego`, see `WestSlavicCases`); Turkish, Hungarian,
/// Romanian and Greek, the region's other neighbours (`Sırbistan'da`, `Putyinnal`, `Rusiei`,
/// `Πούτιν`).
///
/// An article's declared language says; one that declares none, or English, is told from its
/// words, or from letters only its language writes (see `FeedText.TellingLetters`): 88 of the
/// corpus's 228 headlines with `und`, `für`, `mit`, `der` or `die`, nearly all of them German,
/// come from feeds that declare none, and so do many of the region's outlets; others declare
/// blog software's default, `en-US` (2 of the corpus's German articles).
struct ArticleLanguage: OptionSet {
    let rawValue: UInt16

    init(rawValue: UInt16) { self.rawValue = rawValue }

    static let german = ArticleLanguage(rawValue: 1)
    static let southSlavic = ArticleLanguage(rawValue: 2)
    static let albanian = ArticleLanguage(rawValue: 4)
    /// Declared English, whose names have no forms to read, but which blog software declares
    /// for outlets that never set a language: told again from the words.
    static let english = ArticleLanguage(rawValue: 8)
    /// Russian and Ukrainian (and Belarusian), which decline names (`Путіна`, see
    /// `EastSlavicCases`).
    static let eastSlavic = ArticleLanguage(rawValue: 16)
    /// Polish, Czech and Slovak, which decline names (`Zełenskiego`, see `WestSlavicCases`).
    static let westSlavic = ArticleLanguage(rawValue: 32)
    /// Macedonian and Bulgarian, which do not decline names but name places their own way
    /// (`Србија`, `Сърбия`, see `Exonyms`), told by the letters of their Cyrillic.
    static let macedonian = ArticleLanguage(rawValue: 64)
    static let bulgarian = ArticleLanguage(rawValue: 128)
    /// Turkish, which writes a name's suffixes after an apostrophe (`Putin'in`, `Sırbistan'da`,
    /// matched as the name already) and names places and East Slavic names its way (`Sırbistan`,
    /// `Prigojin`, see `TurkishCases`).
    static let turkish = ArticleLanguage(rawValue: 256)
    /// Hungarian, which joins suffixes to names (`Putyinnal`, `Szerbiában`, see `HungarianCases`).
    static let hungarian = ArticleLanguage(rawValue: 512)
    /// Romanian, which declines places with their article (`Rusiei`, `Kievului`, see
    /// `RomanianCases`).
    static let romanian = ArticleLanguage(rawValue: 1024)
    /// Greek, which writes the names in its own letters (`Πούτιν`, `Σερβία`, see `GreekSpelling`).
    static let greek = ArticleLanguage(rawValue: 2048)
    /// French, Italian and Spanish, which decline no names, but whose names of some places and
    /// adjectives are other words elsewhere (Italian's `Mosca`, `Cina`, `russo`; French's
    /// `Chine`; Spanish's `chino`): those are read in their articles only (see
    /// `Exonyms.romance(of:in:)`).
    static let french = ArticleLanguage(rawValue: 4096)
    static let italian = ArticleLanguage(rawValue: 8192)
    static let spanish = ArticleLanguage(rawValue: 16384)

    /// The language a feed or an article declares (`de`, `de-AT`, `sr-Latn`, `hr_HR`, `bos`),
    /// read from the bytes: it is asked of every article.
    init(declared language: String) {
        // The code before any region or script, packed: no allocation for a question asked so often.
        var code: UInt32 = 0
        var length = 0
        for byte in language.utf8.drop(while: { $0 == 0x20 }) {
            guard byte != UInt8(ascii: "-") && byte != UInt8(ascii: "_") && byte != 0x20 else { break }
            length += 1
            guard length <= 3 else { break }
            code = code << 8 | UInt32(byte | 0x20)
        }
        switch length <= 3 ? code : 0 {
        case ArticleLanguage.code("de"), ArticleLanguage.code("deu"), ArticleLanguage.code("ger"): self = .german
        case ArticleLanguage.code("sr"), ArticleLanguage.code("hr"), ArticleLanguage.code("bs"),
            ArticleLanguage.code("sh"), ArticleLanguage.code("srp"), ArticleLanguage.code("hrv"),
            ArticleLanguage.code("bos"), ArticleLanguage.code("cnr"), ArticleLanguage.code("hbs"),
            ArticleLanguage.code("sl"), ArticleLanguage.code("slv"):
            self = .southSlavic
        case ArticleLanguage.code("sq"), ArticleLanguage.code("sqi"), ArticleLanguage.code("alb"): self = .albanian
        case ArticleLanguage.code("en"), ArticleLanguage.code("eng"): self = .english
        case ArticleLanguage.code("ru"), ArticleLanguage.code("rus"), ArticleLanguage.code("uk"),
            ArticleLanguage.code("ukr"), ArticleLanguage.code("be"), ArticleLanguage.code("bel"):
            self = .eastSlavic
        case ArticleLanguage.code("pl"), ArticleLanguage.code("pol"), ArticleLanguage.code("cs"),
            ArticleLanguage.code("ces"), ArticleLanguage.code("cze"), ArticleLanguage.code("sk"),
            ArticleLanguage.code("slk"), ArticleLanguage.code("slo"):
            self = .westSlavic
        case ArticleLanguage.code("mk"), ArticleLanguage.code("mkd"), ArticleLanguage.code("mac"): self = .macedonian
        case ArticleLanguage.code("bg"), ArticleLanguage.code("bul"): self = .bulgarian
        case ArticleLanguage.code("tr"), ArticleLanguage.code("tur"): self = .turkish
        case ArticleLanguage.code("hu"), ArticleLanguage.code("hun"): self = .hungarian
        case ArticleLanguage.code("ro"), ArticleLanguage.code("ron"), ArticleLanguage.code("rum"),
            ArticleLanguage.code("mo"):
            self = .romanian
        case ArticleLanguage.code("el"), ArticleLanguage.code("ell"), ArticleLanguage.code("gre"): self = .greek
        case ArticleLanguage.code("fr"), ArticleLanguage.code("fra"), ArticleLanguage.code("fre"): self = .french
        case ArticleLanguage.code("it"), ArticleLanguage.code("ita"): self = .italian
        case ArticleLanguage.code("es"), ArticleLanguage.code("spa"): self = .spanish
        default: self = []
        }
    }

    private static func code(_ text: StaticString) -> UInt32 {
        var code: UInt32 = 0
        text.withUTF8Buffer { for byte in $0 { code = code << 8 | UInt32(byte) } }
        return code
    }

    /// The languages the article reads as: two different words of a language's commonest ones
    /// that the others do not write, in its title and the first 40 words of its text. German's
    /// are `und`, `nicht`, `ist`, `sich`, `auch`… (`die`, `der`, `das`, `mit` and `den` are English
    /// or Portuguese words too); the South Slavic ones' `je`, `su`, `nije`, `koji`, `zbog`… in
    /// either script (`ali`, `bio` and `još` are an English name and words, `Jos` a city);
    /// Albanian's `dhe`, `është`, `nga`, `nuk`, `që`… (`në`, `të`, `për` and `me` read as French,
    /// Spanish, Italian and English words once folded); Polish, Czech and Slovak's `oraz`,
    /// `który`, `jsou`, `podle`, `ktorý`… (`się` folds to German's `sie`, `také` to `take`);
    /// Turkish's `için`, `olarak`, `değil`, `gibi`; Hungarian's `hogy`, `egy`, `szerint`, `után`;
    /// Romanian's `pentru`, `despre`, `după`, `fost`; Greek's `και`, `του`, `της`, `για` (three
    /// letters, as the words looked up are seven bytes at most); French's `dans`, `avec`, `selon`,
    /// Italian's `della`, `anche`, `sono`, Spanish's `también`, `según`, `cuando`. Russian and Ukrainian are told by the letters
    /// only they write, as folding told them, and so are Serbian, Macedonian and Bulgarian in Cyrillic.
    static func told(by text: ArticleText) -> ArticleLanguage {
        // The first word met of each language, at its bit's place (a tuple and a switch over
        // eight languages made telling cost twice as much).
        var first = InlineArray<16, UInt64>(repeating: 0)
        var told: ArticleLanguage = []
        // Read once: a static's every read checks that it is initialized.
        let openings = ArticleLanguage.openings
        // Inlined: as a call of its own (seven languages made it one), telling cost twice as much.
        @inline(__always) func read(_ folded: FoldedText, _ range: Range<Int>) {
            folded.words.withUnsafeBufferPointer { all in
                for word in all[range] {
                    let length = word.end - word.start
                    // A bit for each word's low twelve bits turns almost every other word away
                    // at once (1 in 50 is looked up).
                    guard length >= 2 && length <= 7,
                        openings[Int(word.hash & 0xFFF) >> 6] & (1 << (word.hash & 63)) != 0,
                        let language = words[word.hash]
                    else { continue }
                    let slot = language.rawValue.trailingZeroBitCount
                    if first[slot] == 0 { first[slot] = word.hash }
                    if word.hash != first[slot] { told.insert(language) }
                }
            }
        }
        read(text.title, text.title.words.indices)
        read(text.text, 0..<min(40, text.text.words.count))
        // Russian, Ukrainian, Macedonian and Bulgarian are told by their letters, as folding
        // read them, and so is Serbian in Cyrillic (`ђ ћ`, or `ј љ њ џ` without Macedonian's
        // `ѓ ќ ѕ`): a headline such as `Састанак Вучића и Куртија` has none of the words above,
        // and its letters are enough.
        switch text.text.toldSpelling ?? text.title.toldSpelling {
        case .serbian?: told.insert(.southSlavic)
        case .russian?, .ukrainian?: told.insert(.eastSlavic)
        case .macedonian?: told.insert(.macedonian)
        case .bulgarian?: told.insert(.bulgarian)
        default: break
        }
        // And the letters only a language or two writes, in a word not capitalized (`će`,
        // `między`, `ještě`, `még`, `için`, `și`, `është`, `groß`, `στη`): a short headline
        // has few of the words above.
        let letters = text.title.tellingLetters.union(text.text.tellingLetters)
        if !letters.isEmpty {
            if letters.contains(.southSlavic) && letters.isDisjoint(with: [.polish, .polishInCapitalized]) {
                told.insert(.southSlavic)
            }
            if !letters.isDisjoint(with: [.polish, .czech, .slovak]) { told.insert(.westSlavic) }
            if letters.contains(.hungarian) { told.insert(.hungarian) }
            if letters.contains(.turkish) { told.insert(.turkish) }
            if letters.contains(.romanian) { told.insert(.romanian) }
            if letters.contains(.albanian) { told.insert(.albanian) }
            if letters.contains(.german) { told.insert(.german) }
            if letters.contains(.greek) { told.insert(.greek) }
            // Cyrillic that tells no language, but is not Serbian's or Macedonian's: the forms
            // Russian and Ukrainian give a name, as far as their Serbian reading has them
            // (`Путина`, `Москве`, `Лаврова`; not `Вучича`, read `vucica`).
            if letters.contains(.eastSlavic) { told.insert(.eastSlavic) }
        }
        return told
    }

    private static let words: [UInt64: ArticleLanguage] = {
        let german =
            "und nicht ist auf sich auch nach für eine einen einem wird werden sind dass oder zum zur beim über"
        let southSlavic =
            "je su nije koji koja koje kojoj kojem kako zbog nakon prema tokom tijekom takođe također jer bila bilo "
            + "biti kao već sve "
            // Slovenian's.
            + "ki tudi zaradi ter lahko"
        let albanian = "dhe është nga nuk edhe kjo tha që sipas gjatë"
        // Polish, then Czech, then Slovak (`sú` is South Slavic's `su`, and stays so).
        let westSlavic =
            "oraz przez został który która które już tylko jest także więc będzie "
            + "který která které jsou podle bylo mezi jeho však již pouze "
            + "ktorý ktorá ktoré podľa bolo medzi tiež"
        // Turkish, Hungarian and Romanian (`és`, `nem`, `și`, `este`, `care` read as Spanish,
        // Portuguese, Italian and English words once folded).
        let turkish = "için olarak değil gibi sonra kadar ancak ayrıca yüzde şekilde"
        let hungarian = "hogy egy szerint után között pedig miatt szintén"
        let romanian = "pentru despre după fost acest sunt către între"
        let greek = "και του της για από που των τον την στο στη ότι θα"
        // French, Italian and Spanish (not `pour`, `plus`, English's; not `des`, German's; not
        // `mais`, `entre`, `para`, `porque`, Portuguese's too, nor `però`, Spanish's `pero` once
        // folded; not `los`, `las`: `Los Angeles to Las Vegas`).
        let french = "les une dans avec sont cette selon après depuis aussi leur était ainsi"
        let italian = "gli dei nel della delle degli nella anche perché sono questo questa hanno dopo sulla contro"
        let spanish = "también según están cuando hasta fue muy desde aunque"
        let lists: [(String, ArticleLanguage)] = [
            (german, .german), (southSlavic, .southSlavic), (albanian, .albanian), (westSlavic, .westSlavic),
            (turkish, .turkish), (hungarian, .hungarian), (romanian, .romanian), (greek, .greek),
            (french, .french), (italian, .italian), (spanish, .spanish),
        ]
        var words: [UInt64: ArticleLanguage] = [:]
        for (list, language) in lists {
            for word in FoldedText(list).words { words[word.hash] = language }
        }
        return words
    }()

    private static let openings: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 64)
        for hash in words.keys { bits[Int(hash & 0xFFF) >> 6] |= 1 << (hash & 63) }
        return bits
    }()
}
