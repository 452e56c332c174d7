# hybrid-attack.lex — narrative lexicon for narrascan.
#
# The narrative: the border crisis is a deliberate hybrid attack. Belarus (and Russia behind it)
# instrumentalise or "weaponise" migrants: state-linked travel agencies sell tourist visas and
# "hunting tours", Belavia and charter flights bring people to Minsk hotels, Belarusian guards
# escort them to the border, hand out wire cutters and push them across; it is revenge for EU
# sanctions (Lukashenka threatened to "flood" the EU with "drugs and migrants"), a threat to
# EU/NATO security on the eastern flank (Suwałki gap, Zapad exercises) and an attempt to
# destabilise Poland, Lithuania, Latvia and the EU. It is the framing of EU and NATO
# governments, most Polish and Baltic media and independent Belarusian media. The label is a
# framing, not a verdict.
#
# How the file is organised: one `@lang` section per language (en, ru, pl, lt, de, be, ar).
# Inside each section: the hybrid-war vocabulary itself (3–3.5), weaponisation and
# instrumentalisation, then the mechanics (flights, visas, travel agencies, escorts, wire
# cutters), revenge for sanctions and Lukashenka's threats, security vocabulary (eastern flank,
# destabilisation), and finally topical words that only lean to the framing (0.5–1.5).
# Counter-evidence (negative weights) closes each section: state media mocking the framing
# ("so-called hybrid attack", "mythical hybrid threat"); such a longer phrase subsumes the
# positive "hybrid attack" inside it, so the mockery counts against the narrative. A few
# signature phrases of the opposite, blame-the-EU framing are mild counter-evidence too.
# Examples (@must-match / @must-not-match) are at the end of the file.

@narrative   hybrid-attack
@title       Hybrid attack
@description The crisis is a deliberate hybrid attack: Belarus and Russia instrumentalise migrants against the EU, Poland and the Baltic states.
@threshold   0.5

# ---------------------------------------------------------------------------------------------
@lang en
# -- hybrid warfare
3     hybrid attack*
3     hybrid war*                      # war, warfare
3     hybrid aggression
3     hybrid weapon*
2.5   hybrid operation*
2.5   hybrid action*
2     hybrid threat*
# -- weaponisation, instrumentalisation
2     weaponi*                         # weaponise, weaponised, weaponization ...
3.5   weaponi* migra*
3.5   weaponi* of migra*
3.5   weaponi* refugee*
2     instrumentali*                   # also catches pl/de/lt forms; so does the next pair
3.5   instrumentali* migra*
3.5   instrumentali* of migra*
3.5   migra* as a weapon
3.5   refugee* as a weapon
3     living weapon*
1     as a weapon
3     migra* as a tool
2     tool* of pressure
3     artificial migration
2.5   artificial* created
3     manufactur* crisis
3     manufactur* the crisis
3     engineer* the crisis
1.5   orchestrat*
3     orchestrat* by minsk
3     orchestrat* by belarus*
3     orchestrat* by the kremlin
3     state sponsored migra*
3     state organi* migra*
3     state sponsored human trafficking
3     weapon* of mass migration
2.5   forc* migra* across
2.5   push* migra* across
2.5   belarus sponsored
2.5   organi* by belarus*
2.5   with the help of belarusian
2     belarusian special services
1.5   belarusian services
# -- the travel mechanics
1.5   belavi*                          # Belavia, Belavii
2     cham wings
2     flights to minsk
1.5   flights from baghdad
2     tourist visa*
3     hunting tours
3     tsentrkurort
1.5   travel agenc*
1.5   hotels in minsk
1.5   tour* to belarus
2.5   lur* migra*
3     lured to belarus
2     fly* migra*
2     flew migra*
1.5   gateway* to europe
# -- at the border
2.5   escort* to the border
2.5   escorted by belarusian
1.5   brought to the border
2.5   pushed by belarusian
3     given wire cutters
2     wire cutters
1.5   cut* the fence
1     laser*                           # green lasers blinding guards
# -- threats, revenge for sanctions
3     flood* the eu
3     flood* europe
2.5   flood* poland
3     drugs and migrants
3     migrants and drugs
3     revenge for sanctions
3     revenge for the sanctions
3     retaliat* for sanctions
3     retaliat* for the sanctions
2     response to eu sanctions
2     punish* the eu
2     blackmail*
3     migra* blackmail*
1.5   pressure on the eu
2     lukashenk* threat*
# -- security
2     eastern flank
2.5   nato s eastern flank
2     suwalki gap
2     suwałki gap
2     zapad 2021
2     zapad exercise*
1.5   destabili*                       # also catches pl/de/lt forms
3     destabili* the eu
3     destabili* europe
3     destabili* poland
2     threat to eu security
1     wagner*
2.5   belarusian provocation*
1.5   storm* the border
1     lukashenk* regime
1     lukashenk* s regime
1     regime in minsk
1.5   disinformation campaign*
1.5   information war*
# -- counter-evidence: mocking the framing; the opposite framing
-3    so called hybrid attack*
-3    so called hybrid war*
-3    so called hybrid threat*
-3    mythical hybrid threat*
-1.5  alleged hybrid attack*
-2    hybrid attack narrative
-1.5  western wars
-1.5  machine producing refugees

