"""Modality -> event status (FORMAT.md: occurred | planned | proposed | rejected | disputed).

Why: the same words ("flight to Kabul") report a flight that happened, one that is expected,
one a court stopped, or one a minister denies. The status comes from modality words in the
clause that carries the event cue, read from ``data/modality.tsv``; an arrangement is never
``planned`` (it is ``proposed`` until both sides agree).
"""

from __future__ import annotations

import re

from .lexicon import frame_words as _words
from .lexicon import in_name, lexicon

# the word lists are the groups of data/frame_words.tsv (what each is for is said there)
# Clause boundaries: a contrast or a new main clause starts a new modality scope.
_CLAUSE = re.compile(
    r";|—|–|,?\s+(?:" + _words("clause_but") + r")\s+|,\s*(?:" + _words("clause_comma") + r")\s+|"
    r"\s(?:" + _words("whose") + r")\s|"  # a relative clause about the people keeps its own modality
    r",?\s+(?:" + _words("clause_reason") + ")",  # a reason clause keeps its own modality
    re.IGNORECASE,
)

# a cue in the infinitive of purpose or order states what is to happen, not what happened
_INFINITIVE = re.compile(
    r"(?<!\w)(?:" + _words("infinitive") + r")\s+(?:be\s+)?$|(?<!\w)(?:for|para)\s+(?:their|its|su|sus)\s+$|(?:" + _words("order_verb") + r")\s+(?:[^\s,;.]+\s+){0,8}?(?:to\s+)?$",
    re.IGNORECASE,
)
_NOT_PURPOSE = re.compile(r"(?:" + _words("not_purpose") + r")\s+to\s+(?:be\s+)?$", re.IGNORECASE)
# a verb whose infinitive complement happened ("began to deport", "were forced to return")
_DONE_TO = re.compile(r"(?:" + _words("done_to") + r")\s+to\s+(?:be\s+)?$", re.IGNORECASE)
# a verb of consent or intent whose infinitive complement is still to happen ("171 aceptaron volver",
# "согласились вернуться"); the English ones come with "to" (_INFINITIVE)
_CONSENT = re.compile(r"(?<!\w)(?:" + _words("consent") + r")\s+$", re.IGNORECASE)

_DEAL_PURPOSE = re.compile(r"(?<!\w)(?:" + _words("infinitive") + r")\s+[^\W\d]+\s+(?:(?:" + _words("deal_det") + r")\s+){1,2}$", re.IGNORECASE)
_AFTER = re.compile(r"\s*(?:[^\s,;.]+\s+){0,1}$")
_CONTRAST = re.compile(r",?\s+(?:" + _words("contrast") + r")\b|,\s*(?:" + _words("contrast_comma") + r")\s", re.IGNORECASE)
_NEAR = re.compile(r"(?:\s+[^\s,;.]+){0,3}?\s*$")
_NEGATION = re.compile(r"(?<!\w)(?:" + _words("negation") + r")\s+(?:[^\s,;.]+\s+){0,1}$", re.IGNORECASE)

_NO_SUBJECT = re.compile(
    r"\W*(?:no\s+(?!" + _words("no_subject_not") + r")[a-z]+(?:\s+[a-z]+)?\s+(?:" + _words("no_subject_aux") + r")\b|" + _words("no_subject") + ")",
    re.IGNORECASE,
)
_PRIORITY = ("disputed", "rejected", "proposed", "planned")


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause of ``text`` around character ``pos`` (cut at contrasts and semicolons)."""
    start, end = 0, len(text)
    for m in _CLAUSE.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def is_statistic(text: str, lang: str | None) -> bool:
    """A sentence that gives a statistic (people registered, eligible, estimated) states no event."""
    return any(status == "statistic" and rx.search(text) for status, _near, rx in lexicon(lang).by_status)


def status_of(text: str, pos: int, kind: str, lang: str | None, region: tuple[int, int] | None = None, cue_end: int | None = None) -> str:
    """The status of an event whose cue sits at ``pos`` in sentence ``text``; ``region`` (offsets
    into ``text``) narrows the scope to the cue's own clause where the sentence holds several."""
    a, b = clause_bounds(text, pos)
    if region is not None:
        a, b = max(a, region[0]), min(b, region[1])
        if a > pos or b <= pos:
            a, b = region
    clause = text[a:b]
    lex = lexicon(lang)
    found = set()
    for status, near, rx in lex.by_status:
        if status == "statistic":
            continue
        if near:  # a modal verb governs the verb right after it
            if any(m.end() <= pos + 1 and _NEAR.match(text, m.end(), pos) for m in rx.finditer(text, max(a, pos - 45), pos + 1)):
                found.add(status)
            elif cue_end is not None and any(_AFTER.match(text, cue_end, m.start()) for m in rx.finditer(text, cue_end, min(b, cue_end + 25))):
                found.add(status)  # the modal is the verb of a noun cue: "las primeras salidas ... podrían darse"
        elif any(not in_name(clause, m.start(), m.end()) for m in rx.finditer(clause)):
            found.add(status)  # not inside a name ("the Repatriation Plan was launched")
    if "none" in found:
        return "negated"  # a capacity, an indirect question, a counterfactual: no happening
    if kind != "arrangement" and _NO_SUBJECT.match(text, a):
        return "negated"  # "No asylum seeker was ever flown to Kigali", "Nadie fue deportado"
    if not found & {"disputed", "rejected"} and _NEGATION.search(text, max(a, pos - 30), pos):
        if kind == "arrangement":
            found.add("proposed")  # "has not accepted": not agreed
        else:
            return "negated"
    status = next((s for s in _PRIORITY if s in found), "occurred")
    if status in ("planned", "occurred") and b < len(text) and _CONTRAST.match(text, b):
        tail = text[b : b + 80]  # "was due to leave on 14 June, but it was halted at the last minute"
        if any(st == "rejected" and rx.search(tail) for st, _near, rx in lex.by_status):
            status = "rejected"
    before = text[max(a, pos - 60) : pos]
    if status == "occurred" and kind in ("removal", "detention", "onward_return") and (_INFINITIVE.search(before) and not _DONE_TO.search(before) or _CONSENT.search(before)):
        status = "planned"  # "ordered the base readied to hold", "para alojar", "чтобы выслать", "agreed to return"
    if kind == "arrangement" and status == "occurred" and _DEAL_PURPOSE.search(before) and not _NOT_PURPOSE.search(before):
        status = "proposed"  # "incentives to close the deal", "para cerrar el acuerdo": not yet made
    if kind == "arrangement" and status == "planned":
        status = "proposed"
    return status
