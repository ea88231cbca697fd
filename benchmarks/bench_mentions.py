"""Mentions per page: time of countries + numbers + dates on real bodies.

    .venv/bin/python benchmarks/bench_mentions.py [--repeat N] [--actors]

Bodies: the gold bodies of the dev corpus (``evaluate.gold_body``), and every
text dump under the article-extraction bench (the whole dump as a stand-in
body). Reports ms per page and ms per 5 KB of body on one core.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from deportwatch.evaluate import find_gold_pages, gold_body
from deportwatch.mentions.countries import find_countries
from deportwatch.mentions.dates import find_dates
from deportwatch.mentions.numbers import _lang_of, find_numbers

ROOT = Path(__file__).resolve().parents[1]
DEV = [ROOT / "corpus" / "sample", Path("/work/shared/corpus/dev")]
DUMPS = Path("/work/shared/bench/article-extraction/dumps")


def dev_bodies() -> list[tuple[str, str | None, str | None]]:
    out, seen = [], set()
    for gp in find_gold_pages([str(d) for d in DEV if d.exists()]):
        if gp.gold_path.name in seen or not gp.page_path:
            continue
        seen.add(gp.gold_path.name)
        body = gold_body(gp.page_path.read_text(encoding="utf-8", errors="replace"), gp.gold)
        if body:
            a = gp.gold.get("article") or {}
            out.append((body, a.get("published"), a.get("language")))
    return out


def dump_bodies() -> list[tuple[str, str | None, str | None]]:
    if not DUMPS.exists():
        return []
    out = []
    for p in sorted(DUMPS.glob("*.txt")):
        text = p.read_text(encoding="utf-8", errors="replace")
        out.append((text, "2025-06-01", _lang_of(text)))
    return out


def run(bodies, repeat: int, actors: bool) -> tuple[float, float, int]:
    find_actors = None
    if actors:
        from deportwatch.mentions.actors import find_actors
    per_page, n = [], 0
    for body, pub, lang in bodies:
        best = float("inf")
        for _ in range(repeat):
            t = time.perf_counter()
            ms = find_countries(body, lang) + find_numbers(body, lang) + find_dates(body, pub, lang)
            if find_actors is not None:
                ms += find_actors(body)
            best = min(best, time.perf_counter() - t)
        n += len(ms)
        per_page.append((best * 1000, len(body)))
    total_ms = sum(t for t, _ in per_page)
    total_kb = sum(c for _, c in per_page) / 5000
    return statistics.median(t for t, _ in per_page), total_ms / max(total_kb, 1e-9), n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--actors", action="store_true", help="include mentions/actors.find_actors")
    args = ap.parse_args()
    for name, bodies in (("dev gold bodies", dev_bodies()), ("bench dumps", dump_bodies())):
        if not bodies:
            continue
        sizes = [len(b) for b, _, _ in bodies]
        med, per5k, n = run(bodies, args.repeat, args.actors)
        print(f"{name}: {len(bodies)} pages, median {statistics.median(sizes) / 1000:.1f} KB; "
              f"median {med:.2f} ms/page; {per5k:.2f} ms per 5 KB; {n} mentions")


if __name__ == "__main__":
    main()
