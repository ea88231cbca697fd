from hypothesis import given, settings
from hypothesis import strategies as st

from deportwatch.mentions.dates import find_dates


def ds(text, pub, lang):
    return [m.value["date"] for m in find_dates(text, pub, lang)]


def test_absolute_en():
    assert ds("on February 13 and Feb. 20, 2025, on 18 July 2025, 20.02.2025, 2025-02-03", "2025-07-20", "en") == [
        "2025-02-13", "2025-02-20", "2025-07-18", "2025-02-20", "2025-02-03"]


def test_relative_en_span_rule():
    # FORMAT.md: "last week" on Wed 7 May 2025 is 2025-04 (the span's first day)
    assert ds("last week", "2025-05-07T16:23", "en") == ["2025-04"]
    assert ds("on Thursday", "2025-05-07", "en") == ["2025-05-01"]
    assert ds("next Thursday", "2025-05-07", "en") == ["2025-05-08"]
    assert ds("The plane will land on Thursday.", "2025-05-07", "en") == ["2025-05-08"]
    assert ds("yesterday", "2025-05-07", "en") == ["2025-05-06"]
    assert ds("earlier this year", "2025-05-07", "en") == ["2025"]
    assert ds("in the coming days", "2025-05-07", "en") == ["2025-05"]


def test_year_boundary():
    assert ds("It began on December 28.", "2026-01-03", "en") == ["2025-12-28"]
    assert ds("yesterday", "2026-01-01", "en") == ["2025-12-31"]
    assert ds("last month", "2026-01-15", "en") == ["2025-12"]
    assert ds("on Friday", "2026-01-01", "en") == ["2025-12-26"]


def test_month_boundary():
    assert ds("last week", "2025-03-03", "en") == ["2025-02"]
    assert ds("el lunes", "2025-03-01", "es") == ["2025-02-24"]
    assert ds("в среду", "2025-05-02", "ru") == ["2025-04-30"]


def test_spanish():
    t = "este martes; el pasado jueves; el 19 de febrero; en marzo; la semana pasada; este año; a finales de enero"
    assert ds(t, "2025-02-26T06:05", "es") == [
        "2025-02-25", "2025-02-20", "2025-02-19", "2025-03", "2025-02", "2025", "2025-01"]
    assert ds("de lunes a viernes, por la mañana", "2025-02-26", "es") == []


def test_russian():
    t = "30 апреля; в августе 2024 года; на прошлой неделе; в этом году; в 2021 году; в начале февраля"
    assert ds(t, "2025-05-02T10:35", "ru") == ["2025-04-30", "2024-08", "2025-04", "2025", "2021", "2025-02"]
    # the printed date wins over the weekday
    assert ds("в субботу, 19 апреля", "2025-05-02", "ru") == ["2025-04-19"]


def test_relative_needs_published():
    assert ds("yesterday, on Thursday, February 13", None, "en") == []
    assert ds("February 13, 2025", None, "en") == ["2025-02-13"]


def test_relative_flag():
    ms = find_dates("yesterday and March 3, 2024", "2025-01-02", "en")
    assert [m.value["relative"] for m in ms] == [True, False]


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from([None, "2025-01-01", "2024-02-29T10:00", "bad"]))
def test_never_raises_and_spans_are_exact(text, pub):
    for lang in (None, "en", "es", "ru"):
        for m in find_dates(text, pub, lang):
            assert text[m.start:m.end] == m.text
            assert len(m.value["date"]) in (4, 7, 10)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["31", " ", "February", "de", "febrero", "апреля", "2025", ".", "last week", "Thursday", ","])).map("".join))
def test_spans_exact_on_date_soup(text):
    for m in find_dates(text, "2025-03-01"):
        assert text[m.start:m.end] == m.text