# ---------------------------------------------------------------------------------------------
@lang ru
3     гибридн* атак*
3     гибридн* войн*
3     гибридн* агресси*
2.5   гибридн* операци*
2.5   гибридн* действи*
2     гибридн* угроз*
2     инструментализаци*
3.5   инструментализаци* миграци*
3.5   инструментализаци* мигрант*
3.5   мигрант* как оружи*
3.5   миграци* как оружи*
3.5   беженц* как оружи*
3.5   миграционн* оружи*
3     жив* оружи*
3     использ* мигрант* как
2.5   оружи* против европ*
2     инструмент* давлени*
3     инструмент* шантаж*
2     шантаж*
3.5   миграционн* шантаж*
2     миграционн* давлени*
3     искусственн* миграционн*
2.5   искусственн* созданн*
3     рукотворн* кризис*
3     операци* шлюз                    # KGB "Operation Śluza"
2.5   организ* белорусск* власт*
3     организ* миграционн* кризис*
2     причастност* белорусск* власт*
# -- revenge, threats
3     мест* за санкци*
3     отместк* за санкци*
1     ответ* на санкци*
2     наказа* евросоюз*
2     наказа* польш*
3     наркотик* и мигрант*
3     мигрант* и наркотик*
3     наводн* европ*
3     наводн* евросоюз*
2.5   не буд* сдержива*
# -- travel and border mechanics
2     туристическ* виз*
1.5   турагентств*
3     охотничь* тур*
3     центркурорт*
2     рейс* в минск
1.5   рейс* из багдад*
1.5   гостиниц* минск*
2.5   довоз* до границы
2.5   подвоз* к границе
2.5   в сопровождени* белорусск*
2     с помощью белорусск*
2     белорусск* спецслужб*
1     кгб
1     белорусск* силовик*
2     кусачк*
# -- security
2     восточн* фланг*
2     сувалкск* коридор*
1.5   дестабилиз*
2.5   дестабилиз* европ*
2.5   дестабилиз* польш*
2.5   дестабилиз* ес
1.5   угроз* национальн* безопасност*
2.5   провокаци* белорусск*
2.5   провокаци* режим*
1.5   штурм* границ*
1.5   агрессивн* мигрант*
1     режим* лукашенк*
1.5   информационн* войн*
# -- counter-evidence
-3    так называем* гибридн* атак*
-3    так называем* гибридн* войн*
-3    так называем* гибридн* угроз*
-3    мифическ* гибридн* угроз*
-2    якобы гибридн* атак*
-1.5  западн* войн*
-1.5  европейск* силовик*

