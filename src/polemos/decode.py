"""Bytes to text: declared encoding, UTF-8 with BOMs, or a confidently guessed legacy encoding.

Binary or undecodable data raises :class:`~polemos.errors.InputError` saying what and where.
"""

from __future__ import annotations

import codecs
import logging

from polemos.errors import InputError

__all__ = ["UTF16_BOMS", "binary_kind", "clean_text", "decode_bytes", "looks_binary"]

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
    kind = binary_kind(data[:4096])
    if kind is not None:
        raise InputError(f"binary file ({kind})", where=where)
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is not None:
            log.warning("%s: UTF-16 without a byte-order mark, decoded as such", where)
            return text
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


# File signatures of binary formats people hand to polemos by mistake, and what to say.
_MAGIC = (
    (b"\x1f\x8b", "gzip-compressed; decompress it first"),
    (b"PK\x03\x04", "ZIP archive; unpack it first"),
    (b"BZh", "bzip2-compressed; decompress it first"),
    (b"\xfd7zXZ\x00", "xz-compressed; decompress it first"),
    (b"(\xb5/\xfd", "zstd-compressed; decompress it first"),
    (b"%PDF-", "PDF; extract its text first"),
    (b"\x89PNG\r\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"SQLite format 3\x00", "SQLite database"),
)


def binary_kind(head: bytes) -> str | None:
    """What binary format ``head`` (a file's first bytes) starts, or None."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    return None


def looks_binary(head: bytes) -> str | None:
    """Why a file starting with ``head`` is binary (a known format, or NUL bytes that are
    not UTF-16 text), or None when it may be text."""
    if head.startswith(UTF16_BOMS):
        return None
    kind = binary_kind(head)
    if kind is not None:
        return kind
    if b"\x00" in head and _utf16_without_bom(head, partial=True) is None:
        return "NUL bytes"
    return None


def _utf16_without_bom(data: bytes, partial: bool = False) -> str | None:
    """The text of UTF-16 data without a BOM: NUL bytes on one side of (almost) every
    ASCII character and never on the other; None when the data does not look so."""
    sample = data[:8192]
    half = len(sample) // 2
    if half < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(even, odd) < 0.1 * half or min(even, odd) > 0.01 * half:
        return None
    enc = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data[: len(data) // 2 * 2].decode(enc)
    except UnicodeDecodeError as exc:
        if not (partial and exc.start >= len(data) - 4):  # a pair cut by the sample's end
            return None
        text = data[: exc.start].decode(enc)
    odd_chars = sum(1 for c in text[:4096] if not (c.isprintable() or c in "\n\r\t"))
    if "\x00" in text or odd_chars > 0.02 * min(len(text), 4096):
        return None
    return text


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
