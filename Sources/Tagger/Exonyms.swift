import FeedText
import Foundation

/// What the region's languages call the places its news names most, where that is not what
/// English calls them: `Serbia` is `Srbija` in Serbian, Croatian, Bosnian and Montenegrin,
/// `Srbsko` in Czech and Slovak, `Сербія` in Ukrainian, `Sırbistan` in Turkish, `Szerbia` in
/// Hungarian, `Σερβία` in Greek; `Moscow` `Moskva`, `Moska`, `Moskwa`, `Москва`, `Moszkva`, `Moscova`, `Μόσχα`; `Kyiv` `Kijev`,
/// `Kijów`, `Kyjev`. A user who writes the English name means the place
/// in any language, and the forms of these names (`Srbije`, `u Moskvi`) are matched with it, in
/// articles in those languages only (in English `Kina` and `Krim` are no names of China and
/// Crimea); German's (`german(of:)`) in any article. A name a language shares with English
/// (`Serbia` in Albanian and Polish, `Zagreb`) is not listed: the term itself and its forms
/// match it.
///
/// Only places whose names are not ambiguous in English are listed (not `Georgia`, the country
/// and the state, nor `Macedonia`, the country and the Greek region).
enum Exonyms {
    /// The languages whose names are listed, as the tagger reads their articles.
    enum Language: CaseIterable {
        /// Serbian, Croatian, Bosnian and Montenegrin, in Latin letters (Serbian Cyrillic folds to
        /// them), and Slovenian.
        case southSlavic
        case albanian
        /// Ukrainian and Russian, in Cyrillic.
        case eastSlavic
        /// Polish, Czech and Slovak.
        case westSlavic
        /// Macedonian and Bulgarian, in Cyrillic: they do not decline names, and only the places'
        /// names are read.
        case macedonian
        case bulgarian
        /// Turkish, Hungarian and Romanian, the region's other neighbours.
        case turkish
        case hungarian
        case romanian
        /// Greek, in its own letters, names with their genitives (`Σερβία`, `Σερβίας`).
        case greek

        /// A word of the language as folding reads its text: Cyrillic in the language's
        /// romanization (`Москва`, Ukrainian and Russian `moskva`), others as they are.
        func read(_ word: String) -> [String] {
            switch self {
            case .eastSlavic: EastSlavicCases.romanized(word)
            case .macedonian: EastSlavicCases.romanized(word, as: [.macedonian])
            case .bulgarian: EastSlavicCases.romanized(word, as: [.bulgarian])
            default: [word]
            }
        }

        /// A table's name with the article Macedonian and Bulgarian write on its end
        /// (`Европската унија`, `Европейският съюз`), for those languages; none for the others.
        func definiteForms(of name: String) -> [String] {
            switch self {
            case .macedonian: PostposedArticle.forms(of: name, in: .macedonian)
            case .bulgarian: PostposedArticle.forms(of: name, in: .bulgarian)
            default: []
            }
        }
    }

    /// The names `language` gives the place the English `term` names (compared without case),
    /// or none.
    static func names(of term: String, in language: Language) -> [String] {
        guard let entry = table[term.lowercased()] else { return [] }
        switch language {
        case .southSlavic: return entry.southSlavic
        case .albanian: return entry.albanian
        case .eastSlavic: return entry.eastSlavic
        case .westSlavic: return entry.westSlavic
        case .macedonian: return entry.macedonian
        case .bulgarian: return entry.bulgarian
        case .turkish: return entry.turkish
        case .hungarian: return entry.hungarian
        case .romanian: return entry.romanian
        case .greek: return entry.greek
        }
    }

    /// `forms` (a language's forms of a name) with, for a term this table lists, the language's
    /// names of the place and their forms: what a `CaseFormTrie` for `language` spells.
    static func spelling(
        _ forms: @escaping @Sendable (String) -> [String], in language: Language
    ) -> @Sendable (String) -> [String] {
        { term in
            var all = forms(term)
            // A term in another spelling of a place (`Kiev`, `Prishtina`) has the place's names
            // and forms as its first spelling has them (`u Kijevu`, `u Prištini`).
            let others = spellings(of: term)
            for other in others {
                for form in forms(other) where !all.contains(form) { all.append(form) }
            }
            for name in ([term] + others).flatMap({ names(of: $0, in: language) }) {
                let written = [name] + language.definiteForms(of: name)
                for form in written.flatMap(language.read) + forms(name) where !all.contains(form) { all.append(form) }
            }
            return all
        }
    }

    /// The names German news gives the place the English `term` names, with their genitives
    /// (`Serbien`, `Serbiens`; `Moskau`, `Moskaus`; `Brüssel`; the feminine `Türkei`, `Krim`,
    /// `Schweiz` and the plural `Vereinigte Staaten` take none), or none. Unlike the other languages' they are matched in any article, as the
    /// German spellings of East Slavic names are (`GermanSlavicSpelling`): German's forms are read
    /// in titles and summaries only, and these names are no other word in English text. `Peking`
    /// is left out for `Beijing` (English writes `Peking duck`), `Odessa` for `Odesa` (a city in
    /// Texas too), `Rom` for `Rome` (the Roma's word) and `Europa` for `Europe` (English's
    /// `Europa League`), and so are the places whose German name is the English one.
    static func german(of term: String) -> [String] {
        german(ofLowercased: term.lowercased())
    }

    private static func german(ofLowercased term: String) -> [String] {
        guard let names = germanNames[term] else { return [] }
        return names.flatMap { name in
            germanWithoutGenitive.contains(name) || name.hasSuffix("s") ? [name] : [name, name + "s"]
        }
    }

