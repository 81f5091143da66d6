"""The LLM back end: quotes checked against the text, schema-bound answers, a robust client.

Most tests run against ScriptedServer (tests/llm_server.py), a tiny OpenAI-compatible server on
127.0.0.1 whose replies are scripted; the last group runs llama-cpp-python's real server with
the Gemma 3 270M GGUF from PyPI and skips when those are not installed.
"""

from __future__ import annotations

import copy
import json
import logging
from datetime import date
from pathlib import Path

import pytest

from llm_server import Reply, ScriptedServer, free_port, gguf_model_path, llama_server, ok
from polemos import registry
from polemos.errors import ConfigError, FetchError, InputError, ModelError
from polemos.llm import LLMBackend, LLMClient, find_quote, make_backend, numbers_in
from polemos.llm.backend import parse_json
from polemos.llm.client import sha
from polemos.llm.prompting import load_prompt, parse
from polemos.llm.records import LLMResponse, SubEventType, TextField, json_schema
from polemos.llm.verify import normalise
from polemos.schema import Document
from polemos.taxonomy import SUB_EVENT_TYPES

ARTICLE = (
    "Gunmen attacked the village of Tamberi on Sunday night, killing seven civilians, "
    "local officials said on Monday.\n"
    "Residents said the  attackers arrived on motorbikes and burned the market.\n"
    "The area has suffered repeated raids since 2028, when a truce collapsed."
)
PUBLISHED = date(2031, 3, 4)


def doc(text: str = ARTICLE) -> Document:
    return Document(text=text, published=PUBLISHED, language="en")


def field(value: object, quote: str) -> dict:
    return {"value": value, "quote": quote}


NULL = field(None, "")


def event(sub: str = "Attack", type_quote: str = "Gunmen attacked the village of Tamberi",
          date_: object = field("2031-03-02", "on Sunday night"),
          location: object = field("Tamberi", "the village of Tamberi"),
          fatalities: object = field(7, "killing seven civilians"),
          actor1: object = field("Unidentified Armed Group", "Gunmen"),
          actor2: object = field("Civilians", "civilians")) -> dict:
    return {"sub_event_type": field(sub, type_quote), "event_date": date_, "location": location,
            "country": NULL, "actor1": actor1, "actor2": actor2, "fatalities": fatalities}


def answer(*events: dict) -> dict:
    return {"events": list(events)}


@pytest.fixture
def backend_at(tmp_path: Path):
    """Build an LLMBackend against a URL with a per-test cache and fast backoff."""
    made: list[LLMBackend] = []

    def build(url: str, **kw: object) -> LLMBackend:
        kw.setdefault("cache_path", tmp_path / "cache.sqlite3")
        b = LLMBackend(url, backoff=0.01, **kw)  # type: ignore[arg-type]
        made.append(b)
        return b

    yield build
    for b in made:
        b.close()


# -- verify -----------------------------------------------------------------------------------
def test_find_quote_exact_then_tolerant() -> None:
    t = "Police  fired TEAR gas at students in Kessa on Friday. “We ran,” one said."
    assert find_quote(t, "fired TEAR gas") == (t.index("fired"), t.index("fired") + 14)
    s, e = find_quote(t, "police fired tear gas")  # case and double space
    assert t[s:e] == "Police  fired TEAR gas"
    s, e = find_quote(t, '"We ran," one said')  # typographic quotes folded
    assert t[s:e] == "We ran,” one said"  # outer quote marks are not evidence
    s, e = find_quote(t, "students ... on Friday")  # elision, parts in order
    assert t[s:e] == "students in Kessa on Friday"
    assert find_quote(t, "soldiers fired live rounds") is None
    assert find_quote(t, "Friday ... Police") is None  # parts out of order
    assert find_quote(t, "a") is None  # too short to be evidence


def test_find_quote_prefers_occurrence_near_hint() -> None:
    t = "Protesters gathered in Ardo. Later, protesters gathered in Ardo again."
    first = find_quote(t, "gathered in Ardo")
    later = find_quote(t, "gathered in Ardo", hint=40)
    assert first is not None and later is not None and later[0] > first[0]


