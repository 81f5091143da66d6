"""A small client for OpenAI-compatible chat-completions servers (hosted APIs, vLLM, llama.cpp).

It does what a batch over many articles needs and nothing more: timeouts, retries with
backoff on 429/5xx and dropped connections, a concurrency limit, token and cost counts, a
structured-output negotiation (json_schema, then llama-cpp-python's json_object+schema, then a
plain request validated and retried), and a SQLite cache of *validated* answers so that a
re-run costs nothing. The API key is read from an environment variable and is never logged,
cached or put in an error message.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from polemos.errors import ConfigError, FetchError, ModelError

log = logging.getLogger(__name__)

# Structured-output styles, tried in this order until the server accepts one.
FORMAT_STYLES: tuple[str, ...] = ("json_schema", "json_object", "none")


@dataclass
class ClientStats:
    """What a run cost: requests, cache hits, tokens, retries, invalid answers, money."""

    requests: int = 0
    cached: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    retries: int = 0
    invalid: int = 0
    cost: float = 0.0
    fields_dropped: Counter[str] = field(default_factory=Counter)
    fields_kept: int = 0
    events_dropped: Counter[str] = field(default_factory=Counter)
    events_kept: int = 0
    flagged_background: int = 0

    def summary(self) -> str:
        """One line for the end of a run, e.g. printed by the CLI to stderr."""
        drops = ", ".join(f"{k} {v}" for k, v in sorted(self.fields_dropped.items())) or "none"
        edrops = ", ".join(f"{k} {v}" for k, v in sorted(self.events_dropped.items())) or "none"
        return (f"llm: {self.requests} requests ({self.cached} cached, {self.retries} retries, "
                f"{self.invalid} invalid answers), {self.prompt_tokens} prompt + "
                f"{self.completion_tokens} completion tokens, cost {self.cost:.4f}; "
                f"events kept {self.events_kept}, dropped: {edrops}; fields kept "
                f"{self.fields_kept}, dropped: {drops}; flagged as background "
                f"{self.flagged_background}")


@dataclass(frozen=True)
class ChatResult:
    """One validated answer: the parsed value, the raw text and whether it came from cache."""

    value: Any
    content: str
    cached: bool


class ResponseCache:
    """Validated answers in SQLite, keyed by (model, prompt hash, document hash)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(self.path), check_same_thread=False)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS responses (model TEXT, prompt TEXT, document TEXT, "
            "content TEXT NOT NULL, prompt_tokens INTEGER, completion_tokens INTEGER, "
            "created REAL, PRIMARY KEY (model, prompt, document))")
        self._db.commit()

    def get(self, model: str, prompt: str, document: str) -> str | None:
        """The cached answer, else None."""
        with self._lock:
            row = self._db.execute(
                "SELECT content FROM responses WHERE model=? AND prompt=? AND document=?",
                (model, prompt, document)).fetchone()
        return row[0] if row else None

    def put(self, model: str, prompt: str, document: str, content: str, usage: dict) -> None:
        """Store one validated answer (never an invalid one, never a request header)."""
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO responses VALUES (?, ?, ?, ?, ?, ?, ?)",
                (model, prompt, document, content, usage.get("prompt_tokens"),
                 usage.get("completion_tokens"), time.time()))
            self._db.commit()

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()


