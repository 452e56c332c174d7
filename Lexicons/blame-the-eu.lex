# blame-the-eu.lex — narrative lexicon for narrascan.
#
# The narrative: the EU, Poland, Lithuania, Latvia, NATO, the US or "the West" are responsible
# for the Belarus–EU border crisis or for the migrants' suffering. Typical framings: Western wars
# in Iraq, Afghanistan, Syria and Libya "produced" the refugees; Western sanctions ended
# Belarus's border and readmission cooperation; the EU shows hypocrisy and double standards on
# human rights and "European values"; Brussels refuses dialogue with Minsk; Polish, Lithuanian
# and Latvian guards are brutal and inhumane; "Europe created this crisis". It is the line of
# Belarusian and Russian state media, but some of its vocabulary (double standards, brutal
# pushbacks by EU guards) also appears in human-rights criticism of EU states. The label is a
# framing, not a verdict.
#
# How the file is organised: one `@lang` section per language (en, ru, pl, lt, de, be, ar).
# Inside each section, entries run from strong signals (3–3.5: a phrase that carries the framing
# on its own) through characteristic phrases (1.5–2.5) to topical vocabulary that only leans to
# the framing (0.5–1). Each section ends with counter-evidence (negative weights): fact-check
# and debunking vocabulary, and phrases of the opposite framing (Belarus's "hybrid attack",
# "the Lukashenka regime"), which state media quoting this narrative never use. Where a
# mocking phrase ("so-called hybrid attack") contains a counter-evidence phrase, the longer
# positive entry subsumes the shorter negative one. Examples (@must-match / @must-not-match)
# are at the end of the file.

@narrative   blame-the-eu
@title       Blame the EU
@description The EU, Poland, the Baltic states, NATO, the US or "the West" are blamed for the border crisis or for the migrants' suffering.
@threshold   0.5

# ---------------------------------------------------------------------------------------------
@lang en
# -- Western wars "produce" the refugees
3.5   machine producing refugees
3.5   machine for producing refugees
3     western wars
3     west s wars                      # "the West's wars"
2.5   nato wars
2.5   american wars
2.5   us led wars
2.5   wars unleashed by
2.5   western intervention*
2     nato intervention*
2.5   nato bomb*                       # nato bombs / bombing / bombed
3     bombed their countr*
3     destroyed their countr*
2.5   countr* destroyed by
2.5   destroyed libya
1.5   invasion of iraq
1     war* in iraq
1     war* in libya
1.5   wars in the middle east
2     military adventures
2.5   consequence* of western
2.5   destabili* the middle east
# -- who is to blame
3     west is to blame
3     eu is to blame
3     europe is to blame
2.5   poland is to blame
3     west s fault
2.5   fault of the west
2.5   lies with the west
2.5   west is responsible for
2.5   responsibility of the west
2     responsibility of the eu
3     created by the west
3     caused by the west
3     caused by western
3     caused by nato
3     west created this
3     europe created this
1     blame* the west
# -- hypocrisy, double standards, "European values"
1.5   hypocri*                         # hypocrisy, hypocritical, hypocrites
3     western hypocrisy
3     eu hypocrisy
3     european hypocrisy
3     hypocrisy of the west
3     hypocrisy of the eu
2.5   double standard*
1.5   european values
3     so called european values
2     civilised europe
2     civilized europe
2     fortress europe
1.5   collective west
1.5   anti belarusian
1.5   russophob*                       # also German "Russophobie"
# -- sanctions ended cooperation; refusal of dialogue
2.5   illegal sanctions
2.5   illegitimate sanctions
2     unilateral sanctions
1.5   sanctions pressure
1     western sanctions
1.5   ended cooperation
1     border cooperation
0.75  readmission agreement
1     protected europe
2.5   refus* dialogue                  # refuses / refused / refusing dialogue
2.5   refusal of dialogue
1.5   refus* to negotiate
1     calls for dialogue
1.5   mutually beneficial cooperation
1     germany refus*
1     humanitarian corridor
# -- brutal EU guards; mocking the opposite framing
2.5   brutality of polish
2.5   brutality of the polish
2.5   polish brutality
2     polish siloviki
2.5   european siloviki
2.5   polish border guards beat*
2     beaten by polish
2     beaten by lithuanian
1     defenceless
1     defenseless
1     inhuman* treatment
2     inhuman* polic*                  # inhumane policy / policies
1.5   illegal pushback*
1     violat* international law
2     polish provocation*
1.5   militari* of the border          # militarisation / militarization
2.5   so called hybrid attack*
2.5   so called hybrid war*
# -- counter-evidence: fact-checks, debunks, the opposite framing
-2    fact check*
-2    false claim*
-1.5  mislead*                         # misleading, misleads
-1.5  disinformation
-2    debunk*
-1    hybrid attack*
-1    weaponi*
-0.75 lukashenk* regime