def test_find_quote_arabic_diacritics_ignored() -> None:
    t = "قُتِلَ ثلاثةُ جنود في هجوم"
    s, e = find_quote(t, "قتل ثلاثة جنود")
    assert s == 0 and t[s:e].endswith("جنود")


@pytest.mark.parametrize("text,value", [
    ("killing 12 people", 12), ("twelve people died", 12), ("twenty-five were killed", 25),
    ("1,200 dead", 1200), ("٣ قتلى", 3), ("trois morts", 3), ("dozens were killed", 12),
    ("two hundred people", 200), ("nobody was killed", 0),
])
def test_numbers_in(text: str, value: int) -> None:
    assert value in numbers_in(text)


def test_numbers_in_rejects_absent_numbers() -> None:
    assert 7 not in numbers_in("killing six civilians")
    assert 5 not in numbers_in("several houses burned")


# -- schema and prompts ------------------------------------------------------------------------
def test_schema_restricts_sub_event_type_to_acled() -> None:
    schema = json_schema(LLMResponse)
    enum = schema["$defs"]["SubEventType"]["enum"]
    assert enum == list(SUB_EVENT_TYPES) and len(enum) == 25
    assert [m.value for m in SubEventType] == list(SUB_EVENT_TYPES)
    bad = answer(event(sub="Terrorism"))
    with pytest.raises(ValueError):
        LLMResponse.model_validate(bad)
    extra = answer({**event(), "confidence": 0.9})
    with pytest.raises(ValueError):
        LLMResponse.model_validate(extra)


def test_prompt_files_load_and_examples_are_valid() -> None:
    p = load_prompt("extract")
    assert p.version >= 1 and p.tag.startswith("extract.v")
    assert p.examples, "the extract prompt ships few-shot examples"
    for user, assistant in p.examples:
        parsed = LLMResponse.model_validate_json(assistant)
        for ev in parsed.events:  # examples obey the prompt's own rule: quotes are verbatim
            for name in ev.model_fields_set:
                assert getattr(ev, name).quote in user, (name, getattr(ev, name).quote)
    msgs = p.messages({"published": "2031-01-01", "text": "X happened."},
                      {"sub_event_types": "A; B", "published": "2031-01-01"})
    assert msgs[0]["role"] == "system" and "{sub_event_types}" not in msgs[0]["content"]
    assert msgs[-1]["content"].endswith("X happened.")
    with pytest.raises(ConfigError):
        parse("## user\nhi\n", "x", 1, "x.v1.md")


def test_prompt_dir_override(tmp_path: Path) -> None:
    (tmp_path / "extract.v1.md").write_text("## system\nold\n## template\n{text}\n")
    (tmp_path / "extract.v2.md").write_text("## system\nnew\n## template\n{text}\n")
    p = load_prompt("extract", tmp_path)
    assert p.version == 2 and p.system == "new"
    with pytest.raises(ConfigError):
        load_prompt("classify", tmp_path)


# -- extraction against the scripted server --------------------------------------------------
def test_extract_keeps_supported_fields_and_counts_drops(backend_at) -> None:
    hallucinated = event(actor1=field("Military Forces", "soldiers opened fire"),
                         fatalities=field(9, "killing seven civilians"))
    with ScriptedServer([ok(answer(hallucinated))]) as srv:
        b = backend_at(srv.url)
        events = b.extract(doc())
    assert len(events) == 1
    ev = events[0]
    assert ev.sub_event_type == "Attack" and ev.event_type == "Violence against civilians"
    assert ev.location == "Tamberi" and ev.event_date == date(2031, 3, 2)
    assert ev.actor1 is None, "an actor whose quote is not in the text is dropped"
    assert ev.fatalities is None, "9 does not appear in 'killing seven civilians'"
    assert ev.actor2 == "Civilians"
    for e in ev.evidence:  # every span is polemos's own, and points at the quoted words
        assert ARTICLE[e.start:e.end] == e.text
    assert {e.field for e in ev.evidence} >= {"sub_event_type", "location", "event_date"}
    assert b.stats.fields_dropped["actor1:quote_not_found"] == 1
    assert b.stats.fields_dropped["fatalities:number_not_in_quote"] == 1
    assert b.stats.events_kept == 1


