import FeedText

/// What the region's languages write for the English adjectives of the countries its news names
/// most: `Russian` is `ruski`, `ruske`, `ruskog` in Serbian, Croatian, Bosnian and Montenegrin,
/// `российских`, `російського` in Russian and Ukrainian, `rosyjskie`, `ruské` in Polish, Czech and
/// Slovak, `руските` in Macedonian and Bulgarian, `Rus` in Turkish, `orosz` in Hungarian, `ruși`
/// in Romanian, `ruse` in Albanian, `ρωσικά`, `Ρώσοι` in Greek. A user who writes `Russian` in a topic means the adjective in
/// any language, as one who writes `Russia` means the place (`Exonyms`); in English `Russian`
/// does not match `Russia`, and the languages' adjectives do not match their places' names
/// either. The Slavic languages decline an adjective, and their stems are listed with their
/// endings (`rusk-`); the others' words are listed as written. An adjective in lower case is
/// matched whatever its case (a title begins with `Ruske snage`); a word written with a capital
/// (the Slavic languages' nouns for the people, `Rusi`, `Amerikanci`; Turkish's adjectives) only
/// so, for in lower case it may be another word (`ruši`, folded `rusi`, is Serbian's "tears
/// down"; Turkish `alman` "your taking"). They are read in articles in those languages only.
///
/// The country's name in the adjective is matched with it: `Republika Srpska` by `Serbian` (its
/// name says `Serb Republic`), `Hrvatska` by `Croatian`. `Macedonian` is left out as `Macedonia`
/// is in `Exonyms` (the Greek region's too), and so are the adjectives whose languages' words are
/// other common words (Turkish `Çek` for `Czech`).
enum NationalityAdjectives {
    /// The forms `language` writes for the English adjective (or noun of the people) `term`
    /// (`Russian`, `Russians`, `russian`, `Russian*`), Cyrillic ones as folding reads their
    /// language's text, or none for a term not listed.
    static func forms(of term: String, in language: Exonyms.Language) -> [String] {
        guard let row = table[key(term)] else { return [] }
        return written(row, in: language)
    }

    /// A row's words for `language`: each stem (ending in `-`) with every ending the language
    /// gives it, each other word as it is, Cyrillic ones as folding reads their language's text.
    static func written(_ row: [[String]], in language: Exonyms.Language) -> [String] {
        guard let column = Exonyms.Language.allCases.firstIndex(of: language), column < row.count else { return [] }
        var forms: [String] = []
        for word in row[column] {
            let written =
                word.hasSuffix("-") ? endings(in: language).map { word.dropLast() + $0 } : [word]
            for spelling in written {
                for form in language.read(spelling) where !forms.contains(form) { forms.append(form) }
            }
        }
        return forms
    }

    /// A term as the tables list it: in lower case, without a prefix's `*` (`Russian*` is `russian`).
    private static func key(_ term: String) -> String {
        let key = term.lowercased()
        return key.hasSuffix("*") ? String(key.dropLast()) : key
    }

    /// Whether `term` is an adjective (or noun of the people) this table lists.
    static func isListed(_ term: String) -> Bool {
        table[key(term)] != nil
    }

    /// The endings a stem takes in `language`: every case, gender and number of an adjective in
    /// `-ski`, `-čki` (Serbian's `-i`, `-og`, `-oj`; Slovenian's `-ega`, `-em`), `-ский`, `-ський`
    /// (Russian's `-ого`, `-ой`; Ukrainian's `-і`, `-ої`), `-ski`, `-ský` (Polish's `-iego`,
    /// `-iej`; Czech's and Slovak's `-ého`, `-ou`, `-ú`, written folded), `-ски` (Macedonian's
    /// `-иот`, Bulgarian's `-ия`, `-ият`), Greek's `-ικός` (`-ική`, `-ικού`, `-ικών`; the accent
    /// folded away).
    private static func endings(in language: Exonyms.Language) -> [String] {
        switch language {
        case .southSlavic:
            ["i", "a", "o", "e", "og", "oga", "om", "omu", "oj", "u", "ih", "im", "ima", "ega", "emu", "em", "imi"]
        case .eastSlavic:
            [
                "ий", "ая", "ое", "ие", "ого", "ому", "им", "ом", "ую", "их", "ими", "ой",
                "а", "е", "і", "ім", "ій", "у", "ої", "ою",
            ]
        case .westSlavic:
            [
                "i", "a", "ie", "iego", "iej", "iemu", "im", "ich", "imi",
                "y", "e", "eho", "emu", "em", "ym", "ou", "ych", "ymi", "u", "om",
            ]
        case .macedonian, .bulgarian: ["и", "а", "о", "е", "ите", "иот", "ата", "ото", "ия", "ият"]
        case .greek: ["ος", "η", "ο", "οι", "ες", "α", "ου", "ης", "ων", "ους"]
        case .albanian, .turkish, .hungarian, .romanian: []
        }
    }

