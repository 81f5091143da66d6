"""The weapon decides the remote-violence sub-type; police killing protesters is excessive
force. Sentences written for these tests, in the six languages polemos reads."""

from __future__ import annotations

import pytest

from polemos.detect import Prediction
from polemos.sentence_rules import weapon_or as _weapon_or
from polemos.weapons import AIR, EXCESSIVE, IED, SHELLING, retype, weapon_of


@pytest.mark.parametrize(("detected", "text", "expected"), [
    # air or drone strikes read as attacks, clashes or bombs
    ("Attack", "A drone strike on a pickup truck killed three men near Kidal on Monday.", AIR),
    ("Armed clash", "Rebels dropped explosives from a drone on an army post, wounding four "
     "soldiers.", AIR),
    ("Attack", "Un drone a frappé un véhicule près de Kidal lundi, faisant trois morts.", AIR),
    (IED, "Un ataque con drones cargados de explosivos mató a dos policías en Jamundí.", AIR),
    ("Attack", "قتل ثلاثة مدنيين في غارة جوية على قرية قرب إدلب يوم الأحد.", AIR),
    (SHELLING, "قصف الطيران الحربي مواقع المسلحين شمال المدينة.", AIR),
    ("Attack", "قتل طفلان في هجوم بطائرة مسيرة على منزل في مأرب.", AIR),
    ("Armed clash", "Беспилотник атаковал жилой дом в Курске, погибла женщина.", AIR),
    ("Armed clash", "Російські ударні дрони атакували Одесу вночі, загинули двоє людей.", AIR),
    (IED, "A military jet bombed a village in the north on Wednesday, killing nine people.", AIR),
    ("Armed clash", "Un dron kamikaze impactó contra un cuartel en Caldono.", AIR),
    ("Attack", "Des drones kamikazes ont frappé le port d'Odessa dans la nuit.", AIR),
    ("Armed clash", "Атака БПЛА на Курск: пострадали двое мирных жителей.", AIR),
    ("Armed clash", "Росіяни вночі атакували Запоріжжя шахедами, є загиблий.", AIR),
    ("Attack", "Вертоліт ЗСУ уразив позиції окупантів.", AIR),
    # missiles, rockets, artillery and mortars
    ("Attack", "Russian missiles hit a residential block in Kharkiv, killing four people.",
     SHELLING),
    ("Attack", "Des tirs de roquettes ont touché un marché de Goma, tuant six civils.",
     SHELLING),
    ("Attack", "Un cohete impactó en una vivienda de Sderot y mató a una mujer.", SHELLING),
    ("Attack", "سقطت قذائف هاون على حي سكني في درعا مما أدى إلى مقتل طفلين.", SHELLING),
    ("Attack", "Артиллерийский обстрел Донецка унес жизни трех мирных жителей.", SHELLING),
    ("Attack", "Російська ракета влучила в житловий будинок у Дніпрі.", SHELLING),
    ("Attack", "Внаслідок артобстрілу Херсона загинула жінка.", SHELLING),
    (AIR, "Artillery shells hit the village of Tal Rifaat overnight.", SHELLING),
    # planted bombs
    ("Attack", "A roadside bomb struck a minibus near Mogadishu, killing five passengers.", IED),
    ("Attack", "Un engin explosif improvisé a explosé au passage d'un véhicule civil près de "
     "Djibo.", IED),
])
def test_the_weapon_decides(detected: str, text: str, expected: str) -> None:
    assert retype(detected, text) == expected


