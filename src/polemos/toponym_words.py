"""Word lists toponym recognition reads (kept apart from ``toponyms.py``'s rules; not part of
the gazetteer's build, so editing them does not rebuild it)."""

from __future__ import annotations

import re

# Arabic particles written with their hamza ("وإن", "and if", "بأنه", "that it"): folded, they
# are the Arabic names of towns (Van, Bāneh); as written, they are no names. Also the Levantine
# month names ("آب", August, is Yemen's Ibb) and the commonest nouns of news releases
# ("بيان", a statement: Bayān in Kuwait; "لجنة", a committee: Djenné; "دولة", a state: Dhule)
AR_WORDS = frozenset(
    "إن أن إنه أنه إنها أنها إنهم أنهم إنما أنما لأن لأنه لأنها كأن كأنه إذ إذا إذن أو أي أين "
    "أما إلا ألا إلى أنت أنا كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين "
    "بيان بيانا لجنة لجان دولة مدينة".split())  # "أبناء المدينة": the town's people, not Medina


# a name made of compass words only ("Nord", "Centre-Est", "Far North", "الشرقية"): a province
# of that name is read only where the article names its country (or a place in it)
_COMPASS_WORD = (r"(?:north|south|east|west|northern|southern|eastern|western|central|centre|"
                 r"center|middle|far|extreme|upper|lower|nord|sud|est|ouest|norte|sur|este|oeste|"
                 r"centro|oriental|occidental|septentrional|meridional|север|юг|восток|запад|"
                 r"центр|північ|південь|схід|захід|(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط)(?:يه)?|"
                 r"(?:ال)?وسطي)")
COMPASS = re.compile(rf"{_COMPASS_WORD}(?:\s{_COMPASS_WORD}){{0,2}}")

# Capitalised words that open a phrase rather than belong to a name ("In Kharkiv Oblast").
FUNCTION_WORDS = frozenset(
    "the a an in at on of and or to from near by for with le la les l un une des du de et en "
    "au aux à el los las y del al con por para в во на у и с під біля та".split())

# "in Voi", "near Gao", "à Dori", "в Суммах": a short capitalised name after these is a place.
LOCATIVE = re.compile(r"(?:\b(?:in|at|near|outside|around|à|près de|dans|en|cerca de|"
                      r"autour de|alentours de|alrededor de|"
                      r"в|во|у|біля|под|під|около)|في|قرب|(?:[لبو]|ول|وب)?(?:ال)?(?:مدينة|بلدة|"
                      r"قرية))\s$", re.IGNORECASE)  # "لمدينة مأرب": the town of Marib

TITLES = frozenset(
    "mr mrs ms dr sir lord president general gen col minister senator gov governor mp mayor "
    "imam sheikh chief commander spokesman aspirant candidate judge bishop pastor st saint".split())
AREA_TAIL = re.compile(r"(?:oblast|province|region|county|district|state|governorate|"
                       r"област\w*|район\w*|кра[йюяеї]|краем|краєм|губерн\w*|мор[еяюі]|морем|океан\w*|"
                       r"озер[оаі])$", re.IGNORECASE)
# an area word right after a name: "Lamu County", "Baghlan province", "Kisii town"; a compass
# word names a part of it ("Lamu West", a constituency of Lamu)
AREA_AFTER = re.compile(r"\s(?:county|province|region|district|sub-?county|governorate|oblast|"
                        r"state|constituency|ward|town|city|village|municipality|"
                        r"west|east|north|south|central)\b",
                        re.IGNORECASE)

# "Embakasi East MP", "Tigania West deputy county commissioner": the constituency of an official,
# no place of the events reported (a metonym)
OFFICE_AFTER = re.compile(r"\s(?:West|East|North|South|Central)\s+(?:MP|MMP|MCA|[Dd]eputy|"
                          r"[Cc]ounty\s+[Cc]ommissioner|[Gg]overnor|[Ss]enator|[Ll]awmaker)\b")

# the words "the village of X" opens with: X is no second-level area ("the village of Wouri" is
# not Cameroon's Wouri division)
VILLAGE_WORD = re.compile(r"village|hamlet|pueblo|aldea|село|селе|сел[іаиоу]|селищ\w*|"
                          r"посёл\w*|посел\w*|деревн\w*|смт|قرية", re.IGNORECASE)

