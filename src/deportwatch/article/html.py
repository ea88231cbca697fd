"""HTML pages -> Article (placeholder: trafilatura alone)."""

from __future__ import annotations

import trafilatura

from ..record import Article


def extract_html(html: str, url: str | None = None) -> Article:
    text = trafilatura.extract(html, url=url, include_comments=False) or ""
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    return Article(body="\n\n".join(paras))
