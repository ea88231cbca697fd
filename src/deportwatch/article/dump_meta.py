"""Metadata of a naive text dump: title, date, byline, outlet, rubric, language.

A text dump is the visible text of a whole page, one block per line; the body lines
are known (``body`` indices from :mod:`.dump_body`). Everything else is read from the
page furniture around the body with general rules:

- **published**: the date line nearest above the body (a short line that is mostly a
  date), skipping "Updated ..." / "Last modified ..." lines; else just below the body;
- **title**: the first headline-like line of the header block above the body (prose,
  sharing words with the body, not a caption, byline, notice or breadcrumb);
- **author**: "By X", "Author: X", "Автор: X", "Por X", "X | Outlet", or a name line
  next to the date; several joined with ", ";
- **outlet**: the copyright holder (legal suffixes dropped), matched to how the page
  brands itself (a byline's outlet line, an acronym or "The ..." masthead); else a
  site name in the text ("told Kun.uz") or a wire tag ("(EFE)", via ``data/outlets.tsv``);
- **section**: a date line's label ("SOCIETY | 11:14 / ..."), else the breadcrumb above
  the title: its first item that repeats a navigation item, else the line nearest the title;
- **language**: of the body text; **views**, **reading_time** where labelled.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Any

from ..data import read_rows
from ..mentions.actors import ru_body_nominative
from .dates import find_date, is_updated_label, parse_published
from .language import detect_language

_WORD = re.compile(r"[^\W_]+(?:[.'’-][^\W_]+)*")
_LETTERS = re.compile(r"[^\W\d_]")

# ------------------------------------------------------------------ data


@lru_cache(maxsize=1)
def wire_brands() -> dict[str, str]:
    """``data/outlets.tsv``: printed name (lower case) -> the brand the outlet uses."""
    return {row[0].strip().casefold(): row[1].strip() for row in read_rows("outlets.tsv") if len(row) >= 2}


# ------------------------------------------------------------------ small helpers


def _norm(s: str) -> str:
    s = s.strip()
    if "  " in s or "\t" in s or "\xa0" in s or "\r" in s:
        return " ".join(s.split())
    return s


def fold(s: str) -> str:
    return " ".join(s.split()).casefold()


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _stems(s: str) -> set[str]:
    return {w.casefold()[:5] for w in _WORD.findall(s) if len(w) >= 4 and not w.isdigit()}


_CAPTION = re.compile(
    r"(?:\b(?:photo(?:graph)?s?|fotos?|fotografía|imagen|image|picture|credit|crédito|фото|снимок)"
    r"\b\s*[:/©]|^(?:photo|foto|фото|fotografía|image|imagen)\b|\bimage source\b|\bimage caption\b"
    r"|getty images|\b(?:EFE|AFP|AP|Reuters)/|\(\s*photo\b)",
    re.I,
)
_NOTICE = re.compile(
    r"^(?:this (?:article|story|content) (?:is|was) (?:more than|over|published)|"
    r"listen to (?:this )?(?:article|story)|\d+\s*min(?:ute)?s?\.? read|reading time|"
    r"время чтения|lectura de|tiempo de lectura|we use cookies|utilizamos cookies|"
    r"мы используем|(?:share|compartir|поделиться)\b|comments?\b|comentarios\b|"
    r"комментари|advertisement|publicidad|реклама|sponsored|skip to|ir al contenido|"
    r"перейти к)",
    re.I,
)
_UI = re.compile(
    r"^(?:a[+-]|home|inicio|portada|главная|search|buscar|поиск|menu|menú|меню|share|"
    r"compartir|поделиться|subscribe|suscríbete|sign in|log in|iniciar sesión|login|"
    r"register|more|más|ещё|еще|close|cerrar|print|imprimir|aceptar|accept|ok|хорошо|"
    r"настройки|settings|configurar|newsletters?|live|video|videos|видео|podcasts?|"
    r"facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail|copy link|copiar enlace)$",
    re.I,
)
_COPYRIGHT = re.compile(
    r"©|\(c\)|\bcopyright\b|all rights reserved|todos los derechos reservados|"
    r"все права защищены|alle rechte vorbehalten|tous droits réservés|todos os direitos reservados",
    re.I,
)
_COPYRIGHT_NEEDLES = (
    "©", "(c)", "copyright", "rights reserved", "derechos reservados", "права защищены",
    "rechte vorbehalten", "droits réservés", "direitos reservados",
)
_RIGHTS = re.compile(
    r"\b(?:all rights reserved|todos los derechos reservados|все права защищены|"
    r"alle rechte vorbehalten|tous droits réservés|todos os direitos reservados|"
    r"or its affiliated companies|and its affiliates|y sus filiales)\b\.?",
    re.I,
)
_LEGAL = re.compile(
    r"[,\s]+(?:s\.\s?a\.?(?:\s?de\s?c\.\s?v\.?)?|s\.\s?l\.?|ltd\.?|limited|inc\.?|llc|l\.l\.c\.|"
    r"gmbh|ag|plc|co\.|corp\.?|corporation|b\.v\.|n\.v\.|s\.p\.a\.?|srl|ооо|ао|оао|зао|пао|"
    r"casa editorial|editora|media group|(?:media )?holdings?|comunicaciones|\([A-ZА-Я]{2,6}\))\s*$",
    re.I,
)
_LEGAL_LEAD = re.compile(
    r"^(?:by|de|del|corporación|corporacion|corporation|casa editorial|grupo|group|editorial|compañía anónima|"
    r"compania anonima|c\.\s?a\.|ооо|ао|зао|пао|фгбу|фгуп|ано|редакция)\s+", re.I
)
_CORP_WORDS = {
    "news", "media", "group", "&", "and", "holdings", "publishing", "publications", "company",
    "network", "networks", "corporation", "broadcasting", "limited", "ltd", "inc", "plc",
}
_DOMAIN = re.compile(
    r"(?<![\w@/.])((?:[A-Z][\w-]*|[a-z][\w-]*[A-Z][\w-]*)\.(?:[a-z]{2,3}|info|news|online))(?!\w|\.\w)"
)
_TLD = re.compile(r"\.(?:[a-z]{2,3}|info|news|online)(?!\w|\.\w)")


def _name_start(text: str, dot: int) -> int:
    """Where the word ending right before ``text[dot]`` starts."""
    i = dot
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "_-"):
        i -= 1
    return i


_WIRE_TAG = re.compile(r"\((?P<tag>[A-ZА-ЯЁ][\w.\- ]{0,30}?)\)\s*[-–—.:]")
_BYLINE = re.compile(
    r"^(?:by|por|par|von|door|di|de|от|автор(?:ы)?|author(?:s)?|text|texto|written by|"
    r"escrito por|reporting by)\s*:?\s+(?P<who>.+)$",
    re.I,
)
_STAFF = re.compile(
    r"\b(?:redacción|redaccion|redação|staff|newsroom|desk|team|editorial|editors?|"
    r"редакция|agencia|agency|agencies|news|service|wire|correspondents?|bureau|"
    r"web desk|online|corresponsal)\b",
    re.I,
)
_NAME_TAIL = re.compile(
    r"\s+(?:in|en|em|из|в|from|reporting from|desde)\s+[A-ZÀ-ÝА-ЯЁ][\w .,'’/-]*$"
)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|\s&\s|\sand\s|\sy\s|\se\s|\sи\s|\sund\s|\set\s)\s*")
_PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den",
              "bin", "bint", "ibn", "al", "el", "la", "le", "y", "e", "du", "ter", "ben"}
_VIEWS = re.compile(
    r"^(?:views?|просмотр(?:ов|ы)?|visitas|vistas|lecturas)\s*:?\s*(?P<n>\d[\d\s.,]*)$"
    r"|^(?P<n2>\d[\d\s.,]*)\s*(?:views?|просмотр\w*|visitas|vistas|lecturas)$",
    re.I,
)
_READ = re.compile(
    r"(?:(?P<a>\d{1,3})\s*(?:min(?:ute)?s?|мин(?:ут[аы]?)?|minutos?)\.?\s*(?:read|de lectura|чтения|lectura)"
    r"|(?:reading time|время чтения|tiempo de lectura|lectura de|read time)\s*:?\s*(?P<b>\d{1,3}))",
    re.I,
)


_NOT_ITEM = re.compile(r"[.!?:;|©@/]|\d")


def _is_short_item(s: str) -> bool:
    """A navigation / breadcrumb item: 1-4 words, letters, no sentence punctuation."""
    w = s.split()
    if not 1 <= len(w) <= 4 or len(s) > 40:
        return False
    if _NOT_ITEM.search(s):
        return False
    return len(_LETTERS.findall(s)) >= 2


_CRUMB_SEP = re.compile(r"\s+/\s+|\s*[>»›→|]\s*")
_HOME_ITEM = re.compile(r"^(?:home|homepage|start|main|inicio|portada|portal|главная|на главную|accueil|startseite)$", re.I)
# calls to action and account controls: never a rubric
_CTA_LINE = re.compile(
    r"^(?:subscribe|sign up|sign in|log in|register|follow us|follow|join|donate|support us|get (?:our|the)|"
    r"newsletters?|подписаться|подпишитесь|подписка|войти|зарегистрироваться|рассылка|suscr[ií]b[ea]te|"
    r"suscribirse|suscripci[oó]n|reg[ií]strate|iniciar sesi[oó]n|s[ií]guenos|dona)\b",
    re.I,
)


def _breadcrumb(s: str) -> list[str] | None:
    """The items of a breadcrumb line ("Home / World", "News|Migration", "Главная > Мигранты"):
    two or more navigation items joined by a path separator; None for any other line."""
    if len(s) > 120 or not _CRUMB_SEP.search(s):
        return None
    items = [x.strip() for x in _CRUMB_SEP.split(s)]
    if len(items) < 2 or not all(_is_short_item(x) for x in items):
        return None
    return items


def _crumb_section(items: list[str], outlet: str | None) -> str | None:
    """The rubric of a breadcrumb: its first level under the site root (home, the outlet)."""
    for x in items:
        if _HOME_ITEM.match(x) or (outlet and fold(x) == fold(outlet)):
            continue
        return _title_case(x)
    return None


def _is_date_line(s: str) -> tuple[str, int, int] | None:
    """A short line that is mostly a date: ``(iso-with-time, start, end)`` of its date."""
    if len(s) > 90:
        return None
    found = find_date(s)
    if not found:
        return None
    iso, start, end = found
    rest = s[:start] + " " + s[end:]
    if len(_words(rest)) > 7:
        return None
    full = parse_published(s)
    return (full or iso), start, end


# a dateline's end ("SANTO DOMINGO.-", "KABUL —"): a place, never a byline
_DATELINE_END = re.compile(r"(?:\.\s*[-–—]+|\s[-–—]+|[-–—]{2,})\s*$")


def _name_like(s: str) -> bool:
    """A person's name: 2-5 capitalised words (name particles allowed), no digits."""
    w = s.split()
    if not 2 <= len(w) <= 6 or len(s) > 60:
        return False
    if re.search(r"[\d:|@©/()\[\]!?]", s) or _DATELINE_END.search(s):
        return False
    caps = 0
    for x in w:
        if x.casefold() in _PARTICLES:
            continue
        if not x[0].isupper():
            return False
        caps += 1
    return caps >= 2 and not _STAFF.search(s)


