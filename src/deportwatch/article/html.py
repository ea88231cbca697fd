"""HTML pages -> Article: trafilatura for the body, corrected where news pages trip it.

The page is parsed once (lxml, through trafilatura's loader). Everything we read
ourselves (meta tags, JSON-LD, the printed byline, date and breadcrumb, captions
and link texts) is read from that tree first; then the same tree goes to
trafilatura's extraction cascade, which prunes it in place.

Trafilatura's body is then cleaned of the furniture it keeps on news pages:
the headline and standfirst repeated at the top, photo captions and credits,
"Read more"/"Also Read"/"Читайте также" lines, advertisement labels, inline
lists of related headlines (lines that are nothing but a link), and the
newsletter/comments/share lines at the tail. Where trafilatura returns nothing
or too little, the densest cluster of ``<p>`` elements is used instead.

Nothing on the page is executed: scripts are only read as JSON-LD data.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from ..record import Article
from . import NotAnArticle
from .dates import find_date, parse_published
from .language import detect_language

# ----------------------------------------------------------------- text helpers

_WS = re.compile(r"\s+")


def _norm(s: str | None) -> str:
    return " ".join(s.split()) if s else ""


def _fold(s: str | None) -> str:
    return unicodedata.normalize("NFC", _norm(s)).casefold()


_WORD = re.compile(r"\w+")


def _words(s: str) -> list[str]:
    return _WORD.findall(s.casefold())


def _text(el: Any) -> str:
    try:
        return _norm(el.text_content())
    except (ValueError, AttributeError):
        return ""


def _attrs(el: Any) -> str:
    """class, id, itemprop and rel of an element, lower-cased, as one string."""
    get = el.get
    return " ".join(filter(None, (get("class"), get("id"), get("itemprop"), get("rel")))).lower()


def _smart_title(s: str) -> str:
    """Title-case a string printed in capitals ("WORLD NEWS" -> "World News")."""
    letters = [c for c in s if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        return " ".join(w.capitalize() if w.isalpha() or "-" in w else w.title() for w in s.split())
    return s


# ----------------------------------------------------------------- parsing


def _parse(html: str) -> HtmlElement | None:
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None or not isinstance(tree, HtmlElement):
        return None
    return tree


def _iter_elements(tree: HtmlElement) -> Iterable[HtmlElement]:
    for el in tree.iter():
        if isinstance(el.tag, str):
            yield el


# ----------------------------------------------------------------- page metadata


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        val = m.get("content")
        if key and val and key not in out:
            out[key] = _norm(val)
    return out


def _json_ld(tree: HtmlElement) -> list[dict]:
    """All JSON-LD objects of the page, flattened (@graph and lists)."""
    objs: list[dict] = []

    def walk(x: Any) -> None:
        if isinstance(x, list):
            for y in x:
                walk(y)
        elif isinstance(x, dict):
            objs.append(x)
            if "@graph" in x:
                walk(x["@graph"])

    for s in tree.iter("script"):
        if (s.get("type") or "").lower().strip() != "application/ld+json":
            continue
        raw = (s.text or "").strip()
        if not raw:
            continue
        try:
            walk(json.loads(raw))
        except (ValueError, RecursionError):
            continue
    return objs


def _ld_types(obj: dict) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t.lower()}
    if isinstance(t, list):
        return {x.lower() for x in t if isinstance(x, str)}
    return set()


_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                  "opinionnewsarticle", "backgroundnewsarticle", "webpage", "socialmediaposting", "report"}


def _ld_article(objs: list[dict]) -> dict:
    for o in objs:
        if _ld_types(o) & (_ARTICLE_TYPES - {"webpage"}):
            return o
    for o in objs:
        if "webpage" in _ld_types(o):
            return o
    return {}


def _ld_name(x: Any) -> list[str]:
    if isinstance(x, str):
        return [_norm(x)]
    if isinstance(x, dict):
        n = x.get("name")
        return [_norm(n)] if isinstance(n, str) else []
    if isinstance(x, list):
        return [n for y in x for n in _ld_name(y)]
    return []


_SCAN_TAGS = frozenset(("h1", "time", "figcaption"))
_SCAN_ANY = re.compile(
    r"teaser|standfirst|subtitle|title-?sub|headline|dek|sumario|entradilla|bajada|sortdec|summary|анонс|"
    r"date|time|fecha|hora|datum|data|publish|posted|stamp|updat|meta|caption|credit|pie|foto|photo|"
    r"desc|author|byline|autor|firma|signature|writer|reporter|creator|crumb|migas|categor|kicker|"
    r"rubri|section|eyebrow|overline|topic|read|view|visit|count|lectura|vista|stat|hits|"
    r"дата|время|автор|подпис|хлебн|рубрик|секци|просмотр"
)


class _Scan:
    """One pass over the tree: the elements our own readers look at, in document order."""

    def __init__(self, tree: HtmlElement, h1: HtmlElement | None) -> None:
        self.h1_pos = -1
        self.dates: list[tuple[int, HtmlElement]] = []
        self.authors: list[HtmlElement] = []
        self.crumbs: list[HtmlElement] = []
        self.categories: list[HtmlElement] = []
        self.captions: list[HtmlElement] = []
        self.extras: list[HtmlElement] = []
        self.standfirsts: list[HtmlElement] = []
        skip = {"html", "body", "main", "article", "head", "script", "style", "meta", "link", "noscript"}
        for pos, el in enumerate(tree.iter()):  # document order
            tag = el.tag
            if tag in _SCAN_TAGS:
                if el is h1:
                    self.h1_pos = pos
                elif tag == "figcaption":
                    self.captions.append(el)
                elif tag == "time":
                    self.dates.append((pos, el))
            get = el.get
            c, i, ip = get("class"), get("id"), get("itemprop")
            if not (c or i or ip) or tag in skip or not isinstance(tag, str):
                continue
            a = " ".join(filter(None, (c, i, ip, get("rel")))).lower()
            kinds = _ATTR_KINDS.get(a)
            if kinds is None:
                kinds = _classify_attrs(a)
            if not kinds:
                continue
            if "caption" in kinds:
                self.captions.append(el)
            if "date" in kinds and tag != "time":
                self.dates.append((pos, el))
            if "author" in kinds:
                self.authors.append(el)
            if "crumb" in kinds:
                self.crumbs.append(el)
            if "category" in kinds and tag not in ("nav", "ul", "li"):
                self.categories.append(el)
            if "extra" in kinds:
                self.extras.append(el)
            if "standfirst" in kinds and (tag not in ("div", "section") or _short_leaf(el)):
                self.standfirsts.append(el)
            elif "standfirst" in kinds and _short_list(el):
                self.standfirsts.extend(el[0])  # "<div class="subtitle"><ul><li>...": each point


def _short_list(el: HtmlElement) -> bool:
    """A ``div`` that only wraps a short list of points: a standfirst printed as bullets."""
    return len(el) == 1 and el[0].tag in ("ul", "ol") and 0 < len(el[0]) <= 4 and all(li.tag == "li" for li in el[0]) \
        and len(el.text_content()) < 500


_BULLET = re.compile(r"^[-–•*·]\s+")


def _short_leaf(el: HtmlElement) -> bool:
    """A ``div`` that only wraps a short text ("<div class="bajada"><p>...</p></div>"): a
    standfirst, where a long one or one holding other blocks may be the whole story."""
    return len(el) <= 1 and all(c.tag in ("p", "span") for c in el) and len(el.text_content()) < 400


# the roles an attribute string names, memoised: templates repeat the same classes many times
_ATTR_KINDS: dict[str, frozenset[str]] = {}


def _classify_attrs(a: str) -> frozenset[str]:
    kinds: set[str] = set()
    if _SCAN_ANY.search(a):
        for name, rx in (("caption", _CAPTION_ATTR), ("date", _DATE_ATTR), ("author", _AUTHOR_ATTR),
                         ("crumb", _SECTION_ATTR), ("category", _CATEGORY_ATTR), ("extra", _EXTRA_ATTR),
                         ("standfirst", _STANDFIRST_ATTR)):
            if rx.search(a):
                kinds.add(name)
    out = frozenset(kinds)
    if len(_ATTR_KINDS) > 100_000:
        _ATTR_KINDS.clear()
    _ATTR_KINDS[a] = out
    return out


_STANDFIRST_ATTR = re.compile(r"teaser|standfirst|subtitle|sub-?headline|title-?sub|\bdek\b|sumario|entradilla|bajada|"
                              r"sortdec|summary|description|lead-?in|подзаголов|анонс")


_EXTRA_ATTR = re.compile(r"read|view|visit|count|lectura|vista|просмотр|stat|hits|time|meta")


# ----------------------------------------------------------------- not an article

_NOT_FOUND = re.compile(
    r"\b(404|page not found|not found|no encontrad[ao]|página no existe|"
    r"introuvable|nicht gefunden|non trovat[ao]|não encontrad[ao])\b|"
    r"страница не найдена|не найдена|ошибка 404",
    re.I,
)


def _looks_not_found(title: str, h1: str, meta: dict[str, str]) -> bool:
    if _NOT_FOUND.search(h1 or "") and len(h1) < 80:
        return True
    if _NOT_FOUND.search(title or "") and len(title) < 100 and (not h1 or len(h1) < 60):
        return True
    return False


# ----------------------------------------------------------------- furniture read from the tree

_CAPTION_ATTR = re.compile(r"caption|credit|pie-?foto|pie_foto|foto-?pie|photo-?desc|img-?desc|wp-caption|подпис")


def _caption_texts(scan: _Scan) -> set[str]:
    out: set[str] = set()
    for el in scan.captions:
        t = _fold(_text(el))
        if t and len(t) < 600:
            out.add(t)
    return out


def _link_texts(tree: HtmlElement) -> set[str]:
    out: set[str] = set()
    for a in tree.iter("a"):
        t = _fold(_text(a))
        if len(t) > 12:
            out.add(t)
    return out


# ----------------------------------------------------------------- body cleaning

_READ_ALSO = re.compile(
    r"^\s*(?:also read|read also|read more|read next|more on this|related(?: coverage| stories| articles| reading| news)?|"
    r"see also|see more|explore further|watch|listen|recommended|suggested|must read|don'?t miss|click here|"
    r"lea también|lee también|leer también|ver también|más información|te puede interesar|"
    r"leia também|veja também|saiba mais|lire aussi|à lire aussi|a lire aussi|voir aussi|"
    r"lesen sie auch|mehr zum thema|auch interessant|leggi anche|"
    r"читайте также|смотрите также|читайте нас|по теме|подробнее|"
    r"читайте|также читайте|ещё по теме|еще по теме)\b\s*[:.\-–—|»]",
    re.I,
)
_ALL_FURNITURE = re.compile(
    r"^\s*(?:advertisement|advertising|ad|ads|sponsored|publicidad|publicité|anuncio|реклама|anzeige|werbung|pubblicità|"
    r"related coverage|related stories|related articles|related|more from .{1,40}|you may also like|explore further|"
    r"don'?t miss|recommended|read more|also read|lea también|читайте также|more stories|top stories|"
    r"(?:\d[\d.,\s]*)?\s*(?:comments?|comentarios?|комментари\w*|коммент\w*|commentaires?|kommentare?)\s*(?:\(\d+\))?|"
    r"view comments|show comments|leave a comment|share|compartir|поделиться|print|email|"
    r"(?:comentarios|comments|комментарии)\s*\(\d+\)|tags?|etiquetas|теги|topics)\s*:?\s*\.?\s*$",
    re.I,
)
_TAIL = re.compile(
    r"subscribe|newsletter|suscr[ií]b|boletín|подпис\w+ на|telegram|whatsapp|follow us|síguenos|sigue toda|"
    r"comentarios|comments? (?:are|is) closed|los comentarios|copyright|all rights reserved|todos los derechos|"
    r"все права|©|get (?:the )?latest .{0,40} news|download the app|get the app|"
    r"have a tip|may be reached at|follow (?:him|her|them|us) on|sign up|inscr[ií]b|"
    r"become (?:an? )?(?:[\w.]+ ){0,3}(?:sponsor|member|supporter|subscriber|donor)|^(?:please )?donate\b|donate (?:now|today|here)|"
    r"support (?:independent|our|local|quality|(?:[\w.]+ ){1,3}and the) \w*\s?(?:journalism|reporting|stories|newsroom)|"
    r"make a (?:gift|contribution|donation)|\bdon(?:a|e) (?:ahora|hoy)|apoy[ae] (?:el|nuestro|al) periodismo|"
    r"поддерж(?:ите|ать) (?:нас|редакцию|проект)|пожертвова|работает благодаря (?:читателям|вам|вашей поддержке)|"
    r"exists thanks to (?:its )?readers|funded by (?:its |our )?readers|gracias a (?:sus|nuestros) lectores|"
    # an agency credit closing the story: "With AAP", "Con información de EFE", "(additional) reporting by ..."
    r"^(?:with|con(?: información de)?|по материалам)\s+(?:aap|ap|afp|reuters|efe|dpa|ansa|pa|upi|xinhua|europa press|"
    r"agencies|agencias|wires|риа новости|тасс|интерфакс)\b[\w ,.&]{0,40}$|^(?:additional |with )?reporting by\b",
    re.I,
)
_CREDIT_END = re.compile(
    r"(?:\b(?:foto|photo|photos|фото|image|imagen|bild|picture|credit|crédito|source)\s*:\s*[^.]{1,90}\.?|"
    r"\((?:[^()]*\b(?:photo|foto|фото|getty|reuters|afp|ap|epa|file)\b[^()]*|[A-Z][\w. ]+/[A-Z][\w. ]+)\))\s*$",
    re.I,
)
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$|^\d{4}-\d{2}-\d{2}T[\d:.+\-Z]+$")


def _similar(a: str, b: str) -> bool:
    """Folded strings equal, or one a prefix of the other with most words shared."""
    if not a or not b:
        return False
    if a == b:
        return True
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) >= 4 and long_[: len(short)] == short and len(short) >= 0.6 * len(long_):
        return True
    return False


class _Context:
    def __init__(self) -> None:
        self.titles: list[str] = []
        self.standfirsts: list[str] = []
        self.captions: set[str] = set()
        self.links: set[str] = set()
        self.bylines: list[str] = []
        self.descriptions: set[str] = set()


def _is_caption(line_f: str, ctx: _Context) -> bool:
    if line_f in ctx.captions:
        return True
    if len(line_f) > 20:
        for c in ctx.captions:
            if len(c) >= 20 and (c.startswith(line_f) or line_f.startswith(c)):
                return True
    return False


def _is_link_line(line: str, line_f: str, ctx: _Context) -> bool:
    """A line that is nothing but a link's text (a related headline)."""
    s = line_f.lstrip("-•*· ").strip()
    if len(s) < 15 or s.count(" ") < 4:  # short link texts in a body are products, names, terms
        return False
    if s in ctx.links:
        return True
    # "Kicker Headline" lines and "[INSIGHT]"-style suffixes
    s2 = re.sub(r"\s*\[[^\]]{1,20}\]\s*\|?$", "", s)
    return s2 != s and s2 in ctx.links


