"""Date mentions in a body, resolved against the publication date.

``find_dates(text, published, language=None)`` -> ``Mention(kind="date")`` with value
``{"date": "YYYY" | "YYYY-MM" | "YYYY-MM-DD", "relative": bool}``.

- Absolute: "February 13", "Feb. 20, 2025", "13 February 2025", "el 19 de febrero
  (de 2025)", "30 апреля 2025 года", "20.02.2025", "2025-02-20", "March 2025",
  "in March", "mid-February", "a principios de marzo", "в конце апреля",
  "в августе 2024 года", "in 2023", "since 2021", "в 2021 году". A leading weekday
  is part of the span ("Thursday, Feb. 13"). A month without a year takes the year
  that puts it between ten months before and two months after publication
  ("December 28" on a page of 3 Jan 2026 is 2025-12-28).
- Relative (``relative: True``, needs ``published``): yesterday/today/tomorrow,
  weekdays ("on Thursday" = the latest Thursday on or before publication; "last
  Thursday" strictly before; "next Thursday", or a clear future tense before it,
  or a "would"/conditional verb shortly before it, forward), "last/this/next week" and "earlier this month" etc. Per FORMAT.md a
  phrase naming a span gives the month of the span's first day ("last week" on
  Wed 7 May 2025 -> 2025-04); "this year"/"earlier this year"/"next year" give
  YYYY; "in the coming days/weeks" the month of publication; "N days ago".
- The span is the date words only, without "on"/"in"/"since" (consumers read
  the left context for those).
Month names come from ``data/months.tsv``; weekday names and relative phrases
from ``data/date_words.tsv``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from ..data import read_rows
from ..record import Mention

LANGS = ("en", "es", "ru")


@cache
def _months() -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {lang: {} for lang in LANGS}
    for row in read_rows("months.tsv"):
        lang, num, form = (list(row) + ["", ""])[:3]
        if lang in out and form.strip():
            out[lang][form.strip().lower()] = int(num)
    return out


@cache
def _words() -> dict[str, dict[str, list[tuple[str, str]]]]:
    """lang -> kind -> [(form, meaning)] from date_words.tsv."""
    out: dict[str, dict[str, list[tuple[str, str]]]] = {lang: {} for lang in LANGS}
    for row in read_rows("date_words.tsv"):
        lang, kind, meaning, form = row[:4]
        for f in form.split("|"):
            out[lang].setdefault(kind, []).append((f.strip(), meaning.strip()))
    return out


def _alt(forms) -> str:
    """One trie-shaped alternation (fails at the first character, longest match first)."""
    from .countries import _trie_regex

    return _trie_regex(sorted(set(forms))) or "(?!)"


class _Lang:
    def __init__(self, lang: str):
        self.lang = lang
        months = dict(_months()[lang])
        if lang == "en":
            months.pop("may", None)
        self.months = _months()[lang]
        words = _words()[lang]
        self.weekday = {f.lower(): int(m) for f, m in words.get("weekday", [])}
        self.rel = {f.lower(): m for f, m in words.get("relative", [])}
        self.wmod = {f.lower(): m for f, m in words.get("weekday_mod", [])}
        self.part = {f.lower(): m for f, m in words.get("month_part", [])}
        mon = rf"(?:{_alt(self.months)})\.?"
        wd = rf"(?:{_alt(self.weekday)})"
        def day(n: int) -> str:
            return rf"(?P<d{n}>[0-3]?\d)(?![,.]\d)(?:st|nd|rd|th|º|-?(?:го|е|ое))?"

        def year(n: int) -> str:
            return rf"(?P<y{n}>(?:19|20)\d\d)"

        i = "(?i:" if lang != "en" else "(?:"  # English months need their capital
        mon_i = rf"{i}{mon})" if lang != "en" else rf"(?:{_cap_alt(self.months)})\.?"
        wd_i = rf"(?i:{wd})" if lang != "en" else rf"(?:{_cap_alt(self.weekday)})"
        lead = rf"(?:{wd_i},?\s+)?"
        if lang == "en":
            md = rf"{lead}(?P<m1>{mon_i})\s+{day(1)}(?!\d)(?:,?\s+{year(1)})?"
            dm = rf"{lead}{day(2)}\s+(?:of\s+)?(?P<m2>{mon_i})(?:,?\s+{year(2)})?"
        elif lang == "es":
            md = rf"(?!)(?P<m1>x){day(1)}{year(1)}"
            dm = rf"{lead}{day(2)}\s+(?i:de\s+)?(?P<m2>{mon_i})(?:\s+(?i:de|del)\s+{year(2)})?"
        else:
            md = rf"(?!)(?P<m1>x){day(1)}{year(1)}"
            dm = rf"{day(2)}\s+(?P<m2>{mon_i})(?:\s+{year(2)}(?:\s*(?i:года|г\.|году))?)?"
        part = _alt(self.part) if self.part else "(?!)"
        my = rf"(?:(?P<part>(?i:{part}))[\s-]*)?(?P<m3>{mon_i})(?:\s+(?i:de\s+|del\s+)?(?P<y3>(?:19|20)\d\d)(?:\s*(?i:года|году|г\.))?)?"
        rel = rf"(?P<rel>(?i:{_alt(self.rel)}))" if self.rel else "(?!)"
        wmod = _alt(self.wmod) if self.wmod else "(?!)"
        wday = rf"(?:(?P<wmod>(?i:{wmod}))\s+)?(?P<wd>{wd_i})(?:\s+(?P<wpost>(?i:pasado|próximo|proximo|que viene)))?"
        ago = {"en": r"(?P<n>\d{1,2}|two|three|four|five|six|seven|ten)\s+(?P<unit>days?|weeks?)\s+ago",
               "es": r"hace\s+(?P<n>\d{1,2}|dos|tres|cuatro|cinco|seis|siete|diez)\s+(?P<unit>días?|semanas?)",
               "ru": r"(?P<n>\d{1,2}|два|две|три|четыре|пять|шесть|семь|десять)\s+(?P<unit>дн(?:я|ей)|недел[иь])\s+назад"}[lang]
        yearonly = {"en": r"(?i:in|since|by|until|from|of|during|throughout|before|after|early|late|mid-?|between|and|to)",
                    "es": r"(?i:en|desde|de|hasta|durante|para|entre|y|a|del)",
                    "ru": r"(?i:в|с|до|по|к|на|за|от|начале|конце|середине)"}[lang]
        ysuffix = r"(?:(?:\s+(?i:финансов|бюджетн|учебн|календарн)\w+)?\s*(?i:году|года|год|г\.))" if lang == "ru" else ""
        # "in fiscal year 2024", "en el año fiscal 2024": the year it is named by
        yprefix = {"en": r"(?:(?i:the\s+)?(?i:fiscal|financial|budget)\s+(?i:year)\s+)?", "es": r"(?:(?i:el\s+)?(?i:año\s+fiscal|ejercicio(?:\s+fiscal)?)\s+)?"}.get(lang, "")
        # every date contains a year, a month, a weekday or the last word of a relative
        # phrase: the full pattern only runs in a window around such an anchor
        keys = set(self.months) | set(self.weekday) | {f.split()[-1] for f in self.rel}
        keys |= {"day", "days", "week", "weeks", "días", "dias", "semanas", "дня", "дней", "недели", "неделю"}
        self.anchor = re.compile(rf"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\w)(?i:{_alt(k.lower() for k in keys)})")
        self.regex = re.compile(
            rf"(?<![\w.])(?:(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)(?![\d])"
            rf"|(?P<dot>[0-3]?\d)[./](?P<dot2>[01]?\d)[./](?P<doty>(?:19|20)\d\d)(?![\d])"
            rf"|(?P<md>{md})|(?P<dm>{dm})|(?P<ago>(?i:{ago}))|(?P<relw>{rel})|(?P<wday>{wday})|(?P<my>{my})"
            rf"|(?:{yearonly})\s+{yprefix}(?P<yo>(?:19|20)\d\d){ysuffix}(?![\d\-/])"
            rf"|(?P<yr>(?:19|20)\d\d)(?=\s*(?i:году|года|год|г\.)))(?![\w])"
        )


def _cap_alt(forms) -> str:
    caps = {f[:1].upper() + f[1:] for f in forms} | {f.upper() for f in forms if len(f) > 3}
    return _alt(caps)


@cache
def _lang(lang: str) -> _Lang:
    return _Lang(lang)


def _guess(text: str) -> str:
    from .numbers import _lang_of

    return _lang_of(text)


def _parse_published(published: str | None) -> date | None:
    if not published:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", published)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _infer_year(month: int, pub: date | None) -> int | None:
    if pub is None:
        return None
    delta = month - pub.month
    if delta > 2:
        return pub.year - 1
    if delta < -10:
        return pub.year + 1
    return pub.year


def _month_start(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


_FUTURE = re.compile(
    r"\b(?:will|'ll|shall|is expected|are expected|is due|are due|scheduled|planned|plans? to|set to|"
    r"is to|are to|going to|va a|van a|llegará|llegarán|saldrá|será|serán|prevé|previsto|está previsto|"
    r"будет|будут|планируется|планирует|намерен|ожидается|состоится)\b",
    re.IGNORECASE,
)


# a future in the past governs the weekday right after its verb: "said she would call a meeting on
# Monday", "dijo que convocaría el lunes" (the clause, not the whole sentence: "officials said they
# would appeal; the flight landed on Monday" stays in the past)
_WOULD = re.compile(r"(?:\bwould|\b(?-i:(?:[a-zñáéíóú]{2,}[aei]|pod|habr|tendr|saldr|vendr|pondr|querr|sabr|valdr|h|d)rían?))\b[^.;:!?]{0,60}$", re.IGNORECASE)


def _weekday(pub: date, wd: int, mode: str, text_before: str) -> date:
    future = _FUTURE.search(text_before) or _WOULD.search(text_before)
    if mode == "next" or (mode == "plain" and future):
        delta = (wd - pub.weekday()) % 7
        if mode == "next" and delta == 0:
            delta = 7
        return pub + timedelta(days=delta)
    delta = (pub.weekday() - wd) % 7
    if mode == "last" and delta == 0:
        delta = 7
    return pub - timedelta(days=delta)


def _relative(meaning: str, pub: date) -> str | None:
    monday = pub - timedelta(days=pub.weekday())
    first = pub.replace(day=1)
    prev_month_last = first - timedelta(days=1)
    table = {
        "yesterday": lambda: (pub - timedelta(days=1)).isoformat(),
        "today": lambda: pub.isoformat(),
        "tomorrow": lambda: (pub + timedelta(days=1)).isoformat(),
        "day_before_yesterday": lambda: (pub - timedelta(days=2)).isoformat(),
        "day_after_tomorrow": lambda: (pub + timedelta(days=2)).isoformat(),
        "last_week": lambda: _month_start(monday - timedelta(days=7)),
        "this_week": lambda: _month_start(monday),
        "next_week": lambda: _month_start(monday + timedelta(days=7)),
        "last_weekend": lambda: (monday - timedelta(days=2)).isoformat()[:7],
        "last_month": lambda: _month_start(prev_month_last),
        "this_month": lambda: _month_start(pub),
        "next_month": lambda: _month_start((first + timedelta(days=32)).replace(day=1)),
        "coming_days": lambda: _month_start(pub),
        "last_year": lambda: f"{pub.year - 1:04d}",
        "this_year": lambda: f"{pub.year:04d}",
        "year_start": lambda: f"{pub.year:04d}-01",  # "since the start of the year": the span's first month
        "last_year_start": lambda: f"{pub.year - 1:04d}-01",  # "the first half of last year": its first month
        "next_year": lambda: f"{pub.year + 1:04d}",
    }
    f = table.get(meaning)
    return f() if f else None


def find_dates(text: str, published: str | None = None, language: str | None = None) -> list[Mention]:
    """Date mentions of ``text`` (see the module docstring)."""
    if not text:
        return []
    lang = language if language in LANGS else _guess(text)
    lx = _lang(lang)
    pub = _parse_published(published)
    out: list[Mention] = []
    for m in _scan(lx, text):
        value = _resolve(m, lx, pub, text)
        if value is None:
            continue
        iso, relative = value
        s, e = m.span("yo") if m.group("yo") else m.span()
        if m.group("yo") and text[e : e + 6].strip().lower().startswith(("году", "года", "год", "г.")):
            e = m.end()
        if len(iso) >= 7 and pub is not None and not re.search(r"\d{4}", text[s:e]) and (ly := _LAST_YEAR_AFTER.match(text, e)):
            iso, e = f"{pub.year - 1:04d}" + iso[4:], ly.end()  # "в апреле прошлого года", "in April last year"
        if len(iso) == 4:
            first = _FIRST_MONTHS.search(text, max(0, s - 50), s)
            if first is not None:  # "in the first eight months of 2025": the span's first month (FORMAT.md)
                iso, s = iso + "-01", first.start()
        if out and s < out[-1].end:
            continue  # inside the date just read ("April last year")
        out.append(Mention("date", s, e, text[s:e], {"date": iso, "relative": relative}))
    out = _anaphoric(text, out, pub)
    # "в субботу, 19 апреля": the printed date wins over the weekday's resolution
    keep = []
    for i, mm in enumerate(out):
        nxt = out[i + 1] if i + 1 < len(out) else None
        if mm.value["relative"] and nxt is not None and not nxt.value["relative"] and len(nxt.value["date"]) == 10 \
                and re.fullmatch(r"[\s,]{0,3}", text[mm.end : nxt.start]) and lx.weekday.get(mm.text.split()[-1].lower()) is not None:
            continue
        keep.append(mm)
    return _year_context(text, _ranges(text, keep))


_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _year_context(text: str, out: list[Mention]) -> list[Mention]:
    """A day or month printed without its year takes the year an earlier date of the same
    sentence prints ("В начале 2023 года темп сохранялся: с 1 по 19 января" is January 2023),
    rather than the year guessed from the publication date."""
    for i, m in enumerate(out):
        v = m.value
        if v.get("relative") or len(v["date"]) < 7 or _YEAR_IN.search(m.text):
            continue
        start = max(text.rfind(". ", 0, m.start), text.rfind("; ", 0, m.start), text.rfind("\n", 0, m.start), 0)
        prev = [d for d in out[:i] if d.start >= start and not d.value.get("relative") and _YEAR_IN.search(d.text)]
        if prev:
            year = _YEAR_IN.search(prev[-1].text).group()
            if year != v["date"][:4]:
                m.value = {**v, "date": year + v["date"][4:]}
    return out


# "from June to August", "entre noviembre de 2019 y marzo de 2020", "с июня по август": a span
_RANGE_OPEN = re.compile(r"(?<!\w)(?:from|between|since|de|desde|entre|с|со|между)\s+(?:the\s+|el\s+|la\s+)?$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:to|through|until|till|and|a|al|hasta|y|e|по|до|и|[-–—])\s*(?:the\s+|el\s+|la\s+)?", re.IGNORECASE)


def _ranges(text: str, out: list[Mention]) -> list[Mention]:
    """Mark the two ends of a span of time: the start with ``range: "start"`` (a figure over the
    span is dated by the month of its first day, FORMAT.md), the end with ``range: "end"``. A
    start month printed without a year takes the end's year ("с июня по август 2025 года")."""
    for a, b in zip(out, out[1:], strict=False):
        if not _RANGE_JOIN.fullmatch(text, a.end, b.start) or a.value.get("range") or b.value.get("relative") or a.value.get("relative") and not _RANGE_OPEN.search(text, max(0, a.start - 12), a.start):
            continue
        if not (_RANGE_OPEN.search(text, max(0, a.start - 12), a.start) or text[a.end : b.start].strip() in "-–—"):
            continue
        da, db = a.value["date"], b.value["date"]
        if len(da) == 7 and len(db) >= 7 and not re.search(r"\d{4}", a.text) and da[5:7] <= db[5:7]:
            da = db[:4] + da[4:]
        if da > db:
            continue
        a.value = {**a.value, "date": da[:7] if len(da) >= 7 else da, "range": "start"}
        b.value = {**b.value, "range": "end"}
    return out


