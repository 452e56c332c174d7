@narrative   migrants-as-victims
@title       Migrants as victims
@description Migrants at the Belarus–EU border are victims of violence, pushbacks, cold, deaths, exploitation and political manipulation.
@threshold   0.5
@lang en
3     froze to death
3     frozen to death
3     freez* to death                  # freezing / freeze to death
3     died of hypotherm*
2     hypotherm*
3     died of exposure
2     frostbit*
@lang ru
3     замерз* насмерть
1.5   замерз*                          # also Belarusian замерзлі
3     от переохлажден*
2     переохлажден*
2     обморожен*
3     холод* и голод*
3     погиб* в лесу
@lang pl
3     zamarz* na śmierć
1.5   zamarz*
2.5   hipotermi*
3     z wychłodzeni*                   # zmarł z wychłodzenia
2     wychłodzeni*
2     odmrożeni*
1.5   ujemn* temperatur*
@lang lt
3     nuo hipotermij*
1.5   sušal*
2     nušalim*                         # frostbite; not nušal*: nušalintas = removed from office
2.5   mir* pasienyje                   # mirė / mirtis / mirtys pasienyje
3     mir* miške
2     rast* negyv*
2.5   migrant* kūn*
@lang de
3     erfror*                          # erfroren, erfrorene
2.5   unterkühl*
3     an unterkühlung
2     erfrierung*
2.5   tote an der grenze
3     im wald gestorben
3     starb* im wald
@lang be
3     ад пераахаладжэн*
2     пераахаладжэн*
3     замерз* насмерць
2.5   загінул* мігрант*
2.5   смерц* мігрант*
2.5   цел* мігрант*
3     гуманітарн* катастроф*
@lang ar
3     ماتوا من البرد
3     الموت بردا
2     تجمد*                            # froze; not تجميد (asset freeze)
3     انخفاض حرارة الجسم
2     البرد القارس
2.5   عالق* على الحدود
3     عالق* في الغاب*
