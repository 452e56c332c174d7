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
# The bare "hybrid attack/war" phrases weigh 2, so one such clause in a short wire report
# (score ≤ 0.49) stays under the 0.55 threshold: the label needs the mechanics or the
# instrumentalisation vocabulary as well. (Round 2 lowered them from 2.5 when the threshold
# was re-chosen on held-out validation articles, 0.65 → 0.5.) Balloons, drones and elections are counter-evidence:
# they are called "hybrid" too, but they are not this narrative.
#
# Round 2 (second tuning round): each language section ends with "round 2" blocks of moderate
# (mostly 1–2.5) paraphrases of the framing, added for breadth after the first round generalised
# poorly to other authors. The threshold was chosen on held-out validation articles (middle of
# the best F1 plateau of `eval --sweep`), not on the articles the vocabulary was taken from.
#
# Round 3 (third tuning round): each language section ends with "round 3" blocks of moderate
# weights: mild counter-evidence from the blame framing (cooperation destroyed by sanctions,
# "hybrid hysteria"); "Sapad" lowered to 1.25 because Zapad exercise stories without migrants
# are not this narrative.
# The threshold was re-chosen by `eval --sweep` on two held-out validation sets that no entry was
# taken from (0.5 → 0.55).
#
# Round 5 (fifth tuning round): each language section ends with a "round 5" block. Added: "hybrid
# pressure" (lt/pl/en/ru), German "hybride Operation", "Migrationswaffe", "staatlich gelenkt",
# "Destabilisierung der EU"; men in (Belarusian) uniform and no way back to Minsk. Counter-evidence:
# state media shouting or "talking" about "hybrid war" (ru/de/lt/be), GPS jamming (also called
# hybrid pressure, not this narrative), "destroyed cooperation" (lt). Lowered generic words that
# fired in blame-the-EU texts: Belavia (ru/be/ar 1.5 → 1), Lithuanian "kerš*" and "Minsko režim*"
# (1.5 → 1), "state of emergency" (0.75 → 0.5); removed German "uniformiert*" (Polish officers in
# NGO reports). Threshold re-checked on the union of four held-out validation halves: 0.55 best.

@narrative   hybrid-attack
@title       Hybrid attack
@description The crisis is a deliberate hybrid attack: Belarus and Russia instrumentalise migrants against the EU, Poland and the Baltic states.
@threshold   0.55

