/// The adjectives the region's languages make of the places its news names most, where English
/// writes the place's name itself before a noun: `the Brussels agreement` is `Briselski
/// sporazum`, `a Kremlin spokesman` `kremaljski portparol`, `the Dayton agreement` `Dejtonski
/// sporazum`, `Moscow's leadership` `a moszkvai vezetés`, `the Minsk agreements` `Минские
/// соглашения`. A user who writes `Brussels` means them as the English text's `Brussels` (as a
/// user who writes `Russian` means `ruski`: `NationalityAdjectives`), in articles in those
/// languages. A place English makes an adjective of (`Crimea`, `Crimean`; `Serbia`, `Serbian`)
/// is not listed: in English its term does not match the adjective either.
enum PlaceAdjectives {
    /// The adjective's forms `language` writes for the place the English `term` names, or none.
    static func forms(of term: String, in language: Exonyms.Language) -> [String] {
        guard let row = table[term.lowercased()] else { return [] }
        return NationalityAdjectives.written(row, in: language)
    }

    /// English names: BCMS and Slovenian | Albanian | Ukrainian, Russian | Polish, Czech, Slovak |
    /// Macedonian | Bulgarian | Turkish | Hungarian | Romanian | Greek, as `Exonyms.Language`
    /// orders them; a stem ends in `-`. Albanian, Turkish, Romanian and Greek write the place's
    /// name (`Marrëveshja e Brukselit`), which its forms match.
    private static let rows = """
        Brussels: briselsk-, bruseljsk- | | брюссельск-, брюссельськ- | brukselsk-, bruselsk- | бриселск- | брюкселск- | | brüsszeli | |
        Washington: vašingtonsk-, washingtonsk- | | вашингтонск-, вашингтонськ- | waszyngtońsk-, washingtonsk- | вашингтонск- | вашингтонск- | | washingtoni | |
        Moscow: moskovsk- | | московск-, московськ- | moskiewsk-, moskevsk-, moskovsk- | московск- | московск- | | moszkvai | |
        Kyiv, Kiev: kijevsk- | | киевск-, київськ- | kijowsk-, kyjevsk- | киевск- | киевск- | | kijevi | |
        Kremlin: kremaljsk-, kremeljsk- | | кремлевск-, кремлёвск-, кремлівськ- | kremlowsk-, kremelsk- | | кремълск- | | kremli | |
        Belgrade: beogradsk-, belgrajsk- | | белградск-, белградськ- | belgradzk-, bělehradsk-, belehradsk- | белградск- | белградск- | | belgrádi | |
        Pristina: prištinsk- | | приштинск-, приштинськ- | prisztińsk-, prištinsk- | приштинск- | прищинск- | | pristinai | |
        Sarajevo: sarajevsk- | | сараевск-, сараєвськ- | sarajewsk-, sarajevsk- | сараевск- | сараевск- | | szarajevói | |
        Zagreb: zagrebačk-, zagrebšk- | | загребск-, загребськ- | zagrzebsk-, záhřebsk-, záhrebsk- | загрепск- | загребск- | | zágrábi | |
        Skopje: skopsk- | | | | скопск- | скопск- | | szkopjei | |
        Tirana: tiransk- | | | | тиранск- | тиранск- | | tiranai | |
        Podgorica: podgoričk- | | подгорицк-, подгорицьк- | | подгоричк- | | | podgoricai | |
        Banja Luka: banjalučk- | | | | бањалучк- | | | | |
        Dayton: dejtonsk-, daytonsk- | | дейтонск-, дейтонськ- | daytońsk-, daytonsk-, dejtonsk- | дејтонск- | дейтънск- | | daytoni | |
        Ohrid: ohridsk- | | охридск-, охридськ- | ochrydzk-, ohridsk- | охридск- | охридск- | | ohridi | |
        Prespa: prespansk- | | преспанск-, преспанськ- | prespańsk-, prespansk- | преспанск- | преспанск- | | prespai | |
        Minsk: minsk- | | минск-, мінськ- | mińsk- | минск- | минск- | | minszki | |
        Kosovo: kosovsk- | | косовск-, косовськ- | kosowsk-, kosovsk- | косовск- | косовск- | | koszovói | |
        Vienna: bečk-, dunajsk- | | венск-, віденськ- | wiedeńsk-, vídeňsk-, viedensk- | виенск- | виенск- | | bécsi | |
        Berlin: berlinsk- | | берлинск-, берлінськ- | berlińsk-, berlínsk- | берлинск- | берлинск- | | berlini | |
        Paris: parisk-, parišk- | | парижск-, паризьк- | parysk-, pařížsk-, parížsk- | париск- | парижк- | | párizsi | |
        Donbas, Donbass: donbask- | | донбасск-, донбаськ- | donbask- | донбаск- | донбаск- | | donbaszi | |
        Kharkiv: harkovsk-, harkivsk- | | харьковск-, харківськ- | charkowsk-, charkovsk-, charkivsk- | харковск- | харковск- | | harkivi | |
        Ankara: ankarsk- | | анкарск-, анкарськ- | ankarsk- | анкарск- | анкарск- | | ankarai | |
        Beijing: pekinšk-, pekinsk- | | пекинск-, пекінськ- | pekińsk-, pekingsk- | пекиншк- | пекинск- | | pekingi | |
        """

    private static let table = Exonyms.parsed(rows, columns: Exonyms.Language.allCases.count)

    /// The rows of the table that `Exonyms.parsed` leaves out (none, or one was mistyped).
    static var malformedRows: [String] { Exonyms.malformed(rows, columns: Exonyms.Language.allCases.count) }
}
