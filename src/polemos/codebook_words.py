"""The words and phrases by which ``codebook`` applies ACLED's coding rules, in the six
languages polemos reads (next to the lexicon's language-independent concepts,
``features.concepts_of``). Each list says what it is for and, where it was measured, how
often ACLED's gold notes bear it out."""

from __future__ import annotations

import re

PROTESTS = frozenset({"Peaceful protest", "Protest with intervention"})
# Force used to break up a protest (gold protest notes telling it, with nothing destroyed: 3 of
# 156 peaceful on train, 3 of 42 on the global sample's dev part).
INTERVENED = re.compile(
    r"(?i)\b(?:tear ?-?gas\w*|water cannons?|rubber bullets|dispers\w*|gaz lacrymog\w*|"
    r"canons? à eau|balles en caoutchouc|gases? lacrim\w*|balas de goma|dispersaron|"
    r"слезоточив\w*|сльозогінн\w*|разогнал\w*|розігнал\w*|водомет\w*)\b"
    r"|الغاز المسيل|فرقت|تفريق")
REMOTE = frozenset({"Shelling/artillery/missile attack", "Air/drone strike",
                    "Remote explosive/landmine/IED"})
# What the attackers did on the ground: with no weapon of remote violence named, a fight.
GROUND_ACTS = frozenset({"ATTACK", "CLASH", "SHOOT"})

# Small arms: "shelled with small arms" is gunfire, a fight on the ground (gold notes naming
# small arms: 249 of 269 armed clashes in acled-more outside the global sample), unless a heavy
# weapon is named too.
SMALL_ARMS = re.compile(
    r"(?i)\bsmall[- ]arms?\b|стрілецьк\w* зброї|стрелков\w* оружи\w*|armes? légères|"
    r"armas (?:ligeras|cortas)|أسلحة خفيفة")
HEAVY = re.compile(
    r"(?i)mortar|artiller|rocket|missile|grenade|drone|tanks?\b|howitzer|MLRS|\bGrads?\b|"
    r"мином|міномет|артилер|артиллер|ракет|дрон|беспилот|безпілот|гранат|танк|mortier|obus|"
    r"roquette|mortero|cohete|misil|هاون|مدفع|صاروخ|قذيف|مسيرة")
# What rioters do: throw stones, put up barricades, burn tyres, light fires (the lexicon's RIOT
# concept also holds "riot police" and the topic of a protest: "the anniversary of the Capitol
# riot", "against the laying of stones"). A road blocked by the demonstrators themselves is
# not enough: ACLED's 2022 notes code "residents blocked the highway as a demonstration" as
# a peaceful protest (its Kenyan notes of 2017 did not: the rule follows current practice).
RIOTING = re.compile(
    r"(?i)\b(?:violent (?:\w+ )?(?:protests?|demonstrations?)|rowdy|"
    r"(?:threw|throw\w*|hurl\w*|pelt\w*) (?:\w+ ){0,3}?(?:stones|rocks|bottles|"
    r"projectiles|petrol bombs|molotov\w*)|pelted|stoned|ston(?:e|ing)-throwing|rioted|rioting|"
    r"(?<!human )barricad(?:ed|es|ing)|(?:tyres|tires)|bonfires?|lit (?:fires|twigs)|"
    r"forced (?:their|its) way in(?:to)?|"
    r"jets? de (?:pierres|projectiles)|(?:lancé|jeté)\w* des (?:pierres|projectiles)|"
    r"caillass\w*|barricad(?:é|ée|és|ées|ent|aient|es)|pneus|"
    r"(?:lanzaron|arrojaron|tiraron) (?:\w+ )?(?:piedras|objetos|botellas)|pedrad\w*|apedre\w*|"
    r"barricadas|neumáticos|llantas|(?:забросал|кидал|бросал|бросил|закидал|кидал)\w* "
    r"(?:\w+ )?(?:камн|камен|камін|пляшк|бутылк)\w*|баррикад\w*|барикад\w*|шин[ыами]?|"
    r"покришк\w*)\b"
    r"|بالحجارة|الحجارة|متاريس|إطارات|اطارات")
# Destroying things, as an act (the lexicon's LOOT concept also holds the grievance a peaceful
# protest is about: "against the demolition of their school", "the burning of two villages").
DESTROYING = re.compile(
    r"(?i)\b(?:burn(?:ed|t|ing)(?! of\b|\s+down\s+of\b)|torch(?:ed|ing)|set (?:\w+ )?(?:on )?"
    r"(?:fire|ablaze)|vandali[sz]\w*|ransack\w*|loot(?:ed|ing)|smash\w*|destroy(?:ed|ing)|"
    r"incendi(?:é|ée|és|ées|èrent|ant|aient|aron|ó|ando|ado|ados)|brûl(?:é|ée|és|ées|èrent|ant|"
    r"aient|ent)|saccag\w*|pill(?:é|és|ée|èrent|aient)|détruit\w*|quem(?:aron|ó|ando|ado|ados|"
    r"aban)|saque(?:aron|ó|ando)|vandaliz\w*|destroz\w*|подожг\w*|сожгл\w*|жгли|громил\w*|"
    r"разгромил\w*|поджиг\w*|підпал\w*|спалил\w*|палили|розгромил\w*)\b"
    r"|أحرق\S*|احرق\S*|حرقوا|أضرم\S*|اضرم\S*|نهبوا|خربوا|حطموا")
