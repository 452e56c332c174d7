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
# How the file is organised: one `@lang` section per language (en, ru, pl, lt, de, be, ar; since
# round 6 also uk, es, it, fr, lv at the end).
# Inside each section, entries run from strong signals (3–3.5: a phrase that carries the framing
# on its own) through characteristic phrases (1.5–2.5) to topical vocabulary that only leans to
# the framing (0.5–1). Each section ends with counter-evidence (negative weights): fact-check
# and debunking vocabulary, and phrases of the opposite framing (Belarus's "hybrid attack",
# "the Lukashenka regime"), which state media quoting this narrative never use. Where a
# mocking phrase ("so-called hybrid attack") contains a counter-evidence phrase, the longer
# positive entry subsumes the shorter negative one. Examples (@must-match / @must-not-match)
# are at the end of the file. Counter-evidence also covers stories that share words but not the
# framing: Ukrainian refugees, elections (turnout, seventh term), smuggling balloons, and the
# Russia–Ukraine war ("economic war" over Russia sanctions is weighted low for that reason).
#
# Round 2 (second tuning round): each language section ends with "round 2" blocks of moderate
# (mostly 1–2.5) paraphrases of the framing, added for breadth after the first round generalised
# poorly to other authors. The threshold was chosen on held-out validation articles (middle of
# the best F1 plateau of `eval --sweep`), not on the articles the vocabulary was taken from.
#
# Round 3 (third tuning round): each language section ends with "round 3" blocks of moderate
# weights: responsibility placed on Warsaw, Brussels or "European capitals",
# sanctions that destroyed the cooperation "mechanism", dialogue refused or left unanswered, hypocrisy
# ("true face" of European values), exported wars, mockery of the "hybrid" framing, officials
# reported as blaming the EU; plus fact-check verdict phrases as counter-evidence.
# The threshold was re-chosen by `eval --sweep` on two held-out validation sets that no entry was
# taken from (0.125 → 0.2).
#
# Round 4 (fourth tuning round): each language section ends with "round 4" blocks (4b, 4c: more
# paraphrases) of moderate weights (mostly 1–2) for blame arguments that carry no stock keyword:
# Poland militarises the border and provokes Minsk; NATO/US troops are the real threat; Washington
# pulls the strings; Western wars and the colonial past made the refugees; the EU let Minsk guard
# its border, then punished it; sanctions (Belavia, potash) punish ordinary people; Brussels killed
# the Merkel–Lukashenka phone-call deal and ignores readmission/dialogue offers; the EU pays Turkey
# and Libya but sanctions Minsk; Borrell's "garden and jungle"; Ukrainians welcomed while Kurds
# freeze (longer phrases subsume the "Ukrainian refugees" counter-evidence); water cannon instead
# of "values"; Lithuania's pushback law waved through by Brussels; Warsaw staged or inflated the
# crisis for elections and to distract from the rule-of-law dispute; Germany's 2015 welcome then the
# slammed door; Europe lured people and abandoned them; walls funded, not people. Bare topical
# words that also fill neutral news (Belavia, potash transit, readmission, the deserter's name,
# NATO build-up, election campaign) were left out or kept inside longer framing phrases: at a
# 0.2 threshold a single weight-0.7 phrase labels a short text. The threshold was re-checked by
# `eval --sweep` on three held-out validation sets (best F1 still at 0.2).
#
# Round 5 (fifth tuning round): each language section ends with a "round 5" block. Framing
# vocabulary the new articles used that the file lacked: Brussels "is silent", Europe drove people
# out "with its wars", "military adventures", Minsk's proposals "remain unanswered", neighbours
# "interested not in solving the problem", "not Minsk's fault", Sykes–Picot and plundered wealth
# (Arabic), "European values" as an adjective (Lithuanian "europin* vertyb*"). Made specific:
# "megafon*" (a megaphone in a reportage) became "Megafondiplomatie"; Polish "mocodawc*" (also
# Moscow as Minsk's patron) became "American/Western patrons". Fact-check verdict ("вердикт") as
# counter-evidence. 24 entries that another entry of the same weight already covered
# (e.g. "refuses to talk" under "refus* to talk") were removed across the three files.
# Thresholds re-checked by `eval --sweep` on the union of four held-out validation halves
# (242 articles): best F1 still at 0.2 (0.05 scored 0.001 higher, a wiggle).
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
# they count only beside other evidence). The threshold (0.2 → 0.3) maximises the mean of two
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
# The threshold (0.30 → 0.25) was chosen by `eval --sweep` on real text no entry was chosen from:
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

@narrative   blame-the-eu
@title       Blame the EU
@description The EU, Poland, the Baltic states, NATO, the US or "the West" are blamed for the border crisis or for the migrants' suffering.
@threshold   0.25

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
0.5   western sanctions
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
1     polish border guards beat*
1     beaten by polish
1     beaten by lithuanian
1     defenceless
1     defenseless
1     inhuman* treatment
2     inhuman* polic*                  # inhumane policy / policies
1     illegal pushback*
0.75  violat* international law
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
# -- Belarus guarded Europe's border at its own expense; sanctions "strangle" it
2     at its own expense
2     at our own expense
2     protected europe from
2.5   will not guard
2.5   won t guard
1.5   guard their borders
1     economic war*
1.5   strangl*                         # strangle us / strangling our economy
1.5   punish minsk
1.5   punish belarus
# -- Brussels will not talk
2.5   brussels refuses
2.5     refusing dialogue
2     no answer from brussels
2     no response from brussels
2     offered to discuss
1.5   return to dialogue
1.5   sit down at the table
2     talk as equals
1     as equals
2     language of ultimatums
2     language of diktat
1.5   politicised approach*
1.5   politicized approach*
2     legitimate authorities of belarus
# -- Europe's own making
3     consequences of its own polic*
3     consequences of their own polic*
2.5   consequences of its polic*
2.5   consequences of their polic*
2.5   of its own making
2.5   of their own making
2.5   which it created itself
2.5   problems it created
2.5   reap* what it sow*
2.5   reap* what they sow*
2.5   those who bombed
2.5   who bombed iraq
2.5   bombed these countries
2.5   destructive interventions
2     destroyed states
2     export* democracy
1.5   democracy promotion
1     should take responsibility
1.5   take responsibility for the consequences
1     directly responsible
# -- blaming Minsk is a pretext; "lecturing" Europe
2     blaming minsk
2     blaming belarus
2     blame minsk
2     scapegoat*
2.5   lectures the world
2.5   lecture* on human rights
2.5   lecture* about human rights
2.5   defender of european values
2     european hospitality
2     militaris* the region
2     militariz* the region
2     militarisation of the region
2     militarization of the region
1.5   military build up
1.5   as a pretext
2     unarmed people
# -- EU guards' violence as told by Minsk
2     inflicted by polish
1     polish security forces
1     polish soldiers beat*
1     polish uniformed
2     crimes of polish
2     actions of polish officials
# -- counter-evidence: other crises
-1    ukrainian refugees
-1    refugees from ukraine
-1.5  seventh term
-1.5  turnout
-1.5  polling station*
-1.5  balloon*
-1    invasion of ukraine
-1    war in ukraine
-1.5  russian banks                    # round 2: sanctions on Russia are another story
-1    swift
# -- round 2: who is to blame, in more words
2.5   brussels is to blame
2     warsaw is to blame
2.5   washington is to blame
2.5   nato is to blame
2.5   europe s fault
2.5   eu s fault
2     poland s fault
2     blame lies with
2.5   eu is responsible
2.5   europe is responsible
2.5   brussels is responsible
2.5   nato is responsible
2.5   washington is responsible
2     direct responsibility
2.5   no moral right
2     owe them
2.5   brussels created
2     europe created
2     shift* the blame
2     shift* responsibility
2     someone to blame
2     look* for someone to blame
# -- round 2: the wars that "produced" the refugees
2.5   who destroyed iraq
2.5   who bombed
2.5   you bombed
2     destroyed iraq
2     bombed iraq
2.5   bombed libya
2     bombed syria
2     bombed their homes
1.5   invaded iraq
1.5   occupied afghanistan
2     wars in iraq and afghanistan
1.5   soldiers to iraq
1.5   troops to iraq
1.5   twenty years in afghanistan
2     ran from afghanistan
1.5   fled from kabul
2.5   countries they destroyed
2.5   countries it destroyed
2     anglo saxons
1     us and its allies
1.5   nato and its allies
# -- round 2: hypocrisy, lectures, "values"
2     lectured the world
1.5   lecturing
2     lecture minsk
2     lecture us
2     moral lectures
1.5   moralising
1.5   moralizing
1.5   preach*
2.5   values end at
2.5   so much for european values
1.5   talk of values
1.5   where is the solidarity
2     wrong passport
1.5   colour of their skin
1.5   color of their skin
1.5   skin colour
1.5   skin color
2     unlike ukrainians
1.5   while ukrainians
1     ukrainians were welcomed
2     selective compassion
2     selective humanity
1     racis*
1     geneva convention
1.5   pretence
1.5   pretense
# -- round 2: dialogue refused, sanctions instead of gratitude
2     brussels is silent
1     no answer
2     cut off every channel
1.5   channels of communication
2     tore up agreements
2     does not want to talk
2     do not want to talk
1.5   won t talk
1     ready for dialogue
2     sanction after sanction
2     repaid with sanctions
1.5   guard dog
0.5   for free
2     guarded the eu border
2     guarded europe
2     protected the eu border
1     build* walls
1     money for fences
2     so called hybrid
2     hybrid fairy tale
1.5   fairy tale about
1     alleged hybrid
1     puppet*
# -- round 3: responsibility placed on Warsaw/Brussels, cooperation destroyed by sanctions, dialogue refused
2     responsibility lies with the eu
2     responsibility lies with brussels
2     responsibility lies with warsaw
2.5     responsibility lies with the west
2     responsibility rests with brussels
2     lies with brussels
1.5   lies in brussels
2     european capitals are responsible
1.5   questions should be asked in warsaw
2.5     reaping what it sow*
2     destroyed the mechanism
2     dismantled the cooperation
2     froze contacts
2     froze all contacts
1.5   convenient buffer
1.5   proposals went unanswered
1.5   requests went unanswered
1     left unanswered
2     refuses to sit down
2     refused to sit down
2     rather than talk to
2     instead of talking to
1.5   instead of dialogue
2     answers us with sanctions
2     turns a blind eye to
2     closes its eyes to
1.5   lectures others
2     real face of european values
1.5   true face
2     exported war*
2     exporting war*
1.5   arms exports
1.5   pays libyan militias
1.5   paid libyan militias
1.5   outsourc* border control to
2     not an attack from outside
1.5   deterrence above all
-1.5  our verdict
-1.5  the record shows
-1.5  does not hold up
-1.5  does not stand up
-1    no evidence that
# -- round 3: paraphrased blame — Western wars, hypocrisy, sanctions, dialogue, "hybrid" mocked
2     wars started by the west
2     wars the west started
2     wars waged by the west
2     western backed wars
1.5   regime change wars
2     the west destroyed
2     result of western
2     legacy of western
1.5   twenty years of occupation
2     preach* human rights
2     preaching about human rights
1.5   champions of human rights
2     hypocrit*
1.5   two faced
1.5   the same eu that
1.5   the same europe that
2     values stop at
1.5   moral high ground
2     sanctions destroyed
2     sanctions ended
1.5   no longer obliged
2     stopped protecting
2     why should belarus
2     why should minsk
1.5   ingratitude
2     refus* to talk
2     refus* any dialogue
2     ignor* minsk s proposals
2     ignor* belarus s proposals
2     rejected all offers
1.5   deaf to
1.5   slammed the door
2     hybrid hysteria
2     invented threat
1.5   imaginary threat
1.5   bogeyman
2     blame minsk for everything
2     blame belarus for everything
2   convenient scapegoat
# -- round 3: reported blame (state officials holding the EU, Poland or the West responsible)
1.5   blames the eu
1.5   blamed the eu
1.5   blames the west
1.5   blamed the west
1.5   blames poland
1.5   blamed poland
1.5   blamed brussels
1.5   holds the eu responsible
1.5   held the eu responsible
1.5   holds brussels responsible
1.5   holds warsaw responsible
# -- round 4: Poland/the Baltics militarise the border and provoke Minsk; NATO and the US are the threat
1.5   militari* the border
2     pretext to militari*
1.5   provocation* by warsaw
1.5   provocation* by poland
1.5   series of provocations
2     drag belarus into
1.5   provoke belarus
1.5   provoke minsk
1.5   provoking minsk
2     deliberate build up of forces
1     build up of forces
1.5   violat* belarusian airspace
2     threat comes from nato
2     real threat is nato
2     real threat comes from
1.5   real aggressor
2     who is the aggressor
1.5   who threatens whom
2     forward trench of nato
1.5   nato s forward trench
1.5   us troops on the border
1     demonstration of force
1.5   show of force against
# -- round 4: Washington pulls the strings
2     puppet* of washington
2     washington s puppet*
1.5   orders from washington
1.5   dictated by washington
1.5   on washington s orders
1.5   overseas masters
1.5   washington s script
1.5   the americans are behind
# -- round 4: Western wars and the colonial past made the refugees
1.5   colonial past
2     colonial arrogance
1.5   colonial powers
1.5   drew the borders of
2     with a ruler
1.5   marched into iraq
2     helped to wreck
2     helped wreck
2     helped to destroy
2     countries europe helped
2     countries we destroyed
2     countries we bombed
2     we made these refugees
2     we made them refugees
2     made them refugees
2     chaos we left behind
1.5   our own share
1.5   sows bombs
1.5   who sows
1     own foreign policy
1.5   watered by their
# -- round 4: the EU outsourced its border to Minsk, then punished it
2     outsourc* its border*
2     outsourc* border protection
2     outsourc* the border
1.5   guarded your border
2   guarded europe s border
1.5   guarded the eu s border
2     punished minsk
2     punished belarus
2     punish* belarus for
2     and punished us
1.5   then punished
1.5   strangle* economically
# -- round 4: sanctions punish ordinary people
2     ordinary belarusians
1.5   punish* ordinary
2     punish* an entire people
2     punish* a whole nation
2     punish* the whole nation
2     sanctions hit ordinary
1.5   hurt ordinary people
1     students and pensioners
# -- round 4: Brussels killed the Merkel–Lukashenko deal; readmission and dialogue offers ignored
2     merkel s call*
2     merkel s phone call*
1.5   brussels torpedoed
1.5   torpedoed the deal
1.5   torpedoed the agreement
1.5   killed the deal
1.5   scuttled the deal
1.5   readmission offer*
1.5   offer* on readmission
1.5   offers of dialogue
2     ignored the offer*
2     ignored minsk s
2     ignored every offer
2     megaphone diplomacy
1.5   through megaphones
2     proposals were ignored
2     offers were ignored
# -- round 4: the EU pays Turkey and Libya but sanctions Minsk
2     pays turkey
2     paid turkey
2     pays ankara
2     paying ankara
2     paid ankara
2     pays erdogan
2     paid erdogan
1.5   billions to turkey
1.5   billions for turkey
2     turkey gets billions
2     billions for ankara
1.5   and tripoli to
# -- round 4: Borrell's garden and jungle
2     garden and the jungle
2     garden and jungle
2     surrounded by a jungle
2     surrounded by jungle
1.5   europe s garden
1.5   europe is a garden
2     borrell s garden
1.5   garden s gardeners
# -- round 4: Ukrainians welcomed, Kurds left to freeze
1.5   welcomed ukrainians
2     flowers for ukrainians
2     while kurds freeze
1.5   kurds freez*
2     wrong skin colour
2     wrong skin color
2     wrong religion
# -- round 4: water cannon instead of "values"
2     water cannon* instead of
2     values of barbed wire
2     values made of barbed wire
2     barbed wire values
2     what european values look like
2     what human rights look like
1     in an eu country
1.5   selective* human rights
2     human rights apply selectively
1.5   the west is silent
1.5   the west remains silent
# -- round 4: Lithuania's pushback law waved through by Brussels
1     pushbacks into law
1     legalised pushbacks
1     legalized pushbacks
1     pushback law
2     no infringement procedure
2     brussels looked away
2     brussels turned a blind eye
1.5   thank you note
1.5   tearing up its own rulebook
# -- round 4: Warsaw staged or inflated the crisis (elections, rule-of-law dispute)
2     crisis for the elections
2     staged the crisis
2     crisis on order
1.5   enemy at the gate*
1.5   campaign fodder
1.5   who benefited most
1.5   distract* from the rule of law
1     dispute with brussels
1.5   quarrel with brussels
1     conflict with brussels
1     rule of law dispute
1.5   defender of the eastern flank
1.5   inflat* the crisis
1.5   fanning the crisis
1.5   whip* up the crisis
# -- round 4: Germany's 2015 welcome, then the slammed door; Europe lured people and abandoned them
1.5   merkel s invitation
1.5   invited them in
1.5   door slammed shut
2     europe lured
2     lured by europe
1.5   europe s promises
2     europe abandoned
1.5   and abandoned them
# -- round 4: walls funded, not people
2     walls not people
2     walls instead of people
2     concrete not people
2     concrete not in people
2     invests in concrete
1.5   billions for fences
1.5   billions on walls
1.5   billions for walls
# -- round 4b: further paraphrases (warmongers, NATO expansion, collective punishment, deals, two classes of refugees)
2     warmonger*
1.5   sabre rattling
1.5   saber rattling
1     nato expansion
1     eastward expansion
1     encirclement
2     in washington s interest*
2     run from washington
2     controlled by washington
1.5   colonial legacy
1.5   sykes picot
2     western bombs
1     arms sold to
1.5   share of responsibility
1.5   shares responsibility
1     chaotic withdrawal
2     europe s bouncer
2     europe s doorman
1     dirty work
2     collective punishment
1.5   hits ordinary
1     sabotaged
1.5   minsk offered
1.5   extended hand
1.5   outstretched hand
2     erdogan gets
2     ankara gets
2     first and second class
1.5   second class refugees
1.5   blue eyes
1.5   white refugees
2     tear gas at children
2     water cannon* against children
2     water cannon* against women
1.5   domestic political gain
2     once welcomed
2     selfies with merkel
2     promises of europe
2     europe left them
2     money for walls
2     not in people
1.5   surveillance industry
1     arms manufacturers
# -- round 4c: Ukrainian refugees welcomed, others left outside (subsumes the "ukrainian refugees" counter-evidence)
2     ukrainian refugees were welcomed
2     ukrainian refugees with open arms
2     welcomed ukrainian refugees
2     while ukrainian refugees
1.5   whereas ukrainians
2     syrians and iraqis freeze
1.5   wrong kind of refugee*
-1.5  verdict
-1.5  claim circulating
# -- round 5 (English): counter-evidence for near-miss stories, fact-checks and mockery; framing vocabulary
# real coverage (dev split)
# -- Belarus prosecutes EU border officials: "crimes against the security of mankind"
2.5   security of mankind
2.5   security of humanity
1     against latvian officials
1     against polish officials
1     against lithuanian officials
1.5   officials of poland lithuania and latvia
# -- Minsk's border agencies on brutal EU guards: irony, "regime", "mercenaries"
2     european humanity
2     racial filtration
2     european humanism
2     mercenaries in uniform
1     latvian mercenaries
1     polish mercenaries
1     lithuanian mercenaries
2     morawiecki regime
2     duda regime
1     tusk regime
1     illegal and inhumane
1.5   inhumane actions of
1.5   brutal policy
2     inhuman* migration polic*
1.5   savagery
1.5   regime in warsaw
1.5   lithuanian regime
1.5   latvian regime
1.5   polish regime
1.5   warsaw regime
1     inhumanity
1.5   special cruelty
1     cruel treatment of
1.5   cynical migration policy
1.5   wrong refugees
1     illegal actions against
1     tacit consent of
1.5   racial superiority
1     racial discrimination
1     without trying to help
1     did nothing to help
1     attention of the world community
1     unlawful actions of
1     racial hatred
0.75  border committee                 # Belarus's State Border Committee relayed as the source
# -- EU guards named as "law enforcers", "security forces" in Minsk's wording
1     beaten by latvian
1     lithuanian border guards beat*
1     latvian border guards beat*
1     latvian soldiers beat*
0.75  polish law enforce*
0.75  latvian law enforce*
0.75  lithuanian law enforce*
0.75  latvian security forces
0.75  lithuanian security forces
0.75  at the hands of polish
0.75  at the hands of latvian
0.75  at the hands of lithuanian
0.75  polish border guardsmen
0.75  lithuanian border guardsmen
0.75  latvian border guardsmen
0.5   latvian military
# -- people (and bodies) thrown onto "our territory"
2     bodies are thrown
2     dumping bodies
2     dump* the bodies
1     dumped on belarusian
1.5   thrown to our
1     on our territory
1     onto our territory
1     to our territory
1     territory of our country
1     our side of the border
1     into the territory of belarus
1     to the territory of belarus
1     forced out to belarus
1     rid of refugees
1     rid of migrants
1     into belarusian territory
1     on belarusian territory
1     on the belarusian territory
1     secretly expel*
1     forcibly expel*
1     forcibly remov*
1     forcibly moved
0.5   foreigner*                       # Minsk's border reports say "foreigners", "refugees"
# -- Lukashenko, Lavrov and Minsk officials blame the US and the EU
2     fault of the eu
2     fault of brussels
2     fault of europe
2     fault of poland
2     fault of warsaw
2     caused by the eu
2     caused by poland
2     created by the eu
2     created by poland
2     poland is responsible
2     latvia is responsible
2     lithuania is responsible
2     warsaw is responsible
2     invaded these countries
2     invaded their countries
1.5   laid waste
2     noose around my neck
2     eurobureaucrats
2     belarus is not to blame
2     not belarus s fault
2     not minsk s fault
1.5   blamed the united states
1.5   blames the united states
1.5   blamed the us
1.5   blamed washington
1.5   blamed the european union
1.5   blames the european union
1.5   noose around
1.5   migration policies are responsible
1     talk about human rights
1.5   european bureaucrats
1     irresponsible decisions
1     irresponsible polic*
1     destructive polic*
1.5   western curators
1.5   brussels bureaucrats
1.5   eurocrats
1.5   western propaganda
1     main responsibility
0.75  zakharova                        # Russian MFA spokeswoman, quoted blaming the EU
1     western journalists
# -- counter-evidence: neutral wording, NGO reports, the Ryanair/political-prisoner stories
-0.5  polish uniformed services
-0.5  amnesty international
-0.5  human rights watch
-1    as propaganda                    # "dismissed the report as propaganda"
-1    forced landing
-1    protasevich
-1    political prisoner*

# real coverage (dev split), round 2: general vocabulary of the framing
# -- attribution: Minsk or Moscow blames or accuses the West, the EU, Poland
2     blam* the west for
2     blam* the eu for
2     blam* the us for
2     blam* the united states for
2     blam* washington for
2     blam* brussels for
2     blam* poland for
2     blam* warsaw for
1.5   accus* the west of
1.5   accus* the eu of
1.5   accus* the european union of
1.5   accus* the us of
1.5   accus* the united states of
1.5   accus* washington of
1.5   accus* brussels of
1.5   accus* nato of
1     accus* poland of
1     accus* warsaw of
1     accus* lithuania of
1     accus* latvia of

