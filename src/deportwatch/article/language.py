"""The body's language, ISO 639-1 (py3langid on a bounded sample of the text).

The model is loaded once per process (about half a second) and each call classifies at most
``SAMPLE_CHARS`` characters, so detection costs a fraction of a millisecond per page.
"""

from __future__ import annotations

import re
from functools import lru_cache

SAMPLE_CHARS = 400  # about 60 words: every page of the bench and of every corpus gets the language 700 gave it
_MIN_LETTERS = 3
_LETTER = re.compile(r"[^\W\d_]")
_URLISH = re.compile(r"\S*(?:https?://|www\.|@)\S*")


@lru_cache(maxsize=1)
def _identifier():
    import py3langid

    py3langid.classify("warm up")  # loads the model once
    return py3langid.classify


def sample(text: str, size: int = SAMPLE_CHARS) -> str:
    """A bounded slice of ``text`` (from its start, cut at a space), URLs removed."""
    s = text[: size + 40]
    if len(s) > size:
        cut = s.rfind(" ", 0, size)
        s = s[: cut if cut > size // 2 else size]
    return _URLISH.sub(" ", s)


def detect_language(text: str | None) -> str | None:
    """ISO 639-1 code of ``text``'s language; None for empty or letterless text."""
    if not text or not isinstance(text, str):
        return None
    s = sample(text)
    letters = len(_LETTER.findall(s[:200])) if len(s) > 200 else len(_LETTER.findall(s))
    if letters < _MIN_LETTERS:
        return None
    try:
        lang, _score = _identifier()(s)
    except Exception:
        return None
    if not lang or lang == "und":
        return None
    return lang.split("-")[0][:3]
