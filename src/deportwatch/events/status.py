"""Modality -> event status (FORMAT.md: occurred | planned | proposed | rejected | disputed).

Why: the same words ("flight to Kabul") report a flight that happened, one that is expected,
one a court stopped, or one a minister denies. The status comes from modality words in the
clause that carries the event cue, read from ``data/modality.tsv``; an arrangement is never
``planned`` (it is ``proposed`` until both sides agree).
"""

from __future__ import annotations

import re

from .lexicon import in_name, lexicon

# Clause boundaries: a contrast or a new main clause starts a new modality scope.
_CLAUSE = re.compile(
    r";|—|–|,?\s+but\s+|,\s*pero\s+|,\s*однако\s+|,\s*а\s+|,\s*while\s+|,\s*mientras\s+|"
    r"\s(?:whose|cuy[oa]s?|чьи|чей|чья)\s|"  # a relative clause about the people keeps its own modality
    r",?\s+because\s+|,?\s+porque\s+|,?\s+(?:потому|поскольку|так)\s+(?:что|как\s+)?",  # a reason clause keeps its own modality
    re.IGNORECASE,
)

# a cue in the infinitive of purpose or order states what is to happen, not what happened
_INFINITIVE = re.compile(
    r"(?<!\w)(?:to|para|чтобы)\s+(?:be\s+)?$|(?<!\w)(?:for|para)\s+(?:their|its|su|sus)\s+$|(?:ordered|orden[óa]\w*|приказал\w*|поручил\w*)\s+(?:[^\s,;.]+\s+){0,8}?(?:to\s+)?$",
    re.IGNORECASE,
)
_NOT_PURPOSE = re.compile(r"(?:agreed|refused|began|started|continued|used|forced|managed|decided|ready|willing|back|able)\s+to\s+(?:be\s+)?$", re.IGNORECASE)
# a verb whose infinitive complement happened ("began to deport", "were forced to return")
_DONE_TO = re.compile(r"(?:began|begun|started|continued|used|forced|managed|back|able)\s+to\s+(?:be\s+)?$", re.IGNORECASE)
# a verb of consent or intent whose infinitive complement is still to happen ("171 aceptaron volver",
# "согласились вернуться"); the English ones come with "to" (_INFINITIVE)
_CONSENT = re.compile(
    r"(?<!\w)(?:aceptaron|aceptó|acordaron|decidieron|decidió|quieren|quiere|desean|desea|pidieron|piden|esperan|"
    r"согласил\w*|решил\w*|хотят|хочет|желают|намерены)\s+$",
    re.IGNORECASE,
)

_DEAL_PURPOSE = re.compile(r"(?<!\w)(?:to|para|чтобы)\s+[^\W\d]+\s+(?:(?:a|an|the|un|una|el|la|this|that|such\s+a|new|nuevo|nueva)\s+){1,2}$", re.IGNORECASE)
_AFTER = re.compile(r"\s*(?:[^\s,;.]+\s+){0,1}$")
_CONTRAST = re.compile(r",?\s+(?:but|pero|однако|но)\b|,\s*(?:а|но)\s", re.IGNORECASE)
_NEAR = re.compile(r"(?:\s+[^\s,;.]+){0,3}?\s*$")
_NEGATION = re.compile(r"(?<!\w)(?:not|cannot|n't|never|nunca|no|не|ни)\s+(?:[^\s,;.]+\s+){0,1}$", re.IGNORECASE)

_NO_SUBJECT = re.compile(r"\W*(?:no\s+(?!doubt|longer|later|less|more|matter)[a-z]+(?:\s+[a-z]+)?\s+(?:was|were|has|have|had|is|are)\b|nobody|no\s+one|none\s+of|ningún|ninguna|ninguno|nadie|никто|ни\s+один|ни\s+одного)", re.IGNORECASE)
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
