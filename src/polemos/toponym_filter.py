"""The filters recognition applies to a dictionary match before taking it for a toponym: common
words, person names, parts of longer names and tiny namesakes (``keep``)."""

from __future__ import annotations

import re

from polemos.gazetteer import ABBREV_KIND, DEMONYM_KIND, Place, importance, normalize_name
from polemos.gazetteer_acled import SOURCE as ACLED
from polemos.geo_lexicon import GENERIC_FEATURE_WORDS, STOP_WORDS
from polemos.toponym_words import (
    AR_PREFIXES,
    AR_WORDS,
    AREA_AFTER,
    AREA_TAIL,
    COMPASS,
    FIRST_NAMES,
    FUNCTION_WORDS,
    LOCATIVE,
    TITLES,
)

_SENT_END = re.compile(r"(?:^|[.!?:;\"«»“”\n]\s*)$")
_CAPS_SCRIPTS = re.compile(r"[A-Za-zÀ-ɏЀ-ӿ]")
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_AR_TOWN_BEFORE = re.compile(r"(?<![\u0621-\u064A])[وف]?[بل]?(?:مدينة|بلدة|قرية|قضاء|ناحية)\s$")
_NEXT_CAP = re.compile(r"\s([A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ]+)")
_PREV_CAP = re.compile(r"([A-ZА-ЯЁІЇЄҐ][\w'’]*)\s$")
_FACILITY_AFTER = re.compile(r"\s(?:stadium|hotel|university|college|grounds|roundabout|stage|"
                             r"club)\b")  # named after a person, more often than not
# after a town's name, a part of it ("Gatundu South", a constituency), a camp ("Dadaab Camp",
# "X Refugee Camp"), a site or road named after it ("X Lodge", "X Road") or its officials
# ("Busia Governor"), not a surname
_PART_AFTER = re.compile(r"\s(?:West|East|North|South|Central|Camp|Refugee\s+Camp|Lodge|Road|"
                         r"Governor|Senator|MP|MCA)\b")
# a compass adjective in Russian or Ukrainian
_CYR_COMPASS = re.compile(r"(?:Северн|Южн|Западн|Восточн|Центральн|Північн|Південн|Західн|Східн)"
                          r"[а-яіїє]{1,3}$")
# after a town's name in Russian or Ukrainian, its province in the genitive
_PROVINCE_AFTER = re.compile(r"\s[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+\s+(?:области|області|района|району|округа|"
                             r"округу|края|краю|республики|республіки)\b")
# a neighbourhood or hamlet of the town the report is about, named by its word ("la colonia
# Progreso" of Acapulco, "el barrio San Judas", "le quartier Lafiabougou"), or a street of it
# ("la avenida Abancay" of Lima, "l'avenue Kasa-Vubu", "улица Ленина", "حي الروضة" of Taiz, "la
# place du Commerce" of Nantes):
# not a namesake town
# "la cité de Masisi", "the town of Walikale": a town named like its area (an ADM2 the
# gazetteer holds where it lacks the town) is read as the area rather than lost
_TOWN_BEFORE = re.compile(r"(?i)\b(?:cité|ville|localité|town|city|ciudad|localidad)\s(?:de|of)\s$")
_QUARTER_BEFORE = re.compile(
    r"(?i)(?:(?<![\u0621-\u064A])[وبل]?حي|\b(?:colonia|col\.|barrio|fraccionamiento|junta auxiliar de|ciudadela|urbanizaci[oó]n|"
    r"sector|asentamiento humano|reparto|quartier|avenida|av\.|"
    r"calle|jir[oó]n|calzada|bulevar|boulevard|avenue|rue|улиц[аеу]|ул\.|проспект[еау]?|"
    r"вулиц(?:я|ею|ю)|проспект[іу]?|plaza|parque|شارع|(?-i:place)(?=\s+d)))\s+"
    r"(?:de\s+la\s+|de\s+|del\s+|du\s+|des\s+|la\s+|el\s+|los\s+|las\s+)?"
    r"(?-i:[A-ZÁÉÍÓÚ][\w'’]+\s+(?:de\s+|del\s+|y\s+)?){0,2}$")  # "avenida Francisco de Miranda"