# ---------------------------------------------------------------------------------------------
@lang ru
# -- Western wars
3.5   машин* по производств* беженц*
3     западн* войн*
3     войн* запад*
2.5   войн* сша
2.5   агресси* нато
2.5   бомбардировк* нато
2.5   натовск* бомб*
3     разруши* их стран*
2     разбомби*
2.5   разруши* ливи*
1.5   вторжени* в ирак*
1     войн* в ирак*
2.5   западн* интервенци*
2     военн* авантюр*
3     последстви* политик* запад*
2.5   последстви* западн*
1.5   западн* политик*
# -- who is to blame
3     виноват* запад*
3     запад* виноват*
2.5   вин* запад*                      # вина / вину / по вине Запада
2.5   вин* евросоюз*
1.5   вин* польш*
3     совест* запад*                   # "на совести Запада"
2.5   ответственност* запад*
2     ответственност* ес
2     ответственност* евросоюз*
2.5   запад* созда*
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
# -- sanctions, cooperation, dialogue
2.5   незаконн* санкци*
2.5   нелегитимн* санкци*
2     односторонн* санкци*
0.75  санкционн* давлени*
2.5   санкционн* войн*
2.5   антибелорусск* санкци*
1.5   антибелорусск*
1.5   недружественн* стран*
1.5   сверну* сотрудничеств*
1.5   заморози* сотрудничеств*
1     соглашени* о реадмисси*
1.5   взаимовыгодн* сотрудничеств*
2.5   отказ* от диалог*                # отказ / отказываются / отказались от диалога
1     готов* к диалог*
2.5   отказ* принима* беженц*
2     не пуска* беженц*
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
# -- Belarus guarded Europe at its own expense; sanctions
2     за собственн* счет
2     за свой счет
2     за свои деньги
2.5   не будем охраня*
2.5   не будет охраня*
2     охраня* чуж*
0.5   экономическ* войн*
2     душ* санкци*
# -- Brussels will not talk
2.5   брюссел* молч*
2     брюссел* остави*
2  брюссел* оставля*
2     остави* без ответа
2  оставля* без ответа
2     не получи* ответа
2     не получи* содержательн*
2     не бер* трубку
1.5   вернуться к диалог*
1.5   возобнов* сотрудничеств*
1.5   восстанов* сотрудничеств*
2.5   свернут* не по инициатив*
2     разруши* эту систем*
2     разруши* сотрудничеств*
2     язык* ультиматум*
1     ультиматум*
1.5   политизированн* подход*
1.5   ставку на давлени*
1.5   с позици* силы
1.5   на равных
1.5   законн* власт*
# -- Europe's own making
3     последстви* собственн* политик*
3     последстви* своей политик*
3     последстви* их политик*
2.5   пожина*
1.5   посея*
2     сама созда*
2     сами созда*
2.5   кто породи*
2.5   экспорт* демократи*
1.5   бомби*
2.5   разруши* государств*
2.5   политик* западн* стран*
0.5   западн* стран*
2     деструктивн* интервенци*
2     ответить за последстви*
1.5   возложи* ответственност*
1.5   ответственност* лежит
# -- blaming Minsk is a pretext; "lecturing" Europe
2.5   обвиня* во всем беларус*
2.5  обвиня* во всем белорусс*
2.5  обвини* во всем беларус*
2     обвиня* во всем
2  обвини* во всем
2     ищ* виноват*
2     козл* отпущени*
2     учил* весь мир
1.5   поуча*
2     европейск* гостеприимств*
1.5   приверженност* правам человека
1.5   декларирующ*
2     милитаризаци* регион*
2     наращивани* войск*
2     наращивани* военн*
1.5   предлог* для
1.5   повод* для наращивани*
2     безоружн* люд*
2     против безоружн*
2     против женщин* и детей
# -- EU guards' violence as told by Minsk
2.5   преступлени* польск*
2     выдворен* польск*
1.5   польск* военнослужащ*
1.5   польск* военн* бил*
# -- counter-evidence
-2    проверк* факт*
-1.5  фейк*
-1    украинск* беженц*
-1    беженц* с украин*
-1.5  седьм* срок*
-1.5  инаугураци*
-1.5  явк*
-1.5  воздушн* шар*
-1    вторжени* в украин*
-1    спецоперац*
# -- round 2: who is to blame
2.5   виноват* европ*
2.5   европ* виноват*
2.5   виноват* брюссел*
2     виноват* польш*
2     прям* ответственност*
2.5   ответственност* за разрушени*
2     перекладыва* ответственност*
2     перелож* ответственност*
2     свали* вину
2     перекладыва* вину
2.5   моральн* права
# -- round 2: the wars
2.5   разрушени* ирак*
2.5   разрушени* ливи*
2     разрушени* сири*
1.5   оккупирова*
1.5   вторжени* в афганистан*
2     войн* в ирак* и афганистан*
1.5   ушли из кабул*
1.5   бегств* из афганистан*
2     англосакс*
1.5   нато и их союзник*
1.5   сша и их союзник*
1.5   марионет*
# -- round 2: hypocrisy and lectures
2     цвет* кожи
2     в отличие от украинц*
1     для украинц*
2     чита* нотаци*
1.5   морализ*
1.5   защитник* прав человека
2     называ* себя защитник*
2.5   ценност* заканчива*
2     хвален* демократи*
1.5   приостанови* право на убежищ*
# -- round 2: no dialogue, sanctions instead of gratitude
2     не хот* разговарива*
2     отказ* от переговор*
2     отказ* разговарива*
2     никакой реакци* брюссел*
1.5   реакци* брюссел*
2     санкци* за санкци*
1.5   санкционн* политик*
2     вместо благодарност*
0.5   строят стен*
1     строит стен*
2     гибридн* сказк*
2.5   сказк* о гибридн*
2.5   сказк* про гибридн*
2.5   миф* о гибридн*
1.5   удобн* оправдани*
# -- round 3: ответственность Варшавы и Брюсселя, разрушенное сотрудничество, отказ от диалога
2     лежит на варшав*
2     лежит на брюссел*
2     лежит на евросоюз*
2  лежит на ес
2     лежит на запад*
2     лежит на польш*
2     лежит на литв*
2     на варшав* и брюссел*
1.5   задава* в варшав*
2     несут европейск* столиц*
1     европейск* столиц*
2     отказ* ес от диалог*
2     отказ* евросоюз* от диалог*
2     отказ* брюссел* от диалог*
2     отказ* запад* от диалог*
2     не жела* даже сесть
2     не жела* сесть за стол
2     не хотят сесть за стол
1     стол переговор*
1.5   остал* без ответа
1     ответа нет
2     механизм* был разрушен*
2     разруши* механизм*
2     заморози* контакт*
2     заморожен* контакт*
2     отвеча* санкци*
2     ответи* санкци*
1.5   делает вид что ответственност*
2     политик* выдворени*
1.5   профессиональн* диалог*
1.5   оставля* замерз*
1.5  остави* замерз*
1.5   в центр* европ*
1.5   удобн* буфер*
1.5   за собственн* деньги
1.5   закрыва* глаз*
2     истинн* лицо
2     настоящ* лицо
2     экспортирова* войн*
-1.5  искажени*
-1    независим* расследовани*
-1    тезис* об
# -- round 3: перефразированная вина Запада — войны, лицемерие, санкции, диалог, насмешка над «гибридной»
2     войн* развязанн* запад*
2     развяза* запад*
2     войн* развязанн* сша
2     запад* разруши*
2     натовск* агресси*
1.5   оккупаци* афганистан*
1.5   учить нас
1.5   поучени*
1.5   нотаци*
2     хвален* ценност*
2     санкци* разруши*
2     не обязан* охраня*
1.5   неблагодарн*
2     отверга* предложени*
2     игнориру* предложени*
2     не хотят говорить
2     нежелани* вести диалог*
2     нежелани* диалог*
1.5   не слышат
1.5  не слышит
2     гибридн* истери*
2     придуманн* угроз*
2     выдуманн* угроз*
1.5   страшилк*
2     во всем виноват* минск*
2     валят на минск*
# -- round 3: переданные обвинения в адрес ЕС, Польши, Запада
1.5   обвини* запад*
1.5   обвиня* запад*
1.5   обвини* евросоюз*
1.5   обвиня* евросоюз*
1.5   обвини* польш*
1.5   обвиня* польш*
1.5   обвини* брюссел*
2     возлага* ответственност* на
2     возложи* ответственност* на
1.5   ответственност* за кризис*
# -- round 4: Польша милитаризирует границу и провоцирует; угроза — НАТО и США
1.5   милитаризац* границ*
1.5   милитаризац* пограничь*
2     польск* провокаци*
1.5   провокаци* варшав*
1.5   провоциру* минск*
1.5   провоциру* беларус*
1.5  провоциру* белорусс*
2     польск* паны
1.5   стягива* техник*
1.5   стягивает войска
2     кто здесь агрессор*
2     кто кому угрожа*
2     угроз* исход* от нато
1     настоящ* угроз*
2   воздушн* пространств* беларус*
2  воздушн* пространств* белорусс*
2     втяну* беларус*
2  втяну* белорусс*
1.5   втяну* нас в
1.5   постоянн* базу сша
2     плацдарм* нато
0.75  демонстраци* сил*
# -- round 4: Вашингтон дёргает за ниточки
2     марионетк* вашингтон*
2     марионетк* сша
1.5   по указке
1.5   заокеанск* хозя*
1.5   заокеанск* покровител*
# -- round 4: западные войны и колониальное прошлое создали беженцев
1.5   колониальн* прошл*
2     колониальн* высокомери*
1.5   колонизатор*
2     бомби* ирак*
2     бомби* ливи*
2     бомби* сири*
1.5   посея* войн*
2     сами созда* беженц*
2     сделали их беженц*
1.5   по линейке
1     собственн* внешн* политик*
1.5   цветн* революци*
# -- round 4: ЕС поручил Минску охрану границы, а потом наказал
2     охраня* границ* европ*
2     охраня* границ* евросоюз*
2  охраня* границ* ес
2     наказа* минск*
2     наказа* беларус*
2  наказа* белорусс*
2     наказыва* беларус*
2  наказыва* белорусс*
1.5   а потом наказа*
1     в наград*
1.5   бесплатно удержива*
1.5   бесплатно охраня*
# -- round 4: санкции бьют по простым людям
2     рядов* белорус*
2     удар* по простым
2     бьют по простым
2     наказ* цел* народ*
1.5   наказа* пассажир*
1     студент* и пенсионер*
# -- round 4: Брюссель сорвал договорённость Меркель; предложения Минска игнорируются
2     звонк* меркель
1.5   разговор* меркель
1.5   меркель дважды
2     договоренност* утопи*
1.5   сорва* договоренност*
2     брюссел* сорва*
1.5   торпедирова*
1.5   предложени* по реадмисси*
2     минск* предлага*
2     дипломати* мегафон*
1.5   через мегафон*
1.5   ответа не получи*
2     проигнорирова* предложени*
# -- round 4: ЕС платит Турции и Ливии, а Минску — санкции
2     плати* турци*
2     заплати* турци*
2     выплати* турци*
2     миллиард* турци*
2     турци* миллиард*
2     плати* эрдоган*
1     миграционн* партнерств*
1.5   беларуси санкции
1.5  белоруссии санкции
# -- round 4: «сад» и «джунгли» Борреля
2     сад* и джунгл*
2     цветущий сад
2     сад* боррел*
2     европ* сад
# -- round 4: украинцев встречали, курды мёрзнут
2     украинц* встреча*
2     украинц* с цветами
1.5   украинц* приня*
2     курд* мерзн*
2     не тот цвет кожи
2     не того цвета
# -- round 4: водомёты вместо «ценностей»
2     ценност* из колюч*
2     водомет* вместо
1.5   вот такая демократи*
1.5   вот такие ценност*
1     учил* нас
2     действу* избирательно
1.5   избирательн* подход*
1.5   запад* молч*
# -- round 4: литовский закон о «развороте», а Брюссель не замечает
1.5   закон* о разворот*
2     легализова* выдавливани*
1.5   будто не замети*
1.5   словно не замети*
# -- round 4: Варшава раздувает кризис ради выборов и спора с Брюсселем
2     отвлеч* внимани* от собственн*
1.5   раздува* кризис*
1.5   раздува* ситуаци*
2     спор* с брюссел*
1.5   конфликт* с еврокомисси*
1.5   защитник* восточн* фланг*
1.5   ради выбор*
2     кризис* на заказ*
2     кризис* к выбор*
# -- round 4: 2015 год, обещания Европы, стены вместо людей
1.5   приглашени* меркель
1.5   политик* открыт* дверей
1.5   захлопну* двер*
2     европ* замани*
1.5   обещани* европ*
2     европ* броси*
2  европ* броса*
2     стены вместо людей
2     забор* вместо
2     вкладыва* в бетон
1.5   миллиард* на забор*
1.5   миллиард* на стен*
# -- round 4b: дополнительные формулировки (поджигатели войны, расширение НАТО, коллективное наказание, беженцы второго сорта)
2     поджигател* войн*
1.5   бряцани* оружием
1     расширени* нато
1.5   окружени* беларус*
1.5  окружени* белорусс*
2     в интерес* вашингтон*
2     управля* из вашингтон*
1.5   колониальн* наследи*
2     западн* бомб*
1.5   доля ответственност*
1     хаотичн* уход*
1     хаотичн* бегств*
2     привратник* европ*
2     сторож* европ*
1.5   грязн* работу
2     коллективн* наказани*
1     саботирова*
2     минск* предложи*
1.5   протянут* рук*
2     эрдоган* получа*
2     анкар* получа*
1.5   второго сорта
1.5   голубые глаз*
2     газ против детей
2     водомет* против детей
2     европ* броси* их
2  европ* броса* их
2     обещаниями европы
2     деньги на забор*
2     а не в людей
# -- round 4c: украинских беженцев встречали, а курдов нет
2     украинск* беженц* встреча*
2     украинск* беженц* с распростерт*
2     в то время как украинск* беженц*
2     тогда как украинск* беженц*
1     с распростерт* объяти*
2     неправильн* беженц*
# -- round 5 (Russian): counter-evidence for near-miss stories, fact-checks and mockery; framing vocabulary
-1.5  вердикт*
1     кому выгодно
1.5   оста* без ответа
2     заинтересован* не в решени*
1.5   контакт* заморож*
2     не по вине минск*
2     не по вине белорусск*
2  не по вине беларусск*
1.5   бомбят
1     милитаризаци*
2     развяза* сша
# real coverage (dev split)
# -- EU-side guards beat and push migrants back, as relayed by Minsk's border committee
2.5   преступлени* польш*
2     латвийск* силовик*
2     от польск* пограничник*
2     от литовск* пограничник*
2     от латвийск* пограничник*
2     избит* польск*
2     избит* литовск*
2     избит* латвийск*
2     избил* польск*
2  избива* польск*
2     избил* литовск*
2  избива* литовск*
2     избил* латвийск*
2  избива* латвийск*
2     издевательств* польск*
2     издевательств* над беженц*
2     преступлени* литв*
2     вытесн* беженц*
2     вытесн* очередн* групп*
2     попытк* вытеснени*
2     вытесн* в беларус*
2  вытесн* в белорусс*
2     вытесн* в белорусси*
2     вытесн* на белорусск*
2  вытесн* на беларусск*
2     вытесн* на территори* беларус*
2     вытесн* на территори* белорусс*
2     вытолка* в беларус*
2  вытолка* в белорусс*
2     вытолкну* на белорусск*
2  вытолкну* на беларусск*
2  выталкива* на белорусск*
2     жертв* польск*
2     жертв* литовск*
2     жертв* латвийск*
2     польск* пограничник* примени*
2     польск* военн* примени*
2     незаконн* выдворени*
2     броси* умира*
2     остави* умира*
2  оставля* умира*
1.5   выталкива* обратно
1.5  вытолкну* обратно
1.5   жестоко избил*
1.5  жестоко избива*
1.5   замори*
1.5   польск* военщин*
1.5   выдави*
1     выдвори*
1     погранкомитет*
0.75  захаров*
# -- the Polish/Baltic side made it worse
2.5   создан* польск* сторон*
2     со сторон* польск*
2     со сторон* литовск*
2     со сторон* латвийск*
2     со сторон* европейск*
2     из за действи* польш*
2     действи* польск* сторон*
2     подтолкну* польск*
2     отличается жестокост*
1.5   миграционн* политик* польш*
1.5   миграционн* политик* литв*
1.5   миграционн* политик* латви*
1.5   против беженц*
1.5   психологическ* давлени*
1.5   перцов* баллончик*
1     жестк* лини*
0.5   нарушени* прав человека
# -- the West ruined their countries and lured them; Minsk was refused cooperation
2     виноват* руководств*
2     заверени* германи*
2     приглашени* для беженц*
2     гостеприимств* из колюч*
2     отказа* сотруднича*
1.5   первопричин*
1.5   разори*
1.5   разгромленн*
1.5   сожженн* войн*
1.5   демократическ* колюч*
# -- crisis made by the West; Brussels bureaucrats; two-faced Europe; Baltic "concentration camps"
2.5   созданн* запад*
2     брюссельск* бюрократ*
2     двуличи*
2     разрушенн* запад*
2     запад* несет
2     гибридн* войн* против беларус*
2  гибридн* войн* против белорусс*
1.5   европейск* бюрократ*
1.5   лицемерн*
1.5   пропаганд* ес
1.5  пропаганд* евросоюз*
1.5   концлагер*
1.5   разрушенн* стран*
1.5   нарушени* женевск* конвенци*
# -- counter-evidence: political prisoners, "puppet of the Kremlin"
-1.5  помилова*
-2    политзаключенн*
-2    марионетк* кремл*
# -- round 2 (generalised): Minsk's border committee and Moscow relay beatings by EU-side guards
2     польск* пограничник* избил*
2     литовск* пограничник* избил*
2     латвийск* пограничник* избил*
2     польск* силовик* избил*
2  польск* силовик* избива*
2     польск* военн* избил*
2     ответственност* за гибел*
1.5   подброси* тел*
0.6   госпогранкомитет*
0.6   на совест*
# -- round 2 (generalised): Warsaw and the Baltics escalate; NATO troops; Western interference
2     провокаци* со сторон* польш*
2     провокаци* со сторон* литв*
2     вмешательств* запад*
2     западн* вмешательств*
1.5   евробюрократ*
1.5   кукловод*
1.5   политик* запад*
1.5   провальн* миграционн*
1.5   военн* истери*
1.5   у наших границ*
1.5   варварск*
0.6   нагнета*
0.6   недальновидн*
0.6   вмешательств* во внутренн*
0.6   давлени* на минск*
0.6   давлени* на беларус*
0.6   давлени* на белорусс*
0.6   войск* нато
1   русофобск*
0.6   цинич*
0.6   цинизм*
# -- round 2 (generalised): Europe's wars and its "humanity"; Warsaw uses the crisis for domestic politics
2     инструмент* внутренн* политик*
2     позвал* и броси*
2  позвал* и броса*
1.5   чужи* войн*
1.5   европейск* гуманност*

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
2.5   zachód stworzy*
2.5   wywołan* przez zachód
2.5   spowodowan* przez zachód
# -- hypocrisy, double standards, values
2.5   podwójn* standard*
1     hipokryzj*
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
1     nieludzk* traktowan*
2     nieludzk* polityk*
1     nielegaln* push*                 # nielegalne push-backi / pushbacki
2     polsk* prowokacj*
2.5   tak zwan* atak* hybrydow*
# -- counter-evidence
-1.5  dezinformacj*
-1.5  nieprawd*
-2    fałszyw* twierdzeni*
-0.75 atak* hybrydow*
# -- Belarus guarded the EU at its own expense; sanctions
2     na własny koszt
2     nie będzie* pilnowa*
1     za darmo
1     pilnowa* granic*
2     dusi* gospodark*
1     wojn* ekonomiczn*
1     wojn* gospodarcz*
1     współprac* graniczn*
1     umow* o readmisji
# -- Brussels will not talk
1.5   powrót do rozmów
1.5   bez dialogu
2     odrzuca* dialog*
2     odmawia* rozmów
2     odmówi* rozmów
2     język* ultimatum
1.5   na równych prawach
# -- Europe's own making
2     kozł* ofiarn*
1     są autorami
2     sami stworzyli
2     sama stworzyła
2     sama zamknęła
3     skutk* własnej polityki
3     konsekwencj* własnej polityki
3     konsekwencj* polityki zachodu
2.5   bomb* amerykanów
2.5   eksport* demokracj*
2     nieść* demokracj*
2     niosły demokracj*
1.5   wysyła* żołnierzy
1     zniszczyli
2     pouczać
# -- EU guards' violence as told by Minsk
0.75  polsc* mundurow*  # r3: was 1.5, fired alone on near misses
0.75  polsc* żołnierz*
1.5   lodowat* wod*
2     militaryzacj*
# -- counter-evidence
-1    uchodźc* z ukrainy
-1    ukraińsk* uchodźc*
-1.5  fałsz
-1    manipulacj*
-1.5  frekwencj*
-1.5  balon*
-1    wojn* w ukrainie
-1    inwazj* na ukrain*
# -- round 2: who is to blame
2.5   win* brukseli
2     win* warszawy
2     win* nato
2     win* ameryk*
2.5   bruksela jest winn*
2.5   unia jest winn*
2.5   sami sobie winni
2.5   sami są sobie winni
1     ponos* odpowiedzialnoś*
2     zrzuca* odpowiedzialnoś*
2     zrzuca* win*
2     przerzuc* odpowiedzialnoś*
2     szuka* winn*
# -- round 2: the wars
2.5   kto zbombardowa*
1.5   zbombardowa*
2.5   zniszczy* libi*
2.5   zniszczył* irak*
2     zniszczy* syri*
1.5   inwazj* na afganistan
2     nieśli demokracj*
2     anglosas*
1.5   marionet*
1.5   wasal*
# -- round 2: hypocrisy, lectures, values
1.5   poucza*
2     podwójn* miar*
2     kolor* skóry
2     niewłaściw* paszport*
2     w przeciwieństwie do ukraińc*
2     gdzie ta solidarnoś*
2     gdzie jest solidarnoś*
1.5   mówi* o wartościach
1     o wartościach
# -- round 2: no dialogue, sanctions instead of gratitude
1.5   nikt nie dzwoni
2     nie chc* rozmawiać
1.5   zerwa* kontakt*
1.5   bez odpowiedzi
1.5   w podziękowaniu
2     pilnujcie sami
1.5   za nasze pieniądze
1     rzekom* atak* hybrydow*
1.5   bajk* o atak*
# -- round 3: odpowiedzialność Brukseli i Warszawy, zerwana współpraca, odmowa rozmów
2     leży w brukseli
2     leży po stronie brukseli
2     leży po stronie unii
2     leży po stronie warszawy
2     spoczywa na brukseli
2     odpowiedzialność ponos* bruksela
2     odpowiedzialność ponos* unia
2     odpowiedzialność ponos* zachód
1     europejski* stolic*
2     nić współpracy
2     zniszczy* mechanizm*
2     zniszczy* współprac*
2     zamrożono kontakty
2     zamrozi* kontakt*
2     wygodn* bufor*
1.5   za własne pieniądze
2     zamiast rozmowy
2     zamiast rozmawiać
2     zamiast dialogu
1.5   nikt nie słuchał
2     bruksela sama
1.5   unia sama
2     prawdziw* oblicz*
2     przymyka* oczy
2     zamyka* oczy na
2     eksport* wojn*
1.5   odpowiada* sankcjami
-1.5  sprawdzamy
-1.5  w sieci krąży
-1    zebrane dowody
# -- round 3: sparafrazowana wina Zachodu — wojny, obłuda, sankcje, dialog, kpina z „wojny hybrydowej”
2.5     wojn* wywołan* przez zachód
2     wojn* rozpętan*
2     zachód zniszczy*
1.5   amerykańsk* inwazj*
2     skutek zachodni*
2.5     skutki zachodni*
2     obłud*
1.5   moralizatorsk*
2     rzekom* wartości
2     tak zwan* wartości
2     sankcj* zniszczy*
2     przesta* chronić
2     przestał chronić
1.5   niewdzięczn*
2     odrzuca* propozycj*
2     ignoruj* propozycj*
2     histeri* hybrydow*
2     wymyślon* zagrożeni*
1.5   straszak*
2     zrzuca* win* na mińsk
2     zrzucić winę na
# -- round 3: relacjonowane oskarżenia wobec UE, Polski, Zachodu
1.5   oskarż* unię
1.5   oskarży* uni* europejsk*
1.5   oskarża* zachód
1.5   oskarży* zachód
1.5   obwinia* unię
1.5   obwinia* zachód
1.5   obwinia* polskę
1.5   obarcz* odpowiedzialności*
# -- round 4: Polska militaryzuje granicę i prowokuje; zagrożeniem jest NATO i USA
2   militaryzacj* granic*
2   militaryzacj* pogranicz*
1.5   prowokacj* warszaw*
1.5   prowokow* mińsk*
1.5   prowokow* białoru*
0.75  prawdziw* zagroż*
2     zagroż* ze strony nato
2     wysunięty okop
2     wysuniętym okopem
2     wciągn* nas w wojn*
2     wciąg* białoru*
2     kto jest agresorem
2     kto tu jest agresorem
1.5   pokaz siły
# -- round 4: Waszyngton pociąga za sznurki
2     marionetk* waszyngton*
2     marionetk* usa
1.5   na rozkaz waszyngtonu
1.5   rozkaz* z waszyngtonu
2     pod dyktando waszyngtonu
1.5   waszyngton testuj*
2     amerykańsc* mocodawc*
1.5   amerykańsk* mocodawc*
# -- round 4: zachodnie wojny i kolonialna przeszłość stworzyły uchodźców
1.5   kolonialn* przeszłoś*
2     kolonialn* arogancj*
1.5   kolonializm*
2     bombardowa* irak*
2     zbombardowa* libi*
2     bombardowali libi*
2     kraje które zniszczy*
2     sami stworzyliśmy
1.5   zniszczyliśmy
1     własn* polityk* zagraniczn*
# -- round 4: UE zleciła Mińskowi pilnowanie granicy, a potem go ukarała
1.5   strzeg* granic* unii
1.5   pilnowa* granic* unii
2     ukarał* mińsk
2  ukarali mińsk    # r12 variant
2     ukara* białoru*
2     karać białoruś
2     karze białoruś
1.5   a potem ukara*
# -- round 4: sankcje uderzają w zwykłych ludzi
2     zwykł* białorusin*
2     uderza* w zwykłych
2     karać cały naród
2     karze cały naród
# -- round 4: Bruksela storpedowała porozumienie Merkel; propozycje Mińska ignorowane
2     telefon* merkel
1     rozmow* merkel
2     bruksela storpedowa*
1.5   storpedowa*
1.5   zerwa* porozumieni*
1.5   propozycj* readmisji
1.5   propozycje rozmów
2     odrzuca* wszelk*
1     żadnej odpowiedzi
2     przez megafony
2     dyplomacj* megafon*
2     propozycje mińska
2     zignorowa* propozycj*
# -- round 4: UE płaci Turcji i Libii, a Mińskowi daje sankcje
2     płac* turcji
2     zapłaci* turcji
2     płac* ankarze
2     płac* erdoganowi
2     płac* erdoğanowi
1.5   miliardy dla turcji
1.5   miliardy dla ankary
2     turcji miliardy
# -- round 4: „ogród” i „dżungla” Borrella
2     ogród i dżungl*
2     reszta świata dżunglą
2     reszta świata to dżungla
2     europa jest ogrodem
2     ogr* borrella
# -- round 4: Ukraińców witano, Kurdowie marzną
2     ukraińców witano
2     ukraińców wita*
2     a kurdowie marzn*
2     kurdowie marzn*
2     zły kolor skóry
2     niewłaściwy kolor skóry
# -- round 4: armatki wodne zamiast „wartości”
2     armatk* wodn* zamiast
2     wartości z drutu kolczastego
2     tak wyglądają europejskie wartości
2     tak wyglądają wartości
1.5   zachód milcz*
# -- round 4: litewska ustawa o pushbackach, Bruksela przymyka oko
2     zalegalizowa* pushback*
1.5   ustaw* pushbackow*
2     bruksela przymyka* oko
2     bez procedury naruszeniowej
# -- round 4: PiS rozkręca kryzys na wybory i dla odwrócenia uwagi od sporu z Brukselą
2     kryzys na zamówienie
2     kryzys na wybory
1.5   oś kampanii
1.5   wróg u bram
2     komu ta historia
1.5   komu to służy
1.5   kto na tym zyskał
1.5   na nowogrodzkiej
1     spór z komisją
1     spór o praworządność
2     rozdmuchuj* kryzys*
1.5   rozdmuchiwa*
1.5   podsyca* kryzys*
1.5   w kryzysie wizerunkowym
# -- round 4: zaproszenie z 2015, zatrzaśnięte drzwi; Europa zwabiła i porzuciła; mury zamiast ludzi
1.5   zaproszenie merkel
1.5   polityka otwartych drzwi
1.5   zatrzasn* drzwi
2     europa zwabi*
2     zwabieni przez europę
1.5   obietnic* europy
2     europa porzuci*
1     porzuciła ich
2     mury zamiast ludzi
2     beton zamiast
2     płot zamiast
1.5   miliardy na mur*
1.5   miliardy na płot*
1.5   miliardy na zapor*
# -- round 4b: dalsze sformułowania (podżegacze wojenni, rozszerzenie NATO, odpowiedzialność zbiorowa, uchodźcy drugiej kategorii)
2     podżegacz* wojenn*
1.5   pobrzękiwani* szabelk*
1     rozszerzeni* nato
2     w interesie waszyngtonu
1.5   kolonialn* dziedzictw*
2     zachodni* bomb*
1     współodpowiedzialnoś*
2     odźwierny europy
2     stróż europy
1.5   brudną robotę
2     odpowiedzialnoś* zbiorow*
2     mińsk proponowa*
2     mińsk zaproponowa*
1.5   wyciągnięt* rękę
2     erdogan dosta*
2     ankara dosta*
2     uchodźc* drugiej kategorii
1.5   drugiej kategorii
1.5   niebieskie oczy
2     gaz na dzieci
2     armatk* wodn* przeciw* dzieci
1.5   polityczny kapitał
2     europa ich porzuci*
2     obietnice europy
2     pieniądze na mur
2     a nie w ludzi
# -- round 4c: uchodźców z Ukrainy witano, innych nie
2     podczas gdy uchodźc* z ukrainy
2     podczas gdy ukraińsk* uchodźc*
2     uchodźc* z ukrainy witano
1     podczas gdy ukraińc*
2     niewłaściw* uchodźc*
-1.5  pojawia się twierdzenie
-1    twierdzenie jest
# -- round 5 (Polish): counter-evidence for near-miss stories, fact-checks and mockery; framing vocabulary
1.5   zachodni* mocodawc*
# real coverage (dev split)
# -- relayed Minsk/Moscow: Poland started it, Poland's guards are brutal
2     polska wywoła*
2     polska zorganizowa*
2     polska urządzi*
2     polska sprowokowa*
2     polsk* stron* sprowokowa*
1     konflikt* graniczn*
2     oskarży* polsk* straż*
1     oskarży* polsk*
1     zarzuc* polsce
1  zarzuc* polsk*    # r12 variant
1     zarzuc* stronie polskiej
1     państwow* komitet* graniczn*      # Belarus's border committee as the source
1.5   nieludzk* stosun*
2     pols* żołnierz* brutaln*
2     pols* funkcjonariusz* brutaln*
2     polsk* funkcjonariusz* brutaln*
1.5   brutalnie pobi*
1.5   polsk* sił* bezpieczeństwa        # TASS wording
1.5   wypchn* ich
1     wypchn*
1     grożąc bronią
1.5   strzel* nad głow*
# -- the EU and the US are to blame: they invited them, promised to take them
2     ponos* unia europejska
2     odpowiedzialne są kraje
1.5   winn* kryzys*
1.5   wskaza* winn*
1.5   uni* europejsk* i usa
1     ue i usa
2     obieca* ich przyjąć
2     obiecali ich przyjąć
2     zaproszono na zachód
1.5   zaprosi* do siebie
1.5   mutter merkel
2.5   zdestabiliz* bliski* wsch*
2.5   destabiliz* bliski* wsch*
1.5   zdewastowan* przez zachód
1.5   pętl* na szyj*                   # "nie zakładajcie nam pętli na szyję" (sanctions)
# -- Warsaw uses the crisis for domestic politics
2     odwrócić uwagę od
1     odwraca* uwag*
1     problem* wewnętrzn*
1     wykorzyst* kryzys*
2     rząd wykorzyst* kryzys*
2     pis wykorzyst* kryzys*
# -- stock accusations against Poland and the West (general coverage)
2     winę ponos* zachód
2     winę ponos* polska
2     winę ponos* unia
2     winę ponos* ue
2     winę ponos* usa
1.5   win* polski
2.5   wywołan* przez polsk*
2.5   wywołan* przez ue
2.5   wywołan* przez unię
2     sprowokowan* przez polsk*
1.5   polska prowokuj*
2     okrucieństw* polsk*
1.5   ludobójstw*
1.5   antybiałorusk*
# -- counter-evidence: the accusation is reported as a claim
-1    rzekom*
# real coverage (dev split, round 2): general Polish vocabulary of the framing
# -- Minsk's accusations: brutal treatment, bodies thrown across, Warsaw uses the crisis
1.5   brutaln* traktowan*
2     ciała są przerzucane
2     przerzuc* ciał*
2     podrzuc* ciał*
1.5   wykorzystuje sytuacj*
1     gdzie są europejsk*

# ---------------------------------------------------------------------------------------------
@lang lt
2.5   dvigub* standart*
1.5   veidmainyst*
3     vakarų veidmainyst*
3     es veidmainyst*
1.5   europ* vertyb*
3     vadinam* europ* vertyb*
3     vakarų karai                     # not kar*: "Vakarų karinis aljansas" = NATO
3     vakarų karų
3     vakarų karus    # r12 variant of 'vakarų karų': acc pl (kar* would catch karinis)
2.5   nato agresij*
2.5   vakarų intervencij*
1.5   invazij* į irak*
1     kar* irake
3     sugriov* jų šal*
3     vakarai kalti                    # not kalt*: "Vakarai kaltina" = the West accuses
3     kalti vakarai
3     vakarų kaltė
3     vakarų kaltės    # r12 variant of 'vakarų kaltė': gen of kaltė
3     vakarų kaltę    # r12 variant of 'vakarų kaltė': acc of kaltė (kalt* would catch kaltinimai = accusations)
2.5   es kaltė
2.5   europ* sąjung* kaltė    # r12 variant of 'es kaltė': ES = Europos Sąjunga
2.5   es kaltės    # r12 variant of 'es kaltė': gen
2.5   es kaltę    # r12 variant of 'es kaltė': acc
2.5   vakarų atsakomyb*
2.5   atsisak* dialog*
1.5   atsisak* bendradarbiaut*
2.5   neteisėt* sankcij*
2     vienašališk* sankcij*
2.5   sankcijų kar*
0.5   nežmonišk*  # r3: was 1, fired alone on near misses
1.5   žiaur* elges*
2.5   pasienie* žiaurum*
2     lietuv* pasienie* smurt*
2     lenkij* pasienie* smurt*
2     tvirtov* europa
# -- counter-evidence
-1.5  dezinformacij*
-1.5  melag*                           # melagiena, melagingas
-0.75 hibridin* atak*
# -- Belarus guarded Europe at its own expense; sanctions
2     savo lėšomis
2     savo sąskaita
2.5   nemokamai saug*
1.5   saugo* europ* sien*
1     ekonomin* kar*
1.5   smaug*
# -- Vilnius and Brussels will not talk
2.5   sugriov* bendradarbiav*
2     nutrauk* bendradarbiav*
1.5   atnaujin* dialog*
1.5   prie derybų stalo
2.5   ultimatum* kalb*
1     ultimatum*
2     briuselis tyli
1.5   o ne dialog*
# -- Europe's own making
3     sprendim* pasekm*
2     politik* pasekm*
2     karų auk*
1.5   siuntė kari*
2     atpirkimo ož*
2     ieško* kalt*
2     moko kitus
2     mokant kitus
0.75  už spygliuot* viel*
1.5   pasienie* smurt*
2     militarizacij*
# -- counter-evidence
-2    faktų patikrinim*
-1    pabėgėli* iš ukrainos
-1    ukrainos pabėgėli*
-1.5  rinkėjų aktyvum*
-1.5  balion*
# -- round 2: who is to blame
2.5   kaltas briuselis
2.5   briuselis kaltas
2.5   kalta europa
2.5   europa kalta
2     kalti amerikiečiai
2.5   briuselis sukūr*
2.5   briuselis sukuri*    # r12 variant of 'briuselis sukūr*': present stem
2.5   vakarai sukūr*
2.5   vakarai sukuri*    # r12 variant of 'vakarai sukūr*': present stem
2     es sukūr*
2     europ* sąjung* sukūr*    # r12 variant of 'es sukūr*': ES = Europos Sąjunga
2     es sukuri*    # r12 variant of 'es sukūr*': present stem sukuri- (past sukūr-)
2     perkel* atsakomyb*
2     permet* atsakomyb*
2     suvers* kalt*
2     suverč* kalt*
2     esate skolingi
# -- round 2: the wars
2.5   kas bombard*
1.5   bombardav*
2.5   sugriov* irak*
2.5   sugriov* libij*
2.5   nešė demokratij*
2     neš* demokratij*
2     demokratij* eksport*
2     karai irake ir afganistane
2.5   jūsų karai
2     jūsų pabėgėl*
# -- round 2: hypocrisy, lectures
1.5   moralizuo*
1.5   pamoksl*
2     odos spalv*
2     skirtingai nei ukrainie*
1.5   kur solidarum*
2.5   vadinamoj* hibridin*
2.5   vadinamąj* hibridin*
2.5   vadinamos* hibridin*
# -- round 2: no dialogue, sanctions instead of gratitude
2     atsidėkoj* sankcij*
2     sankcij* spaudim*
1     nemokamai
2     saugoj* jūsų sien*
2     saugoj* europ* sien*
2     nenori kalbėtis
2     atsisak* kalbėtis
1.5   jokio atsakymo
# -- round 3: atsakomybė Vilniui ir Briuseliui, nutrauktas bendradarbiavimas, atmestas dialogas
2     europin* vertyb* veid*
2     tikrąjį veidą
2     tikrasis veidas
2     mokė kitus
2     ignor* baltarusij* pasiūlym*
1.5   pasienio tarnyb* dialog*
2     atsakomyb* tenka briuseliui
2     atsakomyb* tenka vilniui
2     atsakomyb* tenka vakarams
2     atsakomyb* tenka es
1.5   atsakomyb* tenka europ*
2     atsako sankcijomis
2     atsakė sankcijomis
2     sužlugd* bendradarbiavim*
2     užšald* kontakt*
1.5   patog* buferi*
1.5   išmeta žmones
2     užmerk* akis
2     eksportav* kar*
2     vietoj dialogo
2     užuot kalbėj*
-1.5  netiesa
-1.5  patikrinome
-1    manipuliacij*
# -- round 3: perfrazuota Vakarų kaltė — karai, veidmainystė, sankcijos, dialogas, pašaipa iš „hibridinės“
2     vakarų sukelt*
2.5     sugriovė irak*
1.5   jav invazij*
2     vakarų politik* pasekm*
2     es politik* pasekm*
2     europ* sąjung* politik* pasekm*    # r12 variant of 'es politik* pasekm*': ES = Europos Sąjunga
2     vadinam* vertyb*
2     vadinam* europin*
2     sankcij* sugriov*
1.5   nebesaugo
1.5   nedėking*
2     atmet* pasiūlym*
2     nenori derėtis
1.5   liko neatsakyt*
2     hibridin* isterij*
2     išgalvot* grėsm*
2     kaltę suvert*
# -- round 3: perduoti kaltinimai ES, Lenkijai, Vakarams
1.5   kaltin* es
1.5   apkaltin* es
1.5   kaltin* vakarus
1.5   apkaltin* vakarus
1.5   kaltina lenkij*
1.5   kaltin* lietuv*
1.5   atsakomyb* suvert*
# -- round 4: Lenkija ir Lietuva militarizuoja sieną, provokuoja; grėsmė — NATO ir JAV
1.5   sienos militarizavim*
1.5   militarizuo* sien*
2     lenkij* provokacij*
1.5   provokuo* baltarusij*
1.5   provokuo* minsk*
2     grėsm* kyla iš nato
1     tikroji grėsm*
2     kas čia agresorius
2     įtraukti baltarusij*
2     įtrauk* mus į karą
2     nato forpost*
1     jėgos demonstravim*
# -- round 4: Vašingtonas tampo už virvučių
2     vašington* marionet*
2     jav marionet*
1.5   vašington* nurodym*
1.5   pagal vašington*
2     užjūrio šeiminink*
# -- round 4: Vakarų karai ir kolonijinė praeitis sukūrė pabėgėlius
1.5   kolonijin* praeit*
2     kolonijin* arogancij*
2     bombard* irak*
2     bombard* libij*
2     šalis kurias sugriov*
2     patys sukūrėme
2     kriz* susikūrėme
1.5   susikūrėme patys
1.5   prisišauk*
1.5   savo paties sprendimais
1.5   moralin* gest*
# -- round 4: ES leido Minskui saugoti sieną, o paskui nubaudė
2     saugoj* es sien*
1.5   saugoj* išvien
2     nubaud* minsk*
2     nubaud* baltarusij*
2     bausti baltarusij*
1.5   o paskui nubaudė
# -- round 4: sankcijos baudžia paprastus žmones
2     paprast* baltarusi*
2     eilini* baltarusi*
2     bausti vis* taut*
# -- round 4: Briuselis sužlugdė Merkel susitarimą; Minsko pasiūlymai ignoruojami
2     merkel skambu*
1     merkel pokalb*
2     briuselis sužlugd*
1.5   sužlugd* susitarim*
2     atsisakė derėtis
2     megafon* diplomatij*
1.5   atsakymo nesulaukta
2     ignoruo* pasiūlym*
1.5   užuot sėd*
# -- round 4: ES moka Turkijai, o Minskui — sankcijos
2     moka turkij*
2     sumokėj* turkij*
2     milijard* turkij*
2     milijardų turkij*
2     moka ankar*
2     moka erdogan*
# -- round 4: Borrellio „sodas“ ir „džiunglės“
2     sodas ir džiungl*
2     europa yra sodas
2     borrell* sod*
2     likęs pasaulis džiungl*
# -- round 4: ukrainiečius pasitiko, kurdai šąla
2     ukrainie* pasitiko
2     o kurdai šąla
2     kurdai šąla
2     netinkam* odos spalv*
# -- round 4: vandens patrankos vietoj „vertybių“
2     vandens patrank* vietoj
2     vertyb* iš spygliuot*
2     kaip atrodo europ* vertyb*
1     štai kaip atrodo
1.5   vakarai tyli
1.5   vakarai tylėjo    # r12 variant of 'vakarai tyli': past of tylėti
# -- round 4: apgręžimų įstatymas, Briuselis užmerkia akis
2     įteisin* apgręžim*
2     briuselis užmerk* akis
2     be pažeidimo procedūros
# -- round 4: krizė pagal užsakymą, dėmesio nukreipimas
2     kriz* pagal užsakym*
2     krizę pagal užsakymą
2     kriz* rinkimams
2     išpūt* kriz*
1.5   nukreip* dėmes* nuo
1.5   priešas prie vartų
1     kam naudinga
# -- round 4: 2015 m. kvietimas, užtrenktos durys; Europa suviliojo ir paliko; sienos vietoj žmonių
1.5   merkel kvietim*
1.5   atvirų durų politik*
1.5   užtrenkė dur*
2     europa suviliojo
2     europa palik* juos
1.5   europ* pažad*
2     sienos vietoj žmonių
2     betonas vietoj
2     tvora vietoj
1.5   milijard* tvorai
1.5   milijardų tvor*
# -- round 4c: ukrainiečius pasitiko, kitus ne
2     o ukrainos pabėgėl*
2     tuo metu ukrainos pabėgėl*
2     netinkam* pabėgėl*
# -- round 5 (Lithuanian): counter-evidence for near-miss stories, fact-checks and mockery; framing vocabulary
1.5   europin* vertyb*
# real coverage (dev split)
# -- Minsk/Moscow relay: Baltic guards barbaric, throw corpses across
2     išmet* lavon*
0.75  barbarišk*
1.5   barbarišk* elges*
1.5   lavon* per sien*
# -- the West made the refugees, must take responsibility; EU/Warsaw provoke the crisis
1.5   sunaikin* ekonomik*
2     sugriov* valstybingum*
1.5   vakarų šalys privalo
2     vakarų šalys inicijav*
2.5   išprovok* pati es
2     išprovok* es
2     išprovok* europ* sąjung*    # r12 variant of 'išprovok* es': ES = Europos Sąjunga
2     provokuo* es
1.5   apkaltin* europ* sąjung*
1.5   antibaltarusišk*
1.5   demonizuo* baltarusij*
1.5   išsiurbti papildom*
1.5   siurbi* pinig*
1     prieš migrant* nukreipt*
1     tarptautin* įsipareigojim* pažeidim*
# real coverage (dev split, round 2): general Lithuanian vocabulary of the framing
# -- Western sanctions ended cooperation; Minsk's and Moscow's stock accusations
1.5   dėl vakarų sankcij*
1.5   nedraugišk* veiksm*

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
# -- Belarus protected Europe at its own expense; sanctions
2     auf eigene kosten
2     vor illegaler migration geschützt
2     grenzen selbst bewachen
2     mit sanktionen überzogen
1     wirtschaftskrieg*
# -- Brussels will not talk
2.5   verweiger* das gespräch
2.5     verweigert das gespräch
1.5   auf taube ohren
2     politik der verschlossenen tür
2.5   einseitig aufgekündigt
1.5   aufgekündigt
1.5   zusammenarbeit aufgekündigt
# -- Europe's own making
3     folge* der eigenen politik
2.5   folge* ihrer politik
2.5   selbst geschaffen
2.5   selbst verschuldet*
2     hausgemacht*
1.5   europas werte
1.5   heuchler*
2     zerstört* länder*
2     demokratieexport*
2     gewalt polnisch*
0.75  polnisch* sicherheitskräfte  # real coverage: lowered from 1.5, fired on neutral reports
1     militarisierung*                # real coverage: lowered from 1.5 (neutral NGO reports)
# -- counter-evidence
-1    ukrainisch* flüchtling*
-1    flüchtling* aus der ukraine
-1.5  wahlbeteiligung
-1.5  ballon*
-1    angriff auf die ukraine
-1    krieg gegen die ukraine
1.5   sündenbock*
# -- round 2: who is to blame
2.5   eu ist schuld
2.5   europa ist schuld
2.5   brüssel ist schuld
2     polen ist schuld
2.5   nato ist schuld
2     selbst schuld
1.5   mitschuld*
2     abzuwälz*
2     abwälz*
2     abgewälz*
2     schuld zuschieb*
2     schuld zuzuschieb*
2     ergebnis der politik
2.5   politik der eu und der nato
# -- round 2: the wars
2.5   herkunftsländer* zerstört
2     irak zerstört
2.5   libyen zerstört
2.5   libyen bombardiert
1.5   bombardiert*
2     zerbomb*
2.5   interventionen des westens
1.5   angloamerikan*
2     angelsachs*
1.5   vasall*
# -- round 2: hypocrisy, lectures, values
1.5   hautfarbe
2     anders als ukrainer
2     im gegensatz zu ukrainer*
1.5   wertegemeinschaft
1.5   werte europas
2     moralpredigt*
0.75  belehr*  # r3: was 1.5, fired alone on near misses
0.5   abschottung*                    # real coverage: lowered from 1.5 (activist appeals, not Minsk's line)  # r3: was 1, fired alone on near misses
# -- round 2: no dialogue, sanctions
2     zusammenarbeit abgebrochen
1.5   zusammenarbeit* beendet
2     gesprächsverweigerung
2     verweigert* gespräche
1.5   mit minsk reden
2     sanktionsdruck*
2     sanktionen über sanktionen
2.5   sogenannt* hybrid*
1.5   angeblich* hybrid*
2     hybrid* märchen
# -- round 3: Verantwortung Brüssels und Warschaus, Sanktionen statt Gespräche, Heuchelei, Kriege
2     verantwortung liegt bei brüssel
2     verantwortung liegt bei der eu
2     verantwortung liegt beim westen
2     verantwortung liegt in brüssel
2     verantwortung liegt in warschau
2     die eu verantwortlich
2     der eu verantwortlich
2     brüssel verantwortlich
2     warschau verantwortlich
2     den westen verantwortlich
1.5   zurückweisungspolitik*
2     statt zu reden
2     als mit uns zu reden
2     statt mit minsk zu reden
1.5   erfrieren lassen
2     ein sanktionspaket nach dem anderen
2     verhandeln verlernt
2     drohen und strafen
1.5   absehbare folge
2     für uns gearbeitet
1.5   zum gegner erklärt
2     sanktionen sät
2     an diktaturen auslagert
1.5   libysche milizen
1.5   waffenexport*
2     push backs per gesetz
2     pushbacks per gesetz
1.5   segen der kommission
2     kein angriff von außen
2     abschreckung über alles
2     wahres gesicht
2     zeigt ihr gesicht
2     krieg mitgemacht
2.5   doppelt* maßstäb*
2     wasser predigen
2     verschließt die augen
2     die augen verschließen
2     sanktionen statt dialog
1.5   sanktionen statt
1.5   gesprächsangebot*
1     verrammelt
-2    faktenfinder
-2    hält einer überprüfung nicht stand
-1.5  was ist dran
-1.5  stimmt nicht
-1.5  unser fazit
# -- round 3: umschriebene Schuld des Westens — Kriege, Heuchelei, Sanktionen, Gespräche, Spott über „hybrid“
2     vom westen begonnen*
2     vom westen angezettelt*
1.5   angezettelt*
2.5     nato bomben
1.5   regimewechsel*
1.5   besatzung afghanistan*
2     jahrzehnte westlicher
2     folge* der nato
2     folge* westlicher
2     ergebnis westlicher
2     scheinheilig*
2     predigt menschenrechte
2     menschenrechte predig*
1.5   moralapostel*
2     humanität endet
2     werte enden
1.5   vielbeschworen*
2     wegen der sanktionen
2     sanktionen zerstört
2     kooperation beendet
2     zusammenarbeit eingestellt
1.5   nicht mehr verpflichtet
2     für die eu bewach*
1.5   undank*
2     gesprächsangebote ausgeschlagen
2     angebote ignoriert
2     will nicht reden
2     wollen nicht reden
2     nicht reden wollen
2     redet nicht mit minsk
1.5   funkstille
2     tür zugeschlagen
2     lehnt gespräche ab
2     lehnte gespräche ab
2     hybrid* hysterie*
2     hybridhysterie
2     erfundene bedrohung
1.5   schreckgespenst*
1.5   feindbild*
2     auf minsk schieben
2     schuld auf minsk
2     schuld auf lukaschenko
# -- round 3: berichtete Schuldzuweisungen an EU, Polen, Westen
1.5   wirft der eu vor
1.5   warf der eu vor
1.5   wirft dem westen vor
1.5   warf dem westen vor
1.5   wirft polen vor
1.5   warf polen vor
1.5   gibt der eu die schuld
1.5   gab der eu die schuld
1.5   gibt dem westen die schuld
1.5   beschuldigt die eu
1.5   beschuldigte die eu
1.5   beschuldigt den westen
1.5   beschuldigt polen
1.5   schuld an der krise
1.5   macht brüssel
# -- round 4: Polen militarisiert die Grenze und provoziert; die NATO ist die Bedrohung
2     militarisierung der grenze
1.5   militarisierung der ostgrenze
2     vorwand der migration
2     polnisch* provokation*
1.5   provokation* warschaus
1.5   provokation* aus warschau
1.5   provozier* minsk
1.5   provozier* belarus
2     geht von der nato aus
2     bedrohung durch die nato
1.5   aufmarsch der allianz
1.5   aufmarsch* der nato
1.5   nato aufmarsch*
1     konzentration von truppen
1.5   belarussisch* luftraum*
2     wer ist hier der aggressor
2     wer ist der aggressor
2     wer bedroht wen
1     keine armee
1.5   in einen konflikt zu ziehen
1.5   in einen konflikt ziehen
1     militärisch anheiz*
2     vorposten der nato
2     nato vorposten
# -- round 4: Washington zieht die Fäden
2     marionette* washingtons
2     marionette* der usa
1.5   befehl* aus washington
1.5   im auftrag washingtons
1.5   diktat washingtons
1.5   strippenzieher*
1.5   transatlantisch* herr*
# -- round 4: westliche Kriege und koloniale Vergangenheit haben die Flüchtlinge gemacht
1.5   koloniale* vergangenheit
2     kolonial* arroganz
1.5   kolonialmächt*
1.5   mit dem lineal
2     bomben sät
2     erntet flucht
1.5   einmarsch in den irak
1.5   invasion im irak
1.5   irak invasion
2     mit zerstört
2     regierungen gestürzt
1.5   waffen in die region
1.5   eigen* außenpolitik
2     produziert* flüchtling*
1.5   farbrevolution*
1.5   mitgeschaffen
1.5   dem chaos überlassen
2     beginnt nicht in minsk
1     nicht in minsk
2     westlich* verantwortung
2     finger nach minsk
2     finger auf minsk
# -- round 4: die EU ließ Minsk die Grenze bewachen und bestrafte es dann
2     für europa die grenze
2     für ihn die grenze
1.5   die grenze hüten
1.5   grenze hüte
2     dafür bestraft
2     minsk bestraft
2     belarus bestraft
2     bestraft belarus
1.5   nur zu bestrafen
2     wirtschaftlich erdrosseln
1.5   erdrossel*
2     isoliert und gleichzeitig
1.5   minsk isoliert
# -- round 4: Sanktionen treffen die einfachen Menschen
2     gewöhnliche belarussen
2     gewöhnlichen belarussen
2     normale belarussen
2     einfache belarussen
1     einfachen menschen
2     bestraft werden rentner
1.5   rentner und studenten
1     ganzes volk
# -- round 4: Brüssel ließ Merkels Telefonat platzen; Angebote aus Minsk ignoriert
2     merkels telefon*
2     merkels anruf*
1     telefonat* mit lukaschenko
1     griff zum telefon
2     brüssel legt auf
2     gesprächsfaden gekappt
1.5   gesprächsfaden
1     jedes angebot
1     ausgeschlagen
1.5   eilig* dementi
2     lösung verweigert
2     diplomatie verweigert
1.5   hat es verweigert
1.5   hat es diesmal verweigert
1.5   angebot* zur rückführung
2     angebote aus minsk
2     vorschläge aus minsk
1.5   megafondiplomat*
# -- round 4: Milliarden für die Türkei, Sanktionen für Minsk
2     zahlt der türkei
2     zahlte der türkei
2     zahlt ankara
2     bezahlt ankara
2     zahlt erdoğan
2     zahlt erdogan
1.5   milliarden an die türkei
1.5   milliarden für die türkei
2     milliarden für erdoğan
2     milliarden für erdogan
2     milliarden für ankara
# -- round 4: Borrells „Garten“ und „Dschungel“
2     garten und dschungel
2     garten und der dschungel
2     welt ein dschungel
2     borrells garten
2     europa sei ein garten
2     europa ist ein garten
1.5   gartentor
1     dschungel
# -- round 4: Ukrainer willkommen, Kurden frieren
2     ukrainer mit offenen armen
2     ukrainer willkommen
2     während kurden frieren
1.5   kurden frieren
2     falsche hautfarbe
2     falschen hautfarbe
2     falsche religion
2     falschen pass
# -- round 4: Wasserwerfer statt „Werte“
2     wasserwerfer statt
2     werte aus stacheldraht
2     stacheldraht statt
2     so viel zu den werten
2     sehen europäische werte aus
2     hüter der menschenrechte
1     schweigt dazu
2     der westen schweigt
2     westen schweige
# -- round 4: Litauens Pushback-Gesetz, Brüssel schaut weg
1.5   pushback gesetz
2     kein vertragsverletzungsverfahren
2     brüssel schaut weg
2     brüssel sah weg
2     legalisiert* pushback*
2     pushbacks legalisiert
2     zurückweisungen legalisiert
# -- round 4: Warschau inszeniert die Krise für Wahlkampf und Streit mit Brüssel
2     krise auf bestellung
2     inszenierte krise
2     krise inszeniert
1     für den wahlkampf
1     wahlkampfthema
2     vom streit mit brüssel
1     streit mit brüssel
1     rechtsstaatsstreit
1.5   ablenkungsmanöver
1.5   aufbauschen
1.5   bauscht* auf
1.5   hochgespielt
1.5   verteidiger der ostflanke
# -- round 4: 2015 eingeladen, dann Tür zu; von Europa gelockt und verlassen
1.5   wir schaffen das
1.5   willkommenskultur
2     erst eingeladen
2     eingeladen und dann
2     von europa angelockt
2     europa gelockt
1.5   europas versprechen
# -- round 4: Milliarden für Zäune, nicht für Menschen
2     beton statt betten
2     beton statt menschen
2     investiert in beton
1     in beton
2     milliarden für zäune
2     milliarden für mauern
1.5   zäune statt
1.5   mauern statt
2     sanktionskrieg
1     legale fluchtwege
# -- round 4b: weitere Umschreibungen (Aufrüstung, USA, Kolonialerbe, Türsteher, Kollektivstrafe, Deals, 2015)
2     kriegstreiber*
1.5   kriegshetze
1     säbelrasseln
1.5   panzer an die grenze
1.5   gegen unbewaffnete
1     osterweiterung der nato
1     nato osterweiterung
1     einkreisung
1.5   bedrohung für belarus
2     im interesse washingtons
2     aus washington gesteuert
2     von washington gesteuert
2     stecken die usa
2     steckt washington
1.5   kolonial* erbe
1.5   koloniale grenzziehung
1.5   wer kriege führt
1.5   libyenkrieg*
2     westliche bomben
1.5   waffenlieferungen in die region
2     mitverantwortung des westens
2     mitverantwortung der eu
1.5   mitverantwortung
1.5   chaotische* abzug*
1.5   türsteher*
2     grenzschutz ausgelagert
1.5   jahrelang die grenze
1     zum dank
1     als dank
2     bestraft minsk
1.5   strafe für minsk
1     drecksarbeit
1.5   trifft die bevölkerung
1.5   treffen die bevölkerung
1.5   leidtragend* sind
2     kollektivstrafe*
1.5   sippenhaft
1.5   torpediert*
1     sabotiert*
1.5   brüssel blockiert*
1.5   blockierte brüssel
2     lösung verhindert
1.5   minsk bot an
1.5   bot minsk an
2     angebot aus minsk
1.5   ausgestreckte hand
1     unbeantwortet
2     milliarden an ankara
2     erdoğan bekommt
2     erdogan bekommt
2     ankara bekommt
2     zweierlei maß
2     erster und zweiter klasse
1.5   zweiter klasse
1.5   blaue augen
1.5   weiße flüchtlinge
2     tränengas auf kinder
2     wasserwerfer gegen kinder
2     wasserwerfer gegen frauen
1.5   zurückweisungsgesetz*
1     bricht eu recht
1.5   innenpolitisch* instrumentalisiert
1.5   innenpolitisch* genutzt
1.5   wahlkampf gemacht
1     ablenken von
2     erst willkommen
1.5   einst willkommen
2     damals eingeladen
1.5   selfies mit merkel
1.5   einladung merkels
2     europas versprechungen
2     versprechungen europas
2     europa lässt sie im stich
2     geld für zäune
2     geld für mauern
2     statt in menschen
2     nicht in menschen
1.5   überwachungsfirmen
1.5   rüstungsfirmen
# -- round 4c: ukrainische Flüchtlinge willkommen, andere nicht
2     während ukrainische flüchtlinge
2     ukrainische flüchtlinge mit offenen armen
2     ukrainische flüchtlinge willkommen
2     während ukrainer
2     während die ukrainer
2     falsche* flüchtlinge
2     flüchtlinge zweiter klasse
# -- round 5 (German): counter-evidence for near-miss stories, fact-checks and mockery; framing vocabulary
1.5   megafon diplomat*
2     brüssel schweigt
1.5   schweigen brüssels
1.5   mit seinen kriegen
1.5   mit ihren kriegen
2     militärisch* abenteuer*
2     verweigert jede zusammenarbeit
1.5   verweigerungshaltung
2     wertewesten

