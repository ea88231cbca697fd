"""One sentence -> event frames: kind, status, from, to, nationalities, people, date.

Why: a news sentence states a happening through a cue word (deported, landed, agreed, held)
and ties countries, counts and dates to it through prepositions and word order ("flew 177
Venezuelan men out of Guantanamo ... in Honduras"). One sentence often states several
happenings ("flew 177 men out of Guantanamo, handed them over in Honduras to an airline that
took them home"; "16 men landed; four were taken back to Italy, and the other 12 returned
days later"), so the sentence is cut into *regions*, one per group of cue words: the cues of
one kind that follow each other without a clause boundary form a group, and the text between
two groups is cut at the last clause boundary (comma + conjunction, semicolon, dash,
relative pronoun) before the second. Each group reads its countries, counts and dates from
its own region; a region that names no sender, count or date shares those of the clause it
is coordinated with. Nothing here knows any particular story. Frames are merged into events
afterwards (``merge.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..record import Mention
from .lexicon import Lexicon, custody_sites_in, in_name, lexicon
from .lexicon import frame_words as _words
from .status import is_statistic, status_of


def _whole_words(group: str) -> re.Pattern:
    """The words of ``group`` as whole words, in any case."""
    return re.compile(r"(?<!\w)(?:" + _words(group) + r")(?!\w)", re.IGNORECASE)


# the word lists are the groups of data/frame_words.tsv (what each is for is said there)
_LIST_GAP = re.compile(r"^(?:\s*(?:[—–-]\s*)?\(?\d[\d\s,.]*\)?(?=\s*(?:,|(?:" + _words("list_and") + r")\b)))?(?:\s*(?:,|" + _words("list_and") + "|" + _words("list_also") + r")\s*)+(?:the\s+|la\s+|el\s+)?$", re.IGNORECASE)
_SINCE = re.compile(r"(?:" + _words("since") + r")\s+(?:the\s+|el\s+|la\s+)?$", re.IGNORECASE)
_DEADLINE = re.compile(r"(?:" + _words("deadline") + r")\s+(?:the\s+|el\s+|la\s+)?$", re.IGNORECASE)
_PARTITIVE = re.compile(r"^\s*(?:" + _words("partitive") + r")\b", re.IGNORECASE)
_NOT_PEOPLE = re.compile(r"^\s*(?:" + _words("not_people") + ")", re.IGNORECASE)
_ORIGIN = re.compile(
    r"(?:" + _words("origin_be") + r")\s+(?:from|de|из)\s+(?:the\s+|la\s+)?(?:countries\s+such\s+as\s+|países\s+como\s+|(?:\w+\s+){0,2}?(?:стран|countries|países)\w*[^.:;]{0,20}?(?::|" + _words("origin_list") + r")\s*)?$|"
    r"(?:" + _words("nationalities") + r")[^.:;]{0,40}(?::|" + _words("nationalities_list") + r")\s*$|"
    r"(?:" + _words("citizens_of") + r")\s+(?:of|de|en|из)?\s*(?:the\s+|la\s+)?$",
    re.IGNORECASE,
)
_COUNT_FROM = re.compile(r"(?:\d|\b(?:" + _words("small_number") + r"))(?:\s+\w+)?\s*,?\s+(?:(?:all\s+|todos\s+)?(?:from|de|из)|(?:" + _words("nationals") + r")\s+(?:of|de)?)\s*$", re.IGNORECASE)
_COUNT_ONE = re.compile(r"(?:" + _words("count_one") + r")\b", re.IGNORECASE)
# a clause boundary between two cue groups (the later group's region starts after it)
_BOUNDARY = re.compile(
    r";|:\s|\s[–—-]\s|,\s*(?=(?:" + _words("boundary_next") + r")\b)|"
    r"\s(?:" + _words("boundary_and") + r")\s+(?=(?-i:[a-zа-яёáéíóúñ]))(?!(?:" + _words("boundary_and_not") + r")\b)|"
    r"\s(?:" + _words("boundary_where") + r")\s",
    re.IGNORECASE,
)
# a place noun next to a demonym adjective makes it a location ("the Albanian port", "puerto albanés")
_PLACE_AFTER = re.compile(r"^\s+(?:" + _words("place_after") + r")\b", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"(?:" + _words("place_before") + r")\s+$", re.IGNORECASE)
_LEFT_FROM = re.compile(r"(?:" + _words("left_from") + r")\s+$", re.IGNORECASE)
_PLURAL_NOUN = re.compile(r"[^\W\d]*(?:" + _words("plural_ending") + ")$")
# a country in apposition to a place of origin ("from the port of Brindisi, in southern Italy")
_APPOS_FROM = re.compile(
    r"(?:" + _words("leave_from") + r")\s+(?P<mid>(?:[^\s,;.]+\s+){0,5}?)"
    r"(?:(?:" + _words("appos_site") + r")\s+(?:at|in|on|en|de|в|на)\s+|"
    r"[^\s,;.]+,\s*(?:in|en|в)\s+(?:[^\s,;.]+\s+){0,3})$",
    re.IGNORECASE,
)
_TO_WORD = re.compile(r"\b(?:" + _words("to_word") + r")\b", re.IGNORECASE)
_INSTITUTION_BEFORE = re.compile(r"(?:" + _words("institution") + r")\s+(?:of\s+|in\s+|de\s+|en\s+)?(?:the\s+)?$", re.IGNORECASE)
_OFFICIALS_FROM = re.compile(r"(?:" + _words("officials_from") + r")\s+(?:from|de|из)\s+(?:the\s+)?$|(?:" + _words("officials_in") + r")\s+(?:in|en|в)\s+$", re.IGNORECASE)
_GENERIC_DEAL = re.compile(r"(?:" + _words("generic_deal") + ")$", re.IGNORECASE)
_INSTITUTION_AFTER = re.compile(r"^\s*(?:" + _words("institution_after") + r")\b", re.IGNORECASE)
_THIRD = re.compile(r"(?:" + _words("third_country") + r")[^.;:]{0,30}(?:from|de|из)\s+(?:the\s+)?$", re.IGNORECASE)
_TAIL_CUT = re.compile(
    r",\s*(?:(?:an?|the|un|una|el|la)\s+\w+\s+)?(?:" + _words("tail_relative") + r")\b|"
    r",\s*(?:[^\s,;.]+\s+){0,4}?(?:donde|where|где)\s+(?:" + _words("tail_stay") + r")|"
    r",\s*(?:[^\s,;.]+\s+){0,5}?(?:" + _words("whose") + r")\b",
    re.IGNORECASE,
)
_DATE_BARRIER = re.compile(r";|,\s*(?:" + _words("date_relative") + r")\b|(?<!\w)(?:" + _words("compare_clause") + r")(?!\w)", re.IGNORECASE)
_WHEN = re.compile(r"(?:" + _words("when") + r")\b", re.IGNORECASE)
_DEPORTED_FROM = re.compile(r"(?:" + _words("deported") + r")\s+(?:[^\s,;.]+\s+){0,2}(?:from|de|desde|из)\s+(?:the\s+)?$", re.IGNORECASE)
_SUBJECT_NUM = re.compile(r"^\s*(?:\w+\s+){0,3}$")
_PASSIVE_AFTER_NUM = re.compile(r"^\s*(?:" + _words("were") + r")\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:" + _words("them") + r")\b")
# a deal about a country's own nationals: "take back its citizens", "recibir a sus ciudadanos", "забирать своих граждан"
_OWN_PEOPLE = _whole_words("own_people")
_TAKE_BACK = re.compile(_words("take_back"), re.IGNORECASE)
_ANNOUNCED = re.compile(r"(?:" + _words("announced") + r")\s+(?:\w+\s+){0,1}$", re.IGNORECASE)
_NEG_WORD = _whole_words("neg_word")
_ORIGIN_VERB = _whole_words("origin_verb")
# "en el Comando Aéreo de Transporte Militar (Catam), en Bogotá": the "de" is inside the name of a
# place the text puts people at, not an origin
_AT_NAME = re.compile(r"(?<!\w)(?:" + _words("at_name") + r")\s+(?:el\s+|la\s+|the\s+)?(?:[^\s,;.]+\s+){0,3}$", re.IGNORECASE)
# a determiner before a lower-case plural demonym makes it a noun ("a otros colombianos", "los haitianos")
_DET_BEFORE = re.compile(r"(?<!\w)(?:" + _words("det_before") + r")\s+$", re.IGNORECASE)
_COUNT_TO = re.compile(r"\d\s+(?:\w+\s+)?(?:" + _words("count_to") + r")\s+(?:the\s+|la\s+|el\s+)?$", re.IGNORECASE)


# "the U.S. base in", "a US military base in", "la base militar estadounidense en", "американской военной базе в"
_BASE_OF = re.compile(r"(?:" + _words("base_of") + r")\s+(?:in|at|en|de|в|на)\s+$", re.IGNORECASE)
# "in the capital, Juba": the preposition of the apposition's head
_APPOS_PLACE = re.compile(r"(?<!\w)(in|at|to|into|en|a|al|hacia|в|во)\s+(?:the\s+|la\s+|el\s+|its\s+|su\s+)?(?:country's\s+)?(?:" + _words("appos_place") + r")\s*,\s*$", re.IGNORECASE)
_ONE_BEFORE = re.compile(r"(?<!\w)(?:" + _words("one_a") + r")\s+$", re.IGNORECASE)
_LIST_AFTER = re.compile(r"\s*(?:,|;|\.|\)|—|–|\s-\s|(?:" + _words("list_after") + r")\b|$)", re.IGNORECASE)
_NOT_COUNT_BEFORE = re.compile(r"(?:" + _words("not_count_before") + r")\s+(?:(?:" + _words("approx") + r")\s+)?$", re.IGNORECASE)
_NOT_COUNT_AFTER = re.compile(r"\s*(?:(?:" + _words("million") + r")\s+)?(?:" + _words("inhabitants") + r")\b", re.IGNORECASE)


@dataclass
class Frame:
    """What one group of cues in one sentence says about one happening."""

    kind: str
    role: str
    status: str
    sent: tuple[int, int]
    cue: tuple[int, int]
    from_: str | None = None
    to: str | None = None
    to_explicit: bool = False
    nationalities: dict[str, int | None] = field(default_factory=dict)
    people: dict[str, Any] | None = None
    date: str | None = None
    place: str | None = None
    weak: bool = False
    roles: frozenset = frozenset()
    inherited: bool = False  # the place came from the story (a detention after a transfer)
    flights: bool = False  # the region counts planes or flights ("two more flights")
    part: bool = False  # the count is a part of a group already told ("half a dozen of those deported")
    support: bool = False  # a generic deal noun with a date: only dates the deal it refers back to
    other: str | None = None  # an arrangement's subject party where the cue names a partner "with" it
    anaphoric: bool = False  # "the scheme", "el acuerdo": the deal already told, whatever the clause names
    terms: bool = False  # "Under it, Kosovo will accept up to 50": the terms of the deal just told (its status)
    scheme: bool = False  # "the plan to send asylum seekers to Rwanda": a deal read as a removal (its parties say who sends)
    multi: bool = False  # one flight to several destinations ("left for Vietnam and East Timor"): no one destination
    pre: bool = False  # a holding before the removal ("held pending deportation"): in the sending country
    same_period: bool = False  # dated "the same period last year": the figure just told, a year back
    total: bool = False  # a figure over a period ("in the first eight months"): an event with no destination


@dataclass
class _C:
    """A country mention with the role the sentence gives it."""

    iso: str
    start: int
    end: int
    role: str  # from | to | with | by | nat | adj | bare
    site: str | None = None
    city: bool = False  # a place in the country (places_*.tsv), weaker than the country's own name


def _prep_role(lex: Lexicon, left: str) -> str | None:
    for r in ("from", "by", "with", "to"):
        rx = lex.preps.get(r)
        if rx is not None and rx.search(left):
            return r
    return None


def _object_of_cue(body: str, lex: Lexicon, pos: int) -> bool:
    """The count at ``pos`` is the object of a cue word right before it ("deported 40 people",
    "brought back 71,779 people")."""
    window = body[max(0, pos - 40) : pos]
    return any(m.end() >= len(window) - 2 for m in lex.any_cue.finditer(window))


def _classify(body: str, s: int, countries: list[Mention], numbers: list[Mention], lex: Lexicon, sites) -> list[_C]:
    out: list[_C] = []
    prev: _C | None = None
    num_ends = [n.end for n in numbers]
    for m in countries:
        iso = m.value
        left = body[max(s, m.start - 40) : m.start]
        site = None
        for _rx, host, custodian in sites:
            if iso == host:
                iso, site = custodian, host
        role = "bare"
        appos = _APPOS_PLACE.search(left)
        if appos is not None:
            left = left[: appos.start()] + appos.group(1)  # "in the capital, Juba": the preposition before the apposition
        w0 = max(s, m.start - 70)
        base = _BASE_OF.search(body, w0, m.start)
        if base is not None:
            owner = next((c for c in countries if c is not m and base.start() <= c.start < base.end()), None)
            if owner is not None and owner.value != iso:
                iso, site = owner.value, iso  # "a U.S. military base in Djibouti": in the custody of the state that runs it
        if m.role == "seat" and _prep_role(lex, left) == "to":
            role = "org"  # "returned to the White House": a seat of government, no one is sent there
        elif _INSTITUTION_BEFORE.search(left) or _INSTITUTION_AFTER.match(body[m.end : m.end + 25]) or _OFFICIALS_FROM.search(left):
            role = "org"  # "a court in Rome", "the Rome tribunal": a seat, not where people go
        elif prev is not None and _LIST_GAP.match(body[prev.end : m.start]):
            role = prev.role
        else:
            role = _prep_role(lex, left) or "bare"
            if role == "to":
                w = body[max(s, m.start - 70) : m.start]
                ap = _APPOS_FROM.search(w)
                if ap and not _TO_WORD.search(ap.group("mid")) and not _AT_NAME.search(w, 0, ap.start()):
                    role = "from"  # "out of its naval base at Guantanamo", "del puerto de Brindisi, en el sur de Italia"
        if m.role == "demonym":
            after = body[m.end : m.end + 30]
            before = body[max(s, m.start - 25) : m.start]
            if _AMONG_THEM.search(before) and not _PLURAL_NOUN.match(m.text):
                role = "org"  # "entre ellos la sueca Greta Thunberg": one of them, not the group's nationality
            elif _SIDE_AFTER.match(after) and _prep_role(lex, before) == "with":
                role = "with"  # "подписала с узбекской стороной соглашение", "with the Uzbek side": the other party
            elif _PLACE_AFTER.match(after) or _PLACE_BEFORE.search(before):
                # "the Albanian port of", "el puerto albanés de": a place; its preposition decides
                head = before if _PLACE_AFTER.match(after) else before[: _PLACE_BEFORE.search(before).start()]
                bare_head = re.sub(r"(?<!\w)(?:the|an?|el|la|los|las)\s+$", "", head, flags=re.IGNORECASE)
                role = _prep_role(lex, bare_head) or _prep_role(lex, head) or ("from" if _LEFT_FROM.search(bare_head) else "adj")
            elif prev is not None and prev.role == "nat" and _LIST_GAP.match(body[prev.end : m.start]):
                role = "nat"  # "939 hondureños y salvadoreños": listed with a group's nationality
            else:
                plural_noun = bool(_PLURAL_NOUN.match(m.text)) and (m.text[:1].isupper() and m.text.lower() != m.text or bool(_DET_BEFORE.search(before)))
                people_after = lex.people is not None and re.match(r"^\s*(?:\w+\s+){0,2}?" + lex.people.pattern, after, re.IGNORECASE)
                people_before = lex.people is not None and re.search(lex.people.pattern + r"\s*(?:\w+\s+)?$", before, re.IGNORECASE)
                number_before = bool(re.search(r"\d\s*$", before)) or any(0 <= m.start - e <= 2 for e in num_ends)
                # "a Vietnamese, a Jamaican and a Cuban", "un vietnamita, un laosiano": one person each
                number_before = number_before or bool(_ONE_BEFORE.search(before) and _LIST_AFTER.match(after))
                # "62-year-old Jamaican Orville Isaac Etoria", "el salvadoreño Kilmar Abrego": a national named
                number_before = number_before or bool(_NAME_AFTER.match(after))
                if people_after or people_before or number_before or plural_noun or lex.people is not None and lex.people.fullmatch(m.text):
                    role = "nat"
                elif role != "with":
                    role = "adj"
        elif role == "from" and (cf := _COUNT_FROM.search(body[max(s, m.start - 20) : m.start])) and (any(0 <= m.start - e <= 14 for e in num_ends) or _COUNT_ONE.match(cf.group())) \
                and not (lex.any_cue is not None and any(0 <= m.start - n.end <= 14 and _object_of_cue(body, lex, n.start) for n in numbers)):
            role = "nat"  # "seven from Bangladesh": a count of nationals ("brought back 71,779 people from Saudi Arabia": where from)
        city = m.role == "city"
        if city and role == "from" and _DEPART_FROM.search(body, max(s, m.start - 45), m.start):
            pass  # "вылетел из Атланты в Сеул", "departed from El Paso": the flight leaves the sending country
        elif city and role != "to":
            role = "org"  # a city names where people are taken ("landed in Amritsar"); a city they come from is often their own home
        c = _C(iso, m.start, m.end, role, site, city)
        out.append(c)
        prev = c
    # "people from China, Pakistan and Afghanistan", "citizens of ...": origins, not senders
    for i, c in enumerate(out):
        if c.role in ("from", "to", "bare") and (i == 0 or out[i - 1].role != c.role or not _LIST_GAP.match(body[out[i - 1].end : c.start])):
            before = body[max(s, c.start - 60) : c.start]
            if _THIRD.search(before) or _DEPORTED_FROM.search(before):
                continue  # "third-country nationals from the US": the sender
            if c.role == "from" and lex.any_cue is not None and any(0 <= c.start - n.end <= 25 and _object_of_cue(body, lex, n.start) for n in numbers):
                continue  # "brought back 71,779 people from Saudi Arabia": where they were taken from
            if _ORIGIN.search(before) or lex.people is not None and re.search(lex.people.pattern + r"[^\W\d]*(?:\s+(?:of\s+)?(?:more\s+than\s+)?(?:a\s+dozen\s+|various\s+|\w+\s+)?(?:countries|países|стран)\s*:?)?\s+(?:from|of|de|из|como)\s+(?:the\s+|la\s+)?(?:[A-ZА-Я]\w+\s+){0,2}(?:(?:[A-ZА-Я]\w+)\s+(?:and|y|и)\s+)?$", before):
                j = i
                role = c.role
                while j < len(out) and out[j].role == role and (j == i or _LIST_GAP.match(body[out[j - 1].end : out[j].start])):
                    out[j].role = "nat"
                    j += 1
    return out


def _is_people_number(body: str, m: Mention, lex: Lexicon, demonyms: list[Mention], cue: tuple[int, int] | None) -> bool:
    v = m.value if isinstance(m.value, dict) else {}
    if not isinstance(v.get("value"), int) or v.get("value", 0) <= 0:
        return False
    after = body[m.end : m.end + 40]
    if _NOT_PEOPLE.match(after):
        return False
    kind = v.get("noun_kind")
    if kind in ("time", "flights"):
        return False
    noun = v.get("noun") or ""
    if kind == "people" or (noun and lex.people is not None and lex.people.match(noun)):
        return True
    if lex.people is not None and re.match(r"^\s*(?:[^\W\d]+\s+){0,2}?" + lex.people.pattern, after, re.IGNORECASE):
        return True
    if any(0 <= d.start - m.end <= 12 for d in demonyms):
        return True
    if _PARTITIVE.match(after):
        return True  # "Four of the 16", "43 de ellos"
    if cue is not None and cue[0] < m.start and m.end <= cue[1]:
        return True  # the cue holds its object's count: "Rwanda took its first seven", "received 300"
    if cue is not None and 0 <= m.start - cue[1] <= 12 and _COPULA_CUE.search(body, cue[0], cue[1]):
        return True  # "выдворенных было около 55 тысяч": the cue is the people noun
    if cue is not None and m.end <= cue[0]:
        between = body[m.end : cue[0]]
        if not between.strip():
            return True  # the cue word is the number's own noun: "the other 12 returned"
        if _PASSIVE_AFTER_NUM.match(between):
            return True  # "12 were taken back"
        return bool(_SUBJECT_NUM.match(between)) and (kind != "other" or len(between.split()) <= 3)
    return False


_TOTAL_OF = re.compile(r"(?<!\w)(?:" + _words("total_of") + r")\s+(?:(?:los|las|the|a\s+los)\s+)?$", re.IGNORECASE)


def _people(body: str, numbers: list[Mention], lex: Lexicon, demonyms: list[Mention], cue: tuple[int, int] | None) -> dict[str, Any] | None:
    """The count of people nearest the cue (a number next to a people noun or a demonym)."""
    found = []
    for m in numbers:
        if _NOT_COUNT_BEFORE.search(body, max(0, m.start - 40), m.start) or _NOT_COUNT_AFTER.match(body, m.end):
            continue  # "a country of about 14 million people", "a list of 10 people": no one moved
        if _TOTAL_OF.search(body, max(0, m.start - 40), m.start):
            continue  # "Costa Rica finished receiving the 200": the total of the flights, not this one's count
        if _PARTITIVE.match(body[m.end : m.end + 20]) is None and any(
            0 < m.start - o.end <= 12 and _PARTITIVE.match(body[o.end : m.start]) for o in numbers if o is not m
        ):
            continue  # the whole of a partitive ("Four of the 16"): the part is the count
        if _ONE_OF.search(body, max(0, m.start - 24), m.start):
            v = {"value": 1, "qualifier": "exact"}  # "one of the seven": the one is the count
            gap = 0 if cue is None else (m.start - cue[1] if m.start >= cue[1] else cue[0] - m.end)
            found.append((max(gap, 0), m.start, v))
            continue
        if not _is_people_number(body, m, lex, demonyms, cue):
            continue
        v = m.value
        gap = 0 if cue is None else (m.start - cue[1] if m.start >= cue[1] else cue[0] - m.end)
        found.append((max(gap, 0), m.start, {"value": v["value"], "qualifier": v.get("qualifier") or "exact"}))
    return min(found, key=lambda x: (x[0], x[1]))[2] if found else None


def _date(body: str, s: int, dates: list[Mention], lex: Lexicon, cue: tuple[int, int], speech: list[tuple[int, int]], occurred: bool = True, deal: bool = False, parties: tuple[int, ...] = ()) -> str | None:
    """The date of the happening whose cue is ``cue``; ``parties``: where the countries named as
    subjects end (a deal that a party itself "said" it made is dated by that statement)."""
    said: list[tuple[int, int]] = []
    if deal and parties:
        said = [sp for sp in speech if any(0 <= sp[0] - p <= 12 for p in parties)]
        if said:  # "Uganda said last week that it had agreed": a deal and its announcement are one event
            speech = [sp for sp in speech if sp not in said]
    best, dist = None, 10**9
    for m in dates:
        v = m.value if isinstance(m.value, dict) else {}
        d = v.get("date")
        if not d or v.get("range") == "end":
            continue  # "from June to August": the span is dated by its start
        left = body[max(s, m.start - 30) : m.start]
        if lex.speech is not None and lex.speech.search(left) and not (deal and _ANNOUNCED.search(left)) and not (deal and parties and any(0 <= m.start - sp[1] <= 4 for sp in said)):
            continue  # a statement's date; but a deal and its announcement are one event (FORMAT.md)
        if _DEADLINE.search(left):
            if not occurred:
                continue  # "will be deported if not moved by April 30": a cut-off, not the date of a removal
            d = d[:7]  # "by 8 April, 2,171 had been sent back": the figure's month
        lo, hi = (m.end, cue[0]) if m.end <= cue[0] else (cue[1], m.start)
        if any(lo <= a and b <= hi and not (deal and _ANNOUNCED.match(body[a:b] + " ")) for a, b in speech):
            continue  # "In a statement on Thursday, an official said ...": the statement's date
        if _DATE_BARRIER.search(body, lo, hi) and not (m.end <= cue[0] and len(body[s : m.start].split()) <= 3):
            continue  # another clause's date ("a decree of 28 March, which amended the protocol")
        if _SINCE.search(left):
            d = d[:7]
        gap = abs(m.start - cue[0])
        if gap < dist:
            best, dist = d, gap
    return best


_DEFINITE_DEAL = re.compile(r"(?<!\w)(?:" + _words("definite") + r")\s+(?:" + _words("deal_noun") + ")$", re.IGNORECASE)
_REPUBLIC = _whole_words("republic")
_COPULA_CUE = re.compile(r"\s(?:" + _words("copula") + ")$", re.IGNORECASE)
_DEST_PREP = re.compile(r"(?<!\w)(?:" + _words("dest_prep") + r")\s+(?:the\s+)?$", re.IGNORECASE)
_ONWARD_VERB = re.compile(_words("onward_verb"), re.IGNORECASE)
_ONE_OF = re.compile(r"(?<!\w)(?:" + _words("one_of") + r")\s+(?:of|de|из)\s+(?:the|los|las|these|those|estos|esos)?\s*$", re.IGNORECASE)
_MIGRATION_DEAL_AFTER = re.compile(r"\s+(?:(?:[^\s,;.]+\s+){0,5}?(?:" + _words("deal_about") + r")\s+|(?:[^\s,;.]+\s+){0,3}?)(?:" + _words("migration") + ")", re.IGNORECASE)
_MIGRATION_DEAL = re.compile(r"(?:" + _words("migration_deal") + r")\s+(?:\w+\s+)?$", re.IGNORECASE)
_REQUEST_FROM = re.compile(r"(?:" + _words("request") + r")\s+(?:from|de|del|от|из)\s+(?:the\s+|la\s+|los\s+)?(?:[^\s,;.]+\s+){0,1}$", re.IGNORECASE)
_WHOSE = re.compile(r"(?<!\w)(?:" + _words("whose") + r")\s+(?:own\s+|propios\s+)?$", re.IGNORECASE)
_HOME_NOUN = re.compile(r"(?:" + _words("home_noun") + ")", re.IGNORECASE)
_COORD_GAP = re.compile(r"^\s*(?:,\s*)?(?:" + _words("coord_and") + r")?\s", re.IGNORECASE)


def _period(body: str, dates: list[Mention], d: str) -> bool:
    """The date ``d`` names a period a figure covers: a year, "since March 2024", "the first
    eight months of 2025", "the same period last year"."""
    if len(d) in (4, 7):  # a year or a month ("en diciembre fueron expulsados 2.403")
        return True
    for m in dates:
        v = m.value if isinstance(m.value, dict) else {}
        if v.get("date") == d and (v.get("same_period") or v.get("range") == "start" or _FIRST_WORD.match(m.text) or _SINCE.search(body, max(0, m.start - 12), m.start)):
            return True
    return False


