"""Strategic developments and ground taken, as ACLED's codebook codes them, in the six
languages polemos reads: what a sentence tells that the detector, trained on few such notes,
calls a clash, an attack or no event.

- **Ground taken** (``territory``): state forces retaking a place "regain territory"
  ("Security forces retook three villages after a brief firefight"), an armed group (or a
  foreign army) taking one "overtakes territory", whatever fighting went with it.
- **Weapons kept from use, truces, mergers** (``strategic``): a bomb defused or drones and
  missiles shot down with no one harmed are "Disrupted weapons use", a truce or peace signed
  by a government or an armed side an "Agreement", armed groups merging a "Change to
  group/activity".

``codebook.recode`` re-types the detector's answer with these; ``sentence_rules.weapon_or``
adds what the detector missed (not drones shot down: in a report of a strike that is the
strike's own outcome).
"""

from __future__ import annotations

import re

from polemos.casualty_tokens import AR_MARK
from polemos.codebook_words import ARMED_SIDE, ARMED_VICTIMS, BURNT_PEOPLE, CROWD, INSTALLED
from polemos.features import concepts_of

# The strategic developments of the forces' own moves (``codebook.forces_move``) and these.
BASE = "Headquarters or base established"
DISRUPTED = "Disrupted weapons use"
CHANGE = "Change to group/activity"
REGAINS = "Government regains territory"
OVERTAKES = "Non-state actor overtakes territory"
AGREEMENT = "Agreement"
LOOTING = "Looting/property destruction"

# Places in Spanish that "recuperaron"/"tomaron" take (not a sum recovered or a decision taken).
_ES_PLACE = (r"(?:la ciudad|el pueblo|pueblos|aldeas?|localidad\w*|poblados?|municipios?|"
             r"puestos?|(?:la |las )?bases?|cuartel\w*|posiciones|comisar\w*|la capital)")
# Ground taken (``territory``). A place retaken: ACLED's "Government regains
# territory" when state forces retake it (in the four-country and global notes "recaptured",
# "retook", "regained control" and "took back" go with that sub-type 17 times, with an armed
# clash 9 times and with a non-violent transfer, a withdrawal, 72 times).
RETOOK = re.compile(
    r"(?i)\b(?:recaptur\w*|retook|retaken|retakes?|regain\w* control|took back|taken back|"
    r"won back|repris (?:[\w'’-]+ ){0,8}?(?:le contrôle|la ville|les villes|villages?|le village|"
    r"la localité|localités|la commune|le camp|la base|la position|les positions|le chef-lieu)|"
    # a place liberated ("its forces had liberated the village of Robotyne"; parallel_dev5)
    r"liberat\w* (?:the )?(?:\w+ )?(?:town|village|city|settlement)s?|libér\w* (?:\w+ ){0,2}?(?:la "
    r"ville|le village|la localité|les villages)|liber\w* (?:\w+ ){0,2}?(?:la ciudad|el pueblo|"
    r"la aldea|la localidad)|освобо\w* (?:\w+ ){0,2}?(?:город|сел[оа]|посёл\w*|посел\w*|"
    r"населенн\w*)|звільн\w* (?:\w+ ){0,2}?(?:місто|село|селище|населен\w*)|"
    r"reprend\w* le contrôle|reconqu\w*|recuper\w* (?:\w+ ){0,3}?(?:el control|" + _ES_PLACE + r")|"
    r"recobr\w* el control|retom\w*|reconquist\w*|"
    r"вернул\w* (?:под )?(?:полн\w+ )?контроль|восстановил\w* (?:полн\w+ )?контроль|отбил\w*|"
    r"отвоевал\w*|повернул\w* (?:під )?(?:повн\w+ )?контроль|відновил\w* (?:повн\w+ )?контроль|"
    r"відбил\w*|відвоювал\w*|завершил\w* зачистку)\b"
    r"|استعاد|استعادت|استعادة السيطرة|استرجع|استرجاع|حرر\S*\s+(?:\S+\s+){0,2}?(?:مدينة|بلدة|قرية)")
