"""The trigger lexicon (polemos.features): words added or narrowed for issue 9 (2026-11-30),
and the phrases in which a word loses a concept. Every sentence is written for this test."""

from __future__ import annotations

import pytest

from polemos.detect import DEFAULT_MODEL_DIR, load_default
from polemos.features import EXCEPTIONS, LEXICON, TRIGGERS, concepts_of, has_trigger
from polemos.taxonomy import EVENT_TYPE_OF, NONE_LABEL


@pytest.mark.parametrize("text", [
    "Російські війська завдали ракетного удару по Херсонському району.",
    "Ворог завдав удару по Сумах уночі.",
    "Внаслідок удару по селищу пошкоджено школу.",
    "Росіяни вдарили по Харкову керованими бомбами.",
    "ВС РФ нанесли удар по аэродрому в четверг.",
    "Армия нанесла удары по складам противника.",
    "Удар по Донецку: повреждены жилые дома.",
    "Российская армия ударила по нефтебазе под Одессой.",
    "ЗСУ уразили склад пального противника.",
])
def test_ru_uk_struck_x_is_a_strike(text: str) -> None:
    assert "SHELL" in concepts_of(text)


@pytest.mark.parametrize("text", [
    "Тепловий удар: лікарі радять пити більше води.",
    "Солнечный удар опасен для детей.",
    "Министр заявил, что Россия готова нанести ответный удар.",  # no "по": not a strike
])
def test_ru_uk_udar_alone_is_no_strike(text: str) -> None:
    assert "SHELL" not in concepts_of(text)


@pytest.mark.parametrize(("text", "concept"), [
    ("Санкции нанесли удар по экономике.", "BUSINESS"),
    ("Підвищення податків завдало удару по малому бізнесу.", "BUSINESS"),
    ("Нападник збірної завдав удару по воротах.", "SPORT"),
    ("Нападающий нанес удар по воротам.", "SPORT"),
    ("ЗСУ відбили атаку біля села.", "STATE_FORCE"),
    ("Le procès de l'ancien ministre s'ouvre lundi.", "STATEMENT"),
    ("Le juge a ajourné le procès au mois prochain.", "STATEMENT"),
    ("Le chômage a reculé au deuxième trimestre.", "BUSINESS"),
    ("Une épidémie de choléra touche la région.", "DISASTER"),
    ("Le sélectionneur a dévoilé sa liste pour la coupe.", "SPORT"),
    ("Le musée rouvre ses portes au public.", "SPORT"),
    ("Les enlèvements se sont multipliées dans la région.", "TOLL"),
    ("À l'époque, les combats avaient duré des mois.", "HISTORY"),
])
def test_no_new_event_and_context_words(text: str, concept: str) -> None:
    assert concept in concepts_of(text)


