"""Events: mechanisms for unseen stories (coordination, totals, transit, deal parties, clauses
that state no happening), on invented sentences (en/es/ru) with the real mention finders."""

from __future__ import annotations

from deportwatch.events.rules import extract_events
from deportwatch.mentions import find_mentions
from deportwatch.mentions.dates import find_dates
from deportwatch.record import Article


def _events(body: str, lang: str = "en", published: str = "2025-09-18") -> list[dict]:
    art = Article(body=body, language=lang, published=published)
    return [e.to_json() for e in extract_events(art, find_mentions(art))]


def _keys(evs: list[dict]) -> set[tuple]:
    return {(e["kind"], e["status"], e["from"], e["to"]) for e in evs}


# -- coordination: one removal per destination with its own count -------------------------

def test_coordinated_destinations_each_get_their_count():
    evs = _events("Germany sent 30 men to Ghana and 12 to Nigeria in June, officials said.")
    got = {(e["to"], (e["people"] or {}).get("value"), e["date"]) for e in evs if e["kind"] == "removal"}
    assert got == {("GH", 30, "2025-06"), ("NG", 12, "2025-06")}


def test_coordinated_clauses_es_send_and_receive():
    body = "En marzo, Países Bajos mandó a cuatro hombres a Uganda, y en abril Ghana recibió a nueve deportados."
    evs = _events(body, "es")
    got = {(e["from"], e["to"], (e["people"] or {}).get("value"), e["date"]) for e in evs if e["kind"] == "removal"}
    assert ("NL", "UG", 4, "2025-03") in got
    assert any(to == "GH" and n == 9 and d == "2025-04" for _f, to, n, d in got)


# -- statistics: totals over a period are events, capacity and population are not ----------

def test_running_total_ru_is_a_removal_with_no_destination():
    body = "Власти Ирана за первые шесть месяцев 2025 года выдворили за пределы Ирана около 500 тысяч иностранцев."
    evs = [e for e in _events(body, "ru") if e["kind"] == "removal"]
    assert len(evs) == 1
    assert (evs[0]["from"], evs[0]["to"], evs[0]["date"]) == ("IR", None, "2025-01")
    assert evs[0]["people"] == {"value": 500000, "qualifier": "about"}


def test_same_period_last_year_dates_the_earlier_figure():
    body = ("Власти Ирана за первые шесть месяцев 2025 года выдворили за пределы Ирана около 500 тысяч иностранцев. "
            "За тот же период прошлого года выдворенных было около 300 тысяч.")
    evs = sorted((e for e in _events(body, "ru") if e["kind"] == "removal"), key=lambda e: e["date"])
    assert [(e["date"], e["people"]["value"]) for e in evs] == [("2024-01", 300000), ("2025-01", 500000)]


def test_first_n_months_date():
    (m,) = find_dates("in the first nine months of 2024", "2025-01-10", "en")
    assert m.value["date"] == "2024-01"
    (m,) = [d for d in find_dates("En julio llegaron. Ese mismo mes, Ghana aceptó.", "2025-09-01", "es") if d.text.startswith("Ese")]
    assert m.value["date"] == "2025-07"


def test_capacity_population_and_lists_are_no_events():
    body = ("The Dutch-funded centre in Kampala can hold up to 2,000 detainees. "
            "Uganda, a country of about 45 million people, signed a deal with the Netherlands in 2024. "
            "Officials had submitted a list of 20 people for vetting.")
    evs = _events(body)
    assert not any(e["kind"] == "detention" for e in evs)
    assert all((e["people"] or {}).get("value") not in (2000, 45000000, 20) for e in evs)


def test_indirect_question_and_counterfactual_make_no_event():
    evs = _events("Lawyers asked under what authority migrants could be held in Ghana's prisons. "
                  "Under the plan, asylum seekers would have been sent to Ghana.")
    assert evs == []


def test_receive_support_is_no_deal():
    evs = _events("All of these migrants will receive appropriate support and protection from the Ugandan government.")
    assert not any(e["kind"] == "arrangement" for e in evs)


# -- deals: parties, anaphora, refusals --------------------------------------------------

