"""Naive text dumps of whole pages -> Article.

The body comes from the line classifier of :mod:`.dump_body`: the body lines, stripped, are
the paragraphs (joined by a blank line); a page without a body (a section front, an index)
comes back with an empty body. Title, date, byline, outlet, rubric and language come from
:mod:`.dump_meta`, which reads the lines around that body.
"""

from __future__ import annotations

from ..record import Article
from .dump_body import body_lines
from .dump_meta import read_dump_metadata

_FIELDS = ("title", "published", "author", "outlet", "section", "language")


def extract_dump(text: str) -> Article:
    lines = text.split("\n")
    body = body_lines(lines)
    # a standfirst (and a date line) above the byline block and the share buttons is the header's,
    # not the story's: the body starts after the first block of more than three other lines
    for k in range(min(2, len(body) - 3)):
        if sum(1 for i in range(body[k] + 1, body[k + 1]) if lines[i].strip()) > 3:
            if all(len(lines[i]) < 300 for i in body[: k + 1]):
                body = body[k + 1 :]
            break
    article = Article(body="\n\n".join(lines[i].strip() for i in body))
    meta = read_dump_metadata(lines, body)
    for key in _FIELDS:
        setattr(article, key, meta.pop(key, None))
    article.extra.update(meta)
    return article
