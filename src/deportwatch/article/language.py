"""The body's language, ISO 639-1 (placeholder)."""

from __future__ import annotations


def detect_language(text: str) -> str | None:
    if not text.strip():
        return None
    import py3langid

    return py3langid.classify(text[:2000])[0]