@pytest.mark.parametrize(("detected", "text"), [
    # ground fighting stays a clash, even with artillery or drones in it
    ("Armed clash", "Soldiers fought militants near Palmyra with artillery support, killing "
     "12 of them."),
    ("Armed clash", "Les combats entre l'armée et les rebelles, appuyés par l'artillerie, ont "
     "fait dix morts."),
    ("Armed clash", "Бои с применением артиллерии продолжались у Бахмута весь день."),
    ("Armed clash", "Gunmen opened fire on the base and fired mortars at the barracks."),
    ("Armed clash", "Las tropas intercambiaron disparos y cohetes con los rebeldes."),
    ("Armed clash", "Russian troops attacked Ukrainian positions with tanks and artillery."),
    ("Armed clash", "Helicopters supported ground troops as they pushed the rebels out."),
    # a drone shot down is a disrupted weapon, not a strike
    ("Attack", "Air defences shot down a drone over Kyiv, and debris injured two people."),
    ("Armed clash", "Сили ППО збили 20 дронів над Київщиною вночі."),
    ("Armed clash", "أسقطت الدفاعات الجوية طائرة مسيرة فوق دمشق."),
    ("Armed clash", "Ночью над Белгородом сбиты три беспилотника."),
    # a suicide car bomb, a chemical attack: their own sub-types
    ("Attack", "A suicide car bomber struck a checkpoint in Mogadishu, killing eight people."),
    ("Attack", "Un kamikaze s'est fait exploser devant une mosquée de Maiduguri."),
    # two weapons named
    ("Attack", "Russian forces struck Kharkiv with missiles and drones overnight."),
    # "bombardment" alone does not say from where; Arabic "qasf" neither
    (AIR, "The town was bombarded overnight, killing five civilians."),
    (SHELLING, "قصف على مدينة حلب أدى إلى مقتل خمسة مدنيين."),
    # a gold mine is no landmine
    ("Attack", "Des assaillants ont attaqué une mine d'or près de Djibo, tuant douze mineurs."),
    # no weapon at all
    ("Attack", "Gunmen killed four villagers near Djibo on Tuesday."),
    # types the rule does not touch
    ("Looting/property destruction", "A drone strike destroyed a house in the village."),
    ("Disrupted weapons use", "A drone was found in a field near the border."),
    ("Government regains territory", "The army retook the town after days of air strikes."),
])
def test_the_detector_is_kept(detected: str, text: str) -> None:
    assert retype(detected, text) is None


def test_weapon_of_names_one_weapon() -> None:
    assert weapon_of("An airstrike hit the market.") == AIR
    assert weapon_of("Mortar rounds landed near the school.") == SHELLING
    assert weapon_of("A landmine exploded under a bus.") == IED
    assert weapon_of("A landmine and a rocket exploded.") is None
    assert weapon_of("Police arrested two men.") is None


@pytest.mark.parametrize(("before", "text", "expected"), [
    ("A Russian missile struck a residential building in Kharkiv on Friday.",
     "Four people were killed and 14 wounded, the governor said.", SHELLING),
    ("У п'ятницю російська ракета влучила в багатоповерхівку в Харкові.",
     "Загинули четверо людей, ще 14 поранені.", SHELLING),
    ("Un drone a visé une maison à Bint Jbeil.", "Trois civils ont été tués.", AIR),
    # a toll after a sentence with no weapon, or after a fight, keeps the detector's type
    ("Gunmen stormed the village at dawn.", "Four people were killed.", None),
    ("Soldiers clashed with rebels and shelled their positions.", "Four people were killed.",
     None),
])
def test_a_toll_takes_the_weapon_just_named(before: str, text: str, expected: str | None) -> None:
    assert retype("Attack", text, before) == expected


