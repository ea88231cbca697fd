"""Naive text dumps of whole pages -> Article.

The body comes from the line classifier of :mod:`.dump_body`: the body lines, stripped, are
the paragraphs (joined by a blank line). A page without a body (a section front, an index)
comes back with an empty body.
"""

from __future__ import annotations

from ..record import Article
from .dump_body import body_lines


def extract_dump(text: str) -> Article:
    lines = text.split("\n")
    paras = [lines[i].strip() for i in body_lines(lines)]
    return Article(body="\n\n".join(paras))
