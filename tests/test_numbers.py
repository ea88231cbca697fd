from hypothesis import given, settings
from hypothesis import strategies as st

from deportwatch.mentions.numbers import find_numbers


def vals(text, lang):
    return [(m.value["value"], m.value["qualifier"]) for m in find_numbers(text, lang)]


def one(text, lang):
    ms = find_numbers(text, lang)
    assert len(ms) == 1, ms
    return ms[0].value


def test_qualifiers_en():
    assert vals("more than 100 people, around 360 people, at least 135 migrants, up to 250 people, "
                "fewer than 50 people, some 300 migrants, nearly 2,000 people, over 1,000 people", "en") == [
        (100, "more_than"), (360, "about"), (135, "at_least"), (250, "up_to"),
        (50, "up_to"), (300, "about"), (2000, "about"), (1000, "more_than")]


def test_two_more_and_noun():
    v = one("Two more flights were expected.", "en")
    assert v["value"] == 2 and v["noun"] == "flights" and v["noun_kind"] == "flights"
    v = one("857,157 Afghans returned", "en")
    assert v == {"value": 857157, "qualifier": "exact", "noun": "Afghans", "noun_kind": "people"}
    assert one("104 Indian nationals", "en")["noun"] == "nationals"


def test_half_of_whom_and_vague_words_are_not_counts():
    assert vals("half of whom were children; dozens of people; hundreds of migrants; thousands of Afghans", "en") == []
    assert vals("la mitad; decenas de personas", "es") == []
    assert vals("тысячи людей и половина из них", "ru") == []


def test_not_counts():
    t = ("$1,000, €653m, £140m, 25% of them, 12 percent, aged 25, a 25-year-old, in 2023, on February 13, "
         "at 3:45 p.m., the 3rd flight, +1 202 555 0123, COVID-19, Boeing 787, Article 3, the 1990s, 20.02.2025")
    assert vals(t, "en") == []
    assert vals("el 19 de febrero, 1.000 euros, el 20 % de, a las 3:45 p. m.", "es") == []
    assert vals("30 апреля, в 2021 году, 500 долларов, 20-й рейс, 15 %", "ru") == []


def test_scales_and_separators():
    assert vals("1.3 million people", "en") == [(1300000, "exact")]
    assert vals("1,3 millones de personas y 11.172 deportados", "es") == [(1300000, "exact"), (11172, "exact")]
    assert vals("почти 85 тысяч афганцев и 84 869 человек", "ru") == [(85000, "about"), (84869, "exact")]


def test_number_words():
    assert vals("twelve men and twenty-five women", "en") == [(12, "exact"), (25, "exact")]
    assert vals("dos vuelos, doce venezolanos, cuarenta personas, dos mil quinientos migrantes", "es") == [
        (2, "exact"), (12, "exact"), (40, "exact"), (2500, "exact")]
    assert vals("двое граждан и сто человек", "ru") == [(2, "exact"), (100, "exact")]
    assert vals("one of them said", "en") == []


def test_spanish_and_russian_qualifiers():
    assert vals("más de 40 migrantes, unos 200 extranjeros, casi 300 personas, al menos 135 personas, "
                "hasta 30 días, alrededor de 18.000 indios", "es") == [
        (40, "more_than"), (200, "about"), (300, "about"), (135, "at_least"), (30, "up_to"), (18000, "about")]
    assert vals("более 100 мигрантов, свыше 2239 человек, не менее 20 граждан, около 360 мигрантов, "
                "до 250 человек, примерно 300 человек, как минимум 12 человек", "ru") == [
        (100, "more_than"), (2239, "more_than"), (20, "at_least"), (360, "about"), (250, "up_to"),
        (300, "about"), (12, "at_least")]


def test_span_covers_qualifier():
    m = find_numbers("sent more than 100 people", "en")[0]
    assert m.text == "more than 100"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_and_spans_are_exact(text):
    for lang in (None, "en", "es", "ru"):
        for m in find_numbers(text, lang):
            assert text[m.start:m.end] == m.text
            assert isinstance(m.value["value"], int) and m.value["value"] > 0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["1", "0", ",", ".", " ", "000", "more than ", "two", "тысяч", "mil", "$", "%", "\u00a0", "-"])).map("".join))
def test_spans_exact_on_digit_soup(text):
    for m in find_numbers(text):
        assert text[m.start:m.end] == m.text


def test_half_a_dozen_is_six():
    got = find_numbers("Lawyers for at least half a dozen of the men said they were not told.", "en")
    assert [(m.value["value"], m.value["qualifier"]) for m in got] == [(6, "at_least")]
    assert [m.value["value"] for m in find_numbers("media docena de migrantes", "es")] == [6]
    assert [m.value["value"] for m in find_numbers("полдюжины мигрантов", "ru")] == [6]
    assert [m.value["value"] for m in find_numbers("a dozen men", "en")] == [12]


def test_count_after_month_and_comma_is_a_count():
    from deportwatch.mentions.numbers import find_numbers

    assert [m.value["value"] for m in find_numbers("In early August, 25 Kyrgyz nationals arrived home", "en")] == [25]
    assert find_numbers("on August 25 they left", "en") == []


def test_a_date_after_a_bare_count_is_not_its_noun():
    from deportwatch.mentions.numbers import find_numbers
    (n,) = [m for m in find_numbers("South Sudan eight the same month") if m.value["value"] == 8]
    assert n.value["noun_kind"] is None