@pytest.mark.parametrize(("detected", "text", "expected"), [
    ("Protest with intervention", "Police opened fire on protesters in Nairobi on Tuesday, "
     "killing three.", EXCESSIVE),
    ("Protest with intervention", "La police a tiré à balles réelles sur les manifestants à "
     "Conakry.", EXCESSIVE),
    ("Peaceful protest", "La policía disparó contra los manifestantes y mató a dos jóvenes.",
     EXCESSIVE),
    ("Protest with intervention", "Поліція відкрила вогонь по протестувальниках, загинули "
     "двоє людей.", EXCESSIVE),
    ("Protest with intervention", "أطلقت الشرطة الرصاص الحي على المتظاهرين في الخرطوم.",
     EXCESSIVE),
    # tear gas, arrests, a protest over a killing: no excessive force
    ("Protest with intervention", "Police fired tear gas to disperse protesters in Nairobi.",
     None),
    ("Protest with intervention", "Полиция задержала 30 участников акции протеста в Минске.",
     None),
    ("Peaceful protest", "Hundreds marched in Lagos to protest the police shooting of a "
     "student last week.", None),
    ("Peaceful protest", "Des centaines de personnes ont manifesté après la mort d'un jeune "
     "tué par la police.", None),
])
def test_police_killing_protesters(detected: str, text: str, expected: str | None) -> None:
    assert retype(detected, text) == expected


def test_only_events_are_retyped() -> None:
    none = Prediction("none", None, 1.0, {"none": 1.0})
    # weapon words alone make no event (a weapon hitting something does: see below)
    assert _weapon_or(none, "Drone strikes remain a threat to warehouses.", None) is none
    low = Prediction("Attack", "Violence against civilians", 0.4, {"Attack": 0.4})
    got = _weapon_or(low, "A drone strike killed three men.", None)
    assert (got.sub_event_type, got.event_type, got.score) == (
        AIR, "Explosions/Remote violence", 0.4)  # the score (below threshold) is kept


# --- the act decides: suicide bombings and abductions (weapons.act_of) -------------------------
@pytest.mark.parametrize("text", [
    "A suicide bomber blew himself up at a busy market in Maiduguri on Tuesday, killing 12 people.",
    "Un kamikaze s'est fait exploser mardi sur un marché de Maiduguri, tuant 12 personnes.",
    "Un atacante suicida se inmoló el martes en un mercado de Maiduguri y mató a 12 personas.",
    "فجر انتحاري نفسه يوم الثلاثاء في سوق مزدحم بمدينة مايدوغوري، ما أسفر عن مقتل 12 شخصا.",
    "Во вторник террорист-смертник подорвал себя на рынке в Майдугури, погибли 12 человек.",
    "У вівторок терорист-смертник підірвав себе на ринку в Майдугурі, загинули 12 людей.",
])
def test_a_suicide_bombing_is_one_whatever_the_detector_said(text: str) -> None:
    from polemos.weapons import act_of

    assert act_of(None, text) == "Suicide bomb"  # also when the detector saw no event
    assert act_of("Armed clash", text) == "Suicide bomb"
    assert act_of("Suicide bomb", text) is None


@pytest.mark.parametrize("text", [
    "He committed suicide after killing his wife, police said.",
    "Il s'est suicidé après avoir tué sa femme.",
])
def test_a_persons_own_suicide_is_no_bombing(text: str) -> None:
    from polemos.weapons import act_of

    assert act_of(None, text) is None and act_of("Attack", text) is None


@pytest.mark.parametrize("text", [
    "Gunmen abducted 20 students from a school in Kaduna state on Monday.",
    "Des hommes armés ont enlevé lundi une vingtaine d'élèves dans une école de Kaduna.",
    "Hombres armados secuestraron el lunes a 20 estudiantes de una escuela en Kaduna.",
    "اختطف مسلحون 20 طالبا من مدرسة في ولاية كادونا يوم الاثنين.",
    "В понедельник боевики похитили 20 учеников из школы в штате Кадуна.",
    "У понеділок бойовики викрали 20 учнів зі школи в штаті Кадуна.",
    # took away, the taker and the taken apart ("se llevaron de su vivienda ... a un líder")
    "Hombres armados se llevaron de su vivienda en el centro de Saravena a un líder comunal.",
    "Hombres armados se llevaron a un comerciante de ganado en la vía a Fortul.",
])
def test_an_abduction_told_plainly(text: str) -> None:
    from polemos.weapons import act_of

    for detector_said in ("Attack", "Armed clash", "Sexual violence"):
        assert act_of(detector_said, text) == "Abduction/forced disappearance"
    assert act_of(None, text) is None  # an abduction alone does not make an event


