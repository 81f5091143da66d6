"""Cues that an armed actor named in a sentence is not the doer of its act (used by
:mod:`polemos.roles`): a place or target named after a force, the victims listed, an Arabic
passive, the source of the report.

- A force named with a place of its own is the target of the act: "l'attaque d'un poste
  militaire", "a military base", "la estación de Policía", "позиции армии", "معسكر للجيش".
- The victims listed: "among them two soldiers", "dont trois gendarmes", "entre ellos dos
  policías", "среди них военные", "بينهم جنود".
- Spanish, Russian and Ukrainian may too: "murieron dos soldados", "погибли двое военных".
- Arabic tells the dead verb first, in the passive: "قُتل أربعة جنود", "مقتل جنديين",
  "أصيب ثلاثة شرطيين" (an active "قتل مسلحون" has no number before its subject).
- A verb of killing right before a dual is that passive too: "قتل جنديان" (two soldiers were
  killed); an attack "of" a group names its doer: "هجوم لمسلحين" (``AR_ATTACK_OF``).
- The source of the report is not its doer: "police said", "confirmó la Policía Municipal.",
  "a indiqué l'armée dans un communiqué", "по данным полиции", "بحسب الجيش".
"""

from __future__ import annotations

import re

_ARTICLE = r"(?:(?:the|an?|la|le|les|l['’]|une?|el|los|las|del?|du|des|d['’]|de\s+la|of|for)\s*)"
# A place of the forces: the force named right after it is the place's owner, not the doer.
_FACILITY_BEFORE = re.compile(
    r"(?:\b(?:base|camp|barracks|checkpoint|post|outpost|positions?|convoy|patrol|vehicle|station|"
    r"headquarters|poste|caserne|convoi|patrouille|véhicule|détachement|cantonnement|"
    r"puesto|cuartel|estación|patrulla|vehículo|instalaciones|"
    r"пост\w*|позици\w*|колонн\w*|баз\w*|блокпост\w*|казарм\w*|"
    r"позиці\w*|колон\w*|блокпост\w*|казарм\w*)"
    rf"\s+{_ARTICLE}{{0,2}}"
    r"|(?:معسكر|نقطة|دورية|قاعدة|ثكنة|موقع|مركز|مقر)\s+(?:\S+\s+)?(?:لل|ل)?)$",
    re.IGNORECASE)
# The same place named after the force: "a military base", "the army camp", "police station".
_FACILITY_AFTER = re.compile(
    r"^[\s-]*(?:base|camp|barracks|checkpoint|post|outpost|positions?|convoy|patrol|vehicle|"
    r"station|headquarters)\b", re.IGNORECASE)
