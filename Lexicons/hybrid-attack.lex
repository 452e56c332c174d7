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
# How the file is organised: one `@lang` section per language (en, ru, pl, lt, de, be, ar; since
# round 6 also uk, es, it, fr, lv at the end).
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
#
# Round 6 (real coverage): grown from real published articles, not our own samples. Each language
# section ends with a "real coverage (dev split)" block, and Ukrainian, Spanish, Italian, French and
# Latvian (and Łacinka forms of Belarusian) have new sections at the end of the file. Sources: the
# dev split of Samples/real/manifest.tsv (about 500 real excerpts in twelve languages; the
# validation split was never read by whoever chose entries), `narrascan lexicon suggest` on it, and
# the stock vocabulary each language's outlets use. Entries that fired on real or sample negatives
# were lowered or removed; counter-evidence was added for the near misses real coverage has
# (Mediterranean and Channel boats, Ukrainian refugees, political prisoners, contraband balloons,
# Russia's war on Ukraine). Two rounds: the second from a larger, more varied collection, with
# one-article wording generalised or removed; a third for precision (generic entries lowered so that
# they count only beside other evidence). The threshold (0.55 → 0.35) maximises the mean of two
# macro-F1s at each candidate: on a held-out part of real dev that no entry was chosen from, and
# on Samples/dev (`eval --sweep` on both; README "How good is it").
#
# Rounds 7 and 9 (real coverage, December 2026): blocks at the end of the file, one per group of
# languages, headed `# round 7 (…)`, `# round 7b (…)` and `# round 9 (…)`. Round 7 added the general
# vocabulary of dev articles; 7b and 9 are a linguist's vocabulary (round 9: the short actor x
# charge collocations the press of each language uses, and Belarusian in both scripts), each entry
# kept only if, alone, it matches no real dev article and no Samples/dev text outside this narrative.
#
# Round 10 (December 2026): vocabulary from fresh real text. Sixteen collectors each gathered
# 29-62 new real pages in their languages (684 kept, all in dev), labelled them (a second
# labeller, blind, and adjudication settled the labels), and then wrote the vocabulary those pages
# and the old dev pages show, in blocks headed `# round 10 (…)` to `# round 10d (…)`.
# The same guard as round 9 (alone, no match on any dev page or Samples/dev text outside this
# narrative), and at the merge: no entry lighter than an entry inside it (`lexicon check` warns),
# none fitted to rescue a single missed dev article, none supported only by pages whose story sits
# on validation.
#
# Round 11 (December 2026): the same once more, where the store had coverage left. Six collectors
# gathered 19-56 new real pages each (251 kept, all in dev; outlets, years and episodes the earlier
# rounds had not reached), labelled twice blind and adjudicated, and wrote blocks headed
# `# round 11 (…)` under the same guard and merge rules as round 10; a second team of six did the
# same with those pages known (278 kept), in blocks headed `# round 11b (…)`.
# The threshold (0.35 → 0.30) was chosen by `eval --sweep` on real text no entry was chosen from:
# round 11's and 11b's pages scored by the lexicons before them, and the held-back dev articles.
#
# Round 12 (December 2026): no new framing; the entries of the inflected languages (pl, ru, uk,
# be, lt, lv, ar) were made to match the other forms of their words, by the rules of each language:
# one inflected form became a specific stem (`oskarż* warszaw*`, `виноват* поляк*`, `الغربي*`),
# forms a stem cannot reach became lines of the same weight (aspect pairs, Polish -li plurals,
# Belarusian tarashkevitsa spellings `сьмерць`/`Эўразьвяз`, Arabic و/ب/ل before the article, other
# names of the EU, Belarus and NATO). Weights changed only where `lexicon check` asked. A change
# that added a false positive on dev and gained nothing was undone. German, English, French,
# Spanish and Italian were done the same way and left out: they added a third more automaton
# transitions (compile over 50 ms) for +0.002 macro-F1 on dev and nothing on the held-back articles.

@narrative   hybrid-attack
@title       Hybrid attack
@description The crisis is a deliberate hybrid attack: Belarus and Russia instrumentalise migrants against the EU, Poland and the Baltic states.
@threshold   0.30

# ---------------------------------------------------------------------------------------------
@lang en
# -- hybrid warfare
1.05  hybrid attack*                 # alone below the 0.30 threshold: a bare mention in a short wire count is not the framing
2     hybrid war*                      # war, warfare
3     hybrid aggression
3     hybrid weapon*
2.5   hybrid operation*
2.5   hybrid action*
2     hybrid threat*
# -- weaponisation, instrumentalisation
1.5   weaponi*                         # weaponise, weaponised, weaponization ...
3.5   weaponi* migra*
3.5   weaponi* of migra*
3.5   weaponi* refugee*
1.5   instrumentali*                   # also catches pl/de/lt forms; so does the next pair
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
1.5     orchestrat*
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
0.5   belavi*                          # Belavia, Belavii
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
0.5   eastern flank
1     nato s eastern flank
2     suwalki gap
2     suwałki gap
2     zapad 2021
2     zapad exercise*
0.75  destabili*                       # also catches pl/de/lt forms
3     destabili* the eu
3     destabili* europe
3     destabili* poland
2     threat to eu security
1     wagner*
2.5   belarusian provocation*
1.5   storm* the border
0.5   lukashenk* regime
0.5   lukashenk* s regime
0.5   regime in minsk
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
0.75  created the conditions
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
0.5   dictator
1.5   belarusian dictator
2     behind minsk
1.5   belarusian security forces
1.5   belarusian uniformed
0.5   belarusian soldiers
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
1     iraqi airways
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
0.5   men in uniform
2     pushed across by
2     forced across
2     blocked their return
2     prevented them from returning
# -- round 2: revenge, pressure, weapon
3     lukashenk* s revenge
0.5   revenge
1.5   retaliat*
2     in retaliation
2     punish warsaw
2     punish vilnius
2     punish poland
2     punish lithuania
0.75  weapon
2     using migrants
2     use* migra*
1.5   using people
1.5   pressure on poland
1.5   pressure on lithuania
1     put pressure on
2     pressure the eu
2     force the eu
2.5   force* the eu to lift
1.5   lift sanctions
0.5   lift the sanctions
1     sanctions relief
# -- round 2: staged, engineered, state-run
1     staged
2     stage managed
1.5   engineered
0.5   deliberately
1.5   business model
1     the scheme
1.5   state run
1.5   regime run
0.75  kreml*                           # Kremlin, Kreml, Kremla, Kremliaus
0.5   moscow and minsk
0.5   minsk and moscow
1.5   with russia s backing
2     sow chaos
2     create chaos
1.5   cause chaos
1     security threat
1     eastern edge
0.5   eastern frontier
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
0.5   return to minsk
-1.5  gps
-1    jamming
# real coverage (dev split)
# -- engineered, organised, state-sponsored migration
2     engineering a
2     state sponsored
2     organi* migration
2     involvement of the belarusian
2     aided by belarusian
2     helped by belarusian
2     with the assistance of belarusian
2     escorted by armed
2     escorted by russian
2     involvement of belarus*
2     manipulation of human
2     using the lives
2     deliberately deliver*
1.5   engineering
1.5   in an organi* way
1.5   perfidious
1.5   without the involvement
1.5   invit* thousands
1.5   false promise*
1.5   encourag* migra*
1.5   sending migrants
1.5   creating a crisis
1.5   no accident
1     purposely
1     belarus* regime
# -- hybrid vocabulary
2.5   man made crisis
2     hybrid tactic*
2     hybrid campaign*
2     hybrid scenario*
2     hybrid influence
2     funnel* migra*
2     ferried to the border
1.5   luring
1     form of hybrid
# -- revenge for sanctions, migration pressure
3     in retaliation for sanctions
3     in retaliation for the sanctions
3     in retaliation for eu sanctions
3     retaliat* for eu sanctions
2     aveng*
2     migration pressure on
1.5   mounting migration pressure
1     migratory pressure
# -- Belarusian officers driving migrants to the line
1.5   metal shields

# real coverage (dev split), round 2: general vocabulary of the framing
# -- attribution, as neutral reporting relays it: who is accused of what, who denies it
1.5   accus* belarus of
1.5   accus* minsk of
1.5   accus* lukashenk* of
1.5   accus* the belarusian
1.5   accused of using
1     accus* russia of
1     accus* moscow of
1     minsk denies
1     belarus denies
1     lukashenk* denies
1     deni* the accusation*
1     deni* these accusation*
1     deni* the charge*
1     blam* belarus for
1     blam* minsk for
1     blam* lukashenk* for
# -- deliberate, encouraged, facilitated, provoked
1.5   deliberately encourag*
1.5   deliberately stok*
1.5   deliberately push*
1.5   deliberately send*
1.5   deliberately help*
1.5   stok* the crisis
1.5   stok* the migra*
1.5   facilitat* by belarus*
1.5   facilitat* by the belarusian
1.5   facilitat* by minsk
1.5   provok* an influx
1.5   provok* a migra*
1.5   provok* the migra*
1.5   encourag* the migra*
1.5   funnel*
1.5   push* them toward*
1.5   push* migra* toward*
1.5   sent migrants
1.5   send migrants
1.5   sends migrants
1.5   escort* them to
1.5   floodgates
2     lur* the migra*
2     political weapon
1     encourag* people
1     encourag* them to
# -- flights and visas
1.5   lay* on flights
1.5   provid* them with visas
1     flying in
0.75  visa free
1     as a gateway
# -- revenge for sanctions
3     revenge for eu sanctions
2     in revenge for
2     revenge against the eu
0.75  over sanctions
# -- lean word: several with the above lift a text, one alone does not
0.75  hybrid
# -- counter-evidence: Minsk's and Moscow's voices, Ukrainian refugees
-1    western propaganda
-1    western journalists
-1    ukrainian refugees
-1    refugees from ukraine

# real coverage (dev split), round 3: counter-evidence from near-miss samples (mockery, Minsk/Moscow voice)
-2    not a hybrid
-1    western media
-1    economic war
-1    own wars
-1    ryanair
-1    in absentia
-1    political prisoner*

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
1.25  инструмент* давлени*
3     инструмент* шантаж*
1     шантаж*
3.5   миграционн* шантаж*
1     миграционн* давлени*
3     искусственн* миграционн*
2.5   искусственн* созданн*
3     рукотворн* кризис*
3     операци* шлюз*                    # KGB "Operation Śluza"
2.5   организ* белорусск* власт*
2     организ* миграционн* кризис*
2     причастност* белорусск* власт*
# -- revenge, threats
3     мест* за санкци*
3     отместк* за санкци*
1     ответ* на санкци*
2     наказа* евросоюз*
2  наказа* ес
2     наказа* польш*
3     наркотик* и мигрант*
3     мигрант* и наркотик*
3     наводн* европ*
3     наводн* евросоюз*
3  наводн* ес
1.5   не буд* сдержива*
# -- travel and border mechanics
2     туристическ* виз*
1.5   турагентств*
3     охотничь* тур*
3     центркурорт*
2     рейс* в минск*
1.5   рейс* из багдад*
1.5   гостиниц* минск*
2.5   довоз* до границ*
2.5   подвоз* к границ*
2.5   в сопровождени* белорусск*
2     с помощ* белорусск*
2  с помощ* беларусск*
2     белорусск* спецслужб*
0.5   кгб
1     белорусск* силовик*
2     кусачк*
# -- security
0.5   восточн* фланг*
2     сувалкск* коридор*
1.5   дестабилиз*
2.5   дестабилиз* европ*
2.5   дестабилиз* польш*
2.5   дестабилиз* ес
2.5  дестабилиз* евросоюз*
1.5   угроз* национальн* безопасност*
2.5   провокаци* белорусск*
2.5  провокаци* беларусск*
2.5   провокаци* режим*
1.5   штурм* границ*
1.5   агрессивн* мигрант*
0.5   режим* лукашенк*
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
1.5   рука минск*
1.5   руку минск*
1.5   руки минск*
1.5   руке минск*
1.5   рука кремл*
1.5   руку кремл*
1.5   руки кремл*
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
0.75  белави*
1     прилет* в минск*
1.5   выдав* виз*
1.5   выдач* виз*
1.5   выдан* виз*
0.75  турфирм*
1.5   туроператор*
1.5   отел* в минск*
1.5   такси до границ*
# -- round 2: taken to the border, tools, lasers
2     вывоз* к границ*
2     вывез* к границ*
2     отвез* к границ*
2     подвез* к границ*
0.25  к забор*
2     реза* забор*
1.5   перереза*
1     лестниц*
1.5   ослепля*
1.5   стробоскоп*
1.5   люд* в форме
1.5   белорусск* военн*
1.5  беларусск* военн*
1     вооруженн* люд*
# -- round 2: revenge, pressure, weapon
2.5   месть лукашенко
2.5  мести лукашенко
1.5   отомст*
2     в отместку
2     как оружи*
2     давлени* на ес
2     давлени* на евросоюз*
1.5   давлени* на польш*
1.5   давлени* на литв*
1     дави* на
2     застави* ес
2  застави* евросоюз*
2  заставля* ес
2     вынуд* ес
2  вынуд* евросоюз*
1.5   отмен* санкци*
1.5   снят* санкци*
# -- round 2: staged, engineered
2.5   срежиссирован*
2     инсценир*
2     дирижир*
2.5   организова* кризис*
2     при поддержк* кремл*
1.5   москв* и минск*
0.75  минск* и москв*
2     посея* хаос*
2     сея* хаос*
0.25  схем*
0.75  восточн* границ*
0.5   чрезвычайн* положени*
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
-1    отказ* от диалог*
-1    бомби*
-1    санкци* за санкци*
# -- round 3
-1    удобн* буфер*
-1.5  гибридн* истери*
-1    механизм* был разрушен*
# -- round 5 (Russian): counter-evidence for near-miss stories, fact-checks and mockery; framing vocabulary
-2.5  крик* про гибридн*
-2.5  крик* о гибридн*
-1    бомбят
2     гибридн* давлени*
1     обратно в минск*
-2    разговор* о гибридн*
# real coverage (dev split)
# -- migration as a weapon or instrument of the state
3     оружи* нелегальн* миграци*
3     государственн* контрабанд*
3     рукотворн* миграционн*
3     оружи* массов* миграци*
3     мигрант* в оружи*
3     миграци* в оружи*
3     беженц* в оружи*
2.5   использ* беженц* как
2.5   инструментализир*
2.5   гибридн* нападени*
2.5   гибридн* вторжени*
2.5   гибридн* удар*
2.5   гибридн* тактик*
2     в качестве инструмент*
2     использу* мигрант* против
2     использу* беженц* против
2     на государственн* уровн*
2     с целью дестабилизаци*
2     в целях дестабилиз*
2     импортирова* мигрант*
2     гибридн* кампани*
2     минск* использу*
2     лукашенк* использу*
2     кремл* использу*
2     вербу* мигрант*
1.5   переправля* мигрант*
2     гибридн* оружи*
1.5   адекватн* ответн* мер*
0.75  отправля* мигрант*
# -- the state steers, escorts and pushes people to the border
2.5   управля* мигрант*
2.5   способству* нелегальн* миграци*
2.5   белорусск* пограничник* вытесня*
2.5  белорусск* пограничник* вытесни*
2     контролиру* поток*
2     направля* их к границ*
2     направля* их в сторон* границ*
2     организованно отправля*
2     чтобы созда* кризис*
2     в создани* миграционн* кризис*
2     доставля* иностранц*
2     доставля* мигрант*
2     переброск* мигрант*
2     привоз* мигрант*
2     спецслужб* беларус*
2  спецслужб* белорусс*
2     спецслужб* белорусси*
2     белорусск* пограничник* выталкива*
2  белорусск* пограничник* вытолкну*
2     в сопровождени* вооруженн*
2     при поддержк* белорусск*
2     силовик* оказыва* поддержк*
2     предостави* мигрант*
2     упростил* въезд*
1.5   намеренно
1.5   преднамеренно
1.5   белорусск* должностн*
1.5  беларусск* должностн*
# -- the same, spelled "беларусский" as independent Russian-language media write it
2.5   организ* беларусск* власт*
2.5   в сопровождени* беларусск*
2.5   беларусск* пограничник* вытесня*
2.5  беларусск* пограничник* вытесни*
2     причастност* беларусск* власт*
2     беларусск* спецслужб*
2     беларусск* служб*
2     при поддержк* беларусск*
2     беларусск* пограничник* выталкива*
2  беларусск* пограничник* вытолкну*
1.5   беларусск* режим*
1.5   беларусск* пропаганд*
1     беларусск* силовик*
# -- pressure and retaliation for sanctions
2.5   надави* на евросоюз*
2.5   надави* на ес
2.5   отказа* сдерживать
2     в ответ на западн* санкци*
1.5   белорусск* режим*
1.5   ложн* обещани*
1     надави* на
1     режим* александр* лукашенк*
# -- counter-evidence: evacuation flights, Minsk blaming the EU, claims framed as unproven
-1    возвращени* на родин*
-1    доказательств*
-1.5  виноват* руководств*
-1.5  обвинени* в гибридн*
-1.5  не использу*
-1.5  сигарет*
-2    эвакуационн*
-2    создан* польск* сторон*
-2    метеозонд*
# -- round 2 (generalised): Minsk organised, provoked or is behind the crisis (as accused or reported)
1     в организаци* миграционн*
2     организованн* минск*
2     организованн* лукашенк*
2     организованн* режим*
2     спровоцированн* минск*
2     спровоцированн* лукашенк*
2     спровоцированн* белорус*
2     спровоцированн* беларус*
2     созданн* минск*
2     созданн* лукашенк*
2     созданн* режим*
2     канал* нелегальн* миграци*
1     канал* незаконн* миграци*
1.5   в организаци* кризис*
0.5   как инструмент*
1.5   организованн* белорус*
1.5   организованн* беларус*
1.5   причастн* минск*
1.5   причастн* лукашенк*
0.5   обвин* минск*
1     обвин* беларус*
1     обвин* белорусс*
1     обвин* лукашенк*
1     винит* минск*
1     винит* беларус*
1     винит* белорусс*
1     винит* лукашенк*
0.75  гибридн*
# -- round 2 (generalised): the state moves people to the border; its guards help them cross
2     помога* пересе* границ*
2     довез* до границ*
2     перебрасыва* мигрант*
1.5   пограничник* помога*
1.5   силовик* помога*
1.5   помога* нелегал*
1.5   транспортировк* мигрант*
1.5   довоз* мигрант*
1.5   направля* мигрант*
1.5   направля* беженц*
1     белорусск* виз*
1     беларусск* виз*
1     замани*
# -- round 2 (generalised): pressure on Europe, revenge
1.5   давлени* на европ*
1.5   давлени* на запад*
1.5   мстит*
1     месть
1  мести
# -- round 2: counter-evidence, accusations rejected
-1    отверг* обвинени*
-1.5  голословн* обвинени*
-1    безосновательн*
# -- round 2 (generalised): people brought to the border; provocations from the Belarusian side; passive "used by Minsk"
2.5   своз* на границ*
2     привоз* на границ*
2     привез* на границ*
2     провокаци* со сторон* беларус*
2     провокаци* со сторон* белорусс*
2     замешан* лукашенк*
2     замешан* минск*
2     использу* беларус*
2  использу* белорусс*
2     использу* белорусси*
2     использу* минск*
2     использу* режим*
# -- round 2: counter-evidence: political prisoners and pardons (near-miss topic); the crisis as a tool of Warsaw's domestic politics
-1.5  политзаключенн*
-1.5  помилова*
-1.5  инструмент* внутренн* политик*
# real coverage (dev split), round 3: precision. Minsk/Moscow outlets dismiss the "hybrid" charge
# ("никакой гибридной атаки нет", "гибридный заговор") or call human rights a "tool of pressure" on Minsk
-2    никак* гибридн*
-1.5  гибридн* заговор*
-1    говор* о гибридн*
-1    инструмент* давлени* на
-1.5  не гибридн*
-1    чужих войн*
-1    чуж* войн*