def sha(text: str) -> str:
    """A short stable hash for cache keys."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


class LLMClient:
    """Chat completions against one OpenAI-compatible endpoint (``url`` ends in ``/v1``)."""

    def __init__(
        self,
        url: str,
        model: str | None = None,
        key_env: str | None = None,
        *,
        cache_path: str | Path | None = None,
        max_retries: int = 2,
        concurrency: int = 4,
        timeout: float = 60.0,
        backoff: float = 1.0,
        price_per_mtok: tuple[float, float] = (0.0, 0.0),
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if not url or not url.startswith(("http://", "https://")):
            raise ConfigError(f"LLM URL must start with http:// or https:// (got {url!r})")
        if max_retries < 0 or concurrency < 1 or timeout <= 0:
            raise ConfigError("LLM client: max_retries >= 0, concurrency >= 1, timeout > 0")
        self.url = url.rstrip("/")
        self.max_retries = max_retries
        self.backoff = backoff
        self.price_per_mtok = price_per_mtok
        self.stats = ClientStats()
        self._slots = threading.BoundedSemaphore(concurrency)
        self._lock = threading.Lock()  # guards stats and the format style
        self._model_lock = threading.Lock()  # guards the one-time model check
        self._style = 0  # index into FORMAT_STYLES, lowered when the server refuses one
        headers = {"Content-Type": "application/json"}
        self.key_env = key_env
        self._secret = ""
        if key_env:
            key = os.environ.get(key_env)
            if not key:
                raise ConfigError(f"the API key variable {key_env} is not set or empty")
            headers["Authorization"] = f"Bearer {key}"
            self._secret = key
        self._http = httpx.Client(timeout=timeout, headers=headers, transport=transport)
        self.cache = ResponseCache(cache_path) if cache_path else None
        self._model = model
        self._checked_model = False

    # -- model --------------------------------------------------------------------------------
    @property
    def model(self) -> str:
        """The model name: the one given (checked against /models once), else the first served."""
        if not self._checked_model:
            with self._model_lock:
                if not self._checked_model:
                    self._model = self._resolve_model(self._model)
                    self._checked_model = True
        assert self._model is not None
        return self._model

    def models(self) -> list[str] | None:
        """The model ids the server lists, or None if it has no /models endpoint."""
        resp = self._send("GET", "/models", None)
        if resp.status_code in (404, 405, 501):
            return None
        self._raise_for_auth(resp)
        if resp.status_code >= 400:
            return None
        try:
            return [str(m["id"]) for m in resp.json().get("data", [])]
        except (ValueError, KeyError, TypeError, AttributeError):
            return None

    def _resolve_model(self, model: str | None) -> str:
        served = self.models()
        if model is None:
            if not served:
                raise ConfigError(f"no --llm-model given and {self.url}/models lists none")
            return served[0]
        if served and model not in served:  # an empty list proves nothing
            raise ModelError(f"model {model!r} not found at {self.url} "
                             f"(served: {', '.join(served) or 'none'})")
        return model

    # -- chat ---------------------------------------------------------------------------------
    def chat(
        self,
        messages: list[dict[str, str]],
        *,
        schema_name: str,
        schema: dict[str, Any],
        validate: Callable[[str], Any],
        document_key: str,
        prompt_key: str,
        max_tokens: int | None = None,
        temperature: float = 0.0,
    ) -> ChatResult:
        """One validated answer for ``messages``; invalid answers are retried (with the error
        shown to the model) at most ``max_retries`` times, then ModelError. Valid answers are
        cached under (model, prompt_key, document_key)."""
        model = self.model
        if self.cache is not None:
            hit = self.cache.get(model, prompt_key, document_key)
            if hit is not None:
                try:
                    value = validate(hit)
                except Exception:  # a stale entry from an older schema: ask again
                    value = None
                if value is not None:
                    with self._lock:
                        self.stats.cached += 1
                    return ChatResult(value, hit, True)
        convo = list(messages)
        last_error = ""
        for attempt in range(self.max_retries + 1):
            content, usage = self._complete(model, convo, schema_name, schema, max_tokens,
                                            temperature)
            try:
                value = validate(content)
            except Exception as exc:  # pydantic.ValidationError, json errors, our own checks
                last_error = self.redact(f"{type(exc).__name__}: {str(exc)[:300]}")
                with self._lock:
                    self.stats.invalid += 1
                log.warning("invalid answer from %s (try %d of %d): %s", model, attempt + 1,
                            self.max_retries + 1, last_error)
                convo = [*messages, {"role": "assistant", "content": content[:4000]},
                         {"role": "user", "content":
                          "That answer is not valid JSON for the schema "
                          f"({last_error}). Answer again with only the JSON object."}]
                continue
            if self.cache is not None:
                self.cache.put(model, prompt_key, document_key, content, usage)
            return ChatResult(value, content, False)
        raise ModelError(f"{model} at {self.url} gave no valid answer in "
                         f"{self.max_retries + 1} tries; last error: {last_error}")

    def _payload(self, model: str, messages: list[dict[str, str]], schema_name: str,
                 schema: dict[str, Any], max_tokens: int | None,
                 temperature: float) -> dict[str, Any]:
        body: dict[str, Any] = {"model": model, "messages": messages, "temperature": temperature}
        if max_tokens:
            body["max_tokens"] = max_tokens
        style = FORMAT_STYLES[self._style]
        if style == "json_schema":
            body["response_format"] = {"type": "json_schema", "json_schema": {
                "name": schema_name, "strict": True, "schema": schema}}
        elif style == "json_object":
            body["response_format"] = {"type": "json_object", "schema": schema}
        return body

    def _complete(self, model: str, messages: list[dict[str, str]], schema_name: str,
                  schema: dict[str, Any], max_tokens: int | None,
                  temperature: float) -> tuple[str, dict]:
        while True:
            body = self._payload(model, messages, schema_name, schema, max_tokens, temperature)
            resp = self._send("POST", "/chat/completions", body)
            # llama-cpp-python answers an unknown response_format with 500, others 400/422.
            if resp.status_code in (400, 422, 500) and self._refuses_format(resp):
                log.info("%s refuses response_format %s; trying %s", self.url,
                         FORMAT_STYLES[self._style], FORMAT_STYLES[self._style + 1])
                with self._lock:
                    self._style = min(self._style + 1, len(FORMAT_STYLES) - 1)
                continue
            self._raise_for_status(resp, model)
            try:
                data = resp.json()
                content = data["choices"][0]["message"]["content"] or ""
            except (ValueError, KeyError, IndexError, TypeError) as exc:
                raise ModelError(f"{self.url}/chat/completions answered without a message "
                                 f"({type(exc).__name__})") from None
            usage = data.get("usage") or {}
            with self._lock:
                self.stats.prompt_tokens += int(usage.get("prompt_tokens") or 0)
                self.stats.completion_tokens += int(usage.get("completion_tokens") or 0)
                pin, pout = self.price_per_mtok
                self.stats.cost += (int(usage.get("prompt_tokens") or 0) * pin
                                    + int(usage.get("completion_tokens") or 0) * pout) / 1e6
            return content, usage

    def _refuses_format(self, resp: httpx.Response) -> bool:
        if self._style >= len(FORMAT_STYLES) - 1:
            return False
        text = resp.text.lower()
        return any(w in text for w in ("response_format", "json_schema", "json_object"))

    # -- HTTP ---------------------------------------------------------------------------------
    def _send(self, method: str, path: str, body: dict[str, Any] | None) -> httpx.Response:
        """One request with retries on 429/5xx/timeouts/dropped connections (backoff doubles;
        Retry-After is honoured up to 30 s)."""
        url = self.url + path
        for attempt in range(self.max_retries + 1):
            wait = self.backoff * (2 ** attempt)
            try:
                with self._slots:
                    with self._lock:
                        self.stats.requests += 1
                    resp = self._http.request(method, url, json=body)
            except httpx.TimeoutException:
                if attempt == self.max_retries:
                    raise FetchError(f"no answer within the timeout after {attempt + 1} tries",
                                     url) from None
            except httpx.TransportError as exc:
                if attempt == self.max_retries:
                    raise FetchError(f"cannot reach the LLM server ({type(exc).__name__}: "
                                     f"{exc}); is --llm-url right?", url) from None
            else:
                if resp.status_code != 429 and resp.status_code < 500:
                    return resp
                if "response_format" in resp.text:  # a refused format is not transient
                    return resp
                if attempt == self.max_retries:
                    return resp
                after = resp.headers.get("retry-after", "")
                if after.replace(".", "", 1).isdigit():
                    wait = min(float(after), 30.0)
            with self._lock:
                self.stats.retries += 1
            log.info("retrying %s %s in %.2fs (try %d of %d)", method, url, wait, attempt + 2,
                     self.max_retries + 1)
            time.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def redact(self, text: str) -> str:
        """``text`` with the API key (should a server echo it) replaced by ***."""
        return text.replace(self._secret, "***") if self._secret else text

    def _raise_for_auth(self, resp: httpx.Response) -> None:
        if resp.status_code in (401, 403):
            hint = (f"check the key in ${self.key_env}" if self.key_env
                    else "pass --llm-key-env VAR naming the variable that holds the key")
            raise ConfigError(f"the LLM server at {self.url} refused the request "
                              f"(HTTP {resp.status_code}): {hint}")

    def _raise_for_status(self, resp: httpx.Response, model: str) -> None:
        self._raise_for_auth(resp)
        code = resp.status_code
        if code < 400:
            return
        detail = self.redact(resp.text[:300].replace("\n", " "))
        if code == 404:
            if "model" in resp.text.lower():
                raise ModelError(f"model {model!r} not found at {self.url}: {detail}")
            raise FetchError("no chat-completions endpoint here (HTTP 404); the URL usually "
                             "ends in /v1", f"{self.url}/chat/completions")
        if code == 429 or code >= 500:
            raise FetchError(f"server still failing after {self.max_retries + 1} tries "
                             f"(HTTP {code}): {detail}", f"{self.url}/chat/completions")
        raise ModelError(f"the LLM server rejected the request (HTTP {code}): {detail}")

    def close(self) -> None:
        """Close the HTTP connection pool and the cache."""
        self._http.close()
        if self.cache is not None:
            self.cache.close()


__all__ = ["ChatResult", "ClientStats", "FORMAT_STYLES", "LLMClient", "ResponseCache", "sha"]