@pytest.mark.parametrize("text", [
    "Gunmen attacked the village, one man was wounded and three others abducted.",
    "Armed men abducted a trader, beat him and robbed him of his cattle.",
    "Soldiers rescued two of the pupils kidnapped last week.",
    "Gunmen abducted and killed two farmers near Kaduna.",
])
def test_more_than_an_abduction_keeps_the_detectors_type(text: str) -> None:
    from polemos.weapons import act_of

    assert act_of("Attack", text) is None


@pytest.mark.parametrize("text", [
    "Hier, des manifestants ont été tués par la police à Tunis.",
    "Police opened fire on protesters in Nairobi on Tuesday, killing three.",
])
def test_police_killing_protesters_is_an_event_even_when_missed(text: str) -> None:
    from polemos.weapons import act_of

    assert act_of(None, text) == "Excessive force against protesters"


def test_a_protest_about_a_past_killing_is_not_created() -> None:
    from polemos.weapons import act_of

    text = "Hundreds marched in memory of a student shot dead by police last year."
    assert act_of(None, text) is None


@pytest.mark.parametrize("text", [
    "An army bomb-disposal team dismantled an IED planted on the road to Djibo.",
    "Sappers defused a landmine near the village school on Tuesday.",
    "Les démineurs ont désamorcé un engin explosif improvisé sur l'axe Gao-Ansongo.",
])
def test_a_bomb_made_safe_is_disrupted_weapons_use(text):
    assert retype("Remote explosive/landmine/IED", text) == "Disrupted weapons use"
    assert retype("Armed clash", text) == "Disrupted weapons use"


@pytest.mark.parametrize("text", [
    "A roadside bomb killed three soldiers near Djibo.",
    "Drones struck a team of deminers as they were defusing mines near the front.",
])
def test_a_bomb_that_went_off_is_no_disrupted_use(text):
    assert retype("Remote explosive/landmine/IED", text) != "Disrupted weapons use"


@pytest.mark.parametrize("sub", ["Violent demonstration", "Mob violence", "Peaceful protest"])
def test_a_weapon_and_no_crowd_is_no_riot(sub):
    text = "Three people were wounded when shells hit a street in Belgorod on Sunday."
    assert retype(sub, text) == SHELLING
    crowd = "Protesters were wounded when police fired shells of tear gas at the march."
    assert retype(sub, crowd) != SHELLING


# --- a grenade thrown, a rape told as an act (weapons.act_of, 2026-12-01) ---------------------
@pytest.mark.parametrize("text", [
    "Two men on a motorbike threw a grenade at a police post on Sunday night, wounding an officer.",
    "Un inconnu a lancé une grenade dans la cour d'une école dimanche soir.",
    "Desconocidos lanzaron una granada contra una discoteca y hirieron a cinco personas.",
    "Неизвестный бросил гранату во двор полицейского участка.",
    "Невідомий кинув гранату у вікно приватного будинку.",
    "ألقى مجهول قنبلة يدوية على مقهى في وسط المدينة.",
])
def test_a_grenade_thrown_is_a_grenade_attack(text: str) -> None:
    from polemos.weapons import act_of

    assert act_of(None, text) == "Grenade"
    assert act_of("Attack", text) == "Grenade"
    assert act_of("Grenade", text) is None
    # no fight told: the detector's clash was the grenade (a firefight stays one, below)
    assert act_of("Armed clash", text) == "Grenade"


@pytest.mark.parametrize("text", [
    "Police threw tear gas grenades at the protesters outside parliament.",
    "La police a lancé des grenades lacrymogènes sur les manifestants.",
    "The army displayed grenades and rifles seized from the rebels.",
])
def test_no_grenade_attack(text: str) -> None:
    from polemos.weapons import act_of

    assert act_of(None, text) != "Grenade"