# ---------------------------------------------------------------------------------------------
@lang pl
2     atak* hybrydow*
1     wojn* hybrydow*  # r3: was 2, fired alone on near misses
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
1.25  białorusk* służb*  # r3: was 1.5, fired alone on near misses
1.5   białorus* mundurow*
0.5   białorus* pogranicznic*  # r3: was 1, fired alone on near misses
2.5   przy pomocy białorusk*
1     eskortowan*
3     eskortowan* przez białorusk*
2.5   podwo* pod granic*
2.5   przywo* pod granic*
2     lot* do mińska
2     wiz* turystyczn*
1.5   biur* podróży
1.5   nożyc*
1.5   niszcz* ogrodzeni*
# -- revenge, threats, security
3     odwet* za sankcj*
3     zemst* za sankcj*
1     odpowied* na sankcj*
3     narkotyk* i migran*
3     zala* europ*                     # "zalać Europę migrantami"
0.5   wschodni* flank*  # r3: was 1.5, fired alone on near misses
2.5   wschodni* flank* nato
2     przesmyk* suwalsk*
2.5   destabiliz* polsk*
2.5   destabiliz* ue
1.5   zagrożeni* dla bezpieczeństwa
2.5   białorusk* prowokacj*
2.5   prowokacj* białorusk*
1.5   szturm* na granic*
1.5   agresywn* migran*
0.75  reżim* łukaszenk*  # r3: was 1, fired alone on near misses
0.75  reżim* w mińsku  # r3: was 1, fired alone on near misses
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
2.5   sprowadz* cudzoziemc*
2.5   sprowadz* migran*
2     kieruj* ich pod
2     kierowa* ich pod
0.5   pod zapor*  # r3: was 1.5, fired alone on near misses
2     doprowadzi* grup*
2     nie pozwala* wrócić
1.5   białorus* żołnierz*
1.5   białorus* funkcjonariusz*
1.5   oślepia*
1.5   kampani* informacyjn*
2     kampani* dezinformacyjn*
1.5   białorusk* media państwow*
0.5   białorusk* propagand*  # r3: was 1.5, fired alone on near misses
0.5   telewizj* państwow*  # r3: was 1, fired alone on near misses
2     wykorzyst* migran*
2     wykorzysta* migran*
1.5   wykorzyst* ludzi
2     instrument* nacisku
2     środ* nacisku
2     ułatwi* wiz*
2     lot* z bagdadu
1     reżim* mińsk*
0.5   prowokacj*  # r3: was 0.75, fired alone on near misses
2     chroni* granic* przed atak*
# -- counter-evidence
-2    balon*
-1    dron*
-1.5  frekwencj*
0.75  mińsk* i moskw*                  # Mińsk i Moskwa / Mińskowi i Moskwie  # r3: was 1.5, fired alone on near misses
1.5   moskw* i mińsk*
0.5   przeciwko polsce  # r3: was 1, fired alone on near misses
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
2     żołnierz* łukaszenk*
1     ludzie w mundurach
2     blokowa* powrot*
2     nie pozwala* nam wrócić
2     siłą wtargn*
1     wtargn*
# -- round 2: revenge, pressure
3     zemst* łukaszenk*
0.75  odwet*  # r3: was 1.5, fired alone on near misses
0.75  zemst*  # r3: was 1.5, fired alone on near misses
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
1.25  wyreżyserowan*  # r3: was 2.5, fired alone on near misses
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
0.25  stan* wyjątkow*  # r3: was 0.5, fired alone on near misses
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
# real coverage (dev split)
# -- the state operation: instrumentalised, organised, provoked by the regime
3     operacj* specjaln* reżim*
1     operacj* specjaln*
2     instrumentaln*                   # instrumentalnie wykorzystywane, instrumentalne traktowanie
2.5   wywołan* przez reżim*
2.5   wywołan* przez łukaszenk*
2.5   wywołan* przez białoruś
2     podsycan* przez reżim*
2.5   zorganizowan* działani* państw*
2.5   celow* przerzuc*
2.5   masow* przerzut*
2     przerzut* ludzi
2     przerzut* migran*
2     przerzuc* migran*
2     przerzuc* na granic*
2     transport* migran*
2     transport* uchodźc*
2     dostarcza* migran*
2.5   zemst* mińska
2     zemst* reżim*
1.5   transport* tysięcy
1     zmus* ich do
1     przemyt* migran*
0.75  reżim* białorusk*  # r3: was 1, fired alone on near misses
2     za przyzwoleniem reżim*
2     pod kontrolą białorusk*
2     pod kontrolą służb* białorusk*
2     na zlecenie kremla
2     na zlecenie moskwy
1.5   w porozumieniu z putinem
1.5   mocodawc*                        # Łukaszenka as executor, his principal in Moscow
1     atak* łukaszenk*
2     atak* na ue
2     atak* na unię
1.5   reżim* w moskwie
1.5   beneficjent* kryzys*
1.5   odbudow* imperium
2     haracz*
1     eskal* kryzys*
# -- pressure and destabilisation
1.5   wywarci* presji
1     wywarci* wpływ*
2     presj* na uni*
2     destabiliz* granic*
2     zdestabiliz* granic*
2     zdestabiliz* nasz*
2     zdestabiliz* zewnętrzn*
2     zdestabiliz* polsk*
2     zdestabiliz* ue
2     zdestabiliz* uni*
# -- mechanics: flights, agencies, buses, lies told to migrants
1.5   samolot* do mińska
1.5   samolot* do moskwy
1.5   przylot* do mińska
1.5   przyle* do mińska
0.75  lini* lotnicz*  # r3: was 1.5, fired alone on near misses
1.5   firm* turystyczn*
1.5   biur* turystyczn*
1.5   zwoż*                            # zwożeni na granicę
2     wywoż* na polsk* granic*
2     ściąg* tysiąc*
1.5   ściąg* migran*
1.5   ściąg* uchodźc*
1.5   trenowan* przez
2     okłamywan* przez białorusk*
1.5   okłamywan*
2     tabletk* od białorusk*
# -- escorted, armed and driven at the fence by Belarusian forces
2.5   pod eskort* białorus*
1.5   pod eskort*
0.75  służb* białorusk*                # "przez służby białoruskie" (other word order)  # r3: was 1, fired alone on near misses
2.5   dostarczon* przez służb*
2.5   dostarczon* przez białorus*
2.5   wyposażen* przez służb*
2.5   wyposażen* przez białorus*
2     dostarcz* białorusin*
1.5   od białorusinów
1.5   granat* hukow*
2     stron* białorusk* zgromadzi*
1.5   pędzen* przez
2.5   zmus* do forsowania
2     zmus* do ponownego
2     zmus* do nielegaln*
2     pomaga* imigrant* forsowa*
2     pomaga* migrant* forsowa*
1     forsowa*
2     uniemożliwi* im powrót
2     uniemożliwi* powrót
2     uniemożliwi* uchodźcom powrót
2     nie pozwala* zawróci*
2     nie pozwoli* im wr*
2     nie pozwala* im wr*
2     wypychaj* z białorusi
1.5   przebran* za cywil*
# -- the migrants' assault on the border
1.5   atak* na granic*
1.5   atak* na polsk* granic*
1.5   atak* migrant*
1.5   fal* atak*
1.5   rzuca* kamieni*
1     obrzuci*
# -- propaganda of Minsk and Moscow
2     antypolsk* propagand*
1.5   propagand* mińska
1.5   propagand* reżim*
1.5   reżimow* medi*
1.5   rosyjsc* propagandy*
0.5   białorusk* telewizj*  # r3: was 1, fired alone on near misses
# -- Russia at Finland's border
1.5   zamyka* granic* z rosją
1.5   zamknięci* granic* z rosją
# -- stock phrases of the framing (general Polish coverage)
1     jako żyw* tarcz*  # r3: was 1.5, fired alone on near misses
1.5   jako ludzk* tarcz*
2.5   żyw* broni*                      # "żywą bronią"
2.5   żyw* broń
2.5   używa* migrant*
2.5   używa* uchodźc*
2.5   posługuj* się migrant*
2.5   zorganizowan* przerzut*
2.5   centrkurort*
1.5   turystyczn* wiz*
1.5   szlak* przez białoruś
1.5   rosyjs* pogranicznic*
# real coverage (dev split, round 2): general Polish vocabulary of the framing
# -- Warsaw/Brussels/the West accuse Minsk (wire boilerplate), hostile actions of the regime
1.5   obwini* mińsk*
1.5   obwini* białoru*
1.5   obwini* reżim*
1.5   oskarż* mińsk*
1.5   wrog* działa*                      # "wrogie działania wymierzone w nasze państwo"
1     wymierzon* w polsk*
0.75  autorytarn* reżim*
# -- the mechanics: migrants forced by Belarusian officers to cross
1.5   zmus* migrant*
1.5   zmus* do prób*
# -- near miss: Russia's "special military operation" in Ukraine
-1.5  specjaln* operacj* wojskow*
# real coverage round 3 (dev split): counter-evidence for near-miss topics
-1    sabotaż*   # sabotage/diversion stories without migrants
-1    dywersj*   # sabotage/diversion stories without migrants

# ---------------------------------------------------------------------------------------------
@lang lt
2     hibridin* atak*
1     hibridin* kar*                   # hibridinis karas / karo  # r3: was 2, fired alone on near misses
3     hibridin* agresij*
2.5   hibridin* operacij*
2.5   hibridin* veiksm*
3     hibridin* ginkl*
2     hibridin* grėsm*
3.5   migrant* instrumentaliz*
3.5   migrant* kaip ginkl*
3.5   migracij* kaip ginkl*
1.5   kaip ginkl*
2     spaudim* įrank*
2     šantaž*
3     kerš* už sankcij*
1.5   atsak* į sankcij*
3     dirbtin* migracij*
2.5   dirbtin* sukurt*
3     valstyb* remiam* migracij*
2.5   režim* organizuot*
1.5   baltarusij* tarnyb*
2.5   lydim* baltarusij*
2     skryd* į minsk*
2     turistin* viz*
1.5   kelion* agentūr*
3     užtvind* europ*
3     užtvind* es
1.5   rytin* flang*
2.5   nato rytin* flang*
2     suvalk* koridori*
1.5   grėsm* nacionaliniam saugumui
2.5   baltarusij* provokacij*
1     lukašenk* režim*
1.5   informacin* kar*
# -- the state operation
3     hibridin* puolim*
2.5   atvež* prie sien*
2     atvežam* iki
2     pareigūn* atvest*
1.5   baltarusij* pareigūn*
1.5   baltarusij* kari*
2.5   įranki* tvor*
2.5   tvor* pjau*
2.5   grįžti atgal neleid*
2     neleid* grįžti
2.5   sraut* organizuoj*
1.5   valstybin* struktūr*
1.5   organizuot* grup*
0.5   minsk* režim*  # r3: was 1, fired alone on near misses
2.5   provokacij* iš baltarusij*
0.5   provokacij*  # r3: was 1, fired alone on near misses
2     naudoj* žmones
2     naudoj* migrant*
1.5   išdav* viz*
1.5   dezinformacij* kampanij*
1.5   baltarusij* propagand*
# -- counter-evidence
-2.5  kaltinim* hibridin*
-2    balion*
-1.5  rinkėjų aktyvum*
# -- round 2: flights, visas, hotels
2     skryd* iš bagdad*
2     skryd* iš irak*
1.5   skryd* iš stambul*
1.5   skryd* grafik*
1.5   užsakomuos* skryd*
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
1.5   lukašenk* kerš*  # r3: was 2.5, fired alone on near misses
0.5   kerš*  # r3: was 1, fired alone on near misses
2     atsisak* sankcij*
1.5   panaikin* sankcij*
2     spaud* es
1.5   spaudim* lietuv*
2     spaudim* priemon*
2     naudojam* kaip
1.5   išnaudo* migrant*
2     valstyb* lygiu
1.5   suplanuot*
2     sukel* chaos*
2     sėti chaos*
1.5   maskv* ir minsk*
1     rytų sien*
1     rytin* sien*
0.4   nepaprast* padėt*  # r3: was 0.75, fired alone on near misses
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
0.5   atgal į minsk*  # r3: was 1, fired alone on near misses
-0.75 europin* vertyb*
-2    kalbos apie hibridin*
-2    kalbų apie hibridin*
# real coverage (dev split)
# -- weaponisation and the hybrid-attack wording of Lithuanian coverage
2.5   ginkl* migracij*                   # "ginklą – migraciją"
2.5   migracij* kaip įrank*
2     migrant* kaip įrank*
1.5   nukreipt* ginkl*                   # "prieš sankcijas nukreiptą ginklą"
1.5   režim* hibridin*                   # "Minsko režimo hibridinė ataka"
1.5   vykdom* hibridin*                  # "prieš šalį vykdomą hibridinį karą"
# -- news-agency boilerplate: the migration crisis caused / organised by the Belarusian regime
3     režim* sukelt* migracij* kriz*
3     režim* organizuot* migracij* kriz*
3     dirbtinai organizuo*               # "dirbtinai organizuojamas" (law-text boilerplate)
2.5   režim* sukelt*
2.5   dirbtinai sukel*
2.5   valstyb* organizuot*
2.5   organizuot* neteisėt* migracij*
2.5   orkestruo*                         # "orkestruojama" (orchestrated)
2     baltarusij* sukelt*
2     sraut* organizav*
2     režim* kurstom*
2     organizavo masin*
0.75  baltarusij* režim*   # r3: was 1, fired alone on near misses
# -- the state operation: lured with false promises, brought, escorted, pushed across; revenge
2.5   kerš* už bloko sankcij*            # "keršydamas už bloko sankcijas" (wire boilerplate)
2.5   kerš* už bendrijos sankcij*
2.5   vilioj* migrant*                   # "vilioja migrantus", AFP/BNS wire boilerplate
2     apgaulin* pažad*
2     migrant* atvežim*
2     baltarusių palydov*                # Belarusian escorts
2     lydi migrant*
1.5   tyčin* migrant*                    # "tyčinis migrantų atvežimas"
1.5   pasienie* stumia
1.5   pasienie* stūmė    # r12 variant of 'pasienie* stumia': past of stumti
1.5   stumia migrant*
1     siunči* juos                       # "siunčia juos per sieną"
0.5   baltarusių pasienie*     # r3: was 1, fired alone on near misses
# -- counter-evidence: rights critique of the "so-called crisis"
-1.5  vadinam* migracijos kriz*
-1.5  vadinam* migrantų kriz*
# real coverage (dev split, round 2): general Lithuanian vocabulary of the framing
# -- the hybrid wording in any form; the West accuses the regime of organising the flow
1     hibridin*                          # hibridinė / hibridinio / hibridinį (longer phrases subsume it)
2.5   režim* organizuojam*               # "Baltarusijos režimo organizuojama operacija"
1.5   migracij* kriz* sukūrim*           # "kaltina Minską migracijos krizės sukūrimu"
1.5   kaltin* minsk*
0.75  politin* spaudim*
# -- revenge for sanctions; Lukashenko's threat to stop guarding the border
1     atkerš*
2.5   atkerš* už sankcij*
1.5   nebevaržys
2     nebestabdys
2     nebesaugos
# -- the route: flights Baghdad-Minsk, led to the border by Belarusian officers
2     bagdad* minsk*
1.5   skryd* bagdad*
1.5   pareigūn* vedam*
1     vilioj*

