"""The words of background (``polemos.background``): recollections, statements, reactions,
remembering, drills, reports' counts, days to come, the search after an act, in the six
languages. Patterns only; ``background`` decides with them."""

from __future__ import annotations

import re

_AR = "\u0600-\u06ff"


def _ar_words(words: str) -> str:
    """Arabic verbs as whole words, with the conjunction prefixes و / ف allowed."""
    return rf"(?<![{_AR}])(?:و|ف)?(?:{words})(?![{_AR}])"


# Last year or last month, said in words: the sentence's happening is not this report's.
EARLIER = re.compile(
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
STATEMENT = re.compile(
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
APPEAL = re.compile(
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
REPORTED_BY = re.compile(r"(?i),\s*denunci(?:ó|aron)\s+(?:el|la|los|las|un|una)\s[^,;.]*\.?\s*$")


# Something that goes on or recurs, not one happening ("has continued air strikes", "les
# attaques se répètent", "regularly", "постоянно", "تتكرر").
HABITUAL = re.compile(
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
    # such acts grown common ("Дела о поджогах ... стали массовыми", dev set W; session 21)
    r"|\b(?:(?:have|has)\s+)?(?:become|grown)\s+(?:increasingly\s+)?(?:widespread|commonplace|"
    r"routine)\b|\bse\s+sont\s+multipliée?s\b|\bse\s+han\s+multiplicado\b"
    r"|\bстал[иао]?\s+(?:массовыми|массовым|частыми|обычным\s+явлением|масовими|масовим|"
    r"частими|звичним\s+явищем)\b"
    r"|\b(?:ne\s+)?sont\s+(?:pas\s+)?(?:rares|fréquents|fréquentes|courants|courantes)\b"
    r"|\b(?:no\s+)?son\s+(?:raros|raras|frecuentes|habituales|comunes|poco\s+comunes)\b"
    r"|\b(?:случа|происход|трапля|стаю)\w*\s+(?:не)?(?:часто|редко|рідко)\b"
    r"|\bне\s+редкость\b|\bнерідко\b"
    r"|" + _ar_words("يواصل|تواصل|يواصلون|تتكرر|يتكرر|باستمرار|بانتظام")
    # what one side usually does or says ("The General Staff usually does not comment on single
    # strikes", "لكنها تؤكد عادة أنها تستهدف منشآت عسكرية"; 2026-12-03, session 17, set Q)
    + r"|\b(?:usually|typically|habitually|habituellement|d['’]habitude|généralement|"
    r"generalmente|habitualmente|suelen?|обычно|зазвичай|як\s+правило|как\s+правило)\b"
    r"|" + _ar_words("عادة|عادةً|عادة ما")
    # every night ("We hear firing almost every night", dev set W)
    + r"|\b(?:every\s+(?:night|day)|chaque\s+(?:nuit|jour)|todas\s+las\s+noches|todos\s+los\s+"
    r"días|каждую\s+ночь|каждый\s+день|щоночі|щодня|кожної\s+ночі)\b|كل\s+ليلة",
    re.IGNORECASE)

# What became of the wounded: taken, flown or evacuated to hospital. Aftermath, no new act.
AFTERMATH = re.compile(
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

# The doers, named as those of the act just told, getting away (2026-12-03, session 21, set W:
# "the attackers withdrew on foot through maize fields ..., carrying some of their own
# wounded"): what the act's doers did after it, not another act (``prune`` only: read alone,
# "after the militants withdrew" may tell ground retaken)
DOERS_LEFT = re.compile(
    r"\bthe\s+(?:attackers|assailants|gunmen|raiders|militants|kidnappers|abductors)\s+"
    r"(?:then\s+|later\s+)?(?:withdrew|fled|retreated|escaped)\b"
    r"|\b(?:les|ses|leurs)\s+(?:assaillants|agresseurs|ravisseurs|hommes\s+armés)\s+(?:se\s+sont"
    r"\s+(?:retirés|repliés|enfuis|évanouis)|ont\s+pris\s+la\s+fuite|ont\s+fui)\b"
    r"|\blos\s+(?:atacantes|agresores|secuestradores|pistoleros|sicarios|hombres\s+armados)\s+"
    r"(?:huyeron|se\s+retiraron|se\s+dieron\s+a\s+la\s+fuga|escaparon)\b"
    r"|\b(?:нападавшие|нападающие|боевики|похитители)\s+(?:\w+\s+)?(?:скрылись|отступили|"
    r"ушли|отошли|бежали)\b"
    r"|\b(?:нападники|бойовики|викрадачі)\s+(?:\w+\s+)?(?:втекли|відступили|зникли|відійшли)\b"
    r"|(?:انسحب|فر|فرّ|لاذ)\s+(?:المهاجمون|المسلحون|الخاطفون|المعتدون)"
    # ... or gone when help came ("By the time a police team reached the village the man was
    # dead", dev sr3-en)
    r"|\bby\s+the\s+time\s+(?:\w+\s+){1,4}?(?:arrived|reached|got\s+there)\b"
    r"|\bà\s+l['’]arrivée\s+des\s+(?:secours|gendarmes|policiers|militaires|forces)\b"
    r"|\bcuando\s+llegaron\s+(?:los\s+agentes|la\s+policía|los\s+militares|los\s+rescatistas)\b",
    re.IGNORECASE)

# The toll of a told act rising: the wounded dying later, bodies pulled from the rubble ("Three
# of the wounded later died of their injuries", "وأن ثلاثة من الجرحى توفوا متأثرين بإصاباتهم",
# "فرقه انتشلت جثتين إضافيتين"). After the act is told, no new one (2026-12-03, session 17).
TOLL_RISES = re.compile(
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
FOLLOWS = re.compile(
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
RECALLS = re.compile(
    r"^\W*(?:напомним|нагадаємо|rappelons|pour\s+rappel|(?:cabe|hay\s+que|vale)\s+recordar|"
    r"recordemos|recuérdese|it\s+(?:will|would|should)\s+be\s+recalled|"
    r"(?:و)?(?:يذكر|يُذكر|يشار|يُشار|تجدر\s+الإشارة|وللتذكير|للتذكير))\b", re.IGNORECASE)
# The inquiry that follows an act: a case registered, an investigation opened ("Police said
# they had registered a murder case against unidentified persons and had detained two suspects",
# dev set W; session 21). What followed the act told, not another (read in ``prune`` only).
INQUIRY = re.compile(
    r"\b(?:registered|lodged|filed)\s+an?\s+(?:\w+\s+){0,2}?(?:case|FIR|complaint)\b"
    r"|\b(?:opened|launched|ordered|began)\s+an?\s+(?:\w+\s+)?(?:investigation|inquiry|probe)\b"
    r"|\bouv\w*\s+une\s+enquête\b|\benquête\s+a\s+été\s+ouverte\b"
    r"|\b(?:abri\w*|inici\w*)\s+una\s+(?:carpeta\s+de\s+)?investigación\b"
    r"|\bse\s+abrió\s+una\s+investigación\b"
    r"|\b(?:возбуд\w+\s+уголовное\s+дело|уголовное\s+дело\s+возбуждено)\b"
    r"|\bвозбужден[оа]?\s+(?:\w+\s+)?уголовное\s+дело\b"
    r"|\b(?:відкри\w+\s+кримінальне\s+провадження|розпоча\w+\s+досудове\s+розслідування)\b"
    r"|(?:فتح|فتحت)\s+(?:\S+\s+)?تحقيق",
    re.IGNORECASE)
# The search that follows an act: forces sent to comb, track or rescue ("tactical units had been
# deployed to track the kidnappers", "des renforts ... pour ratisser la zone", "desplegaron un
# operativo para dar con los responsables", "для розыска нападавших", "لملاحقة المسلحين")
PURSUIT = re.compile(
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
PLUPERFECT_AR = re.compile(r"^\W*(?:و)?(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,12}?قد\s")

# Remembering, as the sentence's act: marking an anniversary, paying tribute ("Sousse marked
# the tenth anniversary of the attack", "a rendu hommage aux 54 militaires tués", "أحيت ...
# الذكرى"): the deaths it names are the remembered ones, not news (2026-12-02, set H).
REMEMBERS = re.compile(
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
DRILL = re.compile(
    r"\b(?:military\s+parade|parade|drills?|military\s+exercises?|war\s+games|manoeuvres|"
    r"défilé|exercice\s+militaire|exercices\s+militaires|manœuvres|desfile|simulacro|"
    r"ejercicios?\s+militares?|maniobras|парад\w*|военн\w+\s+учени\w*|військов\w+\s+навчан\w*"
    r"|joint\s+(?:military\s+)?exercises?|exercices\s+conjoints|ejercicios\s+conjuntos"
    r"|совместн\w+\s+учени\w*|спільн\w+\s+навчан\w*|навчанн\w+\s+(?:\w+\s+){0,3}?(?:груп|"
    r"підрозділ\w*|ППО|протиповітрян\w*)|учени\w+\s+(?:\w+\s+){0,3}?(?:групп|подразделени\w*|ПВО)"
    r"|під\s+час\s+навчань|во\s+время\s+учений|during\s+the\s+(?:exercises?|drills?)|lors\s+des\s+"
    r"exercices|durante\s+los\s+ejercicios)\b"
    r"|" + _ar_words("عرضاً|عرضا|العرض العسكري|عرض عسكري|استعراض|استعراضاً|مناورات|مناورة|تمرين|تمارين|"
                  "المناورات|المناورة|التمرين|التمارين|الاستعراض"),
    re.IGNORECASE)

# A film, a book or an exhibition shown: the violence it tells is its story, not news ("le
# documentaire « ... », présenté vendredi en avant-première, plonge le spectateur au cœur de
# dix années de guerre") (session 18, set Q; set R's film review). Both a work and its
# showing must be told.
WORK_SHOWN = re.compile(
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
MATCH = re.compile(
    r"(?=.*\b\d{1,2}\s?[-–:]\s?\d{1,2}\b)(?=.*(?:\b(?:match|friendly|derby|final|league|cup|"
    r"partido|clásico|torneo|liga|copa|coupe|championnat|матч\w*|чемпіонат\w*|чемпионат\w*"
    # a winner's verb or "with the score" (not "stadium": attacks hit stadiums, and "14:30"
    # or "10-12 people" look like scores)
    r"|beat|crushed|thrashed|defeated|écrasé|battu|goleó|venció|derrotó|разгромил\w*|"
    r"обыграл\w*|розгромил\w*|обіграл\w*|со\s+сч[её]том|з\s+рахунком)\b"
    r"|مباراة|الدوري|بنتيجة))", re.IGNORECASE | re.DOTALL)

# A report's or a study's own counts ("El informe contabiliza además 41 ataques", "The report
# counts"): a sum over a period, no event (2026-12-02, session 15, set O).
REPORT_COUNTS = re.compile(
    r"^\W*(?:the|its|this|el|su|este|le|la|ce|son|cet)?\s*(?:annual\s+|anual\s+|annuel\s+)?"
    r"(?:report|study|survey|informe|estudio|rapport|étude|bilan\s+annuel)\b"
    r"|^\W*(?:доклад|звіт|отч[её]т|дослідження|исследование)\w*\b"
    r"|^\W*(?:و)?(?:التقرير|الدراسة)"
    # a year's sum anywhere in the sentence: "según el informe anual ... presentado el lunes"
    r"|\b(?:annual|yearly)\s+report\b|\binforme\s+anual\b|\b(?:rapport|bilan)\s+annuel\b"
    r"|\b(?:годов|ежегодн)\w+\s+(?:доклад|отч[её]т)\w*|\b(?:річн|щорічн)\w+\s+(?:звіт|доповід)\w*"
    r"|التقرير\s+السنوي|تقرير\S*\s+السنوي|تقرير\s+سنوي",
    re.IGNORECASE)

# A warning that groups are preparing attacks: a threat, whatever day it was made ("El
# ministro advirtió el lunes que grupos criminales preparan una ola de atentados")
WARNED = re.compile(
    r"\b(?:warn(?:s|ed)?|a\s+(?:averti|mis\s+en\s+garde)|advirti[óo]|alert[óo]|"
    r"предупредил\w*|попереди\w*|застеріг)\b|" + _ar_words("حذر|حذّر|حذرت|حذّرت"),
    re.IGNORECASE)

# Testimony before judges: the acts it tells are the ones on trial (2026-12-02, session 13:
# "Once exmilitares reconocieron ante la JEP su responsabilidad en el asesinato de civiles",
# "testified that his men had burned the village"). Testifying is enough; admitting or
# confessing only before a court (a group "admitted responsibility" for an attack claims it).
TESTIFIES = re.compile(
    r"\btestif(?:y|ies|ied|ying)\b|\btold (?:the |a )?(?:court|tribunal|judges?|jury|hearing)\b"
    r"|\b(?:a|ont|avait|avaient) témoigné\b|\btémoign(?:e|ent|ait|aient)\s+(?:devant|au procès)"
    r"|\btestific(?:ó|aron|a|an)\b|\bdeclar(?:ó|aron) ante (?:el|la|los) (?:tribunal|juez|jueces)"
    r"|\bдал[аи]? показания\b|\bдава?л[аи]? свідчення\b|\bсвідчив\b"
    r"|" + _ar_words("أدلى|ادلى|أدلت") + r"\s+(?:\S+\s+){0,2}?بشهاد",
    re.IGNORECASE)
# Charged before a court over the act (2026-12-03, session 21, dev y06-en: "a magistrate
# charged two police officers with murder over the shooting of a protester"): no protest either
CHARGED = re.compile(
    r"\bcharged\s+(?:\w+\s+){0,4}?with\s+(?:murder|manslaughter|attempted\s+murder|terrorism)\b"
    r"|\b(?:inculpée?s?|mise?s?\s+en\s+examen)\s+pour\s+(?:meurtre|assassinat|homicide|"
    r"tentative\s+de\s+meurtre)\b"
    r"|\b(?:imputad[oa]s?|formalizad[oa]s?|acusad[oa]s?\s+formalmente)\s+(?:\w+\s+){0,3}?"
    r"(?:por|de)\s+(?:homicidio|asesinato|feminicidio)\b"
    r"|\bпредъявлен[оы]?\s+обвинени\w+|\bповідомлено\s+про\s+підозру\b",
    re.IGNORECASE)
ADMITS = re.compile(
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
COURT = re.compile(
    r"\b(?:court|tribunal|judges?|trial|hearing|cour|juges?|procès|audience|juez|jueces|juicio|"
    r"audiencia|corte|JEP|Jurisdicción|суд(?:а|е|у|і|ом|ебн\w*|ь[яиеюй]\w*|д[іяю]\w*)?|"
    r"трибунал\w*)\b|(?:ال)?(?:محكمة|محاكمة|قاضي|قضاة)",
    re.IGNORECASE)

# A day still to come: the sentence announces.
_DAYS_EN = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month"
FUTURE = re.compile(
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
    r"|\b(?:scheduled|planned)\s+for\b|\bprévue?s?\s+pour\b|\bprevist[oa]s?\s+para\b"
    r"|\bse\s+sumarán\b|\bпройдут\b"
    # a call for a protest on a day named (2026-12-03, session 21, dev y06-en: "called for
    # nationwide demonstrations on June 25"): the day is still to come
    rf"|(?:\bon\s+(?:{_DAYS_EN})\s+)?\bcall(?:ed|s|ing)?\s+for\s+(?:\w+\s+){{0,2}}?"
    r"(?:demonstrations|protests|marches|rallies|strikes|a\s+(?:\w+\s+)?(?:strike|march|rally|protest|demonstration|shutdown))\s+"
    r"(?:on|for|next)\s"
    r"|\b(?:appel\w*|appelé)\s+à\s+(?:manifester|une\s+(?:grève|marche|manifestation)|"
    r"des\s+manifestations)\s+(?:le|la|ce|dès)\s"
    r"|\b(?:convoc\w+|llam\w+)\s+a\s+(?:una\s+)?(?:marcha|huelga|paro|movilización|"
    r"movilizaciones|protestas?)\s+(?:\w+\s+)?(?:para|el)\s"
    # Ukrainian's future of the imperfective: "проходитимуть", "відпрацьовуватимуть" (dev W)
    r"|\b\w+[аяиі]тим(?:уть|е|емо)\b"
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
AT_THE_TIME = re.compile(r"\b(?:тоді|тогда|at\s+the\s+time|back\s+then|à\s+l['’]époque|"
                          r"a\s+la\s+sazón|en\s+aquella\s+ocasión|en\s+esa\s+ocasión|"
                          r"lors\s+de\s+cette\s+attaque)\b|(?:آنذاك|حينها|وقتها|حينذاك)",
                          re.IGNORECASE)


# An act named by its day as a noun's complement ("el enfrentamiento del sábado", "l'attaque de
# samedi", "Saturday's clash"): the event told before, referred to, not a new one
_ACT_NOUN = (r"(?:enfrentamientos?|ataques?|atentados?|explosi[oó]n|balaceras?|tiroteos?|"
             r"protestas?|marchas?|attaques?|attentats?|explosions?|accrochages?|combats?|"
             r"affrontements?|fusillades?|manifestations?|clash(?:es)?|attacks?|bombings?|"
             r"strikes?|blasts?|shootings?|ambush|protests?|march)")
DAY_OF = re.compile(
    rf"\b{_ACT_NOUN}\s+(?:del|de)\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
    rf"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s+{_ACT_NOUN}\b",
    re.IGNORECASE)  # (not "dans la nuit de samedi à dimanche, des frappes ont touché ...")


# A claim of the act just told, by its definite name ("al-Shabaab claimed responsibility for the
# raid", "a revendiqué l'attaque", "reivindicó el ataque", "взяло на себя ответственность за
# нападение", "تبنى الهجوم"): the claim of that act, no other one (dev set W)
CLAIMS_THE = re.compile(
    r"\bclaimed\s+(?:responsibility\s+for\s+)?(?:the|this|that|Sunday's|Monday's|Tuesday's|"
    r"Wednesday's|Thursday's|Friday's|Saturday's)\s+\w+|\brevendiqu\w*\s+(?:l['’]|la\s+|le\s+|"
    r"cette\s+|cet\s+)|\breivindic\w*\s+(?:el|la|este|esta)\s|взял\w*\s+на\s+себя\s+"
    r"ответственность\s+за|взял\w*\s+на\s+себе\s+відповідальність\s+за|"
    + _ar_words("تبنى|تبنّى|تبنت|تبنّت|أعلن مسؤوليته عن|أعلنت مسؤوليتها عن") + r"\s+(?:ال)\S+",
    re.IGNORECASE)
# The doer's own account of the act ("the army said in a statement that it had targeted two
# gunmen", "a affirmé dans un communiqué", "قال الجيش ... في بيان إنه استهدف")
OWN_ACCOUNT = re.compile(
    r"\b(?:in\s+a\s+statement|said\s+(?:it|they)\s+had|dans\s+un\s+communiqué|a\s+affirmé\s+avoir|"
    r"en\s+un\s+comunicado|afirmó\s+haber|в\s+(?:своем\s+)?заявлении|у\s+(?:своїй\s+)?заяві)\b"
    r"|في\s+بيان|(?:قال|أعلن|ذكر)\S*\s+(?:\S+\s+){0,5}?(?:إنه|إنها|أنه|أنها)",
    re.IGNORECASE)
# A country's night summed up ("загалом у ніч на 15 лютого росіяни запустили по Україні 87
# дронів", "in total, Russia launched 87 drones across Ukraine"): the air force's count, no
# event of one place (dev set W)
COUNTRY_SUM = re.compile(
    r"(?:\b(?:загалом|усього|всього|в\s+целом|всего|in\s+total|au\s+total|en\s+total)\b|"
    r"(?:إجمالا|إجمالاً|في\s+المجموع))"
    r"[^.]{0,160}?(?:по\s+Україні|по\s+Украине|\bУкраїну\b|\bУкраину\b|across\s+Ukraine|over\s+Ukraine|"
    r"sur\s+l['’]Ukraine|contra\s+Ucrania|على\s+أوكرانيا)",
    re.IGNORECASE)

# An evacuation ordered ("ordered the mandatory evacuation of families from 11 villages because
# of intensifying shelling", "оголосили обов'язкову евакуацію"): a measure, not an act (dev6)
EVACUATION = re.compile(
    r"\b(?:ordered|announced|declared)\s+(?:the\s+|a\s+)?(?:mandatory\s+|forced\s+)?evacuation"
    r"|\bévacuation\s+obligatoire|\bevacuación\s+obligatoria|\bобязательн\w+\s+эвакуаци\w*"
    r"|\bобов['’]язков\w+\s+евакуаці\w*|إخلاء\s+(?:\S+\s+){0,2}?(?:إلزامي|الإلزامي)"
    r"|(?:أمر\S*|أعلن\S*)\s+(?:\S+\s+){0,3}?بإخلاء",
    re.IGNORECASE)