# The victims listed before the force: "among them", "dont", "entre ellos", "среди них", "بينهم".
_AMONG = re.compile(
    r"(?:\b(?:among\s+them|including|dont|parmi\s+(?:eux|elles|lesquels|lesquelles)|"
    r"entre\s+ellos|incluidos?|среди\s+них|в\s+том\s+числе|серед\s+них|у\s+тому\s+числі)"
    r"|بينهم|من\s+بينهم)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_H = "[\u064b-\u0652]*"  # Arabic short vowels, tanwin, shadda, sukun
_AR_NUMBER = (r"(?:\d+|[٠-٩]+|نحو|واحد|اثن\S*|ثلاث\S*|أربع\S*|خمس\S*|ست\S*|سبع\S*|ثماني\S*|تسع\S*|"
              r"عشر\S*|عشرات|عدد)")
_AR_PASSIVE = re.compile(
    rf"(?:(?:مقتل|إصابة|اصابة|استشهاد|استشهد\S*|أ\u064f?صيب\S*|ق\u064fت{_H}ل\S*|ج\u064fر{_H}ح\S*)"
    rf"\s+(?:{_AR_NUMBER}\s+(?:من\s+)?)?(?:\S+\s+)?"
    rf"|ق{_H}ت{_H}ل\S*\s+{_AR_NUMBER}\s+(?:من\s+)?(?:\S+\s+)?)$")
# Arabic names the doer of an attack with the clitic "ل" or "شنّه": "هجوم لمسلحين",
# "كمين لعناصر داعش", "هجوم شنه مسلحون" (an agent cue, used by roles._is_agent)
AR_ATTACK_OF = re.compile(r"(?:هجوم|هجمات|هجوما|كمين|اعتداء)\s+(?:ل|شن\S*\s+(?:\S+\s+)?)$")
# "قتل جنديان": the verb right before a dual (nominative "-ان") is the passive "were killed"
_AR_KILLED = re.compile(rf"(?:^|\s)(?:و|ف)?ق{_H}ت{_H}ل{_H}\s+$")
_AR_DUAL = re.compile(rf"ان{_H}$")
# Spanish, Russian and Ukrainian put the dead after the verb: "murieron dos soldados",
# "resultaron heridos tres policías", "погибли двое военных", "загинули троє поліцейських".
_VERB_FIRST = re.compile(
    r"\b(?:murieron|muri[óo]|fallecieron|falleci[óo]|perdieron\s+la\s+vida|"
    r"resultaron\s+(?:heridos|muertos|lesionados)|fueron\s+(?:asesinados|abatidos|heridos)|"
    r"погиб(?:ли|ло|ла|)|убит(?:ы|о|а|)|ранен(?:ы|о|а|)|застрелен(?:ы|о|а|)|"
    r"загину(?:ли|в|ла|ло)|вбит(?:о|і|а|ий)|поранен(?:о|і|а|ий)|застрелен(?:о|і|а|ий))"
    # the words between are the dead's number or kind, not a cause ("загинули внаслідок ...")
    r"\s+(?:(?!(?:внаслідок|унаслідок|результате|результаті|через|від|от|при|під|во|время|"
    r"після|после|из-за|по|у|в|і|и|та|a|de|del|en|por|tras|durante|y|cuando|mientras|"
    r"después|когда|коли|пока|поки)\b)[^\W\d_]+\s+|\d+\s+){0,2}$",
    re.IGNORECASE)
_REPORTING = (r"(?:said|says|told|reported|confirmed|announced|stated|"
              r"a\s+(?:indiqué|annoncé|déclaré|affirmé|assuré|précisé|confirmé)|"
              r"ont\s+(?:indiqué|annoncé|déclaré|affirmé|précisé|confirmé)|"
              r"dijo|dijeron|informó|informaron|confirmó|confirmaron|señaló|indicó|"
              r"сообщил\w*|заявил\w*|повідомил\w*|повідомив|заявив\w*|"
              r"قال\S*|أفاد\S*|ذكر\S*|أعلن\S*)")
# The force said it: "police said", "the army said on Monday", "полиция сообщила".
_SOURCE_AFTER = re.compile(
    rf"^\s*(?:\([^)]{{1,12}}\)\s*)?(?:officials?\s+|spokesman\s+|spokesperson\s+)?{_REPORTING}\b"
    # not "the army said it / they / qu'elle avait ...": a claim, the doer
    r"(?!,?\s+(?:that\s+)?(?:it|they|its|their|we|qu['’]|avoir|que|что|що|أنه|انه|إنه|انها|أنها)\b)",
    re.IGNORECASE)
# "according to the police", "selon l'armée", "según la Policía", "по данным полиции", "بحسب
# الجيش", or the reporting verb first ("confirmó la Policía Municipal.", "said the army.").
SOURCE_WORDS = (r"\b(?:according\s+to|selon|d['’]apr[èe]s|seg[uú]n|de\s+acuerdo\s+con|"
                r"по\s+(?:словам|данным|версии)|за\s+(?:словами|даними|версією))|بحسب|حسب|وفق\S*")
_SOURCE_BEFORE = re.compile(rf"(?:{SOURCE_WORDS})\s+(?:\S+\s+){{0,1}}$", re.IGNORECASE)
_VERB_BEFORE = re.compile(rf"\b{_REPORTING}\s+{_ARTICLE}$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"^\s*(?:[\w-]+\s*)??(?:[.,;:»\"”)]|$|in\s+a\s+statement|dans\s+un\s+"
                         r"communiqué|en\s+un\s+comunicado)", re.IGNORECASE)

# Not when the verb comes first and its subject follows: "... de hombres armados murieron dos
# soldados", "нападения боевиков погибли двое военных".
NOT_NUMBER = (r"(?!\w*\s+(?:al\s+menos\s+|как\s+минимум\s+|щонайменше\s+)?(?:\d+|двое|трое|"
               r"четверо|пятеро|шестеро|двоє|троє|п'ятеро|один|одна|два|две|три|четыре|пять|дві|"
               r"чотири|несколько|кілька|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|"
               r"varias|un|una)\b)")

# Between two mentions that share one verb: "police officers and three gunmen were killed".
AND_ONE = re.compile(r"\s*,?\s*(?:and|et|y|e|и|і|та|و)\s*(?:[^\W\d_]+\s+|\d+\s+){0,2}",
                      re.IGNORECASE)

# A generic word that says the doers are unknown: not the group named before ("un poste de
# VDP ... visé par des hommes armés non identifiés").
UNKNOWN = re.compile(r"unidentified|unknown|non identifi|inconnu|desconocid|no identificad|"
                      r"неизвестн|неустановлен|невідом|مجهول", re.IGNORECASE)

# A verb whose agent defended against the act: "militants ... were repulsed by the police".
REPELLED = re.compile(
    r"\b(?:repuls\w*|repell\w*|driven\s+(?:out|off|back)|pushed\s+back|foiled|thwarted|"
    r"fended\s+off|beaten\s+back|repouss\w*|mis\s+en\s+d[ée]route|rechaz\w*|repel\w*|"
    r"отбит\w*|отражен\w*|відбит\w*|صد\w*|"
    # the forces that escorted or guarded the target: "a convoy escorted by the gendarmerie"
    r"escort\w*|accompan\w*|guarded|protected|accompagn\w*|gard[ée]\w*|prot[ée]g[ée]\w*|"
    r"escoltad\w*|custodiad\w*|protegid\w*|сопровожда\w*|охраня\w*|супроводж\w*|охорон\w*)"
    r"\s*(?:\w+\s+){0,2}$", re.IGNORECASE)


def not_the_doer(text: str, start: int, end: int) -> bool:
    """Whether the armed actor at ``text[start:end]`` is a place, a listed victim, the patient
    of an Arabic passive or the source of the report, not the doer of the act."""
    before = text[max(0, start - 60):start]
    after = text[end:end + 60]
    if _FACILITY_BEFORE.search(before) or _FACILITY_AFTER.search(after) or _AMONG.search(before):
        return True
    if _AR_PASSIVE.search(before) or _VERB_FIRST.search(before) or _SOURCE_AFTER.search(after) or _SOURCE_BEFORE.search(before):
        return True
    if _AR_KILLED.search(before) and _AR_DUAL.search(text[start:end]):
        return True
    return bool(_VERB_BEFORE.search(before) and _CLAUSE_END.search(after))


# A trailing clause that names who told the news, not who did what where: "..., повідомили в
# Головному управлінні Національної поліції в Херсонській області.", "..., said police in
# Kano.", "..., a indiqué la gendarmerie de Dori." (not "..., the army said it had struck X":
# a claim, whose speaker is the doer).
_TRAILING_SOURCE = re.compile(
    rf"[,—–]\s*(?:як\s+|как\s+)?(?:{_REPORTING}\s+(?!(?:that|it|they|qu['’]|que|что|що|أن|إن)\b)"
    rf"|[^,.;:!?]{{1,70}}?\s{_REPORTING}\s*(?:on\s+\w+|in\s+a\s+statement|dans\s+un\s+communiqué)?"
    r"\s*[.!?»\"”]*\s*$)[^,;:!?]{0,90}$", re.IGNORECASE)


def source_clause(text: str) -> tuple[int, int] | None:
    """The span of a sentence's closing attribution clause, if it has one."""
    m = _TRAILING_SOURCE.search(text.rstrip())
    return (m.start(), m.end()) if m else None
