"""Word lists and patterns of the fatality counter (:mod:`polemos.casualties`), in six languages.

Hand-written from ACLED's codebook conventions; no text from ACLED notes.
"""

from __future__ import annotations

import re


def _table(spec: dict[int, str]) -> dict[str, int]:
    return {w: n for n, ws in spec.items() for w in ws.split()}


NUMBER_WORDS: dict[str, int] = _table({
    1: "one a an single lone un une uno una один одна одно одного одной одну одном одним "
       "одне однієї واحد واحدة",
    2: "two couple deux dos два две двух двумя двое двоих дві двох двома двоє двоїх "
       "اثنان اثنين اثنتين اثنتان",
    3: "three trois tres три трех трёх тремя трое троих трьох трьома троє троїх ثلاثة ثلاث "
       "several plusieurs varios varias несколько нескольких кілька кількох декілька "
       "декількох عدة",
    4: "four quatre cuatro четыре четырех четырёх четырьмя четверо четверых чотири чотирьох "
       "أربعة أربع اربعة اربع",
    5: "five cinq cinco пять пяти пятью пятеро пятерых п'ять п'яти п'ятьох п'ятеро خمسة خمس",
    6: "six seis шесть шести шестеро шестерых шість шістьох ستة",
    7: "seven sept siete семь семи семеро семерых сім сімох سبعة سبع",
    8: "eight huit ocho восемь восьми восьмерых вісім вісьмох восьмеро ثمانية ثماني ثمان",
    9: "nine neuf nueve девять девяти девятерых дев'ять дев'яти дев'ятьох дев'ятеро تسعة تسع",
    10: "ten dix diez decena десять десяти десятеро десятерых десятьох عشرة عشر tens dizaines "
        "dizaine "
        "decenas десятки десятков десятків",
    11: "eleven onze once одиннадцать одиннадцати одинадцять одинадцяти",
    12: "twelve douze doce двенадцать двенадцати дванадцять дванадцяти dozen dozens douzaine "
        "douzaines docena docenas дюжина дюжины عشرات",  # "عشرات": ACLED's "dozens"
    13: "thirteen treize trece тринадцать тринадцати тринадцять тринадцяти",
    14: "fourteen quatorze catorce четырнадцать четырнадцати чотирнадцять чотирнадцяти",
    15: "fifteen quinze quince пятнадцать пятнадцати п'ятнадцять п'ятнадцяти",
    16: "sixteen seize dieciséis шестнадцать шестнадцати шістнадцять шістнадцяти",
    17: "seventeen diecisiete семнадцать семнадцати сімнадцять сімнадцяти",
    18: "eighteen dieciocho восемнадцать восемнадцати вісімнадцять вісімнадцяти",
    19: "nineteen diecinueve девятнадцать девятнадцати дев'ятнадцять дев'ятнадцяти",
    20: "twenty vingt veinte veintena vingtaine двадцать двадцати двадцять двадцяти عشرين عشرون "
        "score scores",
    30: "thirty trente treinta trentaine тридцать тридцати тридцять тридцяти ثلاثين ثلاثون",
    40: "forty quarante cuarenta quarantaine сорок сорока أربعين أربعون اربعين",
    50: "fifty cinquante cincuenta cinquantaine пятьдесят пятидесяти п'ятдесят п'ятдесяти "
        "خمسين خمسون",
    60: "sixty soixante sesenta шестьдесят шестидесяти шістдесят ستين ستون",
    70: "seventy setenta семьдесят семидесяти сімдесят سبعين سبعون",
    80: "eighty ochenta восемьдесят восьмидесяти вісімдесят ثمانين ثمانون",
    90: "ninety noventa девяносто девяноста дев'яносто تسعين تسعون",
    100: "hundred hundreds cent centaine centaines cien ciento cientos centenar centenares сто ста "
         "сотни сотен сотні "
         "сотень مائة مئة مئات",
    1000: "thousand thousands mille milliers mil miles тысяча тысячи тысяч тисяча тисячі тисяч "
          "ألف آلاف",
})
# Arabic duals of the nouns that name victims: the noun is the number ("قُتل جنديان" = 2).
# Only forms that cannot be a plural ("مدنيين" is "civilians", so not here; "مدنيان" is two).
NUMBER_WORDS.update({w: 2 for w in (
    "جنديان جنديين شخصان شخصين طفلان طفلين رجلان رجلين شابان شابين امرأتان امرأتين سيدتان "
    "سيدتين شقيقان شقيقين أخوان ضابطان ضابطين عنصران عنصرين مواطنان مدنيان عسكريان "
    "شرطيان مسلحان مقاتلان فلسطينيان صحفيان صحافيان طفلتان طفلتين فتاتان فتاتين").split()})