def test_partnership_parties_by_the_receiving_country_and_scrapped_scheme():
    body = ("The Netherlands deported 40 men to Uganda in August. "
            "Uganda previously signed a migration partnership with Denmark in 2023. "
            "Denmark's new government scrapped the scheme in May 2024, after Copenhagen had paid Kampala millions.")
    keys = _keys(_events(body))
    assert ("arrangement", "occurred", "DK", "UG") in keys
    assert ("arrangement", "rejected", "DK", "UG") in keys


def test_party_statement_dates_the_deal():
    evs = _events("Ghana said last week that it had agreed to accept deportees from the United States.")
    deal = next(e for e in evs if e["kind"] == "arrangement")
    assert (deal["to"], deal["date"]) == ("GH", "2025-09")


def test_respond_positively_to_a_request_is_a_deal():
    evs = _events("Ghana had responded positively to a request from the United States to take in West African deportees.")
    assert ("arrangement", "occurred", "US", "GH") in _keys(evs)


# -- transit and onward returns -----------------------------------------------------------

def test_repatriated_from_the_third_country_to_home_es():
    body = ("Estados Unidos deportó a Ghana a 14 africanos occidentales a comienzos de septiembre. "
            "El gobierno de Ghana repatrió este sábado a Nigeria a un hombre que Estados Unidos deportó en julio a ese país.")
    evs = _events(body, "es", "2025-09-07")
    on = [e for e in evs if e["kind"] == "onward_return"]
    assert [(e["from"], e["to"], e["date"]) for e in on] == [("GH", "NG", "2025-09-06")]
    assert not any(e["kind"] == "removal" and e["to"] == "NG" for e in evs)


def test_home_after_removal_verb_ru_goes_to_the_republic():
    body = "Глава МВД Таджикистана сообщил, что с марта 2024 года из российских аэропортов на родину были депортированы 1200 граждан республики."
    evs = [e for e in _events(body, "ru") if e["kind"] == "removal"]
    assert [(e["from"], e["to"], e["date"], list(e["nationalities"])) for e in evs] == [("RU", "TJ", "2024-03", ["TJ"])]


def test_home_countries_that_refused_are_no_onward_return():
    evs = _events("The U.S. sent nine men to Ghana in May, most of them convicts whose home countries had refused to take them back.")
    assert _keys(evs) == {("removal", "occurred", "US", "GH")}


def test_base_run_by_a_state_abroad_keeps_its_custody():
    evs = _events("In June the US flew seven men to Ghana after holding them for weeks at a US military base in Djibouti.")
    keys = _keys(evs)
    assert ("removal", "occurred", "US", "GH") in keys
    assert ("detention", "occurred", "US", "US") in keys


def test_one_person_demonyms_are_nationalities():
    evs = _events("Ghana received five deportees from the United States: a Nigerian, a Togolese, a Liberian, a Gambian and a Malian.")
    ev = next(e for e in evs if e["kind"] == "removal")
    assert {"NG", "TG", "LR", "GM"} <= set(ev["nationalities"])


# -- spans of time, comparisons and splits by nationality ----------------------------------

def test_date_range_marks_start_and_end_and_start_takes_end_year():
    ds = find_dates("С июня по август 2025 года были депортированы 119 человек.", "2025-10-11", "ru")
    assert [(d.value["date"], d.value.get("range")) for d in ds] == [("2025-06", "start"), ("2025-08", "end")]
    ds = find_dates("entre noviembre de 2019 y marzo de 2020 fueron enviados", "2025-08-15", "es")
    assert [(d.value["date"], d.value.get("range")) for d in ds] == [("2019-11", "start"), ("2020-03", "end")]
    # two dates joined by "and" without an opening "between" are no span
    ds = find_dates("They arrived on 3 March and 9 April.", "2025-05-01", "en")
    assert all("range" not in d.value for d in ds)


def test_figure_over_a_span_is_dated_by_its_start_and_compared_figure_is_its_own_event():
    body = (
        "Japan deported more foreigners this summer. From June to August 2025, Japan deported 119 people, "
        "compared with 58 in the same period last year."
    )
    evs = _events(body, published="2025-10-11")
    got = {((e["people"] or {}).get("value"), e["date"]) for e in evs if e["kind"] == "removal"}
    assert got == {(119, "2025-06"), (58, "2024-06")}


