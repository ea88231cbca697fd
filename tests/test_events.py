"""Events: the rule extractor on small hand-made articles (mentions given by hand, so these
tests do not depend on the mention finders)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from deportwatch.events.rules import RuleExtractor, extract_events
from deportwatch.events.status import status_of
from deportwatch.record import Article, Mention


def _m(body: str, countries=(), numbers=(), dates=()) -> list[Mention]:
    """Mentions from (text, value[, role]) specs; each text is found in ``body`` (every occurrence)."""
    out = []
    for spec in countries:
        text, iso = spec[0], spec[1]
        role = spec[2] if len(spec) > 2 else "name"
        for m in re.finditer(re.escape(text), body):
            out.append(Mention("country", m.start(), m.end(), text, iso, role))
    for text, value, qual in numbers:
        for m in re.finditer(r"(?<![\w,])" + re.escape(text) + r"(?![\w,])", body):
            nm = re.match(r"\s+(\w+)", body[m.end() :])
            out.append(Mention("number", m.start(), m.end(), text, {"value": value, "qualifier": qual, "noun": nm.group(1) if nm else None}))
    for text, d in dates:
        for m in re.finditer(re.escape(text), body):
            out.append(Mention("date", m.start(), m.end(), text, {"date": d, "relative": False}))
    return sorted(out, key=lambda m: m.start)


def _events(body, lang="en", **kw):
    art = Article(body=body, language=lang, published="2025-02-21")
    return [e.to_json() for e in extract_events(art, _m(body, **kw))]


def test_removal_occurred_en():
    body = "A U.S. Air Force plane carrying 119 migrants landed in Panama on Wednesday."
    evs = _events(body, countries=[("U.S.", "US", "abbrev"), ("Panama", "PA")], numbers=[("119", 119, "exact")], dates=[("Wednesday", "2025-02-12")])
    assert len(evs) == 1
    e = evs[0]
    assert (e["kind"], e["status"], e["to"], e["people"], e["date"]) == ("removal", "occurred", "PA", {"value": 119, "qualifier": "exact"}, "2025-02-12")
    assert body[e["evidence_span"][0] : e["evidence_span"][1]] == e["evidence"] == body


def test_removal_planned_en():
    body = "Germany deported 81 Afghan men to Afghanistan on Friday. The ministry said more Afghan offenders would be deported to Afghanistan in the future."
    evs = _events(body, countries=[("Germany", "DE"), ("Afghan", "AF", "demonym"), ("Afghanistan", "AF")], numbers=[("81", 81, "exact")], dates=[("Friday", "2025-07-18")])
    kinds = sorted((e["kind"], e["status"]) for e in evs)
    assert kinds == [("removal", "occurred"), ("removal", "planned")]
    occurred = next(e for e in evs if e["status"] == "occurred")
    assert occurred["nationalities"] == {"AF": 81}
    assert occurred["from"] == "DE"


def test_removal_es_and_ru():
    body = "Un avión con 104 ciudadanos indios deportados aterrizó en la India este miércoles."
    evs = _events(body, lang="es", countries=[("indios", "IN", "demonym"), ("India", "IN")], numbers=[("104", 104, "exact")], dates=[("este miércoles", "2025-02-05")])
    assert [(e["kind"], e["to"], e["people"]["value"]) for e in evs] == [("removal", "IN", 104)]
    body = "Германия выслала в Афганистан 28 осужденных афганцев."
    evs = _events(body, lang="ru", countries=[("Германия", "DE"), ("Афганистан", "AF"), ("афганцев", "AF", "demonym")], numbers=[("28", 28, "exact")])
    assert [(e["kind"], e["from"], e["to"], e["people"]["value"]) for e in evs] == [("removal", "DE", "AF", 28)]


def test_guantanamo_custody_is_detention_to_us():
    body = "The first military flight carrying migrants from the United States to Guantanamo landed on Feb. 4, at the base in Cuba."
    evs = _events(body, countries=[("United States", "US"), ("Cuba", "CU")], dates=[("Feb. 4", "2025-02-04")])
    assert [(e["kind"], e["from"], e["to"]) for e in evs] == [("detention", "US", "US")]
    assert "Guantanamo" in evs[0]["place"]


def test_onward_return_from_transit_country():
    body = "The United States flew 177 Venezuelan men to Honduras, where they were handed over to a Venezuelan airline that took them home."
    evs = _events(body, countries=[("United States", "US"), ("Venezuelan", "VE", "demonym"), ("Honduras", "HN")], numbers=[("177", 177, "exact")])
    got = {(e["kind"], e["to"]) for e in evs}
    assert ("removal", "HN") in got
    assert ("onward_return", "VE") in got


def test_denial_makes_detention_disputed():
    body = (
        "The 299 deportees remained in custody at a hotel in Panama.\n\n"
        "The minister denied that the foreigners were detained in Panama."
    )
    evs = _events(body, countries=[("Panama", "PA")], numbers=[("299", 299, "exact")])
    det = [e for e in evs if e["kind"] == "detention"]
    assert len(det) == 1 and det[0]["status"] == "disputed"
    assert len(det[0]["evidence_all"]) == 2


def test_court_block_is_rejected():
    body = "The first flight to Rwanda was halted at the last minute after a court injunction."
    evs = _events(body, countries=[("Rwanda", "RW")])
    assert [(e["kind"], e["status"], e["to"]) for e in evs] == [("removal", "rejected", "RW")]
    assert status_of("Judges refused to validate their detention.", 30, "detention", "en") == "rejected"
    assert status_of("un tribunal se negara a convalidar su internamiento", 40, "detention", "es") == "rejected"


def test_arrangement_proposed_vs_occurred():
    assert status_of("The minister wants to negotiate agreements with Kabul.", 40, "arrangement", "en") == "proposed"
    assert status_of("Panama had agreed to act as a stopover.", 10, "arrangement", "en") == "occurred"
    assert status_of("Costa Rica will accept 200 deportees.", 20, "arrangement", "en") == "proposed"  # never planned
    assert status_of("Министр добивается прямых договоренностей с талибами.", 20, "arrangement", "ru") == "proposed"
    body = "Guatemala and El Salvador agreed to accept deported migrants of other nationalities from the United States."
    evs = _events(body, countries=[("Guatemala", "GT"), ("El Salvador", "SV"), ("United States", "US")])
    assert sorted(e["to"] for e in evs if e["kind"] == "arrangement") == ["GT", "SV"]


def test_three_mentions_of_one_flight_merge():
    body = (
        "A plane carrying 135 migrants deported from the United States landed in Costa Rica on Thursday.\n\n"
        "The flight carried 65 children and 70 adults.\n\n"
        "The deportees who landed in Costa Rica come from Uzbekistan and China."
    )
    evs = _events(
        body,
        countries=[("United States", "US"), ("Costa Rica", "CR"), ("Uzbekistan", "UZ"), ("China", "CN")],
        numbers=[("135", 135, "exact"), ("65", 65, "exact"), ("70", 70, "exact")],
        dates=[("Thursday", "2025-02-20")],
    )
    rem = [e for e in evs if e["kind"] == "removal"]
    assert len(rem) == 1
    assert rem[0]["people"] == {"value": 135, "qualifier": "exact"}
    assert len(rem[0]["evidence_all"]) >= 2
    for evd in rem[0]["evidence_all"]:
        assert body[evd["span"][0] : evd["span"][1]] == evd["text"]


def test_trap_numbers_yield_no_event():
    body = "The UK has already paid Rwanda £140m. According to UN figures, more than 800,000 Afghans hold cards."
    evs = _events(body, countries=[("UK", "GB"), ("Rwanda", "RW"), ("Afghans", "AF", "demonym")], numbers=[("140", 140, "exact"), ("800,000", 800000, "more_than")])
    assert evs == []


def test_sum_of_flights_is_no_event():
    body = (
        "A plane with 104 Indians landed in India on February 5.\n\n"
        "Another plane landed in India on February 15 with 116 Indians.\n\n"
        "That took the number of Indians flown to India in 12 days to 220."
    )
    evs = _events(
        body,
        countries=[("Indians", "IN", "demonym"), ("India", "IN")],
        numbers=[("104", 104, "exact"), ("116", 116, "exact"), ("220", 220, "exact")],
        dates=[("February 5", "2025-02-05"), ("February 15", "2025-02-15")],
    )
    assert sorted(e["people"]["value"] for e in evs) == [104, 116]


def test_extractor_interface_and_empty_body():
    ex = RuleExtractor()
    assert ex.extract(Article(body=""), []) == ([], [])
    events, claims = ex.extract(Article(body="Nothing here.", language="en"), [])
    assert events == [] and isinstance(claims, list)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400), st.sampled_from(["en", "es", "ru", None, "fr"]))
def test_never_raises_and_spans_index_body(text, lang):
    body = text + " Deported 12 migrants landed in Panama; Panamá aceptó. депортировали"
    mentions = []
    for m in re.finditer(r"Panam[aá]", body):
        mentions.append(Mention("country", m.start(), m.end(), m.group(), "PA", "name"))
    for m in re.finditer(r"\d+", body):
        mentions.append(Mention("number", m.start(), m.end(), m.group(), {"value": int(m.group()[:9]), "qualifier": "exact", "noun": None}))
    mentions.append(Mention("date", 0, min(3, len(body)), body[:3], {"date": "2025-02", "relative": True}))
    events, _ = RuleExtractor().extract(Article(body=body, language=lang), mentions)
    for ev in events:
        for evd in ev.evidence:
            assert body[evd.start : evd.end] == evd.text
        ev.to_json()
