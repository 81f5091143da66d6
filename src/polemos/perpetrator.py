"""actor1 when the event sentence names no perpetrator: whom else the article names as doing it.

The roles step (``ActorRegistry.fill``) reads actor1 from the event sentence itself. When that
gives no one, or only an unidentified armed group, these may still name the doer, tried in
this order:

1. **A country named as the doer** in the sentence ("Russia launched", "قصفت إسرائيل"):
   its military forces (``state_actor``); foreign ones are external forces (inter 8).
2. **The sentence just before**, when the event sentence only tells a toll: wire copy puts
   the strike in one sentence and its dead in the next ("A Russian missile hit a block of flats
   in Kharkiv. Four people were killed."). The detector may type only the toll sentence an
   event; its perpetrator is the one the strike sentence names.
3. **A claim or an accusation** in the sentence or one of the next ones the pipeline passes
   ("Al-Shabaab claimed the attack", "... attribuée par les autorités à la milice CODECO",
   "the attackers ... belonged to the Viv Ansanm coalition"; ``claims``). The run ends at a
   sentence that tells another act: one with a day other than the event's, a sequel ("the same
   day"), "another"/"similar", or a town other than the event's place (``_another_act``).
4. **The side that strikes from afar in that war**, as ACLED codes an unattributed missile,
   drone or shell: in Ukraine since 24 February 2022 Russia's forces, in Russia Ukraine's, in
   the Palestinian territories and Lebanon Israel's. Only for shelling and air or drone
   strikes, where one side alone has the weapons; in Syria, Yemen or Sudan several sides do,
   and no default is taken. Not when the sentence names the doers, however vaguely ("gunmen").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from polemos.actors import ActorRegistry
from polemos.candidates import Candidate

# Acts of a strike sentence whose doer the toll sentence after it takes.
_STRIKING = frozenset({"ATTACK", "SHOOT", "CLASH", "KILL"})


def named(actor: str | None) -> bool:
    """Whether actor1 names someone (not None, not an unidentified armed group)."""
    return actor is not None and not actor.startswith("Unidentified")


def find_actor1(actors: ActorRegistry, c: Candidate, sent: Any, resolved: list, lang: str | None,
                where: str | None, before: Any | None, telling: Iterable[Any],
                cc: str | None) -> None:
    """Set actor1 of ``c`` (whose sentence ``sent`` named no one) from the acting state, the
    strike sentence ``before`` a toll-only sentence, a claim in the ``telling`` sentences, or
    the side that strikes from afar in the war at the event's place. ``where`` is the country
    of the event's place, ``cc`` the country generic actors take."""
    if _state_actor1(actors, c, sent, resolved, where):
        return
    if before is not None and _actor1_before(actors, c, sent, before, lang, cc):
        return
    if not _claimed_actor1(actors, c, telling, cc, resolved):
        _remote_default(actors, c, where)


def unclaimed_default(actors: ActorRegistry, c: Candidate, doc_text: str, cc: str | None) -> None:
    """An actor1 that is only the country's usual armed group read into a generic word
    ("militants", "a suicide bomber" in Borno: Boko Haram) becomes an unidentified armed
    group where the report says no one claimed the act or the attackers were not named ("No
    group has claimed responsibility. Both Boko Haram and ... have used suicide bombers"), and
    no one attributed it (``claimed``)."""
    from polemos.claims import unclaimed

    got = actors.generic_actor("militants", cc)
    if (got is None or c.fields.get("actor1") != got[0] or c.fields.get("claimed")
            or not unclaimed(doc_text)):
        return  # (an act attributed all the same: "Authorities suspect al Shabaab, though no
        # group has claimed responsibility")
    said = next((e for e in c.evidence if e.field == "actor1"), None)
    if said is not None and any(h.kind == "named" for h in actors.hits(said.text, cc)):
        return  # "Boko Haram fighters" named in the event's own words
    uag = actors.generic_actor("uag", cc)
    if uag is None:
        return
    if said is not None:
        c.replace("actor1", uag[0], said.start, said.end, said.text)
    else:
        c.fields["actor1"] = uag[0]
    c.fields["inter1"] = uag[1]


# Where ACLED codes an unattributed strike from afar to one side: (its country, since when).
_STRIKES_FROM = {"UA": ("RU", date(2022, 2, 24)), "RU": ("UA", date(2022, 2, 24)),
                 "PS": ("IL", None), "LB": ("IL", None)}
_FROM_AFAR = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})


def _remote_default(actors: ActorRegistry, c: Candidate, where: str | None) -> bool:
    side = _STRIKES_FROM.get(where or "")
    day = c.fields.get("event_date")
    if (c.sub_event_type not in _FROM_AFAR or side is None
            or (side[1] is not None and isinstance(day, date) and day < side[1])
            or any(e.field == "actor1" and any(actors.hits(e.text, where))
                   for e in c.evidence)):  # the doers named: "gunmen fired mortars"
        return False
    got = actors.generic_actor("military", side[0])
    if got is None or got[0] == c.fields.get("actor2"):
        return False
    # the evidence is the strike as told (the sentence the sub-type was read from)
    told = next((e for e in c.evidence if e.field == "sub_event_type"), None)
    if told is None:
        return False
    c.replace("actor1", got[0], told.start, told.end, told.text)
    c.fields["inter1"] = 8
    return True


