"""Scoring against gold files, exactly as FORMAT.md ("How records are scored") says.

The scorer works on plain JSON records (what ``extract --json`` prints), so it
can score any system, not only ours. :func:`score_records` is the heart;
:func:`find_gold_pages` pairs each ``*.gold.json`` with the page beside it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date as _date
from pathlib import Path
from typing import Any

ARTICLE_FIELDS = ("outlet", "title", "published", "author", "section", "language")
EVENT_SLOTS = ("status", "nationalities", "people", "date")


# ---------------------------------------------------------------- gold files


@dataclass
class GoldPage:
    gold_path: Path
    page_path: Path | None
    gold: dict[str, Any]


def find_gold_pages(dirs: list[str]) -> list[GoldPage]:
    """Every ``*.gold.json`` under ``dirs`` with the page file it describes."""
    out = []
    for d in dirs:
        root = Path(d)
        golds = [root] if root.is_file() else sorted(root.rglob("*.gold.json"))
        for gp in golds:
            gold = json.loads(gp.read_text(encoding="utf-8"))
            stem = gp.name[: -len(".gold.json")]
            page = gp.parent / gold["source"] if gold.get("source") else None
            if page is None or not page.exists():
                cands = [p for p in gp.parent.glob(stem + ".*") if not p.name.endswith(".gold.json")]
                page = cands[0] if cands else None
            out.append(GoldPage(gp, page, gold))
    return out


# ---------------------------------------------------------------- folding


def fold(s: Any) -> str:
    """Case and whitespace folded, Unicode-normalised (for field comparison)."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFC", str(s))
    return " ".join(s.split()).casefold()


def body_right(body: str, gold_article: dict) -> tuple[bool, str]:
    """FORMAT.md: begins with body_starts, ends with body_ends, holds no noise line."""
    b = fold(body)
    starts, ends = fold(gold_article.get("body_starts")), fold(gold_article.get("body_ends"))
    if not b:
        return False, "empty body"
    if not b.startswith(starts):
        return False, f"body starts {b[:60]!r}, expected {starts[:60]!r}"
    if not b.endswith(ends):
        return False, f"body ends {b[-60:]!r}, expected {ends[-60:]!r}"
    for line in gold_article.get("noise") or []:
        if fold(line) and fold(line) in b:
            return False, f"noise in body: {line[:60]!r}"
    return True, ""


def field_right(name: str, system: Any, gold: Any) -> bool:
    if name == "published" and gold:
        return bool(system) and fold(system)[: len(fold(gold))] == fold(gold)
    return fold(system) == fold(gold)


# ---------------------------------------------------------------- events


def _date_range(d: str | None) -> tuple[_date, _date] | None:
    if not d:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", d)
    if not m:
        return None
    y = int(m.group(1))
    if m.group(3):
        day = _date(y, int(m.group(2)), int(m.group(3)))
        return day, day
    if m.group(2):
        mo = int(m.group(2))
        end = _date(y + (mo == 12), mo % 12 + 1, 1)
        return _date(y, mo, 1), _date.fromordinal(end.toordinal() - 1)
    return _date(y, 1, 1), _date(y, 12, 31)


def dates_compatible(a: str | None, b: str | None) -> bool:
    """One contains the other, or within 7 days; a missing date is compatible."""
    ra, rb = _date_range(a), _date_range(b)
    if ra is None or rb is None:
        return True
    if (ra[0] <= rb[0] and rb[1] <= ra[1]) or (rb[0] <= ra[0] and ra[1] <= rb[1]):
        return True
    gap = max(ra[0].toordinal() - rb[1].toordinal(), rb[0].toordinal() - ra[1].toordinal())
    return gap <= 7


def events_pairable(s: dict, g: dict) -> bool:
    return (
        s.get("kind") == g.get("kind")
        and s.get("to") == g.get("to")
        and (s.get("from") is None or g.get("from") is None or s.get("from") == g.get("from"))
        and dates_compatible(s.get("date"), g.get("date"))
    )


