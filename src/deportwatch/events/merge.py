"""Frames -> events: one event per real-world happening of the article.

Why: an article names the same flight several times ("a plane carrying 135 migrants landed",
"the flight carried 65 children", "the group boarded buses"); FORMAT.md wants one event for
it, whose slots take the most specific evidence and which keeps every supporting sentence.
:func:`merge_frames` walks the frames in reading order and attaches each to the latest
compatible event (same kind and destination, no clash of origin, date, count or status);
a frame that names no destination, count or date only ever supports an existing event.
"""

from __future__ import annotations

import re
from collections import Counter

from ..data import read_rows
from ..evaluate import dates_compatible
from ..record import Event, Evidence
from .frames import Frame


def _bound_ok(a: dict, b: dict) -> bool:
    """``a`` is a bound ("more than 100", "at least 6", "up to 200") that the count ``b`` fits
    (within a factor of two: "more than 100" is not 5,000)."""
    q, x, y = a.get("qualifier"), a.get("value") or 0, b.get("value") or 0
    if q == "more_than":
        return x < y <= 2 * x
    if q == "at_least":
        return x <= y <= 2 * x
    if q == "up_to":
        return x / 2 <= y <= x
    return False


def _people_ok(a: dict | None, b: dict | None) -> bool:
    """Equal counts, a rough count ("some 170") within a tenth of the other, or a bound that
    the other count satisfies ("more than 100" and "119")."""
    if a is None or b is None or a.get("value") == b.get("value"):
        return True
    if "about" in (a.get("qualifier"), b.get("qualifier")):
        x, y = a.get("value") or 0, b.get("value") or 0
        return abs(x - y) <= 0.1 * max(x, y)
    return _bound_ok(a, b) or _bound_ok(b, a)


def _split(ev: Event, f: Frame) -> bool:
    """A smaller count in a sentence that names no place or date is a part of the event's count;
    so is a smaller count in the event's own sentence that names no place of its own ("2,239 were
    sent to Afghanistan: ..., another 709 were taken straight to the border")."""
    if not (ev.people and f.people and f.people["value"] < ev.people["value"] and not f.to_explicit):
        return False
    return not f.date or any(x.start == f.sent[0] for x in ev.evidence)


def _status_ok(ev: Event, f: Frame) -> bool:
    if ev.status == f.status:
        return True
    return "disputed" in (ev.status, f.status) and ev.kind == "detention"


def _compatible(ev: Event, f: Frame) -> bool:
    return (
        ev.kind == f.kind
        and (f.to is None or ev.to == f.to)
        and (f.from_ is None or ev.from_ is None or ev.from_ == f.from_)
        and _periods_compatible(ev.date, f.date)
        and (_people_ok(ev.people, f.people) or _split(ev, f))
        and _status_ok(ev, f)
    )


def _periods_compatible(a: str | None, b: str | None) -> bool:
    """Whether two dates can be one happening's. Two years or two months are two periods, however
    close ("31,404 in 2024, against 26,031 in 2023"; the scorer's 7-day slack would join them); a
    day is compared as the scorer does (within 7 days of the other date)."""
    if a and b and len(a) < 10 and len(b) < 10:
        return a.startswith(b) or b.startswith(a)
    return dates_compatible(a, b)


def _more_specific(a: str | None, b: str | None) -> str | None:
    if not a:
        return b
    if b and len(b) > len(a) and b.startswith(a):
        return b
    return a


def _absorb(ev: Event, f: Frame, body: str) -> None:
    ev.from_ = ev.from_ or f.from_
    ev.to = ev.to if ev.to is not None else f.to
    if ev.people is None or (f.people is not None and f.people.get("qualifier") == "exact" and ev.people.get("qualifier") != "exact" and _people_ok(ev.people, f.people)):
        ev.people = f.people  # the exact count wins over a bound or a rough one of the same group
    ev.date = _more_specific(ev.date, f.date)
    ev.place = ev.place or f.place
    for k, v in f.nationalities.items():
        if ev.nationalities.get(k) is None:
            ev.nationalities[k] = v
    if f.status == "disputed":
        ev.status = "disputed"
    if not any(x.start == f.sent[0] for x in ev.evidence):
        ev.evidence.append(Evidence(body[f.sent[0] : f.sent[1]], f.sent[0], f.sent[1]))


