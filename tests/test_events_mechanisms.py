"""Events: the general mechanisms added for unseen outlets, on invented sentences (en/es/ru),
with the real mention finders."""

from __future__ import annotations

from deportwatch.events.lexicon import in_name
from deportwatch.events.merge import _people_ok
from deportwatch.events.rules import extract_events
from deportwatch.events.status import status_of
from deportwatch.mentions import find_mentions
from deportwatch.record import Article


def _events(body: str, lang: str = "en", published: str = "2025-03-14") -> list[dict]:
    art = Article(body=body, language=lang, published=published)
    return [e.to_json() for e in extract_events(art, find_mentions(art))]


def _one(evs: list[dict], kind: str) -> dict:
    found = [e for e in evs if e["kind"] == kind]
    assert len(found) == 1, evs
    return found[0]


# -- counts: bounds and exact counts of one group ------------------------------------------

def test_bound_and_exact_count_are_one_group():
    assert _people_ok({"value": 100, "qualifier": "more_than"}, {"value": 131, "qualifier": "exact"})
    assert _people_ok({"value": 250, "qualifier": "exact"}, {"value": 300, "qualifier": "up_to"})
    assert not _people_ok({"value": 100, "qualifier": "more_than"}, {"value": 900, "qualifier": "exact"})
    assert not _people_ok({"value": 50, "qualifier": "at_least"}, {"value": 40, "qualifier": "exact"})


def test_bound_then_exact_count_merge_and_keep_the_exact_one():
    body = ("The United States deported more than 100 migrants to Eswatini last week. "
            "A U.S. plane carrying 127 migrants landed in Eswatini on Tuesday.")
    ev = _one(_events(body), "removal")
    assert ev["people"] == {"value": 127, "qualifier": "exact"}


def test_smaller_count_in_the_same_sentence_is_a_split():
    body = "On Monday 1,450 Syrians were sent to Syria from Lebanon, another 300 were taken straight to the border."
    evs = [e for e in _events(body) if e["kind"] == "removal"]
    assert len(evs) == 1 and evs[0]["people"]["value"] == 1450


# -- nationalities -------------------------------------------------------------------------

def test_group_origins_reach_the_groups_other_events_es():
    body = ("Un avión con 52 migrantes aterrizó el martes en Sudán del Sur. "
            "Los hombres fueron trasladados bajo custodia a un centro de Yuba, donde quedarán hasta que puedan ser repatriados a sus países de origen. "
            "Según la prensa, proceden de países como Birmania, Laos y Cuba.")
    evs = _events(body, "es")
    removal = _one(evs, "removal")
    assert set(removal["nationalities"]) == {"MM", "LA", "CU"}
    onward = _one(evs, "onward_return")
    assert set(onward["nationalities"]) == {"MM", "LA", "CU"}


def test_negated_origin_sentence_gives_no_nationality():
    body = ("A plane carrying 40 asylum seekers landed in Rwanda on Tuesday. "
            "The court noted that Rwanda had not accepted a single claim from people from Syria, Yemen or Eritrea.")
    ev = _one(_events(body), "removal")
    assert ev["nationalities"] == {}


def test_ticket_split_gives_the_onward_returns_home_countries_es():
    body = ("El ministro dijo que 80 de los deportados aceptaron volver voluntariamente a sus países. "
            "Ya se han comprado 30 boletos, entre ellos 12 para Nepal, 9 para Sri Lanka y 4 para Camerún.")
    ev = _one(_events(body, "es"), "onward_return")
    assert ev["status"] == "planned"
    assert set(ev["nationalities"]) == {"NP", "LK", "CM"}


def test_removals_of_one_story_share_the_home_nationality():
    body = ("A U.S. military plane carrying 98 Guatemalans landed in Guatemala on Monday. "
            "Another flight with 120 Guatemalans landed in Guatemala on Wednesday. "
            "A third flight landed in Guatemala on Friday with 87 people.")
    evs = [e for e in _events(body) if e["kind"] == "removal"]
    assert len(evs) == 3 and all(set(e["nationalities"]) == {"GT"} for e in evs)


def test_take_back_deal_carries_the_receivers_nationality():
    body = "After talks in Juba, South Sudan agreed to take back migrants deported from the United States."
    ev = _one(_events(body), "arrangement")
    assert ev["to"] == "SS" and set(ev["nationalities"]) == {"SS"}


