"""Golden tests: the whole pipeline scored against every gold file we have.

The pages are the seeds in ../shared (third-party text, read where it is, never copied) and
our own sample corpus. The floors below are the figures the project has reached, a little
under the measured value so that a harmless change does not trip them; a real regression
does. They are not the goal figures of the issues: those are reported in the closing notes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from deportwatch.evaluate import ARTICLE_FIELDS, find_gold_pages, score_records
from deportwatch.events import get_extractor
from deportwatch.pipeline import process
from deportwatch.sources import pages_from_file

ROOT = Path(__file__).parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "corpus" / "sample"


def _gold_dirs() -> list[str]:
    dirs = [str(SAMPLE)]
    if (SHARED / "seeds").is_dir():
        dirs.insert(0, str(SHARED / "seeds"))
    return dirs


# Floors on the later corpora: written after the development set, on other stories and
# outlets; the figures there are lower, and these floors guard what has been reached.
LATER = {
    "validation": {"body": 0.95, "fields": 0.95, "events": 0.72, "claims": 0.84},
    "holdout": {"body": 0.95, "fields": 0.95, "events": 0.74, "claims": 0.86},
    "blind2": {"body": 0.95, "fields": 0.75, "events": 0.90, "claims": 0.70},
    # session 2: measured blind once each, then worked on (figures in the issue notes)
    "blind3a": {"body": 0.95, "fields": 0.55, "events": 0.58, "claims": 0.75},
    "blind3b": {"body": 0.95, "fields": 0.55, "events": 0.55, "claims": 0.78},
    "blind3c": {"body": 0.95, "fields": 0.75, "events": 0.60, "claims": 0.57},
    "blind5a": {"body": 0.75, "fields": 0.75, "events": 0.35, "claims": 0.60},
    "blind5b": {"body": 0.95, "fields": 0.35, "events": 0.36, "claims": 0.72},
    "blind5c": {"body": 0.75, "fields": 0.75, "events": 0.30, "claims": 0.56},
    "blind4a": {"body": 0.70, "fields": 0.70, "events": 0.55, "claims": 0.62},
    "blind4b": {"body": 0.75, "fields": 0.70, "events": 0.45, "claims": 0.76},
    # blind6: the last blind set of session 2, measured once and not worked on
    "blind6a": {"body": 0.75, "fields": 0.35, "events": 0.44, "claims": 0.74},
    "blind6b": {"body": 0.55, "fields": 0.55, "events": 0.62, "claims": 0.62},
    # session 3: blind7 measured blind once, then worked on; blind8 measured blind at the end
    "blind7a": {"body": 0.95, "fields": 0.75, "events": 0.40, "claims": 0.76},
    "blind7b": {"body": 0.95, "fields": 0.55, "events": 0.62, "claims": 0.84},
    "blind7c": {"body": 0.95, "fields": 0.75, "events": 0.43, "claims": 0.68},
    "blind8a": {"body": 0.75, "fields": 0.95, "events": 0.26, "claims": 0.73},
    "blind8b": {"body": 0.75, "fields": 0.55, "events": 0.48, "claims": 0.63},
    # session 4: blind9 measured blind at the start, then worked on; blind10 and blind11 measured
    # blind at the start and mid-session, then worked on; blind12 measured blind only
    "blind9a": {"body": 0.95, "fields": 0.95, "events": 0.56, "claims": 0.78},
    "blind9b": {"body": 0.95, "fields": 0.95, "events": 0.47, "claims": 0.72},
    "blind9c": {"body": 0.95, "fields": 0.95, "events": 0.51, "claims": 0.68},
    "blind10a": {"body": 0.95, "fields": 0.55, "events": 0.25, "claims": 0.77},
    "blind10b": {"body": 0.95, "fields": 0.55, "events": 0.39, "claims": 0.74},
    "blind10c": {"body": 0.75, "fields": 0.55, "events": 0.34, "claims": 0.65},
    "blind11a": {"body": 0.95, "fields": 0.75, "events": 0.41, "claims": 0.64},
    "blind11b": {"body": 0.75, "fields": 0.75, "events": 0.47, "claims": 0.59},
    "blind11c": {"body": 0.55, "fields": 0.55, "events": 0.30, "claims": 0.57},
    "blind12a": {"body": 0.75, "fields": 0.75, "events": 0.62, "claims": 0.78},
    "blind12b": {"body": 0.75, "fields": 0.55, "events": 0.37, "claims": 0.60},
    "blind12c": {"body": 0.75, "fields": 0.75, "events": 0.39, "claims": 0.77},
    "blind13a": {"body": 0.75, "fields": 0.75, "events": 0.55, "claims": 0.59},
    "blind13b": {"body": 0.95, "fields": 0.55, "events": 0.31, "claims": 0.69},
    "blind13c": {"body": 0.75, "fields": 0.55, "events": 0.48, "claims": 0.65},
}


def _score(dirs: list[str]):
    extractor = get_extractor("rules")
    triples, records = [], {}
    for gp in find_gold_pages(dirs):
        (page,) = list(pages_from_file(str(gp.page_path)))[:1]
        record = process(page, extractor)
        name = gp.gold_path.name[: -len(".gold.json")]
        records[name] = record
        triples.append((name, record.to_json(), gp.gold))
    return score_records(triples), records, {n: g for n, _, g in triples}


@pytest.fixture(scope="module")
def scored():
    return _score(_gold_dirs())


@pytest.mark.parametrize("corpus", sorted(LATER))
def test_later_corpora_keep_their_level(corpus):
    floors = LATER[corpus]
    summary, records, _ = _score([str(ROOT / "corpus" / corpus)])
    right, n = summary.field_accuracy("body")
    assert right / n >= floors["body"]
    for field in ARTICLE_FIELDS:
        right, n = summary.field_accuracy(field)
        assert right / n >= floors["fields"], (field, [p.problems for p in summary.pages if not p.fields.get(field)])
    assert summary.events().f1 >= floors["events"]
    assert summary.claims().f1 >= floors["claims"]
    for name, r in records.items():
        for item in [*r.events, *r.claims]:
            for ev in item.evidence:
                assert r.article.body[ev.start : ev.end] == ev.text, name


def test_bodies_are_right(scored):
    summary, _, _ = scored
    right, n = summary.field_accuracy("body")
    assert right / n >= 0.95, [p.problems for p in summary.pages if not p.fields.get("body")]


@pytest.mark.parametrize("field", ARTICLE_FIELDS)
def test_metadata_fields_are_right(scored, field):
    summary, _, _ = scored
    right, n = summary.field_accuracy(field)
    assert right / n >= 0.95, [p.problems for p in summary.pages if not p.fields.get(field)]


def test_events_and_claims_score(scored):
    summary, _, _ = scored
    assert summary.events().f1 >= 0.80
    assert summary.claims().f1 >= 0.85
    for slot in ("status", "people", "date"):
        assert summary.slot_accuracy(slot)[0] >= 0.80, slot
    assert summary.slot_accuracy("nationalities")[0] >= 0.72


def test_languages_score_alike(scored):
    summary, _, _ = scored
    f1 = {lang: summary.events(lang).f1 for lang in summary.languages()}
    assert set(f1) >= {"en", "es", "ru"}
    assert max(f1.values()) - min(f1.values()) <= 0.15, f1


def test_pages_that_are_not_articles_yield_nothing(scored):
    _, records, golds = scored
    for name, gold in golds.items():
        if gold.get("not_article"):
            r = records[name]
            assert r.error and not r.article.body and not r.events and not r.claims, name


def test_every_fact_points_into_the_body(scored):
    _, records, _ = scored
    for name, r in records.items():
        for item in [*r.events, *r.claims]:
            for ev in item.evidence:
                assert r.article.body[ev.start : ev.end] == ev.text, name


def test_related_headlines_yield_no_event(scored):
    """Trap headlines (related lists, 'Read also' lines) are outside the body: no event's
    evidence may come from a line the gold lists as page furniture."""
    _, records, golds = scored
    for name, gold in golds.items():
        noise = [n for n in (gold.get("article") or {}).get("noise") or [] if len(n.split()) >= 5]
        for e in records[name].events:
            for ev in e.evidence:
                assert not any(n in ev.text or ev.text in n for n in noise), (name, ev.text)
