"""Towns named in Cyrillic or Arabic that the gazetteer holds only under Latin names: a last
resort after exact look-up failed. A name introduced as a place ("в селе X", "у Білозерці",
"في مدينة X") is reduced to a loose Latin key and matched against the Latin names of the towns
of *the country the text is about* only, so a word cannot become a town abroad.

Keys: Cyrillic is transliterated (г both as g and h), digraphs become one letter (kh, sh, ch,
zh, ts), every vowel (and w, y) becomes "a" and runs collapse: "Шуэбо" and "Shwebo" both give
"saba"; "Білозерці" (locative), through the base forms recognition tries, "Bilozerka". Arabic
keeps consonants only (short vowels are not written): "النبطية" and "Nabatieh" give "nbt"; a
name of two consonants also needs its long vowels where the Latin name has vowels ("غوزا" and
"Gwoza" give "gaza") and must name one town of the country.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from polemos.gazetteer import Place, normalize_name

_CYR = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "e", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "sh", "ь": "", "ю": "u", "я": "a", "ы": "i", "э": "e", "ё": "o",
    "ъ": "", "'": "", "’": "",
})
# exact romanisations (Ukrainian and Russian national systems, simplified)
_UK = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "",
})
_RU = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
})
# Arabic letters to the one-letter codes ``vowel_key`` gives Latin names (kh -> x, sh -> s,
# gh -> g, q -> k): translated letter by letter, so "تسيت" is t-s-t, not the digraph "ts". Long
# vowels and و/ي are "a"; ع and ة (and a final ه) are silent. ج is j, or g as Egypt and the Horn
# say it ("أفجوي", Afgooye).
_AR = str.maketrans({
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "x", "د": "d", "ذ": "d", "ر": "r",
    "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "g",
    "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "", "ة": "", "و": "a",
    "ي": "a", "ى": "a", "ا": "a", "أ": "a", "إ": "a", "آ": "a", "ء": "", "ئ": "a", "ؤ": "a",
})
_DIGRAPHS = (("shch", "s"), ("sch", "s"), ("kh", "x"), ("sh", "s"), ("ch", "c"), ("zh", "j"),
             ("ts", "c"), ("tz", "c"), ("dj", "j"), ("gh", "g"), ("th", "t"), ("dh", "d"),
             ("ph", "f"), ("q", "k"), ("ck", "k"), ("w", "a"), ("y", "a"))
_VOWELS = re.compile(r"[aeiouy]+")
_ARTICLE = re.compile(r"^(?:al|el|an|ar|as|ash|at|ad|az|ad)[\s-]+")
# a place word right before a name in these scripts: the name is a place, not a word
CYR_PLACE = re.compile(
    r"(?:\b(?:в|во|у|під|біля|около|возле|под|селе|села|село|селу|селі|селище|селища|посёлке|"
    r"поселке|посёлка|поселка|городе|города|городка|городке|місті|міста|містечка|містечку|"
    r"деревня|деревни|деревне|деревню|округе|округа|районе|района|районі|району)\s+)$",
    re.IGNORECASE)
AR_PLACE = re.compile(r"(?<![\u0621-\u064A])(?:[وف]?[بل]?)(?:ال)?(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|"
                      r"بلدات|قرى|مخيم|قضاء|محلية)\s+$")  # "لبلدة بوني", "لقضاء الطارمية"
# a name of four letters or more, or an Arabic name with its article ("Эль-Баб", "Аль-Кут")
_CYR_WORD = re.compile(r"(?:(?:[ЭАЕ]ль|Ал|Ас|Аш|Ад|Ар|Ан|Эс|Эш|Эд|Эр|Эн|Ет)-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]{2,}"
                       r"|[А-ЯЁІЇЄҐ][а-яёіїєґ'’]{3,}(?:-[А-ЯЁІЇЄҐ]?[а-яёіїєґ'’]+)?)")
_AR_WORD = re.compile(r"[\u0621-\u064A]{3,}")


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c) and (c.isalpha() or c == " "))


def vowel_key(latin: str) -> str:
    """A Latin name's loose key: digraphs as one letter, vowel runs as "a", doubles once."""
    s = _ARTICLE.sub("", _fold(latin)).replace(" ", "")
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    s = _VOWELS.sub("a", s)
    s = re.sub(r"(.)\1+", r"\1", s)
    return s[:-1] if s.endswith("h") and len(s) > 3 else s


