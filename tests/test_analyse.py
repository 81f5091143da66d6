"""Language identification and sentence splitting on wire-style texts in six languages."""

from __future__ import annotations

import pytest

from polemos.analyse import Analysed, Sentence, analyse, detect_language, split_sentences
from polemos.schema import Document

# Each text is a list of its sentences; paragraphs are joined with "\n".
TEXTS: dict[str, list[list[str]]] = {
    "en": [
        ["KABUL, March 3 (Reuters) - Gunmen killed two police officers in Kandahar on Monday, "
         "Gen. Ahmad Wali said.",
         '"We will respond," he told reporters.',
         "The U.S. embassy condemned the attack."],
        ["A second blast hit the airport road on Jan. 5, police said."],
    ],
    "fr": [
        ["BAMAKO, 3 janv. (AFP) - M. Diallo, gén. de brigade, a annoncé la mort de trois soldats.",
         "« Nous allons riposter », a-t-il déclaré.",
         "Selon l’ONU, les combats ont repris dans la région de Mopti."],
        ["Le bilan reste provisoire."],
    ],
    "es": [
        ["El Sr. García informó que veinte personas murieron en el ataque contra el cuartel.",
         "Según la ONU, EE.UU. condenó la violencia.",
         "¿Quién es responsable?",
         "Nadie lo sabe todavía."],
    ],
    "ar": [
        ["قال المتحدث باسم الجيش إن ثلاثة مسلحين قتلوا في اشتباك قرب حلب.",
         'وأضاف: "العملية مستمرة".',
         "هل انتهى القتال؟",
         "لا، بحسب مصادر محلية."],
    ],
    "ru": [
        ["В г. Белгороде в результате обстрела погибли 3 чел. в т.ч. двое детей.",
         "Губернатор В. В. Гладков сообщил об этом в своём телеграм-канале."],
        ["Над регионом сбиты два беспилотника, заявили в Минобороны."],
    ],
    "uk": [
        ["У м. Харків унаслідок обстрілу загинули двоє людей.",
         "Про це повідомив голова обласної військової адміністрації О. Синєгубов."],
        ["Рятувальники продовжують розбирати завали."],
    ],
}