def _state_actor1(actors: ActorRegistry, c: Candidate, sent: Any, resolved: list,
                  where: str | None) -> bool:
    from polemos.state_actor import acting_state, state_mentions

    m = acting_state(sent.text, state_mentions(resolved, sent.start, sent.end))
    got = actors.generic_actor("military", m[2]) if m else None
    if m is None or got is None or got[0] == c.fields.get("actor2"):
        return False
    c.replace("actor1", got[0], sent.start + m[0], sent.start + m[1], sent.text[m[0]:m[1]])
    c.fields["inter1"] = 1 if where in (None, m[2]) else 8
    return True


def _actor1_before(actors: ActorRegistry, c: Candidate, sent: Any, before: Any,
                   lang: str | None, cc: str | None) -> bool:
    from polemos.features import concepts_of
    from polemos.weapons import names_weapon, toll_only

    if not toll_only(sent.text) or not (names_weapon(before.text)
                                        or concepts_of(before.text).keys() & _STRIKING):
        return False  # "Police arrested two men. Three civilians were killed.": not the doer
    m = actors.fill(before.text, lang, c.sub_event_type, cc).actor1
    if m is None or m.start < 0 or not named(m.name) or m.name == c.fields.get("actor2"):
        return False
    c.replace("actor1", m.name, before.start + m.start, before.start + m.end, m.text)
    c.fields["inter1"] = m.inter
    return True


def _claimed_actor1(actors: ActorRegistry, c: Candidate, telling: Iterable[Any],
                    cc: str | None, resolved: list = ()) -> bool:
    from polemos.claims import claimed_perpetrator, find_claim

    for k, s in enumerate(telling):
        m = claimed_perpetrator(actors, s.text, cc)
        if k and _another_act(s, c, resolved, claim=m is not None):
            return False  # "Le même jour, un poste ... a été visé": the claims after are its own
        if m is not None and m.name != c.fields.get("actor2"):
            c.replace("actor1", m.name, s.start + m.start, s.start + m.end, m.text)
            c.fields["inter1"] = m.inter
            cm = find_claim(s.text) if not c.fields.get("claimed") else None
            if cm is not None and cm.claimed:  # a claim past the sentences the claims step reads
                c.replace("claimed", True, s.start + cm.start, s.start + cm.end, cm.text)
                if cm.attribution:
                    c.replace("attribution", cm.attribution, s.start + cm.start,
                              s.start + cm.end, cm.text)
            return True
    return False


# Acts a later sentence may tell of another event; "another", "similar" (six languages).
_ACTS = frozenset({"ATTACK", "SHOOT", "CLASH", "KILL", "IED", "EXPLOSION", "AIRSTRIKE", "SHELL",
                   "GRENADE"})
_OTHER = re.compile(
    r"\b(?:another|other|similar|separate|autres?|similaires?|otr[oa]s?|similar(?:es)?|друг\w+|"
    r"ещё\s+одн\w+|ещё\s+один|інш\w+|ще\s+одн\w+|ще\s+один)\b|(?:آخر|أخرى|مماثل)", re.IGNORECASE)


def _another_act(s: Any, c: Candidate, resolved: list, claim: bool = False) -> bool:
    """Whether sentence ``s``, after the event sentence of ``c``, tells another act: an attack,
    a killing, a blast ... on a day other than the event's, on "the same day", "another" or
    "similar" one, or in a town other than the event's place. A ``claim`` made on a later day
    is the claim's day ("JNIM claimed the attack on Monday", after Sunday's attack)."""
    from polemos.dates import find_date, find_sequel_day, hours_later
    from polemos.features import concepts_of

    if not concepts_of(s.text).keys() & _ACTS:
        return False  # "Several of the wounded were flown to the capital on Tuesday"
    sq = find_sequel_day(s.text)
    if (sq is not None and not hours_later(sq[3])) or _OTHER.search(s.text):
        return True  # "hours later" goes on about the event unless it names another town
    day = c.fields.get("event_date")
    if isinstance(day, date):
        # a weekday is read as the one in the week from the event's day on: "Monday's attack"
        dm = find_date(s.text, day + timedelta(days=6))
        if dm is not None and dm.value != day and not (claim and dm.value > day):
            return True
    gid = c.fields.get("geonameid")
    return gid is not None and any(
        s.start <= r.start and r.end <= s.end and r.kind == "place" and r.geonameid is not None
        and r.geonameid != gid and (r.precision or 3) == 1 for r in resolved)
