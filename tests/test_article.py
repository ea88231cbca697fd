"""The article stage's dispatcher: which reader, and what is too little to be an article."""

from __future__ import annotations

import pytest

from deportwatch.article import MIN_BODY_WORDS, NotAnArticle, body_words, build_article
from deportwatch.record import Page


def test_body_words_counts_unspaced_scripts():
    assert body_words("one two three") == 3
    assert body_words("先日、不正に改造したiPhoneを販売したとして") >= 8
    assert body_words("") == 0


def test_a_fragment_is_not_an_article():
    page = Page(source="x.html", kind="html", text="<html><body><p>Unclosed <b>tags <p>and nothing else")
    with pytest.raises(NotAnArticle):
        build_article(page)


def test_crawler_metadata_fills_what_the_page_lacks():
    prose = " ".join(["Officials said the deportation flight carried migrants to a third country."] * 6)
    page = Page(source="x", kind="text", text=prose, url="https://example.org/a", meta={"title": "  A   headline "})
    article = build_article(page)
    assert len(article.body.split()) >= MIN_BODY_WORDS
    assert article.title == "A headline"
    assert article.extra["url"] == "https://example.org/a"
