"""Time extract_html against trafilatura.extract alone over the bench HTML pages.

Usage: .venv/bin/python benchmarks/bench_html.py [HTML_DIR] [--repeat N] [--cold]

Both run in this process over the same decoded pages, one after the other. By default each
is first warmed up on one page (model and locale loading happen once per process, not per
page); ``--cold`` skips that. Peak memory is measured with tracemalloc in a separate pass (it
slows Python down, so it is not part of the timing).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from pathlib import Path

import trafilatura

from deportwatch.article import NotAnArticle
from deportwatch.article.html import extract_html

DEFAULT_DIR = Path("/work/shared/bench/article-extraction/html")


def load_pages(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.html"))]


def run_ours(pages: list[str]) -> None:
    for html in pages:
        try:
            extract_html(html)
        except NotAnArticle:
            pass


def run_trafilatura(pages: list[str]) -> None:
    for html in pages:
        trafilatura.extract(html)


def timed(fn, pages: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn(pages)
        best = min(best, time.perf_counter() - t0)
    return best


def peak_mb(fn, pages: list[str]) -> float:
    gc.collect()
    tracemalloc.start()
    fn(pages)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("html_dir", nargs="?", default=str(DEFAULT_DIR))
    ap.add_argument("--repeat", type=int, default=3, help="runs per extractor; the fastest counts")
    ap.add_argument("--cold", action="store_true", help="no warm-up page")
    ap.add_argument("--no-memory", action="store_true")
    args = ap.parse_args(argv)

    pages = load_pages(Path(args.html_dir))
    if not pages:
        print(f"no *.html in {args.html_dir}", file=sys.stderr)
        return 1
    if not args.cold:
        run_trafilatura(pages[:1])
        run_ours(pages[:1])
    t_tra = timed(run_trafilatura, pages, args.repeat)
    t_ours = timed(run_ours, pages, args.repeat)
    n = len(pages)
    print(f"pages: {n}  (best of {args.repeat}{', cold' if args.cold else ', warmed up'})")
    print(f"trafilatura.extract: {t_tra:.2f} s  {n / t_tra:.1f} pages/s")
    print(f"extract_html:        {t_ours:.2f} s  {n / t_ours:.1f} pages/s")
    print(f"ratio extract_html / trafilatura: {t_ours / t_tra:.2f}x")
    if not args.no_memory:
        print(f"peak memory (tracemalloc): trafilatura {peak_mb(run_trafilatura, pages):.1f} MB, "
              f"extract_html {peak_mb(run_ours, pages):.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
