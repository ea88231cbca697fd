"""Time body_lines over the bench text dumps: pages/second (one core) and peak memory.

Usage: .venv/bin/python benchmarks/bench_dump_body.py [DUMPS_DIR] [--repeat N]
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from pathlib import Path

from deportwatch.article.dump import extract_dump
from deportwatch.article.dump_body import body_lines, load_model

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "bench" / "article-extraction" / "dumps"


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
    root = Path(args[0]) if args else DEFAULT
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("*.txt"))]
    if not texts:
        sys.exit(f"no .txt dumps under {root}")
    pages = [t.split("\n") for t in texts]
    load_model()
    body_lines(pages[0])  # warm up caches (model, cue tables)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for lines in pages:
            body_lines(lines)
        best = min(best, time.perf_counter() - t0)
    t0 = time.perf_counter()
    for text in texts:
        extract_dump(text)
    whole = time.perf_counter() - t0
    tracemalloc.start()
    for lines in pages:
        body_lines(lines)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    n = len(pages)
    print(f"{n} pages, {sum(map(len, pages))} lines")
    print(f"body_lines: {n / best:.0f} pages/s (best of {repeat}), peak traced memory {peak / 1e6:.1f} MB")
    print(f"extract_dump (whole dump path as wired now): {n / whole:.0f} pages/s")


if __name__ == "__main__":
    main()