    private static let germanNames: [String: [String]] = [
        "serbia": ["Serbien"], "bosnia": ["Bosnien"],
        "bosnia and herzegovina": ["Bosnien und Herzegowina", "Bosnien-Herzegowina"],
        "albania": ["Albanien"], "north macedonia": ["Nordmazedonien"], "croatia": ["Kroatien"],
        "slovenia": ["Slowenien"], "russia": ["Russland", "Rußland"], "belarus": ["Weißrussland"],
        "poland": ["Polen"], "germany": ["Deutschland"], "france": ["Frankreich"], "hungary": ["Ungarn"],
        "romania": ["Rumänien"], "bulgaria": ["Bulgarien"], "greece": ["Griechenland"], "turkey": ["Türkei"],
        "belgrade": ["Belgrad"], "moscow": ["Moskau"], "kyiv": ["Kiew"], "lviv": ["Lemberg"],
        "crimea": ["Krim"], "brussels": ["Brüssel"], "vienna": ["Wien"],
        "warsaw": ["Warschau"], "prague": ["Prag"], "athens": ["Athen"],
        "european union": ["Europäische Union", "Europäischen Union"],
        "european commission": ["EU-Kommission", "Europäische Kommission", "Europäischen Kommission"],
        "european parliament": ["EU-Parlament", "Europaparlament", "Europäisches Parlament", "Europäischen Parlament"],
        "white house": ["Weißes Haus", "Weißen Haus", "Weißen Hauses"], "the hague": ["Den Haag"],
        "hague": ["Den Haag"],
        "osce": ["OSZE"],
        "syria": ["Syrien"], "lebanon": ["Libanon"], "iraq": ["Irak"], "egypt": ["Ägypten"],
        "saudi arabia": ["Saudi-Arabien"], "palestine": ["Palästina"], "yemen": ["Jemen"], "india": ["Indien"],
        "north korea": ["Nordkorea"], "south korea": ["Südkorea"], "italy": ["Italien"], "spain": ["Spanien"],
        "austria": ["Österreich"], "switzerland": ["Schweiz"], "czech republic": ["Tschechien"],
        "czechia": ["Tschechien"], "slovakia": ["Slowakei"], "finland": ["Finnland"], "sweden": ["Schweden"],
        "lithuania": ["Litauen"], "latvia": ["Lettland"], "estonia": ["Estland"], "armenia": ["Armenien"],
        "azerbaijan": ["Aserbaidschan"], "united kingdom": ["Großbritannien"], "great britain": ["Großbritannien"],
        "britain": ["Großbritannien", "Britannien"], "united states": ["Vereinigte Staaten", "Vereinigten Staaten"],
        "united nations": ["Vereinte Nationen", "Vereinten Nationen"],
        "western balkans": ["Westbalkan", "westlichen Balkan", "westliche Balkan"],
        "bucharest": ["Bukarest"], "tehran": ["Teheran"], "chisinau": ["Kischinau"], "kremlin": ["Kreml"],
    ]
    /// The names French, Italian, Spanish and Portuguese news give the place the English `term`
    /// names, where they are not English's (`Serbie`, `Belgrado`, `Moscou`, `Ucraina`,
    /// `Bruxelles`, `Kiev`, `Sérvia`, `Moscovo`, `Pequim`), or none. As German's, they are matched
    /// in any article: they decline no names, and these are no words of English or of the
    /// region's languages once folded. Left out: the names that are other words elsewhere,
    /// matched in their language's articles only (`romance(of:in:)`: Italian's `Mosca` and
    /// `Cina`, French's `Chine`, `Vienne` and `Pékin`), Portuguese's `França` (Italian's
    /// `franca`, "frank"), `Irã` (`IRA`) and `Moldávia` (Romania's region), `Odessa` (Texas), and
    /// names English shares (`Kosovo`, `Sarajevo`, `Russia` in Italian, `Rússia` folded).
    static func romance(of term: String) -> [String] {
        romanceTable[term.lowercased()]?.first ?? []
    }

    /// The other spellings English news gives the place the English `term` names, or none, where
    /// a place is written two ways or more, and a user who writes one means them all, in any
    /// article (none is another word once folded):
    /// - In Ukraine: its Ukrainian name, as Ukraine asks (`Kyiv`, `Luhansk`, `Chornobyl`),
    ///   variants of it (`Zaporizhia`), and the Russian, as news wrote it before 2022 and Russia's
    ///   outlets still do (`Kiev`, `Lugansk`, `Chernobyl`, `Artemovsk` for `Bakhmut`).
    /// - In Moldova and Belarus, the Russian names of older news (`Kishinev`, `Byelorussia`).
    /// - In Kosovo: its Serbian and its Albanian names, as its outlets in English write one or
    ///   the other (`Pristina`, `Prishtina`; `Peć`, `Peja`; `Uroševac`, `Ferizaj`); in Albania,
    ///   North Macedonia and Montenegro, the Albanian names with and without their article
    ///   (`Tiranë`, `Tirana`; `Shkodër`, `Shkodra`; `Tetovo`, `Tetova`; `Skopje`, `Shkup`;
    ///   `Ulcinj`, `Ulqin`); `Banjaluka`, as Republika Srpska writes it; Bulgaria's `Skopie`.
    ///
    /// Left out, being surnames, words or other places: `Odessa` (Texas), `Nikolaev` and
    /// `Nikolayev` for `Mykolaiv`, `Khmelnitsky`, `Rovno` for `Rivne` (Czech's `rovno`,
    /// "straight"), `Kosova` (Serbian's genitive, `sa Kosova`, matched as a form in Serbian and
    /// Albanian articles only), `Istok` (Serbian's "east"), `Srbica` (a Serbian woman),
    /// `Scutari` (Istanbul's Üsküdar too), `Ohër` (`Oher`, a surname), `Tuz` (Turkish's salt).
    static func spellings(of term: String) -> [String] {
        spellings(ofLowercased: term.lowercased())
    }

    private static func spellings(ofLowercased term: String) -> [String] {
        // Looked up as written, in lower case: every term is, and folding each costs more.
        guard let group = placeSpellings[term] else { return [] }
        let key = unaccented(term)
        return group.filter { unaccented($0) != key }
    }

    /// The names of the English `term`'s place matched in any article, each once: German's
    /// (`german(of:)`), French's, Italian's and Spanish's (`romance(of:)`) and its other English
    /// spellings (`spellings(of:)`). Every term is looked up: its case is lowered once.
    static func namesInAnyArticle(of term: String) -> [String] {
        let key = term.lowercased()
        let others = spellings(ofLowercased: key)
        var names: [String] = []
        // Those of its other spellings too: `Kiev` is `Kiew` in German as `Kyiv` is.
        for spelling in [key] + others.map({ $0.lowercased() }) {
            for name in german(ofLowercased: spelling) + (romanceTable[spelling]?.first ?? []) + others
            where !names.contains(name) && name.lowercased() != key {
                names.append(name)
            }
        }
        return names
    }

