"""Role decisions for actor filling: who is actor1 (perpetrator) and actor2 (target).

Cues, in order: a passive agent ("killed by X", "par X", "من قبل X"), a pair ("clashes between
X and Y"), then text order (the subject usually comes first); and ACLED's conventions per
sub-event type (protests -> "Protesters (<Country>)", riots -> "Rioters (<Country>)", attacks
on civilians -> actor2 "Civilians (<Country>)", unnamed gunmen -> "Unidentified Armed Group").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from polemos.actors import COMMUNAL_CUE, CROWD_KINDS, GENERIC_BASE, ActorFill, ActorMatch, Hit
from polemos.role_cues import AND_ONE, AR_ATTACK_OF, REPELLED, UNKNOWN, not_the_doer
from polemos.role_words import (
    AGAINST_FORCE,
    AIR_FORCE,
    ARRESTED,
    CLAIM_AFTER,
    CLAIM_BEFORE,
    COLLECTIVE,
    CROWD_ACT,
    HARM,
    JOINED,
    PAIR,
    PATIENT_AFTER,
    PATIENT_BEFORE,
    PROTEST_ACT,
    RIOT_ACT,
    SECURITY,
    TWO_SIDES,
)

if TYPE_CHECKING:
    from polemos.actors import ActorRegistry

PROTEST = frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters"})
RIOT = frozenset({"Violent demonstration", "Mob violence"})
ON_CIVILIANS = frozenset({"Attack", "Abduction/forced disappearance", "Sexual violence"})
VIOLENT = frozenset({"Attack", "Abduction/forced disappearance", "Sexual violence", "Armed clash",
                     "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                     "Remote explosive/landmine/IED", "Grenade", "Chemical weapon",
                     "Looting/property destruction", "Government regains territory",
                     "Non-state actor overtakes territory", "Disrupted weapons use"})
ARMED = frozenset({"named", "state", "ethnic", "uag", "communal", "militants"})
EXPLOSIVE = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade",
                       "Shelling/artillery/missile attack"})

PLANTED = frozenset({"Remote explosive/landmine/IED", "Suicide bomb"})
# Types where an unarmed crowd named as the doer is coded as rioters (a crowd attack read as an
# "Attack" or "Armed clash" is still mob violence in ACLED's terms).
CROWD_VIOLENCE = frozenset({"Attack", "Armed clash", "Looting/property destruction",
                            "Abduction/forced disappearance"})
# Sub-event types whose actor2 is civilians when no other actor is named (train split: looting
# 116 of 173 rows, grenades 56 of 67, mob violence 263 of 421; none of them has an armed target).
CIVILIAN_DEFAULT = frozenset({"Looting/property destruction", "Grenade", "Mob violence"})


@lru_cache(maxsize=8)
def _agent_re(markers: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str]:
    words = sorted({w for _, ws in markers for w in ws}, key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:^|[\s,(])(?:{alt})\s+(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE)


def _is_agent(reg: ActorRegistry, text: str, hit: Hit) -> bool:
    key = tuple((k, tuple(v)) for k, v in sorted(reg.agent_markers.items()))
    before = text[max(0, hit.match.start - 50): hit.match.start]
    if AR_ATTACK_OF.search(before):  # "هجوم لمسلحين": an attack of gunmen
        return True
    m = _agent_re(key).search(before)
    # "repulsed by the police", "repoussés par l'armée": the defender, not the perpetrator
    return bool(m) and not REPELLED.search(before[:m.start() + 1])


def _patient(text: str, h: Hit) -> bool:
    """Whether ``h`` suffered the act, is a place or a victim listed, or reports the act."""
    return bool(PATIENT_AFTER.search(text[h.match.end: h.match.end + 80])
                or PATIENT_BEFORE.search(text[max(0, h.match.start - 50): h.match.start])
                or not_the_doer(text, h.match.start, h.match.end))


def _crowd_perpetrator(reg: ActorRegistry, text: str, hits: list[Hit]) -> Hit | None:
    """A crowd (rioters, protesters, civilians words) that is the doer of the violence: the
    agent of a passive ("attacked by a mob", "par la foule") or followed by a violent act."""
    for h in hits:
        if h.kind not in ("rioters", "protesters") and not (
                h.kind == "civilians" and COLLECTIVE.search(h.match.text)):
            continue
        if _is_agent(reg, text, h):
            return h
        after = text[h.match.end: h.match.end + 80]
        if PATIENT_AFTER.search(after) or PATIENT_BEFORE.search(text[max(0, h.match.start - 50):
                                                                       h.match.start]):
            continue
        if CROWD_ACT.search(after):
            return h
    return None


def _crowd_force(reg: ActorRegistry, hit: Hit | None, cc: str | None) -> ActorMatch | None:
    """The force facing a crowd; "security forces", "FDS", "forces de l'ordre" there are the
    police (ACLED, train split: 27 of the 33 riots and protests with only such words)."""
    if hit is None:
        return None
    if hit.kind == "state" and hit.generic and hit.match.name.startswith("Military Forces") \
            and SECURITY.search(hit.match.text):
        got = reg.generic_actor("police", cc)
        if got is not None:
            return _as(hit, got[0], got[1])
    return hit.match


def _first(hits: list[Hit], kinds: frozenset[str] | set[str], exclude: list[Hit] | None = None) -> Hit | None:
    for h in hits:
        if h.kind in kinds and not any(h is e for e in (exclude or [])):
            return h
    return None


def _as(hit: Hit | None, name: str, inter: int | None) -> ActorMatch | None:
    """The actor ``name`` with ``hit``'s words as its evidence (None without words)."""
    if hit is None:
        return None
    return ActorMatch(name, inter, hit.match.start, hit.match.end, hit.match.text)


