"""Metadata of naive text dumps vs the gold files of the shared seeds and dev corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from deportwatch.article.dump import extract_dump
from deportwatch.article.dump_meta import read_dump_metadata
from deportwatch.evaluate import ARTICLE_FIELDS, field_right

ROOT = Path(__file__).parents[1]
SHARED = Path(__file__).parents[2] / "shared"
DIRS = [SHARED / "seeds", SHARED / "corpus" / "dev", ROOT / "corpus" / "sample"]


def _pages() -> list[Path]:
    seen, out = set(), []
    for d in DIRS:
        for p in sorted(d.glob("*.txt")) if d.is_dir() else []:
            if p.with_suffix(".gold.json").exists() and p.name not in seen:
                seen.add(p.name)
                out.append(p)
    return out


def _fold(s: str) -> str:
    return " ".join(s.split())


def gold_body_lines(lines: list[str], article: dict) -> list[int]:
    """Indices of the body lines the gold's body_starts / body_ends delimit."""
    starts, ends = _fold(article.get("body_starts") or ""), _fold(article.get("body_ends") or "")
    if not starts:
        return []
    s = next(i for i, ln in enumerate(lines) if _fold(ln).startswith(starts))
    e = next(i for i in range(s, len(lines)) if _fold(lines[i]).endswith(ends))
    return [i for i in range(s, e + 1) if lines[i].strip()]


PAGES = _pages()


@pytest.mark.skipif(not PAGES, reason="no text-dump gold pages")
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_metadata_matches_gold(page: Path) -> None:
    gold = json.loads(page.with_suffix(".gold.json").read_text(encoding="utf-8"))
    if gold.get("not_article"):
        pytest.skip("only the body is scored on a page that is not an article")
    article = gold["article"]
    lines = page.read_text(encoding="utf-8").splitlines()
    meta = read_dump_metadata(lines, gold_body_lines(lines, article))
    wrong = {f: (meta.get(f), article.get(f)) for f in ARTICLE_FIELDS if not field_right(f, meta.get(f), article.get(f))}
    assert not wrong, wrong


# A made-up page (no outlet's text): nav, breadcrumb, headline, byline, date, body, footer.
SYNTHETIC = """Skip to content
Example Herald
Home
World
Politics
Sport
Search
World
Europe
Ministers agree new rules on returning rejected asylum seekers
By Jane Doe and John Roe in Brussels
Published 3 March 2025 09:15
Updated 3 March 2025 11:00
4 min read
Share
Ministers of the member states agreed on Monday on new rules for returning rejected asylum seekers to their countries of origin, officials said after the meeting.
The rules let governments send people to third countries that have agreed to receive them, a step long sought by several capitals.
Critics said the returning rules would weaken protections and warned of legal challenges in the months ahead.
Views: 1 234
Related
Other story one
© 2025 Example Herald Media Group Ltd. All rights reserved.
"""


def _synthetic() -> tuple[list[str], list[int]]:
    lines = SYNTHETIC.splitlines()
    body = [i for i, ln in enumerate(lines) if ln.startswith(("Ministers of", "The rules", "Critics"))]
    return lines, body


def test_synthetic_page() -> None:
    meta = read_dump_metadata(*_synthetic())
    assert meta["title"] == "Ministers agree new rules on returning rejected asylum seekers"
    assert meta["published"] == "2025-03-03T09:15"
    assert meta["author"] == "Jane Doe, John Roe"
    assert meta["outlet"] == "Example Herald"
    assert meta["section"] == "World"
    assert meta["language"] == "en"
    assert meta["reading_time"] == 4
    assert meta["views"] == 1234


