"""The weapon decides the remote-violence sub-type, and the force used the protest sub-type.

ACLED types remote violence by the weapon: an air or drone strike is "Air/drone strike" (a
drone dropping a bomb too), missiles, rockets, artillery and mortars are "Shelling/artillery/
missile attack", a planted bomb, IED or landmine is "Remote explosive/landmine/IED"; ground
fighting between two armed sides stays "Armed clash" even with artillery in it. The detector
often reads a drone attack as an attack on civilians or a clash ("A Ukrainian drone attack
killed two people" -> Attack). The lexicon's concepts are language-independent, so one rule
re-types such sentences in the six languages when they name one weapon and nothing else that
happens (a clash, a drone shot down, a bomb defused, a suicide bomber, a seized town).

Likewise police killing protesters, or firing live rounds at them, is "Excessive force
against protesters", which the detector reads as a protest with intervention.

A bomb made safe (defused, dismantled, destroyed by a bomb-disposal team) is "Disrupted
weapons use", which the detector reads as the bomb's own sub-type or as a clash.

These rules only re-type a sentence the detector already takes as an event of a related kind;
they never create an event.

Two acts decide their sub-type as plainly (``act_of``): a suicide bomber blowing himself up is
"Suicide bomb" (the detector read "Un kamikaze s'est fait exploser ..." as no event and "Un
atacante suicida se inmoló ..." as an armed clash; this one may create the event, like the
arrests rule), and people taken by armed men with no one killed or raped is "Abduction/forced
disappearance" (read as sexual violence in French, an attack in Spanish, a clash in Russian).
"""

from __future__ import annotations

import re

from polemos.background import announced, earlier_period, habitual, reaction
from polemos.codebook_words import CROWD
from polemos.features import concepts_of
from polemos.gate_words import tells_protest

AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
EXCESSIVE = "Excessive force against protesters"
# Detector answers a named weapon may correct: violence against people and the other weapons.
_RETYPABLE = frozenset({"Attack", "Armed clash", AIR, SHELLING, IED, "Grenade"})
_PROTEST_TYPES = frozenset({"Peaceful protest", "Protest with intervention"})
# Crowd sub-types a weapon of remote violence overrules when no crowd or protest is told (no
# gold protest or riot note of any split names one weapon without a protest word).
CROWD_TYPES = _PROTEST_TYPES | {EXCESSIVE, "Violent demonstration", "Mob violence"}
_CROWD_WORDS = frozenset({"PROTEST", "PROTESTER", "RIOT", "MOB", "STRIKE_WORK"})

# Concepts that make the sentence about more than one weapon's strike: fighting on the ground,
# a suicide or chemical attack (their own sub-types), a bomb defused, a town taken, a
# kidnapping, a protest.
_BLOCK = frozenset({"CLASH", "SUICIDE", "CHEMICAL", "WEAPONS", "TAKEOVER", "RETAKE", "ABDUCT",
                    "RAPE", "PROTEST", "PROTESTER", "RIOT", "MOB"})
# A weapon stopped is "Disrupted weapons use" (a drone shot down, a missile intercepted), air
# defence is a second side; small arms, a ground assault or an exchange make it a fight.
_DISRUPTED = re.compile(
    r"(?i)\b(?:shot down|shoots? down|shot (?:\w+ ){1,3}down|downed|intercept\w*|air defen[cs]es?|anti-?aircraft|"
    r"abattu\w*|défense (?:anti)?aérienne|antiaérien\w*|derrib\w*|defensa antiaérea|"
    r"antiaére\w*|ПВО|ППО|сбит\w*|сбил\w*|сбива\w*|перехват\w*|противовоздушн\w*|збит\w*|"
    r"збил\w*|збива\w*|перехоп\w*|протиповітрян\w*)\b"
    r"|اسقاط|اسقط|أسقط|إسقاط|اعتراض|اعترض|الدفاع الجوي|الدفاعات الجوية|المضادات")
