"""Fill stage, dates: find the event date in a sentence and resolve it against the publication date.

A hand-built multilingual lexicon (en, fr, es, ru, uk, ar) compiled into regular expressions, so
that one sentence costs microseconds (dateparser's ``search_dates`` costs tens of milliseconds
and fires on noise). Conventions, chosen to match ACLED coding:

- a bare weekday ("on Sunday", "dimanche", "в воскресенье") is the most recent such day on or
  before publication; when it names the publication day itself it means that day (wire style:
  "police said on Monday" in a Monday report); "last Sunday" / "dimanche dernier" is always
  strictly before publication;
- "last night" is the day before publication; week expressions ("earlier this week", "last
  week", "over the weekend") give precision 2, months ("in March", "early March", "last month")
  precision 3, each resolved to the first day of the span and never later than publication;
- a date after publication (an announced election, a trial date) is not an event date: skipped;
- a year-less date takes the most recent past year, unless it falls at most 60 days after
  publication, which reads as an announcement and is skipped;
- without a publication date, relative expressions and weekdays cannot be resolved and are
  skipped; year-less dates are resolved against today.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DateMatch", "find_date", "find_dates", "report_day"]


@dataclass(frozen=True)
class DateMatch:
    """A resolved date with its precision (1 day, 2 week, 3 month or vaguer) and its span."""

    value: date
    precision: int
    start: int
    end: int
    text: str


def _month_table() -> dict[str, int]:
    """Month name (any supported language, lower case) -> month number."""
    names = {
        1: "january jan janvier janv enero ene январь января январе січень січня січні "
           "يناير كانون_الثاني جانفي",
        2: "february feb février fevrier févr fevr febrero feb февраль февраля феврале лютий "
           "лютого лютому فبراير شباط فيفري",
        3: "march mar mars marzo март марта марте березень березня березні مارس آذار اذار",
        4: "april apr avril abril апрель апреля апреле квітень квітня квітні أبريل ابريل إبريل نيسان أفريل افريل",
        5: "may mai mayo май мая мае травень травня травні مايو أيار ايار ماي",
        6: "june jun juin junio июнь июня июне червень червня червні يونيو يونيه حزيران جوان",
        7: "july jul juillet juil julio июль июля июле липень липня липні يوليو يوليه تموز جويلية يوليوز",
        8: "august aug août aout agosto август августа августе серпень серпня серпні أغسطس اغسطس آب أوت اوت غشت",
        9: "september sep sept septembre septiembre setiembre сентябрь сентября сентябре "
           "вересень вересня вересні سبتمبر أيلول ايلول شتنبر",
        10: "october oct octobre octubre октябрь октября октябре жовтень жовтня жовтні أكتوبر "
            "اكتوبر تشرين_الأول تشرين_الاول",
        11: "november nov novembre noviembre ноябрь ноября ноябре листопад листопада листопаді "
            "نوفمبر تشرين_الثاني نونبر",
        12: "december dec décembre decembre déc diciembre dic декабрь декабря декабре грудень "
            "грудня грудні ديسمبر كانون_الأول كانون_الاول دجنبر",
    }
    return {w.replace("_", " "): m for m, ws in names.items() for w in ws.split()}


MONTHS = _month_table()
# Weekday stems, Monday = 0. Cyrillic stems cover the accusative/locative forms after в/у/во.
WEEKDAYS: dict[str, int] = {}
for _i, _ws in enumerate([
    "monday lundi lunes понедельник понедельника понеділок понеділка الاثنين الإثنين",
    "tuesday mardi martes вторник вторника вівторок вівторка الثلاثاء",
    "wednesday mercredi miércoles miercoles среда среду среды середа середу середи الأربعاء الاربعاء",
    "thursday jeudi jueves четверг четверга четвер четверга الخميس",
    "friday vendredi viernes пятница пятницу пятницы п'ятниця п'ятницю п'ятниці الجمعة",
    "saturday samedi sábado sabado суббота субботу субботы субота суботу суботи السبت",
    "sunday dimanche domingo воскресенье воскресенья неділя неділю неділі الأحد الاحد",
]):
    WEEKDAYS.update({w: _i for w in _ws.split()})

_APOS = "['’ʼ]"


def _alt(words: list[str]) -> str:
    """Regex alternation of words, longest first, apostrophes made variant-tolerant."""
    ws = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace("'", _APOS).replace(r"\ ", r"\s+") for w in ws)


# Arabic days of the month as ordinal words ("في التاسع من شباط/فبراير": the ninth of February)
_AR_UNITS = ["الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
             "التاسع"]
AR_ORDINAL_DAYS: dict[str, int] = {"الأول": 1, "الاول": 1, "العاشر": 10, "العشرين": 20,
                                   "الثلاثين": 30}
AR_ORDINAL_DAYS.update({w: i for i, w in enumerate(_AR_UNITS[1:], 2)})
AR_ORDINAL_DAYS.update({f"{w} عشر": 11 + i for i, w in enumerate(_AR_UNITS)})
AR_ORDINAL_DAYS.update({f"{w} و{tens}": n + 1 + i for n, tens in ((20, "العشرين"),
                                                                (30, "الثلاثين"))
                        for i, w in enumerate(_AR_UNITS[:1 if n == 30 else 9])})

_MON = rf"(?P<mon>{_alt(list(MONTHS))})\.?"
_MON2 = rf"(?:\s*/\s*(?:{_alt(list(MONTHS))}))?"  # Arabic "آذار/مارس"
_WD = rf"(?P<wd>{_alt(list(WEEKDAYS))})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|ᵉʳ|-?го|-?е)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_L, _R = r"(?<![\w'’])", r"(?!\w)"  # word edges that work in every script
_YEAR_TAIL = rf"(?:,?\s*(?:de\s+|del\s+)?{_YEAR}(?:\s*(?:г\.|года|року|р\.|م))?)?"

# (name, regex); order matters only for overlapping matches at the same start (longest wins).
_PATTERNS: list[tuple[str, str]] = [
    ("iso", rf"{_L}(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]?\d)-(?P<day>[0-3]?\d){_R}"),
    ("numeric", rf"{_L}(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<year>(?:19|20)?\d\d){_R}"),
    ("numeric_dm", rf"(?:{_L}(?:on|of|le|el|du|al|del|dated)\s+(?:or before\s+)?)(?P<a>[0-3]?\d)/(?P<b>[01]?\d){_R}(?![/.]\d)"),
    ("day_month", rf"{_L}{_DAY}(?:\s*(?:or|and|et|y|-|–|и|і)\s*[0-3]?\d)?\s+(?:de\s+|of\s+)?{_MON}{_MON2}{_YEAR_TAIL}{_R}"),
    ("ar_ordinal", rf"{_L}(?P<ord>{_alt(list(AR_ORDINAL_DAYS))})\s+(?:من\s+)?(?:شهر\s+)?{_MON}{_MON2}{_YEAR_TAIL}{_R}"),
    ("month_day", rf"{_L}{_MON}\s+(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:or|and|-|–|to)\s*)?{_DAY}{_R}{_YEAR_TAIL}{_R}"),
    ("part_month", rf"{_L}(?P<part>early|mid-?|late|the (?:start|beginning|end|middle) of|début|fin|mi-|à la mi-|"
                   rf"a principios de|a comienzos de|a mediados de|a finales de|a fines de|"
                   rf"в начале|в середине|в конце|на початку|в середині|у середині|наприкінці|в кінці|у кінці|"
                   rf"مطلع|أوائل|اوائل|بداية|منتصف|أواخر|اواخر|نهاية)\s*(?:de\s+|of\s+)?{_MON}{_MON2}{_YEAR_TAIL}{_R}"),
    ("in_month", rf"{_L}(?:in|en|в|у|во|durante|during|[وف]?(?:خلال|في|فى))\s+(?:(?:the\s+)?month\s+of\s+|(?:el\s+)?mes\s+de\s+|le\s+mois\s+de\s+|شهر\s+)?{_MON}{_MON2}{_YEAR_TAIL}{_R}"),
    ("month_year", rf"{_L}{_MON}{_MON2}\s*(?:de\s+|del\s+)?{_YEAR}{_R}"),
    ("rel_day", rf"{_L}(?P<rel>the day before yesterday|day before yesterday|yesterday|today|last night|overnight|this morning|this afternoon|this evening|tonight|"
                r"avant-hier|hier|aujourd'hui|aujourd’hui|ce matin|cette nuit|la nuit dernière|"
                r"anteayer|antier|ayer|hoy|anoche|esta mañana|"
                r"позавчера|вчера|сегодня|накануне|позавчора|учора|вчора|сьогодні|напередодні|"
                rf"أول أمس|أول امس|بالأمس|الأمس|أمس|امس|اليوم|الليلة الماضية){_R}"),
    ("rel_week", rf"{_L}(?P<rel>earlier this week|this week|last week|last weekend|over the weekend|this weekend|at the weekend|the weekend|"
                 r"en début de semaine|cette semaine|la semaine dernière|le week-end dernier|ce week-end|"
                 r"esta semana|la semana pasada|el fin de semana pasado|el fin de semana|este fin de semana|"
                 r"на этой неделе|на прошлой неделе|в выходные|на выходных|цього тижня|на цьому тижні|минулого тижня|на минулому тижні|у вихідні|на вихідних|"
                 rf"هذا الأسبوع|الأسبوع الماضي|الاسبوع الماضي|مطلع الأسبوع|نهاية الأسبوع الماضي|عطلة نهاية الأسبوع){_R}"),
    ("rel_month", rf"{_L}(?P<rel>last month|this month|earlier this month|le mois dernier|ce mois-ci|el mes pasado|este mes|"
                  rf"в прошлом месяце|в этом месяце|минулого місяця|цього місяця|الشهر الماضي|هذا الشهر){_R}"),
    ("weekday", rf"{_L}(?P<pre>last\s+|past\s+|this\s+|el\s+pasado\s+|el\s+|del\s+|este\s+|в\s+прошл(?:ое|ый|ую)\s+|во?\s+|у\s+|"
                r"минул(?:ої|ого|у)\s+|прошл(?:ого|ой)\s+|(?:يوم|مساء|صباح|ليل|ليلة|فجر|ظهر)\s+)?" + _WD +
                r"(?P<post>\s+(?:dernier|dernière|passé|pasado|الماضي|الماضية))?" + _R),
]
_RX = [(name, re.compile(rx, re.IGNORECASE)) for name, rx in _PATTERNS]
_PARTS = {"mid": 15, "mi": 15, "middle": 15, "mediados": 15, "середине": 15, "середині": 15, "منتصف": 15}
_LAST_PARTS = ("late", "end", "fin", "finales", "fines", "конце", "кінці", "наприкінці", "أواخر", "اواخر", "نهاية")
_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def _month_of(word: str) -> int:
    return MONTHS[re.sub(r"\s+", " ", word.lower().rstrip("."))]


def _weekday_of(word: str) -> int:
    w = re.sub(_APOS, "'", word.lower())
    return WEEKDAYS[w]


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _yearless(m: int, d: int, ref: date) -> date | None:
    """The most recent (month, day) on or before ``ref``; None when it reads as an announcement."""
    this = _safe(ref.year, m, d)
    if this is None and (m, d) == (2, 29):
        this = date(ref.year, 2, 28)
    if this is None:
        return None
    if this <= ref:
        return this
    if (this - ref).days <= 60:
        return None
    return _safe(ref.year - 1, m, d) or date(ref.year - 1, m, 28)


def _full_year(y: str | None) -> int | None:
    if not y:
        return None
    n = int(y)
    return n + 2000 if n < 100 else n


def _resolve(name: str, m: re.Match[str], published: date | None) -> tuple[date, int] | None:
    """The (date, precision) a match denotes, or None when it cannot or must not be resolved."""
    g = m.groupdict()
    ref = published or date.today()
    if name in ("iso", "numeric", "numeric_dm"):
        if name == "iso":
            day, mon = int(g["day"]), int(g["mnum"])
        else:
            a, b = int(g["a"]), int(g["b"])
            day, mon = (b, a) if b > 12 >= a else (a, b)
        year = _full_year(g.get("year"))
        d = _safe(year, mon, day) if year else _yearless(mon, day, ref)
        return (d, 1) if d else None
    if name in ("day_month", "month_day", "ar_ordinal"):
        day = AR_ORDINAL_DAYS[re.sub(r"\s+", " ", g["ord"])] if name == "ar_ordinal" else int(g["day"])
        mon, year = _month_of(g["mon"]), _full_year(g.get("year"))
        if not 1 <= day <= 31:
            return None
        d = _safe(year, mon, day) if year else _yearless(mon, day, ref)
        return (d, 1) if d else None
    if name in ("part_month", "in_month", "month_year"):
        mon, year = _month_of(g["mon"]), _full_year(g.get("year"))
        part = (g.get("part") or "").lower().strip("- ")
        day = 1
        words = set(re.findall(r"\w+", part))  # whole words: "comienzos" holds no "mi"
        if words & _PARTS.keys():
            day = 15
        elif words & set(_LAST_PARTS):
            day = 21
        if year is None:
            year = ref.year if (mon, 1) <= (ref.month, 1) else ref.year - 1
        d = _safe(year, mon, day)
        if d and published and d > published:  # "late March" in a 10 March report
            d = published if (d.year, d.month) == (published.year, published.month) else None
        return (d, 3) if d else None
    if published is None:
        return None
    rel = (g.get("rel") or "").lower()
    if name == "rel_day":
        if re.search(r"before yesterday|avant-hier|anteayer|antier|позавч|أول", rel):
            return published - timedelta(days=2), 1
        if re.search(r"yesterday|last night|overnight|hier|nuit|ayer|anoche|вчера|учора|вчора|накануне|напередодні|أمس|امس|الليلة", rel):
            return published - timedelta(days=1), 1
        return published, 1
    if name == "rel_week":
        monday = published - timedelta(days=published.weekday())
        if re.search(r"weekend|week-end|fin de semana|выходн|вихідн|عطلة", rel):
            sat = published - timedelta(days=(published.weekday() - 5) % 7)
            if published.weekday() >= 5 and re.search(r"last|dernier|pasado|الماضي", rel):
                sat -= timedelta(days=7)
            return min(sat, published), 2
        if re.search(r"last|dernière|pasada|прошлой|минул|الماضي", rel):
            return monday - timedelta(days=7), 2
        return monday, 2
    if name == "rel_month":
        first = published.replace(day=1)
        if re.search(r"last|dernier|pasado|прошлом|минул|الماضي", rel):
            return (first - timedelta(days=1)).replace(day=1), 3
        return first, 3
    # weekday
    wd = _weekday_of(g["wd"])
    back = (published.weekday() - wd) % 7
    modifiers = ((g.get("pre") or "") + (g.get("post") or "")).lower()
    if back == 0 and re.search(r"last|past|pasado|dernier|dernière|passé|прошл|минул|الماضي", modifiers):
        back = 7
    return published - timedelta(days=back), 1


_UNTIL = re.compile(r"(?:\b(?:until|till|up\s+to|jusqu['’]à|hasta|до|по)|حتى|لغاية|إلى)\s+$",
                    re.IGNORECASE)


def _plausible(name: str, m: re.Match[str], text: str) -> bool:
    """Reject matches that are probably not dates ("Santo Domingo", "May" the modal verb)."""
    word = m.group(0)
    if name == "weekday":
        if m.group("wd").lower() in ("domingo", "sábado", "sabado") and not (m.group("pre") or m.group("post")):
            return False
        if m.group("wd")[0].islower() and m.group("wd").lower() in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"):
            return False
    if name == "rel_day" and _UNTIL.search(text[max(0, m.start() - 12):m.start()]):
        return False  # "until today", "حتى اليوم": how long something lasts, not a day
    if name in ("in_month", "month_year", "part_month", "month_day") and m.group("mon").lower() in ("may", "mar", "mai", "jun"):
        return m.group("mon")[0].isupper() or not word.isascii()
    return True


def find_dates(text: str, published: date | None, lang: str | None = None) -> list[DateMatch]:
    """Every date expression of ``text`` that resolves to a day on or before ``published``, in order.

    ``lang`` is accepted for symmetry with the other fill functions; the lexicon covers all six
    languages at once, so it is not needed to find or resolve a date.
    """
    norm = text.translate(_AR_DIGITS)  # same length: offsets stay valid
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for name, rx in _RX:
        for m in rx.finditer(norm):
            found.append((m.start(), m.end(), name, m))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[DateMatch] = []
    last_end = -1
    for start, end, name, m in found:
        if start < last_end or not _plausible(name, m, norm):
            continue
        res = _resolve(name, m, published)
        if res is None:
            continue
        value, precision = res
        if published is not None and value > published:
            continue
        out.append(DateMatch(value, precision, start, end, text[start:end]))
        last_end = end
    return out


def find_date(text: str, published: date | None, lang: str | None = None) -> DateMatch | None:
    """The event date of a sentence, or None.

    Preference: the first absolute day-precise date (an explicit "3 July" beats a weekday, which
    a summary may resolve against another anchor), then the first relative day, then the first
    week- or month-precise expression.
    """
    matches = find_dates(text, published, lang)
    if len(matches) > 1:  # "Following a murder on 12 March, villagers attacked ... on 24 March"
        main = [dm for dm in matches if not _BACKGROUND.search(text[max(0, dm.start - 80):dm.start])]
        matches = main or matches
    if len(matches) > 1:  # "police said on Saturday that gunmen killed five on Friday"
        matches = [dm for dm in matches if not report_day(text, dm)] or matches
    if len(matches) > 1:  # "seguía este jueves sin pistas ... secuestrados el martes": the
        # day a state goes on is the report's (2026-12-03, dev q7-es)
        matches = [dm for dm in matches if not _still(text, dm)] or matches
    absolute = [dm for dm in matches if dm.precision == 1 and any(ch.isdigit() for ch in dm.text.translate(_AR_DIGITS))]
    days = [dm for dm in matches if dm.precision == 1]
    for group in (absolute, days, matches):
        if group:
            return _night_side(_day_before(group[0], text), text)
    return None


# A night between two days, its hour told: the calendar day of the hour. "dans la nuit de lundi
# à mardi, vers une heure du matin" is Tuesday (dev set V); "у ніч проти неділі, о 23:50" and
# "в ночь на воскресенье около 23 часов" are Saturday.
_NIGHT_FROM = re.compile(r"(?i)\bnuit\s+d[eu]\s+$")
_NIGHT_TO = re.compile(r"(?i)(?:\bу\s+ніч\s+(?:проти|на)|\bв\s+ночь\s+на)\s+$")
_SMALL_HOURS = re.compile(
    r"(?i)\b(?:vers|à|peu\s+après|aux\s+alentours\s+de)\s+(?:minuit|une|deux|trois|quatre|cinq|"
    r"[0-5])\s*(?:h\b|heures?)|\bminuit\b")
_LATE_HOURS = re.compile(r"(?:\b(?:о|в|около|близько|приблизно)\s+)(?:2[0-3])(?:[:.]\d\d|\s+(?:час|год))")


def _night_side(dm: DateMatch, text: str) -> DateMatch:
    """``dm``, or the other day of the night it names when the hour told falls on that day."""
    if dm.precision != 1:
        return dm
    before, after = text[max(0, dm.start - 20):dm.start], text[dm.end:dm.end + 80]
    if _NIGHT_FROM.search(before) and _SMALL_HOURS.search(after):
        return DateMatch(dm.value + timedelta(days=1), 1, dm.start, dm.end, dm.text)
    if _NIGHT_TO.search(before) and _LATE_HOURS.search(after):
        return DateMatch(dm.value - timedelta(days=1), 1, dm.start, dm.end, dm.text)
    return dm


# A state still going on that day ("seguía este jueves sin pistas", "remained closed on
# Thursday", "restait introuvable mardi"): the day of the report on it, not of the act
_STILL = re.compile(
    r"(?i)\b(?:still|remain(?:s|ed)?|continu(?:es|ed)\s+to|sigue|siguen|siguió|segu(?:ía|ían)|"
    r"continu(?:a|aba|aban|ó|aron)|permanec(?:e|en|ía|ían)|rest(?:e|ent|ait|aient)|"
    r"toujours|demeur(?:e|ent|ait)|(?:по-прежнему|все\s+ещё|досі|і\s+далі)|"
    r"لا\s+(?:يزال|تزال|يزالون))(?:\s+\S+)?\s*$")


def _still(text: str, dm: DateMatch) -> bool:
    """Whether the date ``dm`` follows a verb of a state going on (``_STILL``)."""
    return _STILL.search(text[max(0, dm.start - 40):dm.start]) is not None


# The day a report was made, not the act's: a date right after a reporting verb ("said on
# Saturday", "a indiqué samedi", "informó el sábado", "сообщил в субботу", "повідомив у неділю",
# "أعلن يوم السبت").
_REPORTED = re.compile(
    r"(?:\b(?:said|says|told\s+\w+(?:\s+\w+)?|announced|reported|confirmed|stated|added)\s+(?:on\s+)?"
    # a toll that rose on a day ("The death toll ... rose to nine on Friday"): the act's day
    # is told elsewhere (2026-12-03, session 17, set S)
    r"|\b(?:rose|risen|climbed|increased|jumped)\s+to\s+(?:at\s+least\s+)?\S+\s+(?:on\s+)?"
    r"|\b(?:est\s+passé|s['’]est\s+alourdi|a\s+grimpé)\s+à\s+\S+\s+"
    r"|\b(?:ascendió|aumentó|subió|se\s+elevó)\s+a\s+\S+\s+(?:el\s+)?"
    r"|\b(?:возросло|выросло|увеличилось|возросла|выросла)\s+до\s+\S+\s+"
    r"|\b(?:зросла|зросло|збільшилася|збільшилося)\s+до\s+\S+\s+"
    # "said in a report on Thursday", "dans un rapport publié jeudi", "en un informe publicado"
    r"|\b(?:report|statement)\s+(?:published\s+|released\s+|issued\s+)?(?:on\s+)?"
    r"|\b(?:rapport|communiqué)\s+(?:publié|diffusé)\s+|\b(?:informe|comunicado)\s+"
    r"(?:publicado|difundido)\s+(?:el\s+)?"
    r"|\b(?:a|ont)\s+(?:indiqué|déclaré|annoncé|affirmé|rapporté|confirmé|précisé|assuré|"
    r"fait\s+savoir)\s+"
    r"|\b(?:informó|informaron|dijo|dijeron|anunció|anunciaron|confirmó|confirmaron|reportó|"
    r"señaló|indicó|afirmó|aseguró)\s+"
    r"|\b(?:сообщил\w*|заявил\w*|рассказал\w*|сообщается|подтвердил\w*|переда[её]т)\s+"
    r"|\b(?:повідомив|повідомил\w*|заявив|розповів|розповіл\w*|підтвердив|підтвердил\w*)\s+"
    r"|(?:أعلن\S*|اعلن\S*|قال\S*|ذكر\S*|أفاد\S*|أكد\S*|صرح\S*)\s+)$", re.IGNORECASE)


def report_day(text: str, dm: DateMatch) -> bool:
    """Whether the date ``dm`` of ``text`` is when a report was made ("сообщил в субботу
    губернатор"), not when the act happened."""
    return said_before(text, dm.start)


def said_before(text: str, at: int) -> bool:
    """Whether a verb of saying or a report comes just before ``text[at:]`` ("announced on")."""
    return _REPORTED.search(text[max(0, at - 40):at]) is not None


# "said on Tuesday it had detained him the previous day": the act was the day before the day
# the sentence names (not "on the eve of the vote", "la veille du scrutin", "накануне выборов")
_PREVIOUS_DAY = re.compile(
    r"\b(?:the\s+(?:previous|preceding)\s+day|the\s+day\s+before(?=\s*(?:[.,;]|$))"
    r"|(?<![àa]\s)la\s+veille(?!\s+(?:de|du|des|d['’]))"
    r"|el\s+d[ií]a\s+(?:anterior|previo)(?!\s+(?:a|al|de)\b)"
    r"|накануне(?=\s*(?:[.,;]|$))|напередодні(?=\s*(?:[.,;]|$)))"
    r"|في\s+اليوم\s+(?:السابق|الذي\s+سبقه)", re.IGNORECASE)


# "... burned tyres in reaction to the abduction of a colleague the day before": the day
# before is the cause's, not the act's
_CAUSE = re.compile(r"\b(?:reaction|response|retaliation|protest|after|following|over|against"
                    r"|suite|après|contre|tras|contra|después|после|против|після|проти)\b"
                    r"|بعد|ردا|احتجاجا", re.IGNORECASE)


def _day_before(dm: DateMatch, text: str) -> DateMatch:
    """The day before ``dm`` when the sentence says the act was "the previous day"; else ``dm``."""
    m = _PREVIOUS_DAY.search(text)
    if m is None or dm.precision != 1 or m.start() < dm.end \
            or _CAUSE.search(text, dm.end, m.start()):
        return dm
    return DateMatch(dm.value - timedelta(days=1), 1, m.start(), m.end(), text[m.start():m.end()])


# A date inside an opening "Following X on <date>," clause dates the background, not the event.
_BACKGROUND = re.compile(
    r"(?:^|[.;]\s*)\W*(?:following|after|in the wake of|since|suite\s+[àa]|apr[èe]s|depuis|tras|"
    r"despu[ée]s\s+de|luego\s+de|desde|после|після|بعد|إثر)\b[^,;]*$", re.IGNORECASE)


# "The next day" and "the same day" are relative to the event just reported, not to the
# publication date: the pipeline resolves them against the preceding event's date.
_HOURS_LATER = re.compile(
    r"\b(?:(?:a\s+few\s+|several\s+|two\s+|three\s+|an\s+)?hours?\s+later|later\s+that\s+day|"
    r"(?:quelques\s+)?heures?\s+plus\s+tard|(?:unas\s+|una\s+)?horas?\s+(?:despu[eé]s|"
    r"m[aá]s\s+tarde)|(?:через|спустя)\s+(?:несколько\s+)?час(?:а|ов)?|"
    r"через\s+(?:кілька\s+)?годин[уи]?)\b|بعد\s+ساعات?", re.IGNORECASE)
_SEQUEL_DAY = [
    (1, re.compile(
        r"\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later|le\s+lendemain|"
        r"(?:al|el)\s+d[ií]a\s+siguiente|на\s+следующий\s+день|наступного\s+дня|"
        r"на\s+наступний\s+день)\b|في\s+اليوم\s+التالي", re.IGNORECASE)),
    (0, re.compile(
        r"\b(?:(?:on\s+)?the\s+same\s+day|(?:le\s+)?m[êe]me\s+jour|(?:el\s+)?mismo\s+d[ií]a|"
        r"в\s+тот\s+же\s+день|того\s+ж\s+дня|у\s+той\s+самий\s+день|"
        # ... or night (2026-12-02, session 13: "Тієї ж ночі ударні дрони атакували")
        r"(?:on\s+|during\s+)?the\s+same\s+night|(?:la\s+)?m[êe]me\s+nuit|"
        r"(?:esa\s+)?misma\s+noche|в\s+ту\s+же\s+ночь|той\s+же\s+ночью|тієї\s+ж\s+ночі|"
        r"в\s+ту\s+саму\s+ніч)\b"
        r"|في\s+اليوم\s+(?:نفسه|ذاته)|في\s+نفس\s+اليوم|في\s+الليلة\s+(?:نفسها|ذاتها)",
        re.IGNORECASE)),
    (0, _HOURS_LATER),
]


def hours_later(phrase: str) -> bool:
    """Whether a sequel phrase is "hours later" (it goes on about the event just reported
    unless it names another place), not "the same day" (another happening that day)."""
    return _HOURS_LATER.fullmatch(phrase) is not None


def find_sequel_day(text: str) -> tuple[int, int, int, str] | None:
    """A day given relative to the event just reported: ("the next day" -> 1, "the same day"
    -> 0) as (days after it, start, end, text), or None."""
    for days, rx in _SEQUEL_DAY:
        m = rx.search(text)
        if m:
            return days, m.start(), m.end(), m.group(0)
    return None
