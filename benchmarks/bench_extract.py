"""Time the whole ``extract`` pipeline against trafilatura alone, on the same pages.

    .venv/bin/python benchmarks/bench_extract.py ../shared/bench/article-extraction/dumps
    .venv/bin/python benchmarks/bench_extract.py ../shared/bench/article-extraction/html

Pages are read into memory first, so the figures are of extraction, not of the
disk. One process, one core. Each figure is the best of ``--repeat`` passes over
all the pages (5 by default): the first pass also builds the tables of each language
met, which a long run pays once, and the other passes are slowed by whatever else the
machine does, which is not ours to count. For text dumps, trafilatura gets each line wrapped
as ``<p>`` (the bench README's baseline); for HTML, the page itself. Prints pages
per second for both, their ratio, and the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import html as htmllib
import resource
import time

import trafilatura

from deportwatch.article import NotAnArticle, build_article
from deportwatch.events import get_extractor
from deportwatch.pipeline import process
from deportwatch.sources import read_pages


def _as_html(page) -> str:
    if page.kind == "html":
        return page.text
    return "<html><body>" + "".join(f"<p>{htmllib.escape(ln)}</p>" for ln in page.text.splitlines()) + "</body></html>"


def _best(repeat: int, one_pass) -> float:
    """Seconds of the fastest of ``repeat`` passes, each timed alone (as ``timeit`` does): the
    slower ones measure the machine's other work as much as ours."""
    passes = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        one_pass()
        passes.append(time.perf_counter() - t0)
    return min(passes)


def _article(page) -> None:
    try:
        build_article(page)
    except NotAnArticle:
        pass


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--repeat", type=int, default=5, help="passes over the pages; the best one is reported")
    ap.add_argument("--extractor", default="rules")
    args = ap.parse_args()

    pages = [p for p in read_pages(args.paths) if not p.error]
    extractor = get_extractor(args.extractor)
    process(pages[0], extractor)  # warm caches (models, tables) outside the timing

    n = len(pages)
    failed = sum(bool(process(page, extractor).error) for page in pages)
    ours = _best(args.repeat, lambda: [process(page, extractor) for page in pages])
    article_only = _best(args.repeat, lambda: [_article(page) for page in pages])
    docs = [_as_html(p) for p in pages]
    theirs = _best(args.repeat, lambda: [trafilatura.extract(doc) for doc in docs])

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kinds = sorted({p.kind for p in pages})
    print(f"pages: {len(pages)} ({', '.join(kinds)}), best of {args.repeat} passes, pages without a record error: {n - failed}")
    print(f"deportwatch extract (all stages): {n / ours:8.1f} pages/s ({1000 * ours / n:.2f} ms/page)")
    print(f"article stage alone:              {n / article_only:8.1f} pages/s ({1000 * article_only / n:.2f} ms/page)")
    print(f"trafilatura alone:                {n / theirs:8.1f} pages/s ({1000 * theirs / n:.2f} ms/page)")
    print(f"time ratio, article stage / trafilatura: {article_only / theirs:.2f}")
    print(f"time ratio, all stages / trafilatura:    {ours / theirs:.2f}")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
