"""What a long article says besides its news: recollections, reactions and announcements.

A report of one attack goes on for paragraphs: earlier attacks recalled with their own dates
("In June last year, suicide bombers killed 18 people in the town"), officials condemning,
denying or vowing revenge, a march called for next Sunday. The detector reads many of those
sentences as events; :func:`prune` drops them from the candidates before the one-event rules
(:func:`polemos.candidates.collapse`) join what is left. Rules, in every language polemos reads:

- **recalled**: after the article's lead event (the first one dated to the day by its own
  sentence), a sentence dated by its own words more than :data:`LEAD_SLACK_DAYS` days
  earlier ("last week", "on 29 August") or only to a month that began before the lead's day
  ("early June", "le mois dernier"), tells an earlier happening; so does one that says "last
  year" / "l'an dernier" / "в прошлом году" with no day of its own (:func:`earlier_period`),
  unless it opens on another news item within the week ("Par ailleurs, ... mardi dernier");
- **reaction**: after an event has been told (news, or one recalled or remembered: "L'attaque,
  revendiquée par le GSIM, ..." after a tribute), a sentence with no toll of its own whose
  act is a statement (denies, accuses, vows, promises, threatens, attributes or claims the
  attack; condemns or calls for, except in protest sentences: protesters denounce and
  demand) is a reaction to it;
- **aftermath**: after an event, a sentence telling what became of the wounded (flown,
  taken or evacuated to hospital), with no toll of its own, is no new act;
- **habitual**: a sentence with no day or toll of its own telling what goes on or recurs
  ("has continued air strikes", "régulièrement", "постоянно", "تتكرر") is no one happening;
- **follows**: after an event, a sentence with no day of its own saying what it comes after
  ("The attack comes days after ...") or, in Arabic's pluperfect, what had happened before
  ("وكانت ... قد ...") tells an earlier happening (with a day of its own, "وكانت ... قد
  اقتحمت يوم الأحد", it may be news: the dates decide);
- **remembers**: a sentence whose act is remembering (marking an anniversary, paying
  tribute) tells no new act, unless it is a protest (a march on an anniversary is one);
- **before judges**: a sentence whose act is testimony before judges (testified, told the
  court; admitted or confessed before a court or tribunal) tells the acts being judged, not
  news, unless it is a protest (a crowd outside the court);
- **announced**: a sentence about "next Sunday" / "samedi prochain" / "el próximo domingo",
  after an event has been reported or with no date of its own, announces; nothing has
  happened yet.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from polemos.candidates import Candidate, dated
from polemos.casualty_tokens import AR_MARK
from polemos.claims import unclaimed
from polemos.register import separate_item

__all__ = ["LEAD_SLACK_DAYS", "aftermath", "announced", "before_judges", "earlier_period",
           "follows", "habitual", "prune", "reaction", "remembers"]

# A later sentence dated this many days or fewer before the lead event may still be news
# (a roundup of the week); further back it is a recollection.
LEAD_SLACK_DAYS = 3
# ... and one that opens on another news item ("Par ailleurs, ...") may be a week old
SEPARATE_NEWS_DAYS = 7

_SPORT_FIGHTS = frozenset({"Armed clash", "Attack", "Shelling/artillery/missile attack",
                           "Air/drone strike", "Non-state actor overtakes territory",
                           "Government regains territory"})
_PROTESTS = frozenset({"Peaceful protest", "Protest with intervention",
                       "Excessive force against protesters", "Violent demonstration",
                       "Mob violence"})

_AR = "\u0600-\u06ff"


def _ar_words(words: str) -> str:
    """Arabic verbs as whole words, with the conjunction prefixes و / ف allowed."""
    return rf"(?<![{_AR}])(?:و|ف)?(?:{words})(?![{_AR}])"


# Last year or last month, said in words: the sentence's happening is not this report's.
_EARLIER = re.compile(
    r"\b(?:last|the\s+previous)\s+(?:year|month)\b|\ba\s+year\s+(?:ago|earlier)\b"
    r"|\bl['’](?:an|année)\s+(?:derni(?:er|ère)|passée?|précédente?)\b"
    r"|\ble\s+mois\s+(?:dernier|passé|précédent)\b|\bil\s+y\s+a\s+un\s+an\b"
    r"|\b(?:el\s+)?(?:año|mes)\s+(?:pasado|anterior)\b|\bhace\s+un\s+año\b"
    r"|\b(?:в\s+)?прошло(?:м|го)\s+(?:году|года|месяце|месяца)\b|\bгод\s+назад\b"
    r"|\bминуло(?:го|му)\s+(?:року|році|місяця|місяці)\b|\bторік\b|\bрік\s+тому\b"
    r"|(?:العام|السنة|الشهر)\s+(?:الماضي|الماضية|المنصرم|المنصرمة|السابق|السابقة)"
    r"|قبل\s+عام"
    # a season, not a day: "a strike on a Kharkiv block in spring" (2026-12-02, session 13)
    r"|\b(?:in|last|this)\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter)\b(?!\s+[a-z])"
    r"|\b(?:au\s+printemps|en\s+(?:été|automne|hiver))\b|\ben\s+(?:primavera|verano|otoño|invierno)\b"
    r"|\b(?:весной|летом|осенью|зимой|навесні|влітку|восени|взимку)\b"
    r"|(?:في|خلال)\s+(?:الربيع|الصيف|الخريف|الشتاء)"
    # a year after something: the something is last year's ("Un año después de que ...")
    r"|\ba\s+year\s+(?:after|since)\b|\bun\s+an\s+après\b|\bun\s+año\s+después\b"
    r"|\bгод\s+спустя\b|\bчерез\s+год\s+после\b|\bчерез\s+рік\s+після\b"
    r"|بعد\s+(?:مرور\s+)?عام\s+(?:على|من)"
    # some years or months ago, in any number ("Twelve years ago", "il y a quinze ans")
    r"|\b\w+\s+(?:years|decades|months)\s+(?:ago|earlier)\b"
    r"|\bil\s+y\s+a\s+\w+\s+(?:ans|années|décennies|mois)\b"
    r"|\bhace\s+\w+\s+(?:años|décadas|meses)\b"
    r"|\b\w+\s+(?:года|лет|месяцев|месяца)\s+назад\b|\b\w+\s+(?:роки|років|місяців|місяці)\s+тому\b"
    # some years or months ago ("ten years ago", "il y a dix ans", "hace tres meses")
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|many)\s+"
    r"(?:years|decades|months)\s+(?:ago|earlier|before)\b"
    r"|\bil\s+y\s+a\s+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|"
    r"plusieurs)\s+(?:ans|années|décennies|mois)\b"
    r"|\bhace\s+(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|unos|varios|"
    r"algunos)\s+(?:años|décadas|meses)\b"
    r"|\b(?:\d+|два|три|четыре|пять|шесть|семь|восемь|девять|десять|несколько)\s+"
    r"(?:года|лет|месяца|месяцев)\s+назад\b"
    r"|\b(?:\d+|два|дві|три|чотири|п['’]ять|шість|сім|вісім|дев['’]ять|десять|кілька)\s+"
    r"(?:роки|років|місяці|місяців)\s+тому\b"
    r"|قبل\s+(?:عامين|سنتين|شهرين|عقد|عقود|\d+\s+(?:سنوات|سنة|أعوام|اعوام|عاما|أشهر|اشهر|شهرا)"
    r"|(?:ثلاث|أربع|اربع|خمس|ست|سبع|ثماني|تسع|عشر)\s+(?:سنوات|أعوام|اعوام)"
    r"|(?:ثلاثة|أربعة|اربعة|خمسة|ستة)\s+(?:أشهر|اشهر))",
    re.IGNORECASE)

# The act of the sentence is a statement about events, not one: denying, accusing, vowing,
# promising, threatening (any sentence) ...
_STATEMENT = re.compile(
    r"\b(?:den(?:ies|ied)|accus(?:es|ed)|blam(?:es|ed)(?!\s+on\b)|vow(?:s|ed)|pledg(?:es|ed)|"
    r"promis(?:es|ed)|threaten(?:s|ed)\s+to|attribut(?:es|ed)(?!\s+to\b)|"
    r"claimed\s+responsibility|(?:was|were|has\s+been)\s+claimed\s+by)\b"
    r"|\b(?:dément(?:ent)?|(?:a|ont)\s+démenti|(?:a|ont)\s+nié|accus(?:e|ent|ait)|"
    r"(?:a|ont)\s+accusé|promet(?:tent)?|(?:a|ont)\s+promis|(?:a|ont)\s+juré|"
    r"(?:a|ont)\s+menacé|menacent\s+de|attribu(?:e|ent)|(?:a|ont)\s+attribué|"
    r"revendiquen?t?|(?:a|ont)\s+revendiqué|revendiqu(?:ée|é|ées|és)\s+par)\b"
    r"|\b(?:neg(?:ó|aron)|niega|niegan|desmint(?:ió|ieron|e|en)|acus(?:ó|aron|a|an)|"
    r"promet(?:ió|ieron|e|en)|jur(?:ó|aron)|amenaz(?:ó|aron)\s+con|atribuy(?:ó|eron|e|en)|"
    r"reivindic(?:ó|aron|a|an)|reivindicad[oa]s?\s+por)\b"
    r"|\b(?:отрица(?:ет|ют|л\w*)|опроверг\w*|обвинил\w*|обвиня(?:ет|ют)|пообеща\w*|"
    r"обеща(?:ет|ют)|поклял\w*|пригрозил\w*|приписал\w*|приписыва(?:ет|ют)|"
    r"взял\w*\s+на\s+себя\s+ответственность)\b"
    r"|\b(?:запереч(?:ує|ують|ив|ил\w*)|спростува\w*|спростову\w*|звинувати\w*|"
    r"звинувачу\w*|пообіця\w*|обіця(?:є|ють)|поклявся|поклял\w*|пригрози\w*|приписа\w*|"
    r"припису\w*|взял\w*\s+на\s+себе\s+відповідальність)\b"
    r"|" + _ar_words("نفى|نفت|ينفي|تنفي|اتهم|اتهمت|يتهم|تتهم|تعهد|تعهدت|يتعهد|توعد|توعدت|"
                     "هدد|هددت|تبنى|تبنت|تبنّى|تبنّت"),
    re.IGNORECASE)

# ... or condemning and calling for something (not in a protest sentence: protesters do that).
_APPEAL = re.compile(
    r"\b(?:condemn(?:s|ed)|denounc(?:es|ed)|urg(?:es|ed)|(?:call|appeal)(?:s|ed)\s+for)\b"
    r"|\b(?:condamn(?:e|é|ent|ait)|dénonc(?:e|é|ent|ait)|appel(?:le|lent|é)\s+à|"
    r"exhort(?:e|é|ent))\b"
    r"|\b(?:conden(?:ó|aron|a|an)|denunci(?:ó|aron)|llam(?:ó|aron)\s+a|"
    r"convoc(?:ó|aron|a|an)|exhort(?:ó|aron))\b"
    r"|\b(?:осудил\w*|осуждает|призвал\w*|призыва(?:ет|ют))\b"
    r"|\b(?:засуди\w*|засуджу\w*|закликав|закликал\w*|закликає)\b"
    r"|" + _ar_words("أدان|أدانت|يدين|تدين|ندد|نددت|استنكر|استنكرت|دعا|دعت|يدعو|تدعو"),
    re.IGNORECASE)


# "..., denunció la Asociación Campesina del Catatumbo.": the source of the news, at the end
_REPORTED_BY = re.compile(r"(?i),\s*denunci(?:ó|aron)\s+(?:el|la|los|las|un|una)\s[^,;.]*\.?\s*$")


# Something that goes on or recurs, not one happening ("has continued air strikes", "les
# attaques se répètent", "regularly", "постоянно", "تتكرر").
_HABITUAL = re.compile(
    r"\b(?:ha(?:s|ve)\s+continued|continues?\s+to|regularly|frequently|routinely)\b"
    r"|\b(?:continuen?t?\s+(?:de|d['’]|à)|régulièrement|fréquemment|se\s+répèten?t)\b"
    r"|\b(?:contin[úu]an?\s|con\s+frecuencia|frecuentemente|regularmente|"
    r"se\s+repiten?)\b"
    r"|\b(?:продолжа(?:ет|ют)|регулярно|постоянно|повторяются|продовжу(?:є|ють)|"
    r"постійно|повторюються)\b"
    # how often such things happen: "Grenade attacks are not uncommon in the city",
    # "Беспорядки в местах лишения свободы случаются нечасто" (2026-12-02, session 13, set J)
    r"|\b(?:are|is)\s+(?:not\s+)?(?:uncommon|rare|unusual)\b|\b(?:are|have\s+become)\s+"
    r"(?:common|frequent)\b"
    r"|\b(?:ne\s+)?sont\s+(?:pas\s+)?(?:rares|fréquents|fréquentes|courants|courantes)\b"
    r"|\b(?:no\s+)?son\s+(?:raros|raras|frecuentes|habituales|comunes|poco\s+comunes)\b"
    r"|\b(?:случа|происход|трапля|стаю)\w*\s+(?:не)?(?:часто|редко|рідко)\b"
    r"|\bне\s+редкость\b|\bнерідко\b"
    r"|" + _ar_words("يواصل|تواصل|يواصلون|تتكرر|يتكرر|باستمرار|بانتظام")
    # what one side usually does or says ("The General Staff usually does not comment on single
    # strikes", "لكنها تؤكد عادة أنها تستهدف منشآت عسكرية"; 2026-12-03, session 17, set Q)
    + r"|\b(?:usually|typically|habitually|habituellement|d['’]habitude|généralement|"
    r"generalmente|habitualmente|suelen?|обычно|зазвичай|як\s+правило|как\s+правило)\b"
    r"|" + _ar_words("عادة|عادةً|عادة ما"),
    re.IGNORECASE)

# What became of the wounded: taken, flown or evacuated to hospital. Aftermath, no new act.
_AFTERMATH = re.compile(
    r"\b(?:wounded|injured)\b[^.;]{0,80}?\b(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:flown|taken|evacuated|transferred|rushed|airlifted|admitted|hospitali[sz]ed|shifted)\b"
    r"|\b(?:were|was)\s+(?:wounded|injured)\s+and\s+(?:\w+\s+)?(?:flown|taken|evacuated|"
    r"rushed|airlifted|admitted)\s+to\b"
    # someone taken to hospital with injuries (2026-12-03, session 16, set R: "His companion
    # was taken to a hospital in Ranchi with head injuries")
    r"|\b(?:was|were)\s+(?:taken|rushed|flown|airlifted|admitted)\s+to\s+(?:a\s+|the\s+)?"
    r"(?:\w+\s+)?hospital\b[^.;]{0,40}?\bwith\s+(?:\w+\s+)?(?:injuries|wounds)\b"
    r"|\bblessés\s+(?:ont\s+été|sont|avaient\s+été)\s+(?:\w+\s+)?"
    r"(?:transférés|évacués|transportés|admis|hospitalisés|héliportés)\b"
    r"|\bheridos\s+(?:fueron|han\s+sido|están)\s+(?:\w+\s+)?"
    r"(?:trasladados|evacuados|llevados|hospitalizados|internados)\b"
    r"|\b(?:раненых|пострадавших)\s+(?:\w+\s+)?(?:доставили|эвакуировали|госпитализировали)\b"
    r"|\b(?:доставлены|эвакуированы|госпитализированы)\s+(?:\w+\s+)?(?:раненые|пострадавшие)\b"
    r"|\b(?:поранених|постраждалих)\s+(?:\w+\s+)?(?:доставили|евакуювали|госпіталізували|доправили)\b"
    r"|(?:نُقل|نقل|تم\s+نقل|أُسعف|نُقلوا)\s+(?:\S+\s+)?(?:الجرحى|المصابين|المصابون)"
    # "وأصيب أربعة جنود آخرون نُقلوا بمروحية إلى مدينة كوكوتا" (wounded, flown to Cúcuta)
    r"|(?:أصيب|اصيب|وأصيب|واصيب)\S*\s+[^.،]{0,60}?(?:نُقلوا|نقلوا|نُقل|أُسعفوا|اسعفوا)\s+"
    r"(?:\S+\s+){0,3}?(?:إلى|الى)\s",
    re.IGNORECASE)

# The toll of a told act rising: the wounded dying later, bodies pulled from the rubble ("Three
# of the wounded later died of their injuries", "وأن ثلاثة من الجرحى توفوا متأثرين بإصاباتهم",
# "فرقه انتشلت جثتين إضافيتين"). After the act is told, no new one (2026-12-03, session 17).
_TOLL_RISES = re.compile(
    r"\b(?:later\s+)?died\s+(?:of|from)\s+(?:their|his|her)\s+(?:\w+\s+)?(?:wounds|injuries)\b"
    r"|\bsuccumbed\s+to\s+(?:their|his|her)\s+(?:\w+\s+)?(?:wounds|injuries)\b"
    r"|\b(?:recovered|pulled)\s+(?:\w+\s+){0,3}bod(?:y|ies)\s+from\s+(?:under\s+)?the\s+rubble\b"
    r"|\bsuccomb\w*\s+à\s+(?:leurs|ses)\s+blessures\b"
    r"|\bdes\s+suites\s+de\s+(?:leurs|ses)\s+blessures\b"
    r"|\b(?:corps|cadavres?)\s+(?:\w+\s+){0,3}(?:retirés?|dégagés?|extraits?)\s+des\s+décombres\b"
    r"|\b(?:murió|murieron|falleció|fallecieron)\s+(?:\w+\s+){0,2}(?:a\s+causa\s+de|por)\s+"
    r"(?:sus|las)\s+heridas\b"
    r"|\bcuerpos?\s+(?:\w+\s+){0,3}(?:rescatados?|recuperados?|sacados?)\s+de\s+(?:entre\s+)?"
    r"los\s+escombros\b"
    r"|\bскончал\w*\s+(?:\w+\s+){0,2}от\s+(?:полученных\s+)?(?:ран|ранений|травм)\b"
    r"|\bпомер\w*\s+(?:\w+\s+){0,2}від\s+(?:отриманих\s+)?(?:поранень|травм)\b"
    r"|\b(?:извлекли|достали)\s+(?:\w+\s+){0,3}тел\w*\s+из-под\s+завалов\b"
    r"|\b(?:дістали|вилучили)\s+(?:\w+\s+){0,3}тіл\w*\s+з-під\s+завалів\b"
    r"|(?:توفي|توفيت|توفوا|توفى)\s+(?:\S+\s+){0,2}?متأثر\S*\s+(?:ب|بجراح|بإصاب|باصاب)"
    r"|انتشل\S*\s+(?:\S+\s+){0,2}?(?:جثة|جثتين|جثث|جثامين)",
    re.IGNORECASE)

# What the report's happening follows, told as such: the sentence is about an earlier one ("The
# attack comes days after the army announced ...", "L'attaque intervient une semaine après",
# "ويأتي الهجوم بعد أيام من"), and Arabic's pluperfect ("وكانت عبوة مماثلة قد أودت بحياة ...":
# a similar bomb had killed ...).
_SPAN_EN = (r"(?:(?:just|only|barely|shortly|a|an|one|two|three|four|five|six|several|few|"
            r"less|more|than|nearly|almost|day|days|week|weeks|month|months|hours?)\s+){0,4}")
_SPAN_FR = (r"(?:(?:seulement|à\s+peine|peu|un|une|deux|trois|quatre|cinq|quelques|moins|plus|"
            r"de|d['’]|jours?|semaines?|mois|heures?)\s*){0,4}")
_SPAN_ES = (r"(?:(?:solo|apenas|poco|un|una|dos|tres|cuatro|cinco|unos|unas|pocos|pocas|"
            r"menos|más|de|días?|semanas?|mes|meses|horas?)\s+){0,4}")
_FOLLOWS = re.compile(
    rf"\b(?:comes?|came)\s+{_SPAN_EN}(?:after|on the heels of)\b"
    rf"|\b(?:intervient|survient|est\s+intervenue?|est\s+survenue?)\s+{_SPAN_FR}après\b"
    rf"|\b(?:se\s+produce|se\s+produjo|ocurre|ocurrió|llega|llegó)\s+{_SPAN_ES}después\b"
    r"|\b(?:произош\w+|случил\w+)\s+(?:через|спустя)\s+(?:\w+\s+)?"
    r"(?:дн\w+|недел\w+|месяц\w*|сут\w+)\s+после\b"
    r"|\b(?:стався|сталася|сталося|відбув\w*)\s+через\s+(?:\w+\s+)?"
    r"(?:д\w+|тиж\w+|місяц\w*)\s+після\b"
    r"|" + _ar_words("يأتي|تأتي|جاء|جاءت") + r"\s+(?:\S+\s+){0,3}?(?:بعد|عقب)\s+"
    r"(?:أيام|ايام|يوم|يومين|أسبوع|اسبوع|أسبوعين|أسابيع|ساعات|أشهر|اشهر|شهر)",
    re.IGNORECASE)
# A sentence that opens by recalling ("Напомним, ...", "Нагадаємо, ...", "Rappelons que",
# "Pour rappel,", "Cabe recordar que", "It will be recalled that", "يذكر أن", "وتجدر الإشارة
# إلى أن"): the newsroom's mark for what it reported before, background by its own words.
_RECALLS = re.compile(
    r"^\W*(?:напомним|нагадаємо|rappelons|pour\s+rappel|(?:cabe|hay\s+que|vale)\s+recordar|"
    r"recordemos|recuérdese|it\s+(?:will|would|should)\s+be\s+recalled|"
    r"(?:و)?(?:يذكر|يُذكر|يشار|يُشار|تجدر\s+الإشارة|وللتذكير|للتذكير))\b", re.IGNORECASE)
# The search that follows an act: forces sent to comb, track or rescue ("tactical units had been
# deployed to track the kidnappers", "des renforts ... pour ratisser la zone", "desplegaron un
# operativo para dar con los responsables", "для розыска нападавших", "لملاحقة المسلحين")
_PURSUIT = re.compile(
    r"\b(?:deploy\w*|dispatch\w*|sent|mobili[sz]\w*|launch\w*)\b[^.;]{0,80}?\b(?:to|in\s+order\s+to)"
    r"\s+(?:comb|track|hunt|search|find|rescue|free|pursue|locate|trace)\b"
    r"|\b(?:manhunt|search\s+(?:and\s+rescue\s+)?operation|rescue\s+operation|combing\s+operation)s?\b"
    r"|\b(?:déploy\w*|dépêch\w*|envoy\w*|mobilis\w*|lanc\w*)\b[^.;]{0,80}?\bpour\s+(?:ratisser|"
    r"traquer|retrouver|rechercher|libérer|poursuivre|localiser)\b|\bopérations?\s+de\s+(?:ratissage|"
    r"recherches?|sauvetage)\b"
    r"|\b(?:despleg\w*|envi\w*|moviliz\w*|lanz\w*)\b[^.;]{0,80}?\bpara\s+(?:buscar|rastrear|localizar|"
    r"rescatar|dar\s+con|perseguir|liberar|ubicar)\b|\boperativos?\s+de\s+(?:búsqueda|rescate)\b"
    r"|\bдля\s+(?:поиска|розыска|задержания|освобождения|пошуку|розшуку|затримання|звільнення)\b"
    r"|\b(?:начат\w*|ведутся|ведется|розпочато|тривають|триває)\s+(?:\w+\s+)?(?:поиск\w*|розыск\w*|"
    r"пошук\w*|розшук\w*)"
    r"|(?:لملاحقة|للبحث\s+عن|لتعقب|لمطاردة|لتحرير|عمليات?\s+(?:بحث|تمشيط))",
    re.IGNORECASE)
# Arabic's pluperfect opening a sentence: what had happened before the news, in any place of the
# article ("وكان المهاجم ... قد أطلق النار").
_PLUPERFECT_AR = re.compile(r"^\W*(?:و)?(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,12}?قد\s")

# Remembering, as the sentence's act: marking an anniversary, paying tribute ("Sousse marked
# the tenth anniversary of the attack", "a rendu hommage aux 54 militaires tués", "أحيت ...
# الذكرى"): the deaths it names are the remembered ones, not news (2026-12-02, set H).
_REMEMBERS = re.compile(
    r"\b(?:mark(?:s|ed|ing)?|observ(?:es|ed|ing)|commemorat(?:es|ed|ing))\s+(?:\w+\s+){0,3}?"
    r"anniversary\b|\bcommemorat(?:ed|es|ing)\b|\bpa(?:id|ys?|ying)\s+(?:\w+\s+){0,2}?tribute\b"
    r"|\b(?:rend(?:u|ent|ait)?|rendre)\s+(?:\w+\s+){0,3}?hommage\b|\bcommémor(?:é|ent|e|ait)\b"
    r"|\b(?:rindi(?:ó|eron)|rinden|rendir)\s+(?:\w+\s+){0,2}?homenaje\b|\bconmemor(?:ó|aron|a|an|aba|aban)\b"
    r"|\bпочтил\w*\s+память\b|\bотметил\w*\s+(?:\w+\s+)?годовщин\w*"
    r"|\bвшанувал\w*|\bвшанову\w*|\bвідзначил\w*\s+(?:\w+\s+)?річниц\w*"
    r"|" + _ar_words("أحيا|أحيت|احيا|احيت|يحيي|تحيي|أحيوا") + r"\s+(?:\S+\s+){0,14}?(?:ال)?ذكرى"
    r"|" + _ar_words("إحياء|احياء|إحياءً|احياءً") + r"\s+(?:ل|ال)?ذكرى"  # "إحياءً لذكرى الهجوم"
    # a day that marks a year since: "يصادف اليوم الخميس مرور عام على", "marks one year since"
    # (not "исполнилось 10 лет": a victim's age)
    r"|" + _ar_words("يصادف|تصادف|صادف") + r"\s+(?:\S+\s+){0,4}?(?:مرور|الذكرى|ذكرى)"
    r"|\bmarks?\s+(?:one|a|two|three|five|ten|\d+)\s+years?\s+since\b"
    # attending a ceremony ("На церемонію прийшли кілька сотень мешканців", "hundreds attended
    # the ceremony", "ont assisté à la cérémonie", "asistieron a la ceremonia"; dev set V)
    r"|\b(?:attend\w*|came\s+to|gathered\s+for)\s+(?:\w+\s+){0,3}?ceremon\w*"
    r"|\bassist\w*\s+à\s+la\s+cérémonie|\basisti\w*\s+a\s+la\s+ceremonia"
    r"|\bна\s+церемон\w*\s+(?:\w+\s+)?(?:пришл\w*|прибыл\w*|собрал\w*|прийшл\w*|прибул\w*|зібрал\w*)"
    r"|\b(?:пришл\w*|прийшл\w*)\s+на\s+церемон\w*|حضر\S*\s+(?:\S+\s+){0,4}?(?:ال)?مراسم"
    # a funeral held ("Funerals were held in Maiduguri for the four soldiers killed", "Los
    # funerales de los cuatro soldados ... se celebraron"; parallel_dev5)
    r"|\bfunerals?\s+(?:\w+\s+){0,8}?(?:was|were|have\s+been)\s+held\b"
    r"|\b(?:funerales|sepelios?|exequias)\b[^.;]{0,120}?\bse\s+(?:celebr|realiz)\w*"
    r"|\bse\s+(?:celebr|realiz)\w*\s+(?:\w+\s+){0,3}?(?:funerales|sepelios?|exequias)\b"
    # what historians estimate is history ("По оценкам историков, в битве за Днепр погибли")
    r"|\bhistorians\b|\bhistoriens\b|\bhistoriadores\b|\bисторик\w*|\bісторик\w*"
    r"|(?:ال)?مؤرخ(?:ون|ين)"
    # gathering in silence, "ten years to the day after", burying the dead (2026-12-02,
    # session 15, set O: "se sont recueillies ... dix ans jour pour jour après les attentats",
    # "شيّع مئات ... جثامين خمسة من ضحايا انفجار")
    r"|\bse\s+sont\s+recueilli\w*|\brecueillement\b|\bminutes?\s+(?:of|de)\s+(?:silence|silencio)"
    r"|\bminuto\s+de\s+silencio|\bхвилин\w*\s+мовчання|\bминут\w*\s+молчания"
    r"|\bto\s+the\s+day\b|\bjour\s+pour\s+jour\b|\bdía\s+por\s+día\b|\bдень\s+в\s+день\b"
    r"|\b(?:funerals?|burial)\s+(?:of|for)\b|\b(?:were|was)\s+(?:laid\s+to\s+rest|buried)\b"
    r"(?!\s+(?:under|beneath|alive|in\s+the\s+rubble))"
    r"|\b(?:obsèques|funérailles)\b|\bont\s+été\s+inhumé\w*|\b(?:sepelio|funeral|velorio)\s+de\b"
    r"|\bfueron\s+sepultad\w*|\bпохорон\w*|\bпохоронил\w*|\bпоховал\w*|\bпопрощал\w*"
    r"|" + _ar_words("شيّع|شيع|شيعت|شيّعت|تشييع|ودّع|ودع|وودع|ووري|ووريت") + r"\s"
    # burying the dead and laying flowers where they fell (2026-12-03, session 16,
    # parallel_dev4: "Relatives buried the five soldiers killed in last week's ambush",
    # "ont inhumé vendredi", "depositaron flores", "возложили цветы", "أكاليل الزهور")
    r"|\b(?:buried|bury|burying)\s+(?:the|their|his|her)\b|\blaid\s+to\s+rest\b"
    r"|\b(?:a|ont|avaient)\s+inhumé\w*|\binhumation\b|\benterr(?:aron|ó)\b|\bsepultaron\b"
    r"|\b(?:laid|lay|laying|placed)\s+(?:\w+\s+)?(?:flowers|wreaths?)\b|\bwreath-laying\b"
    r"|\bdéposé\w*\s+(?:\w+\s+){0,2}?(?:fleurs|gerbes?)\b|\bdeposit(?:aron|ó)\s+(?:\w+\s+)?"
    r"(?:flores|ofrendas?)\b|\bвозлож\w*\s+(?:\w+\s+)?цвет\w*|\b(?:принос|принес|поклал|поклад)"
    r"\w*\s+(?:\w+\s+)?квіт\w*|أكاليل\s+(?:ال)?(?:زهور|ورود)",
    re.IGNORECASE)

# A parade, a drill or an exercise: a show of force, not its use ("وقدمت وحدات مكافحة الإرهاب
# عرضاً لاقتحام مبنى", "military exercises", "les manœuvres") (2026-12-02, session 15, set O)
_DRILL = re.compile(
    r"\b(?:military\s+parade|parade|drills?|military\s+exercises?|war\s+games|manoeuvres|"
    r"défilé|exercice\s+militaire|exercices\s+militaires|manœuvres|desfile|simulacro|"
    r"ejercicios?\s+militares?|maniobras|парад\w*|военн\w+\s+учени\w*|військов\w+\s+навчан\w*"
    r"|joint\s+(?:military\s+)?exercises?|exercices\s+conjoints|ejercicios\s+conjuntos"
    r"|совместн\w+\s+учени\w*|спільн\w+\s+навчан\w*)\b"
    r"|" + _ar_words("عرضاً|عرضا|العرض العسكري|عرض عسكري|استعراض|استعراضاً|مناورات|مناورة|تمرين|تمارين|"
                  "المناورات|المناورة|التمرين|التمارين|الاستعراض"),
    re.IGNORECASE)

# A film, a book or an exhibition shown: the violence it tells is its story, not news ("le
# documentaire « ... », présenté vendredi en avant-première, plonge le spectateur au cœur de
# dix années de guerre") (session 18, set Q; set R's film review). Both a work and its
# showing must be told.
_WORK_SHOWN = re.compile(
    r"(?!.*(?:\b(?:cinemas?|cin[ée]ma|cines?|кинотеатр\w*|кінотеатр\w*)\b|سينما))"  # a site
    r"(?=.*(?:\b(?:documentar(?:y|ies)|film|movie|novel|exhibition|documentaire|roman|"
    r"exposition|documental|película|novela|exposición|фильм\w*|документальн\w*|"
    r"выставк\w*|фільм\w*|виставк\w*)\b|(?:الفيلم|فيلم|الوثائقي|وثائقي|الرواية|معرض)))"
    r"(?=.*(?:\b(?:premiere[ds]?|screen(?:ed|ing)|released|in\s+cinemas|avant-première|"
    r"projection|projeté\w*|sorti\w*\s+en\s+salles|estreno|estren\w+|proyecci[oó]n|"
    r"премьер\w*|прем['’]єр\w*|показ[еуі]?|кинопоказ\w*|прокат\w*|viewers|spectat\w+|"
    r"espectador\w*|"
    r"глядач\w*|зрител\w*)\b|(?:العرض\s+الأول|عرض\s+الفيلم|المشاهد)))",
    re.IGNORECASE | re.DOTALL)

# A match: a score and a match word. Its "battle" or "siege" is sport (2026-12-02, set O).
_MATCH = re.compile(
    r"(?=.*\b\d{1,2}\s?[-–:]\s?\d{1,2}\b)(?=.*(?:\b(?:match|friendly|derby|final|league|cup|"
    r"partido|clásico|torneo|liga|copa|coupe|championnat|матч\w*|чемпіонат\w*|чемпионат\w*"
    # a winner's verb or "with the score" (not "stadium": attacks hit stadiums, and "14:30"
    # or "10-12 people" look like scores)
    r"|beat|crushed|thrashed|defeated|écrasé|battu|goleó|venció|derrotó|разгромил\w*|"
    r"обыграл\w*|розгромил\w*|обіграл\w*|со\s+сч[её]том|з\s+рахунком)\b"
    r"|مباراة|الدوري|بنتيجة))", re.IGNORECASE | re.DOTALL)

# A report's or a study's own counts ("El informe contabiliza además 41 ataques", "The report
# counts"): a sum over a period, no event (2026-12-02, session 15, set O).
_REPORT_COUNTS = re.compile(
    r"^\W*(?:the|its|this|el|su|este|le|la|ce|son|cet)?\s*(?:annual\s+|anual\s+|annuel\s+)?"
    r"(?:report|study|survey|informe|estudio|rapport|étude|bilan\s+annuel)\b"
    r"|^\W*(?:доклад|звіт|отч[её]т|дослідження|исследование)\w*\b"
    r"|^\W*(?:و)?(?:التقرير|الدراسة)"
    # a year's sum anywhere in the sentence: "según el informe anual ... presentado el lunes"
    r"|\b(?:annual|yearly)\s+report\b|\binforme\s+anual\b|\b(?:rapport|bilan)\s+annuel\b"
    r"|\b(?:годов|ежегодн)\w+\s+(?:доклад|отч[её]т)\w*|\b(?:річн|щорічн)\w+\s+(?:звіт|доповід)\w*"
    r"|التقرير\s+السنوي|تقرير\S*\s+السنوي",
    re.IGNORECASE)

# A warning that groups are preparing attacks: a threat, whatever day it was made ("El
# ministro advirtió el lunes que grupos criminales preparan una ola de atentados")
_WARNED = re.compile(
    r"\b(?:warn(?:s|ed)?|a\s+(?:averti|mis\s+en\s+garde)|advirti[óo]|alert[óo]|"
    r"предупредил\w*|попереди\w*|застеріг)\b|" + _ar_words("حذر|حذّر|حذرت|حذّرت"),
    re.IGNORECASE)

# Testimony before judges: the acts it tells are the ones on trial (2026-12-02, session 13:
# "Once exmilitares reconocieron ante la JEP su responsabilidad en el asesinato de civiles",
# "testified that his men had burned the village"). Testifying is enough; admitting or
# confessing only before a court (a group "admitted responsibility" for an attack claims it).
_TESTIFIES = re.compile(
    r"\btestif(?:y|ies|ied|ying)\b|\btold (?:the |a )?(?:court|tribunal|judges?|jury|hearing)\b"
    r"|\b(?:a|ont|avait|avaient) témoigné\b|\btémoign(?:e|ent|ait|aient)\s+(?:devant|au procès)"
    r"|\btestific(?:ó|aron|a|an)\b|\bdeclar(?:ó|aron) ante (?:el|la|los) (?:tribunal|juez|jueces)"
    r"|\bдал[аи]? показания\b|\bдава?л[аи]? свідчення\b|\bсвідчив\b"
    r"|" + _ar_words("أدلى|ادلى|أدلت") + r"\s+(?:\S+\s+){0,2}?بشهاد",
    re.IGNORECASE)
_ADMITS = re.compile(
    r"\b(?:sentenced|convicted|condamn(?:é|és|ée|ées|e|ent|ait)|condenó|condenaron|"
    r"condenad[oa]s?|приговорил\w*|осудил\w*|засуди\w*|"
    r"admit(?:s|ted)?|confess(?:es|ed)?|pleaded guilty|avou(?:é|ent|e)|reconnu|"
    r"reconoc(?:ió|ieron|e|en)|confes(?:ó|aron)|признал\w*|сознал\w*|визнав|визнали|зізна\w*|"
    # a verdict: "found the men guilty of murder", "declarados culpables", "acquitted"
    r"found\s+(?:\w+\s+){0,4}?(?:not\s+)?guilty|guilty\s+verdict|acquitt\w*|acquitté\w*|"
    r"jugés?\s+coupables?|declarad[oa]s?\s+culpables?|absuelt[oa]s?|виновн\w*|винн\w+)\b"
    r"|" + _ar_words("اعترف|اعترفوا|اعترفت|أقر|أقروا|قضت|حكمت|أحكاما|أحكاماً|احكاما|حكما|حكماً|"
                     "بالإعدام|بالاعدام|بالسجن|أدانت|ادانت"),
    re.IGNORECASE)
_COURT = re.compile(
    r"\b(?:court|tribunal|judges?|trial|hearing|cour|juges?|procès|audience|juez|jueces|juicio|"
    r"audiencia|corte|JEP|Jurisdicción|суд(?:а|е|у|і|ом|ебн\w*|ь[яиеюй]\w*|д[іяю]\w*)?|"
    r"трибунал\w*)\b|(?:ال)?(?:محكمة|محاكمة|قاضي|قضاة)",
    re.IGNORECASE)

# A day still to come: the sentence announces.
_DAYS_EN = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month"
_FUTURE = re.compile(
    rf"\bnext\s+(?:{_DAYS_EN})\b"
    r"|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mois)\s+prochain\b"
    r"|\b(?:semaine|marche|manifestation)\s+prochaine\b|\bprochaine?\s+(?:semaine|marche)\b"
    r"|\bpr[oó]xim[oa]\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|semana|mes)\b"
    r"|\b(?:в|на)\s+следующ(?:ий|ее|ую|ей)\s+(?!день|дня|утр|вечер|ноч)\w+"
    r"|\b(?:в|на)\s+ближайш\w+\s+(?:дни|выходные)"
    r"|\bнаступно(?:го|ї)\s+(?:тижня|місяця|неділі|суботи|понеділка)\b"
    r"|\b(?:у|в)\s+наступн\w+\s+(?!день|дня|ран|веч|ніч)\w+"
    r"|(?:الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأسبوع|الشهر)\s+"
    r"(?:المقبل|القادم)"
    # planned, scheduled (2026-12-02, session 13, set J: "у Львові заплановано вшанування")
    r"|\b(?:is|are)\s+(?:planned|scheduled)\b|\best\s+prévue?\b|\bsont\s+prévue?s\b"
    r"|\bestá\s+(?:prevista|previsto|programada|programado)\b|\bзапланирован\w*|"
    r"\bпланируется\b|\bзаплановано\b|\bзапланован\w*|\bпланується\b|من\s+المقرر"
    # warned that groups are preparing attacks (2026-12-02, session 15, set O)
    r"|\b(?:are|is)\s+(?:preparing|planning)\b|\bprépar(?:ent|e)(?:raient|rait)?\s+(?:une?|des)\b"
    r"|\bpreparan?\s+(?:una?|nuevos?|nuevas?)\b|\bplanean\b|\bготов(?:ят|ит|ять|ить)\s+"
    r"(?:нов\w+\s+)?(?:атак|удар|теракт|наступ)\w*|\bготу(?:ють|є)\s+(?:нов\w+\s+)?"
    r"(?:атак|удар|теракт|наступ)\w*|(?:يخطط|يخططون|تخطط)\s+ل",
    re.IGNORECASE)


# "at the time": an act told with the day it happened, before the lead's ("..., тоді поранено
# водія", "... ; à l'époque, deux soldats avaient été tués")
_AT_THE_TIME = re.compile(r"\b(?:тоді|тогда|at\s+the\s+time|back\s+then|à\s+l['’]époque|"
                          r"a\s+la\s+sazón|en\s+aquella\s+ocasión|en\s+esa\s+ocasión|"
                          r"lors\s+de\s+cette\s+attaque)\b|(?:آنذاك|حينها|وقتها|حينذاك)",
                          re.IGNORECASE)


# An act named by its day as a noun's complement ("el enfrentamiento del sábado", "l'attaque de
# samedi", "Saturday's clash"): the event told before, referred to, not a new one
_ACT_NOUN = (r"(?:enfrentamientos?|ataques?|atentados?|explosi[oó]n|balaceras?|tiroteos?|"
             r"protestas?|marchas?|attaques?|attentats?|explosions?|accrochages?|combats?|"
             r"affrontements?|fusillades?|manifestations?|clash(?:es)?|attacks?|bombings?|"
             r"strikes?|blasts?|shootings?|ambush|protests?|march)")
_DAY_OF = re.compile(
    rf"\b{_ACT_NOUN}\s+(?:del|de)\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
    rf"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s+{_ACT_NOUN}\b",
    re.IGNORECASE)  # (not "dans la nuit de samedi à dimanche, des frappes ont touché ...")


def earlier_period(text: str) -> bool:
    """Whether the text places its happening last year or last month ("In June last year",
    "l'an dernier", "el mes pasado", "в прошлом году", "торік", "العام الماضي") or some years
    or months ago ("Ten years ago", "il y a dix ans", "три года назад", "قبل عشر سنوات")."""
    return _EARLIER.search(text) is not None


def follows(text: str) -> bool:
    """Whether the text tells what the report's happening comes after ("The attack comes
    days after ...", "ويأتي الهجوم بعد أيام من") or, in Arabic's pluperfect, what had happened
    before it ("وكانت عبوة مماثلة قد أودت بحياة ضابط")."""
    return _FOLLOWS.search(text) is not None or _PLUPERFECT_AR.search(text) is not None


def remembers(text: str) -> bool:
    """Whether the sentence's act is remembering: marking an anniversary, paying tribute
    ("a rendu hommage aux 54 militaires tués le 17 avril", "أحيت مدينة سوسة الذكرى العاشرة")."""
    return _REMEMBERS.search(AR_MARK.sub("", text)) is not None  # "وشُيّع": marks dropped


def before_judges(text: str) -> bool:
    """Whether the sentence's act is testimony before judges ("testified that his men had
    killed", "reconocieron ante la JEP su responsabilidad en el asesinato", "اعترف أمام
    المحكمة")."""
    return _TESTIFIES.search(text) is not None or (
        _ADMITS.search(text) is not None and _COURT.search(text) is not None)


