"""Text-dump metadata against a stand-in gold read from the same pages' HTML.

    .venv/bin/python benchmarks/eval_dump_meta_bench.py [BENCH_DIR] [--verbose] [--half train|test|all]

The shared article-extraction benchmark (181 real pages, ``dumps/`` and ``html/`` of the same
page) has no gold metadata, so each page's HTML stands in for it:

- **title**: og:title, twitter:title, the first ``<h1>``, ``<title>`` without a " | Site" /
  " - Site" tail. Any of them counts (sites print the h1 but their og:title may be an SEO
  variant). Equal after folding (case, whitespace, quotes and dashes, a trailing period), or
  one contains the other and the shorter has >= 90% of the longer's words.
- **published**: article:published_time (and its common aliases), JSON-LD datePublished,
  ``<time datetime>``; compared at day precision only. A stamp is read as written (its own
  offset), and a UTC stamp (``Z`` / ``+00:00``) also accepts the neighbouring day on the side
  its clock is near (before 10:00 the day before, after 14:00 the day after): the page prints
  local time.
- **author**: meta author, JSON-LD author names, ``rel=author`` link text; only values that
  look like person names (2-4 capitalised words, no digits, no outlet / staff words). The
  system is right where its set of names equals one source's set (folded, accents kept).
- **outlet**: og:site_name, JSON-LD publisher name, application-name. Equal ignoring case,
  punctuation, spaces, a leading "The" and a domain suffix (".com", ".co.uk"), or one is the
  other's acronym ("WSJ" / "Wall Street Journal").
- **section** (informational): article:section / JSON-LD articleSection, folded equality.

Only pages where the HTML gives a value count for that field ("n"). Figures are printed for
the TRAIN half (sorted ids, even positions) and the TEST half (odd positions) separately;
``--verbose`` prints every disagreement. ``found-no-gold`` counts pages where the system gives
a value and the HTML none (not necessarily wrong: many pages print a byline without meta).
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from datetime import date, timedelta
from pathlib import Path

from lxml import html as lxml_html

from deportwatch.article.dump import extract_dump
from deportwatch.article.html import _meta_tags  # the reader the extractor itself uses

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "bench" / "article-extraction"
FIELDS = ("title", "published", "author", "outlet", "section")

# ------------------------------------------------------------------ stand-in gold from HTML

_PUB_META = (
    "article:published_time", "og:article:published_time", "datepublished", "pubdate",
    "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "sailthru.date",
    "parsely-pub-date", "cxenseparse:recs:publishtime",
)
_STAFFY = re.compile(
    r"\b(?:staff|news|team|desk|editors?|editorial|media|press|agency|group|inc|llc|ltd|"
    r"magazine|online|blog|admin|contributor|reuters|associated|bloomberg|service)\b|[\d@/|]",
    re.I,
)


def _txt(s: str | None) -> str:
    return " ".join((s or "").split())


def _ld(tree) -> list[dict]:
    objs: list[dict] = []

    def walk(x) -> None:
        if isinstance(x, dict):
            objs.append(x)
            for k in ("@graph", "mainEntity", "itemListElement"):
                if k in x:
                    walk(x[k])
        elif isinstance(x, list):
            for y in x:
                walk(y)

    for el in tree.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json" or not el.text:
            continue
        try:
            walk(json.loads(el.text.strip().rstrip(";")))
        except ValueError:
            continue
    return objs


def _names(x) -> list[str]:
    if isinstance(x, str):
        return [_txt(x)]
    if isinstance(x, dict):
        return _names(x.get("name"))
    if isinstance(x, list):
        return [n for y in x for n in _names(y)]
    return []


def _person(s: str) -> bool:
    w = s.split()
    if not 2 <= len(w) <= 4 or _STAFFY.search(s):
        return False
    return all(x[:1].isupper() or x.lower() in ("de", "van", "von", "der", "da", "del", "la", "le") for x in w)


_TITLE_TAIL = re.compile(r"\s+[|–—:-]\s+[^|–—]{2,60}$")


def _split_authors(s: str) -> list[str]:
    s = re.sub(r"^by\s+", "", s, flags=re.I)
    return [x.strip() for x in re.split(r"\s*(?:,|;|\band\b|&)\s*", s) if x.strip()]


def html_gold(page: str) -> dict:
    tree = lxml_html.fromstring(page)
    meta = _meta_tags(tree)
    lds = _ld(tree)
    gold: dict[str, list] = {k: [] for k in FIELDS}
    # title
    titles = [meta.get("og:title"), meta.get("twitter:title")]
    h1 = tree.find(".//h1")
    if h1 is not None:
        titles.append(_txt(h1.text_content()))
    t = tree.find(".//title")
    if t is not None and t.text:
        tt = _txt(t.text_content())
        titles.append(tt)
        for _ in range(2):
            tt = _TITLE_TAIL.sub("", tt)
            titles.append(tt)
    gold["title"] = _uniq(x for x in titles if x and len(x.split()) >= 2)
    # published
    stamps = [meta[k] for k in _PUB_META if k in meta]
    for o in lds:
        if isinstance(o.get("datePublished"), str):
            stamps.append(o["datePublished"])
    for el in tree.iter("time"):
        if el.get("datetime"):
            stamps.append(el.get("datetime"))
            break
    days: list[date] = []
    for s in stamps:
        days.extend(_days(s))
    gold["published"] = _uniq(days)
    # author: one candidate set per source
    sets: list[tuple[str, ...]] = []
    if meta.get("author"):
        sets.append(tuple(_split_authors(meta["author"])))
    for o in lds:
        if "author" in o and any(k in str(o.get("@type", "")) for k in ("Article", "Posting", "Report", "WebPage", "Blog")):
            sets.append(tuple(_names(o["author"])))
    rel = [_txt(a.text_content()) for a in tree.iter("a") if "author" in (a.get("rel") or "").split()]
    if rel:
        sets.append(tuple(dict.fromkeys(x for x in rel if x)))
    gold["author"] = _uniq(s for s in sets if s and all(_person(x) for x in s))
    # outlet
    outs = [meta.get("og:site_name"), meta.get("application-name")]
    for o in lds:
        pub = o.get("publisher")
        if pub:
            outs.extend(_names(pub)[:1])
    # a tagline after " | " is not the name ("LinkNaija | Nigeria's popular news platform")
    outs = [x.split(" | ")[0].strip() for x in outs if x]
    gold["outlet"] = _uniq(x for x in outs if x and len(x) <= 60 and not x.startswith("@"))
    # section
    secs = [meta.get("article:section")]
    for o in lds:
        s = o.get("articleSection")
        secs.extend(s if isinstance(s, list) else [s])
    gold["section"] = _uniq(x for x in secs if isinstance(x, str) and x.strip())
    return gold


def _uniq(xs) -> list:
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


_STAMP = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?")


def _days(s: str) -> list[date]:
    m = _STAMP.search(s or "")
    if not m:
        return []
    try:
        d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return []
    if not 1990 <= d.year <= 2100:
        return []
    out = [d]
    zone, hour = m.group(6), m.group(4)
    if hour and zone and zone.replace(":", "") in ("Z", "+0000", "-0000"):
        if int(hour) < 10:
            out.append(d - timedelta(days=1))
        elif int(hour) >= 14:
            out.append(d + timedelta(days=1))
    return out


# ------------------------------------------------------------------ matching

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\xa0": " "})


def fold_title(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).translate(_QUOTES).casefold()
    s = " ".join(s.split()).rstrip(" .")
    return s


def title_match(sys: str | None, gold: str) -> bool:
    if not sys:
        return False
    a, b = fold_title(sys), fold_title(gold)
    if a == b:
        return True
    wa, wb = re.findall(r"\w+", a), re.findall(r"\w+", b)
    if not wa or not wb:
        return False
    short, long_ = (a, b) if len(wa) <= len(wb) else (b, a)
    ws, wl = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return short in long_ and len(ws) >= 0.9 * len(wl)


_SUFFIX = re.compile(r"\.(?:com|org|net|co\.uk|co|uk|in|au|ca|io|news|info|br|com\.br)$")


def fold_outlet(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).casefold().strip()
    s = re.sub(r"^(?:www\.)", "", s)
    s = _SUFFIX.sub("", s)
    s = re.sub(r"^the\s+", "", s)
    return re.sub(r"[\W_]+", "", s)


def _acro(s: str) -> str:
    return "".join(w[0] for w in re.findall(r"[^\W\d_]+", re.sub(r"^the\s+", "", s, flags=re.I)) if w[0].isupper())


def outlet_match(sys: str | None, gold: str) -> bool:
    if not sys:
        return False
    a, b = fold_outlet(sys), fold_outlet(gold)
    if a and a == b:
        return True
    return (len(sys) >= 2 and sys.isupper() and sys == _acro(gold) and len(sys) >= 3) or (
        gold.isupper() and gold == _acro(sys) and len(gold) >= 3
    )


def _name_key(s: str) -> str:
    return re.sub(r"[\W_]+", " ", s.casefold()).strip()


def author_match(sys: str | None, gold: tuple[str, ...]) -> bool:
    if not sys:
        return False
    a = {_name_key(x) for x in sys.split(",") if x.strip()}
    return a == {_name_key(x) for x in gold}


def published_match(sys: str | None, gold: date) -> bool:
    return bool(sys) and sys[:10] == gold.isoformat()


def right(field: str, sys, golds: list) -> bool:
    if field == "title":
        return any(title_match(sys, g) for g in golds)
    if field == "published":
        return any(published_match(sys, g) for g in golds)
    if field == "author":
        return any(author_match(sys, g) for g in golds)
    if field == "outlet":
        return any(outlet_match(sys, g) for g in golds)
    return bool(sys) and any(fold_title(sys) == fold_title(g) for g in golds)


# ------------------------------------------------------------------ main


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bench", nargs="?", default=str(DEFAULT))
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--half", choices=("train", "test", "all", "both"), default="both")
    ap.add_argument("--field", choices=FIELDS, help="only this field's disagreements with --verbose")
    args = ap.parse_args()
    root = Path(args.bench)
    ids = sorted(p.stem for p in (root / "dumps").glob("*.txt"))
    if not ids:
        raise SystemExit(f"no dumps under {root}")
    halves = {"train": ids[0::2], "test": ids[1::2]}
    if args.half == "all":
        halves = {"all": ids}
    elif args.half in ("train", "test"):
        halves = {args.half: halves[args.half]}
    for name, part in halves.items():
        score = {f: [0, 0, 0] for f in FIELDS}  # right, with gold, found without gold
        for pid in part:
            gold = html_gold((root / "html" / f"{pid}.html").read_text(encoding="utf-8", errors="replace"))
            art = extract_dump((root / "dumps" / f"{pid}.txt").read_text(encoding="utf-8", errors="replace"))
            for f in FIELDS:
                sys = getattr(art, f)
                if not gold[f]:
                    score[f][2] += bool(sys)
                    continue
                score[f][1] += 1
                ok = right(f, sys, gold[f])
                score[f][0] += ok
                if args.verbose and not ok and (args.field in (None, f)):
                    g = gold[f][:3]
                    if f == "published":
                        g = [d.isoformat() for d in g]
                    print(f"  [{name}] {pid[:10]} {f:9s} sys={sys!r}  gold={g!r}")
        print(f"{name} ({len(part)} pages): " + "  ".join(
            f"{f} {r}/{n} ({r / n:.0%}; +{x} no-gold)" if n else f"{f} -" for f, (r, n, x) in score.items()
        ))


if __name__ == "__main__":
    main()
