"""Arrests the detector misses: a sentence where state forces arrest or detain someone, with
no violence, protest or crime in it, is ACLED's "Arrests" (Strategic developments).

The detector learned arrests from few examples (about 400 notes) and reads them as attacks or
clashes ("Police arrested three opposition activists" -> Armed clash) or as no event ("the
SBU said it had detained a suspected agent"). The lexicon already marks arrest words in six
languages; this rule trusts them when nothing else happens in the sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from polemos.casualty_tokens import AR_MARK
from polemos.codebook_words import ARMED_SIDE
from polemos.features import concepts_of

if TYPE_CHECKING:
    from polemos.actors import ActorRegistry

# Concepts that make the sentence about something else than an arrest by state forces: an
# arrest during a protest is a protest with intervention, after a killing part of that event,
# for theft or in a match no political event at all.
_OTHER = frozenset({
    "KILL", "WOUND", "ATTACK", "CLASH", "SHOOT", "AIRSTRIKE", "SHELL", "IED", "EXPLOSION",
    "GRENADE", "SUICIDE", "CHEMICAL", "ABDUCT", "RAPE", "PROTEST", "STRIKE_WORK", "RIOT",
    "DISPERSE", "MOB", "LOOT", "PROTESTER", "CRIME", "SPORT", "BUSINESS", "DISASTER", "ACCIDENT",
    "TAKEOVER", "RETAKE",
})
# Security services the registry does not list as state forces, and crime words the lexicon
# lacks: ordinary crime arrests are not ACLED events.
_SECURITY_SERVICE = re.compile(
    r"(?i:\b(?:intelligence|security) (?:agents?|officers?|operatives?|personnel)\b|"
    r"\bagent(?:e?s?) (?:de renseignement|des renseignements|du renseignement|de sécurité|"
    r"de inteligencia|de seguridad)\b)|"
    r"\b(?:SBU|FSB|NSS|DGSI|security services?|intelligence services?|services? de "
    r"renseignement|servicios? de inteligencia|forces de (?:sécurité|l'ordre|défense)|"
    r"fuerzas de seguridad)\b|СБУ|ФСБ|служб[аиуы] безпеки|спецслужб|силовик|"
    r"(?i:сотрудник\w* (?:\w+ )?разведки|співробітник\w* (?:\w+ )?розвідки)|الاستخبارات"
    r"|المخابرات|جهاز الأمن|الأمن الوطني|أجهزة الأمن"
    # the authorities, who arrest through their forces (2026-12-01)
    r"|(?i:\b(?:authorities|autorités|autoridades)\b|власти|влада|владі|السلطات)")
# A political detainee: an arrest told with no force named ("an opposition journalist was taken
# into custody", "затримали активіста") is still the state's (ACLED's Arrests).
_POLITICAL = re.compile(
    r"(?i)\b(?:journalists?|reporters?|activists?|opposition|dissidents?|bloggers?|"
    r"lawmakers?|MPs?|candidates?|opposants?|journalistes?|militants? (?:des droits|politiques?)|"
    r"periodistas?|activistas?|opositor\w*|disidentes?|dirigentes? (?:sindical|opositor)\w*|"
    r"militants? d['’]une? (?:organisation|association|ong|parti|mouvement|syndicat))\b"
    r"|журналист|активист|оппозиц|журналіст|активіст|опозиц|صحف|ناشط|معارض")
# ... arrested on a day, told as an act ("was taken into custody", "a été placé en garde à
# vue", "fue detenido", "задержали", "затримали", "أوقفت"), not as a state ("these detainees").
_ARRESTED_ACT = re.compile(
    r"(?i)\b(?:(?:was|were|been) (?:\w+ )?(?:arrested|detained|taken into custody|picked up)|"
    r"(?:a|ont) été (?:\w+ )?(?:arrêté|interpellé|placé|placée|placés) ?\w*|"
    r"(?:fue|fueron) (?:\w+ )?(?:detenid|arrestad|capturad)\w*|"
    r"задержа(?:н|ли|на|ны)\b|затрима(?:ли|ний|на|ні)\b|арестова(?:н|ли|на|ны)\w*|"
    r"заарештува\w*|заарештован\w*)|اعتقل|أوقف|اوقف")
# ... and no one arrested, said so ("la police, qui n'a procédé à aucune interpellation",
# "no arrests were made", "sin que se registraran detenidos"; 2026-12-03, dev q9-fr)
_NONE_ARRESTED = re.compile(
    r"(?i)\b(?:aucune? (?:interpellation|arrestation|personne n['’]a été (?:arrêtée|interpellée))|"
    r"no (?:arrests?|detentions?) (?:was |were |has been |have been )?(?:made|reported)|"
    r"no one (?:was |has been )?(?:arrested|detained)|no arrests\b|without (?:any )?arrests?|"
    r"sans (?:aucune )?"
    r"(?:interpellation|arrestation)|sin (?:que (?:se )?(?:registraran|hubiera|hubiese) )?"
    r"(?:detenidos|arrestos|detenciones)|no (?:hubo|se registraron|se reportaron) "
    r"(?:detenidos|arrestos|detenciones)|ningún detenido|"
    r"никто не (?:был )?задержан|никого не задержал\w*|без задержаний|ніхто не був затриманий|"
    r"нікого не затримал\w*|без затримань)|لم (?:يتم|تعتقل|يعتقل) (?:اعتقال )?أحد"
    r"|دون (?:تسجيل )?(?:اعتقالات|أي اعتقال)")
_CRIME = re.compile(
    r"(?i)\b(?:steal|stole|stolen|theft|thieves|robb|burglar|drug|narcotic|cocaine|heroin|"
    r"fraud|smuggl|poach|cattle rustl|vol\b|volé|drogue|stupéfiant|escroquer|robo\b|robó|"
    r"hurto|droga|narcotráfico|estafa|contrabando|"
    # a road death's driver held (2026-12-02, set H)
    r"manslaughter|reckless driving|drunk driving|homicidio culposo|homicide involontaire|"
    r"conduite en état d'ivresse)"
    r"|краж|украл|украв|викрал|нарко|мошенн|шахрай|контрабанд|سرق|مخدر|تهريب|احتيال")
# Harm the lexicon's concepts may miss: a detainee beaten to death is an attack.
_HARM = re.compile(
    r"(?i)\b(?:beat|beaten|beating|death|died|dies|dead|tortur|roué|battu|mort|golpe|"
    r"muri|muert)|избит|избил|побит|смерт|погиб|помер|катув|побив"
    # Arabic as whole words, a clitic allowed ("مات" was found inside "مداهمات", raids)
    r"|(?<!\w)[وفب]?(?:ال)?(?:ضرب\w*|توفي\w*|وفاة|مات)(?!\w)")
# What the arrested are suspected or accused of is no act of the sentence: "detained three
# people on suspicion of preparing an arson attack", "підозрюваних у підпалах", "بتهمة
# الانتماء إلى خلية مسلحة".
# who someone is, up to where the sentence goes on to what happened ("members of the
# opposition | during a protest")
_WHO = (r"(?:(?!\b(?:during|at|while|after|when|pendant|lors|après|durante|en medio|tras|"
        r"cuando)\b)[^,.;])*")
_SUSPECTED = re.compile(
    r"(?i)\b(?:suspected|accused|charged|convicted) (?:\w+ )?(?:of|with) [^,.;]*|\bon "
    r"(?:suspicion|charges?) of [^,.;]*|\bsoupçonn\w* d[e'][^,.;]*|\baccusé\w* d[e'][^,.;]*|"
    r"\bsospechos\w* de [^,.;]*|\bacusad\w* de [^,.;]*|\bpor (?:su )?presunt\w* [^,.;]*|"
    r"\bпо подозрению в [^,.;]*|\bподозреваем\w* в [^,.;]*|\bобвиня\w* в [^,.;]*|"
    r"\bза підозрою у [^,.;]*|\bпідозрюван\w* у [^,.;]*|\bзвинувачен\w* у [^,.;]*"
    r"|بتهمة [^،,.;]*|للاشتباه [^،,.;]*"
    # named as the authors of, or held in connection with, what they are arrested for
    # ("tres hombres señalados como presuntos instigadores del linchamiento"; 2026-12-02)
    r"|\b(?:alleged|suspected) (?:ringleaders?|instigators?|perpetrators?|authors?) of [^,.;]*"
    r"|\bin connection with [^,.;]*|\bprésum\w* (?:auteurs?|responsables?|instigateurs?) "
    r"[^,.;]*|\ben lien avec [^,.;]*|\bseñalad\w* como [^,.;]*|\bpresunt\w* (?:autor\w*|"
    r"responsables?|instigador\w*|implicad\w*) [^,.;]*|\ben relación con [^,.;]*"
    r"|\bпричастн\w* к [^,.;]*|\bпричетн\w* до [^,.;]*|المشتبه (?:بهم|به|بها) [^،,.;]*"
    r"|بالتورط في [^،,.;]*"
    # who the arrested is: a group's leader or member ("alias Cascarón, cabecilla de una
    # subestructura del Clan del Golfo"; 2026-12-02)
    r"|\b(?:cabecillas?|jefes?|líder(?:es)?|integrantes?|miembros?) (?:de|del) " + _WHO +
    r"|\b(?:leaders?|commanders?|members?) of " + _WHO +
    r"|\b(?:chefs?|commandants?|membres?) (?:de|du|des|d['’]) ?" + _WHO +
    # what the arrested reported on ("for covering the fighting in Amhara", "за освещение
    # боёв", "على خلفية تغطيتهم للمعارك"; 2026-12-02, session 14)
    r"|\bfor (?:their |his |her )?(?:covering|coverage of|reporting on|reports? on|filming) [^,.;]*"
    r"|\bpour (?:avoir couvert|leur couverture|sa couverture) [^,.;]*"
    r"|\bpor (?:cubrir|su cobertura|informar sobre) [^,.;]*"
    r"|\bза освещение [^,.;]*|\bчерез висвітлення [^,.;]*|\bза висвітлення [^,.;]*"
    r"|على خلفية تغطي[^،,.;]*|بسبب تغطي[^،,.;]*"
    # a protest they called for or planned, not one that took place ("activists who had
    # called for a protest", "qui appelaient à manifester", "por convocar una marcha"), or an
    # attack they were preparing ("агента ФСБ, який готував підпал")
    r"|\b(?:who|that) (?:had |have |were |was )?(?:called|calling|planned|planning|"
    r"organi[sz]ed|organi[sz]ing|urged|urging|prepared|preparing|plotted|plotting) [^,.;]*"
    r"|\bfor (?:calling|organi[sz]ing|planning|urging) [^,.;]*|\bahead of (?:a|the) (?:planned |)[^,.;]*"
    r"|\bqui (?:appel\w*|organis\w*|prépar\w*|avai\w* (?:appelé|organisé)) [^,.;]*"
    r"|\bpour avoir (?:appelé|organisé) [^,.;]*|\bavant (?:une|la) (?:manifestation|marche) [^,.;]*"
    r"|\bque (?:convoc\w*|llam\w*|organiz\w*|había\w* (?:convocado|llamado)) [^,.;]*"
    r"|\bpor (?:convocar|llamar|organizar) [^,.;]*|\bantes de (?:una|la) (?:protesta|marcha|"
    r"manifestación) [^,.;]*|\bза призыв\w* [^,.;]*|\bкоторы\w* (?:призыва|готови|"
    r"планирова)\w* [^,.;]*|\bза заклик\w* [^,.;]*|\bяк\w* (?:закликал|готува|планува)\w* [^,.;]*"
    r"|\bque (?:preparaba|planeaba|preparaban|planeaban) [^,.;]*|(?:الذين|الذي) (?:دعوا|دعا) [^،,.;]*"
    r"|بسبب (?:الدعوة|دعوت\S*) [^،,.;]*"
    # what was seized from them: "a quienes se les decomisaron armas largas y un dron adaptado
    # para lanzar explosivos" (session 15, set O)
    r"|\b(?:decomis\w*|incaut\w*|seiz\w*|confiscat\w*|saisi[rs]?|saisie?s?|изъя\w*|"
    r"вилуч\w*) [^.;]*|(?:ضبط|صادر|مصادرة|وضبط|وصادر)\S* [^.;]*")
# A raid is how forces arrest: "raided the camp and arrested seven", "lors d'une perquisition",
# "داهمت ... واعتقلت" (the raid's ATTACK is no other act; 2026-12-02).
_RAID = re.compile(
    r"(?i)\b(?:raid(?:s|ed|ing)?|perquisitions?|descentes?|redadas?|allanamientos?|"
    r"operativos?)\b|облав\w*|рейд\w*|обшук\w*|обыск\w*|داهم\S*|مداهم\S*|دهم\S*")
# A party or its wing named a league is no sport ("activists of the banned Bangladesh Chhatra
# League"; 2026-12-03, session 21, dev y05-en)
_LEAGUE = re.compile(r"\b(?:Awami|Chhatra|Jubo|Swechchhasebak|Muslim|Jamiat|National)\s+League"
                     r"(?:\s+for\s+Democracy)?\b")
ARREST_SCORE = 0.7  # above the pipeline's threshold, below a confident detector answer


def is_arrest(text: str, actors: ActorRegistry, country_code: str | None = None) -> bool:
    """Whether ``text`` reports state forces (or the authorities) arresting someone, or a
    journalist, activist or opponent arrested, and nothing else."""
    text = _LEAGUE.sub(" ", AR_MARK.sub("", text))  # Arabic short vowels dropped: "اعتُقل"
    found = concepts_of(text)
    if "ARREST" in found and found.keys() & _OTHER:
        # what they are suspected of aside, and the raid they were arrested in
        found = concepts_of(_RAID.sub(" ", _SUSPECTED.sub(" ", text)))
    if ("ARREST" not in found or any(c in _OTHER for c in found) or _CRIME.search(text)
            or "CRIME" in found or _HARM.search(text) or _NONE_ARRESTED.search(text)):
        return False
    return ("STATE_FORCE" in found or _SECURITY_SERVICE.search(text) is not None
            or (_POLITICAL.search(text) is not None and _ARRESTED_ACT.search(text) is not None
                and "ARMED_GROUP" not in found and not ARMED_SIDE.search(text))
            or any(h.kind == "state" for h in actors.hits(text, country_code)))