def reaction(text: str, protest: bool = False) -> bool:
    """Whether the sentence's act is a statement: denies, accuses, vows, promises, threatens
    ("Kinshasa dément", "пообіцяв, що винних буде покарано"), or (unless ``protest``: a crowd
    denounces and demands) condemns or calls for. "..., denunció la Asociación Campesina."
    closing a sentence names who reported the act told before it (Spanish usage), not a
    reaction (2026-12-03, dev l27-es)."""
    return _STATEMENT.search(text) is not None or (
        not protest and _APPEAL.search(_REPORTED_BY.sub("", text)) is not None)


def announced(text: str) -> bool:
    """Whether the text speaks of a day still to come ("a march next Sunday", "el próximo
    domingo", "la semaine prochaine", "наступного тижня", "الأحد المقبل")."""
    return _FUTURE.search(text) is not None


def habitual(text: str) -> bool:
    """Whether the text tells something that goes on or recurs ("The United States has
    continued air strikes", "les attaques se répètent", "регулярно", "الهجمات تتكرر")."""
    return _HABITUAL.search(text) is not None


def aftermath(text: str) -> bool:
    """Whether the text tells what became of the wounded ("Several of the wounded were flown
    to the capital", "les blessés ont été transférés à l'hôpital", "نُقل الجرحى")."""
    return _AFTERMATH.search(text) is not None


