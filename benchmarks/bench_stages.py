"""Per-stage time of ``extract`` on the same pages, to see where the time goes.

    .venv/bin/python benchmarks/bench_stages.py ../shared/bench/article-extraction/dumps
    .venv/bin/python benchmarks/bench_stages.py ../shared/bench/article-extraction/html --repeat 3

Pages are read first. Each article then goes through the stages in the pipeline's order, each
stage timed on its own (so caches keyed by the body, such as the actor lexicon scan that the
claims reuse, behave as in ``extract``), in milliseconds per article; ``--repeat`` runs, the best
total of each stage printed (a busy machine disturbs the figures less). The article stage is
also split into its parts for text dumps (line classifier, its features, language detection),
and the mention finders are timed one by one (after the whole, on the same bodies). One
process, one core.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from deportwatch.article import NotAnArticle, build_article
from deportwatch.article.language import detect_language
from deportwatch.events.claims import attribute, extract_claims, sentence_sources
from deportwatch.events.rules import extract_events
from deportwatch.mentions import find_mentions
from deportwatch.mentions.actors import find_actors
from deportwatch.mentions.countries import find_countries
from deportwatch.mentions.dates import find_dates
from deportwatch.mentions.numbers import find_numbers
from deportwatch.mentions.sentences import split_sentences
from deportwatch.sources import read_pages


def _timer(results: dict[str, float]) -> Callable:
    def timed(label: str, fn: Callable, *args):
        t0 = time.perf_counter()
        out = fn(*args)
        results[label] = results.get(label, 0.0) + time.perf_counter() - t0
        return out
    return timed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--repeat", type=int, default=3, help="runs; the best of each stage is printed")
    args = ap.parse_args()

    pages = [p for p in read_pages(args.paths) if not p.error]
    best: dict[str, float] = {}
    n_articles = 0
    for _ in range(args.repeat):
        run: dict[str, float] = {}
        t = _timer(run)
        n_articles = 0
        for page in pages:
            if page.kind != "html":
                from deportwatch.article.dump_body import body_lines, line_features

                lines = page.text.splitlines()
                t("  dump_body.body_lines", body_lines, lines)
                t("  dump_body.line_features", line_features, [ln.strip() for ln in lines if ln.strip()])
            try:
                article = t("article (build_article)", build_article, page)
            except NotAnArticle:
                continue
            if not article.body.strip():
                continue
            n_articles += 1
            t("  language", detect_language, article.body)
            mentions = t("mentions (find_mentions)", find_mentions, article)
            sentences = t("sentences", split_sentences, article.body)
            t("events", extract_events, article, mentions, sentences)
            atts = t("attribute (claims)", attribute, article, mentions, sentences)
            t("extract_claims + sources", lambda a, m, s, x: (extract_claims(a, m, s, x), sentence_sources(a, m, s, x)),
              article, mentions, sentences, atts)
            b, lang = article.body, article.language
            t("  countries", find_countries, b, lang)
            t("  numbers", find_numbers, b, lang)
            t("  dates", find_dates, b, article.published, lang)
            t("  actors", find_actors, b + " ")  # not the body itself: no memo of find_mentions' answer
        for k, v in run.items():
            best[k] = min(best.get(k, v), v)
    order = ["article (build_article)", "  dump_body.body_lines", "  dump_body.line_features", "  language",
             "mentions (find_mentions)", "  countries", "  numbers", "  dates", "  actors", "sentences", "events",
             "attribute (claims)", "extract_claims + sources"]
    per = {k: 1000 * best[k] / max(1, n_articles) for k in order if k in best}
    print(f"{len(pages)} pages, {n_articles} articles, best of {args.repeat} runs, ms per article")
    for label, ms in per.items():
        print(f"{label:30s} {ms:7.3f}")
    top = [k for k in per if not k.startswith(" ")]
    print(f"{'sum of the stages':30s} {sum(per[k] for k in top):7.3f}")


def _build(page) -> None:
    try:
        build_article(page)
    except NotAnArticle:
        pass


if __name__ == "__main__":
    main()
