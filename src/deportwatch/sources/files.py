"""Files and folders -> pages.

What a file holds is decided from its bytes, not only from its name: gzip by its
magic number, JSON/JSONL crawler records by their first character, HTML by its
tags, anything else that decodes as text is a naive text dump. Every problem
(binary data, an empty or oversized file, undecodable bytes, malformed JSON)
becomes a page with ``error`` set, so that a run never stops on one bad file.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..record import Page
from .decode import DecodeError, decode_bytes

# A single news page is well under a megabyte of text; anything past this is
# not a page (a dump of a whole site, a video, a database) and is refused.
MAX_BYTES = 10 * 1024 * 1024
# Suffixes taken when walking a folder; files named explicitly are always read.
PAGE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson", ".gz"}

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|div|article|p)\b", re.I | re.S)
_HTML_TAGS = re.compile(r"</?(html|head|body|div|p|article|span|a|meta|title|section|br)\b[^>]*>", re.I)


def iter_paths(paths: Iterable[str]) -> Iterator[str]:
    """Expand folders (recursively, sorted) into the page files they hold."""
    for given in paths:
        p = Path(given)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if not child.is_file() or child.name.startswith("."):
                    continue
                if child.name.endswith(".gold.json"):
                    continue
                if child.suffix.lower() in PAGE_SUFFIXES:
                    yield str(child)
        else:
            yield given


def read_pages(paths: Iterable[str]) -> Iterator[Page]:
    """Every page in ``paths`` (files or folders), in a stable order."""
    for path in iter_paths(paths):
        yield from pages_from_file(path)


def pages_from_file(path: str) -> Iterator[Page]:
    """The pages one file holds: one for a page, several for JSONL."""
    try:
        p = Path(path)
        size = p.stat().st_size
        if size > MAX_BYTES:
            yield Page(source=path, error=f"file too large ({size} bytes, limit {MAX_BYTES})")
            return
        with open(p, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        yield Page(source=path, error=f"cannot read file: {exc.strerror or exc}")
        return
    yield from pages_from_bytes(data, source=path, name=path)


def pages_from_bytes(data: bytes, source: str, name: str = "") -> Iterator[Page]:
    """Interpret raw bytes (possibly gzip, JSON records, HTML or text) as pages."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = _gunzip(data)
        except (OSError, EOFError, zlib.error, ValueError) as exc:
            yield Page(source=source, error=f"broken gzip data: {exc}")
            return
        name = name[:-3] if name.lower().endswith(".gz") else name
    if not data.strip():
        yield Page(source=source, error="empty file")
        return
    try:
        text, warning = decode_bytes(data)
    except DecodeError as exc:
        yield Page(source=source, error=str(exc))
        return
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped[:1] in "{[" and _looks_like_json(stripped, name):
        yield from _pages_from_json(stripped, source)
        return
    page = Page(source=source, text=text, kind="html" if _looks_like_html(data, text) else "text")
    if warning:
        page.meta["warning"] = warning
    yield page


def _gunzip(data: bytes) -> bytes:
    out = bytearray()
    with gzip.GzipFile(fileobj=__import__("io").BytesIO(data)) as fh:
        while chunk := fh.read(1 << 16):
            out += chunk
            if len(out) > MAX_BYTES:
                raise ValueError(f"decompressed size exceeds {MAX_BYTES} bytes")
    return bytes(out)


def _looks_like_html(data: bytes, text: str) -> bool:
    if _HTML_START.match(data[:4096]):
        return True
    head = text[:20000]
    return len(_HTML_TAGS.findall(head)) >= 5


def _looks_like_json(text: str, name: str) -> bool:
    if name.lower().endswith((".json", ".jsonl", ".ndjson")):
        return True
    first = text.split("\n", 1)[0].strip()
    return first.startswith("{") and first.endswith("}") or text.rstrip().endswith(("}", "]"))


def _pages_from_json(text: str, source: str) -> Iterator[Page]:
    """Crawler records: a JSON object, a JSON array, or JSON lines."""
    try:
        doc = json.loads(text)
        records = doc if isinstance(doc, list) else [doc]
        numbered = [(i + 1, r) for i, r in enumerate(records)]
    except json.JSONDecodeError:
        numbered = []
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                numbered.append((lineno, json.loads(line)))
            except json.JSONDecodeError as exc:
                numbered.append((lineno, exc))
    multi = len(numbered) > 1
    if not numbered:
        yield Page(source=source, error="JSON file holds no records")
    for n, rec in numbered:
        src = f"{source}#{n}" if multi else source
        if isinstance(rec, Exception):
            yield Page(source=src, error=f"malformed JSON on line {n}: {rec.msg}")
        elif not isinstance(rec, dict):
            yield Page(source=src, error="JSON record is not an object")
        else:
            yield _page_from_record(rec, src)


_HTML_KEYS = ("html", "raw_html", "content_html", "body_html", "page")
_TEXT_KEYS = ("text", "content", "body", "article", "maintext", "raw_text")


def _page_from_record(rec: dict, source: str) -> Page:
    url = next((rec[k] for k in ("url", "link", "canonical_url", "source_url") if isinstance(rec.get(k), str)), None)
    meta = {k: rec[k] for k in ("title", "date", "published", "date_publish", "author", "authors", "source_domain", "outlet", "language") if rec.get(k)}
    for key in _HTML_KEYS:
        if isinstance(rec.get(key), str) and rec[key].strip():
            return Page(source=source, text=rec[key], kind="html", url=url, meta=meta)
    for key in _TEXT_KEYS:
        if isinstance(rec.get(key), str) and rec[key].strip():
            kind = "html" if _looks_like_html(rec[key][:4096].encode("utf-8", "replace"), rec[key]) else "text"
            return Page(source=source, text=rec[key], kind=kind, url=url, meta=meta)
    return Page(source=source, url=url, meta=meta, error="JSON record has no html or text field")
