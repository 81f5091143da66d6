"""The word patterns of the role rules in six languages (data only; the decisions are in
:mod:`polemos.roles`): claims, the marks of a target or a victim, words of harm and of crowd
violence, the act of protesting, arrests, pairs and joint forces."""

from __future__ import annotations

import re

from polemos.role_cues import NOT_NUMBER

# After a mention: it claimed the act ("Al-Shabaab claimed responsibility") -> perpetrator.
CLAIM_AFTER = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:(?:later\s+|has\s+|have\s+)?claimed|claims|took responsibility|"
    r"(?:a|ont)\s+revendiqué|revendique|reivindic\w*|تبن\w*|أعلن\w* مسؤولية|"
    r"взял\w* на себя|взяв\w* на себе)", re.IGNORECASE)
# After a mention: it suffered the act ("soldiers were killed", "ont été tués") -> not the perpetrator.
# The words just before an actor that make it the target: "against the army", "al paso de una
# patrulla del Ejército", "contre un convoi de l'armée", "по позициям ВСУ", "استهدف ... الجيش".
PATIENT_BEFORE = re.compile(
    r"(?:\b(?:against|targeting|targeted|on|at)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}(?:of\s+)?(?:the\s+)?"
    r"|\b(?:contra|al\s+paso\s+de)\s+(?:una?\s+|la\s+|el\s+)?(?:\w+\s+){0,2}(?:del?\s+|la\s+)?"
    r"|\b(?:contre|visant)\s+(?:une?\s+|la\s+|le\s+|les\s+)?(?:\w+\s+){0,2}(?:d[eu'’]\s*|de\s+la\s+|des\s+)?"
    r"|\b(?:против|по)\s+(?:\w+\s+){0,2}"
    r"|\b(?:проти|по)\s+(?:\w+\s+){0,2}"
    r"|(?:ضد|استهدف\w*)\s+(?:\S+\s+){0,2}"
    # the object of a killing or wounding: "killing two soldiers", "mató a dos soldados"
    r"|\b(?:kill\w*|wound\w*|injur\w*|abduct\w*|kidnapp\w*|hit|struck|ambush\w*|attack\w*|"
    r"mat[óoa]\w*|hiri\w*|secuestr\w*|atac(?!ues?\s+(?:de|del|por)\b)\w*|"
    r"tu(?:ant|é|ée|és)|bless\w*|enlev\w*)\s+(?:a\s+)?"
    r"(?:(?!(?:when|after|as|while|during|because|before|since|but|by|in|from|lorsque|quand|"
    r"après|par|dans|lors|cuando|tras|por|en|durante)\b)\w+\s+){0,3})$",
    re.IGNORECASE,
)

PATIENT_AFTER = re.compile(
    r"^[^.;:]{0,40}?\b(?:was|were|has been|have been|had been|got|being|are|is)\s+(?:\w+\s+){0,2}?"
    r"(?:killed|injured|wounded|attacked|ambushed|targeted|shot|abducted|kidnapped|hit|struck|hurt|"
    r"murdered|beheaded|executed|taken|held|robbed|assaulted|raped|burned|lynched|stabbed|found)\b"
    r"|^[^.;:,]{0,20}?\b(?:died|perished|lost their lives|came under)\b"
    r"|^[^.;:,]{0,20}?\b(?:murieron|muri[óo]|fallecieron|falleci[óo]|perdieron la vida|"
    r"sont morts|est mort|sont décédés|ont péri|ont perdu la vie|لقوا حتفهم|لقي حتفه)(?!\w)" + NOT_NUMBER +
    r"|^[^.;:]{0,40}?(?:a|ont|avaient)\s+été\s+(?:tu|bless|attaqu|enlev|assassin|vis)"
    r"|^[^.;:]{0,40}?\b(?:fue|fueron|resultaron)\s+(?:asesinad|herid|atacad|secuestrad|muert)"
    r"|^[^.;:]{0,40}?(?:были|был|была)\s+(?:убит|ранен|похищен|атакован)"
    r"|^[^.;:]{0,40}?(?:були|був|була)\s+(?:вбит|поранен|викраден|атакован)"
    r"|^[^.;:,]{0,15}?(?:погиб|загину)" + NOT_NUMBER, re.IGNORECASE)