_FIGHT = re.compile(
    r"(?i)\b(?:gunm[ae]n|gunfire|gunshots?|guns?\b|fire ?fights?|opened fire|open fire|small arms|rifles?|"
    r"snipers?|bullets?|exchang\w*|(?:artillery|air|aerial|fire) support|with the support|"
    r"support(?:ed|ing)? (?:by|the|ground)|backed by|air cover|stormed|assault\w*|tanks?|"
    r"armou?red vehicles?|ground offensive|hommes armés|ouvert le feu|balles?|fusillade|"
    r"armes? à feu|tireurs?|échang\w*|appui|appuy\w*|blindés?|chars?|avec le soutien|soutien "
    r"(?:aérien|d'artillerie|de l'artillerie)|assaut|balacera|balazos?|balas?|tiroteo|armas? "
    r"de fuego|francotirador\w*|hombres armados|intercambi\w*|apoy\w*|respaldo|asalto|tanques?|"
    r"стрельб\w*|стрілянин\w*|вогнепальн\w*|огнестрельн\w*|снайпер\w*|автомат\w*|штурм\w*|танк\w*|"
    r"обмен\w*|обмін\w*|при поддержке|поддержке (?:артиллерии|авиации)|за підтримки|"
    r"підтримки (?:артилерії|авіації))\b"
    r"|رصاص|قناص|تبادل|بدعم|بغطاء|باسناد|بإسناد|دباب")
# Words that name bombing without saying from where ("bombardment", Arabic "qasf", ru/uk "удар
# по", a strike on): they leave the weapon to the other words of the sentence.
_GENERIC = re.compile(r"(?i)\bbombard\w*|\S*قصف\S*|\b[ув]дар\w*\s+по\b")
# Weapon words the lexicon lacks (to be added to features.LEXICON): aircraft and aviation,
# UAV abbreviations, Shahed drones, helicopters; howitzers and rocket launchers.
_AIR_MORE = re.compile(
    r"(?i)\b(?:military jets?|war ?jets?|jets? (?:bombed|struck|hit|fired)|helicopters?|"
    r"gunships?|aerial|UAVs?|aviation|attaques? aériennes?|hélicoptères?|dron|aviación|"
    r"aéreos?|aéreas?|helicópteros?|БПЛА|(?-i:КАБ)\w*|вертол[еёі]т\w*|гелікоптер\w*|шахед\w*)\b"
    r"|طيران|(?<![\u0621-\u064A])(?:[وب]?ال|[وب])?(?:جوية|جوي\b)|مروحي|درون")  # not in
# "أفجوي" (Afgooye)
# "kamikaze drones" are drones, not suicide bombers
_KAMIKAZE = re.compile(r"(?i)\b(?:kamikazes?|камикадзе|камікадзе)\b")
_AR_DRONE = re.compile(r"(طائر\S*)\s+(?:ال)?مسير\S*")
_SHELL_MORE = re.compile(
    r"(?i)\b(?:howitzers?|MLRS|HIMARS|obusiers?|proyectiles?|гаубиц\w*|РСЗО|артобстр\w*)\b"
    r"|راجم")
# Strong IED words (not "mine": a gold mine is not a landmine).
_IED_WORDS = re.compile(
    r"(?i)\b(?:(?-i:IEDs?)|improvised explosive|roadside bombs?|land ?mines?|car bombs?|explosive "
    r"devices?|engins? explosifs?|voitures? piégées?|mines? antipersonnel|explosivos? "
    r"improvisados?|artefactos? explosivos?|coches? bomba|minas? antipersonal)\b"
    r"|\b(?:самодельн|фугас|заминир|взрывн\w* устройств|вибухов\w* пристр)"
    r"|عبوة|عبوات|لغم|الغام|مفخخ")
# Police fire at a protest: live rounds (a death is read by casualties.find_fatalities).
_LIVE_FIRE = re.compile(
    r"(?i)\b(?:live (?:ammunition|rounds|bullets|fire)|balles réelles|tirs? à balles réelles|"
    r"munición real|balas reales|fuego real)\b|бойовими|боевыми|бойов\w* (?:патрон|набо)\w*|"
    r"боев\w* (?:патрон|оружи)\w*|الرصاص الحي")
# The protest is *about* a killing ("to demand justice for a man who was shot dead by police",
# "over the death of"): its victim is not a protester shot at it.
_PAST_VICTIM = re.compile(
    r"(?i)\b(?:(?:who|that) (?:was|were|had been) (?:shot|killed|murdered)|(?:death|killing|"
    r"murder|shooting) of|justice for|qui (?:a|avait) été (?:tué|abattu)|mort d[eu']|"
    r"meurtre d|justice pour|que (?:fue|había sido) (?:asesinad|baleado|muert)\w*|"
    r"muerte de|asesinato de|justicia para|котор\w+ (?:был\w*|убил\w*|застрелил\w*)|"
    r"як\w+ (?:було|був|вбил\w*|застрелил\w*)|справедливост\w*)"
    r"|احتجاجا على مقتل|على مقتل|بعد مقتل|العدالة")