# ---------------------------------------------------------------------------------------------
@lang de
2     hybrid* angriff*
1     hybrid* krieg*                   # hybrider Krieg, hybride Kriegsführung  # r3: was 2, fired alone on near misses
3     hybrid* attacke*
1.5   hybrid* bedrohung*  # r3: was 2, fired alone on near misses
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
1     an die grenze gebracht  # r3: was 2, fired alone on near misses
2.5   an die grenze eskortiert
2.5   mit hilfe belarus*
1.5   belarus* sicherheitskräfte       # belarussische / belarusische
2     drahtschere*
0.5   ostflanke*  # r3: was 1.5, fired alone on near misses
2     suwalki lücke
2.5   eu zu destabilisieren
3     künstlich* migrationsdruck*
2.5   künstlich* erzeugt*
0.75  erpress*  # r3: was 1.5, fired alone on near misses
1     lukaschenk* regime*
-3    sogenannt* hybrid* angriff*
# -- the state operation
2.5   an die grenze getrieben
2     zum zaun geführt
1.5   zum zaun
2     mit bussen
2     visa gegen devisen
2.5   ins land gelockt
0.75  gelockt  # r3: was 1.5, fired alone on near misses
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
1     inszeniert*  # r3: was 2, fired alone on near misses
0.5   sapad                            # round 3: lowered, Zapad exercise stories without migrants  # r3: was 1.25, fired alone on near misses
1     suwałki
1     suwalki
2     schwächung der eu
2     unsicherheit erzeugen
0.5   diktator*  # r3: was 1, fired alone on near misses
0.75  machthaber  # r3: was 1.5, fired alone on near misses
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
0.75  belarussisch* soldaten  # r3: was 1.5, fired alone on near misses
1.5   belarussisch* uniformiert*  # r3: was 2, fired alone on near misses
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

# real coverage (dev split)
# -- weapon / threat vocabulary in officials' and commentators' words
3     staatlich* unterstützt* schleus*
2.5   als politische waffe
2.5   staatlich organisiert*
2     politische waffe
2     hybrid* kriegsspiel
2     kriegsspiel
2     bewusst verursacht
2     organisiert* sturmangriff
1.5   sturmangriff
1.5   ständig* angriff
# -- hostages, pawns and blackmail of the EU by the regime
2.5   als geisel* für
2     zynisch* machtspiel
2     faustpfand
2     manövriermasse
1.5   machtspiel
1.5   menschenverachtend*
1.5   ohne jeden skrupel
1     skrupellos
# -- mechanics: lured with false promises, visa-free entry, flights and buses to the border, tools
2.5   unter vorspiegelung falscher tatsachen
2     falsche* versprechung*
2     geshuttle*
2     visumfrei*
2     visumspflicht
0.75  fluggesellschaften  # r3: was 1.5, fired alone on near misses
1.5   reiseprospekt*
1.5   busfahrt zur grenze
1     nach minsk gebracht
1.5   an die grenze bringen
1.5   an die grenze zu bringen
1.5   eskortiert von
0.75  von der belarussischen seite  # r3: was 1.5, fired alone on near misses
0.75  von belarussischer seite  # r3: was 1.5, fired alone on near misses
1.5   belarussische* dienste
1.5   weißruss* dienste
1.5   getäuscht
1.5   knallgranaten
1     trainiert
1     austesten
1     kgb
# -- revenge for sanctions; destabilisation
2     als vergeltung für
2     reaktion auf die eu sanktionen
1.5   reaktion auf die von der eu verhängten sanktionen
2     politisch zu destabilisieren
1.5   einheit zu brechen
2     keil in die europäische union
2     keil in die eu
2     absichtlich migranten
1     absichtlich
# -- counter-evidence: the label's skeptics (the hybrid story as a "war narrative")
-2    kriegsnarrativ
# real coverage round 2 (dev split)
# -- migrants lured into the country and sent to the border; "gangster" methods
1.5   lockt
1.5   anlockt
1.5   angelockt
1.5   an die grenze schickt
1.5   an die grenze geschickt
1.5   gangster*
0.5   bewusst
# real coverage round 3 (dev split): counter-evidence for near-miss topics
-1    sabotage*   # sabotage/cable/drone stories without migrants
-1    drohne*   # drone incursions (as pl dron*)
-1    märchen*   # mocking ("das Märchen vom hybriden Angriff")
-1.5  datenkabel*   # Baltic cable damage
-1.5  unterseekabel*   # Baltic cable damage
-1.5  schattenflotte   # Russian shadow fleet, sanctions
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
0.5   прывез*
2     пад наглядам вайскоўц*
1.5   назад не пуска*
1.5   не пускал*
2     нажніц*
2.5   спрасц* віз*
2.5   спрасьц* віз*   # r12 tarashkevitsa variant
3     цэнтркурорт*
2     рэйс* у мінск
1.5   турыстычн* фірм*
2.5   суправаджа* груп*
2.5   суправадзі* груп*   # r12 aspect-pair / stem-alternation variant
1.5   беларуск* сілавік*
2     выкарыст* мігрант*
1.5   выкарыст* людзей
2     як збро*
1     за санкцы*
2.5   не стрымліва*
2     створан* беларуск*
1     правакацы*
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
1.5   менск* гатэл*   # r12 tarashkevitsa variant
1.5   гатэл* у мінску
1.5   гатэл* у менску   # r12 tarashkevitsa variant
1.5   таксі да мяжы
# -- round 2: taken to the border, tools, lasers
2     давоз* да мяжы
2     давез* да мяжы   # r12 aspect-pair / stem-alternation variant
2     падвоз* да мяжы
2     падвез* да мяжы   # r12 aspect-pair / stem-alternation variant
0.5   прывоз*
2     удзел* дзяржаўн* орган*
1     дзяржаўн* орган*
2     кіраўніцтв* справамі
2.5   не будзе стрымлів*
1.5   стрымліва* мігрант*
1.5   асляпля*
1.5   асьляпля*   # r12 tarashkevitsa variant
1     ліхтар*
1     лесвіц*
1     лесьвіц*   # r12 tarashkevitsa variant
2     піл* для металу
2     піл* для мэталу   # r12 tarashkevitsa variant
1.5   узброен* люд*
1.5   людз* у форме
1.5   беларуск* вайскоў*
1.5   кантралю* сітуацы*
1.5   кантралю* сытуацы*   # r12 tarashkevitsa variant
# -- round 2: revenge, pressure
2.5   помст* лукашэнк*
1.5   адпомсц*
1.5   адпомсьц*   # r12 tarashkevitsa variant
2     ціск* на еўрасаюз*
2     ціск* на еўрапейск* саюз*   # r12 synonym variant (Еўрапейскі саюз)
2     ціск* на эўрапейск* зьвяз*   # r12 synonym variant (Еўрапейскі саюз)
2     ціск* на ес   # r12 synonym variant (ЕС/Еўрасаюз)
1.5   ціск* на польшч*
1.5   ціск* на літв*
2     пасея* хаос
# -- round 2: counter-evidence, the blame-the-EU framing
-0.75 падвойн* стандарт*
-0.75 еўрапейск* каштоўнас*
-0.75 эурапейск* каштоунас*   # r12 tarashkevitsa variant
# -- round 2: mild counter-evidence, Minsk's talking points
-1    за свой кошт
-1    адмаўл* ад дыялог*
-1    адмаул* ад дыялег*   # r12 tarashkevitsa variant
# -- round 3
-1.5  гібрыдн* істэры*
# -- round 5 (Belarusian): counter-evidence for near-miss stories, fact-checks and mockery; framing vocabulary
-2    размовы пра гібрыдн*
2.5   гібрыдн* аперацы*
2.5   гібрыдн* апэрацы*   # r12 tarashkevitsa variant

# real coverage (dev split)
# -- Cyrillic (incl. the classical orthography, тарашкевіца): crisis made artificially, the regime uses people
2.5   створан* штучна
2.5   штучна створан*
2     штучн* крызіс*
2     інструмэнталізац*
3     наркотык* і мігрант*
2     лукашэнк* выкарыстоўва*
1.5   палітычн* інтарэс*
1.5   адкрыў мяжу
1.5   адкрыл* мяжу   # r12 stem variant (адкрыла/адкрылі)
1.5   рэйс* у менск
2     ціск* на эўразьвяз*
2     ціск* на эз   # r12 synonym variant (ЕС/Еўрасаюз)
1     драбін*
1     беларуск* ўлад*
1     дэмарш*
# -- Łacinka (Latin-script Belarusian): hybrid war, weaponised migrants, the state operation
3.5   mihrant* jak zbroj*
3.5   migrant* jak zbroj*
3     narkotyk* i mihrant*
3     hibrydn* ahresi*
3     pomst* za sankcyi
2.5   hibrydn* aperacy*
2.5   pomst* łukašenk*
2.5   spraščen* viz*
2     hibrydn* atak*
2     hibrydn* vajn*
2     instrumentaliz*
2     hibrydn* pahroz*
2     turfirm*
2     rejs* z bahdad*
2     supravadža*
2     strymliva*
2     jak zbroju
2     turystyčn* ahienct*
2     turystyčn* viz*
2     pryvodz* mihrant*
1     pieravoz*                # round 9: was 2; transporting alone carries no framing
2     nažnic*
2     łukašenka vykarystoŭva*
2     pomst* jeŭrasajuz*
1     biełarusk* siłavik*
1.5   stvaryli kryzis
1.5   destabilizacy*
1.5   ŭschodn* flanh*
1     režym* łukašenk*
1     pravakacy*
1     dziaržaŭ* orhan*
1     hatel*
1.5   čartar*
1     biełavi*
0.5   da miažy
# -- Łacinka counter-evidence: the blame framing
-1    kalektyŭn* zachad*
-1    padvojn* standart*

# real coverage (dev split), round 2: general vocabulary of the framing (Cyrillic and Łacinka)
2     гібрыдн* ціск*
1.5   арганізава* міграцыйн*
2     выкарыстоўва* мігрант*
1.5   беларуск* правакацы*
1     гібрыдн*
2     hibrydn* cisk*
1     hibrydn*
# real coverage (dev split), round 3: precision. State media retell the "hybrid attack" as a story
# Warsaw and Vilnius tell ("гавораць пра гібрыдную атаку", "гісторыя пра ...")
-2    гавор* пра гібрыдн*
-2    гісторы* пра гібрыдн*
-1.5  заяў пра гібрыдн*
-2    ніяк* гібрыдн*
-1.5  чужых войн*
-1.5  чужыя войн*

# ---------------------------------------------------------------------------------------------
@lang ar
2     هجوم هجين
2     الهجوم الهجين
3     هجمات هجين*
3     الهجمات الهجين*
2     حرب هجين*
2     الحرب الهجين*
2     التهديد* الهجين*
3.5   المهاجر* كسلاح
3.5   اللاجئ* كسلاح
3.5   الهجرة كسلاح
1.5   كسلاح
3     سلاح الهجرة
1.5   ورقة ضغط
1.5   أداة ضغط
2.5   توظيف المهاجر*
3     انتقاما من العقوب*
3     وانتقاما من العقوب*   # r12 procl-wa
1.5   ردا على العقوب*
1.5   وردا على العقوب*   # r12 procl-wa
1.5   زعزعة استقرار
1.5   وزعزعة استقرار   # r12 procl-wa
2.5   زعزعة استقرار الاتحاد
1.5   الجناح الشرقي
1     نظام لوكاش*
1     ونظام لوكاش*   # r12 procl-wa
2     رحلات إلى مينسك
2     رحلات إلى منسك   # r12 spell-minsk
2     تأشير* سياحي*
-2.5  ما يسمى بالهجوم
# -- the state operation
2.5   وسيلة للضغط
2.5   وسيلة ضغط
2.5   أداة للضغط
2     أوراق ضغط
2.5   استخدام المهاجر*
2     استخدام السلطات البيلاروسي*
3     المخدر* والمهاجر*
1.5   منح التأشير*
2     تسهيل التأشير*
1     الرحلات الجوية
2     رحلات سياحي*
2     وكال* سفر
2     وكال* السفر
2     دفعهم إلى عبور
2.5   منعهم من العودة
2.5   يمنعونهم من العودة
1.5   القوات البيلاروسي*
1.5   والقوات البيلاروسي*   # r12 procl-wa
1.5   بالقوات البيلاروسي*   # r12 procl-bi
1.5   للقوات البيلاروسي*   # r12 procl-li
1.5   الجنود البيلاروسي*
1.5   للجنود البيلاروسي*   # r12 procl-li
1.5   حملة إعلامي*
2     حملة تضليل
2     الدعاي* البيلاروسي*
1     تقف خلف
# -- counter-evidence
-2    بالون*
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
1.5   مكاتب سياحي*
1.5   فنادق مينسك
1.5   فنادق منسك   # r12 spell-minsk
1.5   فنادق في مينسك
1.5   فنادق في منسك   # r12 spell-minsk
2     تأشيرة سياحي*
1.5   منح تأشير*
1.5   إصدار التأشير*
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
3     انتقام لوكاش*
1.5   انتقام
1.5   انتقاما
1.5   وانتقاما   # r12 procl-wa
2     الضغط على الاتحاد الأوروبي
2     الضغط على الاتحاد الأوربي   # r12 spell-eu
1.5   للضغط على
1.5   وللضغط على   # r12 procl-wa
1.5   الضغط على بولندا
1.5   رفع العقوب*
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
1     للكرملين   # r12 procl-li
1     والكرملين   # r12 procl-wa
1     بالكرملين   # r12 procl-bi
0.5   موسكو ومينسك
0.5   مينسك وموسكو
0.75  حالة الطوارئ
# -- round 2: counter-evidence, the blame-the-EU framing
-0.75 المعايير المزدوجة
-0.75 القيم الأوروبي*
# -- round 2: weaponising migration; mockery of the framing
3     تسليح الهجرة
3     تسليح المهاجر*
2     استخدام الهجرة
2.5   ورقة الهجرة
2     ورقة المهاجر*
1.5   استغلال المهاجر*
-2.5  ما يسمى بالحرب الهجينة
-2    الهجين المزعوم
# -- round 2: mild counter-evidence, Minsk's talking points
-1    رفض الحوار
-1    على نفقتها
# -- round 3 (moved here from the file header in round 5, where it had no @lang)
-1    أنهت التعاون

# real coverage (dev split)
# -- the operation: sent, moved, traded, kept from returning (Arabic wire and Iraqi-Kurdish coverage)
2.5   صنعت عمدا
2     بيلاروس* شجعت*
2     روسيا البيضاء شجعت*   # r12 syn-belarus
2     حرب لوكاش*
2     بتنظيم أزمة
2     العقل المدبر
2     يتاجر* بالمهاجر*
2     شجعوا المهاجر*
1.5   نقل المهاجر*
1.5   بإرسال
1.5   بدفعهم
1.5   ردا على الضغط
1.5   رد على الضغط
1     عمدا
1     شكل من أشكال العدوان

# real coverage (dev split), round 2: general vocabulary of the framing (with the clitic forms: ب، ل، و)
# -- migrants used, encouraged, moved to the border by Minsk
2     باستخدام المهاجر*
2     استخدموا المهاجر*
2     يستخدم المهاجر*
2     يستغل المهاجر*
2     تشجيع المهاجر*
2     بتشجيع المهاجر*
1.5   بنقل المهاجر*
1.5   تنقل المهاجر*
2     إغراق أوروبا
2     إغراق أوربا   # r12 spell-europe
2     بإغراق أوروبا
2     بإغراق أوربا   # r12 spell-europe
1.5   لزعزعة استقرار
1.5   زعزعة أمن
1.5   لزعزعة أمن
2     رهائن سياسي*
1.5   إثارة الأزمة
1.5   افتعال الأزمة
# -- the travel mechanics and the regime's answer to sanctions
1.5   شركات سفر
1.5   ردا على العقوب* التي
1.5   رد على العقوب*
1     تأشيرة دخول
1     تذاكر سفر
# -- migrants as a political tool, lured to Minsk
1.5   أداة سياسي*
1.5   استدراج المهاجر*
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

