"""The scorer follows FORMAT.md's rules to the letter."""

from __future__ import annotations

import json
from pathlib import Path

from deportwatch.evaluate import (
    body_right,
    dates_compatible,
    dedupe_claims,
    field_right,
    find_gold_pages,
    gold_body,
    pair_claims,
    pair_events,
    score_page,
    score_records,
    slot_scores,
    speakers_match,
)

SAMPLE = Path(__file__).parents[1] / "corpus" / "sample"


def ev(kind="removal", to="PA", frm="US", date=None, status="occurred", nats=None, people=None):
    return {"kind": kind, "to": to, "from": frm, "date": date, "status": status, "nationalities": nats or {}, "people": people}


def test_body_rule_start_end_and_noise():
    gold = {"body_starts": "The United  States held", "body_ends": "for comment.", "noise": ["Views: 164"]}
    assert body_right("the united states held talks.\n\nNo one answered for comment.", gold) == (True, "")
    ok, why = body_right("Views: 164\nThe United States held talks for comment.", gold)
    assert not ok and "starts" in why
    ok, why = body_right("The United States held talks. Views: 164. Nobody for comment.", gold)
    assert not ok and "noise" in why


def test_published_is_compared_at_the_gold_precision():
    assert field_right("published", "2025-07-18T12:40", "2025-07-18")
    assert not field_right("published", "2025-07-18", "2025-07-18T12:40")
    assert not field_right("published", None, "2025-07-18")
    assert field_right("author", None, None)
    assert field_right("section", "WORLD", "World")


def test_date_compatibility():
    assert dates_compatible("2025-02", "2025-02-13")
    assert dates_compatible("2025-02-12", "2025-02-19")  # within 7 days
    assert not dates_compatible("2025-02-01", "2025-02-20")
    assert dates_compatible("2025", "2025-11-30")
    assert not dates_compatible("2024-12", "2025-02")
    assert dates_compatible(None, "2025-02-13")


def test_event_pairing_needs_kind_to_and_compatible_from():
    gold = [ev(to="PA", date="2025-02-12"), ev(kind="arrangement", to="GT")]
    system = [ev(kind="arrangement", to="GT", frm=None), ev(to="PA", frm="MX"), ev(to="PA", date="2025-02")]
    pairs = pair_events(system, gold)
    assert sorted(pairs) == [(0, 1), (2, 0)]


def test_greedy_pairing_prefers_most_agreeing_slots():
    gold = [ev(people={"value": 119, "qualifier": "exact"}, date="2025-02-12")]
    system = [ev(date="2025-02"), ev(people={"value": 119, "qualifier": "exact"}, date="2025-02-12")]
    assert pair_events(system, gold) == [(1, 0)]


def test_slot_scores_skip_slots_null_in_gold():
    g = ev(nats={"KZ": 19, "KG": 20, "UZ": None}, date=None, people=None)
    s = ev(nats={"KZ": None, "KG": 20}, date="2025-04", people={"value": 1, "qualifier": "exact"})
    scores = slot_scores(s, g)
    assert set(scores) == {"status", "nationalities"}
    assert abs(scores["nationalities"] - 0.8) < 1e-9
    assert slot_scores(ev(date="2025-04-30"), ev(date="2025-04"))["date"] == 1.0
    assert slot_scores(ev(date="2025"), ev(date="2025-04"))["date"] == 0.0


def test_claims_dedupe_and_speaker_overlap():
    claims = [
        {"speaker": "U.S. Embassy in Uzbekistan", "stance": "denies"},
        {"speaker": "the U.S. Embassy in Uzbekistan", "stance": "denies"},
        {"speaker": "U.S. Embassy in Uzbekistan", "stance": "asserts"},
    ]
    assert len(dedupe_claims(claims)) == 2
    assert speakers_match("The U.S. Embassy", "U.S. Embassy in Uzbekistan")
    assert not speakers_match("Embassy", "U.S. Embassy in Uzbekistan")
    gold = [{"speaker": "José Raúl Mulino", "stance": "confirms"}]
    assert pair_claims([{"speaker": "President José Raúl Mulino", "stance": "confirms"}], gold) == [(0, 0)]
    assert pair_claims([{"speaker": "José Raúl Mulino", "stance": "asserts"}], gold) == []


def test_a_gold_record_scores_perfectly_against_itself():
    pairs = []
    for gp in find_gold_pages([str(SAMPLE)]):
        gold = gp.gold
        body = gold_body(gp.page_path.read_text(encoding="utf-8"), gold)
        record = {"body": body, "article": gold["article"], "events": gold["events"], "claims": gold["claims"]}
        if gold.get("not_article"):
            record["error"] = "not an article"
        pairs.append((gp.gold_path.name, record, gold))
    summary = score_records(pairs)
    assert summary.field_accuracy("body")[0] == len(pairs)
    assert summary.events().f1 == 1.0 and summary.claims().f1 == 1.0
    for slot in ("status", "nationalities", "people", "date"):
        assert summary.slot_accuracy(slot)[0] == 1.0


def test_not_article_page_is_right_when_the_record_has_an_error():
    gold = json.loads((SAMPLE / "notfound-404.gold.json").read_text(encoding="utf-8"))
    assert score_page("404", {"body": "", "error": "not an article"}, gold).fields == {"body": True}
    assert score_page("404", {"body": "Page not found. " * 20}, gold).fields == {"body": False}
