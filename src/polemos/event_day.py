"""The day of an event sentence: the date it gives, else one earlier in its paragraph, a day
told relative to the event before ("the next day"), the act's day told just after a report's
day, the day of the event the sentence goes on about, else the publication day (with a
coarser precision). Sentences that speak of a long period or a day long past are background.
Used by ``pipeline.Pipeline`` for each event sentence."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from polemos.candidates import Candidate, dated
from polemos.date_age import last_day, long_period, stale_year
from polemos.dates import find_date, find_sequel_day, hours_later, report_day

__all__ = ["MAX_EVENT_AGE_DAYS", "date_event"]

# An event whose date lies this far before publication is background, not news.
MAX_EVENT_AGE_DAYS = 31


# A sentence that goes on about the same happening elsewhere, the same day
_GOES_ON = re.compile(
    r"^\W*(?:elsewhere|meanwhile|also\s+on\s+that\s+day|ailleurs|par\s+ailleurs|dans\s+le\s+même\s+temps|"
    r"en\s+otro\s+(?:punto|lugar)|mientras\s+tanto|тем\s+временем|тим\s+часом|"
    r"وفي\s|وفى\s|وكذلك\s+في\s|في\s+غضون\s+ذلك)", re.IGNORECASE)


def date_event(base: Candidate, doc: Any, lang: str, sentences: list, i: int,
               prev: Candidate | None, anchor: Candidate | None, asof: date | None) -> bool:
    """Set ``base``'s event_date and time_precision (with their evidence) for sentence ``i``;
    False when the sentence is background (a period, a year or a day long past). ``prev`` is
    the candidate before, ``anchor`` the last dated one, ``asof`` the day history is judged
    against (``date_age.as_of``)."""
    sent = sentences[i]
    after_event = prev is not None and prev.sentence_index == i - 1
    # Date: in the sentence, else earlier in the same paragraph, else the publication day.
    dm, dsent = None, sent
    for j in range(i, max(-1, i - 3), -1):
        cand = sentences[j]
        if cand.paragraph != sent.paragraph:
            break
        dm = find_date(cand.text, doc.published, lang)
        if dm is not None:
            dsent = cand
            break
    if (dm is None or dsent is not sent or report_day(sent.text, dm)) and (
            stale_year(sent.text, asof, MAX_EVENT_AGE_DAYS)
            or long_period(sent.text)):
        return False  # "the 2011 revolution", "en 2019", "in recent years": not a new event;
        # nor when its only day is the report's ("killed in the first six months of 2025, a
        # group said in a report on Thursday")
    if dm is not None and dsent is sent and report_day(sent.text, dm):
        # "... погиб в Грайвороне, сообщил в субботу губернатор": the day of the report; the
        # act's day may come next ("По его словам, дрон ударил по машине вчера")
        told = _day_told_next(doc, sentences, i, dm.value, lang)
        if told is not None:
            dm, dsent = told
    elif dm is None and prev is None and doc.published is not None:
        # the article's first event, told with no day ("В Гомеле задержан журналист"): its
        # day may come next ("Как рассказали правозащитники, 10 ноября утром ...")
        told = _day_told_next(doc, sentences, i, doc.published, lang)
        if told is not None:
            dm, dsent = told
    sq = find_sequel_day(sent.text)
    if sq is not None and dm is not None and dsent is sent and dm.end <= sq[1]:
        sq = None  # "أودت في الأول من حزيران ... قُتلوا في اليوم نفسه": the day just named (dev W)
    anchor = anchor or prev  # the last event whose day the text gives
    if sq is not None and anchor is not None and anchor.fields.get("event_date"):
        # "the next day", "the same day": relative to the event reported just before
        day = anchor.fields["event_date"] + timedelta(days=sq[0])
        if doc.published is None or day <= doc.published:
            base.add("event_date", day, sent.start + sq[1], sent.start + sq[2], sq[3])
            base.fields["time_precision"] = anchor.fields.get("time_precision", 1)
            base.own_date = not hours_later(sq[3])  # "hours later": that event's day
    elif dm is not None:
        if asof and (asof - last_day(dm)).days > MAX_EVENT_AGE_DAYS:
            return False  # history or anniversary: background, not a new event
        base.add("event_date", dm.value, dsent.start + dm.start, dsent.start + dm.end, dm.text)
        base.fields["time_precision"] = dm.precision
        base.own_date = dsent is sent
    elif (after_event and dated(prev)) or (
            anchor is not None and dated(anchor) and _GOES_ON.match(sent.text)):
        # the sentence right after a dated event sentence goes on about that day; so does one
        # opening on "elsewhere" ("وفي قضاء الرفاعي ...", "Meanwhile in ...") later on
        told = prev if after_event and dated(prev) else anchor
        base.fields["event_date"] = told.fields["event_date"]
        base.fields["time_precision"] = told.fields.get("time_precision", 1)
        base.evidence.extend(e for e in told.evidence if e.field == "event_date")
    elif doc.published is not None:
        base.fields["event_date"] = doc.published
        base.fields["time_precision"] = 2  # only the report's day is known
    return True


def _day_told_next(doc: Any, sentences: list, i: int, reported: date,
                   lang: str) -> tuple[Any, Any] | None:
    """The act's own day in one of the two sentences after ``i`` (any paragraph), when sentence
    ``i`` dates only the report, or nothing: a day in the week before ``reported`` (the report's
    day), not a report's day itself, in a sentence that is no background (a period, a year
    long past)."""
    from polemos.background import earlier_period

    for s in sentences[i + 1:i + 3]:
        if long_period(s.text) or earlier_period(s.text) or stale_year(
                s.text, doc.published, MAX_EVENT_AGE_DAYS):
            return None
        dm = find_date(s.text, doc.published, lang)
        if dm is None:
            continue
        if (dm.precision == 1 and not report_day(s.text, dm)
                and 0 <= (reported - dm.value).days <= 7):
            return dm, s
        return None
    return None


