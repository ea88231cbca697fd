"""Body language detection (py3langid on a bounded sample)."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deportwatch.article.language import SAMPLE_CHARS, detect_language, sample


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The government said on Thursday that the flight had landed with migrants on board.", "en"),
        ("El Gobierno informó este jueves de que el avión aterrizó con los migrantes a bordo.", "es"),
        ("Правительство сообщило в четверг, что самолет приземлился с мигрантами на борту.", "ru"),
        ("Le gouvernement a annoncé jeudi que l'avion avait atterri avec les migrants à bord.", "fr"),
        ("Die Regierung teilte am Donnerstag mit, dass das Flugzeug mit den Migranten gelandet ist.", "de"),
    ],
)
def test_languages(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "   \n\t", "123 456 789", "!!! ???", None])
def test_empty_or_letterless_gives_none(text) -> None:
    assert detect_language(text) is None


def test_sample_is_bounded() -> None:
    text = "word " * 10000
    assert len(sample(text)) <= SAMPLE_CHARS + 1


def test_fast_on_long_text() -> None:
    text = "The deportation flight landed in the capital on Thursday evening. " * 2000
    detect_language(text)  # model load
    t0 = time.perf_counter()
    for _ in range(50):
        assert detect_language(text) == "en"
    assert (time.perf_counter() - t0) / 50 < 0.005


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_raises(text: str) -> None:
    out = detect_language(text)
    assert out is None or (isinstance(out, str) and 2 <= len(out) <= 3)
