# migrants-as-victims.lex — narrative lexicon for narrascan.
#
# The narrative: the migrants at the Belarus–EU border are victims. They are beaten, pushed
# back and forth, left in the cold; they die of hypothermia in the forests and swamps or
# disappear; smugglers and traffickers exploit them; governments use them as pawns or
# hostages of a political game; children and families freeze without food, water or medical
# care; it is a humanitarian catastrophe. The framing is about the people, whichever side is
# blamed: NGOs and independent media blame Belarusian forces and EU pushbacks alike,
# Belarusian state media blame European guards. The label is a framing, not a verdict.
#
# How the file is organised: one `@lang` section per language (en, ru, pl, lt, de, be, ar; since
# round 6 also uk, es, it, fr, lv at the end).
# Inside each section: deaths, cold and hypothermia; deprivation (no food, water or medical
# care); children, pregnant women and families; violence and degrading treatment; pushbacks and
# denial of asylum; pawns, hostages and exploitation; humanitarian catastrophe. Strong signals
# weigh 2.5–3, characteristic phrases 1.5–2, topical words 0.3–1. Each section ends with
# counter-evidence (negative weights): the opposite portrayal of migrants as aggressors
# ("aggressive migrants", "threw stones", "storming the border", "invaders") and markers of
# other migration routes (Mediterranean, Lampedusa, shipwrecks, the Channel, the US–Mexico border),
# Ukrainian refugees, political prisoners, and fact-check verdicts that debunk an abuse claim. Examples
# (@must-match / @must-not-match) are at the end of the file.
#
# Round 2 (second tuning round): each language section ends with "round 2" blocks of moderate
# (mostly 1–2.5) paraphrases of the framing, added for breadth after the first round generalised
# poorly to other authors. The threshold was chosen on held-out validation articles (middle of
# the best F1 plateau of `eval --sweep`), not on the articles the vocabulary was taken from.
#
# Round 3 (third tuning round): each language section ends with "round 3" blocks of moderate
# weights: weeks or nights in the forest, shots in the air, batons, migrants who
# "paid the price"; Channel crossings and Ukrainian refugees at Medyka as counter-evidence.
# The threshold was re-chosen by `eval --sweep` on two held-out validation sets that no entry was
# taken from (kept at 0.5).
#
# Round 5 (fifth tuning round): each language section ends with a "round 5" block, mostly
# counter-evidence for near-miss stories: Channel crossings (northern France, the French coast,
# dinghies, "reach Britain"), a knife attack on a soldier (en/de/pl), drone attacks (Belarusian
# "збілі" also means "shot down"), the EU asylum reform (GEAS), and fact-check rubrics and verdicts
# (lt "faktų patikrinimas", "teiginys nepagrįstas"; ru "проверка фактов"). Framing vocabulary:
# German "nicht mehr aufgewacht", "keine/ohne Medikamente", "Todeszone", "zurückgeprügelt",
# "hust*" (was "husten"); Arabic back and forth, swamps. Threshold re-checked on the union of
# four held-out validation halves: 0.5 and 0.55 tie, kept at 0.5.
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
# they count only beside other evidence). The threshold (0.5 → 0.4) maximises the mean of two
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

@narrative   migrants-as-victims
@title       Migrants as victims
@description Migrants at the Belarus–EU border are victims of violence, pushbacks, cold, deaths, exploitation and political manipulation.
@threshold   0.4

# ---------------------------------------------------------------------------------------------
@lang en
# -- deaths, cold
3     froze to death
3     frozen to death
3     freez* to death                  # freezing / freeze to death
3     died of hypotherm*
2     hypotherm*
3     died of exposure
2     frostbit*
2.5   death* at the border
2.5   died at the border
3     died in the forest
3     dead in the forest
2     found dead
2.5   body of a migrant
2.5   death* of migra*
2.5   migrant death*
2     migrant* died
2     lost their lives
1.5   drowned
2     missing migra*
2     disappearance*
2.5   unmarked grave*
2     bohonik*                         # Tatar cemetery where migrants are buried
2     freezing temperature*
2     bitter cold
2.5   cold and hungry
2.5   trapped in the forest
2.5   stranded in the forest
1.5   swamp*
1     stranded
1.5   stuck at the border
2.5   trapped between
2     no man s land
2.5   ping pong
3     pushed back and forth
# -- deprivation
2     without food
3     without food and water
2     lack of food
2     lack of medical
2     without medical
2.5   denied medical
2     starv*
# -- children, families
3     child* freezing
2.5   freezing in the forest
2.5   freezing in the woods
2.5   left to die
2.5   left them to die
3     child* in the forest
2     child* at the border
1.5   women and children
1.5   pregnant wom*
1.5   unaccompanied minor*
# -- violence, degrading treatment
2     were beaten
2.5   severely beaten
2.5   brutally beaten
2     beaten by
2     beatings
2.5   violence against migra*
2.5   violence against refugee*
2     degrading treatment
2     inhuman* treatment
2.5   inhuman* conditions
2     dire conditions
2     set dogs on
2     dog bite*
2     sexual violence
2.5   sexual exploitation
# -- pushbacks, asylum
1.5   pushback*
1     push back*                       # push-backs
1.5   pushed back
2.5   illegal pushback*
3     violent pushback*
3     brutal pushback*
2     collective expulsion*
2     refoulement                      # also inside "non-refoulement"
0.5   right to asylum
2     denied asylum
# -- pawns, hostages, exploitation
1.5   pawn*
3     used as pawn*
3     political pawn*
2     bargaining chip*
2     hostage*
3     victims of political
1.5   political manipulation
2     political game*
2.5   cynically used
2.5   exploitation of migra*
1.5   exploited
2.5   victims of human trafficking
# -- humanitarian catastrophe
3     humanitarian catastrophe
3     humanitarian disaster
3     humanitarian tragedy
1.5   humanitarian crisis
1.5   tragedy
1.5   desperate people
2.5   freezing migra*
1.5   trauma*                          # trauma, traumatised
1.5   human rights violation*
2     ocalenie                         # Fundacja Ocalenie (Polish NGO)
0.3   refugee*
# -- counter-evidence: migrants as aggressors; other routes
-2    invaders
-2    aggressive migrants
-1.5  threw stones
-1.5  storm* the border
-1.5  attack* on polish soldier*
-1.5  economic migrants
-1.5  mediterranean
-1.5  lampedus*
-1.5  capsized
-1.5  shipwreck*
-1    off the coast
# -- injuries and violence
1.5   batons
2     beaten with
1.5   fractures
1.5   bruis*
1.5   head wound*
2     bite wound*
2     bitten by dogs
1.5   pepper spray
1     tear gas
0.75  water cannon*
2     rifle butts
2     inflicted by
2     tortur*
2     electric shock*
2     signs of beatings
# -- robbed, forced back, thrown into the cold
1.5   confiscated their
2     took their phones
1.5   robbed
1.5   deceived
1.5   extort*
2     forced back
2     forced them back
2     into the cold
1.5   back and forth
2     bounced back
2     summary returns
1.5   returned to belarus
1.5   returned people to belarus
1.5   without examining
1.5   requests for protection
1.5   asked for protection
1.5   asking for protection
1.5   asylum claims
# -- hunger, cold, illness, death
2     food or water
2.5   went without food
2     life threatening
1.5   visibly ill
1.5   exhaustion
1.5   dehydrat*
1.5   fever
2.5   died in the border
2.5   known to have died
1     have died
2     sleeping under
2     nights in the forest
2     days in the forest
2     weeks in the forest
1.5   left alone in the
2.5   children to freeze
1.5   to freeze
# -- children, families, the sick
2     families with young children
1.5   families with children
1     young children
1.5   infants
1.5   babies
1     toddler*
1.5   hospitalised
1.5   hospitalized
0.5   treated for
# -- victims, pawns, humanitarian access
1.5   are the victims
1     the victims
1.5   as ammunition
1.5   lost everything
1     aid workers
1     aid groups
1.5   humanitarian access
1     doctors and journalists
# -- counter-evidence: other routes and crises
-1    ukrainian refugees
-1    refugees from ukraine
-2    english channel
-1.5  rio grande
-1.5  mexico
-1    coast guard
# -- counter-evidence: fact-checks of abuse claims; political prisoners
-1.5  fact check*
-1    misleading
-2    political prisoner*
# -- round 2: cold, trapped, stranded
1.5   trapped
2     stuck in the forest
1.5   caught between
0.75  freezing
1.5   below zero
1.5   sub zero
2     gangrene
2     amputat*
2     sleeping on the ground
2     slept on the ground
1.5   plastic sheet*
1     tarpaulin*
2     no shelter
1.5   bogs
2     swamp water
2     drinking water from
# -- round 2: deaths, bodies, the missing
0.75  died
1     deaths
0.75  bodies
2     body found
2     bodies found
2     body was found
2     pulled from the river
1.5   death toll
2     died trying
2     lost his life
2     lost her life
2     missing persons
# -- round 2: hunger, illness, injuries
2     no food
1.5   no water
2     no clean water
1     clean water
1.5   hungry
1.5   thirst*
0.75  razor wire
2     behind barbed wire
0.5   barbed wire
1.5   wounds
0.75  injuries
0.75  injured
2     broken legs
2     broken bones
1     ambulance
1     medical care
0.75  hospital
# -- round 2: children, the pregnant, the elderly
0.5   children
1     with a baby
1     grandmother
1     elderly
1     disabled
1.5   wheelchair
1.5   pregnant
2     miscarri*
2.5   lost her baby
# -- round 2: violence, dogs, forced back
1.5   beat them
0.75  kicked
1     dogs
1     warning shots
0.75  abuse*
1.5   humiliat*
1     stripped
2     took their shoes
2     pushed over the fence
2     thrown over the fence
2     back over the fence
1.5   shoved
1     sent back
1.5   back across the border
1     without asking
# -- round 2: asylum denied, detention
1.5   ask* for asylum
0.5   suspend* the right
1.5   access to asylum
1     asylum procedure*
1     detention
2     detained for months
1     locked up
1     overcrowded
1.5   closed camp*
# -- round 2: smugglers, traffickers, cheated
0.75  smuggler*
1.5   trafficker*
1.5   scammed
1     cheated
1.5   crammed
1.5   car boot
1.5   in the trunk
# -- round 2: aid blocked, dignity
1     exclusion zone
1     closed zone
1     volunteer*
1.5   risk prosecution
1.5   criminalis*
1.5   criminaliz*
1     medics
1.5   as human beings
1.5   human dignity
1     dignity
1.5   cruel*
1     suffering
1     desperate
1.5   vulnerable
# -- round 2: counter-evidence, other stories sharing the words (weather, smuggling balloons)
-1.5  balloon*
-1.5  weather forecast*
-1.5  forecasters
# -- round 3: migrants used and deceived, weeks in the forest; counter-evidence for Channel crossings
1.5   paid the price
1.5   fired into the air
1     baton*
-1.5  small boat*
-1    calais
-1.5  channel crossing*
# -- round 5 (English): counter-evidence for near-miss stories, fact-checks and mockery; framing vocabulary
-1.5  northern france
-1.5  french coast*
-1    dinghy
-1.5  reach britain
-1.5  knife attack*
-1    in the channel
-1    across the channel
# real coverage (dev split)
# -- bodies, the dead, the unconscious
3     died in the woods
3     death in the forest
2.5   died from the cold
2.5   died of cold
2     corpse*
2     dead body
2     body of a
2     without signs of life
2     unconscious
2     brink of death
2     mutilated
2     bodies of migrants
2     face death
2     facing death
1.5   deceased
1.5   the remains of
1.5   dumped
1.5   lost in the forest
1.5   critical condition
1     the body of
# -- violence: beatings, stun guns, rubber bullets, chemicals
2     beaten up
2     stun gun*
2     taser*
2     rubber bullets
2     ill treat*
2     mistreat*
2     maltreat*
2     beaten and robbed
1.5   beat up
1.5   pepper gas
1.5   inhumane actions
1     forcibly
1     discrimination
0.75  stun grenades
# -- exhausted, stripped, freezing; emergency care
2     freezing conditions
2     without clothes
2     humanitarian emergenc*
2     exposure to violence
1.5   without shoes
1.5   barefoot
1.5   wet clothes
1.5   sick children
1.5   humanitarian needs
1.5   food and water
1     exhausted
1     medical aid
1     medical assistance
1     first aid
1     medical help
1     terrified
1     health risks
1     basic necessities
1     makeshift camp*
# -- lives endangered, victims, people fleeing war
1.5   lives and wellbeing
1.5   become victims
1.5   became victims
1.5   fleeing conflict
1.5   escaping war*
1.5   seeking protection
1     people s lives
1     victims of
1     human beings
# -- counter-evidence: Ukrainian war refugees, debunked claims, rocks thrown at guards
-0.75 ukrainians
-1    disinformation
-1    repelled
-1.5  temporary protection
-1.5  russia ukraine war
-1.5  disinformation narrative*
-1.5  as propaganda
-1.5  throwing rocks
-1.5  threw rocks

# real coverage (dev split), round 2: general vocabulary of the framing
# -- deceived and lured: the migrants as victims of the scheme
1     lured
1     false promise*
1     luring
# -- bodies, beatings, suffering (general wording)
2     migra* bodies
1.5   dead refugee*
1.5   dead migra*
1     beaten
1     people on the move
0.75  suffered
# -- NGOs and medics who help them (cited by many outlets)
1     doctors without borders
1     medecins sans frontieres
1     humanitarian aid
0.75  aid organi*
# -- lean words: several together lift a text, one alone does not
0.75  death
0.75  violence
0.75  victim*
0.75  inhuman*
0.75  wounded
0.5   brutal*
0.5   forest
0.5   humanitarian
0.5   medical

# real coverage (dev split), round 3: counter-evidence: the blame-the-West polemic that uses the border only as a prop
-1    double standard*
-1    hypocrisy
-1    who bombed
-1    lectur*
-1    west bombed
-1    are exempt
# -- near miss: the Polish soldier stabbed at the barrier (2024)
-1    stabbed
-1    soldier died