def test_split_among_the_deported_adds_counted_nationalities_to_the_group():
    body = (
        "С июня по август 2025 года Япония депортировала 119 человек. "
        "Больше всего среди высланных оказалось граждан Турции — 34 человека. "
        "Далее следуют уроженцы Шри-Ланки (17), Филиппин (14) и Китая (10)."
    )
    evs = [e for e in _events(body, "ru", "2025-10-11") if e["kind"] == "removal"]
    assert len(evs) == 1
    assert evs[0]["people"]["value"] == 119
    assert evs[0]["nationalities"] == {"TR": 34, "LK": 17, "PH": 14, "CN": 10}


def test_demonyms_listed_after_a_count_are_all_nationalities_and_place_demonym_is_destination():
    body = "Entre noviembre de 2019 y marzo de 2020, Estados Unidos envió a territorio guatemalteco a 939 hondureños y salvadoreños."
    evs = [e for e in _events(body, "es", "2025-08-15") if e["kind"] == "removal"]
    assert [(e["from"], e["to"], e["date"], e["people"]["value"]) for e in evs] == [("US", "GT", "2019-11", 939)]
    assert evs[0]["nationalities"] == {"HN": None, "SV": None}


# -- deals: named deals, terms of the deal, receivers, ends of deals ------------------------

def test_named_agreement_is_a_deal_and_its_termination_a_rejected_arrangement():
    body = (
        "En julio de 2019, Estados Unidos firmó un Acuerdo de Cooperación de Asilo con Guatemala. "
        "El gobierno de Joe Biden dio por terminado aquel acuerdo en febrero de 2021."
    )
    got = {(e["status"], e["from"], e["to"], e["date"]) for e in _events(body, "es", "2025-08-15") if e["kind"] == "arrangement"}
    assert got == {("occurred", "US", "GT", "2019-07"), ("rejected", "US", "GT", "2021-02")}


def test_deal_qualified_after_its_noun_is_a_migration_deal():
    evs = _events("La semana pasada, Washington firmó un acuerdo de tercer país seguro con Paraguay.", "es", "2025-08-20")
    assert [(e["kind"], e["status"], e["from"], e["to"], e["date"]) for e in evs] == [("arrangement", "occurred", "US", "PY", "2025-08")]
    # a deal about no people is no event
    assert _events("La semana pasada, Washington firmó un acuerdo comercial con Paraguay.", "es", "2025-08-20") == []


def test_terms_of_a_deal_keep_its_status_and_subject_after_comma_receives():
    body = (
        "Kosovo's government has agreed to a request from the United States to take in deportees. "
        "Under it, Kosovo will accept up to 50 people over a year. "
        "Under a deal signed with Denmark in 2022, Kosovo will house up to 300 foreign prisoners sentenced in Denmark, starting in 2027."
    )
    deals = {(e["status"], e["from"], e["to"]) for e in _events(body, published="2025-06-12") if e["kind"] == "arrangement"}
    assert deals == {("occurred", "US", "XK"), ("occurred", "DK", "XK")}


def test_people_living_in_a_country_come_from_it_and_indirect_questions_tell_nothing():
    evs = _events("El vuelo trajo de vuelta en mayo a 38 hondureños que vivían en Estados Unidos.", "es", "2025-08-20")
    assert [(e["from"], e["to"]) for e in evs if e["kind"] == "removal"] == [("US", "HN")]
    assert _events("The government has not said where the deportees would be housed, or what happens if a person cannot be sent home.") == []


def test_group_sent_home_from_the_country_another_state_sent_it_to_is_an_onward_return():
    body = (
        "In March the Trump administration deported 238 Venezuelan men to El Salvador, where they were locked in CECOT. "
        "On Friday El Salvador flew 252 Venezuelans back to Venezuela."
    )
    evs = _events(body, published="2025-07-19")
    kinds = {(e["kind"], e["from"], e["to"]) for e in evs}
    assert ("removal", "US", "SV") in kinds
    assert ("onward_return", "SV", "VE") in kinds
    assert ("removal", "SV", "VE") not in kinds
    # a country that removes foreigners it holds itself sends no one on
    evs = _events("Russia detained 40 Uzbek migrants in Moscow. On Friday Russia deported 40 Uzbeks to Uzbekistan.", published="2025-07-19")
    assert {e["kind"] for e in evs if e["to"] == "UZ"} == {"removal"}