def told_alone(text: str, sub_event_type: str) -> bool:
    """Whether a sentence read alone, with no article around it, tells background in its own
    words: remembering, testimony before judges, a day still to come, a drill or a parade, a
    film or a book shown, a report's counts, a match's "battle" (the rules of ``prune`` that
    need no lead event; ``Pipeline.answer`` applies it to snippets). A protest stays a protest
    whatever it marks or rehearses, an arrest of people who prepared an attack stays an
    arrest."""
    protest = sub_event_type in _PROTESTS
    return bool(
        (not protest and (remembers(text) or before_judges(text) or _DRILL.search(text)
                          or _WORK_SHOWN.match(text) or _summed(text)
                          or (aftermath(text) and "KILL" not in _concepts(text))))
        or (sub_event_type != "Arrests" and announced(text))
        or _REPORT_COUNTS.search(text)
        or (sub_event_type in _SPORT_FIGHTS and _MATCH.search(text)))


_ANY_DAY = date(2099, 12, 31)


def _concepts(text: str) -> dict:
    from polemos.features import concepts_of

    return concepts_of(text)


def _unharmed(text: str) -> str:
    """The text without its "no one was hurt" ("said no one was killed and that ...")."""
    from polemos.strategic import NO_HARM

    return NO_HARM.sub(" ", text)