# ---------------------------------------------------------------------------------------------
@lang en
# -- hybrid warfare
2     hybrid attack*
2     hybrid war*                      # war, warfare
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
1     belavi*                          # Belavia, Belavii
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
1.5   eastern flank
2     nato s eastern flank
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
# -- the state operation: visas, flights, transport to the border
2.5   eas* visa*                       # eased visa rules
2.5   sold visas
2.5   sell* visas
1.5   visa rules
1.5   tour operators
1.5   travel companies
1.5   travel firms
1.5   state linked
2.5   state owned travel
1.5   flights from istanbul
2     flights from erbil
1.5   extra flights
2     brought them to the border
2     bring them to the border
2     bring these people to the border
2     driven to the border
2.5   bussed to the border
1.5   taken to the border
2     transported them to the
2     not allow* them to go back
2     not allowed to return
2     prevented from returning
2     directed groups
2     weak points in the fence
2.5   coerc* migra*
1.5   coercing
2.5   deliberate operation
2.5   deliberately created
1.5   created the conditions
2.5   stop holding back
2.5   holding back migrants
2     no longer stop
# -- people as tools of pressure
1     as tools
1     as a tool
1     its tools
2.5   as ammunition
2     means of pressure
2     lever* of pressure
1.5   political leverage
2     as a political tool
2     attack on poland
2.5   attack on the eu
2     attack on lithuania
2.5   attack organi*
1     this is an attack
3     manufactur* a migration
3     manufactur* migra*
# -- the regime and its backers
1.5   minsk regime
1     dictator
1.5   belarusian dictator
2     behind minsk
1.5   belarusian security forces
1.5   belarusian uniformed
1     belarusian soldiers
1     belarusian officers
1     belarusian guards
2.5   provocation* from the belarusian
2     state structures
1.5   belarusian propaganda
1.5   belarusian state media
1     belarusian state tv
1.5   information operation*
# -- counter-evidence: mockery; other "hybrid" stories
-2    talk of a hybrid
-2    talk about hybrid
-2    accusations of hybrid
-1.5  fairy tale*
-2    balloon*
-1.5  seventh term
-1.5  turnout
-1.5  polling station*
-1.5  consequences of its own polic*
-1    export* democracy
# -- round 2: flights, visas, hotels
1.5   flights from damascus
1.5   flights from beirut
1.5   flights from dubai
1.5   flights to belarus
1     direct flights
1.5   charter flight*
1.5   iraqi airways
1.5   flydubai
1.5   planeloads
1.5   flown in
2     flown to minsk
1.5   visas issued
1.5   issued visas
1.5   printed the visas
1.5   invitation letters
1.5   package tour*
1.5   hotel in minsk
1.5   minsk hotel*
# -- round 2: taken to the border, tools, lasers
2.5   bused to the border
2     led to the border
2     guided to the border
2     walked families to
1.5   taxis to the border
2     shown where to cross
2     showed them where to cross
1.5   where to cross
2     weak* section* of the fence
1.5   weakest section*
1.5   steer* them
1.5   holes in the fence
1.5   cut holes
2     cut* through the fence
2     handed out tools
2     gave them tools
2     equipped with tools
1     ladders
1.5   strobe light*
1     blinding
1     blinded
1.5   belarusian forces
1     belarusian troops
1.5   armed men in uniform
1     men in uniform
2     pushed across by
2     forced across
2     blocked their return
2     prevented them from returning
# -- round 2: revenge, pressure, weapon
3     lukashenk* s revenge
1     revenge
1.5   retaliat*
2     in retaliation
2     punish warsaw
2     punish vilnius
2     punish poland
2     punish lithuania
0.75  weapon
2     using migra*
2     use* migra*
1.5   using people
1.5   pressure on poland
1.5   pressure on lithuania
1     put pressure on
2     pressure the eu
2     force the eu
2.5   force* the eu to lift
1.5   lift sanctions
1     lift the sanctions
1     sanctions relief
# -- round 2: staged, engineered, state-run
1     staged
2     stage managed
1.5   engineered
1     deliberately
1.5   business model
1     the scheme
1.5   state run
1.5   regime run
0.75  kreml*                           # Kremlin, Kreml, Kremla, Kremliaus
1     moscow and minsk
1     minsk and moscow
1.5   with russia s backing
2     sow chaos
2     create chaos
1.5   cause chaos
1     security threat
1     eastern edge
1     eastern frontier
0.75  eastern border
0.5   state of emergency
# -- round 2: counter-evidence, the blame-the-EU framing
-0.75 double standard*
-0.75 european values
-1    who bombed
# -- round 2: the named operation; mockery of the framing
3     operation sluice
1.5   human shield*
1     grey zone
1     gray zone
-1.5  supposed hybrid
-2    myth of a hybrid
-2    hybrid myth
# -- round 2: more mild counter-evidence from the blame-the-EU framing (Minsk's talking points)
-1    at its own expense
-1    no moral right
-1    sanction after sanction
-1    refus* dialogue
# -- round 3: counter-evidence from the blame framing (cooperation ended by sanctions, dialogue refused)
-1    convenient buffer
-1.5  hybrid hysteria
# -- round 5 (English): counter-evidence for near-miss stories, fact-checks and mockery; framing vocabulary
2     hybrid pressure
2     men in belarusian uniform*
1     return to minsk
-1.5  gps
-1    jamming