_FIRST_WORD = re.compile(_words("first"), re.IGNORECASE)


def _coordinated(body: str, cs: list[_C], ns: list[Mention], cue: tuple[int, int], end: int) -> list[tuple[str, dict, dict]] | None:
    """Destinations coordinated after one verb, each with a count of its own ("sent eight men to
    South Sudan and five to Eswatini", "envió 30 a Honduras y 12 a Guatemala"): (iso, people,
    nationalities) per destination, or None."""
    dests = [c for c in cs if c.role == "to" and c.start >= cue[1] and c.end <= end]
    if len(dests) < 2 or len({c.iso for c in dests}) != len(dests):
        return None
    out = []
    lo = cue[0]
    for i, c in enumerate(dests):
        seg = body[lo : c.start]
        if i > 0 and not _COORD_GAP.match(seg):
            return None
        cnt = [n for n in ns if lo <= n.start and n.end <= c.start and isinstance(n.value, dict) and isinstance(n.value.get("value"), int) and n.value.get("noun_kind") not in ("time", "flights") and not _NOT_PEOPLE.match(body, n.end)]
        if len(cnt) != 1:
            return None
        n = cnt[0]
        nat = {x.iso: None for x in cs if x.role == "nat" and lo <= x.start < c.start}
        out.append((c.iso, {"value": n.value["value"], "qualifier": n.value.get("qualifier") or "exact"}, nat))
        lo = c.end
    return out