# ---------------------------------------------------------------------------------------------
@lang ru
# -- Western wars
3.5   машин* по производству беженц*
3     западн* войн*
3     войн* запада
2.5   войн* сша
2.5   агресси* нато
2.5   бомбардировк* нато
2.5   натовск* бомб*
3     разрушил* их стран*
2     разбомбил*
2.5   разрушил* ливи*
1.5   вторжени* в ирак
1     войн* в ираке
2.5   западн* интервенци*
2     военн* авантюр*
3     последстви* политик* запада
2.5   последстви* западн*
1.5   западн* политик*
# -- who is to blame
3     виноват* запад
3     запад виноват*
2.5   вин* запада                      # вина / вину / по вине Запада
2.5   вин* евросоюз*
1.5   вин* польш*
3     совест* запада                   # "на совести Запада"
2.5   ответственност* запада
2     ответственност* ес
2     ответственност* евросоюз*
2.5   запад созда*
2.5   спровоцирован* запад*
2     коллективн* запад*
# -- hypocrisy, double standards, values
2.5   двойн* стандарт*
1.5   лицемери*
3     лицемери* запада
3     лицемери* ес
3     западн* лицемери*
3     европейск* лицемери*
1.5   европейск* ценност*
3     так называем* европейск* ценност*
3     хвален* европейск*
2     цивилизованн* европ*
2     просвещенн* европ*
2.5   поборник* прав человека
1.5   русофоби*
1.5   милитаризаци* границ*
# -- sanctions, cooperation, dialogue
2.5   незаконн* санкци*
2.5   нелегитимн* санкци*
2     односторонн* санкци*
2     санкционн* давлени*
2.5   санкционн* войн*
2.5   антибелорусск* санкци*
1.5   антибелорусск*
1.5   недружественн* стран*
1.5   свернул* сотрудничеств*
1.5   заморозил* сотрудничеств*
1     соглашени* о реадмисси*
1.5   взаимовыгодн* сотрудничеств*
2.5   отказ* от диалога                # отказ / отказываются / отказались от диалога
1     готов* к диалогу
2.5   отказ* принима* беженц*
2     не пуска* беженц*
1     гуманитарн* коридор*
# -- brutal EU guards; mocking the opposite framing
2     польск* силовик*
2.5   европейск* силовик*
2     литовск* силовик*
2.5   жестокост* польск*
1.5   зверств*
2.5   польск* пограничник* избива*
1.5   бесчеловечн*
2.5   беззащитн* люд*
1.5   беззащитн*
1     выдавлива*                       # "выдавливают мигрантов в Беларусь"
2.5   так называем* гибридн*
2     голословн* обвинени*
# -- counter-evidence
-0.75 режим* лукашенк*
-1.5  госпропаганд*
-1.5  вводящ* в заблуждени*
-2    ложн* утверждени*

