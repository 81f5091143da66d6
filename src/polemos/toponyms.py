"""Toponym recognition without NER: dictionary matching of text n-grams against gazetteer names.

Inflected forms are lemmatised (simplemma: "Харкові" -> "Харків"), Arabic clitics are split
("بالحسكة" -> "الحسكة"), and capitalisation, stop-lists and population thresholds keep common
words from being taken for places. Demonyms and metonyms are marked so they are not event sites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from polemos.gazetteer import (
    DEMONYM_KIND,
    Gazetteer,
    Place,
    importance,
    normalize_name,
)
from polemos.gazetteer_rank import prior
from polemos.geo_lexicon import GENERIC_FEATURE_WORDS, STOP_WORDS
from polemos.role_cues import SOURCE_WORDS
from polemos.toponym_filter import capitalised as _capitalised
from polemos.toponym_filter import keep, on_bank
from polemos.toponym_words import (
    AR_PREFIXES,
    OFFICE_AFTER,
    ROAD_AFTER,
    ROAD_BEFORE,
    ROAD_NEAR,
)

MAX_TOKENS = 6
_TOKEN = re.compile(r"[^\W\d_]+(?:[.'’][^\W\d_]+)*\.?", re.UNICODE)
# between the words of one name: a space, a hyphen, or an elided particle ("Fada N'Gourma",
# "Côte d'Ivoire": the token after it starts past the apostrophe)
_GAP = re.compile(r"^(?:\s?|-|\s-\s|[\s-][dDlLnN]['’ʼ])$")
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_REPORTING = re.compile(
    r"^\s*(?:has\s+|have\s+|had\s+|also\s+|on\s+\w+\s+)?(?:said|says|say|announced|announces|"
    r"warned|warns|accused|accuses|denied|denies|claimed|claims|insisted|insists|urged|urges|"
    r"condemned|condemns|responded|demanded|rejected|a\s+(?:déclaré|annoncé|dénoncé|accusé|"
    r"affirmé|averti|condamné)|accuse|dénonce|affirme|dijo|anunció|acusó|afirmó|denunció|"
    r"condenó|заявил[аио]?|сообщил[аио]?|обвинил[аио]?|заявив|заявила|заявили|повідомил[аио]?|"
    r"звинуватил[аио]?)\b",
    re.IGNORECASE,
)
_NEAR = re.compile(
    r"(?:\bnear|\boutside|\bclose\s+to|\bnorth\s+of|\bsouth\s+of|\beast\s+of|\bwest\s+of|"
    r"\baround|\bpr[èe]s\s+d[eu']|\baux\s+environs\s+d[eu']|\bnon\s+loin\s+d[eu']|\bcerca\s+de|"
    r"\bcerca\s+del|\ba\s+las\s+afueras\s+de|\ben\s+las\s+afueras\s+de|\baux\s+abords\s+d[eu']|"
    r"\bon\s+the\s+outskirts\s+of|на\s+окраине|на\s+околиці|около|возле|недалеко\s+от|под|біля|поблизу|"
    + ROAD_NEAR +  # on a road from the place: "l'axe Gao-Ansongo", "the road between X and Y"
    r"неподалік\s+від|قرب|بالقرب\s+من)\s*(?:the\s+|l[ae]\s+|l'|el\s+)?"
    r"(?:(?:town|village|city|locality|hamlet|ville|localité|commune|pueblo|localidad|"
    r"aldea|ciudad|municipio)\s+(?:of\s+|d[eu']\s*|de(?:l)?\s+)?|"
    r"(?:города|села|посёлка|поселка|міста|селища)\s+|"
    r"(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|منطقة|منطقه)\s+)?$",
    re.IGNORECASE,
)
# Words that report an event (violence, protest, arrest) in the six languages: the toponym
# nearest to one is the event's place ("officials in Kyiv said drones struck Kharkiv").
_EVENT_WORD = re.compile(
    r"\b(?:attack\w*|struck|strik\w*|shell\w*|bomb\w*|kill\w*|clash\w*|fight\w*|fought|"
    r"explo\w*|blast\w*|protest\w*|demonstrat\w*|riot\w*|rall(?:y|ied|ies)|marche[ds]|marching|"
    r"shot|shoot\w*|fired|raid\w*|ambush\w*|abduct\w*|kidnap\w*|arrest\w*|seiz\w*|"
    r"captur\w*|detonat\w*|hit|target\w*|assault\w*|torch\w*|loot\w*|burn(?:ed|t|ing)|"
    r"stormed|blocked|barricad\w*|execut\w*|behead\w*|lynch\w*|stabb\w*|murder\w*|"
    r"attaqu\w*|frapp\w*|bombard\w*|tu[ée]s?|tuée?s?|tuant|affrontement\w*|combats?|manifest\w*|"
    r"émeute\w*|enlev\w*|enlèv\w*|interpell\w*|tir[ée]?s?|"
    r"atac\w*|mat[óo]|mataron|matando|muert\w*|enfrentamiento\w*|protesta\w*|disturbio\w*|secuestr\w*|"
    r"detenid\w*|detuv\w*|"
    r"атак\w*|удар\w*|обстрел\w*|обстріл\w*|взрыв\w*|вибух\w*|убит\w*|убил\w*|вбит\w*|"
    r"вбил\w*|погиб\w*|загин\w*|бо[йяюї]\w*|столкновен\w*|протест\w*|митинг\w*|мітинг\w*|"
    r"задерж\w*|затрим\w*|похищ\w*|викрад\w*)\b"
    r"|هجوم|هاجم|قصف|غار[ةه]|انفجار|تفجير|مقتل|قتل|اشتباك|احتجاج|مظاهر[ةه]|تظاهر|اعتقال|"
    r"استهدف|اختطاف",
    re.IGNORECASE,
)
# a sentence ends here (also read by ``geocode_context``)
SENTENCE_STOP = re.compile(r"[.!?؟]\s|\n")
_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "yu", "я": "ya", "ы": "y", "э": "e", "ё": "e",
    "ъ": "",
})
# A transliterated Cyrillic key recovers the romanised name of a place whose own name is written
# in Cyrillic; a match abroad is a common word's coincidence ("Работа" -> "rabota", an old name
# of Rabat).
_CYRILLIC_CC = frozenset("UA RU BY KZ KG TJ MD BG RS MK MN ME".split())


@dataclass
class Mention:
    """A stretch of text that names (or may name) a place, with the keys to look it up by."""

    start: int
    end: int
    text: str
    keys: list[str]
    kind: str = "place"  # place | demonym | metonym
    near: bool = False
    places: list[Place] = field(default_factory=list)
    partial: bool = False  # the places were found for a part of the span ("Dubai World Cup")


@lru_cache(maxsize=65536)
def _lemmas(token: str, lang: str | None) -> tuple[str, ...]:
    """Lemma candidates of one token (inflected languages only). Cached: every n-gram lookup
    of a text asks again for the same tokens."""
    if lang not in ("ru", "uk", "es", "fr", "de", "pl") or len(token) < 4:
        return ()
    import simplemma

    try:
        lem = simplemma.lemmatize(token, lang=lang)
    except (ValueError, KeyError):
        return ()
    return (lem,) if lem and lem.lower() != token.lower() else ()


# Case endings of Russian and Ukrainian nouns, longest first: a foreign place name the
# lemmatiser does not know ("Тулькарма", "Дженине", "Ханкаламі") still reaches its base form.
# Keys are folded (й -> и, ї -> і), so an adjective-like feminine name's oblique case ends in
# "ои", "еи", "оі", "іи" ("по Лозовой", "у Лозовій" -> "лозова").
_CASE_ENDINGS = ("ами", "ями", "ого", "ому", "ою", "ею", "ові", "еві", "ои", "еи", "оі", "іи",
                 "ую", "ом", "ем", "ах", "ях", "ам", "ям", "а", "я", "у", "ю", "е", "і", "ы", "и")


# A region's adjective agrees with "область" (feminine): the lemmatiser gives the masculine.
_FEMININE = re.compile(r"(ский|цкий|ський|цький|ный|ний|ой)$")
_FEM_END = {"ский": "ская", "цкий": "цкая", "ський": "ська", "цький": "цька", "ный": "ная",
            "ний": "на", "ой": "ая"}


def _case_stems(word: str) -> list[str]:
    """Base-form candidates of an unknown inflected Cyrillic name (five letters or more): the
    stem without its case ending ("Ідліба" -> "ідліб"), and that stem with -а/-я/-о for names
    that end so ("Ракке" -> "ракка", "Шебекине" -> "шебекино")."""
    if len(word) < 5 or not re.fullmatch("[а-яёіїєґ'-]+", word):
        return []
    for end in _CASE_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            stem = word[: -len(end)]
            return [stem, stem + "а", stem + "я", stem + "о"]  # "в Шебекине" -> Шебекино
    return []


def _arabic_splits(token: str) -> list[str]:
    """Forms of an Arabic token with its proclitics (wa-, fa-, bi-, li-, ka-) removed."""
    out = []
    for p in AR_PREFIXES:
        if token.startswith(p) and len(token) - len(p) >= 3:
            rest = token[len(p):]
            if p.endswith("ال") or p == "لل":
                out.append("ال" + rest)
            else:
                out.append(rest)
    return out


def key_variants(surface: str, lang: str | None) -> list[str]:
    """Lookup keys for a surface form, the literal one first, then lemmatised/stripped ones."""
    keys = [normalize_name(surface)]
    tokens = surface.split()
    if tokens and _ARABIC.search(tokens[0]):
        for alt in _arabic_splits(tokens[0]):
            keys.append(normalize_name(" ".join([alt, *tokens[1:]])))
        if len(tokens) == 1 and len(tokens[0]) >= 5 and tokens[0][1] == "ي":
            # a foreign name written with or without its first long vowel: "كيسمايو" and
            # "كسمايو" (Kismayo)
            keys.append(normalize_name(tokens[0][0] + tokens[0][2:]))
    elif lang in ("ru", "uk") or (tokens and re.search("[Ѐ-ӿ]", tokens[-1])):
        for lg in ([lang] if lang in ("ru", "uk") else ["uk", "ru"]):
            lems = [(_lemmas(t, lg) or [t])[0] for t in tokens]
            keys.append(normalize_name(" ".join(lems)))
            if len(tokens) == 1 and "-" in tokens[0]:
                # "Каменке-Днепровской" -> "каменка днепровская": each part in the nominative,
                # the adjective agreeing with a feminine first part
                parts = [(_lemmas(t, lg) or [t])[0].lower() for t in tokens[0].split("-")]
                if len(parts) == 2 and parts[0].endswith(("а", "я")):
                    parts[1] = _FEMININE.sub(lambda m: _FEM_END[m.group(1)], parts[1])
                keys.append(normalize_name(" ".join(parts)))
            if len(lems) == 2 and normalize_name(lems[1]) == "область":
                # "Белгородской области" -> "белгородский область" -> "белгородская область"
                fem = _FEMININE.sub(lambda m: _FEM_END[m.group(1)], lems[0].lower())
                keys.append(normalize_name(f"{fem} область"))
        if len(tokens) == 1 and not any(_lemmas(tokens[0], lg) for lg in ("ru", "uk")):
            keys += _case_stems(normalize_name(tokens[0]))
        elif len(tokens) == 1 and re.fullmatch("[А-ЯЁІЇЄҐ][а-яёіїєґ']{4,}е", tokens[0]):
            # a masculine town in the locative that the lemmatiser took for a feminine one
            # ("в Грайвороне": Грайворон, not "Грайворона")
            keys.append(normalize_name(tokens[0][:-1]))
    elif lang in ("es", "fr", "de") and len(tokens) == 1:
        keys += [normalize_name(x) for x in _lemmas(tokens[0], lang)]
    low = keys[0]
    for pre in ("the ", "al ", "el ", "ad ", "ar ", "as ", "ash ", "az ", "an "):
        if low.startswith(pre) and len(low) > len(pre) + 3:
            keys.append(low[len(pre):])
    if low.endswith(" s") and len(low) > 4:
        keys.append(low[:-2])
    if re.search("[Ѐ-ӿ]", low) and len(low) >= 4:  # "Бои" (battles) is not "Boy"
        keys.append(low.translate(_TRANSLIT))
    return list(dict.fromkeys(k for k in keys if k))


def classify_kind(text: str, start: int, end: int, places: list[Place]) -> str:
    """'demonym' for adjective/nationality matches, 'metonym' for "Washington said", else 'place'."""
    if places and max(places, key=importance).match_kind == DEMONYM_KIND:
        return "demonym"
    if places and _REPORTING.match(text[end:end + 40]):
        best = max(places, key=importance)
        if best.is_country or best.feature_code in ("PPLC", "BLDG"):
            return "metonym"  # "Washington said", "the Kremlin said"
    if places and _INSTRUMENTAL.search(text[start:end]) and not _SPATIAL_BEFORE.search(
            text[max(0, start - 12):start]):
        best = max(places, key=importance)
        if best.is_country or best.feature_code == "PPLC":
            return "metonym"  # "назначенных Москвой властей", "підтриманий Києвом": an agent
    if places and (_CONTROLLED_BY.search(text[max(0, start - 30):start])
                   or _SOURCE_BEFORE.search(text[max(0, start - 30):start])):
        best = max(places, key=importance)
        if best.is_country or best.feature_code == "PPLC":
            return "metonym"  # "в подконтрольной Киеву части", "selon Kinshasa": an agent
    return "metonym" if OFFICE_AFTER.match(text, end) else "place"


# Held by a capital or a country: "в подконтрольной Киеву части области", "на підконтрольній
# Москві території", "under Kyiv's control" (2026-12-03, session 17, set S).
_CONTROLLED_BY = re.compile(r"(?:подконтрольн\w*|підконтрольн\w*|контролируем\w*|"
                            r"контрольован\w*)\s+$|\bunder\s+$", re.IGNORECASE)


# Who says so: "soutenus par le Rwanda selon Kinshasa", "according to Moscow" (2026-12-03,
# dev h9-fr: the event was placed in Kinshasa)
_SOURCE_BEFORE = re.compile(rf"(?:{SOURCE_WORDS})\s+$", re.IGNORECASE)


# A capital or a country in the Russian or Ukrainian instrumental case, with no preposition of
# place before it ("под Москвой", "над Києвом" are places): who did something, not where
_INSTRUMENTAL = re.compile(r"[а-яёіїєґ](?:ой|ом|ою|ей|ею|ем)$", re.IGNORECASE)
_SPATIAL_BEFORE = re.compile(r"(?:^|\s)(?:под|над|перед|за|между|під|поза|між|пред"
                             # prepositions that never take the instrumental: "в Ханой" is a
                             # place whose name only ends like it
                             r"|в|во|у|на|из|до|к|ко|от|по|через|біля|від|із|з)\s+$",
                             re.IGNORECASE)


def is_near(text: str, start: int) -> bool:
    """True when the toponym is introduced by "near", "près de", "около", "قرب" (also "near the
    town of", "قرب مدينة"...): geo_precision 2."""
    return bool(_NEAR.search(text[max(0, start - 45):start]))


def event_cue(text: str, start: int, reach: int = 250) -> int | None:
    """Characters from the nearest word reporting an event (attack, strike, protest...) that
    precedes the toponym in its sentence ("drones struck Kharkiv": 1), None when none does."""
    lo = max(0, start - reach)
    left = text[lo:start]
    stops = list(SENTENCE_STOP.finditer(left))
    if stops:
        lo += stops[-1].end()
    last = None
    for m in _EVENT_WORD.finditer(text, lo, start):
        last = m
    return start - last.end() if last is not None else None


# French/Italian elision before a name: "d'Ukraine", "l'Irak", "qu'Alep" -> the name alone.
_ELISION = re.compile(r"(?:[dlDLjJnNsScCmMtT]|(?:[lL]ors|[pP]uis|[jJ]us)?[qQ]u)['’ʼ](?=[A-ZÀ-Þ])")


def _unelide(text: str, s: int, e: int) -> tuple[int, int]:
    m = _ELISION.match(text, s, e)
    return (m.end(), e) if m else (s, e)


def recognise(text: str, gazetteer: Gazetteer, lang: str | None = None) -> list[Mention]:
    """Find the toponyms of ``text`` by longest dictionary match with false-positive filters."""
    tokens = [_unelide(text, m.start(), m.end()) for m in _TOKEN.finditer(text)]
    grams: list[tuple[int, int, int, list[str]]] = []  # (token i, n, end, keys)
    all_keys: set[str] = set()
    for i, (s, _e) in enumerate(tokens):
        first = text[s:tokens[i][1]]
        if not (_capitalised(first) or _ARABIC.match(first) or lang in ("fr", "es", "ru", "uk")):
            continue
        for n in range(1, MAX_TOKENS + 1):
            j = i + n - 1
            if j >= len(tokens) or (n > 1 and not _GAP.match(text[tokens[j - 1][1]:tokens[j][0]])):
                break
            e = tokens[j][1]
            surface = text[s:e].rstrip(".")  # "Kisumu's": "Kisumu" too (after "St Mary's")
            for form in (surface, *([surface[:-2]] if lang in (None, "en") and re.search(
                    r"\w['’]s$", surface) else [])):
                grams.append((i, n, s + len(form), key_variants(form, lang)))
                all_keys.update(grams[-1][3])
    found = gazetteer.lookup(all_keys)
    lower_words = {w.lower() for w in re.findall(r"\b[a-zà-ÿа-яёіїєґ]\w+", text)}
    cands: dict[int, list[tuple[int, int, list[str], list[Place]]]] = {}
    for i, n, e, keys in grams:
        places = next((ps for k in keys if k in found and (ps := _from_key(k, keys, found[k]))),
                      None)
        if places:
            cands.setdefault(i, []).append((n, e, keys, places))
    mentions: list[Mention] = []
    rejected: list[tuple[int, int, list[str], list[Place]]] = []  # (start, end, keys, places)
    i = 0
    while i < len(tokens):
        s = tokens[i][0]
        # the longest match first; when the filters reject it, a shorter one ("Kisii town"
        # is not a name that ends with a capitalised word, "Kisii" is)
        for n, e, keys, places in sorted(cands.get(i, ()), key=lambda c: -c[0]):
            if _country_inside(cands, i, n, e):
                continue  # "La Côte d'Ivoire": not "La Côte" (a French village) then "Ivoire"
            if keep(text, s, e, n, places, lang, lower_words) and not _compound_part(
                    text, s, e, places, found):
                if on_bank(text, s):  # "на правому березі Дніпра": the river
                    places = [p for p in places if (p.feature_code or "").startswith("STM")]
                kind = classify_kind(text, s, e, places)
                mentions.append(Mention(s, e, text[s:e], keys, kind, is_near(text, s), places))
                i += n
                break
            if n == 1:
                rejected.append((s, e, keys, places))
        else:
            i += 1
    from polemos.toponym_finders import (
        adjective_places,
        district_names,
        held_by_next,
        unknown_mentions,
    )

    mentions += held_by_next(text, rejected, mentions)
    mentions = district_names(text, mentions, lang, gazetteer)
    mentions += unknown_mentions(text, mentions, lang, gazetteer)
    mentions += adjective_places(text, mentions, lang, gazetteer)
    return sorted(mentions, key=lambda m: m.start)


def _from_key(key: str, keys: list[str], places: list[Place]) -> list[Place]:
    """The places a key found, those abroad dropped when the key is a Cyrillic name's
    transliteration."""
    if key.isascii() and not keys[0].isascii():
        return [p for p in places if p.country_code in _CYRILLIC_CC]
    return places


def _country_inside(cands: dict[int, list[tuple[int, int, list[str], list[Place]]]], i: int,
                    n: int, e: int) -> bool:
    """Whether a country's name starts inside the match of ``n`` tokens at ``i`` and ends past
    it: the shorter match is a name's article and first word ("La Côte" of "La Côte d'Ivoire")."""
    return any(e2 > e and any(p.is_country for p in places2)
               for k in range(i + 1, i + n) for _n2, e2, _k2, places2 in cands.get(k, ()))


def _compound_part(text: str, s: int, e: int, places: list[Place],
                   found: dict[str, list[Place]]) -> bool:
    """True for one part of a hyphenated name ("Male" of "Sare-Male", "Kain" of "Kain-Ouro")
    unless the other part names a place of the same country or a country: a road or a pair
    ("Nairobi-Mombasa highway", "l'axe Gao-Ansongo", "Russia-Ukraine")."""
    before = re.search(r"([A-ZÀ-Þ][\w'’]*)-$", text[max(0, s - 30):s])
    after = re.match(r"-([A-ZÀ-Þ][\w'’]*)", text[e:e + 30])
    if not (before or after) or any(p.is_country for p in places) or ROAD_BEFORE.search(
            text, max(0, s - 40), s) or ROAD_AFTER.match(text, e):
        return False  # "the axis Arbinda-Gorgadji", "Maua-Garbayulla road"
    own = _plausible(places)
    if max(places, key=lambda p: prior(places, p)).is_area and not any(
            m and normalize_name(m.group(1)) in found for m in (before, after)):
        return False  # "Vest-Agder", "Rhône-Alpes": a province and a word of its name
    for m in (before, after):
        if m and m.group(1).isupper():
            return False  # "GFSN-Djibo": a unit's acronym and its town
        other = found.get(normalize_name(m.group(1))) if m else None
        if other and (own & _plausible(other) or any(p.is_country for p in other)
                      or min(_largest(places), _largest(other)) >= 100_000):
            return False  # "Nelson-Creston" (a riding), "Amsterdam-London" (a route)
    return True


def _largest(places: list[Place]) -> int:
    """The population of a name's likeliest reading among the places it is the own name of."""
    own = [p for p in places if p.match_kind == 0] or places
    return max(own, key=lambda p: prior(places, p)).population or 0


def _plausible(places: list[Place]) -> set[str | None]:
    """The countries of a name's likelier readings (within 3 points of its best prior)."""
    best = max(prior(places, p) for p in places)
    return {p.country_code for p in places if prior(places, p) >= best - 3.0}


def mentions_for_spans(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer,
                       lang: str | None = None) -> list[Mention]:
    """Mentions for given (gold) spans: no recognition filters, only look-up keys and kind."""
    out = []
    for s, e in spans:
        surface = text[s:e]
        keys = key_variants(surface, lang)
        found = gazetteer.lookup(keys) if keys[0] not in ("the", "a", "an") else {}  # "The" county
        places = next((found[k] for k in keys if k in found), [])
        partial = False
        if not places:
            places = _part_places(surface, gazetteer, lang)
            partial = bool(places)
        out.append(Mention(s, e, surface, keys, classify_kind(text, s, e, places),
                           is_near(text, s), places, partial))
    return out


def _part_places(surface: str, gazetteer: Gazetteer, lang: str | None) -> list[Place]:
    """Places named by the longest (then leftmost) capitalised part of a span the gazetteer
    lacks as a whole: "Walker County Sheriff's Office" -> Walker County, "Dubai World Cup" ->
    Dubai, "University of California" -> California."""
    words = [m for m in _TOKEN.finditer(surface)]
    if len(words) < 2:
        return []
    for n in range(len(words) - 1, 0, -1):
        for i in range(len(words) - n + 1):
            part = words[i:i + n]
            if not _capitalised(part[0].group()) or not _capitalised(part[-1].group()):
                continue
            sub = surface[part[0].start():part[-1].end()].rstrip(".")
            key = normalize_name(sub)
            if (key in STOP_WORDS or (len(key) < 3 and not sub.isupper())
                    or (n == 1 and key in GENERIC_FEATURE_WORDS)):
                continue  # not "Point" of "Woodman Point", nor "University" of "... University"
            keys = key_variants(sub, lang)
            found = gazetteer.lookup(keys)
            places = next((found[k] for k in keys if k in found), [])
            if n == 1 and all(p.match_kind == 2 for p in places):
                continue  # "Frontier" of "Northern Frontier" is no Frontier County
            if places:
                return places  # "Dubai World Cup" -> Dubai, "Western US" -> US
    return []