def test_own_citizens_deal_es_ru():
    es = _one(_events("En enero, Honduras aceptó recibir a sus ciudadanos deportados por Estados Unidos.", "es"), "arrangement")
    assert es["to"] == "HN" and set(es["nationalities"]) == {"HN"}
    ru = _one(_events("Таджикистан согласился принимать своих граждан, высланных из России.", "ru"), "arrangement")
    assert ru["to"] == "TJ" and set(ru["nationalities"]) == {"TJ"}


def test_deal_on_returning_one_nationality_is_a_deal_with_that_country():
    body = "The interior minister also wants to negotiate agreements on returning Syrian nationals directly with Damascus officials."
    ev = _one(_events(body), "arrangement")
    assert ev["to"] == "SY" and ev["status"] == "proposed"
    ru = _one(_events("Министр также добивается соглашений о возвращении граждан Сирии.", "ru"), "arrangement")
    assert ru["to"] == "SY" and ru["status"] == "proposed"


# -- cues: names, compounds, verbs ----------------------------------------------------------

def test_cue_words_inside_names():
    t = "since the National Repatriation Plan was launched, the Ministry of Refugees and Repatriation said"
    i = t.index("Repatriation")
    assert in_name(t, i, i + len("Repatriation"))
    j = t.rindex("Repatriation")
    assert in_name(t, j, j + len("Repatriation"))
    k = "Repatriation flights resumed on Monday."
    assert not in_name(k, 0, len("Repatriation"))
    c = "The C-17 landed."
    assert not in_name(c, 4, 8)


def test_plan_in_a_name_does_not_make_a_removal_planned():
    body = "Since the Voluntary Return Plan was launched in May 2024, a total of 12,400 Haitians have been deported from the Dominican Republic to Haiti."
    ev = _one(_events(body), "removal")
    assert ev["status"] == "occurred" and ev["people"]["value"] == 12400


def test_compound_nouns_and_phrasal_verbs_are_no_cues():
    assert not _events("Eswatini has been a reliable partner in answering U.S. deportation requests from Washington.")
    assert not _events("Many Afghans in transit had their cases held up for months in Pakistan.")
    assert [e["kind"] for e in _events("Under the plan, officials will deal with 300 Sudanese applicants in Chad.")] == []


def test_accepting_a_claim_is_no_deal():
    assert not [e for e in _events("Between 2020 and 2022 Rwanda had not accepted a single asylum claim from Yemen.") if e["kind"] == "arrangement"]


def test_take_back_control_is_no_deal():
    assert not _events("Trump demanded that the U.S. take back control of the Panama Canal.")


# -- status ---------------------------------------------------------------------------------

def test_modal_after_a_noun_cue_es():
    text = "Según el ministro, las primeras salidas hacia los países de origen podrían darse esta semana."
    pos = text.index("salidas")
    end = text.index("origen") + len("origen")
    assert status_of(text, pos, "onward_return", "es", None, end) == "planned"


def test_reason_clause_keeps_its_own_modality():
    text = "Ghana had agreed to act as a transit point because Washington asked it to."
    assert status_of(text, text.index("agreed"), "arrangement", "en") == "occurred"


def test_consent_verbs_make_the_return_planned_es_en():
    text = "El ministro sostuvo que 64 de los deportados aceptaron volver voluntariamente."
    assert status_of(text, text.index("volver"), "onward_return", "es") == "planned"
    text = "Officials said 40 of the men had agreed to return home."
    assert status_of(text, text.index("return home"), "onward_return", "en") == "planned"


def test_purpose_infinitive_makes_a_deal_proposed():
    text = "An official suggested a phone call between the leaders to close the deal."
    assert status_of(text, text.index("deal"), "arrangement", "en") == "proposed"


def test_disputed_report_stays_apart_from_the_deal_ru():
    body = ("В МВД назвали это первой договорённостью с Таджикистаном о приёме высланных мигрантов. "
            "Газета писала, что Таджикистан якобы отказывается принимать своих граждан, однако посольство назвало это неверным.")
    arr = [e for e in _events(body, "ru") if e["kind"] == "arrangement"]
    assert {e["status"] for e in arr} >= {"disputed"}


# -- dates of deals -------------------------------------------------------------------------