def consonant_key(latin: str) -> str:
    """A Latin name's consonants (for Arabic, which writes no short vowels)."""
    s = vowel_key(latin).replace("a", "")
    return s[:-1] if s.endswith("h") else s


def exact_keys(word: str) -> list[str]:
    """A Cyrillic word romanised as Ukrainian and as Russian names are: "білозерка" ->
    "bilozerka"."""
    low = word.lower()
    return list(dict.fromkeys(re.sub(r"[\s-]", "", low.translate(t)) for t in (_UK, _RU)))


def cyrillic_keys(word: str) -> list[str]:
    """Loose keys of a Cyrillic word: г read as g (Russian) and as h (Ukrainian)."""
    low = word.lower()
    keys = [vowel_key(low.translate(_CYR))]
    if "г" in low:
        keys.append(vowel_key(low.replace("г", "х").translate(_CYR).replace("kh", "h")))
    return list(dict.fromkeys(keys))


def arabic_keys(word: str) -> tuple[list[str], list[str]]:
    """The consonant keys and the vowel keys of an Arabic name (without the article), with ج as
    j and as g: "الدلنج" -> (["dlnj", "dlng"], …). A vowel key keeps the long vowels Arabic
    writes (as "a"): "بوني" -> "bana", like Boni; "حيس" -> "has", like Hays."""
    w = word[2:] if word.startswith("ال") and len(word) > 4 else word
    w = w[:-1] + "ة" if w.endswith("ه") else w  # a final ه is silent; "هيران" has an h
    w = w.replace("ه", "ح")
    latin = [w.translate(_AR)]
    if "ج" in w:
        latin.append(w.replace("ج", "غ").translate(_AR))
    vowel = [re.sub(r"(.)\1+", r"\1", _VOWELS.sub("a", v)) for v in latin]
    cons = [v.replace("a", "") for v in vowel]
    return list(dict.fromkeys(cons)), list(dict.fromkeys(vowel))


