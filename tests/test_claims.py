from hypothesis import given, settings
from hypothesis import strategies as st

from deportwatch.events.claims import extract_claims, sentence_sources
from deportwatch.mentions.actors import find_actors
from deportwatch.mentions.sentences import split_sentences
from deportwatch.record import Article

TOPIC_EN = "Migrants were deported on a flight. The deportation flight landed. More deportees are expected. "


def _claims(body):
    art = Article(body=body)
    return extract_claims(art, find_actors(body), split_sentences(body))


def _pairs(body):
    return {(c.speaker, c.stance) for c in _claims(body)}


def test_asserts_said_en():
    body = TOPIC_EN + "Interior Minister Jana Kowalski said 40 deportees would arrive on Friday."
    assert ("Jana Kowalski", "asserts") in _pairs(body)


def test_inverted_said_en():
    body = TOPIC_EN + '"They will be sent home soon," said ministry spokesperson Lena Varga.'
    assert ("Lena Varga", "asserts") in _pairs(body)


def test_according_to_en():
    body = TOPIC_EN + "According to the Department of Homeland Security, 120 migrants were removed."
    assert ("Department of Homeland Security", "asserts") in _pairs(body)


def test_denies_and_confirms_en():
    body = (TOPIC_EN + "The U.S. Embassy in Moldova denied that deportations had stopped. "
            "The embassy confirmed that a second flight was planned.")
    pairs = _pairs(body)
    assert ("U.S. Embassy in Moldova", "denies") in pairs
    assert ("U.S. Embassy in Moldova", "confirms") in pairs


def test_dismissed_as_false_is_a_denial():
    body = TOPIC_EN + "Security Minister Ana Petrova called the deportation reports false."
    assert ("Ana Petrova", "denies") in _pairs(body)


def test_unnamed_officials_are_not_speakers():
    body = TOPIC_EN + "Officials said the deportees were held at a hotel. Analysts warn of abuses."
    assert _claims(body) == []


def test_short_reference_uses_fullest_name():
    body = TOPIC_EN + "President Marta Lindqvist announced the flights. Lindqvist said more deportees would come."
    speakers = {c.speaker for c in _claims(body)}
    assert speakers == {"Marta Lindqvist"}


def test_quote_across_sentences():
    body = (TOPIC_EN + '\n\n"We accepted the deportees. We will send them home," Interior Minister '
            "Jana Kowalski stated.")
    claims = _claims(body)
    c = next(c for c in claims if c.speaker == "Jana Kowalski")
    assert c.evidence[0].text.startswith('"We accepted the deportees.')


def test_denial_links_the_claim_it_denies():
    body = (TOPIC_EN + "The Daily Courier reported that Moldova refused its deportees. "
            "The U.S. Embassy in Moldova denied the Daily Courier report.")
    claims = _claims(body)
    deny = next(c for c in claims if c.stance == "denies")
    assert deny.denies_claim is not None
    assert "Courier" in claims[deny.denies_claim].speaker


def test_spanish_stances():
    body = ("Los migrantes deportados llegaron en un vuelo. La deportación fue rápida. Hubo más vuelos. "
            "El ministro de Seguridad, Tomás Urrutia, aseguró que 50 migrantes aceptaron volver. "
            "Urrutia negó que los extranjeros estén detenidos. "
            "Según la Organización Internacional para las Migraciones, el retorno es voluntario. "
            "La ministra de Gobierno, Elena Ruiz, confirmó el traslado de los migrantes.")
    pairs = _pairs(body)
    assert ("Tomás Urrutia", "asserts") in pairs
    assert ("Tomás Urrutia", "denies") in pairs
    assert ("Organización Internacional para las Migraciones", "asserts") in pairs
    assert ("Elena Ruiz", "confirms") in pairs


