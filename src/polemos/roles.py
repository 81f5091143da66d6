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

from polemos.actors import CROWD_KINDS, ActorFill, ActorMatch, Hit

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

# After a mention: it claimed the act ("Al-Shabaab claimed responsibility") -> perpetrator.
_CLAIM_AFTER = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:(?:later\s+|has\s+|have\s+)?claimed|claims|took responsibility|"
    r"(?:a|ont)\s+revendiqué|revendique|reivindic\w*|تبن\w*|أعلن\w* مسؤولية|"
    r"взял\w* на себя|взяв\w* на себе)", re.IGNORECASE)
# After a mention: it suffered the act ("soldiers were killed", "ont été tués") -> not the perpetrator.
# The words just before an actor that make it the target: "against the army", "al paso de una
# patrulla del Ejército", "contre un convoi de l'armée", "по позициям ВСУ", "استهدف ... الجيش".
_PATIENT_BEFORE = re.compile(
    r"(?:\b(?:against|targeting|targeted|on|at)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}(?:of\s+)?(?:the\s+)?"
    r"|\b(?:contra|al\s+paso\s+de)\s+(?:una?\s+|la\s+|el\s+)?(?:\w+\s+){0,2}(?:del?\s+|la\s+)?"
    r"|\b(?:contre|visant)\s+(?:une?\s+|la\s+|le\s+|les\s+)?(?:\w+\s+){0,2}(?:d[eu'’]\s*|de\s+la\s+|des\s+)?"
    r"|\b(?:против|по)\s+(?:\w+\s+){0,2}"
    r"|\b(?:проти|по)\s+(?:\w+\s+){0,2}"
    r"|(?:ضد|استهدف\w*)\s+(?:\S+\s+){0,2}"
    # the object of a killing or wounding: "killing two soldiers", "mató a dos soldados"
    r"|\b(?:kill\w*|wound\w*|injur\w*|abduct\w*|kidnapp\w*|hit|struck|ambush\w*|attack\w*|"
    r"mat[óoa]\w*|hiri\w*|secuestr\w*|"
    r"tu(?:ant|é|ée|és)|bless\w*|enlev\w*)\s+(?:a\s+)?"
    r"(?:(?!(?:when|after|as|while|during|because|before|since|but|by|lorsque|quand|après|"
    r"cuando|tras|por|par)\b)\w+\s+){0,3})$",
    re.IGNORECASE,
)

_PATIENT_AFTER = re.compile(
    r"^[^.;:]{0,40}?\b(?:was|were|has been|have been|had been|got|being|are|is)\s+(?:\w+\s+){0,2}?"
    r"(?:killed|injured|wounded|attacked|ambushed|targeted|shot|abducted|kidnapped|hit|struck|hurt|"
    r"murdered|beheaded|executed|taken|held|robbed|assaulted|raped|burned|lynched|stabbed|found)\b"
    r"|^[^.;:,]{0,20}?\b(?:died|perished|lost their lives|came under)\b"
    r"|^[^.;:]{0,40}?(?:a|ont|avaient)\s+été\s+(?:tu|bless|attaqu|enlev|assassin|vis)"
    r"|^[^.;:]{0,40}?\b(?:fue|fueron|resultaron)\s+(?:asesinad|herid|atacad|secuestrad|muert)"
    r"|^[^.;:]{0,40}?(?:были|был|была)\s+(?:убит|ранен|похищен|атакован)"
    r"|^[^.;:]{0,40}?(?:були|був|була)\s+(?:вбит|поранен|викраден|атакован)"
    r"|^[^.;:,]{0,15}?(?:погиб|загину)", re.IGNORECASE)
# Before a mention: "تبنته حركة الشباب" (Arabic verb-first claim), "claimed by" is an agent marker.
_CLAIM_BEFORE = re.compile(r"(?:تبن\w*|أعلن\w*\s+مسؤوليت\w*\s+عن\w*)\s*$")

