"""LLMBackend: documents to Events through an OpenAI-compatible model, every field checked.

Two modes. "llm": the whole article goes to the model and its checked values are kept as
given. "hybrid": the offline detector picks the candidate sentences (only those, with a little
context, reach the model: less cost and latency), the offline date resolver, geocoder and actor
registry normalise what the model returns, and an event whose type evidence lies only in
sentences the detector calls background ("none") is flagged (confidence halved, counted).
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import BaseModel

from polemos.errors import ConfigError, InputError, ModelError
from polemos.llm.client import ClientStats, LLMClient, sha
from polemos.llm.events import Normalisers, build_event, same_event
from polemos.llm.prompting import Prompt, load_prompt
from polemos.llm.records import LLMLabel, LLMResponse, json_schema
from polemos.llm.verify import QuoteIndex, check_event, count_drops
from polemos.schema import Document, Event
from polemos.taxonomy import EVENT_TYPE_OF, NONE_LABEL, SUB_EVENT_TYPES

log = logging.getLogger(__name__)

Mode = Literal["llm", "hybrid"]
# hybrid: sentences the detector scores at least this high for some event type go to the model
# (lower than the offline pipeline's 0.5: the model, not the detector, decides).
MIN_CANDIDATE_SCORE = 0.3
DEFAULT_REQUIRE: tuple[str, ...] = ("sub_event_type", "location", "event_date")
_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$")


def default_cache_path() -> Path:
    """$POLEMOS_HOME/llm-cache.sqlite3, else the platform's user cache dir."""
    home = os.environ.get("POLEMOS_HOME")
    base = Path(home) if home else Path(platformdirs.user_cache_dir("polemos"))
    return base / "llm-cache.sqlite3"


def parse_json(content: str, model: type[BaseModel]) -> Any:
    """Validate a model answer against ``model`` (a ```json fence around it is tolerated)."""
    text = _FENCE.sub("", content.strip())
    if not text.startswith("{") and "{" in text:
        text = text[text.index("{"):text.rindex("}") + 1]
    return model.model_validate_json(text)


@dataclass
class LLMPrediction:
    """A label for one snippet, shaped like polemos.detect.Prediction."""

    sub_event_type: str
    event_type: str | None
    score: float
    scores: dict[str, float] = field(default_factory=dict)


