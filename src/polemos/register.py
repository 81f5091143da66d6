"""News framing the detector reads past: a sentence's opening connective ("Par ailleurs,",
"In a separate incident,", "وفي سياق متصل،"). The detector was trained on ACLED's notes,
which state the happening plainly; in news these words only link it to the one before, yet
they lower its event score (set H's "Par ailleurs, des affrontements ont opposé mercredi les
rebelles de l'AFC/M23 à des miliciens wazalendo ...": 0.53 with, 0.63 without). The rules
still read the whole sentence.

Dropping the closing source too ("..., a-t-on appris de sources locales", "police said") was
tried on 2026-12-02: +7 sentences of parallel_dev2 in the five other languages, but -3 on
parallel_dev and -1 or -2 events on sets A, B, E and G, so it is not done."""

from __future__ import annotations

import re

__all__ = ["separate_item", "unframed"]

_OPENING = re.compile(
    r"^\W*(?:meanwhile|separately|elsewhere|moreover|furthermore|in addition|also|"
    r"in (?:an|a) (?:other|separate|related) (?:incident|development|attack)|"
    r"par ailleurs|en outre|de plus|ailleurs|parallèlement|dans le même temps|"
    r"dans un autre incident|dans une autre attaque|"
    r"por otra parte|por otro lado|además|asimismo|mientras tanto|en tanto|"
    r"en otro (?:hecho|incidente|ataque)|"
    r"кроме того|тем временем|между тем|также|крім того|тим часом|водночас|також)\s*,?\s+"
    r"|^\W*(?:وفي سياق متصل|وفي سياق منفصل|وفي حادث منفصل|وفي حادثة منفصلة|من جهة أخرى|"
    r"ومن جهة أخرى|في غضون ذلك|وفي غضون ذلك|إلى ذلك|والى ذلك|وإلى ذلك)\s*[،,]?\s*",
    re.IGNORECASE)


def unframed(text: str) -> str:
    """``text`` without its opening connective, if any; the text itself when that would leave
    fewer than four words."""
    out = _OPENING.sub("", text, count=1)
    return out if len(out.split()) >= 4 else text

# Openings that announce another news item ("Par ailleurs,", "In a separate incident,"), not
# a link back to the happening just told ("Meanwhile", "In a related development").
_SEPARATE = re.compile(
    r"^\W*(?:separately|elsewhere|in (?:an|a) (?:other|separate) (?:incident|attack)|"
    r"par ailleurs|ailleurs|dans un autre incident|dans une autre attaque|"
    r"por otra parte|por otro lado|en otro (?:hecho|incidente|ataque)|"
    r"кроме того|отдельно|крім того|окремо)\b"
    r"|^\W*(?:وفي سياق منفصل|وفي حادث منفصل|وفي حادثة منفصلة|من جهة أخرى|ومن جهة أخرى)",
    re.IGNORECASE)


def separate_item(text: str) -> bool:
    """Whether the sentence opens on another news item ("Par ailleurs, trois soldats ont été
    tués mardi dernier ...", "In a separate incident, ...")."""
    return _SEPARATE.search(text) is not None