# ---------------------------------------------------------------------------------------------
@lang ru
2     гибридн* атак*
2     гибридн* войн*
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
1.5   восточн* фланг*
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
# -- the state operation
2.5   своз* к границ*
2     привоз* к границ*
2     привез* к границ*
2     доставля* к границ*
2     не да* вернуться
2     не пуска* обратно
2     не позволя* вернуться
2     повреждени* ограждени*
2     рычаг* давлени*
2     средств* давлени*
2.5   упрощ* визов*
2.5   облегч* визов*
1     визов* режим*
1.5   туристическ* фирм*
1.5   рейс* из стамбул*
1     использ* люд*
1.5   использу* мигрант*
1.5   рука минска
1.5   руку минска
1.5   руки минска
1.5   руке минска
1.5   рука кремля
1.5   руку кремля
1.5   руки кремля
1     целенаправлен*
1     спланирован*
1     организованн* групп*
1.5   государственн* структур*
1.5   дезинформационн* кампани*
1.5   белорусск* пропаганд*
1     государственн* сми
1.5   пригрозил*
1     сдержива* мигрант*
0.75  провокаци*
# -- counter-evidence: mockery; other stories
-3    рассказыва* о гибридн*
-3    рассужда* о гибридн*
-3    твердят о гибридн*
-1.5  сказк*
-1    истерик*
-0.75 якобы
-2    воздушн* шар*
-1    дрон*
-1.5  седьм* срок*
-1.5  явк*
-1.5  инаугураци*
2.5   жив* щит*
1     лазер*
2     организаци* нелегальн*
1.5   нелегальн* перемещени*
-1.5  последстви* собственн* политик*
-1    экспорт* демократи*
2     белорусск* служб*
2     не да* уйти
# -- round 2: flights, visas, hotels
1.5   рейс* из дамаск*
1.5   рейс* из бейрут*
2     рейс* из эрбил*
1.5   рейс* из дуба*
1.5   чартер*
1     белави*
1.5   прилет* в минск
1.5   выдав* виз*
1.5   выдач* виз*
1.5   выдан* виз*
1     турфирм*
1.5   туроператор*
1.5   отел* в минск*
1.5   такси до границы
# -- round 2: taken to the border, tools, lasers
2     вывоз* к границе
2     вывез* к границе
2     отвез* к границе
2     подвез* к границе
1     к забор*
2     реза* забор*
1.5   перереза*
1     лестниц*
1.5   ослепля*
1.5   стробоскоп*
1.5   люд* в форме
1.5   белорусск* военн*
1     вооруженн* люд*
# -- round 2: revenge, pressure, weapon
2.5   месть лукашенко
1.5   отомст*
2     в отместку
2     как оружи*
2     давлени* на ес
2     давлени* на евросоюз*
1.5   давлени* на польш*
1.5   давлени* на литв*
1     давить на
2     заставить ес
2     вынудить ес
1.5   отмен* санкци*
1.5   снят* санкци*
# -- round 2: staged, engineered
2.5   срежиссирован*
2     инсценир*
2     дирижир*
2.5   организова* кризис*
2     при поддержке кремл*
1.5   москв* и минск*
1.5   минск* и москв*
2     посеять хаос
2     сеять хаос
0.75  схем*
0.75  восточн* границ*
1     чрезвычайн* положени*
# -- round 2: counter-evidence, the blame-the-EU framing
-0.75 двойн* стандарт*
-0.75 европейск* ценност*
-1    удобн* оправдани*
# -- round 2: using people; mockery of the framing
2     использовани* мигрант*
1.5   использовани* людей
-2    якобы гибридн* войн*
-2.5  пресловут* гибридн*
# -- round 2: mild counter-evidence, Minsk's talking points
-1    за свой счет
-1    за собственн* счет
-1    отказ* от диалога
-1    бомбил*
-1    санкци* за санкци*
# -- round 3
-1    удобн* буфер*
-1.5  гибридн* истери*
-1    механизм был разрушен
# -- round 5 (Russian): counter-evidence for near-miss stories, fact-checks and mockery; framing vocabulary
-2.5  крик* про гибридн*
-2.5  крик* о гибридн*
-1    бомбят
2     гибридн* давлени*
1     обратно в минск
-2    разговор* о гибридн*

