"""The settings file: defaults for the back-end options, never a key, one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from polemos.config import load_config, setting
from polemos.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


def _run(cfg: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "POLEMOS_CONFIG": str(cfg)}
    return subprocess.run([sys.executable, "-m", "polemos", *args], capture_output=True,
                          text=True, timeout=300, cwd=ROOT, env=env)


def test_settings_are_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('[backend]\nname = "hybrid"\nllm_url = "http://127.0.0.1:9/v1"\n'
                   'llm_key_env = "MY_KEY"\n', encoding="utf-8")
    monkeypatch.setenv("POLEMOS_CONFIG", str(cfg))
    assert setting("backend", "name") == "hybrid"
    assert setting("backend", "llm_model", "default-model") == "default-model"
    monkeypatch.setenv("POLEMOS_CONFIG", str(tmp_path / "absent.toml"))
    assert load_config() == {}


@pytest.mark.parametrize("body,words", [
    ('[backend]\nllm_key = "sk-secret"\n', "environment variable"),
    ("[backend\nname = 1\n", "not valid TOML"),
    ('[server]\nport = 1\n', "unknown section"),
])
def test_bad_settings_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str,
                                  words: str) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(body, encoding="utf-8")
    monkeypatch.setenv("POLEMOS_CONFIG", str(cfg))
    with pytest.raises(ConfigError, match=words):
        load_config()


def test_cli_takes_its_backend_default_from_the_settings(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('[backend]\nname = "llm"\n', encoding="utf-8")
    r = _run(cfg, "extract", "examples/articles.jsonl")
    assert r.returncode == 2 and "--llm-url" in r.stderr  # the llm back end was chosen
    r = _run(cfg, "extract", "examples/articles.jsonl", "--backend", "offline",
             "--format", "jsonl")
    assert r.returncode == 0 and r.stdout.strip()  # the command line wins
    cfg.write_text('[backend]\nllm_key = "sk-secret"\n', encoding="utf-8")
    r = _run(cfg, "extract", "examples/articles.jsonl")
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert "sk-secret" not in r.stderr and "llm_key" in r.stderr
