"""Events under construction and the record's rule "one event per action, place and day".

The pipeline turns each event sentence into candidates (:class:`Candidate`); :func:`collapse`
joins the candidates that tell the same happening (a detail sentence, a toll, a headline and
its dated report) and lets a protest take what it turned into, as ACLED codes a gathering
once. Kept apart from the pipeline's plumbing so the rules can be read, and tested, alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from polemos.features import concepts_of
from polemos.metrics import haversine_km
from polemos.schema import Evidence

# A sentence without its own place or date is a new event only if scored at least this.
STRONG_EVENT_SCORE = 0.85
# A place this close to the event just reported (a district of the city, a suburb, the
# checkpoint outside the town) is where that event happened, for a detail sentence.
SAME_AREA_KM = 25.0
# A sentence that opens on the act just told, named again with a definite article ("The blast
# was followed by gunfire ...", "L'explosion a été suivie de tirs", "Tras la explosión",
# "После взрыва", "بعد الانفجار"), goes on about that event whoever it names.
_REFERS_BACK = re.compile(
    r"(?i)^\W*(?:(?:shortly\s+|soon\s+|minutes\s+|moments\s+)?(?:after|following)\s+)?"
    r"(?:the|this)\s+(?:blast|explosion|bombing|attack|assault|ambush|strike|raid)\b"
    r"|^\W*(?:(?:peu\s+)?après\s+)?(?:l['’]\s*(?:explosion|attaque|attentat|embuscade|assaut)|"
    r"cette\s+(?:explosion|attaque|embuscade)|ce[tt]?\s+(?:attentat|assaut))\b"
    r"|^\W*(?:(?:poco\s+)?(?:tras|después\s+de)\s+)?(?:la\s+explosión|el\s+(?:ataque|atentado|"
    r"asalto)|la\s+emboscada)\b"
    r"|^\W*(?:после\s+|вслед\s+за\s+)?(?:взрыв\w*|нападени\w*|атак\w*)\s"
    r"|^\W*(?:після\s+)?(?:вибух\w*|напад\w*|атак\w*)\s"
    r"|^\W*(?:وبعد|بعد)?\s*(?:الانفجار|الهجوم|التفجير)")


@dataclass
class Candidate:
    """An event under construction, before it becomes an Event."""

    sentence_index: int
    start: int
    end: int
    sub_event_type: str
    event_type: str
    score: float
    fields: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    place_key: Any = None
    own_place: bool = False  # the place is named in the event's own sentence
    own_date: bool = False  # the date is given in the event's own sentence
    place: Any = None  # the resolved toponym (or area) the event is placed at
    # where the event's sentences tell of people hurt and of no one dead: 0 dead if no later
    # sentence gives a toll (``casualties.hurt_not_dead``)
    hurt: tuple[int, int] | None = None
    by_rule: bool = False  # a rule read the event where the detector saw none (``Prediction``)

    def add(self, name: str, value: Any, start: int, end: int, text: str) -> None:
        """Set a field with the span it came from (offsets into the document text)."""
        self.fields[name] = value
        if start >= 0 and end > start:
            self.evidence.append(Evidence(field=name, start=start, end=end, text=text))

    def replace(self, name: str, value: Any, start: int, end: int, text: str) -> None:
        """Set a field anew: the evidence of its former value goes."""
        self.evidence = [e for e in self.evidence if e.field != name]
        self.add(name, value, start, end, text)


def split_count(count: int | None, places: int) -> list[int] | None:
    """One sentence's death toll shared by the places it lists, as ACLED splits a toll it
    cannot attribute: evenly, the remainder to the first places named (10 over two towns:
    5 and 5; 7 over three: 3, 2, 2). ``None`` when there is nothing to split."""
    if not count or places < 2:
        return None
    each, rest = divmod(count, places)
    return [each + (k < rest) for k in range(places)]


def collapse(cands: list[Candidate]) -> list[Candidate]:
    """One event per action type, place and day. A sentence that names neither its own place
    nor its own date ("The attackers set fire to two vehicles.") tells more about the event
    just reported, unless it is confidently another kind of event (a toll alone, "15 people were
    killed", is not); so does one with no day of its own, naming no one new, told where the
    event just reported happened (or near it, or only weakly detected: :func:`_detail_of`); a
    sentence about the same type, place and day as an earlier one is the same event. Either
    way it fills the earlier event's empty fields instead of adding an event, and a protest
    takes the stronger sub-type its later sentence gives."""
    out: list[Candidate] = []
    for c in cands:
        twin = None
        blast = False  # the explosion that caused the toll just told: its type wins
        if out and not c.own_place and not c.own_date:
            last = out[-1]
            if (last.event_type == c.event_type or c.score < STRONG_EVENT_SCORE
                    or (c.sub_event_type == "Attack" and not _names_participant(c))
                    or _escalates(last, c)):
                twin = last  # "A medical group said 15 people were killed." goes on
            elif _toll_before_blast(last, c):
                twin, blast = last, True  # "The officer died on the spot." then the bomb
        if twin is None and out and _detail_of(out[-1], c):
            twin = out[-1]  # a detail told in the place just reported, by no one new
        if twin is None:
            for o in out:
                if (o.place_key == c.place_key and o.event_type == c.event_type
                        and (o.fields.get("event_date") == c.fields.get("event_date")
                             or not dated(o) or not dated(c))):
                    twin = o  # a headline without a day and its dated report are one event
                    break
                if (o.fields.get("event_date") == c.fields.get("event_date") and dated(c)
                        and _same_act(o, c)):
                    twin = o
                    break
        if twin is None:
            for o in out:
                if (o.sub_event_type == c.sub_event_type
                        and o.fields.get("event_date") == c.fields.get("event_date")
                        and 3 in (o.fields.get("geo_precision"), c.fields.get("geo_precision"))
                        and _same_area(o, c)):
                    # the same act the same day told again, only in the province ("the army
                    # said it had struck terrorists in the Kidal region", "Взрыв прогремел
                    # вчера ... в провинции Алеппо" after the town): no second event
                    twin = o
                    break
        if twin is None:
            out.append(c)
            continue
        if blast or _escalates(twin, c) or (not c.own_date and c.score >= STRONG_EVENT_SCORE
                                            and (twin.event_type, c.event_type) in _TURNS_INTO
                                            and not _force_on_calm_crowd(twin, c)):
            _escalate(twin, c)
        _absorb(twin, c)
    return _told_twice(out)


def _told_twice(cands: list[Candidate]) -> list[Candidate]:
    """One event where two candidates ended with the same sub-type, place and day (an attack
    that a later sentence turned into the armed clash already reported)."""
    out: list[Candidate] = []
    for c in cands:
        twin = next((o for o in out if c.place_key is not None and o.place_key == c.place_key
                     and o.sub_event_type == c.sub_event_type and dated(o) and dated(c)
                     and o.fields.get("event_date") == c.fields.get("event_date")), None)
        if twin is None:
            out.append(c)
        else:
            _absorb(twin, c)
    return out


def _absorb(twin: Candidate, c: Candidate) -> None:
    """Fill ``twin``'s empty fields from ``c``, which tells more of the same event."""
    if not dated(twin) and dated(c):
        twin.evidence = [e for e in twin.evidence if e.field != "event_date"]
        for name in ("event_date", "time_precision"):
            if name in c.fields:
                twin.fields[name] = c.fields[name]
        twin.evidence.extend(e for e in c.evidence if e.field == "event_date")
    have = {e.field for e in twin.evidence} | set(twin.fields)
    if c.fields.get("actor2") is not None and c.fields.get("actor2") == twin.fields.get(
            "actor1"):
        have |= {"actor2", "inter2"}  # the actor who acts is not also its own target
    if twin.sub_event_type == "Armed clash" and c.fields.get("inter2") == 7:
        have |= {"actor2", "inter2"}  # a clash is between armed sides: civilians killed in it
        # ("среди погибших - пятеро мирных жителей") are no side of it
    for name, value in c.fields.items():
        if name not in have:
            twin.fields[name] = value
            twin.evidence.extend(e for e in c.evidence if e.field == name)


# What a protest became: a later sentence about it that names no place or day of its own
# ("Police fired tear gas to disperse them.") makes it the stronger sub-type, as ACLED codes a
# gathering once, by what happened at it. A riot sentence stays an event of its own: other
# reports of the same gathering rarely say it turned violent, and Riots never merge with
# Protests (a march and a riot in one city the same evening are two events).
_GATHERING_RANK = {"Peaceful protest": 0, "Protest with intervention": 1,
                   "Excessive force against protesters": 2}


# What one happening turned into, as ACLED codes it once: a protest where stones flew is a
# riot, an attack where the victims' side fired back is a clash.
_TURNS_INTO = frozenset({("Protests", "Riots"), ("Violence against civilians", "Battles")})


def _force_on_calm_crowd(twin: Candidate, c: Candidate) -> bool:
    """Whether ``twin`` is force used on protesters and ``c`` tells no violence of the crowd
    ("los agentes antidisturbios llegaron, lanzaron gases lacrimógenos y se escucharon
    disparos" after "un manifestante murió cuando la policía despejó por la fuerza un
    bloqueo"): the police's acts, read as a riot by the detector, make no riot of it
    (2026-12-03, session 21, dev y17-es)."""
    if twin.sub_event_type != "Excessive force against protesters":
        return False
    sentence = next((e.text for e in c.evidence if e.field == "sub_event_type"), "")
    return not concepts_of(sentence).keys() & {"RIOT", "LOOT", "MOB", "ATTACK"}


def _toll_before_blast(last: Candidate, c: Candidate) -> bool:
    """Whether ``c``, an explosion told with no place or day of its own, is how the deaths
    of ``last`` came about: an attack read from a toll alone, its sentence naming no one hit
    ("Офіцер загинув на місці, повідомило ГУР, яке взяло відповідальність." then "вибуховий
    пристрій спрацював близько 07:30"; not "Gunmen killed two villagers.")."""
    def own(name: str) -> bool:
        return any(e.field == name and last.start <= e.start < last.end for e in last.evidence)

    return (last.sub_event_type == "Attack" and c.event_type == "Explosions/Remote violence"
            and c.score >= STRONG_EVENT_SCORE and own("fatalities") and not own("actor2"))


def _escalates(twin: Candidate, c: Candidate) -> bool:
    """Whether ``c`` goes on about the protest ``twin`` with a stronger sub-type."""
    return (twin.sub_event_type in _GATHERING_RANK and c.sub_event_type in _GATHERING_RANK
            and not c.own_place and not c.own_date
            and _GATHERING_RANK[c.sub_event_type] > _GATHERING_RANK[twin.sub_event_type])


def _escalate(twin: Candidate, c: Candidate) -> None:
    """The protest takes the later sentence's sub-type, with its evidence; a peaceful
    protest's assumed 0 deaths no longer holds."""
    typed = ("sub_event_type", "event_type")
    twin.sub_event_type, twin.event_type = c.sub_event_type, c.event_type
    twin.evidence = [e for e in twin.evidence if e.field not in typed]
    for name in typed:
        twin.fields[name] = c.fields.get(name, getattr(c, name))
        twin.evidence.extend(e for e in c.evidence if e.field == name)
    if "fatalities" not in {e.field for e in twin.evidence}:
        twin.fields.pop("fatalities", None)
    if c.event_type == "Riots" and str(twin.fields.get("actor1") or "").startswith("Protesters"):
        for name in ("actor1", "inter1"):  # a riot's crowd is ACLED's rioters
            if name in c.fields:
                twin.fields[name] = c.fields[name]
        twin.evidence = [e for e in twin.evidence if e.field != "actor1"]
        twin.evidence.extend(e for e in c.evidence if e.field == "actor1")


# A part of the city just named, by a word that points back to it ("в Дніпровському районі
# міста", "in the city's Central district", "un quartier de la ville", "un barrio de la ciudad")
_CITY_PART = re.compile(r"(?i)район\w*\s+(?:міста|города)|(?:district|neighbou?rhood|part)s?\s+"
                        r"of\s+the\s+city|\bthe\s+city['’]s\s+\w+\s+district|quartiers?\s+de\s+"
                        r"la\s+ville|(?:barrio|colonia|sector)s?\s+de\s+la\s+ciudad")
_STRIKING = frozenset({"Explosions/Remote violence", "Violence against civilians", "Battles"})


def _same_act(o: Candidate, c: Candidate) -> bool:
    """Whether ``c``, told the same day as ``o``, tells ``o`` again: the same kind of act in a
    part of the city ``o`` happened in ("снаряди розірвалися ... в Дніпровському районі міста"
    after the city's shelling), or the same named doer striking the same place with no toll
    above ``o``'s ("the drone fired a missile at the car", "the army said it had targeted two
    Hezbollah members" after the drone strike there; dev set V)."""
    sentence = next((e.text for e in c.evidence if e.field == "sub_event_type"), "")
    if o.event_type == c.event_type and c.own_place and _CITY_PART.search(sentence):
        return True  # the part read as a namesake district of another city or not
    doer = o.fields.get("actor1")
    return ((o.place_key == c.place_key or not c.own_place) and o.place_key is not None
            and {o.event_type, c.event_type} <= _STRIKING
            and bool(doer) and not str(doer).startswith("Unidentified")
            and c.fields.get("actor1") in (doer, None)
            and (c.fields.get("fatalities") or 0) <= (o.fields.get("fatalities") or 0))


def _detail_of(last: Candidate, c: Candidate) -> bool:
    """Whether ``c``, with no day of its own and naming no one new, tells more about ``last``:
    placed where it is (or near it), or only weakly detected ("Shells hit a courtyard in the
    Central district." after a city's shelling, the district read as a namesake far away).
    Places listed in one sentence ("in Karatina, Othaya and Nyeri") stay one event each. The
    next sentence that opens on the act again ("The blast was followed by ..."), placed nowhere
    of its own or in the same province, is a detail whoever it names."""
    if c.own_date or c.sentence_index == last.sentence_index:
        return False
    if (not c.own_place or not _sure_town_elsewhere(last, c)) and (
            c.sentence_index <= last.sentence_index + 3) and _REFERS_BACK.match(
            next((e.text for e in c.evidence if e.field == "event_type"), "")):
        return True  # "The blast was followed by gunfire as militants stormed the post.";
        # "The blast, on the road linking Bannu with Miranshah, flattened part of the post"
        # (a place in the same province: session 15, set O)
    if c.own_place and not _same_area(last, c) and _sure_town_elsewhere(last, c):
        return False  # "Тієї ж ночі ударні дрони атакували Ладижинську ТЕС": another town
    return (not _names_participant(c, exclude=last)
            and (_same_area(last, c) or c.score < STRONG_EVENT_SCORE))


_DISTRICT_WORD = re.compile(r"(?i)район|district|arrondissement|distrito|quartier|barrio")


def _sure_town_elsewhere(last: Candidate, c: Candidate) -> bool:
    """Whether ``c`` is placed, surely, in a town of another province than ``last`` (a town,
    not a city's district: "у Шевченківському районі" may be a namesake of another city's)."""
    place = getattr(c, "place", None)
    return (place is not None and (getattr(place, "precision", None) or 3) == 1
            and (getattr(place, "feature_code", None) or "").startswith("PPL")  # no district
            and not _DISTRICT_WORD.search(getattr(place, "text", "") or "")
            and (getattr(place, "score", 0.0) or 0.0) >= 0.9
            and bool(c.fields.get("admin1")) and bool(last.fields.get("admin1"))
            and c.fields.get("admin1") != last.fields.get("admin1"))


def _same_area(a: Candidate, b: Candidate) -> bool:
    """Whether ``b`` is placed where ``a`` is: no place named in its own sentence, the same
    place, a place within :data:`SAME_AREA_KM` (a district of the city, a suburb), or a place
    in ``a``'s province when either is only known to the province."""
    if b.place_key is None or b.place_key == a.place_key or not b.own_place:
        return True
    km = _km(a, b)
    if km is not None and km <= SAME_AREA_KM:
        return True
    fa, fb = a.fields, b.fields
    return bool(fa.get("admin1")) and fa.get("admin1") == fb.get("admin1") and \
        fa.get("country_code") == fb.get("country_code") and \
        (fa.get("geo_precision") == 3 or fb.get("geo_precision") == 3)


def _km(a: Candidate, b: Candidate) -> float | None:
    fa, fb = a.fields, b.fields
    if None in (fa.get("latitude"), fa.get("longitude"), fb.get("latitude"), fb.get("longitude")):
        return None
    return haversine_km(fa["latitude"], fa["longitude"], fb["latitude"], fb["longitude"])


def _names_participant(c: Candidate, exclude: Candidate | None = None) -> bool:
    """Whether the sentence itself names who acted or who was hit ("security forces", "Al
    Shabaab"), not only "unidentified" attackers, a crowd or "people" read from the verb and
    the toll (nor, with ``exclude``, an actor of that earlier event)."""
    known = {exclude.fields.get(r) for r in ("actor1", "actor2")} if exclude else set()
    for role in ("actor1", "actor2"):
        name = str(c.fields.get(role) or "")
        if (name and not name.startswith(("Unidentified", "Civilians", "Rioters", "Protesters"))
                and name not in known
                and any(e.field == role and c.start <= e.start < c.end for e in c.evidence)):
            return True
    return False


def dated(c: Candidate) -> bool:
    """Whether the event's day comes from the text (not only the publication date)."""
    return any(e.field == "event_date" for e in c.evidence)


def inherit_perpetrator(c: Candidate, prev: Candidate) -> None:
    """ "Al Shabaab attacked El Wak. Two people were killed.": a sentence that goes on about the
    event just reported, naming no perpetrator of its own, keeps the one named before."""
    own = c.fields.get("actor1")
    theirs = prev.fields.get("actor1")
    if not theirs or str(theirs).startswith(("Unidentified", "Rioters", "Protesters")):
        return
    if own and not str(own).startswith("Unidentified Armed Group") or own == theirs:
        return
    c.fields["actor1"], c.fields["inter1"] = theirs, prev.fields.get("inter1")
    c.evidence = [e for e in c.evidence if e.field != "actor1"]
    c.evidence.extend(e for e in prev.evidence if e.field == "actor1")