def test_event_without_supported_type_or_place_is_dropped(backend_at) -> None:
    no_type = event(type_quote="Troops shelled the town")
    no_place = event(location=field("Bamako", "in the capital Bamako"))
    good = event()
    with ScriptedServer([ok(answer(no_type, no_place, good, good))]) as srv:
        b = backend_at(srv.url)
        events = b.extract(doc())
    assert len(events) == 1 and events[0].fatalities == 7
    assert b.stats.events_dropped == {"no_type": 1, "no_place": 1, "duplicate": 1}


def test_request_carries_json_schema(backend_at) -> None:
    with ScriptedServer([ok(answer())]) as srv:
        backend_at(srv.url).extract(doc())
        body = srv.chat_requests[0]["body"]
    rf = body["response_format"]
    assert rf["type"] == "json_schema"
    assert rf["json_schema"]["schema"] == json_schema(LLMResponse)
    assert body["model"] == "fake-model" and body["temperature"] == 0.0
    assert ARTICLE in body["messages"][-1]["content"]


def test_falls_back_when_server_refuses_json_schema(backend_at) -> None:
    refuse = Reply(422, {"detail": "response_format.type: Input should be 'text' or 'json_object'"})
    with ScriptedServer([refuse, ok(answer(event()))]) as srv:
        events = backend_at(srv.url).extract(doc())
        styles = [r["body"].get("response_format", {}).get("type") for r in srv.chat_requests]
    assert styles == ["json_schema", "json_object"] and len(events) == 1


def test_invalid_json_is_retried_then_used(backend_at) -> None:
    with ScriptedServer([ok("{\"events\": [ {oops"), ok(answer(event()))]) as srv:
        b = backend_at(srv.url)
        events = b.extract(doc())
        retry_msgs = srv.chat_requests[1]["body"]["messages"]
    assert len(events) == 1 and b.stats.invalid == 1
    assert "not valid" in retry_msgs[-1]["content"]  # the model is told what was wrong


def test_invalid_answers_are_reported_never_half_used(backend_at) -> None:
    wrong_type = answer(event(sub="Riot"))  # valid JSON, not the schema
    with ScriptedServer([ok(wrong_type)]) as srv:
        b = backend_at(srv.url, max_retries=2)
        with pytest.raises(ModelError, match="no valid answer in 3 tries"):
            b.extract(doc())
        assert len(srv.chat_requests) == 3
        results = list(b.extract_many([doc()]))
    assert isinstance(results[0][1], InputError)


def test_retries_429_and_500_with_backoff(backend_at) -> None:
    script = [Reply(429, {"error": "slow down"}, {"Retry-After": "0"}),
              Reply(500, {"error": "boom"}), ok(answer(event()))]
    with ScriptedServer(script) as srv:
        b = backend_at(srv.url, max_retries=2)
        events = b.extract(doc())
    assert len(events) == 1 and b.stats.retries == 2


def test_persistent_500_is_a_clear_error(backend_at) -> None:
    with ScriptedServer([Reply(503, {"error": "down"})]) as srv:
        b = backend_at(srv.url, max_retries=1)
        with pytest.raises(FetchError, match="HTTP 503"):
            b.extract(doc())


def test_cache_second_run_makes_no_request(tmp_path: Path, backend_at) -> None:
    with ScriptedServer([ok(answer(event()))]) as srv:
        first = backend_at(srv.url).extract(doc())
        n = len(srv.chat_requests)
        again = backend_at(srv.url)
        second = again.extract(doc())
        assert len(srv.chat_requests) == n
    assert again.stats.cached == 1 and again.stats.requests == 1  # only the /models check
    assert [e.model_dump() for e in first] == [e.model_dump() for e in second]