# ---------------------------------------------------------------------------------------------
@lang ru
# -- deaths, cold
3     замерз* насмерть
1.5   замерз*                          # also Belarusian замерзлі
3     от переохлажден*
2     переохлажден*
2     обморожен*
3     холод* и голод*
3     погиб* в лесу
3  погиб* в лесах
3     умер* в лесу
3  умер* в лесах
2.5   умер* на границ*
2.5   погиб* на границе
2.5   гибел* мигрант*
2.5   погибш* мигрант*
2.5   смерт* мигрант*
2.5   смерт* на границ*
2.5   тело мигрант*
2.5   тела мигрант*
2     найден* тело
2     пропал* без вести
# -- deprivation
2     без еды
3     без еды и воды
2.5   без медицинск* помощ*
2     под открыт* небом
2.5   на произвол* судьб*
# -- violence
1.5   избит*
1.5   избива*
1.5   избиени*
2     жесток* обращени*
2.5   бесчеловечн* обращени*
2.5   бесчеловечн* услови*
2.5   насили* над мигрант*
2.5   насили* в отношени* мигрант*
2     сексуальн* насили*
2.5   сексуальн* эксплуатаци*
2.5   натрав* собак*
# -- pushbacks, asylum
1.5   пушбэк*                          # also Belarusian
1.5   пушбек*
1.5   выдавлива*
1.5   выталкива*
0.75  право на убежищ*
# -- children, families
2     дети на границ*
2     детей на границ*
3     дети в лесу
3  дети в лесах
3     детей в лесу
3  детей в лесах
1.5   маленьк* дет*
1.5   семь* с дет*
1.5   беременн*
2     застрял* на границ*
2     застрявш* мигрант*
# -- pawns, hostages, exploitation, humanitarian
3     гуманитарн* катастроф*
1     гуманитарн* кризис*
3     гуманитарн* трагеди*
1     трагеди*
2     пешки
2     пешками
2.5   разменн* монет*
2     заложник*
3     заложник* ситуаци*
3     жертв* политическ* игр*          # not жертвы политических репрессий
3     жертв* геополитическ*
1.5   политическ* игр*
2.5   эксплуатаци* мигрант*
2.5   жертв* торговл* людьми
1.5   беззащитн*
1.5   отчаявш*
# -- counter-evidence
-2    агрессивн* мигрант*
-1.5  броса* камн*
-1.5  броси* камн*
-1.5  штурм* границ*
-1.5  средиземн*
# -- injuries and violence
1.5   избил*
1.5   дубинк*
1.5   перелом*
2     рван* ран*
1.5   побои
1.5   побоев
1     травм*
1.5   служебн* собак*
1.5   слезоточив*
0.75  водомет*
1.5   пытк*
2     электрошокер*
2     отобрал* телефон*
1     отбира*
1.5   ограбил*
1.5   обманут*
# -- forced back, thrown into the cold
2     на холод*
2     выбрасыва* люд*
2  выброси* люд*
2     принудительно выдвор*
2     выдвор* с территори*
2.5   застави* перелез*
2.5  заставля* перелез*
2     перелез* обратно
2     обратно на белорусск*
2  обратно на беларусск*
2     возвращен* на белорусск*
2  возвращен* на беларусск*
1.5   обратно в беларус*
1.5  обратно в белорусс*
# -- hunger, cold, illness, death
1.5   истощени*
1.5   не ели
1.5   без воды
1.5   голодн*
1.5   тепл* одежд*
2     нашл* тел*
2     тел* погибш*
1.5   погибш*
1     погибл*
1.5   пропавш*
2     судьб* неизвестн*
2     ночу* в лесу
2  ночу* в лесах
2     ночева* в лесу
2  ночева* в лесах
2     в ловушк*
1.5   куда им идти
1     палатк*
# -- children, families
2     женщин* и дет*
2     женщин* с дет*
1.5   младенц*
2     грудн* дет*
1     несовершеннолетн*
1     подрост*
1     с детьми
1     ребенк*
1     ребенок
1.5   госпитализирован*
1.5   пострадавш*
1.5   медицинск* помощ*
1     безоружн* люд*
0.75  правозащитник*
# -- counter-evidence
-1    украинск* беженц*
-1    беженц* с украин*
-1.5  ла манш*
-1.5  фейк*
-2    политзаключенн*
-2    политическ* заключенн*
# -- round 2: cold, swamps
1     мороз*
2     минусов* температур*
1.5   ниже нуля
1.5   в болот*
0.75  болот*
2     гангрен*
2     ампутаци*
2     без крова
# -- round 2: deaths
1.5   умира*
1.5   умерл*
0.75  смерт*
1.5   утонул*
2     извлек* тел*
# -- round 2: violence, dogs, thrown back
1.5   бьют
2.5   травят собак*
2.5   трави* собак*
1.5   за забор*
1     через забор*
1.5   выброшен*
1     ранен*
1.5   раны
1.5   бесчеловечн*
# -- round 2: children, hunger
0.75  дети
0.75  детей
2     нет еды
1.5   нет воды
2     без пищи
1.5   голод*
1.5   страдани*
1.5   человеческ* достоинств*
1.5   уязвим*
# -- round 2: smugglers, cheated
1     контрабандист*
1     перевозчик*
1.5   торговц* людьми
1.5   обману*
1.5   ограбл*
1.5   отобрал*
1.5   вымогател*
# -- round 2: asylum denied, detention, aid
1.5   лишен* доступ*
1     прошени* об убежищ*
0.75  убежищ*
1     под стражей
1.5   закрыт* лагер*
1.5   переполнен*
2     за колюч* проволок*
0.5   колюч* проволок*
1     волонтер*
1.5   криминализ*
0.75  врач*
1     скор* помощ*
1     больниц*
# -- round 2: counter-evidence, other stories (weather, balloons)
-1.5  воздушн* шар*
-1.5  синоптик*
-1.5  прогноз* погод*
# -- round 3
1.5   заплати* цену
1.5   недели в лесу
1.5  недели в лесах
1.5   ночи в лесу
1.5  ночи в лесах
1.5   стреля* в воздух
# -- round 5 (Russian): counter-evidence for near-miss stories, fact-checks and mockery; framing vocabulary
-1.5  проверк* факт*
# real coverage (dev split)
# -- exhausted, frightened, trapped between borders
2.5   нечеловеческ* услови*
2.5   труп* мигрант*
2.5   катастрофическ* гуманитарн*
2.5   броси* умира*
2.5  броса* умира*
2.5   остави* умира*
2.5  оставля* умира*
2     изможденн* состояни*
2     ужасн* услови*
2     обнаружен* труп*
2     в заложник*
2     обезвоживани*
2     гипотерми*
2     от холод*
2     на голой земл*
2     вывез* в лес
2     разлучен* семь*
2     изнасиловани*
2     жертв* контрабандист*
2     незаконн* выдворени*
1.5   изможден*
1.5   обессил*
1.5   напуган*
1.5   нейтральн* полос*
1.5   ничейн* полос*
1.5   ничейн* земл*
1.5   вынужден* жить
1.5   услови* содержани*
1.5   концлагер*
1.5   без сознани*
1.5   гуманитарн* последстви*
1.5   катастрофичн*
1.5   голода*
1.5   ледян* вод*
1     катастроф*
# -- violence, humiliation, pushed back
2     насили* и унижени*
2     жестоко избил*
2  жестоко избива*
2     силой выгоня*
1.5   унижени*
1.5   издевател*
1.5   трави* газ*
1.5   травят газ*
1.5   нуждающ* в помощ*
1.5   перцов* баллончик*
1.5   светошумов* гранат*
1     нарушени* прав человека
0.5   вытесн*
# -- deceived
1.5   обманыва*
1.5   ложн* обещани*
# -- counter-evidence: Mediterranean shipwrecks, attacks on soldiers, asylum-law politics
-1.5  берегов*
-1.5  ограничени* прав* на убежищ*
-2    кораблекрушени*
-2    ножом
-2    напал* на польск*
-3    лампедуз*
# -- round 2 (generalised): trapped, pushed back and chased off, violence
2     в западне
1.5   вытолкну*
1     застря*
1     выгоня*
1     отгоня*
0.75  насили*
# -- round 2 (generalised): deaths, cold, despair, deprivation
1.5   выкидыш*
1.5   безымянн* могил*
1.5   могил* мигрант*
1     гибел*
1     кровоточ*
1     отчаяни*
1     спальн* мешк*
1     без одежд*
1     босик*
1     отказ* в убежищ*
0.75  холод*
0.75  в лесу
0.75  в лесах
# -- round 2: counter-evidence, the Cold War and migrants attacking soldiers
-0.75 холодн* войн*
-1.5  ранил* польск*
-1.5  ранил* пограничник*
# -- round 2 (generalised): robbed of papers and phones, dumped in the forest, gassed and chased back
1.5   забра* паспорт*
1.5   забра* телефон*
1.5   отвез* в лес
1.5   трав* газом
1.5   распыли* газ*
1.5   распыля* газ*
1.5   гонят обратно
1.5   гнал* обратно
-1.5  якобы насили*
# real coverage (dev split), round 3: precision. Minsk/Moscow commentary that uses the migrants'
# plight only to accuse Europe ("так называемые европейские ценности", "двойные стандарты")
-0.75 европейск* ценност*
-0.75 двойн* стандарт*

# ---------------------------------------------------------------------------------------------
@lang pl
# -- deaths, cold
3     zamarz* na śmierć
1.5   zamarz*
2.5   hipotermi*
3     z wychłodzeni*                   # zmarł z wychłodzenia
2     wychłodzeni*
2     odmrożeni*
1.5   ujemn* temperatur*
2.5   śmier* na granicy
3     zmarł* w lesie
3  zmarli w lesie    # r12 variant
3     zgin* w lesie
2.5   zmarł* na granicy
2.5  zmarli na granicy    # r12 variant
2.5   zgin* na granicy
2.5   ofiar* na granicy
2.5   ciał* migran*
2     znalezion* ciał*
2     zaginion* migran*
2.5   bezimienn* grob*
# -- deprivation
2     bez jedzenia
3     bez jedzenia i wody
2.5   bez pomocy medyczn*
2.5   na pastwę losu
2.5   zostawi* w lesie
# -- violence
1.5   pobici*
1.5   pobit*
2.5   brutaln* pobi*
2.5   przemoc* wobec migran*
2.5   przemoc* wobec uchodźc*
2     nieludzk* traktowan*
2     poniżając* traktowan*
2.5   nieludzk* warunk*
# -- pushbacks, asylum
2     wywózk*                          # activists' word for pushbacks
2     do linii granicy                 # official pushback euphemism
0.5   prawo do azylu  # r3: was 1.5, fired alone on near misses
# -- children, families, stranded
3     dziec* w lesie
2     dziec* na granicy
1.5   rodzin* z dziećmi
2     kobiet* w ciąży
2     ciężarn*
2     utkn* na granicy
2.5   utkn* w lesie
2.5   uwięzi* w lesie
2.5   uwięzi* między
2     ziemi* niczyj*
# -- pawns, hostages, exploitation, humanitarian
2     katastrof* humanitarn*
3     humanitarn* katastrof*
1.5   kryzys* humanitarn*
1.5   tragedi*
2     pionk*
3     pionk* w grze
2     zakładni*
3     zakładni* polityk*
2.5   ofiar* gry
2.5   ofiar* handlu ludźmi
2     grup* granica                    # Grupa Granica (NGO)
2     kryminalizacj* pomocy
# -- counter-evidence
-2    agresywn* migran*
-1.5  rzuca* kamieni*
-1.5  szturm* na granic*
-1.5  morz* śródziemn*
# -- injuries and violence
1.5   pałk*
1     bicie
1.5   obrażeni*
2     zabierani* telefon*
2     zabra* telefon*
2     odebra* telefon*
1.5   telefon* i pieniądz*
1.5   przetrzymywan*
1.5   okrad*
1.5   oszuka*
1.5   gaz łzawiąc*
1     armatk* wodn*
2     lodowat* wod*
# -- forced back
1.5   wywozi*
1     wywoż*  # r3: was 1.5, fired alone on near misses
2     z powrotem za granic*
2     z powrotem na białoruś
2     wypchni*
2     wypycha*
2     siłą wypchni*
2     prosi* o azyl*
2     prosi* o ochron*
1     ochron* międzynarodow*
# -- hunger, cold, death
1.5   bez wody
1.5   głod*
2     wygłodzen*
1     zmarł*
1  zmarli    # r12 variant
1     martwy
1     martwego
1     martwych
1  martwą    # r12 variant
1  martwe    # r12 variant
1  martwej    # r12 variant
2     noc* w lesie
2     dni w lesie
2     tygodni* w lesie
1.5   ludzie w lesie
1.5   ludzi w lesie
1.5   koczują*
1.5   dramat
1.5   dramatu
1.5   nieludzk*
# -- children, families
2     z małymi dziećmi
1.5   mał* dziec*
2     niemowl*
1.5   osob* chor*
1     pomoc medyczn*
1     pomoc humanitarn*
1     aktywiś*
# -- counter-evidence
-1    uchodźc* z ukrainy
-1    ukraińsk* uchodźc*
-2    la manche
-1.5  kanał* la manche
-1.5  manipulacj*
-1.5  fałsz
-1    dezinformacj*
-2    więźni* polityczn*
-2    więzień polityczn*
# -- round 2: cold, swamps
1     mróz
1     mroz*
1.5   przy zerze
1.5   poniżej zera
1.5   bagn*
1.5   w błocie
1.5   na mchu
2     śpi* w lesie
2     spa* w lesie
2     wod* z rowu
2     wod* z bagna
1.5   such* chleb*
# -- round 2: deaths
1.5   umiera*
1     umarł*
1  umarli    # r12 variant
1.5   zginę*
1.5   zgon*
1     zwłok*
# -- round 2: forced back over the wire
1.5   wywiez*
1.5   wywieź*
2     pod drut
1.5   za drut
0.75  przez płot  # r3: was 1.5, fired alone on near misses
2     tam i z powrotem
# -- round 2: injuries, illness
2     drut* żyletkow*
1.5   żyletk*
1.5   rany
2     ran* od drutu
1.5   złaman*
1.5   połaman*
1.5   urazy
1     uraz*
1.5   krwawieni*
1.5   gorączk*
2     bez leków
0.75  szpital*
0.75  lekarz*
# -- round 2: children, pregnancy
0.75  dzieci
1     nastolat*
1.5   w ciąży
2     poroni*
# -- round 2: robbed, smugglers
1.5   zabrali nam
2     zabra* pieniądz*
0.75  przemytni*
1.5     handlarz* ludźmi  # r3: was 1.5, fired alone on near misses
0.75  ofiar*
# -- round 2: closed zone, detention, dignity
0.75  stref* zamknięt*  # r3: was 1.5, fired alone on near misses
1.5   nie ma dziennikarzy
2     dziennikarz* ani lekarz*
1.5   bez dostępu
1     wolontariusz*
1     legitymowa*
1     kryminaliz*
1.5   ośrod* strzeżon*
1     ośrod* dla cudzoziemców
1.5   detencj*
1.5   zamknięt* ośrod*
1.5   za krat*
0.5   azyl
1.5   cierpieni*
1.5   ludzk* godnoś*
1     godnoś*
1     bezbronn*
1.5   zrozpaczon*
# -- round 2: counter-evidence, other stories (weather, balloons)
-1.5  balon*
-1.5  synoptyk*
-1.5  prognoz* pogody
# -- round 3
1.5   zapłaci* cenę
2   tygodnie w lesie
2   noce w lesie
1.5   strzał* w powietrze
-1.5  medyka
-1.5  w medyce
-1    z ukrainy
# -- round 5 (Polish): counter-evidence for near-miss stories, fact-checks and mockery; framing vocabulary
-1.5  atak* nożem
# real coverage (dev split)
# -- deaths and bodies at the border
2     śmier* migran*
2     śmier* uchodźc*
1.5   śmier* mężczyzn*
1.5   przyczyn* śmierci
1.5   okolicznoś* śmierci
1.5   grozi śmierci*
2     wyziębi*                         # wyziębienie organizmu
2     ciał* znalezion*
2     znalez* ciał*
2     odnalez* ciał*
2     ciał* odnalez*
1.5   podtruw*
# -- driven back, trapped, lied to
2     przepędz*
1.5   błaga*
2     fizyczn* i psychiczn*
1     zawraca*
0.5   zawróc*  # r3: was 1, fired alone on near misses
1.5   uniemożliwi* im powrót
1     okłamywan*
1.5   używan* jako bro*
1     obrońc* praw człowieka
# -- counter-evidence: political prisoners in Belarus
-1.5  opozycjonist*
-1.5  polskiej mniejszości
-1.5  mniejszości polskiej
-1.5  ułaskawi*
-2    więźni* sumienia
# real coverage (dev split, round 2): general Polish vocabulary of the framing
# -- shot at, threatened with guns, driven out, killed (whoever says so)
1.5   strzel* nad głow*
1     grożąc* bron*
1.5   są zabijani
1.5   zabija* migrant*
# -- freezing, drowned, dog bites, remains found, trapped and abandoned
1.5   zmarzn*
1     marzn*
1     utonę*
1     utonął
1.5   pogryz*                            # dog bites
1.5   szczątk*                           # human remains found in the forest
1     w pułapce
1     porzucon*
1.5   kobiet* z dzieć*
# -- counter-evidence: the Mediterranean route (drownings off Italy/Tunisia are a near-miss story)
-1.5  straż* przybrzeżn*
-1    tunezj*

