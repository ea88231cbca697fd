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