def test_cache_disabled_with_none(backend_at) -> None:
    with ScriptedServer([ok(answer(event()))]) as srv:
        backend_at(srv.url, cache_path=None).extract(doc())
        backend_at(srv.url, cache_path=None).extract(doc())
        assert len(srv.chat_requests) == 2


def test_api_key_sent_but_never_logged_or_cached(tmp_path: Path, backend_at, caplog,
                                                 monkeypatch) -> None:
    secret = "sk-test-0123456789abcdef"
    monkeypatch.setenv("POLEMOS_TEST_KEY", secret)
    caplog.set_level(logging.DEBUG)
    script = [Reply(500, {"error": "x"}), ok("not json"), ok(answer(event()))]
    with ScriptedServer(script) as srv:
        b = backend_at(srv.url, key_env="POLEMOS_TEST_KEY")
        b.extract(doc())
        assert srv.requests[0]["headers"]["Authorization"] == f"Bearer {secret}"
    assert caplog.records, "the retries were logged"
    assert secret not in caplog.text
    assert secret.encode() not in (tmp_path / "cache.sqlite3").read_bytes()
    assert secret not in b.stats.summary() and secret not in repr(b.stats)
    echo = Reply(401, {"error": f"Incorrect API key provided: {secret}"})
    with ScriptedServer([echo], models=[]) as srv:
        b2 = backend_at(srv.url, key_env="POLEMOS_TEST_KEY", model="m")
        with pytest.raises(ConfigError, match="refused") as info:
            b2.extract(doc())
    assert secret not in str(info.value) and "POLEMOS_TEST_KEY" in str(info.value)


def test_clear_errors_for_wrong_url_unknown_model_and_missing_key(backend_at,
                                                                  monkeypatch) -> None:
    with pytest.raises(FetchError, match="cannot reach"):
        backend_at(f"http://127.0.0.1:{free_port()}/v1", max_retries=0).extract(doc())
    with pytest.raises(ConfigError, match="http"):
        LLMBackend("127.0.0.1:8080/v1", cache_path=None)
    with ScriptedServer([ok(answer())], models=["small", "large"]) as srv:
        with pytest.raises(ModelError, match="'huge' not found"):
            backend_at(srv.url, model="huge").extract(doc())
    not_found = Reply(404, {"error": {"message": "The model 'huge' does not exist"}})
    with ScriptedServer([not_found], models=[]) as srv:
        with pytest.raises(ModelError, match="not found"):
            backend_at(srv.url, model="huge").extract(doc())
    monkeypatch.delenv("POLEMOS_NO_SUCH_KEY", raising=False)
    with pytest.raises(ConfigError, match="POLEMOS_NO_SUCH_KEY"):
        LLMBackend("http://127.0.0.1:1/v1", key_env="POLEMOS_NO_SUCH_KEY", cache_path=None)


def test_extract_many_keeps_order_and_concurrency(backend_at) -> None:
    texts = [ARTICLE.replace("Tamberi", name) for name in ("Kolo", "Ardo", "Sefa", "Maru")]

    class PerDoc(ScriptedServer):
        def _next(self) -> Reply:  # answer with the town named in the request
            body = self.requests[-1]["body"]["messages"][-1]["content"]
            town = next(t for t in ("Kolo", "Ardo", "Sefa", "Maru") if t in body)
            return ok(answer(event(type_quote=f"Gunmen attacked the village of {town}",
                                   location=field(town, f"village of {town}"))))

    with PerDoc([ok(answer())]) as srv:
        b = backend_at(srv.url, concurrency=2)
        out = list(b.extract_many([doc(t) for t in texts]))
    assert [r[1][0].location for r in out] == ["Kolo", "Ardo", "Sefa", "Maru"]


def test_classify_returns_labels(backend_at) -> None:
    with ScriptedServer([ok({"label": "Peaceful protest"}), ok({"label": "none"})]) as srv:
        b = backend_at(srv.url, concurrency=1)
        preds = b.classify(["Teachers marched in Kessa.", "Rain fell."])
    assert [p.sub_event_type for p in preds] == ["Peaceful protest", "none"]
    assert preds[0].event_type == "Protests" and preds[1].event_type is None


