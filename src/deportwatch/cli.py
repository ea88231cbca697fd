"""The ``deportwatch`` command: thin wrappers that parse, call a stage, print."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from . import __version__
from .evaluate import ARTICLE_FIELDS, EVENT_SLOTS, find_gold_pages, score_records
from .events import get_extractor
from .pipeline import process
from .record import Page
from .sources import pages_from_file, read_pages

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Evidence-backed records of deportations from news pages.")
# Piped or logged output is not cut to 80 columns: a table of pages needs room.
out = Console(highlight=False, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, highlight=False)


@app.callback()
def main() -> None:
    """deportwatch reads news pages and records who was sent where, by whom, how many and when."""


@app.command()
def version() -> None:
    """Print the version."""
    print(__version__)


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files or folders (recursive)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON record per page per line (JSONL) on stdout."),
    extractor: str = typer.Option("rules", help="Event/claim extractor to use."),
    exit_zero: bool = typer.Option(
        False, "--exit-zero", help="Exit 0 even when some pages failed (they are still reported)."
    ),
) -> None:
    """Extract one record per page: article, events and claims, with evidence.

    Exit status: 1 when any page failed (unreadable, or not an article), else 0."""
    ext = _extractor(extractor)
    failed = 0
    records = []
    for page in read_pages(paths):
        record = process(page, ext)
        warning = page.meta.get("warning")
        if warning:
            err.print(f"{escape(page.source)}: warning: {escape(warning)}", soft_wrap=True)
        if record.error:
            failed += 1
            err.print(f"{escape(page.source)}: error: {escape(record.error)}", soft_wrap=True)
        if as_json:
            sys.stdout.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")
        else:
            records.append(record)
    if not as_json:
        _print_summary(records)
    raise typer.Exit(1 if failed and not exit_zero else 0)


def _extractor(name: str):
    try:
        return get_extractor(name)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--extractor") from None


def _print_summary(records) -> None:
    """Two tables: one row per page, then one row per event with its evidence."""
    pages = Table(title=f"{len(records)} pages", expand=True)
    pages.add_column("page", no_wrap=True, overflow="ellipsis", max_width=34)
    pages.add_column("outlet", no_wrap=True, overflow="ellipsis", max_width=18)
    pages.add_column("published", no_wrap=True)
    pages.add_column("lang", no_wrap=True)
    pages.add_column("title or error", no_wrap=True, overflow="ellipsis", ratio=1)
    pages.add_column("events", justify="right", no_wrap=True)
    pages.add_column("claims", justify="right", no_wrap=True)
    for r in records:
        a = r.article
        pages.add_row(
            escape(Path(r.source).name),
            escape(a.outlet or "–"),
            escape(a.published or "–"),
            escape(a.language or "–"),
            escape(a.title or f"error: {r.error}" if not a.title else a.title),
            str(len(r.events)),
            str(len(r.claims)),
        )
    out.print(pages)
    events = Table(title="events", expand=True)
    for col in ("page", "kind", "status", "from→to", "people", "nationalities", "date"):
        events.add_column(col, no_wrap=True, overflow="ellipsis", max_width={"page": 24, "nationalities": 22}.get(col))
    events.add_column("evidence", no_wrap=True, overflow="ellipsis", ratio=1)
    for r in records:
        for e in r.events:
            who = ", ".join(f"{k} {v}" if v else k for k, v in e.nationalities.items()) or "–"
            n = f"{e.people['qualifier'].replace('_', ' ')} {e.people['value']}" if e.people else "–"
            events.add_row(
                escape(Path(r.source).name),
                e.kind,
                e.status,
                f"{e.from_ or '?'}→{e.to or '?'}",
                n,
                escape(who),
                e.date or "–",
                escape(e.evidence[0].text if e.evidence else ""),
            )
    out.print(events)


@app.command("eval")
def eval_cmd(
    gold_dirs: list[str] = typer.Argument(..., help="Folders holding pages with *.gold.json beside them."),
    extractor: str = typer.Option("rules", help="Event/claim extractor to score."),
    as_json: bool = typer.Option(False, "--json", help="Print the whole score as JSON."),
    details: bool = typer.Option(False, "--details", help="List missed and spurious events and claims per page."),
) -> None:
    """Score extraction against gold files (FORMAT.md's rules)."""
    ext = _extractor(extractor)
    triples = []
    for gp in find_gold_pages(gold_dirs):
        name = gp.gold_path.name[: -len(".gold.json")]
        if gp.page_path is None:
            err.print(f"{escape(str(gp.gold_path))}: error: no page file beside the gold")
            record = {"error": "no page"}
        else:
            pages = list(pages_from_file(str(gp.page_path))) or [Page(source=str(gp.page_path), error="no page")]
            record = process(pages[0], ext).to_json()
        triples.append((name, record, gp.gold))
    summary = score_records(triples)
    if as_json:
        print(json.dumps(summary.to_json(), ensure_ascii=False, indent=1))
        return
    _print_eval(summary, details)


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.0f}%)" if b else "–"