# ---------------------------------------------------------------------------------------------
@lang pl
2     atak* hybrydow*
2     wojn* hybrydow*
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
1.5   białorusk* służb*
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
1.5   wschodni* flank*
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
# -- the state operation
2.5   atak* zorganizowan*
2.5   przez państwo białorusk*
2.5   celowo wytworzy*
2.5   wytworzy* kryzys*
2.5   sztuczn* wywołan*
2.5   sztuczn* kryzys*
2     ściągnę* ludzi
2.5   sprowadza* cudzoziemc*
2.5   sprowadz* migran*
2     kieruj* ich pod
2     kierowa* ich pod
1.5   pod zapor*
2     doprowadzi* grup*
2     nie pozwala* wrócić
1.5   białorusc* żołnierz*
1.5   białorusk* funkcjonariusz*
1.5   oślepia*
1.5   kampani* informacyjn*
2     kampani* dezinformacyjn*
1.5   białorusk* media państwow*
1.5   białorusk* propagand*
1     telewizj* państwow*
2     wykorzystuj* migran*
2     wykorzysta* migran*
1.5   wykorzystuj* ludzi
2     instrument* nacisku
2     środ* nacisku
2     ułatwi* wiz*
2     lot* z bagdadu
1     reżim* mińsk*
0.75  prowokacj*
2     chroni* granic* przed atak*
# -- counter-evidence
-2    balon*
-1    dron*
-1.5  frekwencj*
1.5   mińsk i moskwa
1.5   moskwa i mińsk
1     przeciwko polsce
1     szturmuj*
-1    eksport* demokracj*
# -- round 2: flights, visas, hotels
2     lot* z erbil*
1.5   lot* z damaszku
1.5   lot* z bejrutu
1.5   lot* ze stambułu
1.5   lot* z dubaju
1.5   czarter*
2     hotel* w mińsku
1.5   wyda* wiz*
1.5   wystawia* wiz*
# -- round 2: taken to the border, tools, lasers
2     dowoż*
2     dowozi*
2     dowie* pod
2     zawie* pod granic*
2     zawie* do lasu
2     prowadz* pod płot
1     pod płot
2     udostępnia* narzędzi*
1     drabin*
2     przecina* ogrodzeni*
2     przeci* płot*
2     niszcz* zapor*
1.5   białorusk* żołnierz*
1.5   białorusk* wojsk*
2     żołnierz* łukaszenki
1     ludzie w mundurach
2     blokowa* powrot*
2     nie pozwala* nam wrócić
2     siłą wtargn*
1     wtargn*
# -- round 2: revenge, pressure
3     zemst* łukaszenki
1.5   odwet*
1.5   zemst*
2     ukara* polsk*
2     ukara* litw*
2     ukara* ue
1.5   zniesieni* sankcj*
2     zmusi* do zniesienia
2     nacisk* na ue
1.5   nacisk* na polsk*
2     presj* na ue
1.5   presj* na polsk*
1.5   wywiera* presj*
# -- round 2: staged, foreign services
2.5   wyreżyserowan*
2.5   zainscenizowan*
2     inscenizacj*
2.5   operacj* obcych służb
2     obc* służb*
2     przemyślan* operacj*
2     operacj* służb*
2     przy wsparciu kremla
2     wywoła* chaos
2     siać chaos
0.75  wschodni* granic*
0.75  stan* wyjątkow*
# -- round 2: counter-evidence, the blame-the-EU framing
-0.75 podwójn* standard*
-0.75 europejsk* wartości*
# -- round 2: mockery of the framing
-2    rzekom* wojn* hybrydow*
-2    mityczn* atak*
# -- round 2: mild counter-evidence, Minsk's talking points
-1    na własny koszt
-1    odmawia* dialogu
-1    kozł* ofiarn*
# -- round 3
-1    wygodn* bufor*
-1    za własne pieniądze
-1.5  histeri* hybrydow*
-1    zamiast rozmowy
# -- round 5 (Polish): counter-evidence for near-miss stories, fact-checks and mockery; framing vocabulary
2     presj* hybrydow*
1     z powrotem do mińska
3     bro* migracyjn*