# Common first names (English, French, Arabic, East and West African usage): a capitalised word
# right after one is a surname ("Victor Rodgers", "George Karina"), and one of them followed by a
# capitalised word opens a person's name, not a town abroad named alike.
FIRST_NAMES = frozenset(
    """
    john paul george charles peter james david michael mary ken joseph william samuel daniel
    moses victor isaac joyce pamela bob robert richard thomas mark stephen steven francis
    patrick anthony simon andrew henry edward grace jane sarah ruth esther alice rose ann anne
    elizabeth margaret catherine lucy agnes faith mercy hope charity martin philip benjamin
    jacob abraham elijah gideon dennis kevin brian alex alexander eric fred frank jack tom
    hassan mohamed mohammed muhammad ahmed ali ibrahim moussa omar abdul amadou ousmane issa
    boubacar mamadou adama souleymane idrissa hamidou salif abdoulaye aliou yacouba oumar
    abdullah abdallah khalid hamid mahmoud mustafa yusuf youssef jean pierre jacques michel
    """.split())

AR_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "وب", "ول", "وك", "فب", "و", "ف", "ب", "ل",
               "ك")  # Arabic proclitics, longest first


# -- Roads named by their ends ("the Meru-Nairobi highway", "l'axe Gao-Ansongo", "the road
# between X and Y"): the one list of road words, and the three ways the locate stage reads them.
ROAD_WORD = r"(?:road|highway|route|axis|motorway|railway|pipeline)"
# "X-Y highway": the span of its ends, which are landmarks, not the event's place (geocode)
ROAD_ENDS = re.compile(rf"\b([A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?\s?[-–]\s?[A-Z][\w'’]+)\s+"
                       rf"{ROAD_WORD}\b")
# "на трассе Дамаск — Сувейда", "l'axe Gao-Ansongo", "la carretera Quito-Guayaquil": a road
# word before the pair of its ends (2026-12-03, session 21, dev y25-ru)
ROAD_NAMED_ENDS = re.compile(
    r"(?i:\b(?:трасс\w*|трас[аіиуою]|шоссе|автодорог\w*|автодороз\w*|автомагістрал\w*|автотрас\w*|route|axe|carretera|"
    r"autopista|ruta|road|highway)\s+(?:de\s+|d['’]|between\s+)?)"
    r"([A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’]+\s?[-–—]\s?[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’]+)")
# "the Nakuru Eldoret highway": two names without a hyphen, both ends when both are places
ROAD_PAIR = re.compile(rf"\b([A-Z][\w'’]+\s([A-Z][\w'’]+))\s+{ROAD_WORD}\b")
# before or after a hyphenated pair: two towns, not one name ("the axis Arbinda-Gorgadji",
# "Maua-Garbayulla road"; toponyms._compound_part)
ROAD_BEFORE = re.compile(rf"\b(?:{ROAD_WORD}|axe|between|from)\s+(?:the\s+)?[^\s]*$",
                         re.IGNORECASE)
ROAD_AFTER = re.compile(rf"(?:-[A-ZÀ-Þ][\w'’]*)?\s*-?\s*(?:[A-Z]\w*\s+)?{ROAD_WORD}\b",
                        re.IGNORECASE)
# a road from a place puts the event near it (ACLED: precision 2; part of toponyms._NEAR)
ROAD_NEAR = (r"\baxe|\broute|\bcarretera|\bhighway\s+(?:from|between)|\broad\s+(?:from|between)|"
             r"трасс[аеыу]|трас[аиіу]|\bдорог[аеиіу]|طريق|")

# -- Districts: "X district" names a district (toponym_finders.district_names); "X district, Y" makes
# Y the district's province (geocode's area word, geocode_context's container); a mention that
# ends in a district word is one.
_NAME = r"[A-Z][\w'’-]+"
DISTRICT_NAME = re.compile(rf"\b((?:{_NAME}(?:\s+(?:wa|e|i|al|el|de|du|des|y)\s+|\s+)){{0,2}}"
                           rf"{_NAME})\s+district\b")  # "Deh Rahwod district", "Tala wa Bafrak"
DISTRICT_COMMA = re.compile(r"\bdistrict\s*,\s*$")  # "Ghormach district, Faryab province"
DISTRICT_TAIL = re.compile(r"(?:район\w*|district)$", re.IGNORECASE)