def test_russian_stances():
    body = ("Мигрантов депортировали чартерным рейсом. Депортация прошла ночью. Рейс прибыл утром. "
            "Министр внутренних дел Иван Сидоров заявил, что депортированные получили помощь. "
            "По данным МВД Молдовы, на борту было 90 мигрантов. "
            "Посольство США в Молдове опровергло сообщения о задержании мигрантов. "
            "Пресс-секретарь Анна Белова подтвердила, что рейс прибыл.")
    pairs = _pairs(body)
    assert ("Иван Сидоров", "asserts") in pairs
    assert any(s.startswith("МВД Молдовы") and st == "asserts" for s, st in pairs)
    assert any(s.startswith("Посольство США") and st == "denies" for s, st in pairs)
    assert ("Анна Белова", "confirms") in pairs


def test_evidence_spans_index_the_body():
    body = TOPIC_EN + "Interior Minister Jana Kowalski said 40 deportees would arrive.\n\nThe IOM said it helped."
    for c in _claims(body):
        for ev in c.evidence:
            assert body[ev.start:ev.end] == ev.text
        assert c.to_json()["evidence_span"] == [c.evidence[0].start, c.evidence[0].end]


def test_sentence_sources():
    body = TOPIC_EN + "According to the Department of Homeland Security, 120 migrants were removed."
    sents = split_sentences(body)
    src = sentence_sources(Article(body=body), find_actors(body), sents)
    assert src[len(sents) - 1] == ["Department of Homeland Security"]


def test_off_topic_article_gives_no_claims():
    body = "The minister said the budget would grow. Finance Minister Jan Berg said taxes fall."
    assert _claims(body) == []


_ALPHABET = st.sampled_from(list("abcXYZ АБВабв.,;:!?\"'“”«»()—-\n ") + ["said", "заявил", "negó",
                            "Minister", "President", "deported", "according to", "(DHS)", "U.S."])


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map(" ".join))
def test_property_never_raises_and_spans_exact(body):
    claims = _claims(body)
    for c in claims:
        assert c.stance in ("asserts", "denies", "confirms")
        for ev in c.evidence:
            assert body[ev.start:ev.end] == ev.text
    for m in find_actors(body):
        assert body[m.start:m.end] == m.text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_property_arbitrary_unicode(body):
    for c in _claims(body):
        for ev in c.evidence:
            assert body[ev.start:ev.end] == ev.text


# ---------------------------------------------------------------- generalising mechanisms

TOPIC_ES = "Los migrantes fueron deportados en un vuelo. El vuelo de deportación aterrizó. Llegarán más deportados. "
TOPIC_RU = "Мигрантов депортировали рейсом. Самолёт с депортированными приземлился. Ожидаются новые рейсы. "


def _full_pairs(body, lang="en"):
    from deportwatch.mentions import find_mentions

    art = Article(body=body, language=lang, published="2025-07-01")
    return {(c.speaker, c.stance) for c in extract_claims(art, find_mentions(art), split_sentences(body))}


def test_one_word_speaker_takes_the_fullest_naming():
    en = "The government of Ivo Marten deported 30 migrants. " + TOPIC_EN + "Marten hailed the deportation flight as a success."
    assert ("Ivo Marten", "asserts") in _pairs(en)
    es = "El Gobierno de Ana Lozano deportó a 30 migrantes. " + TOPIC_ES + "Lozano celebró el vuelo de deportación."
    assert ("Ana Lozano", "asserts") in _pairs(es)
    es2 = TOPIC_ES + "“Volverán pronto”, escribió Lozano en X. La presidenta Ana Lozano viajó a Madrid."
    assert ("Ana Lozano", "asserts") in _pairs(es2)


def test_capitalised_common_noun_is_no_one_word_speaker():
    body = TOPIC_EN + "Protesters said the deportation flight was illegal. The protesters left."
    assert not any(s == "Protesters" for s, _ in _pairs(body))


