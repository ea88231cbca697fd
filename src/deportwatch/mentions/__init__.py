"""Article -> mentions: countries, numbers, dates and actors, as spans into the body.

Every mention satisfies ``body[m.start:m.end] == m.text``. The finders:

- :func:`.countries.find_countries` (kind ``country``, ISO alpha-2),
- :func:`.numbers.find_numbers` (kind ``number``, counts only),
- :func:`.dates.find_dates` (kind ``date``, resolved against ``article.published``),
- ``actors.find_actors`` where that module is present (kind ``actor``).
"""

from __future__ import annotations

from ..record import Article, Mention
from .countries import find_countries
from .dates import find_dates
from .numbers import find_numbers

try:  # written by another stage; optional here
    from .actors import find_actors as _find_actors
except ImportError:  # pragma: no cover
    _find_actors = None

__all__ = ["find_countries", "find_dates", "find_mentions", "find_numbers"]


def find_mentions(article: Article) -> list[Mention]:
    """All mentions of ``article.body``, sorted by start (then longest first)."""
    body = article.body or ""
    if not body:
        return []
    lang = (article.language or "").lower()[:2] or None
    out: list[Mention] = []
    out += find_countries(body, lang)
    out += find_numbers(body, lang)
    out += find_dates(body, article.published, lang)
    if _find_actors is not None:
        out += _find_actors(body)
    out.sort(key=lambda m: (m.start, -(m.end - m.start), m.kind))
    return out
