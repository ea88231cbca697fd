"""The event lexicons (cue words, modality, prepositions, people nouns), read from data files.

Why: which words signal a deportation, a deal or a detention, and which words make it planned
or refused, differ per language and grow with every new outlet. Keeping them in TSV files
(``data/event_cues.tsv``, ``data/modality.tsv``, ...) lets a new language or phrasing be added
without touching code. :func:`lexicon` compiles them once per language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

LANGS = ("en", "es", "ru")


def _rows(name: str) -> list[list[str]]:
    text = resources.files("deportwatch.data").joinpath(name).read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


# a part of a country between the preposition and its name: "in southern Italy", "en el sur de Italia"
_REGION = (
    r"(?:(?:northern|southern|eastern|western|central|north-?\w*|south-?\w*)\s+|"
    r"(?:el\s+)?(?:sur|norte|este|oeste|centro|noreste|noroeste|sureste|suroeste)\s+del?\s+|"
    r"(?:юге|севере|востоке|западе|центре)\s+)?"
)


@dataclass
class Cue:
    kind: str
    role: str
    pattern: re.Pattern
    source: str = ""


@dataclass
class Lexicon:
    """Compiled lexicons of one language."""

    cues: list[Cue] = field(default_factory=list)
    modality: list[tuple[str, re.Pattern]] = field(default_factory=list)
    by_status: list[tuple[str, bool, re.Pattern]] = field(default_factory=list)  # rows joined per (status, near)
    preps: dict[str, re.Pattern] = field(default_factory=dict)  # role -> "(?:...)\s*$" pattern
    people: re.Pattern | None = None
    speech: re.Pattern | None = None  # a verb of saying right before a date
    speech_word: re.Pattern | None = None  # any verb of saying
    any_cue: re.Pattern | None = None  # all cue patterns in one alternation (finds where cues start)
    cue_start: re.Pattern | None = None  # every place any_cue can match starts here (a cheap prefilter)
    cue_firsts: list[re.Pattern] = field(default_factory=list)  # per cue: the characters it can start with
    cue_by_char: dict[str, re.Pattern] = field(default_factory=dict)  # a start character -> any_cue of the cues that can start so

    def any_cue_at(self, ch: str) -> re.Pattern:
        """``any_cue`` cut to the cues that can start with ``ch`` (in the same order): it matches
        where ``any_cue`` does, with the same end."""
        rx = self.cue_by_char.get(ch)
        if rx is None:
            srcs = [c.source for c, first in zip(self.cues, self.cue_firsts, strict=True) if first.match(ch)]
            rx = re.compile(r"(?<!\w)(?:" + "|".join("(?:" + s + ")" for s in srcs) + ")", re.IGNORECASE) if srcs else re.compile(r"(?!)")
            self.cue_by_char[ch] = rx
        return rx


def _rx(pattern: str, whole: bool = False) -> re.Pattern:
    """``pattern`` at a word start; ``whole``: also at a word end (modality words)."""
    return re.compile(r"(?<!\w)(?:" + pattern + ")" + (r"(?!\w)" if whole else ""), re.IGNORECASE)


def _first_chars(pattern: str) -> set[str] | None:
    """The characters a match of ``pattern`` can start with (as written; case-folding is the
    caller's), with "" when it can match empty; None when that cannot be told."""
    from re import _constants as sc
    from re import _parser as sp

    def seq(items) -> set[str] | None:
        out: set[str] = set()
        for op, av in items:
            if op in (sc.AT, sc.ASSERT, sc.ASSERT_NOT):
                continue  # zero width
            if op is sc.LITERAL:
                return out | {chr(av)}
            if op is sc.IN:
                chars: set[str] = set()
                for iop, iav in av:
                    if iop is sc.LITERAL:
                        chars.add(chr(iav))
                    elif iop is sc.RANGE and iav[1] - iav[0] < 512:
                        chars.update(chr(c) for c in range(iav[0], iav[1] + 1))
                    else:
                        return None
                return out | chars
            if op is sc.SUBPATTERN or op is sc.BRANCH or op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT):
                if op is sc.SUBPATTERN:
                    subs, must = [av[-1]], True
                elif op is sc.BRANCH:
                    subs, must = av[1], True
                else:
                    subs, must = [av[2]], av[0] >= 1
                got: set[str] = set()
                for sub in subs:
                    r = seq(list(sub))
                    if r is None:
                        return None
                    got |= r
                if must and "" not in got:
                    return out | got
                out |= got - {""}
                continue
            return None
        return out | {""}  # the rest can be empty

    try:
        return seq(list(sp.parse(pattern)))
    except Exception:  # noqa: BLE001 - unknown syntax: no prefilter
        return None


