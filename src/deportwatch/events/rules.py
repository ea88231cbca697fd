"""The default rule-based extractor: sentences -> frames -> merged events, plus claims.

Why rules: no model, CPU only, every event traceable to the words and the lexicon rows that
made it. Steps: split the body into sentences (``mentions.sentences``), read event frames
from each sentence (``frames.sentence_frames``), merge the frames of one happening into one
event (``merge.merge_frames``), attach who the sentences attribute it to
(``claims.sentence_sources``), and the claims themselves (``claims.extract_claims``), from
one attribution pass over the sentences.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..mentions.actors import has_topic, scan
from ..mentions.sentences import split_sentences
from ..record import Article, Claim, Event, Mention
from .base import Extractor, register
from .claims import attribute, extract_claims, sentence_sources
from .frames import cue_hits, sentence_frames
from .lexicon import custody_sites_in, deictic_countries
from .merge import merge_frames


def _language(article: Article) -> str | None:
    """The article's language; where the article stage left it unset, guessed from the body
    (the cue lexicons differ per language, so an English fallback would miss es/ru events)."""
    lang = (article.language or "").lower()[:2] or None
    if lang is None and article.body:
        try:
            from ..article.language import detect_language

            lang = detect_language(article.body)
        except Exception:  # noqa: BLE001 - no detector: the English lexicon
            lang = None
    return lang


def extract_events(article: Article, mentions: list[Mention], sentences: list[tuple[int, int]] | None = None) -> list[Event]:
    """The events of ``article`` (no claims, no sources)."""
    body = article.body or ""
    if not body.strip():
        return []
    if sentences is None:
        sentences = split_sentences(body)
    lang = _language(article)
    ms = [m for m in mentions if 0 <= m.start < m.end <= len(body)]
    ms = sorted(ms + deictic_countries(body, [m for m in ms if m.kind == "country" and isinstance(m.value, str)], lang), key=lambda m: m.start)
    starts = [m.start for m in ms]
    hits = body_cue_hits(body, lang)
    hit_starts = [h[0] for h in hits]
    frames = []
    for s, e in sentences:
        i, j = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        inside = [m for m in ms[i:j] if m.end <= e]
        k, n = bisect.bisect_left(hit_starts, s), bisect.bisect_left(hit_starts, e)
        frames.extend(sentence_frames(body, (s, e), inside, lang, [h for h in hits[k:n] if h[1] <= e]))
    site = next(((h, c) for _rx, h, c in custody_sites_in(body)), (None, None))
    events = merge_frames(frames, body, site[1], site[0])
    month = (article.published or "")[:7]
    if len(month) == 7:
        for ev in events:
            # "13 ya habían sido repatriados", "had already been returned": a figure as it stands
            # when the article is written, in the month of publication
            if ev.date is None and ev.status == "occurred" and ev.people is not None and ev.kind in ("removal", "onward_return") \
                    and _ALREADY.search(ev.evidence[0].text):
                ev.date = month
    return events


_ALREADY = re.compile(r"(?<!\w)(?:already|ya|уже)\s+(?:[^\s,;.]+\s+){0,2}?(?:been|had|have|has|habían|había|han|ha|sido|были|был[аи]?)\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def body_cue_hits(body: str, lang: str | None) -> tuple:
    """``cue_hits`` of a whole body, kept for the few calls of one page (``wants``, then
    ``extract_events``)."""
    return tuple(cue_hits(body, lang))


def _off_topic_dropped(body: str, events: list[Event]) -> list[Event]:
    """On a page that is not about the matter (words of it in fewer than five places: a trade
    deal, a court case, a sports transfer), an event stands only where its own sentences say
    "deport", "migrants", "asylum" ...: "a deal to buy 30 jets" or "held on charges" is none."""
    topic = [ts for ts, _te, _p in scan(body)["topic"]]
    if len(topic) >= 5 or not events:
        return events
    return [ev for ev in events if any(evd.start <= t < evd.end for evd in ev.evidence for t in topic)]


class RuleExtractor(Extractor):
    name = "rules"

    def wants(self, article: Article) -> bool:
        """A page with no event cue and no word of the matter (deport*, migrant*, asylum ...) yields
        no event (every frame starts at a cue) and no claim (claims are kept in sentences about the
        matter only): such a page needs no mentions."""
        body = article.body or ""
        if not body.strip():
            return False
        return bool(body_cue_hits(body, _language(article))) or has_topic(body)

    def extract(self, article: Article, mentions: list[Mention]) -> tuple[list[Event], list[Claim]]:
        body = article.body or ""
        if not body.strip():
            return [], []
        sentences = split_sentences(body)
        events = _off_topic_dropped(body, extract_events(article, mentions, sentences))
        attributions = attribute(article, mentions, sentences)
        claims = extract_claims(article, mentions, sentences, attributions)
        by_sentence = sentence_sources(article, mentions, sentences, attributions)
        index = {s: i for i, (s, _e) in enumerate(sentences)}
        for ev in events:
            seen: list[str] = []
            for evd in ev.evidence:
                for name in by_sentence.get(index.get(evd.start, -1), []):
                    if name not in seen:
                        seen.append(name)
            ev.sources = seen
        return events, claims


register("rules", RuleExtractor)
