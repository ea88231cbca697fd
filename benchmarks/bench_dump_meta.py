"""Speed of text-dump metadata: ``read_dump_metadata`` (language detection included).

    .venv/bin/python benchmarks/bench_dump_meta.py [DUMPS_DIR] [--repeat N]

Reads every ``*.txt`` of DUMPS_DIR (default: the shared article-extraction benchmark's
dumps), finds each page's body lines once (the line classifier where present, else long
lines: not timed), then times ``read_dump_metadata`` over all pages, ``--repeat`` times,
after one warm-up pass (model loading is not counted). Prints the mean per page and the
share of pages where each field was found.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from deportwatch.article.dump_meta import read_dump_metadata

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "bench" / "article-extraction" / "dumps"
FIELDS = ("title", "published", "author", "outlet", "section", "language")


def _body(lines: list[str]) -> list[int]:
    try:
        from deportwatch.article.dump_body import body_lines

        return body_lines(lines)
    except Exception:  # the classifier absent or broken: long lines
        return [i for i, ln in enumerate(lines) if len(ln.split()) >= 12]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dumps", nargs="?", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    files = sorted(Path(args.dumps).glob("*.txt"))
    if not files:
        raise SystemExit(f"no *.txt under {args.dumps}")
    pages = []
    for f in files:
        lines = f.read_text(encoding="utf-8", errors="replace").splitlines()
        pages.append((lines, _body(lines)))
    metas = [read_dump_metadata(lines, body) for lines, body in pages]  # warm-up
    runs = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for lines, body in pages:
            read_dump_metadata(lines, body)
        runs.append((time.perf_counter() - t0) / len(pages) * 1000)
    print(f"{len(pages)} pages, {args.repeat} runs: mean {statistics.mean(runs):.3f} ms/page "
          f"(best {min(runs):.3f}, worst {max(runs):.3f})")
    for k in FIELDS:
        n = sum(1 for m in metas if m.get(k))
        print(f"  {k:10s} found on {n}/{len(metas)} pages")


if __name__ == "__main__":
    main()