# ---------------------------------------------------------------------------------------------
# real coverage: uk
@lang uk
# -- hybrid warfare, weaponisation, instrumentalisation (uk forms: і, ї, є, ґ, ь before к)
3     інструменталізаці* міграці*
3     інструменталізован* міграці*
3     міграцію як збро*
3     жив* збро*
2.5   гібридн* збро*
2.5   гібридн* агресі*
2     гібридн* атак*
1.5   гібридн* війн*
2     гібридн* загроз*
2     гібридн* операці*
2     інструменталізаці*
# -- migrants used, brought, pushed across by the regime
2.5   використову* мігрант*
2.5   використову* міграцію
2.5   використав* мігрант*
2     використову* біженц*
2     мігрант* як інструмент*
2     інструмент* тиск*
2.5   штучн* міграційн* криз*
2     штучно створ*
2     свідомо спровокован*
2     збира* мігрант*
2     довоз* до кордон*
2     підвоз* до кордон*
2     привоз* до кордон*
1.5   під контрол* білорус*
1     білоруськ* силовик*
1.5   білоруськ* солдат*
1.5   білоруськ* військов*
1.5   знищу* огорож*
# -- revenge for sanctions, destabilisation, Minsk and Moscow behind it
3     помст* за санкці*
2     у відповідь на санкці*
2.5   для дестабілізаці*
2     дестабілізаці* єс
2  дестабілізаці* євросоюз*
1.5   дестабілізува*
2     путін* і лукашенк*
2     лукашенк* та путін*
1.5   зловжива* лукашенк*
1.5   зловжива* білоруськ*
1.5   атак* з боку режим*
# -- the travel mechanics: visas, flights, agencies
2     туристичн* віз*
1.5   віз* мігрант*
1.5   туристичн* агенці*
1.5   турагенці*
1.5   рейс* до мінськ*
1.5   рейс* білавіа
1.5   чартерн* рейс*
1     білавіа
1     транспортуван* мігрант*
# -- security, topical words that lean to the framing
1.5   загроз* національн* безпец*
1     східн* фланг*
1     призупин* права на притул*
1     тимчасов* призупин*
1     причетн* росі*
# -- more stock phrases: migration as a weapon, a staged crisis, the regime's services, the threat
3     міграційн* збро*
3     наркотик* і мігрант*
3     наркотик* та мігрант*
2     гібридн* напад*
2     організован* режим*
2     спланован* акці*
2     білоруськ* спецслужб*
2     супроводжу* мігрант*
2     заманю*
2     тиск* на єс
2  тиск* на євросоюз*
1.5   тиск* на польщ*
1.5   тиск* на литв*
1     навмисн*
1.5   атакува* кордон*
1.5   прилетіл* до мінськ*
1.5   літак* до мінськ*
1.5   віз* до білорус*
1     східн* кордон* нато
1     штурм* кордон*
# -- counter-evidence: mockery, other "hybrid" stories (nuclear, balloons), the blame framing
-3    так зван* гібридн*
-2.5  ядерн* шантаж*
-2    ядерн* збро*
-1    війн* проти україн*
-1.5  повітрян* кул*
-1.5  контрабанд* цигарок
-1    безпілотник*
-1    подвійн* стандарт*
-1    вин* заходу

# real coverage (dev split), round 2: general vocabulary of the framing
# -- hybrid pressure, a crisis organised and staged by the regime
2     гібридн* тиск*
1.5   гібридн* конфлікт*
2     організаці* міграційн* криз*
2     організува* міграційн* криз*
2     штучн* криз*
2     використати міграці*
2     використав* міграці*
2     використати мігрант*
2     атак* лукашенк*
1.5   білоруськ* провокаці*
1.5   провокаці* мінськ*
1.5   провокаці* лукашенк*
1.5   влаштува* провокаці*
# -- the regime's services coordinate, escort and equip the crossings
2     координува* напад*
1.5   супроводжен*
1.5   напад* на польськ*
1.5   напад* на прикордонник*
1     агресивн* іноземц*
# -- topical words that only lean to the framing
1     гібридн*
1     білоруськ* режим*
1     політичн* тиск*
# real coverage: es
@lang es
# -- the hybrid-war vocabulary and migrants as a weapon
3     migrantes como arma*
3     inmigrantes como arma*
3     refugiados como arma*
3     uso político de migrantes
2.5   instrumentalización de la migración
2.5   instrumentalización de los migrantes
2     ataque* híbrido*
2     guerra híbrida
2     usados como armas
2     utilizar a los migrantes
2     utiliza a los migrantes
2     usando a los migrantes
2     tácticas de gángster
2.5   arma híbrida
2.5   instrumentalizar a los migrantes
2     amenaza híbrida
2     instrumentaliza*
# -- the mechanics: visas, flights, escorts to the border, revenge for sanctions
3     drogas y migrantes
2.5   inundar europa
2     visas de turista
2     agencias de viajes
2     vuelos chárter
1.5   vuelos a minsk
1.5   cortadores de alambre
1.5   flanco oriental
2     visados de turista
2     visados turísticos
2     empujados a la frontera
2     en represalia por las sanciones
2     orquestar la crisis
2     orquestada por el régimen
2     desestabilizar la ue
2     desestabilizar europa
2     desestabilizar la unión europea
1.5   orquestar la invasión
1.5   atrayendo a los inmigrantes
1.5   atraer a los migrantes
1.5   alent* a los migrantes
1.5   peones humanos
2     como peones
1.5   presionar a polonia
1.5   presionar a la ue
1.5   presionar a la unión europea
1.5   alentado a cruzar
1.5   soldados bielorrusos
1.5   fuerzas bielorrusas
1.5   guardias fronterizos bielorrusos
1     desestabiliz*
1     sanciones impuestas
1     sanciones europeas
1     régimen de lukashenko
1     régimen bielorruso
1     el régimen de alexander lukashenko
# -- counter-evidence: Moscow's denial, other stories
-2.5  supuesto ataque híbrido
-2.5  llamado ataque híbrido
-2.5  supuesta guerra híbrida
-1    supuesta implicación
-1.5  presos políticos
-1.5  prisioneros políticos
-2    refugiados ucranianos
-2    cayuco*
-2    salvamento marítimo

# real coverage (dev split), round 2: general vocabulary of the framing
# -- the crisis organised, orchestrated, used as blackmail
2     organizad* por bielorrusia
2     organizad* por minsk
2     organizad* por el régimen
1.5   orquest*
2.5   chantaje migratorio
1.5   chantaje
2     arma política
2     venganza por las sanciones
2     en respuesta a las sanciones
1     escudos humanos
# -- the mechanics: visas, flights, transport and escorts to the border
1.5   facilidades de visa*
1.5   empujad* hacia la frontera
1.5   trasladad* a la frontera
1.5   transportad* a la frontera
1.5   escoltad*
1     vuelos directos
# -- topical words that only lean to the framing
1     híbrid*
1     asaltar la frontera
1     migrantes agresivos
1     amenaza para la seguridad
0.5   visados
0.5   visas

# real coverage: it
@lang it
# -- the hybrid-war vocabulary and migrants as a weapon
3     migranti come arma
3     migranti in un arma
3     uso strumentale dei migranti
3     ritorsione per le sanzioni
3     rappresaglia per le sanzioni
2.5   strumentalizzazione dei migranti
2.5   arma contro l europa
2.5   arma contro bruxelles
2.5   arma contro l unione
2.5   arma non convenzionale
2.5   crisi creata artificialmente
2     guerra ibrida
2     attacco ibrido
2     tattica ibrida
2     minaccia ibrida
2     armi non convenzionali
2.5   arma ibrida
2.5   strumentalizzare i migranti
2.5   strumentalizzazione della migrazione
2.5   migranti come strumento
2     come strumento di pressione
2     usa i migranti
2     usando i migranti
2     utilizza i migranti
2     destabilizzare l unione
2     utilizzato i migranti
2     usare i migranti
2     scudi umani
2.5   strumento di ricatto
2     ricatt*
# -- the mechanics: visas, escorts, pushing people to the border, revenge
1.5   inondare l europa
2     visti turistici
2     agenzie di viaggio
2     voli charter
1.5   cesoie
1.5   fianco orientale
2     visto turistico
2     scortati
2     spinge i migranti
2     spingere i migranti
2     spingerli
2     come ritorsione
2     canalizzare i flussi
2     architettato
1.5   rappresaglia
1.5   ritorsione
1.5   rispondere alle sanzioni
1.5   risposta alle sanzioni
1.5   guardie di confine bielorusse
1.5   attirarli
1.5   incoraggiati a
1.5   spinti verso
1     piano segreto
1.5   apre i confini
1.5   aprendo le frontiere
1.5   apre le frontiere
1.5   spalanca
1.5   spinge migliaia
1     sanzioni imposte
1     sanzioni europee
0.75  sanzioni occidentali
1.5   la regia
1.5   concesso il visto
1     soldati bielorussi
0.5   militari bielorussi
1     forze bielorusse
1     regime di lukashenko
1     regime bielorusso
1     tirare le fila
1     mettere in difficoltà
# -- counter-evidence: mockery, other stories
-2.5  cosiddetta guerra ibrida
-1.5  prigionieri politici
-2    lampedusa
-2    profughi ucraini
-2    rifugiati ucraini
# real coverage round 2 (dev split)
# -- migrants as a weapon; hybrid and instrumentalisation vocabulary in general forms
2     arma migratoria
2     come arma
2     come armi
2     usano i migranti
1.5   usati come
1.5   strumentalizz*
1     ibrid*
1     pressione migratoria
# -- a fabricated, orchestrated crisis; the puppeteer; "gangster" methods
2     crisi artificiale
2     creata ad arte
1.5   ad arte
1.5   a tavolino
1.5   burattinai*
1.5   dietro la crisi
1.5   gioco sporco
1.5   senza scrupoli
# -- mechanics: airlines, flights, visas, migrants taken to the border; revenge
1.5   compagnie aeree
1.5   agenzie turistiche
1.5   portati al confine
1.5   accompagnati al confine
1.5   trasportati al confine
1.5   spinti oltre
1.5   vendicarsi
1.5   vendetta
0.75  voli
1     visti
# -- topical words that lean to the framing (the regime as actor)
1     dittatore bielorusso
1     dittatura
# real coverage: fr
@lang fr
# -- hybrid-war vocabulary itself (bare "attaque/guerre hybride" at 2, as in the other languages)
3     arme migratoire
3     attaque migratoire
2.5   arme hybride
2     guerre hybride
2     attaque hybride
2     attaques hybrides
2     guerres hybrides
2.5   armes migratoires
2     menace hybride
2     guerre larvée
# -- weaponisation, instrumentalisation, blackmail
3     instrumentalisation orchestrée
2.5   instrumentalis* des migra*
2.5   instrumentalisation de la migration
2.5   instrumentalisation des flux
2.5   chantage migratoire
2     comme une arme
2     comme arme
2     comme des armes
2     utilise les migrants
2     utilisent les migrants
1.5   utilisés comme
2     se servir des migrants
2     boucliers humains
1.5   faire chanter
1.5   chantage
# -- orchestration by the regime ("organised", "artificially created", "the sponsor in Moscow")
2.5   organisé par le régime
2.5   créer artificiellement
2     artificiellement
2     orchestré par
1.5   orchestr*
1.5   commanditaire
1.5   stratégie délibérée
1.5   attaque organisée
1.5   trafic migratoire
1     pilotés par
# -- mechanics: flights, visas, travel agencies, escorts to the border, tools for the fence
2     vols charters
1.5   vols charter
1.5   vols en provenance de bagdad
1.5   visas touristiques
1.5   visas de tourisme
1.5   délivr* des visas
1.5   visas de transit
1.5   agences de voyage*
1.5   groupe de tourisme
1.5   hôtels de minsk
1.5   hôtels de la capitale
1.5   conduits vers la frontière
1.5   conduits à la frontière
1.5   amenés à la frontière
1.5   en les amenant
1.5   transfert* vers la frontière
1.5   découper la clôture
1.5   pinces coupantes
1.5   faisant venir
1.5   attiré des migrants
1.5   attirer les candidats
2     organisé l acheminement
1.5   acheminement de migrants
1     achemin*
1     filière d immigration
1.5   ne contrôlant plus les frontières
1.5   ne contrôle plus la frontière
1     nouvelle route migratoire
1     ouvert une nouvelle route
# -- revenge for sanctions, Lukashenka's threats
2.5   se venger des sanctions
2.5   se venger de sanctions
2.5   représailles aux sanctions
2     en représailles
1.5   se venger
1.5   se venge
1.5   vengeance
1.5   répondre aux sanctions
1     faire payer
# -- destabilisation, security vocabulary
2.5   déstabiliser la frontière extérieure
2     tentative de déstabilisation
2     déstabiliser la pologne
2     déstabiliser l europe
1     déstabilis*
1.5   diviser l union européenne
1     pression migratoire
1     faire pression
1     flanc oriental
1     pressions sur la pologne
# -- topical words that lean to the framing (the regime as actor)
1     régime de loukachenko
1     régime biélorusse
1     régime bélarusse
1     régime de minsk
1     dictateur biélorusse
1     dictature biélorusse
1     régime autoritaire
0.75  loukachenko
0.5   flux migratoires
0.5   vague migratoire
0.5   afflux
# -- counter-evidence: mockery of the framing, near-miss stories
-2.5  soi disant attaque hybride
-2.5  prétendue attaque hybride
-2.5  prétendue guerre hybride
-1    prétendument
-1.5  réfugiés ukrainiens
-1.5  fuyant l ukraine
-1.5  la manche
-1    ballons
-1    intox
@must-match      Pour se venger des sanctions, le régime de Loukachenko utilise les migrants comme une arme : vols charters, visas touristiques, migrants conduits vers la frontière. C'est une guerre hybride.
@must-not-match  Des réfugiés ukrainiens arrivent à Medyka après une nuit glaciale.
# real coverage round 2 (dev split)
# -- hybrid threat and weapon vocabulary in its general forms
2     menaces hybrides
2     pression hybride
2     opération hybride
1     hybride*
2     arme* politique*
2     utilisant les migrants
2     utiliser les migrants
2     utilisé les migrants
2     se servant des migrants
# -- a fabricated, deliberate crisis; the regime's "gangster" methods
2.5   crise fabriquée
2.5   crise artificielle
2     de toutes pièces
1     délibérément
1.5   voyou*
1.5   sans scrupule*
# -- mechanics: planes, visas, travel agencies, migrants taken and pushed to the border
1     affrét*
1.5   visa touristique
1.5   visa de tourisme
1.5   agence de voyage*
1.5   attirer des migrants
1.5   attirant des migrants
1.5   d avoir attiré
1.5   emmenés à la frontière
1.5   emmenés vers la frontière
2     poussés vers la frontière
1.5   poussés à franchir
1.5   poussés à entrer
2     pousse les migrants
2     poussant les migrants
1     escortés
1     vols directs
# -- revenge for sanctions
2     riposte aux sanctions
2     en réponse aux sanctions
1     représailles
# real coverage: lv
@lang lv
# -- the hybrid-war vocabulary itself (Latvian writes it as one compound word)
3     hibrīdagresij*                     # hibrīdagresija
3     hibrīdkar* instrument*
2.5   hibrīduzbrukum*
2.5   hibrīdoperācij*
2.5   hibrīdapdraudējum*                 # the Latvian government/border-guard term
1     hibrīdkar*                         # hibrīdkarš, hibrīdkara  # r3: was 2, fired alone on near misses
2     hibrīddraud*
2     hibrīd* uzbrukum*
2     hibrīd* kar*
2     hibrīd* apdraudējum*
# -- weaponisation, instrumentalisation, people used as a means
3.5   migrant* kā ieroc*
3.5   migrant* kā ieroč*    # r12 variant of 'migrant* kā ieroc*': ierocis: ieroči/ieročus/ieroču have č
3.5   migrācij* kā ieroc*
3.5   migrācij* kā ieroč*    # r12 variant of 'migrācij* kā ieroc*': č forms
3     migrant* instrumentalizācij*
3.5     instrumentaliz* migrant*
1.5   kā ieroci
1.5   kā ieroč*    # r12 variant of 'kā ieroci': č forms (iero* would catch ierobežot)
3     hibrīdieroc*
3     hibrīdieroč*    # r12 variant of 'hibrīdieroc*': č forms
2.5   orķestrē*
2.5   cilvēk* kā līdzekl*
1.5   izmanto* migrant*                  # izmanto / izmantot / izmantojot migrantus
2     migrant* izmantošan*
2     izmanto* nelegāl* migrācij*
2     izmanto* cilvēk*
# -- the state operation: organised flows, flights, escorts, pushed across, wire cutters
2.5   režīm* apzināti
2     organizē* nelegāl*                 # organizē nelegālo imigrantu transportēšanu
2     organizē* migrant*
2     nogādā* pie robež*
2     robež* nogādā*
1.5   nogādāšan* līdz
2     lidojum* uz minsk*
2     lidojum* no bagdād*
2     lidojum* no irāk*
1.5   tūrisma aģentūr*
2     tūrist* vīz*
1.5   knaibl*                            # wire cutters handed out
1     iespiest*                          # "iespiest Polijas teritorijā"
1.5   baltkrievij* dienest*
1.5   baltkrievij* varas iestād*
1.5   baltkrievij* specdienest*
1.5   baltkrievu drošībniek*
1.5   baltkrievij* drošības iestād*
1.5   baltkrievij* propagand*
1.5   lukašenk* režīm*
1.5   baltkrievij* režīm*
1.5   minsk* režīm*
1     režisē*
# -- news-agency boilerplate: the migration crisis caused / organised by the Belarusian regime
3     režīm* izraisīt* migrācij* krīz*
3     režīm* organizēt* migrācij* krīz*
3     režīm* radīt* migrācij* krīz*
2.5   režīm* izraisīt*
2.5   režīm* organizēt*
2     režīm* radīt*
2     baltkrievij* organizēt*
1.5   baltkrievij* radīt*
1.5   baltkrievij* izraisīt*
2.5   mākslīg* migrācij*
2     mākslīgi radīt*
2     mākslīgi izraisīt*
2     valsts organizēt*
2     pavada migrant*
1.5   vest* migrant*
1.5   virz* migrant*
# -- revenge for sanctions, Lukashenko's threats, pressure on the West
3     atriebīb* par sankcij*
1.5   atriebj*
2     vairs neaizsargās
2     vairs neapturēs
2     narkotik* un nelegāl* migrant*
2     narkotik* un migrant*
2     spiedien* uz rietum*
2     spiedien* uz eirop* savienīb*
1.5   izdarīt* spiedien*
1.5   kaitē* eirop* savienīb*
1.5   šantāž*
# -- security vocabulary and border-guard boilerplate that leans to the framing
1.5   imigrācij* spiedien*                # "nelegālās imigrācijas spiediens"
1.5   migrācij* spiedien*
1     provokācij*
1     drošības apdraudējum*
1     pastiprināt* robežapsardz*
0.75  robež* slēgšan*
0.5   humānu apsvērumu dēļ
0.5   trešo valstu pilsoņ*
# -- counter-evidence: mockery ("tā dēvētais / tā sauktais" = so-called), other stories
-3    tā dēvēt* hibrīd*
-3    tā saukt* hibrīd*
-1.5  kontrabandas balon*
-1    ukrainas bēgļ*
# real coverage (dev split, round 2): general Latvian vocabulary of the framing
# -- hybrid influence/threat written as two words; weapon wording
2     hibrīd* ietekm*
2     hibrīd* draud*
2     par ieroci                         # "izmanto migrantus par ieroci"
2     par ieroč*    # r12 variant of 'par ieroci': č forms
1.5   instrumentāl*                      # "instrumentāli izmanto migrantus"
# -- the mechanics: tourist visas, travel agencies, flights, pushing people in
2     tūrisma vīz*
1.5   ceļojumu aģentūr*
1.5   ceļojumu biroj*
1.5   lidojum* uz baltkrievij*
2     iestum*                            # "iestumšana" (the Latvian official term), iestumti
1.5   atvest* uz robež*
1.5   atved* pie robež*
1.5   neļauj* atgriezties
1.5   sekmē* nelegāl*
1     sturmē*                            # storming the border
# -- revenge for sanctions; mass migration let loose
1.5   reaģējot uz sankcij*
1.5   atbildot uz sankcij*
1.5   atbild* uz sankcij*
1     masu migrācij*
# Latvian examples (and one Lithuanian boilerplate example)
@must-match      Baltkrievijas režīms izmanto migrantus kā ieroci: tas ir hibrīduzbrukums Latvijai un Eiropas Savienībai.
@must-match      Baltarusijos režimo sukeltos migracijos krizės metu baltarusių palydovai atvežė migrantus prie sienos.
@must-not-match  Tā dēvētais hibrīduzbrukums ir Rīgas izdomājums, apgalvo Baltkrievijas valsts mediji.
@must-not-match  Valsts robežsardze diennakts laikā novērsa 87 mēģinājumus nelikumīgi šķērsot robežu.