@pytest.mark.parametrize("text", [
    "Militiamen raped three women in a village near the river on Friday, a nurse said.",
    "Des militaires ont violé deux adolescentes lors d'une patrouille, selon une ONG locale.",
    "Hombres armados violaron a una mujer en una finca, denunció su familia.",
    "Боевики изнасиловали двух женщин во время налёта на деревню.",
    "Окупанти зґвалтували жінку в окупованому селі, повідомили в поліції.",
    "اغتصب مسلحون فتاة في قرية نائية، بحسب مصادر محلية.",
    "Fighters subjected several women to sexual violence during the raid.",
    # a territory as the area it happened in (DR Congo's), not one violated
    "Quatre femmes ont été violées mardi par des miliciens dans le territoire de Djugu.",
])
def test_a_rape_told_as_an_act_is_sexual_violence(text: str) -> None:
    from polemos.weapons import act_of

    assert act_of(None, text) == "Sexual violence"
    assert act_of("Attack", text) == "Sexual violence"
    assert act_of("Sexual violence", text) is None


@pytest.mark.parametrize("text", [
    "Hundreds marched in the capital to protest the rape of a schoolgirl.",
    "A court sentenced a soldier to 20 years for raping a woman in 2019.",
    "Gunmen raped and killed a woman near the camp.",  # with a killing: the detector decides
    "Le gouvernement a violé la constitution, selon l'opposition.",
    "Les rebelles ont violé le cessez-le-feu en attaquant un poste de l'armée.",
    "El ejército violó la tregua al bombardear una aldea.",
    "Des avions militaires ont violé l'espace aérien du pays voisin.",
    "Le Rwanda a violé le territoire congolais, selon Kinshasa.",
])
def test_no_sexual_violence_act(text: str) -> None:
    from polemos.weapons import act_of

    assert act_of(None, text) != "Sexual violence"


@pytest.mark.parametrize(("text", "expected"), [
    ("Soldiers fired live ammunition into a crowd of demonstrators on Monday, killing two.",
     "Excessive force against protesters"),
    ("Des militaires ont tiré à balles réelles sur une foule de manifestants, tuant deux personnes.",
     "Excessive force against protesters"),
    # the crowd did violence: a riot, whatever the police did
    ("Protesters hurled stones and torched a police post; officers fired live rounds, killing two.",
     None),
])
def test_a_violent_demonstration_with_only_the_forces_violent(text: str, expected: str | None) -> None:
    from polemos.weapons import retype

    assert retype("Violent demonstration", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "a crowd" read as a mob: the crowd was protesters, and only the soldiers were violent
    ("أطلق جنود الرصاص الحي على حشد من المتظاهرين أمام مبنى المحافظة، ما أسفر عن مقتل اثنين.",
     "Excessive force against protesters"),
    ("Soldiers fired live rounds at a crowd of demonstrators outside the governor's office.",
     "Excessive force against protesters"),
    # a mob with no protest told stays a mob
    ("An angry crowd beat a suspected thief to death at the market; police fired live rounds.",
     None),
])
def test_a_mob_that_was_a_crowd_of_protesters_shot_at(text: str, expected: str | None) -> None:
    from polemos.weapons import retype

    assert retype("Mob violence", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a weapon and its dead told plainly: the act, even when the detector saw no event
    ("Mortar rounds slammed into a housing estate on Friday evening, killing a woman and her "
     "two sons.", "Shelling/artillery/missile attack"),
    ("Des obus de mortier sont tombés vendredi soir sur un quartier résidentiel, tuant une "
     "femme et ses deux fils.", "Shelling/artillery/missile attack"),
    ("سقطت قذائف هاون على حي سكني مساء الجمعة، ما أدى إلى مقتل امرأة وابنيها.",
     "Shelling/artillery/missile attack"),
    ("A roadside bomb wounded four soldiers on the road to the border post on Monday.",
     "Remote explosive/landmine/IED"),
    ("Des roquettes tirées depuis l'autre rive ont blessé six personnes mardi soir.",
     "Shelling/artillery/missile attack"),  # "depuis" a place, not a day
    # a toll, a memorial, a protest about it or no harm at all: nothing
    ("Shelling has killed more than 300 civilians in the city since the war began.", None),
    ("Hundreds marked the anniversary of the shelling that killed 40 people at the market.",
     None),
    ("Residents protested on Monday against the shelling that killed two children.", None),
    ("Mortar rounds fell on an empty field outside the town on Friday.", None),
])
def test_a_weapon_and_its_dead_are_an_act(text: str, expected: str | None) -> None:
    from polemos.weapons import act_of

    assert act_of(None, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # riot police are the force's name, not a riot; a protester who died of their fire
    ("A demonstrator died on Friday after riot police fired a tear gas canister into his chest "
     "during a march against fuel prices.", "Excessive force against protesters"),
    ("Un manifestant est mort vendredi, touché par une grenade tirée par la police antiémeute "
     "lors d'une marche contre la vie chère.", "Excessive force against protesters"),
    ("Un manifestante murió el viernes tras ser alcanzado por un proyectil de la policía "
     "antidisturbios durante una marcha.", "Excessive force against protesters"),
    # a protest about a past death stays a protest
    ("Riot police watched as protesters marched in memory of a man who was killed by police "
     "last year.", None),
])
def test_a_protester_who_died_of_the_police_fire(text: str, expected: str | None) -> None:
    from polemos.weapons import retype

    assert retype("Protest with intervention", text) == expected