def _charset(chars: set[str]) -> str:
    return "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"


def _cue_start(lex: Lexicon) -> None:
    """Where a cue can start: a word start at one of the cues' first characters (a cheap scan
    that finds every place ``any_cue`` can match); none when some cue's first characters are unknown."""
    firsts = []
    for c in lex.cues:
        r = _first_chars(c.source)
        if r is None or "" in r:
            return
        firsts.append(r)
    lex.cue_firsts = [re.compile(_charset(r), re.IGNORECASE) for r in firsts]
    lex.cue_start = re.compile(r"(?<!\w)" + _first_two(lex.cues, firsts), re.IGNORECASE)


# the second characters tried for the two-character prefilter; any other one is let through
# (lower case only: the patterns ignore case)
_SECOND = list("abcdefghijklmnopqrstuvwxyzàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
               "0123456789 -'’.,\u00a0")
_SECOND_SET = "".join(re.escape(ch) for ch in _SECOND)


def _first_two(cues: list[Cue], firsts: list[set[str]]) -> str:
    """A pattern for the first two characters a cue can start with: per first character, the
    second characters some cue can go on with, or any character not tried. Most word starts
    fail it, so far fewer places are tried with the cue patterns themselves. The ``regex``
    package's partial matching tells whether two characters can begin a match."""
    import regex

    seconds: dict[str, set[str]] = {}
    whole: set[str] = set()  # first characters some cue matches alone
    for cue, first in zip(cues, firsts, strict=True):
        rx = regex.compile(cue.source, regex.IGNORECASE)
        for f in first:
            if rx.fullmatch(f):
                whole.add(f)
            got = seconds.setdefault(f, set())
            got.update(d for d in _SECOND if d not in got and (rx.fullmatch(f + d, partial=True) or rx.match(f + d)))
    alts = []
    for f in sorted(seconds):
        if f in whole or not seconds[f]:
            alts.append(re.escape(f))  # a one-character cue, or nothing known: the first character alone
        else:
            alts.append(re.escape(f) + "(?:" + _charset(seconds[f]) + "|[^" + _SECOND_SET + "])")
    return "(?:" + "|".join(alts) + ")"


def lexicon(lang: str | None) -> Lexicon:
    """The lexicon for ``lang``; an unknown language gets the English one (built once)."""
    return _lexicon(lang if lang in LANGS else "en")