def test_future_in_the_past_resolves_weekday_forward():
    # published Saturday 19 Oct 2024: "would ... on Monday" is the coming Monday
    got = find_dates("The minister said she would call a cabinet meeting on Monday to approve the rules.", "2024-10-19", "en")
    assert [m.value["date"] for m in got] == ["2024-10-21"]
    got = find_dates("El ministro dijo que convocaría una reunión el lunes.", "2024-10-19", "es")
    assert [m.value["date"] for m in got] == ["2024-10-21"]
    # a plain past stays backwards, and a capitalised name ending in -ría is no conditional
    assert [m.value["date"] for m in find_dates("The flight landed on Monday.", "2024-10-19", "en")] == ["2024-10-14"]
    got = find_dates("The plane landed at Santamaría airport on Monday.", "2024-10-19", "en")
    assert [m.value["date"] for m in got] == ["2024-10-14"]


def test_start_of_year_spans_take_january():
    from deportwatch.mentions.dates import find_dates

    def dates(text, lang):
        return [m.value["date"] for m in find_dates(text, "2025-12-20", lang)]

    assert dates("expelled 14,000 in the first ten months of the year", "en") == ["2025-01"]
    assert dates("с начала года выслано 35 тысяч", "ru") == ["2025-01"]
    assert dates("en los primeros ocho meses del año", "es") == ["2025-01"]
    assert dates("in the first half of 2024", "en") == ["2024-01"]
    assert dates("в первом полугодии 2024 года", "ru") == ["2024-01"]
    assert dates("earlier this year", "en") == ["2025"]


def test_month_of_last_year():
    from deportwatch.mentions.dates import find_dates

    for text, lang in [("В апреле прошлого года граждане", "ru"), ("in April last year they", "en"), ("en abril del año pasado", "es")]:
        assert [m.value["date"] for m in find_dates(text, "2026-02-25", lang)] == ["2025-04"]


def test_this_weekday_is_the_day_of_the_publication_week():
    from deportwatch.mentions.dates import find_dates

    def d(text, lang):
        return [m.value["date"] for m in find_dates(text, "2025-02-26T06:05", lang)]

    assert d("La aeronave tocó tierra este martes.", "es") == ["2025-02-25"]
    assert d("El avión llegará este jueves", "es") == ["2025-02-27"]
    assert d("в этот четверг прилетел самолет", "ru") == ["2025-02-20"]


def test_day_without_year_takes_the_year_of_its_sentence():
    from deportwatch.mentions.dates import find_dates

    got = find_dates("In 2019 a deal was signed, and on 5 March the first flight left.", "2025-12-16", "en")
    assert [m.value["date"] for m in got] == ["2019", "2019-03-05"]
    got = find_dates("In 2023, many left. In March, more did.", "2025-12-16", "en")
    assert [m.value["date"] for m in got] == ["2023", "2025-03"]


def test_day_before_and_russian_span_to_the_end_of_a_month():
    from deportwatch.mentions.dates import find_dates

    got = find_dates("On 20 December 5,412 returned. A day earlier, 5,028 were expelled.", "2025-12-21", "en")
    assert [m.value["date"] for m in got] == ["2025-12-20", "2025-12-19"]
    got = find_dates("с января по конец ноября из Ирана вернулись 3,6 млн человек", "2025-12-21", "ru")
    assert [m.value["date"] for m in got] == ["2025-01", "2025-11"]


def test_a_fiscal_year_is_read_as_its_year():
    from deportwatch.mentions.dates import find_dates

    got = [m.value["date"] for m in find_dates("ICE carried out 271,484 removals in fiscal year 2024.", "2025-09-12", "en")]
    assert got == ["2024"]
    got = [m.value["date"] for m in find_dates("En el año fiscal 2024 se deportaron 1.200 personas.", "2025-09-12", "es")]
    assert got == ["2024"]


def test_first_half_of_last_year_is_its_first_month_across_a_year_boundary():
    assert ds("В первом полугодии прошлого года были выдворены 3473 человека", "2026-01-10", "ru") == ["2025-01"]
    assert ds("en el primer semestre del año pasado", "2025-07-03", "es") == ["2024-01"]
    assert ds("in the first half of last year", "2025-07-03", "en") == ["2024-01"]
