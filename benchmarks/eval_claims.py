"""Claims found vs gold, page by page, for any gold dirs.

    .venv/bin/python benchmarks/eval_claims.py [DIR ...] [--gold-body] [--quiet] [--lang xx]

Default dirs: corpus/validation. Each page runs through ``deportwatch.pipeline.process`` (or,
with ``--gold-body``, the mention finders and the extractor on the body cut with ``gold_body``,
so that the figures measure the claims stage alone). For every page it prints the gold claims
(``+`` paired, ``-`` missed) with their evidence and, under each missed one, the system claims
whose evidence holds the gold's evidence; then the spurious system claims with their first
evidence sentence. The totals at the end are P/R/F1 overall and per language, scored as
``deportwatch eval`` scores them (``dedupe_claims`` + ``pair_claims``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from deportwatch.evaluate import (
    Counts,
    dedupe_claims,
    find_gold_pages,
    fold,
    gold_body,
    pair_claims,
)
from deportwatch.events import get_extractor
from deportwatch.mentions import find_mentions
from deportwatch.pipeline import process
from deportwatch.record import Article
from deportwatch.sources import read_pages


def _short(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _record(gp, use_gold_body: bool) -> dict:
    if use_gold_body:
        ga = gp.gold.get("article") or {}
        body = gold_body(gp.page_path.read_text(encoding="utf-8", errors="replace"), gp.gold)
        article = Article(body=body, published=ga.get("published"), language=ga.get("language"))
        events, claims = get_extractor("rules").extract(article, find_mentions(article))
        return {"body": body, "claims": [c.to_json() for c in claims]}
    page = next(iter(read_pages([str(gp.page_path)])))
    rec = process(page).to_json()
    return rec


def main(argv: list[str]) -> int:
    use_gold_body = "--gold-body" in argv
    quiet = "--quiet" in argv
    lang_only = None
    args = []
    it = iter(argv)
    for a in it:
        if a == "--lang":
            lang_only = next(it, None)
        elif not a.startswith("--"):
            args.append(a)
    dirs = args or [str(Path(__file__).resolve().parent.parent / "corpus/validation")]
    total = Counts()
    by_lang: dict[str, Counts] = {}
    for gp in find_gold_pages(dirs):
        if gp.page_path is None or gp.gold.get("not_article"):
            continue
        lang = (gp.gold.get("article") or {}).get("language") or "?"
        if lang_only and lang != lang_only:
            continue
        rec = _record(gp, use_gold_body)
        sys_c = dedupe_claims(rec.get("claims") or [])
        gold_c = dedupe_claims(gp.gold.get("claims") or [])
        pairs = pair_claims(sys_c, gold_c)
        total.add(len(pairs), len(sys_c), len(gold_c))
        by_lang.setdefault(lang, Counts()).add(len(pairs), len(sys_c), len(gold_c))
        if quiet:
            continue
        name = gp.gold_path.name.removesuffix(".gold.json")
        print(f"== {name} [{lang}]  {len(pairs)}/{len(sys_c)}/{len(gold_c)}")
        paired_g = {j: i for i, j in pairs}
        for j, g in enumerate(gold_c):
            mark = "+" if j in paired_g else "-"
            got = f"  <- {sys_c[paired_g[j]]['speaker']!r}" if j in paired_g else ""
            print(f"  {mark} {g.get('speaker')!r} {g.get('stance')}{got} | {_short(g.get('evidence') or '')}")
            if j in paired_g:
                continue
            gev = fold(g.get("evidence") or "")
            for s in sys_c:
                evs = [e.get("text", "") for e in s.get("evidence_all") or []] or [s.get("evidence") or ""]
                if any(gev and gev in fold(e) for e in evs):
                    print(f"      ~ sys {s.get('speaker')!r} {s.get('stance')}")
        paired_s = {i for i, _ in pairs}
        for i, s in enumerate(sys_c):
            if i not in paired_s:
                ev = s.get("evidence")
                ev = ev.get("text", "") if isinstance(ev, dict) else ev or ""
                print(f"  * spurious {s.get('speaker')!r} {s.get('stance')} | {_short(ev)}")
    print(f"claims: P {total.precision:.3f}  R {total.recall:.3f}  F1 {total.f1:.3f}  "
          f"(tp {total.tp}, system {total.sys}, gold {total.gold})")
    for lang, c in sorted(by_lang.items()):
        print(f"  [{lang}] P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}  ({c.tp}/{c.sys}/{c.gold})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