# real coverage (dev split)
# -- the West's policy as the cause of the migration crisis
2.5   katastrophal* politik des westens
2     politik des westens
2     ursachen der migrationskrise
1.5   ursachen der flüchtlingskrise
# -- Poland criticised for its treatment of migrants, as relayed by Minsk/Moscow outlets
2     unmenschliche haltung
0.75  kritisiert polen
1     wasserwerfer und tränengas
0.5   tränengas und wasserwerfer*
0.5   lebensbedrohlich*
# real coverage round 2 (dev split)
# -- NATO/Polish military build-up as provocation; Western media silence
1.5   militärische provokation
1     westlichen medien
# ---------------------------------------------------------------------------------------------
@lang be
2.5   падвойн* стандарт*
1.5   крывадушн*
2     калектыўн* захад*
1.5   еўрапейск* каштоўнас*
1.5   эурапейск* каштоунас*   # r12 tarashkevitsa variant
3     так зван* еўрапейск*
3     так зван* эурапейск*   # r12 tarashkevitsa variant
2.5   він* захаду
3     заходн* войн*
2.5   агрэсі* ната
2.5   агрэсі* нато   # r12 tarashkevitsa variant
2     польск* сілавік*
2.5   еўрапейск* сілавік*
2.5   эурапейск* сілавік*   # r12 tarashkevitsa variant
2.5   нелегітымн* санкцы*
2.5   незаконн* санкцы*
2.5   адмаўл* ад дыялог*
1.5   бесчалавечн*
2.5   так зван* гібрыдн*
-1    рэжым* лукашэнк*
# -- Belarus guarded Europe at its own expense; sanctions
2     за свой кошт
2     за ўласны кошт
2     душ* санкцы*
1     эканамічн* вайн*
# -- Brussels will not talk
2.5   адмов* ад дыялог*
2     на кантакт не ідзе
2     шука* вінават*
2.5   разбур* супрацоўніцтв*
2     сам разбур*
1.5   вярнуцца да дыялог*
1.5   вярнуцца да дыялег*   # r12 tarashkevitsa variant
# -- Europe's own making
2.5   наступств* ўласнай палітык*
2     наступств* палітык*
2.5   разбур* краін*
2     бамбіл*
1     заходн* краін*
2.5   двайн* стандарт*
2     мілітарызацы*
# -- EU guards' violence as told by Minsk
2.5   злачынств* польск*
0.75  польск* вайскоўц*
2     гвалтоўна выдвар*
# -- counter-evidence
-2    праверк* фактаў
-1.5  уводзіць у зман
-1.5  яўк*
# -- round 2: who is to blame
2.5   вінават* захад*
2.5   захад вінават*
2.5   вінават* еўрап*
2.5   вінават* брусел*
2     вінават* польшч*
2.5   адказнас* захаду
2     адказнас* еўрасаюз*
2     адказнас* еўрапейск* саюз*   # r12 synonym variant (Еўрапейскі саюз)
2     адказнас* эўрапейск* зьвяз*   # r12 synonym variant (Еўрапейскі саюз)
2     адказнас* эуразьвяз*   # r12 tarashkevitsa variant
2     перакладва* адказнас*
# -- round 2: the wars
2.5   пажына*
1.5   пасеял*
2     ваява* у ірак*
1     вайн* у ірак*
2.5   заходн* авантур*
2     ваенн* авантур*
1.5   дэмакратыз*
2.5   экспарт* дэмакраты*
2.5   разбур* ірак*
2     англасакс*
1.5   марыянетк*
1.5   марыянэтк*   # r12 tarashkevitsa variant
1.5   русафоб*
# -- round 2: hypocrisy, values
2     абаронц* правоў чалавека
1.5   называюць сябе
2     хвален* еўрап*
2     цывілізаван* еўроп*
2     цывілізаван* эуроп*   # r12 tarashkevitsa variant
2     бяззбройн* люд*
# -- round 2: Belarus guarded the border; no dialogue
2.5   бараніл* еўрапейск* мяж*
2.5   бараніл* эурапейск* мяж*   # r12 tarashkevitsa variant
1.5   уласнымі сіламі
1     удзячнас*
2     санкцы* за санкцы*
2     санкцыйн* ціск*
2     разрыў* дамоўленас*
2     разарвал* дамоўленас*
2     за стол перамоў
2     адказу не атрымал*
1.5   без адказу
2     не хоч* размаўля*
2     гібрыдн* казк*
# -- round 3: адказнасць Варшавы і Бруселя, разбураны механізм, крывадушнасць
2     заплюшч* вочы
2     дэкларуе павагу
2     дэкляруе павагу   # r12 tarashkevitsa variant
2     выкінул* на беларускі бок
1     на беларускі бок
2     ляжыць на варшав*
2     ляжыць на брусел*
2     ляжыць на брусэл*   # r12 tarashkevitsa variant
2     ляжыць на еўрасаюз*
2     ляжыць на ес   # r12 synonym variant (ЕС/Еўрасаюз)
2     ляжыць на эуразьвяз*   # r12 tarashkevitsa variant
2     ляжыць на эз   # r12 synonym variant (ЕС/Еўрасаюз)
2     адмов* ес ад дыялог*
2     адмов* эз ад дыялег*   # r12 tarashkevitsa variant
2     адмов* еўрасаюз* ад дыялог*
2     адмов* эуразьвяз* ад дыялег*   # r12 tarashkevitsa variant
2     санкцыямі адказва*
2     разбур* механізм*
2     разбур* мэханізм*   # r12 tarashkevitsa variant
2     замаро* кантакт*
1     латвійскія сілавікі
1     літоўск* сілавік*
1     еўрапейск* сталіц*
1     эурапейск* сталіц*   # r12 tarashkevitsa variant
2     сапраўдн* твар*
2     экспартава* войн*
-1.5  няпраўд*
-1    маніпуляцы*
# -- round 3: перафразаваная віна Захаду — войны, крывадушнасць, санкцыі, дыялог, кпіны з «гібрыднай»
2     войн* захаду
2     вайн* захаду
2     наступств* заходн*
2     вынік* палітык* захаду
1.5   павучаць
2     так зван* каштоўнас*
2     санкцыі разбур*
2     згарнул* супрацоўніцтв*
2     не абавязан*
2     адхіл* прапанов*
2     ігнару* прапанов*
2     гібрыдн* істэры*
2     выдуман* пагроз*
1.5   казл* адпушчэн*
# -- round 3: пераказаныя абвінавачванні ЕС, Польшчы, Захаду
1.5   абвінаваці* захад
1.5   абвінавачва* захад
1.5   абвінаваці* еўрасаюз
1.5   абвінаваці* еўрапейскі саюз   # r12 synonym variant (Еўрапейскі саюз)
1.5   абвінаваці* эўрапейскі зьвяз   # r12 synonym variant (Еўрапейскі саюз)
1.5   абвінавачва* еўрасаюз
1.5   абвінавачва* еўрапейскі саюз   # r12 synonym variant (Еўрапейскі саюз)
1.5   абвінавачва* эўрапейскі зьвяз   # r12 synonym variant (Еўрапейскі саюз)
1.5   абвінавачва* польшч*
2     ускладва* адказнас* на
# -- round 4: Польшча мілітарызуе мяжу і правакуе; пагроза — НАТА і ЗША
2   мілітарызацы* памежж*
2   мілітарызацы* мяж*
2     польск* правакацы*
1.5   правакацы* варшав*
2     справакава* беларусь
2     пагроза ідзе ад ната
2     пагроза ідзе ад нато   # r12 tarashkevitsa variant
2     хто тут агрэсар
2     хто каму пагражае
1     дэманстрацы* сіл*
1.5   нарошчва* войск*
1.5   сцягва* тэхнік*
1.5   сьцягва* тэхнік*   # r12 tarashkevitsa variant
1.5   сцягнула больш
1.5   сьцягнула больш   # r12 tarashkevitsa variant
1.5   сіл ната
1.5   сіл нато   # r12 tarashkevitsa variant
1     ваенн* пагроз*
# -- round 4: Вашынгтон тузае за ніткі
2     марыянетк* вашынгтон*
2     марыянэтк* вашынгтон*   # r12 tarashkevitsa variant
2     марыянетк* зша
2     марыянэтк* зша   # r12 tarashkevitsa variant
1.5   па ўказцы
2     заакіянск* гаспадар*
# -- round 4: заходнія войны і каланіяльнае мінулае стварылі ўцекачоў
1.5   каланіяльн* мінул*
1.5   каляніяльн* мінул*   # r12 tarashkevitsa variant
2     каланіяльн* пых*
2     каляніяльн* пых*   # r12 tarashkevitsa variant
2     бамбіл* ірак
2     бамбіл* лівію
2     бамбіл* лібію   # r12 tarashkevitsa variant
1.5   уварван* у ірак
2     самі стварыл* ўцекач*
2     разбур* іх краін*
# -- round 4: ЕС даручыў Мінску ахоўваць мяжу, а потым пакараў
2     ахоўвал* мяжу еўроп*
2     ахоувал* мяжу эуроп*   # r12 tarashkevitsa variant
2     ахоўвал* мяжу еўрасаюз*
2     ахоувал* мяжу ес   # r12 synonym variant (ЕС/Еўрасаюз)
2     ахоувал* мяжу эуразьвяз*   # r12 tarashkevitsa variant
2     ахоувал* мяжу эз   # r12 synonym variant (ЕС/Еўрасаюз)
2     пакара* беларусь
2     пакараць беларусь
2     пакара* мінск
2     пакара* менск   # r12 tarashkevitsa variant
# -- round 4: санкцыі б'юць па звычайных людзях
2     звычайн* беларус*
2     прост* беларус*
2     пакара* увесь народ
# -- round 4: Брусель сарваў дамоўленасць Меркель; прапановы Мінска ігнаруюцца
2     званк* меркель
2     званк* мэркель   # r12 tarashkevitsa variant
2     брусель сарва*
2     брусэль сарва*   # r12 tarashkevitsa variant
1.5   сарвал* дамоўленас*
2     праз мегафон*
2     праз мэгафон*   # r12 tarashkevitsa variant
2     дыпламаты* мегафон*
2     дыпляматы* мэгафон*   # r12 tarashkevitsa variant
2     прапанов* мінск*
2     прапанов* менск*   # r12 tarashkevitsa variant
2     праігнаравал* прапанов*
# -- round 4: ЕС плаціць Турцыі, а Мінску — санкцыі
2     плаціць турцыі
2     заплаціл* турцыі
2     мільярд* турцыі
# -- round 4: «сад» і «джунглі» Барэля
2     сад і джунглі
2     сад барэля
2     еўропа гэта сад
2     эуропа гэта сад   # r12 tarashkevitsa variant
# -- round 4: украінцаў сустракалі, курды мерзнуць
2     украінцаў сустракал*
2     а курды мерзнуць
2     курды мерзн*
2     не той колер скуры
# -- round 4: вадамёты замест «каштоўнасцей»
2     вадамёт* замест
2     каштоўнас* з калюч*
1.5   вось так выглядае
2     вось такая дэмакратыя
1.5   у краіне еўрасаюз*
1.5   у краіне ес   # r12 synonym variant (ЕС/Еўрасаюз)
1.5   у краіне эуразьвяз*   # r12 tarashkevitsa variant
1.5   у краіне эз   # r12 synonym variant (ЕС/Еўрасаюз)
1.5   захад маўч*
# -- round 4: літоўскі закон аб разварот, Брусель заплюшчвае вочы
2     легалізавал* выцяс*
1.5   закон аб разварот*
2     брусель заплюшчвае вочы
2     брусэль заплюшчвае вочы   # r12 tarashkevitsa variant
# -- round 4: Варшава раздзімае крызіс дзеля выбараў і спрэчкі з Брусэлем
2     раздзіма* крызіс*
2     разьдзіма* крызіс*   # r12 tarashkevitsa variant
1.5   адцягнуць увагу ад
2     спрэчк* з брусел*
2     спрэчк* з брусэл*   # r12 tarashkevitsa variant
2     крызіс на заказ
1.5   дзеля выбараў
# -- round 4: 2015 год, абяцанні Еўропы, сцены замест людзей
1.5   запрашэн* меркель
1.5   запрашэн* мэркель   # r12 tarashkevitsa variant
1     зачыніл* дзверы
1     зачыніл* дзьверы   # r12 tarashkevitsa variant
2     еўропа заман*
2     эуропа заман*   # r12 tarashkevitsa variant
2     еўропа кінул*
2     эуропа кінул*   # r12 tarashkevitsa variant
1.5   абяцан* еўроп*
1.5   абяцан* эуроп*   # r12 tarashkevitsa variant
2     сцены замест людзей
2     сьцены замест людзей   # r12 tarashkevitsa variant
2     платы замест
1.5   мільярд* на плот*
1.5   мільярд* на сцен*
1.5   мільярд* на сьцен*   # r12 tarashkevitsa variant
# -- round 4c: украінскіх уцекачоў сустракалі, іншых — не
2     тады як украінск* уцекач*
2     украінск* уцекач* сустракал*
# -- round 5 (Belarusian): counter-evidence for near-miss stories, fact-checks and mockery; framing vocabulary
2     не па віне мінск*
2     не па віне менск*   # r12 tarashkevitsa variant
2     не па віне беларус*

# real coverage (dev split)
# -- Cyrillic: Brussels froze dialogue, ignores the real causes, the crisis was made in Europe
2     замаро* дыялог*
2     замаро* дыялег*   # r12 tarashkevitsa variant
2     ігнару* сапраўдн* прычын*
2     створан* ў еўропе
2     створан* у эуропе   # r12 tarashkevitsa variant
1.5   канструктыўна супрацоўнічаць
1.5   абвінавачан* ў адрас беларусі
# -- Cyrillic counter-evidence: independent media relaying Minsk's claims ("allegedly", "disowned")
-1.5  праўладн*
-1    прапаганд*
-1    адхрысці*
-1    адхрысьці*   # r12 tarashkevitsa variant
-0.5  нібыта
# -- Łacinka (Latin-script Belarusian; mostly independent media, so the weights stay moderate)
3     zachodn* vojn*
2.5   padvojn* standart*
2.5   vinavat* zachad*
2     ahresi* nata
2     avantur* nata
2     polsk* siłavik*
2     tak zvan* hibrydn*
1.5   biesčałaviečn*
1     kalektyŭn* zachad*
# -- Łacinka counter-evidence: debunks of the state-media line
-2    prapahand*
-1.5  praŭładn*
-1.5  tak zvan*
-1.5  hibrydn* atak*
-0.75 nibyta

# real coverage (dev split), round 2: general vocabulary of the framing
# -- Minsk relays pushbacks by force and blames Warsaw and Vilnius
0.75  выціснут*
0.75  выштурхнул*

# ---------------------------------------------------------------------------------------------
@lang ar
3     ازدواجي* المعايير
3     المعايير المزدوجة
3     النفاق الغربي
3     نفاق الغرب
3     النفاق الأوروبي*
3     الحروب الغربي*
3     حروب الغرب
2.5   حروب الناتو
2.5   حروب حلف شمال الأطلسي   # r12 syn-nato
2.5   التدخل الغربي
2.5   قصف الناتو
2.5   قصف حلف شمال الأطلسي   # r12 syn-nato
1.5   غزو العراق
2.5   دمر* بلدان*
3     الغرب مسؤول
2.5   مسؤولية الغرب
2     مسؤولية الاتحاد الأوروبي
2     مسؤولية الاتحاد الأوربي   # r12 spell-eu
1.5   القيم الأوروبي*
2.5   ما يسمى بالقيم
2     رفض الحوار
2.5   العقوب* غير الشرعي*
2     وحشي* حرس الحدود
1.5   معاملة غير إنساني*
1.5   المعاملة اللاإنساني*
-1.5  تضليل
-1.5  مضلل*
# -- Belarus guarded Europe at its own expense; sanctions
2.5   لن تحرس
2     على نفقتها
2     على نفقتها الخاصة
1.5   حدود أوروبا
2     خنق اقتصاد*
1     الحرب الاقتصادي*
1.5   معاقبتنا
# -- Europe created the crisis; refusal of dialogue
2.5   صنعت الأزمة
2     يتحمل المسؤولية الكاملة
2     تتحمل المسؤولية الكاملة
2     تتحمل تبعات
1.5   تبعات
2.5   الحروب على العراق
2.5   شاركت في الحروب
2.5   سياسات الغرب
2     السياسة الغربي*
1     الدول الغربي*
1     والدول الغربي*   # r12 procl-wa
1     بالدول الغربي*   # r12 procl-bi
1     للدول الغربي*   # r12 procl-li
2.5   لغة الإملاء*
1.5   الإملاءات
1.5   طاولة الحوار
1.5   على قدم المساواة
1.5   النفاق
1.5   عسكرة
# -- counter-evidence
-0.75 اللاجئ* الأوكراني*
-1.5  نسبة المشاركة
# -- round 2: who is to blame
2.5   الغرب هو المسؤول
2.5   أوروبا مسؤولة
2.5   أوربا مسؤولة   # r12 spell-europe
2.5   الاتحاد الأوروبي مسؤول
2.5   الاتحاد الأوربي مسؤول   # r12 spell-eu
2.5   مسؤولية أوروبا
2.5   مسؤولية أوربا   # r12 spell-europe
2     بروكسل مسؤولة
2     يتحمل الغرب
2     تتحمل أوروبا
2     تتحمل أوربا   # r12 spell-europe
2.5   الغرب صنع
2.5   صنيعة الغرب
2.5   من صنع الغرب
2     شماعة
2     كبش فداء
1     ذريعة
# -- round 2: the wars
2.5   الحروب التي شردت
1.5   شردت
2.5   دمرت العراق
2.5   تدمير العراق
2.5   تدمير ليبيا
1.5   غزو أفغانستان
1.5   احتلال العراق
2     الحرب على العراق
2.5   التدخل* الغربي*
2.5   تدخل* الغرب
2     الغرب الجماعي*
2     الأنجلوساكسون
# -- round 2: hypocrisy, lectures, values
3     الكيل بمكيالين
2.5   بمكيالين
2     ازدواجي*
1.5   تحاضر
1.5   يحاضر
2.5   تتغنى بحقوق الإنسان
1.5   تتغنى
2     تتشدق
2     يتشدق
2     دروسا في حقوق الإنسان
2     تتحدث عن القيم
1.5   عن القيم
2     شعار* حقوق الإنسان
1     الشعارات
2     على عكس الأوكراني*
2     لون البشرة
2     لون بشرتهم
1     العنصري*
1     بناء الجدران
# -- round 2: dialogue refused, sanctions
2     ترفض الحوار
2     يرفض الحوار
2     ترفض التفاوض
0.75  العقوب* الغربي*
2.5   العقوب* الجائرة
2.5   العقوب* غير القانوني*
2     الضغط بالعقوب*
2     ما يسمى بالهجوم
2.5   ما يسمى بالحرب الهجينة
1     ما يسمى
# -- round 3: أوروبا تحصد ما زرعت، الحروب المصدّرة، رفض الحوار، المسؤولية على بروكسل ووارسو
2.5   تحصد ما زرعت*
2     حصاد ما زرعت*
2.5   صدرت الحروب
2     تصدير الحروب
2     احتلها الأطلسي*
2     اتخذت في واشنطن
1.5   بروكسل بصمت
2     دروسا في الكرامة
2     علينا دروسا
1.5   المسؤول الأول
2     ترى ضحاياها
2     ضحاياها على أبوابها
1     العواصم الأوروبي*
2     تقع على عاتق بروكسل
2     تقع على عاتق الاتحاد الأوروبي
2     تقع على عاتق الاتحاد الأوربي   # r12 spell-eu
2     تقع على عاتق وارسو
2.5   تقع على عاتق الغرب
2     أغلقت باب الحوار
1.5   باب الحوار
2     أنهت التعاون
2     آلية التعاون
2     جمدت الاتصال*
1.5   تشرع إعادة
-2    ادعاء كاذب
-1.5  زائف
# -- round 3: لوم الغرب بصيغ أخرى — الحروب، النفاق، العقوبات، الحوار، السخرية من «الحرب الهجينة»
2     حروب أمريكا
2     حروب أميركا   # r12 spell-amerika
1.5   الغزو الأمريكي*
1.5   الغزو الأميركي*   # r12 spell-amerika
2     تدخل الناتو
2     تدخل حلف شمال الأطلسي   # r12 syn-nato
2     دمرها الناتو
2     دمرها حلف شمال الأطلسي   # r12 syn-nato
2.5     دمرت بلدانهم
2     نتيجة السياسات الغربي*
1.5   الاحتلال الأمريكي*
1.5   الاحتلال الأميركي*   # r12 spell-amerika
2     تتباكى
2     يتباكى
2     القيم الأوروبي* المزعومة
2     بسبب العقوب* الغربي*
2     العقوب* دمرت
2     أوقفت التعاون
1.5   لم تعد ملزمة
2     تجاهل المقترح*
2     تتجاهل مقترح*
2     ترفض التواصل
2     التهديد المزعوم
2     تحميل مينسك
2     تحميل منسك   # r12 spell-minsk
# -- round 3: اتهامات منقولة للاتحاد الأوروبي وبولندا والغرب
1.5   اتهم الغرب
1.5   تتهم الغرب
1.5   يتهم الغرب
1.5   اتهم الاتحاد الأوروبي
1.5   اتهم الاتحاد الأوربي   # r12 spell-eu
1.5   يتهم الاتحاد الأوروبي
1.5   يتهم الاتحاد الأوربي   # r12 spell-eu
1.5   حمل الاتحاد الأوروبي
1.5   حمل الاتحاد الأوربي   # r12 spell-eu
1.5   حملت بولندا
1.5   يحمل الغرب
# -- round 4: بولندا تعسكر الحدود وتستفز؛ التهديد الحقيقي هو الناتو وأمريكا
1.5   عسكرة الحدود
2     استفزازات بولندي*
2     الاستفزاز* البولندي*
1.5   استفزاز بيلاروس*
1.5   استفزاز روسيا البيضاء   # r12 syn-belarus
1.5   استفزاز مينسك
1.5   استفزاز منسك   # r12 spell-minsk
2     التهديد الحقيقي* هو الناتو
2     التهديد الحقيقي* هو حلف شمال الأطلسي   # r12 syn-nato
2     التهديد يأتي من الناتو
2     التهديد يأتي من حلف شمال الأطلسي   # r12 syn-nato
2     من المعتدي
2     جر بيلاروس*
2     جر روسيا البيضاء   # r12 syn-belarus
1.5   الخندق الأمامي*
# -- round 4: واشنطن تحرك الخيوط
2     دمية بيد واشنطن
2     دمى واشنطن
1.5   بأوامر من واشنطن
1.5   أوامر واشنطن
2     أسيادهم في واشنطن
# -- round 4: الحروب الغربية والماضي الاستعماري صنعت اللاجئين
2     الماضي الاستعماري*
1.5   الاستعلاء
2     النظرة الاستعلائي*
1     الاستعمار
1.5   رسمت حدود منطقتنا
2     بالمسطرة
2     قصفت العراق
2     قصفوا العراق
2     قصفت ليبيا
2     صنعت اليأس
2     صنعوا اللاجئ*
1.5   بالدباب* والعقوب*
# -- round 4: أوروبا أوكلت حماية حدودها لمينسك ثم عاقبتها
2     عاقبت بيلاروس*
2     عاقبت روسيا البيضاء   # r12 syn-belarus
2     معاقبة بيلاروس*
2     معاقبة روسيا البيضاء   # r12 syn-belarus
2     تعاقب مينسك
2     تعاقب منسك   # r12 spell-minsk
1.5   ثم عاقبت
# -- round 4: العقوبات تعاقب الناس العاديين
2     البيلاروسي* العادي*
2     عقاب شعب بأكمله
2     تعاقب شعبا
# -- round 4: بروكسل أفشلت اتفاق ميركل وتتجاهل عروض الحوار
2     اتصال* ميركل
2     مكالمة ميركل
2     اتصال ميركل
2     بروكسل أفشلت
1.5   أفشلت الاتفاق
2     تجاهلت عروض
2     تجاهل عروض
1.5   عروض الحوار
2     دبلوماسي* مكبر* الصوت
1.5   لغة الإنذار*
# -- round 4: أوروبا تدفع لتركيا وتعاقب مينسك
2     تدفع لتركيا
2     دفعت لتركيا
2     مليار* لتركيا
2     تدفع لأنقرة
2     تدفع لأردوغان
1.5   مليار* لأنقرة
# -- round 4: «حديقة» بوريل و«غابته»
2     حديقة وغابة
2     حديقة بوريل
2     أوروبا حديقة
2     أوربا حديقة   # r12 spell-europe
2     بأنها حديقة
2     بقية العالم غابة
2     الحديقة والغابة
# -- round 4: الأوكرانيون بالورود والأكراد يتجمدون
1.5   لملايين الأوكراني*
2     الأوكراني* بالزهور
1     بالزهور
2     والأكراد يتجمد*
2     الأكراد يتجمد*
# -- round 4: خراطيم المياه بدل «القيم»
2     خراطيم المياه بدل
2     تحاضر العالم
1     هكذا تبدو
1.5   الغرب صامت
1.5   يصمت الغرب
# -- round 4: قانون الإعادة القسرية الليتواني وبروكسل تغض الطرف
2     قننت الصد
2     شرعنت الصد
1.5   قانون الإعادة القسري*
2     غضت بروكسل الطرف
# -- round 4: أزمة مفتعلة لأغراض انتخابية ولصرف الانتباه
0.75  افتعلت الأزمة
2     لأغراض انتخابي*
1.5   لصرف الانتباه عن
1.5   خلافها مع بروكسل
1.5   تضخيم الأزمة
# -- round 4: دعوة 2015 ثم الأبواب المغلقة؛ وعود أوروبا؛ جدران بدل البشر
1.5   دعوة ميركل
1.5   أغلقت الباب في وجوه
2     أوروبا أغرت
2     أوربا أغرت   # r12 spell-europe
2     وعود أوروبا
2     وعود أوربا   # r12 spell-europe
2     أوروبا تخلت عنهم
2     أوربا تخلت عنهم   # r12 spell-europe
1.5   تخلت عنهم
2     جدران بدل البشر
2     الجدران بدل
1.5   مليار* على الجدران
1.5   مليار* للأسوار
2     بنت الجدار
# -- round 4c: صيغ إضافية — الأوكرانيون مرحب بهم، الحروب، العقوبات، التبعية لواشنطن
1.5   بينما استقبلت
1.5   في حين استقبلت
2     بينما يتجمد
2     استقبلت اللاجئ* الأوكراني*
2     رحبت باللاجئ* الأوكراني*
1.5   الترحيب بالأوكراني*
1     بالأحضان
2     دمروا العراق
2     دمروا بلادنا
2     دمرت بلادنا
2     أشعلها الغرب
2     شنها الغرب
2     شنتها أمريكا
2     شنتها أميركا   # r12 spell-amerika
2     العقلي* الاستعماري*
2     الاستعمار الأوروبي*
1     استعماري*
2     تابعة لواشنطن
2     التبعي* لواشنطن
2     الإملاء* الأمريكي*
2     الإملاء* الأميركي*   # r12 spell-amerika
2     إملاء* واشنطن
2     عقوب* جائرة
2     العقوب* الظالمة
1     يدفع ثمنها
1     ويدفع ثمنها   # r12 procl-wa
1     المواطن البسيط
2     حساب* انتخابي*
2     عرضت مينسك
2     عرضت منسك   # r12 spell-minsk
2     مينسك عرضت
2     منسك عرضت   # r12 spell-minsk
2     اقترحت مينسك
2     اقترحت منسك   # r12 spell-minsk
1.5   مستعدة للحوار
2     رفضت بروكسل
1     رفض الاتحاد الأوروبي
2     مليار* اليورو لتركيا
2     يدفع لتركيا
2     الحشود العسكري* البولندي*
2     أوروبا أغلقت
2     أوربا أغلقت   # r12 spell-europe
1.5   تركتهم أوروبا
2     تخلت أوروبا
2     تخلت أوربا   # r12 spell-europe
# -- round 5 (Arabic): counter-evidence for near-miss stories, fact-checks and mockery; framing vocabulary
1.5   سايكس بيكو
2     نهبت ثروات
2     نهب ثروات
1.5   دعم الطغاة

# real coverage (dev split)
# -- Minsk's line: the West exploits the crisis, Washington gives the orders, Western eyes closed to abuses
2.5   الغرب يستغل
2     الثورة الملونة
2     الثورات الملونة
2     تغض الطرف
2     بأمر من الولايات المتحدة
1.5   الانتهاك* الجسيمة
1     بوحشي*

# real coverage (dev split), round 2: general vocabulary of the framing
# -- Polish and Lithuanian forces' brutality as relayed by Minsk; Western pressure
1.5   قوات الأمن البولندي*
1.5   وقوات الأمن البولندي*   # r12 procl-wa
1.5   جريمة حرس الحدود
1.5   التمييز بين اللاجئ*
1.5   بالتمييز بين اللاجئ*   # r12 procl-bi
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
@must-match      For years Belarus protected Europe from illegal migration at its own expense; now Brussels refuses dialogue and reaps what it sowed.
@must-match      Минск годами охранял границу за собственный счет, а Брюссель молчит и вместо диалога вводит санкции.
@must-not-match  The Kremlin accused the West of waging an economic war after the EU cut more Russian banks from SWIFT.
# Round 2 examples: paraphrases of the framing (breadth added on new authors' articles)
@must-match      Who bombed Iraq and destroyed Libya? Not Belarus. Brussels is to blame for a crisis it created, and now it lectures Minsk.
@must-match      Ta sama Unia, tak skora do pouczania innych, milczy o pushbackach, bo ci ludzie mają niewłaściwy paszport.
@must-match      الاتحاد الأوروبي يكيل بمكيالين ويتغنى بحقوق الإنسان بينما تتحمل أوروبا مسؤولية الحروب التي شردت هؤلاء الناس.
# Round 3 examples: responsibility placed on Brussels, dialogue refused; a fact-check verdict is not the narrative
@must-match      Die Verantwortung liegt bei Brüssel: Statt zu reden, hat die EU ein Sanktionspaket nach dem anderen beschlossen.
@must-match      МИД Беларуси: ответственность лежит на Варшаве и Брюсселе, а отказ ЕС от диалога делает новые трагедии неизбежными.
@must-not-match  Faktenfinder: Die Behauptung, Minsk habe mit dem Andrang nichts zu tun, hält einer Überprüfung nicht stand.