def _new(f: Frame, body: str) -> Event:
    return Event(
        kind=f.kind,
        status=f.status,
        from_=f.from_,
        to=f.to,
        nationalities=dict(f.nationalities),
        people=f.people,
        date=f.date,
        place=f.place,
        evidence=[Evidence(body[f.sent[0] : f.sent[1]], f.sent[0], f.sent[1])],
    )


def _inherit(f: Frame, events: list[Event], back: set[int], story_dests: frozenset = frozenset(), schemes: frozenset = frozenset()) -> None:
    """A frame that names no destination takes it from the story told so far. ``back``: ids of
    the events that took people back to where they came from (they do not set the story's
    destination for later transfers); ``schemes``: ids of the deals told as plans to send people
    somewhere (they set it: "the plan to send asylum seekers to Rwanda ... the first flight")."""
    removals = [e for e in events if (e.kind == "removal" or id(e) in schemes) and e.to and id(e) not in back]
    if f.kind == "onward_return":
        if f.from_ is None and removals:
            f.from_ = removals[-1].to
        return
    if f.kind == "removal" and "back" in f.roles:
        route = next((e for e in reversed(removals) if f.from_ is not None and e.from_ == f.from_), None)
        if f.to is None and route is not None:
            f.to = route.to  # "brought back 71,779 people from Saudi Arabia": along the story's route home
            return
        if f.to is None:
            prev = [e for e in events if e.kind == "removal" and e.to and id(e) in back]
            f.to = prev[-1].to if prev else (removals[-1].from_ if removals else None)
        if f.from_ is None:  # taken back from where the story had taken them
            there = [e.to for e in events if e.kind == "removal" and e.to and e.to != f.to and id(e) not in back]
            f.from_ = there[-1] if there else None
        return
    if f.to is not None:
        if f.kind == "detention" and f.status == "occurred" and "hold" in f.roles and f.people is None and not f.nationalities:
            # "the men were taken to the centre at Gjadër": held where the last transfer took them
            last = next((e for e in reversed(removals) if e.to == f.to), None)
            if last is not None:
                f.inherited = True
                f.from_ = f.from_ or last.from_
                f.people, f.nationalities = last.people, dict(last.nationalities)
                f.date = f.date or last.date
        return
    if f.total and len(story_dests) != 1 or f.multi:
        return  # a figure over a period goes where the story's removals go, when they all go one way
    same = [e for e in events if (e.kind == f.kind or f.kind == "removal" and id(e) in schemes) and e.to and id(e) not in back]
    if same:
        f.to = same[-1].to
    elif f.kind in ("detention", "arrangement") and removals:
        f.to = removals[-1].to
        if f.kind == "detention" and f.status == "occurred" and "hold" in f.roles:
            # "the men were then taken to the centre at ...": the group the last transfer brought
            f.inherited = True
            last = removals[-1]
            f.from_ = f.from_ or last.from_
            if f.people is None and not f.nationalities:
                f.people, f.nationalities = last.people, dict(last.nationalities)
            f.date = f.date or last.date


def _substantive(f: Frame) -> bool:
    """Enough for a new event: a named destination plus a count, a date or a strong cue."""
    if f.multi and f.to is None:
        return f.people is not None and f.date is not None and f.status == "occurred"  # a flight to several places
    if f.kind == "removal" and f.status in ("disputed", "proposed"):
        return False  # a denied report or a request supports an event, it does not make one
    if f.total and f.to is None:
        return f.from_ is not None  # people removed from a named country over a period (FORMAT.md)
    if f.kind == "onward_return":
        return f.people is not None or f.to is not None or f.status != "occurred" or bool(f.nationalities)
    if f.weak:  # a plane or a flight: needs a count or a date of its own
        # (with the story's destination: both a count and a full date, "the first flight was due to
        # leave on 14 June 2022 with seven people on board")
        own = f.to_explicit or f.to is not None and f.people is not None and f.date is not None and len(f.date) == 10
        return own and (f.people is not None or f.status != "occurred")
    if f.to_explicit or f.inherited:
        return True
    # the story's destination, with a count and a date of its own ("in January the ship landed 49 migrants")
    return f.kind in ("removal", "detention") and f.to is not None and (f.people is not None and f.date is not None and not f.part or f.status != "occurred" and "hold" in f.roles)