def test_date_line_label_gives_section_and_title_after_date() -> None:
    lines = [
        "POLITICS | 08:05 / 02.01.2025",
        "1200",
        "New year brings first returns flight from the capital",
        "",
        "The first returns flight of the new year left the capital on Thursday with passengers on board, officials told Example.uz.",
        "More flights are expected in the coming weeks, the officials told Example.uz.",
    ]
    meta = read_dump_metadata(lines, [4, 5])
    assert meta["published"] == "2025-01-02T08:05"
    assert meta["section"] == "Politics"
    assert meta["title"] == "New year brings first returns flight from the capital"
    assert meta["outlet"] == "Example.uz"
    assert meta["author"] is None


def test_wire_tag_and_russian_byline() -> None:
    lines = [
        "Мир",
        "Новости",
        "Мир",
        "Самолет с депортированными мигрантами прибыл в столицу",
        "Автор: Иван Петров",
        "2 мая 2025, 10:35",
        "МОСКВА, 2 мая (ТАСС). Самолет с депортированными мигрантами прибыл в столицу в пятницу утром, сообщили в ведомстве.",
        "На борту находились более ста человек, добавили в министерстве.",
    ]
    meta = read_dump_metadata(lines, [6, 7])
    assert meta["author"] == "Иван Петров"
    assert meta["published"] == "2025-05-02T10:35"
    assert meta["section"] == "Мир"
    assert meta["language"] == "ru"
    assert meta["outlet"] == "ТАСС"


def test_degenerate_input() -> None:
    for lines, body in [([], []), ([""], []), (["only one line"], [0]), (["a"] * 5, [99, -1])]:
        meta = read_dump_metadata(lines, body)
        assert set(meta) >= {"title", "published", "author", "outlet", "section", "language"}


def test_extract_dump_fills_metadata() -> None:
    article = extract_dump(SYNTHETIC)
    assert article.published == "2025-03-03T09:15"
    assert article.outlet == "Example Herald"
    assert article.language == "en"


# A made-up page whose copyright names a parent company; the brand is in the furniture.
PARENTED = """Skip to content
Harbour Gazette
Search Harbour Gazette
Local
Port authority delays vote on new ferry terminal
By Jane Doe
March 3, 2025
The port authority postponed its vote on the ferry terminal on Monday after residents asked for more time to review the plans.
Officials said the vote would now take place next month, once a second public hearing has been held in the town hall.
About Harbour Gazette
Follow Harbour Gazette
Sign up for Harbour Gazette newsletters
Harbour Gazette is part of Coastline Media Holdings.
© 2025 Coastline Media Holdings, LLC. All rights reserved."""


def test_brand_over_parent_company() -> None:
    lines = PARENTED.split("\n")
    body = [i for i, ln in enumerate(lines) if len(ln.split()) > 12]
    meta = read_dump_metadata(lines, body)
    assert meta["outlet"] == "Harbour Gazette"
    assert meta["title"] == "Port authority delays vote on new ferry terminal"
    assert meta["author"] == "Jane Doe"
    assert meta["published"] == "2025-03-03"


# Made-up pages for the furniture rules: breadcrumbs, calls to action, quoted brands, bylines.
BODY_A = ("The regional migration office said on Tuesday that forty-two people had been returned "
          "to their home country on a chartered flight, the third such flight this year.")
BODY_B = ("Officials at the office added that more returns were planned for the autumn and that "
          "the people concerned had been informed in advance of the decision.")


def test_breadcrumb_is_no_title_and_gives_the_section() -> None:
    lines = ["Вестник Долины", "Новости", "Статьи", "Подписаться на рассылку", "Главная / Регионы",
             "Сорок два человека вернулись домой чартерным рейсом из столицы региона",
             "02.03.2025 | 10:05",
             "Сорок два человека вернулись во вторник домой чартерным рейсом, сообщили в региональном "
             "миграционном ведомстве. Это уже третий такой рейс в этом году.",
             "В ведомстве добавили, что осенью планируются новые рейсы и что людей заранее известили.",
             "© 2025 «Вестник Долины». Все права защищены."]
    meta = read_dump_metadata(lines, [7, 8])
    assert meta["title"].startswith("Сорок два человека")
    assert meta["section"] == "Регионы"
    assert meta["outlet"] == "Вестник Долины"


