"""Naive text dumps of whole pages -> Article (placeholder: replaced by the line classifier)."""

from __future__ import annotations

from ..record import Article


def extract_dump(text: str) -> Article:
    paras = [ln.strip() for ln in text.splitlines() if len(ln.split()) >= 12]
    return Article(body="\n\n".join(paras))
