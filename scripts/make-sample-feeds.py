#!/usr/bin/env python3
"""Writes Samples/feeds/*.jsonl: dated, sourced sample feeds for `narrascan trend` and `report`.

Every sentence below was written for narrascan (none is copied from a real article); documents are
assembled from them with a fixed seed, so running this again gives the same files. The feeds run
from 2021-08-02 to 2021-12-26 (21 ISO weeks) with a planted surge of blame-the-eu and
migrants-as-victims framing, mostly from state media, in 2021-W45 and 2021-W46 (8-21 November).
Each line starts with its "date" so that `sort Samples/feeds/*.jsonl` gives one feed in time order.
"""
import json, random, datetime, os

random.seed(20211108)
OUT = os.path.join(os.path.dirname(__file__), "..", "Samples", "feeds")
START = datetime.date(2021, 8, 2)
DAYS = 147  # through 2021-12-26
SURGE = (datetime.date(2021, 11, 8), datetime.date(2021, 11, 21))

PLACES = ["Kuźnica", "Bruzgi", "Michałowo", "Usnarz Górny", "Medininkai", "Druskininkai", "Grodno", "Białowieża", "Sokółka", "Hajnówka"]
NUMS = [12, 17, 23, 31, 46, 58, 64, 85, 120, 140, 230, 310]

NEUTRAL_EN = [
    "Border guards recorded {n} attempts to cross the frontier near {p} over the past day.",
    "The interior ministry said it would extend the state of emergency in the border zone by three months.",
    "Temperatures near {p} are forecast to fall below freezing at night later this week.",
    "Lorry queues at the {p} crossing stretched for several kilometres on Tuesday.",
    "Officials discussed the construction timetable for a permanent barrier along the frontier.",
    "Journalists remain barred from the emergency zone, and only a few organisations may enter it.",
    "The Iraqi foreign ministry announced a further repatriation flight from Minsk.",
    "Local residents near {p} told reporters that helicopters had flown over the village all night.",
    "The parliament debated a bill on the rules for the border zone until late in the evening.",
    "Prosecutors charged {n} people with organising illegal crossings in the region.",
    "The regional hospital in {p} said it had admitted several patients from the border area.",
    "A spokesperson for the border guard published the daily figures on social media.",
    "Farmers near {p} complained that roadblocks made it harder to reach their fields.",
    "The government said the new fence would be about {n} kilometres long.",
]
NEUTRAL_RU = [
    "Пограничники зафиксировали {n} попыток пересечения границы у пункта {p} за последние сутки.",
    "В Гродненской области ожидаются ночные заморозки и мокрый снег.",
    "На пункте пропуска {p} выстроилась очередь из грузовиков.",
    "Министерство иностранных дел провело брифинг для иностранных журналистов.",
    "Власти Гродненской области провели совещание о работе пунктов пропуска.",
]
BLAME_EN = [
    "The West is to blame for this crisis, which was created by its wars in Iraq and Afghanistan.",
    "Western wars destroyed their countries, and now Europe refuses to take responsibility.",
    "Polish border guards beat defenceless people and push them back into the forest.",
    "The so-called European values end at the razor wire of Fortress Europe.",
    "Brussels refuses dialogue with Minsk while people freeze at the border, a clear case of Western hypocrisy.",
    "The crisis is a consequence of Western intervention in the Middle East.",
    "The EU is to blame for the suffering, because its illegal sanctions ended cooperation on the border.",
    "This is the double standard of the collective West: it lectures others on human rights while its siloviki beat refugees.",
    "Warsaw answered humanitarian appeals with soldiers, water cannon and inhumane treatment.",
]
BLAME_RU = [
    "Во всём виноват Запад: западные войны разрушили их страны, а теперь Европа отказывается от диалога.",
    "Польские силовики избивают беззащитных людей и выталкивают их обратно в лес.",
    "Так выглядят хвалёные европейские ценности и двойные стандарты Запада.",
]
VICTIM_EN = [
    "Families with small children are stranded in the forest without food and water.",
    "A young man froze to death near {p}, the third death at the border this month.",
    "Migrants are trapped between two lines of soldiers in freezing temperatures.",
    "Doctors described frostbite and hypothermia among the people they reached near {p}.",
    "A pregnant woman was found cold and hungry in the woods after days without medical help.",
    "People are being pushed back and forth across the border like in a game of ping pong.",
    "The body of a migrant was found in the forest near {p} on Sunday morning.",
    "Children in the forest are sleeping on wet moss as the nights grow colder.",
    "Aid workers spoke of a humanitarian catastrophe unfolding a few kilometres from EU villages.",
]
VICTIM_PL = [
    "Rodziny z dziećmi koczują w lesie bez jedzenia i wody, a temperatura spada poniżej zera.",
    "W lesie niedaleko miejscowości {p} znaleziono ciało młodego mężczyzny.",
]
HYBRID_EN = [
    "The government described the situation as a hybrid attack orchestrated by Minsk.",
    "Officials say Belarus is using migrants as a weapon against the European Union.",
    "Travel agencies in the Middle East sold tourist visas and flights to Minsk as a gateway to Europe.",
    "Belarusian services escorted groups to the border and handed them wire cutters, according to the ministry.",
    "Ministers called the crisis a form of state-sponsored human trafficking in revenge for sanctions.",
]
QUOTED_BLAME_EN = [
    "Lukashenko said the West is to blame for the crisis and accused Warsaw of brutality.",
    "“The EU is to blame for everything that is happening at the border,” the Belarusian foreign ministry said in a statement.",
    "Belarusian state television claimed that Polish border guards beat migrants, without showing evidence.",
]
REFUTED_EN = [
    "Claims circulating on Belarusian channels that the EU is to blame for the deaths are false.",
    "A video said to show Polish border guards beating migrants is misleading: it was filmed in another country in 2019.",
    "The story that Western wars created the crisis is disinformation that ignores the flights organised from Minsk.",
    "Fact check: the viral post about NATO bombing refugees is fabricated.",
]
HEADLINES = {
    "blame": ["West bears responsibility for border crisis", "Europe's double standards on display at the border", "Who created the migration crisis", "Warsaw's harsh line at the frontier"],
    "victim": ["Night in the forest", "Families trapped at the border", "Another death near the frontier", "Cold, hunger and fear in the woods"],
    "hybrid": ["Government: border pressure is organised", "Ministers discuss hybrid threat", "How the Minsk route works"],
    "neutral": ["Border situation: daily update", "Emergency zone extended", "Queues at the crossing", "Regional news roundup", "Fence construction timetable"],
    "quoted": ["Minsk blames Brussels", "Belarus accuses Poland", "Lukashenko speaks on border"],
    "refuted": ["Fact check: claims about the border", "Viral video is misleading", "What the footage really shows"],
}