_LAST_YEAR_AFTER = re.compile(r"\s+(?:(?:прошлого|минувшего|прошедшего)\s+года|del\s+año\s+(?:pasado|anterior)|(?:of\s+)?last\s+year)(?!\w)", re.IGNORECASE)
_FIRST_MONTHS = re.compile(
    r"(?:(?:(?:the\s+)?first|(?:los\s+)?primeros|(?:за\s+)?первые)\s+(?:[^\W\d]+\s+|\d+\s+)?(?:months|meses|месяц\w*)|"
    r"(?:the\s+)?first\s+(?:half|quarter)|(?:el\s+)?primer\s+(?:semestre|trimestre)|(?:в|за)\s+первом\s+(?:полугодии|квартале)|за\s+первое\s+полугодие|за\s+первый\s+квартал)"
    r"\s+(?:of\s+|de\s+|del\s+)?$",
    re.IGNORECASE,
)
# "the same period last year" (a figure's period one year back); "that same month" (the month just named)
_SAME_PERIOD = re.compile(
    r"(?<!\w)(?:(?:the\s+)?same\s+period\s+(?:of\s+|in\s+)?(?:last|the\s+previous)\s+year|(?:el\s+)?mismo\s+per[ií]odo\s+del\s+año\s+(?:pasado|anterior)|тот\s+же\s+период\s+прошлого\s+года|(?:за\s+)?те\s+же\s+месяцы\s+прошлого\s+года|(?:the\s+)?same\s+months\s+(?:of\s+)?last\s+year|(?:los\s+)?mismos\s+meses\s+del\s+año\s+(?:pasado|anterior))",
    re.IGNORECASE,
)
_SAME_MONTH = re.compile(r"(?<!\w)(?:(?:that|the)\s+same\s+month|(?:ese|aquel|el)\s+mismo\s+mes|в\s+том\s+же\s+месяце)(?!\w)", re.IGNORECASE)
_SAME_DAY = re.compile(r"(?<!\w)(?:(?:that|the)\s+same\s+day|on\s+the\s+same\s+day|(?:ese|aquel|el)\s+mismo\s+día|в\s+тот\s+же\s+день|в\s+этот\s+же\s+день)(?!\w)", re.IGNORECASE)


