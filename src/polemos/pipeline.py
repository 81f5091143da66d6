"""The extract stage: one Document in, its ACLED-style events out, every field with evidence.

The pipeline strings the stages of DESIGN.md together (analyse -> detect -> fill -> locate)
and applies the record's rules: one event per action, place and day; background gives none.
Models and gazetteers are loaded once per Pipeline, so many documents cost one load.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from typing import Any

from polemos.background import prune, told_alone
from polemos.candidates import Candidate, collapse, dated, inherit_perpetrator, split_count
from polemos.errors import InputError
from polemos.event_day import MAX_EVENT_AGE_DAYS, date_event
from polemos.event_place import (
    event_area,
    implied_area,
    implied_country,
    towns_in,
    within_prior,
    without_group_names,
)
from polemos.gazetteer import COUNTRY_CODES
from polemos.gazetteer_build import ascii_name
from polemos.perpetrator import find_actor1, named, unclaimed_default
from polemos.role_cues import source_clause
from polemos.roles import VIOLENT
from polemos.schema import Document, Event, Evidence, event_from_fields
from polemos.taxonomy import NO_FATALITY_TYPES, NONE_LABEL

log = logging.getLogger(__name__)

# Sentences whose best label scores below this are not taken as events.
MIN_EVENT_SCORE = 0.5
# Events less sure than this are not reported: a weakly detected sentence that names neither
# a place nor a day of its own (``_to_event``'s confidence: score x 0.8 undated x 0.6 unplaced
# or x 0.85 country-wide). Chosen on dev parts (docs/extract.md, 2026-12-01): it removes 9 of
# the 33 events found in non-conflict news and 5 of 987 ACLED dev notes' events.
MIN_CONFIDENCE = 0.45
# A long document asks many sentences whether they are an event, so a lone weak answer is more
# often a passing mention there (a protest in a business story): from this many sentences on,
# events need ``LONG_DOCUMENT_EXTRA`` more confidence (0.45 -> 0.60; not when the floor is 0,
# "keep every event"). Chosen on dev parts (docs/extract.md, 2026-12-01): non-conflict dev
# articles with an event 21 -> 13 of 1,474; the events of sets A, B, E and ACLED dev unchanged.
LONG_DOCUMENT_SENTENCES = 8
LONG_DOCUMENT_EXTRA = 0.15


class Pipeline:
    """The default offline extractor; components can be swapped (see polemos.registry)."""

    def __init__(
        self,
        *,
        classifier: Any = None,
        geocoder: Any = None,
        actors: Any = None,
        min_score: float = MIN_EVENT_SCORE,
        min_confidence: float = MIN_CONFIDENCE,
    ) -> None:
        from polemos.actors import ActorRegistry
        from polemos.detect import load_default
        from polemos.geocode import Geocoder

        self.classifier = classifier if classifier is not None else load_default()
        self.geocoder = geocoder if geocoder is not None else Geocoder()
        self.actors = actors if actors is not None else ActorRegistry.default()
        self.min_score = min_score
        self.min_confidence = min_confidence

    # -- public API ---------------------------------------------------------------------------
    def extract(self, doc: Document) -> list[Event]:
        """The events one document reports, in text order."""
        from polemos.analyse import analyse

        if not doc.text or not doc.text.strip():
            raise InputError("empty document", doc.source or doc.id)
        analysed = analyse(doc)
        lang = analysed.language
        sentences = analysed.sentences
        if analysed.dateline:  # where and when the report was filed: not the event's
            sentences = [_mask(s, analysed.dateline[1]) for s in sentences]
        if not sentences:
            return []
        preds = self.typed(sentences, lang, doc.country)
        if not any(p.sub_event_type != NONE_LABEL and p.score >= self.min_score for p in preds):
            return []
        geo_text = without_group_names(self.actors, doc.text)  # "Cártel de Sinaloa": no place
        resolved = self.geocoder.geoparse(geo_text, lang=lang, country=doc.country)
        implied = None
        if not doc.country and not any(_fixes_country(r) for r in resolved):
            implied = implied_country(self.actors, doc.text, [])
            if not implied and analysed.dateline:
                # no country told but where the report was filed ("مقديشو، 6 نوفمبر"): the
                # towns it names are looked for there first ("مدينة بلدوين": Beledweyne)
                implied = next((r.country_code for r in resolved if r.end <= analysed.dateline[1]
                                and r.country_code), None)
            if implied:  # "Malian soldiers ... in Pensa": its villages are Mali's, not Russia's
                resolved = self.geocoder.geoparse(geo_text, lang=lang, country=implied)
        if not doc.country and not implied and not any(_names_country(r) for r in resolved):
            if (area := implied_area(self.actors, doc.text)) and not towns_in(resolved, area):
                # "JNIM militants ... in Diabatou": read again in each of the group's countries
                # and keep the reading that finds most towns there; none found, the first
                # country's reading (namesakes abroad dropped: Pensa is not Penza, Russia)
                tries = [self.geocoder.geoparse(geo_text, lang=lang, country=cc) for cc in area]
                resolved = max(tries, key=lambda rr: towns_in(rr, area))
        filed = None  # the town the report was filed from: the place of last resort
        if analysed.dateline:
            filed = next((r for r in resolved if r.end <= analysed.dateline[1]
                          and r.kind == "place" and r.latitude is not None
                          and (r.feature_code or "").startswith("PPL")), None)
            resolved = [r for r in resolved if r.start >= analysed.dateline[1]]
        if doc.country:
            resolved = within_prior(resolved, doc.country.upper())
        candidates: list[Candidate] = []
        home = doc.country or implied_country(self.actors, doc.text, resolved)
        from polemos.date_age import as_of

        asof = as_of(doc.text, doc.published)  # undated documents: by the latest year named
        for i, pred in enumerate(preds):
            if pred.sub_event_type == NONE_LABEL or pred.score < self.min_score:
                continue
            prev = candidates[-1] if candidates else None
            anchor = next((c for c in reversed(candidates) if dated(c)), None)
            candidates.extend(self._candidates(doc, lang, sentences, i, pred, resolved, prev,
                                               home, anchor, asof, filed))
        candidates = prune(candidates, [s.text for s in sentences])
        merged = collapse(candidates)
        events = [self._to_event(doc, lang, c) for c in merged]
        floor = self.min_confidence
        if floor > 0 and len(sentences) >= LONG_DOCUMENT_SENTENCES:
            floor += LONG_DOCUMENT_EXTRA
        return [e for c, e in zip(merged, events, strict=True)
                if e.confidence >= (self.min_confidence if _sure_taken(c) else floor)]

    def typed(self, sentences: list, lang: str, country: str | None = None) -> list:
        """The sub-type of each sentence (``analyse.Sentence``s of one text): the detector's
        answer after the rules for arrests, acts, weapons and ACLED's codebook
        (``sentence_rules``)."""
        from polemos.sentence_rules import typed

        return typed(self.classifier, self.actors, sentences, lang, country)

    def answer(self, texts: list[str], lang: str, country: str | None = None) -> list:
        """The sub-type of each snippet read alone (a sentence or a short paragraph, no article
        around it): the detector after the rules of ``typed`` (each snippet its own text),
        "none" below ``min_score`` and where the snippet tells background in its own words
        (``background.told_alone``: a funeral, a trial, a day to come, a drill, a match)."""
        from polemos.register import unframed
        from polemos.sentence_rules import arrest_or, weapon_or

        preds = self.classifier.predict([unframed(t) for t in texts], lang=lang)
        out = []
        for p, t in zip(preds, texts, strict=True):
            p = weapon_or(arrest_or(p, t, self.actors, country), t, None, lang=lang)
            if p.sub_event_type != NONE_LABEL and (
                    p.score < self.min_score or told_alone(t, p.sub_event_type)):
                p = replace(p, sub_event_type=NONE_LABEL, event_type=None)
            out.append(p)
        return out

    def extract_many(
        self, docs: Iterable[Document | InputError]
    ) -> Iterator[tuple[Document | InputError, list[Event] | InputError]]:
        """Extract from many documents; a failing document yields its error, the rest go on."""
        for doc in docs:
            if isinstance(doc, InputError):
                yield doc, doc
                continue
            try:
                yield doc, self.extract(doc)
            except InputError as exc:
                yield doc, exc
            except Exception as exc:  # one bad document must not stop a batch
                log.exception("extraction failed for %s", doc.source or doc.id)
                yield doc, InputError(f"extraction failed ({type(exc).__name__}: {exc})",
                                      doc.source or doc.id)

    # -- one sentence -> candidate events -----------------------------------------------------
    def _candidates(self, doc: Document, lang: str, sentences: list, i: int, pred: Any,
                    resolved: list, prev: Candidate | None,
                    home: str | None = None, anchor: Candidate | None = None,
                    asof: date | None = None, filed: Any = None) -> list[Candidate]:
        """``asof``: the day the document's sentences are judged history against
        (``date_age.as_of``, once per document); ``filed``: the dateline's town."""
        from polemos.casualties import find_fatalities, hurt_not_dead
        from polemos.claims import find_claim

        sent = sentences[i]
        after_event = prev is not None and prev.sentence_index == i - 1  # it goes on about prev
        base = Candidate(i, sent.start, sent.end, pred.sub_event_type, pred.event_type,
                          pred.score, by_rule=pred.by_rule)
        whole = doc.text[sent.start:sent.end]  # the sentence as written, dateline included
        base.add("sub_event_type", pred.sub_event_type, sent.start, sent.end, whole)
        base.add("event_type", pred.event_type, sent.start, sent.end, whole)

        if not date_event(base, doc, lang, sentences, i, prev, anchor, asof):
            return []  # "the 2011 revolution", "in recent years", an anniversary: background
        # Fatalities and claims: the sentence, then the next one if it adds detail. A peaceful
        # protest has none (ACLED's definition). ACLED coders' remarks in their notes
        # ("Fatalities coded as 0") are not read: they state the answer, news never does.
        if pred.sub_event_type == "Peaceful protest":
            base.fields["fatalities"] = 0
        hurt: tuple[int, int] | None | bool = None  # the first injury word, False at a death
        for s in _still_telling(doc, sentences, i, 2):
            if "fatalities" not in base.fields:
                blanked = (self.actors.digits_blanked(s.text)
                           if hasattr(self.actors, "digits_blanked") else s.text)
                fm = find_fatalities(blanked, lang)
                if fm is not None:
                    base.add("fatalities", fm.count, s.start + fm.start, s.start + fm.end,
                             s.text[fm.start:fm.end])
            if "fatalities" not in base.fields and hurt is not False:
                h = hurt_not_dead(s.text)
                if h is False:
                    hurt = False
                elif h is not None and hurt is None:
                    hurt = (s.start + h[0], s.start + h[1])
            if "attribution" not in base.fields and "claimed" not in base.fields:
                cm = find_claim(s.text, lang)
                if cm is not None:
                    if cm.claimed:
                        base.add("claimed", True, s.start + cm.start, s.start + cm.end, cm.text)
                    if cm.attribution:
                        base.add("attribution", cm.attribution, s.start + cm.start,
                                 s.start + cm.end, cm.text)

        if "fatalities" not in base.fields and hurt:
            base.hurt = hurt  # people hurt and no one dead (ACLED: 0), unless told later
        # who told the news ("..., повідомили в поліції Донеччини.") does not name the place,
        # nor a side of the act, but for a battle: a force reporting a fight ("..., informó el
        # Comando Conjunto de las Fuerzas Armadas") is most often one of its sides
        told_by = source_clause(sent.text)
        if told_by is not None:
            said_at = (sent.start + told_by[0], sent.start + told_by[1])
            resolved = [r for r in resolved if not (said_at[0] <= r.start < said_at[1])]
            if pred.event_type != "Battles":
                sent = _blank(sent, *told_by)
        places = self._places(resolved, sent)
        if not any(sent.start <= p.start and p.end <= sent.end and p.feature_code not in COUNTRY_CODES
                   and not (after_event and p.origin) for p in places):
            # (a sentence going on about the event before, whose only place is where a road
            # or people went, "junto a un mercado en la carretera hacia Alepo": that event's)
            if after_event and prev.place is not None:
                places = [prev.place]  # the sentence goes on about the place just named
            else:
                area = event_area(self.geocoder, doc, lang, sentences, i, resolved, places)
                places = [area] if area is not None else places
        if not places and home:
            cp = self.geocoder.country_place(home)
            places = [cp] if cp is not None else []
        if (filed is not None and len(places) == 1 and places[0].feature_code in COUNTRY_CODES
                and places[0].country_code == filed.country_code):
            # only the country is told ("у здания парламента Грузии"): the town the report was
            # filed from ("ТБИЛИСИ, 14 февраля"), at the precision of a province
            places = [replace(filed, precision=3)]
        out = []
        shares = split_count(base.fields.get("fatalities"), len(places))
        for k, place in enumerate(places or [None]):
            c = Candidate(base.sentence_index, base.start, base.end, base.sub_event_type,
                           base.event_type, base.score, dict(base.fields), list(base.evidence),
                           own_date=base.own_date, hurt=base.hurt, by_rule=base.by_rule)
            if shares:
                c.fields["fatalities"] = shares[k]
            country_code = doc.country
            if place is not None:
                country_code = place.country_code
                self._fill_place(c, place)
                c.own_place = sent.start <= place.start and place.end <= sent.end
            # a given country (a national feed) names generic actors even when a namesake
            # abroad was resolved: "Rioters (Kenya)", not the country of a misread village
            fill = self.actors.fill(sent.text, lang, pred.sub_event_type,
                                    doc.country or country_code or home)
            for role in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2"):
                m = getattr(fill, role)
                if m is None:
                    continue
                if m.start >= 0:
                    c.add(role, m.name, sent.start + m.start, sent.start + m.end, m.text)
                else:
                    c.fields[role] = m.name
                if role in ("actor1", "actor2"):
                    c.fields["inter" + role[-1]] = m.inter
            if pred.sub_event_type in VIOLENT and not named(c.fields.get("actor1")):
                find_actor1(self.actors, c, sent, resolved, lang, country_code,
                            sentences[i - 1] if i > 0 and not after_event else None,
                            _still_telling(doc, sentences, i, 7),
                            doc.country or country_code or home)
            if (after_event and not c.own_place
                    and not c.own_date and sentences[i - 1].paragraph == sent.paragraph):
                inherit_perpetrator(c, prev)
            unclaimed_default(self.actors, c, doc.text, doc.country or country_code or home)
            out.append(c)
        return out

    def _places(self, resolved: list, sent: Any) -> list:
        """The places an event sentence names; several coordinated towns give several events."""
        here = [r for r in resolved if sent.start <= r.start and r.end <= sent.end
                and r.kind == "place"]  # a demonym or metonym is never the event's place
        towns = _listed(sent, [r for r in here if r.geonameid is not None
                               and (r.precision or 3) == 1],
                        [r for r in here if r.latitude is not None])
        if len(towns) >= 2:
            seen: set[int] = set()
            uniq = []
            for r in towns:
                if r.geonameid not in seen:
                    seen.add(r.geonameid)
                    uniq.append(r)
            return uniq
        best = self.geocoder.place_in(resolved, sent.start, sent.end)
        return [best] if best is not None else []

    def _fill_place(self, c: Candidate, place: Any) -> None:
        s, e, t = place.start, place.end, place.text
        in_text = 0 <= s < e
        # ACLED's short country names ("Syria", not "Syrian Arab Republic"), as in actor names
        country = self.actors.country_name(place.country_code) or place.country
        for name, value in (
            # a province is shown by its ACLED name ("Zaporizhzhia", not "Zaporizka oblast"); a
            # town as ACLED writes every location, in ASCII ("Al Hasakah", not "Al Ḩasakah")
            ("location", place.admin1 if place.feature_code == "ADM1" and place.admin1
             else ascii_name(place.name)),
            ("country", country),
            ("country_code", place.country_code),
            ("admin1", place.admin1),
            ("admin2", place.admin2),
            ("latitude", place.latitude),
            ("longitude", place.longitude),
            ("geonameid", place.geonameid),
            ("feature_code", place.feature_code),
        ):
            if value is None:
                continue
            if in_text:
                c.add(name, value, s, e, t)
            else:
                c.fields[name] = value
        c.fields["geo_precision"] = place.precision
        c.place_key = place.geonameid
        c.place = place

    # -- candidate -> Event -------------------------------------------------------------------
    def _to_event(self, doc: Document, lang: str, c: Candidate) -> Event:
        f = c.fields
        conf = c.score
        if "event_date" not in {e.field for e in c.evidence}:
            conf *= 0.8
        if f.get("geo_precision") is None:
            conf *= 0.6
        elif f["geo_precision"] == 3:
            conf *= 0.85
        key = f"{doc.id}:{c.start}:{f.get('geonameid')}:{c.sub_event_type}"
        if f.get("fatalities") is None and c.sub_event_type in NO_FATALITY_TYPES:
            f = {**f, "fatalities": 0}  # ACLED's count for the type, not an unknown figure
        elif f.get("fatalities") is None and c.hurt is not None:
            # people hurt and no one dead ("поранено водія", "three soldiers were wounded")
            f = {**f, "fatalities": 0}
            c.evidence.append(Evidence(field="fatalities", start=c.hurt[0], end=c.hurt[1],
                                       text=doc.text[c.hurt[0]:c.hurt[1]]))
        f = {**f, **{role: self.actors.dated_name(f[role], f.get("event_date"))  # era of the day
                     for role in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")
                     if f.get(role)}}
        return event_from_fields(f, sub_event_type=c.sub_event_type, doc=doc, lang=lang,
                                 key=key, confidence=conf,
                                 notes=doc.text[c.start:c.end].strip(), evidence=c.evidence)