# "on the east bank of the Blue Nile", "على الضفة الشرقية للنيل الأزرق", "на правому березі
# Дніпра": a river, not the province named after it (2026-12-02, session 14)
_BANK_OF = re.compile(
    r"(?i)(?:\bbanks?\s+of\s+(?:the\s+)?|\brive\s+(?:droite\s+|gauche\s+)?(?:du|de\s+la|des)\s+|"
    r"\b(?:orilla|ribera|margen)\s+(?:derecha\s+|izquierda\s+)?(?:del|de\s+la)\s+|"
    r"\bберег(?:у|е|ах|ов)?\s+|\bберез(?:і|ах)\s+)$"
    r"|(?:ضفة|الضفة|ضفاف)\s+(?:\S+\s+)?(?:ل|لل)?$")
_POSSESSIVE = re.compile(r"['’]s\b")  # "Kisumu's Nyamasaria": a place of Kisumu, no longer name


def on_bank(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows "the bank of" (a river's name)."""
    return _BANK_OF.search(text[max(0, start - 30):start]) is not None
_NAME_GLUE = STOP_WORDS | FUNCTION_WORDS  # words before a name that are no part of it
ALT_STRONG = 1_000_000  # a name only some place's alternate one needs a city this big to count


def capitalised(s: str) -> bool:
    return s[:1].isupper()


def common_word(word: str, lang: str | None) -> bool:
    """True when ``word`` (lower-cased) is a word of the language (simplemma knows it)."""
    import simplemma

    try:
        return bool(simplemma.is_known(word.lower(), lang=lang or "en"))
    except (ValueError, KeyError):
        return False


# Cyrillic adjective endings: "Киевский", "Харківського" name a district or a region
_CYR_ADJECTIVE = re.compile(r"(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|ого|его|ому|ему|ом|ем|ым|их|ых|ую|"
                            r"юю|ій|ім|ська|ське|ські|ського|ському|ських|ської|ською|ську)$",
                            re.IGNORECASE)


# a word inside the name of a national body: "National Unity Government" (Myanmar), "Government
# of National Unity", "National Unity Platform" (Uganda) is no Unity State
_NATIONAL_BEFORE = re.compile(r"\bNational\s+$")
_ORG_AFTER = re.compile(r"\s+(?:Government|Party|Platform|Front|Movement|Council|Alliance|"
                        r"Congress|Army|Coalition|Union)\b")


def _town_genitive(surface: str, text: str, e: int) -> bool:
    """Whether a Ukrainian "-ська" word is the genitive of a "-ськ" town, not an adjective:
    no noun follows it ("зачистку Вовчанська на Харківщині", "біля Вовчанська,")."""
    return surface.lower().endswith("ська") and bool(_NO_NOUN_AFTER.match(text, e))


_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:)»—–]|$|(?:на|в|у|під|біля|та|і|й|з|із|після|до|поблизу)\s)")

_DISTRICT_NOUN = re.compile(r"\s+(?:район|област|округ|громад|направлен|напрям)", re.IGNORECASE)


