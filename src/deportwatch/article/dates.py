"""Publication dates as pages print them -> ISO 8601 local wall-clock time.

``parse_published("Thursday 20 February 2025 14:05 GMT") == "2025-02-20T14:05"``;
``YYYY-MM-DD`` where no time is printed; ``None`` where no date is. A fast regex path
covers the forms news pages use (ISO stamps, numeric ``D.M.Y`` / ``D/M/Y``, day-month-year
and month-day-year with month names from ``data/months.tsv`` in several languages, a time
before or after the date, 12-hour clocks); ``dateparser`` is only a fallback for short
strings the regexes do not read. Zones are dropped: the wall clock as printed is kept.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..data import read_rows

_MIN_YEAR, _MAX_YEAR = 1990, 2100


@lru_cache(maxsize=1)
def month_forms() -> dict[str, int]:
    """Every month name form (lower case) of ``data/months.tsv`` -> month number."""
    out: dict[str, int] = {}
    for _lang, month, form in read_rows("months.tsv"):
        out[form.strip().casefold()] = int(month)
    return out


def _month_alt() -> str:
    forms = sorted(month_forms(), key=len, reverse=True)
    return "|".join(re.escape(f) for f in forms)


_MON = _month_alt()
_WB = r"(?<![^\W\d_])"  # no letter right before
_WA = r"(?![^\W\d_])"  # no letter right after

# A time of day: 14:05, 14.05, 14h05, 08:26am, 3:04 AM, 6 PM (only with am/pm).
_TIME = (
    r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])(?:(?P<sep>[:h]|\.(?!\d{1,2}\.\d))(?P<mi>[0-5]\d)"
    r"(?::[0-5]\d(?:\.\d+)?)?(?!\d|\.\d)\s*(?P<ap>[ap]\.?\s?m\.?(?![^\W\d_]))?"
    r"|\s*(?P<ap2>[ap]\.?\s?m\.?(?![^\W\d_])))"
)
_TIME_RE = re.compile(_TIME, re.I)

_PATTERNS = [
    # 2025-02-13T23:18:04Z, 2025-02-20 14:05, 2025/02/20
    (
        "ymd",
        re.compile(
            r"(?<!\d)(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?!\d)"
            r"(?:[T ](?P<th>[01]\d|2[0-3]):(?P<tm>[0-5]\d))?"
        ),
    ),
    # 15.02.2025, 20/02/2025, 5-2-2025, 15.02.25
    (
        "dmy",
        re.compile(r"(?<![\d.:/])(?P<a>\d{1,2})(?P<s>[./-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?![\d/])"),
    ),
    # 20 February 2025, 2 мая 2025 г., 20 de febrero de 2025, 20. Februar 2025, 5th Feb 2025
    (
        "d_mon_y",
        re.compile(
            r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th|er|º|°)?\.?\s*(?:de\s+|-)?" + _WB + r"(?P<mon>" + _MON + r")"
            + _WA + r"\.?,?\s*(?:de\s+|del\s+|-)?(?P<y>\d{4})(?!\d)",
            re.I,
        ),
    ),
    # Feb. 20, 2025, February 20th 2025, Feb 17, 2025
    (
        "mon_d_y",
        re.compile(
            _WB + r"(?P<mon>" + _MON + r")" + _WA + r"\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)"
            r"\.?,?\s+(?P<y>\d{4})(?!\d)",
            re.I,
        ),
    ),
]

_AFTER_SEP = re.compile(
    r"^\s*(?:[,|/\-–—·•]|\bat\b|\bà\b|\ba las\b|\bàs\b|\bum\b|\bв\b|г\.?|года|,|\s)*\s*$", re.I
)
_BEFORE_SEP = re.compile(r"^[\s,|/\-–—·•]*(?:[^\W\d_]{2,12}\.?(?=[\s,])[\s,|/\-–—·•]*)?$")
_ZONE = r"(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?"


# every form above prints a 4-digit year or a numeric d.m.yy
_MAYBE_DATE = re.compile(r"\d{4}|\d[./-]\d{1,2}[./-]\d\d")


def _valid(y: int, m: int, d: int) -> bool:
    if not (_MIN_YEAR <= y <= _MAX_YEAR):
        return False
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _hour24(h: int, ap: str | None) -> int | None:
    if not ap:
        return h
    pm = ap.lower().startswith("p")
    if not 1 <= h <= 12:
        return None
    if pm:
        return 12 if h == 12 else h + 12
    return 0 if h == 12 else h


def _time_from(m: re.Match) -> str | None:
    h = int(m.group("h"))
    ap = m.group("ap") or m.group("ap2")
    mi = m.group("mi")
    if mi is None and not ap:
        return None
    hh = _hour24(h, ap)
    if hh is None:
        return None
    return f"{hh:02d}:{int(mi or 0):02d}"


def _time_near(text: str, start: int, end: int) -> str | None:
    """A time printed right after the date (preferred) or right before it."""
    tail = text[end : end + 24]
    for m in _TIME_RE.finditer(tail):
        if not _AFTER_SEP.match(tail[: m.start()]):
            break
        if m.group("mi") is None and m.group("ap2") is None:
            continue
        t = _time_from(m)
        if t:
            return t
        break
    head = text[max(0, start - 32) : start]
    best = None
    for m in _TIME_RE.finditer(head):
        rest = head[m.end() :]
        zone = re.match(_ZONE, rest)
        rest = rest[zone.end() if zone else 0 :]
        if _BEFORE_SEP.match(rest) and (m.group("mi") is not None):
            best = _time_from(m)
    return best


# a year glued to the time after it, where a page's spans were joined: "Nov 20 20194:29 AM"
_GLUED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=[01]?\d:[0-5]\d(?!\d))")


def _unglue(text: str) -> str:
    return _GLUED_YEAR.sub(r"\1 ", text) if ":" in text else text


def find_date(text: str, languages: list[str] | None = None) -> tuple[str, int, int] | None:
    """The first date in ``text``: ``(iso, start, end)`` of its day part (regexes only)."""
    if not _MAYBE_DATE.search(text):
        return None
    text = _unglue(text)
    hits: list[tuple[int, int, str]] = []
    forms = None
    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            if kind == "ymd":
                y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            elif kind == "dmy":
                a, b, yy = int(m.group("a")), int(m.group("b")), m.group("y")
                if len(yy) == 2:
                    if m.group("s") == "-":
                        continue
                    yy = "20" + yy
                y = int(yy)
                d, mo = a, b
                if (b > 12 or _us_order(languages)) and a <= 12:
                    d, mo = b, a
            else:
                forms = forms or month_forms()
                mo = forms.get(m.group("mon").casefold().rstrip("."), 0)
                y, d = int(m.group("y")), int(m.group("d"))
            if not _valid(y, mo, d):
                continue
            iso = f"{y:04d}-{mo:02d}-{d:02d}"
            if kind == "ymd" and m.group("th"):
                iso += f"T{m.group('th')}:{m.group('tm')}"
            hits.append((m.start(), m.end(), iso))
            break
    if not hits:
        return None
    start, end, iso = min(hits)
    return iso, start, end


def _us_order(languages: list[str] | None) -> bool:
    return bool(languages) and any(lang.lower() in ("en-us", "en_us") for lang in languages)


def parse_published(text: str, languages: list[str] | None = None) -> str | None:
    """``YYYY-MM-DDTHH:MM`` where a time is printed, else ``YYYY-MM-DD``; None if no date."""
    if not text or not isinstance(text, str):
        return None
    text = _unglue(text)
    found = find_date(text, languages)
    if found is None:
        return _fallback(text, languages)
    iso, start, end = found
    if "T" in iso:
        return iso
    if "(" in text:
        text = _mask_converted(text)
    t = _time_near(text, start, end)
    return f"{iso}T{t}" if t else iso


# a time in another zone printed in brackets beside the local one: "19:40 ET (23:40 GMT)"
_CONVERTED = re.compile(r"\(\s*(?:[01]?\d|2[0-3])[:.h][0-5]\d\s*(?:[ap]\.?\s?m\.?\s*)?[A-Za-z]{0,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\s*\)")


def _mask_converted(text: str) -> str:
    """``text`` with a bracketed conversion of the printed time blanked out (offsets kept),
    where a time is printed outside the brackets too: the page's local clock is that one."""
    m = _CONVERTED.search(text)
    if not m or not _TIME_RE.search(text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]):
        return text
    return _CONVERTED.sub(lambda x: " " * len(x.group()), text)