def test_countries_and_capitals_speak_about_the_matter():
    assert ("Uganda", "asserts") in _full_pairs(TOPIC_EN + "Uganda said last week that it had agreed to accept deportees.")
    assert ("Uganda", "asserts") in _full_pairs(TOPIC_ES + "Uganda anunció que aceptará a migrantes deportados.", "es")
    assert ("Бишкек", "asserts") in _full_pairs(TOPIC_RU + "Бишкек напомнил, что нарушителей ждёт депортация.", "ru")
    # a place is no speaker; nor a country whose sentence is about something else
    assert not any(s == "Washington" for s, _ in _full_pairs(TOPIC_EN + "Officials in Washington said deportees would fly."))
    assert not any(s == "Kigali" for s, _ in _full_pairs(TOPIC_EN + "Kigali has defended the arrangement on humanitarian grounds."))


def test_source_phrase_takes_a_country():
    body = TOPIC_ES + "El primer grupo de deportados, según EE.UU., pertenecía a una banda."
    assert ("EE.UU.", "asserts") in _full_pairs(body, "es")


def test_generic_reference_is_the_body_named_before():
    es = TOPIC_ES + ("El Departamento de Seguridad Nacional (DHS) presentó al deportado como violento: según el "
                     "organismo, fue condenado por homicidio.")
    assert any(sp.startswith("Departamento de Seguridad Nacional") and st == "asserts" for sp, st in _pairs(es))
    ru = TOPIC_RU + ("Об этом рассказал президент организации Freedom for Migrants Ольга Белова. "
                     "В июне, по данным той же организации, депортировали 40 человек.")
    assert ("Freedom for Migrants", "asserts") in _pairs(ru)


def test_it_stands_for_the_body_named_before():
    body = TOPIC_EN + "The Supreme Court lifted the order, and on July 3 it said the deportees could be sent on."
    assert ("Supreme Court", "asserts") in _pairs(body)


def test_spokesperson_speaks_for_the_body_an_official_does_not():
    body = TOPIC_EN + "An IOM spokesperson confirmed that the deportees had been visited."
    assert ("IOM", "confirms") in _pairs(body) or ("International Organization for Migration", "confirms") in _pairs(body)
    body = TOPIC_EN + "A White House official said 261 deportees had been removed."
    assert not _pairs(body)


def test_told_an_outlet_is_the_outlets_report():
    body = TOPIC_EN + "A US official told Reuters that 238 deportees would be sent to Caracas."
    assert ("Reuters", "asserts") in _pairs(body)


def test_outlets_by_kind_noun_and_quotes():
    assert ("Eye Radio", "asserts") in _pairs(TOPIC_ES + "Salió del país, de acuerdo con la emisora local Eye Radio.")
    assert ("ASTRA", "asserts") in _pairs(TOPIC_RU + "Первым о рейсе написал телеграм-канал ASTRA.")
    pairs = _pairs(TOPIC_RU + "Выдворено 35 тысяч иностранцев, сообщают «Ведомости» со ссылкой на статистику ведомства.")
    assert ("Ведомости", "asserts") in pairs
    assert ("Агентство", "confirms") in _pairs(
        TOPIC_RU + "«Агентство» со ссылкой на собственный источник подтвердило, что среди депортированных был военный.")


def test_russian_subject_before_adjuncts():
    body = TOPIC_RU + ("Глава Агентства гражданской авиации Таджикистана Хабибулло Назарзода в прошлом году "
                       "сообщил, что депортированы 3400 граждан.")
    assert ("Хабибулло Назарзода", "asserts") in _pairs(body)
    body = TOPIC_RU + "Руководитель Центра помощи мигрантам Вадим Коженов в интервью NEWS.ru заявил, что реестр работает."
    assert ("Вадим Коженов", "asserts") in _pairs(body)


def test_title_with_lower_case_complement_and_apposition():
    body = TOPIC_EN + "The US secretary of state, Marco Reyes, confirmed the deportation exchange."
    assert ("Marco Reyes", "confirms") in _pairs(body)


def test_new_speech_verbs():
    assert ("Ana Lozano", "asserts") in _pairs(TOPIC_ES + "La ministra Ana Lozano agradeció la colaboración en la deportación.")
    assert ("Tom Berg", "asserts") in _pairs(TOPIC_EN + "Minister Tom Berg was quoted as saying the deportees were safe.")
    assert ("Иван Петров", "asserts") in _pairs(TOPIC_RU + "Министр Иван Петров рассказывает, что депортация прошла спокойно.")