    /// English adjectives and nouns of the people: BCMS and Slovenian | Albanian | Ukrainian,
    /// Russian | Polish, Czech, Slovak | Macedonian | Bulgarian | Turkish | Hungarian | Romanian |
    /// Greek,
    /// as `Exonyms.Language` orders them; a stem ends in `-`.
    private static let rows = """
        Russian, Russians: rusk-, Rus, Rusi, Rusa, Rusima, Rusom | rus, ruse, rusë, rusët, rusëve, rusisht | русск-, российск-, російськ- | rosyjsk-, rusk-, Rosjanie, Rosjan, Rosjanami, Rusové, Rusov | руск- | руск- | Rus, Ruslar, Rusların, Ruslara | orosz, oroszok, oroszokat, oroszul | rus, rusă, ruși, ruse, rusesc, rusească, rusești, rușii, rușilor | ρωσικ-, Ρώσοι, Ρώσων, Ρώσους, Ρώσος, Ρώσου, Ρώσο
        Ukrainian, Ukrainians: ukrajinsk-, Ukrajinci, Ukrajinaca, Ukrajincima, Ukrajinac, Ukrajinca | ukrainas, ukrainase, ukrainasit, ukrainasve | украинск-, українськ- | ukraińsk-, ukrajinsk-, Ukraińcy, Ukraińców, Ukrajinci, Ukrajinců | украинск- | украинск- | Ukraynalı, Ukraynalılar | ukrán, ukránok, ukránokat | ucrainean, ucraineană, ucraineni, ucrainene, ucrainenii, ucrainenilor | ουκρανικ-, Ουκρανοί, Ουκρανών, Ουκρανούς, Ουκρανός, Ουκρανού
        American, Americans: američk-, amerikansk-, Amerikanci, Amerikanaca, Amerikancima, Američani, Amerikanac, Amerikanca | amerikan, amerikane, amerikanë, amerikanët, amerikanëve | американск-, американськ- | amerykańsk-, americk-, Amerykanie, Amerykanów, Američané, Američania | американск- | американск- | Amerikan, Amerikalı, Amerikalılar | amerikai, amerikaiak, amerikaiakat | american, americană, americani, americane, americanii, americanilor | αμερικανικ-, Αμερικανοί, Αμερικανών, Αμερικανούς, Αμερικανός, Αμερικανού
        Serbian, Serbians, Serb, Serbs: srpsk-, Srbi, Srba, Srbima, Srbin | serb, serbe, serbë, serbët, serbëve, serbisht | сербск-, сербськ- | serbsk-, srbsk-, Serbowie, Serbów, Srbové | српск- | сръбск- | Sırp, Sırplar, Sırpların | szerb, szerbek, szerbeket | sârb, sârbă, sârbi, sârbe, sârbesc, sârbească, sârbești, sârbii, sârbilor | σερβικ-, Σέρβοι, Σέρβων, Σέρβους, Σέρβος, Σέρβου, Σέρβο
        Croatian, Croatians, Croat, Croats: hrvatsk-, Hrvati, Hrvata, Hrvatima, Hrvat, Hrvatom | kroat, kroate, kroatë, kroatët | хорватск-, хорватськ- | chorwack-, chorvatsk-, Chorwaci, Chorvati | хрватск- | хърватск- | Hırvat, Hırvatlar | horvát, horvátok | croat, croată, croați, croate | κροατικ-, Κροάτες, Κροατών, Κροάτης
        Bosnian, Bosnians: bosansk-, Bosanac, Bosanci | boshnjak, boshnjake | боснийск-, боснійськ- | bośniack-, bosensk- | босанск- | босненск- | Boşnak, Boşnaklar | bosnyák, bosnyákok | bosniac, bosniacă, bosniaci | βοσνιακ-, Βόσνιοι
        Albanian, Albanians: albansk-, Albanci, Albanaca, Albancima, Albanac, Albanca | shqiptar, shqiptare, shqiptarë, shqiptarët, shqiptarëve | албанск-, албанськ- | albańsk-, albánsk-, Albańczycy, Albánci | албанск- | албанск- | Arnavut, Arnavutlar | albán, albánok | albanez, albaneză, albanezi, albaneze | αλβανικ-, Αλβανοί, Αλβανών, Αλβανούς, Αλβανός, Αλβανού
        Kosovar, Kosovars, Kosovan, Kosovans: kosovsk- | kosovar, kosovare, kosovarë, kosovarët, kosovarëve | косовск-, косовськ- | kosowsk-, kosovsk- | косовск- | косовск- | Kosovalı, Kosovalılar | koszovói | kosovar, kosovară, kosovari | Κοσοβάροι, Κοσοβάρων
        Montenegrin, Montenegrins: crnogorsk-, Crnogorci, Crnogorac | malazez, malazeze, malazezë, malazezët | черногорск-, чорногорськ- | czarnogórsk-, černohorsk-, čiernohorsk- | црногорск- | черногорск- | Karadağlı, Karadağlılar | montenegrói | muntenegrean, muntenegreană, muntenegreni, muntenegrene | μαυροβουνι-
        Bulgarian, Bulgarians: bugarsk-, bolgarsk-, Bugari, Bugarin | bullgar, bullgare, bullgarë | болгарск-, болгарськ- | bułgarsk-, bulharsk- | бугарск- | българск- | Bulgar, Bulgarlar | bolgár, bolgárok | bulgar, bulgară, bulgari, bulgare | βουλγαρικ-, Βούλγαροι, Βουλγάρων, Βούλγαρος
        Romanian, Romanians: rumunsk-, romunsk-, Rumuni, Rumun | rumun, rumune, rumunë | румынск-, румунськ- | rumuńsk-, rumunsk- | романск- | румънск- | Rumen, Rumenler | román, románok | român, română, români, române, românesc, românească, românești | ρουμανικ-, Ρουμάνοι, Ρουμάνων, Ρουμάνος
        Hungarian, Hungarians: mađarsk-, madžarsk-, Mađari, Mađar | hungarez, hungareze, hungarezë | венгерск-, угорськ- | węgiersk-, maďarsk-, Węgrzy | унгарск- | унгарск- | Macar, Macarlar | magyar, magyarok | maghiar, maghiară, maghiari, maghiare | ουγγρικ-, Ούγγροι, Ούγγρων, Ούγγρος
        Polish: poljsk-, Poljak, Poljaci | polak, polake, polakë | польск-, польськ- | polsk-, Polacy, Polaków | полск- | полск- | Polonyalı, Polonyalılar | lengyel, lengyelek | polonez, poloneză, polonezi, poloneze | πολωνικ-, Πολωνοί, Πολωνών, Πολωνός
        German, Germans: nemačk-, njemačk-, nemšk-, Nemci, Nijemci, Nemac, Nijemac, Nemca, Nijemca | gjerman, gjermane, gjermanë, gjermanët | немецк-, німецьк- | niemieck-, německ-, nemeck-, Niemcy, Němci | германск- | германск-, немск- | Alman, Almanlar | német, németek | german, germană, germani, germane, germanii | γερμανικ-, Γερμανοί, Γερμανών, Γερμανούς, Γερμανός, Γερμανού
        French: francusk-, francosk-, Francuzi, Francuz, Francuza | francez, franceze, francezë, francezët | французск-, французьк- | francusk-, francouzsk-, francúzsk-, Francuzi, Francouzi | француск- | френск- | Fransız, Fransızlar | francia, franciák | francez, franceză, francezi, franceze | γαλλικ-, Γάλλοι, Γάλλων, Γάλλος, Γάλλου
        British, Briton, Britons: britansk-, Britanci, Britanac, Britanca | britanik, britanike, britanikë | британск-, британськ- | brytyjsk-, britsk-, Brytyjczycy, Britové | британск- | британск- | İngiliz, İngilizler | brit, britek | britanic, britanică, britanici, britanice | βρετανικ-, Βρετανοί, Βρετανών, Βρετανός, Βρετανού
        Chinese: kinesk-, kitajsk-, Kinezi, Kineza, Kinez | kinez, kineze, kinezë, kinezët | китайск-, китайськ- | chińsk-, čínsk-, Chińczycy, Číňané | кинеск- | китайск- | Çinli, Çinliler | kínai, kínaiak | chinez, chineză, chinezi, chineze, chinezesc, chinezească | κινεζικ-, Κινέζοι, Κινέζων, Κινέζος
        Turkish, Turk, Turks: tursk-, Turci, Turaka, Turčin, Turčina | turk, turke, turq, turqit | турецк-, турецьк- | tureck-, Turcy, Turci | турск- | турск- | Türk, Türkler | török, törökök | turc, turcă, turci, turce, turcesc, turcească | τουρκικ-, Τούρκοι, Τούρκων, Τούρκους, Τούρκος, Τούρκου
        Greek, Greeks: grčk-, Grci, Grk, Grka | grek, greke, grekë, grekët | греческ-, грецьк- | greck-, řeck-, gréck-, Grecy, Řekové | грчк- | гръцк- | Yunan, Yunanlı, Yunanlılar | görög, görögök | grec, greacă, greci, grecești, grecesc | ελληνικ-, Έλληνες, Ελλήνων, Έλληνας
        Israeli, Israelis: izraelsk-, Izraelci, Izraelac, Izraelca | izraelit, izraelite, izraelitë, izraelitët | израильск-, ізраїльськ- | izraelsk-, Izraelczycy, Izraelci | израелск- | израелск- | İsrailli, İsrailliler | izraeli, izraeliek | israelian, israeliană, israelieni, israeliene | ισραηλιν-, Ισραηλινοί, Ισραηλινών
        Iranian, Iranians: iransk-, Iranci, Iranac, Iranca | iranian, iraniane, iranianë | иранск-, іранськ- | irańsk-, íránsk-, iránsk-, Irańczycy | иранск- | иранск- | İranlı, İranlılar | iráni, irániak | iranian, iraniană, iranieni, iraniene | ιρανικ-, Ιρανοί, Ιρανών, Ιρανός
        European, Europeans: evropsk-, europsk- | evropian, evropiane, evropianë, europian, europiane | европейск-, європейськ- | europejsk-, evropsk-, európsk- | европск- | европейск- | Avrupalı, Avrupalılar | európai, európaiak | european, europeană, europeni, europene | ευρωπαϊκ-, Ευρωπαίοι, Ευρωπαίων, Ευρωπαίος
        """