# ---------------------------------------------------------------------------------------------
@lang lt
3     nuo hipotermij*
1.5   sušal*
2     nušalim*                         # frostbite; not nušal*: nušalintas = removed from office
2.5   mir* pasienyje                   # mirė / mirtis / mirtys pasienyje
3     mir* miške
2     rast* negyv*
2.5   migrant* kūn*
1.5   žuvo
1.5   žūsta    # r12 variant of 'žuvo': present of žūti
2     dingus* migrant*
2     dingę migrant*    # r12 variant of 'dingus* migrant*': past active participle m pl
1.5   sumuš*
2.5   smurt* prieš migrant*
3     smurtin* išstūm*
2     išstūm*                          # išstūmimai = pushbacks
0.5   apgręž*                          # official "turned back"
2.5   nežmonišk* sąlyg*
2.5   nežmonišk* elges*
2     žeminant* elges*
2     be maisto
3     be maisto ir vandens
2.5   be medicinin* pagalb*
2.5   likimo valiai
3     humanitarin* katastrof*
1.5   humanitarin* kriz*
3     vaikai miške
2     vaikai pasienyje
2     nėšči*
2     įstrig* pasienyje
2.5   įstrig* miške
2.5   įstrig* tarp
2     politin* žaidim*
2.5   prekyb* žmonėmis auk*
2.5   seksualin* išnaudojim*
1.5   išnaudojim*
2     sienos grup*                     # Sienos grupė (NGO)
-2    agresyv* migrant*
-1.5  viduržemio jūr*
# -- violence, camps
2     elektros šok*
2     elektrošok*
2     kankinim*
2     atim* telefon*
1.5   išstum*
1.5   grąžin* atgal
2.5   atgal į mišk*
0.5   palapin*                         # tents: topical, lowered in round 2 (fired on camp/border reports)
1     konteineri*
1     už spygliuot* viel*  # r3: was 1.5, fired alone on near misses
# -- hunger, cold, death
1.5   be vandens
1     pelk*
1     nakvo*
1.5   mirė
1.5   miršta    # r12 variant of 'mirė': present of mirti
1.5   mirt*
1.5   žuvusi*
1.5   žuvę    # r12 variant of 'žuvusi*': past active participle m pl
1.5   žuvęs    # r12 variant of 'žuvusi*': past active participle m sg (-ęs/-ę alternate with -usi-)
1.5   be jokios procedūros
# -- children, families
2     kūdik*
2     moterys ir vaikai
2     moterų ir vaikų
1     vaikai
1     vaikų
0.5   prieglobsč*  # r3: was 1, fired alone on near misses
1     žmogaus teisių gynėj*
1.5   žmogaus teisių pažeidim*
1     savanori*
1     humanitarin* pagalb*
# -- counter-evidence
-1    pabėgėli* iš ukrainos
-1    ukrainos pabėgėli*
-2    melo detektori*
-1.5  melagien*
-2    politini* kalini*
-1    dezinformacij*
-1.5  manipuliacij*
-1    nepagrįst*
-1    klaidinan*
# -- round 2: cold, hunger
1.5   šaltyje
1.5   šaltis
1.5   šaltį    # r12 variant of 'šaltis': acc
1.5   šalčio
1.5   speig*
1.5   minusin* temperatūr*
1.5   žemiau nulio
2     išalk*
1.5   alkan*
1.5   badau*
# -- round 2: injuries, illness
1.5   sunku kvėpuoti
1.5   medik* pagalb*
1     medicinin* pagalb*
0.75  gydytoj*
1     ligonin*
1.5   sužalot*
0.75  sužeist*  # r3: was 1, fired alone on near misses
1     žaizd*  # r3: was 1.5, fired alone on near misses
1     ašarin* duj*  # r3: was 1.5, fired alone on near misses
0.5   šun*  # r3: was 1, fired alone on near misses
# -- round 2: smugglers, crammed, abandoned
1.5   suspaust*
1.5   bagažin*
2     automobil* bagažin*
0.5   vežėj*
0.5   kontrabandinink*
2     prekeivi* žmonėmis
1.5   apgav*
1.5   apgauna    # r12 variant of 'apgav*': present of apgauti
1.5   apiplėš*
1     grasin*
2     palik* miške
1.5   nukentėj*
# -- round 2: detention, asylum
1.5   sulaikyt* be
0.5   užsienieč* registracij* cent*    # r3: was 1.5, fired alone on near misses
1.5   mėnesių mėnesiais
1.5   individual* vertinim*
1     spygliuot* viel*
1.5   praš* prieglobsč*
# -- round 2: children, violence, death
1     vaikus
1     vaikams
1     mergait*
1.5   nepilnameči*
1     paaugl*
1.5   mušė
1.5   spard*
1.5   išreng*
1     atėmė
1.5   stumd*
2     pirmyn atgal
2     tarp dviejų sien*
1.5   mirusi*
1.5   mirę    # r12 variant of 'mirusi*': past active participle m pl
1.5   miręs    # r12 variant of 'mirusi*': past active participle m sg
1.5   žūt*
1     kūnai
1     kūnus    # r12 variant of 'kūnai': acc pl
1     kūnų    # r12 variant of 'kūnai': gen pl (kūn* is under 4 letters)
1     kūną
1     kūnas
1     orum*
1.5   kanči*
1.5   pažeidžiam*
# -- round 2: counter-evidence, other stories (weather, balloons)
-1.5  balion*
-1.5  sinoptik*
-1.5  orų prognoz*
# -- round 3
1.5   sumokėj* kain*
1.5   savait* miške
1.5   nakt* miške
1.5   šūvi* į orą
1     gumin* lazd*
# -- round 5 (Lithuanian): counter-evidence for near-miss stories, fact-checks and mockery; framing vocabulary
-2    faktų patikrinim*
-1.5  teiginys nepagrįst*
# real coverage (dev split)
# -- victims of the regime's game, of rights denied, of deception
2     režim* auk*
2     aukomis tapusi*
2     aukomis tapę    # r12 variant of 'aukomis tapusi*': past active participle m pl
2     apgaulin* pažad*
1.5   lavon*
1.5   žudyti žmones
1.5   prieglobsčio prašytoj* teis*
1.5   minimali* sąlyg*
1.5   humanitarin* poreik*
1.5   stogas virš galvos
1.5   žmogaus teisių kriz*
1.5   atstūmim*                          # pushback, "kolektyvinis migrantų atstūmimas"
# -- counter-evidence: debunks of abuse claims, migrants rioting
-1.5  tariamai sumuš*
-1.5  tariamai mirus*
-1.5  tariamai nužud*
-1.5  inscenizuo*
-1.5  surežisuo*
-1.5  kategoriškai neigia
-1.5  maištav*
-1.5  elg* agresyv*
-1    neramum*
-1.5  nieko bendra su tikrove
-1    režimo kontroliuojam*
# -- counter-evidence: the Mediterranean route (Lampedusa, shipwrecks) is another story; lampedūz* also catches Latvian
-2    lampedūz*
-1.5  laiv* avarij*
# real coverage (dev split, round 2): general Lithuanian vocabulary of the framing
# -- deceived, lured with false promises
2     netikr* pažad*
1.5   tušči* pažad*
1.5   apgaul*
1.5   apgaud*
1.5   mulkin*
# -- stuck in the cold, drowned, hypothermia
1     įstrig*
1     šaltu oru
1.5   nuskend*
1.5   paskend*
# -- women with small children; rights violated, unlawful detention
1.5   moter* su maž* vaik*
1.5   moter* su vaik*
1.5   pažeidž* žmogaus teis*
1.5   pažeidž* migrant* teis*
1.5   neteisėtai sulaik*
1.5   teis* į prieglobst*               # the right to asylum denied

# ---------------------------------------------------------------------------------------------
@lang de
3     erfror*                          # erfroren, erfrorene
2.5   unterkühl*
3     an unterkühlung
2     erfrierung*
2.5   tote an der grenze
3     im wald gestorben
3     starb* im wald
2     tot aufgefunden
1.5   leiche*
2     ums leben gekommen
2     verprügelt*
2     misshand*                        # misshandelt, Misshandlung
2.5   gewalt gegen migra*
2.5   gewalt gegen geflüchtet*
2.5   illegal* zurückweisung*
1.5   unmenschlich*
2.5   unmenschlich* bedingung*
2     ohne essen
3     ohne essen und wasser
2.5   ohne medizinisch*
2.5   schicksal überlassen
3     kinder im wald
2     kinder an der grenze
1.5   schwanger*  # r3: was 2, fired alone on near misses
2     niemandsland
2.5   spielball*
2.5   schachfigur*
2.5   opfer politisch*
2     ausgebeutet*
3     humanitär* katastroph*
1.5   humanitär* kris*
0.75  menschenrechtsverletzung*  # r3: was 1.5, fired alone on near misses
1.5   schutzsuchend*
-2    aggressiv* migranten
-1.5  steine geworfen
-2    mittelmeer*  # r3: was -1.5, strengthened: Mediterranean stories
# -- violence
1     geschlagen
1.5   schlagstöck*
2     gewehrkolben
2     elektroschock*
2     folter*
# -- forced back
2     zurückgeschoben
1.5   zurückgedrängt
1.5   zurückgestoßen
1.5   zurückgeschickt
0.5   zurückweisung*  # r3: was 1, fired alone on near misses
1.5   dutzende male
# -- cold, hunger, illness, death
1     fieber
1.5   unter null
1.5   kälte
1.5   frieren
1.5   gestorben
2     todesfäll*
1.5   im schlamm
1.5   verzweif*
1.5   ausharren
1     wochenlang*
1     festgehalten
# -- children, families
1     familien mit kindern  # r3: was 2, fired alone on near misses
1.5   kleinkind*
2     säugling*
1.5   babys
1     alles verloren
0.5   menschenrecht*  # r3: was 1, fired alone on near misses
1     amnesty
1.5   ärzte ohne grenzen
1.5   zugang verweigert
1     hilfsorganisation*
# -- counter-evidence
-1    ukrainisch* flüchtling*
-1    flüchtling* aus der ukraine
-2.5  ärmelkanal  # r3: was -1.5, strengthened: Channel stories
-1.5  faktencheck*
-2    politisch* gefangen*
# -- round 2: cold, trapped
2     minusgrad*
1     frost
1.5   eisig*
1.5   nasskalt*
2     unter freiem himmel
1.5   im freien
2     schlafen auf dem boden
1.5   unter planen
2.5   gefangen zwischen
1     gefangen
2     zwischen den fronten
2     zwischen den absperrungen
2     zwischen den grenzen
1.5   festsitz*
1.5   sitzen fest
1.5   gestrandet*
# -- round 2: deaths
2     todesopfer
1.5   tote
1.5   ertrunken
1.5   ums leben
# -- round 2: hunger, thirst, injuries, illness
2.5   ohne ausreichend* nahrung*
2     nahrung und wasser
2     kaum sauberes wasser
1.5   sauberes wasser
1.5   hunger*
1.5   durst*
1.5   kein wasser
2     kein essen
1     hinter stacheldraht  # r3: was 2, fired alone on near misses
0.75  stacheldraht
1.5   nato draht
1.5   klingendraht
1.5   schnittwunde*
1     verletzung*
1     verletzt*
1.5   knochenbrüch*
2.5   fehlend* medizinisch* versorgung
1     medizinisch* versorgung
# -- round 2: children, pregnancy
0.75  kinder
2     fehlgeburt*
# -- round 2: detention, asylum denied
0.5   inhaftier*  # r3: was 1, fired alone on near misses
1     in haft
1.5   geschlossen* lager*
1     überfüllt*
2     zugang zum asylverfahren
1     asylverfahren
1.5   schutzgesuch*
# -- round 2: violence, dogs, exploitation
1.5   gewalt durch
0.5   gewalt  # r3: was 0.75, fired alone on near misses
1.5   prügel*
0.75  hunde
2     hundebis*
0.5   schleuser*  # r3: was 0.75, fired alone on near misses
1     schlepper*
1.5   ausgeraubt
1.5   ausgenutzt
1     betrogen
# -- round 2: aid blocked, dignity, suffering
0.75  helfer*
1.5   kein zugang
0.75  sperrzone  # r3: was 1.5, fired alone on near misses
1.5   kriminalisier*
1.5   menschenwürd*
2     leidtragend*
0.5   leiden  # r3: was 1, fired alone on near misses
1.5   elend
1     dramatisch
1.5   verletzlich*
1.5   schutzbedürftig*
# -- round 2: counter-evidence, other stories (weather, balloons)
-1.5  ballon*
-1.5  wettervorhersage*
-1.5  wetterdienst*
# -- round 3
1.5   zahlten den preis
1.5   den preis bezahlt
2     wochen im wald
1.5   tage im wald
1.5   nächte im wald
1.5   schüssen in die luft
1.5   schüsse in die luft
1.5   schlagstock*
1     narbe*
1     hust*
# -- round 5 (German): counter-evidence for near-miss stories, fact-checks and mockery; framing vocabulary
-1.5  messerangriff*
-1    geas
1.5   nicht mehr aufgewacht
1.5   todeszone
2     zurückgeprügelt
1.5   keine medikamente
1.5   ohne medikamente

# real coverage (dev split)
# -- deaths, exhaustion, fear
2     toten migranten
2     tod mehrerer migranten
1.5   tod mehrerer
1.5   erschöpfung
1.5   zitternd
1     habe angst
1     angst vor
1     eiseskälte
1     gefrierpunkt
# -- the suffering as such, abuse as pawns
2     manövriermasse
2     als geisel*
1     missbraucht
1     missbrauchen
1.5   schlimme* bilder*
1.5   entsetzlich* bilder*
1.5   furchtbare szenen
1     leid  # r3: was 1.5, fired alone on near misses
1     lage der flüchtlinge
1     grenzbeamten verletzt
1     stranden
# real coverage round 2 (dev split)
# -- calls for help, exhaustion, women and children, bodies found
1.5   hilferuf*
1.5   erschöpft*
1     frauen und kinder
1     harren
# ---------------------------------------------------------------------------------------------
@lang be
3     ад пераахаладжэн*
2     пераахаладжэн*
3     замерз* насмерць
3     замерз* насьмерць   # r12 tarashkevitsa variant
2.5   загінул* мігрант*
2.5   смерц* мігрант*
2.5   цел* мігрант*
3     гуманітарн* катастроф*
1.5   гуманітарн* крызіс*
1.5   збіты*                           # not збіт*: збіткі = losses
1.5   збіва*
1.5   зьбіва*   # r12 tarashkevitsa variant
3     дзец* ў лесе
2     без ежы
2.5   закладнік*
3     ахвяр* палітычн* гульн*
2     палітычн* гульн*
2     цяжарн*
# -- violence
1.5   дубінк*
1.5   збілі
1     ударыл*
1.5   штурхнул*
2     гвалтоўна выдвар*
2     выдвар* у лес
2     пераахалодж*
# -- cold, hunger, death
1.5   мінусов*
2     кіда* дзяцей
0.5   дзяцей
1     дзеці
1.5   галодн*
0.75  паміра*                  # round 9: was 1.5; bare dying words fit war obituaries too
1.5   гінуць
1.5   мёртв*
2     знойдзен* цел*
2.5   разменн* манэт*
2.5   разьменн* манэт*   # r12 tarashkevitsa variant
2.5   разменн* манет*
1.5   мерзн*
1.5   хварэ*
2     лёс* невядом*
0.5   медыцынск* дапамог*
0.5   мэдыцынск* дапамог*   # r12 tarashkevitsa variant
1.5   шпіталізава*
1     праваабарон*
-1.5  праверк* фактаў
-2    палітвязн*
-2    палітвязьн*   # r12 tarashkevitsa variant
# -- round 2: cold, swamps
1     мароз*
1.5   холад*
1.5   сцюж*
1.5   сьцюж*   # r12 tarashkevitsa variant
2     начуюць у лесе
1.5   у балоце
1     балот*
1.5   без вады
3     без ежы і вады
# -- round 2: injured, beaten, dogs
1.5   пацярпел*
1.5   паранен*
1     траўм*
2     шматлік* траўм*
0.5   бальніц*
1     выштурхнул*
1.5   выкінул*
1.5   выкідва*   # r12 aspect-pair / stem-alternation variant
1.5   праз загараджэн*
1.5   сабак*
2     адабрал* тэлефон*
2     адбіра* тэлефон*   # r12 aspect-pair / stem-alternation variant
1     адабрал*
1     абутак
1     бяззбройн*
1.5   выцясня*
# -- round 2: children, deaths
1.5   немаўл*
2     жанчын* і дзяцей
1.5   памерл*
0.75  загінул*                 # round 9: was 1.5
0.5   смерц*                   # round 9: was 1
1     целы
1.5   ахвяр*
1.5   пакут*
# -- round 2: smugglers, cheated
1     кантрабандыст*
2     гандляр* людзьмі
1.5   абрабавал*
1.5   ашукан*
0.5   гуманітарн* дапамог*
0.5   валанцёр*
# -- round 2: counter-evidence, other stories (weather, balloons)
-1.5  паветран* шар*
-1.5  сіноптык*
# -- round 3
1.5   заплаціл* цану
1.5   тыдні ў лесе
1.5   ночы ў лесе
1.5   стрэл* у паветра
# -- round 5 (Belarusian): counter-evidence for near-miss stories, fact-checks and mockery; framing vocabulary
-1.5  беспілотнік*
-1.5  бесьпілетнік*   # r12 tarashkevitsa variant
-1.5  дрон*

# real coverage (dev split)
# -- Cyrillic, incl. the classical orthography (зьбіты, сьмерць): bodies, danger, cold
2     зьбіт*
1.5   сьмерц*
2     труп* мігрант*
1.5   знойдзен* труп*
2     нечалавеч*
1.5   зьбілі
1.5   выцяс*
1.5   ледзян*
1.5   хава* ў лесе
1     небяспек*
1     небясьпек*   # r12 tarashkevitsa variant
# -- Łacinka (Latin-script Belarusian): deaths, cold, hunger, exhaustion, violence
3     ad pieraachałodž*
2     pieraachałodž*
2.5   dzieci ŭ lesie
2     zahinul* mihrant*
2     palityčn* huln*
2     biez ježy
2     ciažarn*
2     chałodn* nač*
1.5   biez vady
1.5   pamierl*
1.5   zahinul*
2.5   śmier* mihrant*
2.5   cieł* mihrant*
2     trup mihranta
2     vyštur*
2     niečałaviečn*
1.5   choład*
1.5   źniasilen*
1.5   niaščasn*
1.5   kašmar*
1.5   źbili
1.5   pamiraj*
1.5   mierzn*
1.5   dubink*
1.5   sabak*
1.5   vykinul*
1.5   achviar*
1.5   źbivaj*
1.5   vyciaśn*
1.5   humanitarn* kryzis*
1     chałodn*
1     maroz*
1     kašl*
1     ŭ lesie
1     humanitarn* dapamoh*
1     adabrali
1     haleča
0.75  hinuć
1     pakut*

# real coverage (dev split), round 2: general vocabulary of the framing (Cyrillic and Łacinka)
# -- pushed back by force, left helpless, deaths from cold
2     гібел* мігрант*
1     выціснут*
1     выціска*
1     выштурхоўва*
1.5   бездапаможн*
1     vycisnut*