# ---------------------------------------------------------------------------------------------
@lang pl
3     atak* hybrydow*
3     wojn* hybrydow*
3     agresj* hybrydow*
2.5   operacj* hybrydow*
2.5   działa* hybrydow*                # działania / działań hybrydowych
2     zagrożeni* hybrydow*
3     bro* demograficzn*               # broń / bronią demograficzną
3.5   migran* jako bro*
3.5   uchodźc* jako bro*
1.5   jako bro*
2     narzędzi* nacisku
3     narzędzi* szantażu
2     szantaż*
3.5   szantaż* migracyjn*
1.5   presj* migracyjn*
3     sztuczn* presj*
3     sterowan* migracj*
2.5   zorganizowan* przez białorusk*
2.5   zorganizowan* przez łukaszenk*
3     operacj* śluza
# -- mechanics
2     białorusk* służb*
1.5   białorusk* mundurow*
1     białorusc* pogranicznic*
2.5   przy pomocy białorusk*
1     eskortowan*
3     eskortowan* przez białorusk*
2.5   podwo* pod granic*
2.5   przywo* pod granic*
2     lot* do mińska
2     wiz* turystyczn*
1     biur* podróży
1.5   nożyc*
1.5   niszcz* ogrodzeni*
# -- revenge, threats, security
3     odwet* za sankcj*
3     zemst* za sankcj*
1     odpowied* na sankcj*
3     narkotyk* i migran*
3     zala* europ*                     # "zalać Europę migrantami"
2     wschodni* flank*
2.5   wschodni* flank* nato
2     przesmyk* suwalsk*
2.5   destabiliz* polsk*
2.5   destabiliz* ue
1.5   zagrożeni* dla bezpieczeństwa
2.5   białorusk* prowokacj*
2.5   prowokacj* białorusk*
1.5   szturm* na granic*
1.5   agresywn* migran*
1     reżim* łukaszenk*
1     reżim* w mińsku
1     białorusk* reżim*
1.5   wojn* informacyjn*
# -- counter-evidence
-3    tak zwan* atak* hybrydow*
-2    rzekom* atak* hybrydow*

# ---------------------------------------------------------------------------------------------
@lang lt
3     hibridin* atak*
3     hibridin* kar*                   # hibridinis karas / karo
3     hibridin* agresij*
2.5   hibridin* operacij*
2.5   hibridin* veiksm*
3     hibridin* ginkl*
2     hibridin* grėsm*
3.5   migrantų instrumentaliz*
3.5   migrant* kaip ginkl*
3.5   migracij* kaip ginkl*
1.5   kaip ginkl*
2     spaudimo įrank*
2     šantaž*
3     kerš* už sankcij*
1.5   atsak* į sankcij*
3     dirbtin* migracij*
2.5   dirbtin* sukurt*
3     valstybės remiam* migracij*
2.5   režimo organizuot*
1.5   baltarusijos tarnyb*
2.5   lydim* baltarusijos
2     skrydži* į minsk*
2     turistin* viz*
1.5   kelionių agentūr*
3     užtvind* europ*
3     užtvind* es
2     rytin* flang*
2.5   nato rytin* flang*
2     suvalk* koridori*
1.5   grėsm* nacionaliniam saugumui
2.5   baltarusijos provokacij*
1     lukašenk* režim*
1.5   informacin* kar*
-3    vadinam* hibridin* atak*

# ---------------------------------------------------------------------------------------------
@lang de
3     hybrid* angriff*
3     hybrid* krieg*                   # hybrider Krieg, hybride Kriegsführung
3     hybrid* attacke*
2     hybrid* bedrohung*
3.5   instrumentalisierung* von migra*
3.5   instrumentalisierung* von flüchtling*
3     instrumentalisierung* von menschen
3.5   migra* als waffe*
3.5   flüchtling* als waffe*
1.5   als waffe*
1.5   als druckmittel
3     migra* als druckmittel
3     staatlich* schleus*
3     staatlich* organisiert* schleus*
3     gezielt* eingeschleust*
3     rache für die sanktion*
3     vergeltung für die sanktion*
1.5   vergeltung*
3     migranten und drogen
2     lukaschenk* droh*
2     flüge nach minsk
2     touristenvis*
1.5   reisebüro*
3     jagdreise*
2     an die grenze gebracht
2.5   an die grenze eskortiert
2.5   mit hilfe belarus*
1.5   belarus* sicherheitskräfte       # belarussische / belarusische
2     drahtschere*
2     ostflanke*
2     suwalki lücke
2.5   eu zu destabilisieren
3     künstlich* migrationsdruck*
2.5   künstlich* erzeugt*
1.5   erpress*
1     lukaschenk* regime*
-3    sogenannt* hybrid* angriff*