def _clean_lines(lines: list[str], ctx: _Context) -> list[str]:
    out: list[str] = []
    for raw in lines:
        line = _norm(raw)
        if not line:
            continue
        f = _fold(line)
        if _ALL_FURNITURE.match(line) or _READ_ALSO.match(line) or _URL_ONLY.match(line):
            continue
        if _is_caption(f, ctx):
            continue
        if _is_link_line(line, f, ctx):
            continue
        if len(line) < 300 and _CREDIT_END.search(line) and not line.endswith(('."', '.”', "»")) and _looks_caption_like(line):
            continue
        out.append(line)
    # headline, standfirst, byline repeated at the top, and the short kicker over the headline
    # ("National", then the headline): what comes before the headline is the header's
    head = next((j for j, line in enumerate(out[:4]) if any(_similar(_fold(line), t) for t in ctx.titles)), 0)
    if head and all(len(line.split()) <= 5 for line in out[:head]):
        del out[:head]
    while out:
        f = _BULLET.sub("", _fold(out[0]))  # "- FIA chief says ...": a standfirst printed as a list
        if any(_similar(f, t) for t in ctx.titles) or any(_similar(f, s) for s in ctx.standfirsts) \
                or f.rstrip(" .…") in ctx.descriptions:
            out.pop(0)
            continue
        if len(f) < 120 and any(b and (f == b or f.startswith(b)) for b in ctx.bylines):
            out.pop(0)
            continue
        break
    # newsletter / comments / share / copyright lines at the tail, with the short unpunctuated
    # lines of their box after them ("Daily newsletter", then "Receive essential news every morning")
    while out:
        box = next((k for k in range(len(out) - 1, max(-1, len(out) - 4), -1) if len(out[k]) < 260 and _TAIL.search(out[k])), None)
        if box is None or not all(len(x) < 120 and not x.rstrip().endswith((".", "!", "?", '"', "”", "»")) for x in out[box + 1 :]):
            break
        del out[box:]
    # duplicated lines (a block repeated by the template)
    seen: set[str] = set()
    uniq = []
    for line in out:
        f = _fold(line)
        if len(f) > 40 and f in seen:
            continue
        seen.add(f)
        uniq.append(line)
    return uniq