def merge_frames(frames: list[Frame], body: str, custodian: str | None = None, host: str | None = None) -> list[Event]:
    """Events of an article from its frames (in reading order). ``custodian``: the state that
    runs a military base the article names, which holds people there (FORMAT.md); ``host``: the
    country the base lies in ("left the base in eastern Cuba" leaves the custodian's custody)."""
    if custodian is not None and host is not None:
        for f in frames:
            if f.kind == "removal" and f.from_ == host:
                f.from_ = custodian
    # the story's sender: told by removals with a count or a date of their own (a passing
    # "Beijing froze its cooperation on deportations" names no flight)
    senders = Counter(f.from_ for f in frames if (f.kind == "removal" or f.scheme) and f.from_ and not f.weak and (f.people is not None or f.date is not None))
    if not senders:
        senders = Counter(f.from_ for f in frames if (f.kind == "removal" or f.scheme) and f.from_ and not f.weak)
    sender = senders.most_common(1)[0][0] if senders else None
    dests = Counter(f.to for f in frames if (f.kind == "removal" or f.scheme) and f.to and f.to != sender and "back" not in f.roles and not f.weak)
    destination = dests.most_common(1)[0][0] if dests else None
    # third countries proper: removals of people who are not that country's nationals ("men from
    # Bangladesh and Egypt taken to Albania"); where the story has them, a holding may be there
    elsewhere = {f.to for f in frames if f.kind == "removal" and f.to and f.nationalities and f.to not in f.nationalities}
    story_dests = frozenset(f.to for f in frames if f.kind == "removal" and f.to and f.to != sender and not f.weak) | {
        k for f in frames if f.multi for k in f.nationalities}
    received = {f.to for f in frames if f.kind == "removal" and f.to and f.to != sender and not f.weak}
    # third countries: where the sender's removals took people or where the story holds them
    third = {f.to for f in frames if f.kind in ("removal", "detention") and f.to and f.to != sender and f.from_ in (None, sender) and not f.weak}
    # the hub of the story's deals: a country that makes deals with several others ("Washington
    # has deals with Rwanda, Uganda and Eswatini"; Dominica, Antigua, Belize ...) is the sending party
    partners: dict[str, set[str]] = {}
    for f in frames:
        if f.kind == "arrangement" and f.from_ and f.to and f.from_ != f.to:
            partners.setdefault(f.from_, set()).add(f.to)
            partners.setdefault(f.to, set()).add(f.from_)
    hubs = [k for k, v in partners.items() if len(v) >= 3]
    hub = hubs[0] if len(hubs) == 1 else None
    events: list[Event] = []
    origin_of: dict[int, dict] = {}  # event id -> the group origins a later sentence gave it
    back: set[int] = set()
    recent: list[Event] = []  # the events the last frames told, oldest first
    supports = [f for f in frames if f.support]
    pending: list[Frame] = []  # frames that named no destination, waiting for the event they tell of
    schemes: set[int] = set()
    frames = [f for f in frames if not f.support]
    for f in frames:
        if f.kind == "homes":
            # "tickets: 17 for India, 9 for Turkey": the home countries of the onward return just told
            target = next((ev for ev in reversed(recent) if ev.kind == "onward_return" and ev.to is None and not ev.nationalities), None)
            if target is not None:
                target.nationalities = dict(f.nationalities)
            continue
        if f.kind == "origin":
            # "the deportees come from ...": the largest group of the events just told, and the
            # events of that same group (its holding, its onward return)
            # a split by nationality ("among those deported, 34 Turks"; then "17 Sri Lankans") adds
            # to the origins a split already gave, and only to a group larger than its parts
            cands = [ev for ev in recent if ev.kind in ("removal", "detention") and (not set(ev.nationalities) - {ev.to} or f.part and id(ev) in origin_of)]
            if f.part:
                cands = [ev for ev in cands if ev.people and all(v is None or v < ev.people["value"] for v in f.nationalities.values())]
            if cands:
                target = max(cands, key=lambda ev: ((ev.people or {}).get("value") or 0, recent.index(ev)))
                group = [target] + [ev for ev in recent if ev is not target and not ev.nationalities and ev.kind in ("removal", "detention", "onward_return") and _same_group(ev, target)]
                for ev in group:
                    ev.nationalities = {**origin_of.get(id(target), {}), **f.nationalities} if f.part else dict(f.nationalities)
                    if not any(x.start == f.sent[0] for x in ev.evidence):
                        ev.evidence.append(Evidence(body[f.sent[0] : f.sent[1]], f.sent[0], f.sent[1]))
                origin_of[id(target)] = dict(target.nationalities)
            continue
        if sender is not None and f.kind == "removal" and f.to in (sender, None) and len(f.nationalities) == 1:
            (nat,) = f.nationalities
            if nat != sender:
                f.from_, f.to, f.to_explicit = sender, nat, True
        if f.kind == "detention" and f.pre and sender is not None and f.to is None and not elsewhere:
            # "held in a pre-removal centre before their deportation": in the country that removes them
            f.to = f.from_ = sender
            f.to_explicit = True
        if custodian is not None and f.kind == "detention" and f.to is None:
            f.to = f.from_ = custodian
            f.to_explicit = True
        if f.kind == "removal" and sender is not None and f.from_ not in (None, sender) and f.from_ in third and f.to is not None and f.to != sender and f.to in f.nationalities:
            # "the Venezuelans held in El Salvador were flown back to Venezuela": sent on home from
            # the third country, an onward return (FORMAT.md)
            f.kind = "onward_return"
        if f.kind == "arrangement" and f.other is not None and f.other in received and f.to not in received:
            f.from_, f.to = f.to, f.other  # "Rwanda signed a partnership with the UK": Rwanda is where people go
        if f.kind == "arrangement" and f.anaphoric:
            deal = next((ev for ev in reversed(events) if ev.kind == "arrangement"), None)
            if deal is not None:  # "the scheme was scrapped": the deal just told, whoever else the clause names
                f.to, f.from_ = deal.to, deal.from_
                if f.terms:  # "Under it, Kosovo will accept ...": the deal's own terms, not a new plan
                    f.status = deal.status
                elif f.status != "rejected" and dates_compatible(deal.date, f.date):
                    # "El convenio fija límites ...", "rejected claims that the pact makes Honduras a safe
                    # third country": the deal just told, talked of again, is no new deal
                    f.status = deal.status
                    if not _people_ok(deal.people, f.people):
                        f.people = None
                    _absorb(deal, f, body)
                    continue
                f.to_explicit = f.to_explicit or (f.status == "rejected" and deal.status != "rejected")
        if f.kind == "arrangement" and f.role == "agree" and f.status == "occurred" and sender is not None and f.to == sender and destination is not None and f.from_ in (None, sender, destination):
            # "the agreement with the United States" in a story of US removals to Panama: the deal of
            # the sender with the story's destination
            f.from_, f.to = sender, destination
        if f.kind == "arrangement" and f.role == "agree" and f.status == "occurred" and f.to is not None and f.to == (sender or hub) and f.from_ not in (None, f.to):
            # "Belice firmó con Washington un acuerdo" in a story of US removals (or of US deals
            # with many countries): the other party is where people go
            f.from_, f.to = f.to, f.from_
        if sender is not None and f.to == sender and f.kind in ("arrangement", "removal", "onward_return"):
            if f.kind == "removal" and (f.from_ not in (None, sender) or "back" in f.roles):
                pass  # a flight back to the sending country is a removal of its own
            elif f.kind == "removal" and f.people is not None and f.to in f.nationalities:
                pass  # "2,808 Kyrgyz nationals were sent home": the sender's own citizens, counted, sent to it
            else:
                continue
        if f.kind == "arrangement" and sender is not None and f.from_ is None:
            f.from_ = sender
        if f.same_period:  # "the same period last year": the period of the figure just told, a year back
            prev = next((ev for ev in reversed(events) if ev.kind == f.kind and ev.date and len(ev.date) >= 7 and ev.date[:4].isdigit()), None)
            if prev is not None and prev.date[:4] == str(int(f.date[:4]) + 1):
                f.date = f.date[:4] + prev.date[4:]
        _inherit(f, events, back, story_dests, frozenset(schemes))
        if f.total and f.to is None and f.from_ is None:
            f.from_ = sender
        if f.from_ is not None and f.from_ == f.to and f.kind in ("removal", "arrangement"):
            f.from_ = None
        if f.kind == "onward_return" and sender is not None and f.from_ == sender:
            # a "repatriation" straight from the sending country is its removal, no onward return
            f.kind, f.to_explicit = "removal", f.to is not None
        match = next((ev for ev in reversed(events) if _compatible(ev, f) and (id(ev) in back) == ("back" in f.roles and f.kind == "removal")), None)
        if match is not None:
            _absorb(match, f, body)
            recent = [ev for ev in recent if ev is not match][-3:] + [match]
        elif _substantive(f) and (f.to is not None or f.kind == "onward_return" or f.total or f.multi):
            events.append(_new(f, body))
            recent = recent[-3:] + [events[-1]]
            if f.kind == "removal" and "back" in f.roles:
                back.add(id(events[-1]))
            if f.scheme:
                schemes.add(id(events[-1]))
            # "A second flight with deportees arrived on Tuesday. The plane landed at Juan
            # Santamaría with 65 people": the lead told the happening before the sentence that
            # names where; it supports the event now made
            for p in pending:
                if p.sent[0] < f.sent[0] and _compatible(events[-1], p):
                    _absorb(events[-1], p, body)
            pending = []
        elif f.to is None and f.kind in ("removal", "detention") and not f.total and f.status == "occurred":
            pending = [p for p in pending if f.sent[0] - p.sent[1] < 400][-2:] + [f]
    events = [e for e in events if not (e.kind == "onward_return" and e.from_ is not None and e.from_ == e.to)]
    for f in supports:  # "the scheme was announced in April 2022": dates the one deal it can mean
        cands = [ev for ev in events if ev.kind == f.kind and ev.status == f.status and (f.to is None or ev.to == f.to) and dates_compatible(ev.date, f.date)]
        if len(cands) == 1 and cands[0].date != _more_specific(cands[0].date, f.date):
            cands[0].date = _more_specific(cands[0].date, f.date)
            cands[0].evidence.append(Evidence(body[f.sent[0] : f.sent[1]], f.sent[0], f.sent[1]))
    _spread_origins(events, origin_of)
    _ended_deals(events)
    _sent_on(events)
    _returns_from_host(events)
    _drop_sums(events)
    if sender is not None:  # "more offenders will be deported to Afghanistan": the story's sender
        for ev in events:
            if ev.kind == "removal" and ev.from_ is None and ev.to != sender:
                ev.from_ = sender
    _own_nationals(events)
    for ev in events:
        if len(ev.nationalities) == 1 and ev.people:
            (k,) = ev.nationalities
            if ev.nationalities[k] is None or ev.nationalities[k] > ev.people["value"]:
                ev.nationalities[k] = ev.people["value"]
    return [ev for ev in events if _stands(ev)]