# ------------------------------------------------------------------ the reader


class _Page:
    def __init__(self, lines: list[str], body: list[int]):
        self.raw = lines
        # _norm, inlined (hundreds of lines a page)
        self.lines = [" ".join(t.split()) if "  " in t or "\t" in t or "\xa0" in t or "\r" in t else t
                      for t in map(str.strip, lines)]
        self.text = "\n".join(self.lines)
        self.all_body = sorted(i for i in body if 0 <= i < len(lines))
        self.body = self.all_body
        self.n = len(lines)
        self.nonempty = [i for i, s in enumerate(self.lines) if s]
        main = self._main_run()
        self.body = main
        self.body_set = set(main)
        if main:
            self.bs, self.be = main[0], main[-1]
        else:
            self.bs, self.be = self.n, self.n
        self._first_seen: dict[str, int] | None = None

    def _main_run(self) -> list[int]:
        """The body's main stretch: stray body lines far from it (a cookie notice, a
        caption) must not hide the header above the body."""
        if not self.body:
            return []
        rank = {i: r for r, i in enumerate(self.nonempty)}
        runs: list[list[int]] = [[self.body[0]]]
        for i in self.body[1:]:
            if rank.get(i, 0) - rank.get(runs[-1][-1], 0) > 4:
                runs.append([])
            runs[-1].append(i)
        main = max(runs, key=lambda r: sum(len(self.lines[i]) for i in r))
        # leading lines cut off from the rest by furniture (a title, a lead, a caption
        # taken for body) belong to the header
        nxt = {a: b for a, b in zip(self.nonempty, self.nonempty[1:], strict=False)}
        members = set(main)
        k = 0
        while k < min(3, len(main) - 1) and nxt.get(main[k]) not in members:
            k += 1
        return main[k:]

    def first_seen(self, s: str) -> int:
        """The index of the first line equal to ``s`` (case folded), -1 where none."""
        if self._first_seen is None:
            self._first_seen = {}
            for i in self.nonempty:
                self._first_seen.setdefault(self.lines[i].casefold(), i)
        return self._first_seen.get(fold(s), -1)

    def line_of(self, pos: int) -> int:
        """The line index of a character offset in :attr:`text`."""
        return self.text.count("\n", 0, pos)

    def prev_nonempty(self, i: int) -> int | None:
        j = i - 1
        while j >= 0 and not self.lines[j]:
            j -= 1
        return j if j >= 0 else None

    def next_nonempty(self, i: int) -> int | None:
        j = i + 1
        while j < self.n and not self.lines[j]:
            j += 1
        return j if j < self.n else None