# ---------------------------------------------------------------------------------------------
@lang lt
2     hibridin* atak*
2     hibridin* kar*                   # hibridinis karas / karo
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
1.5   rytin* flang*
2.5   nato rytin* flang*
2     suvalk* koridori*
1.5   grėsm* nacionaliniam saugumui
2.5   baltarusijos provokacij*
1     lukašenk* režim*
1.5   informacin* kar*
# -- the state operation
3     hibridin* puolim*
2.5   atvež* prie sien*
2     atvežam* iki
2     pareigūnų atvest*
1.5   baltarusijos pareigūn*
1.5   baltarusijos kari*
2.5   įranki* tvor*
2.5   tvor* pjau*
2.5   grįžti atgal neleid*
2     neleidžia grįžti
2.5   srautą organizuoj*
1.5   valstybin* struktūr*
1.5   organizuot* grup*
1     minsko režim*
2.5   provokacij* iš baltarusijos
1     provokacij*
2     naudoja žmones
2     naudoja migrant*
1.5   išdav* viz*
1.5   dezinformacij* kampanij*
1.5   baltarusijos propagand*
# -- counter-evidence
-2.5  kaltinim* hibridin*
-2    balion*
-1.5  rinkėjų aktyvum*
# -- round 2: flights, visas, hotels
2     skrydži* iš bagdad*
2     skrydži* iš irak*
1.5   skrydži* iš stambul*
1.5   skrydžių grafik*
1.5   užsakomuos* skrydž*
2     lėktuv* bagdad*
2     išduo* viz*
2     viešbuč* minsk*
1.5   turizmo agentūr*
2     turistin* maršrut*
# -- round 2: taken to the border, tools, lasers
2     nuvež* iki
2.5   nuvež* prie sien*
2     atgaben* prie sien*
1.5   pasitiko minsk*
2     lydė* iki sienos
1.5   palydė*
1.5   uniformuot*
1.5   lazer*
2     perkirp* tvor*
2     vielos kirp*
# -- round 2: revenge, pressure, staged
2.5   lukašenk* kerš*
1     kerš*
2     atsisakyti sankcij*
1.5   panaikinti sankcij*
2     spaud* es
1.5   spaudim* lietuv*
2     spaudimo priemon*
2     naudojami kaip
1.5   išnaudoja migrant*
2     valstybės lygiu
1.5   suplanuot*
2     sukelti chaos*
2     sėti chaos*
1.5   maskv* ir minsk*
1     rytų sien*
1     rytin* sien*
0.75  nepaprast* padėt*
# -- round 2: counter-evidence, the blame-the-EU framing
-0.75 dvigub* standart*
-0.75 europos vertyb*
# -- round 2: the named operation; mockery ("vadinamoji" = so-called)
2.5   operacij* šliuz*
-3    vadinamoj* hibridin*
-3    vadinamąj* hibridin*
-3    vadinamos* hibridin*
# -- round 2: mild counter-evidence, Minsk's talking points
-1    savo lėšomis
-1    atsisak* dialog*
# -- round 3
-1    patog* buferi*
-1.5  hibridin* isterij*
# -- round 5 (Lithuanian): counter-evidence for near-miss stories, fact-checks and mockery; framing vocabulary
-1.5  sugriov* bendradarbiav*
2     hibridin* spaudim*
1     atgal į minsk*
-0.75 europin* vertyb*
-2    kalbos apie hibridin*
-2    kalbų apie hibridin*

