// Language identification: one ordinary news sentence or two per language (written for this test),
// the close pairs (ru/uk/be, lt/lv, Belarusian in Latin letters against Polish), and `und` where
// an answer would be a guess.

import Testing
@testable import NarrascanCore

@Suite struct LanguageIdentifierTests {
    @Test(arguments: [
        ("en", "The border guards said that the migrants were pushed back to Belarus on Tuesday night, and that they have no food."),
        ("ru", "Пограничники сообщили, что мигрантов снова вытеснили на территорию Беларуси, и что у них нет еды и воды."),
        ("uk", "Прикордонники повідомили, що мігрантів знову витіснили на територію Білорусі, і що в них немає їжі та води."),
        ("be", "Памежнікі паведамілі, што мігрантаў зноў выцеснілі на тэрыторыю Беларусі, і што ў іх няма ежы і вады."),
        ("be", "Pamiežniki paviedamili, što mihrantaŭ znoŭ vycieśnili na terytoryju Biełarusi, i što ŭ ich niama ježy i vady."),
        ("pl", "Straż Graniczna poinformowała, że migranci zostali ponownie wypchnięci na Białoruś i że nie mają jedzenia."),
        ("de", "Die Grenzschützer teilten mit, dass die Migranten in der Nacht wieder nach Belarus zurückgedrängt wurden und nichts zu essen haben."),
        ("lt", "Pasieniečiai pranešė, kad migrantai vėl buvo išstumti į Baltarusiją ir kad jie neturi maisto ir vandens."),
        ("lv", "Robežsargi paziņoja, ka migranti atkal tika izstumti uz Baltkrieviju un ka viņiem nav ne ēdiena, ne ūdens."),
        ("fr", "Les gardes-frontières ont indiqué que les migrants ont été refoulés vers la Biélorussie et qu'ils n'ont pas de nourriture."),
        ("es", "Los guardias fronterizos dijeron que los migrantes fueron devueltos a Bielorrusia y que no tienen comida ni agua."),
        ("it", "Le guardie di frontiera hanno detto che i migranti sono stati respinti in Bielorussia e che non hanno cibo né acqua."),
        ("ar", "قال حرس الحدود إن المهاجرين أعيدوا مرة أخرى إلى بيلاروسيا وإنهم لا يملكون طعاما ولا ماء."),
    ])
    func identifiesEachLanguage(code: String, text: String) {
        #expect(LanguageIdentifier().identify(Array(text.utf8)) == code)
    }

    @Test(arguments: [
        "",
        "12 345 678, 2021-11-09",
        "Hybrid attack",  // too short to tell
        "Συνοριοφύλακες ανέφεραν ότι οι μετανάστες απωθήθηκαν ξανά στη Λευκορωσία.",  // a script it does not know
        "国境警備隊によると、移民は再びベラルーシに押し戻された。",
    ])
    func answersUndWhenUnsure(text: String) {
        #expect(LanguageIdentifier().identify(Array(text.utf8)) == "und")
    }

    @Test func knowsAtLeastTheTwelveLanguagesOfTheRealCoverage() {
        #expect(Set(["en", "ru", "pl", "de", "lt", "lv", "uk", "be", "ar", "fr", "es", "it"]).isSubset(of: Set(LanguageIdentifier.languages)))
    }
}