# ---------------------------------------------------------------------------------------------
@lang pl
# -- Western wars
3     wojn* zachodu
3     zachodni* wojn*
2.5   wojn* nato
2.5   agresj* nato
2.5   interwencj* zachodu
2.5   zachodni* interwencj*
3     zniszczyli ich kraj*
1.5   inwazj* na irak
1     wojn* w iraku
3     skutk* polityk* zachodu
2.5   skutk* zachodni*
# -- who is to blame
2.5   win* zachodu                     # wina / winą / z winy Zachodu
2     win* ue
2     win* unii
3     zachód jest winn*
2.5   odpowiedzialnoś* zachodu
2     odpowiedzialnoś* ue
2.5   zachód stworzył*
2.5   wywołan* przez zachód
2.5   spowodowan* przez zachód
# -- hypocrisy, double standards, values
2.5   podwójn* standard*
1.5   hipokryzj*
3     hipokryzj* zachodu
3     hipokryzj* ue
3     hipokryzj* unii
3     zachodni* hipokryzj*
1.5   europejsk* wartości*
1.5   wartości* europejsk*
3     tak zwan* europejsk* wartości*
2     twierdz* europa                  # "twierdza Europa"
1.5   rusofobi*
# -- sanctions, dialogue
2.5   nielegaln* sankcj*
2     jednostronn* sankcj*
2.5   wojn* sankcyjn*
1.5   zerwa* współprac*
2.5   odmow* dialogu
2.5   odmawia* dialogu
1     gotow* do dialogu
# -- brutal EU guards; mocking the opposite framing
2.5   brutalnoś* straży
2.5   brutalnoś* polsk*
2     brutaln* polsc*                  # "brutalni polscy pogranicznicy"
2     przemoc* polsk* służb*
1.5   nieludzk* traktowan*
2     nieludzk* polityk*
1.5   nielegaln* push*                 # nielegalne push-backi / pushbacki
2     polsk* prowokacj*
2.5   tak zwan* atak* hybrydow*
# -- counter-evidence
-1.5  dezinformacj*
-1.5  nieprawd*
-2    fałszyw* twierdzeni*
-0.75 atak* hybrydow*

# ---------------------------------------------------------------------------------------------
@lang lt
2.5   dvigub* standart*
1.5   veidmainyst*
3     vakarų veidmainyst*
3     es veidmainyst*
1.5   europos vertyb*
3     vadinam* europos vertyb*
3     vakarų karai                     # not kar*: "Vakarų karinis aljansas" = NATO
3     vakarų karų
2.5   nato agresij*
2.5   vakarų intervencij*
1.5   invazij* į irak*
1     kar* irake
3     sugriov* jų šal*
3     vakarai kalti                    # not kalt*: "Vakarai kaltina" = the West accuses
3     kalti vakarai
3     vakarų kaltė
2.5   es kaltė
2.5   vakarų atsakomyb*
2.5   atsisak* dialog*
1.5   atsisak* bendradarbiaut*
2.5   neteisėt* sankcij*
2     vienašališk* sankcij*
2.5   sankcijų kar*
1     nežmonišk*
1.5   žiaur* elges*
2.5   pasieniečių žiaurum*
2     lietuvos pasieniečių smurt*
2     lenkijos pasieniečių smurt*
2     tvirtov* europa
1.5   rusofobij*
# -- counter-evidence
-1.5  dezinformacij*
-1.5  melag*                           # melagiena, melagingas
-0.75 hibridin* atak*

# ---------------------------------------------------------------------------------------------
@lang de
2.5   doppelmoral*
2.5   doppelt* standard*
1.5   heuchelei*
3     westlich* heuchelei*
3     heuchelei* des westens
1.5   europäisch* wert*
3     sogenannt* europäisch* wert*
3     westen ist schuld
3     schuld des westens
2.5   schuld der eu
2.5   verantwortung des westens
2.5   eu ist verantwortlich
3     kriege des westens
2.5   westlich* krieg*
2     nato krieg*
1.5   irakkrieg*
1.5   irak krieg*
2.5   westlich* intervention*
2.5   folge* der westlich*
2     illegal* sanktion*
2     einseitig* sanktion*
1.5   sanktionspolitik*
2     dialog verweigert
2     verweiger* den dialog
2.5   brutalität* polnisch*
2.5   brutal* polnisch* grenzschützer*
1.5   unmenschlich* behandlung*
2     festung europa
# -- counter-evidence
-1.5  desinformation*
-2    faktencheck*
-1.5  irreführend*