def _looks_caption_like(line: str) -> bool:
    """Short descriptive text ending in a credit, not a quote or running prose."""
    return len(_words(line)) <= 45


# ----------------------------------------------------------------- fallback body

_BLOCK_TAGS = ("p", "h2", "h3", "h4", "li", "blockquote")
_BAD_ATTR = re.compile(
    r"comment|related|relacionad|share|social|footer|sidebar|aside|newsletter|subscribe|promo|advert|"
    r"\bads?\b|banner|cookie|consent|nav|menu|breadcrumb|caption|credit|teaser|most-?read|trending"
)


def _fallback_body(tree: HtmlElement) -> list[str]:
    """The container holding the most ``<p>`` text: its blocks in order."""
    scores: dict[HtmlElement, int] = {}
    for p in tree.iter("p"):
        t = _text(p)
        if len(t) < 40:
            continue
        parent = p.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0) + len(t)
    if not scores:
        return []
    best = max(scores, key=scores.get)
    # prefer an itemprop=articleBody / <article> ancestor when it adds little noise
    lines = []
    for el in best.iter(*_BLOCK_TAGS):
        anc, bad = el, False
        while anc is not None and anc is not best:
            if _BAD_ATTR.search(_attrs(anc)):
                bad = True
                break
            anc = anc.getparent()
        if bad:
            continue
        t = _text(el)
        if t:
            lines.append(t)
    return lines