# Burning a flag, an effigy or a portrait is a protest's symbol, not destruction.
SYMBOL = re.compile(
    r"(?i)\b(?:flags?|effig\w*|portraits?|pictures?|photos?|posters?|banners?|copies|drapeaux?|"
    r"effigie\w*|banderas?|флаг\w*|прапор\w*|чучел\w*|опуд\w*)\b|علم|أعلام|اعلام|دمية|صور")

# A second armed side: fighting words, or both an armed group and state forces named.
FIGHTING = frozenset({"CLASH"})
# Both sides fired: a shoot-out, an exchange of fire, a gun battle (gold notes of acled-more
# outside the global sample with one of these: 233 Armed clash, 7 Attack).
MUTUAL = (r"shoot-?outs?|exchang\w* (?:of )?(?:fire|gunfire|shots)|gun ?battles?|gunfights?|"
           r"fire ?fights?|échanges? de tirs|intercambio de disparos|перестрелк\w*|перестрілк\w*")
SHOOT_OUT = re.compile(rf"(?i)\b(?:{MUTUAL})\b|تبادل\S* (?:إطلاق|اطلاق) النار")
# Both sides firing weapons of remote violence, or one firing back: an armed clash for ACLED
# ("exchanged artillery shelling", "police retaliated", "AMISOM fired back").
EXCHANGE = re.compile(
    r"(?i)\b(?:exchang\w* (?:\w+ ){0,2}?(?:fire|shell\w*|artillery|mortars?|rockets?|gunfire|"
    r"shots|strikes)|(?:shell|fire|shot)\w* back|returned fire|ripost\w*|"
    r"répliqu\w*|respondi\w* (?:al|con) (?:fuego|disparos)|обменял\w* (?:ударами|огнем|огнём)|"
    r"обмін\w* (?:ударами|вогнем)|відповіли вогнем|открыли ответный огонь)\b"
    r"|تبادل\S* (?:القصف|إطلاق|اطلاق)|ردت? (?:على مصادر|بالمثل)")
# The attacked side fought back: a second armed side, whatever the words for it.
RESISTED = re.compile(
    rf"(?i)\b(?:{MUTUAL}|repel\w*|repuls\w*|fended off|fought back|returned fire|exchang\w*|"
    r"confront\w*|fights?|(?:(?:\d+|one|two|three|four|five|six|several|some|many) )?"
    r"(?:assailants?|attackers?|militants?|gunm[ae]n|raiders?) (?:were|was|had been|have been) "
    r"(?:killed|neutrali[sz]ed|wounded)|(?:\d+|one|two|three|four|five|six|several|some|many) "
    r"(?:assailants?|attackers?|militants?|gunm[ae]n|raiders?) (?:killed|neutrali[sz]ed|wounded)|"
    r"kill\w* (?:\w+ ){0,3}(?:assailants|attackers|raiders)|"
    r"self-defen[cs]e|vigilantes?|repouss\w*|ripost\w*|riposte|repeli\w*|"
    r"repelid\w*|autodefensa|отбил\w*|отрази\w*|відбил\w*|відбит\w*|самооборон\w*)\b"
    r"|صد\S*|تصد\S*")
# The attacked killed or drove back their attackers ("the guards fired back and killed two
# of the raiders", "the farmers fended off the gunmen"): a fight, not an attack.
FOUGHT_BACK = re.compile(
    r"(?i)\b(?:(?:killed|neutrali[sz]ed|lynched|shot dead) "
    r"(?:(?!by\b|when\b|as\b|after\b|in\b)\w+ ){0,2}?"
    r"(?:assailants|attackers|raiders|gunmen)|repelled|repulsed|fought back|returned fire|"
    r"fended off)\b")
# Armed people among the victims: members of a militia, fighters, guards, state forces.
ARMED_VICTIMS = re.compile(
    r"(?i)\b(?:militiam[ae]n|militia members?|positions|fighters?|combatants?|(?:body)?guards?|"
    r"reservists?|security men|peacekeepers?|dozos?|miliciens?|combattants?|milicianos?|"
    r"combatientes?|ополченц\w*|бойц\w*|бійц\w*)\b")
# The armed people right before these are the doers: "militiamen attacked", "fighters have
# killed", "des miliciens ont tué".
DOING = re.compile(
    r"(?i)\s+(?:\(\w+\)\s+)?(?:\w+\s+)?(?:attack\w*|kill\w*|storm\w*|raid\w*|ambush\w*|shot|"
    r"opened fire|torch\w*|burn\w*|abduct\w*|kidnap\w*|assault\w*|massacr\w*|execut\w*|"
    r"attaqu\w*|tu[ée]\w*|ont (?:attaqué|tué|incendié)|atac\w*|mataron|asesinaron|напал\w*|"
    r"убил\w*|напа\w*|вбил\w*)\b")