def test_request_inside_another_speakers_words_is_its_content():
    pad = "El vuelo de los deportados que salió de la base del norte llegó a las diez de la noche con los hombres del grupo. " * 4
    body = TOPIC_ES + pad + ("La Cancillería venezolana informó de que el Gobierno de Ana Lozano pidió la repatriación "
                       "de los deportados.")
    pairs = _pairs(body)
    assert ("Cancillería venezolana", "asserts") in pairs
    assert not any("Lozano" in s for s, _ in pairs)


def test_relative_clause_verb_has_no_speaker_of_its_own():
    body = TOPIC_ES + ("La secretaria Kristi Mora ha descrito a los deportados como peligrosos, una caracterización "
                       "que rechazan familiares y abogados.")
    assert ("Kristi Mora", "denies") not in _pairs(body)


def test_place_after_preposition_and_article_is_no_speaker():
    body = TOPIC_EN + "Rights groups in the U.S. have questioned whether the deportees had a fair hearing."
    assert not any(s == "U.S." for s, _ in _full_pairs(body))


def test_it_is_the_subject_not_the_object_body():
    body = TOPIC_EN + "Amnesty International has called on the Ruritanian authorities to end what it describes as mass deportations."
    pairs = _pairs(body)
    assert ("Amnesty International", "asserts") in pairs
    assert not any(s.endswith("authorities") for s, _ in pairs)


def test_pronoun_after_a_speaker_of_the_same_sentence():
    body = TOPIC_EN + ("Minister Jan Berg confirmed that 30 deportees would arrive. The flight was secret until "
                       "President Ana Lopez disclosed it, when she also revealed that a deal had been signed.")
    pairs = _pairs(body)
    assert ("Ana Lopez", "asserts") in pairs and ("Jan Berg", "asserts") not in pairs


def test_time_adjunct_between_subject_and_verb():
    body = TOPIC_EN + "The Foreign Ministry of Ruritania has in the past condemned the deportations as inhumane."
    assert any(s.startswith("Foreign Ministry") for s, _ in _pairs(body))


def test_told_to_is_an_order_not_a_claim():
    body = TOPIC_EN + "Ruritania has told migrants who lack papers to leave the country or face deportation."
    assert not any(s == "Ruritania" for s, _ in _full_pairs(body))


def test_unnamed_sources_of_a_body_are_not_the_body():
    body = TOPIC_ES + "El vuelo no responde a las órdenes del presidente, según fuentes del Gobierno chileno."
    assert not any("Gobierno" in s for s, _ in _full_pairs(body, "es"))


def test_source_with_a_relative_confirm_verb_confirms():
    body = TOPIC_ES + "Según Human Rights Watch, que confirmó que en el avión viajaban 50 deportados, el vuelo llegó."
    pairs = _pairs(body)
    assert ("Human Rights Watch", "confirms") in pairs and ("Human Rights Watch", "asserts") not in pairs


def test_interview_outlet_is_the_addressee_ru():
    body = TOPIC_RU + "Посол Мексики Хуан Перес в интервью телеканалу NovaTV заявил, что депортации продолжатся."
    pairs = _pairs(body)
    assert ("Хуан Перес", "asserts") in pairs and not any(s == "NovaTV" for s, _ in pairs)


def test_body_in_a_place_is_the_subject():
    body = TOPIC_EN + "Amnesty International in Ruritania criticised the deportation flights."
    assert ("Amnesty International", "asserts") in _pairs(body)


def test_new_cues_es_ru():
    body = TOPIC_ES + "La abogada Rosa Quintana se quejó de la falta de transparencia en las deportaciones."
    assert ("Rosa Quintana", "asserts") in _pairs(body)
    body = TOPIC_RU + ("Губернатор Иван Сидоров подтвердил, что рейсы продолжатся. По его словам, за неделю "
                       "депортировали 500 человек. Правительства этих стран регулярно призывают граждан уехать.")
    pairs = _pairs(body)
    assert ("Иван Сидоров", "asserts") in pairs
    assert not any(s.startswith("Правительств") for s, _ in pairs)


