@narrative   blame-the-eu
@title       Blame the EU
@description The EU, Poland, the Baltic states, NATO, the US or "the West" are blamed for the border crisis or for the migrants' suffering.
@threshold   0.2
@lang en
3.5   machine producing refugees
3.5   machine for producing refugees
3     western wars
3     west s wars                      # "the West's wars"
2.5   nato wars
2.5   american wars
2.5   us led wars
@lang ru
3.5   машин* по производству беженц*
3     западн* войн*
3     войн* запада
2.5   войн* сша
2.5   агресси* нато
2.5   бомбардировк* нато
2.5   натовск* бомб*
@lang pl
3     wojn* zachodu
3     zachodni* wojn*
2.5   wojn* nato
2.5   agresj* nato
2.5   interwencj* zachodu
2.5   zachodni* interwencj*
3     zniszczyli ich kraj*
@lang lt
2.5   dvigub* standart*
1.5   veidmainyst*
3     vakarų veidmainyst*
3     es veidmainyst*
1.5   europos vertyb*
3     vadinam* europos vertyb*
3     vakarų karai                     # not kar*: "Vakarų karinis aljansas" = NATO
@lang de
2.5   doppelmoral*
2.5   doppelt* standard*
1.5   heuchelei*
3     westlich* heuchelei*
3     heuchelei* des westens
1.5   europäisch* wert*
3     sogenannt* europäisch* wert*
@lang be
2.5   падвойн* стандарт*
1.5   крывадушн*
2     калектыўн* захад*
1.5   еўрапейск* каштоўнасц*
3     так зван* еўрапейск*
2.5   він* захаду
3     заходн* войн*
@lang ar
3     ازدواجية المعايير
3     المعايير المزدوجة
3     النفاق الغربي
3     نفاق الغرب
3     النفاق الأوروبي
3     الحروب الغربية
3     حروب الغرب