@pytest.mark.parametrize(("text", "concept"), [
    # Spanish "marcha" as a prefix matched French "marchandises", "marchand"
    ("Le prix des marchandises importées a augmenté.", "PROTEST"),
    ("Un marchand de tissus a ouvert une boutique.", "PROTEST"),
    # French "exécution" is mostly carrying out a contract, a budget or a project
    ("Les modalités de l'exécution du contrat restent à préciser.", "KILL"),
    # signing a petition is no agreement
    ("More than 20,000 people have signed a petition against the closure.", "AGREEMENT"),
    ("Des milliers de personnes ont signé une pétition en ligne.", "AGREEMENT"),
    ("Тысячи людей подписали петицию против вырубки парка.", "AGREEMENT"),
    # a drone ("a guided aircraft") is no march
    ("استهدفت طائرة مسيرة سيارة قرب الحدود.", "PROTEST"),
    ("أسقطت الدفاعات الجوية الطائرات المسيرة فوق المدينة.", "PROTEST"),
    # a combatant or a combat aircraft is no fight (French, Spanish)
    ("Une frappe de drone a tué trois combattants près de la frontière.", "CLASH"),
    ("Un ataque con dron mató a tres combatientes cerca de la frontera.", "CLASH"),
    ("Des avions de combat ont bombardé un dépôt d'armes.", "CLASH"),
    ("Aviones de combate bombardearon un depósito de armas.", "CLASH"),
    # "according to" is no agreement, the neighbouring municipality no resident
    ("Cinco hombres murieron, de acuerdo con la Fiscalía del estado.", "AGREEMENT"),
    ("Ils ne sont pas d'accord sur le bilan.", "AGREEMENT"),
    ("Un enfrentamiento en el municipio vecino dejó cinco muertos.", "CIVILIAN"),
    # a state's strike is no walkout, a blow with a knife no shelling
    ("Three civilians were killed in an Israeli strike on a house.", "STRIKE_WORK"),
    ("A Russian strike on Kharkiv killed two people.", "STRIKE_WORK"),
    ("Он нанес удар ножом соседу во время ссоры.", "SHELL"),
    # burns are injuries, not arson
    ("Two workers with burns covering half their bodies were shifted to a burns ward.", "LOOT"),
    # captives marched into the forest are no march
    ("Gunmen stormed the hamlet, marching the women and children into the forest.", "PROTEST"),
    # soldiers missing in action are no abduction
    ("Люди нагадали про військовополонених і зниклих безвісти захисників.", "ABDUCT"),
    # a bomb or a drone neutralised is defused or downed: no one killed
    ("Sappers neutralised a roadside bomb near the bridge.", "KILL"),
    ("Des démineurs ont neutralisé la voiture piégée par une explosion contrôlée.", "KILL"),
    ("La defensa antiaérea neutralizó dos drones sobre la ciudad.", "KILL"),
])
def test_narrowed_words_no_longer_trigger(text: str, concept: str) -> None:
    assert concept not in concepts_of(text)


@pytest.mark.parametrize(("text", "concept"), [
    ("Cientos de campesinos marcharon hacia la capital.", "PROTEST"),
    ("La marcha terminó frente al congreso.", "PROTEST"),
    ("Des témoins font état d'exécutions sommaires de civils.", "KILL"),
    ("Les deux camps ont signé un accord de cessez-le-feu.", "AGREEMENT"),
    ("The two sides signed a peace agreement on Monday.", "AGREEMENT"),
    ("نظم الطلاب مسيرة سلمية وسط المدينة.", "PROTEST"),
    ("استهدفت طائرة مسيرة سيارة قرب الحدود.", "AIRSTRIKE"),
    ("نفذ الطيران ضربة جوية على مخزن للوقود.", "AIRSTRIKE"),
    ("De violents combats ont opposé l'armée aux rebelles.", "CLASH"),
    ("Se registraron intensos combates en las afueras de la ciudad.", "CLASH"),
    ("Las partes firmaron un acuerdo de alto el fuego.", "AGREEMENT"),
    ("Los vecinos del barrio denunciaron el ataque.", "CIVILIAN"),
    # a state's strike with no weapon named, and Russian "struck" with a weapon between
    ("Three civilians were killed in an Israeli strike on a house.", "AIRSTRIKE"),
    ("Trois civils ont été tués dans une frappe israélienne contre une maison.", "AIRSTRIKE"),
    ("استهدفت غارة إسرائيلية مبنى سكنيا في المدينة.", "AIRSTRIKE"),
    ("Минобороны заявило, что нанесло удар высокоточным оружием по складу.", "SHELL"),
    ("A Russian strike on Kharkiv killed two people.", "SHELL"),
    # fighters "neutralised" by an army are killed
    ("L'armée a affirmé avoir neutralisé plusieurs terroristes près de Kidal.", "KILL"),
    ("El Ejército neutralizó a cinco integrantes de un grupo armado.", "KILL"),
    ("Армия нейтрализовала троих боевиков в горах.", "KILL"),
    ("أعلن الجيش أنه حيّد خمسة إرهابيين قرب الحدود.", "KILL"),
])
def test_narrowed_words_keep_their_events(text: str, concept: str) -> None:
    assert concept in concepts_of(text)


def test_exceptions_name_lexicon_concepts() -> None:
    assert set(EXCEPTIONS) <= set(LEXICON) and set(TRIGGERS) <= set(LEXICON)
    assert not has_trigger(concepts_of("Ils ont signé la pétition hier."))


needs_default = pytest.mark.skipif(not (DEFAULT_MODEL_DIR / "model.json").exists(),
                                   reason="default model not built")