def test_ratified_deal_dated_by_its_signing_and_party_named_by_adjective():
    body = "La semana pasada, la Cámara de Representantes bielorrusa ratificó un acuerdo de readmisión con Pakistán, firmado en Minsk el 11 de abril."
    evs = _events(body, "es", "2025-11-13")
    assert [(e["kind"], e["from"], e["to"], e["date"]) for e in evs] == [("arrangement", "BY", "PK", "2025-04-11")]


def test_scrapped_plan_to_send_is_a_deal_made_and_ended_and_no_subject_negates():
    body = (
        "Labour scrapped the previous Conservative government's plan to send asylum seekers to Rwanda in July 2024. "
        "No asylum seeker was ever forcibly flown to Kigali under that scheme."
    )
    got = {(e["kind"], e["status"], e["to"], e["date"]) for e in _events(body, published="2025-09-24")}
    assert got == {("arrangement", "occurred", "RW", None), ("arrangement", "rejected", "RW", "2024-07")}


def test_detainees_as_people_are_no_detention():
    assert _events("Canadá también ofreció asilo a los detenidos, según cuatro de las fuentes.", "es", "2025-03-05") == []


def test_return_home_from_a_country_no_one_sent_them_to_is_its_removal():
    body = ("Seventy-seven Syrian families, about 420 people in all, returned home from Lebanon on Thursday aboard 13 buses. "
            "Lebanon's General Security organised the voluntary return convoy.")
    evs = _events(body, published="2025-10-23")
    assert [(e["kind"], e["from"], e["to"]) for e in evs] == [("removal", "LB", "SY")]


def test_seat_of_government_is_no_destination_and_mainland_china_is_china():
    evs = _events("The United States has flown 122 Chinese nationals back to mainland China, officials said, "
                  "the largest removal since Donald Trump returned to the White House.", published="2025-06-11")
    assert [(e["kind"], e["to"]) for e in evs] == [("removal", "CN")]


def test_one_flight_to_two_destinations_has_no_destination_and_totals_keep_none_in_many_way_stories():
    body = ("In July last year a plane with 46 offenders left Britain for Vietnam and East Timor. "
            "In February 47 Albanians were flown to Albania. "
            "In 2024, Britain deported 9,072 people.")
    evs = _events(body, published="2025-08-21")
    got = {(e["to"], (e["people"] or {}).get("value"), e["date"]) for e in evs if e["kind"] == "removal"}
    assert (None, 46, "2024-07") in got and ("AL", 47, "2025-02") in got and (None, 9072, "2024") in got
    flight = next(e for e in evs if (e["people"] or {}).get("value") == 46)
    assert flight["from"] == "GB" and set(flight["nationalities"]) == {"VN", "TL"}


def test_subject_that_sends_people_back_to_a_named_country_is_the_sender():
    evs = _events("En mayo de 2021, España devolvió a Marruecos a más de 8.000 adultos.", "es", "2025-09-11")
    assert [(e["kind"], e["from"], e["to"], e["date"]) for e in evs] == [("removal", "ES", "MA", "2021-05")]


def test_city_destination_and_country_named_outright_wins():
    evs = _events("A US Air Force plane carrying 104 Indian nationals landed in Amritsar on Wednesday.", published="2025-02-06")
    assert [(e["kind"], e["from"], e["to"]) for e in evs if e["kind"] == "removal"] == [("removal", "US", "IN")]
    evs = _events("Ten men deported from the United States were flown to Juba, in South Sudan, on Saturday.", published="2025-07-06")
    assert {e["to"] for e in evs if e["kind"] == "removal"} == {"SS"}


def test_subject_adjective_names_the_sender_of_a_push():
    evs = _events("Indian border guards pushed 48 more people into Bangladesh through three districts early yesterday.", published="2025-06-25")
    assert [(e["from"], e["to"], e["people"]["value"]) for e in evs if e["kind"] == "removal"] == [("IN", "BD", 48)]