# Before a mention: "تبنته حركة الشباب" (Arabic verb-first claim), "claimed by" is an agent marker.
CLAIM_BEFORE = re.compile(r"(?:تبن\w*|أعلن\w*\s+مسؤوليت\w*\s+عن\w*)\s*$")

# Violence words that imply an (unnamed) perpetrator when no actor is named: "was shot dead".
IMPLIED = re.compile(
    r"\b(?:attack\w*|kill\w*|shot|shoot\w*|gunn?ed|gunfire|abduct\w*|kidnap\w*|ambush\w*|IEDs?|"
    r"explosive\w*|landmines?|mines?|bomb\w*|grenades?|raid\w*|clash\w*|fired|stabbed|hacked|"
    r"murder\w*|raped|looted|torched|burn\w*|set ablaze|assassinat\w*|rocket\w*|mortars?|shell\w*|"
    r"attaqu\w*|tu[ée]\w*|enlev\w*|enlèv\w*|explos\w*|engins? explosifs?|fusillade|"
    r"shoot-?outs?|gunfights?|balacera\w*|tiroteo\w*|перестрелк\w*|перестрілк\w*|"
    r"стрельб\w*|стрілянин\w*|اشتباك\w*|"
    r"atac\w*|asesin\w*|secuestr\w*|dispar\w*|"
    r"هجوم|هاجم\w*|قتل\w*|اختطاف|اختطف\w*|انفجار|عبوة|"
    r"напа\w*|убит\w*|убил\w*|обстрел\w*|взрыв\w*|похищ\w*|"
    r"напад\w*|вбит\w*|вбил\w*|обстріл\w*|вибух\w*|викрад\w*)", re.IGNORECASE)
# Words of harm done to someone (the evidence of an implied victim): IMPLIED plus beatings,
# torture, executions, robbery, looting and destruction.
HARM = re.compile(
    IMPLIED.pattern + r"|\b(?:beat(?:en|ing)?|wound\w*|injur\w*|opened fire|herid\w*|hiri\w*|"
    r"execut\w*|assault\w*|robb\w*|seiz\w*|"
    r"hijack\w*|vandali[sz]\w*|destr\w*|ransack\w*|lynch\w*|flogg\w*|"
    r"frapp\w*|pill\w*|saccag\w*|incendi\w*|détrui\w*|viol[ée]\w*|"
    r"golpe\w*|saque\w*|quem\w*|destru\w*|violad\w*|tortur\w*|"
    r"ضرب\w*|جرح\w*|أصاب\w*|نهب\w*|أحرق\w*|عذب\w*|اغتصب\w*|"
    r"ранен\w*|ранил\w*|поранен\w*|поранил\w*|избил\w*|пыт\w*|грабе\w*|разгром\w*|сожгл\w*|изнасил\w*|"
    r"побил\w*|катув\w*|пограбу\w*|спалил\w*|зґвалту\w*)", re.IGNORECASE)
# After a crowd word: it did the violence ("supporters of X clashed", "youths stormed",
# "les habitants ont lynché", "жители избили").
CROWD_ACT = re.compile(
    r"^(?:\s+(?:of|from|loyal to|de|des|du|del|de la)\s+[^.;:,]{0,45}?)?\s*(?:\w+\s+){0,2}?"
    r"(?:attack\w*|assault\w*|beat|lynch\w*|ston(?:ed|ing)|hurl\w*|threw|clash\w*|storm\w*|"
    r"torch\w*|burn(?:ed|t)|set fire|ransack\w*|raid\w*|hack\w*|destroy\w*|loot\w*|vandali\w*|"
    r"fought|engag\w+ in|"
    r"(?:ont|a)\s+(?:attaqu|agress|lynch|lapid|incendi|saccag|frapp|pill)\w*|attaqu\w*|lynch\w*|"
    r"s'en sont pris|se sont affront\w*|"
    r"atac\w*|agredi\w*|linch\w*|apedre\w*|incendi\w*|saque\w*|se enfrent\w*|golpe\w*|"
    r"هاجم\w*|اعتد\w*|أحرق\w*|اشتبك\w*|رشق\w*|"
    r"напа\w*|избил\w*|забросал\w*|подожгл\w*|разгромил\w*|"
    r"побил\w*|закидал\w*|підпалил\w*|розгромил\w*)", re.IGNORECASE)