def _sure_taken(c: Candidate) -> bool:
    """Ground taken that the detector missed and the rules read (``strategic.territory``: "ont
    pris lundi le contrôle de Walikale-centre"), told with its own day: kept in a long document
    at the short document's floor (its rule score, 0.7, x 0.85 for a province-level place falls
    under the long floor; undated, a passing "taken over by" in a business story stays out).
    Dev o2-fr's takeover kept; non-conflict dev and every other dev set unchanged (2026-12-03)."""
    from polemos.strategic import OVERTAKES, REGAINS

    return (c.by_rule and c.sub_event_type in (OVERTAKES, REGAINS)
            and any(e.field == "event_date" for e in c.evidence))


def _still_telling(doc: Document, sentences: list, i: int, n: int) -> Iterator[Any]:
    """The event sentence ``i`` and the next ones, up to ``n`` in all, that may still tell of its
    event: a background sentence ("... have killed thousands in recent years", "en 2019")
    ends the run (where another act begins is the caller's to judge: ``perpetrator``)."""
    from polemos.date_age import long_period, stale_year

    for j in range(i, min(i + n, len(sentences))):
        s = sentences[j]
        if j > i and (long_period(s.text)
                      or stale_year(s.text, doc.published, MAX_EVENT_AGE_DAYS)):
            return
        yield s