def _implied_uag(reg: ActorRegistry, text: str, cc: str | None, explosive: bool) -> ActorMatch | None:
    """An unnamed perpetrator implied by a violence word; for explosive devices, the country's
    main insurgent group where ACLED attributes such attacks to it."""
    m = HARM.search(text)
    got = reg.generic_actor("militants" if explosive else "uag", cc)
    if m is None or got is None:
        return None
    return ActorMatch(got[0], got[1], m.start(), m.end(), m.group())


def _perpetrator(reg: ActorRegistry, text: str, hits: list[Hit],
                 sub: str = "") -> tuple[Hit | None, Hit | None]:
    """(perpetrator, paired second actor) among armed hits by the agent/pair/order cues."""
    armed = [h for h in hits if h.kind in ARMED]
    for h in armed if sub != "Disrupted weapons use" else ():  # "an IED planted by X" defused
        if _is_agent(reg, text, h):
            named = next((o for o in armed if o.kind in ("named", "ethnic")), None)
            if h.generic and h.kind in ("uag", "militants", "communal") and named is not None \
                    and named.match.start < h.match.start and not _patient(text, named) \
                    and not UNKNOWN.search(h.match.text):
                return named, None  # "JNIM militants attacked ..., seized by the assailants"
            return h, None
    for h in armed:
        if h.kind in ("named", "ethnic") and (CLAIM_AFTER.search(text[h.match.end: h.match.end + 60])
                                              or CLAIM_BEFORE.search(text[max(0, h.match.start - 40): h.match.start])):
            return h, None
    for i, h in enumerate(armed):
        if PAIR.search(text[max(0, h.match.start - 40): h.match.start]):
            rest = [o for o in armed[i + 1:] if o.match.name != h.match.name]
            return h, (rest[0] if rest else None)
    active = [h for h in armed if not _patient(text, h)]
    for h, nxt in zip(armed, armed[1:], strict=False):  # "two policemen and three gunmen died"
        if h in active and nxt not in active \
                and AND_ONE.fullmatch(text[h.match.end:nxt.match.start]) \
                and PATIENT_AFTER.search(text[nxt.match.end: nxt.match.end + 80]):
            active.remove(h)
    if sub in PLANTED:  # a bomb is planted by the armed group, not by the forces it hits
        active = [h for h in active if h.kind != "state"] or (
            [] if any(h.kind == "state" for h in armed) else active)
    if active:
        return active[0], None
    weak = _first(hits, {"weak"})
    if weak is not None and not text[: weak.match.start].strip(" \"'-"):
        return weak, None
    return None, None