# ---------------------------------------------------------------------------------------------
@lang ar
3     ماتوا من البرد
3     الموت بردا
2     تجمد*                            # froze; not تجميد (asset freeze)
3     انخفاض حرارة الجسم
1.5   البرد القارس
1.5   والبرد القارس   # r12 procl-wa
1.5   بالبرد القارس   # r12 procl-bi
1.5   للبرد القارس   # r12 procl-li
2.5   عالق* على الحدود
2.5   وعالق* على الحدود   # r12 procl-wa
3     عالق* في الغاب*
2     بلا طعام
2     دون طعام
2     ودون طعام   # r12 procl-wa
2     بدون طعام
2.5   تعرضوا للضرب
2.5   وتعرضوا للضرب   # r12 procl-wa
2.5   العنف ضد المهاجر*
2.5   بالعنف ضد المهاجر*   # r12 procl-bi
2.5   معاملة لاإنساني*
2.5   ظروف لا إنساني*
3     مأساة إنساني*
3     كارثة إنساني*
3     وكارثة إنساني*   # r12 procl-wa
1.5   أزمة إنساني*
1.5   وأزمة إنساني*   # r12 procl-wa
2.5   جثث المهاجر*
2.5   لقوا حتفهم
2.5   ولقوا حتفهم   # r12 procl-wa
2.5   لقي حتفه
2.5   بيادق
2.5   عملي* الصد
-1.5  البحر المتوسط
# -- violence, cold, children, death
2     للضرب
1.5   الضرب
1.5   بالضرب   # r12 procl-bi
1.5   والضرب   # r12 procl-wa
2     يعان* الجفاف
1     أطفال
1     وأطفال   # r12 procl-wa
1     الأطفال
1     والأطفال   # r12 procl-wa
1     للأطفال   # r12 procl-li
1     بالأطفال   # r12 procl-bi
2     أطفال يعان*
1     وفاة
1     ووفاة   # r12 procl-wa
2.5   وفاة مهاجر*
1.5   توفي*
1.5   وتوفي*   # r12 procl-wa
2.5   محاصر* بين
1.5   محاصر*
2     عالقين
1.5   خدعوا
2     أوراق ضغط
1.5   لمصيرهم
2     النار على المهاجر*
2     التهديد بالسلاح
1.5   البرد
1.5   والبرد   # r12 procl-wa
1.5   بالبرد   # r12 procl-bi
1.5   للبرد   # r12 procl-li
1     في الغابات
1.5   يعيدونهم
2     الإعادة القسري*
1     منظم* حقوقي*
# -- counter-evidence: the sea route
-1    قارب*
-1.5  خفر السواحل
-1    قبالة
-0.75 اللاجئ* الأوكراني*
-1    مضلل
-2    السجناء السياسي*
# -- round 2: cold
2     يتجمد*
1     المتجمدة
1     والمتجمدة   # r12 procl-wa
1.5   متجمد*
2     الصقيع
2     والصقيع   # r12 procl-wa
2     بالصقيع   # r12 procl-bi
2     للصقيع   # r12 procl-li
1.5   تحت الصفر
2     يرتجف*
1     أغطي*
2     تنام على الأرض
2     في العراء
# -- round 2: deaths, the missing
2     يموت*
2     ويموت*   # r12 procl-wa
1.5   ماتوا
2     حتفهم
2     فقد* حيات*
1.5   جثة
1.5   وجثة   # r12 procl-wa
1.5   جثث
1.5   وجثث   # r12 procl-wa
2     العثور على جثة
2     بالعثور على جثة   # r12 procl-bi
2     والعثور على جثة   # r12 procl-wa
2     للعثور على جثة   # r12 procl-li
1.5   المفقود*
1.5   والمفقود*   # r12 procl-wa
1.5   بالمفقود*   # r12 procl-bi
1.5   للمفقود*   # r12 procl-li
1.5   مفقود*
# -- round 2: pushed back, asylum
1     الأسلاك الشائكة
1     بالأسلاك الشائكة   # r12 procl-bi
1     والأسلاك الشائكة   # r12 procl-wa
1     للأسلاك الشائكة   # r12 procl-li
1.5   يعادون
1.5   إعادتهم
1.5   وإعادتهم   # r12 procl-wa
1.5   حق اللجوء
1.5   وحق اللجوء   # r12 procl-wa
1     طلب اللجوء
1     وطلب اللجوء   # r12 procl-wa
1     طالب* اللجوء
1     وطالب* اللجوء   # r12 procl-wa
# -- round 2: children, women, hardship
2     نساء وأطفال
2     ونساء وأطفال   # r12 procl-wa
2     النساء والأطفال
2     والنساء والأطفال   # r12 procl-wa
2     بالنساء والأطفال   # r12 procl-bi
2     للنساء والأطفال   # r12 procl-li
2     امرأة حامل
1     حامل
1.5   رضع
1.5   الرضع
2     ظروف قاسي*
1     قاسي*
1     وقاسي*   # r12 procl-wa
1.5   معانا*
1.5   ومعانا*   # r12 procl-wa
1.5   يعان*
1.5   ويعان*   # r12 procl-wa
1.5   الجوع
1.5   والجوع   # r12 procl-wa
1.5   للجوع   # r12 procl-li
1.5   جائع*
1.5   وجائع*   # r12 procl-wa
1.5   العطش
1.5   والعطش   # r12 procl-wa
1.5   بلا ماء
1.5   دون ماء
# -- round 2: cheated, robbed, smugglers
2     تعرضوا للاحتيال
1.5   الاحتيال
1.5   سلبت
1     المهرب*
1     والمهرب*   # r12 procl-wa
1     بالمهرب*   # r12 procl-bi
1     للمهرب*   # r12 procl-li
1.5   شبكات التهريب
2     تجار البشر
1.5   الاتجار بالبشر
1     العالقين
1     والعالقين   # r12 procl-wa
1     بالعالقين   # r12 procl-bi
1     للعالقين   # r12 procl-li
2     العالقون
2     والعالقون   # r12 procl-wa
# -- round 2: violence, dignity, aid
1     الكلاب
1     بالكلاب   # r12 procl-bi
1     والكلاب   # r12 procl-wa
1     للكلاب   # r12 procl-li
2     تعذيب
2     وتعذيب   # r12 procl-wa
1.5   إهانة
1     كرامة
1.5   الكرامة الإنساني*
1     إنقاذ
1     وإنقاذ   # r12 procl-wa
1     المساعد* الإنساني*
1     بالمساعد* الإنساني*   # r12 procl-bi
1     منظم* إنساني*
# -- round 2: counter-evidence, other stories (weather, balloons)
-1.5  بالون*
-1.5  الأرصاد الجوية
-1.5  توقع* الطقس
# -- round 3
1.5   دفع المهاجر* الثمن
1.5   دفعوا الثمن
1.5   مجرد أداة
1.5   ورقة ضغط
1.5   أسابيع في الغابة
1.5   ليال في الغابة
1.5   وعود المهرب*
# -- round 5 (Arabic): counter-evidence for near-miss stories, fact-checks and mockery; framing vocabulary
1.5   ذهابا وإيابا
1     المستنقع*

# real coverage (dev split)
# -- cold, hunger and thirst, humiliation and assault, people stranded
2     ظروف إنساني* صعبة
2     أوضاع مأساوي*
2     حرارة جليدي*
2     الجوع والعطش
2     للجوع والعطش   # r12 procl-li
2     جوعا وعطشا
2     البرد والجوع
2     الجوع والبرد
2     تجمدت
1.5   شديدة البرودة
1.5   وشديدة البرودة   # r12 procl-wa
1.5   الغابات الباردة
1.5   اعتداءات
1.5   إهانات
1.5   بوحشي*
1.5   مأساة
1.5   ومأساة   # r12 procl-wa
1.5   بدون اكل
1     الانتهاك*
1     والانتهاك*   # r12 procl-wa

# real coverage (dev split), round 2: general vocabulary of the framing (with the clitic forms)
# -- beaten, humiliated, held in inhuman conditions
2     ظروف غير إنساني*
2     الإساءة الجسدي*
2     للإساءة الجسدي*   # r12 procl-li
1.5   غير إنسانية
1.5   ظروف مروعة
1.5   الإهانات
1.5   والإهانات   # r12 procl-wa
1.5   للإهانات   # r12 procl-li
1.5   بالدماء
1     الهراو*
1     والهراو*   # r12 procl-wa
1.5   حاول الانتحار
# -- stranded in the cold, deaths
1     تقطعت بهم السبل
1     مصيرا مجهولا
1     التجمد
1     والتجمد   # r12 procl-wa
1     بالتجمد   # r12 procl-bi
1     للتجمد   # r12 procl-li
1     درجات الحرارة
1     ودرجات الحرارة   # r12 procl-wa
# -- deceived, desperate, forced back, the falling cold
1.5   تعرضوا للخداع
1.5   أعيدوا قسرا
1.5   انخفاض درجات الحرارة
1     يائس*
1     ويائس*   # r12 procl-wa
# ---------------------------------------------------------------------------------------------
# Examples: scored with this lexicon alone.
@must-match      Two Syrian men froze to death in the forest after Polish guards pushed them back to Belarus.
@must-match      Children are freezing in the woods without food and water while both governments use them as pawns.
@must-match      Migrants are victims of political games: beaten by Belarusian soldiers and pushed back by Polish guards.
@must-match      Human rights groups documented violent pushbacks and the deaths of migrants at the border.
@must-match      A pregnant woman was left in the swamp with hypothermia after a pushback.
@must-match      Мигранты умирают от переохлаждения в лесу, их избивают и выдавливают обратно.
@must-match      Kolejna osoba zmarła z wychłodzenia, a dzieci na granicy są bez jedzenia i wody.
@must-match      Migrantai miške be maisto ir vandens, keli mirė nuo hipotermijos.
@must-match      An der Grenze sind Menschen erfroren, und Kinder im Wald sind ohne Essen und Wasser.
@must-match      Мігранты паміраюць ад пераахаладжэння, дзеці ў лесе без ежы.
@must-match      مات مهاجرون من البرد وهم عالقون في الغابات بلا طعام على الحدود البولندية.
@must-not-match  Aggressive migrants threw stones at Polish soldiers and tried to storm the border fence.
@must-not-match  Poland calls it a hybrid attack orchestrated by the Lukashenko regime with flights from Baghdad.
@must-not-match  The Polish government extended the state of emergency in the border area by another 60 days.
@must-not-match  Over fifty people drowned in the Mediterranean when a boat sank off Lampedusa.
@must-not-match  Belarusian courts sentenced another group of protesters to long prison terms.
@must-not-match  The Belarusian ministry said Western wars and EU hypocrisy created this refugee flow.
@must-not-match  Агрессивные мигранты бросали камни в польских пограничников и пытались штурмовать границу.
@must-not-match  Straż Graniczna odnotowała 120 prób nielegalnego przekroczenia granicy.
@must-not-match  Vyriausybė pratęsė nepaprastąją padėtį pasienyje.
@must-not-match  Die Bundesregierung diskutiert über neue Sanktionen gegen Belarus.
@must-not-match  EU leaders said Belarus sponsored the migration as a hybrid weapon against the bloc.
@must-match      Soldiers beat them with batons, took their phones and forced them back into the cold, where a boy with fever spent three nights in the forest.
@must-match      Пограничники избили беженцев дубинками и заставили перелезть обратно через забор, дети остались без воды.
@must-not-match  Viasna says Belarus holds more than 1,100 political prisoners, and several have died in custody.
@must-not-match  Na przejściu w Medyce uchodźcy z Ukrainy czekają w kolejce, wolontariusze rozdają herbatę.
# Round 2 examples: hardship in other words; a weather report is not the narrative
@must-match      A pregnant woman slept on the ground in the bogs with no food, and her children were shivering below zero until volunteers found them.
@must-match      Люди ночуют в болотах при минусовой температуре, их бьют и травят собаками, дети остаются без пищи.
@must-not-match  Forecasters expect frost and temperatures below zero in the Grodno region this weekend.
# Round 3 examples: weeks in the forest, shots and batons; a Channel crossing is not the narrative
@must-match      Die Familie hat drei Wochen im Wald verbracht; Soldaten gaben Schüsse in die Luft ab, der Vater trägt eine Narbe von einem Schlagstock.
@must-not-match  Eight people died of hypothermia when an overcrowded small boat sank during a Channel crossing.
# Round 5 examples
@must-match      Ein Nachbar aus dem Lager ist eines Morgens nicht mehr aufgewacht; die Kinder husten, und es gibt keine Medikamente.
@must-not-match Five people died of hypothermia when an overcrowded dinghy got into difficulty off northern France while trying to reach Britain.
@must-not-match Faktų patikrinimas: teiginys nepagrįstas, nes nėra jokių įrodymų, kad pasieniečiai sumušė migrantą.

# ---------------------------------------------------------------------------------------------
# real coverage: uk

# real coverage (dev split), round 3: counter-evidence: the blame-the-West polemic (NATO wars, double standards)
-1    المعايير المزدوجة
-1    تدخل* الناتو
@lang uk
# -- deaths, cold (uk forms: і, ї, є; "переохолодж*" is not the Russian "переохлажд*")
3     від переохолодж*
2     переохолодж*
2.5   загину* мігрант*
2.5   смерт* мігрант*
2.5   тіл* мігрант*
2     знайшл* тіло
1.5   помер* на кордон*
1.5   замерза*
1.5   у лісах
1     у лісі
# -- deprivation, illness
2.5   без їжі та води
2     без їжі
1.5   без води
0.75  медичн* допомог*
0.5   хвор*
# -- children, the pregnant, families
2     жінок і дітей
1.5   вагітн*
1     немовл*
# -- violence, degrading treatment, pushbacks
3     знущанн* над мігрант*
2     знуща*
2.5   порушува* прав* мігрант*
2     права мігрант*
2     виштовху*
2  виштовхну*
1.5   витісня*
1.5  витісни*
1.5   відштовху*
1.5   побитт*
1.5   б ють
1.5   сльозогінн*
1.5   без належн* процес*
1     змушу* їх
# -- pawns, hostages, humanitarian crisis, human-rights monitoring
2     розмінн* монет*
2     заручник*
1.5   пішак*
1.5   гуманітарн* криз*
1.5   правозахисн*
# -- more stock phrases: deaths, the missing, trapped in the cold forest, inhuman treatment
2.5   загибел* мігрант*
2.5   загибел* біженц*
2.5   жорсток* поводж*
2     зникл* безвісти
2     нелюдськ* умов*
2     ночу* в лісі
2  ночу* в лісах
2     ночу* у лісі
2  ночу* у лісах
2     в пастці
1     гину*
2   на холоді
1.5   в холод*
1.5   застрягл*
1.5   принизлив*
1.5   порушенн* прав* людини
1.5   поранен* мігрант*
1     з дітьми
0.5   гуманітарн* допомог*
0.75  до лісу
0.75  в ліс
0.5   дітей
0.5   діти
# -- counter-evidence: migrants as aggressors; other routes; Ukrainian refugees; fact-checks
-2    напав* з ножем
-2    ножов* поранен*
-1.5  агресивніст*
-1.5  штурмува*
-2    агресивн* мігрант*
-2    кида* камін*
-2  кину* камін*
-2    політв язн*
-2    політичн* в язн*
-2    біженц* з україн*
-2    українськ* біженц*
-2    середземн*
-1.5  обстріл*
-1.5  окупант*
-1.5  дезінформ*

# real coverage (dev split), round 2: general vocabulary of the framing
# -- deaths, cold, bodies
2     знайшл* тіл*
1.5   змерзл*
1     загину*
1     низьк* температур*
# -- beaten, pushed back, trapped, exploited
2     поби* мігрант*
1.5   нічийн* земл*
1.5   торгівл* людьми
1.5   ошукан*
1     нелюдськ*
1     виснажен*
1     змушен* перетин*
# real coverage: es
@lang es
# -- deaths and cold
2.5   muere de frío
2.5   murieron congelad*
2.5   muert* de frío
2.5   catástrofe humanitaria
2.5   drama humanitario
2     emergencia humanitaria
2     temperaturas bajo cero
2.5     hipotermia
2     condiciones miserables
2     bosques y pantanos
2     han perdido la vida
2     sin agua ni comida
2     devoluciones ilegales
2     moneda de cambio
1.5   bajo cero
1.5   perdido la vida
1.5   han muerto
1.5   crisis humanitaria
1.5   condiciones extremas
1.5   al raso
1.5   a la intemperie
1.5   de agotamiento
1.5   jugarse la vida
1     el frío
1     frío y
1     hambre
1     sin comida
1     agua y comida
# -- children, families, people trapped and used
2     peones humanos
1.5   niños migrantes
1.5   mujeres embarazadas
1.5   embarazada
1.5   palizas
1.5   rehenes
1.5   juego político
1     pantanos
1.5   están muriendo
1.5   punto de congelación
1     llegada del invierno
1     gases lacrimógenos
1     gas lacrimógeno
1     cañones de agua
1     sobre las cabezas
1     derecho internacional humanitario
1     atrapad*
1.5   personas heridas
1.5   agresiones
1.5   devoluciones
1     mujeres y niños
1     familias
1     por los bosques
1     el bosque
1     sobrevivir
1     traficantes de personas
1     contrabandista
# -- counter-evidence: other routes and refugees
-2.5  cayuco*
-2    salvamento marítimo
-2    melilla
-2    canarias
-2    río bravo
-2    refugiados ucranianos
-1.5  patrulla fronteriza
-1.5  sueño americano
-1.5  ucranianos
-1.5  presos políticos

# real coverage (dev split), round 2: general vocabulary of the framing
# -- deaths, bodies, cold
2     muertes de migrantes
2     cuerpos de migrantes
2     hallad* muert*
1.5   cadáver*
1.5   congelad*
1.5   temperaturas gélidas
1.5   frío extremo
1     fallecid*
0.75  murieron
0.75  murió
# -- beaten, mistreated, pushed back, inhuman conditions
2     condiciones inhumanas
1.5   expulsiones ilegales
2     devoluciones en caliente
2     expulsiones en caliente
1.5   violencia contra los migrantes
1.5   violencia contra migrantes
1.5   violencia contra refugiad*
1.5   violencia contra los refugiad*
1.5   maltrat*
1.5   golpearon
1.5   golpizas
1.5   golpead*
1.5   empujaron
1.5   trato inhumano
1.5   extenuad*
1     tierra de nadie
1.5   campamentos improvisados
1.5   engañad*
1.5   falsas promesas
0.75  herid*
1     exhaust*
1     agotad*
1     varad*
1     hacinad*
1     encerrad*
1     centro* de detención
1     niños pequeños
# -- topical words that only lean
0.5   alambre de púas
0.5   ayuda humanitaria

