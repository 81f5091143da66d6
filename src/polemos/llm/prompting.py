"""Prompt files: versioned text in the package, read and filled in here, never built in code.

A prompt file ``NAME.vN.md`` holds ``## system``, then example turns (``## user`` /
``## assistant``), then ``## template`` for the real request. Users can point polemos at
their own directory of prompt files (``prompt_dir``) to change wording or examples.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from polemos.errors import ConfigError

_HEAD = re.compile(r"^## (system|user|assistant|template)\s*$", re.MULTILINE)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_VERSIONED = re.compile(r"^(?P<name>[\w-]+)\.v(?P<version>\d+)\.md$")


@dataclass(frozen=True)
class Prompt:
    """A parsed prompt file: system text, few-shot turns, and the template for the request."""

    name: str
    version: int
    system: str
    examples: tuple[tuple[str, str], ...]
    template: str
    source: str

    @property
    def tag(self) -> str:
        """``name.vN``: what a cache key and a report name the prompt by."""
        return f"{self.name}.v{self.version}"

    def messages(self, values: dict[str, str], system_values: dict[str, str]) -> list[dict]:
        """Chat messages: system, examples as user/assistant turns, then the filled template."""
        out = [{"role": "system", "content": fill(self.system, system_values)}]
        for user, assistant in self.examples:
            out.append({"role": "user", "content": user})
            out.append({"role": "assistant", "content": assistant})
        out.append({"role": "user", "content": fill(self.template, values)})
        return out


def fill(text: str, values: dict[str, str]) -> str:
    """Replace ``{key}`` placeholders (only the keys given; other braces, as in JSON, stay)."""
    for k, v in values.items():
        text = text.replace("{" + k + "}", v)
    return text


def parse(text: str, name: str, version: int, source: str) -> Prompt:
    """Parse a prompt file's text; ConfigError naming ``source`` when a section is missing."""
    body = _COMMENT.sub("", text)
    heads = list(_HEAD.finditer(body))
    sections = [(m.group(1), body[m.end():(heads[i + 1].start() if i + 1 < len(heads)
                                           else len(body))].strip())
                for i, m in enumerate(heads)]
    kinds = [k for k, _ in sections]
    if kinds.count("system") != 1 or kinds.count("template") != 1:
        raise ConfigError(f"{source}: a prompt file needs one '## system' and one '## template'")
    examples: list[tuple[str, str]] = []
    pending: str | None = None
    for kind, content in sections:
        if kind == "user":
            pending = content
        elif kind == "assistant":
            if pending is None:
                raise ConfigError(f"{source}: '## assistant' without a '## user' before it")
            examples.append((pending, content))
            pending = None
    system = next(c for k, c in sections if k == "system")
    template = next(c for k, c in sections if k == "template")
    return Prompt(name, version, system, tuple(examples), template, source)


def load_prompt(name: str, prompt_dir: str | Path | None = None) -> Prompt:
    """The newest version of prompt ``name`` from ``prompt_dir`` or the package's prompts/."""
    if prompt_dir is not None:
        base = Path(prompt_dir)
        if not base.is_dir():
            raise ConfigError(f"prompt directory not found: {base}")
        files = {p.name: p.read_text(encoding="utf-8") for p in base.glob(f"{name}.v*.md")}
        where = str(base)
    else:
        pkg = resources.files("polemos.llm").joinpath("prompts")
        files = {p.name: p.read_text(encoding="utf-8") for p in pkg.iterdir()
                 if p.name.startswith(f"{name}.v") and p.name.endswith(".md")}
        where = "polemos/llm/prompts"
    versions = []
    for fname, text in files.items():
        m = _VERSIONED.match(fname)
        if m and m.group("name") == name:
            versions.append((int(m.group("version")), fname, text))
    if not versions:
        raise ConfigError(f"no prompt file {name}.vN.md in {where}")
    version, fname, text = max(versions)
    return parse(text, name, version, f"{where}/{fname}")


__all__ = ["Prompt", "fill", "load_prompt", "parse"]
