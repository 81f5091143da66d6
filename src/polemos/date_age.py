"""How old a date is: whether a sentence speaks of history (a year long past, a period of years)
rather than a new event, judged against the publication day (``as_of`` for a document without
one). The dates themselves are read by ``polemos.dates``."""

from __future__ import annotations

import re
from datetime import date, timedelta

from polemos.dates import MONTHS, DateMatch

# A bare year ("la révolution de 2011", "the 2019 elections"), not a count of people or km.
_BARE_YEAR = re.compile(
    r"(?<![\d.,/-])(19[5-9]\d|20[0-4]\d)(?![\d%/-]|[.,]\d)"
    r"(?!\s*(?:people|persons|personnes|personas|человек|осіб|شخص|km|dead|morts|muertos))",
    re.IGNORECASE)


def stale_year(text: str, published: date | None, max_age_days: int = 31) -> int | None:
    """The latest bare year the text names if even its last day lies more than ``max_age_days``
    before publication (a history sentence), else None."""
    if published is None:
        return None
    years = [int(m.group(1)) for m in _BARE_YEAR.finditer(text)]
    latest = max(years, default=None)
    if latest is None or latest > published.year:
        return None
    return latest if (published - date(latest, 12, 31)).days > max_age_days else None


# A period of several years or months instead of a day: "in recent years", "ces dernières
# années", "en los últimos años", "в последние годы", "останніми роками", "في السنوات الأخيرة".
# Full month names (any language) for "since October", "desde octubre", "с октября"
_MONTH_WORDS = "|".join(sorted((re.escape(m) for m in MONTHS if len(m) >= 4 and "." not in m
                                and not "\u0600" <= m[0] <= "\u06ff"), key=len, reverse=True))
_AR_MONTH_WORDS = "|".join(sorted((re.escape(m) for m in MONTHS if "\u0600" <= m[0] <= "\u06ff"),
                                  key=len, reverse=True))