# ---------------------------------------------------------------------------------------------
@lang de
2     hybrid* angriff*
2     hybrid* krieg*                   # hybrider Krieg, hybride Kriegsführung
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
1.5   ostflanke*
2     suwalki lücke
2.5   eu zu destabilisieren
3     künstlich* migrationsdruck*
2.5   künstlich* erzeugt*
1.5   erpress*
1     lukaschenk* regime*
-3    sogenannt* hybrid* angriff*
# -- the state operation
2.5   an die grenze getrieben
2     zum zaun geführt
1.5   zum zaun
2     mit bussen
2     visa gegen devisen
2.5   ins land gelockt
1.5   gelockt
2     einfliegen
2     eingeflogen
1.5   chartert*
2     flüge aus bagdad
2.5   staatsreisebüro*
2.5   staatlich* reisebüro*
3     erpressung der eu
3     kalkuliert* erpressung
2.5   erpressen lassen
3     sanktionen rächen
1.5   rächen
1.5   rache
3     menschen als munition
2.5   als munition
2     als werkzeug
1.5   als instrument
1.5   politisch* instrument
2     inszenierung
2     inszeniert*
1.25  sapad                            # round 3: lowered, Zapad exercise stories without migrants
1     suwałki
1     suwalki
2     schwächung der eu
2     unsicherheit erzeugen
1     diktator*
1.5   machthaber
1.5   minsker regime
1     staatsmedien
2     desinformationskampagne*
# -- counter-evidence
-2    ballon*
-1.5  wahlbeteiligung
1.5   visaregel*
2     mit werkzeug ausgestattet
1.5   an den zaun
1.5   belarussisch* beamte
2     gruppen begleit*
2.5   nicht länger aufzuhalten
2.5   nicht mehr aufhalten
1.5   route nach europa
# -- round 2: flights, visas, hotels
2     flüge aus erbil
1.5   flüge aus damaskus
1.5   flüge aus beirut
1.5   flüge aus istanbul
1.5   flüge aus dubai
2     charterflüg*
1     direktflüg*
1.5   visa ausgestellt
1.5   visa erteilt
2     visavergabe
1.5   reiseveranstalter*
1.5   minsker hotel*
# -- round 2: taken to the border, tools, lasers
2     an die grenze gefahren
2     zur grenze gebracht
2     zur grenze gefahren
2     zur grenze geleitet
2     an die grenze geleitet
2     an die grenze transportiert
2     an den zaun geführt
1     scheren
1     werkzeug*
2     löcher in den zaun
1.5   zaun* beschädigt
1.5   geblendet
1.5   belarussisch* soldaten
2     belarussisch* uniformiert*
# -- round 2: revenge, pressure, staged
1     druckmittel
2     druck auf die eu
1.5   druck auf polen
1.5   druck auf litauen
1.5   unter druck zu setzen
1.5   unter druck setzen
1.5   aufhebung der sanktionen
1.5   sanktionen aufzuheben
2.5   lukaschenk* rache
2     gezielt* organisiert*
2     organisiert gezielt
1     gezielt
2.5   staatlich gesteuert*
1     gesteuert*
2     orchestrier*
2     chaos stiften
2     chaos zu stiften
0.75  ausnahmezustand
# -- round 2: counter-evidence, the blame-the-EU framing
-0.75 doppelmoral*
-0.75 europäisch* wert*
# -- round 2: the named operation; mockery of the framing
3     operation schleuse
-3    sogenannt* hybrid* krieg*
-1.5  angeblich* hybrid*
# -- round 2: mild counter-evidence, Minsk's talking points
-1    auf eigene kosten
-1    dialog verweigert
# -- round 3
-1.5  hybrid* hysterie*
-1.5  kein angriff von außen
-1    statt zu reden
# -- round 5 (German): counter-evidence for near-miss stories, fact-checks and mockery; framing vocabulary
1.5   männer in uniform
1     zurück nach minsk
3     migrationswaffe*
2.5   waffe migration
2.5   destabilisierung der eu
2.5   destabilisierung europas
2.5   staatlich gelenkt*
-2    gerede vom hybrid*
-2    gerede von hybrid*
2.5   hybrid* operation*

