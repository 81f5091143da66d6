"""Fill stage, fatalities: the number of people a sentence says were killed, by ACLED's rules.

A token-level rule system over a hand-built lexicon (en, fr, es, ru, uk, ar): numbers (digits
and number words) are attached to the nearest death word in the same clause; numbers that
count the injured, and cumulative tolls ("has killed 10,000 since 2014"), are not this event's
count. ACLED's conventions: "dozens" = 12, "tens" = 10, "hundreds" = 100, "several" = 3 (the
value ACLED coders used most often for "several" on the train and dev splits), "a"/"one" = 1;
of several figures for the same deaths ("at least three ... the Star reports four") the most
conservative (lowest) is kept, while distinct groups ("two soldiers and three civilians") add up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from polemos.dates import MONTHS

__all__ = ["FatalityMatch", "find_fatalities"]


@dataclass(frozen=True)
class FatalityMatch:
    """A fatality count and the span of text that states it (number through death word)."""

    count: int
    start: int
    end: int
    text: str


def _table(spec: dict[int, str]) -> dict[str, int]:
    return {w: n for n, ws in spec.items() for w in ws.split()}


NUMBER_WORDS: dict[str, int] = _table({
    1: "one a an single lone un une uno una un один одна одного одну одном одним один одна одного одну "
       "واحد واحدة",
    2: "two deux dos два две двух двое двоих дві двох двоє двоїх اثنان اثنين اثنتين اثنتان "
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
         "assassinated assassinating assassinate assassinates neutralized neutralised neutralizing "
         "neutralising lynched lynching murdered murdering "
         "tuant tuer tué tués tuée tuées abattu abattus abattant massacré massacrés coûté "
         "matando mató mataron matar murieron fallecieron asesinando asesinó asesinaron asesinados asesinadas "
         "убив убили убито убиты погибли погибло погибших погибшими жертвами "
         "вбив вбили вбито убили загинули загинуло загиблих "
         "مقتل قتل قتلت استشهاد مصرع toll bilan balance",
    "n": "dead deaths death fatalities bodies corpses lives died die dies perished succumbed "
         "morts mortes morte mort décès péri vie victimes vies "
         "muertos muertas muerto fallecidos vida cadáveres cuerpos "
         "погибшие погибли трупов тел загиблі загиблих тіл "
         "قتلى قتيلا شهداء شهيد جثث حتفهم مصرعهم",
    "s": "погиб погибла убит убита загинув загинула вбитий вбита murió falleció حتفه مصرعه قتيل",
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
# ACLED coders' own notes on the figure they kept: "Fatalities coded as 0", "split over 2 locations (5)".
CODED = re.compile(r"fatalities (?:were |are )?coded as (\d+)|fatalities split [^()]{0,60}\((\d+)\)", re.IGNORECASE)
SKIP_WORDS = set(
    "at least some about around nearly almost over more than up to another other others of the "
    "au moins quelque environ près de plus d' al menos unos unas cerca más не менее более около "
    "по меньшей мере щонайменше понад близько ще не менш ما لا يقل عن نحو حوالي أكثر من "
    "people persons person civilians soldiers".split())
_TOKEN = re.compile(r"\d{1,3}(?:[,  ]\d{3})+(?!\d)|\d+|\w+(?:['’ʼ-]\w+)*|[^\w\s]")
_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_BREAK = set(".;:!?()[]—–")
_AR_CLITICS = ("وب", "ول", "و", "ب", "ل", "ف")


@dataclass
class _Tok:
    text: str
    start: int
    end: int
    kind: str = ""  # NUM, DEATH, INJ, CONJ, BREAK, COMMA, WORD
    value: int = 0
    sub: str = ""


def _number(word: str) -> int | None:
    """Value of a digit string or number word ("twenty-five", "dix-sept", "والثلاثة"), else None."""
    w = word.lower().replace("’", "'").replace("ʼ", "'")
    if w[0].isdigit():
        return int(re.sub(r"\D", "", w))
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    if "-" in w and all(p in NUMBER_WORDS for p in w.split("-")):
        parts = [NUMBER_WORDS[p] for p in w.split("-")]
        return parts[0] * parts[1] if parts[1] >= 100 else sum(parts)
    for c in _AR_CLITICS:
        if w.startswith(c) and w[len(c):] in NUMBER_WORDS and not w.isascii():
            return NUMBER_WORDS[w[len(c):]]
    return None


def _classify(tok: _Tok) -> None:
    w = tok.text.lower().replace("’", "'").replace("ʼ", "'")
    bare = w
    if not w.isascii():
        for c in _AR_CLITICS:
            if w.startswith(c) and (w[len(c):] in DEATH or w[len(c):] in INJURY):
                bare = w[len(c):]
                break
    if bare in DEATH:
        tok.kind, tok.sub = "DEATH", DEATH[bare]
    elif bare in INJURY:
        tok.kind = "INJ"
    elif w in _BREAK:
        tok.kind = "BREAK"
    elif w == ",":
        tok.kind = "COMMA"
    elif w in CONJ:
        tok.kind = "CONJ"
    else:
        n = _number(tok.text)
        if n is not None:
            tok.kind, tok.value = "NUM", n
        else:
            tok.kind = "WORD"


def _tokens(text: str) -> list[_Tok]:
    toks = [_Tok(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    for t in toks:
        _classify(t)
    return toks


def _is_year(t: _Tok) -> bool:
    return t.text.isdigit() and len(t.text) == 4 and 1900 <= t.value <= 2100


def _usable(toks: list[_Tok], j: int) -> bool:
    """A number that counts people here: not a year, not a date ("on 28 August"), not the injured."""
    t = toks[j]
    if t.kind != "NUM" or _is_year(t):
        return False
    if t.text == "a" and j + 1 < len(toks) and toks[j + 1].text.lower() in _FR_AUX_NEXT:
        return False  # French "a été tué": the verb, not the article
    if j > 0 and toks[j - 1].text.lower().rstrip(".") in MONTHS and t.text.isdigit():
        return False
    nxt = [x for x in toks[j + 1:j + 4]]
    if nxt and nxt[0].text.lower().rstrip(".") in MONTHS:
        return False
    for x in nxt:
        if x.kind == "INJ":
            return False
        if x.kind in ("DEATH", "BREAK", "COMMA", "CONJ"):
            break
    return True


def _value(toks: list[_Tok], j: int) -> int:
    """The number at j, with "a reported ten" / "a total of 5" reading as the later number."""
    t = toks[j]
    if t.text.lower() in ("a", "an") and any(x.kind == "NUM" for x in toks[j + 1:j + 4]):
        return 0  # "a reported ten", "a total of 5"
    return t.value


def _group(toks: list[_Tok], j: int, step: int) -> tuple[int, int]:
    """Sum a list of counts from the number at j, walking by ``step`` (-1 back, +1 on):
    "two gendarmes, a customs agent, and four civilians" = 7. Returns (total, last index)."""
    total, last, n = _value(toks, j), j, len(toks)

    def skip(k: int, kinds: tuple[str, ...], most: int) -> tuple[int, int]:
        c = 0
        while 0 <= k < n and toks[k].kind in kinds and c < most:
            k, c = k + step, c + 1
        return k, c

    while True:
        k = last + step
        if step > 0:
            k, words = skip(k, ("WORD",), 3)
            k, seps = skip(k, ("COMMA", "CONJ"), 2)
        else:
            k, seps = skip(k, ("COMMA", "CONJ"), 2)
            k, words = skip(k, ("WORD",), 3)
        if not (words and seps and 0 <= k < n and _usable(toks, k)):
            return total, last
        total += _value(toks, k)
        last = k


def _count_before(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """(total, first index) of the number group just before death word i."""
    j, words = i - 1, 0
    while j >= 0 and words <= 5:
        t = toks[j]
        if t.kind in ("BREAK", "DEATH", "INJ", "COMMA", "CONJ"):
            return None
        if t.kind == "NUM":
            if t.text == "a" and not _usable(toks, j):  # French "a été tué"
                words += 1
                j -= 1
                continue
            if not _usable(toks, j):
                return None
            total, first = _group(toks, j, -1)
            return (total, first) if total or first != j else None
        words += 1
        j -= 1
    return None


_FR_AUX_NEXT = set("été fait perdu causé coûté tué fait".split())
_STOP_AFTER = set("by in on during after par dans lors après por en durante tras в во під у під час في خلال".split())
_AUX = set("was were been is are be été sont est fue fueron sido ha han".split())


def _count_after(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """(count, last index) of the number group just after verb-like death word i: "killing at least 5"."""
    prev = {t.text.lower() for t in toks[max(0, i - 3):i]}
    if prev & _AUX:  # passive: "were killed" takes its count from before
        return None
    for j in range(i + 1, min(len(toks), i + 6)):
        t = toks[j]
        low = t.text.lower()
        if t.kind in ("BREAK", "COMMA", "DEATH", "INJ", "CONJ") or low in _STOP_AFTER:
            return None
        if t.kind == "NUM" and low == "a" and j + 1 < len(toks) and toks[j + 1].kind == "NUM":
            continue  # Spanish personal "a": "mató a dos soldados"
        if t.kind == "NUM":
            if not _usable(toks, j):
                return None
            total, last = _group(toks, j, +1)
            return (total, last) if total else None
        if low in ("the", "his", "her") and j + 1 < len(toks) and toks[j + 1].kind == "WORD" \
                and not toks[j + 1].text.lower().endswith("s"):
            return 1, j + 1
        if low in ("him", "her"):
            return 1, j
        if t.kind == "WORD" and low not in SKIP_WORDS and j > i + 2:
            return None
    return None


def _clause_text(text: str, toks: list[_Tok], i: int) -> str:
    a = i
    while a > 0 and toks[a - 1].kind != "BREAK":
        a -= 1
    b = i
    while b + 1 < len(toks) and toks[b + 1].kind != "BREAK":
        b += 1
    return text[toks[a].start:toks[b].end]


def find_fatalities(text: str, lang: str | None = None) -> FatalityMatch | None:
    """The fatality count a sentence reports, with its span; count 0 for "no casualties"; None
    when the text gives no figure (or only a cumulative toll).

    ``lang`` is accepted for symmetry; the lexicon covers the six languages at once.
    """
    norm = text.translate(_AR_DIGITS)
    coded = CODED.search(norm)
    if coded:
        return FatalityMatch(int(coded.group(1) or coded.group(2)), coded.start(), coded.end(), text[coded.start():coded.end()])
    toks = _tokens(norm)
    found: list[tuple[int, int, int]] = []  # (count, start, end)
    used: set[int] = set()
    for i, t in enumerate(toks):
        if t.kind != "DEATH" or CUMULATIVE.search(_clause_text(norm, toks, i)):
            continue
        shot_dead = t.text.lower() == "dead" and i > 0 and toks[i - 1].text.lower() in ("shot", "shoot", "shoots", "shooting")
        hit = _count_after(toks, i) if t.sub == "v" or shot_dead else None
        if hit and hit[1] not in used:
            used.update(range(i, hit[1] + 1))
            found.append((hit[0], t.start, toks[hit[1]].end))
            continue
        hit = _count_before(toks, i)
        if hit and hit[1] not in used:
            used.update(range(hit[1], i))
            found.append((hit[0], toks[hit[1]].start, t.end))
        elif t.sub == "s" or _singular_passive(toks, i):
            found.append((1, t.start, t.end))
    if found:
        count, start, end = min(found, key=lambda f: f[0])  # the most conservative figure
        return FatalityMatch(count, start, end, text[start:end])
    zero = ZERO.search(norm)
    if zero:
        return FatalityMatch(0, zero.start(), zero.end(), text[zero.start():zero.end()])
    return None


def _singular_passive(toks: list[_Tok], i: int) -> bool:
    """ "was killed", "a été tué", "fue asesinado", "قتل" + singular: one death with no number."""
    prev = [t.text.lower() for t in toks[max(0, i - 2):i]]
    return bool({"was", "été", "fue", "est"} & set(prev)) or toks[i].text.lower() in ("tué", "tuée", "mort", "muerto", "asesinado")