    private static let table = Exonyms.parsed(rows, columns: Exonyms.Language.allCases.count)

    /// What French, Italian, Spanish and Portuguese write for the English adjective (or noun of
    /// the people) `term`, every gender and number (`Serbian`: `serbe`, `serbo`, `serbi`,
    /// `serbio`, `serbios`, `sérvios`),
    /// or none. As their names of the places (`Exonyms.romance(of:)`), these are matched in any
    /// article: they are no English words. Left out are the ones that are, read in their
    /// language's articles only (`romance(of:in:)`): surnames (`Russo`, `Tedesco`, `Albanese`),
    /// an English word or name (`americano`, `americana`, `chino`, `Frances` for `francés`,
    /// `Britannica`, `Irani` for `iraní`, `Greco-Roman` for `greco`); and a country's English
    /// name (Spanish's `serbia`, `bosnia`), which the country's term matches already.
    static func romance(of term: String) -> [String] {
        romanceTable[key(term)]?.flatMap { $0 } ?? []
    }

    /// English adjectives and nouns of the people: French | Italian | Spanish | Portuguese (where
    /// Spanish's spelling is not Portuguese's too).
    private static let romanceRows = """
        Russian, Russians: russe, russes | russa, russi | ruso, rusa, rusos, rusas | russos, russas
        Ukrainian, Ukrainians: ukrainien, ukrainienne, ukrainiens, ukrainiennes | ucraino, ucraina, ucraini, ucraine | ucraniano, ucraniana, ucranianos, ucranianas |
        American, Americans: américain, américaine, américains, américaines | americani, americane | estadounidense, estadounidenses, americanos | norte-americano, norte-americana, norte-americanos, norte-americanas, estadunidense, estadunidenses
        Serbian, Serbians, Serb, Serbs: serbe, serbes | serbo, serba, serbi | serbio, serbios, serbias | sérvio, sérvios, sérvias
        Croatian, Croatians, Croat, Croats: croate, croates | croato, croata, croati | croatas |
        Bosnian, Bosnians: bosnien, bosnienne, bosniens, bosniennes, bosniaque, bosniaques | bosniaco, bosniaca, bosniaci, bosniache | bosnio, bosnios, bosnias | bósnios
        Albanian, Albanians: albanais, albanaise, albanaises | albanesi | albanés, albanesa, albaneses, albanesas |
        Kosovar, Kosovars, Kosovan, Kosovans: kosovare, kosovares | kosovaro, kosovara, kosovari | kosovares |
        Montenegrin, Montenegrins: monténégrin, monténégrine, monténégrins, monténégrines | montenegrino, montenegrina, montenegrini, montenegrine | montenegrinos, montenegrinas |
        Bulgarian, Bulgarians: bulgare, bulgares | bulgaro, bulgara, bulgari | búlgaro, búlgara, búlgaros, búlgaras |
        Romanian, Romanians: roumain, roumaine, roumains, roumaines | rumeno, rumena, rumeni, rumene | rumano, rumana, rumanos, rumanas | romeno, romena, romenos, romenas
        Hungarian, Hungarians: hongrois, hongroise, hongroises | ungherese, ungheresi | húngaro, húngara, húngaros, húngaras |
        Polish: polonais, polonaise, polonaises | polacco, polacca, polacchi, polacche | polaco, polaca, polacos, polacas | polonês, polonesa, poloneses
        German, Germans: allemand, allemande, allemands, allemandes | tedesca, tedeschi, tedesche | alemán, alemana, alemanes, alemanas | alemão, alemã, alemães
        French: français, française, françaises | francese, francesi | francesa, franceses, francesas |
        British, Briton, Britons: britannique, britanniques | britannico, britannici, britanniche | británico, británica, británicos, británicas |
        Chinese: chinois, chinoise, chinoises | cinese, cinesi | chinas | chinesa, chineses
        Turkish, Turk, Turks: turc, turque, turcs, turques | turco, turca, turchi, turche | turcos, turcas |
        Greek, Greeks: grec, grecque, grecs, grecques | greca, greci, greche | griego, griega, griegos, griegas | grego, grega, gregos, gregas
        Israeli, Israelis: israélien, israélienne, israéliens, israéliennes | israeliano, israeliana, israeliani, israeliane | israelíes | israelense, israelenses
        Iranian, Iranians: iranien, iranienne, iraniens, iraniennes | iraniano, iraniana, iraniani, iraniane | iraníes |
        European, Europeans: européen, européenne, européens, européennes | europeo, europea, europei, europee | europeos, europeas | europeu, europeia, europeus, europeias
        """