# A non-state armed side that the lexicon's ARMED_GROUP lacks: with state forces, two sides.
ARMED_SIDE = re.compile(
    r"(?i)\b(?:armed(?! with (?:\w+ ){0,2}?(?:sticks|clubs|machetes|knives|pangas|stones|rocks|"
    r"crude|bows|arrows|batons|rods|whips))|attackers?|assailants?|raiders?|bandits?|armés?|"
    r"assaillants?|armad[oa]s?|"
    r"asaltantes?|вооруж\w*|нападавш\w*|озброєн\w*|нападник\w*|cartels?|cártel\w*|gangs?|"
    r"gangsters?|pandill\w*|банд\w*)\b|مسلح|عصاب")
# The police or the army as the source of the report, not a side.
FORCES_SAID = re.compile(
    r"(?i)\b(?:(?:the|local|state|national)\s+)?(?:police|army|military)(?:\s+\w+)?\s+"
    r"(?:said|says|reported|told|stated)\b|\baccording to (?:the )?(?:\w+ )?(?:police|army|"
    r"military)\b|\bselon (?:la )?(?:police|gendarmerie|l'armée)\b|\b(?:informó|informaron|"
    r"indicó|señaló) (?:(?:el|este) \w+ )?(?:la )?polic[ií]a(?: nacional)?\b|"
    r"\bsegún (?:la )?polic[ií]a\b|\b(?:a|ont) (?:indiqué|annoncé|rapporté|précisé|déclaré) "
    r"(?:\w+ )?(?:la police|la gendarmerie|l'armée)\b|"
    r"\b(?:полиция|поліція) (?:сообщил\w*|заявил\w*|повідомил\w*)|"
    r"\b(?:сообщил\w*|заявил\w*|повідомил\w*) (?:\w+ ){0,2}?(?:полиция|поліція)\b|"
    r"\b(?:сообщил\w*|заявил\w*|повідомил\w*|заявил\w*) (?:в|у) (?:\w+ )?(?:полиции|поліції)\b|"
    r"\bпо (?:данным|информации) (?:\w+ )?полиции\b|\bза (?:даними|інформацією) (?:\w+ )?поліції\b"
    r"|(?:بحسب|حسب|وفق|وفقا|قالت|أفادت|افادت|ذكرت)\s+(?:ما\s+(?:قالت|أفادت|افادت|ذكرت)\s+)?"
    r"(?:ال|لل)?(?:شرطة|جيش)(?:\s+\S+)?")
# Off duty, retired or former: a member of the forces attacked as a civilian (ACLED: Attack).
OFF_DUTY = re.compile(r"(?i)\b(?:off-duty|off duty|retired|former|ex-|hors service|à la retraite|"
                       r"ancien|franco de servicio|retirad[oa]|jubilad[oa]|бывш\w*|колишн\w*)")
# People a civilian attack is aimed at, beyond the CIVILIAN concept.
VICTIMS = re.compile(
    r"(?i)\b(?:herders?|herdsm[ae]n|worshippers?|marketgoers?|traders?|merchants?|passengers?|"
    r"drivers?|travell?ers?|passers?-?by|pedestrians?|shopkeepers?|miners?|pupils?|"
    r"priests?|imams?|pastors?|chiefs?|informants?|(?<!\barmed )(?<!gun)(?:wo)?m[ae]n|"
    r"criminals?|robbers?|thie(?:f|ves)|politicians?|candidates?|aspirants?|campaigners?|"
    r"(?<!police )(?<!army )(?<!security )(?<!military )officials?|civil servants?|workers?|"
    r"voters?|"
    r"(?:school)?(?:boys?|girls?|children)|famil(?:y|ies)|people|persons?|siblings|captives?|"
    r"journalists?|professors?|detainees?|infants?|bab(?:y|ies)|minors?|fishermen|"
    r"homme|femme|personnes?|hombres?|mujer|personas?|мужчин\w*|женщин\w*|человек|людей|"
    r"чоловік\w*|жінк\w*|"
    r"bergers?|éleveurs?|fidèles|commerçants?|passagers?|chauffeurs?|orpailleurs?|prêtres?|"
    r"pastores?|fieles|comerciantes?|pasajeros?|conductores?|"
    r"campesinos?|pobladores?|пастух\w*|прихожан\w*|торговц\w*|пассажир\w*|"
    r"водител\w*|пасажир\w*|водії\w*|водія)\b"
    r"|رعاة|مصلين|تجار|ركاب|سائق|رجل|امرأة|أشخاص|شخص")
