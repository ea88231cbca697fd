"""The data the stages read: alias, demonym, month, cue-word tables (TSV) and the line model.

Everything language-specific that is a list rather than logic lives here, so that a new
language or phrasing is added by editing a table, not code. TSV rules for every table:
one row per line, tab-separated columns, lines starting with ``#`` and blank lines ignored.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def read_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of ``data/NAME`` as tuples of columns (comments and blank lines dropped)."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return tuple(tuple(ln.split("\t")) for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