# Firing at the protesters ("opened fire on the crowd", "disparó contra los manifestantes")...
_AT_PROTESTERS = re.compile(
    r"(?i)\b(?:fired|firing|opened fire|shot|shooting)\s+(?:\w+\s+){0,3}(?:at|on|into)\s+"
    r"(?:\w+\s+){0,4}?(?:protesters|demonstrators|marchers|crowds?|rally|protest)\b"
    r"|\b(?:tir\w*|ouvert le feu|ouvrent le feu)\s+(?:\w+\s+){0,3}sur\s+(?:\w+\s+){0,4}?"
    r"(?:manifestants|foule|rassemblement|cortège|protestataires)\b"
    r"|\b(?:dispar\w+|abri\w+ fuego)\s+(?:\w+\s+){0,3}(?:contra|sobre)\s+(?:\w+\s+){0,5}?"
    r"(?:manifestantes|multitud|protestaban|marcha|manifestación)\b"
    r"|\b(?:открыл\w* огонь|стрелял\w*|відкрил\w* вогонь|стріля\w*)\s+(?:\w+\s+){0,2}по\s+"
    r"(?:\w+\s+){0,3}?(?:протестующ|демонстрант|митингующ|толп|протестувальник|мітингувальн"
    r"|натовп)\w*"
    r"|(?:اطلق|أطلق)\S*\s+(?:\S+\s+){0,3}?(?:النار|الرصاص)\s+على\s+(?:\S+\s+)?"
    r"(?:المتظاهرين|المحتجين|المحتشدين)")
# ... with live fire named ("opened fire": not rubber bullets or tear gas)
_OPEN_FIRE = re.compile(r"(?i)\b(?:opened fire|open fire|ouvert le feu|abri\w+ fuego|"
                        r"открыл\w* огонь|відкрил\w* вогонь)\b|اطلق\S* النار|أطلق\S* النار")
# Riot police by name: the force, not a riot ("riot police", "police antiémeute").
_RIOT_POLICE = re.compile(
    r"(?i)\b(?:riot police(?:men|man)?|riot squad|riot-control|riot control|anti-riot|"
    r"(?:police|brigade|unité)s? antiémeutes?|antiémeutes?|antidisturbios|antimotines)\b")
# ... or protesters killed ("deux manifestants ont été tués")
_PROTESTERS_KILLED = re.compile(
    r"(?i)\b(?:protesters?|demonstrators?|marchers|manifestants?|manifestantes?|"
    r"протестующ\w*|демонстрант\w*|протестувальник\w*|мітингувальник\w*)\s+"
    r"(?:were |was |have been |had been |ont été |a été |fueron |han sido |были |були )?"
    r"(?:shot dead|killed|shot and killed|tués|abattus|muertos|asesinados|murieron|убит\w*|"
    r"вбит\w*|загинул\w*|погибл\w*|застрелен\w*|died|est mort|est morte|est décédée?|"
    r"murió|falleció|скончал\w*|умер\w*|помер\w*)"
    r"|(?:مقتل|قتل)\S*\s+(?:\S+\s+){0,7}?(?:ال)?(?:متظاهر|محتج)"
    # the force the subject: "shot dead three demonstrators", "ont abattu trois manifestants",
    # "mataron a tiros a tres manifestantes", "застрелили трех демонстрантов" (parallel_dev5)
    r"|\b(?:shot dead|shot and killed|killed|abattu|tué|mataron(?: a tiros)?|asesinaron|"
    r"застрелил\w*|убил\w*|вбил\w*)\s+(?:\w+\s+){0,3}?(?:a\s+)?(?:\w+\s+)?"
    r"(?:protesters|demonstrators|marchers|manifestants|manifestantes|протестующих|"
    r"демонстрант\w*|протестувальник\w*|мітингувальник\w*)")
_POLICE = re.compile(r"(?i)\b(?:police|policía|polic\w*|gendarm\w*|security forces|"
                     r"forces de (?:sécurité|l['’]ordre|défense et de sécurité)|"
                     r"fuerzas (?:de seguridad|del orden|públicas))\b"
                     r"|полиц|поліц|силовик|الشرطة|قوات الامن|قوات الأمن")
# A sentence that only tells a toll ("Four people were killed, 14 wounded.") may take the
# weapon of the sentence just before it.
_TOLL_ONLY = frozenset({"KILL", "WOUND", "CIVILIAN", "STATE_FORCE", "STATEMENT", "TOLL",
                        "ATTACK"})