# ----------------------------------------------------------------- trafilatura


def _trafilatura_body(tree: HtmlElement, url: str | None) -> list[str]:
    """Trafilatura's extraction cascade on our tree (pruned in place, not copied)."""
    try:
        from trafilatura.core import trafilatura_sequence
        from trafilatura.settings import DEFAULT_CONFIG, Extractor
        from trafilatura.xml import xmltotxt

        options = Extractor(config=DEFAULT_CONFIG, output_format="python", comments=False,
                            tables=True, url=url)
        postbody, _text_, _c, _ct = trafilatura_sequence(tree, options, url)
        text = xmltotxt(postbody, False) or ""
    except ImportError:  # a trafilatura without that internal: public API (copies the tree)
        import trafilatura

        doc = trafilatura.bare_extraction(tree, url=url, include_comments=False)
        text = (doc.text if doc is not None else "") or ""
    return text.split("\n")


# ----------------------------------------------------------------- printed metadata

_DATE_ATTR = re.compile(r"date|time|fecha|hora|datum|data|published|posted|timestamp|updated|дата|время|meta")
_DATE_HINT = re.compile(r"\d{4}|\d{1,2}[./]\d{1,2}")
_UPDATED = re.compile(r"^\s*(updated|actualizado|обновлено|aktualisiert|mis à jour|atualizado|last updated)", re.I)


