"""The whole pipeline on one page: never raises, every fact's evidence indexes the body."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deportwatch.pipeline import process
from deportwatch.record import Page
from deportwatch.sources import read_pages

SAMPLE = Path(__file__).parents[1] / "corpus" / "sample"


def _check_spans(record) -> None:
    body = record.article.body
    for item in [*record.events, *record.claims]:
        assert item.evidence, "every fact carries evidence"
        for ev in item.evidence:
            assert 0 <= ev.start < ev.end <= len(body)
            assert body[ev.start : ev.end] == ev.text
    for m in record.mentions:
        assert body[m.start : m.end] == m.text


def test_every_sample_page_gives_a_record_with_exact_evidence():
    records = [process(p) for p in read_pages([str(SAMPLE)])]
    assert len(records) == len(list(SAMPLE.glob("*.gold.json")))
    for r in records:
        assert not (r.error or "").startswith("internal error"), (r.source, r.error)
        _check_spans(r)


def test_not_article_pages_have_no_body_and_no_facts():
    for name in ("offtopic-section-front.txt", "notfound-404.html"):
        (page,) = read_pages([str(SAMPLE / name)])
        r = process(page)
        assert r.error and r.error.startswith("not an article"), (name, r.error)
        assert r.article.body == "" and not r.events and not r.claims
        assert r.to_json()["error"] == r.error


lines = st.lists(
    st.one_of(
        st.text(max_size=200),
        st.sampled_from(
            [
                "The U.S. deported 119 migrants to Panama on Wednesday, officials said.",
                "Más de 100 venezolanos fueron deportados a Honduras, según el Gobierno.",
                "США выслали в Узбекистан более 100 человек, сообщило посольство.",
                "Share",
                "© 2025 Example News",
                "",
            ]
        ),
    ),
    max_size=40,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines, st.sampled_from(["text", "html"]))
def test_pipeline_never_raises_on_arbitrary_pages(page_lines, kind):
    text = "\n".join(page_lines)
    if kind == "html":
        text = "<html><body>" + "".join(f"<p>{ln}</p>" for ln in page_lines) + "</body></html>"
    r = process(Page(source="fuzz", text=text, kind=kind))
    assert not (r.error or "").startswith("internal error"), r.error
    _check_spans(r)


def test_page_with_nothing_on_the_matter_skips_mentions_but_keeps_its_article():
    from deportwatch.events import get_extractor
    from deportwatch.pipeline import process
    from deportwatch.record import Page

    text = "Local football club wins the cup\n\n" + " ".join(["The home side scored twice in the second half and the crowd cheered."] * 6)
    rec = process(Page(source="x.txt", text=text, kind="text"), get_extractor("rules"))
    assert rec.article.body and rec.mentions == [] and rec.events == [] and rec.claims == []
    assert get_extractor("rules").wants(rec.article) is False
