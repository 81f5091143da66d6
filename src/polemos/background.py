"""What a long article says besides its news: recollections, reactions and announcements.

A report of one attack goes on for paragraphs: earlier attacks recalled with their own dates
("In June last year, suicide bombers killed 18 people in the town"), officials condemning,
denying or vowing revenge, a march called for next Sunday. The detector reads many of those
sentences as events; :func:`prune` drops them from the candidates before the one-event rules
(:func:`polemos.candidates.collapse`) join what is left. Rules, in every language polemos reads:

- **recalled**: after the article's lead event (the first one dated to the day by its own
  sentence), a sentence dated by its own words more than :data:`LEAD_SLACK_DAYS` days
  earlier ("last week", "on 29 August") or only to a month that began before the lead's day
  ("early June", "le mois dernier"), tells an earlier happening; so does one that says "last
  year" / "l'an dernier" / "в прошлом году" with no day of its own (:func:`earlier_period`),
  unless it opens on another news item within the week ("Par ailleurs, ... mardi dernier");
- **reaction**: after an event has been told (news, or one recalled or remembered: "L'attaque,
  revendiquée par le GSIM, ..." after a tribute), a sentence with no toll of its own whose
  act is a statement (denies, accuses, vows, promises, threatens, attributes or claims the
  attack; condemns or calls for, except in protest sentences: protesters denounce and
  demand) is a reaction to it;
- **aftermath**: after an event, a sentence telling what became of the wounded (flown,
  taken or evacuated to hospital), with no toll of its own, is no new act;
- **habitual**: a sentence with no day or toll of its own telling what goes on or recurs
  ("has continued air strikes", "régulièrement", "постоянно", "تتكرر") is no one happening;
- **follows**: after an event, a sentence with no day of its own saying what it comes after
  ("The attack comes days after ...") or, in Arabic's pluperfect, what had happened before
  ("وكانت ... قد ...") tells an earlier happening (with a day of its own, "وكانت ... قد
  اقتحمت يوم الأحد", it may be news: the dates decide);
- **remembers**: a sentence whose act is remembering (marking an anniversary, paying
  tribute) tells no new act, unless it is a protest (a march on an anniversary is one);
- **before judges**: a sentence whose act is testimony before judges (testified, told the
  court; admitted or confessed before a court or tribunal) tells the acts being judged, not
  news, unless it is a protest (a crowd outside the court);
- **announced**: a sentence about "next Sunday" / "samedi prochain" / "el próximo domingo",
  after an event has been reported or with no date of its own, announces; nothing has
  happened yet.
"""

from __future__ import annotations

from datetime import date, timedelta

from polemos.background_words import (
    ADMITS,
    AFTERMATH,
    APPEAL,
    AT_THE_TIME,
    CHARGED,
    CLAIMS_THE,
    COUNTRY_SUM,
    COURT,
    DAY_OF,
    DOERS_LEFT,
    DRILL,
    EARLIER,
    EVACUATION,
    FOLLOWS,
    FUTURE,
    HABITUAL,
    INQUIRY,
    MATCH,
    OWN_ACCOUNT,
    PLUPERFECT_AR,
    PURSUIT,
    RECALLS,
    REMEMBERS,
    REPORT_COUNTS,
    REPORTED_BY,
    STATEMENT,
    TESTIFIES,
    TOLL_RISES,
    WARNED,
    WORK_SHOWN,
)
from polemos.candidates import Candidate, dated
from polemos.casualty_tokens import AR_MARK
from polemos.claims import unclaimed
from polemos.date_age import long_period
from polemos.dates import find_dates
from polemos.features import concepts_of
from polemos.register import separate_item
from polemos.strategic import NO_HARM

__all__ = ["LEAD_SLACK_DAYS", "aftermath", "announced", "before_judges", "earlier_period",
           "follows", "habitual", "prune", "reaction", "remembers"]

# A later sentence dated this many days or fewer before the lead event may still be news
# (a roundup of the week); further back it is a recollection.
LEAD_SLACK_DAYS = 3
# ... and one that opens on another news item ("Par ailleurs, ...") may be a week old
SEPARATE_NEWS_DAYS = 7

_SPORT_FIGHTS = frozenset({"Armed clash", "Attack", "Shelling/artillery/missile attack",
                           "Air/drone strike", "Non-state actor overtakes territory",
                           "Government regains territory"})
_PROTESTS = frozenset({"Peaceful protest", "Protest with intervention",
                       "Excessive force against protesters", "Violent demonstration",
                       "Mob violence"})
# ground changing hands: "after the militants withdrew" tells it, no getaway
_GROUND = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                     "Non-violent transfer of territory"})