# A place of civilians attacked: a village, homes, a market, a mine, a place of worship (gold
# Armed clash or Attack notes with this and no second armed side: mostly attacks).
CIVIL_PLACE = re.compile(
    r"(?i)\b(?:attack\w*|raid\w*|stormed|torched|burn\w*) (?:the |a |an |several |two |three |"
    r"\w+ )?(?:[\w'-]+ ){0,2}?(?:villages?|hamlets?|homes?|houses?|homesteads?|markets?|"
    r"mining sites?|gold mines?|churche?s?|mosques?|schools?|displaced|IDP camps?|farms?)\b|"
    r"\battaqu\w* (?:le |la |les |un |une )?(?:village|hameau|marché|site d'orpaillage|"
    r"église|mosquée)\b|\batac\w* (?:el |la |un |una )?(?:aldea|pueblo|vereda|caserío)\b")
# What a victim was accused of names no fighting side: "killed two men accused of being
# informants of the army", "a woman accused of collaborating with the Malian army".
ACCUSED = re.compile(
    r"(?i)\b(?:accused|suspected|accusing|suspecting) (?:\w+ )?of\b[^,.;]*|\binformants? "
    r"(?:of|for) [^,.;]*|\bcollaborat\w* with [^,.;]*|\baccusé\w* d[e'][^,.;]*|"
    r"\bacusad\w* de [^,.;]*")
# An unorganised crowd: supporters, youths, voters, students, a mob (with the lexicon's MOB
# and PROTESTER concepts); one supporter with a knife is no crowd.
CROWD = re.compile(
    r"(?i)\b(?:supporters|youths?|voters|students|pupils|crowds?|rioters|rival (?:political )?"
    r"(?:groups|camps|factions)|(?:two )?factions of|political (?:parties|groups)|"
    r"partisans?|jeunes|électeurs|étudiants|élèves|émeutiers|simpatizantes|partidarios|"
    r"jóvenes|votantes|estudiantes|сторонник\w*|молодеж\w*|молодёж\w*|избирател\w*|"
    r"студент\w*|прихильник\w*|молод[іь]\w*|виборц\w*|виборці)\b"
    r"|أنصار|شبان|ناخب\S*|طلاب")
# A political crowd and a fight between its camps ("supporters of two candidates clashed",
# "broke into fistfights"): mob violence even when the detector saw no event.
RIVAL_CROWD = re.compile(
    r"(?i)\b(?:supporters|partisans|rival (?:political )?(?:groups|camps|factions)|factions|"
    r"youths|voters|rioters|mobs?|sympathisants|partidarios|simpatizantes|сторонник\w*|"
    r"прихильник\w*)\b|أنصار")
CROWD_FIGHT = re.compile(
    r"(?i)\b(?:fist ?fights?|brawl\w*|scuffl\w*|punch-?ups?|bagarre\w*|riñas?|пот[ау]сов\w*|"
    r"драк\w*|бійк\w*)\b")
# Many people: without any, violence is no mob's (ACLED's gold Mob violence and Attack notes
# with none of these words: 93-96 % attacks).
MANY = re.compile(
    r"(?i)\b(?:crowds?|mobs?|villagers|residents|locals|inhabitants|people|youths?|group of|"
    r"groups|members of the (?:public|community)|communit(?:y|ies)|relatives|famil(?:y|ies)|"
    r"vigilante\w*|lynch\w*|workers|traders|farmers|herders|clans?|tribes?|tribal|foules?|"
    r"habitants|villageois|population|riverains|multitud\w*|vecinos|pobladores|habitantes|"
    r"comuneros|linch\w*|толп\w*|жител\w*|мешканц\w*|натовп\w*|селян\w*|самосуд\w*|"
    # relatives (of the missing, of prisoners of war: dev sr17-uk, session 21)
    r"родич\w*|родственник\w*|рідних)\b"
    r"|حشد|أهالي|اهالي|سكان|قروي")
# Beating and lynching: with many people and no weapon, a crowd's violence ("angry residents
# beat a suspected thief to death"; gold Attack, Armed clash or Mob violence notes with this
# and no weapon or armed side: 91 of 95 mob violence on train, 19 of 20 on global dev).
BEATING = re.compile(
    r"(?i)\b(?:beat(?:en|ing)?|lynch\w*|golpe\w*|linch\w*|tabass\w*|roué\w* de coups|"
    r"избил\w*|избит\w*|побил\w*|побит\w*|забил\w*|самосуд\w*|побив\w*)\b|ضرب")
# People quoted as the source ("residents said", "according to locals", "selon des habitants").
SAID = re.compile(
    r"(?i)\b(?:residents|locals|villagers|inhabitants|witnesses|people)\s+(?:\w+\s+)?"
    r"(?:said|say|says|told|reported)\b|\baccording\s+to\s+(?:\w+\s+){0,2}?"
    r"(?:residents|locals|villagers|inhabitants|witnesses)\b|\bselon\s+des\s+(?:habitants|"
    r"témoins|riverains)\b|\bsegún\s+(?:los\s+)?(?:vecinos|pobladores|testigos|habitantes)\b")
# Rioters named as such are no armed side, whoever they fight (gold notes with the word:
# 3 of 842 attacks or armed clashes; ACLED codes "rioters clashed with soldiers" as mob violence).
RIOTERS = re.compile(r"(?i)\b(?:rioters|émeutiers|amotinados|погромщик\w*|бунтовщик\w*|"
                     r"бунтівник\w*)\b|مثيري الشغب")