def _stands(ev: Event) -> bool:
    """Whether a merged event is one FORMAT.md codes. Not a holding that is only planned or
    proposed and counts no one ("they would be housed at a reception centre": on the gold corpora
    such detentions were spurious 12 times in 14); not an onward return told as done from no known
    third country ("the programme brought home 1,115": a home country's own returns, no journey
    on from a third country; a planned one may name its third country elsewhere)."""
    if ev.kind == "detention":
        return ev.people is not None or ev.status not in ("planned", "proposed")
    if ev.kind == "onward_return":
        return ev.from_ is not None or ev.status == "planned"
    return True


_ENDS_DEAL = re.compile("|".join(f"(?:{r[1]})" for r in read_rows("frame_words.tsv") if r[0] == "ends_deal"), re.IGNORECASE)


def _ended_deals(events: list[Event]) -> None:
    """A deal that a later act ends ("Labour scrapped the plan to send asylum seekers to Rwanda")
    was made: where the article tells of the ending only, the deal itself is an event too
    (FORMAT.md: the ending is its own rejected arrangement; the deal keeps its own status)."""
    for ev in list(events):
        if ev.kind != "arrangement" or ev.status != "rejected" or ev.to is None or not _ENDS_DEAL.search(ev.evidence[0].text):
            continue
        if any(o.kind == "arrangement" and o.status == "occurred" and o.to == ev.to and (o.from_ is None or ev.from_ is None or o.from_ == ev.from_) for o in events):
            continue
        events.insert(events.index(ev), Event(kind="arrangement", status="occurred", from_=ev.from_, to=ev.to, nationalities=dict(ev.nationalities), people=None, date=None, evidence=[ev.evidence[0]]))