# "bandits from X attacked Y", "pursued him from X" (also "from Kisumu's Busia Road"): where
# people came from, not where the event was (geocode.place_in prefers another place); "from X
# to Y" is a route (ORIGIN_TO) and "11 km from X" a point of reference (_DISTANCE), no origins
ORIGIN = re.compile(r"(?:\bfrom|\bdesde|\bprocedentes?\s+de|\bvenus?\s+de|\bvenant\s+de|"
                    r"\ben\s+provenance\s+de|(?<!\w)из|(?<!\w)із)\s+(?:the\s+)?"
                    r"(?:[A-Z][\w-]*['’]s\s+)?$", re.IGNORECASE)
# ... or where they went: "la carretera hacia Alepo", "heading towards X", "en direction de X"
TOWARD = re.compile(r"(?:\bhacia|\btowards?|\ben\s+direction\s+d[eu]|\bvers|\bрумбом\s+на|"
                    r"\b(?:carretera|ruta|autopista|road|highway)\s+(?:a|to)|"
                    r"\bв\s+(?:сторону|направлении)|\bу\s+напрямку|باتجاه|نحو)\s+(?:the\s+)?"
                    r"(?:la\s+ville\s+d[e']\s*|la\s+ciudad\s+de\s+|the\s+town\s+of\s+|مدينة\s+)?"
                    # the next name of a pair: "towards Sidon and Beirut" ("نحو صيدا وبيروت":
                    # ``origin`` reads the Arabic one, whose "و" is part of the name found)
                    r"(?:\S+\s+(?:and|y|et|и|і|та)\s+)?$",
                    re.IGNORECASE)
_TOWARD_AR_PAIR = re.compile(r"(?:باتجاه|نحو)\s+\S+\s+$")
ORIGIN_TO = re.compile(r"\s+(?:to|à|a|hasta|до|в|у)\s", re.IGNORECASE)


# "11 km from X", "not far from X", "away from X": a point of reference, which ACLED codes
_DISTANCE = re.compile(r"(?:\bfar|\baway|km|kilomet\w*|miles?|met(?:re|er)s?|\d|\bnear)\s*$",
                       re.IGNORECASE)


# "45 km west of the capital Tripoli", "على بعد نحو 45 كيلومتراً غرب العاصمة طرابلس", "à 30 km
# de Gao": a point of reference; ACLED codes it when it is the only place named, a town named
# with it is where the event was (2026-12-02, session 14, set N)
_REFERENCE = re.compile(
    r"(?:\b(?:km|kms|kilomet\w*|miles?|км|кілометр\w*|километр\w*)|كيلومتر\S*|كلم)"
    r"\s+(?:[^\s.;:!?]+\s+){0,6}$", re.IGNORECASE)


# "north of Baghdad", "au nord de Gao", "شمالي بغداد", "к северу от", "на північ від": a
# direction's point of reference, the same (2026-12-02, session 15, set N: "قضاء الطارمية
# شمالي بغداد" is in Tarmiyah)
_DIRECTION = re.compile(
    r"(?:\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of(?:\s+the\s+(?:capital|city))?"
    r"|\b(?:au|à l['’])\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+d[eu']"
    r"|\bal\s+(?:norte|sur|este|oeste)\s+de"
    r"|(?<!\w)(?:к|на)\s+(?:северу|югу|востоку|западу|північ|південь|схід|захід)\s+(?:от|від)"
    r"|(?<![\u0621-\u064A])(?:شمال|جنوب|شرق|غرب)(?:ي|\s+(?:شرق|غرب)ي?)?"
    r"(?:\s+(?:العاصمة|مدينة))?)\s*$", re.IGNORECASE)


def reference(text: str, start: int) -> bool:
    """Whether the name at ``start`` is a distance's or a direction's point of reference
    ("12 km north of X", "north of X")."""
    before = text[max(0, start - 70):start]
    return _REFERENCE.search(before) is not None or _DIRECTION.search(before) is not None


def origin(text: str, start: int, end: int) -> bool:
    """True when the name at ``text[start:end]`` says where people came from ("bandits from
    X") or went ("fled towards X", "la carretera hacia Alepo"); not a point of reference
    ("11 km from X") nor a route ("from X to Y")."""
    if TOWARD.search(text, max(0, start - 45), start) or (
            text.startswith("و", start) and _TOWARD_AR_PAIR.search(text, max(0, start - 45), start)):
        return True  # "la carretera hacia Alepo": where a road or people went
    m = ORIGIN.search(text, max(0, start - 40), start)
    return (m is not None and not ORIGIN_TO.match(text, end)
            and not _DISTANCE.search(text, max(0, m.start() - 12), m.start()))