# real coverage: it
@lang it
# -- deaths, cold, hunger
2.5   continuano a morire
2.5   mort* di freddo
2.5   di stenti
2.5   catastrofe umanitaria
2.5   sulla pelle dei migranti
2     ipotermia
2     temperature gelide
2     al gelo
2     senza riparo
2     trovato privo di vita
2     trovati morti
2     zone della morte
2     zona della morte
2     tombe senza nome
2     emergenza umanitaria
2     vite dei migranti
2     pedine
2     merce di scambio
2     respinti illegalmente
2     respingimenti illegali
2     né cibo né acqua
1.5   sotto zero
1.5   privo di vita
1.5   decessi
1.5   cadaveri
1     nei boschi
1.5   crisi umanitaria
1     accesso umanitario
1.5   persone disperate
1     disperati
1.5   ostaggi
1.5   gioco politico
1.5   senza cibo
1.5   incinta
1.5   pestat*
1.5   manganell*
1.5   paludi
1.5   giochi politici
1     freddo
1     fame e
1     la fame
1     sete
1     dispersi
1     nella foresta
# -- pushbacks, beatings, people trapped, children
1.5   famiglie con bambini
1.5   respingimenti
1.5   picchiat*
1.5   picchier*
1.5   intrappolat*
1.5   bloccati al confine
1     respinti
0.5   donne e bambini
0.5   bambini
1     trafficanti
# -- counter-evidence: the Mediterranean route, Ukrainian refugees, prisoners
-2.5  lampedusa
-2.5  ocean viking
-2    mediterraneo
-2    sbarch*
-2    naufrag*
-1.5  guardia costiera
-1.5  barchin*
-2    profughi ucraini
-2    rifugiati ucraini
-1.5  prigionieri politici
# real coverage round 2 (dev split)
# -- deaths and cold
2.5   assiderat*
2     congelat*
2     hanno perso la vita
2     perso la vita
2     corpo senza vita
1.5   morto
1.5   morta
1.5   morire
1.5   vittime
1.5   gelo
1.5   sotto lo zero
1     morti
1     corpi
# -- beaten, wounded, mistreated
1.5   picchiand*
1.5   percoss*
1.5   pestaggi*
1.5   maltrattat*
1.5   maltrattament*
1.5   insanguinat*
1     ferit*
1     violenz*
0.5   gas lacrimogeni
0.5   idranti
# -- stranded, pushed back, no food or care
2     terra di nessuno
1.5   rimandati indietro
1.5   riportati indietro
1.5   riportarli indietro
1.5   niente da mangiare
1.5   senza cure
1     cure mediche
0.75  bloccati
# -- tragedy, suffering; deceived and used as pawns
2     tragedia umana
2     dramma umanitario
1.5   sofferenz*
1.5   disperazione
1.5   scudi umani
2     ingannati
2     false promesse
1.5   illusi
1.5   sfruttat*
1     usati come
1     dramma
# real coverage: fr
@lang fr
# -- deaths, cold and hypothermia
3     mort* de froid
2.5   hypothermie
2.5   ont perdu la vie
2     personnes seraient mortes
2     retrouvé* mort*
1.5   sont mort*
2     morts à la frontière
2     morts dans la forêt
1.5   morts de faim
1.5   décès
1.5   températures glaciales
1.5   températures inférieures à zéro
1.5   temps glacial
1.5   froid glacial
1     glacia*
1     sous zéro
1     se réchauffer
# -- trapped, desperate, deprived
2     pris au piège
2     prises au piège
2     pris en otage*
1.5   piégé*
1.5   pris en étau
2     conditions inhumaines
1.5   conditions dramatiques
1.5   conditions déplorables
1     conditions difficiles
1.5   situation désespérée
1     désespér*
2     rien à boire
2     sans eau
1.5   sans nourriture
1.5   ni manger
1.5   affamé*
1.5   assoiffé*
1.5   épuisé*
1.5   à bout de forces
1.5   assistance médicale
1     besoin d aide
1     appel à l aide
# -- children, pregnant women, families
1.5   femme enceinte
1     femmes enceintes
1     bébé
0.75  enfants
0.5   familles
# -- violence, pushbacks, denial of asylum
2.5   renvoyé* de force
2     refoulé*
1.5   refouler
1.5   refoulements
2     traitement inhumain
2     roués de coups
2     meurtres de migrants
1.5   meurtre*
1.5   traitent les migrants
1.5   façon inadmissible
1.5   ensanglanté*
1.5   violenté*
1.5   battus
1.5   blessures
1     violences
1     coups de feu
1     brutalement
1     violemment
# -- pawns, hostages, exploitation; humanitarian crisis
2.5   boucliers humains
2     pions
2     monnaie d échange
1.5   jeu géopolitique
1.5   victimes
2     catastrophe humanitaire
2     drame humanitaire
1.5   crise humanitaire
1     humanitaire
1     droits humains
1     droit humanitaire
2     grupa granica
1     médecins sans frontières
1     en pleine forêt
1     dans la forêt
1     dans les forêts
1     camp de fortune
1     campement de fortune
0.5   exilés
# -- counter-evidence: other routes (the Channel, the Mediterranean), Ukrainian refugees, aggressors
-2    small boats
-1.5  naufrage
-1.5  méditerranée
-2    réfugiés ukrainiens
-1    fuyant l ukraine
-1.5  migrants agressifs
-1.5  jet* des pierres
-1.5  prisonniers politiques
-1.5  intox
@must-match      Pris au piège dans la forêt par des températures glaciales, sans eau ni nourriture, des migrants épuisés meurent d'hypothermie ; une femme enceinte a été refoulée.
@must-not-match  Au moins cinq migrants sont morts lors d'un naufrage dans la Manche, au large de Calais.
# real coverage round 2 (dev split)
# -- beaten, injured, bitten: violence against migrants by whichever side
2     passés à tabac
2     tabass*
1.5   battu
1.5   frappés
1.5   atrocités
1.5   morsure*
1     blessé*
1     saign*
1     hospitalisé*
1     fracture
0.75  gaz lacrymogène*
0.75  canons à eau
# -- deaths and cold
2     corps sans vie
2     sans vie
1.5   décédé*
1.5   est mort
1.5   est morte
1.5   a succombé
1.5   cadavre*
1.5   gelure*
0.75  froid
# -- pushed back, expelled, stranded between two borders
1.5   renvoy* vers la biélorussie
1.5   renvoy* en biélorussie
1.5   expulsion* forcée*
1.5   coincé*
1.5   sans abri
1.5   dormir dehors
1     expulsé*
1     repoussé*
1     repoussant
1     bloqués à la frontière
0.5   bloqués
# -- suffering, tragedy, women and children
2     tragédie humaine
1.5   tragédie
1.5   détresse
1.5   souffrance*
1.5   désespoir
1     sort des migrants
1     drame
1     femmes et enfants
# -- deceived, exploited, used as instruments
1     trompé*
1.5   leurré*
1.5   dupé*
1     instrumentalisés
1     passeurs
# real coverage: lv
@lang lv
# -- deaths, cold and exhaustion
3     nomir* no hipotermij*
2     hipotermij*
2.5   miruš* migrant*
2     bez dzīvības pazīmēm
1.5   gāj* bojā
1.5   bojā gāj*
1.5   nomir*
1.5   nāves gadījum*
1.5   pārsal*
1.5   līķ*
1.5   sasal*
1.5   apsaldējum*
1.5   novārg*
1.5   aukst* laika apstākļ*
2     zem klajas debess
2     uzturēšan* mežā
2     atstāt* mežā
1.5   atstāt* pašu ziņā
2     iesprost*                          # trapped (between the borders)
1.5   mēnešiem ilgi
1.5   dzīvībai bīstam*
1.5   apdraudējum* dzīvīb*
1     viņu dzīvībai
# -- no food, water, medical care
2     bez pārtikas
1.5   bez ūdens
1.5   bez palīdzības
0.75  bezpalīdzīg* stāvokl*
0.5   medicīnisk* palīdzīb*  # r3: was 0.75, fired alone on near misses
# -- women, children, families; vulnerable people
1.5   sieviet* un bērn*
1.5   māt* ar bērn*
1     ģimen* ar bērn*
0.75  mazaizsargāt*
# -- violence, torture, degrading treatment
2     piekāv*
1     sitien*
2.5   necilvēcīg* izturēšan*
2.5   necilvēcīg* apiešan*
1.5   necilvēcīg*
2     spīdzināšan*
2     izģērb*
2     atņem* telefon*
0.75  vardarbīb*
# -- pushed back and forth, asylum denied
2     šurpu turpu
2     šurp un turp
1.5   dzīt* atpakaļ
1.5   atgrūšan*
1.5   izstumšan*
1.5   liedz* patvērum*
1.5   patvērum* liegt*
1.5   pārkāpt* viņu cilvēktiesīb*
1     tiek pārkāpt*
1.5   cilvēktiesīb* pārkāp*
1     aizturēšanas centr*
1.5   pašnāvīb*
# -- pawns, hostages, exploitation, humanitarian catastrophe
2     ķīlniek*
2     bandiniek*
1     upur*
2.5   seksuāl* izmantošan*
1.5   prostitūcij*
1.5   cilvēku tirdzniecīb*
1     reketē*
2.5   humanitār* katastrof*
1.5   humanitār* krīz*
1     ārsti bez robežām
# -- counter-evidence: debunked abuse claims, migrants as aggressors, other refugee stories
-2    melīg*
-1.5  sagrozīt*
-1.5  sadomāt*
-1    akmeņ*
-1    agresivitāt*
-1.5  vidusjūr*
-1    ukrainas bēgļ*
-1.5  otrā pasaules kar*
# real coverage (dev split, round 2): general Latvian vocabulary of the framing
# -- left without shelter, food, care; lives at risk
1.5   bez pajumtes
1.5   bez iztikas
1.5   draud* dzīvīb*                     # "draudi dzīvībai"
1     slikt* veselības stāvokl*
1.5   izsalk*
1     cieš badu
0.75  humanitār* palīdzīb*
1     humanitār* situācij*
# -- drowned, injured, dogs set on them, humiliated
1.5   noslīk*
1.5   ievainot*
1.5   savainot*
2     uzrīdīj* suņ*
1.5   suņ* sakod*
1.5   pazemoj*
1     grūtniec*
1     pazud* bez vēsts
# -- deceived and exploited by smugglers and the regime
1.5   maldināt*
1.5   apmānīt*
1.5   ekspluat*
1     cilvēku kontrabandist*
# Latvian examples
@must-match      Migranti nedēļām bija iesprostoti mežā starp robežām bez pārtikas un ūdens; bērni cieta no hipotermijas, divi cilvēki nomira.
@must-not-match  Valsts robežsardze diennakts laikā novērsa 87 mēģinājumus nelikumīgi šķērsot robežu.

# round 7 (ru, be): general vocabulary for unseen articles
@lang ru
# -- deaths and bodies
1.5   погиба*
1.5   гибн*
1     скончал*
1     умер
2     обнаружи* тел*
2     обнаружен* тел*
2     детск* тел*
2     жертв* пограничн* кризис*
2     жертв* миграционн* кризис*
1.5   число жертв*
1.5   стал* жертв*
2     человеческ* трагеди*
# -- cold, hunger, despair, illness
1.5   на мороз*
1.5   сп* на земл*
1.5   отчаянн* положени*
1.5   безвыходн*
1.5   безысходн*
1.5   грязн* вод*
1.5   антисанитари*
1.5   тяжел* состояни*
1.5   критическ* состояни*
1.5   реанимаци*
2     родил* в лесу
2  родил* в лесах
1.5   инвалидн* коляск*
1.5   плач* дет*
1.5   дет* мигрант*
1.5   стихийн* лагер*
# -- pawns, deceived, begging for help
2     пешек
2     разменн* карт*
1.5   жертв* обстоятельств*
1.5   повери* обещани*
1.5   обеща* достав*
1.5   прос* о помощ*
1.5   просьб* о помощ*
2     молил* о помощ*
1.5   мольб*
1     права мигрант*
1     права беженц*
1.5   нарушени* прав мигрант*
2     насильно верну*
0.75  жесток*
@lang be
# -- Cyrillic: deaths, cold, violence, despair
2     памёр* у лесе
2     загінул* на мяжы
2     памёр* на мяжы
1.5   гінул*
2     знайшл* цел*
1     цела
2     замярза*
1.5   на марозе
1.5   абмарожан*
1.5   абмарожван*
1.5   пад адкрытым небам
2     без ежы і цяпла
1.5   галадан*
1.5   знясілен*
1.5   зьнясілен*   # r12 tarashkevitsa variant
1.5   адчайн*
1     адчай
2     жорстк* абыходжан*
2     бесчалавечн* абыходжан*
2     нечалавечн* умов*
2     жахлів* умов*
1.5   збіцц*
1.5   зьбіцьц*   # r12 tarashkevitsa variant
1.5   гвалтаван*
1.5   дубінкам*
1.5   перцав*
1.5   слёзатачыв*
1.5   сьлезатачыв*   # r12 tarashkevitsa variant
1.5   вадамёт*
2     цкава* сабак*
2     кінул* на волю лёсу
2     на волю лёсу
2     пешкі
2     закладнікам*
2     ахвяр* міграцыйн* крызіс*
2     ахвяр* памежн* крызіс*
1.5   дзец* мігрант*
1.5   жанчын* з дзецьм*
1.5   маленьк* дзец*
1.5   немаўлят*
1.5   ілжыв* абяцан*
3     гуманітарн* катастроф* на мяжы
# -- Łacinka
2     pamior* u lesie
2     zahinul* na miažy
2     znajšl* cieł*
1.5   zamiarza*
1.5   pad adkrytym niebam
2     žorstk* abychodžann*
2     niečałaviečn* umov*
1.5   hvałtavann*
1.5   zakładnik*
1.5   dzieci mihrant*
1.5   dziec* mihrant*
1.5   ašukan*

# round 7 (en): general vocabulary for unseen articles
@lang en
# -- plight, ordeal, suffering (general wording)
2 plight
1.5 ordeal
1.5 harrowing
1.5 horrific
1.5 nightmare
1.5 misery
1 heartbreaking
1 agony
1.5 desperation
1 distress
1.5 in distress
# -- conditions: cold, wet, no shelter, no food
2 appalling conditions
2 horrific conditions
2 catastrophic conditions
2 harsh conditions
2 terrible conditions
2 squalid
2 prison like conditions
1.5 dire humanitarian
1 humanitarian situation
2 freezing cold
2 extreme cold
1.5 cold nights
1.5 freezing nights
1.5 in the cold
2 cold and wet
2 wet and cold
1.5 soaking wet
1.5 malnutrition
1.5 malnourished
1.5 access to food
1.5 access to water
1.5 access to medical
1.5 no access to
1.5 without access to
1.5 in need of medical
1.5 urgent medical
1.5 needed medical
1.5 medical emergenc*
2 nowhere to go
1.5 no way out
1.5 neither forward nor back
1.5 can t go back
1.5 cannot go back
2 abandoned in the forest
2 left in the forest
2 dumped at the border
2 dumped in the forest
# -- deaths
2.5 died near the border
2.5 died on the border
2.5 dying in the forest
2.5 dying at the border
1.5 dying
1.5 loss of life
2 people have died
2 child died
2 boy died
2 girl died
2 a child has died
# -- violence and unlawful returns
2.5 unlawful pushback*
2 unlawful returns
2 illegal returns
1 unlawfully
2 violent* push*
1.5 assaulted
1 punched
2 smashed their phones
2 destroyed their phones
2 broke their phones
1.5 pushed back into belarus
1.5 pushed back to belarus
1.5 returned to the border
1.5 expelled to belarus
# -- seeking safety; fleeing war and persecution
1.5 seeking safety
1.5 seek safety
1.5 seeking refuge
1.5 fleeing persecution
1.5 fleeing violence
1 fled their
# -- families, children
2 separated from their famil*
1.5 family separation
1.5 little children
1 small children
# -- detention
1.5 guarded centre*
1.5 guarded center*
1.5 detention centre*
1.5 detention center*
1 detained for
# -- those who document and help them
0.75 rights groups
0.75 human rights groups
1 human rights organi*
1 rights organi*
1 amnesty international
1 humanitarian workers
0.75 activists
# -- pawns
2.5 human pawns
2 political football
1.5 geopolitical game*
1.5 cynical game

# round 7 (pl, lt, lv): general vocabulary for unseen articles
@lang pl
1     nie żyj*
1.5   nie przeży*
2     ofiar* śmiertel*
2     śmiertel* ofiar*
2     przemoc* ze strony straż*
1.5   przemoc* funkcjonariusz*
1.5   przemoc* na granicy
1.5   łama* praw* człowieka
1.5   łamani* praw* człowieka
1.5   narusz* praw* człowieka
1     sytuacj* humanitarn*
1     wyczerpan*
2     wycieńcz*
2     odwodni*
1     potrzebując* pomocy
1     potrzebuj* pomocy
1.5   przerażon*
1.5   traum*
1.5   ratowa* życi*
1     bez pomocy
2     odsyłan* na białoruś
1.5   odesła* na białoruś
2     odstawi* na granic*
1.5   spycha*
1.5   zepchn*
1.5   gazu łzawiąc*
1.5   gazem łzawiąc*
1.5   gaz* pieprzow*
1.5   handl* ludźmi
1     cierpiąc*
1     cierpi*
1.5   przemarz*
1     bezprawn*
0.5   piekł*
@lang lt
2     pasienie* smurt*
1.5   pareigūn* smurt*
1.5   smurtav*
2     smurt* pasienyje
1     žmogaus teisių organizacij*
1.5   negyvas
1.5   negyvą
1.5   negyvi
1.5   negyvų    # r12 variant of 'negyvi': gen pl
1.5   negyva    # r12 variant of 'negyvi': fem sg (negyv* would catch negyvenamas = uninhabited)
1     nužud*
1.5   išsek*
1.5   nusilp*
1.5   dehidrat*
1.5   peršal*
1.5   sušąl*
1     pagalb* migrant*
0.75  neįleidž*
1     sulaikymo cent*
2     įkaitais
2     įkaitai
1.5   įkaitų
2     tapo aukomis
1     aukomis
@lang lv
1.5   situši
2     piekaut*
1.5   uzrīdī*
1     rētas
0.5   šausm*
1.5   miris
1.5   mirušais
1.5   mirušo
0.5   nāv*
1.5   aukstum*
1.5   mīnus grād*
1.5   zem nulles
2     dien* mežā
1.5   nakt* mežā
0.5   mežā
0.75  izsīk*
1.5   atgrūž*
1.5   atgrūd*
1.5   izstum*
1     padzīt*
1     tiesīb* uz patvērum*
1     lūgt patvērum*
1     mazi bērn*
1     ar mazi* bērn*
2     necilvēcīg* apstākļ*
2     nehumān* apstākļ*
1.5   ievainojum*
1.5   ciešan*
1.5   izmisum*