@pytest.mark.parametrize("text", [
    "Чоловік у жилеті з вибухівкою підірвався біля воріт казарми, убивши шістьох солдатів.",
    "Мужчина в жилете со взрывчаткой подорвался у ворот казармы, убив шестерых военных.",
])
def test_a_vest_of_explosives_is_a_suicide_bombing_whatever_crowd_type_was_read(text: str) -> None:
    from polemos.weapons import act_of

    # no protest, riot or mob told: a crowd's type read into the queue or the gate is wrong
    assert act_of("Protest with intervention", text) == "Suicide bomb"


@pytest.mark.parametrize("text", [
    "Военные открыли огонь боевыми патронами по толпе демонстрантов, четыре человека погибли.",
    "Soldiers fired live rounds into a crowd of demonstrators, killing four.",
])
def test_troops_firing_on_protesters_read_as_an_attack_are_excessive_force(text: str) -> None:
    from polemos.weapons import retype

    assert retype("Attack", text) == "Excessive force against protesters"


def test_a_grenade_thrown_read_as_a_clash_is_a_grenade_when_no_fight_is_told() -> None:
    from polemos.weapons import act_of

    thrown = "Unknown men threw a grenade over the wall of a police station, wounding two officers."
    assert act_of("Armed clash", thrown) == "Grenade"
    # gunfire exchanged with it: the clash stands
    fought = ("Militants threw a grenade and exchanged fire with police for an hour, wounding two "
              "officers.")
    assert act_of("Armed clash", fought) is None


@pytest.mark.parametrize(("text", "want"), [
    # live cartridges in Ukrainian, a man shot dead as the police broke a protest up
    ("Троє людей загинули в понеділок, коли поліція застосувала бойові патрони та сльозогінний "
     "газ проти учасників антиурядових протестів.", True),
    ("Un hombre murió el domingo tras recibir un disparo durante una protesta contra los cortes "
     "de luz, cuando policías dispersaron a los vecinos que protestaban.", True),
    # a march in memory of a man the police shot, and tear gas alone, are not
    ("Protesters marched in Nairobi on Monday in memory of a man shot dead by police last "
     "month.", False),
    ("Police fired tear gas to disperse protesters in Nairobi on Monday.", False),
    # the force the subject of the killing; "forces de sécurité", "fuerzas de seguridad"
    ("Security forces shot dead two demonstrators marching against fuel prices in Kano.", True),
    ("Les forces de sécurité ont abattu samedi deux manifestants qui réclamaient de l'eau à "
     "Kayes.", True),
    ("Las fuerzas de seguridad mataron a tiros a dos manifestantes que exigían agua en Oruro.",
     True),
    ("قتلت قوات الأمن بالرصاص مساء السبت اثنين من المتظاهرين المطالبين بالمياه في البصرة.", True),
])
def test_excessive_force_at_a_protest(text: str, want: bool) -> None:
    from polemos.weapons import excessive_force

    assert excessive_force(text) is want