@needs_default
@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Російські війська завдали ракетного удару по Запорізькому району в понеділок."),
    ("uk", "Сили оборони завдали удару по командному пункту окупантів поблизу Мелітополя."),
    ("ru", "Армия России ударила по складу боеприпасов в Краматорске."),
])
def test_default_model_finds_plain_strike_reports(lang: str, text: str) -> None:
    (pred,) = load_default().predict([text], lang)
    assert pred.sub_event_type != NONE_LABEL
    assert EVENT_TYPE_OF[pred.sub_event_type] == "Explosions/Remote violence"


@pytest.mark.parametrize(("text", "concept"), [
    ("Des milliers de personnes sont descendus dans la rue samedi.", "PROTEST"),
    ("Miles de personas salieron a las calles de la capital.", "PROTEST"),
    ("Жители вышли на улицы города.", "PROTEST"),
    ("Мешканці вийшли на вулиці міста.", "PROTEST"),
    ("شكل المتظاهرون سلسلة بشرية أمام البرلمان.", "PROTEST"),
    ("Un homme a été poignardé devant la mairie.", "KILL"),
    ("Un hombre fue apuñalado frente al mercado.", "KILL"),
])
def test_street_and_stabbing_words(text: str, concept: str) -> None:
    assert concept in concepts_of(text)


def test_resumption_is_no_retaking() -> None:
    assert "RETAKE" not in concepts_of("Les étudiants réclament la reprise des cours.")
    assert "RETAKE" in concepts_of("L'armée a annoncé la reprise de la ville.")


def test_concepts_of_is_cached_but_each_answer_is_the_callers_own() -> None:
    text = "Gunmen shelled the market and killed four traders."
    first = concepts_of(text)
    assert "SHELL" in first
    first.clear()  # a caller changing its answer must not change the next one
    assert concepts_of(text) == concepts_of(text + " ") and "SHELL" in concepts_of(text)


@pytest.mark.parametrize(("text", "concept"), [
    ("A woman wearing a suicide vest detonated it at the gate of the police academy.", "SUICIDE"),
    ("Un homme portant une ceinture d'explosifs s'est fait exploser devant la mosquée.", "SUICIDE"),
    ("Un hombre se inmoló frente a la comisaría.", "SUICIDE"),
    ("Мужчина подорвал себя у входа в здание администрации.", "SUICIDE"),
    ("قالت الشرطة إن رجلا فجر نفسه عند مدخل السوق.", "SUICIDE"),
    ("The journalist was driven to an unknown location by men in plain clothes.", "ABDUCT"),
    ("Le militant a été emmené vers une destination inconnue.", "ABDUCT"),
    ("Soldiers bulldozed a row of shops in the old town.", "LOOT"),
    ("Police rounded up dozens of opposition supporters.", "ARREST"),
    ("A minibus collided with a lorry on the coastal road.", "ACCIDENT"),
    ("Des rebelles se sont emparés de la ville après deux jours de combats.", "TAKEOVER"),
])
def test_words_added_for_the_parallel_dev_set(text: str, concept: str) -> None:
    assert concept in concepts_of(text)


def test_a_car_blown_up_on_a_mine_is_no_suicide() -> None:
    assert "SUICIDE" not in concepts_of("На Сумщині автомобіль підірвався на міні, водій загинув.")


@pytest.mark.parametrize("text", [
    "داهمت قوات الأمن الحي فجر الأحد واعتقلت ثلاثة شبان.",
    "اقتحمت دورية القرية عند الفجر.",
    "بدأت المسيرة منذ فجر اليوم.",
])
def test_arabic_dawn_is_no_explosion(text: str) -> None:
    assert "EXPLOSION" not in concepts_of(text)


@pytest.mark.parametrize("text", [
    "فجر انتحاري نفسه عند مدخل السوق.",
    "انفجرت سيارة مفخخة قرب مركز الشرطة فجر اليوم.",
    "فجر مسلحون جسرا على الطريق الرئيسي.",
])
def test_arabic_blowing_up_is_still_an_explosion(text: str) -> None:
    assert "EXPLOSION" in concepts_of(text)