def test_pipe_breadcrumb_first_level_and_cta_never_section() -> None:
    lines = ["Example Wire", "Sign up for our newsletter", "News|Migration",
             "Forty-two people returned home on a chartered flight from the capital",
             "By Jane Doe", "3 Mar 2025", BODY_A, BODY_B]
    meta = read_dump_metadata(lines, [6, 7])
    assert meta["section"] == "News"
    assert meta["title"].startswith("Forty-two people")
    lines2 = ["Example Wire", "Subscribe", "Forty-two people returned home on a chartered flight",
              "3 Mar 2025", BODY_A, BODY_B]
    assert read_dump_metadata(lines2, [4, 5])["section"] != "Subscribe"


def test_two_bylines_joined() -> None:
    head = ["Example Herald", "World", "Forty-two people returned home on a chartered flight from the capital"]
    for by in (["By Jane Doe", "By John Roe"], ["By Jane Doe", "and John Roe"],
               ["Jane Doe in Madrid and John Roe in Lima"]):
        lines = head + by + ["Sat 1 Mar 2025 09.30 GMT", BODY_A, BODY_B]
        n = len(lines)
        assert read_dump_metadata(lines, [n - 2, n - 1])["author"] == "Jane Doe, John Roe", by


def test_rubric_extending_a_navigation_item() -> None:
    lines = ["Example Herald", "News", "World", "Sport", "Culture", "World news", "Ruritania",
             "Forty-two people returned home on a chartered flight from the capital",
             "Jane Doe", "Sat 1 Mar 2025 09.30 GMT", BODY_A, BODY_B]
    assert read_dump_metadata(lines, [10, 11])["section"].casefold() == "world news"


def test_dateline_next_to_the_date_is_no_author() -> None:
    for dateline in ("Port Ellery.-", "PORT ELLERY.—", "Port Ellery (Agency) —", "Port Ellery —"):
        lines = ["Example Herald", "World", "Forty-two people returned home on a chartered flight from the capital",
                 "March 3, 2025 | 9:15 am", dateline, BODY_A, BODY_B]
        meta = read_dump_metadata(lines, [5, 6])
        assert meta["author"] is None, dateline
        assert meta["published"] == "2025-03-03T09:15"


def test_legal_entity_words_dropped_from_the_holder() -> None:
    for footer, brand in (("Valley Courier Casa Editorial © 2025. Prohibida su reproducción.", "Valley Courier"),
                          ("© 2025 Valley Courier Holdings. All rights reserved.", "Valley Courier"),
                          ("© 2025 Valley Courier S.A. Todos los derechos reservados.", "Valley Courier"),
                          ("© Copyright VALLEY COURIER S.A. Polígono Industrial, Arteixo (España)", "VALLEY COURIER"),
                          ("© 2000-2026 Valle/24 | Todos los derechos reservados", "Valle/24")):
        lines = ["Forty-two people returned home on a chartered flight from the capital", "3 Mar 2025",
                 BODY_A, BODY_B, footer]
        assert read_dump_metadata(lines, [2, 3])["outlet"] == brand, footer


def test_repeated_masthead_beats_a_holder_named_once() -> None:
    lines = ["ВДЛ", "Новости", "Мнения", "ВДЛ использует файлы cookie для работы сайта.", "ОК", "Регионы",
             "Сорок два человека вернулись домой чартерным рейсом из столицы региона", "02.03.2025, 10:05",
             "Фото: Иван Петров / ВДЛ",
             "Сорок два человека вернулись во вторник домой чартерным рейсом, сообщили в региональном "
             "миграционном ведомстве. Это уже третий такой рейс в этом году.",
             "В ведомстве добавили, что осенью планируются новые рейсы и что людей заранее известили.",
             "Подписывайтесь на ВДЛ в мессенджерах, чтобы не пропустить новости.",
             "© 2025 ООО «Долинапресс». Все права защищены."]
    meta = read_dump_metadata(lines, [9, 10])
    assert meta["outlet"] == "ВДЛ"
    assert meta["section"] == "Регионы"