# ---------------------------------------------------------------------------------------------
@lang be
3     гібрыдн* атак*
3     гібрыдн* вайн*
3     гібрыдн* агрэсі*
2     гібрыдн* пагроз*
3.5   мігрант* як збро*
3.5   уцекач* як збро*
3     жыв* збро*
2     інструменталізацы*
3     помст* за санкцы*
1.5   адказ* на санкцы*
2     турыстычн* віз*
2     усходн* фланг*
1.5   дэстабілізацы*
1     рэжым* лукашэнк*
-3    так зван* гібрыдн* атак*

# ---------------------------------------------------------------------------------------------
@lang ar
3     هجوم هجين
3     الهجوم الهجين
3     هجمات هجين*
3     الهجمات الهجين*
3     حرب هجين*
3     الحرب الهجين*
2     التهديدات الهجين*
3.5   المهاجرين كسلاح
3.5   اللاجئين كسلاح
3.5   الهجرة كسلاح
1.5   كسلاح
3     سلاح الهجرة
1.5   ورقة ضغط
1.5   أداة ضغط
2.5   توظيف المهاجرين
3     انتقاما من العقوبات
1.5   ردا على العقوبات
1.5   زعزعة استقرار
2.5   زعزعة استقرار الاتحاد
2     الجناح الشرقي
1     نظام لوكاشينكو
2     رحلات إلى مينسك
2     تأشيرات سياحية
-2.5  ما يسمى بالهجوم

# ---------------------------------------------------------------------------------------------
# Examples: scored with this lexicon alone.
@must-match      Poland says Minsk is waging a hybrid attack, using migrants as a weapon against the EU.
@must-match      Lukashenko threatened to flood the EU with drugs and migrants in revenge for sanctions.
@must-match      Belarusian travel agencies sold tourist visas, and Belavia flew migrants to Minsk by the thousand.
@must-match      NATO allies warned that the instrumentalisation of migration is a threat to the eastern flank.
@must-match      Режим Лукашенко ведёт гибридную войну против ЕС, используя мигрантов как оружие.
@must-match      To atak hybrydowy reżimu Łukaszenki: migranci są przywożeni pod granicę przez białoruskie służby.
@must-match      Lietuva tai vadina hibridine ataka: Lukašenkos režimas naudoja migrantus kaip ginklą.
@must-match      Die EU wirft Lukaschenko einen hybriden Angriff vor und spricht von Migranten als Waffe.
@must-match      Рэжым Лукашэнкі вядзе гібрыдную вайну супраць Еўропы.
@must-match      تتهم بولندا مينسك بشن هجوم هجين واستخدام المهاجرين كسلاح ضد الاتحاد الأوروبي.
@must-match      Migrants were escorted to the border by Belarusian soldiers and given wire cutters.
@must-not-match  Belarusian state TV mocked the so-called hybrid attack as a Polish invention.
@must-not-match  Польша придумала так называемую гибридную атаку, чтобы оправдать насилие над беженцами.
@must-not-match  Two migrants froze to death in the forest after being pushed back across the border.
@must-not-match  The West created this crisis with its wars in Iraq and Libya, the ministry said.
@must-not-match  Lukashenko's regime jailed another journalist in Minsk.
@must-not-match  The EU adopted new sanctions against Belarusian officials over the crackdown on protesters.
@must-not-match  Migrants crossing the Mediterranean from Libya reached Lampedusa overnight.
@must-not-match  Straż Graniczna zatrzymała grupę migrantów w okolicach Hajnówki.
@must-not-match  Lithuanian border guards turned back 40 migrants at the border on Tuesday.
@must-not-match  Polen baut einen Zaun an der Grenze zu Belarus.
@must-not-match  Tak zwany atak hybrydowy to wymysł rządu, mówią białoruskie media państwowe.
