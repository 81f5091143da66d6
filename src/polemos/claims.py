"""Fill stage, claims: is the act claimed by, or blamed on, someone, and who says so.

Hand-written patterns in en, fr, es, ru, uk and ar. A claim of responsibility ("IS claimed
responsibility", "revendiqué par", "взяла на себя ответственность", "تبنى") or an attribution by
one side ("Ukraine blamed Russia", "attributed to") gives ``claimed=True``; a cited source alone
("according to the Ministry of Health", "police said", "по данным МВД", "وفقا لوزارة الصحة")
gives ``claimed=False`` with ``attribution`` set. ``attribution`` is who makes the claim or
statement: the claimant ("IS"), the accuser ("Ukraine"), else the cited source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from polemos.actors import ActorMatch, ActorRegistry

__all__ = ["ClaimMatch", "claimed_perpetrator", "find_claim", "perpetrator_phrases"]


@dataclass(frozen=True)
class ClaimMatch:
    """Whether the act is claimed/attributed, who says so, and the span of the phrase."""

    claimed: bool
    attribution: str | None
    start: int
    end: int
    text: str


_W = r"[^\W\d_][\w'’ʼ.\-]*"  # a word (letters first; keeps "Al-Shabaab", "l'État", "U.S.")
_F = re.IGNORECASE

# Claim verbs whose subject (the claimant or accuser) comes BEFORE them.
_CLAIM_AFTER_SUBJECT = re.compile(
    r"(?:\b(?:has|have|had)\s+)?\b(?:claimed|claims|claiming)\s+(?:the\s+)?(?:responsibility|credit)\b"
    # "IS claimed the attack", not "claimed the attack was staged" (an assertion)
    r"|\b(?:has\s+|have\s+|had\s+)?(?:claimed|claims)\s+the\s+(?:attack|bombing|ambush|killing|"
    r"assault|blast|strike|raid|kidnapping|abduction)s?\b(?!\s+(?:was|were|is|had|has)\b)"
    r"|\b(?:blamed|blames|accused|accuses|accusing)\b"
    r"|\b(?:a|ont|avait)\s+revendiqué\b|\brevendiqu(?:e|ent)\b|\b(?:a|ont)\s+accusé\b|\baccuse(?:nt)?\b"
    r"|\breivindic(?:ó|aron|a)\b|\b(?:culpó|culparon|acusó|acusaron)\b"
    r"|\bвзял[аио]?\s+на\s+себя\s+ответственность\b|\bобвинил[аио]?\b"
    r"|\bвзяв\s+на\s+себе\s+відповідальність\b|\bвзял[аио]\s+на\s+себе\s+відповідальність\b|\bзвинуватил[аио]?\b|\bзвинуватив\b"
    # "..., яке взяло відповідальність за операцію", "взяла ответственность за взрыв"
    r"|\bвзя(?:в|ла|ло|ли)\s+відповідальність\b|\bвзял[аио]?\s+ответственность\b", _F)
# Claim phrases whose claimant comes AFTER them.
_CLAIM_BEFORE_AGENT = re.compile(
    r"\b(?:responsibility\s+(?:was|has been)\s+claimed\s+by|claimed\s+by|attributed\s+to|blamed\s+on)\s+"
    r"|\b(?:revendiqu[ée]e?s?\s+par|attribu[ée]e?s?\s+(?:à|aux?)|imput[ée]e?s?\s+(?:à|aux?))\s*"
    r"|\b(?:reivindicad[oa]s?\s+por|atribuid[oa]s?\s+a(?:l)?)\s+"
    r"|ответственность\s+(?:за\s+\w+\s+)?взял[аио]?\s+на\s+себя\s+"
    r"|відповідальність\s+(?:за\s+\w+\s+)?взял[аио]?\s+на\s+себе\s+|відповідальність\s+(?:за\s+\w+\s+)?взяв\s+на\s+себе\s+"
    r"|(?<!\w)(?:و|ف)?(?:تبنى|تبنت|تبنّى|تبنّت)\s+"
    r"|(?<!\w)(?:و|ف)?(?:أعلن|أعلنت|اعلن|اعلنت)\s+(?=(?:\S+\s+){1,4}مسؤوليت)", _F)
# Source citations whose source comes AFTER them.
_SOURCE_BEFORE = re.compile(
    r"\b(?:according\s+to|citing|(?:reported|confirmed|announced|stated)\s+by)\s+"
    r"|\b(?:selon|d['’]après|de\s+source)\s+"
    r"|\b(?:según|de\s+acuerdo\s+con|citando\s+a)\s+"
    r"|\bпо\s+(?:данным|словам|информации|сообщению)\s+|\bкак\s+сообщил[аио]?\s+|\bсообщил[аио]?\s+в\s+"
    r"|\bза\s+(?:даними|словами|інформацією|повідомленням)\s+|\bяк\s+повідомил[аио]?\s+|\bяк\s+повідомив\s+|\bповідомили\s+в\s+"
    r"|(?<!\w)(?:و|ف)?(?:وفقا|وفقاً|طبقا|طبقاً)\s+ل(?:ـ\s*)?|(?<!\w)(?:و|ف)?(?:بحسب|حسب|نقلا\s+عن|نقلاً\s+عن)\s+"
    r"|(?<!\w)(?:و|ف)?(?:قال|قالت|أفاد|أفادت|افادت|ذكر|ذكرت|أكد|أكدت|أعلن|أعلنت)\s+"
    r"|\bsaid\s+(?=(?:the\s+)?[A-Z])", _F)
# Speech verbs whose source comes BEFORE them ("police said").
_SOURCE_AFTER = re.compile(
    r"\b(?:said|says|told|reported|reports|confirmed|announced|stated)\b"
    r"|\b(?:a|ont)\s+(?:indiqué|déclaré|affirmé|annoncé|rapporté|précisé)\b"
    r"|\b(?:informó|informaron|dijo|dijeron|señaló|indicó|afirmó|declaró)\b"
    r"|\bсообщил[аио]?\b|\bзаявил[аио]?\b|\bповідомил[аио]?\b|\bповідомив\b|\bзаявив\b|\bзаявил[аи]\b", _F)

_STOP_FWD = set(
    "for that who which on in at after over of the attack pour qui que dans sur de l'attaque por que quien "
    "en contra за в на о что що який у про من في عن على أن ان الهجوم التفجير العملية الهجمات الاعتداء "
    "مسؤوليته مسؤوليتها مسؤولية المسؤولية".split())
_STOP_FWD -= {"the", "of", "de"}
_LEADING = re.compile(r"^(?:and|but|while|as|et|mais|y|pero|и|а|но|і|та|але)\s+", _F)
_NEGATED = re.compile(r"^(?:no|none|aucun\w*|ningún|ninguna|никто|ни\s+одна|жодна|жоден|ніхто)\b", _F)
_PASSIVE = re.compile(r"\b(?:was|were|been|is|are|be|being)$", _F)
_AR_CLITIC = re.compile(r"^(?:ل|لل)(?=\S{3})")


def _np_after(text: str, pos: int, max_words: int = 6) -> tuple[str, int, int] | None:
    """The noun phrase starting at ``pos``: words up to punctuation or a clause word."""
    words = []
    for m in re.finditer(r"\S+", text[pos:pos + 200]):
        raw = m.group(0)
        w = raw.rstrip(",.;:!?)»\"”'")
        if not w or (words and w.lower() in _STOP_FWD) or re.match(r"\d", w):
            break
        if w.lower() in _STOP_FWD and w.lower() not in ("the", "of", "de"):
            break
        words.append((pos + m.start(), pos + m.start() + len(w)))
        if w != raw or len(words) >= max_words:
            break
    while words and text[words[-1][0]:words[-1][1]].lower() in ("the", "of", "de", "la", "le", "les", "el"):
        words.pop()
    if not words:
        return None
    a, b = words[0][0], words[-1][1]
    return text[a:b], a, b


def _np_before(text: str, pos: int, max_words: int = 6) -> tuple[str, int, int] | None:
    """The noun phrase ending at ``pos``: back to a clause boundary, at most ``max_words`` words."""
    left = text[:pos].rstrip()
    cut = max(left.rfind(c) for c in ",;:.!?\"“”«»()")
    chunk_start = cut + 1
    chunk = left[chunk_start:]
    words = list(re.finditer(r"\S+", chunk))
    if not words:
        return None
    if len(words) > max_words:  # long clause: keep the trailing capitalised run, else two words
        k = len(words)
        while k > 0 and words[k - 1].group(0)[:1].isupper() and len(words) - k < max_words:
            k -= 1
        words = words[k:] if k < len(words) else words[-2:]
    a, b = chunk_start + words[0].start(), chunk_start + words[-1].end()
    phrase = text[a:b]
    lead = _LEADING.match(phrase)
    if lead:
        a += lead.end()
        phrase = text[a:b]
    phrase_clean = re.sub(r"\s+(?:has|have|had|a|ont)$", "", phrase)
    b = a + len(phrase_clean)
    return (text[a:b], a, b) if text[a:b] else None


def _clean(who: str) -> str:
    """Strip an Arabic "li-" clitic from a source ("لوزارة الصحة" -> "وزارة الصحة")."""
    return _AR_CLITIC.sub("", who) if not who.isascii() and who.startswith("ل") else who


# A relative pronoun as the claimant: the claim's subject is the name before its comma ("said
# Ukraine's military intelligence, which claimed the operation", "ГУР, яке взяло
# відповідальність").
_RELATIVE = re.compile(r"^(?:which|who|qui|que|quien|quienes|котор(?:ый|ая|ое|ые)|як(?:ий|а|е|і)"
                       r"|الذي|التي|الذين)$", _F)


def _antecedent(text: str, pos: int) -> tuple[str, int, int] | None:
    """The name a relative pronoun at ``pos`` stands for: the clause before its comma, from
    its first capitalised word ("повідомило Головне управління розвідки" -> "Головне
    управління розвідки")."""
    left = text[:pos].rstrip()
    if not left.endswith(","):
        return None
    np = _np_before(text, len(left) - 1)
    if np is None:
        return None
    words = list(re.finditer(r"\S+", np[0]))
    first = next((w for w in words if w.group(0)[:1].isupper()), None)
    if first is None:
        return None
    a = np[1] + first.start()
    return text[a:np[2]], a, np[2]


def _claim(text: str) -> ClaimMatch | None:
    for m in _CLAIM_AFTER_SUBJECT.finditer(text):
        np = _np_before(text, m.start())
        if np is not None and _RELATIVE.match(np[0]):
            np = _antecedent(text, np[1])
        if np is None:
            continue
        if _NEGATED.match(np[0]):
            continue
        return ClaimMatch(True, np[0], np[1], m.end(), text[np[1]:m.end()])
    for m in _CLAIM_BEFORE_AGENT.finditer(text):
        np = _np_after(text, m.end())
        if np is None:
            continue
        if m.group(0).strip().lower().startswith(("attribu", "imput", "blamed on", "atribuid")):
            return ClaimMatch(True, None, m.start(), np[2], text[m.start():np[2]])
        return ClaimMatch(True, _clean(np[0]), m.start(), np[2], text[m.start():np[2]])
    return None


def _source(text: str) -> ClaimMatch | None:
    best: ClaimMatch | None = None
    for m in _SOURCE_BEFORE.finditer(text):
        np = _np_after(text, m.end())
        if np:
            best = ClaimMatch(False, _clean(np[0]), m.start(), np[2], text[m.start():np[2]])
            break
    for m in _SOURCE_AFTER.finditer(text):
        if best and best.start < m.start():
            break
        np = _np_before(text, m.start(), max_words=5)
        if np and _PASSIVE.search(np[0]):
            continue  # "No deaths were reported": a passive has no source
        if np:
            best = ClaimMatch(False, np[0], np[1], m.end(), text[np[1]:m.end()])
            break
    return best


def find_claim(text: str, lang: str | None = None) -> ClaimMatch | None:
    """The claim or attribution in ``text``: claimed=True for a claim of responsibility or a
    side's blame; claimed=False with the source when a source is only cited; None otherwise.

    ``lang`` is accepted for symmetry; the patterns of the six languages are tried together.
    """
    claim = _claim(text)
    if claim is not None:
        if claim.attribution is None:
            src = _source(text)
            if src is not None:
                claim = ClaimMatch(True, src.attribution, claim.start, claim.end, claim.text)
        return claim
    return _source(text)


# Who did it, by a claim or an accusation: the span that names the perpetrator. The registry
# (``polemos.actors``) decides whether the span names an actor; these patterns only say where
# to look. Claimant before the verb ("TTP claimed responsibility", "JNIM a revendiqué"):
_CLAIMANT_BEFORE = re.compile(
    r"\b(?:has\s+|have\s+|had\s+)?(?:claimed|claims)\s+(?:responsibility|credit|the\s+(?:attack|"
    r"bombing|ambush|killing|assault|blast|strike|raid))\b|\bsaid\s+it\s+(?:was\s+behind|carried\s+out)"
    r"|\b(?:a|ont|avait|avaient)\s+revendiqué\b|\brevendiqu(?:e|ent)\b"
    r"|\breivindic(?:ó|aron|a)\b|\bse\s+atribuy(?:ó|eron)\b"
    r"|\bвзял[аио]?\s+на\s+себя\b|\bвзяв\s+на\s+себе\b|\bвзял[аио]\s+на\s+себе\b"
    r"|\bвзя(?:в|ла|ло|ли)\s+відповідальність\b|\bвзял[аио]?\s+ответственность\b"
    r"|\bsaid\b[^.;:]{0,80}?\bthat\s+it\s+(?:had\s+)?(?:was\s+behind|carried\s+out|staged)\b"
    r"|\bsaid\s+(?:that\s+)?its\s+(?:fighters|militants|members|men)\b"
    r"|\b(?:a|ont)\s+(?:affirmé|déclaré|dit)\s+(?:être\s+à\s+l['’]origine|avoir\s+mené)\b"
    r"|\b(?:dijo|dijeron|afirmó|afirmaron)\s+(?:que\s+)?(?:haber\s+)?(?:perpetrado|realizado|"
    r"ejecutado)\b"
    r"|\bзаявил[аи]?\b[^.;:]{0,60}?\bчто\s+(?:е[её]|его|их)\s+(?:боевики|бойцы)\b"
    r"|\bзаяви(?:в|ла|ли)\b[^.;:]{0,60}?\bщо\s+(?:її|його|їхні)\s+(?:бойовики|бійці)\b"
    r"|(?:sont|est|ont\s+été|a\s+été)\s+accusée?s?\s+d\b|\b(?:was|were|are|is|been)\s+"
    r"(?:accused|blamed)\s+(?:of|for)\b|\b(?:fue|fueron|son|es)\s+acusad[oa]s?\s+de\b", _F)
# Accused or claimant after the phrase ("attributed to X", "attribuée par les autorités à X",
# "atribuyeron el ataque al CJNG", "blamed the attack on X", "accused X of", "تبنى X"):
_ACCUSED_AFTER = re.compile(
    r"\b(?:attributed|blamed)\s+(?:(?:the\s+)?\w+\s+)?(?:to|on)\s+|\baccus(?:ed|es|ing)\s+(?=\S+(?:\s+\S+){0,4}"
    r"\s+(?:of|for)\b)|\bclaimed\s+by\s+|\bcarried\s+out\s+by\s+"
    r"|\b(?:attribu|imput)[ée]e?s?\s+(?:par\s+(?:\S+\s+){1,5}?)?(?:à|aux?)\s+|\brevendiqu[ée]e?s?\s+par\s+"
    r"|\b(?:a|ont)\s+(?:attribué|imputé)\s+(?:\S+\s+){0,4}?(?:à|aux?)\s+"
    r"|\baccus(?:e|ent|é|ait|aient)\s+(?=\S+(?:\s+\S+){0,4}\s+d['’e])"
    r"|\batribu(?:ido|ida|idos|idas|yó|yeron|ye|yen)\s+(?:\S+\s+){0,5}?(?:al?)\s+|\breivindicad[oa]s?\s+por\s+"
    r"|\b(?:acus(?:ó|aron|a|an))\s+(?:a\s+)?(?=\S+(?:\s+\S+){0,4}\s+del?\b)"
    r"|\bblam(?:ed|es|ing)\s+(?=\S+(?:\s+\S+){0,4}\s+for\b)"
    r"|ответственность\s+(?:за\s+\S+\s+)?взял[аио]?\s+на\s+себя\s+|\bобвинил[аио]?\s+(?=\S+(?:\s+\S+){0,4}\s+в\b)"
    r"|\bприписыва\w*\s+(?:\S+\s+){0,3}?"
    r"|відповідальність\s+(?:за\s+\S+\s+)?взя(?:в|ла|ли)\s+на\s+себе\s+|\bзвинувати\w*\s+(?=\S+(?:\s+\S+){0,4}\s+у\b)"
    r"|(?<!\w)(?:و|ف)?(?:تبنى|تبنت|تبنّى|تبنّت)\s+|(?<!\w)(?:و|ف)?(?:اتهم|اتهمت)\s+"
    r"|(?:نسب|نسبت)\w*\s+(?:\S+\s+){0,4}?إلى\s+"
    # the attackers said to belong to a group ("The attackers, who residents said belonged to")
    r"|\b(?:attackers|assailants|gunmen|perpetrators|killers)\b[^.;:]{0,60}?\bbelong(?:ed|s|ing)?\s+to\s+"
    r"|\b(?:assaillants|agresseurs|auteurs)\b[^.;:]{0,60}?\b(?:appartiendraient|appartenaient|"
    r"appartenant|appartiennent|appartiendrait)\s+(?:à|aux?)\s+"
    r"|\b(?:agresores|atacantes|sicarios|pistoleros)\b[^.;:]{0,60}?\b(?:pertenec(?:ían|en|erían|"
    r"ientes))\s+(?:al?)\s+"
    r"|\bнападавшие\b[^.;:]{0,60}?\b(?:принадлежали|входили)\s+(?:к|в)\s+"
    r"|\bнападники\b[^.;:]{0,60}?\b(?:належали|входили)\s+(?:до|в)\s+"
    # a suspicion by the authorities: "police suspect X", "نرجّح أن تكون X قد زرعت"
    r"|\b(?:police|authorities|officials|investigators|army|military|sources?)\s+(?:\w+\s+)?"
    r"suspect(?:s|ed)?\s+(?:that\s+)?"
    r"|\b(?:autorités|police|armée|enquêteurs|sources?)\s+(?:\w+\s+)?soupçonn\w*\s+(?:que\s+)?"
    r"|\b(?:autoridades|policía|ejército|fiscalía|investigadores)\s+(?:\w+\s+)?sospech\w*\s+"
    r"(?:que\s+)?"
    r"|(?<!\w)(?:و|ف)?(?:[يتن]?ُ?ر[\u064B-\u0652]*ج[\u064B-\u0652]*ح[\u064B-\u0652]*|[يتنا]?ُ?شتبه)\s+"
    r"(?:\S+\s+){0,3}?(?:في\s+)?(?:أن|ان)\s+(?:ت|ي)كون\s+", _F)
# Nothing claimed: "X has not claimed", "X n'a pas", "X no reivindicó", "X не взяла".
_NOT_BEFORE = re.compile(r"(?:\bnot|n['’]t|\bnever|\bno|\bnunca|\bне|\bні|\bpas|\bjamais)\s+$"
                         r"|(?<!\w)(?:لم|لا|ما)\s+$", _F)


# No one claimed the act, or the attackers were not named, said outright (six languages)
_UNCLAIMED = re.compile(
    r"\b(?:no (?:group|one|organi[sz]ation|faction)|nobody|none)\s+(?:has\s+|had\s+)?(?:yet\s+)?"
    r"(?:claimed|taken responsibility|said it (?:was|carried))"
    r"|\b(?:has|had|have) not (?:yet )?been claimed|\bdid not name the (?:attackers|assailants)"
    r"|\baucun (?:groupe|mouvement)\s+n['’]a\s+(?:encore\s+|pour l['’]instant\s+)?revendiqu"
    r"|\bpersonne\s+n['’]a\s+(?:encore\s+)?revendiqu|\bn['’]a (?:pas )?(?:encore )?été revendiqu"
    r"|\bn['’]a été revendiqu\w*\s+par\s+aucun|\bnon revendiqu"
    r"|\bning[uú]n (?:grupo|grupo armado)\s+(?:se\s+)?(?:ha\s+)?(?:reivindic|atribu)"
    r"|\bnadie\s+(?:se\s+)?(?:ha\s+)?(?:reivindic|atribu)|\bno (?:ha )?(?:sido )?reivindicad"
    r"|\b(?:никто|ни одна (?:группировка|группа|организация))\s+(?:пока\s+)?не\s+"
    r"(?:взял|взяла|заявил|заявила)"
    r"|\b(?:ніхто|жодне угруповання|жодна (?:група|організація))\s+(?:поки що\s+)?не\s+"
    r"(?:взяв|взяло|взяла|заявив|заявило)"
    r"|لم\s+(?:تتبن|تعلن|يتبن|يعلن)[ّ]?[ى]?\s+(?:أي|اي)\s+جهة|لم\s+تتبن[ّ]?\s+أي", _F)


def unclaimed(text: str) -> bool:
    """Whether ``text`` says that no one claimed the act or that its doers were not named
    ("No group has claimed responsibility", "aucun groupe n'a revendiqué", "لم تتبن أي جهة")."""
    return _UNCLAIMED.search(text) is not None


def perpetrator_phrases(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that may name who carried out the act: the claimant of a claim of
    responsibility, or the side an attack is attributed to or blamed on. Look the spans up in
    the actor registry; a span naming no actor says nothing."""
    out: list[tuple[int, int]] = []
    for m in _CLAIMANT_BEFORE.finditer(text):
        left = text[:m.start()]
        if _NOT_BEFORE.search(left):
            continue  # "JNIM has not claimed the attack": no claimant
        cut = max(left.rfind(c) for c in ".;:!?\n")
        comma = left.rfind(",")
        start = max(cut + 1, comma + 1 if comma > m.start() - 80 and left[comma + 1:].strip() else 0)
        start = max(start, m.start() - 80)
        if _RELATIVE.match(left[start:].strip()):  # "ГУР, яке взяло на себе": the name before
            ante = _antecedent(text, start + len(left[start:]) - len(left[start:].lstrip()))
            start = ante[1] if ante is not None else start
        if left[start:].strip():
            out.append((start, m.start()))
    for m in _ACCUSED_AFTER.finditer(text):
        rest = text[m.end():m.end() + 80]
        stop = re.search(r"[.;:!?\n]|,\s|\s(?:of|for|de|d['’]|в|у|que|qui|who|which)\s", rest)
        end = m.end() + (stop.start() if stop else len(rest))
        if end > m.end():
            out.append((m.end(), end))
        if stop and stop.group(0).strip() in ("of", "de") and not _ACCUSING.search(m.group(0)):
            # "revendiquée par le Groupe de soutien à l'islam ...": the name goes on
            whole = re.search(r"[.;:!?\n]|,\s", rest)
            out.append((m.end(), m.end() + (whole.start() if whole else len(rest))))
    return sorted(out)


# Accusations end their accused at "of"/"de" ("accused X of killing ..."); claims do not.
_ACCUSING = re.compile(r"accus|blam|обвин|звинуват|اتهم", _F)


def claimed_perpetrator(reg: ActorRegistry, text: str, country_code: str | None) -> ActorMatch | None:
    """The actor a claim or an accusation in ``text`` names as the perpetrator ("CODECO",
    "the TTP", "Al-Shabaab", "the RSF", "the army said it carried out"), with its span in
    ``text``; None when the phrase names no actor the registry knows, or only a generic armed
    group ("gunmen were blamed")."""
    from polemos.actors import ActorMatch

    for a, b in perpetrator_phrases(text):
        for h in reg.hits(text[a:b], country_code):
            if (h.generic and h.kind not in ("state", "named")) \
                    or h.kind not in ("named", "ethnic", "state") or h.match.inter is None:
                continue  # "gunmen were blamed": no one named; "the army said it", "داعش" name it
            m = h.match
            return ActorMatch(m.name, m.inter, a + m.start, a + m.end, m.text)
    return None
