"""Sources: what a file holds is read from its bytes, and bad input becomes a page error."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from deportwatch.sources import iter_paths, pages_from_bytes, pages_from_file, read_pages
from deportwatch.sources.decode import decode_bytes
from deportwatch.sources.files import MAX_BYTES

SAMPLE = Path(__file__).parents[1] / "corpus" / "sample"
RU_TEXT = "Из США в Ташкент доставили 131 мигранта из Узбекистана.\nГраждан Казахстана отправили на родину.\n"


def test_folder_walk_skips_gold_and_notes():
    paths = list(iter_paths([str(SAMPLE)]))
    names = {Path(p).name for p in paths}
    assert "pa-flight-apnews.html" in names and "uz-deportees-gazeta-ru.txt" in names
    assert not any(n.endswith(".gold.json") or n.endswith(".md") for n in names)
    assert paths == sorted(paths)


def test_kind_detected_from_content_not_suffix(tmp_path):
    html = (SAMPLE / "pa-flight-apnews.html").read_bytes()
    f = tmp_path / "page.txt"  # HTML behind a .txt name
    f.write_bytes(html)
    (page,) = pages_from_file(str(f))
    assert page.kind == "html" and page.error is None
    g = tmp_path / "dump.html"  # a text dump behind an .html name
    g.write_bytes((SAMPLE / "uz-deportees-gazeta-ru.txt").read_bytes())
    (page,) = pages_from_file(str(g))
    assert page.kind == "text"


def test_gzip_of_a_page(tmp_path):
    f = tmp_path / "page.html.gz"
    f.write_bytes(gzip.compress((SAMPLE / "pa-flight-apnews.html").read_bytes()))
    (page,) = pages_from_file(str(f))
    assert page.kind == "html" and "Panama" in page.text


def test_jsonl_crawler_records(tmp_path):
    html = (SAMPLE / "pa-flight-apnews.html").read_text(encoding="utf-8")
    dump = (SAMPLE / "uz-deportees-gazeta-ru.txt").read_text(encoding="utf-8")
    lines = [
        json.dumps({"url": "https://example.org/a", "title": "A", "html": html}),
        "{not json",
        json.dumps({"url": "https://example.org/b", "text": dump}),
        json.dumps({"url": "https://example.org/c"}),
    ]
    f = tmp_path / "crawl.jsonl"
    f.write_text("\n".join(lines), encoding="utf-8")
    pages = list(pages_from_file(str(f)))
    assert [p.source for p in pages] == [f"{f}#1", f"{f}#2", f"{f}#3", f"{f}#4"]
    assert pages[0].kind == "html" and pages[0].url == "https://example.org/a"
    assert pages[1].error and "malformed JSON on line 2" in pages[1].error
    assert pages[2].kind == "text" and "Ташкент" in pages[2].text
    assert pages[3].error == "JSON record has no html or text field"


def test_binary_file_is_refused(tmp_path):
    f = tmp_path / "photo.txt"
    f.write_bytes(bytes(range(256)) * 64)
    (page,) = pages_from_file(str(f))
    assert page.error and "binary" in page.error


def test_empty_and_whitespace_files(tmp_path):
    for content in (b"", b"   \n\n\t"):
        f = tmp_path / "empty.txt"
        f.write_bytes(content)
        (page,) = pages_from_file(str(f))
        assert page.error == "empty file"


def test_huge_file_is_refused_without_reading_it(tmp_path):
    f = tmp_path / "huge.txt"
    with open(f, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # a 50 MB file, sparse: costs no disk
    assert MAX_BYTES < f.stat().st_size
    (page,) = pages_from_file(str(f))
    assert page.error and "too large" in page.error


def test_gzip_bomb_is_refused(tmp_path):
    f = tmp_path / "bomb.txt.gz"
    f.write_bytes(gzip.compress(b"a " * (MAX_BYTES // 2 + 10)))
    (page,) = pages_from_file(str(f))
    assert page.error and "exceeds" in page.error


def test_broken_gzip(tmp_path):
    f = tmp_path / "broken.gz"
    f.write_bytes(gzip.compress(b"hello world " * 100)[:40])
    (page,) = pages_from_file(str(f))
    assert page.error and "gzip" in page.error


def test_wrong_encoding_is_detected():
    text, warning = decode_bytes(RU_TEXT.encode("cp1251"))
    assert "Ташкент" in text
    assert warning and "not UTF-8" in warning


def test_declared_charset_is_used():
    html = '<html><head><meta charset="windows-1251"></head><body><p>' + RU_TEXT + "</p></body></html>"
    text, warning = decode_bytes(html.encode("cp1251"))
    assert "Ташкент" in text and warning is None


def test_mixed_encoding_never_crashes():
    data = RU_TEXT.encode("utf-8") + "Ташкент".encode("cp1251") + RU_TEXT.encode("utf-8")
    (page,) = pages_from_bytes(data, source="mixed.txt")
    assert page.error is None
    assert "Из США в Ташкент" in page.text
    assert "mixed or broken encoding" in page.meta["warning"]


def test_missing_file_is_an_error_not_an_exception(tmp_path):
    pages = list(read_pages([str(tmp_path / "nope.txt")]))
    assert len(pages) == 1 and pages[0].error.startswith("cannot read file")
