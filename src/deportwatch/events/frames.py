"""One sentence -> event frames: kind, status, from, to, nationalities, people, date.

Why: a news sentence states a happening through a cue word (deported, landed, agreed, held)
and ties countries, counts and dates to it through prepositions and word order ("flew 177
Venezuelan men out of Guantanamo ... in Honduras"). :func:`sentence_frames` reads those ties
from the mentions that fall inside the sentence; nothing here knows any particular story.
Frames are merged into events afterwards (``merge.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..record import Mention
from .lexicon import Lexicon, custody_sites, lexicon
from .status import is_statistic, status_of

_LIST_GAP = re.compile(r"^(?:\s*(?:,|and|or|y|e|o|и|или|as\s+well\s+as)\s*)+(?:the\s+|la\s+|el\s+)?$", re.IGNORECASE)
_SINCE = re.compile(r"(?:since|from|desde|с|со|between|entre)\s+(?:the\s+|el\s+)?$", re.IGNORECASE)
_DEADLINE = re.compile(r"(?:by|until|till|before|deadline\s+of|hasta|antes\s+del?|до|к)\s+(?:the\s+|el\s+)?$", re.IGNORECASE)
_PARTITIVE = re.compile(r"^\s*(?:of\s+(?:them|those|the|whom)|de\s+(?:ellos|ellas|los|las)|из\s+них)\b", re.IGNORECASE)
_NOT_PEOPLE = re.compile(r"^\s*(?:%|percent|per\s+cent|por\s+ciento|процент|km|kilómetros|километр|hours?|horas|час|days?|días|дн|years?|años|лет|год|months?|meses|месяц|weeks?|semanas|недел|€|\$|£|euros?|dollars?|евро|долл|руб|million|millones|млн|billion|млрд|beds?|camas|places|plazas|мест|kilometres|kilometers|minutes?|minutos|минут)", re.IGNORECASE)


_ORIGIN = re.compile(r"(?:come|comes|came|are|were|is|proceden|vienen|procedían|родом)\s+(?:from|de|из)\s+(?:the\s+|la\s+)?$|(?:nationalities|nacionalidades|países|countries|стран|национальност\w*)[^.:;]{0,40}(?::|such\s+as|como|including|incluidos)\s*$|(?:citizens|nationals|ciudadanos|граждан\w*)\s+(?:of|de)?\s*(?:the\s+|la\s+)?$", re.IGNORECASE)


@dataclass
class Frame:
    """What one cue in one sentence says about one happening."""

    kind: str
    role: str
    status: str
    sent: tuple[int, int]
    cue: tuple[int, int]
    from_: str | None = None
    to: str | None = None
    to_explicit: bool = False
    nationalities: dict[str, int | None] = field(default_factory=dict)
    people: dict[str, Any] | None = None
    date: str | None = None
    place: str | None = None
    weak: bool = False


@dataclass
class _C:
    """A country mention with the role the sentence gives it."""

    iso: str
    start: int
    end: int
    role: str  # from | to | with | by | nat | adj | bare
    site: str | None = None


def _classify(body: str, s: int, countries: list[Mention], lex: Lexicon, sites) -> list[_C]:
    out: list[_C] = []
    prev: _C | None = None
    for m in countries:
        iso = m.value
        left = body[max(s, m.start - 40) : m.start]
        site = None
        for _rx, host, custodian in sites:
            if iso == host:
                iso, site = custodian, host
        role = "bare"
        if prev is not None and _LIST_GAP.match(body[prev.end : m.start]):
            role = prev.role
        else:
            for r in ("from", "by", "with", "to"):
                rx = lex.preps.get(r)
                if rx is not None and rx.search(left):
                    role = r
                    break
        if m.role == "demonym":
            after = body[m.end : m.end + 30]
            before = body[max(s, m.start - 25) : m.start]
            plural_noun = bool(re.match(r"[^\W\d]*(?:s|ы|ев|ов|цы|цев|ам)$", m.text)) and m.text[:1].isupper() and m.text.lower() != m.text
            people_after = lex.people is not None and re.match(r"^\s*(?:\w+\s+){0,2}?" + lex.people.pattern, after, re.IGNORECASE)
            people_before = lex.people is not None and re.search(lex.people.pattern + r"\s*(?:\w+\s+)?$", before, re.IGNORECASE)
            number_before = bool(re.search(r"\d\s*$", before))
            if people_after or people_before or number_before or plural_noun:
                role = "nat"
            elif role != "with":
                role = "adj"
        c = _C(iso, m.start, m.end, role, site)
        out.append(c)
        prev = c
    # "people from China, Pakistan and Afghanistan", "citizens of ...": origins, not senders
    for i, c in enumerate(out):
        if c.role in ("from", "to") and (i == 0 or out[i - 1].role != c.role or not _LIST_GAP.match(body[out[i - 1].end : c.start])):
            before = body[max(s, c.start - 45) : c.start]
            if _ORIGIN.search(before) or lex.people is not None and re.search(lex.people.pattern + r"[^\W\d]*(?:\s+(?:of\s+)?(?:more\s+than\s+)?(?:a\s+dozen\s+|various\s+)?(?:countries|países|стран)\s*:?)?\s+(?:from|of|de|из|como)?\s*(?:the\s+|la\s+)?$", before, re.IGNORECASE):
                j = i
                role = c.role
                while j < len(out) and out[j].role == role and (j == i or _LIST_GAP.match(body[out[j - 1].end : out[j].start])):
                    out[j].role = "nat"
                    j += 1
    return out


def _people(body: str, numbers: list[Mention], lex: Lexicon, demonyms: list[Mention], cue: int | None) -> dict[str, Any] | None:
    """The count of people nearest the cue (a number next to a people noun or a demonym)."""
    found = []
    for m in numbers:
        v = m.value if isinstance(m.value, dict) else {}
        if not isinstance(v.get("value"), int) or v.get("value", 0) <= 0:
            continue
        after = body[m.end : m.end + 40]
        if _NOT_PEOPLE.match(after) or _PARTITIVE.match(after):
            continue
        noun = v.get("noun") or ""
        is_people = bool(noun and lex.people is not None and lex.people.match(noun))
        if not is_people and lex.people is not None:
            is_people = bool(re.match(r"^\s*(?:[^\W\d]+\s+){0,2}?" + lex.people.pattern, after, re.IGNORECASE))
        if not is_people:
            is_people = any(0 <= d.start - m.end <= 12 for d in demonyms)
        if is_people:
            found.append((abs(m.start - cue) if cue is not None else 0, m.start, {"value": v["value"], "qualifier": v.get("qualifier") or "exact"}))
    return min(found, key=lambda x: (x[0], x[1]))[2] if found else None


def _date(body: str, s: int, dates: list[Mention], lex: Lexicon, cue: int) -> str | None:
    best, dist = None, 10**9
    for m in dates:
        v = m.value if isinstance(m.value, dict) else {}
        d = v.get("date")
        if not d:
            continue
        left = body[max(s, m.start - 30) : m.start]
        if lex.speech is not None and lex.speech.search(left):
            continue
        if _DEADLINE.search(left):
            continue
        if _SINCE.search(left):
            d = d[:7]
        gap = abs(m.start - cue)
        if gap < dist:
            best, dist = d, gap
    return best


def _nearest(cs: list[_C], pos: int, roles: tuple[str, ...], before: bool | None = None) -> _C | None:
    cands = [c for c in cs if c.role in roles and (before is None or (c.end <= pos) == before)]
    if not cands:
        return None
    return min(cands, key=lambda c: abs(c.start - pos))


def sentence_frames(body: str, span: tuple[int, int], mentions: list[Mention], lang: str | None) -> list[Frame]:
    """The event frames of the sentence ``body[span[0]:span[1]]``; ``mentions`` lie inside it."""
    s, e = span
    text = body[s:e]
    lex = lexicon(lang)
    hits: list[tuple[int, int, str, str]] = []
    for cue in lex.cues:
        for m in cue.pattern.finditer(text):
            hits.append((s + m.start(), s + m.end(), cue.kind, cue.role))
    if not hits or is_statistic(text, lang):
        return []
    sites = [(rx, host, cust) for rx, host, cust in custody_sites() if rx.search(text)]
    site_names = [rx.search(text).group(0) for rx, _h, _c in sites]
    countries = _classify(body, s, [m for m in mentions if m.kind == "country" and isinstance(m.value, str)], lex, sites)
    numbers = [m for m in mentions if m.kind == "number"]
    dates = [m for m in mentions if m.kind == "date"]
    demonyms = [m for m in mentions if m.kind == "country" and m.role == "demonym"]
    nats: dict[str, int | None] = {}
    for c in countries:
        if c.role == "nat":
            count = None
            for n in numbers:
                v = n.value if isinstance(n.value, dict) else {}
                if 0 <= c.start - n.end <= 3 and isinstance(v.get("value"), int):
                    count = v["value"]
            nats.setdefault(c.iso, count)
            if count is not None:
                nats[c.iso] = count
    by_kind: dict[str, list[tuple[int, int, str]]] = {}
    for a, b, kind, role in sorted(hits):
        by_kind.setdefault(kind, []).append((a, b, role))
    strong_removal = any(r != "vehicle" for _a, _b, r in by_kind.get("removal", []))
    peopleish = people_any = _people(body, numbers, lex, demonyms, None) is not None
    peopleish = people_any or bool(nats) or (lex.people is not None and lex.people.search(text) is not None)
    frames: list[Frame] = []
    for kind, cue_hits in by_kind.items():
        main = next((h for h in cue_hits if h[2] != "vehicle"), cue_hits[0])
        a, b, role = main
        roles = {h[2] for h in cue_hits}
        if kind == "detention" and not (peopleish or sites):
            continue
        if kind == "onward_return" and strong_removal:
            transit = [c for c in countries if c.role == "to" and c.iso not in nats]
            if not (transit and len(nats) == 1):
                continue
        f = Frame(kind, role, status_of(text, a - s, kind, lang), (s, e), (a, b))
        f.nationalities = dict(nats)
        f.people = _people(body, numbers, lex, demonyms, a)
        f.date = _date(body, s, dates, lex, a)
        f.weak = roles == {"vehicle"}
        src = _nearest(countries, a, ("from", "by"))
        to = _nearest(countries, a, ("to",))
        bare_before = _nearest(countries, a, ("bare",), before=True)
        bare_after = _nearest(countries, a, ("bare",), before=False)
        if kind == "removal":
            if "receive" in roles and bare_before is not None:
                recv = next(h for h in cue_hits if h[2] == "receive")
                to = _nearest(countries, recv[0], ("bare",), before=True) or to
            elif src is None and bare_before is not None and role != "back":
                src = bare_before
            if to is None and role == "send" and bare_after is not None:
                to = bare_after
            f.from_ = src.iso if src else None
            f.to = to.iso if to else None
            if f.to is None and len(nats) == 1 and next(iter(nats)) != f.from_:
                f.to = next(iter(nats))  # foreigners removed to their own country
        elif kind == "onward_return":
            f.from_ = (to.iso if to else None) or (src.iso if src else None)
            f.to = next(iter(nats)) if len(nats) == 1 else None
            if f.from_ == f.to:
                f.from_ = None
        elif kind == "detention":
            held = to or bare_after or bare_before
            f.to = held.iso if held else None
            f.from_ = src.iso if src else None
        elif kind == "arrangement":
            by = _nearest(countries, a, ("by",))
            f.from_ = by.iso if by else None
            cands = [c for c in countries if c.role in ("bare", "with", "to", "from") and (by is None or c.iso != by.iso)]
            if bare_before is not None:
                cands.sort(key=lambda c: c is not bare_before)
            f.to = cands[0].iso if cands else None
            extra = []
            for c in cands[1:]:
                if c.iso != f.to and c.iso not in extra:
                    extra.append(c.iso)
            for iso in extra:
                frames.append(Frame(kind, role, f.status, (s, e), (a, b), f.from_, iso, True, dict(nats), None, f.date))
        if f.from_ is not None and f.from_ == f.to:
            f.from_ = None
        f.to_explicit = f.to is not None
        if sites:
            f.place = site_names[0]
            custodians = {c for _r, _h, c in sites}
            if f.kind == "removal" and f.to in custodians:
                f.kind, f.from_ = "detention", f.to
            elif f.kind == "detention" and (f.to is None or f.to in custodians):
                f.to = f.from_ = next(iter(custodians))
        for k in list(f.nationalities):
            if k in (f.from_,) and k not in {c.iso for c in countries if c.role == "nat"}:
                del f.nationalities[k]
        frames.append(f)
    return frames