# Death words. "v": verb-like, the count may follow it ("killing 5", "погибли 5 человек", "مقتل 3");
# "n": noun/participle, the count precedes it ("5 dead", "trois morts"); "s": singular verb forms
# that mean one death when no number is attached ("was killed", "погиб", "murió").
DEATH: dict[str, str] = {}
for _kind, _ws in {
    "v": "killing killed kill kills slaying slew massacring massacred executing executed beheading "
         "beheaded decapitated "
         "assassinated assassinating assassinate assassinates neutralized neutralised neutralizing "
         "neutralising lynched lynching murdered murdering "
         "tuant tuer tué tués tuée tuées tue tuent abattu abattus abattue abattues abattant "
         "massacré massacrés massacrée massacrées massacrant coûté neutralisé neutralisés "
         "neutralisée neutralisées neutralisant neutraliser exécuté exécutés exécutées exécutant "
         "assassiné assassinés assassinée assassinées assassinant égorgé égorgés décapité "
         "décapités lynché lynchés "
         "matando mató mataron matar mata matan murieron mueren fallecieron fallecen perecieron "
         "asesinando asesinó asesinaron asesina asesinan asesinados asesinadas ejecutó "
         "ejecutaron ejecutados ejecutadas abatió abatieron abatidos abatidas ultimados "
         "acribillados masacrados masacradas "
         "убил убив убила убили убито убиты убитых убивая погибли погибло погибших погибшими "
         "погибшим "
         "жертвами гибель гибели скончались умерли ликвидированы ликвидировано ликвидировали "
         "застрелили застрелены расстреляли расстреляны казнили казнены "
         "вбив вбила вбили вбито вбиті вбитих убиті убитих загинули загинуло загиблих загиблими "
         "загибель загибелі померли ліквідовано ліквідували ліквідовані застрелили розстріляли "
         "розстріляні стратили "
         "مقتل حصيلة قتل قتلت قتلا قتلتا يقتل تقتل استشهاد مصرع حياة إعدام اعدام أعدم أعدمت اعدم "
         "اغتيال اغتال اغتالت وفاة تصفية قضى toll bilan balance",
    "n": "dead deaths death fatalities bodies corpses lives die perished "
         "morts mortes morte mort décès péri vie victimes vies cadavres décédés décédées "
         "muertos muertas muerto fallecidos fallecidas vida cadáveres cuerpos mortales occisos "
         "погибшие погибли трупов тел загиблі загиблих тіл "
         "قتلى قتيلا شهداء شهيدا شهيد جثث حتفهم مصرعهم قتلوا قضوا استشهدوا توفوا",
    "s": "died dies succumbed succombé décédé décédée mort morte murió falleció muere fallece "
         "pereció asesinado asesinada "
         "погиб погибла умер умерла убит убита скончался скончалась застрелен застрелена "
         "расстрелян казнен загинув загинула помер померла вбитий вбита убитий убита "
         "застрелений застрелена "
         "حتفه حتفها مصرعه مصرعها قتيل توفي توفيت استشهد استشهدت",
    # Arabic dual death words: two dead ("سقوط قتيلين", "لقيا حتفهما")
    "d": "قتيلان قتيلين شهيدان شهيدين حتفهما مصرعهما",
}.items():
    for _w in _ws.split():
        DEATH.setdefault(_w, _kind)
INJURY = set(
    "injured injuring injuries injury wounded wounding wounds hurt hospitalised hospitalized "
    "blessé blessés blessée blessées blessant blessures hospitalisés heridos herido heridas "
    "herida hiriendo hirió hirieron lesionados lesionadas "
    "ранены ранен ранена ранения ранений раненых раненые ранив ранили ранило пострадали "
    "пострадавших пострадавшие поранені поранено поранених поранення поранив поранили "
    "поранила травмовані травмовано постраждали постраждалих госпіталізовано "
    "جرحى جريح جريحا جريحان جريحين إصابة إصابات اصابة اصابات مصابين مصابا مصاب أصيب اصيب "
    "أصيبت اصيبت أصيبوا اصيبوا إصابتهم".split()
)
CONJ = set("and et y e и і та й و plus".split())
_FR_MONTHS = ("(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|"
              "octobre|novembre|décembre|decembre)")
_ES_MONTHS = ("(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
              "diciembre)")
CUMULATIVE = re.compile(
    r"\bsince\b|so far this year|to date|en lo que va|с начала|\bс \d{4}|"
    # "depuis" / "desde" also mean "from" a place ("desde drones", "tirés depuis l'est"): only
    # with a time after them
    rf"\bdepuis\s+(?:le\s+début|le\s+déclenchement|(?:le\s+)?(?:\d{{1,2}}\s+)?{_FR_MONTHS}|\d{{4}}|"
    r"l['’]an|des\s+(?:mois|années|semaines)|plusieurs|que|lors|janvier)"
    rf"|\bdesde\s+(?:el\s+(?:inicio|comienzo|principio)|hace|que|(?:el\s+)?(?:\d{{1,2}}\s+de\s+)?"
    rf"{_ES_MONTHS}|\d{{4}}|entonces|principios|finales|el\s+año|el\s+\d{{1,2}})|"
    r"з початку|від початку|\bз \d{4}|\bвід \d{4}|за (?:весь |всё )?время (?:войны|вторжения|"
    r"конфликта)|за (?:весь )?час (?:війни|вторгнення)|"
    r"\bс (?:\d{1,2} )?(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|"
    r"ноября|декабря) \d{4}|\bз (?:\d{1,2} )?(?:січня|лютого|березня|квітня|травня|червня|липня|"
    r"серпня|вересня|жовтня|листопада|грудня) \d{4}|منذ", re.IGNORECASE)