@cache
def _lexicon(lang: str) -> Lexicon:
    lex = Lexicon()
    preps: dict[str, list[str]] = {}
    people: list[str] = []
    for row in _rows("event_cues.tsv"):
        if len(row) < 4 or row[0] != lang:
            continue
        _, pattern, kind, role = row[:4]
        if kind == "prep":
            preps.setdefault(role, []).append(pattern)
        elif kind == "people":
            people.append(pattern)
        else:
            lex.cues.append(Cue(kind, role, _rx(pattern), pattern))
    if lex.cues:
        lex.any_cue = re.compile(r"(?<!\w)(?:" + "|".join("(?:" + c.source + ")" for c in lex.cues) + ")", re.IGNORECASE)
        _cue_start(lex)
    for row in _rows("modality.tsv"):
        if len(row) >= 3 and row[0] == lang:
            lex.modality.append((row[2].strip(), _rx(row[1], whole=True)))
    joined: dict[tuple[str, bool], list[str]] = {}
    for row in _rows("modality.tsv"):
        if len(row) >= 3 and row[0] == lang:
            joined.setdefault((row[2].strip(), len(row) > 3 and row[3].strip() == "near"), []).append(row[1])
    lex.by_status = [(st, near, _rx("|".join(f"(?:{p})" for p in pats), whole=True)) for (st, near), pats in joined.items()]
    for role, pats in preps.items():
        lex.preps[role] = re.compile(r"(?<!\w)(?:" + "|".join(pats) + r")\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?" + _REGION + "$", re.IGNORECASE)
    if people:
        lex.people = _rx("|".join(people))
    speech = [r[1] for r in _rows("event_speech.tsv") if len(r) >= 2 and r[0] == lang]
    if speech:
        lex.speech = re.compile(r"(?<!\w)(?:" + "|".join(speech) + r")[\s,]+(?:on\s+|el\s+|este\s+|в\s+)?$", re.IGNORECASE)
        lex.speech_word = re.compile(r"(?<!\w)(?:" + "|".join(speech) + r")(?!\w)", re.IGNORECASE)
    return lex


_CAP_BEFORE = re.compile(r"(?:^|[^\w.!?:\"“«])(?!(?:the|an?|its|his|her|their|this|that|these|those|el|la|los|las|un|una|su|sus|este|esta)\s)(?-i:[A-ZÁÉÍÓÚÑА-ЯЁ])[\w'’-]*\s+(?:(?:of|and|for|de|del|y|la|el|и|по)\s+)?$", re.IGNORECASE)
_CAP_AFTER = re.compile(r"\s+(?:(?:of|de|del)\s+)?(?-i:[A-ZÁÉÍÓÚÑА-ЯЁ])[\w'’-]*", re.IGNORECASE)
_SENT_START = re.compile(r"(?:^|[.!?:;\"“«(\n]\s*|[—–-]\s+)$")


def in_name(text: str, start: int, end: int) -> bool:
    """The capitalised word(s) ``text[start:end]`` are part of a proper name ("the Illegal
    Foreigners Repatriation Plan", "Ministry of Refugees and Repatriation"), not a verb or noun
    of the sentence: a capital mid-sentence next to another capitalised word."""
    if not text[start : start + 1].isupper() or any(ch.isdigit() for ch in text[start:end]):
        return False  # "C-17" is a name and a cue
    before = text[max(0, start - 40) : start]
    if _SENT_START.search(before.rstrip(" ") if before.endswith(" ") else before):
        return False  # sentence-initial capital ("Deportation flights resumed")
    return bool(_CAP_BEFORE.search(before)) or bool(_CAP_AFTER.match(text, end, end + 40))


@cache
def custody_sites() -> list[tuple[re.Pattern, str, str]]:
    """(pattern, host, custodian) of military bases a state runs abroad."""
    return [(_rx(r[0]), r[1], r[2]) for r in _rows("custody_sites.tsv") if len(r) >= 3]


def _needles(pattern: str) -> list[str] | None:
    """Lower-case strings, one per alternative of ``pattern``, one of which every
    case-insensitive match of it holds once lower-cased (``str.lower``); None when that cannot
    be told. Each is the longest run of plain letters of its alternative whose lower case is
    one character and has no other case partners (not "i", "s", "к", Cyrillic "о", Greek ...:
    ``re`` matches those to more characters than ``str.lower`` maps to them)."""
    from re import _casefix
    from re import _constants as sc
    from re import _parser as sp

    def safe(ch: str) -> bool:
        lo = ch.lower()
        return len(lo) == 1 and ord(lo) not in _casefix._EXTRA_CASES and ch not in "\u0130\u03a3"

    try:
        items = list(sp.parse(pattern))
    except Exception:  # noqa: BLE001 - unknown syntax: no prefilter
        return None
    if len(items) == 1 and items[0][0] is sc.SUBPATTERN:
        items = list(items[0][1][-1])
    alts = [list(b) for b in items[0][1][1]] if len(items) == 1 and items[0][0] is sc.BRANCH else [items]
    out = []
    for alt in alts:
        best = run = ""
        for op, av in alt:
            if op is sc.LITERAL and safe(chr(av)):
                run += chr(av).lower()
                if len(run) > len(best):
                    best = run
            else:
                run = ""
        if not best:
            return None
        out.append(best)
    return out