def test_people_brought_back_from_a_country_come_along_the_story_route():
    body = ("A total of 3,422 Ethiopians were flown home from Saudi Arabia over the past week. "
            "The first round, launched on 30 March 2022, brought back 71,779 people from Saudi Arabia by the end of August that year.")
    evs = _events(body, published="2026-01-27")
    got = {(e["from"], e["to"], (e["people"] or {}).get("value")) for e in evs if e["kind"] == "removal"}
    assert ("SA", "ET", 71779) in got
    assert not any(e["nationalities"].get("SA") for e in evs)


def test_total_of_flights_is_not_the_flights_count_and_already_returned_takes_the_publication_month():
    body = ("Con el aterrizaje de un segundo avión, este martes, Costa Rica terminó de recibir a los 200 extranjeros deportados por Estados Unidos. "
            "La aeronave tocó tierra en el aeropuerto Juan Santamaría con 65 personas a bordo.")
    evs = [e for e in _events(body, "es", "2025-02-26") if e["kind"] == "removal"]
    assert [(e["to"], (e["people"] or {}).get("value"), e["date"]) for e in evs] == [("CR", 65, "2025-02-25")]
    evs = _events("Panamá recibió a 299 deportados de Estados Unidos. Según el Minseg, 13 ya habían sido repatriados de forma voluntaria.", "es", "2025-02-20")
    assert any(e["kind"] == "onward_return" and e["date"] == "2025-02" and e["people"]["value"] == 13 for e in evs)


def test_compatriots_are_the_articles_own_nationals():
    body = ("GUATEMALA – Dos vuelos con deportados aterrizaron en Guatemala. Guatemala recibió a 245 guatemaltecos. "
            "Durante el año fueron deportados desde Estados Unidos 48,405 connacionales, según Guatemala.")
    evs = [e for e in _events(body, "es", "2025-12-31") if (e["people"] or {}).get("value") == 48405]
    assert [(e["from"], e["to"], e["date"], e["nationalities"]) for e in evs] == [("US", "GT", "2025", {"GT": 48405})]


def test_people_flown_there_go_to_the_country_just_named():
    evs = _events("Germany deported 11,807 people in the first half of the year. Turkey was the most common destination, "
                  "with 1,021 people flown there.", published="2025-08-21")
    got = {(e["from"], e["to"], e["people"]["value"]) for e in evs if e["kind"] == "removal"}
    assert ("DE", "TR", 1021) in got and ("DE", None, 11807) in got


def test_subject_country_sends_and_dublin_transfers_name_no_country():
    body = ("Germany deported 11,807 people between January and June this year, a rise on the same period of 2024 "
            "as the new coalition in Berlin pushes to speed up returns. In all, 3,109 of the deportations were "
            "so-called Dublin transfers.")
    evs = [e for e in _events(body, published="2025-08-21") if e["kind"] == "removal"]
    assert ("DE", None, 11807, "2025-01") in {(e["from"], e["to"], e["people"]["value"], e["date"]) for e in evs}
    assert not any(e["to"] == "IE" for e in evs)


def test_holding_before_removal_at_no_named_place_is_in_the_sending_country():
    body = ("Malaysia deported 28,525 people to Myanmar between January and July. "
            "Before their deportation, the migrants were held for weeks pending removal.")
    evs = [e for e in _events(body, published="2025-08-29") if e["kind"] == "detention"]
    assert [(e["from"], e["to"]) for e in evs] == [("MY", "MY")]


def test_story_sender_comes_from_removals_with_a_count_or_date():
    body = ("The United States flew 122 Chinese nationals back to China on June 3. "
            "Beijing had frozen its cooperation with Washington on deportations. "
            "Chinese nationals were among the 119 migrants flown to Panama on a US military plane on February 12.")
    evs = [e for e in _events(body, published="2025-06-11") if e["kind"] == "removal"]
    assert {(e["from"], e["to"]) for e in evs if e["people"]} == {("US", "CN"), ("US", "PA")}


def test_removals_to_listed_countries_with_no_flight_or_figure_are_one_each():
    body = "In August the US signed a deal with Paraguay, and since July it has deported men with criminal convictions to Eswatini and South Sudan."
    evs = [e for e in _events(body, published="2025-11-13") if e["kind"] == "removal"]
    assert {(e["to"], e["date"]) for e in evs} == {("SZ", "2025-07"), ("SS", "2025-07")}
    # one plane with stops is still one flight with no one destination
    body = "A Boeing 767 chartered by ICE left El Paso on 20 January and made stopovers in Romania and Armenia before it deported them to Uzbekistan."
    assert not any(e["to"] in ("RO", "AM") for e in _events(body, published="2026-01-22"))


