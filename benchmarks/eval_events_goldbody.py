"""Score the events stage alone, on right bodies: each page's body is cut with ``gold_body``,
then ``find_mentions`` + ``RuleExtractor().extract`` run on it, and the records are scored
with ``deportwatch.evaluate.score_records``.

    .venv/bin/python benchmarks/eval_events_goldbody.py [DIR ...] [--verbose] [--page SUBSTRING]

DIR: any gold dirs (``*.gold.json`` beside each page), e.g. ``corpus/validation`` or
``/work/shared/seeds /work/shared/corpus/dev``; default: /work/shared/seeds and corpus/sample.
``--page SUBSTRING`` keeps the pages whose gold file name contains it. The article carries the gold's
``published`` and ``language``, so the figures measure the mention finders and the events
stage together, on right bodies and metadata. ``--verbose`` lists the wrong slots of paired
events.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from deportwatch.evaluate import EVENT_SLOTS, find_gold_pages, gold_body, score_records
from deportwatch.events.rules import RuleExtractor, extract_events
from deportwatch.mentions import find_mentions
from deportwatch.record import Article


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    page_filter = None
    if "--page" in argv:
        i = argv.index("--page")
        page_filter = argv[i + 1] if i + 1 < len(argv) else None
        argv = argv[:i] + argv[i + 2 :]
    dirs = [a for a in argv if not a.startswith("--")] or ["/work/shared/seeds", str(Path(__file__).resolve().parent.parent / "corpus/sample")]
    extractor = RuleExtractor()
    for lang in ("en", "es", "ru"):  # compile the lexicons before timing
        warm = Article(body="Deported 12 migrants to Panama on Monday.", language=lang, published="2025-02-13")
        extractor.extract(warm, find_mentions(warm))
    triples, spent, spent_all, n = [], 0.0, 0.0, 0
    for gp in find_gold_pages(dirs):
        if gp.page_path is None or (page_filter and page_filter not in gp.gold_path.name):
            continue
        gold = gp.gold
        ga = gold.get("article") or {}
        body = gold_body(gp.page_path.read_text(encoding="utf-8", errors="replace"), gold)
        article = Article(body=body, published=ga.get("published"), language=ga.get("language"))
        mentions = find_mentions(article)
        t0 = time.perf_counter()
        extract_events(article, mentions)
        t1 = time.perf_counter()
        events, claims = extractor.extract(article, mentions)
        spent += t1 - t0
        spent_all += time.perf_counter() - t1
        n += 1
        for ev in events:
            for evd in ev.evidence:
                assert body[evd.start : evd.end] == evd.text
        record = {"body": body, "article": {"body": body}, "events": [e.to_json() for e in events], "claims": [c.to_json() for c in claims]}
        triples.append((gp.gold_path.name.removesuffix(".gold.json"), record, gold))
    summary = score_records(triples)
    ev = summary.events()
    print(f"events: P {ev.precision:.3f}  R {ev.recall:.3f}  F1 {ev.f1:.3f}  (tp {ev.tp}, system {ev.sys}, gold {ev.gold})")
    for slot in EVENT_SLOTS:
        acc, k = summary.slot_accuracy(slot)
        print(f"  {slot:14s} {acc:.3f}  (n={k})")
    for lang in summary.languages():
        c = summary.events(lang)
        print(f"  F1[{lang}] {c.f1:.3f}  (tp {c.tp}, system {c.sys}, gold {c.gold})")
    print(f"events: {1000 * spent / max(n, 1):.2f} ms per page; events + claims: {1000 * spent_all / max(n, 1):.2f} ms per page ({n} pages)")
    for page in summary.pages:
        if page.missed_events or page.spurious_events:
            print(f"-- {page.name}: tp {page.events.tp}/{page.events.gold}, system {page.events.sys}")
            for e in page.missed_events:
                print(f"   MISSED   {e.get('kind')} {e.get('status')} {e.get('from')}->{e.get('to')} {e.get('people')} {e.get('date')} | {str(e.get('evidence'))[:90]}")
            for e in page.spurious_events:
                print(f"   SPURIOUS {e.get('kind')} {e.get('status')} {e.get('from')}->{e.get('to')} {e.get('people')} {e.get('date')} | {str(e.get('evidence'))[:90]}")
    if verbose:
        from deportwatch.evaluate import pair_events

        for name, rec, gold in triples:
            pairs = pair_events(rec["events"], gold.get("events") or [])
            for i, j in pairs:
                s, g = rec["events"][i], gold["events"][j]
                diffs = [k for k in ("status", "nationalities", "people", "date") if g.get(k) is not None and (set(s.get(k) or {}) != set(g[k]) if k == "nationalities" else s.get(k) != g[k] if k != "date" else not (s.get("date") or "").startswith(g["date"]))]
                if diffs:
                    print(f"   {name} {g.get('id')}: " + "; ".join(f"{k} got {s.get(k)!r} want {g.get(k)!r}" for k in diffs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