def weapon_of(text: str) -> str | None:
    """The remote-violence sub-type the one weapon named in ``text`` decides, else None
    (no weapon, several, or a fight, a disrupted strike, a suicide or chemical attack)."""
    text = _AR_DRONE.sub(r"\1", text)  # "a guided aircraft", not a march (PROTEST)
    if "AIRSTRIKE" in concepts_of(text) or _AIR_MORE.search(text):
        text = _KAMIKAZE.sub(" ", text)
    found = concepts_of(text)
    if any(c in _BLOCK for c in found) or _DISRUPTED.search(text) or _FIGHT.search(text):
        return None
    specific = concepts_of(_GENERIC.sub(" ", text))  # "bombardment" names no weapon
    air = "AIRSTRIKE" in specific or bool(_AIR_MORE.search(text))
    shell = "SHELL" in specific or bool(_SHELL_MORE.search(text))
    ied = bool(_IED_WORDS.search(text))
    if air + shell + ied != 1:
        return None
    if air:
        return AIR  # a drone dropping a bomb or a grenade is still an air/drone strike
    if "GRENADE" in found:
        return None
    return SHELLING if shell else IED


# Any weapon of remote violence, with the lexicon's concepts: "heavy weapons", rocket-propelled
# grenades, "explosives" (what ``weapon_of`` does not need to tell apart).
_REMOTE_CONCEPTS = frozenset({"AIRSTRIKE", "SHELL", "EXPLOSION", "IED", "GRENADE", "SUICIDE",
                              "CHEMICAL"})
_REMOTE_MORE = re.compile(r"(?i)\b(?:heavy (?:weapons|arms)|RPGs?|explosives?|air forces?|rounds|"
                          r"armes lourdes|armée de l.air|fuerza aérea|"
                          r"armas pesadas|тяжел\w* оружи\w*|важк\w* озбро\w*)\b|أسلحة ثقيلة")


def names_weapon(text: str) -> bool:
    """Whether ``text`` names any weapon of remote violence (air, artillery, explosive)."""
    return bool(concepts_of(text).keys() & _REMOTE_CONCEPTS or _AIR_MORE.search(text)
                or _SHELL_MORE.search(text) or _IED_WORDS.search(text)
                or _REMOTE_MORE.search(text) or _GENERIC.search(text))


def toll_only(text: str) -> bool:
    """Whether ``text`` tells only a toll, naming no act nor weapon of its own ("Four people
    were killed, 14 wounded."): it goes on about the strike told just before."""
    found = concepts_of(text)
    return bool(found) and set(found) <= _TOLL_ONLY and not any(
        c in found for c in ("AIRSTRIKE", "SHELL", "IED", "EXPLOSION", "GRENADE"))


DISRUPTED = "Disrupted weapons use"
# A bomb made safe: defused, dismantled, destroyed by a bomb-disposal team (ACLED: "Disrupted
# weapons use"; on ACLED's notes of all splits 28 of 35 notes telling one are so coded).
_DEFUSED = re.compile(
    r"(?i)\b(?:dismantl\w*|defus\w*|deactivat\w*|disarm(?:ed|ing)|d[ée]samor[cç]\w*|desactiv\w*|"
    r"bomb disposal|EOD|controlled (?:explosion|detonation)|обезвред\w*|знешкод\w*|"
    r"разминир\w*|розмінув\w*)\b|تفكيك|إبطال|ابطال|أبطل")


def retype(sub_event_type: str, text: str, before: str | None = None) -> str | None:
    """The sub-type to give the event sentence ``text`` instead of the detector's
    ``sub_event_type``, or None to keep it. ``before`` is the sentence just before: a toll
    sentence ("Four people were killed.") after a missile strike it names is that strike."""
    found = concepts_of(text)
    if sub_event_type in CROWD_TYPES and not found.keys() & _CROWD_WORDS and (
            not tells_protest(text)):
        weapon = weapon_of(text)  # "shells hit a street": no crowd, a weapon (read as a riot)
        if weapon is not None:
            return weapon
    if sub_event_type in _PROTEST_TYPES:
        return EXCESSIVE if excessive_force(text) else None
    if sub_event_type in ("Violent demonstration", "Mob violence", "Attack") \
            and "LOOT" not in found \
            and not _CROWD_DID.search(text) and excessive_force(text):
        # troops firing live rounds into a crowd of protesters that did nothing violent (a
        # "crowd", "حشد", also reads as a mob)
        return EXCESSIVE
    if sub_event_type == "Other" and found.keys() & {"KILL", "WOUND"}:
        # "قُتل 11 مدنياً ... في قصف مدفعي" read as "Other": people killed by a weapon it names
        # (2026-12-02, session 15, set O)
        return weapon_of(text)
    if sub_event_type not in _RETYPABLE:
        return None
    if (_DEFUSED.search(text) and ("IED" in found or _IED_WORDS.search(text))
            and not found.keys() & {"CLASH", "KILL", "SHOOT", "WOUND", "AIRSTRIKE", "SHELL"}):
        return DISRUPTED  # "an army EOD team dismantled an IED planted by militants"
    weapon = weapon_of(text)
    if weapon is None and before and sub_event_type == "Attack" and toll_only(text):
        weapon = weapon_of(before)
    if weapon is None or weapon == sub_event_type:
        return None
    if sub_event_type == "Armed clash" and weapon == IED:
        return None  # an ambush opened by a roadside bomb is often a fight
    return weapon