_COORD_WORDS = {",", "and", "et", "y", "e", "и", "та", "і", "й", "و", "،", "or", "ou", "o", "или",
                "або", "as well as", "then"}
_LIST_PREPS = {"in", "at", "en", "à", "a", "dans", "в", "во", "у", "на", "في", "وفي", "ب", "وب"}


def _listed(sent: Any, towns: list, named: list) -> list:
    """The longest run of towns listed together in the sentence ("en Oaxaca de Juárez y en
    Tuxtla Gutiérrez ..., mientras que en Chilpancingo": the first two), or [] when no two
    are. A place ``named`` right before a town of the run, within it, stands for it ("in
    Buruburu area in Nairobi and in Kiambu": Buruburu and Kiambu)."""
    ts = sorted(towns, key=lambda r: r.start)
    reps = {id(t): _within(sent, t, named) or t for t in ts}
    ts = [t for t in ts if not any(reps[id(u)] is t for u in ts if u is not t)]
    best: list = []
    run = ts[:1]
    for a, b in zip(ts, ts[1:], strict=False):
        run = [*run, b] if _coordinated(sent, [a, b]) else [b]
        if len(run) > len(best):
            best = run
    return [reps[id(t)] for t in best] if len(best) >= 2 else []


def _within(sent: Any, town: Any, named: list) -> Any:
    """The place named right before ``town`` as lying in it ("Buruburu area in Nairobi"), or
    None."""
    before = [p for p in named if p.end <= town.start]
    if not before:
        return None
    p = max(before, key=lambda r: r.end)
    return p if _CONTAINER_GAP.match(sent.text[p.end - sent.start:town.start - sent.start]) \
        else None


