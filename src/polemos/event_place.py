"""Where an event is, beyond the geocoder's reading: rules the pipeline applies to the resolved
toponyms of a document (a country prior, area words, the country implied by who acts)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from polemos.gazetteer import COUNTRY_CODES
from polemos.geocode_abroad import DATELINE_OUTLET

# a capitalised name of up to three words; "The" is none ("The county commander"; not "El Paso")
_AREA_CAP = (r"(?!(?:The|This|That)\b)"
             r"[A-Z\u00c0-\u00dd\u0400-\u042f][\w'’-]+(?:[ -][A-Z\u00c0-\u00dd][\w'’-]+){0,2}")
# Area names given with an area word, in parentheses, or after "X district,": see admin_area.
_AREA_NAME = re.compile(
    rf"\b({_AREA_CAP})\s+(?:[Cc]ounty|[Pp]rovince|[Rr]egion|[Dd]istrict|[Ss]tate|[Gg]overnorate|"
    rf"[Cc]ircle|[Cc]ercle|[Oo]blast|области|області|район[ае]?)\b"
    rf"|\b(?:[Pp]rovinces?|[Rr]égion|[Rr]egion|[Cc]ounty|[Cc]ercle|[Dd]épartement|[Pp]rovincia|"
    rf"[Rr]egión|[Dd]epartamento|[Ee]stado|[Dd]istrict|[Gg]overnorate|[Ss]tate)\s+"
    rf"(?:of|de|du|de la|del|d['’])\s*({_AREA_CAP})"
    rf"|\(({_AREA_CAP})(?:,\s*{_AREA_CAP})?\)"
    rf"|\b[Dd]istrict(?:\s+\w+)?,\s+({_AREA_CAP})"
    rf"|(?:محافظة|ولاية|مقاطعة)\s+(\S+)")


def within_prior(resolved: list, cc: str) -> list:
    """With a country prior (a national feed), a town abroad is kept only when the text also
    names its country: a lone foreign namesake ("Boni" read as Bonn, "Sare-Male" as Malé, "Sahel"
    as Burkina Faso's region in a Malian report) is a misreading, not a trip abroad."""
    named = {r.country_code for r in resolved if r.feature_code in COUNTRY_CODES or r.kind == "demonym"}
    return [r for r in resolved if r.country_code in (cc, None) or r.country_code in named]


def without_group_names(actors: Any, text: str) -> str:
    """``text`` with the names of armed groups the registry knows blanked (offsets kept), for
    the geocoder: "Los Lobos" (an Ecuadorian gang) is not the village of Los Lobos, the "Cártel
    de Sinaloa" is no event in Sinaloa, and the "Coopérative pour le développement du Congo" does
    not put a Djugu report in the Republic of Congo. State forces keep theirs ("la Policía de
    Sinaloa" serves there), and so do organisations the registry does not know ("the Citizen
    Movement for the Development of Bobo-Dioulasso" marches there)."""
    if not hasattr(actors, "group_spans"):  # a stand-in registry
        return text
    for a, b in actors.group_spans(text):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def implied_country(actors: Any, text: str, resolved: list) -> str | None:
    """The country a text names no place in but implies by who acts: demonyms ("Malian
    soldiers") and actors of one country ("KDF", "Pokot raiders"); None if none or a tie."""
    if any(r.kind == "place" and r.latitude is not None for r in resolved):
        return None  # the geocoder has the article's places
    votes: Counter[str] = Counter(r.country_code for r in resolved
                                  if r.kind == "demonym" and r.country_code)
    by_name = getattr(actors, "by_name", {})  # a swapped-in registry may lack these
    for h in actors.hits(text, None) if hasattr(actors, "hits") else ():
        entry = by_name.get(h.match.name) or {}
        if entry.get("country") and h.kind != "weak":
            votes[entry["country"]] += 1
    top = votes.most_common(2)
    if not top or (len(top) > 1 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def event_area(geocoder: Any, doc: Any, lang: str, sentences: list, i: int, resolved: list,
               places: list) -> Any:
    """The place of an event sentence that names no town: a province it names with an area
    word, else the town named in one of the two sentences before it in its paragraph ("A
    missile hit a block of flats in Kharkiv. Four people were killed, officials said." ->
    Kharkiv, not the article's province), else a province named anywhere in the text."""
    sent = sentences[i]
    return (admin_area(geocoder, doc, lang, sent, places, whole_doc=False)
            or earlier_place(geocoder, resolved, sentences, i)
            or admin_area(geocoder, doc, lang, sent, places))


def earlier_place(geocoder: Any, resolved: list, sentences: list, i: int) -> Any:
    """The town or district named in one of the two sentences before sentence ``i`` of the same
    paragraph (the nearest first), not a dateline's city; None if none."""
    for j in (i - 1, i - 2):
        if j < 0 or getattr(sentences[j], "paragraph", None) != getattr(
                sentences[i], "paragraph", None):
            return None
        s = sentences[j]
        own = [r for r in resolved if s.start <= r.start and r.end <= s.end and not r.dateline]
        best = geocoder.place_in(own, s.start, s.end) if own else None
        if (best is not None and best.start >= s.start and (best.precision or 3) <= 2
                and best.reason is None and best.feature_code not in COUNTRY_CODES):
            areas = [r for r in own if r.feature_code == "ADM1" and r.kind == "place"
                     and r.country_code == best.country_code]
            if areas and not any((a.country_code, a.admin1_code) == (
                    best.country_code, best.admin1_code) for a in areas):
                # "Residents in Tharaka-Nithi County blocked the Meru-Nairobi highway": a town
                # outside the province the sentence names is a landmark, not the place
                return areas[0]
            return best
    return None


def admin_area(geocoder: Any, doc: Any, lang: str, sent: Any, places: list,
               whole_doc: bool = True) -> Any:
    """The province or district an event sentence (else, with ``whole_doc``, its document)
    names with an area word the geocoder did not resolve: "in Lamu County", "province de
    Kénédougou", "(Garissa)", "Tagab district, Kapisa". Places a sentence names no resolvable
    town for."""
    cc = (doc.country or (places[0].country_code if places else None) or "").upper()
    scopes = ((sent.start, sent.end), (0, len(doc.text))) if whole_doc else ((sent.start,
                                                                              sent.end),)
    outlet = DATELINE_OUTLET.match(doc.text)  # "МОСКВА, 3 ноября (Восток-Пресс) –"
    for a, b in scopes:
        spans = [(a + m.start(g), a + m.end(g)) for m in _AREA_NAME.finditer(doc.text[a:b])
                 for g in range(1, (m.lastindex or 0) + 1)
                 if m.group(g) and not m.group(g).isupper()  # "(ODM)" is no place
                 and not (outlet and outlet.start(1) <= a + m.start(g) < outlet.end(1))]
        if not spans:
            continue
        for r in geocoder.geoparse(doc.text, lang=lang, spans=spans, country=cc or None):
            if (r is not None and r.latitude is not None and r.admin1 and r.kind == "place"
                    and (not cc or r.country_code == cc)):
                return replace(r, precision=max(r.precision or 3, 2), near=False)
    return None


# Where the armed groups that act across borders operate (ACLED's actor names; ISO alpha-2,
# the commonest first). A note naming one of them and no country ("presumed JNIM militants
# killed three civilians in Diabatou") is in one of these countries, not where a namesake of its
# village lies (Diabatou, Dagou or Pensa abroad).
GROUP_AREAS: dict[str, tuple[str, ...]] = {
    "JNIM: Group for Support of Islam and Muslims": ("ML", "BF", "NE"),
    "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)":
        ("BF", "ML", "NE"),
    "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)":
        ("BF", "ML", "NE"),
    "Islamic State (Greater Sahara)": ("ML", "BF", "NE"),
    "Islamic State (Sahel)": ("ML", "BF", "NE"),
    "Ansaroul Islam": ("BF", "ML"),
    "Al Shabaab": ("SO", "KE"),
}


def implied_area(actors: Any, text: str) -> tuple[str, ...]:
    """The countries the cross-border groups named in ``text`` operate in (:data:`GROUP_AREAS`),
    the first named group's order first; () when it names none."""
    out: list[str] = []
    for h in actors.hits(text, None) if hasattr(actors, "hits") else ():
        for cc in GROUP_AREAS.get(h.match.name, ()) if h.kind != "weak" else ():
            if cc not in out:
                out.append(cc)
    return tuple(out)


def towns_in(resolved: list, area: tuple[str, ...]) -> int:
    """How many resolved towns (not countries or provinces) lie in ``area``'s countries."""
    return sum(1 for r in resolved if r.kind == "place" and r.latitude is not None
               and r.feature_code not in COUNTRY_CODES and r.country_code in area)