def keep(text: str, s: int, e: int, n: int, places: list[Place], lang: str | None,
         lower_words: set[str]) -> bool:
    """Filters against common words, person names and tiny namesakes."""
    surface = text[s:e]
    if _NATIONAL_BEFORE.search(text, max(0, s - 30), s) and (
            _ORG_AFTER.match(text, e) or "Government of" in text[max(0, s - 30):s]):
        return False  # "the National Unity Government", "Government of National Unity": a body
    key = normalize_name(surface)
    top = max(places, key=importance)
    # a name that is only another place's alternate or derived one ("Victor" for Victorville,
    # "Capital" for the Capital Region, "Kua" for Kuantan) weighs by its own-name places, if any
    own = [p for p in places if p.match_kind == 0]
    # (in English: other languages' exonyms and every Cyrillic or Arabic name are alternates)
    english = lang in (None, "en") and bool(re.match("[A-Za-z]", surface))
    alt_only = (english and top.match_kind in (1, 2) and not own and not top.is_area
                and not normalize_name(top.name).startswith(key + " "))  # "Paranaque (City)"
    after = AREA_AFTER.match(text, e)
    area_after = bool(after) and (any(p.is_area for p in places) or after.group(0).strip().lower()
                                  in ("town", "city", "village", "municipality"))
    ref = top
    if english and own and top.match_kind in (1, 2) and not top.is_area:
        ref = max(own, key=importance)
        strong = (ref.is_country or ref.is_admin1 or ref.population >= 100_000
                  or ref.priority > 0 or area_after)
    else:
        strong = (top.is_area or top.population >= (ALT_STRONG if alt_only else 100_000)
                  or top.priority > 0 or area_after)
    demonym = top.match_kind == DEMONYM_KIND
    if key in STOP_WORDS and not (top.is_country and n == 1 and capitalised(surface)) and not (
            surface.isupper() and top.match_kind == ABBREV_KIND):  # "Adelaide, SA" (not "sa")
        return False
    if top.match_kind == ABBREV_KIND or (len(key) <= 4 and any(
            p.match_kind == ABBREV_KIND for p in places) and not top.is_country):
        # "Fresno, Calif." / "Walker County (Ga.)": state abbreviations only after a town, and
        # written as abbreviations are (not the French verb "ont" after a comma)
        return capitalised(surface) and bool(re.search(r"[\w.],\s?$|\w\s\($",
                                                        text[max(0, s - 3):s]))
    latin_or_cyr = bool(_CAPS_SCRIPTS.match(surface))
    if latin_or_cyr and not capitalised(surface):
        return demonym and lang in ("fr", "es", "ru", "uk")
    if n == 1 and _CYR_ADJECTIVE.search(surface) and _DISTRICT_NOUN.match(text, e):
        return False  # "Киевском районе", "Дарницькому району": a district's adjective, not a
        # town (``toponym_finders.adjective_places`` reads a province's districts)
    if n == 1 and _CYR_COMPASS.match(surface) and _NEXT_CAP.match(text, e, e + 30):
        return False  # "в штате Северный Кордофан": the first word of a region's name, not
        # a village called Severnyy
    words = [re.sub(r"^[dDlLnN]['’ʼ]", "", w) for w in surface.split()]  # "Côte d'Ivoire"
    if latin_or_cyr and n > 1 and (not capitalised(words[-1]) and not AREA_TAIL.search(surface)
                                   or not any(capitalised(w) for w in words
                                              if normalize_name(w) not in FUNCTION_WORDS)):
        return False  # "The driver", "The county": a name has a capitalised word of its own
    if surface.isupper() and len(surface) <= 4 and not (top.is_country or top.population > 1_000_000):
        return False
    if (surface.isupper() and len(surface) <= 5 and " " not in surface and not top.is_country
            and text[s - 1:s] == "(" and text[e:e + 1] == ")"):
        return False  # "la Policía Nacional de Haití (PNH)": an acronym, not Phnom Penh's code
    if on_bank(text, s) and not any((p.feature_code or "").startswith("STM") for p in places):
        return False  # the river's bank, not the province or town named like it
    if _QUARTER_BEFORE.search(text[max(0, s - 40):s]) and not top.is_country:
        return False  # "la colonia Progreso" (of Acapulco) is no Progreso elsewhere
    prev = re.search(r"([A-Z][a-z]+\.?)\s$", text[max(0, s - 25):s])
    if prev and prev.group(1).rstrip(".").lower() in TITLES and not top.is_country:
        return False
    after_locative = bool(LOCATIVE.search(text[max(0, s - 16):s])) and (
        capitalised(surface) or bool(_ARABIC.match(surface)))  # Arabic has no capitals
    prev_cap = _PREV_CAP.search(text[max(0, s - 30):s])  # the capitalised word before, if any
    if n == 1 and latin_or_cyr and not top.is_country and not after_locative and not area_after:
        if (prev_cap and normalize_name(top.name) != key and surface.isascii()
                and normalize_name(prev_cap.group(1)) not in _NAME_GLUE
                and common_word(surface, lang)):
            return False  # "la Policía Nacional" is no Distrito Nacional: part of a name
        if (top.population < 100_000 and not top.is_admin1
                and _SENT_END.search(text[max(0, s - 3):s]) and common_word(surface, lang)):
            return False  # "Uno de ellos murió": a word capitalised by its place
    fc = top.feature_code or ""
    if n == 1 and fc[:4] in ("ADM2", "ADM3", "ADM4", "ADM5") and not after_locative and (
            normalize_name(top.name) != key) and not _ARABIC.match(surface) and not (
            _TOWN_BEFORE.search(text, max(0, s - 16), s)):
        return False  # "Taylor Swift", "King": a county is named with its area word (an
        # Arabic name is never the English one: "مأرب" is Marib district and town)
    if (n == 1 and top.is_country and len(key) <= 4 and not surface.isupper()
            and normalize_name(top.name) != key and common_word(surface, lang)):
        return False  # "Car" in a headline is not the CAR
    if latin_or_cyr and not top.is_country and not area_after and not after_locative and (
            _generic(words, n, top, strong, lang)):
        return False
    if n == 1 and latin_or_cyr and not strong and _FACILITY_AFTER.match(text, e):
        return False  # "Moi stadium": a site named after a person
    after_name = _NEXT_CAP.match(text, e, e + 30)
    if after_name and (ref.population >= 5_000 or ref.source == ACLED) and _PART_AFTER.match(
            text, e):  # a town, or a village ACLED codes (no population known): "Embakasi East"
        after_name = None
    if after_name and _PROVINCE_AFTER.match(text, e):
        after_name = None  # "по Лозовій Харківської області": the town, then its province
    before = prev_cap
    if before and _POSSESSIVE.search(before.group(1)):
        before = None
    if n == 1 and latin_or_cyr and not top.is_country and not area_after and (
            (key in FIRST_NAMES and after_name)
            or (before and normalize_name(before.group(1)) in FIRST_NAMES)):
        return False  # "Victor Rodgers", "George Karina": a person
    if n == 1 and latin_or_cyr and not (top.is_country or top.is_admin1) and not after_locative:
        if (before and normalize_name(before.group(1)) not in FUNCTION_WORDS
                and after_name and not area_after):
            return False  # inside a longer name: "Zine El Abidine Ben Ali" is not Bern
    head = re.search(r"([A-ZÀ-Þ][\w'’]*)\s$", text[max(0, s - 30):s])
    if head and COMPASS.fullmatch(key) and not re.search(r"['’]s?$", head.group(1)) and (
            normalize_name(head.group(1)) not in _NAME_GLUE):
        return False  # "Trading Centre", "Imenti South": the tail of a longer name
    if n == 1 and not strong:
        if _POSSESSIVE.match(text, e, e + 2):
            return False  # "Tyler's", "Barr's": a person's more often than a village's
        if len(key) < 3 or (not after_locative and (
                len(key) <= 3 or (len(key) <= 5 and ref.population < 5_000))):
            return False
        if surface.lower() in lower_words:
            return False
        if common_word(surface, lang) and (_SENT_END.search(text[max(0, s - 3):s]) or (
                not after_locative and top.population < 20_000
                and normalize_name(top.name) != key
                and (surface.isascii() or (_CYR_ADJECTIVE.search(surface)
                                           and not _town_genitive(surface, text, e))))):
            return False  # "des Blancs" (white people) is not Le Blanc (Cyrillic capitalises
            # only names inside a sentence: "на центр Білопілля" is the town, but "Киевский
            # район" a district's adjective)
        if after_name:
            return False  # a person's name, or the first part of a longer unknown name
        if before and normalize_name(before.group(1)) not in STOP_WORDS:
            return False  # "Kerio Valley", "Kubi Kalo": the tail of a longer unknown name
    if _ARABIC.match(surface) and n == 1 and (
            (not strong and top.population < 1_000 and not _AR_TOWN_BEFORE.search(
                text, max(0, s - 12), s))  # "مدينة حيس": Hays, named as a town
            or surface in AR_WORDS
            or any(surface[len(p):] in AR_WORDS for p in (*AR_PREFIXES, "ال")
                   if surface.startswith(p))):
        return False
    return True


def _generic(words: list[str], n: int, top: Place, strong: bool, lang: str | None) -> bool:
    """A capitalised word of the language rather than a place: a generic feature word alone
    ("University", "Council"); a word that is an admin area's name only once its area word is
    stripped ("Capital" of the Capital Region); "The" and a word ("The Star", a newspaper, is
    not Star, Idaho)."""
    if n == 1:
        word = normalize_name(words[0])
        return word in GENERIC_FEATURE_WORDS or (
            top.match_kind == 2 and (top.feature_code or "").startswith("ADM")
            and common_word(words[0], lang))
    return (n == 2 and normalize_name(words[0]) == "the" and not strong
            and common_word(words[1], lang))