def _summed(text: str) -> bool:
    """Years or months summed, no day named ("More than 6,000 people have been killed since
    the insurgency began in 2017", "100,000 have fled since the start of the year")."""
    from polemos.date_age import long_period
    from polemos.dates import find_dates

    # any reference day will do: only whether a day is named counts
    return long_period(text) and not any(d.precision == 1
                                         for d in find_dates(text, _ANY_DAY))


def _hand_claim(c: Candidate, told: Candidate) -> None:
    """What ``c`` read of a claim (in its sentence or the next) goes to the act it tells more
    of, when that act has none: a dropped sentence loses no claim."""
    if "claimed" in told.fields or "attribution" in told.fields:
        return
    for e in c.evidence:
        if e.field in ("claimed", "attribution"):
            told.add(e.field, c.fields[e.field], e.start, e.end, e.text)


def _dated_by_report(c: Candidate, text: str) -> bool:
    """Whether the day in ``c``'s own sentence is the day something was announced ("anunció
    hoy que convocará", "said on Monday it will"), or a day to come read as a past one ("el
    próximo jueves"), not an act's."""
    from polemos.dates import said_before

    at = next((e.start - c.start for e in c.evidence
               if e.field == "event_date" and c.start <= e.start < c.end), None)
    return at is not None and (said_before(text, at) or any(
        m.start() <= at < m.end() for m in _FUTURE.finditer(text)))