def test_acronym_masthead_with_its_edition() -> None:
    lines = ["Skip to content", "Go to more from VN", "VN Español", "Mundo", "Cultura",
             "Forty-two people returned home on a chartered flight from the capital", "3 Mar 2025",
             BODY_A, BODY_B, "More from VN", "© 2025 Valley Network"]
    assert read_dump_metadata(lines, [7, 8])["outlet"] == "VN Español"


def test_rubric_above_source_byline_and_count_lines() -> None:
    for between in (["Local News of Monday, 3 March 2025", "Source: www.example.com"],
                    ["3 Mar 2025, 14:37", "Jane Doe", "3 521"]):
        lines = ["Example Herald", "Home", "Local", "Sport", "Home", "Local News"] + between + [
            "Forty-two people returned home on a chartered flight from the capital", BODY_A, BODY_B]
        n = len(lines)
        meta = read_dump_metadata(lines, [n - 2, n - 1])
        assert meta["section"] == "Local News", between
        assert meta["title"].startswith("Forty-two people")


def test_has_copyright_cue_spells_out_the_needles():
    from deportwatch.article.dump_meta import _COPYRIGHT_NEEDLES, _has_copyright_cue

    for needle in _COPYRIGHT_NEEDLES:
        assert _has_copyright_cue(f"x {needle} y")
    assert not _has_copyright_cue("all rights to the story")


def test_copyright_holder_cleaned_of_legal_forms():
    from deportwatch.article.dump_meta import _clean_holder

    assert _clean_holder("© 2025 Compañía Anónima El Universo") == "El Universo"
    assert _clean_holder("© 2025 ФГБУ «Редакция «Российской газеты»") == "Российская газета"
    assert _clean_holder("© 2025 Free Malaysia Today (FMT)") == "Free Malaysia Today"
    assert _clean_holder("© 2024 «Известия»") == "Известия"


def test_short_kicker_over_the_headline_is_no_title() -> None:
    lines = [
        "Mundo",
        "Crisis en el Himalaya",
        "Deportados a ninguna parte: los refugiados que Estados Unidos envía a Bután",
        "Por Martina Echeverri",
        "",
        "Más de dos docenas de refugiados deportados por Estados Unidos a Bután, en el Himalaya, siguen sin país y en crisis, "
        "y los refugiados cruzaron a Nepal desde la India, según sus familias.",
        "Estados Unidos deportó a los refugiados a Bután en marzo; Bután los dejó en la frontera con la India.",
    ]
    meta = read_dump_metadata(lines, [5, 6])
    assert meta["title"] == "Deportados a ninguna parte: los refugiados que Estados Unidos envía a Bután"


def test_menu_item_far_above_the_headline_is_not_the_title() -> None:
    lines = ["Example Herald", "Home", "Politics", "Economy", "International Organizations", "Regional Migration Office",
             "Events", "Podcast", "Search ...", "Home › Politics › Migration", "Politics",
             "Forty-two people returned home on a chartered flight from the capital",
             "The ministry confirms the flight; more are being prepared", "By Jane Roe", "03.07.2025, 16:45",
             "Share on Facebook", BODY_A, BODY_B]
    meta = read_dump_metadata(lines, [16, 17])
    assert meta["title"] == "Forty-two people returned home on a chartered flight from the capital"


def test_desk_then_writer_byline() -> None:
    for by, author in (("Redacción Valle24 | Renzo Calderón Vásquez", "Renzo Calderón Vásquez"),
                       ("Redacción Valle24 | Política", None)):
        lines = ["Valle24", "Política", "Forty-two people returned home on a chartered flight from the capital",
                 by, "02/12/2025 13:20 h", BODY_A, BODY_B]
        assert read_dump_metadata(lines, [5, 6])["author"] == author, by