def _printed_date(scan: _Scan, langs: list[str], near: str | None = None) -> str | None:
    """The first date printed after the headline (a publication, not an update, where both show);
    where the page's metadata dates it (``near``), the first printed date within a day of that
    (a related-stories list prints other days)."""
    cands: list[tuple[int, int, int, str]] = []  # (before_h1, is_update, order, text)
    seen: set[int] = set()
    for pos, el in scan.dates:
        if id(el) in seen:
            continue
        # the words of child elements spaced apart: <span>July 8, 2025</span><span>5:42 PM ET</span>
        t = _norm(" ".join(el.itertext()))
        if not t or len(t) > 90 or not _YEAR.search(t):
            continue
        for d in el.iter():
            seen.add(id(d))
        cands.append((0 if pos > scan.h1_pos else 1, 1 if _UPDATED.match(t) else 0, pos, t))
    parsed = [v for v in (_parse_date_text(t, langs) for *_, t in sorted(cands)) if v]
    target = _day(near)
    agreeing = [v for v in parsed if target is not None and (d := _day(v)) is not None and abs((d - target).days) <= 1]
    if agreeing:
        return next((v for v in agreeing if len(v) > 10), agreeing[0])  # the one that prints the time too
    return parsed[0] if parsed else None


def _day(value: str | None) -> date | None:
    """The calendar day of an ISO date or timestamp; None for none or a partial date."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


_YEAR = re.compile(r"(?<!\d)(?:199\d|20\d\d)(?!\d)")


def _inside(el: HtmlElement, tags: tuple[str, ...]) -> bool:
    anc = el.getparent()
    while anc is not None:
        if anc.tag in tags:
            return True
        anc = anc.getparent()
    return False


def _parse_date_text(text: str, langs: list[str]) -> str | None:
    """A printed date, through the shared parser. Texts whose date the fast regex reader cannot
    see are not handed on: the parser's last resort (dateparser) costs ~0.5 s per new language,
    more than a whole page's extraction."""
    if find_date(text, langs or None) is None:
        return None
    return parse_published(text, langs or None)


_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")


def _meta_date(meta: dict[str, str], ld: dict) -> str | None:
    """A timestamp from meta tags / JSON-LD, its local wall-clock time kept (offset dropped)."""
    for v in (
        ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None,
        meta.get("article:published_time"),
        meta.get("datepublished"),
        meta.get("og:published_time"),
        meta.get("pubdate"),
        meta.get("publishdate"),
        meta.get("date"),
        meta.get("dc.date"),
        meta.get("dc.date.issued"),
        meta.get("sailthru.date"),
        meta.get("parsely-pub-date"),
    ):
        if v:
            m = _ISO.search(v)
            if m:
                day = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
                return f"{day}T{m.group(4)}:{m.group(5)}" if m.group(4) else day
    return None


_AUTHOR_ATTR = re.compile(r"author|byline|autor|автор|firma|signature|writer|reporter|creator")
_BY_PREFIX = re.compile(
    r"^\s*(?:(?:written|reported|posted|story|text|texto|words)\s+)?(?:by|por|von|par|di|de|автор(?:ы)?|текст|"
    r"posted by|escrito por|redacción|redaccion)\s*[:\-–—]?\s*",
    re.I,
)
_NOT_PERSON = re.compile(
    r"\b(?:staff|agenc|редакц|redacci|newsroom|desk|team|news service|correspondent|wire|reporters?)\b|@|https?:",
    re.I,
)