# Civilian words that name a crowd (not a victim, a house or one person): only these, besides
# rioters and protesters words, can be a crowd doing violence.
COLLECTIVE = re.compile(
    r"(?:^|\s)(?:residents|villagers|inhabitants|locals|population|students|voters|community|"
    r"habitants|villageois|populations?|élèves|étudiants|riverains|"
    r"vecinos|habitantes|pobladores|estudiantes|comuneros|"
    r"الأهالي|أهالي|السكان|سكان|الطلاب|"
    r"жители|жителей|местные|студенты|жителі|мешканці|місцеві|студенти)$", re.IGNORECASE)
JOINED = re.compile(r"\s*,?\s*(?:and/or|and|or|et|ou|y|o|e|и|или|і|та|або|чи)\s*|\s*و",
                     re.IGNORECASE)
SECURITY = re.compile(r"security|s[ée]curit[ée]|\bFDS\b|de l'ordre|seguridad|del orden|"
                       r"الأمن|безопасност|правоохран|силов|безпек", re.IGNORECASE)
# Between a clash word and the force it names: "clashes with police", "clashed with the GSU".
AGAINST_FORCE = re.compile(r"(?:\s+\w+){0,2}?\s+(?:with|against|avec|contre|con|contra|с|з|مع)"
                            r"(?:\s+(?:the|la|le|les|l'|los|las|el))?\s*", re.IGNORECASE)
# What rioters do besides harm: "barricaded the road", "hurled stones", "barricadé", "bloqueo".
RIOT_ACT = re.compile(r"\b(?:barricad\w*|block\w*|ston\w*|hurl\w*|pelt\w*|stormed|stampede\w*|"
                       r"bloqu\w*|caillass\w*|pierres|piedras|حجار\w*|камн\w*|каміння)",
                       re.IGNORECASE)
# The act of protesting, in six languages: the evidence of a protest's protesters when the
# crowd is named by a word the registry does not know ("un grupo de jubilados protestó").
PROTEST_ACT = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|march\w*|rall(?:y|ied|ies)\w*|strik\w*|sit-in\w*|"
    r"manifest\w*|rassembl\w*|grève\w*|défil\w*|concentr\w*|huelga\w*|marcha\w*|"
    r"протест\w*|митинг\w*|мітинг\w*|демонстрац\w*|акци\w*|акці\w*|забастов\w*|страйк\w*|"
    r"احتج\w*|تظاهر\w*|مظاهر\w*|اعتصام\w*|اعتصم\w*|مسير\w*|إضراب\w*|اضراب\w*)",
    re.IGNORECASE)
# "the arrest of eight soldiers", "arrested two policemen", "l'arrestation de huit soldats",
# "detuvo a tres militares", "задержали двух военных": the actor named right after is arrested.
ARRESTED = re.compile(
    r"(?:\barrest(?:ed|ing|s)?|\bdetain(?:ed|ing)?|arrestation|interpell\w*|arrêt(?:é|és|ée|ées|er)"
    r"|detuv\w+|deten(?:ido|idos|ción)|arrest\w*|задерж\w+|затрим\w+|اعتقال|اعتقلت|اعتقل)"
    r"[^.;:]{0,12}?(?:\s(?:of|de|d'|des|du|a|les|the|los|las)\b)?[\s\w'’-]{0,25}$",
    re.IGNORECASE)
# Two crowds fighting each other: ACLED codes both sides as rioters.
TWO_SIDES = re.compile(r"\b(?:clash\w*|fought|factions|rival|two groups|opposing|affrontements?|"
                        r"enfrentamientos?|اشتباكات|стычк\w*|сутичк\w*)", re.IGNORECASE)
PAIR = re.compile(r"(?:\bbetween|\bentre|\bmежду|\bміж|\bмежду|بين)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
# A force implied by its weapon ("an airstrike", "frappe aérienne", "غارة جوية", "авиаудар"):
# the doer when no one else is named, never the target.
AIR_FORCE = re.compile(r"(?i)air ?strike|drone strike|air force|frappe|aviation|armée de l'air|"
                       r"ataque aéreo|bombardeo aéreo|غار|الطيران|авиа|авіа")
