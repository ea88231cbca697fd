"""The types that flow through the pipeline.

A page goes in, a :class:`Record` comes out. Every stage adds to the record and
never copies text: mentions, events and claims point into ``Article.body`` by
character offsets (``start``, ``end``), so any fact can be traced back to the
exact words that carry it.

``Record.to_json()`` produces the document record of FORMAT.md (the contract
with the scorer), plus keys of our own (evidence spans, extras).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Page:
    """One input page as read from a source, before any interpretation.

    ``kind`` is ``"html"`` or ``"text"`` (a naive text dump of a whole page).
    ``meta`` carries whatever the source already knew (url, title from a crawler
    record, ...). A page that could not be read has ``error`` set and no text.
    """

    source: str
    text: str = ""
    kind: str = "text"
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


@dataclass
class Article:
    """The clean article: its body text and the metadata the page prints."""

    body: str = ""
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    section: str | None = None
    language: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # views, reading time, url, ...

    def to_json(self) -> dict[str, Any]:
        out = {
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published,
            "author": self.author,
            "section": self.section,
            "language": self.language,
            "body": self.body,
        }
        out.update(self.extra)
        return out


@dataclass
class Evidence:
    """A sentence of ``Article.body`` that states a fact: ``body[start:end] == text``."""

    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "span": [self.start, self.end]}


@dataclass
class Mention:
    """Something named in the body: a country, a number, a date, an actor.

    ``kind`` is one of ``country``, ``number``, ``date``, ``actor``. ``value``
    depends on the kind: an ISO alpha-2 code for a country (``role`` tells how it
    was named: ``name``, ``demonym``, ``capital``, ``abbrev``); for a number a
    dict ``{"value": int, "qualifier": str, "noun": str | None}``; for a date a
    dict ``{"date": "YYYY[-MM[-DD]]", "relative": bool}``; for an actor a dict
    ``{"name": str, "type": "org" | "person" | "outlet", "country": str | None}``.
    """

    kind: str
    start: int
    end: int
    text: str
    value: Any = None
    role: str | None = None


@dataclass
class Event:
    """One real-world happening the article states (FORMAT.md: events)."""

    kind: str  # removal | arrangement | detention | onward_return
    status: str  # occurred | planned | proposed | rejected | disputed
    from_: str | None = None
    to: str | None = None
    nationalities: dict[str, int | None] = field(default_factory=dict)
    people: dict[str, Any] | None = None  # {"value": int, "qualifier": str}
    date: str | None = None
    place: str | None = None
    evidence: list[Evidence] = field(default_factory=list)  # main sentence first
    sources: list[str] = field(default_factory=list)  # who the sentences attribute it to

    def to_json(self) -> dict[str, Any]:
        main = self.evidence[0] if self.evidence else None
        return {
            "kind": self.kind,
            "status": self.status,
            "from": self.from_,
            "to": self.to,
            "nationalities": dict(self.nationalities),
            "people": dict(self.people) if self.people else None,
            "date": self.date,
            "place": self.place,
            "evidence": main.text if main else None,
            "evidence_span": [main.start, main.end] if main else None,
            "evidence_all": [e.to_json() for e in self.evidence],
            "sources": list(self.sources),
        }


@dataclass
class Claim:
    """A statement a named party makes about the matter, with its stance."""

    speaker: str
    stance: str  # asserts | denies | confirms
    evidence: list[Evidence] = field(default_factory=list)
    about: str | None = None
    denies_claim: int | None = None  # index of the claim a denial answers, where plain

    def to_json(self) -> dict[str, Any]:
        main = self.evidence[0] if self.evidence else None
        out = {
            "speaker": self.speaker,
            "stance": self.stance,
            "about": self.about,
            "evidence": main.text if main else None,
            "evidence_span": [main.start, main.end] if main else None,
            "evidence_all": [e.to_json() for e in self.evidence],
        }
        if self.denies_claim is not None:
            out["denies_claim"] = self.denies_claim
        return out


@dataclass
class Record:
    """Everything extracted from one page; serialises to FORMAT.md's record."""

    source: str
    page: Page | None = None
    article: Article = field(default_factory=Article)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": self.source,
            "article": self.article.to_json(),
            "body": self.article.body,
            "events": [e.to_json() for e in self.events],
            "claims": [c.to_json() for c in self.claims],
        }
        if self.page is not None and self.page.url:
            out["url"] = self.page.url
        if self.error:
            out["error"] = self.error
        return out
