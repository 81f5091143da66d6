"""Word lists and patterns of the fatality counter (:mod:`polemos.casualties`), in six languages.

Hand-written from ACLED's codebook conventions; no text from ACLED notes.
"""

from __future__ import annotations

import re


def _table(spec: dict[int, str]) -> dict[str, int]:
    return {w: n for n, ws in spec.items() for w in ws.split()}


NUMBER_WORDS: dict[str, int] = _table({
    1: "one a an single lone un une uno una un один одна одного одну одном одним один одна одного одну "
       "واحد واحدة",
    2: "two couple deux dos два две двух двое двоих дві двох двоє двоїх اثنان اثنين اثنتين اثنتان "
       "شخصين شخصان جنديين جنديان طفلين طفلان رجلين رجلان شرطيين",
    3: "three trois tres три трех трёх трое троих трьох троє троїх ثلاثة ثلاث "
       "several plusieurs varios varias несколько нескольких кілька кількох عدة",
    4: "four quatre cuatro четыре четырех четырёх четверо четверых чотири чотирьох четверо أربعة أربع اربعة اربع",
    5: "five cinq cinco пять пяти пятеро пятерых п'ять п'ятьох п'ятеро خمسة خمس",
    6: "six seis шесть шести шестеро шість шістьох шестеро ستة",
    7: "seven sept siete семь семи семеро сім сімох семеро سبعة سبع",
    8: "eight huit ocho восемь восьми вісім вісьмох ثمانية ثماني ثمان",
    9: "nine neuf nueve девять девяти дев'ять дев'ятьох تسعة تسع",
    10: "ten dix diez десять десяти десятеро десятьох عشرة عشر tens dizaines dizaine decenas "
        "десятки десятков десятків عشرات",
    11: "eleven onze once одиннадцать одиннадцяти одинадцять",
    12: "twelve douze doce двенадцать дванадцять dozen dozens douzaine douzaines docena docenas "
        "дюжина дюжины",
    13: "thirteen treize trece тринадцать тринадцять",
    14: "fourteen quatorze catorce четырнадцать чотирнадцять",
    15: "fifteen quinze quince пятнадцать п'ятнадцять",
    16: "sixteen seize dieciséis шестнадцать шістнадцять",
    17: "seventeen diecisiete семнадцать сімнадцять",
    18: "eighteen dieciocho восемнадцать вісімнадцять",
    19: "nineteen diecinueve девятнадцать дев'ятнадцять",
    20: "twenty vingt veinte vingtaine двадцать двадцати двадцять عشرين عشرون score scores",
    30: "thirty trente treinta trentaine тридцать тридцять ثلاثين ثلاثون",
    40: "forty quarante cuarenta quarantaine сорок أربعين أربعون",
    50: "fifty cinquante cincuenta cinquantaine пятьдесят п'ятдесят خمسين خمسون",
    60: "sixty soixante sesenta шестьдесят шістдесят ستين",
    70: "seventy setenta семьдесят сімдесят سبعين",
    80: "eighty ochenta восемьдесят вісімдесят ثمانين",
    90: "ninety noventa девяносто дев'яносто تسعين",
    100: "hundred hundreds cent centaines cien ciento cientos centenares сто сотни сотен сотні "
         "مائة مئة مئات",
    1000: "thousand thousands mille milliers mil miles тысяча тысячи тысяч тисяча тисячі тисяч "
          "ألف آلاف",
})
# Death words. "v": verb-like, the count may follow it ("killing 5", "погибли 5 человек", "مقتل 3");
# "n": noun/participle, the count precedes it ("5 dead", "trois morts"); "s": singular verb forms
# that mean one death when no number is attached ("was killed", "погиб", "murió").
DEATH: dict[str, str] = {}
for _kind, _ws in {
    "v": "killing killed kill kills slaying slew massacring massacred executing executed beheading "
         "beheaded decapitated "
         "assassinated assassinating assassinate assassinates neutralized neutralised neutralizing "
         "neutralising lynched lynching murdered murdering "
         "tuant tuer tué tués tuée tuées abattu abattus abattant massacré massacrés coûté "
         "matando mató mataron matar murieron fallecieron asesinando asesinó asesinaron asesinados asesinadas "
         "убив убили убито убиты погибли погибло погибших погибшими жертвами "
         "вбив вбили вбито убили загинули загинуло загиблих "
         "مقتل قتل قتلت استشهاد مصرع حياة toll bilan balance",
    "n": "dead deaths death fatalities bodies corpses lives die perished "
         "morts mortes morte mort décès péri vie victimes vies "
         "muertos muertas muerto fallecidos vida cadáveres cuerpos "
         "погибшие погибли трупов тел загиблі загиблих тіл "
         "قتلى قتيلا شهداء شهيد جثث حتفهم مصرعهم قتلوا قضوا استشهدوا توفوا",
    "s": "died dies succumbed succombé décédé décédée mort morte murió falleció погиб погибла "
         "умер умерла убит убита загинув загинула помер померла вбитий вбита حتفه مصرعه قتيل توفي "
         "استشهد",
}.items():
    for _w in _ws.split():
        DEATH.setdefault(_w, _kind)
