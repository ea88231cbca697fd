"""Article -> mentions: countries, numbers, dates and actors, as spans into the body.

Placeholder until the mention finders land: returns nothing.
"""

from __future__ import annotations

from ..record import Article, Mention


def find_mentions(article: Article) -> list[Mention]:
    return []