# A place taken: ACLED's "Non-state actor overtakes territory" when an armed group takes it (a
# foreign army taking ground is coded so too, and a country's own army taking ground from rebels
# regains it; the rule leaves states' captures to the detector). "captured" alone is also said
# of people, so it needs a place after it.
TOOK = re.compile(
    r"(?i)\b(?:(?:seized|took|taken|taking) (?:full |complete |total )?control|overr[au]n|"
    r"took over|taken over|(?:captured|seized|took) (?:(?!in |at |near )\w+ ){0,2}?(?:towns?|villages?|city|"
    r"district|localit\w+|outposts?|bases?|barracks|garrison|positions?|hilltop|checkpoints?)|"
    r"fell (?:in)?to the (?:hands|control) of |fell to (?=(?:the )?(?:\w+ )?(?:rebels|militants|"
    r"insurgents|jihadists|fighters|forces|troops|army)\b)|prise? (?:\w+ ){0,2}?le contrôle|"
    r"(?:s'|se sont |s'est )empar\w* (?:\w+ )?d|tomb\w* (?:aux|entre les) mains|"
    r"tom\w* (?:\w+ ){0,2}?el control|(?:tomaron|tomó|capturaron|capturó|capturado|tomado)"
    r"(?: por asalto)? (?:\w+ ){0,3}?" + _ES_PLACE + r"|"
    # "avoir pris la ville de Gwa", "pris d'assaut la base" (parallel_dev5)
    r"(?:a|ont|avoir|avaient|avait) pris (?:d'assaut )?(?:\w+ ){0,2}?(?:la ville|le village|"
    r"la localité|la base|le camp|le chef-lieu|la position|les positions|la garnison)|"
    r"se apoder\w* (?:\w+ )?de|cay\w* en (?:manos|poder)|"
    r"(?:se )?(?:hizo|hicieron) (?:\w+ ){0,2}?con el control|"  # "se hizo el sábado con el control"
    r"захватил\w*|захвачен\w*|взял\w* под (?:\w+ )?контроль|установил\w* (?:\w+ )?контроль|"
    r"захопил\w*|захоплен\w*|взял\w* під (?:\w+ )?контроль|встановил\w* (?:\w+ )?контроль|"
    # "взяла город Гва", "взяли штурмом базу", "оволоділи селом" (parallel_dev5)
    r"взял\w* (?:штурмом )?(?:\w+ ){0,2}?(?:город\w*|сел[оа]|посёл\w*|посел\w*|баз[уы]|позици\w*|"
    r"місто|міста|селище|позиці\w*)|взял\w* штурмом|овладел\w*|оволоді\w*)"
    r"|(?<![لتي])سيطر|استولى|استولت|اجتاح|اجتاحت")  # "للسيطرة على": to take control of;
# "تسيطر على" (controls) is a state, not a taking
# Ground not (yet) taken: an aim, a threat, a failed push.
NOT_TAKEN = re.compile(
    r"(?i)\b(?:vow\w*|threat\w*|plan\w*|aim\w*|attempt\w*|tried|try\w*|seek\w*|sought|bid|"
    r"push\w*|failed|would|will|could|to|menac\w*|tent\w*|cherch\w*|veul\w*|pour|"
    r"intent\w*|busc\w*|para|пыта\w*|намерен\w*|чтобы|намага\w*|щоб|грози\w*|погрожу\w*)"
    r"\W+(?:\w+\W+){0,2}$|يحاول|تحاول|محاولة|لاستعادة|للسيطرة|يهدد|تهدد")
# A state's forces by names the lexicon's STATE_FORCE lacks (``territory``'s taker).
STATE_NAMED = re.compile(
    r"(?i)\b(?:armed forces|defen[cs]e forces|forces armées|fuerzas armadas|"
    r"forces de (?:sécurité|défense)|fuerzas de (?:seguridad|defensa)|"
    r"сил\w* безопасности|сил\w* безпеки|"
    r"вооруж\w* сил\w*|збройн\w* сил\w*|сил\w* оборони|сил\w* обороны|"
    # troops: "Українські війська ... відновили контроль", "российские войска"
    r"войска|войск|військ|війська|військам\w*|войскам\w*)\b|القوات المسلحة")