# round 7 (de, uk): general vocabulary for unseen articles
@lang de
2     rückschaffung*
2     kettenabschiebung*
0.5   zurückgewiesen
1.5   zurückgetrieben
2     erfrier*
1.5   starben
1.5   verstorben*
1.5   leblos*
2     tot* flüchtling*
2     tot* migrant*
2     tot* geflüchtet*
1     schläge
1     getreten
2     gewaltsam* zurück*
2     brutal* zurück*
1     gewaltsam*
1.5   gedemütigt
1.5   erniedrig*
1.5   entwürdigend*
0.75  menschenunwürdig*
1.5   völkerrechtswidrig*
1.5   menschenrecht* verletzt
1.5   gegen menschenrecht*
1.5   gegen das völkerrecht
2     willkürlich* inhaftierung*
2     willkürlich* haft
2     ohne asylverfahren
2     minustemperatur*
1.5   bitterkalt*
0.75  frierend*
1.5   froren
1.5   kranke kinder
1     schwerkrank*
1     sumpf*
1     sümpf*
1     in den wäldern
1     medizinisch* hilfe
0.5   ausgeliefert
0.75  im stich gelassen
2     sich selbst überlassen
1     unterernährt*
1.5   menschen in not
@lang uk
2     замерзл*
2.5   помер* від холод*
1.5   від холод*
2     холод* і голод*
1.5   від голод*
1     в лісі
1     в лісах
2.5   мертв* мігрант*
2.5   померл* мігрант*
2     помер* у лісі
2  помер* у лісах
2     помер* в лісі
2  помер* в лісах
2     загину* на кордон*
2     смерт* на кордон*
2.5   смерт* біженц*
2.5   загину* біженц*
1     видворя*
2     виштовхн*
1.5   витісн*
1.5   поверну* до білорус*
1.5   назад до білорус*
1.5   назад у білорус*
1.5   назад в білорус*
2     незаконн* повернен*
2     незаконн* видворен*
2.5   насильств* над мігрант*
2.5   насильств* щодо мігрант*
2.5   насильств* проти мігрант*
1     жорстоко
1     кийк*
1.5   маленьк* діт*
1.5   сім ї з дітьми
1.5   родин* з дітьми
1.5   стали жертв*
2     під відкрит* небом
1.5   просто неба
1.5   табір для мігрант*
1.5   табор* для мігрант*
1.5   введен* в оману
1     міжнародн* амністі*
1.5   лікар* без кордон*
1.5   відмороз*
0.75  страждан*
1.5   мінусов* температур*
2     у пастці
2     між двома кордон*
1.5   між кордон*

# round 7 (ar, fr): general vocabulary for unseen articles
@lang fr
# -- cold, hunger, exhaustion
2     souffrir du froid
1.5   souffrent
2     grelott*
2     transis de froid
2     engelure*
2     nuits glaciales
2     nuit glaciale
1.5   dans le froid
1.5   privés de
2     privés d eau
2     privés de nourriture
1.5   manque de nourriture
1.5   déshydrat*
1.5   enfants en bas âge
1.5   nourrissons
# -- deaths, danger
2     ont péri
2     a péri
2     corps d un migrant
1.5   le corps d un
2     en danger de mort
2     au péril de leur vie
1.5   risquent leur vie
1.5   vulnérables
# -- pushed back and forth, stranded
1.5   renvoyés de l autre côté
1.5   renvoyés côté biélorusse
1.5   ballottés
1     migrants bloqués
0.75  sur le sort
1     lancer l alerte
# -- injured, in need of care
1.5   grièvement blessé*
1.5   blessé* grave*
1     soins médicaux
1     intervention chirurgicale
# -- cheated, robbed, exploited
1.5   escroqu*
1.5   arnaqu*
1.5   rançonn*
1.5   dépouillé*
1     exploités
@lang ar
# -- deaths
2     مصرعهم
2     لقي مصرعه
1.5   حالات الوفاة
1.5   الوفيات
1.5   والوفيات   # r12 procl-wa
1.5   بالوفيات   # r12 procl-bi
1.5   للوفيات   # r12 procl-li
2     الوفيات بين المهاجر*
# -- suffering, despair, no shelter
1     اليأس
1     واليأس   # r12 procl-wa
1     باليأس   # r12 procl-bi
1     لليأس   # r12 procl-li
1.5   دون مأوى
1.5   بلا مأوى
1     أي مأوى
2     تفاقمت معانا*
2     تفاقم معانا*
2     معانا* المهاجر*
2     ومعانا* المهاجر*   # r12 procl-wa
1.5   بمعانا*
0.5   ضحايا
# -- cold and weather
1.5   الطقس البارد
2     قسوة المناخ
2     قسوة الطقس
1     البرودة
1     والبرودة   # r12 procl-wa
1     بالبرودة   # r12 procl-bi
1     للبرودة   # r12 procl-li
1.5   الأحوال الجوية السيئة
# -- pushed back
2     تم صدهم
1.5   صدهم
1.5   بصدهم
2     صد المهاجر*
# -- children, families, the weak
1.5   الأطفال الصغار
1.5   والأطفال الصغار   # r12 procl-wa
1.5   بالأطفال الصغار   # r12 procl-bi
1.5   للأطفال الصغار   # r12 procl-li
1.5   أطفال صغار
1.5   عائل* لديها أطفال
1.5   عائل* مع أطفال
1.5   بينهم أطفال
1.5   بينهم نساء
1.5   وبينهم نساء   # r12 procl-wa
# -- exhausted, needing care
1.5   حالة هزال
1.5   هزال
1.5   منهك*
1     الإرهاق
1     الإسعاف* الأولي*
1     والإسعاف* الأولي*   # r12 procl-wa
1     بالإسعاف* الأولي*   # r12 procl-bi
1     للإسعاف* الأولي*   # r12 procl-li
1.5   نقلهم إلى المستشفى
1     مراكز الاحتجاز
# -- cheated, shattered hopes
1.5   المحتال*
1     آلاف الدولار*
1     وآلاف الدولار*   # r12 procl-wa
1.5   عاد بخفي حنين
1.5   عادوا بخفي حنين
1     آمالهم
1     تحطمت

# round 7 (es, it): general vocabulary for unseen articles
@lang es
# -- deaths and cold
2.5   morir de frío
2.5   mu* de frío
1.5   se congelan
1.5   congelarse
1.5   congelar
1.5   bajas temperaturas
1.5   temperaturas extremas
2     perdieron la vida
2     pierden la vida
1.5   perder la vida
2     muertes en la frontera
2     muertos en la frontera
2     muert* en el bosque
1.5   sin vida
1.5   víctimas
1.5   tragedia
1     drama
# -- suffering, despair, precarious conditions
1.5   sufrimiento*
1     sufri*
1     sufren
1.5   desesperad*
1.5   desesperación
1.5   situación dramática
1     dramátic*
1.5   condiciones precarias
1.5   condiciones deplorables
1.5   situación desesperada
1     seres humanos
1.5   personas vulnerables
1     vulnerables
1.5   sin refugio
1.5   atención médica
1     enfermos
1.5   deshidratad*
1.5   desnutrid*
# -- pushed back, beaten, attacked by guards and dogs
2     devuelt* a bielorrusia
2     devolver* a bielorrusia
2     expulsad* a bielorrusia
1.5   obligad* a regresar
1.5   obligad* a volver
1.5   empuj* a los refugiados
1.5   empuj* a los migrantes
2     devoluciones sumarias
2     expulsiones sumarias
1.5   rechazad* en la frontera
1.5   apalead*
1.5   agredid*
1     perros
1     mordid*
1     heridas
1     violencia
1.5   abusos
1.5   violaciones de los derechos humanos
0.5   derechos humanos
0.5   grupos de derechos humanos
0.5   organizaciones de derechos humanos
1     médicos sin fronteras
1     cruz roja
0.5   activistas
# -- pawns, deceived, exploited
1.5   peones
1     utilizados como
1     usados como
1.5   víctimas de
1     traficantes
1.5   estafad*
1.5   explotad*
@lang it
# -- deaths and cold
2.5   morire di freddo
2.5   muoiono di freddo
1.5   muoiono
1.5   morendo
2     morti al confine
2     morti nei boschi
2     morti nella foresta
2     perdono la vita
1.5   perdere la vita
1.5   senza vita
1.5   basse temperature
1.5   temperature sotto lo zero
1.5   congelare
1.5   intemperie
1.5   all addiaccio
1.5   al freddo
# -- suffering, despair, inhuman conditions
1     soffr*
1     disperat*
1.5   situazione drammatica
1     drammatic*
2     condizioni disumane
1.5   condizioni precarie
1.5   condizioni terribili
1.5   condizioni disperate
1     miserrim*
1     esseri umani
1.5   persone vulnerabili
1     vulnerabili
1     senza acqua
1.5   assistenza medica
1     malati
1.5   disidratat*
1.5   denutrit*
1.5   stremat*
1.5   sfinit*
1.5   esaust*
# -- pushed back, beaten, attacked by guards and dogs
2     respinti in bielorussia
2     riportati in bielorussia
2     rimandati in bielorussia
2     ricacciat*
1     respinger*
1.5   vengono respinti
1.5   sono stati respinti
1.5   viene respinto
1.5   respingimenti collettivi
1.5   respingimenti violenti
1.5   violando il diritto
1.5   violazioni dei diritti umani
0.5   diritti umani
0.5   organizzazioni per i diritti umani
1     medici senza frontiere
1     croce rossa
0.5   attivisti
1     cani
1.5   azzann*
1.5   aggrediti
1.5   aggressioni
2     sulla pelle di
1.5   sulla loro pelle
# -- pawns, deceived, exploited
1     strumentalizzati
1.5   vittime di
1     truffat*
1.5   in trappola

# round 7b (de): general vocabulary for unseen articles
@lang de
1.5   über die grenze zurück*
1.5   zurück nach belarus
1.5   zurück auf die belarussische seite
1.5   über den zaun zurück*
1.5   zurück über den zaun
1     zurückgebracht
1.5   abgedrängt
1.5   zurückweisungspraxis
1     rückweisung*
1.5   ohne asylantrag
1.5   asyl verweigert
1     schutz verweigert
2.5   kältetod*
1.5   eiskalt*
1.5   nasse kleidung
1     schlafsäck*
1     ohne schutz
1.5   ohne zelt*
1.5   leichnam*
2     opfer der grenze
2     an der grenze gestorben
2     starben an der grenze
2     sterben an der grenze
2.5   sterben im wald
2     sterben lassen
2     tote im grenzgebiet
1     toten im wald
1     tödlich*
1.5   lebensgefahr
1.5   lebensgefährlich*
1     lebensbedrohlich*
1.5   ertrank
1     opfer einer
2     opfer von gewalt
2     menschliche schutzschilde
2     bauernopfer
1.5   als faustpfand
1.5   schachbrett*
1.5   geiseln der
1     machtspiel*
1     politisch* spiel*
1.5   notleidend*
1.5   hilfsbedürftig*
1.5   schutzlos*
2     traumatisier*
2     humanitär* drama
2.5   humanitär* tragödie*
2     flüchtlingstragödie*
2     menschlich* tragödie*
1.5   katastrophal* bedingungen
1.5   katastrophal* zuständ*
0.75  prekär*
1     erbärmlich*
1     unerträglich*
1     desolat*
1.5   pfefferspray
1     blendgranat*
1.5   geschlagen und
2     zusammengeschlagen
1     brutalität
1     übergriff*
1.5   demütigung*
1.5   entkleidet
1.5   handys zerstört
1.5   telefone zerstört
1.5   handys abgenommen
1     ins krankenhaus
1.5   medizinisch* notfall*
1.5   dehydrier*
1.5   lungenentzündung*
0.5   aktivist*
1     freiwillige helfer*
1     notruf*
1.5   eingekesselt
1.5   eingekeilt
1.5   in der falle
1     pattsituation
2     hin und her geschoben
2     hin und hergeschoben

# round 9 (be): linguist's vocabulary, no new false positive on dev
@lang be
# -- Cyrillic (narkamaŭka and taraškievica): actor x charge collocations
2.5   сьмерц* мігрант*
2     сьмерц* на мяжы
2     дзяцей у лесе
2     ахвяр* на мяжы
2     ахвяр* мяжы
2     жыв* шчыт*
2     заман* мігрант*
1.5   падманут* мігрант*
1     абмаражэнн*   # round 9: was 1.5; generic words, capped so that alone they do not label a text
1     гуманітарн* сітуацы*
1     гуманітарн* сытуацы*   # r12 tarashkevitsa variant
1     з пераломам*
1.5   выганя* у лес
1.5   выгнал* ў лес
1.5   выштурхнул* ў лес
1     без цёпл* вопратк*   # round 9: was 1.5; generic words, capped so that alone they do not label a text
1     без цёпл* адзен*   # round 9: was 1.5; generic words, capped so that alone they do not label a text
# -- Łacinka (Latin-script Belarusian, Nasha Niva)
1.5   pušbek*
2     žyv* ščyt*
2     achviar* na miažy
2     śmier* na miažy
1     zamierzli   # round 9: was 1.5; generic words, capped so that alone they do not label a text
1     zamierzł*   # round 9: was 1.5; generic words, capped so that alone they do not label a text
1     zamiorz*   # round 9: was 1.5; generic words, capped so that alone they do not label a text
1     hoład*
2     źbit* mihrant*
1     abmarož*   # round 9: was 1.5; generic words, capped so that alone they do not label a text
2     znojdzien* cieł*
2     zamani* mihrant*
1.5   vyhania* u les
1.5   vyhnal* ŭ les
1     biez ciopł* vopratk*   # round 9: was 1.5; generic words, capped so that alone they do not label a text

