from hypothesis import given, settings
from hypothesis import strategies as st

from deportwatch.mentions.sentences import split_sentences


def sents(t):
    return [t[a:b] for a, b in split_sentences(t)]


def test_acronym_then_new_sentence():
    assert sents("They are assisting the U.S. This policy is new.") == [
        "They are assisting the U.S.", "This policy is new."]
    assert sents("Llegaron a EE.UU. El lunes volvieron.") == ["Llegaron a EE.UU.", "El lunes volvieron."]


def test_acronym_inside_sentence():
    assert sents("The U.S. Embassy said so. Then it left.") == ["The U.S. Embassy said so.", "Then it left."]
    assert sents("Llegaron a EE.UU. con 100 personas.") == ["Llegaron a EE.UU. con 100 personas."]


def test_efe_dateline_and_russian_abbrev():
    assert sents("PANAMÁ (EFE).- El Gobierno dijo. Otra frase.") == ["PANAMÁ (EFE).- El Gobierno dijo.", "Otra frase."]
    assert sents("В 2021 г. талибы пришли к власти. Новая фраза.") == [
        "В 2021 г. талибы пришли к власти.", "Новая фраза."]


def test_paragraphs_split():
    assert sents("One line\n\nTwo line") == ["One line", "Two line"]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_spans_index_the_body(text):
    for s, e in split_sentences(text):
        assert 0 <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()


def test_spaced_spanish_us_abbreviation_does_not_end_a_sentence():
    from deportwatch.mentions.sentences import split_sentences

    t = "Fueron deportados desde EE. UU. en 309 vuelos, además de 4,222. Otra frase."
    assert [t[a:b] for a, b in split_sentences(t)] == ["Fueron deportados desde EE. UU. en 309 vuelos, además de 4,222.", "Otra frase."]
    t = "Viajó a EE. UU. El lunes volvió."
    assert [t[a:b] for a, b in split_sentences(t)] == ["Viajó a EE. UU.", "El lunes volvió."]