@pytest.mark.parametrize(("text", "concept"), [
    ("أوقفت شرطة المدينة سائقا بعد منتصف الليل.", "STATE_FORCE"),  # no article: "شرطة"
    ("انتشر جيش الاحتلال في محيط البلدة.", "STATE_FORCE"),
    ("قتل جندي في هجوم على الحاجز.", "STATE_FORCE"),
    ("احتجزت السلطات الصحفي في المطار.", "ARREST"),
    ("اقتحم عشرات المحتجين مبنى البلدية.", "ATTACK"),
    ("استهدفت غارة سيارة على الطريق الساحلي.", "ATTACK"),
    ("فتح مسلحون النار على حافلة للركاب.", "SHOOT"),
    ("أضرم شبان النار في مركز للشرطة.", "LOOT"),
    ("هاجم مسلحون مجهولون قرية نائية.", "ARMED_GROUP"),
    ("سقط قتيل وثلاثة جرحى في الاشتباك.", "KILL"),
    ("أعلنت حركتان اندماجهما في تنظيم واحد.", "GROUP_CHANGE"),
])
def test_arabic_words_added_in_their_other_forms(text: str, concept: str) -> None:
    assert concept in concepts_of(text)


@pytest.mark.parametrize(("text", "concept"), [
    ("احتجزت الشرطة ثلاثة ناشطين.", "PROTEST"),  # detained is no protest ("احتج" its prefix)
    ("لا تزال الشرطة تحتجز ثلاثة ناشطين.", "PROTEST"),  # she detains
    ("يحتجزون الرهائن في مكان مجهول.", "PROTEST"),  # they detain
    ("أطلقت حملة لتطعيم الأطفال في المدارس.", "SHOOT"),  # launched a campaign
    ("قررت المحكمة إطلاق سراح المتهمين.", "SHOOT"),  # released
    ("انتشرت شرطة مكافحة الشغب أمام الوزارة.", "RIOT"),  # the anti-riot police
])
def test_arabic_words_that_are_something_else(text: str, concept: str) -> None:
    assert concept not in concepts_of(text)


@pytest.mark.parametrize("text", ["احتج السائقون على رفع أسعار الوقود.",
                                  "يحتج المعلمون منذ أسبوع على تأخر الرواتب.",
                                  "يحتجون على تأخر الرواتب منذ أسبوع."])
def test_arabic_protest_verbs_still_protest(text: str) -> None:
    assert "PROTEST" in concepts_of(text)


@pytest.mark.parametrize("text", [
    "Gold Fields contained its costs on its South African mines during the September quarter.",
    "La production des mines d'or du pays a reculé de 4 % au troisième trimestre.",
    "Las minas de cobre del norte retomaron la producción tras la huelga.",
])
def test_a_mine_in_mining_news_is_no_landmine(text: str) -> None:
    assert "IED" not in concepts_of(text)


@pytest.mark.parametrize("text", [
    "A soldier was killed when his vehicle struck a mine near Kidal on Sunday.",
    "Deux civils ont été tués par une mine sur la route de Djibo.",
    "An explosive device hidden near the gold mine killed two guards.",
])
def test_a_landmine_outside_mining_news_is_still_one(text: str) -> None:
    assert "IED" in concepts_of(text)


@pytest.mark.parametrize("text", [
    "Пенсионеры вышли на митинг из-за задержки пенсий в Курске.",
    "Шахтеры потребовали выплатить задержанные пенсии и зарплаты.",
    "Жителі протестували через затримку зарплат у Кривому Розі.",
    "Вчителі вимагають виплатити затримані зарплати.",
])
def test_a_delay_of_pay_is_no_arrest(text: str) -> None:
    assert "ARREST" not in concepts_of(text)


@pytest.mark.parametrize("text", [
    "Полиция задержала пятерых активистов у здания администрации.",
    "Поліція затримала п'ятьох активістів біля будівлі адміністрації.",
    "Задержанных участников акции доставили в отдел полиции.",
])
def test_an_arrest_in_russian_and_ukrainian_is_still_one(text: str) -> None:
    assert "ARREST" in concepts_of(text)


@pytest.mark.parametrize("text", [
    "Des assaillants ont fait irruption dans un camp de déplacés.",
    "Hombres armados irrumpieron en una finca al amanecer.",
    "Боевики ворвались в здание сельсовета.",
    "Бойовики увірвалися до будівлі сільради.",
])
def test_storming_in_is_an_attack(text: str) -> None:
    assert "ATTACK" in concepts_of(text)