    /// A spelling without case or accents: a term written `Pristina` or `Priština` is one.
    private static func unaccented(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// A place's spellings, one place a row.
    private static let placeSpellingRows = """
        Kyiv, Kiev
        Kharkiv, Kharkov
        Luhansk, Lugansk
        Zaporizhzhia, Zaporizhia, Zaporizhzhya, Zaporozhye, Zaporozhie
        Dnipro, Dnipropetrovsk, Dnepropetrovsk, Dnepr
        Lviv, Lvov
        Chornobyl, Chernobyl
        Chernihiv, Chernigov
        Kryvyi Rih, Kryvyy Rih, Krivoy Rog, Krivoi Rog
        Sievierodonetsk, Severodonetsk, Syeverodonetsk
        Sloviansk, Slovyansk, Slavyansk
        Lysychansk, Lisichansk
        Berdiansk, Berdyansk
        Horlivka, Gorlovka
        Bakhmut, Artemovsk, Artyomovsk
        Avdiivka, Avdeyevka, Avdeevka
        Vuhledar, Ugledar
        Kupiansk, Kupyansk
        Izium, Izyum
        Kreminna, Kremennaya
        Enerhodar, Energodar
        Nova Kakhovka, Novaya Kakhovka
        Kremenchuk, Kremenchug
        Vinnytsia, Vinnitsa
        Zhytomyr, Zhitomir
        Cherkasy, Cherkassy
        Chernivtsi, Chernovtsy
        Uzhhorod, Uzhgorod
        Ternopil, Ternopol
        Kropyvnytskyi, Kirovograd, Kirovohrad
        Pristina, Priština, Prishtina, Prishtinë
        Republika Srpska, Serb Republic, Republic of Srpska
        Peć, Peja, Pejë
        Đakovica, Djakovica, Gjakova, Gjakovë
        Uroševac, Ferizaj
        Gnjilane, Gjilan
        Vučitrn, Vushtrri
        Podujevo, Podujeva, Podujevë
        Suva Reka, Suhareka, Suharekë
        Lipljan, Lipjan
        Orahovac, Rahovec
        Dečani, Deçan, Deçani
        Kačanik, Kaçanik
        Mališevo, Malisheva, Malishevë
        Štrpce, Shtërpcë
        Gračanica, Graçanica, Graçanicë
        Zvečan, Zveçan
        Leposavić, Leposaviq
        Jarinje, Jarinjë
        Mitrovica, Mitrovicë
        Tirana, Tiranë
        Shkodër, Shkodra
        Durrës, Durrësi
        Vlorë, Vlora
        Korçë, Korça
        Gjirokastër, Gjirokastra
        Skopje, Shkup, Skoplje, Skopie
        Tetovo, Tetova, Tetovë
        Kumanovo, Kumanova
        Ulcinj, Ulqin
        Banja Luka, Banjaluka
        Chisinau, Kishinev
        Transnistria, Transdniestria, Pridnestrovie
        Belarus, Byelorussia, Belorussia
        """

    private static let placeSpellings: [String: [String]] = {
        var places: [String: [String]] = [:]
        for row in placeSpellingRows.split(separator: "\n") {
            let group = row.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            for name in group {
                places[name.lowercased()] = group
                places[unaccented(name)] = group
            }
        }
        return places
    }()

    /// How many ways to write a spelling `spellings(of:)` knows, in lower case with and without
    /// its accents (every row read).
    static var spellingCount: Int { placeSpellings.count }

    /// French, Italian and Spanish, whose names of a few places (`romance(of:in:)`) and whose
    /// adjectives (`NationalityAdjectives.romance(of:in:)`) are read in their own articles only.
    enum Romance: Int, CaseIterable {
        case french, italian, spanish
    }

    /// The names `language` gives the place the English `term` names that are other words
    /// outside it, matched with their capital in articles in that language only: Italian's
    /// `Mosca` (a fly in Spanish, and Italian's word too, in lower case) and `Cina` (Serbian's
    /// `čina` folds to it), French's `Chine` (English's `chine`) and `Vienne` (also a French
    /// city, which Balkan news names far less than Austria's capital), `Pékin` and Spanish's
    /// `Pekín` (Pekin, Illinois). Or none.
    static func romance(of term: String, in language: Romance) -> [String] {
        romanceInOwnArticles[term.lowercased()]?[language.rawValue] ?? []
    }

    /// English names: French | Italian | Spanish.
    private static let romanceInOwnArticlesRows = """
        Moscow: | Mosca |
        China: Chine | Cina |
        Vienna: Vienne | |
        Beijing: Pékin | | Pekín
        """

    private static let romanceInOwnArticles = parsed(romanceInOwnArticlesRows, columns: Romance.allCases.count)

    /// How many English names `romance(of:in:)` lists (every row read).
    static var romanceInOwnArticlesCount: Int { romanceInOwnArticles.count }

    /// English names (a place's other English names after commas): French, Italian, Spanish and
    /// Portuguese names, in one list.
    private static let romanceRows = """
        Serbia: Serbie, Sérvia
        Bosnia: Bosnie
        Herzegovina: Herzégovine, Erzegovina
        Bosnia and Herzegovina: Bosnie-Herzégovine, Bosnia ed Erzegovina, Bosnia-Erzegovina, Bosnia y Herzegovina, Bósnia e Herzegovina
        Albania: Albanie
        Croatia: Croatie, Croazia, Croacia
        Slovenia: Slovénie, Eslovenia
        North Macedonia: Macédoine du Nord, Macedonia del Nord, Macedonia del Norte, Macedónia do Norte, Macedônia do Norte
        Russia: Russie, Rusia
        Ukraine: Ucraina, Ucrania
        Belarus: Biélorussie, Bielorussia, Bielorrusia, Bielorrússia
        Moldova: Moldavie
        Poland: Pologne, Polonia
        Germany: Allemagne, Germania, Alemania, Alemanha
        France: Francia
        Hungary: Hongrie, Ungheria, Hungría, Hungria
        Romania: Roumanie, Rumanía, Roménia, Romênia
        Bulgaria: Bulgarie
        Greece: Grèce, Grecia
        Turkey: Turquie, Turchia, Turquía, Turquia
        Japan: Japon, Giappone, Japón, Japão
        Italy: Italie, Italia
        Spain: Espagne, Spagna, España, Espanha
        Austria: Autriche
        Switzerland: Suisse, Svizzera, Suiza, Suíça
        Czech Republic, Czechia: Tchéquie, République tchèque, Repubblica Ceca, Cechia, Chequia, República Checa, Chéquia, Tchéquia
        Slovakia: Slovaquie, Slovacchia, Eslovaquia, Eslováquia
        Syria: Syrie, Siria
        Lebanon: Liban, Libano, Líbano
        Iraq: Irak, Iraque
        Egypt: Égypte, Egitto, Egipto, Egito
        Israel: Israele
        Palestine: Palestina
        India: Inde
        Saudi Arabia: Arabie saoudite, Arabia Saudita, Arabia Saudí
        North Korea: Corée du Nord, Corea del Nord, Corea del Norte, Coreia do Norte
        South Korea: Corée du Sud, Corea del Sud, Corea del Sur, Coreia do Sul
        Belgrade: Belgrado
        Moscow: Moscou, Moscú, Moscovo
        Kyiv: Kiev, Quieve
        Kharkiv: Kharkov, Jarkov, Carcóvia
        Crimea: Crimée, Crimeia
        Brussels: Bruxelles, Bruselas, Bruxelas
        Vienna: Viena
        Warsaw: Varsovie, Varsavia, Varsovia
        Prague: Praga
        Athens: Athènes, Atene, Atenas
        Beijing: Pechino, Pequim
        Kremlin: Cremlino
        European Union: Union européenne, Unione europea, Unión Europea, União Europeia
        European Commission: Commission européenne, Commissione europea, Comisión Europea, Comissão Europeia
        European Parliament: Parlement européen, Parlamento europeo, Parlamento Europeo, Parlamento Europeu
        White House: Maison Blanche, Casa Bianca, Casa Blanca, Casa Branca
        The Hague, Hague: La Haye, La Haya, Haia
        United States: États-Unis, Stati Uniti, Estados Unidos
        United Kingdom: Royaume-Uni, Regno Unito, Reino Unido
        Britain: Royaume-Uni, Grande-Bretagne, Regno Unito, Gran Bretagna, Reino Unido, Gran Bretaña, Grã-Bretanha
        Great Britain: Grande-Bretagne, Gran Bretagna, Gran Bretaña, Grã-Bretanha
        United Nations: Nations unies, Nazioni Unite, Naciones Unidas, Nações Unidas
        Western Balkans: Balkans occidentaux, Balcani occidentali, Balcanes Occidentales, Balcãs Ocidentais
        Balkans: Balcani, Balcanes, Balcãs
        """

    private static let romanceTable = parsed(romanceRows, columns: 1)

    private static let germanWithoutGenitive: Set<String> = [
        "Türkei", "Krim", "Europäische Union", "Europäischen Union", "Schweiz", "Slowakei", "Vereinigte Staaten",
        "Vereinigten Staaten", "Vereinte Nationen", "Vereinten Nationen", "EU-Kommission", "Europäische Kommission",
        "Europäischen Kommission", "OSZE",
    ]

    private struct Entry {
        var southSlavic: [String]
        var albanian: [String]
        var eastSlavic: [String]
        var westSlavic: [String]
        var macedonian: [String] = []
        var bulgarian: [String] = []
        var turkish: [String] = []
        var hungarian: [String] = []
        var romanian: [String] = []
        var greek: [String] = []
    }

    /// English names (a place's other English names after commas): BCMS and Slovenian | Albanian
    /// | Ukrainian, Russian | Polish, Czech, Slovak, each list separated by commas.
    private static let rows = """
        Serbia: Srbija | | Сербія, Сербия | Srbsko
        Kosovo: KiM, Kosmet | Kosova | | Kosowo
        Bosnia: Bosna, BiH | Bosnja, BeH | Боснія, Босния | Bośnia
        Bosnia and Herzegovina: Bosna i Hercegovina, Bosna in Hercegovina, BiH | Bosnja dhe Hercegovina, BeH | Боснія і Герцеговина, Босния и Герцеговина | Bośnia i Hercegowina, Bośni i Hercegowiny, Bośni i Hercegowinie, Bośnię i Hercegowinę, Bośnią i Hercegowiną, Bosna a Hercegovina, Bosny a Hercegoviny, Bosně a Hercegovině, Bosnu a Hercegovinu, Bosnou a Hercegovinou, Bosne a Hercegovine
        Montenegro: Crna Gora, Črna gora | Mali i Zi | Чорногорія, Черногория | Czarnogóra, Černá Hora, Černé Hory, Černé Hoře, Černou Horu, Černou Horou, Čierna Hora, Čiernej Hory, Čiernej Hore, Čiernu Horu, Čiernou Horou
        Albania: Albanija | Shqipëri, Shqipëria | Албанія, Албания | Albánie, Albánsko
        North Macedonia: Sjeverna Makedonija, Severna Makedonija | Maqedonia e Veriut | Північна Македонія, Северная Македония | Macedonia Północna, Macedonii Północnej, Macedonię Północną, Macedonią Północną, Severní Makedonie, Severní Makedonii, Severní Makedonií, Severné Macedónsko, Severného Macedónska, Severnému Macedónsku, Severnom Macedónsku, Severným Macedónskom
        Croatia: Hrvatska, Hrvaška | Kroacia | Хорватія, Хорватия | Chorwacja, Chorvatsko
        Slovenia: Slovenija | Sllovenia | Словенія, Словения | Słowenia, Slovinsko
        Russia: Rusija | Rusia | Росія, Россия | Rosja, Rusko
        Ukraine: Ukrajina | Ukraina | Україна, Украина | Ukraina, Ukrajina
        Belarus: Bjelorusija, Belorusija | Bjellorusia | Білорусь, Беларусь | Białoruś, Bělorusko, Bielorusko
        Moldova: Moldavija | Moldavia | Молдова | Mołdawia, Moldavsko
        Poland: Poljska | Polonia | Польща, Польша | Polska, Polsko
        Germany: Njemačka, Nemačka, Nemčija | Gjermania | Німеччина, Германия | Niemcy, Niemiec, Niemcom, Niemcami, Niemczech, Německo, Nemecko
        France: Francuska, Francija | Franca | Франція, Франция | Francja, Francie, Francúzsko
        Hungary: Mađarska, Madžarska | Hungaria | Угорщина, Венгрия | Węgry, Węgier, Węgrom, Węgrami, Węgrzech, Maďarsko
        Romania: Rumunija, Rumunjska, Romunija | Rumania | Румунія, Румыния | Rumunia, Rumunsko
        Bulgaria: Bugarska, Bolgarija | Bullgaria | Болгарія, Болгария | Bułgaria, Bulharsko
        Greece: Grčka, Grčija | Greqia | Греція, Греция | Grecja, Řecko, Grécko
        Turkey: Turska, Turčija | Turqia | Туреччина, Турция | Turcja, Turecko
        China: Kina, Kitajska | Kina | Китай | Chiny, Chin, Chinom, Chinami, Chinach, Čína
        Belgrade: Beograd | Beograd, Beogradi | Белград | Belgrad, Bělehrad
        Pristina: Priština | Prishtina, Prishtinë | Приштина | Prisztina, Priština
        Skopje: Skoplje | Shkup, Shkupi | Скоп'є, Скопье |
        Tirana: | Tiranë | Тирана |
        Moscow: Moskva | Moska | Москва | Moskwa, Moskva
        Kremlin: Kremlj | | Кремль | Kreml
        Kyiv: Kijev, Kijiv | Kievi | Київ, Киев | Kijów, Kyjev, Kyjiv
        Kharkiv: Harkov, Harkiv | Harkivi | Харків, Харьков | Charków, Charkov
        Lviv: Lavov | | Львів, Львов | Lwów, Lvov
        Odesa: | | Одеса, Одесса | Odessa
        Crimea: Krim | Krime, Krimea | Крим, Крым | Krym
        Brussels: Brisel, Bruxelles, Bruselj, Bruslja, Bruslju | Bruksel, Brukseli | Брюссель | Bruksela, Brusel
        Vienna: Beč, Dunaj | Vjenë, Vjena | Відень, Вена | Wiedeń, Vídeň, Viedeň
        Washington: Vašington | Uashington | Вашингтон | Waszyngton
        Warsaw: Varšava | Varshavë, Varshava | Варшава | Warszawa, Varšava
        Prague: Prag, Praga | Pragë, Praga | Прага | Praga, Praha
        Budapest: Budimpešta | | Будапешт | Budapeszt, Budapešť
        Athens: Atina, Atene | Athinë, Athina | Афіни, Афины | Ateny, Atény
        Beijing: Peking | Pekin, Pekini | Пекін, Пекин | Pekin, Peking
        European Union: Europska unija, Evropska unija | Bashkimi Evropian, Bashkimi Europian, BE | Європейський Союз, Европейский союз, ЄС, ЕС, Євросоюз, Евросоюз | Unia Europejska, Unii Europejskiej, Unię Europejską, Unią Europejską, UE, Evropská unie, Evropské unie, Evropské unii, Evropskou unii, Evropskou unií, Európska únia, Európskej únie, Európskej únii, Európsku úniu, Európskou úniou
        European Commission: Evropska komisija, Europska komisija | Komisioni Evropian, Komisionit Evropian, Komisioni Europian | Єврокомісія, Еврокомиссия, Європейська комісія, Европейская комиссия | Komisja Europejska, Komisji Europejskiej, Komisję Europejską, Komisją Europejską, Evropská komise, Evropské komise, Evropské komisi, Evropskou komisi, Evropskou komisí, Európska komisia, Európskej komisie, Európskej komisii, Európsku komisiu, Európskou komisiou
        European Parliament: Evropski parlament, Europski parlament | Parlamenti Evropian, Parlamentit Evropian | Європарламент, Европарламент, Європейський парламент, Европейский парламент | Parlament Europejski, Parlamentu Europejskiego, Parlamencie Europejskim, Parlamentem Europejskim, Evropský parlament, Evropského parlamentu, Evropském parlamentu, Evropským parlamentem, Európsky parlament, Európskeho parlamentu, Európskom parlamente, Európskym parlamentom
        White House: Bela kuća, Bijela kuća, Bela hiša | Shtëpia e Bardhë, Shtëpisë së Bardhë | Білий дім, Белый дом | Biały Dom, Białego Domu, Białym Domu, Bílý dům, Bílého domu, Bílém domě, Biely dom, Bieleho domu, Bielom dome
        The Hague, Hague: Hag | Hagë, Haga | Гаага | Haga, Hadze, Haag
        OSCE: OEBS, OESS, OVSE | OSBE | ОБСЄ, ОБСЕ | OBWE, OBSE
        Israel: Izrael | Izrael, Izraeli | Ізраїль, Израиль | Izrael
        Syria: Sirija | Siri, Siria | Сирія, Сирия | Sýrie, Sýria
        Lebanon: Liban, Libanon | Liban, Libani | Ліван, Ливан | Liban, Libanon
        Iraq: Irak | Irak, Iraku | Ірак, Ирак | Irak
        Egypt: Egipat, Egipt | Egjipt, Egjipti | Єгипет, Египет | Egipt
        Saudi Arabia: Saudijska Arabija | Arabia Saudite, Arabisë Saudite | Саудівська Аравія, Саудовская Аравия | Arabia Saudyjska, Saúdská Arábie, Saudská Arábia
        Palestine: Palestina | Palestinë, Palestina | Палестина | Palestyna, Palestina
        Yemen: Jemen | Jemen, Jemeni | Ємен, Йемен | Jemen
        Afghanistan: Avganistan, Afganistan | Afganistan, Afganistani | Афганістан, Афганистан | Afganistan, Afghánistán
        India: Indija | Indi | Індія, Индия | Indie, Indii, Indiom, Indiami, Indiach
        Japan: Japonska | Japoni, Japonia | Японія, Япония | Japonia, Japonsko
        North Korea: Sjeverna Koreja, Severna Koreja | Koreja e Veriut, Korea e Veriut, Koresë së Veriut | Північна Корея, Северная Корея, КНДР | Korea Północna, Korei Północnej, Koreę Północną, Koreą Północną, Severní Korea, Severní Koreje, Severní Koreji, Severní Koreu, Severní Koreou, Severná Kórea, Severnej Kórey, Severnej Kórei, Severnú Kóreu, Severnou Kóreou
        South Korea: Južna Koreja | Koreja e Jugut, Korea e Jugut, Koresë së Jugut | Південна Корея, Южная Корея | Korea Południowa, Korei Południowej, Koreę Południową, Koreą Południową, Jižní Korea, Jižní Koreje, Jižní Koreji, Jižní Koreu, Jižní Koreou, Južná Kórea, Južnej Kórey, Južnej Kórei, Južnú Kóreu, Južnou Kóreou
        Taiwan: Tajvan | Tajvan, Tajvani | Тайвань | Tajwan, Tchaj-wan
        Italy: Italija | Itali, Italia | Італія, Италия | Włochy, Włoch, Włochom, Włochami, Włoszech, Itálie, Taliansko
        Spain: Španija, Španjolska | Spanjë, Spanja | Іспанія, Испания | Hiszpania, Španělsko, Španielsko
        Austria: Austrija, Avstrija | Austri | Австрія, Австрия | Rakousko, Rakúsko
        Switzerland: Švicarska, Švajcarska, Švica | Zvicër, Zvicra | Швейцарія, Швейцария | Szwajcaria, Švýcarsko, Švajčiarsko
        Czech Republic, Czechia: Češka | Çeki, Çekia | Чехія, Чехия | Czechy, Czech, Czechom, Czechami, Czechach, Česko, Česká republika
        Slovakia: Slovačka, Slovaška | Sllovaki, Sllovakia | Словаччина, Словакия | Słowacja, Slovensko
        Finland: Finska | Finlandë, Finlanda | Фінляндія, Финляндия | Finlandia, Finsko, Fínsko
        Sweden: Švedska | Suedi, Suedia | Швеція, Швеция | Szwecja, Švédsko
        Lithuania: Litva | Lituani, Lituania | Литва | Litwa, Litva
        Latvia: Letonija, Latvija | Letoni, Letonia | Латвія, Латвия | Łotwa, Lotyšsko
        Estonia: Estonija | Estoni | Естонія, Эстония | Estonsko
        Armenia: Jermenija, Armenija | Armeni | Вірменія, Армения | Arménie, Arménsko
        Azerbaijan: Azerbejdžan, Azerbajdžan | Azerbajxhan | Азербайджан | Azerbejdżan, Ázerbájdžán, Azerbajdžan
        United Kingdom, UK, Great Britain: Velika Britanija, Ujedinjeno Kraljevstvo, Združeno kraljestvo | Britani e Madhe, Britania e Madhe, Britanisë së Madhe, Mbretëria e Bashkuar, Mbretërisë së Bashkuar | Велика Британія, Великобритания, Сполучене Королівство, Соединенное Королевство | Wielka Brytania, Wielkiej Brytanii, Wielką Brytanię, Wielką Brytanią, Zjednoczone Królestwo, Velká Británie, Velké Británie, Velké Británii, Velkou Británii, Velkou Británií, Spojené království, Veľká Británia, Veľkej Británie, Veľkej Británii, Veľkú Britániu, Veľkou Britániou, Spojené kráľovstvo
        Britain: Britanija | Britani, Britania | Британія, Британия | Brytania, Británie, Británia
        United States, USA, US, U.S.: SAD, Sjedinjene Američke Države, Sjedinjene Države, Sjedinjenih Američkih Država, Sjedinjenim Američkim Državama, ZDA, Združene države, Združenih držav, Združenim državam, Združenih državah | SHBA, Shtetet e Bashkuara, Shteteve të Bashkuara | США, Сполучені Штати, Сполучених Штатів, Сполученим Штатам, Сполучених Штатах, Соединенные Штаты, Соединенных Штатов, Соединенным Штатам, Соединенных Штатах | Stany Zjednoczone, Stanów Zjednoczonych, Stanom Zjednoczonym, Stanach Zjednoczonych, Stanami Zjednoczonymi, Spojené státy, Spojených států, Spojeným státům, Spojených státech, Spojenými státy, Spojené štáty, Spojených štátov, Spojeným štátom, Spojených štátoch, Spojenými štátmi
        United Nations, UN: Ujedinjene nacije, Ujedinjenih nacija, Ujedinjenim nacijama, Združeni narodi, Združenih narodov, OZN, OUN | Kombet e Bashkuara, Kombeve të Bashkuara, OKB | ООН | ONZ, OSN
        Europe: Evropa, Europa | Evropë, Evropa, Europë | Європа, Европа | Europa, Evropa, Európa
        Balkans: Balkan | Ballkan, Ballkani | Балкани, Балканы, Балкан, Балканах | Bałkany, Bałkanów, Bałkanom, Bałkanami, Bałkanach, Balkán
        Republika Srpska, Serb Republic, Republic of Srpska: | Republika Serbe | Республіка Сербська, Республіки Сербської, Республіці Сербській, Республіку Сербську, Республікою Сербською, Республика Сербская, Республики Сербской, Республике Сербской, Республику Сербскую, Республикой Сербской | Republika Serbska, Republiki Serbskiej, Republikę Serbską, Republiką Serbską, Republika srbská, Republiky srbské, Republice srbské, Republiku srbskou, Republikou srbskou
        Western Balkans: Zapadni Balkan, Zapadnog Balkana, Zapadnom Balkanu, Zapadnim Balkanom, Zahodni Balkan, Zahodnega Balkana, Zahodnemu Balkanu, Zahodnem Balkanu | Ballkani Perëndimor, Ballkanit Perëndimor, Ballkanin Perëndimor | Західні Балкани, Західних Балкан, Західним Балканам, Західними Балканами, Західних Балканах, Западные Балканы, Западных Балкан, Западным Балканам, Западными Балканами, Западных Балканах | Bałkany Zachodnie, Bałkanów Zachodnich, Bałkanom Zachodnim, Bałkanami Zachodnimi, Bałkanach Zachodnich, západní Balkán, západního Balkánu, západnímu Balkánu, západním Balkánu, západním Balkánem, západný Balkán, západného Balkánu, západnom Balkáne, západným Balkánom
        Sarajevo: | Sarajevë, Sarajeva | Сараєво, Сараево | Sarajewo
        Dayton: Dejton | Dejton | Дейтон |
        Zagreb: | | | Zagrzeb, Záhřeb, Záhreb
        Ljubljana: | Lubjanë, Lubjana | Любляна | Lublana, Lublaň, Ľubľana
        Podgorica: | Podgoricë | Подгориця, Подгорица |
        Mitrovica: | Mitrovicë | Митровиця, Митровица | Mitrowica
        Bucharest: Bukurešt, Bukarešta | Bukuresht | Бухарест | Bukareszt, Bukurešť
        Paris: Pariz | | Париж | Paryż, Paříž, Paríž
        London: | Londër, Londra | | Londyn, Londýn
        Rome: Rim | Romë, Roma | Рим | Rzym, Řím, Rím
        Istanbul: Carigrad | Stamboll, Stambolli | Стамбул | Stambuł
        Tehran: Teheran | Teheran | Тегеран | Teheran
        Jerusalem: Jerusalim | | Єрусалим, Иерусалим | Jerozolima, Jeruzalém
        St Petersburg, St. Petersburg, Saint Petersburg: Sankt Peterburg | Shën Petersburg | Санкт-Петербург, Петербург | Petersburg, Sankt Petersburg, Petrohrad
        Donetsk: Donjeck | Donjeck | Донецьк, Донецк | Donieck, Doněck
        Luhansk: Lugansk | | Луганськ, Луганск | Ługańsk, Łuhańsk
        Zaporizhzhia: Zaporožje, Zaporižja | | Запоріжжя, Запорожье | Zaporoże, Záporoží, Záporožie
        Kherson: Herson | Herson | Херсон | Chersoń
        Dnipro: Dnjipro | | Дніпро, Днепр | Dniepr
        Sevastopol: Sevastopolj | | Севастополь | Sewastopol
        Avdiivka: Avdijivka, Avdejevka | | Авдіївка, Авдеевка | Awdijiwka, Avdijivka
        Belgorod: | | Бєлгород, Белгород | Biełgorod
        Chisinau: Kišinjev, Kišinev | Kishinau | Кишинів, Кишинев | Kiszyniów, Kišiněv, Kišiňov
        Transnistria: Pridnjestrovlje | | Придністров'я, Приднестровье | Naddniestrze, Podněstří
        """

    /// English names: Macedonian | Bulgarian, as above (where it differs from the English name as folding
    /// reads it: `Косово` is `Kosovo` in both).
    private static let macedonianAndBulgarianRows = """
        Serbia: Србија | Сърбия
        Bosnia: Босна | Босна
        Bosnia and Herzegovina: Босна и Херцеговина | Босна и Херцеговина
        Montenegro: Црна Гора | Черна гора
        Albania: Албанија | Албания
        North Macedonia: Северна Македонија | Северна Македония
        Croatia: Хрватска | Хърватия
        Slovenia: Словенија | Словения
        Russia: Русија | Русия
        Ukraine: Украина | Украйна
        Belarus: Белорусија | Беларус
        Republika Srpska, Serb Republic, Republic of Srpska: | Република Сръбска
        Moldova: Молдавија | Молдова
        Poland: Полска | Полша
        Germany: Германија | Германия
        France: Франција | Франция
        Hungary: Унгарија | Унгария
        Romania: Романија | Румъния
        Bulgaria: Бугарија | България
        Greece: Грција | Гърция
        Turkey: Турција | Турция
        China: Кина | Китай
        Belgrade: Белград | Белград
        Pristina: Приштина | Прищина
        Skopje: | Скопие
        Moscow: Москва | Москва
        Kremlin: Кремљ, Кремљот | Кремъл, Кремълът, Кремъла
        Kyiv: Киев | Киев
        Kharkiv: Харков | Харков
        Lviv: Лавов | Лвов
        Crimea: Крим | Крим
        Brussels: Брисел | Брюксел
        Vienna: Виена | Виена
        Washington: Вашингтон | Вашингтон
        Warsaw: Варшава | Варшава
        Prague: Прага | Прага
        Budapest: Будимпешта | Будапеща
        Athens: Атина | Атина
        Beijing: Пекинг | Пекин
        European Union: Европска унија, ЕУ | Европейски съюз, ЕС
        European Commission: Европска комисија | Европейската комисия, Европейска комисия
        European Parliament: Европски парламент, Европскиот парламент | Европейския парламент, Европейският парламент, Европейски парламент, Европарламента, Европарламентът
        White House: Бела куќа | Белия дом, Белият дом
        The Hague, Hague: Хаг | Хага
        OSCE: ОБСЕ | ОССЕ
        Israel: Израел | Израел
        Syria: Сирија | Сирия
        Lebanon: Либан | Ливан
        Iraq: Ирак | Ирак
        Egypt: Египет | Египет
        Saudi Arabia: Саудиска Арабија | Саудитска Арабия
        Palestine: Палестина | Палестина
        Yemen: Јемен | Йемен
        Afghanistan: Авганистан | Афганистан
        India: Индија | Индия
        Japan: Јапонија | Япония
        North Korea: Северна Кореја | Северна Корея
        South Korea: Јужна Кореја | Южна Корея
        Taiwan: Тајван | Тайван
        Italy: Италија | Италия
        Spain: Шпанија | Испания
        Austria: Австрија | Австрия
        Switzerland: Швајцарија | Швейцария
        Czech Republic, Czechia: Чешка | Чехия
        Slovakia: Словачка | Словакия
        Finland: Финска | Финландия
        Sweden: Шведска | Швеция
        Lithuania: Литванија | Литва
        Latvia: Латвија | Латвия
        Estonia: Естонија | Естония
        Armenia: Ерменија | Армения
        Azerbaijan: Азербејџан | Азербайджан
        United Kingdom, UK, Great Britain: Велика Британија, Обединето Кралство | Великобритания, Обединеното кралство
        Britain: Британија | Британия
        United States, USA, US, U.S.: САД | САЩ
        United Nations, UN: ООН, Обединети нации | ООН
        Europe: Европа | Европа
        Balkans: Балкан, Балканот | Балканите, Балкани
        Western Balkans: Западен Балкан | Западните Балкани
        Sarajevo: Сараево | Сараево
        Ljubljana: Љубљана | Любляна
        Bucharest: Букурешт | Букурещ
        Paris: Париз | Париж
        Rome: Рим | Рим
        Tehran: Техеран | Техеран
        Jerusalem: Ерусалим | Йерусалим
        St Petersburg, St. Petersburg, Saint Petersburg: Санкт Петербург | Санкт Петербург
        Donetsk: Доњецк | Донецк
        Luhansk: Луганск | Луганск
        Zaporizhzhia: Запорожје | Запорожие
        Chisinau: Кишинев | Кишинев
        """

    /// English names: Turkish | Hungarian | Romanian, as above (where the name differs from the
    /// English one as folding reads it, with the forms the languages' rules cannot make:
    /// Romanian's `Uniunii Europene`, `Statelor Unite`).
    private static let neighbourRows = """
        Serbia: Sırbistan | Szerbia |
        Kosovo: Kosova | Koszovó |
        Bosnia: Bosna | Bosznia |
        Bosnia and Herzegovina: Bosna-Hersek, Bosna Hersek | Bosznia-Hercegovina | Bosnia și Herțegovina, Bosnia-Herțegovina
        Montenegro: Karadağ | Montenegró | Muntenegru
        Republika Srpska, Serb Republic, Republic of Srpska: Sırp Cumhuriyeti | Boszniai Szerb Köztársaság | Republica Srpska
        Albania: Arnavutluk | |
        North Macedonia: Kuzey Makedonya | Észak-Macedónia | Macedonia de Nord
        Croatia: Hırvatistan | Horvátország | Croația
        Slovenia: Slovenya | Szlovénia |
        Russia: Rusya | Oroszország | Rusia
        Ukraine: Ukrayna | Ukrajna | Ucraina
        Belarus: | Fehéroroszország, Belarusz |
        Moldova: | Moldávia | Republica Moldova
        Poland: Polonya | Lengyelország | Polonia
        Germany: Almanya | Németország | Germania
        France: Fransa | Franciaország | Franța
        Hungary: Macaristan | Magyarország | Ungaria
        Romania: Romanya | |
        Bulgaria: Bulgaristan | |
        Greece: Yunanistan | Görögország | Grecia
        Turkey: Türkiye | Törökország | Turcia
        China: Çin | Kína |
        Belgrade: Belgrad | Belgrád | Belgrad
        Pristina: Priştine | | Priștina
        Skopje: Üsküp | Szkopje |
        Tirana: Tiran | |
        Moscow: Moskova | Moszkva | Moscova
        Kremlin: | Kreml |
        Kyiv: Kiev | Kijev | Kiev
        Kharkiv: Harkov, Harkiv | Harkiv, Harkov | Harkov
        Lviv: | Lemberg | Liov
        Crimea: Kırım | Krím | Crimeea
        Brussels: Brüksel | Brüsszel |
        Vienna: Viyana | Bécs | Viena
        Washington: Vaşington | |
        Warsaw: Varşova | Varsó | Varșovia
        Prague: Prag | Prága | Praga
        Budapest: Budapeşte | | Budapesta
        Athens: Atina | Athén | Atena
        European Union: Avrupa Birliği, AB | Európai Unió | Uniunea Europeană, Uniunii Europene, UE
        European Commission: Avrupa Komisyonu | Európai Bizottság | Comisia Europeană, Comisiei Europene
        European Parliament: Avrupa Parlamentosu | Európai Parlament | Parlamentul European, Parlamentului European
        White House: Beyaz Saray | Fehér Ház | Casa Albă, Casei Albe
        The Hague, Hague: Lahey | Hága | Haga
        OSCE: AGİT | EBESZ |
        Israel: İsrail | Izrael |
        Syria: Suriye | Szíria | Siria
        Lebanon: Lübnan | Libanon | Liban
        Iraq: Irak | Irak | Irak
        Egypt: Mısır | Egyiptom | Egipt
        Saudi Arabia: Suudi Arabistan | Szaúd-Arábia | Arabia Saudită
        Palestine: Filistin | Palesztina | Palestina
        Yemen: | Jemen |
        Afghanistan: Afganistan | Afganisztán | Afganistan
        India: Hindistan | |
        Japan: Japonya | Japán | Japonia
        North Korea: Kuzey Kore | Észak-Korea | Coreea de Nord
        South Korea: Güney Kore | Dél-Korea | Coreea de Sud
        Taiwan: Tayvan | Tajvan |
        Italy: İtalya | Olaszország | Italia
        Spain: İspanya | Spanyolország | Spania
        Austria: Avusturya | Ausztria |
        Switzerland: İsviçre | Svájc | Elveția
        Czech Republic, Czechia: Çekya | Csehország | Cehia
        Slovakia: Slovakya | Szlovákia | Slovacia
        Finland: Finlandiya | Finnország | Finlanda
        Sweden: İsveç | Svédország | Suedia
        Lithuania: Litvanya | Litvánia | Lituania
        Latvia: Letonya | Lettország | Letonia
        Estonia: Estonya | Észtország |
        Armenia: Ermenistan | Örményország |
        Azerbaijan: Azerbaycan | Azerbajdzsán | Azerbaidjan
        United Kingdom, UK, Great Britain: Birleşik Krallık, İngiltere | Egyesült Királyság, Nagy-Britannia | Regatul Unit, Marea Britanie, Marii Britanii
        Britain: Britanya, İngiltere | Nagy-Britannia, Britannia | Marea Britanie, Marii Britanii
        United States, USA, US, U.S.: ABD, Amerika Birleşik Devletleri | Egyesült Államok | SUA, Statele Unite, Statelor Unite
        United Nations, UN: Birleşmiş Milletler, BM | Egyesült Nemzetek, ENSZ | ONU, Națiunile Unite, Națiunilor Unite
        Europe: Avrupa | Európa | Europa
        Balkans: Balkanlar | Balkán | Balcani, Balcanii, Balcanilor
        Western Balkans: Batı Balkanlar | Nyugat-Balkán | Balcanii de Vest, Balcanilor de Vest
        Sarajevo: Saraybosna | Szarajevó |
        Zagreb: | Zágráb |
        Mitrovica: Mitroviça | |
        Bucharest: Bükreş | Bukarest | București
        Paris: | Párizs |
        London: Londra | | Londra
        Rome: Roma | Róma | Roma
        Istanbul: | Isztambul |
        Tehran: Tahran | Teherán | Teheran
        Jerusalem: Kudüs | Jeruzsálem | Ierusalim
        St Petersburg, St. Petersburg, Saint Petersburg: | Szentpétervár | Sankt Petersburg
        Donetsk: | Donyeck | Donețk
        Luhansk: | Luhanszk |
        Zaporizhzhia: Zaporijya | Zaporizzsja | Zaporojie
        Kherson: Herson | Herszon | Herson
        Dnipro: | Dnyipro | Nipru
        Sevastopol: Sivastopol | Szevasztopol |
        Chisinau: Kişinev | Kisinyov |
        Transnistria: | Dnyeszter-mellék |
        """

    /// English names: Greek, the name and its genitive (and its accusative where it differs:
    /// `Λίβανος`, `Λιβάνου`, `Λίβανο`).
    private static let greekRows = """
        Serbia: Σερβία, Σερβίας
        Kosovo: Κόσοβο, Κοσόβου
        Bosnia: Βοσνία, Βοσνίας
        Bosnia and Herzegovina: Βοσνία-Ερζεγοβίνη, Βοσνίας-Ερζεγοβίνης, Βοσνία και Ερζεγοβίνη, Βοσνίας και Ερζεγοβίνης
        Montenegro: Μαυροβούνιο, Μαυροβουνίου
        Albania: Αλβανία, Αλβανίας
        North Macedonia: Βόρεια Μακεδονία, Βόρειας Μακεδονίας
        Croatia: Κροατία, Κροατίας
        Slovenia: Σλοβενία, Σλοβενίας
        Russia: Ρωσία, Ρωσίας
        Ukraine: Ουκρανία, Ουκρανίας
        Belarus: Λευκορωσία, Λευκορωσίας
        Moldova: Μολδαβία, Μολδαβίας
        Poland: Πολωνία, Πολωνίας
        Germany: Γερμανία, Γερμανίας
        France: Γαλλία, Γαλλίας
        Hungary: Ουγγαρία, Ουγγαρίας
        Romania: Ρουμανία, Ρουμανίας
        Bulgaria: Βουλγαρία, Βουλγαρίας
        Greece: Ελλάδα, Ελλάδας, Ελλάδος
        Turkey: Τουρκία, Τουρκίας
        China: Κίνα, Κίνας
        Belgrade: Βελιγράδι, Βελιγραδίου
        Pristina: Πρίστινα, Πρίστινας
        Skopje: Σκόπια, Σκοπίων
        Tirana: Τίρανα, Τιράνων
        Moscow: Μόσχα, Μόσχας
        Kremlin: Κρεμλίνο, Κρεμλίνου
        Kyiv: Κίεβο, Κιέβου
        Kharkiv: Χάρκοβο, Χαρκόβου, Χάρκιβ
        Lviv: Λβιβ, Λβοφ
        Crimea: Κριμαία, Κριμαίας
        Brussels: Βρυξέλλες, Βρυξελλών
        Vienna: Βιέννη, Βιέννης
        Washington: Ουάσιγκτον
        Warsaw: Βαρσοβία, Βαρσοβίας
        Prague: Πράγα, Πράγας
        Budapest: Βουδαπέστη, Βουδαπέστης
        Athens: Αθήνα, Αθήνας, Αθηνών
        European Union: Ευρωπαϊκή Ένωση, Ευρωπαϊκής Ένωσης, ΕΕ
        European Commission: Ευρωπαϊκή Επιτροπή, Ευρωπαϊκής Επιτροπής
        European Parliament: Ευρωπαϊκό Κοινοβούλιο, Ευρωπαϊκού Κοινοβουλίου, Ευρωκοινοβούλιο, Ευρωκοινοβουλίου
        White House: Λευκός Οίκος, Λευκού Οίκου, Λευκό Οίκο
        The Hague, Hague: Χάγη, Χάγης
        OSCE: ΟΑΣΕ
        Israel: Ισραήλ
        Syria: Συρία, Συρίας
        Lebanon: Λίβανος, Λιβάνου, Λίβανο
        Iraq: Ιράκ
        Egypt: Αίγυπτος, Αιγύπτου, Αίγυπτο
        Saudi Arabia: Σαουδική Αραβία, Σαουδικής Αραβίας
        Palestine: Παλαιστίνη, Παλαιστίνης
        Yemen: Υεμένη, Υεμένης
        Afghanistan: Αφγανιστάν
        India: Ινδία, Ινδίας
        Japan: Ιαπωνία, Ιαπωνίας
        North Korea: Βόρεια Κορέα, Βόρειας Κορέας
        South Korea: Νότια Κορέα, Νότιας Κορέας
        Taiwan: Ταϊβάν
        Italy: Ιταλία, Ιταλίας
        Spain: Ισπανία, Ισπανίας
        Austria: Αυστρία, Αυστρίας
        Switzerland: Ελβετία, Ελβετίας
        Czech Republic, Czechia: Τσεχία, Τσεχίας
        Slovakia: Σλοβακία, Σλοβακίας
        Finland: Φινλανδία, Φινλανδίας
        Sweden: Σουηδία, Σουηδίας
        Lithuania: Λιθουανία, Λιθουανίας
        Latvia: Λετονία, Λετονίας
        Estonia: Εσθονία, Εσθονίας
        Armenia: Αρμενία, Αρμενίας
        Azerbaijan: Αζερμπαϊτζάν
        United Kingdom, UK, Great Britain: Ηνωμένο Βασίλειο, Ηνωμένου Βασιλείου, Μεγάλη Βρετανία, Μεγάλης Βρετανίας
        Britain: Βρετανία, Βρετανίας
        United States, USA, US, U.S.: ΗΠΑ, Ηνωμένες Πολιτείες, Ηνωμένων Πολιτειών
        United Nations, UN: ΟΗΕ, Ηνωμένα Έθνη, Ηνωμένων Εθνών
        Europe: Ευρώπη, Ευρώπης
        Balkans: Βαλκάνια, Βαλκανίων
        Western Balkans: Δυτικά Βαλκάνια, Δυτικών Βαλκανίων
        Sarajevo: Σαράγεβο, Σαράγεβου
        Zagreb: Ζάγκρεμπ
        Mitrovica: Μιτρόβιτσα
        Bucharest: Βουκουρέστι, Βουκουρεστίου
        Paris: Παρίσι, Παρισιού
        London: Λονδίνο, Λονδίνου
        Rome: Ρώμη, Ρώμης
        Istanbul: Κωνσταντινούπολη, Κωνσταντινούπολης, Ιστανμπούλ
        Tehran: Τεχεράνη, Τεχεράνης
        Jerusalem: Ιερουσαλήμ
        St Petersburg, St. Petersburg, Saint Petersburg: Αγία Πετρούπολη, Αγίας Πετρούπολης
        Donetsk: Ντονέτσκ
        Luhansk: Λουχάνσκ
        Zaporizhzhia: Ζαπορίζια
        Kherson: Χερσώνα, Χερσώνας
        Dnipro: Δνίπρο
        Sevastopol: Σεβαστούπολη, Σεβαστούπολης
        Avdiivka: Αβντιίβκα
        Chisinau: Κισινάου
        Transnistria: Υπερδνειστερία, Υπερδνειστερίας
        """

    private static let greekNames = parsed(greekRows, columns: 1)

    private static let neighbours = parsed(neighbourRows, columns: 3)
    private static let macedonianAndBulgarian = parsed(macedonianAndBulgarianRows, columns: 2)

    private static let table: [String: Entry] = parsed(rows, columns: 4).reduce(into: [:]) { table, row in
        let (english, columns) = row
        table[english] = Entry(
            southSlavic: columns[0], albanian: columns[1], eastSlavic: columns[2], westSlavic: columns[3],
            macedonian: macedonianAndBulgarian[english]?[0] ?? [], bulgarian: macedonianAndBulgarian[english]?[1] ?? [],
            turkish: neighbours[english]?[0] ?? [], hungarian: neighbours[english]?[1] ?? [],
            romanian: neighbours[english]?[2] ?? [], greek: greekNames[english]?[0] ?? [])
    }

    /// The rows of `text` with another number of columns than `columns`, which `parsed` leaves
    /// out: a test asks every table for them, so that a `|` too few loses no row unseen.
    static func malformed(_ text: String, columns: Int) -> [String] {
        text.split(separator: "\n").compactMap { row in
            guard let colon = row.firstIndex(of: ":") else { return String(row) }
            return names(row[row.index(after: colon)...]).count == columns ? nil : String(row)
        }
    }

    /// The rows of this type's tables that `parsed` leaves out (none, or one was mistyped).
    static var malformedRows: [String] {
        malformed(rows, columns: 4) + malformed(neighbourRows, columns: 3)
            + malformed(macedonianAndBulgarianRows, columns: 2) + malformed(greekRows, columns: 1)
            + malformed(romanceRows, columns: 1)
            + malformed(romanceInOwnArticlesRows, columns: Romance.allCases.count)
    }

    /// A table of rows `English, other English: column | column…` (each column a list separated
    /// by commas), by each English name in lower case; a row with another number of columns
    /// than `columns` is left out (see `malformed(_:columns:)`).
    static func parsed(_ text: String, columns: Int) -> [String: [[String]]] {
        var table: [String: [[String]]] = [:]
        for row in text.split(separator: "\n") {
            guard let colon = row.firstIndex(of: ":") else { continue }
            let listed = names(row[row.index(after: colon)...])
            guard listed.count == columns else { continue }
            for english in englishNames(row[..<colon]) { table[english] = listed }
        }
        return table
    }

    /// A row's English names (`United Kingdom, UK, Great Britain`), lowercased.
    private static func englishNames(_ text: Substring) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    }

    /// A row's columns, each a list of names separated by commas.
    private static func names(_ text: Substring) -> [[String]] {
        text.split(separator: "|", omittingEmptySubsequences: false).map {
            $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }
}