def test_announced_scheme_dates_the_one_deal_it_refers_to():
    body = ("The scheme was first announced in March 2024. "
            "Under the deal with Ghana, people who arrived in Germany irregularly could be flown to Ghana.")
    ev = _one(_events(body), "arrangement")
    assert ev["to"] == "GH" and ev["date"] == "2024-03"


def test_dated_generic_deal_noun_makes_no_event_alone():
    assert not _events("A deepening bilateral partnership was praised in May 2024.")


# -- the story's sender as a destination -----------------------------------------------------

def test_counted_citizens_sent_home_to_the_story_sender_make_a_removal():
    # the story's removals are Kyrgyzstan's, yet its own citizens sent home are a removal to it
    body = ("Kyrgyzstan deported 2,088 foreign nationals in 2025, the deputy minister said. "
            "Kyrgyzstan also expelled 1,500 foreigners in 2024. "
            "In the first nine months of 2025, 2,808 Kyrgyz nationals were sent home, down from 3,928 in the same period of 2024.")
    home = [e for e in _events(body) if e["kind"] == "removal" and e["to"] == "KG"]
    assert [e["people"]["value"] for e in home] == [2808, 3928]
    assert all(e["from"] != "KG" for e in home)
    # a removal to the sender that counts no one is still the sender's own (no event)
    assert not [e for e in _events(body.replace("2,808 Kyrgyz nationals were sent home, down from 3,928 in the same period of 2024",
                                                "Kyrgyz nationals were sent home")) if e["to"] == "KG"]


# -- runs of figures of other periods ----------------------------------------------------------

def _counts(evs: list[dict]) -> list[tuple[int, str]]:
    return [(e["people"]["value"], e["date"]) for e in evs if e["kind"] == "removal" and e["people"]]


def test_a_run_of_figures_of_other_periods_makes_one_removal_each_es():
    body = ("Según la prensa francesa, los salvoconductos de Argelia permitieron 1.652 expulsiones forzosas desde Francia en 2019, "
            "pero solo 389 en 2020, el año del cierre de fronteras, y apenas 34 en 2021.")
    assert _counts(_events(body, "es")) == [(1652, "2019"), (389, "2020"), (34, "2021")]
    body = "En 2023 fueron deportados 18.449 ecuatorianos en 150 vuelos, la cifra más alta registrada; en 2024 fueron 13.681."
    assert _counts(_events(body, "es")) == [(18449, "2023"), (13681, "2024")]


def test_figures_of_adjacent_years_are_two_removals_not_one():
    # the scorer's 7-day slack makes 2023 and 2024 "compatible"; for merging they are two periods
    body = ("At least 31,404 people were expelled from Algeria to the Niger border in 2024, "
            "the highest figure on record, against at least 26,031 in 2023.")
    assert _counts(_events(body)) == [(31404, "2024"), (26031, "2023")]


def test_a_running_total_since_a_start_is_no_figure_of_a_period():
    body = ("The repatriation programme brought home about 1,115 Venezuelans from Mexico in 2025, "
            "and it has passed 1,000,000 returnees since it began in 2018.")
    assert [v for v, _d in _counts(_events(body))] == [1115]


# -- more verbs of removal (event_cues.tsv) ---------------------------------------------------

def test_more_verbs_of_removal_en_es():
    cases = [
        ("In February 2022 the Coast Guard handed 38 more Venezuelans over to Venezuela's coast guard at the maritime border.", "en", "VE", 38),
        ("The ministry said 28,525 people were removed from Malaysia under the Immigration Act between January 1 and July 6.", "en", None, 28525),
        ("In October 2022, Human Rights Watch said Malaysia had returned more than 2,000 Myanmar nationals to Myanmar since April.", "en", "MM", 2000),
        ("Un nuevo grupo de 493 reos colombianos será llevado hasta Colombia entre el miércoles 30 y el jueves 31 de julio.", "es", "CO", 493),
        ("En febrero de 2023 el régimen desterró a Estados Unidos a 222 opositores nicaragüenses.", "es", "US", 222),
    ]
    for body, lang, to, n in cases:
        evs = [e for e in _events(body, lang, "2025-08-01") if e["kind"] == "removal"]
        assert evs and evs[0]["people"]["value"] == n, (body, evs)
        if to is not None:
            assert evs[0]["to"] == to, (body, evs)
    # not a removal of people: an official removed from office
    assert not _events("The minister was removed from office in 2024 after 300 migrants were held.", "en") or all(
        e["kind"] != "removal" for e in _events("The minister was removed from office in 2024 after 300 migrants were held.", "en"))