SOURCES = {
    # name: (language, base documents per day, mix outside the surge, mix inside the surge)
    "belta": ("en", 0.8, {"neutral": 6, "blame": 1, "victim": 1}, {"blame": 6, "victim": 3, "neutral": 1}),
    "sb-belarus-segodnya": ("ru", 0.45, {"neutral": 6, "blame": 1}, {"blame": 6, "victim": 2, "neutral": 1}),
    "baltic-wire": ("en", 0.8, {"neutral": 7, "quoted": 1, "hybrid": 1}, {"neutral": 4, "quoted": 2, "hybrid": 2, "victim": 1}),
    "border-monitor-ngo": ("en", 0.35, {"victim": 2, "neutral": 5}, {"victim": 5, "neutral": 2}),
    "grupa-granica": ("pl", 0.2, {"victim": 1, "neutral": 4}, {"victim": 3, "neutral": 1}),
    "eu-ministries": ("en", 0.3, {"hybrid": 2, "neutral": 5}, {"hybrid": 3, "neutral": 3}),
    "factcheck-lab": ("en", 0.12, {"refuted": 1, "neutral": 2}, {"refuted": 3, "neutral": 1}),
}

def sentence(pool):
    return random.choice(pool).format(p=random.choice(PLACES), n=random.choice(NUMS))

def body(kind, lang):
    neutral = NEUTRAL_RU if lang == "ru" else NEUTRAL_EN
    if lang == "pl":
        neutral = ["Straż Graniczna odnotowała {n} prób przekroczenia granicy w okolicach miejscowości {p}.",
                   "W strefie przygranicznej obowiązuje stan wyjątkowy, a dziennikarze nie mają tam wstępu.",
                   "Mieszkańcy okolic miejscowości {p} mówią o nocnych patrolach i blokadach dróg."]
    pools = {
        "neutral": neutral,
        "blame": BLAME_RU if lang == "ru" else BLAME_EN,
        "victim": VICTIM_PL if lang == "pl" else VICTIM_EN,
        "hybrid": HYBRID_EN, "quoted": QUOTED_BLAME_EN, "refuted": REFUTED_EN,
    }
    parts = [sentence(pools[kind])]
    if kind != "neutral" and random.random() < 0.5:
        extra = pools[kind]
        s = sentence(extra)
        if s not in parts:
            parts.append(s)
    for _ in range(random.randint(1, 2)):
        s = sentence(neutral)
        if s not in parts:
            parts.insert(random.randint(0, len(parts)), s)
    return " ".join(parts)

def pick(mix):
    kinds = sorted(mix)
    return random.choices(kinds, weights=[mix[k] for k in kinds])[0]

by_source = {s: [] for s in SOURCES}
for day in range(DAYS):
    date = START + datetime.timedelta(days=day)
    surge = SURGE[0] <= date <= SURGE[1]
    for name in sorted(SOURCES):
        lang, rate, mix, surge_mix = SOURCES[name]
        expected = rate * ({"belta": 2.5, "sb-belarus-segodnya": 2.5, "border-monitor-ngo": 2.0}.get(name, 1.0) if surge else 1.0)
        count = int(expected) + (1 if random.random() < expected - int(expected) else 0)
        for k in range(count):
            kind = pick(surge_mix if surge else mix)
            headline_lang = lang if lang == "en" else "en"
            record = {
                "date": date.isoformat() + "T%02d:%02d:00Z" % (random.randint(6, 21), random.randint(0, 59)),
                "id": "%s-%s-%d" % (name, date.strftime("%Y%m%d"), k + 1),
                "source": name,
                "lang": lang,
                "title": random.choice(HEADLINES[kind]),
                "text": body(kind, lang),
            }
            by_source[name].append(record)

# Two records whose date cannot be bucketed, to show that they are counted and reported.
by_source["baltic-wire"].append({"date": "unknown", "id": "baltic-wire-undated-1", "source": "baltic-wire", "lang": "en",
    "title": "Archive item", "text": "Border guards recorded 40 attempts to cross the frontier near Kuźnica."})
by_source["belta"].append({"id": "belta-undated-1", "source": "belta", "lang": "en", "title": "Archive item",
    "text": "The West is to blame for this crisis, which was created by its wars in Iraq and Afghanistan."})

total = 0
for name, records in sorted(by_source.items()):
    with open(os.path.join(OUT, name + ".jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    total += len(records)
print("wrote", total, "records")