class TownIndex:
    """Loose keys of the towns of one country, built on first use from the gazetteer."""

    def __init__(self, gazetteer: Any) -> None:
        self.gazetteer = gazetteer
        self._by_cc: dict[str, tuple[dict[str, list[Place]], dict[str, list[Place]]]] = {}
        self._areas: dict[tuple[str, int], dict[str, list[Place]]] = {}
        self._seats: dict[tuple[str, str | None], dict[str, list[Place]]] = {}

    def _rows(self, method: str, *args: Any) -> list[tuple[str, Place]]:
        """The gazetteer's (name key, place) rows by ``method``; none from a stand-in that
        lacks it."""
        fetch = getattr(self.gazetteer, method, None)
        return fetch(*args) if fetch else []

    def towns(self, cc: str) -> tuple[dict[str, list[Place]], ...]:
        """(exact key, vowel key, consonant key -> towns) of country ``cc``."""
        if cc not in self._by_cc:
            tables: tuple[dict[str, list[Place]], ...] = ({}, {}, {})
            for name, p in self._rows("towns_of", cc):
                keys = (name.replace(" ", ""), vowel_key(name), consonant_key(name))
                for key, table in zip(keys, tables, strict=True):
                    if len(key) >= 3:
                        table.setdefault(key, []).append(p)
            self._by_cc[cc] = tables
        return self._by_cc[cc]

    def match(self, forms: list[str], cc: str, arabic: bool,
              admins: frozenset[str] = frozenset()) -> Place | None:
        """The town of ``cc`` that one of ``forms`` (Cyrillic base forms, most likely first, or an
        Arabic word) names: by exact romanisation, else by loose key (Cyrillic keeping 2
        consonants, Arabic 3, or 2 with its long vowels). Towns whose own name matches go first;
        among several, those in a province the text names (``admins``), then the most populous
        when it is five times the next, else none."""
        exact, vk, ck = self.towns(cc)
        if arabic:
            tiers = []
            for f in forms:
                cons, vowel = arabic_keys(f)
                # three consonants say enough; two only with the long vowels where the Latin
                # name has vowels ("غوزا", Gwoza)
                tiers += [(ck, cons, 3), (vk, [v for v in vowel if len(v) >= 3], 2)]
        else:
            tiers = ([(exact, exact_keys(f), 3) for f in forms]
                     + [(vk, cyrillic_keys(f), 2) for f in forms])
        for table, keys, need in tiers:
            found = [p for k in keys if len(k.replace("a", "")) >= need
                     and len(k) >= (3 if arabic else 4) for p in table.get(k, [])]
            if found:
                return _one([p for p in found if p.admin1 in admins] or found)
        return None


    def area(self, words: list[str], cc: str, arabic: bool) -> Place | None:
        """The first-level area of ``cc`` that Cyrillic or Arabic ``words`` name ("Северный
        Дарфур", "Норте-де-Сантандер", "شمال دارفور", "هيران"): compass words as one letter,
        the rest by loose key (Arabic: consonants); only when one area matches. None of the
        first level, one of the second ("у провінції Сум": Soum, a province of Burkina Faso's
        Sahel region)."""
        return self._area(words, cc, arabic, 1) or self._area(words, cc, arabic, 2)

    def _area(self, words: list[str], cc: str, arabic: bool, level: int) -> Place | None:
        if (cc, level) not in self._areas:
            table: dict[str, list[Place]] = {}
            for name, p in self._rows("areas_of", cc, level):
                for key in _area_keys(name):
                    table.setdefault(key, []).append(p)
            self._areas[(cc, level)] = table
        table = self._areas[(cc, level)]
        compass = "".join(_COMPASS_OF.get(w.lower(), "") for w in words)
        rest = [w for w in words if w.lower() not in _COMPASS_OF]
        if not rest:
            return None
        if arabic:
            cons = [k for w in rest for k in arabic_keys(normalize_name(w))[0][:1]]
            keys = [compass + "".join(cons)] if all(cons) else []
            need = 3
        else:
            keys = [compass + "".join(cyrillic_keys(w)[0] for w in rest)]
            need = 2
        found = {p.geonameid: p for k in keys if len(k.replace("a", "")) - len(compass) >= need
                 for p in table.get(k, [])}
        return next(iter(found.values())) if len(found) == 1 else None

    def seat(self, district: str, cc: str, admin1_code: str | None) -> Place | None:
        """The town a district is named after, in the same province ("Al Tarmia District" ->
        Aţ Ţārmīyah, "Al Manaqil" locality -> the town): where ACLED puts an event the text
        places only in the district. None when no town or several of that name."""
        key = vowel_key(_DISTRICT_WORDS.sub(" ", district))
        if len(key) < 3 or len(key.replace("a", "")) < 2:
            return None
        if (cc, admin1_code) not in self._seats:  # one province's towns, not the country's
            table: dict[str, list[Place]] = {}
            for name, p in self._rows("province_towns", cc, admin1_code):
                table.setdefault(vowel_key(name), []).append(p)
            self._seats[(cc, admin1_code)] = table
        found = [p for p in self._seats[(cc, admin1_code)].get(key, [])
                 if not p.is_area and p.latitude is not None]
        return _one(found) if found else None


# Compass words of area names, as one letter: "North Darfur", "Nord-Kivu", "Norte de
# Santander", "Северный Дарфур", "Північне Ківу", "شمال دارفور".
_COMPASS_OF = {w: c for c, words in (
    ("N", "north northern nord norte shamal северный северное северная северного північне "
          "північний північна північного شمال الشمالية"),
    ("S", "south southern sud sur janub южный южное южная южного південне південний південна "
          "південного جنوب الجنوبية"),
    ("W", "west western ouest oeste gharb западный западное западная західне західний західна "
          "غرب الغربية"),
    ("E", "east eastern est este sharq восточный восточное восточная східне східний східна "
          "شرق الشرقية"),
    ("C", "central centre center centro центральный центральное центральная центральне "
          "центральний центральна وسط الوسطى"),
) for w in words.split()}
_AREA_TAIL = re.compile(r"\s+(?:state|region|province|department|governorate|district|republic)$"
                        r"|,?\s+respublika$")


def _area_keys(latin: str) -> list[str]:
    """Keys of a Latin area name: compass letters then the loose key of the rest (vowel key
    and consonant key)."""
    words = re.split(r"[\s-]+", _AREA_TAIL.sub("", latin.lower()))
    compass = "".join(_COMPASS_OF.get(w, "") for w in words)
    rest = " ".join(w for w in words if w not in _COMPASS_OF and w not in ("de", "del", "du"))
    if not rest:
        return []
    return list(dict.fromkeys([compass + vowel_key(rest), compass + consonant_key(rest)]))


_DISTRICT_WORDS = re.compile(r"\b(?:district|locality|department|sub-?district|municipality|"
                             r"qada'?|markaz|nahiyat|mudiriyat)\b", re.IGNORECASE)