    private static let romanceTable = Exonyms.parsed(romanceRows, columns: 4)

    /// How many English adjectives `romance(of:)` lists (every row read).
    static var romanceCount: Int { romanceTable.count }

    /// What `language` writes for the English adjective `term` where `romance(of:)` leaves it
    /// out, being an English word or a surname elsewhere: matched in that language's articles
    /// only, and in lower case only, as the adjective is written (Italian's `il presidente
    /// russo`, not the surname `Russo`; Spanish's `la economía china`, `americano`). Or none.
    static func romance(of term: String, in language: Exonyms.Romance) -> [String] {
        romanceInOwnArticles[key(term)]?[language.rawValue] ?? []
    }

    /// English adjectives and nouns of the people: French | Italian | Spanish.
    private static let romanceInOwnArticlesRows = """
        Russian, Russians: | russo |
        German, Germans: | tedesco |
        Albanian, Albanians: | albanese |
        American, Americans: | americano, americana | americano, americana
        Greek, Greeks: | greco |
        British, Briton, Britons: | britannica |
        Chinese: | | chino, china, chinos
        French: | | francés
        Iranian, Iranians: | | iraní
        """

    private static let romanceInOwnArticles = Exonyms.parsed(
        romanceInOwnArticlesRows, columns: Exonyms.Romance.allCases.count)

    /// How many English adjectives `romance(of:in:)` lists (every row read).
    static var romanceInOwnArticlesCount: Int { romanceInOwnArticles.count }

    /// The rows of this type's tables that `Exonyms.parsed` leaves out (none, or one was mistyped).
    static var malformedRows: [String] {
        Exonyms.malformed(rows, columns: Exonyms.Language.allCases.count)
            + Exonyms.malformed(romanceRows, columns: 4)
            + Exonyms.malformed(romanceInOwnArticlesRows, columns: Exonyms.Romance.allCases.count)
    }
}