def _join(paragraphs: list[list[str]]) -> str:
    return "\n".join(" ".join(p) for p in paragraphs)


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_sentences_and_offsets(lang: str) -> None:
    text = _join(TEXTS[lang])
    sentences = split_sentences(text, lang)
    assert [s.text for s in sentences] == [s for p in TEXTS[lang] for s in p]
    assert [s.paragraph for s in sentences] == [i for i, p in enumerate(TEXTS[lang]) for _ in p]
    for s in sentences:
        assert text[s.start : s.end] == s.text


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_language_of_each_text(lang: str) -> None:
    assert detect_language(_join(TEXTS[lang])) == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Обстріл Харкова: загинули двоє людей", "uk"),
        ("Обстрел Харькова: погибли два человека", "ru"),
        ("Протест в Москве", "ru"),
        ("Протест у Львові", "uk"),
        ("Protest in Lagos", "en"),
        ("Manifestation à Paris", "fr"),
        ("Protesta en Madrid", "es"),
        ("قصف على حلب", "ar"),
    ],
)
def test_short_headlines(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_undetermined_and_other_languages() -> None:
    assert detect_language("  12 345 — 2024 ") == "und"
    german = "Die Polizei hat am Dienstag in Berlin mehrere Demonstranten festgenommen, teilte ein Sprecher mit."
    assert detect_language(german) == "de"  # the prior helps the six languages, it does not force them


def test_hard_wrapped_text_and_blank_lines() -> None:
    text = ("Police said on Tuesday that the\nprotest in the capital ended\npeacefully. "
            "Nobody was hurt.\n\nA second paragraph that is\nwrapped too.\n")
    sentences = split_sentences(text, "en")
    assert [s.text.replace("\n", " ") for s in sentences] == [
        "Police said on Tuesday that the protest in the capital ended peacefully.",
        "Nobody was hurt.",
        "A second paragraph that is wrapped too.",
    ]
    assert [s.paragraph for s in sentences] == [0, 0, 1]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_newline_is_a_boundary_without_punctuation() -> None:
    text = "Clashes in the north\nTwo soldiers were killed on Sunday.\n\n\nNo group claimed it."
    sentences = split_sentences(text, "en")
    assert [s.text for s in sentences] == [
        "Clashes in the north", "Two soldiers were killed on Sunday.", "No group claimed it."]
    assert [s.paragraph for s in sentences] == [0, 1, 2]


def test_empty_and_whitespace() -> None:
    assert split_sentences("", "en") == []
    assert split_sentences(" \n\n \t", "fr") == []


def test_analyse_uses_given_language_else_detects() -> None:
    given = analyse(Document(text=_join(TEXTS["fr"]), language="fr"))
    assert isinstance(given, Analysed) and given.language == "fr"
    assert all(isinstance(s, Sentence) for s in given.sentences)
    detected = analyse(Document(text=_join(TEXTS["uk"])))
    assert detected.language == "uk" and len(detected.sentences) == 3
    assert detected.document.text[detected.sentences[1].start :].startswith("Про це")


def test_long_text_is_split_whole() -> None:
    # its speed is measured in benchmarks/bench_small.py, not asserted here
    base = [s for p in TEXTS["en"] + TEXTS["fr"] for s in p]
    text = "\n".join(" ".join(base[i % len(base)] for i in range(j, j + 4)) for j in range(1500))
    sentences = split_sentences(text, "en")
    assert len(sentences) >= 5000
    assert all(0 <= s.start < s.end <= len(text) for s in sentences)


def test_real_notes_offsets_and_language() -> None:
    """On ACLED dev notes (English): exact offsets, no empty sentence, language "en"."""
    from polemos.datasets import acled_split, shared_data_dir

    if shared_data_dir() is None or not (shared_data_dir() / "acled").is_dir():  # type: ignore[operator]
        pytest.skip("shared/data/acled is absent")
    notes = [r.notes for r in acled_split("dev") if r.notes][:400]
    for note in notes:
        for s in split_sentences(note, "en"):
            assert s.text.strip() and note[s.start : s.end] == s.text
    english = sum(detect_language(n) == "en" for n in notes)
    assert english / len(notes) > 0.97


@pytest.mark.parametrize("text,expected", [
    ("BAMAKO, March 14 - Gunmen attacked a post.", "BAMAKO, March 14 - "),
    ("KABUL, March 3 (Reuters) - Two blasts hit the city.", "KABUL, March 3 (Reuters) - "),
    ("Paris (AFP) - Des manifestants ont défilé.", "Paris (AFP) - "),
    ("МОСКВА, 18 марта - Беспилотник атаковал.", "МОСКВА, 18 марта - "),
    # Spanish wire copy ends its dateline with ".-"; Arabic agencies write "City – (Agency) –"
    ("CARACAS, 10 ene (Agencia Caribe).- La policía dispersó una marcha.",
     "CARACAS, 10 ene (Agencia Caribe).- "),
    ("PUEBLA, Pue., 19 de febrero (Crónica).- Tres hombres fueron detenidos.",
     "PUEBLA, Pue., 19 de febrero (Crónica).- "),
    ("مأرب / عدن – (نبض اليمن) – قُتل طفل بقصف مدفعي.", "مأرب / عدن – (نبض اليمن) – "),
    # Arabic datelines with both month names, a weekday, a year, or the agency first
    ("الخرطوم، 15 أيلول/سبتمبر (وكالة الأنباء) - قتل ثلاثة.",
     "الخرطوم، 15 أيلول/سبتمبر (وكالة الأنباء) - "),
    ("الخرطوم، الاثنين 15 سبتمبر 2025 (وكالة) - قتل ثلاثة.",
     "الخرطوم، الاثنين 15 سبتمبر 2025 (وكالة) - "),
    ("الخرطوم – (وكالة الأنباء) 15 سبتمبر – قتل ثلاثة.", "الخرطوم – (وكالة الأنباء) 15 سبتمبر – "),
    ("تونس، 26 جوان (وكالة) - أحيت المدينة الذكرى.", "تونس، 26 جوان (وكالة) - "),
    ("قتل مسلحون ثلاثة جنود - بحسب مصادر.", None),
    # a title-case Cyrillic city with its agency
    ("Харків, 12 липня (Укрінформ) — Російські війська обстріляли місто.",
     "Харків, 12 липня (Укрінформ) — "),
    # a title-case city and a date, no agency; a weekday is no city
    ("Dhaka, Feb 17 — A man was beaten to death by a mob.", "Dhaka, Feb 17 — "),
    ("Lagos, March 3 - Gunmen attacked a church.", "Lagos, March 3 - "),
    ("Monday, March 3 — Gunmen attacked a church.", None),
    # the city's country in brackets before the date
    ("BENI (RDC), 10 septembre (Agence) - Le bilan s'est alourdi.",
     "BENI (RDC), 10 septembre (Agence) - "),
    # a dateline closed by a full stop: the day and month, then the next sentence's capital
    ("BOGOTÁ, 5 mar. El martes, hombres armados asesinaron a dos campesinos.",
     "BOGOTÁ, 5 mar. "),
    ("МОСКВА, 5 марта. /ТАСС/. Беспилотник атаковал.", "МОСКВА, 5 марта. /ТАСС/. "),
    ("Kyiv, March 5. Russian forces shelled the city.", "Kyiv, March 5. "),
    ("Monday, March 5. Gunmen attacked a church.", None),
    ("U.S. forces struck a depot.", None),
    ("On March 5. Gunmen attacked a church.", None),
    ("Sr.- Gracias.", None),
    ("Police fired tear gas - witnesses said.", None),
    ("The UN - which has troops there - said.", None),
])
def test_dateline(text: str, expected: str | None) -> None:
    from polemos.analyse import find_dateline

    span = find_dateline(text)
    assert (text[span[0]:span[1]] if span else None) == expected


def test_overlong_sentence_is_cut_at_full_stops() -> None:
    # An unclosed quote and doubled quotes (a badly exported TSV) make the segmenter keep a
    # whole article as one sentence; it must still come out as sentences.
    body = " ".join(
        f'""Le maire de la ville numéro {i} a parlé aux habitants pendant une heure. '
        f'Il a promis des routes neuves et une école."" La foule a applaudi longuement.'
        for i in range(12))
    text = '"' + body
    from polemos import analyse as mod

    sentences = mod.split_sentences(text, "fr")
    assert len(sentences) >= 30
    assert max(len(s.text) for s in sentences) <= mod.MAX_SENTENCE_CHARS
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert sentences[1].text.startswith("Il a promis") or sentences[1].text.startswith('""Il')


def test_a_text_without_capitals_is_still_cut_into_sentences():
    # lower-cased copy (some feeds and data sets): sentencex finds no sentence start
    text = ("police said the man was found dead on friday in a hotel room. " * 6
            + "the club said the match would go ahead on sunday as planned.")
    sents = split_sentences(text, "en")
    assert len(sents) == 7
    assert sents[-1].text == "the club said the match would go ahead on sunday as planned."
    assert all(text[s.start:s.end] == s.text for s in sents)


def test_a_lower_cased_copy_with_a_stray_capital_is_still_cut_into_sentences():
    # "PS130" or "FBI" survive lower-casing in some data sets; no sentence opens with a capital
    text = ("the court said the two men ran a file-sharing hub and face a PS130 000 fine. "
            + "police said the man was found dead on friday in a hotel room. " * 5
            + "the club said the match would go ahead on sunday as planned.")
    sents = split_sentences(text, "en")
    assert len(sents) == 7
    assert sents[0].text.endswith("PS130 000 fine.")
    assert all(text[s.start:s.end] == s.text for s in sents)


def test_a_cased_paragraph_keeps_its_abbreviations_together():
    # a capital after a full stop marks a cased paragraph: "approx. five" is not a sentence end
    text = ("The army said approx. five soldiers and an officer were killed near the town of "
            "Gao on Sunday when their convoy came under fire. Officials in Bamako said "
            "reinforcements had been sent to the area and that an inquiry had been opened.")
    sents = split_sentences(text, "en")
    assert len(sents) == 2