# Round 4 examples: arguments without stock keywords; bare topical news is not the narrative
@must-match      Merkels Telefonat hätte die Krise beenden können, doch Brüssel legt auf: der Gesprächsfaden gekappt, jede Lösung verweigert.
@must-match      Europe's garden and the jungle: the countries we bombed produce the refugees, and Brussels pays Ankara while it punished Minsk.
@must-match      Варшава раздувает кризис, чтобы отвлечь внимание от собственного спора с Брюсселем.
@must-not-match  The EU added Belavia to its sanctions list and Lithuania halted potash transit through Klaipėda.
@must-not-match  Die Bundeswehr verlegt Patriot-Systeme nach Rzeszów; die NATO verstärkt ihre Ostflanke.
# Round 5 examples
@must-match      Nackt zurück in den Wald – und Brüssel schweigt. Europa hat diese Menschen mit seinen Kriegen aus ihrer Heimat vertrieben.
@must-match      МИД Беларуси: предложения Минска по границе остаются без ответа, а соседи заинтересованы не в решении проблемы.
@must-not-match Eine Aktivistin steht mit einem Megafon am Absperrband und ruft den Menschen auf der anderen Seite Fragen zu.

# ---------------------------------------------------------------------------------------------
# real coverage: uk
@lang uk
# -- the West's wars made the refugees (uk forms: і, ї, є, ь before к)
3     західн* війн*
2.5   війн* заходу
2.5   розбомби*
2     знищи* країн*
2     агресі* нато
2     авантюр* нато
1.5   військов* авантюр*
# -- the West is to blame, uses the crisis against Minsk
2.5   вин* заходу
2.5   захід винен
2.5   винн* захід
2     відповідальн* заходу
2     відповідальн* єс
2  відповідальн* євросоюз*
2     колективн* захід*
2     колективн* заход*
2     для тиск* на мінськ*
1     тиск* на мінськ*
1     тиск* на білорус*
1.5   західн* країн* використову*
0.5   західн* країн*
1     звинуват* захід
1     звинувачу* захід
# -- hypocrisy, double standards, "European values"
2.5   подвійн* стандарт*
2     лицемір*
2.5   так зван* європейськ* цінност*
1.5   європейськ* цінност*
# -- sanctions, Brussels refuses dialogue
2.5   нелегітимн* санкці*
2.5   незаконн* санкці*
2     відмов* від діалог*
2     заморози* діалог*
# -- EU guards' brutality as told by Minsk or Moscow
1.5   неприпустим* ставлен*
0.5   польськ* силовик*
0.5   литовськ* силовик*
0.5   латвійськ* силовик*
2     нелюдськ* поводж*
2.5   так зван* гібридн*
# -- more stock phrases: the West made the crisis, Warsaw and Brussels are responsible, provocations
2     створи* захід
2     наслідк* політик* заходу
2     наслідк* західн*
2     лежить на варшав*
2     лежить на брюссел*
1.5   лежить на польщ*
2     брюссел* відмов*
2     брюссел* ігнору*
2     ігнору* пропозиц*
2     односторонн* санкці*
2     жорсток* польськ*
2     польськ* провокаці*
1.5   провокаці* варшав*
1.5   мілітаризаці* кордон*
1.5   заокеанськ*
1     цинізм*
1     західн* політик*
# -- counter-evidence: fact-checks, the hybrid-attack framing, Ukrainian refugees
-2    гібридн* атак*
-1.5  гібридн* війн*
-1.5  дезінформ*
-1.5  спростува*
-1    маніпуля*
-1.5  російськ* пропаганд*
-1.5  кремлівськ*
-1.5  неправдив*
-1.5  біженц* з україн*
-1.5  українськ* біженц*

# real coverage (dev split), round 2: general vocabulary of the framing
# -- Minsk/Moscow accuse Warsaw, Vilnius, the West
1.5   звинувачу* польщ*
1.5   звинуват* польщ*
1.5   звинуват* варшав*
1.5   звинувачу* варшав*
1.5   насильств* польськ*
1     назвав захід
# real coverage: es
@lang es
# -- double standards, Western wars and strategy, Washington behind the crisis
3     doble rasero
2.5   doble moral
2.5   doble estándar
2.5   dobles estándares
2.5   occidente es responsable
2.5   la culpa es de occidente
2     hipocresía
2     sanciones ilegales
2     sanciones ilegítimas
2     intervenciones de la otan
2.5   guerras occidentales
2.5   occidente colectivo
2     estrategia occidental
2     actitud inhumana
2     crisis creada por occidente
2     guerras de estados unidos
1.5   intervenciones militares
1.5   sanciones occidentales
1.5   diálogo directo
1.5   valores europeos
1.5   trato inhumano
1.5   se niega a dialogar
1.5   supuesta implicación
1.5   acusaciones infundadas
1.5   uso excesivo de la fuerza
1.5   manipular la información
1.5   sobre las cabezas
1     guardafronteras polacos
1     derecho internacional humanitario
1     absolutamente inaceptable
0.5   gases lacrimógenos
0.5   gas lacrimógeno
# -- counter-evidence: the hybrid-attack framing, other stories
-1    ataque* híbrido*
-1    migrantes como arma*
-1.5  prisioneros políticos
-1.5  presos políticos
-2    refugiados ucranianos
-2    cayuco*

# real coverage (dev split), round 2: general vocabulary of the framing
# -- Minsk or Moscow accuse Warsaw, Vilnius, Brussels or the West
1.5   acus* a polonia
1.5   acus* a varsovia
1.5   acus* a lituania
1.5   acus* a occidente
1.5   acus* a la ue
1.5   culp* a polonia
1.5   culp* a varsovia
1.5   culp* a occidente
1.5   culp* a la ue
1.5   culp* a la unión europea
2     responsabiliz* a occidente
1.5   responsabiliz* a polonia
2     guerras de occidente
2     intervenciones occidentales
2     bombardeos de la otan
1.5   hipócrita*
# -- EU guards' brutality as relayed by Minsk (the Belarusian State Border Committee)
1     violencia contra refugiad*
1     violencia contra los refugiad*
1     fuerzas de seguridad polacas
1     agentes de fuerza polacos
0.5   agentes polacos
0.5   guardias polacos
0.75  comité fronterizo estatal
0.5   occidente
0.5   supuesta*

# real coverage: it
@lang it
# -- double standards, Western wars, Warsaw hiding the truth and breaking the law
3     due pesi e due misure
3     doppi standard
2.5   guerre occidentali
2.5   doppio standard
2.5   colpa dell occidente
2.5   guerre della nato
2     colpa dell europa
2     sanzioni illegali
2     interventi militari occidentali
2     tombe senza nome
2     respingimenti illegali
0.5   convenzione di ginevra
2     screditare
2     chi fugge dalle guerre
2     rifiutare la protezione
1.5   ipocrisia
1.5   valori europei
1.5   rifiuta il dialogo
1.5   trattamento disumano
0.75  notizie false
0.75  con la forza
1.5   colpa della polonia
1.5   violazione dei diritti umani
0.5   diritto internazionale
0.5   diritto europeo
0.5   respingimenti
0.5   nasconde
# -- counter-evidence: the hybrid-attack framing, other stories
-1    attacco ibrido
-1    migranti come arma
-1.5  prigionieri politici
-2    lampedusa
-2    profughi ucraini
# real coverage round 2 (dev split)
# -- the West's wars and policies caused the crisis
2     politic* dell occidente
2     responsabilità dell occidente
2     esportare la democrazia
1.5   interventi militari
0.75  l occidente
# -- double standards and cruelty of Poland's border regime, as relayed by Minsk/Moscow or NGOs
2     profughi di serie b
1.5   serie b
1.5   ipocrit*
1     crudeltà
0.75  forze di sicurezza polacche
1     xenofob*
1     razzis*
1     maltrattat*
0.75  picchiat*
# real coverage: fr
@lang fr
# -- hypocrisy and double standards of the EU / the West
3     deux poids deux mesures
2.5   doubles standards
2.5   géométrie variable
2     hypocris*
2     hypocrite*
1.5   vraies valeurs européennes
1     valeurs européennes
1     cynisme
1     sans pitié
# -- Western wars and the West made the crisis
3     guerres de l occident
2.5   guerres occidentales
2.5   la faute de l occident
2.5   responsabilité de l occident
2.5   responsabilité de l union européenne
2.5   l occident est responsable
2     accuse l occident
2     accusé l occident
2     accuse également l occident
2     accusent l occident
2     accuse l europe
2.5   créée par l occident
2.5   provoquée par l occident
2     bombardements de l otan
1.5   double langage
1.5   donneurs de leçons
1.5   leçons de démocratie
# -- Brussels refuses dialogue; sanctions
2.5   refuser toute discussion
2.5   refuse toute discussion
2     refus* le dialogue
2     refuse de dialoguer
2     refus du dialogue
2     sanctions illégales
# -- brutal Polish / Lithuanian / Latvian guards as relayed by Minsk and Moscow
1     meurtres systématiques
2     meurtres de migrants
2     traitement inhumain des réfugiés
2     traités brutalement
2     refouler violemment
2     refoulent violemment
2     façon inadmissible
2     actions inadmissibles
2     droit humanitaire international
1.5   normes du droit humanitaire
1.5   reproché à varsovie
1.5   reproche à varsovie
1.5   accusent la pologne
1.5   accuse la pologne
1.5   la pologne viole
1.5   la pologne violait
1.5   forces de l ordre polonaises
1.5   forces de sécurité polonaises
1     gardes frontières polonais traitent
1     canons à eau
1     gaz lacrymogène*
# -- topical words: the Minsk/Moscow voice relayed
0.5   comité d état des frontières
0.5   service biélorusse des gardes frontières
0.75  lavrov
0.5   rejeté ces accusations
# -- counter-evidence: fact-checks, the opposite (hybrid) framing, near-miss stories
-2    la vérification en bref
-1.5  intox
-1    désinformation
-1    propagande
-0.5  arme migratoire
-1.5  réfugiés ukrainiens
-1    la manche
@must-match      Lavrov dénonce le deux poids deux mesures de l'UE : les gardes-frontières polonais traitent les migrants de façon inadmissible, et Bruxelles refuse toute discussion avec Minsk.
@must-not-match  Intox : la vérification en bref montre que la vidéo attribuée à la BBC est un faux montage.
# real coverage round 2 (dev split)
# -- the West's wars and policies caused the crisis
2.5   interventions occidentales
2     politique de l occident
2     politiques occidentales
2     interventions militaires
1.5   ingérence*
0.75  l occident
# -- cruelty and illegality of the Polish / Lithuanian / Latvian state (NGOs, Minsk, Moscow)
2     refoulements illégaux
2     renvois illégaux
2     expulsions illégales
2     pushbacks illégaux
1.5   cruauté
1.5   violation du droit international
1.5   viol* le droit international
0.75  xénophob*
1     hostilité
1     atrocités
1     expulsion* forcée*
0.75  battu
# -- Warsaw uses the crisis for domestic politics
1.5   électoralist*
1.5   à des fins politiques
# real coverage: lv
@lang lv
# -- the West and its wars made the refugees; Western sanctions ended cooperation
2.5   rietum* ir vainīg*
2.5   vainīgi ir rietum*
2     rietumvalstu kar*
2     rietum* kar*
2     iebrukum* irāk*
2     iebrukum* afganistān*
2     sagrāv* ekonomik*
2     sagrāv* valst*
1.5   sankcij* sagrāv*
0.75  pārtrauc* sadarbīb*
# -- the EU, Warsaw, Vilnius or Riga provoke the crisis and refuse dialogue
2.5   krīz* izprovocēj*
2     izprovocē* krīz*
2     atsakās no dialog*
1     dialog* ar minsk*
1.5   demonizē* baltkrievij*
1.5   antibaltkrievisk*
0.75  rusofob*
# -- hypocrisy, double standards, "European values"
2     dubultstandart*
2     dubult* standart*
1     liekulīb*
0.75  eirop* vērtīb*
# -- brutal Baltic/Polish guards, as relayed by Minsk or Moscow
2     izmet* līķ*
2     līķ* pāri robež*
0.75  barbarisk*
1.5   nežēlīg* robežsarg*
1.5   robežsargu vardarbīb*
# -- mockery of the hybrid framing; NATO build-up as the real threat
2     tā dēvēt* hibrīd*
2     tā saukt* hibrīd*
1     nato karaspēk*
1  militarizē*
# -- counter-evidence: the hybrid-attack framing, fact-checks, other refugee stories
-0.75 hibrīduzbrukum*
-0.75 hibrīdapdraudējum*
-1.5  dezinformācij*
-2    faktu pārbaud*
-1    ukrainas bēgļ*
# real coverage (dev split, round 2): general Latvian vocabulary of the framing
# -- relayed accusations against the West, the EU, Poland and the Baltics
1.5   vaino* rietum*
1.5   apsūdz* rietum*
1.5   apsūdz* eirop* savienīb*
1.5   apsūdz* poliju
1.5   apsūdz* lietuv*
1.5   apsūdz* latvij*
# -- brutal, inhuman treatment by EU border guards (as relayed by Minsk)
1.5   brutāl* izturēšan*
1.5   brutāl* robežsarg*
1     nehumān*
# Latvian examples
@must-match      Rietumi ir vainīgi: viņu kari radīja bēgļus, bet Latvijas robežsargu vardarbība pret migrantiem ir liekulība.
@must-not-match  Latvija uzsver, ka Baltkrievijas režīms izmanto migrantus kā ieroci un rīko hibrīduzbrukumu.
@must-not-match  Valsts robežsardze diennakts laikā novērsa 87 mēģinājumus nelikumīgi šķērsot robežu.

# round 7 (ru, be): general vocabulary for unseen articles
@lang ru
# -- relayed accusations: X accuses / blames Warsaw, Vilnius, Riga, Brussels, NATO, the US
1.5   обвини* варшав*
1.5   обвиня* варшав*
1.5   обвини* литв*
1.5   обвиня* литв*
1.5   обвини* латви*
1.5   обвиня* латви*
1.5   обвини* нато
1.5   обвиня* нато
1.5   обвини* сша
1.5   обвиня* сша
1.5   обвиня* брюссел*
1.5   обвини* ес
1.5   обвиня* ес
1.5   обвини* западн*
1.5   обвиня* западн*
1.5   обвини* европ*
1.5   обвиня* европ*
1.5   обвини* польск*
1.5   обвиня* польск*
1.5   обвини* литовск*
1.5   обвиня* литовск*
2.5   вин* запад
1.5   вин* западн*
1.5   вин* варшав*
1.5   вин* брюссел*
1.5   вин* литв*
1.5   вин* нато
1.5   вин* сша
1.5   вин* ес
2     по вине польск*
2     по вине литовск*
2     по вине ес
2     по вине варшав*
1     в адрес польш*
1     в адрес варшав*
1     в адрес брюссел*
1     в адрес запад*
1     в адрес евросоюз*
1  в адрес ес
1     в адрес литв*
1.5   ответственност* польш*
1.5   ответственност* варшав*
1.5   ответственност* брюссел*
1.5   ответственност* литв*
1.5   ответственност* сша
1.5   ответственност* нато
1.5   ответственност* европ*
2     на совест* польш*
2     на совест* варшав*
2     на совест* ес
2     на совест* европ*
2     на совест* литв*
2     на совест* евросоюз*
2     виновн* в гибел*
2     ответственн* за гибел*
1.5   обрек* на гибел*
1.5   обрек* на смерт*
2     броса* умира*
2     выгоня* на мороз*
2  выгна* на мороз*
2     выгнал* на мороз*
1     призв* польш*
1     призыва* польш*
1     призв* варшав*
1     призв* литв*
1     призв* брюссел*
# -- cruelty of EU-side guards, as relayed
2     жестокост* литовск*
2     жестокост* латвийск*
2     жестокост* европ*
1.5   жесток* польск*
1.5   жесток* литовск*
2     издева* над мигрант*
2     издева* над беженц*
1.5   издева* над людьми
1.5   издевательств* литовск*
1.5   издевательств* латвийск*
1.5   трав* собак*
1.5   натрав* собак*
1.5   полива* из водомет*
1.5   полива* люд*
2     полива* ледян* вод*
0.75  светошумов* гранат*
2     внеправов*
1     силов* действи*
2     применени* сил* против мигрант*
1.5   применя* сил* против
2     прекрат* насили*
1.5   насили* против мигрант*
1.5   насили* против беженц*
# -- pushbacks blamed on Poland and the Baltics
1     выдворя*
1.5   выдворени* мигрант*
1.5   принудительн* выдвор*
1.5   выталкива* мигрант*
1.5  вытолкну* мигрант*
1.5   выталкива* беженц*
1.5  вытолкну* беженц*
1     вытолкну*
1.5   вытесн* мигрант*
-2    белорусск* пограничник* вытесн*
-2    беларусск* пограничник* вытесн*
-1.5  белорусск* силовик* вытесн*
-1.5  беларусск* силовик* вытесн*
2     вытесн* иностранц*
1.5   вытесн* люд*
1.5   прогна* обратно
1.5   прогоня* обратно
1.5   переброс* через забор*
2     выброси* на белорусск*
2  выброси* на беларусск*
1.5   не принима* беженц*
1.5   не принима* мигрант*
1.5   не пуска* мигрант*
1.5   не хотят принима*
2     обязан* приня* беженц*
2     обязан* приня* мигрант*
1.5   должн* приня* беженц*
1.5   должн* приня* мигрант*
# -- the West's wars made the refugees
2     развязанн* сша
2     развязанн* запад*
2     развязанн* нато
2     развязанн* америк*
2     развяза* нато
2     развяза* америк*
2     американск* вторжени*
2     вторжени* сша
2     вторжени* нато
2     интервенци* сша
2     интервенци* нато
2     американск* оккупаци*
2     американск* бомб*
2     бомбардировк* сша
1.5   натовск* операци*
1.5   западн* коалици*
2     разруши* ирак*
2     разруши* сири*
2     разруши* афганистан*
2     уничтожи* ливи*
2     уничтожи* ирак*
2     дестабилизаци* ближн* восток*
1.5   хаос* на ближн* восток*
2     ближневосточн* авантюр*
1.5   арабск* весн*
2     последстви* американск*
2     последстви* натовск*
2     последстви* вмешательств*
2     последстви* интервенци*
1.5   последстви* вторжени*
1.5   созда* эт* проблем*
1.5   это проблем* европ*
1.5   это проблем* евросоюз*
1.5  это проблем* ес
# -- hypocrisy, "partners", lectures on human rights
2     гуманн* запад*
1.5   гуманн* европ*
0.75  демократическ* европ*
1.5   западн* партнер*
2     так называем* партнер*
0.75  европейск* партнер*
2     европейск* гуманизм*
2     западн* гуманизм*
2     избирательн* гуманизм*
1.5   по европейски
2     рассужда* о прав* человека
1.5   говор* о прав* человека
2     твердят о прав* человека
1.5   кичит*
1     хвален*
1.5   закрыл* глаз* на
1.5   неудобн* беженц*
# -- Brussels and Warsaw refuse dialogue, ignore Minsk
1.5   нежелани* брюссел*
1.5   нежелани* ес
1.5   нежелани* евросоюз*
1.5   нежелани* варшав*
1.5   нежелани* польш*
1.5   нежелани* запад*
1.5   садиться за стол переговор*
1.5   сесть за стол переговор*
2     отказыва* от контакт*
2     отказыва* от общени*
2     отказ* общаться
2     отказ* вести диалог*
2     не ид* на контакт*
1.5   не отвеча* на звонк*
2     не отвеча* на предложени*
1.5   игнориру* призыв*
2     игнориру* минск*
1.5   игнориру* беларус*
1.5   игнориру* белорусс*
1.5   предложени* минск*
1.5   инициатив* минск*
1.5   инициатив* белорусск* сторон*
1.5  инициатив* беларусск* сторон*
1.5   предложени* белорусск* сторон*
1.5  предложени* беларусск* сторон*
0.5   диалог* с минск*
# -- sanctions as injustice
1.5   неправедн*
2     несправедлив* санкци*
2     санкционн* удавк*
2     экономическ* удушени*
1.5   санкционн* прессинг*
2     незаконн* ограничительн*
2     односторонн* ограничительн*
2     противоправн* санкци*
2     санкционн* безуми*
1.5   экономическ* блокад*
1.5   блокад* беларус*
1.5  блокад* белорусс*
# -- Poland and NATO militarise the border
1     подтяну* войск*
1     стягива* войск*
1     стяну* войск*
1.5   наращива* военн*
1.5   наращива* войск*
1.5   военн* присутстви* нато
2     агрессивн* действи* польш*
1.5   агрессивн* риторик*
1.5   воинственн*
2     военн* психоз*
2     милитаристск*
2     агрессивн* блок*
2     агресси* против беларус*
2  агресси* против белорусс*
2     угроз* безопасност* беларус*
2  угроз* безопасност* белорусс*
2     угроз* союзн* государств*
1.5   спровоцир* конфликт*
2     спровоцир* вооруженн*
# -- pejoratives for Warsaw and the Baltics; the crisis made there
2     лимитроф*
2     прибалтийск* режим*
1.5   польск* режим*
2     варшавск* режим*
2     литовск* режим*
2     ясновельможн*
1     русофоб*
2     спровоцированн* польш*
2     спровоцированн* ес
2     спровоцированн* евросоюз*
2     спровоцированн* варшав*
2     запад* спровоцирова*
@lang be
# -- Cyrillic: relayed accusations against Warsaw, Vilnius, Brussels, NATO, the US
1.5   абвінаваці* польшч*
1.5   абвінаваці* літв*
1.5   абвінавачва* літв*
1.5   абвінаваці* варшав*
1.5   абвінавачва* варшав*
1.5   абвінаваці* брусел*
1.5   абвінаваці* брусэл*   # r12 tarashkevitsa variant
1.5   абвінавачва* брусел*
1.5   абвінавачва* брусэл*   # r12 tarashkevitsa variant
1.5   абвінаваці* ната
1.5   абвінаваці* нато   # r12 tarashkevitsa variant
1.5   абвінавачва* ната
1.5   абвінавачва* нато   # r12 tarashkevitsa variant
1.5   абвінаваці* зша
1.5   абвінавачва* зша
1.5   абвінаваці* еўроп*
1.5   абвінавачва* еўроп*
1.5   абвінаваці* ес
1.5   абвінаваці* эз   # r12 tarashkevitsa variant
1.5   абвінавачва* ес
1.5   абвінавачва* эз   # r12 tarashkevitsa variant
2     па віне польшч*
2     па віне захад*
2     па віне ес
2     па віне эз   # r12 tarashkevitsa variant
2     па віне еўрасаюз*
2     па віне еўрапейск* саюз*   # r12 synonym variant (Еўрапейскі саюз)
2     па віне эўрапейск* зьвяз*   # r12 synonym variant (Еўрапейскі саюз)
2     па віне літв*
1.5   адказнасц* польшч*
1.5   адказнас* варшав*
1.5   адказнас* брусел*
2     адказнас* за гібел*
1.5   адказнас* за крызіс*
0.6   на сумленні
0.6   на сумленьні   # r12 tarashkevitsa variant
2     на сумлен* захад*
2     на сумлен* еўроп*
2     на сумлен* эуроп*   # r12 tarashkevitsa variant
2     на сумлен* польшч*
# -- Cyrillic: cruelty and pushbacks by EU-side guards, as relayed
2     жорсткас* польск*
2     жорсткас* літоўск*
1     жорстк* абыходжан*
2     здзек* з мігрант*
2     здзек* з уцекач*
1.5   здзек* з людзей
2     польск* памежнік* збіл*
2     літоўск* памежнік* збіл*
2     латвійск* памежнік* збіл*
2     латвійск* памежнік* зьбіл*   # r12 tarashkevitsa variant
2     збіл* польск*
2     польск* вайскоўц* збіл*
2     польск* вайскоуц* зьбіл*   # r12 tarashkevitsa variant
2     выцяс* мігрант*
2     выцяс* уцекач*
2     выцяс* на беларуск*
2     выцяс* у беларусь
1.5   выштурхоўва* мігрант*
1.5   паліва* з вадамёт*
1.5   цкава* сабак*
# -- Cyrillic: the West's wars
2     агрэсі* зша
2     уварван* зша
2     уварван* ната
2     уварван* нато   # r12 tarashkevitsa variant
2     інтэрвенцы* зша
2     інтэрвэнцы* зша   # r12 tarashkevitsa variant
2     інтэрвенцы* ната
2     інтэрвэнцы* нато   # r12 tarashkevitsa variant
2     заходн* інтэрвенцы*
2     заходн* інтэрвэнцы*   # r12 tarashkevitsa variant
2     разбур* сіры*
2     разбур* сыры*   # r12 tarashkevitsa variant
2     разбур* ліві*
2     разбур* лібі*   # r12 tarashkevitsa variant
2     разбур* афганістан*
2     бамбардзіроўк* ната
2     бамбардзіроук* нато   # r12 tarashkevitsa variant
2     бамбардзіроўк* зша
# -- Cyrillic: hypocrisy, "partners", no dialogue, sanctions, militarisation
2     гуманн* захад*
1.5   гуманн* еўроп*
1.5   гуманн* эуроп*   # r12 tarashkevitsa variant
1.5   заходн* партнёр*
0.75  еўрапейск* партнёр*
0.75  эурапейск* партнер*   # r12 tarashkevitsa variant
2     так зван* партнёр*
1.5   ліцамер*
1.5   нежадан* брусел*
1.5   нежадан* ес
1.5   нежадан* эз   # r12 tarashkevitsa variant
1.5   нежадан* еўрасаюз*
1.5   нежадан* эуразьвяз*   # r12 tarashkevitsa variant
1.5   нежадан* варшав*
1.5   нежадан* польшч*
2     адмаўля* ад кантакт*
2     адмов* ад кантакт*   # r12 aspect-pair / stem-alternation variant
2     ігнару* мінск
2     ігнару* менск   # r12 tarashkevitsa variant
1.5   ігнару* беларусь
2     не адказва* на прапанов*
2     несправядлів* санкцы*
2     супрацьпраўн* санкцы*
2     аднабаков* санкцы*
2     санкцыйн* вайн*
1.5   эканамічн* блакад*
1.5   антыбеларуск*
1.5   нарошчва* ваенн*
1.5   ваенн* прысутнас* ната
1.5   ваенн* прысутнас* нато   # r12 tarashkevitsa variant
1.5   агрэсіўн* дзеян*
2     агрэсіўн* блок*
1.5   агрэсіўн* рыторык*
2     ваенн* псіхоз*
2     мілітарысцк*
2     лімітроф*
1.5   польск* рэжым*
2     прыбалтыйск* рэжым*
# -- Łacinka: accusations relayed (moderate: mostly independent media)
1.5   vinavat* polšč*
1.5   abvinavaci* polšč*
1.5   abvinavačva* polšč*
1.5   abvinavaci* zachad
1.5   abvinavačva* zachad
1.5   abvinavaci* litv*
1.5   abvinavačva* litv*
1.5   kryvadušn*
1.5   sankcyjn* cisk*
2     admaŭl* ad dyjałoh*
2     dvajn* standart*

# round 7 (en): general vocabulary for unseen articles
@lang en
# -- relayed accusations: Minsk/Moscow accuse or blame the EU's eastern neighbours
1.5 accus* the polish side
1.5 accus* the lithuanian side
1.5 accus* the latvian side
1.5 accus* polish border guards of
1.5 accus* lithuanian border guards of
1.5 accus* latvian border guards of
1.5 accus* the polish authorities
1.5 accus* the baltic states of
1.5 accus* europe of
1.5 accus* western countries of
1.5 blam* lithuania for
1.5 blam* latvia for
1 blam* nato for
1.5 blam* europe for
1.5 blam* western countries
1.5 blam* the polish side
1.5 blam* the western
1.5 hold* the west responsible
1.5 hold* poland responsible
1.5 hold* lithuania responsible
1.5 hold* latvia responsible
1.5 hold* washington responsible
1.5 hold* nato responsible
1.5 held poland responsible
1.5 held the west responsible
1.5 put the blame on
1.5 pinned the blame on
1.5 laid the blame on
1.5 placed the blame on
1.5 shift* the responsibility
1.5 blamed the crisis on
1.5 blames the crisis on
# -- the West's actions/policies as the cause
2 actions of the west
2 policy of the west
2 policies of the west
1 western polic*
2 the west stirred
2 stirred things up
2 caused by the actions of
2 destabilised by the west
2 destabilized by the west
2 ruined by the west
2 devastated by wars
1.5 ruined their countr*
1.5 devastated their countr*
2 wars unleashed
1.5 unleashed by the us
1.5 unleashed by the united states
1 western military
2 western aggression
2 nato aggression
2 us aggression
2 american aggression
1.5 color revolution*
1.5 colour revolution*
2 root causes of the crisis
1.5 root cause* of migration
# -- cruelty and violence of EU guards as Minsk tells it
1.5 squeez* out
1.5 squeez* them out
1.5 ousted them
1.5 ousted the refugees
1.5 ousted migrants
1.5 drove them out
0.75 were thrown
0.75 threw them
1 forcibly pushed
1.5 forced expulsion
1.5 forcibly transferred
1.5 forcibly brought
2 mockery of refugees
2 mock* the refugees
0.75 bullying
2 abuse of refugees
2 abuse of migrants
2 abused by polish
2 abused by lithuanian
2 abused by latvian
2 tortured by polish
2 tortured by lithuanian
2 tortured by latvian
1.5 by the polish side
1.5 by the lithuanian side
1.5 by the latvian side
1.5 from the polish side
1.5 from the lithuanian side
1.5 from the latvian side
1.5 from the neighboring side
1.5 from the neighbouring side
1.5 polish security officials
1 polish servicemen
1 lithuanian servicemen
1 latvian servicemen
1.5 concentration camp*
1.5 inhuman* attitude
1.5 inhuman* approach
1.5 barbaric
1.5 barbarism
1 atrocit*
2 genocide of refugees
0.75 gross violation*
0.75 flagrant violation*
1.5 cynical polic*
1.5 cynical attitude
1 crimes against humanity
0.75 criminal case
0.75 criminal proceedings
0.75 investigative committee
0.75 prosecutor general s office
0.75 signs of violence
0.75 signs of beating*
# -- hypocrisy and human rights rhetoric
2 so called democrac*
2 so called civili*
2 so called human rights
2 so called values
2 talk about democracy
1 continue to talk about
2 their human rights
2 that s their human rights
2 this is their democracy
2 such is european
1.5 preach* democracy
1.5 preach* about
1.5 enlightened europe
1.5 democratic europe
1.5 humane europe
2 defenders of human rights
1.5 human rights defenders are silent
2 silence of the west
2 silence of the eu
2 silence of europe
1.5 europe is silent
1.5 eu is silent
1.5 western media ignore*
1.5 western media are silent
1.5 remain* silent about
1 turn* a blind eye
# -- dialogue refused / sanctions blamed / Belarus no longer protects Europe
1.5 no longer protect*
1 no longer hold
1.5 no longer detain
1 no longer keep
1.5 not going to detain
1.5 will not detain
1 will not hold
2 stopped protecting europe
1 in the form of sanctions
0.5 sanctions against belarus
1.5 sanctions war
1.5 sanctions pressure on
1.5 economic pressure on belarus
1.5 refus* to engage
1.5 refus* contact*
1.5 refus* to cooperate
1.5 refus* to recognise
1.5 refus* to recognize
1.5 refus* to accept the refugees
1.5 refus* to accept migrants
1.5 refus* to let them
1.5 refus* to admit
1.5 do not want to accept
1.5 does not want to accept
0.75 not let them in
0.75 don t let them in
0.75 ignor* the problem
1 ignored the proposal*
1.5 offered dialogue
1.5 proposed dialogue
1 ready to cooperate
1.5 readiness for dialogue
1 readiness to cooperate
# -- militarisation, provocations, aggression by Poland/NATO
1.5 provocations by the polish
1 provocative actions
1.5 aggressive rhetoric
1.5 aggressive policy
1 aggressive actions
2 warmongering
1.5 military hysteria
1.5 anti belarusian hysteria
1 hysteria
1.5 build* up troops
1.5 buildup of troops
1.5 build up of troops
1.5 concentrat* troops
1.5 deployment of troops
1.5 threat to belarus
1.5 threats against belarus
1 unfriendly

# round 7 (pl, lt, lv): general vocabulary for unseen articles
@lang pl
1.5   łukaszenk* oskarż*
1.5   łukaszenk* obwini*
1.5   łukaszenk* oskarży*
1.5   łukaszenk* obwinił*
1     mińsk oskarża*
1.5   oskarż* litw*
1.5   oskarż* łotw*
1.5   oskarż* europ*
1.5   obwini* europ*
1.5   obwini* litw*
1.5   obwini* łotw*
1.5   obwini* nato
1.5   oskarż* nato
1.5   oskarż* stron* polsk*
1.5   obwini* stron* polsk*
1.5   zarzuc* zachod*
1.5   zarzuc* unii
1.5   oskarż* kraj* ue
1.5   obwini* kraj* ue
1.5   oskarż* polsk* władz*
1.5   obwini* polsk* władz*
2     za kryzys odpowiada* zachód
2     za kryzys odpowiada* unia
2     za kryzys odpowiadają kraje
1.5   odpowiedzialn* za kryzys są
2     zdestabilizowa* bliski* wsch*
2.5   destabilizacj* bliskiego wschodu
1     wojn* na bliskim wschodzie
1.5   interwencj* w iraku
1.5   interwencj* w libii
2     zniszczon* przez zachód
1     polityk* zachodu
1.5   zmusi* do opuszczenia
1     z powodu sankcji
1.5   z powodu zachodnich sankcji
1.5   przez zachodnie sankcje
1     nakładan* na białoruś
1.5   sankcj* dusz*
1.5   nie będziemy zatrzymywać
1.5   nie zamierza* zatrzymywać
1.5   nie będziemy chronić
2   nie będziemy pilnować
1.5   nie będziemy was chronić
1.5   pętl* na szyję
1.5   nieludzk* stosunek polskich
1.5   obojętnoś* polskich władz
1.5   okrucieństw* wobec migran*
1.5   okrutn* traktowan*
1     pols* pogranicznic*
1     litews* pogranicznic*
1     łotews* pogranicznic*
1.5   łama* praw* człowieka przez polsk*
1.5   koncentracj* wojsk* przy granic*
1.5   gromadz* wojsk* przy granic*
1.5   polska koncentruj*
1.5   polska gromadzi*
2     wojn* hybrydow* przeciwko białorusi
2     wojn* hybrydow* przeciw białorusi
1.5   wojn* hybrydow* przeciwko nam
1.5   nagonk*
1.5   kampani* przeciw* białorusi
1.5   ingerencj* w sprawy wewnętrzne
1.5   mieszaj* się w sprawy wewnętrzne
1     kolorow* rewolucj*
1.5   zachodni* kurator*
1.5   zachodni* sponsor*
1.5   wprowadzi* sankcj*
1     sankcj* zachodu
1     nieprzyjazn* działa*
1     pobici przez polsk*
1  pobit* przez polsk*    # r12 variant
0.75  odpowiedzialnoś* za kryzys
@lang lt
1     valstybin* pasienio komitet*
1     atsakomyb* už kriz*
1.5   lukašenk* kaltina
1.5   lukašenk* apkaltino
1.5   minskas kaltina
1.5   minskas apkaltino
1.5   kaltin* latvij*
1.5   apkaltino lenkij*
1.5   apkaltino lietuv*
1.5   apkaltin* latvij*
1.5   kaltin* nato
1.5   apkaltin* nato
1.5   kaltin* briusel*
1.5   kaltin* vašington*
1.5   kaltin* jav
1.5   apkaltin* jav
1.5   kaltin* europ* sąjung*
1.5   kaltino vakarus
1.5   kaltino es
1.5   apkaltin* europ*
2     vakarų šalių kar*
2     vakarų valstyb* kar*
1.5   vakarų šalių intervencij*
2.5   destabiliz* artimuosius rytus
2     artimųjų rytų destabiliz*
1.5   sugriov* artimuosius rytus
1     dėl es sankcij*
1     dėl sankcij*
0.75  sankcijų politik*
1     nebesaugosime
1     nebesulaikys*
1     nebegaudys*
1.5   lietuv* pareigūn* smurt*
1.5   lenkij* pareigūn* smurt*
1.5   latvij* pareigūn* smurt*
1.5   lietuv* provokacij*
1.5   latvij* provokacij*
1     kariuomen* telkim*
1     telk* kariuomen*
1.5   kiš* į vidaus reikal*
1.5   kišim* į vidaus
2     hibridin* kar* prieš baltarusij*
1.5   antibaltarusišk* kampanij*
1.5   spaudim* baltarusij*
1     nedraugišk*
@lang lv
1     robežkomitej*
1     atbildīb* par krīz*
1.5   apvaino* rietum*
1.5   apvaino* eirop* savienīb*
1.5   apvaino* polij*
1.5   apvaino* lietuv*
1.5   apvaino* latvij*
1.5   vaino* polij*
1.5   vaino* latvij*
1.5   vaino* lietuv*
1.5   vaino* eirop* savienīb*
1.5   vainoja rietum*
1.5   lukašenk* vaino
1.5   lukašenk* apsūdz*
1     rietum* sankcij*
1     sankcij* dēļ
1     rietumvalstu sankcij*
1     necilvēcīg* attieksm*
1.5   nežēlīg* attieksm*
1.5   nežēlīg* izturēšan*
1.5   brutāl* attieksm*
2     rietum* iebrukum*
2     rietum* intervenc*
2     nato iebrukum*
1     kar* irāk*
1     kar* lībij*
0.75  kar* sīrij*
0.75  kar* afganistān*
2     destabiliz* tuv* austrum*
2     tuvo austrumu destabiliz*
1     bombardē*
1.5   divkosīb*
1     liekulīg*
2     tā saukt* eirop* vērtīb*
2     tā dēvēt* eirop* vērtīb*
2     atteic* no dialog*
1.5   atteic* sadarboties
1     nevēlas runāt
1.5   dialog* trūkum*
1.5   militarizācij*
1     karaspēk* koncentr*
1     karavīr* koncentr*
1.5   provocē* baltkrievij*
2     polij* provokācij*
2     latvij* provokācij*
2     lietuv* provokācij*
2     rietum* provokācij*
2     hibrīdkar* pret baltkrievij*
1.5   iejaukš* iekšēj* liet*
1     nedraudzīg* rīcīb*