def test_a_month_figure_with_no_destination_is_the_story_senders_removal():
    body = ("Argentina expulsó a 1.200 extranjeros en 2025, según la Dirección Nacional de Migraciones. "
            "Según el organismo, en diciembre fueron expulsados 2.403 extranjeros, un récord.")
    evs = [e for e in _events(body, "es", "2026-02-04") if e["kind"] == "removal"]
    dec = [e for e in evs if e["date"] == "2025-12"]
    assert len(dec) == 1 and dec[0]["people"]["value"] == 2403 and dec[0]["from"] == "AR" and dec[0]["to"] is None
    # with no sender anywhere in the story, a figure with no destination stands for nothing
    assert not _events("En diciembre fueron expulsados 2.403 extranjeros, un récord.", "es", "2026-02-04")


def test_a_from_country_beats_a_by_country_as_the_sender():
    # "por Argelia" belongs to another verb ("expedidos"); "desde Francia" says where the removals left
    body = "Los salvoconductos expedidos por Argelia permitieron 1.652 expulsiones forzosas desde Francia en 2019."
    ev = _one(_events(body, "es"), "removal")
    assert ev["from"] == "FR" and ev["people"]["value"] == 1652


def test_a_tally_of_receiving_countries_makes_one_removal_each_en_es():
    for body, lang in (("Eswatini took five men in July, South Sudan eight the same month and Rwanda seven in August.", "en"),
                       ("Esuatini recibió a cinco hombres en julio, Sudán del Sur a ocho ese mismo mes y Ruanda a siete en agosto.", "es")):
        got = sorted((e["to"], e["people"]["value"], e["date"]) for e in _events(body, lang, "2025-10-11") if e["kind"] == "removal")
        assert got == [("RW", 7, "2025-08"), ("SS", 8, "2025-07"), ("SZ", 5, "2025-07")], (lang, got)


def test_a_deal_named_as_the_frame_of_a_removal_is_no_deal_and_keeps_the_destination():
    body = "Israel deported 154 Palestinians it had freed under the Gaza ceasefire deal to Egypt on Monday."
    evs = _events(body, "en", "2025-10-14")
    assert [(e["kind"], e["to"], e["people"]["value"]) for e in evs if e["kind"] == "removal"] == [("removal", "EG", 154)]
    assert not [e for e in evs if e["kind"] == "arrangement"]
    # a deal with its own year and partner stays a deal
    body = "Under a 2022 agreement with Kosovo, Denmark deported 40 prisoners to Gjilan in 2025."
    assert [e for e in _events(body) if e["kind"] == "arrangement"]


def test_russian_verbs_of_taking_out_and_handing_over():
    ev = _one(_events("Из страны вывезли 27 граждан Грузии.", "ru", "2025-07-16"), "removal")
    assert ev["to"] == "GE" and ev["people"]["value"] == 27
    ev = _one(_events("В январе Монголия передала Китаю его гражданина.", "ru", "2026-01-30"), "removal")
    assert (ev["from"], ev["to"]) == ("MN", "CN")


def test_a_deal_that_opens_the_sentence_stays_a_deal():
    body = ("The scheme was first announced in April 2022. Under the five-year deal, people who reached the UK "
            "by irregular routes could be flown to Rwanda.")
    deals = [e for e in _events(body) if e["kind"] == "arrangement"]
    assert any("five-year deal" in x["text"] for e in deals for x in e["evidence_all"]), deals


def test_a_planned_holding_that_counts_no_one_is_no_event():
    body = "Deported migrants will be held at a reception centre in Uganda."
    assert not [e for e in _events(body, "en", "2025-09-26") if e["kind"] == "detention"]
    body = "Up to 300 migrants will be detained in Uganda."
    (ev,) = [e for e in _events(body, "en", "2025-09-26") if e["kind"] == "detention"]
    assert ev["status"] == "planned" and ev["people"] == {"value": 300, "qualifier": "up_to"}


def test_a_done_onward_return_from_no_third_country_is_no_event():
    # a home country's own return programme, not a journey on from a third country
    body = "Cabello said the government's repatriation programme had brought home about 1,115 people on six flights so far this year."
    assert not [e for e in _events(body, "en", "2025-03-24") if e["kind"] == "onward_return"]