_BYLINE_END = re.compile(
    r"\s[|•·]\s|\s[-–—]\s|\s{2,}|\b(?:updated|published|posted|actualizado|publicado|обновлено|опубликовано)\b|"
    r"\d{1,2}[:/.]\d{2}",
    re.I,
)


# a photo credit ("Фото: Reuters", "Photo: AFP", "Foto: EFE"): never a byline
_CREDIT_LABEL = re.compile(
    r"^\W*(?:photos?|fotos?|fotograf[ií]a|фото(?:графия)?|image|imagen|imagem|picture|credits?|"
    r"cr[ée]dito|снимок|video|видео)\s*(?::|©|/|by\b|de\b|—|-)",
    re.I,
)


# a dateline ("SANTO DOMINGO.-", "KABUL (Reuters) —"): a place, never a byline
_DATELINE = re.compile(r"^[^\W\d_][^\d|:]{1,40}?(?:\.\s*[-–—]+|\s\([^)]{2,30}\)\s*[-–—.]+|\s[-–—]+)\s*$")


def _clean_author(s: str, outlet: str | None) -> list[str]:
    s = _norm(s)
    if _CREDIT_LABEL.match(s) or _DATELINE.search(s):
        return []
    s = _BY_PREFIX.sub("", s)
    s = re.sub(r"^\s*(?:by|por|автор)\s*:?\s*", "", s, flags=re.I)
    s = _BYLINE_END.split(s, maxsplit=1)[0]
    parts = re.split(r"\s*(?:,|;|&|\band\b|\by\b|\bи\b|\bund\b|\bet\b|\be\b)\s*", s)
    out = []
    for p in parts:
        p = p.strip(" .:;,-–—")
        if not p or len(p) > 50 or len(p) < 3:
            continue
        if any(c.isdigit() for c in p) or _NOT_PERSON.search(p):
            continue
        if outlet and _fold(p) == _fold(outlet):
            continue
        words = p.split()
        if len(words) > 5:
            continue
        if not words[0][:1].isupper():
            continue
        out.append(_smart_title(p))
    return out


def _in_caption(el: HtmlElement) -> bool:
    """Whether ``el`` sits in a figure or its caption (a photographer's credit)."""
    for anc in el.iterancestors():
        if anc.tag in ("figcaption", "figure"):
            return True
        if anc.tag in ("article", "main", "body"):
            break
    return False


def _printed_author(scan: _Scan, outlet: str | None) -> list[str]:
    cands = scan.authors
    for k, el in enumerate(cands):
        a = _attrs(el)
        if k + 1 < len(cands) and el in cands[k + 1].iterancestors():
            continue  # a wrapper: its own byline element comes next
        if re.search(r"author-?(?:bio|desc|info|about|image|img|photo|avatar)|bio\b", a):
            continue
        if _in_caption(el):  # a photographer's credit inside a caption
            continue
        t = _text(el)
        if not t or len(t) > 160:
            continue
        links = [_text(x) for x in el.iter("a") if _text(x)]
        names: list[str] = []
        if links:
            for x in links:
                names += _clean_author(x, outlet)
        if not names:
            names = _clean_author(t, outlet)
            # a byline followed by a place ("By X, Amritsar"): keep the first name only
            if len(names) > 1 and not re.search(r"\band\b|&|\by\b|\bи\b|,\s*\w+\s+\w+.*,", t):
                names = names[:1]
        if names:
            return list(dict.fromkeys(names))
    return []


_SECTION_ATTR = re.compile(r"breadcrumb|bread-crumb|migas|хлебн")
_CATEGORY_ATTR = re.compile(r"\b(?:categor\w*|kicker|rubric\w*|rubrik|section-?name|eyebrow|overline|topic-?label|"
                            r"\w*-categor\w*|categoria\w*|секция|рубрик\w*)\b")
_HOME = re.compile(r"^(home|homepage|inicio|portada|главная|startseite|accueil|início|news|noticias|новости|"
                   r"front page|start)$", re.I)


def _breadcrumb_section(scan: _Scan) -> str | None:
    for el in scan.crumbs:
        items = [_text(x) for x in el.iter("a")] or [
            s for s in re.split(r"\s*[/>»›|]\s*", _text(el)) if s
        ]
        items = [i for i in items if i]
        if len(items) > 1 and (_HOME.match(items[0]) or items[0] == ""):
            items = items[1:]
        elif len(items) > 1:
            first_a = next(iter(el.iter("a")), None)
            href = (first_a.get("href") or "") if first_a is not None else ""
            if re.fullmatch(r"(https?://[^/]+)?/?(\w{2}/?)?", href):
                items = items[1:]
        if items and len(items[0]) <= 40:
            return items[0]
    return None


def _category_section(scan: _Scan) -> str | None:
    for el in scan.categories:
        if _inside(el, ("nav", "footer", "header")) and not _inside(el, ("article",)):
            continue
        t = _text(el)
        if t and len(t) <= 30 and len(t.split()) <= 4:
            return t
    return None