# -- hybrid mode --------------------------------------------------------------------------------
class _Pred:
    def __init__(self, label: str, score: float) -> None:
        self.sub_event_type, self.score = label, score
        self.event_type = None if label == "none" else "x"


class StubDetector:
    """Marks sentences with 'killing' as an Attack, the rest as background."""

    def predict(self, texts: list[str], lang: str | None = None) -> list[_Pred]:
        return [_Pred("Attack", 0.9) if "killing" in t else _Pred("none", 0.9) for t in texts]


class StubGeocoder:
    def geoparse(self, text: str, lang: str | None = None) -> list:
        return []

    def place_in(self, resolved: list, start: int, end: int) -> None:
        return None


class StubActors:
    def find(self, text: str, lang: str | None, country_code: str | None = None) -> list:
        return []


def test_hybrid_sends_candidates_and_flags_background(backend_at) -> None:
    long_text = ARTICLE + "\nThe weather was dry. Markets reopened. Schools stayed shut."
    background_event = event(sub="Looting/property destruction",
                             type_quote="burned the market",
                             location=field("Tamberi", "the village of Tamberi"),
                             fatalities=NULL)
    with ScriptedServer([ok(answer(event(), background_event))]) as srv:
        b = backend_at(srv.url, mode="hybrid", classifier=StubDetector(),
                       geocoder=StubGeocoder(), actors=StubActors(), context_sentences=0)
        events = b.extract(doc(long_text))
        sent = srv.chat_requests[0]["body"]["messages"][-1]["content"]
        none_doc = b.extract(doc("The weather was dry. Markets reopened."))
        assert len(srv.chat_requests) == 1, "no candidate sentence, no request"
    assert "Gunmen attacked" in sent and "Schools stayed shut" not in sent
    assert none_doc == []
    flagged = [e for e in events if e.sub_event_type == "Looting/property destruction"]
    assert len(events) == 2 and b.stats.flagged_background == 1
    assert b.flags[flagged[0].event_id] == ["background"]
    assert flagged[0].confidence < events[0].confidence


# -- factory and registry -----------------------------------------------------------------------
def test_make_backend_and_registry(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="unknown back end"):
        make_backend("gpt")
    with pytest.raises(ConfigError, match="--llm-url"):
        make_backend("llm", llm_model="m")
    assert {"llm", "hybrid"} <= set(registry.names("backend"))
    from polemos.pipeline import Pipeline

    assert isinstance(make_backend("offline"), Pipeline)  # the default stays the default
    with ScriptedServer([ok(answer(event()))]) as srv:
        b = make_backend("llm", llm_url=srv.url, llm_key_env=None,
                         cache_path=tmp_path / "c.sqlite3")
        assert isinstance(b, LLMBackend) and b.mode == "llm"
        assert len(b.extract(doc())) == 1
        b.close()


# -- the real llama-cpp-python server ---------------------------------------------------------
REAL_DOCS = [
    "Soldiers clashed with armed men near the town of Berimo on Tuesday, the army said. "
    "Three soldiers were killed.",
    "Hundreds of nurses marched peacefully through the city of Lanvey on Friday to demand "
    "higher wages.",
]


@pytest.fixture(scope="module")
def real_server():
    """llama-cpp-python's server with Gemma 3 270M, an API key required."""
    path = gguf_model_path()
    with llama_server(path, api_key="sk-real-test-key") as url:
        yield url