def test_an_adjective_far_from_the_cue_names_no_sender():
    body = ("Госсекретарь МВД Дмитрий Трофимов рассказал, что к тому моменту в Россию выдворили десять человек. "
            "В октябре о готовящейся высылке написала газета Politico, после чего новость разошлась по российским СМИ "
            "под заголовками о «массовой депортации» 841 человека.")
    evs = [e for e in _events(body, "ru", published="2025-10-15") if e["kind"] == "removal"]
    assert ("RU", 10) in {(e["to"], (e["people"] or {}).get("value")) for e in evs}
    assert not any(e["from"] == "RU" for e in evs)


def test_deals_in_the_plural_with_listed_countries_are_one_each():
    evs = _events("It has reached separate agreements with Rwanda and Uganda to take in deportees.")
    assert {e["to"] for e in evs if e["kind"] == "arrangement"} == {"RW", "UG"}
    # deals in general, with no one named, are none
    body = ("Honduras firmó con Estados Unidos un acuerdo para recibir a solicitantes de asilo de otros países. "
            "El acuerdo se suma a una serie de pactos que la administración de Donald Trump busca en la región.")
    assert [(e["from"], e["to"]) for e in _events(body, "es") if e["kind"] == "arrangement"] == [("US", "HN")]


def test_the_deal_talked_of_again_is_no_new_deal():
    body = ("Honduras firmó con Estados Unidos un acuerdo para recibir a solicitantes de asilo de otros países. "
            "El convenio fija límites estrictos: solo abarca a más de 10 ciudadanos de países de habla hispana.")
    deals = [e for e in _events(body, "es") if e["kind"] == "arrangement"]
    assert len(deals) == 1 and len(deals[0]["evidence_all"]) == 2


def test_ruling_out_taking_deportees_is_a_rejected_deal():
    body = ("En febrero, el presidente Luis Abinader descartó que el país recibiera deportados de otras nacionalidades "
            "y afirmó que el Gobierno solo tiene la obligación de acoger a los dominicanos.")
    evs = [e for e in _events(body, "es", published="2025-03-01") if e["kind"] == "arrangement"]
    assert evs and all(e["status"] == "rejected" for e in evs)


def test_a_country_that_makes_deals_with_several_others_sends():
    body = ("Dominica firmó un acuerdo con Estados Unidos para acoger a migrantes deportados. "
            "Antigua y Barbuda firmó un memorando con Washington para recibir hasta diez personas al año. "
            "Belice firmó en octubre con Washington un acuerdo de cooperación en materia de asilo.")
    deals = {(e["from"], e["to"]) for e in _events(body, "es", published="2026-01-06") if e["kind"] == "arrangement"}
    assert ("US", "BZ") in deals and ("BZ", "US") not in deals


def test_the_country_that_signs_a_deal_to_take_people_receives_them():
    evs = _events("Closer to home, Nauru signed a deal with Australia at the end of August to take non-citizens "
                  "whose visas Canberra had cancelled.", published="2025-12-26")
    assert [(e["from"], e["to"], e["date"]) for e in evs if e["kind"] == "arrangement"] == [("AU", "NR", "2025-08")]


def test_a_country_that_accepted_or_took_a_count_received_a_removal():
    evs = _events("Eswatini accepted five men in July, while Rwanda took its first seven in August under a deal "
                  "covering up to 250 people.", published="2025-12-26")
    got = {(e["kind"], e["to"], (e["people"] or {}).get("value"), e["date"]) for e in evs}
    assert ("removal", "SZ", 5, "2025-07") in got and ("removal", "RW", 7, "2025-08") in got
    # time is no count of people
    assert not any(e["kind"] == "removal" for e in _events("The transfer took two days, officials in Kigali said."))