_SECTION_HREF = re.compile(r"^(?:https?://[^/]+)?/(?:[a-z]{2}/)?[\w-]+/?$", re.I)


def _kicker_section(h1: HtmlElement | None) -> str | None:
    """A kicker printed right above the headline: a short element just before the ``<h1>`` (or
    before its wrapper) whose link points at a section path ("/news", "/world/")."""
    if h1 is None:
        return None
    el = h1
    for _ in range(2):
        prev = el.getprevious()
        for _ in range(2):
            if prev is None:
                break
            if isinstance(prev.tag, str) and prev.tag not in ("script", "style", "img", "figure"):
                t = _text(prev)
                links = [a for a in prev.iter("a") if a.get("href")]
                if t and len(t) <= 30 and len(t.split()) <= 4 and len(links) == 1 \
                        and _SECTION_HREF.match(links[0].get("href", "")) and _text(links[0]) == t:
                    return t
                if t:
                    break
            prev = prev.getprevious()
        parent = el.getparent()
        if parent is None or len(_text(parent)) > len(_text(h1)) + 5:
            break
        el = parent
    return None


_SITE_SPLIT = re.compile(r"\s+[|–—:·]\s+|\s+-\s+")


def _outlet(meta: dict[str, str], lds: list[dict], tree: HtmlElement, title_tag: str) -> str | None:
    site = meta.get("og:site_name") or meta.get("application-name")
    if site:
        return _SITE_SPLIT.split(site)[0].strip() or site
    for o in lds:
        pub = o.get("publisher")
        names = _ld_name(pub)
        if names and names[0]:
            return names[0]
    for o in lds:
        if _ld_types(o) & {"organization", "newsmediaorganization"} and isinstance(o.get("name"), str):
            return _norm(o["name"])
    # copyright line: "© 2025 Name." / "Copyright 2025 Name"
    for el in tree.iter("footer", "p", "div", "span", "small"):
        t = _text(el)
        if len(t) > 160 or ("©" not in t and "copyright" not in t.lower()):
            continue
        m = re.search(r"(?:©|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:©)?\s*([^.,|©]{2,50}?)(?:\.|,|\s+all rights|\s+todos|\s+все|$)", t, re.I)
        if m:
            name = _norm(m.group(1))
            if name and not name[0].isdigit():
                return name
    if title_tag:
        parts = _SITE_SPLIT.split(title_tag)
        if len(parts) > 1 and len(parts[-1]) < 40:
            return parts[-1].strip()
    return None


_READING = re.compile(r"(\d+)\s*(?:min(?:ute)?s?\.?\s*(?:read|de lectura|lectura|чтени\w*|Lesezeit)|мин\w*\s*чтени\w*)", re.I)
_VIEWS = re.compile(r"(?:views?|просмотр\w*|visitas|lecturas|vistas|aufrufe)\s*:?\s*([\d\s.,\u202f\xa0]+\d)|"
                    r"([\d][\d\s.,\u202f\xa0]*)\s*(?:views|просмотр\w*|visitas|lecturas|vistas|lecturas)", re.I)


def _extras(tree: HtmlElement, meta: dict[str, str], url: str | None, scan: _Scan) -> dict[str, Any]:
    out: dict[str, Any] = {}
    canon = None
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            canon = link.get("href").strip()
            break
    u = url or canon or meta.get("og:url")
    if u:
        out["url"] = u
    desc = meta.get("og:description") or meta.get("description") or meta.get("twitter:description")
    if desc:
        out["description"] = desc
    # reading time and views, from the elements that name them
    for el in scan.extras:
        t = _text(el)
        if not t or len(t) > 60:
            continue
        if "reading_time" not in out:
            m = _READING.search(t)
            if m:
                out["reading_time"] = f"{m.group(1)} min"
        if "views" not in out:
            m = _VIEWS.search(t)
            if m:
                digits = re.sub(r"\D", "", m.group(1) or m.group(2) or "")
                if digits:
                    out["views"] = int(digits)
    return out


# ----------------------------------------------------------------- main


def extract_html(html: str, url: str | None = None) -> Article:
    """One HTML page -> Article. Raises :class:`NotAnArticle` for anything that is not one."""
    if not isinstance(html, str) or not html.strip():
        raise NotAnArticle("empty page")
    try:
        return _extract(html, url)
    except NotAnArticle:
        raise
    except (RecursionError, MemoryError, ValueError, TypeError, etree.LxmlError, AttributeError,
            KeyError, IndexError) as exc:
        raise NotAnArticle(f"unreadable page: {type(exc).__name__}") from exc