# round 7 (de, uk): general vocabulary for unseen articles
@lang de
1.5   wirft der europäischen union vor
1.5   warf der europäischen union vor
1.5   wirft den westlichen ländern vor
1.5   wirft den westlichen staaten vor
1.5   wirft litauen vor
1.5   warf litauen vor
1.5   wirft warschau vor
1.5   warf warschau vor
1.5   wirft brüssel vor
1.5   warf brüssel vor
1.5   wirft der nato vor
1.5   warf der nato vor
1.5   wirft den usa vor
1.5   warf den usa vor
1.5   wirft europa vor
1.5   warf europa vor
2     macht die eu verantwortlich
2     machte die eu verantwortlich
2     machte den westen verantwortlich
1.5   polen verantwortlich
1.5   litauen verantwortlich
2     die usa verantwortlich
2     westlich* länder verantwortlich
2     westlich* staaten verantwortlich
2     europa verantwortlich
2     nato verantwortlich
2     schuld an der migrationskrise
2     schuld an der flüchtlingskrise
1     trägt die schuld
1     tragen die schuld
1.5   dreht den spieß um
1.5   dreht den spiess um
1     gegenvorwürf*
1     zur verantwortung zu ziehen
1     in afghanistan und irak
1     im irak und in afghanistan
1     krieg geführt
1.5   krieg* im irak
2     westlich* militäreinsätz*
1.5   militärintervention*
2     interventionen der usa
2     amerikanisch* krieg*
2     kriege der usa
1.5   usa und ihre verbündeten
2     westen verursacht*
2     westen geschaffen*
2     westen provoziert*
2     eu verursacht*
2     eu provoziert*
2     doppelzüngig*
2     gute und schlechte flüchtlinge
2     guten und schlechten flüchtlinge
2     selektiv* humanität
2     selektiv* solidarität
1     ihre eigenen werte
1     seine eigenen werte
1.5   mit füßen getreten
1     eigenen verpflichtungen
1     druck auf minsk
2     vorwand für druck
1.5   provokation* litauens
1.5   provokation* der nato
1.5   provokation* des westens
1.5   jeden dialog
2     dialog ablehn*
1.5   den dialog ab
1     dialog mit minsk
1     gespräche mit minsk
2     wegen der westlichen sanktionen
1     westliche sanktionen
1.5   sanktionen des westens
2     sanktionen sind schuld
2     unrechtmäßig* sanktion*
2     rechtswidrig* sanktion*
2     völkerrechtswidrig* sanktion*
1     unmenschlich* vorgehen
1     brutal* grenzschütz*
1     brutalität der grenzschütz*
1.5   vom westen im stich
1.5   westlichen propaganda
1     westliche politiker
@lang uk
2     звинува* європ*
2     звинува* єс
2     звинува* євросоюз*
2     звинува* брюссел*
1.5   звинува* литв*
1.5   звинува* латві*
2     звинува* нато
1.5   звинува* сша
1.5   звинува* америк*
2     звинува* західн*
2     звинува* країн* європ*
2     звинува* заход*
1     переклада* провин*
1     переклас* провин*
2     провин* на захід
2     провину на польщ*
2     провину на єс
2  провину на євросоюз*
2     винн* європ*
2     винн* польщ*
2     винн* єс
2  винн* євросоюз*
1.5   зазіхан* на білоруськ*
1.5   власн* зобов язання
1.5   гуманітарн* зобов*
1.5   ставлен* польськ*
1.5   поводжен* польськ*
1.5   нелюдськ* ставлен*
2     подвійн* морал*
1.5   провокаці* польщ*
1.5   провокаці* литв*
1.5   провокаці* нато
1.5   провокаці* заходу
2     захід спровокува*
2     європ* створи*
2     захід створи*
1.5   не хоче діалог*
1.5   відмовля* говорити
1.5   ігнору* мінськ*
1     війн* в ірак*
1     війн* в афганістан*
1.5   агресивн* політик* заходу
1.5   агресивн* політик* нато
2     антибілоруськ*

# round 7 (ar, fr): general vocabulary for unseen articles
@lang fr
# -- accusations relayed against the EU, Brussels, Warsaw, Vilnius, the West
2     accusé l union européenne
2     accuse l union européenne
2     accusent l union européenne
1.5   accusé l ue
1.5   accuse l ue
2     accuse bruxelles
2     accusé bruxelles
2     accuse varsovie
2     accusé varsovie
1.5   accusé la pologne
1.5   accusé la lituanie
1.5   accuse la lituanie
2     accusé les occidentaux
2     accuse les occidentaux
2     accusé les pays occidentaux
2     accuse les pays occidentaux
2     accusé l europe
2     rejette la responsabilité sur
2     rejeté la responsabilité sur
1.5   rejette la faute sur
2     la faute de bruxelles
2     la faute de l union européenne
2     la faute de l europe
2     la faute de varsovie
2     la faute de la pologne
2     responsabilité de bruxelles
2     responsabilité de varsovie
2     responsabilité de la pologne
2     responsabilité de l europe
2     responsabilité des occidentaux
2     responsabilité des pays occidentaux
# -- the West's wars, interventions and colonial past made the refugees
2     guerres menées par
2     guerres provoquées par
2     guerres déclenchées par
2     guerres de l otan
2     guerres américaines
2     interventions de l otan
2     intervention de l otan
2     interventions américaines
1.5   invasion américaine
2     bombardé la libye
2     bombardé l irak
2     détruit la libye
2     détruit l irak
2     destruction de la libye
2     pays détruits par
1.5   semé le chaos
1.5   néocolonial*
1.5   colonialis*
1.5   impérialis*
2     révolution de couleur
2     révolutions de couleur
2     révolution colorée
2     révolutions colorées
1.5   sous la dictée de washington
1.5   ordres de washington
1.5   marionnette*
# -- hypocrisy, double standards, selective solidarity with Ukrainians
2.5   deux poids et deux mesures
2     solidarité sélective
2     accueil sélectif
2     hospitalité sélective
2     indignation sélective
2     humanisme sélectif
2     réfugiés de seconde zone
2     réfugiés de seconde classe
2     deux catégories de réfugiés
2     bons et mauvais réfugiés
1.5   bons réfugiés
1.5   pas le même traitement
1     même traitement
1.5   diamétralement opposé
1.5   traitement différencié
1.5   discriminatoire*
1     discrimination*
1     racisme
1     raciste*
1.5   couleur de peau
1.5   couleur de leur peau
1.5   donner des leçons
1.5   donne des leçons
1.5   fait la leçon
1.5   prétendues valeurs
2     soi disant valeurs
# -- dialogue refused, Minsk's proposals ignored
2     refuser tout dialogue
2     refuse tout dialogue
2     refusé tout dialogue
2     refusent tout dialogue
2     refuse de discuter
2     refusé de discuter
2     refuse de négocier
2     refusé de négocier
2     refusent de négocier
2     rejet* le dialogue
2     rejet* tout dialogue
1.5   propositions de minsk
1.5   ignor* les propositions
1.5   sourde oreille
# -- sanctions blamed
2     sanctions injustes
2     sanctions unilatérales
2     sanctions illégitimes
1.5   guerre économique
2     guerre hybride contre la biélorussie
2     guerre hybride contre la russie
# -- Poland militarising the border, provoking, playing domestic politics
2     militarisation de la frontière
1     militaris*
2     surenchère sécuritaire
1.5   surenchère
1.5   dérive sécuritaire
1.5   provocations polonaises
1.5   provocation* de varsovie
1.5   provocation* de la pologne
1.5   fins électorales
1.5   se déchaîne
1.5   forteresse europe
1.5   europe forteresse
1.5   mur de la honte
# -- cruelty and lawlessness of the Polish / Lithuanian / Latvian forces, as relayed
2     brutalité des gardes
1.5   brutalités
1.5   traitements inhumains
1.5   traitements dégradants
1.5   viol* les normes
1.5   contraire aux normes
1.5   droit international humanitaire
1     violations des droits
1.5   violations flagrantes
1.5   cherche à cacher
1.5   cherchent à cacher
1.5   manque de transparence
1.5   polonais ont battu
1.5   dénonce l attitude
1.5   dénoncé l attitude
1.5   attitude de la pologne
1.5   comportement de la pologne
0.75  selon minsk
0.75  selon moscou
@lang ar
# -- relayed accusations against the EU, Brussels, Warsaw, Vilnius, the West (masc. verb + fem. object, or لـ)
2     اتهام* لسلط* الاتحاد الأوروبي
2     اتهام* لسلط* الاتحاد الأوربي   # r12 spell-eu
2     اتهام* للاتحاد الأوروبي
2     اتهام* للغرب
2     اتهام* لأوروبا
2     اتهام* لبولندا
2     اتهام* لوارسو
2     اتهام* لليتوانيا
2     اتهام* لبروكسل
1.5   اتهم أوروبا
1.5   يتهم أوروبا
1.5   اتهم بولندا
1.5   يتهم بولندا
1.5   اتهم ليتوانيا
1.5   يتهم ليتوانيا
1.5   اتهم بروكسل
1.5   يتهم بروكسل
1.5   اتهم وارسو
1.5   يتهم وارسو
1.5   اتهم الدول الغربي*
1.5   يتهم الدول الغربي*
1.5   مزاعم الغرب
1.5   ادعاء* الغرب
2     أكاذيب الغرب
1.5   الدعاي* الغربي*
# -- who is to blame
1.5   الغرب هو من
1.5   الغرب يحاول
2.5   أوروبا هي المسؤولة
2.5   أوربا هي المسؤولة   # r12 spell-europe
2.5   بولندا هي المسؤولة
2     بولندا مسؤولة
2     وارسو مسؤولة
2     المسؤولية على الغرب
2     المسؤولية على بولندا
2     المسؤولية على الاتحاد الأوروبي
2     المسؤولية على الاتحاد الأوربي   # r12 spell-eu
1     نقل المسؤولية
# -- Washington pulls the strings
2     بإيعاز من واشنطن
2     بإيعاز أمريكي*
2     بإيعاز أميركي*   # r12 spell-amerika
2     بتوجيه من واشنطن
2     بتوجيه* أمريكي*
2     بتوجيه* أميركي*   # r12 spell-amerika
1.5   المطالب الأمريكي*
1.5   المطالب الأميركي*   # r12 spell-amerika
1.5   الهيمنة الأمريكي*
1.5   الهيمنة الأميركي*   # r12 spell-amerika
1.5   تنفذ الأوامر
# -- the West's wars made the refugees
1.5   الحروب التي يشنها
2     الحروب الأمريكي*
2     الحروب الأميركي*   # r12 spell-amerika
2     حروب واشنطن
2     التدخل العسكري* الغربي
1.5   التدخل* العسكري*
2     الغزو الغربي
2     دمرها الغرب
2     تدمير أفغانستان
2     تدمير سوريا
# -- hypocrisy, double standards, discrimination between refugees
2.5   معايير مزدوجة
2.5   بمعايير مزدوجة
1.5   نفاق
1.5   بالنفاق
2     النفاق السياسي*
1.5   تدعي الدفاع
1.5   يدعي الدفاع
1.5   الديمقراطي* الغربي*
1.5   الديمقراطيات الغربي*
2     حقوق الإنسان المزعومة
1.5   التمييز ضد
1.5   بالتمييز
2     التمييز العنصري*
2     تمييز عنصري*
1.5   عنصري*
1.5   وعنصري*   # r12 procl-wa
2     العنصري* المتجذرة
1.5   التفرقة
1.5   ترحيبا حارا
1.5   بينما ترحب
1.5   في حين ترحب
# -- dialogue refused
2     رفض أي حوار
2     برفض أي حوار
2     يرفض أي حوار
2     ترفض أي حوار
2     رفضت الحوار
2     يرفض* الحوار
2     برفض الحوار
2     رفض التفاوض
1.5   رفض المفاوض*
1.5   ترفض المفاوض*
1.5   رفض التواصل
1.5   رفض الاتصال
1.5   يرفض التواصل
1.5   قطعت الاتصال*
1.5   قطع الاتصال*
# -- Polish intransigence: refusing to let people in
1.5   تعنت
1.5   بتعنت
2     تعنت السلطات
2     التعنت البولندي*
2     التعنت الأوروبي*
2     تعنت بولندا
2     تعنت الاتحاد الأوروبي
2     تعنت الاتحاد الأوربي   # r12 spell-eu
2     إصرارها على عدم السماح
1     عدم السماح لهم بدخول
1.5   ترفض استقبال
1.5   رفض استقبال
1.5   رفضت استقبال
1.5   ترفض قبولهم
1.5   يرفض* قبولهم
# -- abuses by Polish / Lithuanian forces, as relayed by Minsk and NGOs
2     على أيدي الحرس البولندي*
2     على أيدي حرس الحدود البولندي*
2     على يد حرس الحدود البولندي*
2     على أيدي القوات البولندي*
2     على أيدي الجنود البولندي*
2     على أيدي الشرطة البولندي*
2     على أيدي حرس الحدود الليتواني*
1     الحرس البولندي*
1     والحرس البولندي*   # r12 procl-wa
1     بالحرس البولندي*   # r12 procl-bi
1     للحرس البولندي*   # r12 procl-li
1.5   عناصر الأمن البولندي*
1.5   قوات الأمن الليتواني*
1.5   وقوات الأمن الليتواني*   # r12 procl-wa
2     جرائم حرس الحدود
2     جرائم بولندا
2     جرائم القوات البولندي*
2     ممارس* السلطات البولندي*
2     ممارس* بولندا
2     الممارس* البولندي*
2     الممارس* اللاإنساني*
2     ممارس* لا إنساني*
1.5   تصرف* بولندا
2     انتهاك* بولندا
2     الانتهاك* البولندي*
2     انتهاك* حرس الحدود
2     انتهاك* القوات البولندي*
2     انتهاك* ليتوانيا
1.5   انتهاك القانون الدولي
1.5   انتهاك القانون الإنساني*
1.5   تنتهك القانون الدولي
1.5   انتهاكا للقانون الدولي
1     انتهاك* حقوق الإنسان
1.5   احتجازهم بشكل غير قانوني*
1.5   الاحتجاز التعسفي*
1.5   احتجاز تعسفي*
# -- Poland and NATO militarise the border
1.5   الحشد العسكري*
1.5   حشد القوات
1.5   حشود عسكري*
1.5   الحشود العسكري*
1.5   إمكاناته العسكري*
1.5   المعدات العسكري* الثقيلة
2     التصعيد البولندي*
2     تصعيد بولندي*
# -- sanctions and Western pressure; the West's hybrid war on Belarus
2     العقوب* الأحادي*
2     العقوب* أحادي* الجانب
2.5   العقوب* غير المشروعة
2     عقوب* غير شرعي*
1.5   الضغوط الغربي*
1.5   الضغط الغربي
2     حربا هجينة ضد
2     حرب هجينة ضد
2     حرب هجينة على بيلاروس*
2     حرب هجينة على روسيا البيضاء   # r12 syn-belarus
2     حربا هجينة على

# round 7 (es, it): general vocabulary for unseen articles
@lang es
# -- Minsk or Moscow accuse Brussels, the EU members, NATO, the US, the West
1.5   acus* a bruselas
1.5   acus* a la otan
1.5   acus* a letonia
1.5   acus* a europa
1.5   acus* a estados unidos
1.5   acus* a washington
1.5   acus* a los países occidentales
1.5   acus* a los países europeos
1.5   acus* a las naciones europeas
1.5   acus* a la unión europea
1.5   acus* a las autoridades polacas
1.5   culp* a bruselas
1.5   culp* a lituania
1.5   culp* a la otan
1.5   culp* a estados unidos
1.5   culp* a los países occidentales
1.5   responsabiliz* a la ue
1.5   responsabiliz* a la unión europea
1.5   responsabiliz* a bruselas
1.5   responsabiliz* a lituania
1.5   lukashenko acus*
1.5   minsk acus*
1.5   moscú acus*
1.5   el kremlin acus*
# -- the West's wars and policies caused the flight and the crisis
2     culpa de occidente
2     culpa de la ue
2     culpa de europa
2     culpa de polonia
2     culpa de la otan
2     culpa de estados unidos
2     responsabilidad de occidente
2     responsabilidad de la ue
2     responsabilidad de europa
2     políticas occidentales
2     política occidental
1.5   causantes de la crisis
1     causa principal
0.75  aprovech* la crisis
1     huyen de la guerra
1     huyen de las guerras
1.5   guerras en oriente medio
1.5   invasión de irak
1.5   invasión de afganistán
1     países occidentales
1     los occidentales
1     expansión de la otan
1.5   injerencia occidental
1.5   injerencia extranjera
# -- double standards, hypocrisy, discrimination
2     solidaridad selectiva
2     refugiados de segunda
1.5   de segunda clase
1.5   trato diferente
1.5   diferencia de trato
2     doble vara de medir
2   hipocresía occidental
1     con los brazos abiertos
1     discrimina*
1     xenófob*
1     lecciones de democracia
1     dar lecciones
# -- cruelty of the guards, a militarised border, the truth hidden
1.5   crueldad
1     crueles
1.5   trato cruel
1.5   brutalidad de los guardias
0.75  brutalidad
0.75  inhuman*
1.5   militarización de la frontera
1     militariz*
0.5   concentración de tropas
0.5   tropas polacas
0.5   ejército polaco
0.5   militares polacos
0.5   soldados polacos
0.75  policía polaca
0.75  guardias lituanos
0.75  guardias letones
0.75  guardias fronterizos polacos
0.75  guardias fronterizos lituanos
1.5   ocultar la verdad
1.5   ocultan la verdad
1.5   para que nadie sepa
0.5   estado de emergencia
# -- sanctions and refused dialogue blamed
2     culpa de las sanciones
1.5   a causa de las sanciones
1.5   debido a las sanciones
0.5   sanciones contra bielorrusia
2   se negó a dialogar
1.5   se niegan a dialogar
2   negarse a dialogar
2   negativa a dialogar
1.5   rechaz* el diálogo
1.5   rechaz* dialogar
1     falta de diálogo
# -- the charges against Minsk are absurd; Russophobia, Western propaganda
1.5   acusaciones absurdas
1.5   acusaciones sin fundamento
1.5   carecen de fundamento
1.5   propaganda occidental
1     medios occidentales
0.75  histeria
1     irresponsabl*
0.5   provocaciones
0.5   peskov
0.5   zajárova
@lang it
# -- Minsk or Moscow accuse Warsaw, Vilnius, Riga, Brussels, NATO, the West
1.5   accus* la polonia
1.5   accus* varsavia
1.5   accus* la lituania
1.5   accusa vilnius
1.5   accusato vilnius
1.5   accus* la lettonia
1.5   accus* l occidente
1.5   accus* l ue
1.5   accus* l europa
1.5   accus* bruxelles
1.5   accus* l unione europea
1.5   accus* la nato
1.5   accus* gli stati uniti
1.5   accusa washington
1.5   accusato washington
1.5   accus* i paesi occidentali
1.5   accus* i paesi europei
1.5   accus* le autorità polacche
1.5   accus* le guardie polacche
1.5   lukashenko ha accusato
1.5   lukashenko accusa
1.5   minsk accusa
1.5   mosca accusa
1.5   minsk ha accusato
1.5   mosca ha accusato
1.5   il cremlino accusa
# -- the West's wars and policies caused the crisis
2     colpa dell ue
2     colpa di bruxelles
2     colpa della nato
2     colpa degli stati uniti
2     colpa dell unione europea
2     colpa di varsavia
2     colpa della lituania
1.5   responsabilità dell ue
1.5   responsabilità dell europa
1.5   responsabilità della polonia
1.5   responsabilità di bruxelles
2     politiche occidentali
2     politica occidentale
1     causa principale
0.75  sfrutt* la crisi
1.5   guerre in medio oriente
1.5   invasione dell iraq
1.5   invasione dell afghanistan
1.5   bombardamenti della nato
1     fuggono dalle guerre
1     fuggono dalla guerra
1     paesi occidentali
1     gli occidentali
1     espansione della nato
1.5   ingerenza occidentale
1.5   ingerenze occidentali
# -- double standards, discrimination
2     solidarietà selettiva
2     accoglienza selettiva
2     disparità di trattamento
1.5   diverso trattamento
1.5   trattamento diverso
1.5   due pesi
1.5   seconda classe
1.5   doppia morale
1.5   ipocrisia occidentale
1     a braccia aperte
1     lezioni di democrazia
1     dare lezioni
# -- cruelty of the guards, a militarised border, the truth hidden
1     crudel*
1.5   brutalità delle guardie
0.75  brutalità
0.75  disuman*
1.5   militarizzazione del confine
1     militarizz*
0.5   truppe polacche
0.5   esercito polacco
0.5   soldati polacchi
0.5   militari polacchi
0.75  polizia polacca
0.75  guardie polacche
0.75  guardie lituane
0.75  guardie lettoni
0.75  guardie di frontiera polacche
0.75  guardie di frontiera lituane
1.5   nascondere la verità
1.5   nascondono la verità
1.5   perché nessuno sappia
0.5   stato di emergenza
0.5   stato d emergenza
# -- sanctions blamed, dialogue refused
2     colpa delle sanzioni
1.5   a causa delle sanzioni
1     causa di tutto
0.5   sanzioni contro la bielorussia
0.75  cappio
1.5   rifiut* di dialogare
1.5   rifiut* il dialogo
1.5   rifiuto del dialogo
1.5   rifiut* ogni dialogo
1     mancanza di dialogo
# -- the charges against Minsk are absurd; Russophobia, Western propaganda
1.5   accuse infondate
1.5   accuse assurde
1.5   prive di fondamento
1.5   privo di fondamento
1.5   russofob*
1.5   propaganda occidentale
1     media occidentali
0.75  isteria
1     irresponsabil*
0.5   provocazioni
1     assolutamente inaccettabile
1     completamente inaccettabile
1     portavoce del cremlino

# round 7b (de): general vocabulary for unseen articles
@lang de
1.5   wirft den polnischen
1.5   warf den polnischen
1.5   wirft der polnischen
1.5   warf der polnischen
1.5   wirft den litauischen
1.5   warf den litauischen
1.5   wirft der litauischen
1.5   wirft lettland vor
1.5   warf lettland vor
1.5   wirft den lettischen
1.5   warf den westlichen
1.5   beschuldigte polen
1.5   beschuldigt warschau
1.5   beschuldigte warschau
1.5   beschuldigt* litauen
1.5   beschuldigt* die polnischen
1.5   beschuldigte den westen
1.5   beschuldigt* brüssel
1.5   macht den westen
1.5   machte den westen
1.5   macht polen für
1.5   machte polen für
1.5   macht warschau für
1.5   machte warschau für
1.5   macht die eu für
1.5   machte die eu für
1.5   macht brüssel für
1.5   machte brüssel für
1.5   macht litauen für
1.5   macht die polnische
1.5   machte die polnische
1.5   gibt polen die schuld
1.5   gab polen die schuld
1.5   gibt warschau die schuld
1.5   gibt brüssel die schuld
1.5   gab dem westen die schuld
1.5   gibt der nato die schuld
2     schuld bei der eu
2     schuld beim westen
1.5   schuld bei polen
1.5   schuld bei warschau
2     schuld bei brüssel
1.5   schuld bei litauen
1.5   schuld der polnischen
2.5   westen sei schuld
2.5   eu sei schuld
2     polen sei schuld
2.5   europa sei schuld
2.5   nato sei schuld
2.5   brüssel sei schuld
1.5   trage der westen
1.5   trägt der westen
1.5   trage die eu
0.75  grenzkomitee*
0.75  staatlich* grenzkomitee*
0.5   nach angaben der belarussischen
0.5   belarussisch* staatsfernseh*
0.75  lawrow
0.75  sacharowa
1     nebensja
1.5   polnisch* grenzschütz* hätten
1.5   polnisch* soldaten hätten
1.5   litauisch* grenzschütz* hätten
1     polnisch* seite habe
1.5   grausamkeit*
1     grausam* behandelt
2     brutal* vorgehen der polnischen
2     brutal* vorgehen polens
2     brutal* vorgehen der litauischen
1     gewalt der polnischen
1     gewalt litauisch*
1     gewalt der litauischen
1     wie tiere behandelt
1     wie vieh
1     in den tod getrieben
1.5   tote auf dem gewissen
1.5   eu duldet
1.5   brüssel duldet
1.5   billigung der eu
1.5   billigung brüssels
1.5   mit rückendeckung der eu
1.5   rückendeckung aus brüssel
1.5   rückendeckung brüssels
1.5   schweigen der eu
1.5   eu sieht tatenlos zu
1     tatenlos zu
1.5   eu schaut zu
1.5   eu schaut weg
1.5   europa schaut weg
1     wegschauen
1.5   komplizenschaft
1.5   mitverantwortlich*
1     abschottungspolitik*
1.5   tödlich* abschottung*
1.5   tödlich* grenzpolitik
1.5   tödlich* migrationspolitik
1     militarisiert*
1.5   aufrüstung an der grenze
0.75  truppen an die grenze
1.5   aggression* polens
1.5   polnisch* aggression*
1     aggressiv* rhetorik
1.5   eskalation durch polen
1     polen eskaliert
1     warschau eskaliert
2     vom westen zerstört*
2     vom westen bombardiert*
2     vom westen verursacht*
2     von der nato zerstört*
2.5     von der nato bombardiert*
1.5   nato bombardement*
1.5   amerikanisch* intervention*
1.5   us intervention*
1.5   us invasion
1.5   us kriege
1.5   us bomben
1.5   us besatzung
1.5   westlich* besatzung*
1.5   westlich* bombardement*
2     kriegen des westens
2     kriegen der usa
2     kriegen der nato
2     kriege der nato
1.5   chaos angerichtet
1     chaos im nahen osten
1.5   zerstörung* des irak*
1.5   zerstörung* libyens
1.5   zerstörung* syriens
2     destabilisierung des nahen ostens
1.5   flüchtlingsströme verursacht
0.5   fluchtursachen
2     selbst verursacht*
2     selbst herbeigeführt*
2     selbst eingebrockt
1.5   eingebrockt
1.5   was sie gesät
2.5   doppelstandard*
2     zweierlei maßstäb*
1.5   mit zweierlei
2     werte verraten
2     verrät ihre werte
2     verraten ihre werte
2     werte mit füßen
1.5   menschenrechtsrhetorik
1.5   moralisch* überlegen*
1.5   moralisch* bankrott*
1.5   moralisch* zeigefinger
1.5   erhobenen zeigefinger
1.5   menschenrechte gelten nicht
0.5   rassistisch*
1.5   ungleichbehandlung
1     unterschiedlich* behandelt*
1     mit offenen armen
1     zum dialog bereit
1     dialogbereit*
1.5   antibelarussisch*
1     antirussisch*
0.75  leitmedien
2     kollektiv* westen
1.5   russlandfeindlich*
1     westliche eliten
1.5   regime in warschau
1.5   warschauer regime
1.5   polnisch* nationalist*
1     vorwürfe gegen polen
1     vorwürfe gegen warschau
1     vorwürfe gegen die eu
1.5   vorwürfe gegen den westen
1     vorwürfe gegen litauen
1.5   westen habe
1.5   westlichen länder hätten
1.5   westlichen staaten hätten
1.5   polnischen behörden hätten
1.5   litauischen behörden hätten
1.5   nato habe
2     westen trage

# round 7b (ru, be, uk): general vocabulary for unseen articles
@lang ru
2.5   с больной головы на здоров*
2     перелож* вину
2     перекладыва* вину на
2     свалива* вину
2     вали* вину
1.5   ищ* крайн*
1.5   сделать крайн*
1.5   назнач* виноват*
1.5   выставить виноват*
1.5   демонизаци* беларус*
1.5  демонизаци* белорусс*
1.5   демонизир* беларус*
1.5  демонизир* белорусс*
2     беспочвенн* обвинени*
2     абсурдн* обвинени*
1.5   надуманн* обвинени*
1.5   необоснованн* обвинени*
1.5   надуманн* предлог*
1     лукашенко обвини*
1     лукашенко обвиня*
1.5   минск* обвини*
1.5   минск* обвиня*
1     лавров* обвини*
1     лавров* обвиня*
1     захаров* обвини*
1     мид беларус* обвини*
1  мид белорусс* обвини*
1     мид рф обвини*
1.5   несет полн* ответственност*
1.5   несут полн* ответственност*
1.5   ответственност* за происходящ*
1     ответственност* за ситуаци*
2     созданн* евросоюз*
2     созданн* ес
2     созданн* польш*
2     созданн* брюссел*
2     созданн* сша
2     созданн* нато
1.5   провал* миграционн* политик*
1.5   из за действи* литв*
1.5   из за действи* латви*
1.5   из за действи* ес
1.5   из за действи* евросоюз*
1.5   из за действи* запад*
1.5   из за действи* польск*
1.5   из за действи* литовск*
1.5   из за политик* запад*
1.5   из за политик* ес
1.5   из за политик* евросоюз*
1.5   из за политик* польш*
1.5   в результат* действи* польск*
2.5   по вине запад*
2.5   по вине евросоюз*
1.5   по вине брюссел*
1.5   по вине латв*
1.5   по вине нато
1.5   по вине сша
1.5   негуманн*
1.5   антигуманн*
1     средневеков* метод*
1.5   садизм*
1.5   спусти* собак*
1     раздел* догола
1     отобрал* телефон*
1     разбил* телефон*
1.5   подкину* тел*
1.5   перетащи* тел*
1.5   подброси* труп*
1.5   погиб* по вине
1.5   умер* по вине
1     грубейш* нарушени*
1     грубо наруша*
1     нарушени* норм* международн* прав*
1     наруша* норм* международн* прав*
1.5   наруша* женевск* конвенци*
1.5   неоднократно предлага*
1     открыт* к диалог*
1     открыт* для диалог*
1.5   игнорир* обращени*
1.5   проигнорир* обращени*
1.5   игнорир* запрос*
1.5   проигнорир* запрос*
1.5   польск* сторон* отказ*
1.5   литовск* сторон* отказ*
1.5   польск* сторон* не отвеча*
1     очередн* факт*
1.5   стыдливо молч*
1.5   гробов* молчани*
1.5   предпочита* не замеча*
1.5   предпочита* молч*
1.5   европ* молч*
1.5   евросоюз* молч*
1.5   ес молч*
2     правозащитник* молч*
2     где же правозащит*
2     где же европейск*
1.5   общечеловеческ* ценност*
1.5   западн* ценност*
2     показн* гуманизм*
1.5   показн* забот*
1.5   на словах защища*
1     проповеду* ценност*
1.5   лицемер*
1.5   ханжеств*
1.5   фарисейств*
2     разн* отношени* к беженц*
2     сортиру* беженц*
2     дел* беженц* на
1     расистск*
1     ксенофоби*
1.5   мигрантофоби*
1.5   западн* пропаганд*
1.5   польск* пропаганд*
1     западн* сми
1.5   враждебн* действи*
1.5   враждебн* политик*
1.5   недружественн* действи*
2     удушающ* санкци*
2     экономическ* войн* против беларус*
2  экономическ* войн* против белорусс*
1   давлени* запад*
1.5   давлени* на нашу стран*
1.5   угроз* со сторон* нато
1.5   угроз* со сторон* польш*
1.5   угроз* со сторон* запад*
1   со сторон* польш*
1   со сторон* литв*
1   со сторон* латви*
1   со сторон* ес
1   со сторон* евросоюз*
1   со сторон* запад*
1   со сторон* варшав*
1   со сторон* брюссел*
1   со сторон* вильнюс*
1     натовск*
1.5   реваншизм*
1     гегемон*
1.5   западн* элит*
2     вашингтонск* обком*
2     принесл* демократи*
2     насажда* демократи*
1.5   неоколониал*
1.5   сдерживал* поток*
1.5   сдерживал* мигрант*
1.5   не пуска* в евросоюз*
1.5   не пуска* в европ*
1.5   не пуска* в ес
1.5   не пуска* в польш*
1.5   отказ* приня* беженц*
1.5   отказ* приня* мигрант*
1     евросоюз* должен
1  ес должен
1     европ* должна
1     размещени* войск* нато
1     угрожа* беларус*
1  угрожа* белорусс*
0.5   белта
0.75  гпк беларус*
0.75  гпк белорусс*
0.75  официальн* представител* гпк
0.75  бычковск*
0.5   официальн* варшав*
2     спровоцирова* польш*
2     спровоцирова* литв*
2     спровоцирова* евросоюз*
2  спровоцирова* ес
2     спровоцирова* запад*
2     спровоцирова* брюссел*
2     заложник* политик* запад*
2     заложник* политик* ес
2     заложник* политик* евросоюз*
2     заложник* политик* польш*
2     заложник* политик* брюссел*
2     провокационн* действи* польск*
2     провокационн* действи* литовск*
1.5   возложи* вину
2     возлага* вину на
1.5   вину на польш*
1.5   вину на запад*
1.5   вину на евросоюз*
1.5  вину на ес
1.5   вину на литв*
1.5   вину на брюссел*
1.5   вину на варшав*
1   не готов* приня*
@lang be
2.5   з хворай галавы на здаровую
2     перакла* віну
2     звалі* віну
2     звальва* віну
1.5   віну на польшч*
1.5   віну на захад
1.5   віну на еўрасаюз*
1.5   віну на еўрапейск* саюз*   # r12 synonym variant (Еўрапейскі саюз)
1.5   віну на эўрапейск* зьвяз*   # r12 synonym variant (Еўрапейскі саюз)
1.5   віну на ес   # r12 synonym variant (ЕС/Еўрасаюз)
1.5   віну на эуразьвяз*   # r12 tarashkevitsa variant
1.5   віну на эз   # r12 synonym variant (ЕС/Еўрасаюз)
1.5   віну на літв*
1     у адрас польшч*
1     у адрас варшав*
1     у адрас брусел*
1     у адрас брусэл*   # r12 tarashkevitsa variant
1     у адрас захад*
1     у адрас еўрасаюз*
1     у адрас еўрапейск* саюз*   # r12 synonym variant (Еўрапейскі саюз)
1     у адрас эўрапейск* зьвяз*   # r12 synonym variant (Еўрапейскі саюз)
1     у адрас ес   # r12 synonym variant (ЕС/Еўрасаюз)
1     у адрас эуразьвяз*   # r12 tarashkevitsa variant
1     у адрас эз   # r12 synonym variant (ЕС/Еўрасаюз)
1     у адрас літв*
2     па віне варшав*
2     па віне брусел*
2     па віне ната
2     па віне нато   # r12 tarashkevitsa variant
2     па віне зша
2     па віне латві*
2     па віне польск*
2     па віне літоўск*
1.5   адказнас* літв*
1.5   адказнас* ес
1.5   адказнас* эз   # r12 tarashkevitsa variant
1.5   адказнас* ната
1.5   адказнас* нато   # r12 tarashkevitsa variant
1.5   адказнас* зша
1.5   адказнас* еўроп*
1.5   адказнас* эуроп*   # r12 tarashkevitsa variant
1.5   адказнас* латві*
2     усклада* адказнас* на
1.5   усклал* адказнас*
2     вінават* літв*
2     вінават* ес
2     вінават* эз   # r12 tarashkevitsa variant
2     вінават* еўрасаюз*
2     вінават* эўрапейск* зьвяз*   # r12 synonym variant (Еўрапейскі саюз)
2     вінават* эуразьвяз*   # r12 tarashkevitsa variant
2     вінават* зша
2     вінават* варшав*
1     лукашэнка абвінаваці*
1     лукашэнка абвінавачва*
1.5   мінск абвінаваці*
1.5   менск абвінаваці*   # r12 tarashkevitsa variant
1.5   мінск абвінавачва*
1.5   менск абвінавачва*   # r12 tarashkevitsa variant
1     выдварыл*
1.5   выдварэн* мігрант*
2     збіт* польск*
2     збіт* літоўск*
1.5   жорстка збіл*
1.5   жорстка зьбіл*   # r12 tarashkevitsa variant
1.5   нечалавечн*
1.5   антыгуманн*
1.5   крывадушш*
1.5   заходн* каштоўнас*
1     дэмакратычн* каштоўнас*
1.5   санкцыйн* палітык*
1     ціск* на беларусь
1     ціск* на мінск
1     ціск* на менск   # r12 tarashkevitsa variant
1.5   сцягва* войск*
1.5   сьцягва* войск*   # r12 tarashkevitsa variant
1.5   сцягнул* войск*
1.5   сьцягнул* войск*   # r12 tarashkevitsa variant
1.5   натаўск*
1.5   блок* ната
1.5   блок* нато   # r12 tarashkevitsa variant
2     пагроз* з боку ната
2     пагроз* з боку нато   # r12 tarashkevitsa variant
2     пагроз* з боку польшч*
1   з боку польшч*
1   з боку літв*
1   з боку латві*
1   з боку захад*
1   з боку еўрасаюз*
1     з боку еўрапейск* саюз*   # r12 synonym variant (Еўрапейскі саюз)
1     з боку эўрапейск* зьвяз*   # r12 synonym variant (Еўрапейскі саюз)
1     з боку ес   # r12 synonym variant (ЕС/Еўрасаюз)
1     з боку эуразьвяз*   # r12 tarashkevitsa variant
1     з боку эз   # r12 synonym variant (ЕС/Еўрасаюз)
1   з боку польск*
1   з боку літоўск*
2     адмов* ад перамоў
2     адмаўл* ад перамоў
1.5   нежадан* весці
1.5   нежадан* весьці   # r12 tarashkevitsa variant
1     гатов* да дыялог*
1     гатов* да дыялег*   # r12 tarashkevitsa variant
1.5   заходн* палітык*
1.5   палітык* захаду
1.5   бамбёжк*
1.5   разбуран* краін*
2     беспадстаўн* абвінавачан*
1.5   надуман* абвінавачан*
1.5   па-еўрапейску
1.5   па-эурапейску   # r12 tarashkevitsa variant
2     дзе ж праваабаронц*
1.5   хвалён* дэмакраты*
2     так зван* дэмакраты*
1.5   ганебн* маўчан*
1.5   маўч* еўроп*
1.5   мауч* эуроп*   # r12 tarashkevitsa variant
1.5   еўропа маўч*
1.5   эуропа мауч*   # r12 tarashkevitsa variant
1.5   ес маўч*
1.5   еурасаюз* мауч*   # r12 synonym variant (ЕС/Еўрасаюз)
1.5   эз мауч*   # r12 tarashkevitsa variant
1.5   эуразьвяз* мауч*   # r12 synonym variant (ЕС/Еўрасаюз)
1.5   падкінул* цел*
1.5   цкавал* сабак*
1.5   выганя* на мароз
1.5   кінул* паміраць
1.5   пакінул* паміраць
1.5   не пуска* ў еўрасаюз*
1.5   не пуска* у ес   # r12 synonym variant (ЕС/Еўрасаюз)
1.5   не пуска* у эуразьвяз*   # r12 tarashkevitsa variant
1.5   не пуска* у эз   # r12 synonym variant (ЕС/Еўрасаюз)
1.5   не пуска* ў польшч*
1.5   адмаўля* прыма* ўцекач*
1.5   адмаўля* прыма* мігрант*
1     ўцекач* з блізкага ўсходу
2     zachodni* kaštoŭnasc*
2     pa vinie polšč*
2     pa vinie zachad*
2     adkaznasc* zachadu
1.5   biesčałaviečn* abychodžan*
2     kryvadušš*
1.5   sankcyjn* palityk*
2     справакавал* польшч*
2     справакавал* захад*
2     справакавал* еўрасаюз*
2     справакавал* эуразьвяз*   # r12 tarashkevitsa variant
2     закладнік* палітык* захаду
2     закладнік* палітык* ес
2     закладнік* палітык* еурасаюз*   # r12 synonym variant (ЕС/Еўрасаюз)
2     закладнік* палітык* эз   # r12 tarashkevitsa variant
2     закладнік* палітык* эуразьвяз*   # r12 synonym variant (ЕС/Еўрасаюз)
2     закладнік* палітык* польшч*
2     правакацыйн* дзеян* польск*
2     правакацыйн* дзеян* літоўск*
@lang uk
2.5   з хвор* голови на здоров*
2     переклада* провину
2     переклас* провину
2     звали* провину
2     спихну* провину
1.5   провин* заходу
1.5   провин* польщ*
1.5   провин* єс
1.5  провин* євросоюз*
1.5   провин* європ*
1.5   провин* нато
1.5   провин* сша
1.5   вин* польщ*
1.5   вин* європ*
1.5   провину на литв*
1.5   провину на брюссел*
1.5   провину на варшав*
1.5   провину на європ*
1.5   провину на нато
1.5   провину на сша
1.5   провину на латві*
1.5   відповідальн* польщ*
1.5   відповідальн* варшав*
1.5   відповідальн* брюссел*
1.5   відповідальн* литв*
1.5   відповідальн* нато
1.5   відповідальн* сша
1.5   відповідальн* європ*
2     відповідальн* на польщ*
2     відповідальн* на захід
2     відповідальн* на єс
2  відповідальн* на євросоюз*
2     відповідальн* на литв*
2     відповідальн* на брюссел*
2     відповідальн* на варшав*
2     лежить на єс
2     лежить на заход*
2     лежить на литв*
2     лежить на євросоюз*
2     лежить на нато
1     лукашенк* звинуват*
1     лукашенк* звинувачу*
1.5   мінськ* звинуват*
1.5   мінськ* звинувачу*
1     лавров* звинуват*
1     лавров* звинувачу*
1     захаров* звинуват*
1     москв* звинувачу*
1     кремл* звинувачу*
2     витісн* на білоруськ*
2     витісн* до білорус*
2     витісн* в білорус*
2     витісн* на територі* білорус*
2     поби* польськ*
2     побит* польськ*
2     польськ* прикордонник* поби*
2     литовськ* прикордонник* поби*
2     побит* литовськ*
2     знущ* польськ*
2     знущ* литовськ*
1.5   західн* цінност*
2     хвален* європ*
2     цивілізован* європ*
2     так зван* демократ*
2     санкційн* тиск*
2     санкційн* війн*
1.5   санкційн* політик*
1.5   мілітаризаці* регіон*
1.5   нарощува* військ*
1.5   нарощуванн* військ*
1.5   агресивн* блок*
2     загроз* з боку нато
2     загроз* з боку польщ*
2     загроз* з боку заходу
2     відмов* від переговор*
2     війн* сша
2     війн* нато
2     вторгнен* сша
2     вторгнен* нато
2     бомбардуванн* нато
2     бомбардуванн* сша
2     інтервенці* сша
2     інтервенці* нато
2     інтервенці* заходу
2     зруйнува* ірак*
2     зруйнува* ліві*
2     зруйнува* сирі*
2     зруйнува* афганістан*
2     зруйнува* їх* країн*
2     наслідк* американськ*
2     наслідк* натовськ*
2     наслідк* втручан*
2     західн* втручан*
2     втручан* заходу
2.5   експорт* демократі*
1.5   маріонетк*
2     безпідставн* звинувачен*
1.5   надуман* звинувачен*
1.5   абсурдн* звинувачен*
1.5   не пуска* в єс
1.5  не пуска* в євросоюз*
1.5   не пуска* до єс
1.5  не пуска* до євросоюз*
1.5   не пуска* до європ*
1.5   відмовля* прийма* біженц*
1.5   відмовля* прийма* мігрант*
1   з боку польщ*
1   з боку литв*
1   з боку заходу
1   з боку польськ*
1   з боку литовськ*
1.5   нелюдяно
2     спровокува* польщ*
2     спровокува* литв*
2     спровокува* євросоюз*
2  спровокува* єс
2     заручник* політик* заходу
2     заручник* політик* єс
2  заручник* політик* євросоюз*
2     заручник* політик* польщ*
2     провокаційн* дій* польськ*
2     провокаційн* дій* литовськ*