# round 9 (ar-pl-de): linguist's vocabulary, no new false positive on dev
@lang pl
1     zwabi*   # round 9: was 2; generic words, capped so that alone they do not label a text
1     wmówiono im   # round 9: was 1.5; generic words, capped so that alone they do not label a text
1     okłama*   # round 9: was 1.5; generic words, capped so that alone they do not label a text
1     fałszyw* obietnic*   # round 9: was 2; generic words, capped so that alone they do not label a text
2     ofiar* reżim*
2     ofiar* łukaszenk*
1     ofiar* rozgrywk*   # round 9: was 2; generic words, capped so that alone they do not label a text
1     ofiar* polityk*   # round 9: was 2; generic words, capped so that alone they do not label a text
1     prawdziw* ofiar*   # round 9: was 2; generic words, capped so that alone they do not label a text
2     uwięzi* na granic*
1     w potrzasku   # round 9: was 1.5; generic words, capped so that alone they do not label a text
2     wyrzuc* do lasu
2     z powrotem do lasu
2     przerzuc* z jednej strony
1     na mrozie   # round 9: was 1.5; generic words, capped so that alone they do not label a text
1     z zimna   # round 9: was 2; generic words, capped so that alone they do not label a text
2.5   umiera* z zimna
1     bili nas   # round 9: was 2; generic words, capped so that alone they do not label a text
1     znęca*   # round 9: was 2; generic words, capped so that alone they do not label a text
1     szczu* psami   # round 9: was 2; generic words, capped so that alone they do not label a text
2.5   śmier* w lesie
2     ciał* w lesie
2.5   umiera* w lesie
2.5   umiera* na granic*
2.5   gin* na granic*
1.5     ludzie umiera*   # round 9: was 2; generic words, capped so that alone they do not label a text
2     śmier* cudzoziemc*
2     ciał* uchodźc*
2     dramat* na granic*
1.5     ludzk* dramat*   # round 9: was 2; generic words, capped so that alone they do not label a text
1.5     dramat* ludzi   # round 9: was 2; generic words, capped so that alone they do not label a text
1     zagrożeni* życia   # round 9: was 2; generic words, capped so that alone they do not label a text
2     przemoc* ze strony polsk*
2     nielegaln* push*
2     uchodźc* w lesie
2     migrant* w lesie
@lang de
1     falsche* versprechung*   # round 9: was 2; generic words, capped so that alone they do not label a text
1.5     falschen versprechen   # round 9: was 2; generic words, capped so that alone they do not label a text
1     getäuscht   # round 9: was 1.5; generic words, capped so that alone they do not label a text
1     belogen   # round 9: was 1.5; generic words, capped so that alone they do not label a text
2     nach belarus gelockt
2     nach minsk gelockt
2     opfer eines zynisch*
2     opfer von lukaschenk*
1     eigentlichen opfer   # round 9: was 2; generic words, capped so that alone they do not label a text
1     menschliche* schutzschild*   # round 9: was 2; generic words, capped so that alone they do not label a text
2.5     zum spielball   # round 9: was 2; generic words, capped so that alone they do not label a text
1     auf dem rücken der   # round 9: was 1.5; generic words, capped so that alone they do not label a text
1     zynisch* spiel*   # round 9: was 1.5; generic words, capped so that alone they do not label a text
1     schicksal der flüchtling*   # round 9: was 1.5; generic words, capped so that alone they do not label a text
1     leid der menschen   # round 9: was 1.5; generic words, capped so that alone they do not label a text
2     tagelang im wald
2     wochenlang im wald
2     flüchtling* im wald
2     migranten im wald
1.5   im grenzwald
2     im wald zurückgelassen
1     zurückgelassen
1.5     nächte im freien   # round 9: was 2; generic words, capped so that alone they do not label a text
1     verhunger*   # round 9: was 2; generic words, capped so that alone they do not label a text
1     verdurst*   # round 9: was 2; generic words, capped so that alone they do not label a text
1     durchnässt   # round 9: was 2; generic words, capped so that alone they do not label a text
1     entkräftet   # round 9: was 2; generic words, capped so that alone they do not label a text
1     ohne nahrung   # round 9: was 1.5; generic words, capped so that alone they do not label a text
2.5   illegal* pushback*
2     zurück nach belarus gedrängt
2     zurück nach weißrussland
1     hilfe verweigert   # round 9: was 1.5; generic words, capped so that alone they do not label a text
1     verschleppt
@lang ar
3     ماتوا بردا
3     يموت* بردا
1     بردا   # round 9: was 1.5; generic words, capped so that alone they do not label a text
1     وبردا   # r12 procl-wa
1.5     من البرد   # round 9: was 2; generic words, capped so that alone they do not label a text
1     برد قارس   # round 9: was 2; generic words, capped so that alone they do not label a text
1     في الغابة
1     عالق*   # round 9: was 2; generic words, capped so that alone they do not label a text
1     وعالق*   # r12 procl-wa
2     بين المطرقة والسندان
2.5   ضرب المهاجر*
1     ضربهم   # round 9: was 1.5; generic words, capped so that alone they do not label a text
1     وضربهم   # r12 procl-wa
2     تعرضهم للضرب   # round 9: was 2; generic words, capped so that alone they do not label a text
1     تعرضوا للعنف   # round 9: was 2; generic words, capped so that alone they do not label a text
1     الاعتداء عليهم   # round 9: was 2; generic words, capped so that alone they do not label a text
1     والاعتداء عليهم   # r12 procl-wa
1     بالاعتداء عليهم   # r12 procl-bi
1     سوء المعاملة   # round 9: was 2; generic words, capped so that alone they do not label a text
1     معاملة قاسي*   # round 9: was 2; generic words, capped so that alone they do not label a text
1     معاملة مهينة   # round 9: was 2; generic words, capped so that alone they do not label a text
1     أجبروهم على   # round 9: was 2; generic words, capped so that alone they do not label a text
1     وأجبروهم على   # r12 procl-wa
2     إعادتهم إلى بيلاروس*
2     إعادتهم إلى روسيا البيضاء   # r12 syn-belarus
1.5   إلى الجانب البيلاروسي*
2     الإرجاع القسري
2     الصد غير القانوني*
1     الغاز المسيل للدموع   # round 9: was 1.5; generic words, capped so that alone they do not label a text
1     خراطيم المياه   # round 9: was 1.5; generic words, capped so that alone they do not label a text
2.5   ضحايا لعبة
1     دروع بشري*   # round 9: was 2; generic words, capped so that alone they do not label a text
1     وعود كاذبة   # round 9: was 2; generic words, capped so that alone they do not label a text
2     خداع المهاجر*
1     غرر بهم   # round 9: was 2; generic words, capped so that alone they do not label a text
1.5     استغلال معانا*   # round 9: was 2; generic words, capped so that alone they do not label a text
1     حلم أوروبا   # round 9: was 1.5; generic words, capped so that alone they do not label a text
1     ظروف مأساوي*   # round 9: was 2; generic words, capped so that alone they do not label a text
1     ظروف مزري*   # round 9: was 2; generic words, capped so that alone they do not label a text
1     أوضاع مزري*   # round 9: was 2; generic words, capped so that alone they do not label a text
1     انتهاك* حقوق   # round 9: was 1.5; generic words, capped so that alone they do not label a text
1     فارق الحياة   # round 9: was 2; generic words, capped so that alone they do not label a text
2     جثة مهاجر
2     وجثة مهاجر   # r12 procl-wa
2     العثور على جثث
2     والعثور على جثث   # r12 procl-wa
2     بالعثور على جثث   # r12 procl-bi
2     للعثور على جثث   # r12 procl-li
2     مقتل مهاجر*
1     نساء حوامل   # round 9: was 2; generic words, capped so that alone they do not label a text

# round 10 (ru): vocabulary from new and old real coverage, no false positive on dev
@lang ru
1.5  след* побо*
1.5  след* физическ* насили*
1  различн* травм*
1.5  полуобморочн*
1.5  морил* голод*
1.5  не давал* пить
1.5  тел* беженц*
1.5  гибел* беженц*
1  замани*
1  заманива*
1.5  применя* пытк*
1.5  бесправн* положени*
1.5  силой выдвор*
1.5  силой выгна*
1.5  резинов* палк*
1.5  резинов* дубинк*
1.5  выброси* тело
1.5  выбрасыва* тело
1.5  выброси* из страны
1.5  выбрасыва* из страны
1  легк* одежд*
1  без обуви
1.5  обману* мигрант*
1.5  обманут* мигрант*
0.8  ждут помощ*
@lang uk
1.5  електрошокер*
1.5  загибл* мігрант*
1  відтісн* мігрант*
1.5  гумов* кийк*
@lang be
1.5  электрашокер*
1.5  гумов* палк*

# round 10 (en): vocabulary from new and old real coverage, no false positive on dev
@lang en
1.5   barely conscious
1     shivering
1     unable to walk
2     trapped in the woods
1.5   stuck in the woods
1.5   stranded in the woods
1     without shelter
1.5   police sticks
1     gravely ill
1.5   lying to them
1.5   lied to them
1.5   emaciated
1.5   exhausted migrants
1.5   exhausted refugees
1     subzero temperatures
1.5   night in the open
1.5   nights in the open
1.5   slept in the forest
1.5   sleeping in the forest
1.5   were lured
1.5   lured by
1.5   unbearable conditions
1.5   stripped naked
1.5   attacked by dogs
1     warm clothes
1.5   cut off from help
1     miscarr*
1.5   exposure to cold
1.5   froze in the forest
1.5   back into the forest

# round 10 (pl-de): vocabulary from new and old real coverage, no false positive on dev
@lang de
0.75  mit schlägen
1.5  am rande des todes
1.5  leiden und sterben
1.5  mehrere pushbacks
2  erfrierungen
0.75  weinende kinder
@lang pl
1.5  biją migran*
1  brudn* wod*
1.5  nie mają jedzenia
1.5  nie mamy jedzenia
1.5  ofiarami przemytników
1  ofiarami zorganizowanych
1  uniemożliwi* powrót
0.75  zagini*
1.5  bez wody i jedzenia
@lang lt
0.75  maldau*
1.5  nušal*
1  pasigailėti
@lang lv
0.75  bojāgājuš*
1.5  nosalšan*
1  atrast* miruš*

# round 10 (fr-ar): vocabulary from new and old real coverage, no false positive on dev
@lang fr
2     devenus des pions
1.5   forcé* par des gardes
1     passages à tabac
1     décharges électriques
1     à moitié mort
0.75  perdu connaissance
@lang ar
1.5   على حافة الموت
0.75  فقد* الوعي
1.5   جوعا وبردا
0.75  ظروف مناخي* صعبة
0.75  أوضاع إنساني* مأساوي*
@lang es
1     forz* a los migrantes
1     tanta hambre
1     agua ni comida
1     humanitaria deplorable
1     pone en peligro la vida
0.75  temperaturas heladas
@lang it
1.5   intrappolat* al confine

# round 10b (ru-uk): vocabulary from new and old real coverage, no false positive on dev
@lang ru
1     перцов* газ*
1     резинов* пул*
1     натрави* на них
0.75     живой щит
0.75     живым щит*
0.75  живого щит*
0.75  живыми щит*
1.5     жертв* гибридн*
1.5     как со скот*
1.5     разбил* телефон*
1     испачкан* кровью
0.75     не подава* признак* жизн*
1     погиб* на границ*
1.5     труп* беженц*
1     гематом*
0.75     первая помощ*
0.75     ушиб*
0.5     в долги
0.75     продал* имуществ*
1     молили
1.5     смерт* беженц*
1     проигнорир* просьб*
1     отказа* в помощ*
1.5     похорони* мигрант*
1     имена умерш*
1     остави* на произвол*
@lang uk
1.5     побит* мігрант*
@lang be
1.5     як з быдлам
1     у пастцы
1     у сіняках
1.5     збіт* бежанц*
2     зьбіт* бежанц*   # r12 tarashkevitsa variant
1.5     збіт* мігрант*
2     зьбіт* мігрант*   # r12 tarashkevitsa variant
1     гандл* людзьмі
1.5     выштурхоўван*

# round 10b (pl-lt-lv): vocabulary from new and old real coverage, no false positive on dev
@lang pl
1.5   wychłodzen* organizm*
1.5   skrajn* wychłodzen*
2     utkn* na bagn*
1     odmrożen*
0.75  amputacj*
1.5   ofiar* chłod*
1.5   koczuj* w lesie
1.5   bez dostępu do pomocy
1     brak* pomocy medyczn*
2     rodzin* z dziećmi w lesie
@lang lt
2.5   galūn* amputacij*
2     negyv* migrant*
1     dingusi* žmon*
1     dingę žmonės    # r12 variant of 'dingusi* žmon*': past active participle m pl
2     apgaut* kontrabandinink*
2     smurtau* prieš migr*
2     išgelbėt* iš pelk*
1     pelk* vanden*
1     miega miške
1     nakvo* miške
@lang lv
2     nosal* mežā
2     nosaluš* migrant*
2     bez ēdiena un ūdens
1     bezvēsts pazud*
1     guļ* mežā
1.5   mir* mežā
1     bērn* mežā
1     bez medicīniskās palīdzības
1     nakšņo* mežā
1     nakšņoja mežā

# round 10b (de-fr-es-it): vocabulary from new and old real coverage, no false positive on dev
@lang de
1.5  ausgehungert
2  unter falschen versprechen
1.5  geködert
1.5  bewusstlos
1.5  schleifspuren
2  hunde gehetzt
1.5  mit schlagstöcken
2  unerträglichen leids
1.5  unerträglichen bedingungen
1.5  leiche eines
@lang fr
2  sans nourriture ni eau
1.5  eau souillée
2  comme des pions
1.5  faisant miroiter
2  blessures sur les corps
1.5  de nombreuses blessures
1.5  forêt glaciale
1.5  terribles conditions
1.5  conditions de vie catastrophiques
1.5  températures jusqu à
1.5  laissés à leur sort
@lang es
2  carne de cañón
2  como peones
1.5  culatas
1.5  pateada*
2  toques eléctricos
2  descargas eléctricas
2  mordiscos de perro
1.5  bajísimas temperaturas
1.5  enorme sufrimiento
1.5  desvalidas
1.5  condiciones desesperadas
@lang it
1.5  adesca*
1.5  senza alcuna assistenza
1.5  foreste gelide

# round 10b (en-ar): vocabulary from new and old real coverage, no false positive on dev
@lang en
1.5   ping-ponged
1.5   hellish conditions
1.5   desperate limbo
1.5   freezing forest*
1.5   forced to cross
1.5   tricked into
@lang ar
1.5   للموت بردا
1.5   فاقدا للوعي
1.5   على وشك الموت
0.75  الظروف القاسي*
1.5   انفاسه الاخيرة
1.5   لفظ أنفاسه
1.5   يطلق* الكلاب
1.5   خدعهم
1.5   تم خداعي
1.5   للخداع
1.5   ضرب مبرح
1     نقص الغذاء
1.5   موت المهاجر*
1.5   وفاة لاجئ
1     بالهراو*
1     وبالهراو*   # r12 procl-wa
1     الرصاص المطاطي*
1     القنابل الصوتي*
1     قنابل صوتي*
0.75  مدافع المياه
1.5   فاقد* للوعي
1.5   وفاقد* للوعي   # r12 procl-wa
0.75  كسور

# round 10c (ru-be): vocabulary from new and old real coverage, no false positive on dev
@lang ru
1     раздет*
1     истощен*
1.2     пропада* без вести
2     погибш* беженц*
2     признак* избиени*
1.5     физическ* истязани*
1     ссадин*
1.2     нехватк* вод* и ед*
0.8     холодн* ноч*
1.2     ночева* в лес*
1.5     пили воду из
2     пострадавш* от рук
2     избит* беженц*
2     избит* мигрант*
@lang be
1.5     цел* бежанц*
1.5     загінул* бежанц*
1     змерз*
1     зьмерз*   # r12 tarashkevitsa variant
1     падманут*
1.5     pieraachaładžeń*
1.5     cieła biežanc*
1.2     з траўмамі
1.5     zbit* biežanc*

# round 10c (en-es-it): vocabulary from new and old real coverage, no false positive on dev
@lang en
1.5  left to fend for themselves
0.75  human shields
1  cat and mouse
1.5  tricked migrants
1  at gunpoint
1  sleeping outdoors
1  abandoned to their fate
1.5  without warm clothes
@lang es
1  a punta de pistola
0.75  escudos humanos
1  expulsados a la fuerza
1  en peligro la vida
1.5  bloqueados en la frontera
1  abandonados a su suerte
1.5  sin ropa de abrigo
1  sin asistencia médica
@lang it
1  a rischio le loro vite
1.5  costretti ad attraversare
1.5  morti nel bosco
1.5  bloccati alla frontiera
1  abbandonati al loro destino
1  senza vestiti

# round 10c (de-pl): vocabulary from new and old real coverage, no false positive on dev
@lang de
1.5   mit hunden gehetzt
1.5   mit knüppeln
1.5   gummigeschoss*
2     verschwindenlassen
1.5   geheime haft
1.5   willkürlich inhaftiert
1.5   mit dem versprechen gelockt
1.5   blaue flecken
1     körperliche gewalt
1     mangel an essen
1     als vermisst gemeldet
@lang pl
1.5   nic nie jedli
1.5   pułapk* białorusk*
2     wywie* do lasu
2     umiera* w lasach

# round 10c (fr-ar-uk-lt-lv): vocabulary from new and old real coverage, no false positive on dev
@lang fr
2  repoussés en biélorussie
2  eau des marécages
2  piégés entre
2  errent dans la forêt
2  pion* de loukachenko
1.5  chassés par dessus
2  refoulements illégaux
2  refoulements violents
1.5  renvois forcés
@lang ar
1.5  الطرد القسري
1.5  دفعهم بالقوة
1  فقدا الوعي
1.5  آثار الكدمات
1  الكدمات
1     والكدمات   # r12 procl-wa
1     بالكدمات   # r12 procl-bi
1     للكدمات   # r12 procl-li
1.5  عصا كهربائي*
1.5  عصي الصعق
1.5  المسدس* الصاعقة
2  جثة لاجئ
2     وجثة لاجئ   # r12 procl-wa
2  جثتي لاجئ*
2  جثث لاجئ*
2  المهاجر* العزل
1.5  ضربوهم
1.5  المهاجر* المطرود*
2  تعرضوا للإهانة
2  الضرب المبرح
@lang uk
2  загину* у лісі
2  загину* у лісах
1.5  примусово поверта*
1.5  повільно вмира*
2  сліди побитт*
2  слід* побо*
2  кину* на кордон*
2  кида* на кордон*
2  залиши* в лісі
2  залиши* в лісах
2  залиша* в лісі
1.5  без теплого одяг*
2.5  тіл* біженц*
2  труп* біженц*
@lang lt
1.5  kraujuojanč* žaizd*
2  sumušim* pėdsak*
@lang lv
1.5  nosal*
1.5  bez ēdiena
1.5  pārkāpj cilvēktiesīb*
1.5  patvēruma tiesīb*
2  kolektīv* izraidīšan*
1.5  atstumšan*
2  migrant* līķ*
2  bēgļ* līķ*
2  bēgļi mirst
2     bēgļi mira    # r12 variant of 'bēgļi mirst': past of mirt

# round 10d (ru-uk): vocabulary from new and old real coverage, no false positive on dev
@lang ru
1.5  под угроз* оружи*
1.5  поверх голов
1  в наручник*
1.5  искалечен*
1.5  внутренн* кровотечени*
2  зверски избит*
1.5  застави* идти
1.5  заставля* идти
1.5  вынуди* идти
1.5  вынужда* идти
1  оставив* без денег
1  как преступник*
1.5  выкину* из автомобил*
1.5  затолка* в микроавтобус*
1.5  шоков* состояни*
1.5  множественн* травм*
2  без тепл* одежд*
1.5  насильно выдвори*
1.5  насильно выдворя*
2  обнаружи* мертв*
2  бесчеловечн* метод*
1  некроз*
1.5  произвол* пограничник*
@lang uk
1.5  під загроз* збро*
2  поби* біженц*
2  знайшл* мертв*
1  у наручник*
1.5  жорстоко поби*
1.5  побит* біженц*
1.5  знесилен*
1.5  вмира* в лісі
1.5  вмира* в лісах
1.5  викину* з автомобіл*
1.5  у критичн* стані
2  залиши* помира*
2  кину* помира*
2  кида* помира*

