"""The command line, run as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SAMPLE = Path(__file__).parents[1] / "corpus" / "sample"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "deportwatch.cli", *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


def test_extract_json_is_jsonl_only_and_bad_pages_do_not_stop_the_run(tmp_path):
    good = tmp_path / "good.txt"
    good.write_bytes((SAMPLE / "uz-deportees-gazeta-ru.txt").read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "broken.html").write_text("<html><body><div><p>Unclosed <b>tags <p>and nothing else", encoding="utf-8")
    proc = run("extract", "--json", str(tmp_path))
    lines = proc.stdout.splitlines()
    records = [json.loads(line) for line in lines]  # every stdout line is JSON
    by_name = {Path(r["source"]).name: r for r in records}
    assert set(by_name) == {"good.txt", "empty.txt", "binary.txt", "broken.html"}
    assert by_name["good.txt"].get("error") is None and by_name["good.txt"]["body"]
    assert by_name["empty.txt"]["error"] == "empty file"
    assert "binary" in by_name["binary.txt"]["error"]
    assert by_name["broken.html"]["error"]
    for name in ("empty.txt", "binary.txt", "broken.html"):
        assert f"{tmp_path / name}: error:" in proc.stderr.replace("\n", " ")
    assert proc.returncode == 1  # some page failed


def test_extract_exit_zero_when_all_pages_are_read(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes((SAMPLE / "pa-flight-apnews.html").read_bytes())
    proc = run("extract", "--json", str(page))
    assert proc.returncode == 0, proc.stderr
    (record,) = [json.loads(x) for x in proc.stdout.splitlines()]
    assert record["source"] == str(page)
    for key in ("outlet", "title", "published", "author", "section", "language"):
        assert key in record["article"]
    assert isinstance(record["events"], list) and isinstance(record["claims"], list)


def test_extract_summary_table_escapes_page_text(tmp_path):
    page = tmp_path / "evil.txt"
    page.write_text(
        "[bold red]Injected[/] markup\n\n"
        + "The government said on Monday that it had deported 40 people to a third country after a court ruling. " * 3,
        encoding="utf-8",
    )
    proc = run("extract", str(page))
    assert "evil.txt" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_unknown_extractor_is_a_usage_error():
    proc = run("extract", "--extractor", "nope", str(SAMPLE))
    assert proc.returncode == 2 and "unknown extractor" in proc.stderr


def test_eval_prints_tables_and_a_summary_line():
    proc = run("eval", str(SAMPLE))
    assert proc.returncode == 0, proc.stderr
    assert "Article fields" in proc.stdout
    assert proc.stdout.strip().splitlines()[-1].startswith("summary:") or "summary:" in proc.stdout


def test_eval_json_has_every_score():
    proc = run("eval", "--json", str(SAMPLE))
    score = json.loads(proc.stdout)
    assert score["pages"] == len(list(SAMPLE.glob("*.gold.json")))
    assert set(score["fields"]) == {"body", "outlet", "title", "published", "author", "section", "language"}
    assert {"precision", "recall", "f1"} <= set(score["events"]) and {"precision", "recall", "f1"} <= set(score["claims"])


def test_exit_zero_reports_failures_but_exits_cleanly():
    proc = run("extract", "--exit-zero", str(SAMPLE))
    assert proc.returncode == 0
    assert "notfound-404.html: error: not an article" in proc.stderr.replace("\n", " ")