INJURY = set(
    "injured injuring injuries injury wounded wounding wounds hurt hospitalised hospitalized "
    "blessé blessés blessée blessées blessant blessures heridos herido heridas herida hiriendo "
    "ранены ранен ранена ранения ранений раненых раненые ранив ранили поранені поранено поранених "
    "поранив поранили травмовані جرحى جريح إصابة إصابات اصابة اصابات مصابين مصابا أصيب اصيب".split()
)
CONJ = set("and et y e и і та й و plus".split())
CUMULATIVE = re.compile(
    r"\bsince\b|so far this year|to date|\bdepuis\b|en lo que va|\bdesde\b|с начала|\bс \d{4}|"
    r"з початку|\bз \d{4}|منذ", re.IGNORECASE)
ZERO = re.compile(
    r"\bno (?:reported |immediate |reports? of |report of )?(?:casualties|fatalities|deaths|one was killed|injuries or deaths)"
    r"|\bno(?:body| one) (?:was|were) (?:killed|hurt|injured)|without casualties|no fatalities (?:is|are|were) reported"
    r"|sans faire de victimes?|aucune victime|pas de victimes?|sin (?:causar )?víctimas|no hubo víctimas"
    r"|no se (?:reportaron|registraron) víctimas|без жертв|жертв нет|жертв немає|обійшлося без жертв"
    r"|دون (?:وقوع )?(?:إصابات|ضحايا|خسائر بشرية)|لم (?:ترد|يسفر)[^.]{0,30}(?:إصابات|ضحايا|خسائر)",
    re.IGNORECASE)
SKIP_WORDS = set(
    "at least some about around nearly almost over more than up to another other others of the "
    "au moins quelque environ près de plus d' al menos unos unas cerca más не менее более около "
    "по меньшей мере щонайменше понад близько ще не менш ما لا يقل عن نحو حوالي أكثر من "
    "people persons person civilians soldiers".split())


# Words after a number that make it an age, a distance, a time or a herd, not a count of people:
# "a 15-year-old girl", "25 km from", "at 11 am", "100 camels", "father of four".
_NOT_PEOPLE = re.compile(
    r"^(?:years?|yrs?|year-old|years-old|months?|month-old|weeks?|days?|hours?|minutes?|km|kms|"
    r"kilomet\w*|miles?|metres?|meters?|m|kg|am|pm|h|percent|%|ans|an|mois|jours?|heures?|"
    r"años|año|meses|días|horas|лет|года|год|роки|років|рік|км|عاما|عامًا|عام|سنة|سنوات|كلم|"
    r"camels?|goats?|cattle|cows?|sheep|livestock|donkeys?|animals?|heads?|ruminants?|"
    r"chameaux|chèvres|bovins|moutons|bétail|têtes|vacas|cabras|ovejas|ganado|cabezas|"
    r"голов|коров|овец|голів|رأس|ماشية)$", re.IGNORECASE)
