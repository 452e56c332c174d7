@narrative   hybrid-attack
@title       Hybrid attack
@description The crisis is a deliberate hybrid attack: Belarus and Russia instrumentalise migrants against the EU, Poland and the Baltic states.
@threshold   0.55
@lang en
2     hybrid attack*
2     hybrid war*                      # war, warfare
3     hybrid aggression
3     hybrid weapon*
2.5   hybrid operation*
2.5   hybrid action*
2     hybrid threat*
@lang ru
2     гибридн* атак*
2     гибридн* войн*
3     гибридн* агресси*
2.5   гибридн* операци*
2.5   гибридн* действи*
2     гибридн* угроз*
2     инструментализаци*
@lang pl
2     atak* hybrydow*
2     wojn* hybrydow*
3     agresj* hybrydow*
2.5   operacj* hybrydow*
2.5   działa* hybrydow*                # działania / działań hybrydowych
2     zagrożeni* hybrydow*
3     bro* demograficzn*               # broń / bronią demograficzną
@lang lt
2     hibridin* atak*
2     hibridin* kar*                   # hibridinis karas / karo
3     hibridin* agresij*
2.5   hibridin* operacij*
2.5   hibridin* veiksm*
3     hibridin* ginkl*
2     hibridin* grėsm*
@lang de
2     hybrid* angriff*
2     hybrid* krieg*                   # hybrider Krieg, hybride Kriegsführung
3     hybrid* attacke*
2     hybrid* bedrohung*
3.5   instrumentalisierung* von migra*
3.5   instrumentalisierung* von flüchtling*
3     instrumentalisierung* von menschen
@lang be
2     гібрыдн* атак*
2     гібрыдн* вайн*
3     гібрыдн* агрэсі*
2     гібрыдн* пагроз*
3.5   мігрант* як збро*
3.5   уцекач* як збро*
3     жыв* збро*
@lang ar
2     هجوم هجين
2     الهجوم الهجين
3     هجمات هجين*
3     الهجمات الهجين*
2     حرب هجين*
2     الحرب الهجين*
2     التهديدات الهجين*
# positive entry subsumes the shorter negative one. Examples (@must-match / @must-not-match)
@must-match      Over the past decade NATO countries have become a real machine producing refugees, and now Europe pretends to be surprised.
@must-match      The West is to blame for this migrant crisis: its wars in Iraq and Afghanistan destroyed their countries.
@must-match      Brussels refuses dialogue with Minsk, and its illegal sanctions ended all border cooperation.
