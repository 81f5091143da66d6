"""The place of an event reported in a span of text, among the toponyms the geocoder resolved
(``Geocoder.place_in``): which named place the event happened at, else the article's
province or country."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from polemos.gazetteer_rank import breadth
from polemos.geocode import as_mention

if TYPE_CHECKING:
    from polemos.geocode import Geocoder, Resolved


def place_in(geo: Geocoder, resolved: list[Resolved], start: int, end: int) -> Resolved | None:
    """The best place for an event reported in text[start:end]: among the toponyms inside
    the span, a town or district over a province or country, a name found over a fallback,
    one that follows a word reporting the event over one before it ("officials in Kyiv said
    drones struck Kharkiv" -> Kharkiv), then the most specific (of provinces, the first
    named); a place people came from ("bandits from X") yields to the others; "near X" ->
    precision 2.
    Else the article's focus place (province or country) with precision 3; None if nothing."""
    usable = [r for r in resolved if r.kind == "place" and r.latitude is not None]
    # a square or street named after a place is in a town, not that place ("la place Dos de
    # Mayo"): the span names no town of its own
    inside = [r for r in usable if start <= r.start and r.end <= end and not r.street]
    if inside:
        # a town read without confidence outside every province the span names is a
        # namesake read by mistake ("in Sangar of X district, Urozgan": not a Sangar Saray
        # of another province)
        areas = {(r.country_code, r.admin1_code) for r in inside
                 if r.feature_code == "ADM1" and not r.reason}
        # the ends of a road the span names yield to a town named apart from it ("blocked
        # the Nairobi-Mombasa highway in Voi"); else, with no province named, the first end
        # stands for the road ("the Meru-Nairobi highway": Meru)
        off_road = any(not r.landmark and (r.precision or 3) <= 2 for r in inside)
        # a distance's point of reference yields to a town named apart from it ("in the town
        # of Zawiya, 45 km west of the capital Tripoli"), not to a province
        town_apart = any(not r.reference and (r.precision or 3) <= 2 for r in inside)
        best = min(inside, key=lambda r: (
            r.dateline, off_road and r.landmark, r.start if r.landmark and not (
                off_road or areas) else 0,
            r.score < 0.9 and bool(areas)
            and (r.country_code, r.admin1_code) not in areas,
            town_apart and r.reference, r.origin, (r.precision or 9) >= 3,
            r.reason is not None, r.cue is None,
            r.precision or 9, breadth(r.feature_code),
            r.start if r.feature_code == "ADM1" else 0,  # provinces: the first named
            -r.score, r.start))
        if best.near and (best.precision or 3) < 2:
            return replace(best, precision=2)
        return best
    pointless = [r for r in resolved if start <= r.start and r.end <= end and r.admin1_code
                 and r.kind == "place" and r.latitude is None]
    for r in pointless:  # "قضاء النبطية": a district without a point is in its province
        area = geo.gazetteer.admin_area(r.country_code or "", r.admin1_code, level=1)
        if area is not None and area.latitude is not None:
            return replace(geo._make(as_mention(r), area, r.score * 0.5, 3),
                           reason=f"{r.text!r} has no point: its province")
    if not usable:
        return None
    # a site's or a road's namesake ("St Mary's Hospital in Mumias") yields to the others
    usable = [r for r in usable if not (r.landmark or r.street)] or usable
    admins = Counter((r.country_code, r.admin1_code) for r in usable if r.admin1_code)
    if admins:
        (cc, code), _n = admins.most_common(1)[0]
        area = geo.gazetteer.admin_area(cc or "", code, level=1)
        if area is not None:
            anchor = next(r for r in usable if (r.country_code, r.admin1_code) == (cc, code))
            return replace(geo._make(as_mention(anchor), area, anchor.score * 0.5, 3),
                           reason="no place in the event's sentence: the article's province")
    cc = Counter(r.country_code for r in usable if r.country_code).most_common(1)
    if cc:
        country = geo.gazetteer.admin_area(cc[0][0] or "", None, level=0)
        anchor = next(r for r in usable if r.country_code == cc[0][0])
        if country is not None:
            return replace(geo._make(as_mention(anchor), country, anchor.score * 0.3, 3),
                           reason="no place in the event's sentence: the article's country")
    return None