@cache
def _custody_needles() -> list[list[str] | None]:
    return [_needles(r[0]) for r in _rows("custody_sites.tsv") if len(r) >= 3]


def custody_sites_in(text: str):
    """The :func:`custody_sites` named in ``text``, in their order; a site is searched for only
    where ``text.lower()`` holds one of its needles (:func:`_needles`), a cheap substring test."""
    low = None
    for (rx, host, cust), needles in zip(custody_sites(), _custody_needles(), strict=True):
        if needles is not None:
            if low is None:
                low = text.lower()
            if not any(n in low for n in needles):
                continue
        if rx.search(text):
            yield rx, host, cust


@cache
def _phrases(group: str, lang: str | None = None) -> list[re.Pattern]:
    """The patterns of ``group``; those tagged ``(?#xx)`` only for language xx."""
    rows = [r[1] for r in _rows("frame_words.tsv") if r[0] == group]
    return [re.compile(p, re.IGNORECASE) for p in rows if lang is None or not p.startswith("(?#") or p.startswith(f"(?#{lang})")]


_DATELINE = re.compile(r"\s*([^\W\d_][^\W\d_ .,'’-]*(?:[ -][^\W\d_][^\W\d_.,'’-]*){0,2})\s*(?:,\s*[^\W\d_]+\s*)?(?:\([^)]{1,30}\)\s*)?(?:\.\s*)?[-–—]+\s")


def home_country(body: str, countries: list) -> str | None:
    """The country an article is written in or about, for "the country", "el país", "в страну":
    the country of a dateline that opens the body ("MBABANE – Ten more ..."), else the country
    whose names (not demonyms) are at least half of the body's place mentions, and three."""
    m = _DATELINE.match(body)
    if m is not None:
        hit = next((c for c in countries if m.start(1) <= c.start < m.end(1)), None)
        if hit is not None:
            return hit.value
    from collections import Counter

    # places count, nationalities do not ("иракцев" are the people, not where the story is)
    counts = Counter(c.value for c in countries if c.role != "demonym")
    if not counts:
        return None
    iso, n = counts.most_common(1)[0]
    return iso if n >= 3 and 2 * n >= sum(counts.values()) else None


def deictic_countries(body: str, countries: list, lang: str | None = None) -> list:
    """Country mentions for the phrases that name the article's own country ("arrived in the
    country", "llegaron al país": role ``deixis``) or its nationals ("48,405 connacionales":
    role ``demonym``)."""
    from ..record import Mention

    home = home_country(body, countries)
    if home is None:
        return []
    out = []
    for group, role in (("deixis", "deixis"), ("compatriots", "demonym")):
        for rx in _phrases(group, lang):
            for m in rx.finditer(body):
                g = next(k for k, v in m.groupdict().items() if v is not None)
                out.append(Mention("country", m.start(g), m.end(g), m.group(g), home, role))
    return out


def frame_words(group: str) -> str:
    """The rows of ``group`` in ``data/frame_words.tsv`` as one alternation, each row in a group
    of its own; a group with no rows is an error (a misspelt name must not match everything)."""
    rows = [f"(?:{r[1]})" for r in _rows("frame_words.tsv") if r[0] == group]
    if not rows:
        raise KeyError(f"frame_words.tsv has no group {group!r}")
    return "|".join(rows)