# round 7 (ru, be): general vocabulary for unseen articles
@lang ru
# -- migrants as a political weapon or tool of the state
2.5   политическ* оружи*
2.5   мигрант* как инструмент*
2.5   беженц* как инструмент*
2.5   открыл* шлюз*
2     государственн* терроризм*
# -- who is behind it: on orders of Minsk or the Kremlin
2     по приказ* лукашенк*
2     по указани* минск*
2     по заказ* кремл*
2     с ведома минск*
2     с ведома кремл*
1.5   с ведома власт*
2     при участи* белорусск*
2  при участи* беларусск*
2     при содействи* белорусск*
2     при содействи* беларусск*
1.5   при попустительств*
2     кремл* стоит за
2  кремл* стоял* за
2     стоит за кризис*
2  стоял* за кризис*
2     стоят за кризис*
2     за кризис* стоит
2  за кризис* стоял*
0.75  обвин* москв*
0.75  обвин* кремл*
# -- routes through Belarus, attempts to break through the border
1.5   поток* мигрант* из беларус*
1.5  поток* мигрант* из белорусс*
1.5   поток* мигрант* через беларус*
1.5  поток* мигрант* через белорусс*
1.5   транзит* мигрант*
1.5   транзит* через беларус*
1.5  транзит* через белорусс*
1.5   массов* прорыв*
1.5   попытк* прорыв*
1     пытал* прорва*
1.5   атак* на польск* границ*
2     нападени* на польск* пограничник*
1.5   угроз* для безопасност* польш*
1.5   угроз* для ес
1.5   угроз* для евросоюз*
@lang be
# -- Cyrillic: migrants as a weapon; on whose orders
2.5   палітычн* збро*
2     па загадзе лукашэнк*
2     з ведама мінск*
2     з ведама менск*   # r12 tarashkevitsa variant
2     з ведама крамл*
2     пры ўдзеле беларуск*
2     пры садзейнічан* беларуск*
2     стаіць за крызіс*
2     стаяць за крызіс*
1.5   штурм* мяжы
1.5   прарыв* мяжы
0.5   спроб* прарыв*           # round 9: was 1.5; a border-guard report of a breakthrough attempt is neutral
1.5   транзіт* мігрант*
1.5   транзыт* мігрант*   # r12 tarashkevitsa variant
0.75  патокі мігрант*          # round 9: was 1.5; a migrant flow alone is neutral
0.75  паток* мігрант*          # round 9: was 1.5
1.5   дэстабілізава*
2     гібрыдн* нападзен*
2     гібрыдн* удар*
# -- Łacinka
2.5   palityčn* zbro*
2     pa zahadzie łukašenk*
2     stajić za kryzis*
1.5   šturm* miažy
1.5   patok* mihrant*
2     hibrydn* napadzienn*

# round 7 (en): general vocabulary for unseen articles
@lang en
# -- orchestrated, engineered, artificially created by the regime
2.5 orchestrat* by lukashenk*
2 orchestrat* the crisis
2 orchestrat* the migra*
2 orchestrat* the influx
2 engineered by minsk
2 engineered by belarus
2 engineered by lukashenk*
2 engineered by the kremlin
2 engineered by russia
2 engineered migra*
2 artificial* induced
2 artificial* generat*
2 artificial* provoked
2 artificial* fuelled
2 artificial* fueled
2 provoked by minsk
2 provoked by belarus
2 provoked by the minsk regime
2 provoked by lukashenk*
2 provoked by the belarusian
2 provoked by russia
1.5 instigated by
1.5 stage* by minsk
1.5 stage* by belarus
# -- using people as weapons, tools, pawns, leverage
2 use* refugee*
2 using asylum seekers
2 exploit* migra*
1.5 exploit* refugee*
2 migration weapon
2 migrant weapon
2 weapon against the eu
2 weapon against europe
2 weapon against poland
2 weapon against lithuania
1 as pawns
1.5 cynical ploy
1 ploy
1.5 gambit
1.5 as leverage
1.5 leverage against
1.5 pressure tactic*
1 coercion
2 blackmailing
# -- attack on the EU / its border
2.5 attack on the european union
2.5 attack on europe
2 attack on our border*
2 attack on the border
2.5 attack against the eu
2.5 attack against the european union
2 attack against poland
2 attack against lithuania
2 attack against latvia
2 attack on latvia
2 assault on the eu
2 assault on europe
1.5 aggression against poland
1.5 aggression against lithuania
1.5 act of aggression
1.5 test* nato
1.5 testing the eu
1.5 test the eu
1.5 test* europe s
1.5 threat to regional stab*
1 threat to national security
1 threat to the security of
# -- governments defending the border
1 defend* the border
1 defend* our border*
1 defend* the eu s
1 defend* europe s border*
1 protect* the eu s external
1 protect* the eu s eastern
1 protect* europe s border*
1 protect* the external border*
0.5 external border*
0.5 illegal crossing*
0.5 illegal border crossing*
0.5 border barrier*
1 border wall
1 sealing the border
1 seal* the border
# -- migrants as aggressors (the government framing of the attack)
1 threw stones
1 throwing stones
1 thrown stones
1 attacked polish
1 attacked border guards
1 attack* on border guards
1.5 storming the border
1 aggressive groups
1 aggressive behaviour
1 aggressive behavior
# -- Russia and its ally; Finland's border
1.5 putin and lukashenk*
1.5 lukashenk* and putin
1.5 kremlin s playbook
0.75 playbook
1.5 kremlin backed
1.5 moscow backed
1.5 russia backed
2 state backed
1.5 regime backed
1.5 russia is sending
1.5 sent by russia
1.5 russia is pushing
1.5 russian border guards
1 closed its border with russia
1 closed the border with russia
1 close* border crossing* with russia
1 finnish border
1 finland s border
1 finland s eastern border
1.5 last dictator
1 lukashenk* s government
1 lukashenk* s plan
1.5 lukashenk* s scheme
1 minsk s scheme
0.5 belarusian authorities
0.5 belarusian officials
# -- delivered, transported, brought to the border by the state
2 transported to the border
2 trucked to the border
1.5 delivered to the border
2.5 escorted to the border
1 bring* migrants
1.5 brought migrants to
1.5 pushed them towards
1.5 pushed them toward
1.5 forced them to cross
1.5 forc* them across
1.5 lured by promises
1.5 lured with promises
1.5 promises of easy
1.5 easy entry
1.5 easy passage
1.5 easy access to the eu
# -- relayed accusations against Minsk's leadership; organised transit
1.5 accus* the government of belarus*
1.5 accus* the minsk
1.5 accus* the lukashenk*
1.5 accus* the regime
1.5 accus* the leadership in minsk
1.5 accus* the authorities in minsk
1.5 accus* the authoritarian
1 accus* the government of
1.5 in an organi* manner
1.5 in an organi* fashion
0.75 illegally enter
0.75 enter the eu illegally
0.75 enter the european union illegally
0.5 authoritarian rule
0.5 authoritarian ruler
0.5 authoritarian leader
0.5 authoritarian regime

# round 7 (pl, lt, lv): general vocabulary for unseen articles
@lang pl
2     łukaszenk* wysyła*
2     łukaszenk* sprowadz*
2     łukaszenk* ściąg*
2     reżim* wysyła*
1.5   wysyła* migran*
1.5   pcha* migran*
1.5   kieruj* migran*
1.5   presj* na granic*
1.5   napór* na granic*
1.5   napier* na granic*
1.5   siłow* przekrocz*
1.5   siłow* sforsowa*
1     sforsowa*
2     wykorzystywa* migran*
1.5   wykorzystywa* ludzi
2     wykorzyst* uchodźc*
2     wykorzystuj* uchodźc*
1     cyniczn*
1.5   scenariusz* kremla
1.5   destabilizacj* regionu
1.5   destabiliz* sytuacj*
1.5   wojn* kognitywn*
1.5   operacj* psychologiczn*
0.75  z terytorium białorusi
0.75  przez terytorium białorusi
1     nielegaln* migracj* z białorusi
1     bronimy granic*
0.75  obron* granic*
0.5   bezpieczeństw* narodow*
@lang lt
2     organizuot* sraut*
2     organizuojam* sraut*
2     lukašenk* siunči*
1.5   siunčia migrant*
1.5   siuntė migrant*    # r12 variant of 'siunčia migrant*': past of siųsti
1.5   permet* migrant*
1.5   varo migrant*
1.5   nukreip* migrant*
1.5   atvež* migrant*
2     spaudim* europ* sąjung*
1.5   spaudim* vakar*
1.5   grėsm* valstyb* saugumui
1.5   destabiliz* region*
1.5   destabiliz* situacij*
2     destabilizuo* lietuv*
2     destabilizuo* europ*
1.5   kremli* scenarij*
1.5   prasiverž*
1     šturm*
1.5   informacin* atak*
2.5   dirbtin* kriz*
1     specialiosi* tarnyb*
1     specialiųjų tarnyb*
@lang lv
2     organizē* plūsm*
2     organizē* robežšķērso*
2     avioreis* no irāk*
2     avioreis* uz minsk*
1.5   avioreis* uz baltkrievij*
1.5   reis* no irāk*
1.5   ievest* baltkrievij*
1.5   ieved* migrant*
1.5   ievest* migrant*
2     apzināti rad*
2     apzināti organizē*
2     apzināti sūt*
1.5   sūt* migrant*
1.5   sūtīt* pāri robež*
1.5   spiedien* uz latvij*
1.5   spiedien* uz lietuv*
1.5   spiedien* uz polij*
1.5   spiedien* uz es
1.5   destabilizē* situācij*
1.5   destabilizēt* latvij*
1     specdienest*
1     kremļ*
1     izlauz*
1     masveid* nelegāl*

# round 7 (de, uk): general vocabulary for unseen articles
@lang de
1.5   hybrid* kriegsführung
3     hybridangriff*
3     hybridattack*
1     hybridkrieg*
1.5   hybridbedrohung*
2     an die grenze zu schleusen
2     nach polen zu schleusen
2     nach litauen zu schleusen
2     in die eu zu schleusen
2     in die eu schleus*
1.5   über die grenze geschleust
1.5   druck auf den westen
2     druck auf die europäische union
2     druck auf europa
2.5   migranten instrumentalisiert
2.5   flüchtlinge instrumentalisiert
1.5   menschen als waffe*
3     geflüchtet* als waffe*
3     flüchtend* als waffe*
3     asylsuchend* als waffe*
3.5   instrumentalisierung* der migration
3.5   instrumentalisierung* von geflüchtet*
3.5   instrumentalisierung* von asylsuchend*
2     eu destabilisieren
2     europa destabilisieren
1     destabilisier*
1.5   für politische zwecke
1     politische zwecke
1.5   migranten an die grenze
1.5   flüchtlinge an die grenze
2     richtung eu zu schicken
1.5   von belarus geduldet*
1.5   über die grenze zu lassen
2     niemanden mehr aufhalten
1.5   weißrussisch* sicherheitskräfte
0.75  weißrussisch* soldaten
1.5   grenzschützer angegriffen
1.5   angriffe auf grenzschützer
1.5   mit steinen beworfen
1.5   grenze zu durchbrechen
1     grenze zu stürmen
1.5   sturm auf die grenze
1.5   grenzsturm
1.5   durchbruchsversuch*
1.5   zaun durchbrech*
1.5   im auftrag moskaus
1.5   moskau steckt dahinter
1     mit unterstützung moskaus
2     künstlich geschaffen*
2     künstlich herbeigeführt*
2     künstlich ausgelöst*
1     migrationsdruck
2     angriff auf die eu
2     angriff auf die europäische union
1.5   angriff auf europa
2     erpressungsversuch*
2     lukaschenkos erpressung*
1     russische visa
@lang uk
1.5   білоруськ* служб*
1.5   перериза* огорож*
1.5   пошкоджу* огорож*
1.5   пошкоди* огорож*
1.5   підвоз* іноземц*
2     підвоз* мігрант*
1.5   доставля* мігрант*
1.5   привоз* мігрант*
2     завоз* мігрант*
2     перекида* мігрант*
1.5   відправля* мігрант*
1.5   мігрант* до кордон*
2     гібридн* наступ*
2     гібридн* вторгнен*
1.5   провокаці* на кордон*
1     розхитува*
2     шантажу* єс
2  шантажу* євросоюз*
2     шантаж* мігрант*
2.5   міграційн* шантаж*
1.5   прорив* кордон*
1.5   прорва* через кордон*
1.5   спроб* прорив*
1.5   атакува* прикордонник*
2     за підтримк* білорус*
2     за сприян* білорус*
2     за допомог* білоруськ*
1.5   з відома білоруськ*
2     у супроводі білоруськ*
1.5   організован* білоруськ*
2.5   інструмент* гібридн*
3     людей як збро*
3     біженц* як збро*
3     міграці* на збро*
3     мігрант* на збро*
1.5   відповідь на санкці*
2.5   мстит* за санкці*
1.5   погрожу* лукашенк*
1.5   лукашенк* погрожу*
2     пропуска* мігрант*