_KIN = frozenset("father mother parent père mère padre madre отец мать батько мати".split())
_PREP = frozenset("in at on near from to into onto between with by dans à près en entre cerca "
                  "con в во у на по під біля في على".split())
_EVENT_NOUNS = frozenset("killing killings massacre assassination murder slaying toll bilan "
                         "meurtre assassinat asesinato matanza".split())
_DETS = frozenset("a an un une una uno".split())


# A death named as the cause of what is reported: "protests over the killing of a student",
# "in retaliation for the murder of", "après la mort de", "tras el asesinato de".
_CAUSE = re.compile(
    r"(?:\b(?:after|following|over|(?:retaliation|revenge|reprisal|justice)\s+for|against|"
    r"protest\w*|denounc\w*|condemn\w*|response\s+to|"
    r"apr[èe]s|suite\s+[àa]|contre|d[ée]non\w*|tras|por|contra|denunci\w*|luego\s+de)"
    r"|(?:после|через|проти|против|після|بعد|إثر|اثر|احتجاجا على))\s+"
    r"(?P<det>the|a|an|his|her|their|la|le|l'|les|el|los|las|del|de\s+la|du)?\s*(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE)
_CAUSE_NOUNS = frozenset("killing killings death deaths murder murders assassination massacre "
                         "mort meurtre assassinat décès muerte asesinato matanza "
                         "гибели убийства смерти загибелі вбивства смерті مقتل".split())


_BODY = frozenset("body corpse cadavre corps cuerpo cadáver тело тело тіло جثة جثته".split())
_FOUND = re.compile(r"\b(?:found|discovered|recovered|retrieved|retrouvé\w*|découvert\w*|"
                    r"encontrad\w*|hallad\w*|найден\w*|обнаружен\w*|знайден\w*)|عثر|العثور",
                    re.IGNORECASE)
_TRY = frozenset("attempt attempts attempted attempting tried try tries trying plot plotted "
                 "threatened threatening tenté tente tentative intentó intentaron intento "
                 "пытались пытался намагалися".split())

_FREE = frozenset({"/", "and", "or", "suspected", "presumed", "alleged", "reported"})
_PARTICIPLE = re.compile(
    r"^(?:\w+(?:ed|é|ée|és|ées|ado|ados|ada|adas|ido|idos|ida|idas|ены|аны|ені|ані)|shot|beaten|"
    r"stabbed|hit|taken|seized|caught|held|struck|burnt|tortured)$", re.IGNORECASE)
_FR_AUX_NEXT = set("été fait perdu causé coûté tué fait".split())
_STOP_AFTER = set("by in on during after par dans lors après por en durante tras в во під у під час في خلال".split())
_AUX = set("was were been is are be été sont est fue fueron sido ha han".split())
_THEM = frozenset("them ellos les их їх".split())
_ATTRIBUTED = re.compile(
    r"\b(?:report(?:s|ed)?|claim\w*|said|says|according|sources?|toll|total|estimat\w*|"
    r"selon|d'apr[èe]s|bilan|seg[úu]n|inform\w*|данным|сообщ\w*|даними|повідом\w*)\b|وفق|حسب",
    re.IGNORECASE)
_NOT_VICTIM = (SKIP_WORDS - {"people", "persons", "person", "civilians", "soldiers"}) | _AUX | _PREP | {
    "also", "reportedly", "all", "were", "and", "or", "a", "an", "others", "while", "who", "which",
    "ont", "avaient", "autres", "otros", "otras", "han", "habían", "были", "был", "была", "були",
    "був", "була"}
