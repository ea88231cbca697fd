"""process(page) -> Record: the stages composed, nothing else."""

from __future__ import annotations

from .article import NotAnArticle, build_article
from .events import get_extractor
from .mentions import find_mentions
from .record import Page, Record


def process(page: Page, extractor_name: str = "rules") -> Record:
    """Run every stage on one page. Errors become ``Record.error``, never exceptions."""
    record = Record(source=page.source, page=page)
    if page.error:
        record.error = page.error
        return record
    try:
        record.article = build_article(page)
    except NotAnArticle as exc:
        record.error = f"not an article: {exc}"
        return record
    if not record.article.body.strip():
        record.error = "not an article: no article body found"
        record.article.body = ""
        return record
    record.mentions = find_mentions(record.article)
    record.events, record.claims = get_extractor(extractor_name).extract(record.article, record.mentions)
    return record