TOPIC_RU = "Мигрантов депортировали рейсом. Депортации продолжаются. Высылки мигрантов выросли. "


def test_ru_body_named_after_v_with_plural_verb_is_the_speaker():
    body = (
        TOPIC_RU + "Такие данные о депортациях обнародовало Агентство иммиграционных служб Японии. "
        "В агентстве эти обвинения в депортациях отвергли, заявив, что правила едины. "
        "В МВД заявили, что высылки мигрантов продолжатся."
    )
    got = _pairs(body)
    assert ("Агентство иммиграционных служб Японии", "asserts") in got
    assert ("Агентство иммиграционных служб Японии", "denies") in got
    assert ("МВД", "asserts") in got


def test_unnamed_groups_and_negated_speech_make_no_claim():
    assert _claims(TOPIC_EN + "Activists say the deportations target Kurds.") == []
    assert _claims(TOPIC_RU + "Правозащитники считают, что депортации бьют по курдам.") == []
    assert _claims(TOPIC_RU + "В ICE на запрос о числе высланных не ответили.") == []
    assert _claims(TOPIC_EN + "The Department of Homeland Security did not comment on the deportation flight.") == []


def test_ru_genitive_body_named_in_the_nominative_and_outlet_told_is_no_speaker():
    body = (
        TOPIC_RU + "Годом ранее, по данным таджикской миграционной службы, из России были депортированы 30 тысяч мигрантов. "
        "34-летний Фирдавс из Вахдата рассказал Радио Озоди, что его депортировали из-за регистрации. "
        "Как писал Politico, депортации мигрантов выросли."
    )
    got = _pairs(body)
    assert ("таджикская миграционная служба", "asserts") in got
    assert ("Фирдавс", "asserts") in got
    assert ("Politico", "asserts") in got
    assert not any(s == "Радио Озоди" for s, _ in got)


def test_ru_body_nominative_forms():
    from deportwatch.mentions.actors import ru_body_nominative as nom

    assert nom("Федеральной службы судебных приставов") == "Федеральная служба судебных приставов"
    assert nom("министерства иностранных дел") == "министерство иностранных дел"
    assert nom("американского ведомства") == "американское ведомство"
    assert nom("пограничного комитета") == "пограничный комитет"
    assert nom("Мировой банк") == "Мировой банк"  # already nominative


def test_bare_government_with_no_antecedent_is_no_speaker():
    assert _claims(TOPIC_EN + "The government said the deportations were lawful.") == []


def test_kind_noun_then_name_speaks_by_the_name():
    body = TOPIC_RU + "О том, что беженцам дали 15 дней на выезд, сообщило афганское агентство Khaama Press."
    assert ("Khaama Press", "asserts") in _pairs(body)



def test_exile_words_make_a_page_about_the_matter():
    # "desterrar", "destierro", "excarcelados": a forced exile abroad is a removal of its own kind
    body = ("El régimen desterró este jueves a Guatemala a 135 excarcelados. "
            "El destierro se ha convertido en su herramienta predilecta. "
            "Es el segundo destierro masivo en año y medio. "
            "El presidente Bernardo Arévalo confirmó la acogida de los 135 nicaragüenses.")
    assert ("Bernardo Arévalo", "confirms") in _pairs(body)


def test_a_title_before_the_name_in_an_apposition_and_no_one_who_said():
    body = TOPIC_EN + ("Leader of Government Business, Senator Anthony Sylvestre, told senators that no more than ten "
                       "deportees a year would be sent. Neither government has said when the first deportees will be flown.")
    pairs = _pairs(body)
    assert ("Anthony Sylvestre", "asserts") in pairs
    assert not any(s in ("Business", "Neither government", "government") for s, _ in pairs)


