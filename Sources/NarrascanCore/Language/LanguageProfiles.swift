// The languages narrascan identifies, each by a compact profile: its most frequent function words
// (written for this file from the grammar of each language, not taken from a corpus) and the
// letters that only it uses among the languages of its script. Function words decide for texts of
// a sentence or more; the letters break ties between close languages (ru/uk/be, lt/lv).

/// A language's identification profile.
struct LanguageProfile: Sendable {
    /// ISO 639-1 code.
    let code: String
    /// The script the language is written in.
    let script: Script
    /// Frequent function words, lower-case.
    let functionWords: Set<String>
    /// Letters (lower-case scalars) that, within its script, only this language uses.
    let markers: Set<UInt32>
    /// Letters of its script this language never uses (each occurrence counts against it).
    var foreign: Set<UInt32> = []
}

/// The writing systems identification tells apart first.
enum Script: Sendable, Equatable {
    case latin, cyrillic, arabic, greek, other
}

/// The profiles of the known languages (Arabic is identified by its script alone).
let languageProfiles: [LanguageProfile] = [
    LanguageProfile(
        code: "en", script: .latin,
        functionWords: words("the and of to in is that for it with as was on are by this be from at have has not but they which were their said its an or will been who would after also than"),
        markers: []),
    LanguageProfile(
        code: "de", script: .latin,
        functionWords: words("der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über zur zum vom wurde"),
        markers: scalars("äöüß")),
    LanguageProfile(
        code: "pl", script: .latin,
        functionWords: words("i w z na się nie do to że jest o od po jak co przez dla ale oraz które który która była był są tak już także jego ich czy przy tym może lub tylko jednak został została roku we ze ten tej"),
        markers: scalars("łżźśćńąę")),
    LanguageProfile(
        code: "lt", script: .latin,
        functionWords: words("ir į kad yra su iš nuo bet kaip buvo jų tai dėl jis jie per apie prie ar taip kuris kurie tik kai jau metų savo bei tačiau nėra gali labai šio šios esą pasak teigė"),
        markers: scalars("ėįųąę")),
    LanguageProfile(
        code: "lv", script: .latin,
        functionWords: words("un ir ka no uz ar par kas bet arī to tā kā vai pie viņš viņi tas šo lai pēc jau tikai bija ko tiek gada savu starp nav var kur tika esot"),
        markers: scalars("āēīģķļņ")),
    LanguageProfile(
        code: "fr", script: .latin,
        functionWords: words("le la les de des et en du un une est que qui dans pour pas au sur par ne se ce il avec sont aux plus ont été cette mais ou son leur elle nous selon"),
        markers: scalars("çœêâîôûëï")),
    LanguageProfile(
        code: "es", script: .latin,
        functionWords: words("el la los las de del y en que un una es por con no se para al lo como más su sus ha pero fue este esta son entre también sobre ya según han"),
        markers: scalars("ñ¿¡")),
    LanguageProfile(
        code: "it", script: .latin,
        functionWords: words("il la le di del della e è che in un una per con non si da dei delle al alla sono ha come più anche ma gli nel nella questo stato lo tra dal degli hanno"),
        markers: scalars("ìò")),
    LanguageProfile(
        code: "ru", script: .cyrillic,
        functionWords: words("и в не на что с по как это из к за о от для но он они его же так все был была были также только уже или при их мы если чтобы после может этого было более который которые года время между через"),
        markers: scalars("ыэъ"), foreign: scalars("іїєґў")),
    LanguageProfile(
        code: "uk", script: .cyrillic,
        functionWords: words("і й в у на що не з до та як це за від для про але він вони його так вже також ще або при їх ми якщо щоб після може було який які року через між із має був була були"),
        markers: scalars("їєґ"), foreign: scalars("ыэъёў")),
    LanguageProfile(
        code: "be", script: .cyrillic,
        functionWords: words("і ў у на што не з да як гэта за ад для пра але ён яны яго так ужо таксама яшчэ або пры іх мы калі каб пасля можа было які якія года праз паміж мае быў была былі ці"),
        markers: scalars("ў"), foreign: scalars("ищъїєґ")),
    // Belarusian in its Latin alphabet (łacinka), which some independent media publish in.
    LanguageProfile(
        code: "be", script: .latin,
        functionWords: words("i u ŭ na što nie z da jak heta hetaha za ad dla pra ale jon jany jaho tak užo taksama jašče ci kab kali paśla jakija jaki jakaja praz pamiž byŭ była byli taho jakich"),
        markers: scalars("ŭ")),
]

private func words(_ list: String) -> Set<String> { Set(list.split(separator: " ").map(String.init)) }
private func scalars(_ letters: String) -> Set<UInt32> { Set(letters.unicodeScalars.map(\.value)) }