_DAY_BEFORE = re.compile(r"(?<!\w)(?:a\s+day\s+earlier|the\s+day\s+before|un\s+día\s+antes|el\s+día\s+anterior|дн[её]м\s+ранее|за\s+день\s+до\s+этого)(?!\w)", re.IGNORECASE)
_SAME_WORDS = ("same", "Same", "SAME", "mism", "Mism", "MISM", " же ", "day earlier", "day before", "día antes", "día anterior", "м ранее", "день до")


def _anaphoric(text: str, out: list[Mention], pub) -> list[Mention]:
    """Dates that point back: "the same period last year" (``same_period``: the figure just given,
    a year earlier; without one, last year) and "that same month" (the month of the date before)."""
    hits = []
    for word in _SAME_WORDS:  # str.find is much faster than a case-insensitive regex scan
        i = text.find(word)
        while i >= 0:
            hits.append(i)
            i = text.find(word, i + 1)
    if not hits:
        return out
    extra = []

    def near(rx: re.Pattern):
        # the phrases hold "same", "mism", "же": each pattern runs only in a window around those words
        seen = set()
        for h in hits:
            for m in rx.finditer(text, max(0, h - 30), h + 60):
                if m.start() not in seen:
                    seen.add(m.start())
                    yield m

    for m in near(_SAME_PERIOD):
        if pub is not None:
            extra.append(Mention("date", m.start(), m.end(), m.group(), {"date": str(pub.year - 1), "relative": True, "same_period": True}))
    for m in near(_SAME_MONTH):
        prev = [d for d in out if d.end <= m.start() and len(d.value["date"]) >= 7]
        if prev:
            extra.append(Mention("date", m.start(), m.end(), m.group(), {"date": prev[-1].value["date"][:7], "relative": True}))
    for m in near(_DAY_BEFORE):  # "a day earlier", "днём ранее": the day before the date just named
        prev = [d for d in out if d.end <= m.start() and len(d.value["date"]) == 10]
        if prev:
            day = date.fromisoformat(prev[-1].value["date"]) - timedelta(days=1)
            extra.append(Mention("date", m.start(), m.end(), m.group(), {"date": day.isoformat(), "relative": True}))
    for m in near(_SAME_DAY):  # "the same day": the day (or the month) of the date before
        prev = [d for d in out if d.end <= m.start() and len(d.value["date"]) >= 7]
        if prev:
            extra.append(Mention("date", m.start(), m.end(), m.group(), {"date": prev[-1].value["date"], "relative": True}))
    return sorted(out + extra, key=lambda d: d.start) if extra else out