# round 10d (en-ar): vocabulary from new and old real coverage, no false positive on dev
@lang en
1.5   electroshock*
1.5   telescopic baton*
1.5   broken nose*
1     no signs of life
1.5   bodily injuries
1.5   could not move independently
@lang ar
1.5   حافي القدمين
1.5   عاجزا عن التحرك
1.5   في حالة احتضار
1     نفاذ الطعام
1     نفاد الطعام
1     الوضع المأساوي
1     كدمات
1     وكدمات   # r12 procl-wa
1.5   بكسور
1.5   أطلقوا الكلاب
1.5   استغلال اللاجئ*
1.5   أجهضت
1.5   تركوهم في الغابة
1.5   المعاملة القاسي*
1.5   بين نارين
2     لا طعام ولا ماء
2     متجمدين
1.5   وفاة طفل
1.5   خداعهم
1.5   تم خداع

# round 10d (pl-lt-lv-be): vocabulary from new and old real coverage, no false positive on dev
@lang pl
1  odmroż*
1  amputowa*
1  wrzuc* za płot
1.5  uwięzi* w pułapc*
1  straci* ciąż*
@lang lt
1  amputuo*
1  smurto žym*
1.5  gyv* skyd*
1  mir* pasieny*
@lang lv
0.75  bojāej*
1  uztur* mežā
1.5  locekļ* amputācij*
1  nozud* bēgļ*
@lang be
1  абмаражэн*

# round 10d (de-fr-es-it): vocabulary from new and old real coverage, no false positive on dev
@lang de
1.5  pushback* in den wald
1.5  ohne wasser
1.5  umherirr*
@lang fr
2  frigorifiés
1.5  migrants désespérés
2  sans eau ni nourriture
1.5  err* dans la forêt
@lang es
1.5  bajo la amenaza de las armas
1.5  escasez de alimentos
1.5  entre alambradas
1.5  vagan por el bosque
2  sin comida ni agua
@lang it
1.5  imprigionat* tra
2  trappola mortale
2  ributtati in bielorussia
1.5  ributtat*
1.5  sistematicamente respinti
1.5  vagano nei boschi
2  senza cibo né acqua

# round 11 (ru): vocabulary from new and old real coverage, no false positive on dev
@lang ru
1  вышвырну*
1  заблудивш*
1  сигнал* о помощ*
1.5  брос* в лесу
1.5  брос* в лесах
1.5  остави* в лесу
1.5  остави* в лесах
1.5  оставля* в лесу
1.5  выгна* в лес
1.5  выгоня* в лес
1.5  вывоз* в лес
1.5  верну* в лес
1.5  выброси* в лес
1.5  выбрасыва* в лес
1.5  вытеснени* беженц*
1.5  вытеснени* мигрант*
1.5  насильно вытесн*
1.5  насильственн* вытеснени*
1.5  насильственн* возвращени*
1.5  нелегальн* выдворени*
1.5  греются у костр*
1  согре*
1.5  окочен*
1.5  продрогш*
1  не по погод*
1.5  от жажд*
1.5  дети плач*
1.5  застрял* между
1  пинг понг*
1.5  кладбищ* мигрант*
1.5  похоронен* мигрант*
1.5  тела в лесу
1.5  тела в лесах
1.5  неприбранн* труп*
2  жертв* миграционн* политик*
1.5  убива* мигрант*
1.5  убил* беженц*
1.5  нарушени* прав* беженц*
1  отдал* все деньги
1.5  обеща* легк*
1.5  обеща* переправ*
1.5  обещани* переправ*
1.5  застави* перейти
1.5  заставля* перейти
1.5  принуждени* к депортаци*
1  принудительн* депортаци*
1.5  разлучи* с семь*
1.5  отказа* в медицинск*
1  бедственн* положени*
1  погиб* при попытк*
1  спусти* собак*
1.5  ранен* мигрант*
1.5  травмированн* мигрант*
1.5  травмированн* беженц*
1.5  доведенн* до отчаяни*

# round 11 (be-uk): vocabulary from new and old real coverage, no false positive on dev
@lang be
1.5  vycisk* mihrant*
1.5  выціскан* мігрант*
1.5  выціскаю* мігрант*
1.5  цела ўцекач*
1.5  памёр мігрант*
1.5  у лесе без
1.5  паміж дзвюма мяжамі
1.5   паміж дзьвюма мяжамі   # r12 tarashkevitsa variant
1.5  pierachaładžeńni*
1.5  zahinuŭ mihrant*
1.5  zbili mihrant*
1  vadamiot*
@lang uk
2  обдурен* мігрант*
1  живим щит*
1  живими щит*
1  живий щит
1  торгівц* людьми
1.5  помер* мігрант*
1.5  у лісі без
1.5  у лісах без

# round 11 (pl-lt-lv): vocabulary from new and old real coverage, no false positive on dev
@lang pl
1.5   spad* z zapory
1.5   spad* z muru
2     pocięt* drut*
1.5   marzn* w lesie
2     wywożen* do lasu
1.5   odmów* pomocy medyczn*
2     pobici przez białorusk*
2  pobit* przez białorusk*    # r12 variant
2     białorus* pogranicznic* bij*
1     białorusk* służb* bij*
2     szczuci psami
@lang lt
1     tapo įkait*
2     be vandens ir maisto
2     baltarusij* pasienie* sumuš*
2     apgaut* migrant*
2     jėga išstum*
@lang lv
2     spiest* uztur* mežā
2     maldināt* migrant*
2     ar varu dzen*
1.5   iestrēg* starp
2     starp robežstab*

# round 11 (en): vocabulary from new and old real coverage, no false positive on dev
@lang en
1.5   death zone
1.5   between the two fences
1.5   between two fences
2     trench foot
1     lacerations
1.5   months in the forest
1     hiding in the forest
1     lawless zone
1     unidentified bodies
1     buried without
1.5   nameless graves
1.5   anonymous graves
1     like animals
1     forced to sign
1     coerced into
1     life saving
1     lifesaving
1     severe injuries
1     serious injuries
1     physical injuries
1     sprains
1.5   cold and exhausted
1.5   died of the cold
1.5   detained in inhumane
1     kept in tents
1.2   verbal abuse
0.75  intimidation
1     separated from their children
1     treated with humanity
1.5   bodies of refugees

# round 11 (de-it-es): vocabulary from new and old real coverage, no false positive on dev
@lang de
2  auf dem rücken der flüchtlinge
2  auf dem rücken der migranten
2  auf dem rücken der geflüchteten
1.5  auf ihrem rücken
1.5  spielbälle
1.5  spielfiguren
1.5  ins verderben
1.5  grenztote*
1.5  verletzt* migranten
1.5  spuren von schlägen
1.5  spuren von gewalt
1.5  anzeichen von gewalt
@lang it
2  sulla pelle dei profughi
2  sulla pelle delle persone
2  respint* nel bosco
2  respint* nella foresta
2  senza acqua né cibo
2  cani aizzati
2  trattati come animali
1.5  dispers* nei boschi
1.5  migranti feriti
2  abbandonati al confine
2  abbandonati nel bosco
1.5  segni di violenza
@lang es
1.5  deshumaniz*
1  vejad*
2  falsa promesa
1.5  atrapados entre
2  tratados como animales
2  como rehenes
1  juego geopolítico
2  víctimas de un juego
1  pagan el precio
2  murieron en la frontera
1.5  migrantes heridos
2  abandonados en el bosque
1.5  signos de violencia
1.5  signos de golpes
1.5  huellas de golpes
1.5  señales de violencia

# round 11 (ar-fr): vocabulary from new and old real coverage, no false positive on dev
@lang ar
1.5   مثل الحيوان*
1.5   كالحيوان*
1.5   عذاب الرحلة
1.5   وعذاب الرحلة   # r12 procl-wa
1.5   ظروفا بائسة
1.5   ظروف بائسة
1.5   درجات حرارة متجمدة
2     والبرد والجوع
1     الوحشي*
1.5   تحت تهديد السلاح
1.5   وتحت تهديد السلاح   # r12 procl-wa
1.5   ركلهم
1.5   صادروا أموالهم
1.5   وصادروا أموالهم   # r12 procl-wa
2     بالضرب المبرح
1     الغابة الحدودي*
1.5   عثر على جثة
1.5   وعثر على جثة   # r12 procl-wa
1.5   أجبرتهم على العبور
1.5   سرقة أموالهم
1.5   تحطيم هواتفهم
1.5   عضة كلب
1.5   أجبروهم على العبور
1.5   الحدود القاتلة
@lang fr
1.5   comme des animaux
1.5   abandonnés à leur sort
1.5   laissés à l abandon
1.5   mourir de soif
1.5   conditions terribles
1.5   violences physiques
1.5   pistolet* paralysant*
1.5   poussés de force
1.5   emmenés de force
1.5   contraints de franchir
1.5   contraints de traverser
1.5   blessés par balle
1.5   lésions corporelles
1.5   détention extra judiciaire
1     maintenu en détention
1.5   meurent de froid
1.5   mourir de froid
1.5   corps retrouvé
1.5   privés d aide
1.5   la frontière qui tue
1.5   frontière de la mort
1     peur de mourir


# round 11b (ru-be): vocabulary from new and old real coverage, no false positive on dev
@lang ru
1.5  вынужден* томиться
1.5  вытесни* на белорусск*
1.5  вытесни* на беларусск*
1.5  вытесня* на белорусск*
1.5  калитк* для животн*
1  лиш* доступ* к
1.5  раздел* и выброси*
1.5  раздел* и выбрасыва*
2.5  избил* до смерт*
2.5  избива* до смерт*
2  остави* на мороз*
2  оставля* на мороз*
2  след* избиени*
1.5  газов* баллончик*
1.5  запугива* мигрант*
1.5  зверск*
2  множественн* гематом*
2  пытк* на границ*
1.5  потерял* сознани*
2  без признак* жизн*
2  безнаказанно издева*
2  расправ* над беженц*
1.5  лиша* еды
1.5  ни еды ни воды
2  залил* глаз*
2  издевательств* над беженц*
1.5  истощенн* беженц*
1.5  истощенн* мигрант*
1.5  в нижнем белье
1.5  не пуска* врач*
2  раздели догола
2  выброшенн* на белорусск*
2  выброшенн* на беларусск*
1.5  признак* пневмони*
1.5  между двух огней
1  не хвата* воды
1.5  нет ни еды
1  вынужден* ночева*
1.5  тюремн* услови*
2  гибн* в лес*
@lang be
1.5  калітк* для жывёл
1.5  выштурхал*
1.5  бежанц* загінул*
1.5  выціснул* на беларуск*
2  загінул* у лесе

# round 11b (uk-pl): vocabulary from new and old real coverage, no false positive on dev
@lang pl
1.5   wywoż* do lasu
1.5   na pewną śmierć
1.5   bili migran*
1.5   bili uchodźc*
1.5   poszczu* psami
1.5   błąka* się po lesie
1.5   skrajnie wyczerpan*
1.5   wygłodzon*
1     prosz* o azyl
1     prosząc o azyl
1.5   ofiar* granicy
1     ratowa* uchodźc*
1     wyrzuc* przez polsk*
1.5   utonął w rzece
1.5   rodzin* zagini*
1.5   rann* migran*
1.5   odmówiono pomocy
1.5   nie wezwano karetki
1.5   ofiar* przemytnik*
1.5   porzuci* w lesie
1.5   porzucen* w lesie
1.5   porzuc* przez przemytnik*
1.5   pozostawi* bez pomocy
1.5   pozostawi* sami sobie
1.5   wykorzystywan* przez przemytnik*
@lang uk
1.5   вивоз* до лісу
1.5   цьку* собак*
1.5   нацьку* собак*
1.5   залиша* помира*
1     неправдив* обіцянк*
1     фальшив* обіцянк*
1.5   зневоднен*
1.5   блука* в лісі
1.5  блука* в лісах
1     змушу* йти
1.5   змушу* перетина*
1.5   помира* у лісі
1.5  помира* у лісах
1.5   відмов* у медичн* допомозі
1     кину* напризволяще
1.5   стихійн* табір

# round 11b (lt-lv-de): vocabulary from new and old real coverage, no false positive on dev
@lang de
1  fehlt es an wasser
1  an wasser und nahrung
1  hungrig
1.5  nichts zu trinken
1  weinendes kind
2  gezwungen freiwillig
1  schwere* menschenrechtsverletzungen
2  rechtswidrig nach belarus
1  strandeten
1  mit dem versprechen
1.5  falsche* versprechen
2  leeren versprechen
1.5  unter unerträglichen
1  den tod dutzender
1  eingeklemmt
1.5  brutale* behandlung
2  ohne wasser lebensmittel
1  ohne ärztliche versorgung
2  harren ohne
2  gewalt durch grenzbeamte
@lang lt
2  liepė eiti į baltarusij*
1  patiria smurt*
2  dingsta ir miršta
1  tarp kelių ugnių
1  tarp dviejų ugnių
1.5  maldavo įsileisti
1.5  prieglobsčio prašymai nebuvo priimti
1.5  kalėjim* primenanč*
1  savavališkai sulaik*
1  neteisėtai laikom*
1  fizin* ir psichologin* smurt*
1  psichologin* smurt*
2  sušal* migrant*
1  pasienio miške
@lang lv
1  dzīvība un veselība
1  veselība ir apdraudēt*
1  spīdzin*
1.5  piespiedu kārtā virzīt*
1.5  bažas par viņu dzīvību
1.5  bez siltām drēbēm
1  silt* apģērb*
1.5  likteņa varā pamest*
1.5  pamest* likteņa varā

# round 11b (en): vocabulary from new and old real coverage, no false positive on dev
@lang en
1.5  left them in the forest
1.5  left him in the forest
1.5  stillborn
1.2  desperate migrants
1.5  fighting for survival
1.5  struggling for survival
1.5  let me die
1.2  kill us
1  muslim cemetery
1.2  sleeping rough
1.2  stranded between
1.2  push us back
1.5  left to freeze
1.2  endanger the life
1  collectively returning
1.2  collectively deported
1.2  broke his phone
1.2  phones were broken
0.8  with promises of
1.2  promises of an easy
1.5  lured with promises
1.2  used intimidation
0.8  night time temperatures
1.2  deaths on the border
1.2  days in the woods
1.2  unable to apply for asylum
1.5  repeatedly pushed back
1.5  pushed back several times
1  in limbo
1.5  violence by border guards
1.2  hostility and violence
1.2  begged us not
1.2  bodies were found
1.2  human cost
1.2  harsh winter conditions
1  winter approaches
1.2  hiding in forests
1.2  barely any food
1.2  body temperature
1.2  was beaten
1.2  beating brutally
1.2  struggling to survive
1.2  fight for survival
1  to apply for protection
1.2  refused to accept asylum
1  helpless
1.2  promised easy
1.2  tricked

# round 11b (fr-es-it): vocabulary from new and old real coverage, no false positive on dev
@lang fr
1.5  abandonnés dans la forêt
1.5  bloqués dans la forêt
1.5  la faim et le froid
1.5  froid et de la faim
1.5  zone de la mort
1.5  bouclier humain
1.5  fausses promesses
1.5  pourchassés
1.5  frontière qui tue
1  pieds nus
1.5  malmenés
1.5  traitement brutal
1.5  situation inhumaine
@lang es
1.5  dejados a su suerte
1.5  hambre y frío
1.5  espantosa situación
1.5  muy mal trato
1.5  promesas falsas
1.5  terribles condiciones
@lang it
1.5  lasciati al loro destino
1.5  abbandonati nei boschi
1  ostaggio
1.5  freddo e fame
1.5  condizioni drammatiche
1.5  intirizzit*
1.5  temperature glaciali
1.5  braccati
1.5  sparare colpi in aria

# round 11b (ar): vocabulary from new and old real coverage, no false positive on dev
@lang ar
2  آثار عنف
2  آثار الضرب
2.5  قضمة الصقيع
1  حفاة
1.5  بدون أحذي*
1.5  بلا أحذي*
2  مياه المستنقع*
2.5  مات بردا
1.5  غابات بيلاروس*
1.5   غابات روسيا البيضاء   # r12 syn-belarus
1  الأحراش
2  جثة هامدة
1  متطوع* بولندي*
1.5  مجهول* المصير
2  الاحتجاز التعسفي*
2  حبس المهاجر*
2  تعرض* للاعتداء
1.5  انهالوا
1.5   وانهالوا   # r12 procl-wa
1  الكلاب البوليسي*
2  أجبروهم على العودة
2  إجبارهم على العودة
1.5  طردوهم
1.5  طردهم عبر
1.5  ألقتهم
1.5   وألقتهم   # r12 procl-wa
1.5  إلى خلف السياج
2  إعادة قسري*
2  الإعادة غير القانوني*
2  ضحايا المهرب*
1.5  ضحايا الاتجار
1.5  بوعود كاذبة
2  وعود وهمي*
2  أحجار الشطرنج
1  دروعا بشري*
1  يدفعون الثمن
1.5  المنطقة الميتة
1.5  على يد حرس الحدود
1.5  على أيدي حرس الحدود
1  على يد قوات الأمن
1.5  فوق رؤوسهم
1.5   وفوق رؤوسهم   # r12 procl-wa
1.5  سياسة الصد
1.5  قانون الصد