def _find_date_line(p: _Page) -> tuple[int, str] | None:
    """The publication date line: nearest above the body, else just below it."""

    updated: list[tuple[int, str]] = []

    def ok(i: int) -> str | None:
        s = p.lines[i]
        if not s:
            return None
        d = _is_date_line(s)
        if not d:
            return None
        j = p.prev_nonempty(i)
        if is_updated_label(s) or (
            j is not None
            and is_updated_label(p.lines[j])
            and len(p.lines[j].split()) <= 3
            and not _is_date_line(p.lines[j])
        ):
            updated.append((i, d[0]))  # an update stamp: only where nothing else is printed
            return None
        iso = d[0]
        if "T" not in iso:  # a time printed on the next line
            k = p.next_nonempty(i)
            if k is not None and k not in p.body_set:
                m = re.fullmatch(r"\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?", p.lines[k], re.I)
                if m:
                    t = parse_published(s + " " + p.lines[k])
                    iso = t or iso
        return iso

    top = min(p.bs, p.n)
    for i in range(top - 1, max(-1, top - 60), -1):
        iso = ok(i)
        if iso:
            return i, iso
    # a date printed in the first body line (a mis-cut header) or below the body
    for i in list(p.body[:2]) + list(range(p.be + 1, min(p.n, p.be + 20))):
        if i in p.body_set and len(p.lines[i]) > 90:
            continue
        iso = ok(i)
        if iso:
            return i, iso
    return updated[0] if updated else None


def _headline_like(s: str) -> bool:
    w = s.split()
    if not 3 <= len(w) <= 40 or len(s) > 300:
        return False
    if _CAPTION.search(s) or _NOTICE.search(s) or _COPYRIGHT.search(s):
        return False
    if _breadcrumb(s):
        return False
    if len(_LETTERS.findall(s)) < 0.6 * len(s.replace(" ", "")):
        return False
    if s.endswith(".") and not re.search(r"\b[A-ZА-Я]\.$|\.\.\.$|…$", s) and len(w) > 20:
        return False
    return True


def _find_title(p: _Page, date_i: int | None, skip: set[int]) -> int | None:
    anchor = p.bs
    if date_i is not None and date_i < p.bs:
        anchor = min(anchor, date_i)
    hi = p.bs
    # a headline-like first body line (a mis-cut header) is a candidate too
    extra = [i for i in p.body[:1] if len(p.lines[i].split()) <= 25 and not p.lines[i].endswith(".")]
    body_text = " ".join(p.lines[i] for i in p.body[:8] if i not in extra)[:1500]
    body_stems = _stems(body_text)
    best = None
    for reach in (10, 30):
        found = _first_headline(p, range(max(0, anchor - reach), hi), extra, skip, body_stems)
        if found is not None and (best is None or not _weak_headline(p, p.lines[found], found)):
            best = found
        if best is not None and not _weak_headline(p, p.lines[best], best):
            break
    if best is None and not p.body:
        # no body: the first headline-like line after the navigation
        for i in p.nonempty[: 60]:
            s = p.lines[i]
            if i not in skip and _headline_like(s) and not _is_short_item(s):
                return i
    return best


_RELATIVE_TIME = re.compile(
    r"^\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago$|^(?:hace|il y a)\s+\d+", re.I
)
_BYLINE_LIKE = re.compile(r"^[^|,]{3,40}(?:\s\|\s|,\s)[^|,]{2,60}$")


def _weak_headline(p: _Page, s: str, i: int) -> bool:
    """A headline-like line that is more likely page furniture or a caption: a sentence
    ending in a period, a call to action ("Follow X"), a byline ("Name | Outlet"), a
    relative time, a short label repeated elsewhere in the page."""
    if _RELATIVE_TIME.match(s):
        return True
    if s.endswith(".") and not s.endswith("..."):
        return True
    w = s.split()
    if w[0].casefold() in _LEAD_FIRST and _BRAND_LEAD.match(s):
        return True
    if _BYLINE_LIKE.match(s):
        left = re.split(r"\s\|\s|,\s", s, maxsplit=1)[0]
        if _name_like(left):
            return True
    if len(w) <= 4 and p.first_seen(s) != i:
        return True
    return False


def _first_headline(p: _Page, span: range, extra: list[int], skip: set[int], body_stems: set[str]) -> int | None:
    """The first headline-like line sharing words with the body, preferring one that does
    not look like furniture or a caption (see :func:`_weak_headline`)."""
    cands = [i for i in span if p.lines[i]] + extra
    window = [p.lines[i] for i in cands]
    first = None
    for i in cands:
        s = p.lines[i]
        if i in skip or not _headline_like(s):
            continue
        # a breadcrumb glued to the headline: a later line is a part of this one
        if any(o != s and len(o.split()) >= 3 and o in s for o in window):
            continue
        share = _body_share(s, body_stems)
        if share < 0.25:
            continue
        if not _weak_headline(p, s, i):
            return _kicker_then_headline(p, cands, i, share, body_stems, skip)
        if first is None:
            first = i
    return first


def _kicker_then_headline(p: _Page, cands: list[int], i: int, share: float, body_stems: set[str], skip: set[int]) -> int:
    """``i``, or the longer headline right after it where ``i`` is a short kicker over it ("Crisis
    en el Himalaya", then the headline; a last menu item, then the headline)."""
    words = len(p.lines[i].split())
    if words > 4:
        return i
    later = [j for j in cands if i < j <= i + 3 and j not in skip]
    if later:
        j = later[0]
        s = p.lines[j]
        if len(s.split()) >= max(6, 2 * words) and _headline_like(s) and not _weak_headline(p, s, j) \
                and _body_share(s, body_stems) >= min(share, 0.5):
            return j
    # a menu item ("Vienna City Life") above the rest of the menu, the breadcrumb and the
    # headline: the first full headline further down that shares more of the body's words
    for j in cands:
        if j <= i + 3 or j in skip:
            continue
        s = p.lines[j]
        if len(s.split()) >= 6 and _headline_like(s) and not _weak_headline(p, s, j) and _body_share(s, body_stems) >= 0.5:
            return j
    return i