# round 7b (en, pl, ar): general vocabulary for unseen articles
@lang en
1.5  accus* riga of
1.5  accus* the polish government
1.5  accus* polish authorities
1.5  accus* the lithuanian authorities
1.5  accus* lithuanian authorities
1.5  accus* the latvian authorities
1.5  accus* polish soldiers
1.5  accus* polish troops
1.5  accus* the polish military
1.5  accus* polish security forces
1.5  accus* eu countries
1.5  accus* european countries
1.5  accus* western nations
1.5  accus* the collective west
1.5  accus* the americans
1.5  blam* vilnius
1.5  blam* riga
1.5  blam* the baltic*
1.25  blam* the polish authorities
1.25  blam* polish authorities
1.25  blam* the lithuanian authorities
1.5  blam* eu countries
1.5  blam* european countries
1.5  blam* the collective west
1.5  blam* the americans
1.5  finger at the west
1.5  finger at poland
1.5  finger at brussels
1.5  finger at warsaw
1.5  finger at the eu
1.5  finger at washington
2  the west is responsible
2.5  the eu is responsible
3  the west is to blame
2  lithuania is to blame
2  the us is to blame
3  the eu is to blame
2  the west bears
2  the eu bears
2  europe bears
2  poland bears
1.5  bears full responsibility
3  crisis created by the west
2  created by europe
0.75  according to the state border committee
0.75  state border committee of belarus
0.75  belarusian state border committee
0.5  according to belta
0.5  belta reported
0.5  told belta
0.5  according to tass
0.5  told tass
0.5  told ria novosti
0.75  zakharova said
0.75  maria zakharova
0.5  peskov said
0.75  lavrov said
1.5  war in iraq
1.5  invasion of afghanistan
1.5  bombing of libya
1.5  destruction of libya
1.5  nato bombing*
2.5  nato bombed
1  us led coalition
1  regime change
1.5  interventionist
1.5  occupation of afghanistan
1.5  us occupation
1.5  hasty withdrawal
1.5  export of democracy
2  exporting democracy
2  export democracy
2.5  countries destroyed by
3  fleeing western wars
2  wars started by
2  wars waged by
1.5  self proclaimed champions
1.5  champions of democracy
1.5  beacon of democracy
1.5  lectur* others
1.5  lecturing belarus
1.5  sanctimonious
1.5  much vaunted
1.5  vaunted european values
1.5  values they preach
1.5  inhumane treatment
2  polish border guards beat
2  set dogs on
1.5  unleashed dogs
1.5  pushed back into belarus
1.5  forced back into belarus
1.5  thrown across the border
1.5  dumped at the border
2  bodies thrown
2  threw the bodies
1.5  forcibly expelled
1.5  rejected minsk s proposal
1.5  turned down the proposal
0.75  sanctions policy
1.5  sanctions hysteria
1.5  economic war against belarus
1.5  economic strangulation
1.5  militarisation of the border
1.5  provocations from
1.5  nato infrastructure
1  absurd accusations
1  groundless accusations
1  unfounded accusations
1  baseless accusations
1  false accusations
2  scapegoat
1.5  militarisation
1.5  militarization
1.5  militaris* the border
1.5  militariz* the border
1.5  militarising
1.5  militarizing
@lang pl
1  oskarż* polsk*
1.5  oskarż* warszaw*
1.5  oskarż* litwę
1.5  oskarż* łotwę
1.5  oskarż* zachód
1.5  oskarż* zachodu    # r12 variant
1.5  oskarż* uni* europejsk*
1.5  oskarż* unii    # r12 variant
1.5  oskarż* ue o
1.5  oskarż* nato o
1.5  oskarż* usa o
1.5  oskarż* stan* zjednoczon*
1.5  oskarż* bruksel*
1.5  oskarż* waszyngton
1.5  oskarż* pols* pogranicznik*
1.5  oskarż* pols* żołnierz*
1.5  oskarż* polsk* służb*
1.5  oskarż* kraj* zachodni*
1.5  oskarż* państw* zachodni*
1.5  oskarż* kraj* unii
1.5  obwini* polskę
1.5  obwini* polski    # r12 variant
1.5  obwini* warszawę
1.5  obwini* zachód
1.5  obwini* zachodu    # r12 variant
1.5  obwini* unię
1.5  obwini* unii    # r12 variant
1.5  obwini* ue za
1.5  obwini* usa
1.5  obwini* stan* zjednoczon*
1.5  obwini* bruksel*
1.5  obwini* litwę
1.5  obwini* kraj* zachodni*
1.5  obarcz* winą zachód
1.5  obarcz* winą polskę
1.5  obarcz* winą unię
1.5  obarcz* zachód
1.5  obarcz* polsk*
1.5  obarcz* unię
1.5  obarcz* ue
2  zrzuca* winę na
1.5  zrzuci* winę na
1.5  zrzucen* winy
2  przerzuc* odpowiedzialność
1.5  wina leży po stronie
2.5  wina zachodu
1.5  wina polski
2  wina unii
1.5  winny jest zachód
1.5  winna jest polska
1.5  winna jest unia
1  to zachód jest
1.5  zachód ponos*
1.5  polska ponos*
1.5  unia ponos*
0.5  zdaniem łukaszenk*
0.5  według łukaszenk*
0.5  łukaszenk* twierdz*
0.5  twierdz* łukaszenk*
0.5  według mińska
0.5  według strony białoruskiej
0.5  strona białoruska twierdz*
0.5  białoruska strona twierdz*
1  strona białoruska oskarż*
1  państwowy komitet graniczny
1  państwowego komitetu granicznego
0.5  według agencji belta
0.5  agencj* belta
0.5  rzeczniczka msz rosji
0.5  zacharow*
0.5  pieskow*
0.5  ławrow*
3  wojny zachodu
3  zachodnie wojny
1.5  wojn* wywołan* przez usa
1.5  wojn* prowadzon* przez zachód
1.5  wojn* prowadzon* przez usa
1.5  interwencj* nato
1.5  amerykańsk* interwencj*
1.5  bombardowa* libii
1.5  uciek* przed wojn*
3  zniszczyli ich kraje
1.5  zrujnowa* przez zachód
2.5  eksport* demokracji
1  zakłaman*
1.5  tak zwan* demokracj*
1  cywilizowan* europ*
1.5  cywilizowan* zachód
1.5  pols* żołnierz* pobil*
1.5  pols* pogranicznic* pobil*
1.5  odmówi* dialogu
1.5  odmówił* rozmów
1.5  odrzuci* propozycj* mińska
1.5  odrzuci* propozycj* łukaszenk*
1.5  pozosta* bez odpowiedzi
1.5  odmawia* przyjęcia uchodźc*
1.5  bezprawn* sankcj*
1.5  presj* sankcyjn*
1.5  ukarać mińsk
1.5  militaryzuj*
1.5  prowokacj* polski
1.5  prowokacj* ze strony polski
2  polskie prowokacje
1.5  zagrożeni* dla białorusi
1.5  zagraża* białorusi
1.5  ekspansj* nato
2  tak zwan* wojn* hybrydow*
1  absurdaln* oskarżen*
1  bezpodstawn* oskarżen*
@lang ar
2  حمل الغرب المسؤولية
2  حمل الغرب
2  تحميل الغرب
2  يحمل الاتحاد الأوروبي
2     يحمل الاتحاد الأوربي   # r12 spell-eu
2  تحميل الاتحاد الأوروبي
2     تحميل الاتحاد الأوربي   # r12 spell-eu
2  حمل بولندا
2  يحمل بولندا
2  تحميل بولندا
2  حمل أوروبا
2     حمل أوربا   # r12 spell-europe
2  يحمل أوروبا
2     يحمل أوربا   # r12 spell-europe
2  تحميل أوروبا
2     تحميل أوربا   # r12 spell-europe
2  حمل واشنطن
2  يحمل واشنطن
2  حمل ليتوانيا
2  تتحمل بولندا
2  يتحمل الاتحاد الأوروبي
2     يتحمل الاتحاد الأوربي   # r12 spell-eu
2  الغرب يتحمل
2  بولندا تتحمل
1  المسؤولية الكاملة
1.5  باللوم على الغرب
1.5  باللوم على بولندا
1.5  باللوم على الاتحاد الأوروبي
1.5   باللوم على الاتحاد الأوربي   # r12 spell-eu
1.5  باللوم على أوروبا
1.5  باللوم على واشنطن
1.5  باللائمة على
1.5  ألقى باللوم
1.5  ألقت باللوم
1.5  يلقي باللوم
1.5  تلقي باللوم
1.5  إلقاء اللوم على
1.5  اتهمت الغرب
1.5  اتهمت الاتحاد الأوروبي
1.5   اتهمت الاتحاد الأوربي   # r12 spell-eu
1.5  تتهم الاتحاد الأوروبي
1.5   تتهم الاتحاد الأوربي   # r12 spell-eu
1.5  اتهم الناتو
1.5   اتهم حلف شمال الأطلسي   # r12 syn-nato
1.5  يتهم الناتو
1.5   يتهم حلف شمال الأطلسي   # r12 syn-nato
1.5  اتهم حلف الناتو
1.5  اتهم الولايات المتحدة
1.5  يتهم الولايات المتحدة
1.5  اتهم واشنطن
1.5  يتهم واشنطن
1  لوكاش* يتهم
1  مينسك تتهم
1  موسكو تتهم
0.5  لجنة الحدود الحكومي*
0.5  لجنة حدود الدولة
0.5  لجنة الحدود البيلاروسي*
0.5  وكالة بيلتا
1  السياسات الغربي*
1.5  احتلال أفغانستان
1.5  الدول التي دمرها
2  التي شنها الغرب
1.5  الوجه الحقيقي*
1.5  الوجه القبيح
1.5  سقوط القناع
1.5  معاملة لا إنساني*
1  الوحشي*
1  بقسوة
1.5  الكلاب البوليسي*
1  خراطيم المياه
1.5  إعادتهم قسرا
1  أعمال استفزازي*
1.5  استفزازات
2  ما يسمى بالهجوم الهجين
2  اتهام* لا أساس لها
2  مزاعم لا أساس لها
1.5  اتهام* باطلة
1.5  رفض الغرب

# round 9 (be): linguist's vocabulary, no new false positive on dev
@lang be
# -- Cyrillic (narkamaŭka and taraškievica): actor x charge collocations
1.5   абвінаваці* латві*
1.5   абвінавачва* латві*
1.5   абвінаваці* еўразвяз*
1.5   абвінавачва* еўразвяз*
1.5   абвінаваці* эўразьвяз*
1.5   абвінавачва* эўразьвяз*
1.5   абвінаваці* эўроп*
1.5   абвінавачва* эўроп*
1.5   абвінаваці* польск*
1.5   абвінавачва* польск*
1.5   абвінаваці* літоўск*
1.5   абвінавачва* літоўск*
1.5   абвінаваці* заходн*
1.5   абвінавачва* заходн*
2     па віне еўрапейск*
2     па віне эўрапейск*
2     па віне заходн*
2     па віне брусэл*
2     па віне эўразьвяз*
2     па віне еўразвяз*
2     па віне эўроп*
1.5   адказнас* польшч*
1.5   адказнасьц* захаду
1.5   адказнасьц* эўроп*
2     вінават* эўроп*
2     польск* карнік*
2     літоўск* карнік*
2     польск* памежнік* збіва*
2     польск* памежнік* зьбіва*   # r12 tarashkevitsa variant
2     літоўск* памежнік* збіва*
2     літоуск* памежнік* зьбіва*   # r12 tarashkevitsa variant
2     польск* сілавік* збіл*
2     польск* сілавік* зьбіл*   # r12 tarashkevitsa variant
2     польск* сілавік* збіва*
2     польск* сілавік* зьбіва*   # r12 tarashkevitsa variant
2     літоўск* сілавік* збіл*
2     літоуск* сілавік* зьбіл*   # r12 tarashkevitsa variant
1     польск* памежнік* зьбіл*
1     літоўск* памежнік* зьбіл*
1     зьбіт* польск*
1     зьбіт* літоўск*
1     зьбіл* польск*
1     жорсткасьц* польск*
1     жорсткасьц* літоўск*
1     латвійск* сілавік*
1     зьдзек* з мігрант*
1     зьдзек* зь мігрант*   # r12 tarashkevitsa variant
1     зьдзек* з уцекач*
1     зьдзек* з людз*
1     зьдзек* зь людз*   # r12 tarashkevitsa variant
1.5   выкідва* на беларуск*
1.5   выштурхоўва* на беларуск*
1.5   выштурхнул* на беларуск*
1.5   выштурхнул* ў беларусь
1.5   пакінул* замярза*
1.5   кінул* замярза*
1.5   пакіда* паміраць
1.5   кіда* паміраць
2     прырэкл* на смерць
2     прырэкл* на сьмерць   # r12 tarashkevitsa variant
2     прырака* на смерць
2     прырака* на сьмерць   # r12 tarashkevitsa variant
1.5   выганя* на холад
2     адмаўл* ад дыялёг*
2     адмов* ад дыялёг*
1.5   не хоч* прыма* мігрант*
1.5   не хоч* прыма* ўцекач*
1.5   ліцэмер*
1.5   еўрапейск* гуманізм*
1.5   эўрапейск* гуманізм*
1.5   нагнята* напружан*
1.5   нагнята* істэры*
1.5   нагнята* сітуацы*
1.5   нагнята* сытуацы*   # r12 tarashkevitsa variant
1.5   антыбеларуск* істэры*
1.5   ваенн* істэры*
1.5   правакацы* польск*
1.5   правакацы* літоўск*
1.5   мілітарызу*
2     развязан* захад*
2     разьвязан* захад*   # r12 tarashkevitsa variant
2     развязан* зша
2     разьвязан* зша   # r12 tarashkevitsa variant
2     развязан* ната
2     разьвязан* нато   # r12 tarashkevitsa variant
2     разбуран* захад*
2     разбуран* зша
2     разбуран* ната
2     разбуран* нато   # r12 tarashkevitsa variant
1.5   амерыканск* агрэсі*
1.5   амэрыканск* агрэсі*   # r12 tarashkevitsa variant
1.5   амерыканск* інтэрвенцы*
1.5   амэрыканск* інтэрвэнцы*   # r12 tarashkevitsa variant
1.5   заходн* агрэсі*
1.5   варшаўск* рэжым*
1.5   брусельск* бюракрат*
1.5   брусэльск* бюракрат*   # r12 tarashkevitsa variant
1.5   агрэсіўн* палітык*
2     польск* ваеншчын*
1.5   нежадан* брусэл*
1.5   адказнас* брусэл*
1.5   вінават* брусэл*
# -- Łacinka (Latin-script Belarusian, Nasha Niva)
1     polsk* pamiežnik* źbil*
1     litoŭsk* pamiežnik* źbil*
2     polsk* siłavik* źbil*
1     žorstkaś* polsk*
1     vykinul* na biełarusk*
1.5   abvinavaci* jeŭrasajuz*
1.5   abvinavačva* jeŭrasajuz*
1.5   abvinavaci* jeŭrop*
1.5   abvinavačva* jeŭrop*
1.5   abvinavaci* nata
1.5   abvinavaci* zachodn*
1.5   abvinavaci* polsk*
1.5   abvinavačva* polsk*
1.5   abvinavaci* litoŭsk*
1.5   abvinavačva* litoŭsk*
2     pa vinie jeŭrasajuz*
2     pa vinie litv*
2     pa vinie varšav*
1.5   adkazna* zachadu
1.5   adkazna* polšč*
1.5   vinavat* jeŭrasajuz*
1.5   vinavat* jeŭrop*
2     admov* ad dyjałoh*
2     admov* ad pieramoŭ
2     admaŭl* ad pieramoŭ
2     ahresi* zša
2     zachodn* intervency*
2     razburyl* irak*
2     bambardziroŭk* nata
2     hibrydn* kazk*
1.5   licamier*
1.5   jeŭrapiejsk* kaštoŭna*
2     niezakonn* sankcy*
2     sankcyjn* vajn*
1     ekanamičn* vajn*
1.5   militaryzacy*
1.5   polsk* pravakacy*
2     polsk* karnik*
1.5   padkinul* cieł*
2     razviazan* zachad*
2     razviazan* zša
1.5   nahniata* napružan*

# round 9 (ru-uk): linguist's vocabulary, no new false positive on dev
@lang ru
# -- Polish / Lithuanian / Latvian guards x cruelty, pushing back (state-media register)
1.5   польск* пограничник* вытесн*
1.5   литовск* пограничник* вытесн*
1.5   латвийск* пограничник* вытесн*
1.5   польск* военн* вытесн*
1.25  польск* сторон* вытесн*
1.25  литовск* сторон* вытесн*
1.5   вытесни* польск*
1.5  вытесня* польск*
1.5   вытеснен* польск*
1.5   вытесни* литовск*
1.5  вытесня* литовск*
1.5   вытеснен* литовск*
1.5   вытеснен* латвийск*
2     литовск* пограничник* избива*
2     латвийск* пограничник* избива*
2     польск* военн* избива*
2     литовск* военн* избил*
2  литовск* военн* избива*
2     латвийск* военн* избил*
2  латвийск* военн* избива*
2     польск* полицейск* избил*
2  польск* полицейск* избива*
2     польск* солдат* избил*
2     польск* солдат* избива*
1     польск* пограничник* стреля*
1     польск* военн* стреля*
1.5   насильственн* вытеснени*
1.5   насильственн* выдворени*
0.75  выгнал* в лес
0.75  выгоня* в лес
1  вытолкну* в лес
1.25  остави* замерза*
1.25  оставля* замерза*
1.25  броси* замерза*
1.25  броса* замерза*
1.25  дали замерз*
1.25  остави* на мороз*
1.25  оставля* на мороз*
1.5   убива* беженц*
1.5   убива* мигрант*
1     калеч*
1     как со скот*
1     как скот*
1     как с животн*
1     нелюдск*
1     прояви* жестокост*
1     проявля* жестокост*
1     раздева* догола
0.75  отбира* телефон*
0.75  разбива* телефон*
0.75  следами побоев
0.5   телесн* повреждени*
1.5   геноцид* мигрант*
1.5   геноцид* беженц*
1     кров* на рук*
1     руки в крови
1     на глаз* у всей европ*
1     не пуска* журналист*
1     не допуска* журналист*
0.75  информационн* блокад*
# -- responsibility, blame shifted onto Warsaw, Vilnius, Brussels, the West
1.5   вин* польск*
1.5   вин* литовск*
1.5   польш* несет ответственност*
1.5   варшав* несет ответственност*
1.5   литв* несет ответственност*
1.5   евросоюз* несет ответственност*
1.5  ес несет ответственност*
1     несет польш*
1     несет варшав*
1     несет евросоюз*
1  несет ес
1     несет брюссел*
1     несет запад*
1     несет литв*
1.5   порожден* запад*
0.75  коренн* причин* кризис*
0.75  корн* кризис*
1     расхлебыва*
0.75  бумеранг*
1     должностн* лиц* польш*
1     должностн* лиц* литв*
1     претензи* к польш*
1     претензи* к варшав*
1     претензи* к литв*
0.75  потребова* от польш*
0.75  потребова* от варшав*
0.75  потребова* от литв*
0.75  требу* от польш*
# -- exploiting the crisis at home, inflating the threat, militarising
1     использу* тем* мигрант*
1.5   отвлеч* внимани* от внутренн*
1     внутриполитическ* цел*
0.75  политическ* дивиденд*
0.75  политическ* очк*
1.5   раздува* угроз*
1.5   раздува* истери*
1     раздува* тем*
1.5   никакой гибридн*
1.5   никакая не гибридн*
0.75  военн* учени* нато
1     натовц*
0.75  шовинист*
# -- dialogue refused, Minsk's offers ignored
1     не идет на диалог*
1     не жела* диалог*
1     уклоня* от диалог*
1     избега* диалог*
1     отвергл* предложени*
1     вместо диалог*
1.5   глух* к призыв*
1.5   глух* к предложени*
1     равноправн* диалог*
0.75  взаимоуважительн*
0.5   конструктивн* диалог*
0.5   без предварительн* услови*
# -- hypocrisy, double standards, lecturing
2     двойн* мерк*
1.5   так называем* демократи*
1.5   так называем* цивилизованн*
1     цивилизованн* запад*
1     светоч* демократ*
1     маяк* демократ*
1     образцов* демократи*
1.5   прикрыва* ценност*
1.5   прикрыва* прав*
1.5   лекци* о демократи*
1.5   лекци* о прав* человека
1     учит* других
1.5   заканчива* на польск*
# -- the West's wars, Europe should take them
1.5   американц* разруши*
1     пусть европ*
1     пусть запад*
1     пусть принима*
1     не хочет принима*
1     отказа* принима*
0.75  германи* отказа*
# -- attributions (Belarusian state bodies, as relayed by BelTA, SB, TASS, RIA)
0.5   по данным гпк
0.5   пресс служб* гпк
0.5   пограничн* ведомств* беларус*
0.5  пограничн* ведомств* белорусс*
0.5   белорусск* пограничн* ведомств*
0.5  беларусск* пограничн* ведомств*
0.5   мид беларус* заявил*
0.5  мид белорусс* заявил*
0.5   мид белорусси* заявил*
@lang uk
# -- Ukrainian outlets relaying Minsk's and Moscow's accusations
1.5   на адресу польщ*
1.5   на адресу заходу
1.5   на адресу брюссел*
1.5   на адресу варшав*
1.5   на адресу литв*
1.5   на адресу єс
1.5  на адресу євросоюз*
0.5   держприкордонкомітет*
1.5   польськ* прикордонник* витісн*
1.5   литовськ* прикордонник* витісн*
1.5   латвійськ* прикордонник* витісн*
1.25  польськ* сторон* витісн*
1.5   польськ* прикордонник* б ють
2     польськ* військов* поби*
1.5   польськ* солдат* поби*
1     жорстоко поби*
0.75  знущанн* з мігрант*
0.75  знущанн* з біженц*
1     жорсток* поводжен*
1.5   залиши* помира*
1.5  залиша* помира*
1.5   кину* помира*
1.5  кида* помира*
1.5   залиши* замерза*
1.5  залиша* замерза*
1.5   розв язан* заходом
1.5   розв язал* захід
1.5   розв язал* сша
1.5   розв язан* сша
1.5   розв язан* нато
1.5   вторгнен* в ірак*
2     подвійн* мірк*
1.5   так зван* цивілізован*
1     ухиля* від діалог*
1     кров на руках
1     як з худоб*
1     як худоб*
1     не хоче прийма*

# round 9 (pl-lt-lv): linguist's vocabulary, no new false positive on dev
@lang pl
# -- pl: critics blame the government/state for migrants' deaths (C11)
1     krew na rękach
2     ofiar* polityki migracyjnej
1.5   ofiar* polityki rządu
2     ofiar* polityki pis
2     ofiar* polityki push*
1.5   ofiar* polskiej polityki
1.5   ofiar* polityki granicznej
1.5   kolejn* ofiar* polityki
2     push back* zabija*
2     pushback* zabija*
1.5   rząd zabij*
1.5   państwo zabij*
2     skazuj* ludzi na śmierć
1.5   skazuj* ich na śmierć
1     odpowiada* za śmierć
1     odpowiedzialni za śmierć
1     winn* śmierci
1     współwinn*
1.5   przyzwoleni* na śmierć
1.5   zabójcz* polityk*
1.5   polityk* okrucieństw*
1.5   bezduszn* polityk*
1.5   bezdusznoś* władz*
1     rząd ponos* odpowiedzialność
1     państwo ponos* odpowiedzialność
1.5   gin* przez polityk*
1.5   umieraj* przez polityk*
1.5   zbrodni* polskiego państwa
# -- pl: relayed Minsk/Moscow charges against Poland, Lithuania, the EU, the West
1.5   polsk* siłowi*
1     polscy pogranicznicy biją
1     polscy żołnierze biją
1     polskie służby biją
1     polscy żołnierze strzel*
1     polska wypycha*
1.5   polska eskaluj*
1.5   warszawa eskaluj*
1.5   eskalacj* ze strony polski
1.5   agresywn* działa* polsk*
1.5   agresywn* polityk* polsk*
1.5   okrutn* polsk*
1.5   brutaln* pols* pogranicznik*
1.5   brutalnoś* pogranicznik*
1.5   zachód odpowiada* za
1.5   przez politykę zachodu
1     przez politykę ue
2   kraje zachodnie ponos*
1.5   państwa zachodnie ponos*
2     polityk* zachodu doprowadzi*
1.5   polityk* ue doprowadzi*
2     zachód doprowadzi*
2     zachód wywoła*
2     unia wywoła*
1.5   sami sprowokowali
2     winien jest zachód
2     winna jest ue
1.5   winne są kraje
1.5   amerykańsk* wojn*
1.5   podwójn* moralnoś*
1     kolektywn* zachod*
1.5   antyrosyjsk* histeri*
@lang lt
# -- lt: critics blame the state for deaths (C11)
1     kraujas ant rankų
2     migracij* politik* auk*
2     apgręžim* politik* auk*
2     vyriausyb* politik* auk*
1.5   pasmerk* mirčiai
1     palik* mirti
1     atsaking* už mirt*
1     atsakomyb* už mirt*
1     kalti dėl mirt*
1.5   apgręžim* žudo
1.5   valstybė žudo
1.5   nežmonišk* politik*
1     žiaur* politik*
# -- lt: relayed Minsk/Moscow charges
1.5     lietuv* pasienie* sumuš*
1     lietuv* pasienie* muš*
1     lenkij* pasienie* muš*
1.5   lietuva eskal*
1.5   lenkija eskal*
1.5   lietuva provokuoja
1.5   lenkija provokuoja
1.5   agresyv* lietuv* veiksm*
1.5   agresyv* lenkij* veiksm*
2     vakarų politik* sukėl*
2     vakarų politik* sukel*    # r12 variant of 'vakarų politik* sukėl*': present/future stem
2     es politik* sukėl*
2     es politik* sukel*    # r12 variant of 'es politik* sukėl*': present/future stem
2     vakarai sukėl*
2     vakarai sukel*    # r12 variant of 'vakarai sukėl*': present/future/inf stem sukel- (past sukėl-)
1.5   es sukėl*
1.5   europ* sąjung* sukėl*    # r12 variant of 'es sukėl*': ES = Europos Sąjunga
1.5   es sukel*    # r12 variant of 'es sukėl*': present/future stem
2     vakarai išprovok*
2     vakarų šalys kaltos
2     vakarai atsaking*
2     kalta es
2     es kalta
2     europos sąjunga kalta    # r12 variant of 'es kalta': ES = Europos Sąjunga
2     kalta europ*
1.5   kalta lietuva
1.5   kalta lenkija
1.5   lietuva kalta
1.5   lenkija kalta
1.5   kaltino lietuv*
1.5   kaltino lenkij*
1.5   kaltin* europ*
1     nežmoniškai elg*
1     žiauriai elg*
1.5   dvigub* moral*
1.5   atsisak* derėtis
1.5   veidmainišk* politik*
2.5     sugriovė libij*
1.5   jav karai
2     vakarų sugriaut*
1     kolektyvin* vakar*
1.5   antirusišk* isterij*
@lang lv
# -- lv: critics blame the state for deaths (C11)
1     asinis uz rokām
2     migrācij* politik* upur*
2     valdīb* politik* upur*
1.5   nolem* nāvei
1     atstāj* mirt
1     atbildīg* par nāv*
1     atbildīb* par nāv*
1     vainīg* nāvē
1.5   valsts nogalin*
1.5   necilvēcīg* politik*
1     nežēlīg* politik*
# -- lv: relayed Minsk/Moscow charges
1.5     latvij* robežsarg* piekāv*
1.5   latvij* robežsarg* piekau*    # r12 variant of 'latvij* robežsarg* piekāv*': present/inf stem piekau- (past piekāv-)
1.5   latvija eskal*
1.5   polija eskal*
1.5   lietuva eskalē
1.5   latvija provocē
1.5   polija provocē
1.5   lietuva provocē
2     rietumi ir atbildīg*
2     rietum* izraisī*
1.5   es izraisī*
1.5   eirop* savienīb* izraisī*    # r12 variant of 'es izraisī*': ES = Eiropas Savienība
1.5   eiropa izraisī*
2     rietum* politik* izraisī*
2     rietum* politik* sek*
2     eirop* savienīb* politik* sek*
2     iznīcin* irāk*
2     iznīcin* lībij*
2     sagrāv* irāk*
2     sagrāv* lībij*
2     vainīg* rietum*
2     vainīg* eiropa
2     eiropa ir vainīg*
2     es ir vainīg*
2     eirop* savienīb* ir vainīg*    # r12 variant of 'es ir vainīg*': ES = Eiropas Savienība
1.5   vainīg* polija
1.5   polija ir vainīg*
1.5   latvija ir vainīg*
1.5   lietuva ir vainīg*
1     necilvēcīgi iztur*
1     iztur* necilvēcīgi
1     nežēlīgi iztur*
1.5   rietum* vain*
1.5   eirop* vain*
1.5   dubultmorāl*
1.5   atsakās sarunāties
1.5   atteicās sarunāties
1.5   asv kari
2     rietum* sagraut*
2     rietum* izpostīt*
1     kolektīv* rietum*
1.5   pretkrievu histērij*