# What an organised armed side or a weapon of war brings: then it is not a mob.
NOT_MOB = frozenset({"ARMED_GROUP", "STATE_FORCE", "SHOOT", "AIRSTRIKE", "SHELL", "IED",
                     "EXPLOSION", "GRENADE", "SUICIDE"})
# Firearms: a crowd does not carry them ("gunfight", "gunmen", "armes à feu").
GUN = re.compile(r"(?i)\bgun|firearm|armes? à feu|armas? de fuego|огнестрел|вогнепал|ناري")
# What makes a protest more than peaceful, or says someone stepped in (for ``codebook._calm``). A road
# blocked by the crowd is not among them: ACLED's 2022 notes code 88 of 92 otherwise calm
# protests that block a road or an entrance as peaceful (its Kenyan notes of 2017 did not).
UNCALM = frozenset({"RIOT", "LOOT", "KILL", "WOUND", "ATTACK", "SHOOT", "CLASH", "DISPERSE",
                    "MOB", "ARREST", "EXPLOSION", "GRENADE", "ABDUCT", "AIRSTRIKE", "SHELL"})
UNCALM_WORDS = re.compile(
    r"(?i)\b(?:violen\w*|chao\w*|caos|rowdy|storm\w*|disrupt\w*|barricad\w*|"
    r"riot\w*|stones?|burn\w*|fire|fired|clash\w*|fight\w*|attack\w*|injur\w*|damag\w*|"
    r"forc\w*|chased|tension\w*|unrest|scuffle\w*|broke|break\w*|smash\w*|threw|throw\w*|"
    r"beat\w*|tear|police|intervene\w*|bless\w*|heurt\w*|incident\w*|"
    r"enfrentamient\w*|disturbio\w*|насил\w*|хаос|столкнов\w*|беспоряд\w*|"
    r"сутичк\w*|заворуш\w*|зіткнен\w*|"
    # the police, not the military: an anti-war protest names the army it is against
    r"police\w*|policier\w*|policía\w*|gendarm\w*|soldiers?|troops|security forces|"
    r"forces de l'ordre|полиц\w*|поліц\w*|силовик\w*)\b|عنف|اشتباك|مواجهات|فوضى|الشرطة|الأمن")
# What a protest is about, up to the next clause: "against ...", "over ...", "to denounce ...".
GRIEVANCE = re.compile(
    r"(?i)\b(?:against|over(?! (?:\d|a |an |one|two|three|four|five|ten|twenty|fifty|hundred|"
    r"thousand|dozen))|denounc\w*|condemn\w*|demand\w*|in (?:protest|memory|"
    r"support|solidarity) (?:of|at|against|with)|anniversary of|commemorat\w*|to (?:call|press) "
    r"for|calling for|to mark|contre|pour dénoncer|dénonçant|exigeant|en (?:protesta|memoria|"
    r"solidaridad) (?:por|de|con)|contra|para (?:exigir|denunciar)|exigiendo|против|проти|ضد)\b"
    r".*?(?=[,.;:!?]|\s(?:and|but|before|when|while|as|until|et|mais|avant|quand|y|pero|antes|"
    r"cuando|и|но|і|але)\s|$)")
# Violence said not to have happened: "No reports of violence", "no violence was reported",
# "sin violencia", "sans violence" (the sentence is then calm).
NO_VIOLENCE = re.compile(
    r"(?i)\b(?:no (?:reports? of |reported |evidence of |signs? of )?(?:violence|clash\w*|"
    r"injur\w*|incidents?)(?: (?:was|were) (?:reported|recorded))?|without (?:any )?(?:violence|incident)|"
    r"(?:peacefully|calmly)|sans (?:violence|incident)s?|sin (?:violencia|incidentes)|"
    r"aucun incident(?: n['’]a été (?:signalé|enregistré))?|ningún incidente|"
    r"no se (?:registraron|reportaron) incidentes|инцидентов не (?:было|зафиксировано)|"
    r"інцидентів не (?:було|зафіксовано)|"
    r"без (?:насилия|инцидентов|происшествий)|без (?:насильства|інцидентів))\b")
# The crowd dispersing on its own, calmly: no intervention ("before dispersing peacefully",
# "avant de se disperser dans le calme", "мирно разошлись", "تفرقوا بهدوء"; 2026-12-02).
SELF_DISPERSED = re.compile(
    r"(?i)\bdispers(?:ing|ed|e) (?:peacefully|calmly|quietly|without incident)\b|"
    r"\b(?:se|s') ?(?:sont |est )?dispers\w* (?:dans le calme|calmement|pacifiquement|"
    r"sans incidents?)|\bdispers\w*(?:se)? (?:pac[ií]ficamente|en calma|sin incidentes|"
    r"tranquilamente)|\bse dispersaron (?:pac[ií]ficamente|en calma|sin incidentes)|"
    r"(?:мирно|спокойно) (?:разош|розійш)\w*|(?:разош|розійш)\w* (?:мирно|спокойно)|"
    r"(?:تفرق|انفض)\S* (?:بهدوء|بسلام|بشكل سلمي)")
