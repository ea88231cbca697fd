"""Events on the real mention finders: each kind and status in en/es/ru, and the hard cases of
FORMAT.md (custody at a base abroad, several happenings in one sentence, parts of a group taken
back, statement dates, modal scope, negation, statistics and sums)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deportwatch.events.rules import RuleExtractor, extract_events
from deportwatch.mentions import find_mentions
from deportwatch.record import Article


def _events(body: str, lang: str = "en", published: str = "2025-02-21") -> list[dict]:
    art = Article(body=body, language=lang, published=published)
    out = [e.to_json() for e in extract_events(art, find_mentions(art))]
    for e in out:
        for evd in e["evidence_all"]:
            assert body[evd["span"][0] : evd["span"][1]] == evd["text"]
    return out


def _keys(evs: list[dict]) -> set[tuple]:
    return {(e["kind"], e["status"], e["from"], e["to"]) for e in evs}


# ------------------------------------------------------------------ kinds and statuses

@pytest.mark.parametrize(
    ("lang", "body", "want"),
    [
        ("en", "Germany deported 28 Afghan men to Afghanistan on August 30, 2024.", ("removal", "occurred", "DE", "AF")),
        ("es", "Alemania deportó a 28 afganos a Afganistán el 30 de agosto de 2024.", ("removal", "occurred", "DE", "AF")),
        ("ru", "Германия выслала в Афганистан 28 осужденных афганцев.", ("removal", "occurred", "DE", "AF")),
        ("en", "Germany deported 81 Afghans to Afghanistan. The ministry said more Afghan offenders would be deported to Afghanistan in the future.", ("removal", "planned", "DE", "AF")),
        ("ru", "Германия выслала в Афганистан 81 афганца. В МВД подчеркнули, что депортации афганцев в Афганистан будут продолжены.", ("removal", "planned", "DE", "AF")),
        ("en", "The first flight to Rwanda with seven people on board was due to leave on 14 June 2022, but it was halted at the last minute.", ("removal", "rejected", None, "RW")),
    ],
)
def test_removal_statuses(lang, body, want):
    assert want in _keys(_events(body, lang))


@pytest.mark.parametrize(
    ("lang", "body", "want"),
    [
        ("en", "Guatemala agreed to accept deported migrants of other nationalities from the United States.", ("arrangement", "occurred", "US", "GT")),
        ("es", "Costa Rica se comprometió a acoger a 200 migrantes deportados por Estados Unidos.", ("arrangement", "occurred", None, "CR")),
        ("en", "The United States requested that Ukraine accept deported third-country nationals.", ("arrangement", "proposed", None, "UA")),
        ("ru", "Министр Германии добивается прямых договоренностей с Афганистаном о возвращении афганских мигрантов.", ("arrangement", "proposed", None, "AF")),
        ("en", "Venezuela refused to accept deportation flights of migrants from the United States.", ("arrangement", "rejected", None, "VE")),
    ],
)
def test_arrangement_statuses(lang, body, want):
    got = _keys(_events(body, lang))
    assert any(k[:2] == want[:2] and k[3] == want[3] and (want[2] is None or k[2] == want[2]) for k in got), got


def test_arrangement_never_planned_and_negated_acceptance_is_proposed():
    evs = _events("Costa Rica will accept 200 deportees from the United States.")
    assert all(e["status"] != "planned" for e in evs if e["kind"] == "arrangement")
    evs = _events("Ukraine has not accepted third-country migrants from the US.")
    assert [e["status"] for e in evs if e["kind"] == "arrangement"] == ["proposed"]


def test_detention_custody_at_a_base_abroad_is_the_senders():
    body = (
        "The first military flight carrying migrants to Guantanamo landed on Feb. 4.\n\n"
        "An official said 178 Venezuelans were being held at the base."
    )
    det = [e for e in _events(body) if e["kind"] == "detention"]
    assert [(e["from"], e["to"], e["status"]) for e in det] == [("US", "US", "occurred")]
    assert det[0]["people"] == {"value": 178, "qualifier": "exact"}
    assert det[0]["date"] == "2025-02-04"


def test_detention_planned_and_rejected():
    evs = _events("Trump told the Pentagon on Jan. 29 to ready the base at Guantanamo to hold up to 30,000 migrants.")
    assert ("detention", "planned", "US", "US") in _keys(evs)
    body = (
        "An Italian navy ship landed 16 men in Albania on Wednesday.\n\n"
        "On Friday, judges in Rome refused to validate the detention of the 12 migrants."
    )
    assert any(e["kind"] == "detention" and e["status"] == "rejected" and e["to"] == "AL" for e in _events(body, published="2024-10-19"))


def test_onward_return_es():
    body = (
        "Los 177 venezolanos salieron de Guantánamo en dos aviones con destino a Honduras, "
        "donde abordaron un avión de Conviasa que los llevó de regreso a su país."
    )
    evs = _events(body, "es")
    assert ("removal", "occurred", "US", "HN") in _keys(evs)


# ------------------------------------------------------------------ hard cases

def test_several_happenings_in_one_sentence():
    body = (
        "The United States flew 177 Venezuelan men out of its naval base at Guantanamo Bay on Thursday "
        "and handed them over in Honduras to a Venezuelan state airline that took them home, officials said."
    )
    evs = _events(body)
    rem = [e for e in evs if e["kind"] == "removal"]
    ret = [e for e in evs if e["kind"] == "onward_return"]
    assert [(e["from"], e["to"], e["people"]["value"], e["date"]) for e in rem] == [("US", "HN", 177, "2025-02-20")]
    assert [(e["from"], e["to"]) for e in ret] == [("HN", "VE")]


def test_part_of_a_group_taken_back():
    body = (
        "The Italian navy ship Libra docked in Albania on Wednesday with 16 men.\n\n"
        "Four of the 16 were taken back to Italy within hours of landing."
    )
    evs = _events(body, published="2024-10-19")
    back = [e for e in evs if e["to"] == "IT"]
    assert [(e["kind"], e["from"], e["people"]["value"]) for e in back] == [("removal", "AL", 4)]
    out = [e for e in evs if e["to"] == "AL" and e["kind"] == "removal"]
    assert out and out[0]["people"]["value"] == 16


def test_spanish_clauses_each_with_its_count():
    body = (
        "En octubre, el Libra llevó a Albania a 16 hombres de Bangladés y Egipto; cuatro tuvieron que volver "
        "a Italia casi de inmediato, y los otros 12 regresaron a los pocos días."
    )
    evs = _events(body, "es", "2025-04-11")
    back = sorted(e["people"]["value"] for e in evs if e["kind"] == "removal" and e["to"] == "IT")
    assert back == [4, 12]
    first = next(e for e in evs if e["to"] == "AL")
    assert set(first["nationalities"]) == {"BD", "EG"} and first["people"]["value"] == 16


def test_statement_date_is_not_the_events():
    body = "In a sworn statement filed in federal court on Thursday, an ICE official said 178 Venezuelans were being held at Guantanamo."
    det = [e for e in _events(body) if e["kind"] == "detention"]
    assert det and det[0]["date"] is None


def test_modal_of_another_verb_does_not_make_a_plan():
    body = "That would complete the 200 people Costa Rica has agreed to take in from the United States."
    arr = [e for e in _events(body) if e["kind"] == "arrangement"]
    assert [(e["status"], e["to"]) for e in arr] == [("occurred", "CR")]


def test_according_to_is_no_deal_and_negated_removal_is_no_event():
    assert _events("De acuerdo con Badilla, ninguna de estas personas ha pedido refugio en Costa Rica.", "es") == []
    assert _events("The one man who was not deported to Venezuela was returned to a facility in Texas.") == []


def test_statistics_and_sums_are_no_events():
    assert _events("More than 800,000 Afghans in Pakistan hold ACCs and are registered as refugees.") == []
    body = (
        "A plane with 104 Indians landed in India on February 5.\n\n"
        "Another plane landed in India on February 15 with 116 Indians.\n\n"
        "That took the number of Indians deported to India in 12 days to 220."
    )
    assert sorted(e["people"]["value"] for e in _events(body)) == [104, 116]


def test_origin_sentence_gives_the_flight_its_nationalities():
    body = (
        "A plane carrying 135 migrants deported from the United States landed in Costa Rica on Thursday.\n\n"
        "Officials said the deportees are citizens of more than a dozen countries: Uzbekistan, China, Armenia and Turkey."
    )
    rem = [e for e in _events(body) if e["kind"] == "removal"]
    assert len(rem) == 1 and set(rem[0]["nationalities"]) == {"UZ", "CN", "AM", "TR"}


def test_language_guessed_when_unset():
    body = "Un avión militar de Estados Unidos con 104 ciudadanos indios deportados aterrizó este miércoles en la India."
    art = Article(body=body, language=None, published="2025-02-05")
    evs = extract_events(art, find_mentions(Article(body=body, language="es", published="2025-02-05")))
    assert [(e.kind, e.to) for e in evs] == [("removal", "IN")]


@settings(max_examples=120, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300), st.sampled_from(["en", "es", "ru", None]))
def test_real_mentions_never_raise_and_spans_index_body(text, lang):
    body = text + " Deported 12 migrants landed in Panama on Monday; Panamá aceptó. депортировали"
    art = Article(body=body, language=lang, published="2025-02-13")
    events, _ = RuleExtractor().extract(art, find_mentions(art))
    for ev in events:
        for evd in ev.evidence:
            assert body[evd.start : evd.end] == evd.text
        ev.to_json()


def test_custody_sites_in_matches_the_plain_search():
    # the substring prefilter never drops a site the case-insensitive pattern finds
    from deportwatch.events.lexicon import _needles, custody_sites, custody_sites_in

    texts = ["Flown to GUANTÁNAMO Bay.", "в Гуантанамо", "ГУАНТАНАМО", "Camp  Lemonnier", "CAMP LEMONNİER",
             "DİEGO GARCİA", "Diego Garcia", "no base here", "", "guantanamo" * 3]
    for text in texts:
        assert list(custody_sites_in(text)) == [s for s in custody_sites() if s[0].search(text)]
    assert _needles("kiss") == ["k"]  # "i", "s" match more than their lower case
    assert _needles("(?:foo|b[ae]r)") == ["foo", "b"]
    assert _needles(r"\w+") is None


_CUE_TEXTS = [
    "Deported, DEPORTED and de-ported: 120 were expelled; the flight landed.",
    "Fueron deportados 50 venezolanos; EXPULSADOS, repatriación, vuelo de retorno.",
    "Выдворены 30 граждан; ДЕПОРТИРОВАНЫ, депортация, высылка и реадмиссия.",
    "d\u00a0e x\u200by flew\nto, re-turned (returned) «выслали» “deportó”",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_CUE_TEXTS + ["ab", "x", " ", "-", "\u2011", "É", "Ё", "1"]), max_size=12),
       st.sampled_from(["en", "es", "ru"]))
def test_two_character_prefilter_finds_every_cue_start(parts, lang):
    # the cheap scan of the first two characters never drops a place where a cue matches
    from deportwatch.events.frames import _cue_starts
    from deportwatch.events.lexicon import lexicon

    text = "".join(parts)
    lex = lexicon(lang)
    assert list(_cue_starts(text, lex)) == [m.start() for m in lex.any_cue.finditer(text)]


@pytest.mark.parametrize("text", _CUE_TEXTS + ["The weather was fine.", "Border talks", "", "MIGRANTS"])
def test_topic_scan_alone_agrees_with_the_whole_lexicon(text):
    from deportwatch.mentions.actors import has_topic, scan

    assert has_topic(text) == bool(scan(text)["topic"])