_ES_PAD = ("Los migrantes fueron deportados a Turquía en un vuelo de la policía, y los que quedaron en el centro de "
           "detención de la ciudad esperan que los deporten en los próximos días de la semana que viene. ")


def test_a_ministry_named_with_its_adjective_and_a_quote_that_denies():
    body = _ES_PAD * 3 + ("El Ministerio de Exteriores israelí rechazó el lunes esas acusaciones. "
                          "«Para nosotros es una acusación sin pruebas. Rechazamos que Reyes agrediera a nadie», señaló "
                          "Joan Servera, portavoz de la coordinadora. Ada Colau llegó a Madrid. "
                          "Colau ya había relatado el domingo que los mantuvieron horas maniatados.")
    art = Article(body=body, language="es")
    pairs = {(c.speaker, c.stance) for c in extract_claims(art, find_actors(body), split_sentences(body))}
    assert ("Ministerio de Exteriores israelí", "denies") in pairs
    assert ("Joan Servera", "denies") in pairs
    assert ("Ada Colau", "asserts") in pairs  # "había relatado": the perfect tenses of the table's verbs


def test_a_quote_that_only_reports_a_dismissal_is_no_denial():
    body = TOPIC_EN + 'Lord Reed read the ruling. "The home secretary\'s appeal is therefore dismissed," he said.'
    assert ("Reed", "denies") not in _pairs(body) and ("Lord Reed", "denies") not in _pairs(body)


def test_agencies_named_by_acronym_or_one_word_are_speakers():
    body = TOPIC_EN + ("Azerbaijan expelled 2,000 more, ARY News reported. "
                       "According to Eurostat, Portugal carried out 55 forced returns. "
                       "According to the DT&V, 1,850 people were deported in 2022.")
    speakers = {s for s, _st in _pairs(body)}
    assert {"ARY News", "Eurostat", "DT&V"} <= speakers


def _pairs_in(body: str, language: str) -> set[tuple[str, str]]:
    return {(c.speaker, c.stance) for c in extract_claims(Article(body=body, language=language), find_actors(body), split_sentences(body))}


def test_kind_noun_before_an_agency_name_is_not_the_speaker_ru_es():
    assert ("WAM", "asserts") in _pairs_in(TOPIC_RU + "Как сообщало государственное агентство WAM, всех их должны были депортировать.", "ru")
    assert ("AIMA", "asserts") in _pairs_in(TOPIC_ES + "Según datos de la AIMA, 18.000 extranjeros recibieron notificaciones de expulsión.", "es")


def test_an_acronym_that_is_a_place_or_a_party_of_a_person_is_no_speaker():
    body = TOPIC_EN + ("Advocates in the US say 60 more people are held. "
                       "Interior Minister Alexander Dobrindt of the Bavarian conservative CSU described the deportees as criminals.")
    speakers = {s for s, _st in _pairs(body)}
    assert "US" not in speakers and "CSU" not in speakers and "Alexander Dobrindt" in speakers


def test_spanish_sentence_opening_with_its_verb_goes_on_with_the_person_just_quoted():
    body = ("Los deportados llegaron en dos vuelos. El canciller Luis Gilberto Murillo dijo que 201 deportados volvieron el martes. "
            "Negó que los deportados hubieran sido esposados. Además, aseguró que otros 105 deportados llegarán el miércoles.")
    assert ("Luis Gilberto Murillo", "denies") in _pairs_in(body, "es")
    # English has no such verb-first sentence: a capitalised "Reports" is no verb
    body = TOPIC_EN + "Reports of abuse on deportation flights were denied. Officials said 40 people were deported."
    assert all(c.speaker != "Reports" for c in _claims(body))


def test_more_speech_verbs_es_ru():
    assert ("Pablo Galindo", "asserts") in _pairs_in(
        TOPIC_ES + "El comandante Pablo Galindo atribuyó la demora de la deportación a un protocolo de Migración.", "es")
    assert ("Айбек Смадияров", "asserts") in _pairs_in(
        TOPIC_RU + "Официальный представитель МИД Айбек Смадияров называл депортацию ежедневной рутинной задачей.", "ru")