@pytest.mark.parametrize("text", [
    "Des combattants ont agressé sexuellement plusieurs femmes lundi lors d'un raid sur un "
    "village, selon une organisation de défense des droits humains.",
    "Combatientes agredieron sexualmente a varias mujeres el lunes durante una incursión.",
    "أفادت ناجيات بأن عناصر مسلحة اعتدوا جنسياً على عدد من النساء خلال مداهمة القرية.",
])
def test_sexual_assault_told_as_an_act(text: str) -> None:
    from polemos.weapons import act_of

    assert act_of("Attack", text) == "Sexual violence"


def test_a_violated_constitution_is_no_rape() -> None:
    from polemos.weapons import act_of

    assert act_of("Attack", "Le président a violé la constitution, selon l'opposition.") is None


def test_a_grenade_thrown_is_a_grenade_not_other() -> None:
    from polemos.weapons import act_of

    assert act_of("Other", "Ночью неизвестные бросили гранату в полицейский участок, "
                           "поврежден фасад.") == "Grenade"


def test_a_town_ending_like_aerial_is_no_air_strike() -> None:
    # "أفجوي" (Afgooye) ends in "جوي" (aerial): a town, not a weapon
    assert weapon_of("قتل مسلحون ثلاثة مدنيين غربي مدينة أفجوي.") != AIR
    assert weapon_of("شن الطيران غارات جوية على البلدة.") == AIR


def test_people_killed_by_a_named_weapon_read_as_other_take_the_weapon() -> None:
    text = "قُتل 11 مدنياً في قصف مدفعي على أحياء سكنية في مدينة الفاشر."
    assert retype("Other", text) == SHELLING
    assert retype("Other", "أعلنت الحركة تشكيل قيادة جديدة.") is None  # no one killed


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("A drone struck a fuel depot in the Kursk region on Monday.", "en", "Air/drone strike"),
    ("Israeli aircraft struck a building in southern Beirut on Tuesday.", "en",
     "Air/drone strike"),
    ("Un drone a frappé un dépôt de carburant dans la région de Koursk lundi.", "fr",
     "Air/drone strike"),
    ("Російські ракети влучили в електростанцію в Харкові вночі.", "uk",
     "Shelling/artillery/missile attack"),
    ("Russian troops pounded Nikopol with heavy artillery throughout the day, damaging a "
     "school.", "en", "Shelling/artillery/missile attack"),
    ("Lightning struck a fuel depot on Monday.", "en", "none"),
    ("The new album hit Number One in twelve countries.", "en", "none"),
    ("The delivery drone struck a power line and crashed in a field.", "en", "none"),
])
def test_a_weapon_hitting_something_is_an_act_with_no_one_hurt(text: str, lang: str,
                                                               want: str) -> None:
    from polemos.pipeline import Pipeline

    got = Pipeline().answer([text], lang)[0]
    assert got.sub_event_type == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("RSF fighters looted the main market in the town on Friday, carting away goods and "
     "setting several shops on fire, traders said.", "en", "Looting/property destruction"),
    ("نهب عناصر من الدعم السريع السوق الرئيسي في المدينة يوم الجمعة.", "ar",
     "Looting/property destruction"),
    ("Protesters looted shops in the city centre on Friday.", "en", "Violent demonstration"),
    ("Looters ransacked shops after the storm, police said.", "en", "none"),
])
def test_an_armed_side_looting_is_told_plainly(text: str, lang: str, want: str) -> None:
    from polemos.pipeline import Pipeline

    assert Pipeline().answer([text], lang)[0].sub_event_type == want