SUICIDE_BOMB = "Suicide bomb"
ABDUCTION = "Abduction/forced disappearance"
ACT_SCORE = 0.7  # an event the detector missed: above the pipeline's threshold, below a sure one
# A person's own suicide is no attack ("committed suicide", "s'est suicidé", "покончил с собой").
_OWN_SUICIDE = re.compile(
    r"(?i)\b(?:committed suicide|killed (?:him|her)self|took (?:his|her) own life|s'est suicidé\w*|"
    r"se suicid\w*|suicidó|se quitó la vida|покончил\w* с собой|покінчи\w* з собою|"
    r"наклав на себе руки)|(?<!\w)انتحر(?!\w)|وضع حدا لحياته")
# An abduction told as over: its victims rescued or freed ("Change to group/activity" or news).
_FREED = re.compile(
    r"(?i)\b(?:rescu\w*|freed|released|libér\w*|relâch\w*|liberad\w*|rescat\w*|"
    r"освобо\w*|отпущ\w*|звільн\w*|відпущ\w*)|تحرير|الافراج|الإفراج|أفرج|افرج")
_ROBBED = re.compile(r"(?i)\b(?:robb\w*|pill[ée]\w*|dépouill\w*|rob[óa]\w*|asalt\w*|ограб\w*|"
                     r"пограб\w*|tortur\w*|beat(?:en|ing)?|battu\w*|golpe\w*|избит\w*|"
                     r"пытал\w*|катув\w*)|سرق|نهب|عذب|تعذيب")  # more harm than the taking
_ACT_TYPES = frozenset({"Attack", "Armed clash", AIR, SHELLING, IED, "Grenade", "Sexual violence"})
SEXUAL = "Sexual violence"
GRENADE = "Grenade"
# A grenade thrown at someone (not a tear-gas or stun grenade at a protest): "lancé une grenade",
# "lanzaron una granada", "бросил гранату", "кинули гранату", "ألقى قنبلة يدوية".
_GRENADE_THROWN = re.compile(
    r"(?i)\b(?:threw|thrown|hurled|lobbed|tossed|lanc[ée]\w*|jet[ée]\w*|lanz\w*|arroj\w*|"
    r"брос\w*|кинул\w*|кинув\w*|метнул\w*)\b[^.;]{0,40}?\b(?:grenades?|granadas?|гранат\w*)"
    r"|\b(?:grenades?|granadas?|гранат\w*)\b[^.;]{0,25}?\b(?:(?:was|were) (?:thrown|hurled|"
    r"lobbed|tossed)|lanc[ée]\w*|lanzad\w*|arrojad\w*|брошен\w*|кинут\w*)"
    r"|(?:ألق|رمى|رموا|القى)\S*\s+(?:\S+\s+){0,2}?قنبل\S*\s+يدوي|قنبل\S*\s+يدوي\S*\s+(?:\S+\s+)?(?:ألقي|القي|رمي)")
_NOT_LETHAL = re.compile(r"(?i)\b(?:tear|stun|smoke|lacrymo\w*|assourdiss\w*|fumig\w*|"
                         r"lacrim\w*|aturdi\w*|humo|слезоточ\w*|светошум\w*|сльозогін\w*|"
                         r"світлошум\w*|дымов\w*|димов\w*)|مسيل|صوتي")
