"""extract_html on the HTML pages of corpus/sample, checked field by field against their gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from deportwatch.article import NotAnArticle
from deportwatch.article.html import _parse_date_text, extract_html
from deportwatch.evaluate import body_right, field_right

SAMPLE = Path(__file__).resolve().parents[1] / "corpus" / "sample"
FIELDS = ("outlet", "title", "published", "author", "section", "language")


def _pages() -> list[tuple[Path, dict]]:
    out = []
    for html in sorted(SAMPLE.glob("*.html")):
        gold = json.loads(html.with_name(html.stem + ".gold.json").read_text(encoding="utf-8"))
        out.append((html, gold))
    return out


PAGES = _pages()
ARTICLES = [(p, g) for p, g in PAGES if not g.get("not_article")]
NOT_ARTICLES = [(p, g) for p, g in PAGES if g.get("not_article")]


def test_sample_has_html_pages():
    assert len(ARTICLES) >= 6 and len(NOT_ARTICLES) >= 1


@pytest.fixture(scope="module")
def extracted() -> dict[str, object]:
    return {p.name: extract_html(p.read_text(encoding="utf-8")) for p, _ in ARTICLES}


@pytest.mark.parametrize("page,gold", ARTICLES, ids=[p.stem for p, _ in ARTICLES])
def test_body(page, gold, extracted):
    art = extracted[page.name]
    ok, why = body_right(art.body, gold["article"])
    assert ok, why
    # paragraphs separated by one blank line, none empty
    paras = art.body.split("\n\n")
    assert all(p.strip() and "\n" not in p for p in paras)


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("page,gold", ARTICLES, ids=[p.stem for p, _ in ARTICLES])
def test_field(page, gold, field, extracted):
    art = extracted[page.name]
    got, want = getattr(art, field), gold["article"].get(field)
    assert field_right(field, got, want), f"{field}: got {got!r}, expected {want!r}"


@pytest.mark.parametrize("page,gold", ARTICLES, ids=[p.stem for p, _ in ARTICLES])
def test_published_shape_and_extras(page, gold, extracted):
    art = extracted[page.name]
    assert art.published is None or len(art.published) in (10, 16)
    assert art.extra.get("url", "").startswith("http")


@pytest.mark.parametrize("page,gold", NOT_ARTICLES, ids=[p.stem for p, _ in NOT_ARTICLES])
def test_not_article_pages(page, gold):
    with pytest.raises(NotAnArticle):
        extract_html(page.read_text(encoding="utf-8"))


# ------------------------------------------------------------------ general mechanisms, synthetic pages

PROSE = (
    "The aircraft landed at the airport on Wednesday afternoon with dozens of people on board, "
    "officials said, adding that more flights were expected in the coming weeks."
)


def _page(body: str, head: str = "", lang: str = "en") -> str:
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>{head}</head>"
            f"<body>{body}</body></html>")


def test_printed_date_wins_over_utc_meta():
    html = _page(
        "<main><h1>A plane lands with deportees on board today</h1>"
        "<div class='byline'>By JOHN SMITH</div><span class='timestamp'>Updated 6:18 PM EST, February 13, 2025</span>"
        + "".join(f"<p>{PROSE} ({i})</p>" for i in range(5)) + "</main>",
        head="<meta property='article:published_time' content='2025-02-13T23:18:04Z'>",
    )
    art = extract_html(html)
    assert art.published == "2025-02-13T18:18"
    assert art.author == "John Smith"


def test_meta_offset_kept_as_local_wall_clock():
    html = _page("<main><h1>A plane lands with deportees on board today</h1>"
                 + "".join(f"<p>{PROSE} ({i})</p>" for i in range(5)) + "</main>",
                 head="<meta property='article:published_time' content='2025-04-20T14:32:00+05:00'>")
    assert extract_html(html).published == "2025-04-20T14:32"


def test_in_body_furniture_dropped_subheadings_kept():
    html = _page(
        "<article><h1>A plane lands with deportees on board today</h1>"
        f"<p>{PROSE}</p><p class='also'>Also Read: Another story about flights and more flights</p>"
        "<div class='ad'>ADVERTISEMENT</div>"
        "<figure><img src='x.jpg'><figcaption>People wait at the airport on Sunday. Photo: Agency</figcaption></figure>"
        f"<h2>What the minister said</h2><p>{PROSE} Again.</p>"
        "<p>Читайте также: Ещё одна статья о депортациях</p>"
        f"<p>{PROSE} Third.</p></article>"
    )
    body = extract_html(html).body
    assert "Also Read" not in body and "ADVERTISEMENT" not in body
    assert "Photo: Agency" not in body and "Читайте также" not in body
    assert "What the minister said" in body
    assert body.startswith("The aircraft landed") and body.endswith("Third.")


def test_index_of_headlines_is_not_an_article():
    items = "".join(
        f"<li><a href='/story/{i}'>Headline number {i} about something that happened somewhere</a></li>"
        for i in range(12)
    )
    html = _page(f"<main><h1>World news</h1><ul>{items}</ul></main>",
                 head="<title>World news | Some Outlet</title>")
    with pytest.raises(NotAnArticle):
        extract_html(html)


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n ",
        "plain text, no markup at all",
        "<html><head><title>x</title></head></html>",
        "<html><body><div><p>" + "word " * 200 + "<p>unclosed " * 50,
        "<div>" * 20000 + f"<p>{PROSE}</p>" + "</div>" * 20000,
        "<div>" * 5000 + f"<p>{PROSE}</p>",
        "<span>" * 3000 + "<table><tr><td>" * 500 + PROSE,
        "\x00\x01<html>\x00<body><p>" + PROSE + "</p>",
        "<script type='application/ld+json'>" + "[" * 50000 + "</script><p>" + PROSE + "</p>",
        "<html><head><meta property='og:title'><meta name='description'></head><body><p>x</p>",
        "\ufffd" * 5000,
    ],
    ids=["empty", "blank", "text", "no-body", "unclosed", "deep", "deep-unclosed", "deep-table",
         "nul", "deep-json", "empty-meta", "replacement-chars"],
)
def test_broken_html_never_raises_anything_else(html):
    try:
        art = extract_html(html)
    except NotAnArticle:
        return
    assert isinstance(art.body, str)


@pytest.mark.parametrize("page,gold", ARTICLES[:3], ids=[p.stem for p, _ in ARTICLES[:3]])
def test_truncated_sample_pages(page, gold):
    text = page.read_text(encoding="utf-8")
    for cut in (len(text) // 3, len(text) // 2, 200):
        try:
            extract_html(text[:cut])
        except NotAnArticle:
            pass


@pytest.mark.parametrize(
    "text,langs,want",
    [
        ("Updated 6:18 PM EST, February 13, 2025", ["en"], "2025-02-13T18:18"),
        ("26 Febrero, 2025 06:05 am", ["es"], "2025-02-26T06:05"),
        ("11 abr 2025 - 19:42 CEST", ["es"], "2025-04-11T19:42"),
        ("20.04.2025 14:32", ["ru"], "2025-04-20T14:32"),
        ("20 февраля 2025", ["ru"], "2025-02-20"),
        ("07/18/2025", ["en"], "2025-07-18"),
        ("Feb 17, 2025 07:41 AM IST", ["en"], "2025-02-17T07:41"),
        ("no date here", ["en"], None),
    ],
)
def test_printed_date_reader(text, langs, want):
    assert _parse_date_text(text, langs) == want


def test_sponsor_appeal_at_the_end_dropped_and_spaced_printed_time():
    html = _page(
        "<article><h1>A plane lands with deportees on board today</h1>"
        "<time datetime='2025-07-08T17:42:00-04:00'><span class='date'>July 8, 2025</span>"
        "<span class='time'>5:42 PM ET</span></time>"
        + "".join(f"<p>{PROSE} ({i})</p>" for i in range(4))
        + "<p>Support Example Radio and the stories that matter to you. Become an Example Radio sponsor today.</p>"
        "</article>"
    )
    art = extract_html(html)
    assert art.published == "2025-07-08T17:42"
    assert "sponsor" not in art.body and art.body.endswith("(3)")
    for appeal in ("Support independent journalism: donate now.", "Become a member today."):
        body = extract_html(html.replace("Support Example Radio and the stories that matter to you. "
                                         "Become an Example Radio sponsor today.", appeal)).body
        assert appeal not in body


def test_kicker_link_above_the_headline_is_the_section():
    html = _page(
        "<article><div class='head'><div class='x-label'><a href='/news'>Noticias</a></div>"
        "<h1>A plane lands with deportees on board today</h1></div>"
        + "".join(f"<p>{PROSE} ({i})</p>" for i in range(4)) + "</article>"
    )
    assert extract_html(html).section == "Noticias"


def test_photo_credit_in_a_caption_is_not_the_author():
    html = _page(
        "<article><h1>A plane lands with deportees on board today</h1>"
        "<figure><img src='x.jpg'><figcaption>Families at the crossing"
        "<span class='media-author'>Mark Lensman</span></figcaption></figure>"
        + "".join(f"<p>{PROSE} ({i})</p>" for i in range(4))
        + "<p class='story-author'>Jane Doe-Smith</p></article>"
    )
    assert extract_html(html).author == "Jane Doe-Smith"


def test_credit_label_never_an_author_and_meta_article_author_read():
    html = _page(
        "<article><h1>A plane lands with deportees on board today</h1>"
        "<span class='byline'>Фото: Агентство</span>"
        + "".join(f"<p>{PROSE} ({i})</p>" for i in range(4)) + "</article>",
        head="<meta property='article:author' content='Иван Петров'>",
    )
    assert extract_html(html).author == "Иван Петров"


def test_printed_local_time_beats_its_bracketed_utc_conversion():
    html = _page(
        "<article><h1>A plane lands with deportees on board today</h1>"
        "<span class='story-date'><time datetime='2024-03-04T13:15:00Z'>08:15 CT (13:15 GMT) 4 March 2024</time></span>"
        + "".join(f"<p>{PROSE} ({i})</p>" for i in range(4)) + "</article>",
        head="<meta property='article:published_time' content='2024-03-04T13:15:00Z'>",
    )
    assert extract_html(html).published == "2024-03-04T08:15"


def test_dateline_in_a_byline_slot_is_not_an_author():
    for dateline in ("PORT ELLERY.-", "Port Ellery (Agency) —"):
        html = _page(
            "<article><h1>A plane lands with deportees on board today</h1>"
            f"<span class='byline'>{dateline}</span>"
            + "".join(f"<p>{PROSE} ({i})</p>" for i in range(4)) + "</article>"
        )
        assert extract_html(html).author is None, dateline


def test_printed_date_that_agrees_with_the_metadata_wins_over_a_related_list():
    html = _page(
        '<div class="meta"><span>21 декабря 2025, воскресенье</span></div>'
        "<article><h1>A plane lands with deportees on board today</h1>"
        + "".join(f"<p>{PROSE} ({i})</p>" for i in range(4))
        + '<ul class="related"><li><a href="/a">Older story</a><time>26.06.2025</time></li></ul>'
        '<time class="news-item__date" datetime="2025-12-21T15:40">21.12.2025 15:40</time></article>',
        head="<meta property='article:published_time' content='2025-12-21T12:40:00+00:00'>",
    )
    art = extract_html(html)
    assert art.published == "2025-12-21T15:40"


def test_kicker_and_div_standfirst_over_the_headline_are_no_body():
    html = _page(
        "<article><header><h6 class='article-kicker'><a href='/national'>National</a></h6>"
        "<h1>Immigration orders four US deportees out of Nepal</h1>"
        "<p class='title-sub'>The four were flown from the US to Paro in March and pushed out the same day.</p></header>"
        + "".join(f"<p>{PROSE} ({i})</p>" for i in range(5)) + "</article>")
    assert extract_html(html).body.startswith(PROSE)
    html = _page(
        "<main><h1>Dominica acepta recibir a extranjeros deportados</h1>"
        "<div class='nota__bajada'><p>Los dos países del Caribe anunciaron entendimientos con Washington</p></div>"
        + "".join(f"<p>{PROSE} ({i})</p>" for i in range(5)) + "</main>",
        head="<meta name='description' content='Los dos países del Caribe anunciaron entendimientos con Washington.'>"
             "<meta property='og:description' content='Un resumen más corto.'>", lang="es")
    assert extract_html(html).body.startswith(PROSE)


def test_standfirst_printed_as_a_list_of_points_is_no_body():
    html = _page(
        "<article><h1>Saudi Arabia deported 24,000 Pakistanis for begging this year</h1>"
        "<div class='field field--name-field-subtitle'><ul>"
        "<li>Officials say Dubai sent back about 6,000 on similar grounds</li>"
        "<li>Over 66,000 passengers offloaded at airports in 2025</li></ul></div>"
        + "".join(f"<p>{PROSE} ({i})</p>" for i in range(5)) + "</article>",
        head="<meta name='description' content='Officials say Dubai sent back about 6,000 on similar grounds'>")
    assert extract_html(html).body.startswith(PROSE)
    # a list inside the story stays body
    html = _page(
        "<article><h1>Saudi Arabia deported 24,000 Pakistanis for begging this year</h1>"
        + "".join(f"<p>{PROSE} ({i})</p>" for i in range(3))
        + "<ul><li>Dubai sent back about 6,000</li><li>Azerbaijan expelled nearly 2,500</li></ul>"
        + "".join(f"<p>{PROSE} ({i})</p>" for i in range(3, 5)) + "</article>")
    assert "Azerbaijan expelled nearly 2,500" in extract_html(html).body


def test_agency_credit_closing_the_story_is_no_body():
    for credit in ("With AAP", "Con información de EFE", "Additional reporting by Jane Doe"):
        html = _page("<article><h1>Luxon regrets deportation rethink</h1>"
                     + "".join(f"<p>{PROSE} ({i})</p>" for i in range(5)) + f"<div><p>{credit}</p></div></article>")
        assert extract_html(html).body.rstrip().endswith("(4)"), credit


def test_newsletter_box_with_its_blurb_closing_the_story_is_no_body():
    html = _page("<article><h1>France removed 21,601 people in 2024</h1>"
                 + "".join(f"<p>{PROSE} ({i})</p>" for i in range(5))
                 + "<div class='nl'><p>Daily newsletter</p><p>Receive essential international news every morning</p></div></article>")
    assert extract_html(html).body.rstrip().endswith("(4)")