@pytest.mark.slow
def test_real_server_contract(real_server: str, tmp_path: Path, monkeypatch, caplog) -> None:
    monkeypatch.setenv("POLEMOS_REAL_KEY", "sk-real-test-key")
    caplog.set_level(logging.DEBUG)
    cache = tmp_path / "real.sqlite3"
    b = LLMBackend(real_server, key_env="POLEMOS_REAL_KEY", cache_path=cache, max_tokens=256,
                   concurrency=1, timeout=150, backoff=0.1, max_retries=1)
    docs = [Document(text=t, published=date(2031, 6, 6), language="en") for t in REAL_DOCS]
    results = list(b.extract_many(docs))
    answered = [r for _, r in results if isinstance(r, list)]
    assert b.stats.requests >= 1 + len(docs) and b.stats.prompt_tokens > 0
    assert answered or b.stats.invalid, "each document gives validated events or a report"
    for d, res in results:
        if isinstance(res, InputError):
            assert "valid answer" in str(res)  # a reported failure, never a half-used answer
            continue
        for ev in res:
            assert ev.sub_event_type in SUB_EVENT_TYPES
            for e in ev.evidence:
                assert d.text[e.start:e.end] == e.text
    assert "sk-real-test-key" not in caplog.text
    assert b"sk-real-test-key" not in cache.read_bytes()
    before = b.stats.requests
    again = LLMBackend(real_server, key_env="POLEMOS_REAL_KEY", cache_path=cache,
                       max_tokens=256, concurrency=1, timeout=150, max_retries=1)
    for d, res in results:
        if isinstance(res, list):
            assert [e.model_dump() for e in again.extract(d)] == [e.model_dump() for e in res]
    assert again.stats.requests == 1 and again.stats.cached == len(answered)  # /models only
    assert b.stats.requests == before
    b.close()
    again.close()


@pytest.mark.slow
def test_real_server_refuses_wrong_key_and_unknown_model(real_server: str, monkeypatch) -> None:
    monkeypatch.setenv("POLEMOS_WRONG_KEY", "sk-wrong")
    with pytest.raises(ConfigError, match="refused"):
        LLMBackend(real_server, key_env="POLEMOS_WRONG_KEY", cache_path=None).extract(
            doc(REAL_DOCS[0]))
    monkeypatch.setenv("POLEMOS_REAL_KEY", "sk-real-test-key")
    with pytest.raises(ModelError, match="not found"):
        LLMBackend(real_server, model="no-such-model", key_env="POLEMOS_REAL_KEY",
                   cache_path=None).extract(doc(REAL_DOCS[0]))


@pytest.mark.slow
def test_real_server_classify(real_server: str, monkeypatch) -> None:
    monkeypatch.setenv("POLEMOS_REAL_KEY", "sk-real-test-key")
    b = LLMBackend(real_server, key_env="POLEMOS_REAL_KEY", cache_path=None, timeout=120)
    preds = b.classify(["Police arrested four men suspected of smuggling rifles in Odra."])
    assert preds[0].sub_event_type in (*SUB_EVENT_TYPES, "none")
    assert json.dumps(preds[0].scores)
    b.close()


@pytest.mark.slow
def test_real_server_quote_is_checked_not_trusted(real_server: str, monkeypatch) -> None:
    """The real model's quote for one field: kept only where polemos finds it in the text."""
    monkeypatch.setenv("POLEMOS_REAL_KEY", "sk-real-test-key")
    client = LLMClient(real_server, key_env="POLEMOS_REAL_KEY", max_retries=1, timeout=150)
    schema = copy.deepcopy(json_schema(TextField))
    schema["properties"]["quote"]["maxLength"] = 60  # bounded output keeps the test fast
    schema["properties"]["value"]["anyOf"][0]["maxLength"] = 30
    text = REAL_DOCS[0]
    msgs = [{"role": "user", "content": f"Article: {text}\nWhere did it happen? Answer as JSON "
             '{"value": the place, "quote": the words of the article that name it}.'}]
    res = client.chat(msgs, schema_name="place", schema=schema,
                      validate=lambda c: parse_json(c, TextField), document_key=sha(text),
                      prompt_key="place-test", max_tokens=64)
    assert isinstance(res.value, TextField)
    span = find_quote(text, res.value.quote)
    folded_text = normalise(text)[0]
    if span is None:  # dropped: then it really is not in the text
        assert normalise(res.value.quote.strip(" .,\"'"))[0].strip() not in folded_text
    else:
        s, e = span
        assert normalise(text[s:e])[0] in normalise(res.value.quote)[0]
    client.close()