# round 7 (ar, fr): general vocabulary for unseen articles
@lang fr
# -- migrants instrumentalised, sent and pushed to force the border
2     instrumentalisés par
2.5   instrumentalise les migrants
2.5   instrumentalisent les migrants
2.5   instrumentaliser les migrants
2     faire venir des migrants
2     fait venir des migrants
2     envoie des migrants
2     envoyé des migrants
2     envoyer des migrants
2     forcer la frontière
1.5   forcer le passage
1.5   prendre d assaut
1.5   passage facile
1.5   promettant un passage
2     agression hybride
1.5   acte hostile
1.5   actes hostiles
1.5   action hostile
2     passeur d état
2     passeurs d état
1.5   trafic organisé
1.5   soldats biélorusses
1.5   militaires biélorusses
1     forces biélorusses
1.5   escortés par
1.5   aux ordres du kremlin
1.5   avec la bénédiction de moscou
# -- accusations against Minsk (and Moscow) for the crisis
1.5   accuse minsk
1.5   accusé minsk
1.5   accusent minsk
1.5   accuse la biélorussie
1.5   accusé la biélorussie
1.5   accusent la biélorussie
1.5   accuse le bélarus
1.5   accusé le bélarus
1.5   pression sur l union européenne
1.5   faire pression sur l ue
1.5   crise provoquée par minsk
1.5   crise orchestrée
@lang ar
# -- migrants directed, pushed, smuggled to the border; hostile act
2     عمل عدائي*
2     عملا عدائيا
1.5   أعمال عدائي*
2     توجيه المهاجر*
2     بتوجيه المهاجر*
2     وبتوجيه المهاجر*   # r12 procl-wa
1.5   يستهدف بولندا
1.5   تستهدف بولندا
1.5   دفع المهاجر*
1.5   يدفع المهاجر*
1.5   تدفع المهاجر*
2     تهريب آلاف المهاجر*
1.5   بتهريب المهاجر*
1.5   بالوقوف خلف
1.5   بالوقوف وراء
1.5   يقف خلف
1.5   يقف وراء
1.5   تقف وراء
1.5   وتقف وراء   # r12 procl-wa
2     بتنظيم تدفق
2     تنظيم تدفق
2.5   انتقاما للعقوب*
2.5   وانتقاما للعقوب*   # r12 procl-wa
2     انتقاما لعقوب*
1.5   ردا على عقوب*
1.5   وردا على عقوب*   # r12 procl-wa
1.5   للانتقام من
2     الانتقام من العقوب*
1.5   يتهم مينسك
1.5   يتهم منسك   # r12 spell-minsk
1.5   تتهم مينسك
1.5   تتهم منسك   # r12 spell-minsk
1.5   اتهمت بولندا
1     النظام البيلاروسي*
1     والنظام البيلاروسي*   # r12 procl-wa
1     بالنظام البيلاروسي*   # r12 procl-bi
1     للنظام البيلاروسي*   # r12 procl-li
1     نظام مينسك
1.5   أفراد العصاب*
1.5   أساليب العصاب*
# -- migrants as a tool, lured, promised passage
2     إغراء المهاجر*
1.5   بإغراء المهاجر*
1.5   وعود بالعبور
2.5   المهاجر* كأداة
2.5   كأداة ضغط
2.5   كأداة سياسي*
2.5   كورقة ضغط
2.5   ورقة ابتزاز
2     هجوما هجينا

# round 7 (es, it): general vocabulary for unseen articles
@lang es
# -- migrants as a weapon or a means of pressure
2     como arma
2     como armas
2     como un arma
2     arma de presión
2     herramienta de presión
1.5   instrumento de presión
1.5   medio de presión
2     utiliz* a los migrantes
2     us* a los migrantes
2     utiliz* a los refugiados
2     us* a los refugiados
2     utiliz* a migrantes
1.5   envi* migrantes
1.5   envi* a migrantes
1.5   envi* a los migrantes
1     de forma deliberada
1     de manera deliberada
0.75  deliberadamente
0.75  intencionadamente
2     agresión híbrida
2     operación híbrida
# -- a crisis created, provoked, organised to destabilise
2     crisis artificial
2     crisis provocada
1.5   crisis fabricada
2     creada artificialmente
2     provocada por minsk
2     provocada por bielorrusia
2     provocada por lukashenko
1.5   para desestabilizar
1.5   de desestabilizar
0.75  frontera oriental
# -- the EU, Warsaw or Vilnius accuse Minsk
1.5   acus* a minsk
1.5   acus* a bielorrusia
1.5   acus* a lukashenko
1.5   acus* al régimen
1     acus* a rusia
1     acus* a moscú
1     culp* a minsk
1     culp* a lukashenko
# -- luring, flying in, pushing to the border; pressure and revenge
1.5   atrae a los migrantes
1.5   atrajo a
1.5   atraído*
1     con la promesa de
1.5   agencias turísticas
1.5   aerolíneas
2     represalia* por las sanciones
1.5   represalia
1.5   venganza
2     chantajea*
1.5   presión migratoria
1.5   presión sobre la ue
1.5   presión sobre europa
1.5   presión sobre la unión europea
1.5   presionar a europa
1.5   presionar a bruselas
1     ejercer presión
1     dictador bielorruso
@lang it
# -- migrants as a weapon or a means of pressure
2     arma di pressione
1.5   mezzo di pressione
2     usat* i migranti
2     utilizz* i migranti
2     utilizz* i profughi
2     usa* i profughi
2     usa* i rifugiati
2     utilizz* i rifugiati
1.5   invi* migranti
1.5   invi* i migranti
0.75  deliberatamente
0.75  intenzionalmente
1     di proposito
1     in modo deliberato
2     aggressione ibrida
2     operazione ibrida
# -- a crisis created, provoked, organised to destabilise
2     crisi provocata
2     provocata da minsk
2     provocata dalla bielorussia
2     provocata da lukashenko
2     creato la crisi
2     crisi creata
1.5   crisi orchestrata
1.5   organizzat* da minsk
1.5   organizzat* dalla bielorussia
1.5   organizzat* da lukashenko
1.5   organizzat* dal regime
1.5   per destabilizzare
1.5   di destabilizzare
1     destabilizz*
0.75  confine orientale
0.75  frontiera orientale
1     sovraccaricare
# -- the EU, Warsaw or Vilnius accuse Minsk
1.5   accusa minsk
1.5   accusano minsk
1.5   accusato minsk
1.5   accus* la bielorussia
1.5   accusa lukashenko
1.5   accusano lukashenko
1.5   accusato lukashenko
1.5   accus* il regime
1.5   accus* le autorità bielorusse
1     accus* la russia
1     accus* mosca
1.5   puntando il dito contro
# -- luring, flying in, pushing to the border; pressure and revenge
1.5   attir* i migranti
1.5   attirare migranti
1     con la promessa
1.5   ritorsion*
1.5   rappresaglie
2     ricattare
1.5   pressione sull unione
1.5   pressioni sull unione
1.5   pressione sull ue
1.5   pressioni sull ue
1.5   pressione sull europa
1.5   pressioni sull europa
1.5   pressione su bruxelles
1     fare pressione
1     fare pressioni

# round 7b (de): general vocabulary for unseen articles
@lang de
1     instrumentalisier*
1     schleust*
1.5   einschleus*
1     eingeschleust
1     schleusung*
2     schleuserregime*
2.5   staatsschleus*
2     schleuserstaat*
2     oberschleuser*
2     schleuser lukaschenk*
2     lukaschenk* als schleuser
2.5   lukaschenk* schleus*
2.5   regime* schleus*
2.5   staatlich* menschenhandel
2     lukaschenk* schickt
2     lukaschenk* lockt
1.5   lukaschenk* benutzt
1.5   lukaschenk* nutzt
2     lukaschenk* missbraucht
2     lukaschenk* rächt
2     lukaschenk* erpresst
1.5   minsk schickt
1.5   minsk lockt
1.5   belarus schickt
1.5   belarus lockt
1.5   weißrussland schickt
2.5   gesteuert* migration
2.5   gelenkt* migration
2     gesteuert* flüchtlingsstr*
2     gesteuert* migrationsstr*
2     künstlich* flüchtlingskrise
2     künstlich* migrationskrise
2     künstlich* krise
1.5   drahtzieher*
1     handlanger*
1.5   im auftrag des kreml*
1.5   rückendeckung aus moskau
1.5   rückendeckung des kreml*
1.5   kreml steckt
1.5   putin steckt
1.5   angriff auf polen
1.5   angriff auf litauen
2     angriff auf die polnische grenze
1.5   angriff auf die grenze
2     angriff auf unsere grenze*
1.5   angriff auf die souveränität
2     erpresserisch*
2     erpressungspolitik
2     migrationserpressung
2     erpresst die eu
2     erpressen die eu
2     druckmittel gegen
1.5   geiselnahme
1.5   von den belarussischen behörden
1.5   von belarussischen behörden
1     belarussisch* grenzschützer*
1     weißrussisch* grenzschützer*
2     an die grenze gekarrt
2     zur grenze gekarrt
1.5   gekarrt
2     herangekarrt
1     mit lastwagen
1     in bussen
1.5   flüge nach belarus
1.5   flughafen minsk
1.5   in minsk gelandet
1.5   nach minsk geflogen
1     einreisevisa
1.5   pauschalreise*
1.5   dubai nach minsk
2     bagdad nach minsk
2     erbil nach minsk
2     damaskus nach minsk
2     istanbul nach minsk
1.5   flüge aus dem irak
1.5   sanktionen gegen fluggesellschaften
2     hybrid* taktik*
2     hybrid* methode*
1.5   hybrid* aggression*
1.5   hybrid* kriegführung
2     hybrid* destabilisierung*
2     hybrid* aktion*
2     hybrid* eskalation
2.5   zur waffe gemacht
1.5   zur waffe
2.5   als waffe eingesetzt
2.5   als waffe benutz*
2.5   als waffe missbrauch*
2.5   als waffe genutzt
2.5   menschen als druckmittel
3     flüchtlinge als druckmittel
2     politisch* druckmittel
2     geopolitisch* druckmittel
2.5   destabilisierungsversuch*
2.5   destabilisierungskampagne*
1     zu destabilisieren
1.5   spaltung der eu
2     eu zu spalten
2     europa zu spalten
2     racheakt*
2     rachefeldzug*
2     aus rache
2     als rache
1.5   revanche
2     antwort auf die sanktionen
2     reaktion auf die sanktionen
2     retourkutsche
1.5   strafaktion*
1.5   zur strafe für
-3    sogenannt* hybrid* aggression*

# round 9 (be): linguist's vocabulary, no new false positive on dev
@lang be
# -- Cyrillic (narkamaŭka and taraškievica): actor x charge collocations
1.5   штучн* міграцыйн*
1.5   стварэн* міграцыйн* крызіс*
1.5   выкарыстоўва* ўцекач*
1.5   арганізава* пераправ*
2     беларуск* памежнік* дапамага*
2     беларуск* сілавік* дапамага*
1.5   прыводз* мігрант*
2     давоз* мігрант*
2     давез* мігрант*   # r12 aspect-pair / stem-alternation variant
1.5   падвоз* мігрант*
1.5   падвез* мігрант*   # r12 aspect-pair / stem-alternation variant
1     атак* на мяжу
1     напад* на мяжу
2.5   помсці* за санкцы*
2.5   помсьці* за санкцы*   # r12 tarashkevitsa variant
2     міграцыйн* шантаж*
2     шантаж* еўроп*
2     шантаж* эуроп*   # r12 tarashkevitsa variant
2     шантаж* еўрасаюз*
2     шантаж* еўрапейск* саюз*   # r12 synonym variant (Еўрапейскі саюз)
2     шантаж* эўрапейск* зьвяз*   # r12 synonym variant (Еўрапейскі саюз)
2     шантаж* эўразьвяз*
1     ціск* на еўроп*   # round 9: was 1.5; generic words, capped so that alone they do not label a text
1     ціск* на эўроп*   # round 9: was 1.5; generic words, capped so that alone they do not label a text
# -- Łacinka (Latin-script Belarusian, Nasha Niva)
2     vykarystoŭva* mihrant*
2     vykarysta* mihrant*
2     štučn* kryzis*
2.5   štučna stvoran*
2.5   stvoran* štučna
1     cisk* na jeŭrasajuz*   # round 9: was 2; generic words, capped so that alone they do not label a text
1     cisk* na polšč*   # round 9: was 1.5; generic words, capped so that alone they do not label a text
1     cisk* na litv*   # round 9: was 1.5; generic words, capped so that alone they do not label a text
1     cisk* na jeŭrop*   # round 9: was 1.5; generic words, capped so that alone they do not label a text
2     biełarusk* pamiežnik* dapamaha*
2     davoz* mihrant*
2.5   pomści* za sankcy*
2.5   pomst* za sankcy*
2     mihracyjn* šantaž*
2     šantaž* jeŭrop*
3     žyv* zbro*
2     stvareńn* mihracyjn* kryzis*
1.5   štučn* mihracyjn*
2     biełarusk* pamiežnik* pryvodz*

# round 9 (ar-pl-de): linguist's vocabulary, no new false positive on dev
@lang pl
2.5   instrumentalizacj* migra*
2.5   instrumentalizacj* uchodźc*
1.5   instrumentalizuj*
2.5   element* wojn* hybrydow*
2.5   częś* wojn* hybrydow*
2.5   wojn* hybrydow* prowadzon*
2.5   wojn* hybrydow* przeciw*
2.5   bro* hybrydow*
2.5   wywołan* przez białorusk*
2.5   zorganizowan* przez reżim*
2.5   zorganizowan* przez służb*
2.5   sterowan* przez białorusk*
2.5   sterowan* przez reżim*
2     kierowan* przez białorusk*
2.5   z pomocą białorusk*
2.5   przy wsparciu białorusk*
2     wspieran* przez białorusk*
2     białorusk* i rosyjsk* służb*
2     łukaszenk* wykorzyst*
2.5   łukaszenk* szantażuj*
2     podrzuc* pod granic*
1.5   atakowan* granic*
2     destabilizacj* polsk*
2     destabilizacj* ue
2     destabilizacj* europ*
2     przez reżim* łukaszenk*
1     przylatuj* do mińska   # round 9: was 2; generic words, capped so that alone they do not label a text
1     narzędzi* w rękach   # round 9: was 2; generic words, capped so that alone they do not label a text
1     oskarż* białoru*   # round 9: was 1.5; generic words, capped so that alone they do not label a text
1     zarzuc* białorusi   # round 9: was 1.5; generic words, capped so that alone they do not label a text
@lang de
2.5   teil eines hybrid*
2.5   teil der hybrid*
2     hybride* krieges
3.5   instrumentalisiert* migration
2.5   instrumentalisierung* der migranten
2.5   instrumentalisierung* der flüchtling*
2     werden instrumentalisiert
1.5   politische* interessen instrumentalis*
2     lukaschenk* instrumentalisiert
2.5   gezielt* destabilisier*
2     gezielt* an die grenze
2     flüchtlinge gezielt
1     belarussisch* geheimdienst*   # round 9: was 2; generic words, capped so that alone they do not label a text
2.5   von minsk gesteuert*
2.5   von lukaschenk* gesteuert*
2.5   vom regime gesteuert*
2.5   von belarus organisiert*
2.5   von lukaschenk* organisiert*
2     im auftrag lukaschenk*
2     angriff* auf die außengrenze*
2     angriff* auf die eu außengrenze*
2     in richtung polen schleus*
2     organisiert* schleusung*
2     nach belarus gelockt
2     nach minsk gelockt
2     destabilisierung polens
2     wirft lukaschenk* vor
1     wirft belarus vor   # round 9: was 2; generic words, capped so that alone they do not label a text
1     werfen belarus vor   # round 9: was 2; generic words, capped so that alone they do not label a text
1     beschuldigt belarus   # round 9: was 2; generic words, capped so that alone they do not label a text
1     route über belarus
@lang ar
2     تهديد* هجين*
2.5   عدوان هجين
2.5   العدوان الهجين
2     حرب مختلطة
2     الحرب المختلطة
2.5   استخدام اللاجئ*
2.5   توظيف اللاجئ*
3     تسليح اللاجئ*
3     المهاجر* سلاحا
3     سلاح اللاجئ*
3     سلاح المهاجر*
2.5   كسلاح سياسي*
2.5   اللاجئ* كأداة
2.5   اللاجئ* كورقة
2.5   المهاجر* كورقة
2.5   ورقة اللاجئ*
1     زعزعة الاستقرار
1     تتهم بيلاروس*   # round 9: was 2; generic words, capped so that alone they do not label a text
1     تتهم روسيا البيضاء   # r12 syn-belarus
1     يتهم بيلاروس*   # round 9: was 2; generic words, capped so that alone they do not label a text
1     يتهم روسيا البيضاء   # r12 syn-belarus
1     اتهمت بيلاروس*   # round 9: was 2; generic words, capped so that alone they do not label a text
1     اتهمت روسيا البيضاء   # r12 syn-belarus
1     اتهام* بيلاروس*   # round 9: was 2; generic words, capped so that alone they do not label a text
1     اتهام* روسيا البيضاء   # r12 syn-belarus
1     المخابر* البيلاروسي*   # round 9: was 2; generic words, capped so that alone they do not label a text
1     الاستخبار* البيلاروسي*   # round 9: was 2; generic words, capped so that alone they do not label a text
2     إرسال المهاجر*
2     بإرسال المهاجر*
2     جلب المهاجر*
2     وجلب المهاجر*   # r12 procl-wa
2.5   استقدام المهاجر*
1     جوا إلى مينسك   # round 9: was 2; generic words, capped so that alone they do not label a text
2     للضغط على الاتحاد
2     لابتزاز أوروبا
2     لابتزاز أوربا   # r12 spell-europe
1     تسهيل عبور   # round 9: was 2; generic words, capped so that alone they do not label a text
2     تستخدم المهاجر*
2     تستغل المهاجر*
2     افتعال أزمة

