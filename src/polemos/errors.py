"""One exception hierarchy for polemos: every message says what went wrong and where."""

from __future__ import annotations


class PolemosError(Exception):
    """Base class of every error polemos raises on purpose."""


class InputError(PolemosError):
    """A document could not be read: empty, binary, mis-encoded, too large, malformed.

    ``where`` names the file, URL or line so the message can be shown as one line.
    """

    def __init__(self, message: str, where: str | None = None) -> None:
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class ModelError(PolemosError):
    """A model file is missing, corrupt or of the wrong version."""


class GazetteerError(PolemosError):
    """The gazetteer cannot be built, opened or imported into."""


class StoreError(PolemosError):
    """The event store cannot be opened, migrated or written."""


class FetchError(InputError):
    """A URL or feed could not be fetched (timeout, refused, too large, wrong type)."""


class ConfigError(PolemosError):
    """A setting or option has a value polemos cannot use."""