# Rape told as an act, in the active or the passive (not "rape" the noun of a protest's cause
# or a trial: those are ``_NOT_RAPE_ACT``): "soldiers raped two women", "ont violé",
# "violaron", "изнасиловали", "зґвалтували", "اغتصب جنود".
_RAPE_ACT = re.compile(
    r"(?i)\b(?:(?:gang-?)?raped|ont violé|a violé|violées?\b|violaron|violó|"
    r"fueron violadas|изнасиловал\w*|изнасилован\w*|зґвалтува\w*|зґвалтован\w*|"
    # "sexually assaulted", "agressé sexuellement", "agredieron sexualmente" (2026-12-02)
    r"sexually (?:assaulted|abused)|agressée?s? sexuellement|agress\w+ sexuellement|"
    r"agred\w+ sexualmente|abusaron sexualmente)|اغتصب|اعتد\S* جنسي|اعتداءات جنسية|للاغتصاب"
    r"|(?i:\b(?:subjected|sometieron|sometió|подвергли|подверг|вчинили|вчинив)\b[^.;]{0,40}?"
    r"(?:sexual|сексуальн))")
_NOT_RAPE_ACT = re.compile(
    r"(?i)\b(?:sentenc\w*|convict\w*|trial|court|accused|charged|alleged(?:ly)?|condamn\w*|"
    r"procès|tribunal|acusad\w*|juicio|condenad\w*|суд\w*|обвин\w*|приговор\w*|"
    r"звинуват\w*|вирок\w*)\b|محكم|متهم"
    # a border, airspace or territory violated (not "dans le territoire de Djugu", an area)
    r"|(?i:\b(?:violé|violée|violated|violó|violaron|viol\w*\s+de)\s+(?:\w+\s+){0,2}?"
    r"(?:l['’])?(?:frontières?|espace aérien|souveraineté|territoire|frontera|espacio aéreo|"
    r"soberanía|territorio|border|airspace|sovereignty|territory|constitution|constitución|"
    r"конституц\w*|droits?|law|règles?|embargo|normas?|reglas?)\b)")


# What makes a sentence naming a weapon and deaths no new act: a toll, history, a protest about
# it, sport, a disaster or an accident (2026-12-02).
_NOT_NEWS_HARM = frozenset({"HISTORY", "TOLL", "PROTEST", "PROTESTER", "SPORT", "DISASTER",
                            "ACCIDENT", "BUSINESS"})
# ... or a count since a day ("has killed 300 since the war began", "depuis mars", "منذ");
# French "depuis" and Spanish "desde" are also "from" a place ("tirées depuis l'autre côté").
_SINCE = re.compile(
    r"(?i)\bsince\b|\b(?:depuis|desde)\s+(?:(?:le |el )?(?:janvier|février|mars|avril|mai|"
    r"juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|"
    r"junio|julio|agosto|septiembre|octubre|noviembre|diciembre)|\d|des (?:mois|années|"
    r"semaines)|hace)|с начала|з початку|від початку|منذ")


def _todays_news(text: str) -> bool:
    """No count since a day, earlier year, statement, announcement or habit."""
    return not _SINCE.search(text) and not earlier_period(text) and not reaction(text) \
        and not announced(text) and not habitual(text)


def _plain_harm(text: str, found: dict[str, int]) -> bool:
    """A weapon's dead or wounded told as today's news: no toll, memorial, protest, count
    since a day, earlier year, statement, announcement or habit."""
    return bool(found.keys() & {"KILL", "WOUND"}) and not found.keys() & _NOT_NEWS_HARM \
        and _todays_news(text)


# An air or artillery weapon hitting something, told as an act ("A drone struck a fuel depot",
# "Israeli aircraft struck a building", "Un drone a frappé un dépôt", "Російські ракети
# влучили в електростанцію"): the detector refuses many such sentences with no one hurt
# (2026-12-03, session 17).
_HIT = re.compile(
    r"(?i)\b(?:struck|hit|targeted|bombed|pounded|slammed\s+into|crashed\s+into|shelled)\s+"
    r"(?:an?|the|two|three|several|\d+|(?-i:[A-Z]\w+))\b"
    r"|\b(?:a|ont)\s+(?:frappé|touché|visé|ciblé|bombardé|pilonné)\b|\bs['’]est\s+abattue?\s+sur\b"
    r"|\b(?:impactó|impactaron|alcanzó|alcanzaron|golpeó|bombardeó|bombardearon|"
    r"cayó|cayeron)\s+(?:contra|en|sobre|un|una|el|la|los|las)\b"
    r"|\b(?:атаковал\w*|ударил\w*|поразил\w*|попал\w*\s+в|нан[её]с\w*\s+удар\w*)"
    r"|\b(?:атакував|атакували|влучил\w*|влучив|уразил\w*|уразив|вдарил\w*|вдарив|"
    r"завдал\w*\s+удар\w*|завдав\s+удар\w*)"
    r"|(?<![\u0621-\u064A])(?:و|ف)?(?:استهدف|استهدفت|قصف|قصفت|ضرب|ضربت|أصاب|أصابت|شن|شنت)\s")