# ---------------------------------------------------------------------------------------------
@lang be
2.5   падвойн* стандарт*
1.5   крывадушн*
2     калектыўн* захад*
1.5   еўрапейск* каштоўнасц*
3     так зван* еўрапейск*
2.5   він* захаду
3     заходн* войн*
2.5   агрэсі* ната
2     польск* сілавік*
2.5   еўрапейск* сілавік*
2.5   нелегітымн* санкцы*
2.5   незаконн* санкцы*
2.5   адмаўл* ад дыялог*
1.5   бесчалавечн*
2.5   так зван* гібрыдн*
-1    рэжым* лукашэнк*

# ---------------------------------------------------------------------------------------------
@lang ar
3     ازدواجية المعايير
3     المعايير المزدوجة
3     النفاق الغربي
3     نفاق الغرب
3     النفاق الأوروبي
3     الحروب الغربية
3     حروب الغرب
2.5   حروب الناتو
2.5   التدخل الغربي
2.5   قصف الناتو
1.5   غزو العراق
2.5   دمر* بلدان*
3     الغرب مسؤول
2.5   مسؤولية الغرب
2     مسؤولية الاتحاد الأوروبي
1.5   القيم الأوروبية
2.5   ما يسمى بالقيم
2     رفض الحوار
2.5   العقوبات غير الشرعية
2     وحشية حرس الحدود
1.5   معاملة غير إنسانية
1.5   المعاملة اللاإنسانية
-1.5  تضليل
-1.5  مضلل*

# ---------------------------------------------------------------------------------------------
# Examples: scored with this lexicon alone.
@must-match      Over the past decade NATO countries have become a real machine producing refugees, and now Europe pretends to be surprised.
@must-match      The West is to blame for this migrant crisis: its wars in Iraq and Afghanistan destroyed their countries.
@must-match      Brussels refuses dialogue with Minsk, and its illegal sanctions ended all border cooperation.
@must-match      Polish border guards beat defenceless refugees while the EU lectures the world about so-called European values.
@must-match      Евросоюз демонстрирует двойные стандарты и лицемерие: польские силовики избивают беженцев на границе.
@must-match      Кризис — прямое следствие западных войн, а ответственность Запада очевидна.
@must-match      To hipokryzja Zachodu i podwójne standardy: Unia odmawia dialogu z Mińskiem.
@must-match      Vakarų veidmainystė ir dvigubi standartai: ES atsisako dialogo su Minsku.
@must-match      Die Doppelmoral der EU ist offensichtlich, denn die Kriege des Westens haben diese Menschen vertrieben.
@must-match      Падвойныя стандарты Еўрасаюза: польскія сілавікі збіваюць уцекачоў.
@must-match      الغرب مسؤول عن أزمة اللاجئين بسبب حروبه، وهذا دليل على ازدواجية المعايير الأوروبية.
@must-match      Европейские силовики применяют газ против беззащитных людей, а Евросоюз отказывается от диалога.
@must-not-match  Fact check: the Belarusian foreign ministry's claim that NATO wars created the refugee flows is misleading disinformation.
@must-not-match  Poland calls the influx a hybrid attack orchestrated by the Lukashenko regime.
@must-not-match  Lukashenko's regime arrested dozens of opposition activists in Minsk on Tuesday.
@must-not-match  Hundreds of migrants drowned in the Mediterranean after their boat capsized off Libya.
@must-not-match  Migrants spent another freezing night in the forest near the Polish border.
@must-not-match  EU foreign ministers agreed a fifth package of sanctions against Belarus.
@must-not-match  Польские пограничники задержали группу мигрантов у деревни Кузница.
@must-not-match  To nieprawda, że Zachód odpowiada za kryzys: to dezinformacja białoruskiej propagandy.
@must-not-match  Faktencheck: Die Behauptung, der Westen sei schuld an der Krise, ist irreführende Propaganda aus Minsk.
@must-not-match  Pasieniečiai per parą apgręžė 30 neteisėtų migrantų.
@must-not-match  The Belarusian regime uses the weaponisation of migrants as a hybrid attack on the EU.
