"""The article body of text dumps: seeds and dev pages (FORMAT.md body rules), a section
front, and synthetic hard cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from deportwatch.article.dump import extract_dump
from deportwatch.article.dump_body import BASE_NAMES, body_lines, line_features
from deportwatch.evaluate import body_right

SHARED = Path(__file__).parents[2] / "shared"
SAMPLE = Path(__file__).parents[1] / "corpus" / "sample"


def _gold_dumps() -> list[Path]:
    out = []
    for d in (SHARED / "seeds", SHARED / "corpus" / "dev", SAMPLE):
        if d.is_dir():
            out += [g for g in sorted(d.glob("*.gold.json"))
                    if g.with_name(g.name.replace(".gold.json", ".txt")).exists()]
    return out


GOLD = _gold_dumps()


@pytest.mark.parametrize("gold_path", GOLD, ids=[f"{g.parent.name}/{g.name}" for g in GOLD])
def test_body_of_gold_dump(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
    body = extract_dump(text).body
    if gold.get("not_article"):
        assert body == ""
        return
    ok, why = body_right(body, gold["article"])
    assert ok, why


def test_section_front_is_not_an_article() -> None:
    for d in (SHARED / "corpus" / "dev", SAMPLE):
        page = d / "offtopic-section-front.txt"
        if page.exists():
            assert body_lines(page.read_text(encoding="utf-8").split("\n")) == []
            return
    pytest.skip("no section front available")


# ------------------------------------------------------------------ synthetic pages

NAV = ["Home", "World", "Politics", "Business", "Sport", "Search", "Sign in", "Menu"]
FOOT = ["Related stories", "Markets rally as central bank holds rates",
        "Storm closes airports across the north", "Tags", "Migration", "Share",
        "Comments (12)", "© 2025 Example Media. All rights reserved.", "Privacy policy", "Contact us"]
PARAS = [
    "The government said on Tuesday that a chartered flight carrying 120 people left the capital "
    "early in the morning, the first such flight this year, according to officials.",
    "Officials told reporters that the passengers had been held for several weeks at a detention "
    "centre near the airport before the flight, and that more flights were planned.",
    "Rights groups criticised the decision, saying that many of those on board had pending asylum "
    "claims and had not been able to see a lawyer before they were removed.",
    "The interior ministry rejected the criticism in a statement, saying that every case had been "
    "reviewed by a judge and that the flights complied with national and international law.",
    "A spokesperson for the receiving country confirmed that the plane had landed and that the "
    "passengers were handed over to local authorities for processing on arrival.",
    "Further flights are expected in the coming weeks, the ministry said, without giving a number "
    "or naming the countries that would receive them.",
]


def _page(body: list[str]) -> list[str]:
    head = NAV + ["World", "Deportation flight leaves capital with 120 on board",
                  "12 March 2025, 10:41", "By Jane Doe", "Share"]
    return head + body + FOOT


def _body_texts(lines: list[str]) -> list[str]:
    return [lines[i].strip() for i in body_lines(lines)]


def test_plain_article_body_found() -> None:
    lines = _page(PARAS)
    got = _body_texts(lines)
    assert got[0] == PARAS[0] and got[-1] == PARAS[-1]
    assert "Share" not in got and not any("©" in g for g in got)
    assert body_lines(lines) == sorted(body_lines(lines))


def test_inline_read_also_dropped() -> None:
    for read_also in ("Read also: Storm closes airports across the north", "READ: Storm closes airports across the north"):
        lines = _page(PARAS[:3] + [read_also] + PARAS[3:])
        got = _body_texts(lines)
        assert read_also not in got, read_also
        assert got[0] == PARAS[0] and got[-1] == PARAS[-1]


def test_caption_inside_body_dropped() -> None:
    caption = "Photo: Passengers board the plane at the airport. Reuters/John Smith"
    lines = _page(PARAS[:2] + [caption] + PARAS[2:])
    got = _body_texts(lines)
    assert caption not in got
    assert PARAS[2] in got


def test_body_subheading_kept() -> None:
    sub = "Critics say the flights break the law"
    lines = _page(PARAS[:3] + [sub] + PARAS[3:])
    got = _body_texts(lines)
    assert sub in got
    assert got[0] == PARAS[0] and got[-1] == PARAS[-1]


def test_empty_and_blank_pages() -> None:
    assert body_lines([]) == []
    assert body_lines(["", "   ", ""]) == []
    assert extract_dump("").body == ""


def test_features_shape_and_languages() -> None:
    rows = ["Читайте также: Посольство опровергло данные", "LEA TAMBIÉN: Brasil denuncia",
            "Related: a camp one week on", "Фото: МИД"]
    x = line_features(rows)
    assert x.shape[0] == 4
    from deportwatch.article.dump_body import BASE_NAMES
    rel = x[:, BASE_NAMES.index("cue_related")]
    assert rel[:3].tolist() == [1.0, 1.0, 1.0]
    assert x[3, BASE_NAMES.index("cue_caption")] == 1.0


def test_call_to_action_and_caption_marker_features() -> None:
    from deportwatch.article.dump_body import BASE_NAMES
    rows = ["Get the day's news in our morning newsletter. Sign up here.",
            "If you want the bundle, you can sign up for a free trial and pay later this month.",
            "Image caption,", "Officials at the airport on Monday", "https://cdn.example.com/x.jpg",
            "500"]
    x = line_features(rows)
    col = {name: x[:, k].tolist() for k, name in enumerate(BASE_NAMES)}
    assert col["cta_end"][:2] == [1.0, 0.0]
    assert col["cue_cta"][:2] == [1.0, 1.0]
    assert col["caption_marker"][2] == 1.0 and col["after_caption_marker"][3] == 1.0
    assert col["url_only"][4] == 1.0 and col["no_letters"][5] == 1.0


def test_promo_inside_body_dropped() -> None:
    promo = "Get the day's top stories with our Morning Brief newsletter. Sign up here."
    lines = _page(PARAS[:2] + [promo] + PARAS[2:])
    got = _body_texts(lines)
    assert promo not in got
    assert got[0] == PARAS[0] and got[-1] == PARAS[-1]


def test_caption_closed_by_a_credit_before_the_lead_dropped() -> None:
    for caption in ("Passengers wait beside the aircraft at the airport before the flight on Tuesday [File: Agency]",
                    "Passengers wait beside the aircraft at the airport on Tuesday. Photograph: Jane Roe/Agency",
                    "Passengers wait beside the aircraft at the airport on Tuesday (AP Photo/Jane Roe)",
                    "Deportees line up for processing at a service center in Tijuana, Baja California. (Gobierno de Baja California)"):
        lines = _page([caption] + PARAS)
        got = _body_texts(lines)
        assert caption not in got, caption
        assert got[0] == PARAS[0]
        col = dict(zip(BASE_NAMES, line_features([caption, PARAS[0]]).T, strict=True))
        assert col["credit_end"].tolist() == [1.0, 0.0]


def test_bridge_over_a_gallery_between_lead_and_rest() -> None:
    import numpy as np

    from deportwatch.article.dump_body import select_body

    texts = ["Home", "World", PARAS[0], "Story continues below gallery", "1 of 6", "Jane Roe Submitted photo",
             PARAS[1], PARAS[2], PARAS[3], "Share", "Facebook"]
    p = np.array([0.0, 0.0, 0.6, 0.1, 0.1, 0.1, 0.95, 0.95, 0.95, 0.0, 0.0])
    base = line_features(texts)
    post = {"region_threshold": 0.3, "len_power": 0.75, "keep_threshold": 0.3, "min_run_words": 40.0,
            "edge_words": 15, "gap_cost": 2.0}
    assert select_body(p, base, post)[0] == 6  # the gap costs more than the lead brings
    bridged = select_body(p, base, {**post, "bridge_gap": 8, "bridge_p": 0.5})
    assert bridged == [2, 6, 7, 8]


def test_key_points_box_is_cut_and_wire_dateline_kept() -> None:
    box = ["In short:", "A first man was flown out under the new deal this week.",
           "The transfer triggers a large payment.", "What's next?", "More flights may follow."]
    got = _body_texts(_page(box + PARAS))
    assert got[0] == PARAS[0] and not any(b in got for b in box)
    dateline = "MADRID, 13 Nov. (EUROPA PRESS) -"
    got = _body_texts(_page([dateline] + PARAS))
    assert got[0] == dateline and got[1] == PARAS[0]


@pytest.mark.parametrize("label", ["Mirá también", "Реклама", "Advertisement"])
def test_inline_label_and_the_headline_it_announces_dropped(label: str) -> None:
    headline = "La Corte Suprema habilita las deportaciones a terceros países"
    lines = _page(PARAS[:3] + [label, headline] + PARAS[3:])
    got = _body_texts(lines)
    assert label not in got
    assert got[0] == PARAS[0] and got[-1] == PARAS[-1]
    if label == "Mirá también":  # a "Read also" label announces the headline after it
        assert headline not in got


def test_standfirst_and_date_above_the_byline_block_are_no_body() -> None:
    # a page of our own corpus whose line model kept the standfirst and the date line in the body
    from deportwatch.article.dump import extract_dump

    page = Path(__file__).resolve().parents[1] / "corpus" / "blind13a" / "mx-gt-retornos-terrestres-republica.txt"
    gold = json.loads(page.with_name(page.stem + ".gold.json").read_text(encoding="utf-8"))
    body = extract_dump(page.read_text(encoding="utf-8")).body
    assert body.startswith(gold["article"]["body_starts"]), body[:200]