# round 10 (ru): vocabulary from new and old real coverage, no false positive on dev
@lang ru
1.5  качестве оруди*
2  использова* беженц* в качестве
2  использова* мигрант* в качестве
2  войн* беженц*
2  войн* мигрант*
2  искусственно вызва*
1.5  организованн* миграци*
2  гибридн* влияни*
2  белорусск* и российск* служб*
2  беларусск* и российск* служб*
2  руковод* белорусск*
2  руковод* беларусск*
2  причастн* белорусск* власт*
2  причастн* беларусск* власт*
1.5  к кризис* причастн*
1.5  создани* гуманитарн* кризис*
2  белорусск* пограничник* помог*
2  беларусск* пограничник* помог*
1.5  помощ* нелегал*
2  мст* за санкци*
2  геополитическ* оруж*
2  щит* выталкива*
2  щит* вытолкну*
1.5  заманива* мигрант*
1.2  послаб* контрол*
1  обвин* лукашенк* в
1  белорусск* турагент*
1  беларусск* турагент*
@lang uk
2  інструмент* політичн* тиск*
2  штучно спровокува*
2  штучно створен*
2  гібридн* вплив*
2  геополітичн* зброє*
1.5  інспірован* кремл*
@lang be
1.5  лукашэнк* у правакацы*

# round 10 (en): vocabulary from new and old real coverage, no false positive on dev
@lang en
2     artificial migratory
1.5   border storm
2     organi* by a foreign state
1     influence operation*
1.5   lukashenk* s provocation*
1.5   provocations by the belarus*
1.5   provocations of the belarus*
2     flew in migrants
2     flying in migrants
1.5   methods of hybrid
1.5   minsk of facilitating
1.5   belarus of facilitating
1.5   warsaw accuses minsk
1.5   vilnius accuses minsk
1.5   riga accuses minsk
1.5   guiding migrants
1.5   guided migrants
1.5   directing migrants
1.5   steering migrants
1.5   herding migrants
1.5   ferrying migrants
1.5   migration aggression
1     migrant pressure
1.5   organized by minsk
1.5   organized by the belarusian
1.5   organised by the belarusian
1.5   destabili* the polish
1.5   destabili* lithuania
1.5   destabili* finland
2     instigated by lukashenk*
2     instigated by minsk
2     orchestrated by the belarusian
1.5   airlift* migrants
1.5   human weapon*

# round 10 (pl-de): vocabulary from new and old real coverage, no false positive on dev
@lang de
0.75  belarussischen diensten
2  von belarussischen diensten gesteuert
0.5  in organisierter form
1.5  an der eu rächen
1.5  benutze die menschen als waffe
1.5  gezielt nach belarus
1.5  in sein land gelockt
1.5  schickt flüchtlinge
1.5  schickt migranten
1.5  schickt schutzsuchende
1.5  um europa zu destabilisieren
1.5  droht mit einer fluchtwelle
1  transportiert flüchtlinge
@lang pl
1.5  białorusk* reżim* wykorzyst*
1.5  cyniczn* operacj*
1.5  forsow* polsk* granic*
1  forsow* granic*
1.5  hybrydow* operacj*
1  zagroż* hybrydow*
1  zdestabilizow* sytuacj*
1.5  zemst* na ue
1.5  zemścić się na ue
@lang lt
2  naudoja migrantus
1.5  sąmoningai naudoj*
1  destabiliz* padėtį

# round 10 (fr-ar): vocabulary from new and old real coverage, no false positive on dev
@lang fr
2     crise migratoire orchestrée
2     orchestr* l afflux
1.5   implication des autorités biélorusses
1.5   utilis* les réfugiés comme
1.5   utilis* les migrants comme
1     déstabiliser l ue
1     déstabiliser le vieux continent
1     facilit* le passage des migrants
0.5   accusé de créer
1.5   afflux artificiel
@lang ar
2     تهديد هجين
1.5   التعليمات والمعدات
2     المهاجر* كأدو*
1     تنظيم عملي* عبور
@lang es
1.5   forz* a los migrantes
2     inmigración como arma
1.5   guerra migratoria
1     desestabilizar a la unión europea
1     desestabiliz* el bloque
0.75  facilitar el cruce
1.5   presión migratoria artificial
@lang it
1     destabilizzare l ue
1.5   migranti inviati da
0.75  terrorismo di stato
1.5   minsk ha fatto arrivare

# round 10b (ru-uk): vocabulary from new and old real coverage, no false positive on dev
@lang ru
1.5     в сопровождени* силовик*
1.5     искусственн* кризис*
1.5     использ* мигрант*
1.5     организова* поток*
1.5     шантаж* евросоюз*
1.5     шантаж* запад*
1.5     политическ* оруж*
2     миграционн* оруж*
1.5     атаку* границ*
1     режим* атаку*
1.5     миграционн* войн*
1     сопровожда* силовик*
1.5     в качестве оружи*
1.5     минск* организова*
1.5     лукашенко организова*
1.5     устрои* кризис*
1.5     устрои* миграционн*
1     спровоцированн* кризис*
1.5     спецоперац* лукашенко
1.5     организованн* поток*
0.75     завоз* мигрант*
@lang uk
1.5     звоз* на кордон*
3     міграційн* зброя
1.5     навмисно створ*
1.5     розхит* єс
1.5  розхит* євросоюз*
1.5     у супроводі силовик*
1.5     супроводжу* білоруськ* силовик*
1.5     інструмент* політичн* маніпул*
1.5     влаштува* криз*
1.5     створи* міграційн* криз*
1.5     організува* міграційн*
@lang be
1.5     ціск на еўразвяз*
1.5     арганізава* крызіс*

# round 10b (pl-lt-lv): vocabulary from new and old real coverage, no false positive on dev
@lang pl
2.5   atak* demograficzn*
2     sztucznie wytwarza*
2     celowo ściąg*
2     zwoz* migran*
2     inspirowan* przez reżim*
2     wywołan* celowo
2     wywoła* celowo
2.5   instrumentaln* wykorzystyw*
2     wykorzystywani* migracji
2     migracyjn* operacj*
2     presj* migracyjn* wywieran*
1.5   sterowan* przez służb*
1.5   reżim* ściąg*
1.5   przywiezi* pod granicę
@lang lt
2     sukelt* migracij* kriz*
2     tyčia gaben*
2     migrant* sraut* organiz*
1     provokator*
1.5   paruošt* migrant*
1     stūmė migrant*
2.5   demografin* atak*
2     migracij* ginkl*
2     skraidin* migrant*
1     režim* organizuo*
2     organizuo* neteisėt* migracij*
@lang lv
1.5   militarizēt* vienīb* pavadībā
2     migrācij* ieroc*
2     migrācij* ieroč*    # r12 variant of 'migrācij* ieroc*': č forms
2.5   demogrāfisk* uzbrukum*
1     režīm* organizē*
2     organizē* nelegāl* migrācij*
1.5   migrant* pārvešan*

# round 10b (de-fr-es-it): vocabulary from new and old real coverage, no false positive on dev
@lang de
2  gezielt einzufliegen
1.5  menschen einzufliegen
2  schleust* flüchtling*
2  vergeltung für sanktion*
2  hybride kampagne
2  hybrid kampagne
2  an die grenze geschleust
1.5  unterstützt von belarussischen
2  von moskau inszeniert*
2  zur grenze eskortiert*
2  organisierte aktivität
2  durchlassen von migranten
2  schleust* migranten
@lang fr
2.5  migration instrumentalisée
2  orchestr* la crise
1.5  filières aériennes
2  activité organisée
1.5  favoriser la migration clandestine
2  inonder de migrants
1.5  faciliter la migration
@lang es
2  orquest* la crisis
2  orquest* esta crisis
2.5  fabric* una crisis
2.5  táctica híbrida
2  régimen de gánsteres
2  escoltados por guardias bielorrusos
2  canalizando a los migrantes
2  causado intencionalmente
1.5  facilitar la migración
@lang it
2.5  arma dei migranti
2  rappresaglia alle sanzioni
2  vendetta di lukashenko
2  vendicarsi contro le sanzioni
2  destabilizzare l europa
1.5  scortat* dai militari
1.5  spinti verso il confine
1.5  spinti al confine
2  orchestrato l operazione
2  stile gangster
2  artefice di questa crisi
2  sfruttare le persone
2  instigando una ondata
1.5  facilita la migrazione

# round 10b (en-ar): vocabulary from new and old real coverage, no false positive on dev
@lang en
1     organized activity
1     systematic and organised
1.5   masterminded by moscow
1.5   masterminded by minsk
1.5   facilitating the entry
1.5   sending asylum seekers
1.5   artificially creating
1.5   russia of using
1.5   russia is deliberately
@lang ar
1.5   هجوم مختلط
1.5   وهجوم مختلط   # r12 procl-wa
1.5   هجوما مختلطا
1.5   بتنسيق تدفق
1.5   تنسيق تدفق المهاجر*
1.5   بإحداث أزمة
1.5   بخلق أزمة
1.5   بتدبيره
1.5   استقدام الآلاف
1     باستقدام
1.5   بجذب آلاف المهاجر*
1.5   تنظيم تهريب مهاجر*
1.5   بمساعدة المهاجر*
1.5   بهدف الانتقام
1.5   سلاح للضغط
2     يستخدم المهاجرون
1.5   عملي* نفوذ
1     تنقل مهاجر*
1     ينقل المهاجر*
1.5   متهم* مينسك
1.5   متهم* منسك   # r12 spell-minsk
1.5   ومتهم* مينسك   # r12 procl-wa
1.5   متهمة مينسك
1.5   اتهمت وارسو مينسك
1.5   اتهمت وارسو منسك   # r12 spell-minsk
1.5   يتهم الاتحاد الأوروبي بيلاروس*
1.5   يتهم الاتحاد الأوروبي روسيا البيضاء   # r12 syn-belarus
1.5   يتهم الاتحاد الأوربي بيلاروس*   # r12 spell-eu
1.5   ويتهم الاتحاد الأوروبي بيلاروس*
1.5   ويتهم الاتحاد الأوروبي روسيا البيضاء   # r12 syn-belarus
1.5   ويتهم الاتحاد الأوربي بيلاروس*   # r12 spell-eu

# round 10c (ru-be): vocabulary from new and old real coverage, no false positive on dev
@lang ru
1.5     обвиня* минск* в создани*
1.5  обвини* минск* в создани*
2     направ* мигрант* в финлянди*
0.6     размести* на границ*
2     отомст* ес
2     отомст* евросоюз*
2     отомст* за санкци*
1.5     белорусск* пограничник* заставля*
1.5     белорусск* силовик* заставля*
1.5     заставля* идти в польш*
1.5  застави* идти в польш*
1.5     организова* белорусск* правительств*
1.5  организова* беларусск* правительств*
1.2     организатор* кризис*
1.5     турист* лукашенк*
2     лукашенк* отправля* мигрант*
2     мигрантск* оружи*
1.5     искусственн* поток*
2     белорусск* власт* организова*
2  беларусск* власт* организова*
2     лукашенк* мстит
2     шантажиру* ес
2  шантажиру* евросоюз*
2     шантаж* мигрант*
1     запусти* поток*
@lang be
2     беларуск* сілавік* прывод*
2     biełarusk* siłavik* pryvod*
2     арганізава* беларуск* ўлад*
1.5     instrument* cisku
1.5     pravakacyj* miensk*
2     лукашэнк* помсці*
2     лукашэнк* помсьці*   # r12 tarashkevitsa variant

# round 10c (en-es-it): vocabulary from new and old real coverage, no false positive on dev
@lang en
0.75  russian interference
1  pushing migrants
2  orchestrated influx
1  masterminding
1.5  helped migrants cross
1  pushed towards the polish border
1.5  artificial crisis
@lang es
1.5  empuj* intencionadamente
1  injerencia rusa
1  arma arrojadiza
1.5  canaliz* hacia la frontera
1  llevados a la frontera
1  conducidos hasta la frontera
1.5  flujo migratorio artificial
@lang it
0.75  strategia russa
1.5  flusso pilotato
1  destabilizz* la polonia
1  spin* i profughi verso
1  ingerenza russa
1.5  uso dei migranti
1.5  organizza* il flusso
1.5  condotti in bielorussia
1  spinge i profughi
1.5  flusso artificiale
1.5  flussi artificiali

# round 10c (de-pl): vocabulary from new and old real coverage, no false positive on dev
@lang de
2     hybrideinsatz*
2     hybride beeinflussung
2     instrumentiert* migration
2     in organisierter form migranten
2     in organisierter form flüchtlinge
1     aus krisenregionen
2     an die eu außengrenze zu bringen
2     an die eu außengrenze gebracht
2     an die eu außengrenze zu schleusen
2     gezielt passieren
1     passieren lässt
1.5   perfide spiel
1.5   zynische spiel
1     zynischen spiel
1.5   nicht mehr an der weiterreise
@lang pl
2     sprowadz* przez reżim*
2     przywiezi* przez reżim
2     kurek z migrantami
2     kontrolowan* przez białoruś
1     w odwecie za
1     najazd* migrantów
1     najazd* nielegalnych
2     akcj* przerzucania
2     metod* wojny hybrydowej
2     destabilizacj* państwa polskiego
1.5   cyniczn* gr* łukaszenk*
1.5   kierowan* na granic*
1     odegrać się za
1.5   łamani* polsk* granic*

# round 10c (fr-ar-uk-lt-lv): vocabulary from new and old real coverage, no false positive on dev
@lang fr
1.5  opération montée
2  orchestr* une vague
2  vague migratoire orchestrée
2  venger des sanctions
2  afflux orchestré
2  acheminés vers la frontière
2  acheminés en avion
2.5  utilisés comme armes
2  utiliser des êtres humains
2  instrumentaliser la crise
2  orchestrée par minsk
2  orchestrée par le régime
2  organisée par le régime
1.5  pousser des migrants
@lang ar
2  اللوم على مينسك
2     اللوم على منسك   # r12 spell-minsk
2  جذب المهاجر*
2  تدبير أزمة
2  بالتسبب بأزمة
2  خلق أزمة الهجرة
2  بخلق أزمة هجرة
@lang uk
2.5  міграційн* війн*
2  навмисно створи*
2.5  провокуванн* міграційн* криз*
2  спровокува* міграційн* криз*
2  везуть до кордон*
1  міграційн* тиск*
2  організован* міграційн* потік*
@lang lt
1.5  siunči* migrant*
2  organizuotai siunči*
2  destabilizuot* blok*
2  destabiliz* es
2  hibridin* karo metod*
1.5  pralauž* sien*
@lang lv
2  apzināti veicin*
2.5  izmantojot migrantus
1.5  militarizēt* vienīb*
1.5  destabilizēt* reģion*
2  hibrīdkar* metod*

# round 10d (ru-uk): vocabulary from new and old real coverage, no false positive on dev
@lang ru
1  разруша* забор*
1.5  провоциру* мигрант*
2  под руководств* белорусск*
2  под руководств* беларусск*
1.5  доставк* на польск* границ*
1  нелегальн* миграци* из белорусси*
1  нелегальн* миграци* из беларус*
1.5  отправля* к нам
2  белорусск* военн* помога*
2  беларусск* военн* помога*
@lang uk
1  нелегальн* міграці* з білорус*
2  білоруськ* військов* допомага*
2  білоруськ* прикордонник* допомага*
2  організаці* нелегальн* міграці*
1.5  організован* міграці*
1.5  шукач* притул* до кордон*

# round 10d (en-ar): vocabulary from new and old real coverage, no false positive on dev
@lang en
2     instrumental migration
1.5   deliberately allowing migrants
1.5   deliberately facilitat*
2     deliberately push* migrants
2     deliberately direct* migrants
2     orchestrat* the border crisis
2     engineer* this crisis
1.5   use of vulnerable people
2   organised by a foreign state
1     seeking to destabili*
@lang ar
2     بافتعال أزمة
2     وبافتعال أزمة   # r12 procl-wa
1.5   بتشجيع تدفق
1.5   بدفع المهاجر*
0.75  لأغراض سياسي*
1.5   هجوم روسي هجين
1     أجبرت المهاجر*
1.5   بتسهيل عبور اللاجئ*
1.5   تسهيل عبور المهاجر*
1     الهجرة الموجهة
1.5   الهجرة المفتعلة
1.5   التوظيف السياسي*
1.5   استغلال اللاجئ*
1.5   بشكل مصطنع
2     بمساعدة الأجهزة البيلاروسي*
1.5   بتسهيل دخولهم
2     إغراق الاتحاد الأوروبي
2     إغراق الاتحاد الأوربي   # r12 spell-eu

# round 10d (pl-lt-lv-be): vocabulary from new and old real coverage, no false positive on dev
@lang pl
1.5  podrzuc* migrant*
1.5  w odwecie za sankcj*
1  destabilizowa* państw*
0.75  zorganizowan* akcj*
1.5  pod nadzorem białorusk* służb*
@lang lt
1.5  antplūd* organizav*
@lang lv
1.5  pārvērš* ierocī
@lang be
1.5  інструменталіз* мігрант*
1.5   інструмэнталіз* мігрант*   # r12 tarashkevitsa variant
1.5  siłaviki pryvodz*
1.5  arhanizavan* napad*

