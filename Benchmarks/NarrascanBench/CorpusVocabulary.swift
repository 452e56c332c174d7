// The words the corpus generator writes, per language: a hand-written head of frequent function and
// news words, then a long tail of pseudo-words built from each language's common syllables, so word
// lengths, the byte mix (Cyrillic and Polish letters are two bytes) and the number of distinct
// words look like news text without shipping a dictionary. Everything is derived from the seed.

/// A language the generator writes.
enum CorpusLanguage: String, CaseIterable {
    case en, ru, pl
}

/// The word lists of one language, most frequent first.
struct CorpusVocabulary {
    let language: CorpusLanguage
    /// Frequent words first (drawn Zipf-like), then the pseudo-word tail.
    let words: [String]
    /// Capitalised names (people, places, organisations).
    let names: [String]
    /// Opening and closing quotation marks used in this language.
    let quotes: [(String, String)]

    /// Builds the vocabulary of `language` with `tailSize` pseudo-words.
    init(_ language: CorpusLanguage, tailSize: Int = 4000, seed: UInt64) {
        self.language = language
        var random = SeededRandom(seed: seed ^ UInt64(language.rawValue.hashValueStable))
        let head: [String]
        let syllables: [String]
        switch language {
        case .en:
            head = Self.englishHead
            syllables = ["ar", "en", "con", "tion", "re", "ing", "ed", "ter", "al", "ment", "pro", "com", "ly", "er",
                         "de", "st", "in", "ex", "ous", "port", "ver", "man", "ate", "ble", "ist", "ance", "mar", "ket",
                         "ly", "ward", "ness", "form", "ul", "ic", "ab", "tra", "sen", "pol", "gov", "min"]
            names = ["Warsaw", "Minsk", "Vilnius", "Brussels", "Lukashenko", "Tusk", "Duda", "Morawiecki", "Nauseda",
                     "Frontex", "Grodno", "Bialystok", "Kuznica", "Bruzgi", "Reuters", "Merkel", "Macron", "Putin",
                     "Latvia", "Lithuania", "Belarus", "Poland", "Germany", "Iraq", "Syria", "Afghanistan"]
            quotes = [("\"", "\""), ("\u{201C}", "\u{201D}"), ("'", "'")]
        case .ru:
            head = Self.russianHead
            syllables = ["ка", "на", "ро", "ст", "ов", "ени", "ие", "пр", "ко", "го", "ль", "ть", "ра", "то", "ва", "ни",
                         "за", "по", "ре", "ли", "ми", "ск", "ого", "ая", "ый", "ых", "ют", "ся", "де", "ер", "ме", "ло",
                         "об", "из", "ти", "ве", "ны", "жд", "ще", "ус"]
            names = ["Минск", "Варшава", "Вильнюс", "Брюссель", "Лукашенко", "Гродно", "Брузги", "Кузница", "Путин",
                     "Песков", "Макей", "Захарова", "Польша", "Литва", "Латвия", "Белоруссия", "Германия", "Ирак", "Сирия"]
            quotes = [("«", "»"), ("„", "“")]
        case .pl:
            head = Self.polishHead
            syllables = ["prz", "ie", "ow", "ni", "sz", "cz", "ko", "ra", "wa", "ła", "ją", "ię", "ość", "ych", "em",
                         "na", "po", "za", "do", "st", "rz", "ta", "li", "ki", "ne", "go", "mi", "ży", "dz", "ób",
                         "ań", "eń", "wy", "ro", "la", "to", "ce", "by", "ść", "ąc"]
            names = ["Warszawa", "Mińsk", "Wilno", "Bruksela", "Łukaszenka", "Tusk", "Duda", "Morawiecki", "Kamiński",
                     "Błaszczak", "Kuźnica", "Białystok", "Podlasie", "Frontex", "Litwa", "Łotwa", "Białoruś", "Niemcy"]
            quotes = [("„", "”"), ("«", "»")]
        }
        var words = head
        var seen = Set(head)
        while words.count < head.count + tailSize {
            let n = 2 + random.below(3)
            var w = ""
            for _ in 0..<n { w += syllables[random.below(syllables.count)] }
            if seen.insert(w).inserted { words.append(w) }
        }
        self.words = words
    }

    static let englishHead: [String] = """
        the of and to in a is that for on was with as by at said it from be has have are were this not but \
        an which their its they after more also will been new who had or he one two would about people over \
        government minister police border year years last week state first than into other up there could \
        when all out some were european union president country countries officials according report told \
        city market prices economy growth bank rate inflation weather rain court trial judge match season \
        team coach league goal players company shares energy gas power water health hospital school students \
        military troops security forces crisis migrants asylum refugees camp forest fence guards authorities \
        minsk warsaw national public local region regional since while during before between under against \
        where because however such many most only time day days month months percent million billion data
        """.split(separator: " ").map(String.init)

    static let russianHead: [String] = """
        в и на не что с по о к из за как это от для у же о его но а до все она так он они при также был \
        было были будет году года лет сообщил заявил министр правительство президент страны страна граница \
        границы пограничники власти полиция мигранты беженцы лагерь лес забор кризис безопасность войска \
        европейский союз евросоюз польша литва латвия белоруссия минск варшава цены рынок экономика рост \
        банк ставка инфляция погода дождь суд судья матч сезон команда тренер игроки компания акции энергия \
        газ вода здоровье больница школа студенты время день дней месяц процентов миллионов данные после \
        перед между против однако только который которые этого этом более около время области региона
        """.split(separator: " ").map(String.init)

    static let polishHead: [String] = """
        w i na nie że z się do to jest o jak po za od przez dla a ale co tak już jego ich oraz także był \
        była było będzie roku lat powiedział minister rząd prezydent kraju kraj granica granicy straż \
        policja migranci uchodźcy obóz las płot kryzys bezpieczeństwo wojsko unia europejska polska litwa \
        łotwa białoruś mińsk warszawa ceny rynek gospodarka wzrost bank stopa inflacja pogoda deszcz sąd \
        sędzia mecz sezon drużyna trener zawodnicy firma akcje energia gaz woda zdrowie szpital szkoła \
        studenci czas dzień dni miesiąc procent milionów dane przed między przeciwko jednak tylko który \
        które tego tym więcej około województwa regionu władze funkcjonariusze
        """.split(separator: " ").map(String.init)
}

extension String {
    /// A hash that is the same in every process (unlike `hashValue`): FNV-1a over the UTF-8.
    var hashValueStable: UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h
    }
}