def _one(found: list[Place]) -> Place | None:
    own = [p for p in found if p.match_kind == 0] or found
    uniq = sorted({p.geonameid: p for p in own}.values(), key=lambda p: -p.population)
    if len(uniq) > 1 and uniq[0].population < 5 * max(uniq[1].population, 1):
        return None
    return uniq[0]


def unmatched_names(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Spans of Cyrillic or Arabic words introduced as places and not already toponyms:
    (start, end, arabic)."""
    out = []
    for rx, place, arabic in ((_CYR_WORD, CYR_PLACE, False), (_AR_WORD, AR_PLACE, True)):
        for m in rx.finditer(text):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            if place.search(text, max(0, s - 12), s):
                out.append((s, e, arabic))
    return sorted(out)


# adjective endings (a town named by one word is a noun)
_ADJECTIVE = re.compile(r"(?:ий|ій|ый|ого|ому|ої|ою|их|ых|ая|ое|ой|ие|ые|ими|ыми)$")
# Ukrainian locative/dative of -ка, -га, -ха nouns: "у Білозерці" -> "Білозерка"
_SOFTENED = (("ці", "ка"), ("зі", "га"), ("сі", "ха"))


def _cyrillic_forms(word: str, lang: str | None) -> list[str]:
    """Base-form candidates of an inflected Cyrillic name, most likely first."""
    from polemos.toponyms import key_variants

    low = word.lower()
    forms = [low[: -len(a)] + b for a, b in _SOFTENED if low.endswith(a) and len(low) > 5]
    return list(dict.fromkeys(forms + [k for k in key_variants(word, lang)
                                       if re.search("[а-яёіїєґ]", k)]))


# A province word before a name in Cyrillic or Arabic: "в штате Северный Дарфур", "у провінції
# Північне Ківу", "в департаменте Артибонит", "بولاية سينالوا", "في إقليم هيران"
_AREA_WORD = re.compile(
    r"(?:\b(?:штат[аеу]?|провинци[ияюей]|провінці[їяю]|департамент[аеуі]?|регион[аеу]?|"
    r"регіон[іу]?|республик[аеиу]|республіц[іи]|республік[аиу])\s+)"
    r"|(?:(?<![\u0621-\u064A])(?:[وبل]|في\s+|و?ب)?(?:ولاية|إقليم|اقليم|محافظة|مقاطعة|جمهورية)\s+)",
    re.IGNORECASE)
_CYR_NAME = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[а-яёіїєґ]{1,3}-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+|"
                       r"-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?")
_AR_NAME = re.compile(r"[\u0621-\u064A]{2,}")
_LINKS = frozenset("де дель дю де-ла ла".split())


def _area_names(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, list[str], bool]]:
    """Spans of names after a province word that recognition left unmatched, with their words:
    up to two capitalised Cyrillic words ("Северный Дарфур", "Норте-де-Сантандер"), or an
    Arabic word, two when the first is a compass word ("شمال دارفور")."""
    out = []
    for m in _AREA_WORD.finditer(text):
        at = m.end()
        if any(a < at + 1 and at < b for a, b in taken):
            continue
        arabic = bool(re.match(r"[\u0621-\u064A]", text[at:at + 1]))
        rx = _AR_NAME if arabic else _CYR_NAME
        first = rx.match(text, at)
        if first is None:
            continue
        spans = [first]
        second = re.compile(r"\s+").match(text, first.end())
        nxt = rx.match(text, second.end()) if second else None
        if nxt is not None and (not arabic or first.group(0) in _COMPASS_OF):
            spans.append(nxt)
        words = [w for sp in spans for w in re.split(r"-", sp.group(0))
                 if w.lower() not in _LINKS]
        if not arabic:  # "Норте" read as Spanish "norte"
            words = [_compass_cyr(w) for w in words]
        s, e = spans[0].start(), spans[-1].end()
        compass_first = len(spans) == 2 and (
            first.group(0) in _COMPASS_OF or _compass_cyr(first.group(0)) != first.group(0)
            or first.group(0).lower() in _COMPASS_OF)
        # "Северный Дарфур": the compass word makes the region read alone a province
        if not any(a < (first.end() if compass_first else e) and s < b for a, b in taken):
            out.append((s, e, words, arabic))
    return out


def _compass_cyr(word: str) -> str:
    latin = word.lower().translate(_CYR)
    return latin if latin in _COMPASS_OF else word


def article_country(resolved: list[Any], hint: str | None) -> str | None:
    """The country a text is about: the given one, else the one that holds at least half of
    its places (a country or province 1, a town 0.5; a demonym 0.5: the actors' country, as a
    town: "جنود صوماليين" with a Mogadishu dateline is Somalia)."""
    return _decided(_country_weights(resolved, hint), hint)


def _decided(ranked: list[tuple[str, float]], hint: str | None) -> str | None:
    """The heaviest country of ``ranked`` when it holds at least half the weight (see above)."""
    if not ranked:
        return None
    cc, w = ranked[0]
    total = sum(v for _c, v in ranked)
    return cc if hint or (w >= 1.0 and w >= 0.5 * total) else None


def _country_weights(resolved: list[Any], hint: str | None) -> list[tuple[str, float]]:
    """The countries of a text's places and demonyms by weight (see above), heaviest first;
    the given country alone when there is one."""
    if hint:
        return [(hint, 1.0)]
    weight: dict[str, float] = {}
    for r in resolved:
        if r.kind == "demonym" and r.country_code and r.reason is None:
            weight[r.country_code] = weight.get(r.country_code, 0.0) + 0.5
        elif r.kind == "place" and r.country_code and r.latitude is not None and r.reason is None:
            w = 1.0 if (r.precision or 1) >= 3 else 0.5
            weight[r.country_code] = weight.get(r.country_code, 0.0) + w
    return sorted(weight.items(), key=lambda kv: -kv[1])


def _search_countries(resolved: list[Any], hint: str | None) -> list[str]:
    """Where to look for a text's unmatched names: its country, then any other country it
    names as a country or province, or twice as a town, by weight (a report filed in Beirut
    about an Israeli strike: "Бинт-Джебейль" is in Lebanon, not in Israel). Arabic names are
    looked for in the first only: their consonant keys find a namesake almost anywhere
    (session 18: Dahuk became a Turkish village)."""
    ranked = _country_weights(resolved, hint)
    cc = _decided(ranked, hint)
    if cc is None or hint:
        return [cc] if cc else []
    return [cc] + [c for c, w in ranked if c != cc and w >= 1.0]


def transliterated(geo: Any, index: TownIndex, text: str, lang: str | None,
                   resolved: list[Any], hint: str | None) -> list[Any]:
    """Toponyms for the Cyrillic and Arabic names introduced as places that recognition left
    unmatched, found among the Latin names of the towns of the text's country (see above)."""
    from polemos.toponyms import Mention, is_near

    names = unmatched_names(text, [(r.start, r.end) for r in resolved])
    ccs = _search_countries(resolved, hint) if names or _AREA_WORD.search(text) else []
    if not ccs:
        return []
    found: dict[str, tuple[list[str], Place]] = {}
    out: list[Any] = []
    for s, e, arabic in names:
        word = text[s:e]
        if not arabic and _ADJECTIVE.search(word):
            continue  # "в Білозерській громаді": an adjective of a community, not a town
        forms = ([normalize_name(word)] if arabic else _cyrillic_forms(word, lang))
        for cc in ccs[:1] if arabic else ccs:  # Arabic keys are too loose for a second
            admins = frozenset(r.admin1 for r in resolved if r.country_code == cc and r.admin1)
            p = index.match(forms, cc, arabic, admins)
            if p is not None:
                found[word] = (forms, p)
                break
    taken = [(r.start, r.end) for r in resolved]
    for s, e, words, arabic in _area_names(text, taken):
        p = next((a for cc in (ccs[:1] if arabic else ccs)
                  if (a := index.area(words, cc, arabic)) is not None), None)
        if p is not None:
            taken.append((s, e))
            out.append(geo._make(Mention(s, e, text[s:e], words, "place", False, [p]), p, 0.5, 3))
    for word, (forms, p) in found.items():
        # once named as a town, the same word is that town wherever it stands ("في تسيت")
        clitic = r"(?<![\u0621-\u064A])(?:[وفبل]|وب|ول)?" if _AR_WORD.match(word) else r"\b"
        for m in re.finditer(clitic + "(" + re.escape(word) + r")(?!\w)", text):
            s, e = m.span(1)
            if not any(a < e and s < b for a, b in taken):
                taken.append((s, e))
                out.append(geo._make(Mention(s, e, word, forms, "place", is_near(text, s), [p]),
                                     p, 0.5, 1))
    return sorted(out, key=lambda r: r.start)