def _returns_from_host(events: list[Event]) -> None:
    """A return home from a country that no one sent the people to ("Syrian families left Lebanon
    on buses", "Syrians repatriated from Lebanon") is that country's removal, not an onward
    return: FORMAT.md keeps ``onward_return`` for people sent on from a transit or third country."""
    received = {e.to for e in events if e.kind in ("removal", "detention") and e.to and e.from_ != e.to}
    for ev in events:
        if ev.kind != "onward_return" or ev.from_ is None or ev.from_ in received:
            continue
        ev.kind = "removal"
        if ev.to is None and len(ev.nationalities) == 1:
            ev.to = next(iter(ev.nationalities))


def _sent_on(events: list[Event]) -> None:
    """A removal from X home to Y, of Y's nationals, where the article has another country send
    that group to X first, is an onward return (FORMAT.md: sent on from a third country to their
    home): "the Venezuelans deported to El Salvador were flown back to Venezuela"."""
    for ev in events:
        if ev.kind != "removal" or ev.status not in ("occurred", "planned") or ev.from_ is None or ev.to is None:
            continue
        if set(ev.nationalities) != {ev.to}:
            continue
        first = [o for o in events if o is not ev and o.kind in ("removal", "detention") and o.to == ev.from_ and o.from_ not in (None, ev.from_, ev.to) and (not o.nationalities or ev.to in o.nationalities)]
        if first:
            ev.kind = "onward_return"


