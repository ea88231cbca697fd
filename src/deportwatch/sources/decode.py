"""Bytes -> text, whatever the encoding.

UTF-8 is tried first because nearly every page is UTF-8 and a strict decode is
both fast and a reliable test. Otherwise the charset the page declares, then
charset-normalizer's guess. Binary data is refused rather than turned into
mojibake: a page of control characters is not a news page.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can trust."""


_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode ``data``; return the text and a warning when it needed repair."""
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise DecodeError("binary file (NUL bytes), not a text or HTML page")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return _check_text(data.decode("utf-8")), None
    except UnicodeDecodeError:
        pass
    declared = _DECLARED.search(data[:4096])
    if declared:
        try:
            text = data.decode(declared.group(1).decode("ascii"))
            return _check_text(text), None
        except (LookupError, UnicodeDecodeError):
            pass
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            text = data.decode(best.encoding)
            return _check_text(text), f"not UTF-8; decoded as {best.encoding}"
        except (LookupError, UnicodeDecodeError):
            pass
    # Mixed encodings: keep what is UTF-8, mark the rest.
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad > max(20, len(text) // 20):
        raise DecodeError("undecodable bytes: not text in any known encoding")
    return _check_text(text), f"mixed or broken encoding: {bad} bytes replaced"


def _check_text(text: str) -> str:
    sample = text[:20000]
    if sample and len(_CONTROL.findall(sample)) > max(10, len(sample) // 50):
        raise DecodeError("binary file (control characters), not a text or HTML page")
    return text