def earlier_period(text: str) -> bool:
    """Whether the text places its happening last year or last month ("In June last year",
    "l'an dernier", "el mes pasado", "в прошлом году", "торік", "العام الماضي") or some years
    or months ago ("Ten years ago", "il y a dix ans", "три года назад", "قبل عشر سنوات")."""
    return EARLIER.search(text) is not None


def follows(text: str) -> bool:
    """Whether the text tells what the report's happening comes after ("The attack comes
    days after ...", "ويأتي الهجوم بعد أيام من") or, in Arabic's pluperfect, what had happened
    before it ("وكانت عبوة مماثلة قد أودت بحياة ضابط")."""
    return FOLLOWS.search(text) is not None or PLUPERFECT_AR.search(text) is not None


def remembers(text: str) -> bool:
    """Whether the sentence's act is remembering: marking an anniversary, paying tribute
    ("a rendu hommage aux 54 militaires tués le 17 avril", "أحيت مدينة سوسة الذكرى العاشرة")."""
    return REMEMBERS.search(AR_MARK.sub("", text)) is not None  # "وشُيّع": marks dropped


def before_judges(text: str) -> bool:
    """Whether the sentence's act is testimony before judges ("testified that his men had
    killed", "reconocieron ante la JEP su responsabilidad en el asesinato", "اعترف أمام
    المحكمة")."""
    return TESTIFIES.search(text) is not None or CHARGED.search(text) is not None or (
        ADMITS.search(text) is not None and COURT.search(text) is not None)


def reaction(text: str, protest: bool = False) -> bool:
    """Whether the sentence's act is a statement: denies, accuses, vows, promises, threatens
    ("Kinshasa dément", "пообіцяв, що винних буде покарано"), or (unless ``protest``: a crowd
    denounces and demands) condemns or calls for. "..., denunció la Asociación Campesina."
    closing a sentence names who reported the act told before it (Spanish usage), not a
    reaction (2026-12-03, dev l27-es)."""
    return STATEMENT.search(text) is not None or (
        not protest and APPEAL.search(REPORTED_BY.sub("", text)) is not None)


def announced(text: str) -> bool:
    """Whether the text speaks of a day still to come ("a march next Sunday", "el próximo
    domingo", "la semaine prochaine", "наступного тижня", "الأحد المقبل")."""
    return FUTURE.search(text) is not None


def habitual(text: str) -> bool:
    """Whether the text tells something that goes on or recurs ("The United States has
    continued air strikes", "les attaques se répètent", "регулярно", "الهجمات تتكرر")."""
    return HABITUAL.search(text) is not None


def aftermath(text: str) -> bool:
    """Whether the text tells what became of the wounded ("Several of the wounded were flown
    to the capital", "les blessés ont été transférés à l'hôpital", "نُقل الجرحى")."""
    return AFTERMATH.search(text) is not None


def told_alone(text: str, sub_event_type: str) -> bool:
    """Whether a sentence read alone, with no article around it, tells background in its own
    words: remembering, testimony before judges, a day still to come, a drill or a parade, a
    film or a book shown, a report's counts, a match's "battle" (the rules of ``prune`` that
    need no lead event; ``Pipeline.answer`` applies it to snippets). A protest stays a protest
    whatever it marks or rehearses, an arrest of people who prepared an attack stays an
    arrest."""
    protest = sub_event_type in _PROTESTS
    return bool(
        (not protest and (remembers(text) or before_judges(text) or DRILL.search(text)
                          or WORK_SHOWN.match(text) or _summed(text)
                          or (aftermath(text) and "KILL" not in concepts_of(text))))
        or (sub_event_type != "Arrests" and announced(text))
        or REPORT_COUNTS.search(text) or COUNTRY_SUM.search(text)
        or ((PURSUIT.search(text) or EVACUATION.search(text))
            and not _harm_told(text) & {"CLASH", "SHOOT", "KILL", "WOUND"})
        or (sub_event_type in _SPORT_FIGHTS and MATCH.search(text)))


_ANY_DAY = date(2099, 12, 31)


def _harm_told(text: str) -> set[str]:
    """The concepts of the text without its "no one was hurt" ("said no one was killed and
    that tactical units had been deployed"): what fighting or harm it tells."""
    return set(concepts_of(NO_HARM.sub(" ", text)))


def _summed(text: str) -> bool:
    """Years or months summed, no day named ("More than 6,000 people have been killed since
    the insurgency began in 2017", "100,000 have fled since the start of the year")."""
    # any reference day will do: only whether a day is named counts
    return long_period(text) and not any(d.precision == 1
                                         for d in find_dates(text, _ANY_DAY))