def _list_of(body: str, cs: list[_C], c: _C) -> list[_C]:
    """``c`` and the countries listed with it ("Guatemala and El Salvador")."""
    i = cs.index(c)
    lo = hi = i
    while lo > 0 and cs[lo - 1].role == c.role and _LIST_GAP.match(body[cs[lo - 1].end : cs[lo].start]):
        lo -= 1
    while hi + 1 < len(cs) and cs[hi + 1].role == c.role and _LIST_GAP.match(body[cs[hi].end : cs[hi + 1].start]):
        hi += 1
    return [c] + [x for x in cs[lo : hi + 1] if x is not c]


def _nearest(cs: list[_C], pos: int, roles: tuple[str, ...], before: bool | None = None) -> _C | None:
    cands = [c for c in cs if c.role in roles and (before is None or (c.end <= pos) == before)]
    if not cands:
        return None
    return min(cands, key=lambda c: abs(c.start - pos))


def _cue_starts(text: str, lex: Lexicon):
    """The starts of ``lex.any_cue.finditer(text)``: where the cheap ``cue_start`` scan allows,
    ``any_cue`` is tried, past the end of the last match (the same leftmost, non-overlapping matches)."""
    if lex.cue_start is None:
        for hit in lex.any_cue.finditer(text):
            yield hit.start()
        return
    by_char = lex.cue_by_char
    pos = 0
    for c in lex.cue_start.finditer(text):
        p = c.start()
        if p < pos:
            continue
        ch = text[p]
        rx = by_char.get(ch) or lex.any_cue_at(ch)
        m = rx.match(text, p)
        if m is not None:
            pos = m.end()
            yield p