# the place before lies within the town after: "Buruburu area in Nairobi", "barrio X de Y"
_CONTAINER_GAP = re.compile(r"^\s*(?:area|district|neighbou?rhood|quartier|barrio|район\w*)?\s*"
                            r"(?:in|of|de|à|en|в|у)\s*$", re.IGNORECASE)


def _coordinated(sent: Any, towns: list) -> bool:
    """True when the towns are listed together ("in A, B and C"), not "A near B"."""
    ts = sorted(towns, key=lambda r: r.start)
    for a, b in zip(ts, ts[1:], strict=False):
        gap = sent.text[a.end - sent.start:b.start - sent.start].strip().lower()
        gap = gap.replace(" ,", ",")
        parts = [p for p in gap.replace(",", " , ").split() if p]
        # "in A and in B", "en A y en B", "в A и в B": a preposition may repeat after the
        # conjunction, never stand alone ("in Bamako in Mali" is no list)
        if not parts or not all(p in _COORD_WORDS or p in _LIST_PREPS for p in parts) or not any(
                p in _COORD_WORDS for p in parts):
            return False
    return True


def _names_country(r: Any) -> bool:
    """A resolved name that names a country: the country itself or a demonym."""
    return r.latitude is not None and (r.kind != "place" or r.feature_code in COUNTRY_CODES)