def slot_scores(s: dict, g: dict) -> dict[str, float]:
    """Each scored slot of a pair: 1.0 right, 0.0 wrong; slots null in the gold are left out."""
    out: dict[str, float] = {}
    if g.get("status") is not None:
        out["status"] = float(s.get("status") == g.get("status"))
    if g.get("nationalities") is not None:
        gk, sk = set(g["nationalities"] or {}), set(s.get("nationalities") or {})
        if not gk and not sk:
            out["nationalities"] = 1.0
        else:
            tp = len(gk & sk)
            out["nationalities"] = 2 * tp / (len(gk) + len(sk)) if tp else 0.0
    if g.get("people") is not None:
        sp = s.get("people") or {}
        out["people"] = float(sp.get("value") == g["people"].get("value") and sp.get("qualifier") == g["people"].get("qualifier"))
    if g.get("date") is not None:
        sd = s.get("date") or ""
        out["date"] = float(sd[: len(g["date"])] == g["date"] and len(sd) >= len(g["date"]))
    return out


def pair_events(system: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """Greedy pairing, most agreeing slots first; each event used once."""
    cands = []
    for i, s in enumerate(system):
        for j, g in enumerate(gold):
            if events_pairable(s, g):
                agree = sum(slot_scores(s, g).values()) + (s.get("from") == g.get("from"))
                cands.append((-agree, j, i))
    cands.sort()
    used_s, used_g, pairs = set(), set(), []
    for _, j, i in cands:
        if i not in used_s and j not in used_g:
            used_s.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


# ---------------------------------------------------------------- claims

_STOP = set(
    "the a an of in on at to for from and by with its his her their this that "
    "de del la el los las y en a al por para con su sus "
    "в во на из с со и по к у о об от для".split()
)


def content_words(s: str | None) -> set[str]:
    s = fold(s).replace(".", "")
    return {w for w in re.findall(r"\w+", s) if w not in _STOP}


def speakers_match(a: str, b: str) -> bool:
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return False
    return 2 * len(wa & wb) >= max(len(wa), len(wb))


def dedupe_claims(claims: list[dict]) -> list[dict]:
    seen, out = set(), []
    for c in claims:
        key = (frozenset(content_words(c.get("speaker"))), c.get("stance"))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def pair_claims(system: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    pairs, used = [], set()
    for i, s in enumerate(system):
        for j, g in enumerate(gold):
            if j not in used and s.get("stance") == g.get("stance") and speakers_match(s.get("speaker", ""), g.get("speaker", "")):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


# ---------------------------------------------------------------- the report


@dataclass
class Counts:
    tp: int = 0
    sys: int = 0
    gold: int = 0

    def add(self, tp: int, sys: int, gold: int) -> None:
        self.tp += tp
        self.sys += sys
        self.gold += gold

    @property
    def precision(self) -> float:
        return self.tp / self.sys if self.sys else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class PageReport:
    name: str
    language: str | None
    fields: dict[str, bool] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    events: Counts = field(default_factory=Counts)
    claims: Counts = field(default_factory=Counts)
    slots: dict[str, list[float]] = field(default_factory=dict)
    missed_events: list[dict] = field(default_factory=list)
    spurious_events: list[dict] = field(default_factory=list)
    missed_claims: list[dict] = field(default_factory=list)
    spurious_claims: list[dict] = field(default_factory=list)
    not_article: bool = False


def score_page(name: str, record: dict, gold: dict) -> PageReport:
    """Score one system record against its gold."""
    ga = gold.get("article") or {}
    sa = record.get("article") or {}
    body = record.get("body", sa.get("body", "")) or ""
    rep = PageReport(name=name, language=ga.get("language"), not_article=bool(gold.get("not_article")))
    if rep.not_article:
        ok = not body.strip() or bool(record.get("error"))
        rep.fields["body"] = ok
        if not ok:
            rep.problems.append("body: a page that is not an article was given a body")
    else:
        ok, why = body_right(body, ga)
        rep.fields["body"] = ok
        if not ok:
            rep.problems.append(f"body: {why}")
        for f in ARTICLE_FIELDS:
            right = field_right(f, sa.get(f), ga.get(f))
            rep.fields[f] = right
            if not right:
                rep.problems.append(f"{f}: got {sa.get(f)!r}, expected {ga.get(f)!r}")
    sys_events, gold_events = record.get("events") or [], gold.get("events") or []
    pairs = pair_events(sys_events, gold_events)
    rep.events.add(len(pairs), len(sys_events), len(gold_events))
    for i, j in pairs:
        for slot, v in slot_scores(sys_events[i], gold_events[j]).items():
            rep.slots.setdefault(slot, []).append(v)
    ps, pg = {i for i, _ in pairs}, {j for _, j in pairs}
    rep.spurious_events = [e for i, e in enumerate(sys_events) if i not in ps]
    rep.missed_events = [e for j, e in enumerate(gold_events) if j not in pg]
    sys_claims, gold_claims = dedupe_claims(record.get("claims") or []), dedupe_claims(gold.get("claims") or [])
    cpairs = pair_claims(sys_claims, gold_claims)
    rep.claims.add(len(cpairs), len(sys_claims), len(gold_claims))
    cs, cg = {i for i, _ in cpairs}, {j for _, j in cpairs}
    rep.spurious_claims = [c for i, c in enumerate(sys_claims) if i not in cs]
    rep.missed_claims = [c for j, c in enumerate(gold_claims) if j not in cg]
    return rep


@dataclass
class Summary:
    pages: list[PageReport]

    def field_accuracy(self, f: str) -> tuple[int, int]:
        scored = [p.fields[f] for p in self.pages if f in p.fields]
        return sum(scored), len(scored)

    def events(self, language: str | None = None) -> Counts:
        c = Counts()
        for p in self.pages:
            if language is None or p.language == language:
                c.add(p.events.tp, p.events.sys, p.events.gold)
        return c

    def claims(self, language: str | None = None) -> Counts:
        c = Counts()
        for p in self.pages:
            if language is None or p.language == language:
                c.add(p.claims.tp, p.claims.sys, p.claims.gold)
        return c

    def slot_accuracy(self, slot: str) -> tuple[float, int]:
        vals = [v for p in self.pages for v in p.slots.get(slot, [])]
        return (sum(vals) / len(vals) if vals else 0.0), len(vals)

    def languages(self) -> list[str]:
        return sorted({p.language for p in self.pages if p.language})

    def to_json(self) -> dict[str, Any]:
        ev, cl = self.events(), self.claims()
        return {
            "pages": len(self.pages),
            "fields": {f: dict(zip(("right", "scored"), self.field_accuracy(f), strict=True)) for f in ("body", *ARTICLE_FIELDS)},
            "events": {"precision": ev.precision, "recall": ev.recall, "f1": ev.f1, "tp": ev.tp, "system": ev.sys, "gold": ev.gold},
            "slots": {s: self.slot_accuracy(s)[0] for s in EVENT_SLOTS},
            "claims": {"precision": cl.precision, "recall": cl.recall, "f1": cl.f1, "tp": cl.tp, "system": cl.sys, "gold": cl.gold},
            "by_language": {
                lang: {"events_f1": self.events(lang).f1, "claims_f1": self.claims(lang).f1} for lang in self.languages()
            },
            "problems": {p.name: p.problems for p in self.pages if p.problems},
            "missed_events": {p.name: p.missed_events for p in self.pages if p.missed_events},
            "spurious_events": {p.name: p.spurious_events for p in self.pages if p.spurious_events},
            "missed_claims": {p.name: p.missed_claims for p in self.pages if p.missed_claims},
            "spurious_claims": {p.name: p.spurious_claims for p in self.pages if p.spurious_claims},
        }


def score_records(pairs: list[tuple[str, dict, dict]]) -> Summary:
    """Score (name, system record, gold) triples."""
    return Summary([score_page(n, r, g) for n, r, g in pairs])


def gold_body(page_text: str, gold: dict) -> str:
    """The body a gold file describes, cut from a page's text (for developing later stages
    on right bodies while the article stage is imperfect). HTML is turned into text first."""
    ga = gold.get("article") or {}
    if gold.get("not_article") or not ga.get("body_starts"):
        return ""
    text = page_text
    if "<p" in text[:50000].lower():
        import trafilatura

        text = trafilatura.extract(text, favor_recall=True, include_comments=False) or text
    start = text.find(ga["body_starts"])
    end = text.rfind(ga["body_ends"])
    if start < 0 or end < 0:
        return ""
    noise = {fold(n) for n in ga.get("noise") or []}
    lines = [ln.strip() for ln in text[start : end + len(ga["body_ends"])].splitlines()]
    return "\n\n".join(ln for ln in lines if ln and fold(ln) not in noise)