def _hand_claim(c: Candidate, told: Candidate) -> None:
    """What ``c`` read of a claim (in its sentence or the next) goes to the act it tells more
    of, when that act has none (a source named is no claim): a dropped sentence loses no
    claim."""
    if told.fields.get("claimed") or (not c.fields.get("claimed") and (
            "claimed" in told.fields or "attribution" in told.fields)):
        return
    for e in c.evidence:
        if e.field in ("claimed", "attribution"):
            told.add(e.field, c.fields[e.field], e.start, e.end, e.text)


def _dated_by_report(c: Candidate, text: str) -> bool:
    """Whether the day in ``c``'s own sentence is the day something was announced ("anunció
    hoy que convocará", "said on Monday it will"), or a day to come read as a past one ("el
    próximo jueves"), not an act's."""
    from polemos.dates import said_before

    at = next((e.start - c.start for e in c.evidence
               if e.field == "event_date" and c.start <= e.start < c.end), None)
    return at is not None and (said_before(text, at) or any(
        m.start() <= at < m.end() for m in FUTURE.finditer(text)))


def _first_by(c: Candidate, out: list[Candidate]) -> Candidate:
    """The first act told whose doer is ``c``'s (the act a claim or an account is of), else the
    last act told."""
    return next((o for o in out if c.fields.get("actor1")
                 and o.fields.get("actor1") == c.fields.get("actor1")), out[-1])


def _same_doer(c: Candidate, out: list[Candidate]) -> bool:
    """Whether ``c``'s doer, named, is the doer of an act told the same day or the day before
    (its account of that act: dev set W, "قالت قوات الدعم السريع في بيان إنها اشتبكت")."""
    doer, day = c.fields.get("actor1"), c.fields.get("event_date")
    if not doer or str(doer).startswith("Unidentified") or day is None:
        return False
    return any(o.fields.get("actor1") == doer and o.fields.get("event_date") is not None
               and timedelta(0) <= day - o.fields["event_date"] <= timedelta(days=1) for o in out)


def _own_toll(c: Candidate) -> bool:
    return any(e.field == "fatalities" and c.start <= e.start < c.end for e in c.evidence)


def _toll_of_its_own(c: Candidate, told: list[Candidate]) -> bool:
    """Whether ``c`` tells deaths in its own words above every toll already told ("adding
    that the bodies of 23 victims had been recovered" after "killed at least 23" restates)."""
    n = c.fields.get("fatalities")
    return bool(_own_toll(c) and n and all(n > (o.fields.get("fatalities") or 0) for o in told))


def _recalled(c: Candidate, lead: Candidate, text: str) -> bool:
    """Whether ``c``, told after the lead event, is dated by its own words well before it."""
    if not (c.own_date and dated(c)) or c.sentence_index <= lead.sentence_index:
        return False
    day, lead_day = c.fields.get("event_date"), lead.fields.get("event_date")
    if day is None or lead_day is None:
        return False
    if day < lead_day - timedelta(days=LEAD_SLACK_DAYS):
        return True
    if day < lead_day and AT_THE_TIME.search(text):
        return True  # "Напередодні, 6 липня, дрон атакував таксі, тоді поранено водія."
    # a month only ("early June"), after a lead dated to the day: a recollection ("earlier
    # this week" may be news, "last week" starts more than LEAD_SLACK_DAYS before the lead)
    return c.fields.get("time_precision", 1) >= 3 and day < lead_day


def _separate_news(c: Candidate, lead: Candidate, text: str) -> bool:
    """A sentence that opens on another news item ("Par ailleurs, trois soldats ont été tués
    mardi dernier") within the week before the lead is news of its own, not a recollection."""
    day, lead_day = c.fields.get("event_date"), lead.fields.get("event_date")
    return (separate_item(text) and day is not None and lead_day is not None
            and c.fields.get("time_precision", 1) == 1
            and day >= lead_day - timedelta(days=SEPARATE_NEWS_DAYS))


