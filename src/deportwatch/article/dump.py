"""Naive text dumps of whole pages -> Article (placeholder: replaced by the line classifier)."""

from __future__ import annotations

from ..record import Article
from .dump_meta import read_dump_metadata


def extract_dump(text: str) -> Article:
    lines = text.splitlines()
    try:
        from .dump_body import body_lines
    except ImportError:  # the line classifier not there yet: long lines
        body = [i for i, ln in enumerate(lines) if len(ln.split()) >= 12]
    else:
        body = body_lines(lines)
    article = Article(body="\n\n".join(lines[i].strip() for i in body))
    _fill_metadata(article, lines, body)
    return article


def _fill_metadata(article: Article, lines: list[str], body: list[int]) -> None:
    """Title, date, byline, outlet, rubric, language (and views, reading time) of the page."""
    meta = read_dump_metadata(lines, body)
    for key in ("title", "published", "author", "outlet", "section", "language"):
        setattr(article, key, meta.pop(key, None))
    article.extra.update(meta)