def cue_hits(text: str, lang: str | None, s: int = 0) -> list[tuple[int, int, str, str]]:
    """Cue hits (start, end, kind, role) of ``text`` (offsets shifted by ``s``), overlapping ones
    reduced to the longest. Run once over a whole body, it is much cheaper than per sentence."""
    lex = lexicon(lang)
    raw = []
    if lex.any_cue is None:
        return raw
    for p in _cue_starts(text, lex):  # one scan finds where cues start; each cue is then tried there
        for cue in lex.cues:
            m = cue.pattern.match(text, p)
            if m is not None and m.end() > p:
                raw.append((s + p, s + m.end(), cue.kind, cue.role))
    raw.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[tuple[int, int, str, str]] = []
    for h in raw:
        if out and h[0] < out[-1][1]:
            continue
        out.append(h)
    # a cue word inside a proper name ("the Illegal Foreigners Repatriation Plan", "Ministry of
    # Refugees and Repatriation") states no happening
    # but a named deal is a deal ("the Asylum Cooperation Agreement", "un Acuerdo de Cooperación")
    return [h for h in out if not in_name(text, h[0] - s, h[1] - s) or h[2] == "arrangement" and _GENERIC_DEAL.match(text, h[0] - s, h[1] - s)]


def _groups(body: str, hits: list[tuple[int, int, str, str]]) -> list[list[tuple[int, int, str, str]]]:
    """Consecutive cues of one kind with no clause boundary between them form one group."""
    groups: list[list[tuple[int, int, str, str]]] = []
    for h in hits:
        if groups:
            last = groups[-1][-1]
            gap = body[last[1] : h[0]]
            if last[2] == h[2] and not _BOUNDARY.search(gap):
                groups[-1].append(h)
                continue
        groups.append([h])
    return groups


_PLAN_TO = re.compile(r"(?<!\w)(?:" + _words("plan_to") + r")\s+(?:(?:to|para|de|по|о)\s+)(?:[^\s,;.]+\s+){0,1}?$", re.IGNORECASE)
_RELATIVE_HELD = re.compile(r"(?<!\w)(?:" + _words("held_who") + r")\s+(?:" + _words("held_were") + r")?\s*$", re.IGNORECASE)
_PLURAL_DEAL = re.compile(r"(?:" + _words("plural_deal") + ")", re.IGNORECASE)
_DEAL_TO_TAKE = _whole_words("deal_to_take")
_AMONG_THEM = re.compile(r"(?<!\w)(?:" + _words("among_them") + r")\s+(?:(?:the|la|el|a|an)\s+)?$", re.IGNORECASE)
_DEPART_FROM = re.compile(r"(?<!\w)(?:" + _words("depart") + r")\s+(?:[^\s,;.]+\s+){0,3}?(?:from|из|de|desde)\s+(?:the\s+|el\s+|la\s+)?$", re.IGNORECASE)
_SIDE_AFTER = re.compile(r"\s*(?:" + _words("side") + r")(?!\w)", re.IGNORECASE)
_PREP_BEFORE = re.compile(r"(?<!\w)(?:" + _words("any_prep") + r")\s+$", re.IGNORECASE)
_AIRCRAFT = _whole_words("aircraft")
_CONJ_IN = re.compile(r"\s(?:" + _words("list_and") + r")\s", re.IGNORECASE)
_PRE_REMOVAL = re.compile(_words("pre_removal"), re.IGNORECASE)
_THERE = re.compile(r"\s+(?:there|thither|allí|allá|ahí|туда)\b", re.IGNORECASE)
_SIGNED_BEFORE = re.compile(r"(?:" + _words("signed") + r")\s+(?:[^\s,;.]+\s+){0,4}?$", re.IGNORECASE)
# after a comma, a named subject and at most two words before the cue: a main clause of its own
_SUBJECT_CLAUSE = re.compile(r"\s*(?:the\s+|el\s+|la\s+)?[A-ZÁÉÍÓÚА-ЯЁ][\w.'’-]*(?:\s+(?:of\s+|de\s+)?[A-ZÁÉÍÓÚА-ЯЁ][\w.'’-]*)*\s+(?:[^\W\d]+\s+){0,2}")