def test_passports_name_nationalities_and_activists_are_people():
    body = ("Un día después, otros 137 activistas, con pasaporte de Estados Unidos, Italia, Reino Unido, Suiza o Jordania, "
            "entre otros países, fueron enviados a Turquía en un vuelo a Estambul.")
    (ev,) = [e for e in _events(body, "es", published="2025-10-07") if e["kind"] == "removal"]
    assert ev["to"] == "TR" and ev["from"] is None and ev["people"]["value"] == 137
    assert set(ev["nationalities"]) == {"US", "IT", "GB", "CH", "JO"}


def test_a_country_right_before_the_verb_sends_and_one_among_them_is_no_nationality():
    evs = _events("Las expulsiones empezaron el viernes con cuatro italianos, a los que Israel devolvió a Roma.", "es", published="2025-10-07")
    assert [(e["from"], e["to"], e["people"]["value"]) for e in evs] == [("IL", "IT", 4)]
    evs = _events("Su salida llegó el lunes, el mismo día en que Israel expulsó a 171 activistas más, entre ellos la sueca "
                  "Greta Thunberg, con destino a Grecia y Eslovaquia.", "es", published="2025-10-07")
    (ev,) = evs
    assert ev["from"] == "IL" and ev["to"] is None and "SE" not in ev["nationalities"]


def test_a_state_body_as_subject_sends_and_a_count_of_removals_is_a_figure():
    evs = _events("ICE carried out 271,484 removals in fiscal year 2024, according to its annual report.", published="2025-09-12")
    assert [(e["kind"], e["from"], e["people"]["value"]) for e in evs] == [("removal", "US", 271484)]
    # a removal in general, with no count, is no figure
    assert not _events("Removals to China and several other Asian nations are often difficult for the United States.")


def test_a_flight_that_leaves_a_city_leaves_its_country():
    evs = _events("Чартерный самолет авиакомпании Korean Air в четверг вылетел из Атланты в Сеул с рабочими, которых неделю "
                  "назад задержали американские иммиграционные власти.", "ru", published="2025-09-11")
    assert ("US", "KR", "2025-09-11") in {(e["from"], e["to"], e["date"]) for e in evs if e["kind"] == "removal"}


def test_the_other_side_named_by_its_adjective_is_the_party():
    evs = _events("В воскресенье в Самарканде министр внутренних дел Германии Нэнси Фезер подписала с узбекской стороной "
                  "соглашение о миграции, которое облегчит высылку афганцев.", "ru", published="2024-09-16")
    assert [(e["from"], e["to"]) for e in evs if e["kind"] == "arrangement"] == [("DE", "UZ")]


def test_the_subjects_adjective_sends_however_far_but_not_after_a_preposition():
    evs = _events("En lo que va del año, el Gobierno panameño ya había fletado varios vuelos para enviar a Colombia a "
                  "extranjeros con antecedentes penales.", "es", published="2024-08-20")
    assert {e["from"] for e in evs if e["kind"] == "removal"} == {"PA"}


def test_negotiating_deals_is_proposing_them():
    evs = _events("La Cancillería informó que negocia acuerdos similares con Ecuador e India, entre otros países de origen de los migrantes.",
                  "es", published="2024-08-20")
    assert {(e["to"], e["status"]) for e in evs if e["kind"] == "arrangement"} == {("EC", "proposed"), ("IN", "proposed")}


def test_a_page_not_about_the_matter_keeps_only_events_its_sentences_say_are():
    from deportwatch.events.rules import RuleExtractor
    from deportwatch.mentions import find_mentions

    body = ("Dubai's flagship carrier Emirates has finalized a deal to purchase 30 Boeing 787 jets. "
            "The airline and Boeing agreed on the terms in Dubai on Monday, officials said. "
            "Analysts said the order would help Boeing after a difficult year.")
    art = Article(body=body, language="en", published="2019-11-20")
    events, _claims = RuleExtractor().extract(art, find_mentions(art))
    assert events == []
    # the same deal words on a page about removals still make an event
    body = ("Rwanda signed a deal with the United Kingdom to take asylum seekers. Deportation flights were planned, "
            "and migrants held in detention would be removed. The asylum plan was challenged in court by refugees.")
    art = Article(body=body, language="en", published="2022-04-14")
    events, _claims = RuleExtractor().extract(art, find_mentions(art))
    assert any(e.kind == "arrangement" for e in events)