_YEAR_RE = re.compile(r"(?<!\d)(?:19[9]\d|20\d\d)(?!\d)")


def _fallback(text: str, languages: list[str] | None) -> str | None:
    """dateparser, only for short strings that print a year (relative dates are not read)."""
    text = " ".join(text.split())
    if len(text) > 80 or not _YEAR_RE.search(text):
        return None
    try:
        import dateparser

        langs = [lang.split("-")[0].lower() for lang in languages] if languages else None
        dt = dateparser.parse(
            text,
            languages=langs,
            settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
        )
    except Exception:
        return None
    if dt is None or str(dt.year) not in text or not (_MIN_YEAR <= dt.year <= _MAX_YEAR):
        return None
    if re.search(r"\d[:h.]\d\d", text):
        return dt.strftime("%Y-%m-%dT%H:%M")
    return dt.strftime("%Y-%m-%d")


_LABEL_UPDATED = re.compile(
    r"^\W*(?:updated|last (?:modified|updated)|modified|actualizado|actualización|atualizado|"
    r"обновлено|обновлен[оа]?|изменено|mis à jour|aktualisiert|geändert)\b",
    re.I,
)


def is_updated_label(text: str) -> bool:
    """Whether a line labels an update / modification time rather than the publication."""
    return bool(_LABEL_UPDATED.match(text))