def _plain_strike(text: str, found: dict[str, int]) -> bool:
    """An air or artillery weapon hitting something, told as today's news (as ``_plain_harm``,
    with no one hurt)."""
    return bool(found.keys() & {"AIRSTRIKE", "SHELL"}) and _HIT.search(text) is not None \
        and not found.keys() & _NOT_NEWS_HARM and _todays_news(text)


# Who loots as a side of a conflict ("RSF fighters looted the main market", "des hommes armés
# ont pillé", "боевики разграбили", "نهب عناصر الدعم السريع"): looting the detector refused.
_LOOTERS = re.compile(
    r"(?i)\b(?:fighters|militiamen|militias?|soldiers|troops|gunmen|rebels|insurgents|"
    r"jihadists|militants|bandits|armed\s+men|combattants|miliciens|soldats|rebelles|"
    r"hommes\s+armés|jihadistes|bandits\s+armés|combatientes|milicianos|soldados|rebeldes|"
    r"hombres\s+armados|guerrilleros|боевик\w*|военн\w*|солдат\w*|бойовик\w*|військов\w*)\b"
    r"|مسلح|عناصر|مقاتل|جنود|قوات|ميليشي|ميلشي")
_LOOTING = "Looting/property destruction"


def _plain_looting(text: str, found: dict[str, int]) -> bool:
    """An armed side looting, told as today's news, with no crowd or protest."""
    return "LOOT" in found and _LOOTERS.search(text) is not None and not CROWD.search(text) \
        and not found.keys() & {"HISTORY", "TOLL", "PROTEST", "PROTESTER", "RIOT", "MOB",
                                "SPORT"} \
        and _todays_news(text)


# A protest's types that the force's own fire on the protesters overrules (a riot told as a riot
# keeps its type: ``excessive_force`` refuses a sentence with rioting in it)
_CALM_OR_RIOT = frozenset({"Peaceful protest", "Protest with intervention", "Violent demonstration"})


# A lynching: a crowd killing or beating someone it accuses ("lynched two men", "ont lynché",
# "lincharon", "линчевали", "лінчували", "أقدم سكان ... على إعدام رجلين دون محاكمة"; parallel_dev5)
_LYNCHED = re.compile(r"(?i)\b(?:lynch(?:ed|ing)|lynch[ée]s?|linch\w+|линчева\w*|лінчува\w*)\b"
                      r"|إعدام\S*\s+(?:\S+\s+){0,3}?(?:دون|بدون|من\s+دون)\s+محاكمة")
_LYNCH_MISREAD = frozenset({"Attack", "Armed clash", "Abduction/forced disappearance"})