def _print_eval(summary, details: bool) -> None:
    t = Table(title="Article fields")
    t.add_column("field")
    t.add_column("right")
    for f in ("body", *ARTICLE_FIELDS):
        t.add_row(f, _pct(*summary.field_accuracy(f)))
    out.print(t)
    ev, cl = summary.events(), summary.claims()
    t = Table(title="Events and claims")
    for col in ("what", "precision", "recall", "F1", "right/system/gold"):
        t.add_column(col)
    t.add_row("events", f"{ev.precision:.3f}", f"{ev.recall:.3f}", f"{ev.f1:.3f}", f"{ev.tp}/{ev.sys}/{ev.gold}")
    t.add_row("claims", f"{cl.precision:.3f}", f"{cl.recall:.3f}", f"{cl.f1:.3f}", f"{cl.tp}/{cl.sys}/{cl.gold}")
    for lang in summary.languages():
        e, c = summary.events(lang), summary.claims(lang)
        t.add_row(escape(f"  [{lang}] events / claims"), "", "", f"{e.f1:.3f} / {c.f1:.3f}", f"{e.tp}/{e.sys}/{e.gold}")
    out.print(t)
    t = Table(title="Slots on paired events")
    t.add_column("slot")
    t.add_column("accuracy")
    for s in EVENT_SLOTS:
        acc, n = summary.slot_accuracy(s)
        t.add_row(s, f"{acc:.3f} (n={n})" if n else "–")
    out.print(t)
    failing = [p for p in summary.pages if p.problems]
    if failing:
        out.print("[bold]Failing pages[/]")
        for p in failing:
            for prob in p.problems:
                out.print(f"  {escape(p.name)}: {escape(prob)}", soft_wrap=True)
    if details:
        for p in summary.pages:
            for label, items in (("missed event", p.missed_events), ("spurious event", p.spurious_events)):
                for e in items:
                    out.print(
                        f"  {escape(p.name)}: {label}: {e.get('kind')} {e.get('status')} {e.get('from')}→{e.get('to')} "
                        f"{e.get('people')} {e.get('date')} | {escape(str(e.get('evidence'))[:100])}",
                        soft_wrap=True,
                    )
            for label, items in (("missed claim", p.missed_claims), ("spurious claim", p.spurious_claims)):
                for c in items:
                    out.print(f"  {escape(p.name)}: {label}: {escape(str(c.get('speaker')))} {c.get('stance')}", soft_wrap=True)
    body_ok, n = summary.field_accuracy("body")
    fields_ok = sum(summary.field_accuracy(f)[0] for f in ARTICLE_FIELDS)
    fields_n = sum(summary.field_accuracy(f)[1] for f in ARTICLE_FIELDS)
    out.print(
        f"summary: {len(summary.pages)} pages, body {_pct(body_ok, n)}, metadata fields {_pct(fields_ok, fields_n)}, "
        f"events F1 {ev.f1:.3f}, claims F1 {cl.f1:.3f}"
    )


if __name__ == "__main__":  # pragma: no cover
    app()