# Those arrested were the marchers: a protest broken up by arrests ("detained 40 students who
# had marched peacefully", "qui défilaient", "que marchaban", "которые мирно шли").
ARRESTED_MARCHERS = re.compile(
    r"(?i)\b(?:who|that) (?:had |were |was )?(?:\w+ )?(?:marched|marching|protested|protesting|"
    r"demonstrated|demonstrating|rallied|rallying)\b|\bqui (?:\w+ )?(?:défilaient|manifestaient|"
    r"marchaient|protestaient)\b|\bque (?:\w+ )?(?:marchaban|protestaban|se manifestaban|"
    r"manifestaban)\b|\bкоторые (?:\w+ )?(?:мирно )?(?:шли|протестовали|митинговали|"
    r"маршировали)\b|\bякі (?:\w+ )?(?:мирно )?(?:йшли|прямували|протестували|мітингували|"
    r"марширували)\b|كانوا (?:\S+ )?(?:يسيرون|يتظاهرون|يحتجون)")
# The police as a place or a bystander, not a force used: "in front of the police station".
POLICE_ASIDE = re.compile(
    r"(?i)\b(?:police|gendarmerie) (?:stations?|headquarters|posts?|offices?|commands?|"
    r"commissariats?|premises)\b|\bcommissariats?\b|\bcomisar[ií]as?\b|\b(?:полицейск\w*|"
    r"поліцейськ\w*) (?:участ\w*|відділ\w*)|\bотдел\w* полиции\b|مركز الشرطة|قسم الشرطة")
KILL_OR_HARM = frozenset({"KILL", "WOUND", "ATTACK", "SHOOT", "ABDUCT", "LOOT"})
# What makes burning or looting more than property destruction: people harmed, fighting, an
# attack, a weapon of war, a protest, an arrest.
NOT_ONLY_PROPERTY = frozenset({
    "KILL", "WOUND", "SHOOT", "CLASH", "ABDUCT", "RAPE", "AIRSTRIKE", "SHELL", "IED", "EXPLOSION",
    "GRENADE", "PROTEST", "PROTESTER", "RIOT", "MOB", "ARREST", "STRIKE_WORK", "ATTACK"})

# Violence by the protesters themselves (for ``_only_intervened``).
CROWD_VIOLENCE = re.compile(
    r"(?i)\b(?:violen\w*|clash\w*|stones?|fight\w*|injur\w*|wound\w*|damag\w*|chao\w*|caos|"
    r"rowdy|storm\w*|smash\w*|beat\w*|thr[oe]w\w*|attack\w*|scuffle\w*|heurt\w*|affrontement\w*|"
    r"enfrentamient\w*|disturbio\w*|насил\w*|столкнов\w*|беспоряд\w*|сутичк\w*|заворуш\w*|"
    r"зіткнен\w*|поранен\w*|ранен\w*)\b|عنف|اشتباك|مواجهات|إصاب|اصاب")
CROWD_HARM = frozenset({"KILL", "WOUND", "CLASH", "ATTACK", "MOB", "RIOT", "LOOT", "SHOOT",
                        "EXPLOSION", "GRENADE"})

# People set on fire: an attack, not property destruction.
BURNT_PEOPLE = re.compile(
    r"(?i)\b(?:alive|vifs?|vives?|viv[oa]s?|заживо|живьём|живцем)\b|\b(?:set fire to|set on fire|"
    r"burn\w*|torch\w*) (?:\w+ ){0,2}?(?:(?:wo)?m[ae]n|person|people|victims?|child\w*|boys?|"
    r"girls?)\b|أحياء")

# Storming a building, setting someone ablaze: acts, not weather or fire (the lexicon's
# DISASTER concept holds "storm" and "fire").
STORMING = re.compile(
    r"\b(?i:(?:residents|youths|protesters|demonstrators|crowds?|villagers|students|"
    r"supporters|mobs?|people|voters) storm)\b|"
    r"\b(?:[Ss]torm(?:ed|ing)|[Ss]torms? (?:the|a|an|into|[A-Z]|(?:\w+ )?(?:school|office|station|"
    r"hospital|camp|headquarters|premises)))\b|\b(?i:set (?:\w+ )?(?:ablaze|on fire)|set fire)\b")

# Acts of conflict, protest or force: with none of these, a disaster is no event of ACLED's.
CONFLICT = frozenset({
    "ARMED_GROUP", "STATE_FORCE", "ATTACK", "SHOOT", "CLASH", "PROTEST", "PROTESTER", "RIOT",
    "MOB", "AIRSTRIKE", "SHELL", "IED", "EXPLOSION", "GRENADE", "ABDUCT", "ARREST", "KILL",
    "WOUND", "STRIKE_WORK", "SUICIDE"})

