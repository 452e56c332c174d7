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
# How the file is organised: one `@lang` section per language (en, ru, pl, lt, de, be, ar).
# Inside each section: deaths, cold and hypothermia; deprivation (no food, water or medical
# care); children, pregnant women and families; violence and degrading treatment; pushbacks and
# denial of asylum; pawns, hostages and exploitation; humanitarian catastrophe. Strong signals
# weigh 2.5–3, characteristic phrases 1.5–2, topical words 0.3–1. Each section ends with
# counter-evidence (negative weights): the opposite portrayal of migrants as aggressors
# ("aggressive migrants", "threw stones", "storming the border", "invaders") and markers of
# other migration routes (Mediterranean, Lampedusa, shipwrecks) that are not this crisis. Examples
# (@must-match / @must-not-match) are at the end of the file.

@narrative   migrants-as-victims
@title       Migrants as victims
@description Migrants at the Belarus–EU border are victims of violence, pushbacks, cold, deaths, exploitation and political manipulation.
@threshold   0.5

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
1.5   stranded
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
2     pregnant wom*
2     unaccompanied minor*
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
1.5   right to asylum
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
3     умер* в лесу
2.5   умер* на границе
2.5   погиб* на границе
2.5   гибел* мигрант*
2.5   погибш* мигрант*
2.5   смерт* мигрант*
2.5   смерт* на границе
2.5   тело мигрант*
2.5   тела мигрант*
2     найден* тело
2     пропал* без вести
# -- deprivation
2     без еды
3     без еды и воды
2.5   без медицинск* помощ*
2     под открытым небом
2.5   на произвол судьбы
# -- violence
1.5   избит*
1.5   избива*
1.5   избиени*
2     жесток* обращени*
2.5   бесчеловечн* обращени*
2.5   бесчеловечн* услови*
2.5   насили* над мигрант*
2.5   насили* в отношении мигрант*
2     сексуальн* насили*
2.5   сексуальн* эксплуатаци*
2.5   натрав* собак*
# -- pushbacks, asylum
1.5   пушбэк*                          # also Belarusian
1.5   пушбек*
1.5   выдавлива*
1.5   выталкива*
1.5   право на убежищ*
# -- children, families
2     дети на границе
2     детей на границе
3     дети в лесу
3     детей в лесу
1.5   маленьк* дет*
1.5   семь* с дет*
1.5   беременн*
2     застрял* на границе
2     застрявш* мигрант*
# -- pawns, hostages, exploitation, humanitarian
3     гуманитарн* катастроф*
1.5   гуманитарн* кризис*
3     гуманитарн* трагеди*
1.5   трагеди*
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
-1.5  штурм* границ*
-1.5  средиземн*

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
3     zgin* w lesie
2.5   zmarł* na granicy
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
1.5   prawo do azylu
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
3     katastrof* humanitarn*
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

# ---------------------------------------------------------------------------------------------
@lang lt
2.5   hipotermij*
3     nuo hipotermij*
1.5   sušal*
2     nušalim*                         # frostbite; not nušal*: nušalintas = removed from office
2.5   mir* pasienyje                   # mirė / mirtis / mirtys pasienyje
3     mir* miške
2     rast* negyv*
2.5   migrant* kūn*
1.5   žuvo
2     dingus* migrant*
1.5   sumuš*
2.5   smurt* prieš migrant*
3     smurtin* išstūm*
2     išstūm*                          # išstūmimai = pushbacks
1     apgręž*                          # official "turned back"
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
2.5   prekybos žmonėmis auk*
2.5   seksualin* išnaudojim*
1.5   išnaudojim*
2     sienos grup*                     # Sienos grupė (NGO)
-2    agresyv* migrant*
-1.5  viduržemio jūr*

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
2     schwanger*
2     niemandsland
2.5   spielball*
2.5   schachfigur*
2.5   opfer politisch*
2     ausgebeutet*
3     humanitär* katastroph*
1.5   humanitär* kris*
1.5   menschenrechtsverletzung*
1.5   schutzsuchend*
-2    aggressiv* migranten
-1.5  steine geworfen
-1.5  mittelmeer*

# ---------------------------------------------------------------------------------------------
@lang be
3     ад пераахаладжэн*
2     пераахаладжэн*
3     замерз* насмерць
2.5   загінул* мігрант*
2.5   смерц* мігрант*
2.5   цел* мігрант*
3     гуманітарн* катастроф*
1.5   гуманітарн* крызіс*
1.5   збіты*                           # not збіт*: збіткі = losses
1.5   збіва*
3     дзец* ў лесе
2     без ежы
2.5   закладнік*
3     ахвяр* палітычн* гульн*
2     палітычн* гульн*
2     цяжарн*

# ---------------------------------------------------------------------------------------------
@lang ar
3     ماتوا من البرد
3     الموت بردا
2     تجمد*                            # froze; not تجميد (asset freeze)
3     انخفاض حرارة الجسم
2     البرد القارس
2.5   عالق* على الحدود
3     عالق* في الغاب*
2     بلا طعام
2     دون طعام
2     بدون طعام
2.5   تعرضوا للضرب
2.5   العنف ضد المهاجرين
2.5   معاملة لاإنسانية
2.5   ظروف لا إنسانية
3     مأساة إنسانية
3     كارثة إنسانية
1.5   أزمة إنسانية
2.5   جثث المهاجرين
2.5   لقوا حتفهم
2.5   لقي حتفه
2.5   بيادق
2.5   عمليات الصد
-1.5  البحر المتوسط

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
