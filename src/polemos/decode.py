"""Bytes to text: declared encoding, UTF-8 with BOMs, or a confidently guessed legacy encoding.

Binary or undecodable data raises :class:`~polemos.errors.InputError` saying what and where.
"""

from __future__ import annotations

import codecs
import logging

from polemos.errors import InputError

__all__ = ["UTF16_BOMS", "clean_text", "decode_bytes"]

log = logging.getLogger(__name__)

UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def decode_bytes(data: bytes, where: str, encoding: str | None = None) -> str:
    """Text from bytes: the declared encoding, UTF-8 (BOMs honoured), or a legacy encoding
    when charset detection is confident; InputError for binary or undecodable data."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    elif data.startswith(UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"invalid UTF-16 text ({exc.reason})", where=where) from None
    if b"\x00" in data:
        raise InputError("binary file (NUL bytes)", where=where)
    error: Exception | None = None
    for enc in ([encoding] if encoding else []) + ["utf-8"]:
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError) as exc:
            error = exc
    guess = _guess_legacy(data)
    if guess is not None:
        log.warning("%s: not UTF-8, decoded as %s", where, guess[0])
        return guess[1]
    detail = ""
    if isinstance(error, UnicodeDecodeError):
        detail = f"byte 0x{data[error.start]:02x} at offset {error.start}; "
    raise InputError(f"not UTF-8 text ({detail}no confident guess of its encoding)", where=where)


# Legacy encodings of the languages polemos reads, preferred when detection ties.
_PREFERRED = ("cp1252", "cp1251", "cp1256", "latin_1", "iso8859_6", "iso8859_5", "koi8_u", "koi8_r")


def _guess_legacy(data: bytes) -> tuple[str, str] | None:
    """(encoding, text) when charset_normalizer is confident (little mess, some coherence)."""
    import charset_normalizer

    matches = [
        m for m in charset_normalizer.from_bytes(data)
        if m.chaos < 0.15 and m.coherence >= 0.2 and not m.encoding.startswith(("utf_16", "utf_32"))
    ]
    if not matches:
        return None
    least = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= least + 0.01]
    for enc in _PREFERRED:  # cp1250 and cp1252 often tie on French; the tie goes to cp1252
        if any(enc in m.could_be_from_charset for m in tied):
            try:
                return enc, data.decode(enc)
            except UnicodeDecodeError:
                continue
    return tied[0].encoding, str(tied[0])


def clean_text(text: str) -> str:
    """Unix newlines; nothing else changes, so offsets stay meaningful."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