_LONG_PERIOD = re.compile(
    # a sum since a month: "14 choferes han sido asesinados ... desde octubre" (dev set V)
    rf"\b(?:since|depuis|desde)\s+(?:(?:el\s+)?(?:mes\s+de\s+)?|le\s+mois\s+d['’]\s*)"
    rf"(?:{_MONTH_WORDS})\b(?!\s+\d{{1,2}}\b)|\b(?:с|з)\s+(?:{_MONTH_WORDS})\b(?!\s+\d{{1,2}}\b)"
    rf"|منذ\s+(?:شهر\s+)?(?:{_AR_MONTH_WORDS})(?!\s*\d{{1,2}}\b)|"
    r"\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+|two\s+|"
    r"three\s+)?(?:years|decades?|months)\b|\bin\s+recent\s+(?:years|months|decades)\b"
    r"|\bfor\s+(?:years|decades)\b"
    # for months, or part of a year summed: "for months", "منذ أشهر", "in the first six months
    # of the year", "au premier semestre", "в первом полугодии", "خلال النصف الأول من العام"
    r"|\bfor\s+(?:many\s+|several\s+)?months\b|\bdesde\s+hace\s+(?:meses|varios\s+meses)\b"
    r"|\bуже\s+(?:несколько\s+|много\s+)?месяц\w*|\bвже\s+(?:кілька\s+|багато\s+)?місяц\w*"
    r"|\b(?:протягом|впродовж|упродовж)\s+(?:кількох\s+|багатьох\s+)?місяців\b"
    r"|\bна\s+протяжении\s+(?:нескольких\s+|многих\s+)?месяцев\b|منذ\s+(?:أشهر|اشهر|شهور)"
    r"|\b(?:in|during|over)\s+the\s+first\s+(?:half|quarter|(?:three|six|nine|3|6|9)\s+months)"
    r"\s+of\b"
    r"|\bau\s+(?:premier|second)\s+semestre\b"
    r"|\bau\s+cours\s+des\s+(?:trois|six|neuf|3|6|9)\s+premiers\s+mois\b"
    r"|\ben\s+el\s+(?:primer|segundo)\s+semestre\b"
    r"|\ben\s+los\s+primeros\s+(?:tres|seis|nueve|3|6|9)\s+meses\b"
    r"|\b(?:в|во)\s+(?:первом|втором)\s+полугодии\b|\bза\s+(?:первое|второе)\s+полугодие\b"
    r"|\bза\s+первые\s+(?:три|шесть|девять|3|6|9)\s+месяц\w*"
    r"|\b(?:у|в)\s+(?:першому|другому)\s+півріччі\b|\bза\s+(?:перше|друге)\s+півріччя\b"
    r"|\bза\s+перші\s+(?:три|шість|дев['’]ять|3|6|9)\s+місяц\w*"
    r"|(?:خلال|في)\s+النصف\s+(?:الأول|الثاني)\s+من"
    r"|(?:خلال|في)\s+(?:الأشهر|الاشهر)\s+(?:الثلاثة|الستة|التسعة)\s+(?:الأولى|الاولى)"
    r"|\b(?:ces|au\s+cours\s+des|depuis\s+des|ces\s+(?:deux|trois|dix))\s+(?:dernières\s+)?"
    r"(?:années|décennies|mois)\b|\bdepuis\s+des\s+années\b"
    r"|\ben\s+los\s+últimos\s+(?:años|meses)\b|\bdesde\s+hace\s+años\b"
    r"|\b(?:в|за)\s+последние\s+(?:годы|несколько\s+лет|месяцы)\b|\bуже\s+много\s+лет\b"
    r"|\bостанніми\s+роками\b|\b(?:в|у|за)\s+останні\s+(?:роки|місяці)\b"
    r"|(?:في|خلال)\s+(?:السنوات|الأعوام|الاعوام|الأشهر)\s+(?:الأخيرة|الاخيرة|الماضية)"
    r"|منذ\s+سنوات"
    # a week's or a month's sum, told with no day: "За минулий тиждень у Донецькій області
    # загинули 11 цивільних", "over the past week", "au cours de la semaine écoulée"
    r"|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:week|month|seven\s+days|30\s+days)\b"
    r"|\bau\s+cours\s+(?:de\s+la\s+semaine|du\s+mois)\s+écoulée?\b"
    r"|\bau\s+cours\s+des\s+(?:sept|7|trente|30)\s+derniers\s+jours\b"
    r"|\b(?:durante|en)\s+(?:la\s+última\s+semana|el\s+último\s+mes)\b"
    r"|\ben\s+los\s+últimos\s+(?:siete|7|treinta|30)\s+días\b"
    r"|\bза\s+(?:прошедшую|последнюю|минувшую)\s+неделю\b"
    r"|\bза\s+(?:прошедший|последний|минувший)\s+месяц\b"
    r"|\bза\s+(?:минулий|останній)\s+(?:тиждень|місяць)\b"
    r"|خلال\s+(?:الأسبوع|الشهر)\s+(?:الماضي|المنصرم)"
    # since a year: "since 2015", "depuis 2015", "desde 2015", "с 2015 года", "з 2015 року"
    r"|\b(?:since|depuis|desde)\s+(?:19[5-9]\d|20[0-4]\d)\b"
    r"|\b(?:с\s+(?:19[5-9]\d|20[0-4]\d)\s+г|з\s+(?:19[5-9]\d|20[0-4]\d)\s+р)|منذ\s+(?:عام\s+)?(?:19|20)\d\d"
    r"|منذ\s+(?:\S+\s+){1,3}?(?:عام|العام)\s+(?:19|20)\d\d"  # "منذ اندلاع التمرد عام 2017"
    # a whole year or the year so far: "throughout 2025", "упродовж 2025 року", "a lo largo de
    # 2025", "since the start of the year", "від початку року"
    r"|\b(?:throughout|over\s+the\s+course\s+of|in\s+the\s+whole\s+of)\s+(?:the\s+year\s+)?(?:19|20)\d\d\b"
    r"|\b(?:tout\s+au\s+long\s+de|au\s+cours\s+de)\s+(?:l['’]année\s+)?(?:19|20)\d\d\b"
    r"|\ba\s+lo\s+largo\s+de(?:l\s+año)?\s+(?:19|20)\d\d\b"
    r"|\b(?:упродовж|протягом|впродовж|в\s+течение|на\s+протяжении)\s+(?:(?:19|20)\d\d\s+)?(?:року|года)\b"
    r"|\bза\s+(?:весь\s+|увесь\s+)?(?:19|20)\d\d\s+(?:рік|год)\b"
    # a year named as a whole: "in 2025", "en 2025", "у 2025 році", "в 2025 году", "في عام 2025"
    # (a toll "in 2025" told in January 2026 is the year's sum; session 18, set Q)
    r"|\b(?:in|en|durant|durante)\s+(?:l['’]année\s+|el\s+año\s+)?(?:19|20)\d\d\b(?![-/.]\d)"
    r"|\b(?:у|в)\s+(?:19|20)\d\d\s+(?:році|году)\b|(?:في|خلال)\s+(?:عام\s+)?(?:19|20)\d\d(?!\d)"
    r"|\b(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b"
    r"|\bdepuis\s+le\s+début\s+de\s+l['’]année\b|\ben\s+lo\s+que\s+va\s+del\s+año\b"
    r"|\bdesde\s+(?:el\s+)?(?:inicio|comienzo|principio)s?\s+(?:del|de)\s+(?:este\s+)?año\b"
    r"|\b(?:с\s+начала|з\s+початку|від\s+початку)\s+(?:этого\s+|цього\s+)?(?:года|року)\b"
    r"|(?:خلال|طوال)\s+(?:عام|العام|سنة)\s+(?:19|20)\d\d|منذ\s+(?:بداية|مطلع)\s+(?:العام|هذا\s+العام|السنة)",
    re.IGNORECASE)


def as_of(text: str, published: date | None) -> date | None:
    """The day against which a sentence is judged history: the publication day, or, for a
    document without one, the first day of the latest year it names ("Le 22 décembre 1975
    ..." in a piece that also names 2020 is history; an undated piece naming no year has no
    such day). Relative expressions are still resolved against ``published`` only."""
    if published is not None:
        return published
    years = [int(m.group(1)) for m in _BARE_YEAR.finditer(text)]
    years = [y for y in years if y <= date.today().year]
    return date(max(years), 1, 1) if years else None


def last_day(dm: DateMatch) -> date:
    """The last day a date read from the text may stand for: a month's last day ("in April",
    told in early May, may be last week), else the day itself."""
    if dm.precision < 3:
        return dm.value
    first_next = (dm.value.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first_next - timedelta(days=1)


def long_period(text: str) -> bool:
    """Whether the text speaks of years or months, not a day ("The city has seen repeated
    demonstrations in recent years."): with no day of its own, background, not a new event."""
    return _LONG_PERIOD.search(text) is not None