def _fixes_country(r: Any) -> bool:
    """A resolved name that tells the article's country: a country, a province, a demonym."""
    return _names_country(r) or (r.latitude is not None and r.feature_code == "ADM1")


def _blank(sent: Any, a: int, b: int) -> Any:
    """The sentence with ``text[a:b]`` blanked, offsets unchanged."""
    return replace(sent, text=sent.text[:a] + " " * (b - a) + sent.text[b:])


def _mask(sent: Any, upto: int) -> Any:
    """The sentence with the part before ``upto`` (a dateline) blanked, offsets unchanged."""
    if sent.start >= upto:
        return sent
    cut = min(upto, sent.end) - sent.start
    return replace(sent, text=" " * cut + sent.text[cut:])


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The process-wide default pipeline (models loaded on first use)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


def extract(text: str, *, published: date | str | None = None, lang: str | None = None,
            url: str | None = None, country: str | None = None) -> list[Event]:
    """The events a news text reports; ``published`` anchors relative dates ("yesterday"),
    ``country`` (ISO alpha-2) is a prior on where the article is."""
    if isinstance(published, str):
        published = date.fromisoformat(published)
    doc = Document(text=text, published=published, language=lang, url=url, country=country)
    return default_pipeline().extract(doc)


__all__ = ["Pipeline", "default_pipeline", "extract"]