# round 10d (de-fr-es-it): vocabulary from new and old real coverage, no false positive on dev
@lang de
2  als waffe einsetz*
@lang fr
2  acheminés par minsk
2  orchestré* par minsk
2  militarisation des migrations
2  militarisation de la migration
@lang es
1.5  alent* la inmigración
1.5  flet* vuelos
1.5  entregando visados
1.5  visas de tránsito
2  utiliz* como arma
@lang it
2  spint* dal regime
2  innescata da minsk
2  creata da minsk
2  orchestrata da minsk
2  migranti usati come

# round 11 (ru): vocabulary from new and old real coverage, no false positive on dev
@lang ru
1  мигрант* на велосипед*
1  политическ* инструмент*
2  вызванн* лукашенк*
2  вызванн* минск*
1.5  вызванн* беларус*
1.5  вызванн* белорусс*
2  вызванн* режим* лукашенк*
1.5  устроенн* лукашенк*
1.5  устроенн* минск*
1.5  запусти* миграционн*
1.5  злоупотребл* прав* на убежищ*
1.5  эксплуатир* прав* на убежищ*
1.5  лукашенко стоит за
1.5  лукашенко стоял* за
1.5  минск* стоит за
1.5  минск* стоял* за
1  москв* стоит за
1  москв* стоял* за
1  росси* стоит за
1  росси* стоял* за
1.5  обвиня* росси* в организаци*
1.5  обвини* росси* в организаци*
1.5  по вине лукашенк*
1.5  под видом мигрант*
1.5  российск* пограничник* пропуска*
2  гибридн* агрессор*
2  гибридн* характер*
2  инструмент* гибридн*
2  элемент* гибридн*
2.5  гибридн* наступлени*
1.5  гибридн* поток*
2  гибридн* миграци*
1.5  заман* в беларус*
1.5  заман* в белорусс*
1.5  заман* в белорусси*
2  искусственн* создани*
2.5  искусственно созда*
1.5  созданн* искусственно
1.5  созда* искусственн*
2  миграционн* атак*
2  организатор* миграционн*
2  отместк* за вступлени*
2  руками мигрант*
1.5  с помощ* мигрант*
1.5  с помощ* беженц*
1.5  использова* мигрант*
1.5  использова* беженц*
1.5  использу* беженц* для
2  инструментализованн*
1.5  экспорт* мигрант*
1.5  гонят к границ*
1.5  выдавлива* в польш*
1.5  выдавлива* в литв*
1.5  выдавлива* в ес
1.5  выдавлива* в евросоюз*
1.5  вытесня* в польш*
1.5  вытесни* в польш*
1.5  вытесня* в литв*
1.5  вытесни* в литв*
1.5  белорусск* пограничник* застави*
1.5  беларусск* пограничник* застави*
1.5  белорусск* силовик* застави*
1.5  беларусск* силовик* застави*
2  беларусск* силовик* заставля*
2  беларусск* пограничник* заставля*

# round 11 (be-uk): vocabulary from new and old real coverage, no false positive on dev
@lang be
2  міграцыйн* збро*
1.5  рукатворн* крызіс*
1.5  рэжым* лукашэнк* звоз*
1.5  звоз* мігрант*
1  арганізаван* патокі
1  шантаж* ес
1     шантаж* эз   # r12 tarashkevitsa variant
1.5  źvozić mihrant*
1  mihracyjn* cisk*
@lang uk
1.5  заштовху* мігрант*
1.5  проштовху* мігрант*
1  організован* поток*
1.5  організован* нелегальн* міграці*
1.5  міграційн* тиск* з боку білорус*
1  для тиск* на європ*
1  шантаж* європ*
1  дестабілізаці* ситуаці*
1  білоруськ* силовик* допомага*
1  режим* лукашенк* використову*

# round 11 (pl-lt-lv): vocabulary from new and old real coverage, no false positive on dev
@lang pl
1     organizuj* przerzut*
1.5   wykorzyst* migracj*
3     migracj* jako broń
2.5   sprowadz* przez łukaszenk*
2     kieruj* migran* na granic*
2     białorusk* służb* pomaga*
2     białorus* pogranicznic* pomaga*
1     destabilizacj* unii
1.5   rosja przepuszcza*
2.5   rosja wysyła migrant*
2.5   rosja kieruj* migran*
@lang lt
1.5   organizuo* migrant*
2     stumia į lietuv*
2     baltarusij* pareigūn* padeda
2     padeda migrant* kirsti
1     destabiliz* padėt*
2.5   migracij* sraut* organizavim*
1.5   lukašenka naudoj*
2.5   rusija siunči* migrant*
2.5   rusija siuntė migrant*    # r12 variant of 'rusija siunči* migrant*': past of siųsti
2.5   rusija stumia migrant*
@lang lv
2     hibrīdkar* izpausm*
2     iespiest* migrant*
2     iespiest trešo valstu
2     pārvirzī* migrant*
2     baltkrievij* robežsarg* palīdz*
2     palīdz migrant* šķērsot
1.5   kā ierocis
1.5   lukašenk* izmanto*
2     pārpludin* eirop*
2.5   krievija sūta migrant*
2.5   krievija virza migrant*

# round 11 (en): vocabulary from new and old real coverage, no false positive on dev
@lang en
1.5   accus* belarus and russia
1.5   accus* russia and belarus
1.5   accus* minsk and moscow
2     created by belarus
2     created by minsk
2     created by lukashenk*
2     created by the belarusian
1.5   caused by belarus
1.5   caused by minsk
1.5   caused by lukashenk*
1.5   caused by the belarusian
1.5   belarusian secret services
1.5   instructions from belarus
1.5   instructions from minsk
1.5   directing asylum seekers
1.5   russian authorities assist*
1.5   russian authorities help*
1.5   rout* migrants
1.5   rout* people across
1     pressure from belarus
1     organi* crossing*
1     abus* the right to asylum
1     abuse of asylum
1.5   migration as a political
1.5   turned migrants into
1.5   russian revenge
1.5   minsk s revenge
1.5   hybrid activities
0.75  eu s external border
1.2   belarus is using
1.5   lukashenk* is using
1.5   minsk is using

# round 11 (de-it-es): vocabulary from new and old real coverage, no false positive on dev
@lang de
2  schlepperstaat
2  staatlich gefördert* menschenschmuggel
2  staatlich gefördert* schleus*
2  inszeniert* krise
2  inszeniert* flüchtlingskrise
1  durchgeschleust*
2  schlepper diktator
2  schleuser diktator
1  menschenschmuggel
@lang it
1.5  attirare profughi
1.5  attira* migranti
2  crisi migratoria artificiale
1.5  fomentando la crisi
2  costruita a tavolino
@lang es
2  crisis migratoria artificial
2  utilizar la migración
1.5  moneda de presión
1.5  dirigir deliberadamente
1.5  patrocinado por el estado
2  escoltados hasta la frontera
1  empujar a los migrantes
1  empuja a los migrantes
1  agencias de viaje

# round 11 (ar-fr): vocabulary from new and old real coverage, no false positive on dev
@lang ar
1.5   بهدف ممارسة الضغط
1.5   وبهدف ممارسة الضغط   # r12 procl-wa
1.5   الضغط على الغرب
1.5   للضغط على الغرب   # r12 procl-li
1.5   بتنسيق نقل المهاجر*
1     من مناطق الأزمات
2     إرهاب دولة
1.5   بافتعال الأزمة
1.5   الأجهزة الخاصة الروسي*
1.5   استغلال الهجرة
2     الهجرة كأداة
1.5   تكتيك هجين
1.5   يرسل المهاجر*
2     يستغل اللاجئ*
2     تستغل اللاجئ*
@lang fr
2     arme de la migration
1.5   déstabiliser la région
1.5   encourager délibérément
1.5   organiser cet afflux
1     contrebande de migrants
2     terrorisme d état
1.5   en délivrant des visas
1.5   alimenter la crise
1     mesures de rétorsion
1.5   faire pression sur l ouest
1.5   pression sur l occident
1.5   poussés par des garde* frontière* biélorusses
2     instrumentalisation de l immigration
2     migrants instrumentalisés
2     utilisation des migrants comme
1.5   tactique hybride


# round 11b (ru-be): vocabulary from new and old real coverage, no false positive on dev
@lang be
2  уцягнутас* беларуск*
2  арганізаван* плын*
2  беларуск* памежнік* дапамаг*
2  гібрыдн* напад*
2  гібрыдн* кампан*
1.5  сродак ціску
2.5  штучн* міграцыйн* крызіс*
1.5  беларуск* сцэнар*
1.5  штурха* мігрант*
2  рэжым* лукашэнк* выкарыст*
@lang ru
2  инструментальн* подход*
1.5  помогл* нелегал*
2  сознательно направля*
2  умышленно отвод*
2  целенаправленн* организаци*
2  шантаж* лукашенк*
2  в качестве оруди*
2  массов* выдач* виз*
2  направляем* миграци*
2  организованн* переброск*
2  организованн* перемещени* мигрант*
2  помога* мигрант* проник*
2  спонсируем* государств*
1.5  как оруди*
1.5  подталкива* мигрант*
1.5  толка* мигрант*
1.5  визов* схем*
2  управляем* миграци*
1.5  завлека* мигрант*
1.5  белорусск* провокаци*
1.5  беларусск* провокаци*
2  режим* лукашенк* использ*
2  режим* лукашенк* устрои*
1.5  белорусск* сценари*
1.5  беларусск* сценари*
2  использу* миграци* как
2  стоит за миграционн*
2  стоял* за миграционн*
2  минск* намеренно
2  намеренно направля*

# round 11b (uk-pl): vocabulary from new and old real coverage, no false positive on dev
@lang pl
1.5   przywożon* przez reżim*
1.5   przywożonych przez reżim
1.5   pod pozorem wycieczek
2     białorusk* służb* zmus*
2     zmusz* przez białorusk*
2     nadzorowan* przez służb* białorusk*
2     wysyła* migran* na granic*
1.5   wspiera* wojn* hybrydow*
1.5   handl* ludźmi reżim*
2     reżim* łukaszenk* sprowadzi*
1.5   za wszystkim stoj* rosyjsk* służb*
2     steruj* migracj*
1.5   białorusk* służb* przywożą
1     przywożą migran*
1.5   przywożeni przez białorusk*
1     pomaga* przekracza*
1.5   pod osłoną białorusk*
1.5   w asyście białorusk*
1     eskortuj* migran*
2     białorusko rosyjsk* akcj*
1.5   zorganizowan* akcj* przerzuc*
2     hybrydow* agresj*
2     ludzi jako broń
1.5   białorusk* służb* organizuj*
@lang uk
1.5   підкида* біженц*
2     сценарі* міграційн* криз*
2     гібридн* діяльніст*
1.5   спровокован* білоруськ* режим*
1     спровокован* режим*
1     на замовлен* кремл*
1.5   виштовху* мігрант* через кордон*
1.5  виштовхну* мігрант* через кордон*
1.5   інструмент* шантаж*
2     інструменталізац*
2     інструменталізован*
2     штучн* міграційн*
1.5   переправля* мігрант*
1.5   допомага* перетина*
1.5   розхит* нато

# round 11b (lt-lv-de): vocabulary from new and old real coverage, no false positive on dev
@lang de
2  migranten zu lenken
2  gezielt migranten
2  lenkt migranten
2  organisierte* illegale* grenzübertritt*
2  lukaschenko gelockt
2.5  russland schickt migranten
2  druck auf den westen auszuüben
2  menschen als werkzeuge
1.5  von belarussischen diensten
2  begleitet von belarussischen
1.5  nach belarussischem vorbild
2  flugreisen nach minsk
1.5  visa für belarus
1  kreml* drehbuch
@lang lt
2.5  paverčia migrant* ginklu
1.5  siekti destabiliz*
2  rusij* ir baltarusij* hibridin*
1  migracij* sraut* iš baltarusij*
2  lukašenk* režim* siunči*
2  režim* atgabent*
2  baltarusij* pareigūn* lydi
2  baltarusij* pareigūn* stumia
2  baltarusij* pasienie* stumia
2  baltarusij* kariški* lydim*
2  skraidin* į minsk*
@lang lv
2.5  uzplūd* organizē*
2.5  krievija un baltkrievija organizē*
1.5  piegādāt* no krievij*
2  instrumentalizēt* migrācij*
2  baltkrievij* radīt* plūsm*
2  baltkrievij* radīt* migrant*
2  baltkrievij* robežsarg* pārgrie*
1  pārgrie* žog*
2  lukašenk* režīm* centien*
2  atriebj* par sankcij*
2  baltkrievij* varas iestādes apzināti
2  viesnīc* minsk*
2  baltkrievij* karavīr* pavadībā
2  bruņot* person* pavadībā
1.5  pavadībā pie robež*
1.5  atvest* līdz robež*
1.5  vesti uz robež*

# round 11b (en): vocabulary from new and old real coverage, no false positive on dev
@lang en
2  orchestrating the flow
2  orchestrating a migrant crisis
1.5  organized by russia
1.5  organised by russia
1.5  operation organized by
1.2  operation organised by
1.5  influencing operations
1.2  a deliberate policy
1.5  to destabilize the bloc
1.5  to destabilise the bloc
1  pressure of illegal migration
1.2  encouraging the influx
1.2  facilitating migration
1.2  facilitate migration
1.5  deliberately provoking
1.2  russian hand
1.5  sending migrants to the border
1.2  russian authorities are helping
1.5  retaliate against sanctions
1  pressure on brussels
1  help them cross
1.5  orchestrated crisis
1.5  engineered crisis
1.2  moscow is using
0.8  migratory crisis
1.2  pushing people across
1.2  organized by the russian
1.5  intentionally directing
1.5  deliberately directing
0.8  undocumented asylum seekers
1  allow undocumented
1.5  create a migration crisis
1.5  create a migrant crisis
1.5  created a migration crisis

# round 11b (fr-es-it): vocabulary from new and old real coverage, no false positive on dev
@lang fr
2  orchestrée par
2  orchestrées par
1.5  arme contre la pologne
1.5  arme contre l europe
2  migration une arme
1.5  submerger l europe
1.5  acheminés par avion
2  orchestr* par le régime
2  orchestr* par minsk
2  instrumentalis* les migrants
2  se sert des migrants
1.5  encouragé* par minsk
1.5  déstabiliser le voisin
1.5  drogues et des migrants
1.5  sur ordre de moscou
1.5  délibérément encouragé
@lang es
2  vengarse de las sanciones
2  instrumentalizados por
1.5  cort* la alambrada
1.5  cort* las alambradas
1.5  facilit* visas
1.5  provocad* por el régimen
1  servicios bielorrusos
2  de orquestar
1.5  crear una crisis migratoria
1.5  desestabilizar occidente
1.5  organizados por lukashenko
1.5  organizar el traslado
1.5  traslado masivo de migrantes
2  instrumentaliz* a los migrantes
1  visas turísticas
@lang it
2  orchestrata da
2  orchestrato da
2  vendicarsi delle sanzioni
2  strumentalizzati da
2  aver orchestrato
2  ha orchestrato
1.5  destabilizzare la situazione
2  in risposta alle sanzioni
2  vergognosa strumentalizzazione
1.5  aiutati dalla russia
1.5  incoraggiati da minsk
2  causata artificialmente
2  strumentalizz* i migranti
2  vendetta per le sanzioni
2  orchestrat* dalla bielorussia

# round 11b (ar): vocabulary from new and old real coverage, no false positive on dev
@lang ar
2.5  وراء تدفق المهاجر*
2  وراء تدفق
2  وراء أزمة الهجرة
2.5  من تدبير روسيا
1.5  من تدبير
2  تدبير الأزمة
2.5  بتدبير الأزمة
2  دبرت الأزمة
2.5  بتعمد جلب*
2.5   وبتعمد جلب*   # r12 procl-wa
2.5  بتعمد نقل*
2  عمدا نحو الحدود
2  يوجه المهاجر*
1.5  توجههم نحو
2  توجيه اللاجئ*
2  بتوجيه اللاجئ*
2  يوجه اللاجئ*
2  جهد منسق
2  جهد منظم
1  عملي* منظمة
1  بطريقة منظمة
2  ينظم تدفق
2  تسببت بأزمة الهجرة
2  تسببت في أزمة الهجرة
2  بمساعدة القوات البيلاروسي*
1  الخدمات البيلاروسي*
1  الأجهزة البيلاروسي*
2  زودوا المهاجر*
1.5  مزقوا السياج
2  استدراج اللاجئ*
2  جذب اللاجئ*
2  لابتزاز الاتحاد الأوروبي
2     لابتزاز الاتحاد الأوربي   # r12 spell-eu
2  ابتزاز أوروبا
2     ابتزاز أوربا   # r12 spell-europe
2  يبتز أوروبا
2     يبتز أوربا   # r12 spell-europe
1.5  تهديد مختلط
2  هجوم غير تقليدي*
3  البشر كأسلحة
3  البشر كسلاح
2  انتقام صامت
2  تقف روسيا وراء
1  روسيا وراء
1  موسكو وراء
1  يلوم روسيا
2  تدفع طالب* اللجوء
2  تتهم هلسنكي موسكو
1  بتأشير* سياحي*
1  اتهمت دول البلطيق
2  جلب اللاجئ*
2  بجلب المهاجر*
2  بجلب اللاجئ*
2.5  الانتقام من الاتحاد
2.5   للانتقام من الاتحاد   # r12 procl-li
1.5  حرب الهجرة