def _body_share(s: str, body_stems: set[str]) -> float:
    """The share of ``s``'s word stems found in the body (1.0 where either has none)."""
    st = _stems(s)
    return len(st & body_stems) / len(st) if body_stems and st else 1.0


_C_SIGN = re.compile(r"\(c\)|©|\bcopyright\b", re.I)
_C_YEARS = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)?\d{2,4})?(?!\d)")
_C_PERIOD = re.compile(r"(?<![A-Z])\.(?:\s|$)")
_C_SPLIT = re.compile(r"\s+[-–—|/•·]\s+")
_C_BAD = re.compile(r"[():@“”\"]|\s/|/\s|//")  # "Página/12" is a name; "a / b" and URLs are not
# a company's legal form ends its name: "LA VOZ DE GALICIA S.A. Polígono de Sabón, Arteixo ..."
_C_LEGAL_END = re.compile(r"(?<=\s)(?:S\.\s?A\.|S\.\s?L\.|Ltd\.|Inc\.|GmbH|LLC|S\.p\.A\.)(?=\s+\S)")
_C_CONTENT = re.compile(r"^(?:the )?(?:content|materials?|text|photos?|images?)\b", re.I)


def _clean_holder(s: str) -> str | None:
    """The holder's name from a copyright line; None where there is none."""
    t = _C_SIGN.sub(" ", s)
    t = _RIGHTS.sub(" ", t)
    t = _C_YEARS.sub(" ", t)
    t = " ".join(t.split())
    # first sentence only: a period followed by a space or the end, not inside a domain
    m = _C_PERIOD.search(t)
    if m:
        t = t[: m.start()]
    m = _C_LEGAL_END.search(t)
    if m:
        t = t[: m.start()]
    t = t.strip(" ,.;:-–—|")
    t = _C_SPLIT.split(t)[0]  # "Brand - ISSN ...", "Brand / Parent GmbH"
    t = _unquote(t)
    for _ in range(3):
        t = _LEGAL.sub("", t).strip(" ,.;:-–—|")
        t = _unquote(_LEGAL_LEAD.sub("", t).strip())
    t = ru_body_nominative(t.strip("«»“”„\"' "))  # "«Редакция «Российской газеты»": the paper's own name
    if not t or len(t.split()) > 6 or not _LETTERS.search(t) or _C_BAD.search(t):
        return None
    if _C_CONTENT.match(t):
        return None
    return t


_QUOTE_PAIRS = frozenset({"«»", "»«", "“”", "„“", "„”", '""', "''", "‘’", "‹›", "”“"})


def _unquote(t: str) -> str:
    """A name without the quotes or guillemets around it ("«Фергана»", "“The Herald”")."""
    t = t.strip()
    while len(t) > 2 and t[0] + t[-1] in _QUOTE_PAIRS:
        t = t[1:-1].strip()
    return t


def _segments(s: str) -> list[str]:
    return [x.strip() for x in re.split(r"\s+[-–—|:·•]\s+|\s*\|\s*", s) if x.strip()]


def _acronym(name: str) -> str | None:
    w = [x for x in name.split() if x[:1].isupper()]
    if len(w) < 2:
        return None
    return "".join(x[0] for x in w)


def _brand_of_holder(p: _Page, holder: str) -> str:
    """How the page brands the copyright holder: acronym masthead, "The X", or the holder."""
    acro = _acronym(holder)
    if acro and len(acro) >= 2 and acro in p.text:
        rx_any, rx_alone = _acro_patterns(acro)
        if rx_alone.search(p.text) and sum(
            1 for m in rx_any.finditer(p.text) if p.line_of(m.start()) not in p.body_set
        ) >= 2:
            return acro
    core_words = [x for x in holder.split() if x.casefold() not in _CORP_WORDS]
    core = " ".join(core_words)
    if core and core != holder and core.casefold() in p.text.casefold():
        for cand in (f"The {core}", core):
            if _edge_pattern(cand).search(p.text):
                return cand
    return holder


