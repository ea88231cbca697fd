from deportwatch.mentions.actors import find_actors, ru_nominative


def _names(text, typ=None):
    return [m.value["name"] for m in find_actors(text) if typ is None or m.value["type"] == typ]


def test_spans_index_the_text():
    text = "Interior Minister Jana Kowalski said the U.S. Embassy in Moldova had been informed."
    for m in find_actors(text):
        assert text[m.start:m.end] == m.text
        assert m.kind == "actor"


def test_person_after_title_en():
    assert "Jana Kowalski" in _names("Interior Minister Jana Kowalski said on Monday.", "person")
    assert "Pedro Alvarado" in _names("Deputy Foreign Minister Pedro Alvarado said later.", "person")


def test_person_apposition_es():
    text = "El ministro de Seguridad, Tomás Urrutia, aseguró que los vuelos continuarán."
    assert "Tomás Urrutia" in _names(text, "person")


def test_person_genitive_ru_back_to_nominative():
    text = "По словам пресс-секретаря Ивана Сидорова, рейс вылетел утром."
    assert "Иван Сидоров" in _names(text, "person")
    assert ru_nominative("Фитрата") == "Фитрат"


def test_organisations_and_outlets():
    text = ("The U.S. Embassy in Moldova denied the report, the daily Zeitung reported, "
            "according to the Department of Homeland Security (DHS).")
    names = _names(text)
    assert "U.S. Embassy in Moldova" in names
    assert "Zeitung" in names
    assert "Department of Homeland Security" in names


def test_abbreviation_shares_key_with_expansion():
    text = "The Ministry of Foreign Affairs (MFA) said so. Later the MFA added more."
    ms = [m for m in find_actors(text) if m.text == "MFA"]
    assert ms and all(m.value["key"] == "Ministry of Foreign Affairs" for m in ms)


def test_russian_organisation():
    text = "Об этом сообщило посольство США в Молдове."
    assert any("посольство США в Молдове" in n for n in _names(text))


def test_empty_text():
    assert find_actors("") == []