@pytest.mark.parametrize(("text", "lang", "crowd"), [
    ("Озброєні люди зупинили пасажирський автобус на трасі, вивели дев'ятьох чоловіків і "
     "розстріляли їх, повідомила поліція.", "uk", False),
    ("Сотні студентів перекрили дорогу до університету з вимогою відставки ректора.", "uk", True),
])
def test_a_crowds_type_needs_a_crowd_outside_english(text: str, lang: str, crowd: bool) -> None:
    from polemos.detect import Prediction
    from polemos.sentence_rules import weapon_or

    scores = {"Violent demonstration": 0.5, "Attack": 0.3, "Peaceful protest": 0.15,
              "none": 0.05}
    pred = Prediction("Violent demonstration", "Riots", 0.5, scores)
    got = weapon_or(pred, text, None, lang=lang).sub_event_type
    assert (got in ("Violent demonstration", "Peaceful protest", "Protest with intervention")
            ) is crowd


def test_an_abduction_read_as_a_crowds_act_with_no_crowd_is_an_abduction() -> None:
    from polemos.weapons import act_of

    text = "Une vingtaine de femmes ont été enlevées samedi par des hommes armés près du village."
    assert act_of("Mob violence", text) == "Abduction/forced disappearance"
    mob = "Une foule a enlevé et battu un homme accusé de vol au marché."
    assert act_of("Mob violence", mob) != "Abduction/forced disappearance"


def test_fire_on_protesters_overrules_a_protest_type() -> None:
    from polemos.weapons import act_of

    text = "Security forces shot dead two demonstrators marching against fuel prices in Kano."
    assert act_of("Violent demonstration", text) == "Excessive force against protesters"
    assert act_of("Peaceful protest", text) == "Excessive force against protesters"
    # rioting told: the riot keeps its type
    assert act_of("Violent demonstration", "Rioters torched the police station and police shot "
                  "dead two of them in Kano.") is None


@pytest.mark.parametrize("text", [
    "Villagers in Oaxaca lynched a man they accused of stealing a child, the prosecutor said.",
    "Des habitants ont lynché deux voleurs présumés à Kisangani samedi.",
    "Vecinos lincharon a un presunto asaltante en Ecatepec el domingo.",
    "Жители села линчевали мужчину, которого подозревали в похищении ребенка.",
    "Мешканці лінчували чоловіка, якого запідозрили у викраденні дитини.",
    "أقدم سكان قرية على إعدام رجل دون محاكمة للاشتباه في خطفه طفلاً.",
])
def test_a_lynching_is_mob_violence(text: str) -> None:
    from polemos.weapons import act_of

    for read in (None, "Attack", "Abduction/forced disappearance"):
        assert act_of(read, text) == "Mob violence"


def test_an_envoy_summoned_to_hear_a_protest_is_no_protest() -> None:
    from polemos.detect import Prediction
    from polemos.sentence_rules import weapon_or
    from polemos.taxonomy import NONE_LABEL

    for text in ("Le ministère a convoqué mardi l'ambassadeur du Rwanda pour protester contre "
                 "ses déclarations.",
                 "La cancillería convocó al embajador de Chile para protestar por sus "
                 "declaraciones."):
        silent = Prediction(NONE_LABEL, None, 0.9, {NONE_LABEL: 0.9})
        assert weapon_or(silent, text, None, lang="fr").sub_event_type == NONE_LABEL
        read = Prediction("Peaceful protest", "Protests", 0.8, {"Peaceful protest": 0.8})
        assert weapon_or(read, text, None, lang="fr").sub_event_type == NONE_LABEL