# Weapons kept from use (``strategic``): a bomb defused (80 notes of the four-country
# and global ACLED data say "defused", "bomb disposal" or "controlled explosion": 76 of them
# "Disrupted weapons use") and drones or missiles shot down (264 notes say "shot down",
# "intercepted" or "downed": 81 disrupted weapons use, 76 a missile attack that also hit).
DEFUSED = re.compile(
    r"(?i)\b(?:defus\w*|bomb disposal|bomb squad|controlled explosion|"
    r"(?:dismantl|neutrali[sz]|deactivat)\w* (?:\w+ ){0,2}?(?:bombs?|explosives?|devices?|ieds?)|"
    r"désamorc\w*|démineurs|artificieros|desactiv\w* (?:\w+ ){0,2}?(?:artefactos?|explosivos?|"
    r"bombas?|coches? bomba)|обезвред\w*|знешкод\w*)\b"
    r"|(?:ابطال|تفكيك|فكك|فككت|فككوا)\s+(?:\S+\s+){0,5}?(?:عبو|العبو|متفجر|المتفجر|قنبل|القنبل|"
    r"سيارة مفخخة|السيارة المفخخة)|خبراء المتفجرات")
SHOT_DOWN = re.compile(
    r"(?i)\b(?:(?:shot|shoot\w*) down|intercept\w*|downed|destroyed in the air|"
    r"abatt\w*|derrib\w*|intercept\w*|сбил\w*|сбит\w*|перехват\w*|збил\w*|збит\w*|"
    r"перехопил\w*|знищил\w* в повітрі|"
    # air defence "destroyed over Mykolaiv two cruise missiles"
    r"(?:знищил\w*|знищено|уничтожил\w*|уничтожен\w*)\s+(?:в|у)\s+(?:повітрі|небі|небе|воздухе)|"
    r"(?:знищил\w*|знищено|уничтожил\w*|уничтожен\w*)\s+над|"
    # "средства ПВО уничтожили 27 беспилотников": air defence destroys in the air (session 15)
    r"(?:ПВО|ППО|противовоздушной\s+обороны|протиповітряної\s+оборони|air\s+defen[cs]es?)\s+"
    r"(?:[\w:]+\s+){0,5}?(?:уничтожил\w*|знищил\w*|destroyed|neutrali[sz]ed))\s+"
    r"(?:[\w'’ʼ]+\s+){0,8}?"  # "дев'ять" is one word
    r"(?:drones?|dron|missiles?|rockets?|uavs?|shaheds?|roquettes?|misiles?|cohetes?|"
    r"беспилотник\w*|дрон\w*|ракет\w*|бпла|безпілотник\w*|шахед\w*)\b"
    r"|(?:أسقط|اسقط|اعترض|أعترض|تصدت|تصدى)\S*\s+(?:\S+\s+){0,10}?"
    r"(?:طائر|الطائر|مسير|المسير|صاروخ|الصاروخ|صواريخ|الصواريخ|درون)")
# A truce or a peace signed (9 notes say "signed a truce/ceasefire/peace/agreement": 7 of them
# ACLED's "Agreement").
SIGNED = re.compile(
    r"(?i)\b(?:sign\w*|inked|put their signatures? to|concluded)\s+(?:\w+\s+){0,4}?"
    r"(?:truce|ceasefire|cease-fire|peace|agreement|accord)|"
    r"sign\w*\s+(?:\w+\s+){0,4}?(?:trêve|cessez-le-feu|accord)|"
    r"firm\w*\s+(?:\w+\s+){0,4}?(?:tregua|alto el fuego|acuerdo)|"
    r"подписал\w*\s+(?:\w+\s+){0,4}?(?:перемири\w*|соглашени\w*|мирн\w*)|"
    r"підписал\w*\s+(?:\w+\s+){0,4}?(?:перемир\w*|угод\w*)\b"
    r"|(?:وقع|وقعت|وقعوا|وقّع|وقّعت|توقيع)\s+(?:\S+\s+){0,8}?(?:اتفاق|هدنة|الهدنة)")