# round 9 (de-en): linguist's vocabulary, no new false positive on dev
@lang en
1.5   responsible for the deaths
1.5   responsibility for the deaths
1.5   blame for the deaths
1     blam* the deaths on
1.5   blood on their hands
1.5   blood on its hands
1.5   on the conscience of
1.5   killed by polish
1.5   killed by lithuanian
1     left them to die
1     let* them die
1     let* them freeze
1     left to freeze
1     pushbacks kill
1.5   the west kills
1.5   europe kills
1     shot by polish
1     opened fire on migrants
1     fired at migrants
1     fired at refugees
0.75  manhunt
1.5   hunt* for migrants
1.5   hunt* for refugees
1.5   poland s brutal*
1.5   poland s inhuman*
1     lithuania s inhuman*
1     latvia s inhuman*
2     polish cruelty
2     cruelty of the polish
1.5   cruelty towards migrants
1.5   cruelty towards refugees
1     brutality towards migrants
1     brutality against migrants
1     mistreatment of refugees
1.5   crimes against refugees
1.5   crimes against migrants
1.5   lawlessness on the border
1     use of physical force
1.5   polish guards beat*
1.5   thrown over the fence
1.5   forcefully push*
1.5   forced them across
1     driven back to the belarusian
1.5   unwillingness of the west
1.5   unwillingness of the eu
1.5   unwillingness to negotiate
1.5   unwilling to negotiate
1.5   froze the dialogue
1     freez* dialogue
1     freez* contacts
1.5   suspend* the dialogue
1     cut off dialogue
0.75  reject* the proposals
1.5   refus* to pick up the phone
1     ignor* the proposals
2     responsibility of western countries
2     responsibility of the european union
1.5   responsibility of poland
2     west s responsibility
2     the polish side is responsible
2     polish authorities are responsible
2     polish side bears
2     warsaw bears
2     brussels bears
2     european union bears
2     western countries bear
2     western countries are responsible
2     western countries are to blame
2     provoked by the west
2     the west provoked
2     result of the west s
1.5   consequence* of the wars
1.5   europe invited
1.5   invited by europe
1.5   human rights rhetoric
2     civilized west
2     civilised west
2     enlightened west
2     so called humanism
1     behest of washington
1     western masters
1     unfriendly actions
1.5   threat posed by nato
1.5   threats from the west
1.5   poland escalat*
1.5   warsaw escalat*
1.5   provocation by the polish
1.5   latvian provocation*
1.5   lithuanian provocation*
1.5   western provocation*
1.5   nato provocation*
1     belarus accuses
1     belarus has accused
1     minsk accuses
1     lukashenko accuses
1     lukashenko blames
1.5   minsk blames
1.5   belarus blames
1.5   moscow blames
1.5   kremlin blames
1     accus* the polish
1.5   accus* polish border
1.5   accus* lithuanian border
1.5   accus* latvian border
1.5   accus* poland s
1.5   accus* lithuania s
1     belarus sa* poland
1     minsk sa* poland
1     belarus sa* polish
1     minsk sa* polish
1     belarus sa* lithuania*
1     belarus sa* latvia*
0.75  lukashenko sa* the west
1     claim* that polish
0.75  according to minsk
0.75  belarusian border agency said
0.75  belarusian border watchdog
1     blame on the west
1.5   blame on the eu
1.5   blame on poland
1.5   blame on brussels
@lang de
1.5   verantwortlich für den tod
1.5   verantwortung für den tod
1.5   verantwortung für die toten
1.5   schuld am tod
1.5   blut an den händen
1.5   sterben lassen
1.5   sterben lässt
1.5   dem tod überlassen
1.5   erfrieren lässt
1.5   politik tötet
1.5   pushbacks töten
1.5   menschenjagd
1.5   jagd auf flüchtlinge
1.5   polens brutal*
2     brutalität der polnischen
1     misshandlung* der flüchtling*
1     misshandlung* von flüchtling*
0.75  gesetzlosigkeit
1     polnisch* uniformiert*
1     von polnischer seite
1.5   über den zaun geworfen
1.5   leichen über die grenze
1.5   leichen entsorg*
0.75  auf belarussisches territorium
1.5   verbrechen der polnischen
1.5   verbrechen an flüchtlingen
0.75  komitee für grenzschutz
1.5   dialog eingefroren
1.5   verhandlungen verweigert
1.5   verweigert verhandlungen
1     lehnt* verhandlungen ab
1.5   vorschläge ignoriert
1     verlogen*
2     zynismus der eu
2     zynismus brüssels
2     zynismus des westens
1     lippenbekenntnis*
2     zivilisiert* westen
1.5   zivilisiert* europa
2     sogenannt* humanismus
2     sogenannt* zivilisiert*
1.5   verantwortung polens
1.5   verantwortung der europäischen union
2     verantwortung der westlichen
1.5   verantwortung warschaus
1.5   verantwortung brüssels
2     westen trägt die verantwortung
2     eu trägt die verantwortung
2     vom westen provoziert*
2     von der eu provoziert*
1.5   folge* der kriege
1.5   von den usa geführt*
2     militärinterventionen des westens
1.5   regionen destabilisiert
1.5   europa eingeladen
1     unfreundlich* handlungen
1     unfreundlich* schritte
1.5   bedrohung durch den westen
1.5   litauisch* provokation*
1.5   lettisch* provokation*
1.5   westlich* provokation*
1.5   eskalation durch den westen
1     minsk wirft
1     belarus wirft
1     lukaschenko wirft
1     weißrussland wirft
0.5   nach darstellung von minsk
0.5   nach darstellung minsks
0.5   laut minsk
0.5   minsk zufolge
0.5   nach belarussischen angaben
0.5   nach weißrussischen angaben
0.75  weißrussisch* grenzkomitee*
0.75  die nachrichtenagentur belta
1.5   schuld auf polen
1.5   schuld auf die eu
1.5   schuld auf den westen
1.5   schuld auf brüssel
1.5   schuld an den toten

# round 9 (fr-es-it-ar): linguist's vocabulary, no new false positive on dev
@lang fr
1.5  accus* les garde* frontière* polonais
1.5  accus* les autorités polonaises
1.5  accus* l otan
1.5  accus* les états unis
1.5  accus* washington
1.5  accus* la pologne
1.5  accus* varsovie
1.5  accus* l occident
1.5  accus* l union européenne
1.5  accus* les occidentaux
1.5  rejet* la responsabilité sur
1.5  reproch* à la pologne
1.5  reproch* à bruxelles
1.5  fustig* la pologne
1.5  fustig* varsovie
1.5  fustig* bruxelles
1.5  fustig* l union européenne
1.5  fustig* l occident
1.5  fustig* les occidentaux
1.5  s en prend à la pologne
1.5  s en prend à l occident
1.5  agissements de la pologne
2  tient l occident pour responsable
2  tient l europe pour responsable
2  l europe est responsable
2  l occident est coupable
2  la faute à l occident
0.75  partie polonaise
1  violences des garde* frontière* polonais
1.5  cruauté des garde* frontière*
1.5  attitude inhumaine
1.5  comportement inhumain
1  usage excessif de la force
1  réfugié battu
1  repouss* violemment
1.5  laiss* mourir de froid
1  tombes sans nom
1.5  refus* tout contact
2  refus* de dialoguer
2  refus* de discuter
2  refus* de négocier
1.5  ferm* la porte au dialogue
1.5  deux poids
1.5  double discours
1.5  donnent des leçons
1.5  provocation polonaise
2  l occident a détruit
2  ont détruit leurs pays
2  bombardements occidentaux
1.5  conséquence* des guerres
1.5  politique occidentale
1  ni argent ni force*
@lang es
1.5  acus* a los guardias fronterizos polacos
1.5  acus* a las fuerzas polacas
1.5  acus* a los occidentales
1.5  arremet* contra polonia
1.5  arremet* contra varsovia
1.5  arremet* contra la ue
1.5  arremet* contra bruselas
1.5  arremet* contra occidente
1.5  carg* contra occidente
2  achac* a occidente
2  la culpa a occidente
2  la culpa a polonia
2  la culpa a la ue
2  la culpa a europa
2  occidente es culpable
2  europa es responsable
1.5  responsabilidad de estados unidos
0.75  parte polaca
0.75  estructuras de fuerza
1  violencia física
1.5  comportamiento inhumano
1  golpe* a los migrantes
1  violencia contra los migrantes
1  por encima de sus cabezas
1  cañones de agua
1  expulsiones violentas
1.5  dej* morir de frío
1.5  tumbas sin nombre
2  se nieg* a negociar
2  se negó a negociar
2  rechazo al diálogo
2  cierra la puerta al diálogo
2  cerró la puerta al diálogo
1.5  no quiere dialogar
2  los llamados valores
2  supuestos valores
1.5  dan lecciones
2  dobles raseros
1.5  doble discurso
1.5  provocaciones polacas
1.5  provocación polaca
1.5  guerras desatadas por
2  destruyeron sus países
2  destruyeron libia
2  países destruidos por
1.5  consecuencia* de las guerras
1  ni dinero ni fuerzas
1.5  sanciones unilaterales
1.5  sanciones injustas
@lang it
1.5  accus* le forze polacche
1.5  accus* le guardie di frontiera polacche
1.5  incolp* la polonia
1.5  incolp* varsavia
1.5  incolp* l occidente
1.5  incolp* l ue
1.5  incolp* bruxelles
1.5  incolp* l europa
2  la colpa all occidente
2  la colpa alla polonia
2  la colpa all ue
2  la colpa all europa
1.5  il dito contro la polonia
1.5  il dito contro l occidente
1.5  attacca l ue
1.5  attacca l occidente
2  l occidente è responsabile
2  l europa è responsabile
2  colpa degli americani
1.5  responsabilità degli stati uniti
0.75  parte polacca
1  violenz* delle guardie
1.5  comportamento disumano
1.5  atteggiamento disumano
1  uso eccessivo della forza
1  respingimenti violenti
1.5  lasci* morire di freddo
1  nascond* le morti
2  rifiut* di negoziare
2  rifiut* qualsiasi dialogo
2  chiu* la porta al dialogo
1.5  non vuole dialogare
2  doppiopesismo
2  presunti valori
2  cosiddetti valori
2  decantati valori
1.5  provocazioni polacche
2  guerre americane
2  guerre dell occidente
2  distrutto la libia
2  distrutto l iraq
2  distrutto i loro paesi
1.5  paesi distrutti da
1.5  conseguenz* delle guerre
2  esportazione della democrazia
1  né soldi né forze
1.5  sanzioni unilaterali
1.5  sanzioni ingiuste
@lang ar
1.5  متهم* بولندا
1.5  متهم* الغرب
1.5  متهم* الاتحاد الأوروبي
1.5   متهم* الاتحاد الأوربي   # r12 spell-eu
1.5  متهم* أوروبا
1.5  متهم* وارسو
1.5  متهم* الدول الغربي*
1.5  متهمة بولندا
1.5  محملا الغرب
1.5  محملا بولندا
1.5  محملا الاتحاد الأوروبي
1.5   محملا الاتحاد الأوربي   # r12 spell-eu
2  اتهم* بيلاروس* بولندا
2     اتهم* روسيا البيضاء بولندا   # r12 syn-belarus
2  تتهم بيلاروس* بولندا
2     تتهم روسيا البيضاء بولندا   # r12 syn-belarus
2  اتهم* مينسك وارسو
2     اتهم* منسك وارسو   # r12 spell-minsk
2  اتهم* روسيا الغرب
2  اتهم* موسكو الغرب
2  اتهم* لوكاش* الغرب
2  اتهم* لوكاش* بولندا
2  اتهم* لوكاش* الاتحاد الأوروبي
2     اتهم* لوكاش* الاتحاد الأوربي   # r12 spell-eu
2    اتهامه للغرب
1.5  هاجم الغرب
2  وارسو تتحمل
2  تتحمل الولايات المتحدة
2  الدول الغربي* تتحمل
2  الاتحاد الأوروبي يتحمل
2     الاتحاد الأوربي يتحمل   # r12 spell-eu
2  يتحمل الناتو
2     يتحمل حلف شمال الأطلسي   # r12 syn-nato
2  تسبب الغرب
0.5  الخارجية البيلاروسي*
1  اعتداء* حرس الحدود
1.5  وحشي* القوات البولندي*
1.5  الوحشي* البولندي*
1.5  قسوة حرس الحدود
1  ضرب المهاجر*
1  الاعتداء على المهاجر*
1  القوة المفرطة
1  تتركهم يموت*
1.5  أساليب لا إنساني*
2  يرفض التحاور
2  ترفض التحاور
2  رفض التحاور
1.5  ترفض الحديث مع
2  القيم الغربي* المزعومة
2  الغرب المنافق
2  يتشدق*
2  دروسا في الديمقراطي*
2  التصعيد الغربي
2  الاستفزاز* الغربي*
2  استفزازات وارسو
2  شنتها الولايات المتحدة
2  دمرتها الولايات المتحدة
2  دمرت ليبيا
2  نتيجة التدخل*
2  نتيجة السياسة الغربي*

# round 10 (ru): vocabulary from new and old real coverage, no false positive on dev
@lang ru
1.5  попытал* вытесн*
2  польск* силовик* вытесн*
2  литовск* силовик* избил*
2  литовск* силовик* избива*
1.5  польск* страж* границ*
1.5  польск* стражник*
1.5  калитк* для животн*
1.5  выброси* из страны
1.5  выбрасыва* из страны
2  натрави* на беженц*
1.5  жестоко обраща*
1.5  акт* жестокост*
2  преступн* действи* польш*
2  преступн* действи* польск*
2  незаконн* действи* польск*
2  незаконн* действи* власт* польш*
1.5  безымянн* могил*
1.5  море могил*
2  польск* власт* скрыва*
1  сам* виноват*
0.8  не выполня* обещани*
1  забра* мигрант*
1  забра* беженц*
1  отказ* ес
1  отказ* евросоюз*
1.5  породи* миграцион*
2  следстви* политик* запад*
1.5  вторгл* в ирак*
1.5  участи* в разрушени*
1  нагнетани* обстановк*
1  нагнетани* ситуаци*
1  нагнета* напряженност*
1.5  милитаризаци* границ*
1  несуществующ* угроз*
1  несуществующ* опасност*
0.8  оказал* перв* помощ*
1.5  молчалив* соглас*
1  норм* гуманитарн* прав*
1.5  бойн* на границ*
1.5  обвини* польск* коллег*
1.5  обвиня* польск* коллег*
1.5  обвини* литовск* коллег*
1.5  обвиня* литовск* коллег*
1  обвин* польск* пограничник*
1  обвин* литовск* пограничник*
1  обвин* власт* польш*
1  обвин* польск* власт*
1  обвин* вильнюс*
1  обвин* польш* в
1  обвин* запад* в
1  обвин* евросоюз* в
1  обвин* ес в
0.8  в гпк отмеча*
0.8  утвержда* в гпк
0.5  сообщает пограничн* комитет*
0.8  литовск* правоохранител*
1.5  уничтожи* афганистан*
1.5  вмешательств* нато
1.5  военн* вмешательств* в дела
1  нарушени* норм* гуманитарн*
@lang be
0.8  польск* пагранічнік*
0.8  літоўск* пагранічнік*
1  выцяс* бежанц*
1  выцес* бежанц*
1  выштурхал*
1.5  маўклів* згод*
1  норм* гуманітарн* прав*
1.5  віне захад*
0.6  дзяржпагранкамітэт*
0.8  аказал* перш* дапамог*
1.5  віне польшч*
1.5  віне літв*
1.5  віне еўрасаюз*
1.5   віне ес   # r12 synonym variant (ЕС/Еўрасаюз)
1.5   віне эуразьвяз*   # r12 tarashkevitsa variant
1.5   віне эз   # r12 synonym variant (ЕС/Еўрасаюз)
1  калітк* для жывёл

# round 10 (en): vocabulary from new and old real coverage, no false positive on dev
@lang en
1.5   ruthless polic*
0.75  polic* of the eu
1.5   responsib* for the plight
2     atrocities of the polish
2     polish atrocities
1.5   atrocities of polish
1.5   atrocities by polish
1.5   atrocities committed by polish
1.5   lithuanian atrocities
1.5   latvian atrocities
0.75  polish security services
1.5   illegal actions of polish
1.5   illegal actions of the polish
1.5   illegal actions of lithuanian
1.5   illegal actions of latvian
1.5   cruel treatment of refugees
1.5   cruel treatment of migrants
1.5   crime* against the security
0.75  belarusian border guards found
0.75  belarusian border guards discovered
1     animal gate*
1     gate* for animals
0.75  keep* silent
1.5   eu keeps silent
1.5   impos* democracy
1     chemical burns
1.5   murder of refugees
1.5   murder of migrants
1.5   killing of refugees
1.5   killing of migrants
1     destroyed their homes
1     bombed afghanistan
1.5   bombed by the west
1.5   bombed by the us
1.5   invaded and destroyed
1.5   aggressive wars
1.5   under the guise of protecting
1.5   under the pretext of protecting
1.5   polish military beat*
1.5   polish police beat*
1.5   lithuanian guards beat*
1.5   latvian guards beat*
1.5   blames lithuania
1.5   blamed lithuania
1.5   blames western
1.5   blamed western
1     reject* dialogue
1.5   oust* refugees
1.5   oust* migrants
1.5   squeezing refugees
1.5   squeezing migrants
1.5   polish side is to blame
1.5   abandoned by the polish
1.5   thrown out by polish
1     expelled by polish
1     forced out by polish
1     hybrid war against belarus
1.5   destroyed by the west
1.5   destroyed by nato
1.5   destroyed by the us
1     economic blockade
1     refused to accept refugees

# round 10 (pl-de): vocabulary from new and old real coverage, no false positive on dev
@lang de
0.75  grenzschutzkomitee*
0.75  grenzkomitee von belarus
0.75  grenzschutzausschuss
1  nach angaben des belarussischen grenzschutz*
0.5  belarussische grenzschutz teilte
2  polnisch* ordnungskräfte
1.5  polnisch* silowiki
0.75  von polnischen sicherheitskräften
0.75  gewaltsam vertrieben
1.5  gewaltsam auf belarussisch*
1.5  über die grenze geworfen
1.5  hinter den zaun geworfen
1.5  über die grenze geschleppt
1  geschlagene flüchtling*
1  geschlagene migranten
1  misshandelte flüchtling*
1  misshandelte migranten
1  schikanierung von flüchtling*
0.75  demokratische europa
1.5  aufgrund der westlichen sanktionen
2  heuchelei der eu
2  von den usa zerstört*
1.5  provokationen polens
1.5  provokationen der polnischen
2  hybrid-krieg gegen belarus
2  hybriden krieg gegen belarus
2  polen trägt die verantwortung
2  macht polen verantwortlich
@lang pl
0.5  agencj* biełta
1  zarzucając sąsiadom
1  krótkowzroczn* polityk*
1  pobi* migran*
1  pobitych migrantów
1  podsyca* sytuacj*
1  podsyci* sytuacj*
1.5  polsk* siłowik*
2  pobici przez polskich
2  wojen prowadzon* przez usa
1.5  winą polski
@lang lt
2  lietuvos pasieniečiai sumušė
1  sumuš* migrant*
1  sumušt* migrant*
1  kaltin* lenkij*
1  apkaltin* lietuv*
1  apkaltin* lenkij*
@lang lv
2  latvijas robežsargi piekāva
1  piekāv* migrant*
1  apsūdz* polij*

# round 10 (fr-ar): vocabulary from new and old real coverage, no false positive on dev
@lang fr
1     comme les nazis
1     comme des nazis
1     comme les fascistes
1     méthodes nazies
1     cess* de coopérer
1.5   refus* tout dialogue
1     refus* toute discussion
1     trait* brutalement
1.5   brutale et dégradante
0.75  sévices
0.75  battu* par les gardes
0.5   renvoy* de force
1     responsabilité de l ue
2     la faute de l ue
2     l occident d orchestrer
1     blessures sur les corps
0.75  au dessus de leurs têtes
0.5   comité national des frontières
1     minsk accus* vilnius
1.5   brutalité des garde*
1.5   cruauté des garde*
1     laiss* mourir
1     chasse aux migrants
0.75  à cause des sanctions
1     refus* d accueillir
@lang ar
2     على يد قوات الأمن البولندي*
2     على يد القوات البولندي*
1.5   على يد الشرطة البولندي*
2     على يد حرس الحدود الليتواني*
2     على يد حرس الحدود اللاتفي*
2     على يد قوات الأمن الليتواني*
1     انهالوا عليه* بالضرب
1     عثر حرس الحدود البيلاروسي
0.75  عثروا على لاجئ*
0.75  هيئة الحدود الحكومي*
0.75  لجنة حراسة الحدود
1     قسرا إلى أراضي*
1.5   تهرب* أوروبي*
0.75  التهرب من المسؤولية
0.75  المسؤولية الإنساني* والأخلاقي*
1.5   أفعال الغرب
1     أغلقت الحدود في وجوه
0.75  العنف والإساءة
1.5     بيلاروس* تتهم بولندا
1.5   روسيا البيضاء تتهم بولندا   # r12 syn-belarus
1     مينسك تتهم وارسو
1.5     بيلاروس* تتهم ليتوانيا
1.5   روسيا البيضاء تتهم ليتوانيا   # r12 syn-belarus
@lang es
1     trat* brutalmente
0.75  golpead* por los guardias
1.5   destruy* los estados
1     se nieg* a dialogar
1     como los nazis
1     achac* a polonia
1     provocaciones de varsovia
1     dej* morir
1     caza de migrantes
1     se nieg* a acoger
@lang it
1     come nazisti
1     uccid* i migranti
1.5   distrutto gli stati
1     provocazioni di varsavia
0.75  forze di sicurezza lituane
1     lasciat* morire
1     caccia ai migranti
1     rifiut* di accogliere
1     interventi occidentali

# round 10b (ru-uk): vocabulary from new and old real coverage, no false positive on dev
@lang ru
0.75     сообщили в гпк
1.5     выброси* на границ*
1.5  выбрасыва* на границ*
1.5     вытолкну* в реку
1.5  выталкива* в реку
1     литовск* провокаци*
1.5     насильственн* выдворен*
1.5     насильственно вытесн*
1.5     польск* варвар*
1.5     польск* военн* вытолкн*
1.5     польск* карател*
1.5     польск* экзекуци*
1.5     разруши* эти страны
0.75     экономическ* войн* ес
0.75  экономическ* войн* евросоюз*
0.75     экономическ* войн* против белару*
2     тройн* стандарт*
1     под угроз* применени* оружи*
1     бесчинству*
1.5     выброси* групп*
1.5  выбрасыва* групп*
1.5     выброси* через калитк*
1.5  выбрасыва* через калитк*
2     запад* сам виноват*
1     застави* пройти
1     застави* перейти
1.5     латвийск* военн* выброси*
1.5  латвийск* военн* выбрасыва*
1.5     силой выдворен*
1.5     вытолкну* через
1.5  выталкива* через
1     жестоко обращ*
1     наруша* права мигрант*
1     наруша* права беженц*
1.5     хвален* европ*
1.5     политик* нато на ближн*
1     бомбардировк* ливи*
1.5     западн* стран* разруши*
1     избива* мигрант*
1     избива* беженц*
1     выдворен* на территори*
1.5     ответственност* на польш*
1.5     ответственност* на запад*
1.5     виноват* поляк*
1.5     брюссел* игнориру*
1.5     евросоюз* игнориру*
1.5  ес игнориру*
1     брюссел* отказыва*
1     оккупаци* ирак*
1     американск* оккупац*
1     двуличн*
1     польск* сторон* не реагир*
1.5     польск* военн* жестоко
1.5     безоружн* беженц*
1.5     безоружн* мигрант*
1.5     водомет* по беженц*
1.5     газ* против мигрант*
1     выгнали в лес
1     выгоняют в лес
1     загоня* в лес
1     на верную смерт*
@lang uk
1     ваших санкці*
1.5     знущанн* над біженц*
1.5     знущанн* над мігрант*
1     нелюдяніст*
1.5     польськ* силовик* поби*
1.5     виштовху* мігрант*
1.5     виштовхну* мігрант*
1.5     витісни* мігрант*
1.5  витісня* мігрант*
@lang be
0.75     выцесніл*
0.75  выцесьніл*   # r12 tarashkevitsa variant
1.5     здзек* над мігрант*
1.5   зьдзек* над мігрант*   # r12 tarashkevitsa variant
1.5     здзек* над бежанц*
1.5   зьдзек* над бежанц*   # r12 tarashkevitsa variant
1     выштурхоўва*

# round 10b (pl-lt-lv): vocabulary from new and old real coverage, no false positive on dev
@lang pl
1.5   mińsk oskarży*
1.5   zarzuc* litwie
1.5   zarzuc* łotwie
1     pols* pogranicznic* pobi*
0.75  polsk* służb* wypycha*
2     eurofaszyzm*
2.5   przeciwko bezpieczeństwu ludzkości
1     komitet* śledcz* białorusi
1.5   szczególn* okrucieństw*
1     znęca* się nad uchodźc*
1.5   łamani* praw uchodźc*
1.5   unia zaprosi*
1     zaprosi* migran*
1     wojn* z migrant*
1     pols* żołnierz* pobi*
2     zniszczy* afganistan*
2     kraj* zachodni* ponos*
1.5   polsk* prowokuj*
1.5   militaryzuj* granic*
1.5   ukrywa* przed społecznością międzynarodową
1     polska łam*
1     litwa łam*
1     łotwa łam*
2     polsc* siłowic*
2     litewsc* siłowic*
2     łotewsc* siłowic*
2     litewsk* siłowi*
2     łotewsk* siłowi*
1     łukaszenk* zarzuc*
0.75  zacharowa oskarż*
0.75  ławrow zarzuc*
0.75  mińsk twierdz*
1     mińsk zarzuc*
1     białoruś zarzuc*
@lang lt
1.5   kaltino europos sąjung*
1     baltarusij* pasienio komitet*
1     pasienie* sumuš*
2     eurofašizm*
2.5   nusikaltim* žmonijos saugum*
1.5   lietuv* jėgos struktūr*
1.5   lenkij* jėgos struktūr*
1.5   es atsaking*
1.5   lietuv* pareigūn* žiaur*
1.5   lenkų pasienie* muš*
1     išmet* kūn*
1.5   lenkų kari* šaud*
0.75  pasak baltarusijos pusės
0.75  baltarusij* pusė teigia
1.5   baltarusij* pusė kaltina
2     lenkij* siloviki*
2     lietuv* siloviki*
0.75  zacharova apkaltino
0.75  lavrovas apkaltino
1     baltarusija apkaltino
1     baltarusija kaltina
0.75  minskas tvirtin*
2     sukėl* vakarai
2     sukel* vakarai    # r12 variant of 'sukėl* vakarai': present/future stem
@lang lv
1     izmeklēšanas komitej*
2.5   noziegum* pret cilvēces drošīb*
1     latvij* robežsarg* vardarbīb*
2     eirofašism*
2     rietum* liekulīb*
2     rietum* vainīg*
2     savienīb* vainīg*
1.5     polij* robežsarg* piekāv*
1.5   polij* robežsarg* piekau*    # r12 variant of 'polij* robežsarg* piekāv*': present/inf stem
1.5     latvijas robežsarg* piekāv*
1.5     lietuv* robežsarg* piekāv*
1.5   lietuv* robežsarg* piekau*    # r12 variant of 'lietuv* robežsarg* piekāv*': present/inf stem
1     baltkrievij* puse* apgalvo*
1.5   baltkrievij* puse apsūdz*
1.5   latvij* robežsarg* izdzen*
1     latvij* drošības spēk* vardarbīb*
1     minska apsūdz
1     minska apsūdzēja
1     baltkrievija apsūdz
1     baltkrievija apsūdzēja
0.75  zaharova apsūdzēja
0.75  lavrovs apsūdzēja
0.75  minska apgalvo*
1.5   rietum* radīt*
1.5   rietum* radī*

# round 10b (de-fr-es-it): vocabulary from new and old real coverage, no false positive on dev
@lang de
2  polnisch* ordnungskräft*
2  polnisch* grenzschütz* geschlagen*
1.5  mit gewalt hinter
1  belarussische grenzkomitee
1  teilte das grenzkomitee
2  unmenschlich* haltung
2  westen verantwortlich
2  westen ist verantwortlich
2  westen zerstört*
2  regimewechsel* des westens
1  verantwortung der eu
1  konfrontationskurs
1.5  polen provoziert*
2  dialog abgelehnt
1.5  gesprächsangebot* abgelehnt
1  halbtot*
1  in den wald zurückgedrängt
2  polen tötet
2  westlich* militärinterventionen
1.5  menschenrechte mit füßen
2  vor der eigenen tür kehren
2  lässt sie sterben
2  menschen erfrieren lassen
@lang fr
1.5  chassés par dessus
1.5  refoulés de force
2  occidentaux à leurs responsabilités
2  aventures militaires
2  interventions militaires occidentales
2  occident a créé
2  demi morts
2  hypocrisie de l ue
2  hypocrisie européenne
2  hypocrisie occidentale
2  faute de l occident
2  faute de l ue
2  faute de la pologne
1.5  violences polonaises
1.5  d avoir violenté
@lang es
2  crímenes de las fuerzas
1.5  uso ilegal de la fuerza
2  occidente destruyó
2  neg* a dialogar
1  comité estatal de fronteras
1.5  comité de investigación de bielorrusia
2  lanzaron perros
1.5  perros contra
2  hipocresía de la ue
2  hipocresía europea
@lang it
2.5  colpe dell occidente
2  occidente responsabile
2  ipocrisia europea
1.5  respingono con la forza
2  picchiati dai polacchi
2  lasciano morire
2  lasciar morire

# round 10b (en-ar): vocabulary from new and old real coverage, no false positive on dev
@lang en
1.5   attempts to shift
1     telescopic baton*
1     forcibly oust*
1     forced out through
1.5   expulsion of refugees
1.5   prevented the expulsion
1.5   polish security forces beat*
1.5   leave the bodies
1.5   bodies of dead refugees
1     refugee deaths have been recorded
1.5   western geopolitical
1.5   destabili* entire regions
1.5   bullying migrants
1     heavy weapons to the border
1     military equipment to the border
1     bestial
1.5   victims of the western
1.5   nato's wars
1     germany invited
1     invited by germany
1     merkel invited
1.5   refuse to accept refugees
1     border committee reported
1     border committee noted
1     brest border group
1     expelled from poland
1     expelled from latvia
1     forcibly returned to belarus
1     dumped on the belarusian
1     forcing them to cross into belarus
0.75  latvian soldiers
@lang ar
2     السياسة الطائشة
2     السياسة المتهورة
2     سياسة غير إنساني*
1.5   بوابة للحيوان*
1.5   ممر للحيوان*
1     تحت تهديد السلاح
1     وتحت تهديد السلاح   # r12 procl-wa
1.5   ليتجمدوا
1.5   ألقت جثة
1.5   يلقي جثة
0.75  قوات الأمن في لاتفيا
0.75  الأمن الليتواني*
0.5   الجيش اللاتفي*
1.5   لإلقاء اللوم
1.5   إلقاء اللوم
1.5   تحميل بيلاروس*
1.5   تحميل روسيا البيضاء   # r12 syn-belarus
1.5   توتيرا مفتعلا
0.75  بذريعة
1.5   تدمير السيادة
1     حشد الجيش البولندي*
1.5   رفض بولندا
1.5   دمر الغرب
1.5   انتهاك حقوق اللاجئ*
1.5   بيلاروس* تتهم
1.5   روسيا البيضاء تتهم   # r12 syn-belarus
1.5   وبيلاروس* تتهم   # r12 procl-wa
1.5   بيلاروسيا تتهم
1.5   تحمل بولندا
1.5   الحروب التي شنها
1.5   الحروب التي شنتها
0.75  هيئة حرس الحدود في بيلاروس*
0.75  هيئة حرس الحدود في روسيا البيضاء   # r12 syn-belarus
0.75  طرد اللاجئ*
0.75  طرد المهاجر*
1     ضرب اللاجئ*
1     يرفض* استقبال
0.75  عدم السماح لهم
1     على أيدي الحرس
1     على أيدي حرس
1     حاولت طرد
1     محاولة طرد
0.75  إلى أراضي* بيلاروس*
0.75  إلى أراضي* روسيا البيضاء   # r12 syn-belarus
0.75  إلى الأراضي* البيلاروسي*
0.75  الجانب اللاتفي*
0.75  الجانب الليتواني*
1     العسكري* اللاتفي*
0.5   حرس الحدود اللاتفي*
0.5   حرس الحدود الليتواني*

# round 10c (ru-be): vocabulary from new and old real coverage, no false positive on dev
@lang ru
0.8     европейск* миграционн* политик*
1.5     лиши* права на жизн*
1.5     польск* миграционн* политик*
1.5     не соблюда* прав* человека
1.5     преступлени* против человечност*
1.5     против безопасност* человечеств*
2     зверств* польск*
1.2     польск* наемник*
1.5     гитлеровск* палач*
1.5     избива* беженц* дубинк*
1.5  избил* беженц* дубинк*
1.2     идеями гуманизм*
1.2     заморози* диалог*
1.2     гуманитарн* коридор* в германи*
0.8     удушени*
1.5     из-за санкци* запад*
1.5     разруши* стран*
2     развязан* сам* западн*
1.5     провокаци* польск*
0.8     белорусск* пограничник* обнаружи*
0.8  беларусск* пограничник* обнаружи*
0.8     в гпк отметили
0.8     уточнили в гпк
0.8     сопредельн* сторон*
1.5     силовик* сопредельн*
1.5     должностн* лиц* сопредельн*
1.2     калитк* в польск* заграждени*
1.2     вышвырнул*
1.5     выбрасыва* на белорусск* территори*
1.5  выбрасыва* на беларусск* территори*
0.8     на нашу территори*
1.5     оставлени* в опасност*
1.5     неоказани* помощ*
1.5     польск* власт* несут ответственност*
2     вытесня* мигрант* в беларус*
2  вытесня* мигрант* в белорусс*
2  вытесни* мигрант* в беларус*
1.5     вытолкну* в беларус*
1.5  вытолкну* в белорусс*
1.5  выталкива* в беларус*
2     силовик* польш*
2     силовик* литв*
2     силовик* латви*
1     латвийск* военн*
1     литовск* военн*
2     по указке вашингтон*
2     по указке брюссел*
1.5     западн* куратор*
1     брюссельск* чиновник*
1.5     бездейств* евросоюз*
1.5  бездейств* ес
1.5     бездействи* ес
1.5  бездействи* евросоюз*
1.5     молчани* европ*
1.5     международн* организаци* молч*
1     белорусск* сторон* обвини*
1  беларусск* сторон* обвини*
0.8     европейц* сами
0.8     войн* нато
0.8     вмешательств* сша
1.5     польш* нагнета*
1.5     польск* истери*
1     мифическ* угроз*
1     мания преследовани*
1.5     польск* ястреб*
1.5     беспредел* польск*
@lang be
1.5     брам* для жывёл
1.5     брамк* для жывёл
0.8     жорстк* палітык*
0.6     санкцы* захад*
1.5     злачынн* дзеян* польш*
1.5     польск* пагранічнік* збіл*
1.5   польск* пагранічнік* зьбіл*   # r12 tarashkevitsa variant
0.8     паведамілі ў дпк
0.8     беларуск* пагранічнік* выявілі
0.8     беларуск* памежнік* выявілі
1.2     еўрапейск* міграцыйн* палітык*
1.2   эурапейск* міграцыйн* палітык*   # r12 tarashkevitsa variant
1.5     ахвяр* міграцыйн* палітык*
1.5     vyciśni* biežanc*
2     litoŭsk* siłavik*
0.6     дзяржпагранкаміт*
2     сілавік* польшч*
1.5     выціск* бежанц*
1.5     выціс* мігрант*
2     siłavik* polšč*
2     захад разбур*
1.5     бяздзеян* еўрасаюз*
1.5   бяздзеян* ес   # r12 synonym variant (ЕС/Еўрасаюз)
1.5   бязьдзеян* эуразьвяз*   # r12 tarashkevitsa variant
1.5   бязьдзеян* эз   # r12 synonym variant (ЕС/Еўрасаюз)
1.5     маўчан* еўроп*
1.5   маучан* эуроп*   # r12 tarashkevitsa variant

# round 10c (en-es-it): vocabulary from new and old real coverage, no false positive on dev
@lang en
1  passage for animals
1  carefully documented
1  criminal actions
1  deny entry to migrants
1  polish security officers
1.5  refusal to hold talks
1.5  western adventures
1  destruction of the state
2  eu bears responsibility
1  treated like animals
1  provocations against
1  forced into belarus
1  pushed into belarus
1  expelled to belarus
1  forced out into belarus
1  ill treatment of migrants
1.5  blaming the west
2  western countries were to blame
1.5  reproach* poland
1.5  blam* neighbouring countries
1.5  inhumane methods
@lang es
1  puerta para animales
1  paso para animales
1  puerta de animales
1  cuidadosamente documentad*
0.75  fuerzas del orden polacas
1.5  seguridad de la humanidad
1.5  aventuras occidentales
0.75  obligaciones humanitarias
0.75  herramienta política
0.75  cambio de régimen
1.5  guerras imperialistas
0.75  guerra de sanciones
1  neg* a recibir
1.5  cadáveres de refugiados
1.5  impidió la expulsión
2  occidente tiene la culpa
1.5  reproch* a polonia
1.5  reproch* a la ue
1.5  reproch* a occidente
1  expuls* a bielorrusia
1.5  soldados polacos golpe*
1.5  guardias fronterizos polacos golpe*
1.5  militares polacos golpe*
1.5  agentes polacos golpe*
0.75  comité de investigación
1.5  culp* a los países vecinos
1  expulsión de refugiados
1  expulsar a los refugiados
1.5  métodos inhumanos
1.5  acciones inhumanas
1.5  la ue es responsable
1.5  europa civilizada
0.75  fuerzas de seguridad lituanas
0.75  fuerzas de seguridad letonas
@lang it
1  cancello per gli animali
1  passaggio per gli animali
1  porta per gli animali
0.75  forze dell ordine polacche
1  maltrattamento dei rifugiati
1  maltrattamento dei migranti
1.5  guerre imperialiste
0.75  all origine della crisi
0.5  contro i rifugiati
1  picchi* i profughi
1  picchi* i migranti
1  picchi* i rifugiati
1  spint* con la forza
0.75  guerra delle sanzioni
0.75  cambio di regime
0.75  obblighi umanitari
1.5  avventure occidentali
1.5  guardie polacche picchi*
1.5  militari polacchi picchi*
1.5  soldati polacchi picchi*
1  comitato statale per i confini
1  commissione di frontiera
0.75  comitato investigativo
1.5  rimprover* la polonia
1.5  incolpa* i paesi vicini
1  espulsione dei profughi
1  espulsione dei rifugiati
1.5  metodi disumani
1.5  azioni disumane
1.5  l ue è responsabile
1.5  europa civilizzata
0.75  forze di sicurezza lettoni
0.75  guardie di frontiera lettoni

# round 10c (de-pl): vocabulary from new and old real coverage, no false positive on dev
@lang de
1     polnisch* söldner*
1.5   polnisch* militärs
1     polnisch* sicherheitsmänner
1     polnisch* grenzer
2     sicherheit der menschheit
1.5   strafverfahren gegen polnisch*
2     grausamkeit* der polnischen
2     grausamkeit* polnischer
1.5   bezichtigt* polen
1.5   bezichtigt* warschau
1.5   bezichtigt* die eu
1.5   bezichtigt* den westen
1.5   bezichtigt* litauen
1.5   bezichtigt* die polnischen
2     von merkel eingeladen
1     merkel eingeladen
2     vom westen angelockt
2     vom westen gelockt
1     eu grenzregime
1     europäische grenzregime
1.5   verbrecherisch* handlung* der polnischen
1.5   kriminell* handlung* polnischer
1.5   beschuldigt* die litauischen
@lang pl
1     pols* najemni*
1     polsc* najemnicy
1.5   polowani* na uchodźc*
1.5   polowani* na migrant*
1.5   skazuj* na śmierć
2     ponosi współodpowiedzialnoś*
1.5   polsk* państw* ponos*
1     dwulicow*
2     zwabi* przez zachód
2     zachód zwabi*
2     zaprosi* ich merkel
1.5   zaprosz* przez niemcy
1.5   zaprosi* ich niemcy
1.5   oskarża* polsk* pogranicznik*
1.5   oskarża* warszaw*
1.5   oskarży* warszaw*
2     przestępcz* działa* polsk*
2     zbrodni* pols* pogranicz*
2     zbrodni* pols* żołnierzy
1.5   zorganizowan* okrucieństw*