def fill_roles(reg: ActorRegistry, text: str, lang: str | None, sub_event_type: str,
               country_code: str | None) -> ActorFill:
    """Decide actor1/actor2 for one event sentence (see the module docstring)."""
    cc = (country_code or "").upper() or None
    hits = reg.hits(text, cc)
    a1: ActorMatch | None = None
    a2: ActorMatch | None = None
    assoc1: ActorMatch | None = None
    if sub_event_type in PROTEST:
        crowd = _first(hits, {"protesters"}) or _first(hits, {"civilians"}) or _first(hits, {"rioters"})
        got = reg.generic_actor("protesters", cc)
        prot = _as(crowd, got[0], got[1]) if got else None
        force = _first(hits, {"state"}) or _first(hits, {"named", "ethnic"}) or _first(hits, {"police_implied"})
        force_m = _crowd_force(reg, force, cc)
        if prot is None and got is not None:  # a protest has its protesters: the act says so
            act = PROTEST_ACT.search(text)
            prot = ActorMatch(got[0], got[1], act.start(), act.end(), act.group()) if act else None
        a1 = prot
        a2 = force_m if sub_event_type != "Peaceful protest" else None
    elif sub_event_type in RIOT:
        crowd = (_first(hits, {"rioters"}) or _first(hits, {"protesters"}) or _first(hits, {"civilians"})
                 or _first(hits, {"uag"}))
        got = reg.generic_actor("rioters", cc)
        a1 = _as(crowd, got[0], got[1]) if got else None
        if a1 is None and got is not None:  # a riot always has its rioters: the act evidences them
            act = HARM.search(text) or RIOT_ACT.search(text)
            a1 = ActorMatch(got[0], got[1], act.start(), act.end(), act.group()) if act else None
        exclude = [crowd] if crowd else []
        sides = TWO_SIDES.search(text) if sub_event_type == "Mob violence" else None
        force = next((h for h in hits if h.kind == "state" and sides is not None
                      and AGAINST_FORCE.fullmatch(text[sides.end():h.match.start])), None)
        if force is not None:  # "clashes with police": the police, not a second crowd
            a2 = _crowd_force(reg, force, cc)
        elif sides is not None and got is not None:
            a2 = ActorMatch(got[0], got[1], sides.start(), sides.end(), sides.group())
        elif sub_event_type == "Mob violence":
            victim = _first(hits, {"civilians"}, exclude)
            civ = reg.generic_actor("civilians", cc)
            a2 = _as(victim, civ[0], civ[1]) if victim and civ else None
            force = _first(hits, {"state", "police_implied"}, exclude)
            if force is not None and (a2 is None or force.match.start < a2.start):
                a2 = _crowd_force(reg, force, cc)
            if a2 is None:
                other = _first(hits, {"state", "named", "police_implied"}, exclude)
                a2 = other.match if other else (_civilians(text, civ, None) if civ else None)
        else:  # a violent demonstration's actor2 is the force that intervened, never a group
            force = next((h for h in hits if h.kind == "state" or h.kind == "named" and
                          h.match.name.startswith(("Police Forces", "Military Forces"))), None)
            a2 = _crowd_force(reg, force or _first(hits, {"police_implied"}, exclude), cc)
    else:
        perp, pair = _perpetrator(reg, text, hits, sub_event_type)
        if sub_event_type == "Arrests":
            held = [h for h in hits if h.kind in ARMED and h.kind != "police_implied"
                    and ARRESTED.search(text[max(0, h.match.start - 60):h.match.start])]
            if perp is None or perp.kind != "state" or any(perp is h for h in held):
                force = (_first(hits, {"state"}, held) or _first(hits, {"police_implied"}, held))
                perp = force if force is not None else (None if perp in held else perp)
            if held and pair is None:
                pair = held[0]
        a1 = perp.match if perp else None
        crowd = _crowd_perpetrator(reg, text, hits) if a1 is None and sub_event_type in CROWD_VIOLENCE \
            else None
        if crowd is not None:
            # an unarmed crowd that attacks or clashes: ACLED's rioters, whatever the type
            got = reg.generic_actor("rioters", cc)
            a1 = _as(crowd, got[0], got[1]) if got else None
            sides = TWO_SIDES.search(text)
            if got is not None and sides is not None and sub_event_type == "Armed clash":
                a2 = ActorMatch(got[0], got[1], sides.start(), sides.end(), sides.group())
                return ActorFill(actor1=a1, assoc_actor_1=None, actor2=a2, assoc_actor_2=None)
            perp = crowd
        if a1 is None and sub_event_type in VIOLENT:
            a1 = _implied_uag(reg, text, cc, sub_event_type in EXPLOSIVE)
        ally = _ally(text, hits, perp)
        if ally is not None:  # "French and Malian forces": a joint operation, one side
            hits = [h for h in hits if h.match.name != ally.match.name]
            assoc1 = ally.match
        a2 = _target(reg, text, hits, perp, pair, sub_event_type, cc)
        if a1 is not None and a1.name.startswith(GENERIC_BASE["uag"]) and COMMUNAL_CUE.search(text):
            got = reg.generic_actor("communal", cc)  # "cattle stolen by bandits"
            a1 = ActorMatch(got[0], got[1], a1.start, a1.end, a1.text) if got else a1
    return ActorFill(actor1=a1, assoc_actor_1=assoc1, actor2=a2, assoc_actor_2=None)