def _own_toll(c: Candidate) -> bool:
    return any(e.field == "fatalities" and c.start <= e.start < c.end for e in c.evidence)


def _recalled(c: Candidate, lead: Candidate, text: str) -> bool:
    """Whether ``c``, told after the lead event, is dated by its own words well before it."""
    if not (c.own_date and dated(c)) or c.sentence_index <= lead.sentence_index:
        return False
    day, lead_day = c.fields.get("event_date"), lead.fields.get("event_date")
    if day is None or lead_day is None:
        return False
    if day < lead_day - timedelta(days=LEAD_SLACK_DAYS):
        return True
    if day < lead_day and _AT_THE_TIME.search(text):
        return True  # "Напередодні, 6 липня, дрон атакував таксі, тоді поранено водія."
    # a month only ("early June"), after a lead dated to the day: a recollection ("earlier
    # this week" may be news, "last week" starts more than LEAD_SLACK_DAYS before the lead)
    return c.fields.get("time_precision", 1) >= 3 and day < lead_day


def _separate_news(c: Candidate, lead: Candidate, text: str) -> bool:
    """A sentence that opens on another news item ("Par ailleurs, trois soldats ont été tués
    mardi dernier") within the week before the lead is news of its own, not a recollection."""
    day, lead_day = c.fields.get("event_date"), lead.fields.get("event_date")
    return (separate_item(text) and day is not None and lead_day is not None
            and c.fields.get("time_precision", 1) == 1
            and day >= lead_day - timedelta(days=SEPARATE_NEWS_DAYS))