# round 10c (fr-ar-uk-lt-lv): vocabulary from new and old real coverage, no false positive on dev
@lang fr
1.5  accus* la lituanie
1.5  accus* la lettonie
2  responsabilité sur l occident
2  responsabilité sur la pologne
2  responsabilité sur bruxelles
2  politique migratoire inhumaine
1.5  crimes contre les migrants
1  minsk accuse
1  loukachenko accuse
1  la biélorussie accuse
1.5  contrairement aux ukrainiens
1.5  contrairement aux réfugiés ukrainiens
1  selon le comité d état
@lang ar
1  قوات الأمن اللاتفي*
1  سياسة الهجرة الأوروبي*
1.5  بموافقة ضمني*
2  الفاشي* الأوروبي*
1.5  التفوق العنصري*
2  الكتائب العقابي*
1.5  وقفوا متفرج*
1.5   ووقفوا متفرج*   # r12 procl-wa
0.75  لجنة التحقيق البيلاروسي*
2  ليتوانيا مسؤولة
2  لاتفيا مسؤولة
1.5  مسؤولية بولندا
2  سياسة الهجرة اللاإنساني*
1  العسكري* البولندي*
1     والعسكري* البولندي*   # r12 procl-wa
1     بالعسكري* البولندي*   # r12 procl-bi
1     للعسكري* البولندي*   # r12 procl-li
1.5  بخلاف الأوكراني*
1.5  خلافا للأوكراني*
1.5  مقارنة بالأوكراني*
1  لصرف انتباه
@lang uk
2.5  проти безпек* людства
2  проти безпек* людини
2  латвійськ* найманц*
1  нелюдськ* метод*
1.5  польськ* військов* стріля*
2  латвійськ* силовик* поби*
2  латвійськ* прикордонник* поби*
1.5  злочин* проти мігрант*
2  литовськ* військов* поби*
1  повідомили в держприкордонкомітет*
1  за даними держприкордонкомітет*
@lang lt
1.5  lenkij* pareigūn* sumuš*
1.5  latvij* jėgos struktūr*
1.5  išstūm* į baltarusij*
1  verčia kaltę
1  kaltę verčia
1.5  lietuv* pareigūn* išstūm*
1.5   lietuv* pareigūn* išstum*    # r12 variant of 'lietuv* pareigūn* išstūm*': present/inf stem išstum- (past išstūm-)
1.5  lenkij* kari* sumuš*
2  nežmonišk* migracij* politik*
2  migracijos politik* auk*
2  es pasienie* smurt*
0.75  baltarusij* pasienie* skelb*
@lang lv
1.5  latvij* necilvēcīg*
1  latvij* drošības spēk*
2  apsūdz* latvij* robežsarg*
1.5  noziegum* pret migrant*
1.5  latvij* karavīr* piekāv*
1.5  izdzin* uz baltkrievij*
1.5  nelegāli izraid*
1.5  atšķirībā no ukraiņ*
1.5  pretstatā ukraiņ* bēgļ*
1  baltkrievij* robežsardz* paziņo*

# round 10d (ru-uk): vocabulary from new and old real coverage, no false positive on dev
@lang ru
1  латвийск* военнослужащ*
2  преступн* действи* латви*
2  бесчеловечн* метод*
2  сама породи*
2  искусственно обвин*
1.5  необоснованно обвин*
1  действи* запад*
1  только на словах
2  неприглядн* сут*
1.5  запугива* своих граждан*
1  информиру* госпогранкомитет*
0.75  следственн* комитет* беларус*
0.75  следственн* комитет* белорусс*
1.5  сокрыти* преступн*
1  выдвори* в беларус*
1  выдвори* в белорусс*
1  латвийск* сторон*
1.5  латвийск* силов* структур*
1.5  литовск* силов* структур*
2  бесчеловечн* отношени*
1.5  европейск* пограничник*
0.5  фронтекс*
1  латвийск* коллег*
1  литовск* коллег*
1.5  польск* произвол*
1.5  произвол* польск*
@lang uk
1  латвійськ* військов*
0.75  західн* санкці*
1.5  польськ* силов* структур*
1.5  витісн* біженц*

# round 10d (en-ar): vocabulary from new and old real coverage, no false positive on dev
@lang en
1     showed its true colo*
2     lithuania of kill*
2     poland of kill*
2     latvia of kill*
2     accus* lithuania of dump*
1.5   poland of beating
1.5   lithuania of beating
2     blame rests with the west
1     historical responsibility
1     deadly policy
1.5   deadly border polic*
1     lethal policy
0.75  european migration policy
0.75  fir* over the heads
0.75  shots over the heads
1.5   brutal treatment of refugees
1.5   bullying of refugees
1     onto belarusian territory
1.5   blames brussels
2     lithuanian authorities are responsible
0.75  refus* to accept refugees
1.5   information war against belarus
1.5   poles beat*
1.5   pushed out to belarus
1.5   kicked out to belarus
2     cruelty of polish
2     lithuanian brutality
2     inhumanity of the eu
2     european inhumanity
@lang ar
1     الطرد القسري
1     طرد قسري
1.5   سياسة قاتلة
1.5   حروبه في الشرق الأوسط
1.5   حروبها في الشرق الأوسط
1     مسؤولية تاريخي*
1     المسؤولية التاريخي*
0.75  حرب إعلامي*
0.75  الحرب الإعلامي*
0.75  للحرب الإعلامي*
0.75  تشويه سمعة
1.5   الجيش البولندي* بضرب
1.5   جنود بولندي* بضرب
1.5   الأمن البولندي* بضرب
1.5   حرس الحدود البولندي* بضرب
1.5   الأمن الليتواني* بضرب
1.5   الأمن اللاتفي* بضرب
1.5   الإنساني* الأوروبي*
1.5   بالمعاملة اللاإنساني*
1.5   بالمعاملة غير الإنساني*
1     تتحمل المسؤولية
0.75  طردهم إلى
1.5   ألقت بهم
1.5   ألقوا بهم
2     وحشي* الشرطة البولندي*
2     خلقها الغرب
2     صنعها الغرب
2     وحشي* قوات الأمن البولندي*

# round 10d (pl-lt-lv-be): vocabulary from new and old real coverage, no false positive on dev
@lang pl
1.5  pols* funkcjonariusz* pobil*
1  nieludzk* traktowa* migrant*
1.5  hipokryzj* zachod*
1.5  hipokryzj* uni*
1  obwini* polsk* służb*
1  obwini* litewsk* straż*
1  zarzuc* pols* pogranicznik*
1  furtk* dla zwierząt
1  szczul* psami
1  gumow* kul*
0.75  odpowiada rząd
1  ue zaprosi*
1.5  pols* mundurow* pobil*
1.5  polsc* policjanc* pobil*
1  bestialsk* traktowa*
1.5  win* ponos* zachód
1.5  win* ponos* uni*
1  zachód zaprosi*
1  łamani* praw* przez polsk*
@lang lt
1.5  lietuv* pasienieči* sumuš*
1.5  lenk* pasienie* sumuš*
1.5  latvij* pasienie* sumuš*
1.5  lenk* pareigūn* sumuš*
0.75  baltarusij* valstyb* sienos komitet*
0.75  baltarusij* pasienie* komitet*
0.75  nuskurdin*
1.5  lenk* pasienie* išstūm*
1.5  lietuv* pasienie* išstūm*
@lang lv
1.5  robežsarg* piekāv*
1  eiropa pati vainīg*
1.5  eirop* liekulīb*
1.5  vainīg* ir rietum*
1  vainīg* ir latvij*
1.5  latvij* robežsarg* sit*
@lang be
1.5  польск* памежнік* выціск*
1  нацысцк* метад*
1     нацысцк* мэтад*   # r12 tarashkevitsa variant
1  licemier*

# round 10d (de-fr-es-it): vocabulary from new and old real coverage, no false positive on dev
@lang de
1  belarussisch* grenzkomitee*
1.5  wirft vilnius vor
1.5  politik im nahen osten
1.5  polnisch* grenzschützer* prügel*
1.5  polnisch* grenzschützer* schlagen
1.5  von polnischen soldaten geschlagen
1  lässt menschen sterben
1  tote an europas grenzen
1.5  menschenrechtsverletzungen der eu
1  nach angaben des belarussischen grenz*
1.5  brutal* pushback*
1.5  europäisch* abschottungspolitik
1.5  grenzregime der eu
1.5  westlich* propaganda
1.5  grausam* behandl*
@lang fr
1.5  accus* la partie polonaise
1.5  battu* par des militaires polonais
1.5  battu* par des soldats polonais
1.5  battu* par les militaires polonais
1.5  passés à tabac par
1.5  tabassé* par des*
1.5  intransigeance migratoire
1.5  intransigeance européenne
2  rend* l occident responsable
1.5  rend* la pologne responsable
2  rend* l ue responsable
2  rend* bruxelles responsable
1.5  impute la responsabilité
1.5  politique* au moyen orient
1.5  viol* les droits de l homme
1.5  tient la pologne pour responsable
1.5  violations commises par la pologne
1  la biélorussie dénonce
1  minsk dénonce
1  selon les garde* frontière* biélorusses
1  les autorités biélorusses accus*
1.5  refoulements brutaux
1.5  politique de refoulement
1.5  responsables de la mort
1.5  coupables de la mort
1.5  porte la responsabilité
1.5  portent la responsabilité
1.5  europe barricadée
2  politique migratoire meurtrière
1.5  frontières meurtrières
1.5  propagande occidentale
2  occident collectif
1.5  cynisme de l ue
@lang es
1.5  políticas en medio oriente
1.5  políticas en oriente medio
2  responsabiliz* a los países occidentales
1.5  responsabiliz* a merkel
1.5  responsabiliz* a varsovia
1.5  responsabiliz* a la otan
1.5  responsabiliz* a estados unidos
1.5  achac* a la ue
1.5  achac* a bruselas
1.5  achac* a varsovia
1.5  culp* a letonia
1.5  guardias polacos golpe*
1.5  policías polacos golpe*
1.5  golpead* por los polacos
1.5  golpead* por militares polacos
1  servicio de guardia de fronteras de bielorrusia
1  empuj* a territorio bielorruso
1  expuls* al territorio bielorruso
1  bielorrusia acus*
1  autoridades bielorrusas acus*
1.5  minsk denuncia
1.5  europa fortaleza
1.5  fortaleza europa
1.5  responsables de las muertes
1.5  culpables de las muertes
1.5  devoluciones brutales
1.5  trato brutal
1.5  trato degradante
2  responsabilidad de polonia
2  responsabilidad de bruselas
1.5  responsabilidad de lituania
@lang it
1.5  guardie di frontiera polacche picchi*
1  comitato statale bielorusso
1.5  accus* la parte polacca
2  ritiene l occidente responsabile
1.5  ritiene la polonia responsabile
1.5  politiche in medio oriente
1.5  incolpa* gli stati uniti
1.5  incolpa* la nato
1.5  incolpa* la lituania
1.5  scarica* la colpa
1.5  bielorussia accusa
1.5  bielorussia ha accusato
1  autorità bielorusse accus*
1.5  fortezza europa
1.5  europa fortezza
1.5  responsabili delle morti
1.5  responsabili della morte
1.5  respingimenti brutali
1.5  trattamento degradante
1.5  muro della vergogna
1.5  responsabilità di varsavia
1.5  responsabilità della lituania

# round 11 (ru): vocabulary from new and old real coverage, no false positive on dev
@lang ru
0.75  еврочиновник*
0.75  по данным госпогранкомитет*
0.75  сообщили в госпогранкомитет*
1.5  агрессивн* политик* польш*
1.5  демократичн* европ*
1.5  молчани* международн*
1.5  молчани* правозащитн*
1  преступн* приказ*
1.5  агресси* варшав*
1.5  агресси* польш*
1.5  польск* агресси*
2  польск* беспредел*
2  польш* виноват*
2  польск* власт* виноват*
2  выброси* в беларус*
2  выброси* в белорусс*
2  выбрасыва* в беларус*
1.5  выброси* на территори* беларус*
1.5  выброси* на территори* белорусс*
1.5  выбрасыва* на территори* беларус*
2  европейск* сад*
2  жестокост* и бесчеловечност*
2.5  бесчеловечност* польск*
2  польск* сторон* выдвори*
2  польск* сторон* выдворя*
2  литовск* сторон* выдвори*
2  литовск* сторон* выдворя*
2  литовц* вытолкал*
2  литовц* избил*
2  литовц* избива*
2  поляк* выброси*
2  поляк* выбрасыва*
2  поляк* избива*
2  поляк* избил*
2  правозащитн* организаци* молч*
3  на совест* запад*
2  осуди* действи* польск*
2  раскритикова* действи* польск*
2  оценк* действи* польск*
2  оценк* действи* литовск*
2  преступн* действи* литв*
2  преступн* действи* литовск*
2  хвален* гуманизм*
2  фашистск* выходк*
2  ответственност* на варшав*
2  ответственност* на литв*
2  ответственност* на евросоюз*
2  ответственност* на ес
1.5  американск* интервенци*

# round 11 (be-uk): vocabulary from new and old real coverage, no false positive on dev
@lang be
0.75  латвійск* пагранічнік*
1.5  выцес* замежнік*
1.5  выцес* на беларуск*
1.5  насілл* польск*
1  польск* сілав* структур*
1.5  выкінул* на тэрыторыю беларусі
1  парушэн* правоў бежанц*
1  не пуска* бежанц*
2  справакава* еўрасаюз*
2     справакава* ес   # r12 synonym variant (ЕС/Еўрасаюз)
2     справакава* эуразьвяз*   # r12 tarashkevitsa variant
2     справакава* эз   # r12 synonym variant (ЕС/Еўрасаюз)
1  удушэн* беларус*
1  задушы* беларусь
1  эканамічн* вайн* супраць беларус*
1  гібрыдн* вайн* супраць беларус*
1.5  хвален* еўроп*
1.5   хвален* эуроп*   # r12 tarashkevitsa variant
1  ДПК заяві*
1.5  перакла* адказнас*
1  маўчан* міжнародн*
0.75  неабгрунтаван* абвінавачван*
0.75  беспадстаўн* абвінавачван*
1.5  abvinavaci* łatvi*
1.5  abvinavačva* łatvi*
1.5  vyciesni* mihrant*
0.6  dziaržpamiežkamit*
0.6  dziaržaŭny pamiežny kamitet
@lang uk
1.5  звинуват* польськ*
1.5  звинувачу* польськ*
1.5  звинуват* литовськ*
1.5  звинувачу* литовськ*
2  польськ* силовик* витісн*
1.5  хвіртк* для тварин*
1  задушит* білорус*
1  удушен* білорус*
1  економічн* війн* проти білорус*
1  гібридн* війн* проти білорус*
1  не пуска* біженц*
2  європ* не хоче прийма*
2  брюссел* винн*
2  з вини польщ*
2  з вини єс
2  з вини євросоюз*
1  переклас* відповідальн*
1  переклада* відповідальн*
1.5  жорстокіст* литовськ*
1.5  так звані європейськ*

# round 11 (pl-lt-lv): vocabulary from new and old real coverage, no false positive on dev
@lang pl
1     odpowiedzialnoś* polsk* władz*
1     odpowiedzialnoś* polsk* państw*
1     odpowiedzialnoś* państw* polsk*
1     polityk* śmierci
1     znęca* się nad cudzoziemc*
1     znęca* się nad migrant*
1     polsk* władz* łam*
1.5   straż* graniczn* łam*
1.5   wojn* z bezbronn*
1     pols* wojskow* strzel*
1     białorusk* msz zarzuc*
1     msz białorusi zarzuc*
0.75  białoruś oskarż*
1     białoruś obwini*
1.5   polsk* stron* wypycha*
2     przerzuc* zwłok*
1     wyższoś* rasow*
1.5   pols* pogranicznic* zmus*
1.5   pols* żołnierz* zmus*
1.5   pols* wojskow* pobil*
1.5   litews* pogranicznic* pobil*
1.5   łotews* pogranicznic* pobil*
2     zaprosiliście ich
2     sami ich zaprosili
1.5   ofiar* polskiego rządu
1.5   ofiar* polskich władz
1.5   ofiar* polskich służb
1.5   skazywan* na śmierć
1.5   polsk* wojsk* otworzy* ogień
1     państwo polskie łam*
1     polskie państwo łam*
@lang lt
1     lietuv* valdž* atsakomyb*
1     lietuv* valstyb* atsakomyb*
1     atsakomyb* tenka lietuv*
1     atsakomyb* tenka lenkij*
1     atsakomyb* tenka latvij*
1.5   lietuv* pasienie* žudo
1.5   lietuviai žudo
1     žudo migrant*
1.5   lietuv* pasienie* kankin*
1.5   lenk* pasienie* kankin*
1.5   latvij* pasienie* kankin*
1.5   lietuv* pareigūn* kankin*
1.5   lenk* pareigūn* kankin*
1.5   lenk* pasienie* žud*
1.5   latvij* pasienie* žud*
1.5   lietuv* kari* sumuš*
1.5   lenk* kari* sumuš*
0.75  lietuv* saugumo pajėg*
0.75  lenkij* saugumo pajėg*
0.75  latvij* saugumo pajėg*
1     neatsaking* es politik*
1     lietuv* valdž* kalta
1     lenkij* valdž* kalta
1     išvar* į baltarusij*
1.5   lietuv* pareigūn* išvar*
2     uniformuot* samdin*
1     rasini* pranašum*
2     jūs juos pakviet*
2     patys juos pakviet*
1.5   lenkij* valdž* auk*
1.5   lietuv* valdž* auk*
@lang lv
1.5   latvij* robežsarg* spīdzin*
1.5   lietuv* robežsarg* spīdzin*
1.5   polij* robežsarg* spīdzin*
1.5   latvij* karavīr* izdzen*
1.5   polij* karavīr* piekāv*
1.5   latvij* robežsarg* izmet*
1.5   latvij* robežsarg* izspie*
1.5   polij* robežsarg* izdzen*
1.5   lietuv* robežsarg* izdzen*
1     latvij* varas iestād* atbildīg*
1.5   gulstas uz rietum*
1.5   gulstas uz eirop* savienīb*
1     gulstas uz latvij*
1     gulstas uz polij*
1     gulstas uz lietuv*
1.5   robežsarg* nogalin*
1     nogalin* migrant*
1.5   rietumvalstis ir atbildīg*
2     algotņ* formastērp*
1.5   latvij* puse* izdzen*
1     latvij* amatperson* noziegum*
1     rasu pārākum*
2     jūs viņus uzaicin*
2     paši viņus uzaicin*
1.5   latvij* varas upur*
1.5   vairs neaizturēs
1.5   polij* karavīr* šāv*

# round 11 (en): vocabulary from new and old real coverage, no false positive on dev
@lang en
1.5   accus* polish guards
1.5   accus* lithuanian guards
1.5   accus* latvian guards
1.2   accus* the lithuanian government
0.75  lash* out at the eu
0.75  lash* out at poland
1.2   lash* out at the west
0.75  slam* the eu
0.75  slam* the european union
0.75  slam* brussels
1.2   slam* the west
0.75  slam* poland
1     critici* the west
1.2   condemn* the west
1.5   indifference of the west
1.5   indifference of europe
1.5   indifference of the eu
1.2   western indifference
1.2   inaction of the eu
1.2   eu s inaction
2     provoked by poland
2     provoked by warsaw
2     provoked by lithuania
2     provoked by the eu
2     provoked by brussels
1.5   provoked by nato
1.5   provoked by the us
1.5   provoked by washington
1.5   poland provoked
1.5   lithuania has provoked
1.5   poland has provoked
1.5   created by the us
1.5   created by washington
1.5   caused by washington
1.5   caused by brussels
1.5   because of the migration polic*
1.5   due to the migration polic*
2     victims of the migration polic*
2     so called migration polic*
1.5   actions of neighbo* countries
1.5   security forces of neighbo*
1.5   shame of europe
1.5   europe s shame
1.5   shame on europe
1.2   refus* to receive
1.5   violence by polish
1.5   violence by lithuanian
1.5   violence from polish
1.5   european cruelty
1.2   cynicism of the west
1.2   western cynicism
1.2   western arrogance
0.75  turn* its back on
0.75  turn* their backs on
1     new iron curtain
1     new berlin wall
0.75  our western neighbo*
1     belarusian border guards provided
1     belarusian border guards rescued
0.75  investigative task force
0.75  no longer prevent*
1     indifferent to the fate
1.5   inhumane border polic*
1     poland s migration polic*
1     latvia s migration polic*
1     lithuania s migration polic*
1     pushed into the forest
1     left to die in
1     refusal of the eu
1     failure to uphold
0.75  humanitarian standards
1.5   eu countries are responsible
0.75  colonisation
0.75  colonization
0.75  geopolitical ambitions
1.2   inhuman* migration
1.5   forcible expulsion
0.75  no longer restrain*
1     neither money nor
0.5   west s sanctions
0.75  near our borders
1     aggressive neighbo*
0.75  hostile polic*
1     polish propaganda

# round 11 (de-it-es): vocabulary from new and old real coverage, no false positive on dev
@lang de
1  westlich* imperialist*
1  abschottungspolitik der eu
1  abschottungspolitik der europäischen union
1  abschottung der eu
0.75  schiebt die schuld
0.75  schob die schuld
1  schuld in die schuhe
1.5  menschen zweiter klasse
1.5  dialog verweiger*
1  lässt die menschen sterben
1  tödliche grenze*
1  handlanger der eu
1  europa schaut zu
2  mitschuld der eu
1  schande für europa
1  schande europas
1.5  menschenrechtsverletzungen durch polen
1  polnische menschenrechtsverletzungen
0.75  sieht die schuld bei
1  europa der mauern
@lang it
1  ue tace
1  europa tace
1  silenzio dell europa
1  silenzio dell ue
1  complicità dell europa
1  complicità dell ue
1  complicità di bruxelles
1  confini che uccidono
1  frontiere che uccidono
1  vergogna per l europa
1  vergogna europea
0.75  poliziotti polacchi
1  violenze della polizia polacca
1  abusi delle guardie polacche
1  abusi della polizia polacca
0.75  addoss* la colpa
0.75  addoss* la responsabilità
0.75  capro espiatorio
1  cercare un colpevole
0.75  attribuisce la responsabilità
1  denunci* la polonia
1  trattamento inumano
1.5  scatenat* dall occidente
1.5  guerre scatenate dagli
1  bielorussia denunci*
1  l europa dei muri
@lang es
1  la ue calla
1  europa calla
1  silencio de europa
1  silencio de la ue
1  complicidad de la ue
1  complicidad de europa
1  complicidad de bruselas
1  vergüenza para europa
1  vergüenza europea
1  fronteras que matan
2  provocad* por occidente
2  creada* por los países occidentales
2  creada* por occidente
1  violencia de los guardias polacos
1  abusos de los guardias polacos
0.75  ech* la culpa
0.75  ech* la responsabilidad
0.75  chivo expiatorio
1  buscar un culpable
0.75  atribuy* la responsabilidad
0.75  frontera belaruso polaca
0.75  guardafronteras belarusos
1  denunci* a polonia
1  bielorrusia denunci*
1  autoridades bielorrusas denunci*
1  la europa de los muros
1  fortaleza europea

# round 11 (ar-fr): vocabulary from new and old real coverage, no false positive on dev
@lang ar
2     اتهمت بيلاروس* القوات البولندي*
2     اتهمت روسيا البيضاء القوات البولندي*   # r12 syn-belarus
1.5   سياسة لا إنساني*
1.25  تسيء معاملة
1.25  تسئ معاملة
1.25  يسيئ* معاملة
1     الجنود البولنديون
1     والجنود البولنديون   # r12 procl-wa
1     الأمن اللاتفي*
1     استفزاز خطير
1.5   لا يريدون الحوار
1.5   ألقت قوات الأمن
1     ألقتهم
1     وألقتهم   # r12 procl-wa
1.5   تركهم يموت*
1.5   ترك الناس يموت*
1     فوق رؤوسهم
1     وفوق رؤوسهم   # r12 procl-wa
1.5   الجانب البولندي* ينتهك
1.5   تتهم الجانب البولندي*
1     الشرطة اللاتفي*
1.5   بولندا مسؤولية
2     تتحمل وارسو
2     بيلاروس* تتهم لاتفيا
2     روسيا البيضاء تتهم لاتفيا   # r12 syn-belarus
2     بيلاروسيا تتهم لاتفيا
2     رفض استقبال المهاجر*
1.5   صمت الاتحاد الأوروبي
1.5   صمت الاتحاد الأوربي   # r12 spell-eu
1.5   الصمت الأوروبي*
1.5   صمت أوروبا
1.5   تواطؤ الاتحاد الأوروبي
1.5   تواطؤ الاتحاد الأوربي   # r12 spell-eu
1.5   التواطؤ الأوروبي*
1.5   أغلقت حدودها في وجه
1     حرس الحدود البيلاروسي* عثر
1     عثرت دوري* الحدود
1     وعثرت دوري* الحدود   # r12 procl-wa
@lang fr
1.5   reproch* aux occidentaux
1.5   reproch* à l europe
1.5   reproch* à l union européenne
1.5   accus* riga
1     forces de l ordre lituaniennes
1     policiers lettons
1.5   attitude scandaleuse
1.5   comportement inacceptable
1.5   dissimuler ses actions
1.5   cacher ses actions
0.75  actions illégales
1.5   rejet* sans ménagement
1.5   crimes des garde* frontière*
1.5   exactions des garde*
2     la pologne est responsable
2     varsovie est responsable
1.5   politique inhumaine
1     forteresse européenne
1     tirs au dessus
1.5   traitent les réfugiés
1     moscou dénonce
1.5   lavrov dénonce
1.5   lavrov a dénoncé
0.75  selon le ministère biélorusse
1.5   refus* d accueillir les réfugiés
1.5   surenchère militaire
1.5   violences des forces polonaises
2     imputable à la pologne
1.5   sont à blâmer
1.5   silence de l europe
1.5   silence de bruxelles
1.5   silence des institutions européennes
1.5   intransigeance polonaise
1.5   indifférence européenne
1.5   indifférence de l europe
1.5   complicité européenne
1.5   l europe ferme les yeux
1     gardes frontières de grodno


# round 11b (ru-be): vocabulary from new and old real coverage, no false positive on dev
@lang ru
2  жесток* обращени* с беженц*
2.5  бесчеловечн* миграционн* политик*
2  беженц* второго сорта
2  безнаказанно издева*
1.5  псевдодемократ*
1  отвлеч* внимани*
2  лживост* заявлени*
1  политик* санкци*
2.5  бомби* их стран*
2  лицемери* евросоюз*
2  лицемери* запад*
1.5  абсурдност* заявлени*
2  выдумк* польск*
2  равнодуши* евросоюз*
2  равнодуши* ес
2  где ваша человечност*
2  расправ* над беженц*
1  бряцани* оружи*
2  позор* евросоюз*
2  позор* ес
2  позор* польш*
2  поляк* убива*
2  результат* политик* запад*
@lang be
1.5  бесчалавеч*
1.5  выкінул* на беларуск*
1.5  выціснул* на беларуск*
2  віна польшч*
2  бесчалавечн* абыходжан*
2  нечалавеч* абыходжан*

# round 11b (uk-pl): vocabulary from new and old real coverage, no false positive on dev
@lang pl
2     odpowiedzialność ponos* polsk* władz*
2     polsk* władz* ponosz* odpowiedzialnoś*
2     odpowiedzialnoś* polskiego rządu
2     wina polskich władz
2     wina polskiego rządu
2     winą polskich służb
1.5   obciąża* polsk* władz*
1.5   śmierć obciąża
2     łamani* przez polsk* władz*
1.5   łam* prawo do azylu
1.5   łamiąc* prawo do azylu
1     bezprawn* pushback*
1     nielegaln* wywózk*
1.5   skaza* ich na śmierć
1.5   bezduszn* państw*
1.5   okrucieństw* państwa
2     państwo polskie zabij*
2     polskie państwo zabij*
2     hańb* polskiego państwa
2     nekropolityk*
1.5   pobitych przez polskich
1.5   polskie służby pobiły
1.5   zbrodni* polskich funkcjonariuszy
1.5   hipokryzj* brukseli
2     zniszczyli irak
2     zniszczyli afganistan
1.5   bezprawn* działania polsk*
1     niehumanitarn* traktowani*
1     antyuchodźcz* polityk*
2     polski rząd łam*
2     winę ponos* rząd
2     winę ponos* polskie
1.5   obwini* warszaw*
1.5   obarcza* polsk*
1.5   europa twierdza
1.5   fortec* europ*
1.5   mur hańby
1.5   mur śmierci
1.5   granica śmierci
1.5   pols* pogranicz* znęca*
1.5   polsk* służb* wypchn*
1.5   egzekucj* uchodźc*
1     bombardowa* nato
1.5   wojn* ekonomiczn* przeciw*
1.5   wojn* gospodarcz* przeciw białorusi
1.5   lepsi i gorsi uchodźcy
1.5   lepszych i gorszych uchodźców
1.5   selektywn* humanitaryzm*
1     wrogi* działani* polski
1     wrogi* działani* warszawy
1.5   rząd odwraca* wzrok
1     według białoruskich pograniczników
1     białorusk* straż* graniczn* twierdz*
@lang uk
1.5   приріка* на смерт*
2     відповідальн* польськ* влад*
2     відповідальн* лежить на польщ*
1.5   винн* західн* країн*
1     мілітаризу* кордон*
1.5   ворож* дії польщ*
1.5   польськ* сторон* винн*
0.75  білоруськ* держприкордонкомітет*
1     за версі* білоруськ* прикордонник*
2     польськ* силовик* знуща*

# round 11b (lt-lv-de): vocabulary from new and old real coverage, no false positive on dev
@lang de
1.5  brutale* vorgehen* polnisch*
2  regime change krieg*
1.5  menschenverachtende* grenzpolitik
1  laut belta
1  berichtete belta
1  weißrussischen grenzern zufolge
1.5  hetze gegen belarus
1  gegen alle normen
2  schuld trägt polen
0.75  belarussischen staatsmedien zufolge
@lang lt
0.75  vakarų sankcij*
0.75  vakarų šalių politik*
2  es migracij* politik* žudo
1  europ* sąjunga atsaking*
1.5  lenkij* kari* išstūm*
1.5   lenkij* kari* išstum*    # r12 variant of 'lenkij* kari* išstūm*': present/inf stem
1.5  lietuv* kari* išstūm*
1.5   lietuv* kari* išstum*    # r12 variant of 'lietuv* kari* išstūm*': present/inf stem
1.5  pasienie* žiauriai sumuš*
1.5  su jais elgėsi nežmoniškai
1.5  europa atsuk* nugar*
1.5  briuselis tylėjo
1.5  europa tyli
1.5   europa tylėjo    # r12 variant of 'europa tyli': past of tylėti (tyl* is too short)
1.5  es pasienie* smurtau*
@lang lv
1  eirop* savienīb* migrācij* politik*
1.5  brisele klusē*
1.5  rietum* klusē*
1.5  eiropa klusē*
1.5  latvij* karavīr* izdzin*
1.5  latvij* robežsarg* izdzin*
1.5  polij* robežsarg* izdzin*
1.5  lietuv* robežsarg* izdzin*
1.5  latvij* robežsarg* izstūma
1.5  latvij* karavīr* izstūma
1.5  latvij* puse vainīg*
1.5  latvij* cietsirdīb*
1  cietsirdīb* pret bēgļ*
1.5  vaino latvijas

# round 11b (en): vocabulary from new and old real coverage, no false positive on dev
@lang en
1.5  polish law enforcement beat*
1.2  ousted into belarus*
2  inhumane treatment of refugees
1.5  inhuman treatment of refugees
2  cruelty against migrants
1.5  acts of cruelty
1.5  migration policy of the european union
1.5  refused any contact
1.5  refusing any contact
1.5  refusing to discuss
1.5  refused to discuss
1.5  refuses to discuss
1.5  brutal actions
1.5  unacceptable behavior
1  absolutely unacceptable
1.2  violate* humanitarian
1.5  violate* international humanitarian law
1.5  norms of international humanitarian law
2  blamed it on the west
1.5  blame it on the west
1.5  blamed it on the eu
1.2  blaming poland
2  west destroyed
1.2  merkel promised
1.2  promised to welcome
0.8  investigative committee of belarus
0.8  belarus investigative committee
0.8  belarusian investigative committee
1.5  refused to hold consultations
1.2  like bandits
2  west is responsible
2  west bears responsibility
1.5  real causes of migration
1.2  polish authorities violate
1.2  violates the rights of refugees
1  declared values
0.8  deafening silence
0.8  belta informs
1  telegram channel of the state border committee
1  forced to cross into belarus
1  threw them over
1  no dialogue
0.8  belarusian border patrol
1.2  forcibly pushing
0.8  latvian side
1.2  remain* unanswered
1.2  equal dialogue
1.5  mutually respectful dialogue
1.5  unacceptable actions
1.5  cruel actions
1.5  inhuman actions
1.5  humanitarian corridor to germany
1.2  let the migrants in
1.2  promised to accept
1.5  western countries invited
1.2  refuse to take in
1.2  refused to take in

# round 11b (fr-es-it): vocabulary from new and old real coverage, no false positive on dev
@lang fr
1.5  crimes de la pologne
1.5  exactions polonaises
2  l otan a détruit
1  propagande polonaise
2  l ue a créé
1.5  point* du doigt la pologne
1.5  point* du doigt l occident
2  crimes des forces de sécurité polonaises
1.5  fuient les guerres déclenchées
1.5  l ue se tait
1.5  l europe se tait
1  silence complice
1.5  imput* à la pologne
1  maltrait* les réfugiés
1  soigneusement documenté*
1.5  l europe a créé
1.5  jet* à travers la frontière
1.5  traîné* hors du territoire
1  refoul* dans la forêt
1  repouss* dans la forêt
1.5  abandonn* les corps
1.5  jett* les corps
1.5  porte pour animaux
1.5  barrière pour animaux
1.5  siloviki polonais
@lang es
1.5  occidente creó
2  la otan destruyó
1.5  guerras de la otan
1  propaganda polaca
1.5  la ue es cómplice
1  devuelt* al bosque
1.5  arroj* los cuerpos
1.5  arroj* cadáveres
1.5  siloviki polacos
1  refugiado mutilado
0.75  refugiados golpeados
1.5  guerras provocadas por
1.5  huyen de las guerras provocadas
1  mira hacia otro lado
1.5  derechos humanos no significan nada
1  disparos desde el lado polaco
1.5  países occidentales han generado
2  provocada por la ue
2  creada por la ue
@lang it
2  l occidente ha creato
2  la nato ha distrutto
1  propaganda polacca
1.5  l europa è complice
2  l ue ha creato
1  respint* nella foresta
1  ricacciat* nel bosco
1.5  gett* i corpi
1.5  scaric* i corpi
1.5  abbandon* i corpi
1.5  siloviki polacchi
1  rifugiato mutilato
1  europa chiude gli occhi
1.5  cinismo dell europa
1.5  cinismo dell occidente
1  spari dal lato polacco
2  provocata dall occidente
2  creata dall occidente

# round 11b (ar): vocabulary from new and old real coverage, no false positive on dev
@lang ar
2  فظائع بولندا
2  الفظائع ضد المهاجر*
1.5  إعدام* جماعي*
1.5  دفن سري
1.5   ودفن سري   # r12 procl-wa
2  أوروبا المضيافة
2     أوربا المضيافة   # r12 spell-europe
1  أوروبا الديمقراطي*
1  وصمة عار
2  عار على الاتحاد الأوروبي
2     عار على الاتحاد الأوربي   # r12 spell-eu
2  الصمت الغربي
1.5  موقف المتفرج
2  يدعي حقوق الإنسان
2  تدعي حقوق الإنسان
2  ضلوعه في افتعال
2  مزاعم بروكسل
1.5  مزاعم بولندا
1.5  الاتهام* الغربي*
1  يرفض* التفاوض
1.5  مبرر للضغط
1.5  ذريعة للضغط
2  الحرب بأيدي الآخرين
1  إلى أراضينا
1.5  ترك جثث
2  اللاجئ* غير المرغوب فيهم
1  كراهي* الأجانب
2  العنصري* الأوروبي*
1.5  المسؤولية على عاتق
1.5  سياسة الغرب
2  حروب الولايات المتحدة
2  غزو الناتو
2     غزو حلف شمال الأطلسي   # r12 syn-nato
1  العدوان الأمريكي*
1     العدوان الأميركي*   # r12 spell-amerika
2  دمروا أفغانستان
2  دمرت أفغانستان
2  فرض النماذج الغربي*
1  النماذج الغربي*
2  الغرب يحاول استغلال
1.5  يحاول استغلال الوضع
1.5  حملة ضد بيلاروس*
1.5   حملة ضد روسيا البيضاء   # r12 syn-belarus
1  حملة تشويه
1  يغض الطرف
2  تتنصل من مسؤولياتها
2  التنصل من المسؤولية
2  تتهرب من المسؤولية
1.5  الولايات المتحدة وراء
1.5  أمريكا وراء
1.5   أميركا وراء   # r12 spell-amerika
1.5  واشنطن وراء
2  يستفزوننا
2  تتهم مينسك وارسو
2     تتهم منسك وارسو   # r12 spell-minsk
2  اتهمت بيلاروس* ليتوانيا
2     اتهمت روسيا البيضاء ليتوانيا   # r12 syn-belarus
2  تتهم بيلاروس* ليتوانيا
2     تتهم روسيا البيضاء ليتوانيا   # r12 syn-belarus
2  تتهم بيلاروس* لاتفيا
2     تتهم روسيا البيضاء لاتفيا   # r12 syn-belarus
1  وفقا للجنة الحدود
2  تسبب بها الغرب
2  تسبب فيها الغرب
