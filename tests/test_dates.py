"""Publication dates as outlets print them -> ISO (local wall clock, no zone)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deportwatch.article.dates import find_date, is_updated_label, month_forms, parse_published


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("07 May 2025 16:23", "2025-05-07T16:23"),
        ("11:14 / 15.02.2025", "2025-02-15T11:14"),
        ("SOCIETY | 11:14 / 15.02.2025", "2025-02-15T11:14"),
        ("Feb. 20, 2025", "2025-02-20"),
        ("Thursday 20 February 2025 14:05 GMT", "2025-02-20T14:05"),
        ("2025-02-20", "2025-02-20"),
        ("2025-02-13T23:18:04Z", "2025-02-13T23:18"),
        ("2025-02-13T23:18:04+05:00", "2025-02-13T23:18"),
        ("Updated 6:18 PM EST, February 13, 2025", "2025-02-13T18:18"),
        ("5 feb 2025", "2025-02-05"),
        ("20 de febrero de 2025 - 20:41", "2025-02-20T20:41"),
        ("05/02/2025 - 12:02", "2025-02-05T12:02"),
        ("2 мая 2025, 10:35", "2025-05-02T10:35"),
        ("1 января 2025 г., 00:05", "2025-01-01T00:05"),
        ("18.07.2025 12:40", "2025-07-18T12:40"),
        ("18.07.2025, 12:40", "2025-07-18T12:40"),
        ("Feb 17, 2025 07:41 AM IST", "2025-02-17T07:41"),
        ("Sat 19 Oct 2024 17.42 BST", "2024-10-19T17:42"),
        ("Fri, 21 Feb 2025 17:45", "2025-02-21T17:45"),
        ("February 21, 2025 3:04 AM UTC", "2025-02-21T03:04"),
        ("Updated April 11, 2025 08:26am", "2025-04-11T08:26"),
        ("Published in Dawn, April 11th, 2025", "2025-04-11"),
        ("12:24 am EST, Wednesday, November 20, 2019", "2019-11-20T00:24"),
        ("le 3 mars 2025 à 9h30", "2025-03-03T09:30"),
        ("20. Februar 2025 um 14:05", "2025-02-20T14:05"),
        ("12 de setembro de 2024", "2024-09-12"),
        ("3 Jan 2025 12 PM", "2025-01-03T12:00"),
        ("12:00 PM, Jan 3, 2025", "2025-01-03T12:00"),
        ("12:30 AM, Jan 3, 2025", "2025-01-03T00:30"),
        ("12/25/2024", "2024-12-25"),  # month first where the day cannot be
        ("By Tess Bonn - 11/19/19 06:56 AM EST", "2019-11-19T06:56"),
    ],
)
def test_printed_forms(text: str, iso: str) -> None:
    assert parse_published(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("31 December 2024 23:59", "2024-12-31T23:59"),
        ("1 January 2025 00:00", "2025-01-01T00:00"),
        ("31.12.2024", "2024-12-31"),
        ("01.01.2025", "2025-01-01"),
        ("29 February 2024", "2024-02-29"),
        ("31 dic. 2024 23:59", "2024-12-31T23:59"),
        ("30 апреля 2025", "2025-04-30"),
        ("1 мая 2025", "2025-05-01"),
    ],
)
def test_month_and_year_boundaries(text: str, iso: str) -> None:
    assert parse_published(text) == iso


@pytest.mark.parametrize(
    "text",
    ["", "   ", "hello world", "2 hours ago", "Updated 2 hours ago", "31.02.2025", "29 February 2025",
     "2025", "768", "7 min read", "32/13/2025", "99:99 / 15.13.2025", "Views: 164", "1/2", "3.14"],
)
def test_garbage_gives_none(text: str) -> None:
    assert parse_published(text) is None


def test_non_string_gives_none() -> None:
    assert parse_published(None) is None  # type: ignore[arg-type]


def test_day_first_by_default_month_first_for_en_us() -> None:
    assert parse_published("05/02/2025") == "2025-02-05"
    assert parse_published("05/02/2025", languages=["en-US"]) == "2025-05-02"


def test_first_date_of_a_line_wins() -> None:
    assert parse_published("20/02/2025 - 23:52 Actualizado: 21/02/2025 - 00:40") == "2025-02-20T23:52"


def test_find_date_span() -> None:
    iso, start, end = find_date("Publicado: 20/02/2025 - 20:41")
    assert iso == "2025-02-20" and "Publicado: 20/02/2025 - 20:41"[start:end] == "20/02/2025"


def test_updated_labels() -> None:
    assert is_updated_label("Updated April 11, 2025")
    assert is_updated_label("Actualizado: 21/02/2025 - 00:40")
    assert is_updated_label("Last modified on Sat 19 Oct 2024 18.05 BST")
    assert not is_updated_label("Published April 11, 2025")


def test_month_table_covers_languages() -> None:
    forms = month_forms()
    for form, month in [("мая", 5), ("май", 5), ("февраля", 2), ("setiembre", 9), ("dic", 12),
                        ("août", 8), ("märz", 3), ("março", 3), ("sept", 9)]:
        assert forms[form] == month


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_never_raises(text: str) -> None:
    out = parse_published(text)
    assert out is None or len(out) in (10, 16)


@settings(max_examples=200, deadline=None)
@given(st.integers(1990, 2100), st.integers(1, 12), st.integers(1, 28), st.integers(0, 23), st.integers(0, 59))
def test_round_trip_numeric(y: int, m: int, d: int, hh: int, mm: int) -> None:
    assert parse_published(f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}") == f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}"
    assert parse_published(f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00Z") == f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Published Wed, Mar 5 20254:29 AM EST", "2025-03-05T04:29"),  # spans joined without a space
        ("Jun 7, 202411:05 PM", "2024-06-07T23:05"),
        ("Report 20241 of 2025-01-02", "2025-01-02"),  # not a glued year
    ],
)
def test_year_glued_to_time(text: str, iso: str) -> None:
    assert parse_published(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("08:15 CT (13:15 GMT) 4 marzo 2024", "2024-03-04T08:15"),  # the local clock, not the conversion
        ("4 March 2024, 08:15 (13:15 UTC)", "2024-03-04T08:15"),
        ("4 March 2024 (13:15 UTC)", "2024-03-04"),  # only a bracketed time: not read as the clock
    ],
)
def test_bracketed_conversion_is_not_the_printed_time(text: str, iso: str) -> None:
    assert parse_published(text) == iso