def prune(cands: list[Candidate], texts: list[str]) -> list[Candidate]:
    """The candidates that report news: recollections, reactions and announcements dropped
    (see the module's rules). ``texts`` are the sentences, indexed like the candidates."""
    lead = next((c for c in cands if c.own_date and dated(c)
                 and c.fields.get("time_precision", 1) == 1), None)
    out: list[Candidate] = []
    sport = any(MATCH.search(t) for t in texts[:2])  # a match report: its lead has the score
    told = False  # whether an event was told before, news or not ("The attack, claimed by")
    for c in cands:
        text = texts[c.sentence_index]
        told = told or bool(out)
        if lead is not None and _recalled(c, lead, text) and not _separate_news(c, lead, text):
            told = True
            continue
        if out and not c.own_place and not _toll_of_its_own(c, out) and (
                PURSUIT.search(text) or INQUIRY.search(text) or unclaimed(text)
        ) and not _harm_told(INQUIRY.sub("", text)) & (
                {"CLASH", "SHOOT"} if _own_toll(c) else {"CLASH", "SHOOT", "KILL"}):
            # ("a murder case registered" tells no killing of its own; a toll no higher than
            # the act's restates it)
            continue  # "Tactical units had been deployed to track the kidnappers.", "No group
            # claimed the abduction.": what followed the act told, not another (dev set V)
        if not c.own_place and COUNTRY_SUM.search(text):
            continue  # "загалом у ніч на 15 лютого росіяни запустили по Україні 87 дронів" (a
            # town of its own named with the sum is that town's event)
        if out and not c.own_place and CLAIMS_THE.search(text):
            _hand_claim(c, _first_by(c, out))
            continue  # "Al-Shabaab claimed responsibility for the raid and said it had killed 19"
        if out and OWN_ACCOUNT.search(text) and _same_doer(c, out):
            told_act = _first_by(c, out)
            _hand_claim(c, told_act)
            if not told_act.fields.get("actor2") and c.fields.get("actor2"):
                # the doer's account names its target ("استهدف عنصرين في حزب الله")
                told_act.fields["actor2"] = c.fields["actor2"]
                told_act.evidence.extend(e for e in c.evidence if e.field == "actor2")
            continue  # "the army said in a statement that it had targeted two gunmen there"
        if RECALLS.search(text):
            told = True
            continue  # "Нагадаємо, 3 березня внаслідок атаки дронів ... загинула одна людина."
        day_of_its_own = c.own_date and c.fields.get("time_precision", 1) == 1
        if earlier_period(text) and not day_of_its_own:
            told = True
            continue  # "In June last year, ...", "Торік ..."
        monthly = c.fields.get("time_precision", 1) >= 3
        if habitual(text) and (monthly or (not c.own_date and (not _own_toll(c) or not dated(c)))):
            continue  # "The US has continued air strikes against ...", "Краматорськ регулярно
            # потерпає від обстрілів: лише у березні загинули четверо" (a month's toll)
        if REPORT_COUNTS.search(text) or ((DRILL.search(text) or WORK_SHOWN.match(text))
                                           and c.sub_event_type not in _PROTESTS):
            continue  # "El informe contabiliza 41 ataques", "a drill storming a building", a
            # documentary's story
        if (sport or MATCH.search(text)) and c.sub_event_type in _SPORT_FIGHTS:
            continue  # "survived a second-half siege to beat Uganda 2-1", and the "aerial
            # bombardment" of long throws later in that match report
        if told and AT_THE_TIME.search(text) and not (
                lead is not None and _separate_news(c, lead, text)):
            continue  # "The blast killed 11, according to police figures released at the time"
        if announced(text) and (out or not c.own_date or _dated_by_report(c, text) or (
                WARNED.search(text) and c.sub_event_type != "Arrests")):
            continue  # "... a march next Sunday", "warned that gangs are preparing attacks",
            # "el sindicato anunció hoy que convocará una marcha el próximo jueves" (today: the news's)
        if (told and not _own_toll(c) and (not out or out[0].sentence_index < c.sentence_index)
                and reaction(text, c.sub_event_type in _PROTESTS)):
            continue  # "The governor condemned the attack."
        if before_judges(text) and (c.sub_event_type not in _PROTESTS or CHARGED.search(text)):
            told = True
            continue  # "Un exjefe paramilitar confesó ante el tribunal que sus hombres ..."
        if remembers(text) and c.sub_event_type not in _PROTESTS:
            told = True
            continue  # "Le gouvernement a rendu hommage aux 54 militaires tués le 17 avril"
        if (told or PLUPERFECT_AR.search(text)) and follows(text) and not day_of_its_own:
            continue  # "The attack comes days after ...", "وكان المهاجم قد أطلق النار"
        if DAY_OF.search(text) and any(
                o.sub_event_type == c.sub_event_type
                and o.fields.get("event_date") == c.fields.get("event_date") for o in out):
            continue  # "... si los detenidos tienen relación con el enfrentamiento del sábado."
        if out and not _toll_of_its_own(c, out) and (aftermath(text) or (
                DOERS_LEFT.search(text) and c.sub_event_type not in _GROUND)):
            continue  # "The wounded were flown to the capital.", "the attackers withdrew"
        if out and not day_of_its_own and TOLL_RISES.search(text):
            _hand_claim(c, out[-1])
            continue  # "Three of the wounded later died of their injuries."
        out.append(c)
    return out