def _ally(text: str, hits: list[Hit], perp: Hit | None) -> Hit | None:
    """A state force joined to the perpetrator by a conjunction ("French and Malian forces",
    "forces françaises et maliennes"): ACLED's associated actor, never the target."""
    if perp is None or perp.kind != "state":
        return None
    nxt = next((h for h in hits if h.match.start >= perp.match.end), None)
    if nxt is None or nxt.kind != "state" or nxt.match.name == perp.match.name:
        return None
    return nxt if JOINED.fullmatch(text[perp.match.end:nxt.match.start]) else None


def _target(reg: ActorRegistry, text: str, hits: list[Hit], perp: Hit | None, pair: Hit | None,
            sub: str, cc: str | None) -> ActorMatch | None:
    """actor2: the paired actor, the civilians of an attack, or the next other armed actor.

    Violence against civilians (attack, abduction, sexual violence) always has actor2
    ``Civilians (<Country>)`` in ACLED (every one of the 1,826 such train rows), whoever the
    victim is ("an off-duty policeman was shot" too); looting and grenades mostly do, so they
    take it when no other actor is named. Its evidence is the victim word, else the harm word.
    """
    if pair is not None:
        return pair.match
    exclude = [perp] if perp else []
    pname = perp.match.name if perp else None
    others = [h for h in hits if h.kind in ARMED and not any(h is e for e in exclude)
              and h.match.name != pname and not (h.generic and AIR_FORCE.search(h.match.text))]
    civ_hit = _first(hits, CROWD_KINDS - {"protesters", "rioters"}, exclude)
    civ = reg.generic_actor("civilians", cc)
    if sub in ON_CIVILIANS:
        if civ is None:
            return others[0].match if others else None
        return _civilians(text, civ, civ_hit or (others[0] if others else None))
    if others:
        return others[0].match
    if civ is None or sub in ("Armed clash", "Change to group/activity"):
        return None
    if civ_hit is not None:
        return _as(civ_hit, civ[0], civ[1])
    if sub in CIVILIAN_DEFAULT:
        return _civilians(text, civ, None)
    return None


def _civilians(text: str, civ: tuple[str, int | None], hit: Hit | None) -> ActorMatch | None:
    """``Civilians (<Country>)`` evidenced by the victim's words, else by the harm word."""
    if hit is not None:
        return _as(hit, civ[0], civ[1])
    m = HARM.search(text)
    return ActorMatch(civ[0], civ[1], m.start(), m.end(), m.group()) if m else None
