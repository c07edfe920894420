import FeedText
import Foundation

/// What the region's languages call the places its news names most, where that is not what
/// English calls them: `Serbia` is `Srbija` in Serbian, Croatian, Bosnian and Montenegrin,
/// `Srbsko` in Czech and Slovak, `Сербія` in Ukrainian; `Moscow` `Moskva`, `Moska`, `Moskwa`,
/// `Москва`; `Kyiv` `Kijev`, `Kijów`, `Kyjev`. A user who writes the English name means the place
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
        /// them).
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
        }
    }

    /// `forms` (a language's forms of a name) with, for a term this table lists, the language's
    /// names of the place and their forms: what a `CaseFormTrie` for `language` spells.
    static func spelling(
        _ forms: @escaping @Sendable (String) -> [String], in language: Language
    ) -> @Sendable (String) -> [String] {
        { term in
            var all = forms(term)
            for name in names(of: term, in: language) {
                // Cyrillic names are read as folding reads their language's text.
                let written =
                    switch language {
                    case .eastSlavic: EastSlavicCases.romanized(name)
                    case .macedonian: EastSlavicCases.romanized(name, as: [.macedonian])
                    case .bulgarian: EastSlavicCases.romanized(name, as: [.bulgarian])
                    default: [name]
                    }
                for form in written + forms(name) where !all.contains(form) { all.append(form) }
            }
            return all
        }
    }

    /// The names German news gives the place the English `term` names, with their genitives
    /// (`Serbien`, `Serbiens`; `Moskau`, `Moskaus`; `Brüssel`; the feminine `Türkei` and `Krim`
    /// take none), or none. Unlike the other languages' they are matched in any article, as the
    /// German spellings of East Slavic names are (`GermanSlavicSpelling`): German's forms are read
    /// in titles and summaries only, and these names are no other word in English text. `Peking`
    /// is left out for `Beijing` (English writes `Peking duck`), `Odessa` for `Odesa` (a city in
    /// Texas too), and so are the places whose German name is the English one.
    static func german(of term: String) -> [String] {
        guard let names = germanNames[term.lowercased()] else { return [] }
        return names.flatMap { name in
            germanFeminine.contains(name) || name.hasSuffix("s") ? [name] : [name, name + "s"]
        }
    }

    private static let germanNames: [String: [String]] = [
        "serbia": ["Serbien"], "bosnia": ["Bosnien"], "bosnia and herzegovina": ["Bosnien und Herzegowina"],
        "albania": ["Albanien"], "north macedonia": ["Nordmazedonien"], "croatia": ["Kroatien"],
        "slovenia": ["Slowenien"], "russia": ["Russland", "Rußland"], "belarus": ["Weißrussland"],
        "poland": ["Polen"], "germany": ["Deutschland"], "france": ["Frankreich"], "hungary": ["Ungarn"],
        "romania": ["Rumänien"], "bulgaria": ["Bulgarien"], "greece": ["Griechenland"], "turkey": ["Türkei"],
        "belgrade": ["Belgrad"], "moscow": ["Moskau"], "kyiv": ["Kiew"], "lviv": ["Lemberg"],
        "crimea": ["Krim"], "brussels": ["Brüssel"], "vienna": ["Wien"],
        "warsaw": ["Warschau"], "prague": ["Prag"], "athens": ["Athen"],
        "european union": ["Europäische Union", "Europäischen Union"],
    ]
    private static let germanFeminine: Set<String> = ["Türkei", "Krim", "Europäische Union", "Europäischen Union"]

    private struct Entry {
        var southSlavic: [String]
        var albanian: [String]
        var eastSlavic: [String]
        var westSlavic: [String]
        var macedonian: [String] = []
        var bulgarian: [String] = []
    }

    /// English name: BCMS | Albanian | Ukrainian, Russian | Polish, Czech, Slovak, each list
    /// separated by commas.
    private static let rows = """
        Serbia: Srbija | | Сербія, Сербия | Srbsko
        Kosovo: | Kosova | | Kosowo
        Bosnia: Bosna | Bosnja | Боснія, Босния | Bośnia
        Bosnia and Herzegovina: Bosna i Hercegovina | Bosnja dhe Hercegovina | Боснія і Герцеговина, Босния и Герцеговина | Bośnia i Hercegowina, Bosna a Hercegovina
        Montenegro: Crna Gora | Mali i Zi | Чорногорія, Черногория | Czarnogóra, Černá Hora, Čierna Hora
        Albania: Albanija | Shqipëri, Shqipëria | Албанія, Албания | Albánie, Albánsko
        North Macedonia: Sjeverna Makedonija, Severna Makedonija | Maqedonia e Veriut | Північна Македонія, Северная Македония | Macedonia Północna, Severní Makedonie, Severné Macedónsko
        Croatia: Hrvatska | Kroacia | Хорватія, Хорватия | Chorwacja, Chorvatsko
        Slovenia: Slovenija | Sllovenia | Словенія, Словения | Słowenia, Slovinsko
        Russia: Rusija | Rusia | Росія, Россия | Rosja, Rusko
        Ukraine: Ukrajina | Ukraina | Україна, Украина | Ukraina, Ukrajina
        Belarus: Bjelorusija, Belorusija | Bjellorusia | Білорусь, Беларусь | Białoruś, Bělorusko, Bielorusko
        Moldova: Moldavija | Moldavia | Молдова | Mołdawia, Moldavsko
        Poland: Poljska | Polonia | Польща, Польша | Polska, Polsko
        Germany: Njemačka, Nemačka | Gjermania | Німеччина, Германия | Niemcy, Německo, Nemecko
        France: Francuska | Franca | Франція, Франция | Francja, Francie, Francúzsko
        Hungary: Mađarska | Hungaria | Угорщина, Венгрия | Węgry, Maďarsko
        Romania: Rumunija, Rumunjska | Rumania | Румунія, Румыния | Rumunia, Rumunsko
        Bulgaria: Bugarska | Bullgaria | Болгарія, Болгария | Bułgaria, Bulharsko
        Greece: Grčka | Greqia | Греція, Греция | Grecja, Řecko, Grécko
        Turkey: Turska | Turqia | Туреччина, Турция | Turcja, Turecko
        China: Kina | Kina | Китай | Chiny, Čína
        Belgrade: Beograd | Beograd, Beogradi | Белград | Belgrad, Bělehrad
        Pristina: Priština | Prishtina, Prishtinë | Приштина | Prisztina, Priština
        Skopje: Skoplje | Shkup, Shkupi | Скоп'є, Скопье |
        Tirana: | Tiranë | Тирана |
        Moscow: Moskva | Moska | Москва | Moskwa, Moskva
        Kyiv: Kijev, Kijiv | Kievi | Київ, Киев | Kijów, Kyjev, Kyjiv
        Kharkiv: Harkov, Harkiv | Harkivi | Харків, Харьков | Charków, Charkov
        Lviv: Lavov | | Львів, Львов | Lwów, Lvov
        Odesa: | | Одеса, Одесса | Odessa
        Crimea: Krim | Krime, Krimea | Крим, Крым | Krym
        Brussels: Brisel, Bruxelles | Bruksel, Brukseli | Брюссель | Bruksela, Brusel
        Vienna: Beč | Vjenë, Vjena | Відень, Вена | Wiedeń, Vídeň, Viedeň
        Washington: Vašington | Uashington | Вашингтон | Waszyngton
        Warsaw: Varšava | Varshavë, Varshava | Варшава | Warszawa, Varšava
        Prague: Prag | Pragë, Praga | Прага | Praga, Praha
        Budapest: Budimpešta | | Будапешт | Budapeszt, Budapešť
        Athens: Atina | Athinë, Athina | Афіни, Афины | Ateny, Atény
        Beijing: Peking | Pekin, Pekini | Пекін, Пекин | Pekin, Peking
        European Union: Europska unija, Evropska unija | Bashkimi Evropian | Європейський Союз, Европейский союз | Unia Europejska, Evropská unie, Európska únia
        """

    /// English name: Macedonian | Bulgarian (where it differs from the English name as folding
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
        European Union: Европска унија | Европейски съюз
        """

    private static let macedonianAndBulgarian: [String: (macedonian: [String], bulgarian: [String])] = {
        var table: [String: (macedonian: [String], bulgarian: [String])] = [:]
        for row in macedonianAndBulgarianRows.split(separator: "\n") {
            guard let colon = row.firstIndex(of: ":") else { continue }
            let columns = row[row.index(after: colon)...].split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard columns.count == 2 else { continue }
            table[row[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] = (
                columns[0].isEmpty ? [] : [columns[0]], columns[1].isEmpty ? [] : [columns[1]]
            )
        }
        return table
    }()

    private static let table: [String: Entry] = {
        var table: [String: Entry] = [:]
        for row in rows.split(separator: "\n") {
            guard let colon = row.firstIndex(of: ":") else { continue }
            let english = row[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let columns = row[row.index(after: colon)...].split(separator: "|", omittingEmptySubsequences: false).map {
                $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            guard columns.count == 4 else { continue }
            table[english] = Entry(
                southSlavic: columns[0], albanian: columns[1], eastSlavic: columns[2], westSlavic: columns[3],
                macedonian: macedonianAndBulgarian[english]?.macedonian ?? [],
                bulgarian: macedonianAndBulgarian[english]?.bulgarian ?? [])
        }
        return table
    }()
}
