"""Words that let the detector score a sentence the trigger lexicon has no concept for.

The detector's cheap first pass calls a sentence with no trigger concept "none" without
embedding it (``detect.EventClassifier.predict``). Some plain ways of telling an event have no
concept: crowds "took to the streets", "gathered ... to demand", "held a march" or "formed a
human chain", "blocked the highway", "displayed placards", someone was "stabbed", "beaten up",
"flogged", militants "hijacked" a car, "ransacked" a store, "seized" cattle, the army
"launched an operation". On ACLED's dev notes 38 of the 74 notes given no event never passed
the gate. These words only open the gate; they add no concept (the networks were trained on
the concept counts as they are), so the sentence is then judged by the embedding and the
lexical model as any other. Of the 82 peaceful protests of the global sample's dev part
(January-March 2022) that gave no event, 64 never passed the gate before the road-block,
placard, "to complain", "denouncing" and "took part in a march" forms were added (then 22).
Session 8 added a crowd's acts ("armed with sticks", "forced their way into", "stormed the
polling station", "chased the candidate away", "fistfights", "crowded the square demanding") and
seized ambulances and tricycles: 7 of the 15 ACLED dev notes whose sentences never passed the
gate now give an event.
"""

from __future__ import annotations

import re

# Crowds in the street, marches, gatherings, road blocks: the forms of a protest.
_PROTEST = (
    r"\b(?:"
    r"(?:took|take|taking|takes|poured|pouring|spilled|went|came) (?:in)?to the streets?|"
    r"took the streets|"
    r"(?:staged|held|led|organi[sz]ed|joined) (?:a |an )?(?:\w+ ){0,2}?(?:march|vigil|procession|"
    r"rall(?:y|ies)|marches|vigils)|"
    r"(?:took part|participated) in (?:a |an |the )?(?:\w+ ){0,2}?(?:march|rally|vigil|"
    r"procession|sit-?in)|"
    r"gathered (?:outside|in front|at|to (?:demand|protest|call|denounce))|"
    r"(?:gathered|assembled|convened|marched|rallied|demonstrated|lined|occupied|blocked|"
    r"picketed|closed|"
    r"formed|held|staged|carried out|drove|surrounded|crowded|thronged|besieged)\b"
    r"(?:\W+\w+){0,14}?\W+(?:to "
    r"(?:demand|call (?:for|on|upon)|complain|defend|support|promote|raise awareness|repudiate|"
    r"protest|denounce|condemn|express|show (?:their )?(?:support|solidarity|opposition)|"
    r"voice|reject|oppose|commemorate|mark|urge|press for|claim)|demanding|calling for|"
    r"denouncing|complaining|protesting|against|in support of|in solidarity with|in protest)|"
    # the same in French and Spanish: "se sont rassemblés mardi à Paris ... contre la réforme",
    # "maestros tomaron las vías del tren" (2026-12-03, dev n5-fr, rr7-es)
    r"(?:se sont rassemblé\w*|ont manifesté|ont défilé|ont marché|se sont mobilisé\w*|"
    r"se concentraron|se manifestaron|marcharon|protestaron|se movilizaron)"
    r"(?:\W+\w+){0,14}?\W+(?:contre|pour (?:exiger|dénoncer|réclamer|protester|demander|"
    r"soutenir)|en soutien|en solidarité|contra|en contra de|en apoyo|en solidaridad|"
    r"para (?:exigir|denunciar|reclamar|protestar|pedir))|"
    # Russian and Ukrainian: "собрались ... в знак солидарности с Газой" (parallel_dev5)
    r"(?:собрал\w*|митинговал\w*|пикетировал\w*|зібрал\w*|мітингувал\w*|пікетувал\w*)"
    r"(?:\W+\w+){0,14}?\W+(?:в знак (?:солидарности|протеста)|на знак (?:солідарності|протесту)|"
    r"в поддержку|на підтримку|против|проти|закликаючи|призывая)|"
    r"(?:tomaron|bloquearon|bloqueaban|ont bloqué|bloquaient) (?:durante \w+ \w+ )?"
    r"(?:las |los |la |el |les |l['’])?(?:vías|carreteras?|calles|accesos|puentes?|casetas|"
    r"autopistas?|bulevar|route|routes|axe|accès|voies|rond-point)|"
    r"display(?:ed|ing) (?:\w+ ){0,2}?(?:banners|placards|signs)|"
    r"blocked (?:the |a )?(?:[\w'-]+ ){0,3}?(?:road|highway|roads|access|entrance|street|traffic)|"
    r"human chains?|press conference with (?:a )?(?:banners?|placards?|pickets?)|"
    r"(?:carried out|held|staged|led|organi[sz]ed) (?:a |an )?(?:\w+ )?(?:march|motorcade|"
    r"caravan|procession|vigil|sit-?in|hunger strike)|"
    r"chaîne humaine|cadena humana|живая цепь|живий ланцюг|"
    r"(?:pour|afin de) (?:dénoncer|exiger|réclamer|protester|demander)|"
    r"para (?:exigir|denunciar|reclamar|protestar|pedir)|"
    r"с требованием|требуя|з вимогою|вимагаючи|"
    r"descendu\w* dans la rue|(?:sont|ont) descendus? dans les rues|"
    r"salieron a las calles|tomaron las calles|"
    r"вышли на улиц\w*|вийшли на вулиц\w*)\b"
    r"|خرج\S* (?:إلى|الى) الشوارع|سلسلة بشرية|للمطالبة|مطالبين|تنديدا"
)
# Stabbing, beating, taking things, the army's operations.
_ACTS = (
    r"\b(?:"
    # stabbing, beating, flogging, lynching
    r"stabb(?:ed|ing)|hack(?:ed|ing) to death|beat (?:up|him|her|them)|beaten|flogg(?:ed|ing)|"
    r"whipp(?:ed|ing)|poignard\w*|tabass\w*|frappé\w* à mort|apuñal\w*|golpead\w*|"
    r"зарезал\w*|избил\w*|избит\w*|зарізал\w*|побил\w*|побит\w*|"
    # a crowd's violence: armed with sticks, forcing its way in, storming, chasing someone away
    r"armed with (?:\w+ ){0,2}?(?:sticks|clubs|machetes|knives|pangas|stones|rocks|crude weapons|"
    r"bows|arrows|batons|rods)|forced (?:their|his|her|its) way (?:into|in)|"
    r"storm(?:ed|ing) (?:the |a |an |into )?(?:\w+ ){0,2}?(?:polling|stations?|offices?|halls?|"
    r"schools?|premises|compounds?|buildings?|headquarters|courts?|parliament|homes?|houses?)|"
    r"chas(?:ed|ing) (?:\w+ ){0,3}?(?:away|off|out of|from)|fist ?fights?|brawl\w*|"
    # taking things: hijacking, ransacking, stealing, seizing goods and cattle
    r"hijack\w*|ransack\w*|stole|stolen|rustl\w*|seiz(?:ed|ing) (?:\w+ ){0,3}?(?:vehicles?|"
    r"cars?|trucks?|motorbikes?|motorcycles?|tricycles?|ambulances?|cattle|livestock|goats|"
    r"camels|heads of)|"
    r"détourn\w* (?:un|des|le|la) (?:camion|véhicule|bus|avion)|emport\w* (?:le|du) bétail|"
    r"secuestr\w* (?:un|el) (?:camión|vehículo|autobús)|угнал\w*|викрал\w* (?:худоб|авто)|"
    # the army's operations
    r"launched (?:a |an )?(?:\w+ ){0,2}?(?:operation|offensive|sweep)|combing operations?|"
    r"clearing operations?|opération de ratissage|ratissage|operativo militar|"
    r"зачистк\w*)\b"
    r"|طعن\S*|نهب\S*"
)
PROTEST_GATE = re.compile(_PROTEST, re.IGNORECASE)
GATE = re.compile(f"{_PROTEST}|{_ACTS}", re.IGNORECASE)


def opens_gate(text: str) -> bool:
    """True when ``text`` tells an act the trigger lexicon has no concept for."""
    return GATE.search(text) is not None


def tells_protest(text: str) -> bool:
    """True when ``text`` tells a protest in one of the gate's forms ("gathered outside the
    town hall to denounce", "blocked the highway", "formed a human chain")."""
    return PROTEST_GATE.search(text) is not None