def _scan(lx: _Lang, text: str):
    """``lx.regex.finditer(text)``, but only run near anchors (much faster on long text)."""
    pos, n = 0, len(text)
    for a in lx.anchor.finditer(text):
        if a.start() < pos:
            continue
        endpos = min(n, a.end() + 48)
        while True:
            m = lx.regex.search(text, max(pos, a.start() - 32), endpos)
            if m is None or m.start() > a.start():
                break
            if m.end() == endpos and endpos < n:  # could run on past the window: redo unbounded
                m = lx.regex.search(text, m.start())
            yield m
            pos = max(m.end(), pos + 1) if m.end() == m.start() else m.end()
            if pos > a.start():
                break


def _valid(y: int, mo: int, d: int | None = None) -> bool:
    try:
        date(y, mo, d or 1)
    except ValueError:
        return False
    return True


def _resolve(m: re.Match, lx: _Lang, pub: date | None, text: str) -> tuple[str, bool] | None:
    g = m.groupdict()
    if g["iso"]:
        y, mo, d = (int(x) for x in g["iso"].split("-"))
        return (g["iso"], False) if _valid(y, mo, d) else None
    if g["dot"]:
        a, b, y = int(g["dot"]), int(g["dot2"]), int(g["doty"])
        d, mo = (a, b)
        if lx.lang == "en" and "/" in m.group() and a <= 12:
            mo, d = a, b
        return (f"{y:04d}-{mo:02d}-{d:02d}", False) if _valid(y, mo, d) else None
    if g["md"] or g["dm"]:
        mname = (g["m1"] or g["m2"]).lower().rstrip(".")
        mo = lx.months.get(mname) or lx.months.get(mname + ".")
        if not mo:
            return None
        d = int(g["d1"] or g["d2"])
        yy = g["y1"] or g["y2"]
        if yy:
            y, rel = int(yy), False
        else:
            y, rel = _infer_year(mo, pub), False
            if y is None:
                return None
        return (f"{y:04d}-{mo:02d}-{d:02d}", rel) if _valid(y, mo, d) else None
    if g["ago"]:
        if pub is None:
            return None
        n = g["n"].lower()
        nums = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10, "dos": 2,
                "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "diez": 10, "два": 2, "две": 2,
                "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "десять": 10}
        k = int(n) if n.isdigit() else nums.get(n, 0)
        unit = g["unit"].lower()
        days = k * (7 if unit.startswith(("week", "seman", "недел")) else 1)
        d = pub - timedelta(days=days)
        return (d.isoformat() if days < 7 else _month_start(d), True)
    if g["relw"]:
        if pub is None:
            return None
        key = re.sub(r"\s+", " ", g["relw"].lower())
        meaning = lx.rel.get(key)
        if meaning is None:
            return None
        if lx.lang == "es" and meaning == "tomorrow" and re.search(r"(?:la|esta|por la|de la|cada)\s+$", text[max(0, m.start() - 8) : m.start()], re.I):
            return None
        iso = _relative(meaning, pub)
        return (iso, True) if iso else None
    if g["wday"]:
        if pub is None:
            return None
        wd = lx.weekday.get(g["wd"].lower())
        if wd is None:
            return None
        mode = "plain"
        mod = (g["wmod"] or "").lower()
        post = (g["wpost"] or "").lower()
        if lx.wmod.get(mod) == "last" or post == "pasado":
            mode = "last"
        elif lx.wmod.get(mod) == "next" or post in ("próximo", "proximo", "que viene"):
            mode = "next"
        elif lx.wmod.get(mod) == "skip":
            return None
        elif lx.wmod.get(mod) == "week":
            # "este martes": that day of this very week; one still to come in a clause that tells
            # of the past ("в этот четверг прилетел") is the one just gone
            d = pub - timedelta(days=pub.weekday()) + timedelta(days=wd)
            sent_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
            if d > pub and not (_FUTURE.search(text, sent_start, m.end() + 80) or _WOULD.search(text, sent_start, m.end() + 80)):
                d -= timedelta(days=7)
            return (d.isoformat(), True)
        if lx.lang == "es" and not mod and not re.search(r"(?:\bel|\blos|\beste|\besta)\s+$", text[max(0, m.start() - 6) : m.start()], re.I):
            return None  # a bare Spanish weekday ("de lunes a viernes") is no date
        if lx.lang == "ru" and not mod and not re.search(r"(?:^|[^\w])(?:в|во)\s+$", text[max(0, m.start() - 4) : m.start()], re.I):
            return None
        sent_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
        d = _weekday(pub, wd, mode, text[sent_start : m.start()])
        return (d.isoformat(), True)
    if g["my"]:
        mname = g["m3"].lower().rstrip(".")
        mo = lx.months.get(mname) or lx.months.get(mname + ".")
        if not mo:
            return None
        if lx.lang == "en" and len(mname) <= 3 and not g["y3"]:
            return None  # "Mar", "Jun" alone: too ambiguous
        if lx.lang == "es" and not g["y3"] and not g["part"] and not re.search(r"(?:\ben|\bde|\bdesde|\bhasta|\bpara|\bentre|\by|\ba)\s+$", text[max(0, m.start() - 8) : m.start()], re.I):
            return None
        if lx.lang == "en" and g["m3"][:1].isupper() and mname in ("march", "may") and not g["y3"] and not g["part"] and not re.search(
                r"(?:\bin|\bsince|\bby|\buntil|\bof|\bfrom|\bearly|\blate|\bend of|\bthrough|\bbetween|\band|\bto|\blast|\bthis|\bnext|\bduring)\s+$", text[max(0, m.start() - 10) : m.start()], re.I):
            return None
        y = int(g["y3"]) if g["y3"] else _infer_year(mo, pub)
        if y is None:
            return None
        return (f"{y:04d}-{mo:02d}", False)
    if g["yo"] or g["yr"]:
        return (g["yo"] or g["yr"], False)
    return None


def warm() -> None:
    for lang in LANGS:
        _lang(lang)