def prune(cands: list[Candidate], texts: list[str]) -> list[Candidate]:
    """The candidates that report news: recollections, reactions and announcements dropped
    (see the module's rules). ``texts`` are the sentences, indexed like the candidates."""
    lead = next((c for c in cands if c.own_date and dated(c)
                 and c.fields.get("time_precision", 1) == 1), None)
    out: list[Candidate] = []
    sport = any(_MATCH.search(t) for t in texts[:2])  # a match report: its lead has the score
    told = False  # whether an event was told before, news or not ("The attack, claimed by")
    for c in cands:
        text = texts[c.sentence_index]
        told = told or bool(out)
        if lead is not None and _recalled(c, lead, text) and not _separate_news(c, lead, text):
            told = True
            continue
        if out and not c.own_place and not (_own_toll(c) and c.fields.get("fatalities")) and (
                _PURSUIT.search(text) or unclaimed(text)) and not _concepts(
                    _unharmed(text)).keys() & {"CLASH", "SHOOT", "KILL"}:
            continue  # "Tactical units had been deployed to track the kidnappers.", "No group
            # claimed the abduction.": what followed the act told, not another (dev set V)
        if _RECALLS.search(text):
            told = True
            continue  # "Нагадаємо, 3 березня внаслідок атаки дронів ... загинула одна людина."
        day_of_its_own = c.own_date and c.fields.get("time_precision", 1) == 1
        if earlier_period(text) and not day_of_its_own:
            told = True
            continue  # "In June last year, ...", "Торік ..."
        monthly = c.fields.get("time_precision", 1) >= 3
        if habitual(text) and (monthly or (not c.own_date and not _own_toll(c))):
            continue  # "The US has continued air strikes against ...", "Краматорськ регулярно
            # потерпає від обстрілів: лише у березні загинули четверо" (a month's toll)
        if _REPORT_COUNTS.search(text) or ((_DRILL.search(text) or _WORK_SHOWN.match(text))
                                           and c.sub_event_type not in _PROTESTS):
            continue  # "El informe contabiliza 41 ataques", "a drill storming a building", a
            # documentary's story
        if (sport or _MATCH.search(text)) and c.sub_event_type in _SPORT_FIGHTS:
            continue  # "survived a second-half siege to beat Uganda 2-1", and the "aerial
            # bombardment" of long throws later in that match report
        if told and _AT_THE_TIME.search(text) and not (
                lead is not None and _separate_news(c, lead, text)):
            continue  # "The blast killed 11, according to police figures released at the time"
        if announced(text) and (out or not c.own_date or _dated_by_report(c, text) or (
                _WARNED.search(text) and c.sub_event_type != "Arrests")):
            continue  # "... a march next Sunday", "warned that gangs are preparing attacks",
            # "el sindicato anunció hoy que convocará una marcha el próximo jueves" (today: the news's)
        if (told and not _own_toll(c) and (not out or out[0].sentence_index < c.sentence_index)
                and reaction(text, c.sub_event_type in _PROTESTS)):
            continue  # "The governor condemned the attack."
        if before_judges(text) and c.sub_event_type not in _PROTESTS:
            told = True
            continue  # "Un exjefe paramilitar confesó ante el tribunal que sus hombres ..."
        if remembers(text) and c.sub_event_type not in _PROTESTS:
            told = True
            continue  # "Le gouvernement a rendu hommage aux 54 militaires tués le 17 avril"
        if (told or _PLUPERFECT_AR.search(text)) and follows(text) and not day_of_its_own:
            continue  # "The attack comes days after ...", "وكان المهاجم قد أطلق النار"
        if _DAY_OF.search(text) and any(
                o.sub_event_type == c.sub_event_type
                and o.fields.get("event_date") == c.fields.get("event_date") for o in out):
            continue  # "... si los detenidos tienen relación con el enfrentamiento del sábado."
        if out and not _own_toll(c) and aftermath(text):
            continue  # "The wounded were flown to the capital."
        if out and not day_of_its_own and _TOLL_RISES.search(text):
            _hand_claim(c, out[-1])
            continue  # "Three of the wounded later died of their injuries."
        out.append(c)
    return out
