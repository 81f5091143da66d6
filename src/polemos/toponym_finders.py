"""Names recognition's dictionary pass leaves out or cuts short (``toponyms.recognise``
calls these after it): a single word the filters took for part of a longer name that an area
right after holds, a district named with its area word, a Russian or Ukrainian town named by its
adjective, and names introduced by "the village of X"."""

from __future__ import annotations

import re

from polemos.gazetteer import Gazetteer, Place, normalize_name
from polemos.gazetteer_rank import inside
from polemos.geo_lexicon import STOP_WORDS
from polemos.toponym_words import DISTRICT_NAME, FUNCTION_WORDS, VILLAGE_WORD
from polemos.toponyms import Mention, is_near, key_variants

__all__ = ["adjective_places", "district_names", "held_by_next", "unknown_mentions"]

_UNKNOWN = re.compile(
    r"\b(?:village|town|city|locality|commune|hamlet|district|area|forest|vicinity|outskirts|"
    r"environs)\s+of\s+([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)"
    r"|\b(?:village|localité|commune|ville|bourgade|zone|forêt)\s+d[e']\s*([A-Z][\w'’-]+)"
    r"|\b(?:pueblo|localidad|municipio|aldea|ciudad)\s+de\s+([A-Z][\w'’-]+)"
    r"|(?:село|селе|посёлок|поселок|селище|місто|город)\s+([А-ЯЁІЇЄҐ][\w'’-]+)"
)
def held_by_next(text: str, rejected: list[tuple[int, int, list[str], list[Place]]],
                  mentions: list[Mention]) -> list[Mention]:
    """Single words the filters took for part of a longer name, read again when the name right
    after them is an area that holds a place so called ("Witu Lamu County": Witu lies in Lamu,
    it is no person "Witu Lamu"); they keep only the candidates inside that area."""
    starts = {m.start: m for m in mentions}
    out = []
    for s, e, keys, places in rejected:
        gap = re.match(r"[ ,]{1,2}", text[e:e + 2])
        nxt = starts.get(e + len(gap.group())) if gap else None
        if nxt is None or nxt.kind != "place" or any(m.start < e and s < m.end for m in mentions):
            continue
        areas = [a for a in nxt.places if a.is_admin1 or (a.feature_code or "").startswith("ADM2")]
        held = [p for p in places if not p.is_area and any(inside(p, a) for a in areas)]
        if held:
            out.append(Mention(s, e, text[s:e], keys, "place", is_near(text, s), held))
    return out


def district_names(text: str, known: list[Mention], lang: str | None,
                    gazetteer: Gazetteer) -> list[Mention]:
    """A district named before its area word whose name recognition matched only a part of
    ("Tala" of "Tala wa Bafrak district", a town in Egypt): the whole "X district" replaces
    the part, with the district's places if the gazetteer holds it, else none (it then falls
    back to the province named after it: "X district, Baghlan")."""
    out = list(known)
    for m in DISTRICT_NAME.finditer(text):
        s, e = m.start(1), m.end(1)
        first = m.group(1).split()[0]
        if normalize_name(first) in STOP_WORDS | FUNCTION_WORDS:
            continue  # "The district", "In Nawa district" (the name itself is matched alone)
        parts = [k for k in out if k.start < e and s < k.end]
        if not parts or any(k.start <= s and k.end >= e or (
                k.end >= e and any(p.is_area for p in k.places)) for k in parts):
            continue  # not matched at all, or matched as a whole ("Aqcha district")
        keys = key_variants(m.group(1), lang)
        found = gazetteer.lookup(keys)
        places = [p for p in next((found[k] for k in keys if k in found), [])
                  if (p.feature_code or "").startswith(("ADM2", "ADM3"))]
        out = [k for k in out if k not in parts]
        out.append(Mention(s, m.end(), text[s:m.end()], keys, "place", is_near(text, s), places))
    return out


# a name in Latin letters, accents included
_LATIN_ACCENTED = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ\s'’.-]+")


# A Russian or Ukrainian town named by its adjective before a district, a plant or a front
# ("в Пянджском районе", "Ладижинську теплову електростанцію", "Кременчуцький НПЗ"): the stem
# before "-ск-"/"-цк-", with "ц" back to "к" (Кременчуцький -> Кременчук).
_CYR_ADJ_PLACE = re.compile(
    r"\b([А-ЯЁІЇЄҐ][а-яёіїєґ'’-]{2,}?)(ськ|цьк|ск|цк)(?:ий|ый|ой|ая|ое|ого|ому|ом|ую|ие|их|ими|"
    r"ій|а|е|у|ої|ою|ім|і)\s+(?:(?:теплов|атомн|нафтопереробн|нефтеперерабатывающ|"
    r"гідро|гидро)\w*\s+)?(?:район(?:а|е|у|ом|і)?(?!\w)|округ\w*|громад\w*|ТЕС|ТЭС|АЕС|АЭС|ТЭЦ|ТЕЦ|НПЗ|ГЭС|ГЕС|"
    r"завод\w*|електростанц\w*|электростанц\w*|аэропорт\w*|аеропорт\w*|напрям\w*|"
    r"направлени\w*|водосховищ\w*|водохранилищ\w*|комбинат\w*|шахт\w*|нафтобаз\w*|"
    r"нефтебаз\w*)\b"
    # a city's own districts ("Киевский район города", "Дарницькому району Києва"), not a
    # province's ("в Пянджском районе Хатлонской области")
    r"(?!\s+(?:города|міста|городу|місту)\b)"
    r"(?!\s+[А-ЯЁІЇЄҐ][\w'’-]*(?![\w'’-])(?!\s+(?:област|обл\b|округ|край|краю)))")