# Violence words that imply an (unnamed) perpetrator when no actor is named: "was shot dead".
_IMPLIED = re.compile(
    r"\b(?:attack\w*|kill\w*|shot|shoot\w*|gunn?ed|gunfire|abduct\w*|kidnap\w*|ambush\w*|IEDs?|"
    r"explosive\w*|landmines?|mines?|bomb\w*|grenades?|raid\w*|clash\w*|fired|stabbed|hacked|"
    r"murder\w*|raped|looted|torched|burn\w*|set ablaze|assassinat\w*|rocket\w*|mortars?|shell\w*|"
    r"attaqu\w*|tu[ée]\w*|enlev\w*|enlèv\w*|explos\w*|engins? explosifs?|fusillade|"
    r"atac\w*|asesin\w*|secuestr\w*|dispar\w*|"
    r"هجوم|هاجم\w*|قتل\w*|اختطاف|اختطف\w*|انفجار|عبوة|"
    r"напа\w*|убит\w*|убил\w*|обстрел\w*|взрыв\w*|похищ\w*|"
    r"напад\w*|вбит\w*|вбил\w*|обстріл\w*|вибух\w*|викрад\w*)", re.IGNORECASE)
# Two crowds fighting each other: ACLED codes both sides as rioters.
# "the arrest of eight soldiers", "arrested two policemen", "l'arrestation de huit soldats",
# "detuvo a tres militares", "задержали двух военных": the actor named right after is arrested.
_ARRESTED = re.compile(
    r"(?:\barrest(?:ed|ing|s)?|\bdetain(?:ed|ing)?|arrestation|interpell\w*|arrêt(?:é|és|ée|ées|er)"
    r"|detuv\w+|deten(?:ido|idos|ción)|arrest\w*|задерж\w+|затрим\w+|اعتقال|اعتقلت|اعتقل)"
    r"[^.;:]{0,12}?(?:\s(?:of|de|d'|des|du|a|les|the|los|las)\b)?[\s\w'’-]{0,25}$",
    re.IGNORECASE)
_TWO_SIDES = re.compile(r"\b(?:clash\w*|fought|factions|rival|two groups|opposing|affrontements?|"
                        r"enfrentamientos?|اشتباكات|стычк\w*|сутичк\w*)", re.IGNORECASE)