@pytest.mark.parametrize(("text", "lost", "kept"), [
    # tear-gas "bombs" and stun grenades disperse a crowd; they are no bombing
    ("Un piquete policial lanzó bombas lacrimógenas contra la marcha.", "EXPLOSION", "DISPERSE"),
    ("Les gendarmes ont tiré des grenades lacrymogènes sur les manifestants.", "GRENADE",
     "DISPERSE"),
    ("Police threw stun grenades to clear the square.", "GRENADE", "DISPERSE"),
    ("ألقت الشرطة القنابل المسيلة للدموع على المحتجين.", "EXPLOSION", "DISPERSE"),
    # Spanish firemen carry no bomb; French and Spanish riot police make no riot
    ("Doce personas murieron, informaron los Bomberos Voluntarios.", "EXPLOSION", "KILL"),
    ("Des policiers anti-émeutes leur ont barré la route.", "RIOT", "STATE_FORCE"),
])
def test_words_that_look_like_another_concept(text: str, lost: str, kept: str) -> None:
    found = concepts_of(text)
    assert lost not in found and kept in found


@pytest.mark.parametrize("text", [
    "Un motín en la penitenciaría dejó dos reclusos muertos.",
    "Une mutinerie a éclaté à la prison centrale.",
    "A bomb exploded near the market.",
])
def test_prison_riots_and_real_bombs_keep_their_concepts(text: str) -> None:
    assert concepts_of(text).keys() & {"RIOT", "EXPLOSION"}


def test_a_bus_off_the_road_is_an_accident() -> None:
    assert "ACCIDENT" in concepts_of("Un bus cayó a un barranco cerca de Sololá.")


@pytest.mark.parametrize(("text", "lost"), [
    # liberation in an armed group's name frees no ground, and its army is no state's
    ("Trois combattants du Front de libération de l'Azawad ont été tués lundi.", "RETAKE"),
    ("Combatientes del Ejército de Liberación Nacional atacaron una patrulla.", "STATE_FORCE"),
    ("مقاتلو هيئة تحرير الشام هاجموا موقعاً للجيش.", "RETAKE"),
])
def test_a_liberation_group_name(text: str, lost: str) -> None:
    assert lost not in concepts_of(text)


def test_troops_liberating_a_town_still_retake_it() -> None:
    assert {"STATE_FORCE", "RETAKE"} <= concepts_of("Troops liberated the town on Friday.").keys()


@pytest.mark.parametrize(("text", "lost"), [
    ("МЗС засудило боягузливий теракт на ринку.", "CLASH"),  # "coward" is no battle
    ("Жители боятся выходить из домов.", "CLASH"),  # nor is "fear"
    ("Молодёжь обстреливала полицейские участки фейерверками.", "SHELL"),
    ("Des jeunes ont tiré des mortiers d'artifice sur un commissariat.", "SHELL"),
    ("Tres vecinos murieron tras una explosión de gas doméstico en un apartamento.",
     "EXPLOSION"),
    ("Троє мешканців загинули внаслідок вибуху побутового газу в квартирі.", "EXPLOSION"),
])
def test_words_that_are_not_the_act(text: str, lost: str) -> None:
    assert lost not in concepts_of(text)


@pytest.mark.parametrize("text", ["В боях за посёлок погибли трое военных.",
                                  "Бої за село тривають третю добу.",
                                  "Artillery and rockets hit the town overnight."])
def test_battles_and_shelling_still_are(text: str) -> None:
    assert concepts_of(text).keys() & {"CLASH", "SHELL"}


def test_ukrainian_warnings_are_statements() -> None:
    assert "STATEMENT" in concepts_of("Поліція попередила про можливі атаки на ярмарки.")


def test_arabic_abduction_in_the_present() -> None:
    assert "ABDUCT" in concepts_of("مسلحون يخطفون اثنين وأربعين مصليا من كنيسة")


def test_mexican_abduction_words_and_inmates() -> None:
    assert "ABDUCT" in concepts_of("Hombres armados privaron de la libertad a cuatro jóvenes.")
    assert "ABDUCT" in concepts_of("Los levantones se han vuelto cotidianos en Culiacán.")
    # inmates ("privados de libertad") and freedom are no retaking
    assert "RETAKE" not in concepts_of("Dos privados de libertad murieron durante el motín.")
    assert "RETAKE" in concepts_of("El ejército liberó la ciudad tras dos días de combates.")


