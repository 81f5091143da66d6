"""User settings from a TOML file, so options need not be repeated on every command.

The file is ``$POLEMOS_CONFIG`` if set, else ``config.toml`` in the user config directory
(``platformdirs.user_config_dir("polemos")``). Command-line options always win over it.

    [backend]
    name = "hybrid"                      # offline | llm | hybrid
    llm_url = "http://127.0.0.1:8080/v1"
    llm_model = "qwen2.5-7b-instruct"
    llm_key_env = "MY_LLM_KEY"           # the NAME of the variable holding the key

API keys are never read from this file: only the name of the environment variable that
holds one.
"""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from polemos.errors import ConfigError

KNOWN: dict[str, frozenset[str]] = {
    "backend": frozenset({"name", "llm_url", "llm_model", "llm_key_env"}),
}
_SECRET_WORDS = ("key", "token", "secret", "password")


def config_path() -> Path:
    """Where the settings file is looked for."""
    env = os.environ.get("POLEMOS_CONFIG")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_config_dir("polemos")) / "config.toml"


@lru_cache(maxsize=8)
def _load(path: str, mtime: float) -> dict[str, dict[str, Any]]:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None
    for section, values in data.items():
        if section not in KNOWN or not isinstance(values, dict):
            raise ConfigError(f"{path}: unknown section [{section}] (known: "
                              f"{', '.join(sorted(KNOWN))})")
        for key in values:
            if key not in KNOWN[section]:
                secret = any(w in key.lower() for w in _SECRET_WORDS) and key != "llm_key_env"
                hint = (": put the key in an environment variable and name it in llm_key_env"
                        if secret else f" (known: {', '.join(sorted(KNOWN[section]))})")
                raise ConfigError(f"{path}: [{section}] {key} is not a setting{hint}")
    return data


def load_config() -> dict[str, dict[str, Any]]:
    """The settings file's sections, or {} when there is none; ConfigError when it is wrong."""
    path = config_path()
    if not path.is_file():
        return {}
    return _load(str(path), path.stat().st_mtime)


def setting(section: str, key: str, default: Any = None) -> Any:
    """One setting, or ``default`` when the file or the key is absent."""
    return load_config().get(section, {}).get(key, default)