# Two armed groups become one: a change to group (ACLED's codebook; no note says so).
MERGED = re.compile(
    r"(?i)\b(?:merged|merger|merging|fusi[oó]n\w*|fusionn\w*|fusionar\w*|объединил\w*|"
    r"слияни\w*|об'єднал\w*|об’єднал\w*|злиття)\b|اندماج|اندمج|توحد|توحيد")
# Government or armed parties to an agreement.
PARTIES = re.compile(
    r"(?i)\b(?:government|gouvernement|gobierno|правительств\w*|уряд\w*|junta)\b|الحكومة")
# No one harmed, said so ("without casualties", "no one was hurt", "без жертв", "دون إصابات").
NO_HARM = re.compile(
    r"(?i)\b(?:no (?:one|casualties|injuries|deaths|victims)(?: (?:was|were) "
    r"(?:hurt|injured|killed|wounded|reported))?|without (?:causing )?(?:casualties|injuries)|"
    r"sans (?:faire de )?(?:victimes?|blessés)|aucune victime|aucun blessé|"
    r"sin (?:causar |dejar )?(?:víctimas|heridos)|без (?:жертв|пострадавших|потерь|"
    r"постраждалих|втрат))\b"
    r"|(?:دون|بدون) (?:وقوع |ان تسفر عن |أن تسفر عن )?(?:اصابات|إصابات|ضحايا|خسائر)"
    r"|(?:لم|ولم) (?:تسفر|يسفر|تسجل|يسجل) (?:\S+ )?(?:عن )?(?:اي |أي )?(?:اصابات|إصابات|ضحايا)")


def territory(text: str) -> str | None:
    """ACLED's sub-type for ground taken: state forces retaking a place regain territory
    ("Security forces retook three villages after a brief firefight"), an armed group taking
    one overtakes it ("Fighters of an armed group captured the town", "the outpost was overrun
    by militants"), whatever fighting went with it. The taker is the nearest armed side before
    the verb (after it where none is before: Arabic puts the verb first, English its passive
    "by"); None for an aim or a threat ("vowed to retake"), a taker that is no armed side or
    both sides at once."""
    sides = None  # the text with the armed groups it names written "rebels", when needed
    for rx, side, sub in ((RETOOK, "STATE_FORCE", REGAINS), (TOOK, "ARMED_GROUP", OVERTAKES)):
        m = rx.search(text)
        if m is None or _aimed(text, m.start()):
            continue
        sides = sides if sides is not None else _groups_as_rebels(text)
        if _taker(sides, m.start(), m.end()) == side:
            return sub
    return None


def ground_told(text: str) -> bool:
    """Whether the text tells of ground taken or retaken at all (the lexicon's TAKEOVER or
    RETAKE, or ``TOOK``/``RETOOK``): ACLED's territory types need it."""
    return bool(concepts_of(text).keys() & {"TAKEOVER", "RETAKE"}
                or TOOK.search(text) or RETOOK.search(text))


def _aimed(text: str, start: int) -> bool:
    """Whether the act at ``start`` is only aimed at, threatened or tried ("vowed to retake",
    "will sign", "trying to intercept"): NOT_TAKEN in the 40 characters before it."""
    return NOT_TAKEN.search(text[max(0, start - 40):start]) is not None


_SIDES = frozenset({"STATE_FORCE", "ARMED_GROUP"})
_HARMED = frozenset({"KILL", "WOUND", "ABDUCT", "RAPE"})