def _regions(body: str, s: int, e: int, groups) -> list[tuple[int, int]]:
    """The text span each group reads its arguments from."""
    cuts = [s]
    for prev, nxt in zip(groups, groups[1:], strict=False):
        a, b = prev[-1][1], nxt[0][0]
        bm = None
        for m in _BOUNDARY.finditer(body, a, b):
            bm = m
        comma = body.rfind(",", a, b)
        # "Under a deal signed with Denmark in 2022, Kosovo will house ...": without a clause
        # boundary, the later group's clause starts at the last comma (its subject is inside)
        cuts.append(bm.end() if bm is not None else comma + 1 if comma >= 0 and _SUBJECT_CLAUSE.fullmatch(body, comma + 1, b) else b)
    # the last group's clause ends at the next boundary ("..., un albergue que atendía a migrantes
    # que viajaban desde Panamá hacia Norteamérica" says nothing about the event)
    tail = _TAIL_CUT.search(body, groups[-1][-1][1], e)
    cuts.append(tail.start() if tail is not None else e)
    return [(cuts[i], cuts[i + 1]) for i in range(len(groups))]


def _origin_frame(body: str, s: int, e: int, raw, mentions: list[Mention], lex: Lexicon, among: bool = False) -> list[Frame]:
    """A sentence that only says where the people come from ("The deportees come from Uzbekistan,
    China and Armenia"): an ``origin`` frame, whose nationalities go to the event just told."""
    country_ms = [m for m in mentions if m.kind == "country" and isinstance(m.value, str)]
    if len(country_ms) < (1 if among else 2):
        return []
    numbers = [m for m in mentions if m.kind == "number"]
    classified = _classify(body, s, country_ms, numbers, lex, [])
    first = next((c.start for c in classified if c.role in ("nat", "to")), e)
    if _NEG_WORD.search(body, s, first):
        return []  # "had not accepted a single claim from people from A, B or C" says nothing of the group
    # "41 tickets: 17 for India, 9 for Turkey and 8 for China": a split by home country, for the
    # onward return just told
    homes = {c.iso: None for c in classified if c.role == "to" and _COUNT_TO.search(body, max(s, c.start - 24), c.start)}
    if len(homes) >= 2 and not raw:
        return [Frame("homes", "homes", "occurred", (s, e), (s, s), nationalities=homes)]
    if not (raw or lex.people is not None and lex.people.search(body, s, e) or _ORIGIN_VERB.search(body, s, e)):
        return []
    nats: dict[str, int | None] = {}
    for c in classified:
        if c.role == "nat" or among and c.role == "bare":
            nats[c.iso] = _count_of(body, c, numbers)
    if len(nats) < 2 and not (among and nats and all(v is not None for v in nats.values())):
        return []
    split = among or all(v is not None for v in nats.values())  # "Sri Lankans (17), Filipinos (14)": the split goes on
    return [Frame("origin", "origin", "occurred", (s, e), (s, s), nationalities=nats, part=split)]