class LLMBackend:
    """Extract events with a chat model; nothing it says is kept unless the text supports it."""

    def __init__(
        self,
        url: str,
        model: str | None = None,
        key_env: str | None = None,
        mode: Mode = "llm",
        cache_path: str | Path | None | Literal["default"] = "default",
        max_retries: int = 2,
        concurrency: int = 4,
        timeout: float = 60.0,
        *,
        max_tokens: int = 2048,
        prompt_dir: str | Path | None = None,
        require: tuple[str, ...] = DEFAULT_REQUIRE,
        drop_background: bool = False,
        min_candidate_score: float = MIN_CANDIDATE_SCORE,
        context_sentences: int = 1,
        price_per_mtok: tuple[float, float] = (0.0, 0.0),
        backoff: float = 1.0,
        classifier: Any = None,
        geocoder: Any = None,
        actors: Any = None,
        transport: Any = None,
    ) -> None:
        if mode not in ("llm", "hybrid"):
            raise ConfigError(f"LLM back end mode must be 'llm' or 'hybrid' (got {mode!r})")
        self.mode = mode
        self.concurrency = concurrency
        self.max_tokens = max_tokens
        self.require = tuple(require)
        self.drop_background = drop_background
        self.min_candidate_score = min_candidate_score
        self.context_sentences = context_sentences
        path = default_cache_path() if cache_path == "default" else cache_path
        self.client = LLMClient(url, model, key_env, cache_path=path, max_retries=max_retries,
                                concurrency=concurrency, timeout=timeout, backoff=backoff,
                                price_per_mtok=price_per_mtok, transport=transport)
        self.prompt: Prompt = load_prompt("extract", prompt_dir)
        self.classify_prompt: Prompt = load_prompt("classify", prompt_dir)
        self._schema = json_schema(LLMResponse)
        self._label_schema = json_schema(LLMLabel)
        self.flags: dict[str, list[str]] = {}
        self._lock = threading.Lock()
        self._classifier, self._geocoder, self._actors = classifier, geocoder, actors
        if mode == "hybrid":
            self._load_offline()

    @property
    def stats(self) -> ClientStats:
        """Requests, cache hits, tokens, retries, invalid answers, drops by reason."""
        return self.client.stats

    def _load_offline(self) -> None:
        try:
            if self._classifier is None:
                from polemos.detect import load_default

                self._classifier = load_default()
            if self._geocoder is None:
                from polemos.geocode import Geocoder

                self._geocoder = Geocoder()
            if self._actors is None:
                from polemos.actors import ActorRegistry

                self._actors = ActorRegistry.default()
        except ImportError as exc:
            raise ConfigError(f"hybrid mode needs polemos's offline stages ({exc})") from None

    # -- extract ------------------------------------------------------------------------------
    def extract(self, doc: Document) -> list[Event]:
        """The events one document reports, each field backed by a quote found in its text."""
        if not doc.text or not doc.text.strip():
            raise InputError("empty document", doc.source or doc.id)
        lang = doc.language or _detect_language(doc.text)
        norm = Normalisers()
        background: list[tuple[int, int]] = []
        if self.mode == "hybrid":
            passage, background, norm = self._hybrid_passage(doc, lang)
            if passage is None:
                return []
        else:
            passage = doc.text
        answer = self._ask_events(doc, passage)
        idx = QuoteIndex(doc.text)
        events: list[Event] = []
        st = self.stats
        for proposed in answer.events:
            checked = check_event(idx, proposed)
            with self._lock:
                count_drops(checked, st.fields_dropped)
            event, reason = build_event(doc, lang, checked, norm, self.require)
            if event is None:
                with self._lock:
                    st.events_dropped[reason] += 1
                continue
            if any(same_event(event, e) for e in events):
                with self._lock:
                    st.events_dropped["duplicate"] += 1
                continue
            if background and _only_background(event, background):
                with self._lock:
                    st.flagged_background += 1
                if self.drop_background:
                    with self._lock:
                        st.events_dropped["background"] += 1
                    continue
                self.flags.setdefault(event.event_id, []).append("background")
                event.confidence = round(event.confidence * 0.5, 3)
            with self._lock:
                st.fields_kept += len(checked.fields)
                st.events_kept += 1
            events.append(event)
        return sorted(events, key=lambda e: e.evidence[0].start if e.evidence else 0)

    def _ask_events(self, doc: Document, passage: str) -> LLMResponse:
        published = doc.published.isoformat() if doc.published else "unknown"
        values = {"published": published, "text": passage}
        system = {"sub_event_types": "; ".join(SUB_EVENT_TYPES), "published": published}
        messages = self.prompt.messages(values, system)
        prompt_key = sha(json.dumps([self.prompt.tag, messages[:-1], self._schema,
                                     self.max_tokens], ensure_ascii=False))
        result = self.client.chat(
            messages, schema_name="events", schema=self._schema,
            validate=lambda c: parse_json(c, LLMResponse), document_key=sha(messages[-1]["content"]),
            prompt_key=prompt_key, max_tokens=self.max_tokens)
        return result.value

    def _hybrid_passage(self, doc: Document, lang: str | None
                        ) -> tuple[str | None, list[tuple[int, int]], Normalisers]:
        """The candidate sentences (with context) to send, the background sentence spans, and
        the normalisers primed with the document's geoparse; (None, ...) when nothing is an
        event candidate, so no request is made."""
        from polemos.analyse import analyse

        analysed = analyse(doc)
        lang = analysed.language or lang
        sents = analysed.sentences
        norm = Normalisers(geocoder=self._geocoder, actors=self._actors, use_dates=True)
        if not sents:
            return None, [], norm
        preds = self._classifier.predict([s.text for s in sents], lang=lang)
        hot = [i for i, p in enumerate(preds)
               if p.sub_event_type != NONE_LABEL and p.score >= self.min_candidate_score]
        background = [(s.start, s.end) for s, p in zip(sents, preds, strict=True)
                      if p.sub_event_type == NONE_LABEL]
        if not hot:
            return None, background, norm
        keep = sorted({j for i in hot for j in range(i - self.context_sentences,
                                                     i + self.context_sentences + 1)
                       if 0 <= j < len(sents)})
        runs: list[list[int]] = []
        for j in keep:
            if runs and runs[-1][-1] == j - 1:
                runs[-1].append(j)
            else:
                runs.append([j])
        parts = [doc.text[sents[r[0]].start:sents[r[-1]].end] for r in runs]
        norm.resolved = list(self._geocoder.geoparse(doc.text, lang=lang))
        return "\n[...]\n".join(parts), background, norm

    def extract_many(self, docs: Iterable[Document | InputError]
                     ) -> Iterator[tuple[Document | InputError, list[Event] | InputError]]:
        """Extract from many documents, ``concurrency`` at a time, results in input order.

        A document whose answers stay invalid yields an InputError and the batch goes on; an
        unreachable server or a refused key (FetchError, ConfigError) stops the run (re-runs
        are cheap: answers already received are cached)."""
        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            window: list[tuple[Document | InputError, Future | None]] = []
            for doc in docs:
                fut = None if isinstance(doc, InputError) else pool.submit(self.extract, doc)
                window.append((doc, fut))
                if len(window) >= 2 * self.concurrency:
                    yield self._result(*window.pop(0))
            while window:
                yield self._result(*window.pop(0))

    def _result(self, doc: Document | InputError, fut: Future | None
                ) -> tuple[Document | InputError, list[Event] | InputError]:
        if fut is None:
            assert isinstance(doc, InputError)
            return doc, doc
        assert isinstance(doc, Document)
        try:
            return doc, fut.result()
        except ModelError as exc:
            return doc, InputError(f"LLM back end: {exc}", doc.source or doc.id)
        except InputError as exc:
            if type(exc) is InputError:  # the document itself; FetchError stops the run
                return doc, exc
            raise

    # -- classify -----------------------------------------------------------------------------
    def classify(self, texts: list[str], lang: str | None = None) -> list[LLMPrediction]:
        """One of the 25 ACLED sub-event types or "none" per snippet, as the model labels it."""
        labels = "; ".join((*SUB_EVENT_TYPES, NONE_LABEL))
        prompt_key = sha(json.dumps([self.classify_prompt.tag, self.classify_prompt.system,
                                     self.classify_prompt.examples, self._label_schema]))

        def one(text: str) -> LLMPrediction:
            messages = self.classify_prompt.messages({"text": text}, {"labels": labels})
            res = self.client.chat(messages, schema_name="label", schema=self._label_schema,
                                   validate=lambda c: parse_json(c, LLMLabel),
                                   document_key=sha(text), prompt_key=prompt_key,
                                   max_tokens=64)
            label = str(res.value.label.value)
            return LLMPrediction(label, EVENT_TYPE_OF.get(label), 1.0, {label: 1.0})

        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            return list(pool.map(one, texts))

    predict = classify  # the detector's name for the same call

    def close(self) -> None:
        """Close the HTTP client and the cache."""
        self.client.close()


def _only_background(event: Event, background: list[tuple[int, int]]) -> bool:
    """True when the event's type evidence lies wholly inside sentences marked "none"."""
    spans = [(e.start, e.end) for e in event.evidence if e.field == "sub_event_type"]
    return bool(spans) and all(any(bs <= s and e <= be for bs, be in background)
                               for s, e in spans)


def _detect_language(text: str) -> str | None:
    try:
        from polemos.analyse import detect_language
    except ImportError:
        return None
    return detect_language(text)


__all__ = ["DEFAULT_REQUIRE", "LLMBackend", "LLMPrediction", "default_cache_path",
           "parse_json"]