ZERO = re.compile(
    r"\bno (?:reported |immediate |reports? of |report of )?(?:casualties|fatalities|deaths|one was killed|injuries or deaths)"
    r"|\bno(?:body| one) (?:was|were) (?:killed|hurt|injured)|without casualties|no fatalities (?:is|are|were) reported"
    r"|sans faire de (?:victimes?|morts?)|n'a (?:pas )?fait (?:de|aucune) victimes?|aucune victime|aucun mort|pas de (?:victimes?|morts?)|"
    r"personne n'a été (?:tué|blessé)|sin (?:causar |dejar )?(?:víctimas|muertos)|"
    r"no (?:hubo|dejó|causó) (?:víctimas|muertos)|no se (?:reportaron|registraron) (?:víctimas|muertos)|"
    r"nadie (?:murió|resultó)|без жертв|без погибших|жертв нет|погибших нет|никто не (?:погиб|пострадал)|"
    r"жертв немає|загиблих немає|без загиблих|обійшлося без жертв|ніхто не (?:загинув|постраждав)|"
    r"دون (?:وقوع )?(?:إصابات|ضحايا|خسائر بشرية|قتلى)|لم (?:ترد|يسفر|تسفر|يسجل|تسجل)[^.]{0,30}"
    r"(?:إصابات|ضحايا|خسائر|قتلى)|لا (?:إصابات|ضحايا|قتلى)",
    re.IGNORECASE)
SKIP_WORDS = set(
    "at least some about around nearly almost over more than up to another other others of the "
    "au moins quelque environ près de plus d' al menos unos unas cerca más por lo alrededor "
    "aproximadamente como mínimo не менее более около по меньшей мере как минимум свыше "
    "щонайменше понад близько ще не менш менше принаймні мінімум "
    "ما لا يقل عن نحو حوالي أكثر من قرابة زهاء "
    "people persons person civilians soldiers".split())
# Negation right before a death word: "no one was killed", "никто не погиб", "لم يقتل أحد".
NEGATORS = frozenset("no not never nobody none nearly almost failli casi чуть ледь n'a n'ont n'y "
                     "nadie ningún ninguna ninguno "
                     "не ні ни никто ніхто لم ولم لا ولا".split())
# "The toll rose to seven": the verb, and what may follow it before the number.
TOLL_RISE = frozenset(
    "rose risen rises rising climbed climbs jumped increased reached alourdi alourdit grimpé "
    "atteint passé élève s'élève s'alourdit ascendió asciende aumentó subió elevó eleva llegó "
    "alcanzó "
    "возросло возросла выросло выросла увеличилось увеличилась достигло достигла вырос возрос "
    "зросла зросло зріс збільшилася збільшилось досягла досягло сягнула "
    "ارتفع ارتفعت وارتفع وارتفعت بلغ بلغت وبلغ وبلغت".split())
TOLL_TO = frozenset("to à a до إلى الى".split())
# A toll of a whole war is not this event's: "the toll of the war rose to 500".
WAR_TOLL = re.compile(r"\b(?:war|guerre|guerra|войн\w*|війн\w*|conflict\w*|conflit|invasion|"
                      r"вторжени\w*|вторгненн\w*)\b|الحرب|النزاع", re.IGNORECASE)

# Words after a number that make it an age, a distance, a time or a herd, not a count of people:
# "a 15-year-old girl", "25 km from", "at 11 am", "100 camels", "father of four".
_NOT_PEOPLE = re.compile(
    r"^(?:years?|yrs?|year-old|years-old|months?|month-old|weeks?|days?|hours?|minutes?|km|kms|"
    r"kilomet\w*|miles?|metres?|meters?|m|kg|am|pm|h|percent|%|ans|an|mois|jours?|heures?|"
    r"años|año|meses|días|horas|minutos|semanas|semaines|kil[oó]m[eèé]t\w*|m[eè]tres|metros|"
    r"лет|года|год|роки|років|рік|км|летн\w*|річн\w*|минут\w*|хвилин\w*|часов|часа|годин\w*|"
    r"дней|дня|днів|"
    r"метр\w*|километр\w*|кілометр\w*|عاما|عامًا|عام|سنة|سنوات|كلم|كيلومتر\w*|ساعات|ساعة|"
    r"أيام|يوما|دقائق|دقيقة|"
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