# the terms of the deal just told: "Under it", "Under the agreement", "Según el acuerdo", "По соглашению"
_UNDER_DEAL = re.compile(r"\W*(?:" + _words("under_deal") + ")", re.IGNORECASE)
# a country right before a verb of taking people in is the receiver ("Kosovo will house ...")
_RECEIVER_AFTER = re.compile(r"\W*(?:[^\s,;.]+\s+){0,2}?(?:(?:" + _words("receiver_modal") + r")\s+)?(?:" + _words("receive") + r")\b", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s+(?:(?:" + _words("name_title") + r")\s+)?[A-ZÁÉÍÓÚА-ЯЁ][a-záéíóúñа-яё]+\s+[A-ZÁÉÍÓÚА-ЯЁ][a-záéíóúñа-яё]+")
_AMONG = re.compile(r"(?<!\w)(?:" + _words("among") + r")\s*$", re.IGNORECASE)
_COUNT_GAP = re.compile(r"\s*(?:[—–:(-]|,)?\s*")


def _count_of(body: str, c: _C, numbers: list[Mention]) -> int | None:
    """The count printed right beside a nationality ("34 Turks", "Турции — 34 человека")."""
    for n in numbers:
        v = n.value if isinstance(n.value, dict) else {}
        if not isinstance(v.get("value"), int) or v.get("noun_kind") in ("time", "flights"):
            continue
        if 0 <= c.start - n.end <= 3 and not body[n.end : c.start].strip() or n.start >= c.end and _COUNT_GAP.fullmatch(body, c.end, n.start):
            return v["value"]
    return None


def sentence_frames(body: str, span: tuple[int, int], mentions: list[Mention], lang: str | None, hits: list | None = None) -> list[Frame]:
    """The event frames of the sentence ``body[span[0]:span[1]]``; ``mentions`` lie inside it;
    ``hits``: the sentence's cue hits where the caller found them over the whole body."""
    s, e = span
    text = body[s:e]
    lex = lexicon(lang)
    raw = cue_hits(text, lang, s) if hits is None else hits
    # "whose home countries refused to take them back": the people's countries, no return
    hits = [h for h in raw if h[3] != "person" and not (h[3] == "home" and _WHOSE.search(body, max(s, h[0] - 12), h[0]))]
    first_removal = next((h[0] for h in hits if h[2] == "removal" and h[3] != "vehicle"), None)
    if first_removal is not None:
        hits = [h for h in hits if not (h[2] == "arrangement" and h[0] > first_removal and _frames_removal(body, s, h))]
    if not hits:
        return _origin_frame(body, s, e, raw, mentions, lex)
    if all(h[2] == "removal" and _AMONG.search(body, max(s, h[0] - 16), h[0]) for h in hits):
        # "Больше всего среди высланных — граждан Турции, 34", "among those deported were ...": a
        # split of the group just told, by nationality
        return _origin_frame(body, s, e, raw, mentions, lex, among=True)
    if is_statistic(text, lang):
        return []
    sites = list(custody_sites_in(text))
    numbers = [m for m in mentions if m.kind == "number"]
    dates = [m for m in mentions if m.kind == "date"]
    country_ms = [m for m in mentions if m.kind == "country" and isinstance(m.value, str)]
    for rx, _host, cust in sites:  # the site itself names where people are: its custodian
        for sm in rx.finditer(text):
            if not any(c.start <= s + sm.start() < c.end for c in country_ms):
                country_ms.append(Mention("country", s + sm.start(), s + sm.end(), sm.group(), cust, "site"))
    country_ms.sort(key=lambda m: m.start)
    countries = _classify(body, s, country_ms, numbers, lex, sites)
    demonyms = [m for m in country_ms if m.role == "demonym"]
    speech = [(s + m.start(), s + m.end()) for m in lex.speech_word.finditer(text)] if lex.speech_word is not None else []
    site_names = [rx.search(text).group(0) for rx, _h, _c in sites]
    # "на родину были депортированы", "deported home": the home of the people is where the removal goes
    home_at: set[int] = set()
    for h in [h for h in hits if h[3] == "home"]:
        r = next((r for r in hits if r[2] == "removal" and r[3] in ("send", "back") and (0 <= r[0] - h[1] <= 12 or 0 <= h[0] - r[1] <= 12) and not re.search(r"[,.;:]", body[min(h[1], r[1]) : max(h[0], r[0])])), None)
        if r is not None:
            hits.remove(h)
            home_at.add(r[0])
    groups = _groups(body, hits)
    regions = _regions(body, s, e, groups)
    sent_peopleish = bool(numbers) or (lex.people is not None and lex.people.search(text) is not None)
    strong_removal = any(h[3] != "vehicle" for h in hits if h[2] == "removal")
    frames: list[Frame] = []
    prev_by_kind: dict[str, Frame] = {}
    prev_any: Frame | None = None
    removal_to: str | None = None  # where the sentence's last removal took people
    prev_end: int | None = None
    extra: list[Frame] = []
    for group, (ra, rb) in zip(groups, regions, strict=True):
        kind = group[0][2]
        main = next((h for h in group if h[3] != "vehicle"), group[0])
        a, b, role = main[0], main[1], main[3]
        roles = frozenset(h[3] for h in group)
        cs = [c for c in countries if ra <= c.start and c.end <= rb]
        ns = [m for m in numbers if ra <= m.start and m.end <= rb]
        ds = [m for m in dates if ra <= m.start and m.end <= rb]
        nats: dict[str, int | None] = {}
        counted: dict[int, list[str]] = {}  # number mention -> the nationalities it counts
        for c in cs:
            if c.role == "nat":
                nats.setdefault(c.iso, None)
                for n in ns:
                    v = n.value if isinstance(n.value, dict) else {}
                    if isinstance(v.get("value"), int) and (0 <= c.start - n.end <= 3 or (0 <= c.start - n.end <= 14 and _COUNT_FROM.search(body[max(s, c.start - 20) : c.start]))):
                        counted.setdefault(n.start, []).extend(x.iso for x in _list_of(body, cs, c))  # "939 hondureños y salvadoreños" counts the list
        for start, isos in counted.items():
            if len(set(isos)) == 1:  # "16 men from Bangladesh and Egypt" counts the list, not one country
                n = next(x for x in ns if x.start == start)
                nats[isos[0]] = n.value["value"]

        people = _people(body, ns, lex, demonyms, (a, b))
        if people is not None and sum(1 for v in nats.values() if v is not None) >= 2 and people["value"] in nats.values():
            people = None  # "19 Kazakh citizens and 20 Kyrgyz citizens": parts, the total is not printed
        region_text = body[ra:rb]
        peopleish = people is not None or bool(nats) or (lex.people is not None and lex.people.search(region_text) is not None) or bool(_PRONOUN.search(region_text))
        if kind == "detention" and not (peopleish or sent_peopleish or sites):
            continue
        if kind == "onward_return" and strong_removal and role != "home":
            continue
        if kind == "onward_return" and strong_removal and not (people or nats or prev_any is not None or _ONWARD_VERB.match(body, a)):
            continue
        scope_start = min(ra, prev_end) if prev_end is not None else ra
        status = status_of(text, a - s, kind, lang, (scope_start - s, rb - s), group[-1][1] - s)
        prev_end = group[-1][1]
        if status == "negated" and kind == "arrangement" and role == "seek" and all(_GENERIC_DEAL.match(body, h[0], h[1]) for h in group):
            status = "proposed"  # "do not specify how Kyiv responded to the January proposal": the proposal stands, and dates the deal
        if status == "negated":
            continue  # "the one man who was not deported"
        if kind == "onward_return" and status == "rejected" and _HOME_NOUN.match(body, a):
            continue  # "their home countries refused to take them back": no return happened or is planned
        if kind == "arrangement" and role == "seek" and status == "occurred":
            status = "proposed"  # an offer, a request or talks: asked for, not agreed
        if kind == "arrangement" and all(_PLURAL_DEAL.fullmatch(body, h[0], h[1]) for h in group) and not any(c.start > a and c.role not in ("org", "adj") for c in cs):
            continue  # "una serie de pactos que la administración busca": deals in general, with no one named
        if kind == "arrangement" and not (sent_peopleish or any(h[2] != "arrangement" for h in hits) or _MIGRATION_DEAL.search(body, max(s, a - 30), a) or _MIGRATION_DEAL_AFTER.match(body, group[-1][1], min(e, group[-1][1] + 60)) or status == "rejected") and all(_GENERIC_DEAL.match(body, h[0], h[1]) for h in group):
            # "a deepening bilateral partnership": a deal about no people makes no event; dated
            # ("the scheme was announced in April 2022", "the January proposal") it may date the
            # one deal of the article it refers back to
            d = _date(body, ra, ds, lex, (a, b), speech, status == "occurred", deal=True)
            if d is not None:
                frames.append(Frame(kind, role, status, (s, e), (a, b), date=d, roles=roles, support=True))
            continue
        # "scrapped the previous government's plan to send asylum seekers to Rwanda": the scheme (a
        # deal between two governments) is what the clause tells of, not one removal; its parties
        # are read as the removal's
        scheme = kind == "removal" and people is None and _PLAN_TO.search(body, max(s, a - 40), a) is not None
        f = Frame(kind, role, status, (s, e), (a, b), roles=roles)
        f.nationalities = nats
        f.people = people
        f.flights = any(isinstance(n.value, dict) and n.value.get("noun_kind") == "flights" for n in ns)
        f.part = people is not None and any(_PARTITIVE.match(body[n.end : n.end + 20]) for n in ns if n.value.get("value") == people["value"])
        f.date = _date(body, ra, ds, lex, (a, b), speech, status == "occurred", deal=kind == "arrangement", parties=tuple(c.end for c in cs if c.role == "bare" and c.end <= a))
        if f.date is None:  # "el pasado 20 de febrero, cuando llegaron ...": the date the clause explains
            lead = next((m for m in dates if 0 <= ra - m.end <= 3 and _WHEN.match(body, ra)), None)
            if lead is not None and isinstance(lead.value, dict):
                f.date = lead.value.get("date")
        f.weak = roles == {"vehicle"}
        f.same_period = f.date is not None and any(m.value.get("same_period") and m.value.get("date") == f.date for m in ds if isinstance(m.value, dict))
        src = _nearest(cs, a, ("from",)) or _nearest(cs, a, ("by",))  # "expulsiones desde Francia" beats "expedidos por Argelia"
        named = [c for c in cs if not c.city]  # a country named outright beats a city of it
        to = _nearest(named, a, ("to",), before=False) or _nearest(named, a, ("to",)) or _nearest(cs, a, ("to",), before=False) or _nearest(cs, a, ("to",))
        bare_before = _nearest(cs, a, ("bare",), before=True)
        bare_after = _nearest(cs, a, ("bare",), before=False)
        if kind == "removal":
            recv = next((h for h in group if h[3] == "receive"), None)
            if recv is not None and _nearest(cs, recv[0], ("bare",), before=True) is not None:
                to = _nearest(cs, recv[0], ("bare",), before=True)  # "Costa Rica finished receiving the 200"
            elif to is None and bare_before is not None and _THERE.match(body, b):
                to = bare_before  # "Turkey was the most common destination, with 1,021 people flown there"
            elif src is None and bare_before is not None and (role != "back" or to is not None and to.start > b and to.iso != bare_before.iso):
                src = bare_before  # "España devolvió a Marruecos a ...": the subject sends them back to the named country
            if src is None:
                # "Las expulsiones empezaron ... con cuatro italianos, a los que Israel devolvió a Roma",
                # "el mismo día en que Israel expulsó a 171": a country right before a verb of the group
                src = next((c for h in group if h[3] in ("send", "back") for c in cs
                            if c.role == "bare" and 0 <= h[0] - c.end <= 2 and (to is None or c.iso != to.iso)), None)
            if src is None and role == "send":
                # "ICE carried out 271,484 removals", "the Home Office removed": a state body as the
                # subject names its state as the sender
                body_m = next((m for m in reversed(mentions) if m.kind == "actor" and isinstance(m.value, dict) and m.value.get("country")
                               and m.value.get("type") != "person" and 0 <= a - m.end <= 40 and s <= m.start
                               and not re.search(r"[;:]|,(?!\d)", body[m.end : a]) and len(body[m.end : a].split()) <= 4), None)
                if body_m is not None and (to is None or body_m.value["country"] != to.iso):
                    f.from_ = body_m.value["country"]
            if src is None and role == "send" and f.from_ is None:
                # "Indian border guards pushed 48 people into Bangladesh", "a US military plane flew":
                # the subject's adjective names the sender
                # (an adjective after a preposition, "по российским СМИ под заголовками о «массовой
                # депортации»", is of another noun than the subject)
                adj = next((c for c in reversed(cs) if c.role == "adj" and 0 <= a - c.end <= 40 and re.search(r"[^\W\d]", body[c.end : a])
                            and not re.search(r"[,;:«»“”\"]", body[c.end : a]) and not _PREP_BEFORE.search(body, max(s, c.start - 12), c.start)), None)
                if adj is not None and (to is None or adj.iso != to.iso):
                    src = adj
            if to is None and role == "send" and bare_after is not None:
                to = bare_after
            if src is not None and to is not None and src is bare_before and to.iso == src.iso and to.start > b and role == "send" and not nats:
                to = None  # "Germany deported 11,807 people ..., as the coalition in Berlin pushes": the subject sends
            f.from_ = src.iso if src else f.from_
            f.to = to.iso if to else None
            if src is not None and src.role == "bare" and set(nats) == {src.iso}:
                # "el presidente de Venezuela impidió el aterrizaje ... con venezolanos deportados",
                # "Haiti's Foreign Ministry condemned the deportations": the country whose own
                # nationals are removed receives them; the other country named sends them
                f.from_, f.to = (f.to if f.to != src.iso else None), src.iso
            if f.to is None and len(nats) == 1 and next(iter(nats)) != f.from_ and role != "back" and not any(c.role == "to" for c in countries):
                f.to = next(iter(nats))  # foreigners removed to their own country
            home = any(h[0] in home_at for h in group)
            if home and len(nats) == 1 and (f.to is None or to is not None and to.role == "bare"):
                f.to = next(iter(nats))  # "отправили на родину ... из аэропорта Бенина": home is where they go
            if not nats and _REPUBLIC.search(body, ra, rb):
                # "25 граждан республики", "citizens of the country": of the country the sentence names
                there = f.to or next((c.iso for c in reversed(countries) if c.start < a and c.iso != f.from_ and c.role not in ("from", "nat")), None)
                if there is not None:
                    f.nationalities = nats = {there: None}
                    f.to = f.to or (there if home else None)
            split = _coordinated(body, cs, ns, (a, b), rb) if role in ("send", "receive") else None
            if split:
                # "sent eight men to South Sudan and five to Eswatini": one removal per destination
                (f.to, f.people, f.nationalities), rest = split[0], split[1:]
                nats = f.nationalities
                for iso, cnt, nat in rest:
                    extra.append(Frame(kind, role, status, (s, e), (a, b), f.from_, iso, True, nat, cnt, f.date, roles=roles))
            elif to is not None and to.role == "to" and len({c.iso for c in _list_of(body, cs, to)}) >= 2 \
                    and _CONJ_IN.search(body, min(c.start for c in _list_of(body, cs, to)), max(c.start for c in _list_of(body, cs, to))) \
                    and not any(body.startswith(("'s", "’s"), c.end) for c in _list_of(body, cs, to)):
                listed = sorted({c.iso for c in _list_of(body, cs, to)}, key=lambda i: [c.iso for c in cs].index(i))
                if people is not None or numbers or any(h[3] == "vehicle" for h in hits) or _AIRCRAFT.search(text):
                    # "a plane with 46 people left for Vietnam and East Timor": one flight, several
                    # destinations: no one destination (FORMAT.md), the people are of those countries
                    f.to, f.multi = None, True
                    if not nats:
                        f.nationalities = nats = dict.fromkeys(listed)
                else:
                    # "it has deported men with criminal convictions to Eswatini and South Sudan": no
                    # flight, no plane and no figure in the sentence make it one group: a removal to
                    # each country
                    f.to = listed[0]
                    for iso in listed[1:]:
                        extra.append(Frame(kind, role, status, (s, e), (a, b), f.from_, iso, True, dict(nats), None, f.date, roles=roles))
        elif kind == "onward_return":
            dest = to if to is not None and to.start >= b and _DEST_PREP.search(body, max(s, to.start - 14), to.start) else None
            sender_c = src or bare_before
            if dest is not None and sender_c is not None and sender_c.iso != dest.iso:
                # "South Sudan repatriated X to Mexico": the subject sends on, the country after "to" is home
                f.from_, f.to = sender_c.iso, dest.iso
                if not nats:
                    f.nationalities = nats = {dest.iso: None}
            else:
                f.from_ = (to.iso if to else None) or (src.iso if src else None)
                f.to = next(iter(nats)) if len(nats) == 1 else None
            if f.from_ == f.to:
                f.from_ = None
        elif kind == "detention":
            held = to or bare_after or bare_before
            f.to = held.iso if held else None
            f.from_ = src.iso if src else None
        elif kind == "arrangement":
            by = _nearest(cs, a, ("by",)) or next((c for c in cs if c.role in ("from", "bare") and _REQUEST_FROM.search(body, max(s, c.start - 30), c.start)), None)
            f.from_ = by.iso if by else None
            cands = [c for c in cs if c.role in ("bare", "with", "to", "from") and (by is None or c.iso != by.iso)]
            if role == "seek" and bare_before is not None and any(c.start > a for c in cands):
                # "Washington asked Panama to ...": the subject asks, the country after the cue receives
                f.from_ = f.from_ or bare_before.iso
                cands = [c for c in cands if c.start > a and c.iso != bare_before.iso]
            elif bare_before is not None:
                cands.sort(key=lambda c: c is not bare_before)
            cands.sort(key=lambda c: c.role != "with")
            if not cands:  # "with her Albanian counterpart": the demonym names the other party
                cands = [c for c in cs if c.role == "adj" and (by is None or c.iso != by.iso)]
            f.to = cands[0].iso if cands else None
            if bare_before is not None and cands and cands[0].role == "with" and bare_before.iso != f.to:
                if _DEAL_TO_TAKE.search(body, b, min(e, b + 90)) and by is None:
                    # "Nauru signed a deal with Australia to take non-citizens": the subject takes them
                    f.from_, f.to = cands[0].iso, bare_before.iso
                else:
                    f.other = bare_before.iso  # "Rwanda signed a partnership with the United Kingdom": who receives is told by the story
                    f.from_ = f.from_ or bare_before.iso  # "the Netherlands has agreed with Uganda": the subject seeks the deal
            if f.from_ is None and f.to is not None:
                # "la Cámara de Representantes bielorrusa ratificó un acuerdo ... con Pakistán": the party named by its adjective
                adj = next((c for c in cs if c.role == "adj" and c.iso != f.to and c.start < a), None)
                f.from_ = adj.iso if adj is not None else None
            signed = next((m for m in ds if isinstance(m.value, dict) and m.value.get("date") and _SIGNED_BEFORE.search(body, max(s, m.start - 45), m.start)), None)
            if signed is not None:
                f.date = signed.value["date"]  # "ratified a deal ..., signed in Minsk on 11 April": the deal is dated by its signing
            # (deals in general beside it are no other deal: "el acuerdo se suma a una serie de pactos")
            definite = [bool(_DEFINITE_DEAL.search(body, max(s, h[0] - 12), h[1])) for h in group if not _PLURAL_DEAL.fullmatch(body, h[0], h[1]) or len(group) == 1]
            f.anaphoric = not any(c.role == "with" for c in cs) and bool(definite) and all(definite)
            if not f.anaphoric and _UNDER_DEAL.match(body, s, a) and not any(c.role == "with" for c in cs):
                f.anaphoric = f.terms = True  # "Under it, Kosovo will accept up to 50 people": what the deal says
            if bare_before is None and cands and cands[0].role == "with":
                recv = next((c for c in countries if c.role == "bare" and c.start > a and c.iso != cands[0].iso and _RECEIVER_AFTER.match(body, c.end)), None)
                if recv is not None:  # "Under a deal signed with Denmark, Kosovo will house ...": the subject receives
                    f.from_, f.to = cands[0].iso, recv.iso
            if f.to is None and len(nats) == 1 and not any(c.role in ("bare", "with", "to") for c in countries):
                f.to = next(iter(nats))  # "a deal on returning Afghan nationals": a deal with their country
            if not nats and f.to is not None and (_OWN_PEOPLE.search(body, ra, rb) or any(_TAKE_BACK.match(body, h[0], h[1]) for h in group)):
                f.nationalities = nats = {f.to: None}  # "agreed to take back its citizens": the receiver's own nationals
            listed = _list_of(body, cs, cands[0]) if cands else []  # "Guatemala and El Salvador agreed"
            for iso in dict.fromkeys(c.iso for c in listed[1:]):
                if iso != f.to:
                    frames.append(Frame(kind, role, f.status, (s, e), (a, b), f.from_, iso, True, dict(nats), None, f.date, roles=roles))
        if kind == "detention" and _PRE_REMOVAL.search(body, s, e) and not any(c.role in ("to", "bare", "org") for c in countries):
            f.pre = True  # a holding before removal at no named place: in the sending country (merge.py)
        if scheme and f.to is not None:
            f.kind, f.role, f.scheme = "arrangement", "agree", True
            kind = f.kind
        # a coordinated clause shares what its partner names ("flew 177 men ... and handed them over in Honduras")
        partner = prev_by_kind.get(kind)
        if partner is not None and partner.status == f.status:
            if f.from_ is None and kind in ("removal", "arrangement", "detention"):
                f.from_ = partner.from_ if partner.from_ != f.to else None
            if f.people is None and not nats and role == partner.role:
                f.people, f.nationalities = partner.people, dict(partner.nationalities)
            if f.date is None:
                f.date = partner.date
        elif prev_any is not None and prev_any.status == f.status:
            if f.people is None and not nats and kind == "onward_return":
                f.people, f.nationalities = prev_any.people, dict(prev_any.nationalities)
                if f.to is None and len(f.nationalities) == 1:
                    f.to = next(iter(f.nationalities))
            if f.date is None and kind == "onward_return":
                f.date = prev_any.date
            if f.from_ is None and kind == "onward_return" and removal_to is not None:
                f.from_ = removal_to
        if kind == "removal" and f.people is None and not nats and prev_any is not None and prev_any.kind == "detention" \
                and prev_any.people is not None and _RELATIVE_HELD.search(body, s, prev_any.cue[0]) and not _BOUNDARY.search(body, prev_any.cue[1], a):
            # "177 men who had been held at Guantánamo were flown to Soto Cano": the subject of the
            # relative clause is the group the main clause moves
            f.people, f.nationalities = prev_any.people, dict(prev_any.nationalities)
            nats = f.nationalities
            f.date = f.date or prev_any.date
        if f.from_ is not None and f.from_ == f.to:
            f.from_ = None
        f.to_explicit = f.to is not None
        # "за первые восемь месяцев 2025 года выдворила около 35 тысяч": a figure of people removed over a period
        f.total = kind == "removal" and f.to is None and status == "occurred" and f.people is not None and f.date is not None and not f.weak and not f.part and _period(body, ds, f.date)
        if sites:
            f.place = site_names[0]
            custodians = {c for _r, _h, c in sites}
            if f.kind == "removal" and f.to in custodians and f.from_ in (None, f.to):
                f.kind, f.from_ = "detention", f.to
            elif f.kind == "detention" and (f.to is None or f.to in custodians or any(c.site for c in cs)):
                f.to = f.from_ = next(iter(custodians))
                f.to_explicit = True
        elif f.kind == "detention" and f.to is not None and any(c.site and c.iso == f.to for c in cs):
            f.from_ = f.to  # "held at a US military base in Djibouti": in the custody of the state that runs it
        for k in list(f.nationalities):
            if k == f.from_ and k not in {c.iso for c in cs if c.role == "nat"}:
                del f.nationalities[k]
        # a group that names no destination folds into the next group of its kind in the sentence
        if partner is not None and partner.to is None and f.to is not None and partner in frames and partner.status == f.status and ("back" in partner.roles) == ("back" in roles):
            frames.remove(partner)
            f.from_ = f.from_ or partner.from_
            f.people = f.people or partner.people
            for k, v in partner.nationalities.items():
                f.nationalities.setdefault(k, v)
            f.date = f.date or partner.date
        elif partner is not None and partner.to is not None and f.to is None and f.people is None and partner.status == f.status and ("back" in partner.roles) == ("back" in roles):
            partner.from_ = partner.from_ or (f.from_ if f.from_ != partner.to else None)
            continue  # "... flew them to Honduras, where they were handed over": the same happening
        frames.append(f)
        for x in extra:
            x.from_ = x.from_ or f.from_
            x.date = x.date or f.date
            frames.append(x)
        extra = []
        prev_by_kind[kind] = f
        prev_any = f
        if kind == "removal" and f.to is not None:
            removal_to = f.to
    # "refused for years ..., but agreed": the sentence's last word on a deal with one country stands
    last = {f.to: i for i, f in enumerate(frames) if f.kind == "arrangement"}
    frames = [f for i, f in enumerate(frames) if f.kind != "arrangement" or last[f.to] == i or frames[last[f.to]].cue == f.cue]
    return frames + _comparison(body, e, frames, numbers, dates, countries)


_COMPARE = re.compile(r"(?<!\w)(?:" + _words("compare_clause") + "|" + _words("compare") + r")(?!\w)", re.IGNORECASE)


_SAME_SPAN = re.compile(_words("same_span"), re.IGNORECASE)
_FIGURE_JOIN = re.compile(r"(?:(?<!\w)|(?=[;,]))(?:" + _words("figure_join") + r")(?!\w)", re.IGNORECASE)
_SINCE_WORD = _whole_words("since")
_WITH_AFTER = re.compile(r"\s+(?:with|con|с|со)\s", re.IGNORECASE)
_FRAME_DEAL = re.compile(r"(?<!\w)(?:" + _words("frame_deal") + r")\s+(?:the\s+|a\s+|an\s+|el\s+|la\s+|un\s+|una\s+|its\s+|su\s+)?(?:[^\s,;.]+\s+){0,3}$", re.IGNORECASE)
_COMMA = re.compile(r",")
_TALLY_GAP = re.compile(r"\s*(?:a\s+|[—–:-]\s*)?")  # "Sudán del Sur a ocho", "South Sudan eight", "Руанда — семь"


def _frames_removal(body: str, s: int, h: tuple[int, int, str, str]) -> bool:
    """A deal noun inside a removal's clause that names the frame of that removal ("deported 154
    Palestinians freed under the Gaza ceasefire deal to Egypt"): no deal of its own. A deal with its
    own year or partner ("under a 2022 agreement with Kosovo") is one, and so is the deal a sentence
    opens with ("Under the five-year deal, people ... could be flown to Rwanda": the caller only
    asks about deals after the removal's verb)."""
    if not _GENERIC_DEAL.match(body, h[0], h[1]):
        return False
    u = _FRAME_DEAL.search(body, max(s, h[0] - 45), h[0])
    return u is not None and not re.search(r"\d{4}", body[u.start() : h[0]]) and not _WITH_AFTER.match(body, h[1])


def _comparison(body: str, e: int, frames: list[Frame], numbers: list[Mention], dates: list[Mention], countries: list[_C]) -> list[Frame]:
    """Figures of other periods after a figure ("119 were deported from June to August, against 58
    in the same months last year", "frente a los 300 de 2024", "1,652 in 2019, but only 389 in
    2020, and just 34 in 2021", "en 2023 fueron 18.449; en 2024 fueron 13.681"): each is a removal
    of its own (FORMAT.md: each figure over a stated period), read from the figure it follows. A
    country named right before a further figure makes it a tally of that country ("Eswatini took
    five in July, South Sudan eight the same month and Rwanda seven in August")."""
    f = next((x for x in reversed(frames) if x.kind == "removal" and x.people is not None and x.date is not None and x.status == "occurred"), None)
    if f is None:
        return []
    # past the figure's own count and date (the first of each: "the same month" later is another's)
    own = [next((m.end for m in numbers if m.start >= f.sent[0] and isinstance(m.value, dict) and m.value.get("value") == f.people["value"]), 0),
           next((m.end for m in dates if m.start >= f.sent[0] and isinstance(m.value, dict) and m.value.get("date") == f.date), 0)]
    pos = max([f.cue[1], *own])
    out: list[Frame] = []
    last = f.date
    people = [n for n in numbers if isinstance(n.value, dict) and isinstance(n.value.get("value"), int) and n.value.get("noun_kind") not in ("time", "flights") and not _NOT_PEOPLE.match(body, n.end)]
    for n in people:
        if n.start < pos or n.start >= e:
            continue
        m = _COMPARE.search(body, pos, n.start) or _FIGURE_JOIN.search(body, pos, n.start)
        if m is None and f.role == "receive":
            m = _COMMA.search(body, pos, n.start)  # "..., Sudán del Sur a ocho": a comma before a tally
        if m is None:
            break
        # the figure's date: after the word that joins it, before the next figure
        later = next((x.start for x in people if x.start > n.start), e)
        ds = [d for d in dates if m.start() <= d.start < min(later, e) and isinstance(d.value, dict) and d.value.get("date") and d.value.get("range") != "end"]
        d = ds[0] if ds else None
        count = {"value": n.value["value"], "qualifier": n.value.get("qualifier") or "exact"}
        tally = next((c for c in countries if m.end() <= c.start and c.end <= n.start and c.role == "bare" and _TALLY_GAP.fullmatch(body, c.end, n.start)), None)
        if tally is not None and f.to is not None and f.role == "receive":
            # a tally of another receiving country: its own destination, the date it gives (or none)
            out.append(Frame(f.kind, f.role, f.status, f.sent, (m.start(), m.end()), f.from_, tally.iso, True, {}, count,
                             d.value["date"] if d is not None else None, roles=f.roles))
            pos = max(n.end, d.end if d is not None else n.end)
            continue
        # "and had passed 1 million since it began in 2018": a running total, no figure of a period
        if d is None or d.value["date"] == last or _SINCE_WORD.search(body, m.end(), d.start):
            break
        if _DATE_BARRIER.search(body, m.end(), n.start) and not _COMPARE.search(body, m.end(), n.start):
            break
        date = d.value["date"]
        if len(date) == 4 and len(f.date) >= 7 and (d.value.get("same_period") or _SAME_SPAN.search(body, m.end(), d.start)):
            date = date[:4] + f.date[4:]  # "the same months last year", "the same period of 2024": the figure's period
        g = Frame(f.kind, f.role, f.status, f.sent, (m.start(), m.end()), f.from_, f.to, f.to_explicit, dict.fromkeys(f.nationalities), count, date, roles=f.roles)
        g.total = f.total or (f.to is None and _period(body, dates, date)) or bool(d.value.get("same_period"))
        out.append(g)
        last = date
        pos = max(n.end, d.end)
    return out