def _first_h1(tree: HtmlElement) -> HtmlElement | None:
    best = None
    for h in tree.iter("h1"):
        t = _text(h)
        if t and len(t) > 10:
            if _inside(h, ("article", "main")):
                return h
            best = best if best is not None else h
    return best


def _extract(html: str, url: str | None) -> Article:
    tree = _parse(html)
    if tree is None:
        raise NotAnArticle("no HTML tree")
    meta = _meta_tags(tree)
    lds = _json_ld(tree)
    ld = _ld_article(lds)
    title_el = tree.find(".//title")
    title_tag = _text(title_el) if title_el is not None else ""
    h1_el = _first_h1(tree)
    h1 = _text(h1_el) if h1_el is not None else ""
    if _looks_not_found(title_tag, h1, meta):
        raise NotAnArticle("error page (not found)")

    html_lang = (tree.get("lang") or tree.get("xml:lang") or meta.get("og:locale") or meta.get("language") or "")
    html_lang = re.split(r"[-_]", html_lang.strip().lower())[0] if html_lang else ""
    langs = [html_lang] if html_lang else []

    # title: the printed headline where it is plausible, else og:title / JSON-LD / <title>
    og_title = meta.get("og:title") or meta.get("twitter:title") or ""
    ld_title = ld.get("headline") if isinstance(ld.get("headline"), str) else ""
    title = None
    refs = [_fold(x) for x in (og_title, ld_title, title_tag) if x]
    if h1 and (not refs or any(set(_words(h1)) & set(_words(r)) for r in refs)):
        title = h1
    else:
        title = og_title or ld_title or (_SITE_SPLIT.split(title_tag)[0] if title_tag else None)
    title = _norm(title) or None

    outlet = _outlet(meta, lds, tree, title_tag)

    # furniture seen in the tree
    ctx = _Context()
    ctx.titles = [_fold(x) for x in (h1, og_title, ld_title, title) if x]
    if title_tag:
        ctx.titles.append(_fold(_SITE_SPLIT.split(title_tag)[0]))
    # (both: a site may shorten one of them)
    ctx.descriptions = {_fold(d).rstrip(" .…") for d in (meta.get("og:description"), meta.get("description")) if d} - {""}
    scan = _Scan(tree, h1_el)
    ctx.captions = _caption_texts(scan)
    ctx.standfirsts = [_fold(_text(el)) for el in scan.standfirsts]
    ctx.links = _link_texts(tree)

    # printed metadata (before trafilatura prunes the tree)
    meta_date = _meta_date(meta, ld)
    published = _printed_date(scan, langs, meta_date) or meta_date
    authors = _printed_author(scan, outlet)
    if not authors:
        for cand in _ld_name(ld.get("author")) + ([meta["author"]] if meta.get("author") else []):
            authors += _clean_author(cand, outlet)
    if not authors and meta.get("article:author") and "/" not in meta["article:author"]:
        authors = _clean_author(meta["article:author"], outlet)
    author = ", ".join(dict.fromkeys(authors)) or None
    ctx.bylines = [_fold(a) for a in authors]
    section = _breadcrumb_section(scan)
    if not section:
        sec = meta.get("article:section") or (ld.get("articleSection") if isinstance(ld.get("articleSection"), str) else None)
        if isinstance(ld.get("articleSection"), list) and ld["articleSection"] and not sec:
            sec = str(ld["articleSection"][0])
        section = sec or _category_section(scan) or _kicker_section(h1_el)
    section = _smart_title(_norm(section)) if section else None
    extra = _extras(tree, meta, url, scan)

    # body: a second opinion from the densest <p> cluster, read before trafilatura prunes the tree
    fallback = _fallback_body(tree)
    body_lines = _clean_lines(_trafilatura_body(tree, url), ctx)
    body = "\n\n".join(body_lines)
    if len(body) < 200:
        fb = _clean_lines(fallback, ctx)
        if len("\n\n".join(fb)) > len(body):
            body_lines, body = fb, "\n\n".join(fb)
    if not body:
        raise NotAnArticle("no article text on the page")
    if _is_index(body_lines, ctx):
        raise NotAnArticle("index of headlines, not an article")

    language = None
    try:
        detected = detect_language(body) if len(body) >= 200 or not html_lang else None
    except Exception:
        detected = None
    language = detected or html_lang or None

    return Article(
        body=body,
        title=title,
        outlet=outlet,
        published=published,
        author=author,
        section=section,
        language=language,
        extra=extra,
    )


def _is_index(lines: list[str], ctx: _Context) -> bool:
    """Mostly headlines (link texts) and little running prose."""
    prose = [x for x in lines if len(x) >= 150]
    if len(prose) >= 2:
        return False
    linked = sum(1 for x in lines if _fold(x).lstrip("-• ") in ctx.links)
    return len(lines) >= 4 and linked >= 0.5 * len(lines)
