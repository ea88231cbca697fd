"""Page -> Article: the clean body and the metadata the page prints.

Two readers, chosen by what the page is: :mod:`.html` for HTML (trafilatura,
corrected where news pages trip it) and :mod:`.dump` for naive text dumps of
whole pages (a trained line classifier). Both return an :class:`Article`; a page
that is not an article comes back with an empty body and a reason.
"""

from __future__ import annotations

import re

from ..record import Article, Page


class NotAnArticle(ValueError):
    """The page holds no article (a section front, an index, a 404 page)."""


# The shortest news brief is a few sentences; less than this is a teaser, an
# error message or a fragment of broken markup, not an article to read facts from.
MIN_BODY_WORDS = 30
# Scripts written without spaces between words: every two characters count as a word.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def body_words(text: str) -> int:
    """Roughly how many words ``text`` holds, in any script."""
    return len(text.split()) + len(_UNSPACED.findall(text)) // 2


def build_article(page: Page) -> Article:
    """Read one page into an article. Raises :class:`NotAnArticle` when there is none."""
    if page.kind == "html":
        from .html import extract_html

        article = extract_html(page.text, url=page.url)
    else:
        from .dump import extract_dump

        article = extract_dump(page.text)
    _fill_from_page_meta(article, page)
    words = body_words(article.body)
    if words < MIN_BODY_WORDS:
        raise NotAnArticle(f"no article body found ({words} words of prose)" if words else "no article body found")
    return article


def _fill_from_page_meta(article: Article, page: Page) -> None:
    """A crawler record may already know the title, date or outlet: use it where we found none."""
    meta = page.meta
    if not article.title and isinstance(meta.get("title"), str):
        article.title = " ".join(meta["title"].split())
    if not article.outlet and isinstance(meta.get("outlet"), str):
        article.outlet = meta["outlet"]
    if page.url:
        article.extra.setdefault("url", page.url)