@lru_cache(maxsize=256)
def _acro_patterns(acro: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An acronym anywhere as a word, and on a line of its own (compiled once per acronym)."""
    return (re.compile(r"(?<![\w.])" + re.escape(acro) + r"(?![\w])"),
            re.compile(r"(?m)^" + re.escape(acro) + r"$"))


_EDGE = r"(?:^|$|\s[-–—|:·•]\s|\s?\|\s?)"


@lru_cache(maxsize=256)
def _edge_pattern(cand: str) -> re.Pattern[str]:
    """``cand`` as a whole line or a segment of one ("X | Y"), compiled once per name."""
    return re.compile(r"(?im)" + _EDGE.replace("$|", "") + re.escape(cand) + _EDGE.replace("^|", ""))


def _copyright_holder(p: _Page) -> str | None:
    found = None
    low = p.text.lower()
    hits = set()
    for needle in _COPYRIGHT_NEEDLES:
        pos = low.find(needle)
        while pos >= 0:
            hits.add(p.line_of(pos))
            pos = low.find(needle, pos + 1)
    for i in sorted(hits):
        if i in p.body_set:
            continue
        s = p.lines[i]
        if not _COPYRIGHT.search(s) or _CAPTION.search(s):
            continue
        if len(s) > 250:
            continue
        h = _clean_holder(s)
        if h:
            found = h  # the last one (the footer) wins
    return found


def _wire(name: str) -> str | None:
    return wire_brands().get(fold(name).strip(" .()"))


def _self_reference(p: _Page) -> str | None:
    """A site name in the text ("told Kun.uz") or a wire tag ("(EFE).-")."""
    counts: dict[str, int] = {}
    text = p.text
    for t in _TLD.finditer(text):
        m = _DOMAIN.match(text, _name_start(text, t.start()), t.end())
        if not m:
            continue
        d = m.group(1)
        if d.casefold().startswith(("www.", "e.g", "i.e")):
            continue
        counts[d] = counts.get(d, 0) + 1
    if counts:
        return max(counts.items(), key=lambda kv: (kv[1], -len(kv[0])))[0]
    for i in p.body[:3]:
        m = _WIRE_TAG.search(p.lines[i][:200])
        if m:
            brand = _wire(m.group("tag"))
            if brand:
                return brand
    return None


def _related(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return False
    if fa in fb or fb in fa:
        return True
    return bool({w for w in fa.replace(".", " ").split() if len(w) >= 3}
                & {w for w in fb.replace(".", " ").split() if len(w) >= 3})


def _extends(printed: str, holder: str) -> bool:
    """``printed`` is the holder's name or the holder's name extended ("BBC" -> "BBC News")."""
    a, b = fold(printed), fold(holder)
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


_BY_LABEL = re.compile(r"^(?:by|por|par|von|автор(?:ы)?|author(?:s)?|written by|text|texto)\s*:?$", re.I)
_ROLE = re.compile(
    r"[,\s]*(?<![A-Z])(?:(?:senior|staff|business|contributing|chief|political|deputy|special)\s*)?"
    r"(?:writer|columnist|correspondent|reporter|editor|contributor|journalist)s?$",
    re.I,
)


def _clean_who(who: str) -> str:
    """A byline's names without handles, a printed date or a job title."""
    who = re.sub(r"@\w+", " ", who)
    who = re.split(r"\s+[-–—|]\s+(?=.*\d)", who, maxsplit=1)[0]
    who = re.sub(r"(?<=[a-z])(?=(?:Senior |Staff |Business |Contributing )?(?:Writer|Columnist|Correspondent|Reporter|Editor)\b)", " ", who)
    who = _ROLE.sub("", who.strip())
    return " ".join(who.split())


def _split_names(who: str) -> list[str]:
    """Person names of a byline; a wire agency among them ("X, Associated Press") is dropped."""
    parts = [x.strip(" .,;") for x in _NAME_SPLIT.split(who.strip()) if x.strip(" .,;")]
    out, placed = [], False
    for x in parts:
        y = _NAME_TAIL.sub("", x)
        if placed and y == x and len(x.split()) == 1:
            continue  # the second place of "X in Kyiv and Washington"
        placed = y != x
        if y and y not in out and not _wire(y):
            out.append(y)
    return out


def _more_bylines(p: _Page, i: int) -> list[str]:
    """Names of further byline lines right below the byline at ``i`` ("By A" / "By B", or
    "By A" / "and B")."""
    out: list[str] = []
    k = p.next_nonempty(i)
    for _ in range(2):
        if k is None or k in p.body_set:
            break
        s = p.lines[k]
        m = _BYLINE.match(s) or _AND_NAME.match(s)
        if not m or len(s) > 120:
            break
        names = [x for x in _split_names(_clean_who(m.group("who"))) if _name_like(x)]
        if not names:
            break
        out += names
        k = p.next_nonempty(k)
    return out


_AND_NAME = re.compile(r"^(?:and|&|y|и|e|und|et)\s+(?P<who>.+)$", re.I)


def _find_byline(p: _Page, title_i: int | None, date_i: int | None) -> tuple[str | None, str | None, int | None]:
    """``(author, outlet printed with the byline, byline line)``."""
    lo = (title_i + 1) if title_i is not None else max(0, p.bs - 15)
    if date_i is not None and date_i < p.bs:
        lo = min(lo, max(0, date_i - 3))
    header = [i for i in range(lo, p.bs) if p.lines[i] and i != title_i]
    tail = [i for i in range(p.be + 1, min(p.n, p.be + 12)) if p.lines[i]][:6]

    def outlet_after(i: int) -> str | None:
        k = p.next_nonempty(i)
        if k is None or k in p.body_set:
            return None
        s = p.lines[k]
        if _is_short_item(s) or re.fullmatch(r"[\w.-]+\.[a-z]{2,4}", s, re.I):
            if not _name_like(s) or _STAFF.search(s):
                return s
        return None

    # explicit bylines: "By X", "Автор: X", "X | Outlet"
    for i in header + tail:
        s = p.lines[i]
        m = _BYLINE.match(s)
        who = m.group("who") if m else None
        if who is None and _BY_LABEL.match(s):  # "By" on a line of its own, the name below
            k = p.next_nonempty(i)
            if k is not None and k not in p.body_set:
                who = p.lines[k]
        if who and len(s) <= 120:
            who = _clean_who(who)
            outlet = None
            if "|" in who:
                who, outlet = (x.strip() for x in who.split("|", 1))
            names = [x for x in _split_names(who) if _name_like(x) or (len(x.split()) == 1 and x[:1].isupper())]
            if names:
                names += [x for x in _more_bylines(p, i) if x not in names]
                return ", ".join(names), outlet or outlet_after(i), i
            if _STAFF.search(who):
                return None, None, i
        if "|" in s and len(s) <= 100 and i in header:
            left, right = (x.strip() for x in s.split("|", 1))
            names = _split_names(left)
            if names and all(_name_like(x) for x in names) and not _is_date_line(right):
                return ", ".join(names), right, i
            names = _split_names(right)  # "Redacción Perú21 | Renzo Calderón Vásquez": the desk, then the writer
            if _STAFF.search(left) and names and all(_name_like(x) for x in names) and not _is_date_line(right):
                return ", ".join(names), None, i
    # a name line next to the date line
    if date_i is not None:
        near = []
        for step in (-1, 1, -2, 2):
            j = date_i + step
            while 0 <= j < p.n and not p.lines[j]:
                j += 1 if step > 0 else -1
            if 0 <= j < p.n and j not in p.body_set and j != title_i:
                near.append(j)
        for j in near:
            s = p.lines[j]
            if _STAFF.search(s) or _CAPTION.search(s) or _NOTICE.search(s):
                continue
            names = _split_names(_clean_who(s))  # "Nadia Al Sharif, Senior Reporter"
            if names and all(_name_like(x) for x in names) and p.first_seen(s) == j:
                if not any(fold(p.lines[k]) == fold(s) for k in p.nonempty if k != j):
                    return ", ".join(names), outlet_after(j), j
    return None, None, None


# ------------------------------------------------------------------ the brand in the furniture
#
# A page names its own brand over and over in its furniture: "About X", "Follow X",
# "Subscribe to X's newsletters", "X is part of <parent>", "X Newsletters", "© X", a first
# line "<headline> | X" (the document title), "X.com", a family of nav items "X World",
# "X Business", and in the body "told X". Each such context votes for X (folded: case,
# "The", a domain suffix, punctuation); a parent company named as "a subsidiary of Y" or
# "a division of Y" loses votes.

_NAME = r"(?:[Tt]he\s+)?[A-Z0-9][\w.&'’+-]*(?:\s+(?:of\s+|&\s+|de\s+)?[A-Z0-9][\w.&'’+-]*){0,3}"
_BRAND_LEAD = re.compile(
    r"^(?i:about|contact|follow|folllow|support|search|browse|explore|inside|talk to|join|welcome to|"
    r"subscribe to|sign up (?:to|for)|advertise (?:with|on)|work (?:for|at)|jobs at|careers at|"
    r"more (?:from|on|at)|why you can trust|enable ads on|keep up to date with|"
    r"originally published (?:on|by|in)|want more|get more|make|send|read more on|"
    r"acerca de|sobre|síguenos en|contacta con|о|подпишитесь на)\s+(?i:the\s+|el\s+|la\s+)?"
    r"(?P<x>" + _NAME + r")(?:['’]s)?(?=$|[\s.?!:,])(?P<rest>.*)$"
)
_BRAND_REST = re.compile(
    r"^[.?!:]?$|^\s+(?:on\b|newsletters?|app\b|apps\b|feedback|my homepage|delivered|customer|"
    r"home\b|homepage|team\b|staff\b|plus\b|magazine\b|digital\b|via\b|by email|[-–—|])",
    re.I,
)
_BRAND_TAIL = re.compile(
    r"^(?P<x>" + _NAME + r")\s+(?i:newsletters?|apps?|store|shop|staff|archives?|events|home|homepage|"
    r"navigation|services|worldwide|membership|blog|feedback|podcasts?|store|tv|plus|"
    r"customer service|contributor|team)$",
)
_BRAND_IS = re.compile(
    r"^(?:[Tt]he\s+)?(?P<x>" + _NAME + r")(?i:,\s*(?:llc|inc\.?|ltd\.?))?\s+(?i:is|are)\s+(?i:a\s+|an\s+)?"
    r"(?i:part of|(?:wholly[- ]owned\s+)?subsidiary|published by|supported by|owned by|division|"
    r"registered trademark|member of|brand of|operated by)"
)
_PARENT = re.compile(
    r"\b(?i:a\s+)?(?i:(?:wholly[- ]owned\s+)?subsidiary|division|part|unit|member|brand)\s+of\s+"
    r"(?:[Tt]he\s+)?(?P<y>" + _NAME + r")|(?i:a|an)\s+(?P<z>" + _NAME + r")\s+(?i:company|newspaper|publication)\b|"
    r"\b(?i:powered by)\s+(?P<w>" + _NAME + r")"
)
_BODY_REF = re.compile(
    r"\b(?:told|tells|contacted by|according to|interview with|speaking to)\s+(?:the\s+)?"
    r"(?P<x>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})(?:['’]s)?(?=[\s.,;:])|"
    r"(?P<y>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})['’]s request for comment"
)
_TITLE_SITE = re.compile(r"^(?P<head>.{12,}?)\s+(?:\||[-–—•·:])\s+(?P<x>[^|–—•·]{2,40})$")
_DOMAIN_LINE = re.compile(r"^(?:https?://)?(?:www\.)?(?P<x>[\w-]+(?:\.[\w-]+)?\.(?:com|org|net|co\.uk|ca|in|uz|az|kz|kg|tj|ru|info|news|io|co|com\.\w\w))/?$", re.I)
_SUFFIX_FOLD = re.compile(r"\.(?:com|org|net|co\.uk|co|ca|in|info|news|io|ru|uk|com\.\w\w)$")
_NOT_BRAND = {
    "us", "me", "our", "home", "this", "the", "it", "all", "more", "us on", "our newsletter", "newsletter",
    "newsletters", "privacy", "terms", "help", "faq", "advertising", "cookies", "ads", "search", "app",
    "apps", "your", "you", "facebook", "twitter", "instagram", "linkedin", "youtube", "google", "apple",
    "x", "sign", "in", "up", "de", "en", "a", "an", "yahoo", "rss", "tiktok", "whatsapp", "telegram", "pinterest",
    "menu", "back", "top", "page", "site", "website", "web", "stories", "news", "world", "sports", "live",
}


_KEY_DROP = re.compile(r"[\W_]+")
_KEY_POSS = re.compile(r"['’]s$")

_VOTE_BY = re.compile(r"^(?i:by)\s+")


def _bkey(s: str) -> str:
    """A brand's folded key: case, "The", a domain suffix, a possessive and punctuation dropped."""
    s = s.strip()
    low = s.casefold()
    if low.replace(" ", "").isalpha():
        # letters and spaces only (most nav items): nothing to strip, no suffix, no possessive
        if low.startswith("the"):
            if low.startswith("the "):
                low = low[4:]
            elif s[3:4].isupper():
                low = low[3:]
        return low.replace(" ", "")
    s = s.strip("'’\".,:;!?").strip()
    low = s.casefold()
    if "." in low:
        if low.startswith("www."):
            low = low[4:]
        low = _SUFFIX_FOLD.sub("", low)
    if "'" in low or "’" in low:
        low = _KEY_POSS.sub("", low)
    if low.startswith("the"):
        if low.startswith("the "):
            low = low[4:]
        elif s[3:4].isupper():
            low = low[3:]
    return _KEY_DROP.sub("", low)


class _Votes:
    def __init__(self) -> None:
        self.score: dict[str, float] = {}
        self.forms: dict[str, dict[str, float]] = {}
        self.kinds: dict[str, set[str]] = {}
        self.seen: set[tuple[str, str]] = set()

    def add(self, form: str | None, w: float, kind: str) -> None:
        """One vote of ``kind`` for ``form``; a repeated (kind, form) pair counts once."""
        if not form or (kind, form) in self.seen:
            return
        self.seen.add((kind, form))
        form = _VOTE_BY.sub("", form.strip()).strip("'’\".,:;!?|").strip()
        form = _KEY_POSS.sub("", form)
        if not form or len(form) > 50 or len(form.split()) > 5:
            return
        k = _bkey(form)
        if len(k) < 2 or k in _NOT_BRAND or form.casefold() in _NOT_BRAND or k.isdigit():
            return
        self.score[k] = self.score.get(k, 0.0) + w
        if w > 0:
            self.kinds.setdefault(k, set()).add(kind)
        f = self.forms.setdefault(k, {})
        f[form] = f.get(form, 0.0) + max(w, 0.1)

    def best(self) -> tuple[str, float] | None:
        if not self.score:
            return None
        k = max(self.score, key=self.final)
        forms = self.forms[k]
        form = max(forms, key=lambda f: (forms[f], not f.isupper(), "." not in f, -len(f)))
        return form, self.final(k)

    def final(self, k: str) -> float:
        """The votes, halved where they come from one kind of context only."""
        sc = self.score.get(k, 0.0)
        kinds = self.kinds.get(k, set())
        if not kinds - {"alone", "prefix"}:  # a nav item, however often repeated
            return 0.0
        return sc if len(kinds) >= 2 else sc * 0.5

    def of(self, name: str | None) -> float:
        return self.final(_bkey(name)) if name else 0.0


_LEAD_FIRST = {
    "about", "contact", "follow", "folllow", "support", "search", "browse", "explore", "inside", "talk",
    "join", "welcome", "subscribe", "sign", "advertise", "work", "jobs", "careers", "more", "why",
    "enable", "keep", "originally", "want", "get", "make", "send", "read", "acerca", "sobre",
    "síguenos", "contacta", "о", "подпишитесь",
}
_TAIL_LAST = {
    "newsletter", "newsletters", "app", "apps", "store", "shop", "staff", "archive", "archives", "events",
    "home", "homepage", "navigation", "services", "worldwide", "membership", "blog", "feedback",
    "podcast", "podcasts", "tv", "plus", "service", "contributor", "team",
}
_BODY_CUES = ("told ", "tells ", "request for comment", "according to ", "interview with ",
              "speaking to ", "contacted by ")


def _has_copyright_cue(low: str) -> bool:
    """``low`` holds one of :data:`_COPYRIGHT_NEEDLES` (spelled out: faster than a regex)."""
    return ("©" in low or "(c)" in low or "copyright" in low or "rights reserved" in low
            or "derechos reservados" in low or "права защищены" in low or "rechte vorbehalten" in low
            or "droits réservés" in low or "direitos reservados" in low)


def _brand_votes(p: _Page, title_i: int | None) -> _Votes:
    v = _Votes()
    alone: dict[str, int] = {}
    first = p.nonempty[0] if p.nonempty else None
    title_f = fold(p.lines[title_i]) if title_i is not None else None
    for i in p.nonempty:
        s = p.lines[i]
        if len(s) > 200:
            continue
        if i in p.body_set:
            # _BODY_CUES, spelled out: a chain of ``in`` tests is the fastest on short lines
            if ("told " in s or "tells " in s or "request for comment" in s or "according to " in s
                    or "interview with " in s or "speaking to " in s or "contacted by " in s):
                for m in _BODY_REF.finditer(s):
                    x = m.group("x") or m.group("y")
                    if x and (len(x.split()) == 1 or not _name_like(x)):
                        v.add(x, 1.0, "body")
            continue
        sp = s.find(" ")
        if sp > 0:
            if s[:sp].casefold() in _LEAD_FIRST:
                m = _BRAND_LEAD.match(s)
                if m and _BRAND_REST.match(m.group("rest")):
                    v.add(m.group("x"), 3.0, "lead")
            if s[s.rfind(" ") + 1 :].casefold() in _TAIL_LAST:
                m = _BRAND_TAIL.match(s)
                if m:
                    v.add(m.group("x"), 2.0, "tail")
            if " is " in s or " are " in s:
                m = _BRAND_IS.match(s)
                if m:
                    v.add(m.group("x"), 3.0, "is")
            low = s.casefold()
            if " of " in low or "company" in low or "newspaper" in low or "publication" in low or "powered by" in low:
                for m in _PARENT.finditer(s):
                    v.add(m.group("y") or m.group("z") or m.group("w"), -4.0, "parent")
            if _has_copyright_cue(low) and _COPYRIGHT.search(s) and not _CAPTION.search(s):
                h = _clean_holder(s)
                if h:
                    v.add(h, 3.0, "copyright")
            if i == first or (i < 6 and title_i is not None and i < title_i):
                m = _TITLE_SITE.match(s)
                if m and (title_f is None or i == first or fold(m.group("head")) in title_f):
                    strong = title_f is not None and fold(m.group("head"))[:30] == title_f[:30]
                    v.add(m.group("x"), 4.0 if strong else 2.0, "title")
        elif "." in s:
            m = _DOMAIN_LINE.match(s)
            if m:
                x = m.group("x")
                v.add(x.split(".")[0] if "." in x[:-4] else x, 1.5, "domain")
        elif "©" in s:
            h = _clean_holder(s)
            if h:
                v.add(h, 3.0, "copyright")
        if len(s) <= 40 and s[:1].isupper():
            alone[s] = alone.get(s, 0) + 1
    if not v.kinds:
        return v
    # nav items support a brand found above: the brand alone ("Fox News"), or a family of
    # items it starts ("Al Jazeera World", "Al Jazeera English", ...)
    prefix: defaultdict[str, set[str]] = defaultdict(set)
    kinds = v.kinds
    for s, c in alone.items():
        w = s.split()
        nw = len(w)
        if nw > 4:
            continue
        if _bkey(s) in kinds:
            v.add(s, min(1.5, 0.5 * c), "alone")
        if nw > 1:  # its first word and its first two words
            prefix[w[0]].add(s)
            if nw > 2:
                prefix[w[0] + " " + w[1]].add(s)
    for x, lines in prefix.items():
        if len(lines) >= 4 and _bkey(x) in v.kinds and x.split()[0].casefold() not in _NOT_BRAND:
            v.add(x, min(2.5, 0.5 * len(lines)), "prefix")
    return v


def _find_outlet(p: _Page, byline_outlet: str | None, staff_line: str | None, title_i: int | None) -> str | None:
    """The copyright holder as the page brands it, unless the furniture names another brand
    far more often (the holder is then a parent company: "NYP Holdings", "Hearst ...")."""
    holder = _copyright_holder(p)
    votes = _brand_votes(p, title_i)
    best = votes.best()
    if holder:
        wired = _wire(holder)
        for printed in (byline_outlet, staff_line):
            if printed and _extends(printed, holder):
                return printed
        if wired:
            return wired
        branded = _brand_of_holder(p, holder)
        mast = _masthead(p)
        if mast and fold(mast) != fold(branded):
            acro = _acronym(holder)
            if acro and acro == mast.split()[0] and len(mast.split()) <= 3 and _acronym_used(p, acro):
                return mast  # the holder's acronym with its edition ("XY Español")
            if not _related(mast, holder) and _brand_shaped(mast) and _masthead_repeated(p, mast, holder):
                return mast
        if best and best[1] >= 3.0 and not _related(best[0], branded):
            mine = max(votes.of(branded), votes.of(holder))
            if best[1] >= mine + 1.5:
                return best[0]
        return branded
    if byline_outlet:
        return _wire(byline_outlet) or byline_outlet
    if best and best[1] >= 3.0:
        return best[0]
    return _self_reference(p)


_SKIP_LINK = re.compile(
    r"^(?:skip|jump|go) to\b|^(?:ir|saltar|pasar) a(?:l)?\b|^перейти\b|^пропустить\b|^aller au\b|"
    r"^zum (?:inhalt|hauptinhalt)\b|^accessibility\b",
    re.I,
)


def _masthead(p: _Page) -> str | None:
    """The site's name printed first on the page (after the skip links): a short line, no
    digits, not a navigation or account control."""
    for i in p.nonempty[:6]:
        s = p.lines[i]
        if _SKIP_LINK.match(s):
            continue
        if i in p.body_set or len(s) > 40 or len(s.split()) > 4 or re.search(r"[\d:|@©/()!?]", s):
            return None
        if _UI.match(s) or _CTA_LINE.match(s) or _HOME_ITEM.match(s) or _NOTICE.search(s):
            return None
        if not s[:1].isupper():
            return None
        return s
    return None


@lru_cache(maxsize=1)
def _ui_words() -> frozenset[str]:
    """Page furniture words of ``line_cues.tsv`` (buttons, calls to action)."""
    return frozenset(r[1].strip().casefold() for r in read_rows("line_cues.tsv") if len(r) > 1 and r[0] in ("ui", "cta"))


def _brand_shaped(s: str) -> bool:
    """A name rather than an ordinary word: several words, or capitals inside the word
    ("ABC", "GhanaWeb"), or a domain ("Example.com")."""
    return len(s.split()) >= 2 or "." in s.strip(".") or sum(c.isupper() for c in s) >= 2


def _acronym_used(p: _Page, acro: str) -> bool:
    """The acronym printed as a word at least twice outside the body."""
    rx_any, _ = _acro_patterns(acro)
    return sum(1 for m in rx_any.finditer(p.text) if p.line_of(m.start()) not in p.body_set) >= 2


def _masthead_repeated(p: _Page, mast: str, holder: str) -> bool:
    """The masthead is the brand the page repeats (in a notice, a credit, "Read X on ...")
    while the copyright holder is named once: the holder is a company behind the brand."""
    rx = re.compile(r"(?<![\w])" + re.escape(mast) + r"(?![\w])")
    hold = fold(holder)
    mine = theirs = 0
    for i in p.nonempty:
        if i in p.body_set:
            continue
        s = p.lines[i]
        if s != mast and not _is_short_item(s) and rx.search(s):
            mine += 1
        if hold in s.casefold():
            theirs += 1
    return mine >= 2 and theirs <= 1


# furniture between a rubric and the headline: a source credit, a view count
_SOURCE_LINE = re.compile(r"^(?:source|fuente|fonte|источник|quelle)\s*:", re.I)
_COUNT_LINE = re.compile(r"^\d[\d\s.,\xa0\u202f]*$")


def _find_section(
    p: _Page, title_i: int | None, date_line: str | None, outlet: str | None, byline_i: int | None = None
) -> str | None:
    if date_line and "|" in date_line:
        label = date_line.split("|", 1)[0].strip()
        if _is_short_item(label) and not _is_date_line(label) and not is_updated_label(label):
            if not re.match(r"^(?:published|publicado|опубликовано|posted|e-paper)\b", label, re.I):
                return _title_case(label)
    if title_i is None:
        return None
    run: list[int] = []
    j = title_i - 1
    while j >= 0 and len(run) < 3:
        s = p.lines[j]
        if not s or _UI.match(s) or _CTA_LINE.match(s) or _is_date_line(s) or _NOTICE.search(s):
            j -= 1
            continue
        if j == byline_i or _SOURCE_LINE.match(s) or _COUNT_LINE.match(s) or _VIEWS.match(s):
            j -= 1
            continue
        crumb = _breadcrumb(s) if not run else None
        if crumb:
            found = _crumb_section(crumb, outlet)
            if found:
                return found
            j -= 1
            continue
        if not _is_short_item(s) or s.endswith(","):
            break
        if not (outlet and fold(s) == fold(outlet)):
            run.append(j)
        j -= 1
    if not run:
        return None
    run.reverse()
    for i in run:
        if p.first_seen(p.lines[i]) < i:
            return _title_case(p.lines[i])
    # a rubric that extends a navigation item above ("World" -> "World news")
    for i in run:
        words = fold(p.lines[i]).split()
        for n in range(1, len(words)):
            if 0 <= p.first_seen(" ".join(words[:n])) < run[0]:
                return _title_case(p.lines[i])
    return _title_case(p.lines[run[-1]])


def _title_case(s: str) -> str:
    if s.isupper():
        return " ".join(w[:1] + w[1:].lower() for w in s.split())
    return s[:1].upper() + s[1:]


def _extras(p: _Page) -> dict[str, int]:
    out: dict[str, int] = {}
    near = range(max(0, p.bs - 40), min(p.n, p.be + 30))
    for i in near:
        if i in p.body_set or not p.lines[i]:
            continue
        s = p.lines[i]
        if len(s) > 60:
            continue
        if "views" not in out:
            m = _VIEWS.match(s)
            if m:
                digits = re.sub(r"\D", "", m.group("n") or m.group("n2"))
                if digits:
                    out["views"] = int(digits)
                    continue
        if "reading_time" not in out:
            m = _READ.search(s)
            if m:
                out["reading_time"] = int(m.group("a") or m.group("b"))
    return out


def read_dump_metadata(lines: list[str], body: list[int]) -> dict[str, Any]:
    """Metadata of a text dump whose body lines are ``body`` (indices into ``lines``)."""
    p = _Page(lines, body)
    found = _find_date_line(p)
    date_i, published = found if found else (None, None)
    skip = {date_i} if date_i is not None else set()
    title_i = _find_title(p, date_i, skip)
    author, byline_outlet, byline_i = _find_byline(p, title_i, date_i)
    staff_line = None
    if title_i is not None and date_i is not None and title_i < date_i:
        # an outlet printed where the byline goes (a wire story: "Agencia EFE")
        for k in range(title_i + 1, date_i):
            s = p.lines[k]
            if s and k != byline_i and _is_short_item(s) and not _name_like(s):
                staff_line = s
    outlet = _find_outlet(p, byline_outlet, staff_line, title_i)
    if outlet:
        # "Free Malaysia Today (FMT)": the name, not its acronym in brackets
        outlet = re.sub(r"\s*\([A-ZА-Я]{2,6}\)$", "", _unquote(outlet)) or None
    if outlet and outlet.casefold() in _ui_words():
        outlet = None  # "Поделиться", "Share": a button, not a masthead
    if author and outlet and _related(author, outlet) and fold(author) == fold(outlet):
        author = None
    section = _find_section(p, title_i, p.lines[date_i] if date_i is not None else None, outlet, byline_i)
    if section and title_i is not None and fold(section) == fold(p.lines[title_i]):
        section = None
    body_text = " ".join(p.lines[i] for i in (p.body or p.all_body))
    meta: dict[str, Any] = {
        "title": p.lines[title_i] if title_i is not None else None,
        "published": published,
        "author": author,
        "outlet": outlet,
        "section": section,
        "language": detect_language(body_text) if body_text else None,
    }
    if meta["language"] is None and meta["title"]:
        meta["language"] = detect_language(meta["title"])
    meta.update(_extras(p))
    return meta