# A province named by its capital's adjective: "у Бєлгородській області" (the gazetteer has
# only "Білгородська область"), "в Курской обл." (2026-12-02, session 15, set P)
_CYR_ADJ_OBLAST = re.compile(
    r"\b([А-ЯЁІЇЄҐ][а-яёіїєґ'’-]{2,}?)(ськ|цьк|ск|цк)(?:ий|ый|ой|ая|ое|ого|ому|ом|ую|ие|их|ими|"
    r"ій|а|е|у|ої|ою|ім|і)\s+(?:област\w*|обл\.)")


def _oblast_places(text: str, known: list[Mention], lang: str | None,
                   gazetteer: Gazetteer) -> list[Mention]:
    """Provinces named "<capital>ская область" that recognition left out: the province of the
    town the adjective names (Бєлгородській -> Бєлгород -> Belgorod oblast)."""
    out = []
    for m in _CYR_ADJ_OBLAST.finditer(text):
        s, e = m.start(), m.end()
        if any(k.start < e and s < k.end for k in known):
            continue
        stem, suffix = m.group(1), m.group(2)
        for base in [stem + suffix.replace("ь", ""), stem]:
            keys = key_variants(base, lang)
            found = gazetteer.lookup(keys)
            towns = sorted((p for p in next((found[k] for k in keys if k in found), [])
                            if (p.feature_code or "").startswith("PPL") and p.admin1_code),
                           key=lambda p: -p.population)
            area = (gazetteer.admin_area(towns[0].country_code or "", towns[0].admin1_code, 1)
                    if towns else None)
            if area is not None:
                out.append(Mention(s, e, text[s:e], keys, "place", False, [area]))
                break
    return out


def adjective_places(text: str, known: list[Mention], lang: str | None,
                     gazetteer: Gazetteer) -> list[Mention]:
    """Towns named by their Russian or Ukrainian adjective (``_CYR_ADJ_PLACE``) that
    recognition left out, with the gazetteer's towns of that name; and provinces named by
    their capital's adjective (``_CYR_ADJ_OBLAST``)."""
    if lang not in ("ru", "uk", None):
        return []
    out = _oblast_places(text, known, lang, gazetteer)
    known = known + out
    for m in _CYR_ADJ_PLACE.finditer(text):
        s, e = m.start(), m.start() + len(m.group(0).split()[0])
        if any(k.start < e and s < k.end for k in known):
            continue
        stem, suffix = m.group(1), m.group(2)
        # "Покровськ-ий" is Pokrovsk, "Курск-ая" Kursk, "Донецк-ая" Donetsk; "Кременчуцьк-ий"
        # Kremenchuk; "Белгородск-ая" Belgorod
        bases = [stem + suffix.replace("ь", "")] + (
            [stem + "к"] if suffix.startswith("ц") else []) + [stem] + (
            # "Туапс-ин-ский" is Tuapse, "Бородин-ский" Borodino: -ин- joins a vowel-final name
            [stem[:-2] + v for v in "еиоа"] if stem.endswith("ин") and len(stem) > 5 else [])
        for base in bases:
            keys = key_variants(base, lang)
            found = gazetteer.lookup(keys)
            places = [p for p in next((found[k] for k in keys if k in found), [])
                      if (p.feature_code or "").startswith(("PPL", "ADM2"))]
            if places:
                out.append(Mention(s, e, text[s:e], keys, "place", is_near(text, s), places))
                break
    return out


def unknown_mentions(text: str, known: list[Mention], lang: str | None,
                      gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Names introduced by "the village of X" that recognition left out: the filters' rejects
    ("la localité de Masisi", a district named without its area word) keep their places; names
    the gazetteer lacks are resolved by fallback."""
    out = []
    taken = {(m.start, m.end): m for m in known}
    for m in _UNKNOWN.finditer(text):
        g = next(i for i in range(1, 5) if m.group(i))
        s, e = m.start(g), m.end(g)
        village = VILLAGE_WORD.match(m.group())  # a village is no second-level area
        if (k := taken.get((s, e))) and village and all(p.feature_code == "ADM2" for p in k.places):
            k.places = []  # "the village of Wouri": not Cameroon's Wouri division
        if any(a < e and s < b for a, b in taken):
            continue
        keys = key_variants(text[s:e], lang)
        found = gazetteer.lookup(keys) if gazetteer is not None else {}
        # a village word introduces a village, no second-level area; a Cyrillic or Arabic
        # name may be a town of the gazetteer ("селище Краснопілля"), a Latin one is too often
        # a namesake abroad ("the village of Sia" is no Xi'an); else the area "X district"
        # names (not "Baye", France)
        local = not text[s:e].isascii() and not _LATIN_ACCENTED.fullmatch(text[s:e])
        levels = (("ADM3", "PPL") if local else ("ADM3",)) if village else ("ADM2", "ADM3")
        places = [p for p in next((found[k] for k in keys if k in found), [])
                  if (p.feature_code or "").startswith(levels) or p.source == "acled"]
        out.append(Mention(s, e, text[s:e], keys, "place", is_near(text, m.start()), places))
    return out