def strategic(text: str) -> str | None:
    """The strategic development a sentence tells with no one harmed: a bomb defused or drones
    and missiles shot down ("Disrupted weapons use"), a truce or peace signed by a government
    or an armed side ("Agreement"), armed groups merging ("Change to group/activity"). None
    where someone was killed, wounded or taken, or for an aim ("will sign", "to intercept").
    Armed men plundering shops or granaries with no one harmed and no crowd are "Looting/
    property destruction". (In a report of a strike, drones shot down are the strike's own
    outcome, "air defences downed 14 of 21 drones": the sentence tells no place or day of its
    own and joins the strike, ``candidates.collapse``.)"""
    text = AR_MARK.sub("", text)  # "المسيّرات": the patterns are written without vowel marks
    concepts = concepts_of(text)
    unharmed = NO_HARM.sub(" ", text) if _HARMED & concepts.keys() else text
    for rx, sub, needs in ((DEFUSED, DISRUPTED, False), (SHOT_DOWN, DISRUPTED, False),
                           (SIGNED, AGREEMENT, True), (MERGED, CHANGE, True),
                           (INSTALLED, BASE, True)):
        m = rx.search(unharmed)
        if m is None or _aimed(unharmed, m.start()):
            continue
        # harm told apart from the act's own words (French "abattu" is also "shot dead")
        if concepts_of(unharmed[:m.start()] + " " + unharmed[m.end():]).keys() & _HARMED:
            return None
        armed = bool(concepts.keys() & _SIDES or ARMED_SIDE.search(text))
        if needs and not (armed or (sub == AGREEMENT and PARTIES.search(text))):
            continue
        return sub
    if "LOOT" not in concepts or concepts.keys() & _NOT_PLUNDER:
        return None
    lead = " ".join(text.split()[:8])  # the doers: armed men, soldiers (not their target)
    if ((concepts_of(lead).keys() & _SIDES or ARMED_SIDE.search(lead))
            and not CROWD.search(text) and not BURNT_PEOPLE.search(text)
            and not _FIRED.search(text)):
        return LOOTING  # "Des hommes armés ont pillé des boutiques": no one harmed, no crowd
    return None


# Shots fired make an attack, even with no one hit ("militants opened fire in the village and
# burned a bar": ACLED's Attack).
_FIRED = re.compile(
    r"(?i)\b(?:opened fire|open fire|fired|firing|shot|shooting|gunfire|ouvert le feu|"
    r"tir(?:é|ée|és|ant|aient|ent)|tirs|dispar(?:aron|ó|ando|os)|abri\w+ fuego|стрельб\w*|"
    r"стреля\w*|открыли огонь|стрілян\w*|стріля\w*|відкрили вогонь)\b"
    r"|اطلاق النار|اطلقوا النار|أطلقوا النار|اطلاق نار")
# What makes a plunder more than property taken: people harmed, a fight, a protest, a crowd.
_NOT_PLUNDER = _HARMED | {"CLASH", "ATTACK", "PROTEST", "PROTESTER", "RIOT", "MOB", "SHELL",
                          "AIRSTRIKE", "IED", "EXPLOSION", "ARREST"}


def _groups_as_rebels(text: str) -> str:
    """``text`` with the names of armed groups the registry knows written "rebels" (padded to
    the same length): "the Arakan Army" is no state's army."""
    from polemos.actors import ActorRegistry

    for a, b in ActorRegistry.default().group_spans(text, inters=(2, 3)):
        text = text[:a] + "rebels".ljust(b - a)[: b - a] + text[b:]
    return text


def _taker(text: str, start: int, end: int) -> str | None:
    """The armed side nearest before ``start`` (up to eight words), else the first of the five
    words after ``end``, else the nearest of the 32 words before those eight; None when
    none or both are named at that distance. Armed men,
    attackers, bandits and fighters are an armed group."""
    before = text[:start].split()[-40:]  # the subject may open a long sentence
    after = text[end:].split()[:5]
    near = min(8, len(before))
    for words in ([before[-k:] for k in range(1, near + 1)]
                  + [after[:k] for k in range(1, len(after) + 1)]
                  # the subject beyond a clause: "Les FACA, appuyées par des paramilitaires
                  # russes du groupe Wagner, ont repris ..."
                  + [before[-k:] for k in range(near + 1, len(before) + 1)]):
        said = " ".join(words)
        if STATE_NAMED.search(said):  # "armed forces" before "armed" makes an armed group
            sides = {"STATE_FORCE"}
        else:
            sides = set(concepts_of(said).keys() & _SIDES)
            if ARMED_SIDE.search(said) or ARMED_VICTIMS.search(said):  # "armed men", "fighters"
                sides.add("ARMED_GROUP")
        if sides:
            return next(iter(sides)) if len(sides) == 1 else None
    return None