# The forces' own moves with no one fought or harmed (ACLED: strategic developments): an
# operation launched or a patrol deployed ("Change to group/activity"), arms or equipment
# seized ("Disrupted weapons use"), a base installed ("Headquarters or base established").
OPERATION = re.compile(
    r"(?i)\b(?:operations?|sweep|patrols?|deploy\w*|redeploy\w*|reinforc\w*|"
    r"opérations?|ratissage|patrouilles?|déplo\w*|operaci[oó]n\w*|operativos?|patrull\w*|"
    r"despleg\w*|операци\w*|операці\w*|зачистк\w*|патрул\w*)\b|عملية|حملة|دورية|انتشار")
# Things seized that make a disrupted weapons use (not people, not a place's control).
SEIZED = re.compile(
    r"(?i)\b(?:seiz\w*|confiscat\w*|recover\w*|sais\w*|récupér\w*|incaut\w*|decomis\w*|"
    r"изъя\w*|вилуч\w*)\b(?:\W+\w+){0,8}?\W+(?:arms|weapons?|ammunition|equipment|"
    r"explosives?|rifles?|guns?|firearms?|materiel|motorbikes?|motorcycles?|vehicles?|"
    r"armes|munitions|motos|armas|municiones|оружи\w*|зброї|боеприпас\w*)\b"
    r"|\b(?:arms|weapons|ammunition|equipment|explosives|rifles|motorbikes)\b"
    r"(?:\W+\w+){0,6}?\W+(?:were|was) (?:\w+ )?(?:seized|confiscated|recovered)\b")
INSTALLED = re.compile(
    r"(?i)\b(?:install\w*|set up|established|built|opened) (?:\w+ ){0,3}?(?:bases?|camps?|"
    r"posts?|headquarters)\b|\bnew (?:military )?base\b|"
    r"\b(?:install\w*|établi\w*) (?:une |un )?(?:\w+ )?(?:base|camp)\b"
    # "han establecido una nueva base militar", "оборудовали новую военную базу", "створили
    # базу", "أقامت القوات ... قاعدة عسكرية" (parallel_dev5)
    r"|\b(?:instal\w*|establec\w*|construy\w*) (?:una |un )?(?:\w+ )?(?:base|campamento)\b"
    r"|\b(?:оборудовал\w*|создал\w*|развернул\w*|облаштувал\w*|створил\w*|розгорнул\w*) "
    r"(?:\w+ ){0,2}?(?:баз[уы]|лагер\w*|табір|опорн\w+ пункт\w*)"
    r"|(?:أقام|أنشأ|اقام|انشأ)\S*\s+(?:\S+\s+){0,4}?(?:قاعدة|معسكر|مقر)")
# An operation aimed at an opponent, fought or taking ground: a battle, not a move.
FOUGHT_AT = re.compile(
    r"(?i)\b(?:against|offensives?|engag\w*|repel\w*|overr[au]n|captur\w*|regain\w*|"
    r"retak\w*|eliminat\w*|neutrali[sz]\w*|driv\w* off|harass\w*|control|dismantl\w*|"
    r"arrest\w*|detain\w*|disarm\w*|resistance|casualt\w*|contre|contra|против|проти)\b")
# Force that hit no one: warning shots, shots in the air.
NO_TARGET = re.compile(
    r"(?i)\b(?:(?:(?:fired|firing|fire|shot) (?:\w+ )?)?warning shots?|"
    r"(?:fired|firing|fire|shot|shooting|shots?) (?:\w+ )?in(?:to)? the air|"
    r"tirs? de sommation|(?:tiré|tirs?) en l'air|disparos? al aire|"
    r"предупредительн\w*|в воздух|у повітря)\b")
# A hold-up of a shop, bank or jewellery (2026-12-03, session 21, dev set O: "blessé par balle
# lors du braquage d'une bijouterie"): a crime story, not political violence, unless an armed
# side, a crowd or a killing is told with it (``codebook.only_heist``)
HEIST = re.compile(
    r"(?i)\b(?:(?:armed\s+)?robbery|hold-?up|heist|raid)\s+(?:on|of|at)\s+(?:an?\s+|the\s+)?"
    r"(?:\w+\s+)?(?:jewel(?:le)?ry|bank|shop|store|supermarket|petrol\s+station|gas\s+station|"
    r"exchange\s+office)\b"
    r"|\b(?:braquage|hold-up|cambriolage|attaque\s+à\s+main\s+armée)\s+(?:d['’]une?|de\s+la|du|"
    r"contre\s+une?)\s+(?:\w+\s+)?(?:bijouterie|banque|agence\s+bancaire|commerce|magasin|"
    r"supérette|supermarché|station[- ]service|bureau\s+de\s+change|boutique|pharmacie|"
    r"bureau\s+de\s+tabac)\b"
    r"|\b(?:atraco|asalto|robo)\s+(?:armado\s+)?(?:a|en|de)\s+(?:una?\s+|la\s+|el\s+)?"
    r"(?:joyería|banco|sucursal\s+bancaria|tienda|comercio|supermercado|gasolinera|"
    r"casa\s+de\s+cambio|farmacia)\b"
    r"|\b(?:ограблени\w+|налёт\w*|налет\w*|пограбуванн\w+|наліт\w*)\s+на\s+(?:\w+\s+)?"
    r"(?:ювелирн\w+|банк\w*|магазин\w*|отделени\w+|ювелірн\w+|відділенн\w+|аптек\w+)"
    r"|(?:سطو|سرقة)\s+(?:مسلح\s+)?(?:على|ل)\s*(?:محل|مصرف|بنك|متجر|صيدلية)")