# ---------------------------------------------------------------------------------------------
@lang be
2     гібрыдн* атак*
2     гібрыдн* вайн*
3     гібрыдн* агрэсі*
2     гібрыдн* пагроз*
3.5   мігрант* як збро*
3.5   уцекач* як збро*
3     жыв* збро*
2     інструменталізацы*
3     помст* за санкцы*
1.5   адказ* на санкцы*
2     турыстычн* віз*
1.5   усходн* фланг*
1.5   дэстабілізацы*
1     рэжым* лукашэнк*
-3    так зван* гібрыдн* атак*
# -- the state operation
2.5   інструм* ціск*
2     сродк* ціск*
0.5   да мяжы
1     прывез*
2     пад наглядам вайскоўц*
1.5   назад не пуска*
1.5   не пускал*
2     нажніц*
2.5   спрасц* віз*
3     цэнтркурорт*
2     рэйс* у мінск
1.5   турыстычн* фірм*
2.5   суправаджа* груп*
1.5   беларуск* сілавік*
2     выкарыст* мігрант*
1.5   выкарыст* людзей
2     як збро*
1     за санкцы*
2.5   не стрымліва*
2     створан* беларуск*
1.5   правакацы*
# -- counter-evidence
-2    паветран* шар*
-1.5  яўк*
# -- round 2: flights, visas, hotels
2     рэйс* з багдад*
2     рэйс* з эрбіл*
1.5   рэйс* са стамбул*
1.5   чартар*
1     белаві*
2     турфірм*
1.5   турагенцтв*
1.5   мінск* гатэл*
1.5   гатэл* у мінску
1.5   таксі да мяжы
# -- round 2: taken to the border, tools, lasers
2     давоз* да мяжы
2     падвоз* да мяжы
1.5   прывоз*
2     удзел* дзяржаўн* орган*
1     дзяржаўн* орган*
2     кіраўніцтв* справамі
2.5   не будзе стрымлів*
1.5   стрымліва* мігрант*
1.5   асляпля*
1     ліхтар*
1     лесвіц*
2     піл* для металу
1.5   узброен* люд*
1.5   людз* у форме
1.5   беларуск* вайскоў*
1.5   кантралю* сітуацы*
# -- round 2: revenge, pressure
2.5   помст* лукашэнк*
1.5   адпомсц*
2     ціск* на еўрасаюз*
1.5   ціск* на польшч*
1.5   ціск* на літв*
2     пасеяць хаос
# -- round 2: counter-evidence, the blame-the-EU framing
-0.75 падвойн* стандарт*
-0.75 еўрапейск* каштоўнасц*
# -- round 2: mild counter-evidence, Minsk's talking points
-1    за свой кошт
-1    адмаўл* ад дыялог*
# -- round 3
-1.5  гібрыдн* істэры*
# -- round 5 (Belarusian): counter-evidence for near-miss stories, fact-checks and mockery; framing vocabulary
-2    размовы пра гібрыдн*
2.5   гібрыдн* аперацы*