_PAIR = re.compile(r"(?:\bbetween|\bentre|\bmежду|\bміж|\bмежду|بين)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _agent_re(markers: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str]:
    words = sorted({w for _, ws in markers for w in ws}, key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:^|[\s,(])(?:{alt})\s+(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE)


def _is_agent(reg: ActorRegistry, text: str, hit: Hit) -> bool:
    key = tuple((k, tuple(v)) for k, v in sorted(reg.agent_markers.items()))
    before = text[max(0, hit.match.start - 50): hit.match.start]
    m = _agent_re(key).search(before)
    # "repulsed by the police", "repoussés par l'armée": the defender, not the perpetrator
    return bool(m) and not _REPELLED.search(before[:m.start() + 1])


# A verb whose agent defended against the act: "militants ... were repulsed by the police".
_REPELLED = re.compile(
    r"\b(?:repuls\w*|repell\w*|driven\s+(?:out|off|back)|pushed\s+back|foiled|thwarted|"
    r"fended\s+off|beaten\s+back|repouss\w*|mis\s+en\s+d[ée]route|rechaz\w*|repel\w*|"
    r"отбит\w*|отражен\w*|відбит\w*|صد\w*)\s*(?:\w+\s+){0,2}$", re.IGNORECASE)


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
    m = _IMPLIED.search(text)
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
                    and named.match.start < h.match.start:
                return named, None  # "JNIM militants attacked ..., seized by the assailants"
            return h, None
    for h in armed:
        if h.kind in ("named", "ethnic") and (_CLAIM_AFTER.search(text[h.match.end: h.match.end + 60])
                                              or _CLAIM_BEFORE.search(text[max(0, h.match.start - 40): h.match.start])):
            return h, None
    for i, h in enumerate(armed):
        if _PAIR.search(text[max(0, h.match.start - 40): h.match.start]):
            rest = [o for o in armed[i + 1:] if o.match.name != h.match.name]
            return h, (rest[0] if rest else None)
    active = [h for h in armed if not _PATIENT_AFTER.search(text[h.match.end: h.match.end + 80])
              and not _PATIENT_BEFORE.search(text[max(0, h.match.start - 50): h.match.start])]
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
    if sub_event_type in PROTEST:
        crowd = _first(hits, {"protesters"}) or _first(hits, {"civilians"}) or _first(hits, {"rioters"})
        got = reg.generic_actor("protesters", cc)
        prot = _as(crowd, got[0], got[1]) if got else None
        force = _first(hits, {"state"}) or _first(hits, {"named", "ethnic"}) or _first(hits, {"police_implied"})
        force_m = force.match if force else None
        a1 = prot
        a2 = force_m if sub_event_type != "Peaceful protest" else None
    elif sub_event_type in RIOT:
        crowd = (_first(hits, {"rioters"}) or _first(hits, {"protesters"}) or _first(hits, {"civilians"})
                 or _first(hits, {"uag"}))
        got = reg.generic_actor("rioters", cc)
        a1 = _as(crowd, got[0], got[1]) if got else None
        exclude = [crowd] if crowd else []
        sides = _TWO_SIDES.search(text) if sub_event_type == "Mob violence" else None
        if sides is not None and got is not None:
            a2 = ActorMatch(got[0], got[1], sides.start(), sides.end(), sides.group())
        elif sub_event_type == "Mob violence":
            victim = _first(hits, {"civilians"}, exclude)
            civ = reg.generic_actor("civilians", cc)
            a2 = _as(victim, civ[0], civ[1]) if victim and civ else None
            if a2 is None:
                other = _first(hits, {"state", "named", "police_implied"}, exclude)
                a2 = other.match if other else None
        else:
            other = _first(hits, {"state", "named"}, exclude) or _first(hits, {"police_implied"}, exclude)
            a2 = other.match if other else None
    else:
        perp, pair = _perpetrator(reg, text, hits, sub_event_type)
        if sub_event_type == "Arrests":
            held = [h for h in hits if h.kind in ARMED and h.kind != "police_implied"
                    and _ARRESTED.search(text[max(0, h.match.start - 60):h.match.start])]
            if perp is None or perp.kind != "state" or any(perp is h for h in held):
                force = (_first(hits, {"state"}, held) or _first(hits, {"police_implied"}, held))
                perp = force if force is not None else (None if perp in held else perp)
            if held and pair is None:
                pair = held[0]
        a1 = perp.match if perp else None
        if a1 is None and sub_event_type in VIOLENT:
            a1 = _implied_uag(reg, text, cc, sub_event_type in EXPLOSIVE)
        a2 = _target(reg, hits, perp, pair, sub_event_type, cc)
    return ActorFill(actor1=a1, assoc_actor_1=None, actor2=a2, assoc_actor_2=None)


def _target(reg: ActorRegistry, hits: list[Hit], perp: Hit | None, pair: Hit | None, sub: str,
            cc: str | None) -> ActorMatch | None:
    """actor2: the paired actor, the civilians of an attack, or the next other armed actor."""
    if pair is not None:
        return pair.match
    exclude = [perp] if perp else []
    pname = perp.match.name if perp else None
    others = [h for h in hits if h.kind in ARMED and not any(h is e for e in exclude)
              and h.match.name != pname]
    civ_hit = _first(hits, CROWD_KINDS - {"protesters", "rioters"}, exclude)
    civ = reg.generic_actor("civilians", cc)
    if sub in ON_CIVILIANS:
        if civ_hit is not None and civ is not None:
            return _as(civ_hit, civ[0], civ[1])
        return others[0].match if others else None
    if others:
        return others[0].match
    if civ_hit is not None and civ is not None and sub not in ("Armed clash", "Change to group/activity"):
        return _as(civ_hit, civ[0], civ[1])
    return None