# A killing at home by a partner or a relative: domestic violence, which ACLED does not code
# (2026-12-02, parallel_dev2; as a lexicon word for CRIME it made English and French an Attack).
DOMESTIC = re.compile(
    r"(?i)\b(?:by (?:her|his) (?:former |ex-?)?(?:partner|husband|wife|boyfriend|girlfriend)|"
    r"(?:her|his) (?:former|ex-) ?(?:partner|husband|wife|boyfriend|girlfriend)|ex-partner|"
    r"ex-husband|ex-wife|ex-boyfriend|femicide|"
    r"par son (?:ancien |ex-)?(?:conjoint|compagnon|mari|épouse|concubin)|ex-conjoint|"
    r"ex-compagnon|ex-mari|féminicide|"
    r"(?:por|a manos de) su (?:ex)?(?:pareja|esposo|esposa|novio|marido)|expareja|exesposo|"
    r"exnovio|feminicidio|"
    r"(?:бывш\w+|колишн\w+) (?:муж\w*|сожител\w*|партн\w+|чолов\w*|співмешкан\w*)|"
    r"(?:своим|своїм) (?:муж\w*|чолов\w*))"
    r"|(?:شريكها|زوجها) السابق|طليقها|على يد زوجها"
    # a private quarrel ("killed an acquaintance during a quarrel in a flat", "під час сварки",
    # "на бытовой почве"; 2026-12-03, session 17, set P)
    r"|(?i:\b(?:during|after|in) (?:a|an) (?:drunken )?(?:quarrel|argument|brawl)\b"
    r"|\bdomestic (?:dispute|quarrel|argument)\b"
    r"|\blors d['’]une (?:dispute|altercation|querelle|rixe)\b(?! (?:foncière|entre))"
    r"|\bdurante una (?:riña|discusión|pelea)\b|\btras una (?:riña|discusión)\b"
    r"|\bво время (?:бытовой )?(?:ссоры|драки|застолья)\b|\bна бытовой почве\b"
    r"|\bпід час (?:сварки|бійки|застілля)\b|\bна побутовому ґрунті\b)"
    r"|(?:خلال|إثر|اثر|بعد) (?:شجار|مشاجرة|خلاف شخصي)")


# A stolen vehicle or stolen goods, not a person taken ("розшукали викрадений у Дрогобичі автомобіль": the
# Ukrainian and Russian words for kidnapped also mean stolen; 2026-12-03, session 17, set P).
STOLEN_VEHICLE = re.compile(
    r"(?i)\bstolen\s+(?:\w+\s+){0,2}(?:car|vehicle|truck|motorbike|motorcycle)s?\b"
    r"|\b(?:car|vehicle|truck|motorcycle)s?\s+(?:was|were|had\s+been)\s+stolen\b"
    r"|\b(?:voiture|véhicule|camion|moto)s?\s+volée?s?\b"
    r"|\b(?:coche|carro|auto|vehículo|camioneta|moto)s?\s+robad[oa]s?\b"
    r"|\b(?:угнанн\w+|похищенн\w+|викраден\w+)\s+(?:\w+\s+){0,3}(?:автомобил\w*|автомобіл\w*|"
    r"машин\w*)|\bугна(?:л|ли|н)\b|\bугон\w*"
    r"|(?:سيارة|سيارات)\s+مسروقة|سرقة\s+(?:سيارة|سيارات)"
    # goods stolen: "похитили украшения", "часть похищенного изъята" (2026-12-03, session 21,
    # dev y30-ru: a jewellery robbery read as an abduction)
    r"|\bпохитил[аи]?\s+(?:\w+\s+){0,2}?(?:украшени|драгоценност|деньг|денежн|имуществ|товар|"
    r"ценност|оружи|телефон|сейф)\w*|\bпохищенн(?:ого|ое)\b"
    r"|\bвикрал[аи]?\s+(?:\w+\s+){0,2}?(?:прикрас|гроші|грошей|майно|товар|цінност|зброю|"
    r"телефон|сейф)\w*|\bвикраденого\b")
# A person kidnapped, said so outright (the stolen vehicle may be the kidnappers')
KIDNAP_WORDS = re.compile(
    r"(?i)\b(?:kidnap\w*|abduct\w*|hostages?|enlev\w*|enlèvement\w*|rapt|secuestr\w*|"
    r"заложник\w*|заручник\w*)\b|خطف|اختطاف|اختطف|رهائن")