# ---------------------------------------------------------------------------------------------
@lang ar
2     هجوم هجين
2     الهجوم الهجين
3     هجمات هجين*
3     الهجمات الهجين*
2     حرب هجين*
2     الحرب الهجين*
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
1.5   الجناح الشرقي
1     نظام لوكاشينكو
2     رحلات إلى مينسك
2     تأشيرات سياحية
-2.5  ما يسمى بالهجوم
# -- the state operation
2.5   وسيلة للضغط
2.5   وسيلة ضغط
2.5   أداة للضغط
2     أوراق ضغط
2.5   استخدام المهاجرين
2     استخدام السلطات البيلاروسية
3     المخدرات والمهاجرين
1.5   منح التأشيرات
2     تسهيل التأشيرات
1     الرحلات الجوية
2     رحلات سياحية
2     وكالات سفر
2     وكالات السفر
2     دفعهم إلى عبور
2.5   منعهم من العودة
2.5   يمنعونهم من العودة
1.5   القوات البيلاروسية
1.5   الجنود البيلاروسيين
1.5   حملة إعلامية
2     حملة تضليل
2     الدعاية البيلاروسية
1     تقف خلف
# -- counter-evidence
-2    بالونات
-1.5  نسبة المشاركة
# -- round 2: flights, visas, hotels
2     رحلات من بغداد
2     رحلات من أربيل
1.5   رحلات من دمشق
1.5   رحلات من بيروت
1.5   رحلات من إسطنبول
1.5   رحلات من دبي
1     رحلات مباشرة
1     رحلات جوية
2     طيران بيلافيا
1     بيلافيا
1.5   شركات السياحة
1.5   مكاتب السفر
1.5   مكاتب سياحية
1.5   فنادق مينسك
1.5   فنادق في مينسك
2     تأشيرة سياحية
1.5   منح تأشيرات
1.5   إصدار التأشيرات
# -- round 2: taken to the border, tools, lasers
2     نقلهم إلى الحدود
2     نقلوا إلى الحدود
1.5   تحت حراسة
2     برفقة القوات
1.5   اقتيادهم
2     قطع السياج
2     قص السياج
2     أدوات لقطع
1.5   الليزر
# -- round 2: revenge, pressure, staged
3     انتقام لوكاشينكو
1.5   انتقام
1.5   انتقاما
2     الضغط على الاتحاد الأوروبي
1.5   للضغط على
1.5   الضغط على بولندا
1.5   رفع العقوبات
2     ابتزاز
2     الابتزاز
2     مدبرة
3     أزمة مفتعلة
2     مفتعلة
2     مصطنعة
1     مخطط
2     بتدبير
1.5   بتنظيم من
1     الكرملين
1.5   موسكو ومينسك
1.5   مينسك وموسكو
0.75  حالة الطوارئ
# -- round 2: counter-evidence, the blame-the-EU framing
-0.75 المعايير المزدوجة
-0.75 القيم الأوروبية
# -- round 2: weaponising migration; mockery of the framing
3     تسليح الهجرة
3     تسليح المهاجرين
2     استخدام الهجرة
2.5   ورقة الهجرة
2     ورقة المهاجرين
1.5   استغلال المهاجرين
-2.5  ما يسمى بالحرب الهجينة
-2    الهجين المزعوم
# -- round 2: mild counter-evidence, Minsk's talking points
-1    رفض الحوار
-1    على نفقتها
# -- round 3 (moved here from the file header in round 5, where it had no @lang)
-1    أنهت التعاون

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
@must-match      Migrants were bussed to the border by Belarusian soldiers, who would not let them return to Minsk; Warsaw calls it a hybrid attack.
@must-not-match  Lithuania called the smuggling balloons drifting in from Belarus a hybrid attack and closed Vilnius airport again.
@must-not-match  Border guards recorded 214 attempts to cross on Sunday; the government has described the situation as a hybrid attack.
# Round 2 examples: the mechanics in other words
@must-match      Minsk hotels filled up with Iraqis who came on charter flights from Erbil; Belarusian forces led them to the border and handed out tools to cut through the fence.
@must-match      Białoruskie służby dowożą ludzi pod zaporę i udostępniają im narzędzia, to zemsta Łukaszenki za sankcje.
@must-not-match  NATO opened a new brigade headquarters on its eastern flank in Lithuania on Monday.
# Round 5 examples
@must-match      Riga spricht von einer gezielten hybriden Operation: Männer in Uniform brachten die Gruppen an den Zaun, zurück nach Minsk ließ man sie nicht.
@must-not-match Будут новые провокации, новые крики про «гибридную войну» и старые схемы — спектакль для Вашингтона.
@must-not-match Latvia reported GPS jamming over the Baltic Sea, another sign of hybrid pressure on NATO's eastern flank.
