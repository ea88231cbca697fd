"""Publication dates as pages print them -> ISO 8601 (placeholder: ISO strings only)."""

from __future__ import annotations

import re


def parse_published(text: str, languages: list[str] | None = None) -> str | None:
    """``YYYY-MM-DDTHH:MM`` where a time is printed, else ``YYYY-MM-DD``; None if no date."""
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?", text)
    if not m:
        return None
    day = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return f"{day}T{m.group(4)}:{m.group(5)}" if m.group(4) else day
