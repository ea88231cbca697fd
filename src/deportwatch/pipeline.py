"""process(page) -> Record: the stages composed, nothing else."""

from __future__ import annotations

from .article import NotAnArticle, build_article
from .events import Extractor, get_extractor
from .mentions import find_mentions
from .record import Page, Record


def process(page: Page, extractor: Extractor | str = "rules") -> Record:
    """Run every stage on one page. Errors become ``Record.error``, never exceptions,
    so that one bad page never stops a run over thousands."""
    try:
        return _process(page, get_extractor(extractor) if isinstance(extractor, str) else extractor)
    except Exception as exc:  # a bug or a page no stage foresaw: report it, go on
        record = Record(source=page.source, page=page)
        record.error = f"internal error: {type(exc).__name__}: {exc}"
        return record


def _process(page: Page, extractor: Extractor) -> Record:
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
    if not extractor.wants(record.article):
        return record  # nothing this extractor could find: no mentions needed (the same record)
    record.mentions = find_mentions(record.article)
    record.events, record.claims = extractor.extract(record.article, record.mentions)
    return record