@pytest.mark.parametrize(("text", "concept"), [
    ("Бойовики розстріляли щонайменше десятьох мешканців села.", "KILL"),
    ("Несколько сотен человек прошли маршем до здания мэрии.", "PROTEST"),
    ("Озброєні люди пограбували крамниці на ринку.", "LOOT"),
    ("Сторони обмінялися військовополоненими в п'ятницю.", "AGREEMENT"),
    ("The two sides carried out a prisoner exchange on Friday.", "AGREEMENT"),
])
def test_words_added_for_the_parallel_dev_sets(text: str, concept: str) -> None:
    assert concept in concepts_of(text)


@pytest.mark.parametrize(("text", "concept"), [
    ("Unos hombres encapuchados se lo llevaron de su casa el lunes.", "ABDUCT"),
    ("Hombres armados se llevaron a dos maestros de la escuela rural.", "ABDUCT"),
    ("Los rebeldes toman la localidad minera tras la huida del Ejército.", "TAKEOVER"),
    ("Trabajadores realizaron una sentada frente al ministerio.", "PROTEST"),
    ("Une foule a roué de coups deux voleurs présumés.", "ATTACK"),
    ("На трассе перевернулся и взорвался бензовоз.", "ACCIDENT"),
])
def test_words_added_for_parallel_dev3(text: str, concept: str) -> None:
    assert concept in concepts_of(text)


def test_students_grants_are_no_stock_exchange() -> None:
    assert "BUSINESS" not in concepts_of("Les étudiants protestent contre la réforme des bourses.")
    assert "BUSINESS" in concepts_of("La Bourse de Paris a reculé de deux pour cent.")


def test_a_fuel_tanker_blast_is_a_disaster_not_an_attack() -> None:
    from polemos.codebook import only_disaster

    assert only_disaster("На трассе перевернулся и взорвался бензовоз, погибли 30 человек.")
    assert not only_disaster("Дрон атаковал бензовоз на трассе, погиб водитель.")


def test_ukrainian_towards_russian_for_the_embedder() -> None:
    from polemos.features import uk_to_ru

    assert uk_to_ru("Вчора ввечері російський дрон атакував автомобіль.") == (
        "вчера вечером российский дрон атаковал автомобиль.")
    # an adjective's -ський ending is Russian -ский after the stem's letters are read
    assert uk_to_ru("Харківський суд") == "Харкивский суд"


@pytest.mark.parametrize(("text", "has", "lacks"), [
    # a drone written with its shadda is no march; an army division or rescue teams are no
    # dispersal
    ("واتهمت السلطات قوات الدعم السريع بإطلاق المسيّرات من مواقعها.", "AIRSTRIKE", "PROTEST"),
    ("استهدفت المسيّرات مقر الفرقة ١٨ مشاة.", "AIRSTRIKE", "DISPERSE"),
    ("وعملت فرق الدفاع المدني على إخماد الحريق.", None, "DISPERSE"),
    ("فرقت الشرطة المتظاهرين بالغاز المسيل للدموع.", "DISPERSE", None),
    ("خرجت مسيرة حاشدة في وسط المدينة.", "PROTEST", None),
])
def test_arabic_homographs(text: str, has: str | None, lacks: str | None) -> None:
    found = concepts_of(text)
    assert has is None or has in found
    assert lacks is None or lacks not in found


@pytest.mark.parametrize(("text", "has", "lacks"), [
    ("شنت قوات الدعم السريع هجوما بالمسيرات على مدينة كوستي.", "AIRSTRIKE", "PROTEST"),
    ("أسقطت الدفاعات الجوية المسيرات الانتحارية.", "AIRSTRIKE", "SUICIDE"),
    ("A kamikaze drone hit a building in Kharkiv.", "AIRSTRIKE", "SUICIDE"),
    ("فجر انتحاري نفسه في سوق المدينة.", "SUICIDE", None),
])
def test_suicide_drones_are_drones(text: str, has: str, lacks: str | None) -> None:
    found = concepts_of(text)
    assert has in found
    assert lacks is None or lacks not in found
