"""ACLED's fixed taxonomy: event types, sub-event types, disorder types and inter codes."""

from __future__ import annotations

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

SUB_EVENT_TYPES: tuple[str, ...] = tuple(s for subs in EVENT_TYPES.values() for s in subs)
EVENT_TYPE_OF: dict[str, str] = {s: t for t, subs in EVENT_TYPES.items() for s in subs}
NONE_LABEL = "none"

# Sub-event types whose events ACLED codes with 0 fatalities (deaths there make another event:
# a protest fired on is "Excessive force", an abduction victim killed an "Attack"): none of
# the ~37,000 rows of these types in ../shared/data/acled and acled-more has a death. Where a
# text gives no figure, such an event's fatalities are 0, not unknown. So are those of a
# weapon kept from use: 353 of the 367 "Disrupted weapons use" rows there have 0 (the other
# 14 count deaths their text tells, and a toll found is kept).
NO_FATALITY_TYPES: frozenset[str] = frozenset({
    "Peaceful protest", "Protest with intervention", "Looting/property destruction",
    "Abduction/forced disappearance", "Arrests", "Change to group/activity", "Agreement",
    "Non-violent transfer of territory", "Headquarters or base established",
    "Disrupted weapons use",
})

DISORDER_TYPE_OF: dict[str, str] = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}

INTER_CODES: dict[int, str] = {
    0: "No second actor",
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}

# ACLED's 31 columns, in ACLED's export order.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
    "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
    "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)


def event_type_of(sub_event_type: str) -> str:
    """The event type a sub-event type belongs to; ValueError for an unknown one."""
    try:
        return EVENT_TYPE_OF[sub_event_type]
    except KeyError:
        raise ValueError(f"not an ACLED sub-event type: {sub_event_type!r}") from None


def disorder_type(event_type: str, sub_event_type: str | None = None) -> str:
    """ACLED's disorder type; mob violence and violent demonstrations are political violence."""
    if event_type == "Protests" and sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    return DISORDER_TYPE_OF[event_type]


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction code: the two inter codes, smaller first."""
    if inter1 is None:
        return None
    a, b = sorted((inter1, inter2 or 0))
    return a * 10 + b if a else b * 10