def _same_group(ev: Event, target: Event) -> bool:
    """``ev`` tells of the people of ``target``: the same count, or no count of its own where
    it happens where ``target`` took them (held there, sent on from there)."""
    if ev.people is not None:
        return target.people is not None and ev.people.get("value") == target.people.get("value")
    return target.to is not None and (ev.kind == "detention" and ev.to == target.to or ev.kind == "onward_return" and ev.from_ == target.to)


def _spread_origins(events: list[Event], origin_of: dict[int, dict]) -> None:
    """The group whose origins a sentence gave keeps them wherever the article counts it again
    ("the 299 were held at a hotel": the same 299 as the flights that brought them)."""
    for ev in events:
        nats = origin_of.get(id(ev))
        if not nats or not ev.people:
            continue
        for other in events:
            if other is not ev and not other.nationalities and other.kind in ("removal", "detention", "onward_return") and other.people and other.people.get("value") == ev.people.get("value"):
                other.nationalities = dict(nats)


def _own_nationals(events: list[Event]) -> None:
    """Where every other removal to a country carries that country's nationals only, one that
    names no nationality carries them too (the flights of one repatriation story)."""
    for ev in events:
        if ev.kind != "removal" or ev.nationalities or ev.to is None:
            continue
        others = [o for o in events if o is not ev and o.kind == "removal" and o.to == ev.to and o.from_ == ev.from_ and o.nationalities]
        if len(others) >= 2 and all(set(o.nationalities) == {ev.to} for o in others):
            ev.nationalities = {ev.to: None}


def _drop_sums(events: list[Event]) -> None:
    """A count that is the sum of other events' counts (same kind and destination) is no event."""
    for ev in list(events):
        if not ev.people:
            continue
        others = [o.people["value"] for o in events if o is not ev and o.people and o.kind == ev.kind and o.to == ev.to]
        if len(others) >= 2 and _is_subset_sum(others, ev.people["value"]):
            events.remove(ev)


def _is_subset_sum(values: list[int], target: int) -> bool:
    sums = {0}
    for v in values[:12]:
        sums |= {s + v for s in sums}
    return any(target == s for s in sums if s not in values and s != 0)