def act_of(sub_event_type: str | None, text: str) -> str | None:
    """"Mob violence" (a lynching), "Suicide bomb", "Grenade", "Sexual violence",
    "Abduction/forced disappearance", excessive force (also over a protest type the detector
    read) or a weapon's sub-type when ``text`` tells that act plainly and the
    detector's ``sub_event_type`` (None: it saw no event) says otherwise; else None. Only a
    lynching, a suicide bombing, a grenade thrown, a rape told as an act, police firing on protesters
    (``excessive_force``), one weapon named with its dead or wounded (``_plain_harm``) or
    hitting something (``_plain_strike``), or an armed side looting (``_plain_looting``),
    turns a non-event into an event."""
    found = concepts_of(text)
    if (sub_event_type is None or sub_event_type in _LYNCH_MISREAD) and _LYNCHED.search(text) \
            and not found.keys() & {"HISTORY", "TOLL"}:
        return "Mob violence"  # "Residents lynched two men they suspected of kidnapping"
    if "SUICIDE" in found and not _OWN_SUICIDE.search(text) and (
            "EXPLOSION" in found or "KILL" in found or "ATTACK" in found):
        if sub_event_type is None or sub_event_type in _ACT_TYPES or (
                sub_event_type != SUICIDE_BOMB
                and not found.keys() & {"PROTEST", "PROTESTER", "RIOT", "MOB"}):
            return SUICIDE_BOMB  # also a crowd's type with no crowd told (a queue bombed)
    if (sub_event_type is None or sub_event_type in (_ACT_TYPES | {"Other"}) - {"Armed clash"}
            or (sub_event_type == "Armed clash" and not found.keys() & {"CLASH", "SHOOT"})) \
            and sub_event_type != GRENADE and "GRENADE" in found \
            and _GRENADE_THROWN.search(text) and not _NOT_LETHAL.search(text) \
            and not found.keys() & {"PROTEST", "PROTESTER", "DISPERSE", "HISTORY", "SPORT"}:
        return GRENADE  # "lancé une grenade à main sur un arrêt de bus": the weapon says it
    if (sub_event_type is None or sub_event_type in _ACT_TYPES) and sub_event_type != SEXUAL \
            and _RAPE_ACT.search(text) and not _NOT_RAPE_ACT.search(text) \
            and not found.keys() & {"PROTEST", "PROTESTER", "HISTORY", "TOLL", "KILL",
                                    "AGREEMENT"}:  # "a violé le cessez-le-feu": a truce broken
        return SEXUAL  # "soldiers raped two women": the act, whatever else the detector read
    if (sub_event_type is None or sub_event_type in _CALM_OR_RIOT) and excessive_force(text):
        return EXCESSIVE  # "des manifestants ont été tués par la police": missed, yet plain
    if sub_event_type is None and (_plain_harm(text, found) or _plain_strike(text, found)):
        weapon = weapon_of(text)
        if weapon is not None:
            return weapon  # "mortar rounds rained down on a district, killing a mother": plain
    if (sub_event_type is None or sub_event_type in CROWD_TYPES) \
            and _plain_looting(text, found):  # no crowd or protest told: see _plain_looting
        return _LOOTING  # "RSF fighters looted the main market ..., setting shops on fire"
    crowdless = sub_event_type in CROWD_TYPES and not found.keys() & {
        "MOB", "RIOT", "PROTEST", "PROTESTER"}  # "des femmes ... enlevées par des hommes armés"
    if (sub_event_type in _ACT_TYPES or crowdless) and "ABDUCT" in found and not (
            {"KILL", "WOUND", "RAPE", "CLASH", "AIRSTRIKE", "SHELL", "IED", "EXPLOSION", "SUICIDE",
             "ARREST", "LOOT"} & set(found)) and not _FREED.search(text) \
            and not _ROBBED.search(text):
        return ABDUCTION  # with people wounded, killed or robbed ACLED codes an attack
    return None


# What a crowd does that makes its protest violent (stones, barricades, fire, storming).
_CROWD_DID = re.compile(
    r"(?i)\b(?:ston\w*|threw|thrown|hurl\w*|pelt\w*|barricad\w*|torch\w*|burn\w*|set fire|"
    r"set ablaze|vandali\w*|ransack\w*|stormed|smash\w*|attacked|pierres?|caillass\w*|"
    r"incendi\w*|saccag\w*|piedras?|apedre\w*|quem\w*|камн\w*|подж\w*|підпал\w*|каміння)"
    r"|حجار|أحرق|احرق|اقتحم")


def excessive_force(text: str) -> bool:
    """Whether a protest sentence tells of police firing live rounds at protesters, or
    shooting at them with deaths (not tear gas, rubber bullets or arrests; not a protest
    *about* a killing, "in memory of a man shot dead by police")."""
    from polemos.casualties import find_fatalities

    found = concepts_of(_RIOT_POLICE.sub(" police ", text))  # the force's name is no riot
    if not ("PROTEST" in found or "PROTESTER" in found) or any(
            c in found for c in ("HISTORY", "CLASH", "RIOT")):
        return False  # a riot's deaths are the riot's; a memorial is about a past death
    if not ("STATE_FORCE" in found or _POLICE.search(text)):
        return False
    if _LIVE_FIRE.search(text):
        return True
    if _PAST_VICTIM.search(text):
        return False
    if _PROTESTERS_KILLED.search(text):
        return True
    if {"SHOOT", "KILL", "DISPERSE"} <= found.keys() and (
            fm := find_fatalities(text)) is not None and fm.count > 0:
        # shot dead as the police broke the protest up: "murió tras recibir un disparo durante
        # un cacerolazo, cuando funcionarios policiales dispersaron a los vecinos"
        return True
    if not _AT_PROTESTERS.search(text):
        return False
    if _OPEN_FIRE.search(text):
        return True
    if "DISPERSE" in found:
        return False  # "fired tear gas at protesters": the intervention's tools
    fm = find_fatalities(text)
    return fm is not None and fm.count > 0
