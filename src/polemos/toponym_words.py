"""Word lists toponym recognition reads (kept apart from ``toponyms.py``'s rules; not part of
the gazetteer's build, so editing them does not rebuild it)."""

from __future__ import annotations

import re

# Arabic particles written with their hamza ("وإن", "and if", "بأنه", "that it"): folded, they
# are the Arabic names of towns (Van, Bāneh); as written, they are no names. Also the Levantine
# month names ("آب", August, is Yemen's Ibb) and the commonest nouns of news releases
# ("بيان", a statement: Bayān in Kuwait; "لجنة", a committee: Djenné; "دولة", a state: Dhule)
AR_WORDS = frozenset(
    "إن أن إنه أنه إنها أنها إنهم أنهم إنما أنما لأن لأنه لأنها كأن كأنه إذ إذا إذن أو أي أين "
    "أما إلا ألا إلى أنت أنا كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين "
    "بيان بيانا لجنة لجان دولة".split())


# a name made of compass words only ("Nord", "Centre-Est", "Far North", "الشرقية"): a province
# of that name is read only where the article names its country (or a place in it)
_COMPASS_WORD = (r"(?:north|south|east|west|northern|southern|eastern|western|central|centre|"
                 r"center|middle|far|extreme|upper|lower|nord|sud|est|ouest|norte|sur|este|oeste|"
                 r"centro|oriental|occidental|septentrional|meridional|север|юг|восток|запад|"
                 r"центр|північ|південь|схід|захід|(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط)(?:يه)?|"
                 r"(?:ال)?وسطي)")
COMPASS = re.compile(rf"{_COMPASS_WORD}(?:\s{_COMPASS_WORD}){{0,2}}")

# Capitalised words that open a phrase rather than belong to a name ("In Kharkiv Oblast").
FUNCTION_WORDS = frozenset(
    "the a an in at on of and or to from near by for with le la les l un une des du de et en "
    "au aux à el los las y del al con por para в во на у и с під біля та".split())
