"""Body -> actor mentions: bodies, officials, people and news outlets, as spans.

An actor is someone whose words an article can report: an organisation ("U.S. Embassy in
Uzbekistan", "посольство США в Узбекистане", "Dirección General de Migración"), a person named
with a title ("President José Raúl Mulino", "el ministro de Seguridad, Frank Ábrego",
"пресс-секретарь МИД Узбекистана Ахрор Бурханов") or as the subject of a speech verb, or a news
outlet cited as a source ("The New York Times", "the daily Welt").

All vocabulary is data (``data/actors_{en,es,ru}.tsv``, ``data/speech_verbs.tsv``): known bodies
and outlets, head nouns that end a body's name, titles, nouns that introduce a name. The
recognisers here are general patterns over that vocabulary; nothing is specific to one story.

``Mention.value`` is ``{"name", "type", "country"}`` (type ``org``, ``person``, ``outlet`` or
``group``) plus ``key``: mentions with the same key name the same actor (an abbreviation and
its expansion, a known alias), which :mod:`deportwatch.events.claims` uses to pick the fullest
name the article gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..data import read_rows
from ..record import Mention
from .countries import find_countries

LANGS = ("en", "es", "ru")

_UP = "A-ZÁÉÍÓÚÑÜÇÀÈÌÒÙÂÊÎÔÛÄËÏÖА-ЯЁ"
_WORD = re.compile(r"(?:[A-Z]\.){2,}|(?:[A-Z]{2}\.){2}|\w+(?:[’'\-.]\w+)*")
_CAP = re.compile(rf"^[{_UP}]")
_ALLCAPS = re.compile(rf"^[{_UP}0-9.\-]+$")
_POSS = re.compile(r"(?:’s|'s|’|')$")
# Russian lower-case words that can continue a noun phrase in the genitive ("внутренней безопасности")
_RU_GEN = re.compile(r"^[а-яё\-]*(?:ой|ей|ых|их|ии|ов|ев|ости|дел|ций|ия|ам|ям|ения|ства|ого|его|ого)$")
_RU_VERBISH = re.compile(r"^[а-яё]+(?:л|ла|ло|ли|ет|ит|ют|ят|ат|ался|алась|ется|ится|ть)$")
_CYR = re.compile("[А-Яа-яЁё]")
# after a capitalised word: a lower-case Russian word that continues its noun phrase (not a verb)
_RU_NP_NEXT = re.compile(r"[ \t]+(?![а-яё]+(?:л|ла|ло|ли|ет|ит|ют|ят|ат|ался|алась|ется|ится|ть)\b)[а-яё]")
_RU_NOT_NP = {"которой", "которых", "этой", "этих", "своей", "своих", "их", "ней", "них", "всех",
              "других", "его", "её", "ее", "ему", "что", "как", "также", "уже", "еще", "ещё"}
_OUTLET_KINDNOUNS = {"newspaper", "daily", "weekly", "magazine", "news magazine", "broadcaster",
                     "public broadcaster", "channel", "news agency", "outlet", "website", "diario",
                     "periódico", "cadena", "canal", "revista", "medio", "газета", "газеты",
                     "издание", "издания", "телеканал", "телеканала", "журнал", "портал",
                     "agencia", "агентство", "агентства", "emisora", "radio", "station", "канал",
                     "televisora", "portal", "sitio", "semanario", "tabloid", "изданию", "газете",
                     "газету", "телеканалу", "агентству", "радиостанци", "сайт"}


@dataclass
class Vocab:
    known: list[tuple[str, str, str, str | None]] = field(default_factory=list)  # form, canon, type, country
    heads: set[str] = field(default_factory=set)
    heads_by_lang: dict[str, set[str]] = field(default_factory=dict)
    lheads: set[str] = field(default_factory=set)
    titles: dict[str, bool] = field(default_factory=dict)  # form -> genitive
    kindnouns: set[str] = field(default_factory=set)
    noname: set[str] = field(default_factory=set)
    pronouns: set[str] = field(default_factory=set)
    abbrs: list[tuple[str, str]] = field(default_factory=list)  # abbreviation, phrase
    stopwords: set[str] = field(default_factory=set)
    verbs: list[tuple[str, str, str]] = field(default_factory=list)  # lang, kind, form
    topic: list[str] = field(default_factory=list)


def _read(name: str) -> list[list[str]]:
    return [list(row) for row in read_rows(name)]


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    v = Vocab()
    for lang in LANGS:
        for row in _read(f"actors_{lang}.tsv"):
            kind, form = row[0], row[1].strip()
            extra = row[2].strip() if len(row) > 2 else ""
            if kind in ("org", "outlet"):
                country = row[3].strip() if len(row) > 3 and row[3].strip() else None
                v.known.append((form, extra or form, kind, country))
            elif kind == "head":
                v.heads.add(form)
                v.heads_by_lang.setdefault(lang, set()).add(form)
            elif kind == "lhead":
                v.lheads.add(form)
            elif kind == "title":
                v.titles[form] = extra == "gen"
            elif kind == "kindnoun":
                v.kindnouns.add(form)
            elif kind == "noname":
                v.noname.add(form)
            elif kind == "abbr":
                v.abbrs.append((form, extra.lower()))
            elif kind == "pronoun":
                v.pronouns.add(form)
    for row in _read("stopwords.tsv"):
        if len(row) > 1:
            v.stopwords.add(row[1].strip().lower())
    v.topic = [r[1].strip() for r in _read("topic_cues.tsv") if len(r) > 1]
    for row in _read("speech_verbs.tsv"):
        if len(row) > 2:
            v.verbs.append((row[0].strip(), row[1].strip(), row[2].strip()))
    v.verbs += _es_compound_tenses(v.verbs)
    return v


def _es_compound_tenses(verbs: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The perfect tenses of the Spanish preterites in the table ("relató": "ha relatado", "había
    relatado", "han relatado", "habían relatado"; "difundió": "había difundido"): written once,
    read in every tense."""
    have = {(lang, form) for lang, _k, form in verbs}
    out = []
    for lang, kind, form in verbs:
        if lang != "es" or " " in form or kind not in ("asserts", "denies", "confirms"):
            continue
        if form.endswith("ió"):
            part = form[:-2] + "ido"
        elif form.endswith("ó"):
            part = form[:-1] + "ado"
        else:
            continue
        for aux in ("ha", "había", "han", "habían"):
            if ("es", f"{aux} {part}") not in have:
                have.add(("es", f"{aux} {part}"))
                out.append(("es", kind, f"{aux} {part}"))
    return out


_TOK = re.compile(r"\w+(?:[’'\-]\w+)*|[^\w\s]")


@lru_cache(maxsize=8)
def tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """Word and punctuation tokens of ``text`` as (start, end, token)."""
    return tuple((m.start(), m.end(), m.group()) for m in _TOK.finditer(text))


@lru_cache(maxsize=8)
def _low_tokens(text: str) -> tuple[str, ...]:
    return tuple(t.lower() for _, _, t in tokens(text))


class Phrases:
    """Fast lookup of many word phrases in a text, by tokens instead of one huge regex.

    A form with a capital letter matches case-sensitively, an all-lower-case form in any case;
    a trailing ``*`` matches any ending of the form's last word.
    """

    def __init__(self, entries):
        self.first: dict[str, list[tuple[tuple[str, ...], bool, bool, object]]] = {}
        self.prefix: dict[str, list[tuple[str, bool, object]]] = {}
        self._starts_rx: re.Pattern | None = None
        self._by_token: dict[str, list] = {}  # token -> the entries of ``first`` it can begin
        for form, payload in entries:
            star = form.endswith("*")
            f = form[:-1] if star else form
            ci = f == f.lower()
            toks = tuple(t for _, _, t in tokens(f))
            if not toks:
                continue
            if star and len(toks) == 1:
                self.prefix.setdefault(toks[0][:3].lower(), []).append((toks[0], ci, payload))
            else:
                self.first.setdefault(toks[0].lower(), []).append((toks, ci, star, payload))

    def find(self, text: str, start: int = 0, end: int | None = None):
        """(start, end, payload) of every match, in order: at each position the longest of each
        category (a payload is ``(category, data)``)."""
        end = len(text) if end is None else end
        first, prefix, by_token = self.first, self.prefix, self._by_token
        starts = self._starts()
        low = text.lower()
        if starts is _TOK or len(low) != len(text):
            starts, low = _TOK, text
        out = []
        for cm in starts.finditer(low, 0 if starts is _TOK else start):
            ts = cm.start()
            if ts < start:
                continue
            if ts >= end:
                break
            tm = _TOK.match(text, ts)
            te = tm.end()
            t = tm.group()
            lt = t.lower()
            cands = first.get(lt)
            if cands:  # the phrases this very token can begin (case-sensitive ones: same case)
                cands = by_token.get(t)
                if cands is None:
                    if len(by_token) > 50_000:  # odd casings of the same words: keep it bounded
                        by_token.clear()
                    cands = by_token[t] = [c for c in first[lt] if c[1] or t == c[0][0]]
            pcands = prefix.get(lt[:3]) if prefix else None
            if not cands and not pcands:
                continue
            best: dict = {}
            if cands:
                # the tokens after this one, read as far as the longest phrase needs
                follow: list[tuple[int, int, str, str]] = []
                pos = te
                for ptoks, ci, star, payload in cands:
                    k = len(ptoks)
                    while len(follow) < k - 1 and pos >= 0:
                        nm = _TOK.search(text, pos)
                        if nm is None:
                            pos = -1
                            break
                        g = nm.group()
                        follow.append((nm.start(), nm.end(), g, g.lower()))
                        pos = nm.end()
                    if len(follow) < k - 1:
                        continue
                    ok = True
                    prev_end = te
                    for j in range(1, k):
                        fs, fe, ft, flt = follow[j - 1]
                        a = flt if ci else ft
                        b = ptoks[j]
                        if a != b and not (star and j == k - 1 and a.startswith(b)):
                            ok = False
                            break
                        if text[prev_end:fs].strip():
                            ok = False
                            break
                        prev_end = fe
                    cat = payload[0]
                    pend = follow[k - 2][1] if k > 1 else te
                    if ok and (cat not in best or pend > best[cat][1]):
                        best[cat] = (ts, pend, payload)
            for p, ci, payload in pcands or ():
                cat = payload[0]
                if (lt if ci else t).startswith(p) and (cat not in best or te > best[cat][1]):
                    best[cat] = (ts, te, payload)
            for b in best.values():
                if b[1] <= end:
                    out.append(b)
        return out

    def _starts(self) -> re.Pattern:
        """One regex, run over the lower-cased text, for the tokens that can begin a phrase: a
        token start (not inside a hyphenated or apostrophised word) holding a phrase's first
        word, or the first three letters of a starred one. It only narrows the positions
        :meth:`find` looks at; each is then checked against the phrase table as a token of the
        text itself. Where the table holds a key this cannot find, every token is looked at."""
        if self._starts_rx is None:
            # a starred word matches tokens that start with it (``find`` reads it by its first
            # three letters, then tests the whole word): the regex looks for the whole word
            stems = {p.lower() for entries in self.prefix.values() for p, _ci, _payload in entries}
            keys = set(self.first) | set(self.prefix) | stems
            if all(k[:1].isalnum() and not set(k) & _CASE_SPECIAL for k in keys):
                alt = _trie_alt(self.first, stems)
                self._starts_rx = re.compile(r"(?<!\w)(?<![\w][’'\-])" + alt)
            else:
                self._starts_rx = _TOK
        return self._starts_rx


# Letters whose str.lower() is not one letter for one (U+0130), or depends on the context (sigma).
_CASE_SPECIAL = set("σςΣ\u0307İ")
# After a whole first word: the token ends here (no more letters, no "-word" or "'s" joined on).
_TOKEN_END = r"(?!\w|[’'\-]\w)"


def _trie_alt(words, prefixes) -> str:
    """A regex for ``words`` (whole tokens) and ``prefixes`` (starts of tokens), factored by
    common prefixes so that it is fast to match."""
    trie: dict = {}
    for group, mark in ((words, "word"), (prefixes, "prefix")):
        for w in group:
            node = trie
            for ch in w:
                node = node.setdefault(ch, {})
            node.setdefault("", set()).add(mark)

    def emit(node: dict) -> str:
        ends = node.get("", set())
        if "prefix" in ends:
            return ""  # any token that starts so is a candidate
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "word" in ends:
            alts.append(_TOKEN_END)
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie)


@lru_cache(maxsize=1)
def lexicon() -> Phrases:
    """Every phrase of the vocabulary, one pass per text: known bodies and outlets, titles,
    nouns that introduce names, speech cues (verbs, sources, "false" words) and topic cues."""
    v = vocab()
    entries = [(f, ("known", (c, t, ctry))) for f, c, t, ctry in v.known]
    entries += [(f, ("title", gen)) for f, gen in v.titles.items()]
    entries += [(k, ("kindnoun", k.lower())) for k in v.kindnouns]
    for _lang, kind, form in v.verbs:
        if kind in ("asserts", "denies", "confirms"):
            entries.append((form, ("verb", kind)))
        elif kind in ("source", "false"):
            entries.append((form, (kind, kind)))
    entries += [(t, ("topic", True)) for t in v.topic]
    return Phrases(entries)


@lru_cache(maxsize=1)
def _topic_phrases() -> Phrases:
    return Phrases([(t, ("topic", True)) for t in vocab().topic])


def has_topic(text: str) -> bool:
    """``text`` holds a word of the matter (``scan(text)["topic"]`` is not empty), told by a scan
    of the topic words alone: far cheaper than the whole lexicon on a page that needs nothing else."""
    return next(iter(_topic_phrases().find(text)), None) is not None


@lru_cache(maxsize=4)
def scan(text: str) -> dict[str, list]:
    """The lexicon's matches in ``text`` by category: category -> [(start, end, payload)]."""
    out: dict[str, list] = {c: [] for c in ("known", "title", "kindnoun", "verb", "source", "false", "topic")}
    for m in lexicon().find(text):
        out[m[2][0]].append(m)
    return out


def _alt(forms, fold_case: bool = False) -> str:
    """The alternation of ``forms``, longest first, factored by common prefixes (a trie: one
    test per letter instead of one per form). Only a form and the forms that extend it can match
    at one place, and the trie tries the extensions first, so it matches as the flat longest-first
    alternation does. ``fold_case`` for an IGNORECASE pattern: forms merged by their lower case."""
    trie: dict = {}
    for f in set(forms):
        node = trie
        for ch in f.lower() if fold_case else f:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(trie)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    v = vocab()
    b, e = r"\b(?<![\w.])", r"(?![\w’'-]|\.\w)"
    pats: dict = {}
    pats["kind_tail"] = re.compile(rf"[ \t]+(?:[a-záéíóúñ]+[ \t]+)?(?=[{_UP}]|[«\"“][{_UP}0-9])")
    heads = _alt(v.heads_by_lang["en"])
    es_heads = _alt(v.heads_by_lang["es"])
    ru_heads = _alt(v.heads_by_lang["ru"], fold_case=True)  # org_ru is IGNORECASE
    lheads = _alt(v.lheads)
    capw = rf"(?:(?:[A-Z]\.){{2,}}|[{_UP}][\w’'\-]*(?:[’']s)?)"
    # English: capitalised words ending in a head noun, "of/for/in" + capitalised words after it.
    pats["org_en"] = re.compile(
        rf"{b}(?:{capw}\s+){{0,5}}(?:{heads})(?:\s+(?:of|for|on|in)\s+(?:the\s+)?{capw}"
        rf"(?:\s+(?:and\s+|of\s+|for\s+)?{capw}){{0,4}})?{e}")
    # "the Honduran government", "Germany's interior ministry", "the president's office"
    # "the government of Eswatini": a lower-case head with an "of" + capitalised complement
    pats["org_lower"] = re.compile(
        rf"{b}(?:(?:[Tt]he|[Ee]l|[Ll]a)\s+)?(?:(?:{capw})\s+){{0,2}}(?:{lheads})"
        rf"(?:\s+(?:of|in)\s+(?:the\s+)?{capw}(?:\s+{capw}){{0,2}})?{e}", re.UNICODE)
    # Spanish: head noun first, then "de/del/para ..." capitalised complements
    pats["org_es"] = re.compile(
        rf"{b}(?:{es_heads})(?:\s+{capw})?(?:\s+[a-záéíóúñ]+(?:ana|ano|ense|eña|eño|ina|ino|esa|ica|ico|ía|al))?"
        rf"(?:\s+(?:de|del|para|por|en|y|e)(?:\s+(?:la|las|los|el))?\s+{capw}(?:\s+{capw}){{0,3}}){{0,4}}"
        rf"(?:\s+\([{_UP}][\w.]+\))?{e}")
    pats["org_es_lower"] = re.compile(
        rf"{b}(?:embajada|gobierno|cancillería|presidencia|consulado|ministerio|policía)"
        rf"(?:\s+(?:de|del|en)(?:\s+(?:la|las|los|el))?\s+{capw}(?:\s+{capw}){{0,3}}){{1,3}}{e}")
    # Russian: optional adjectives, a head noun, genitive/capitalised modifiers
    pats["org_ru"] = re.compile(
        rf"{b}(?:[А-ЯЁа-яё\-]+(?:ое|ая|ый|ий|ой|ые|ие|ского|ской)\s+){{0,2}}(?:{ru_heads})(?![\w\-])"
        rf"(?:\s+(?:(?:по|и|в)\s+)?(?:[А-ЯЁA-Z][\w\-]*|[а-яё\-]+)){{0,6}}(?:\s+\([{_UP}][\w.]+\))?",
        re.IGNORECASE)
    # the head nouns alone: where the patterns above that need one can match (:func:`_org_matches`)
    pats["heads_en"] = re.compile(heads)
    pats["lheads"] = re.compile(lheads)
    pats["abbrev_def"] = re.compile(rf"\(\s*((?:[A-Z]\.){{2,}}|[{_UP}][{_UP}a-zа-яё.]{{1,9}})\s*\)")
    return pats


def _speech_alt(v: Vocab) -> str:
    forms = []
    for _lang, kind, form in v.verbs:
        if kind in ("asserts", "denies", "confirms"):
            forms.append(re.escape(form[:-1]) + r"\w*" if form.endswith("*") else re.escape(form))
    forms.sort(key=len, reverse=True)
    return "|".join(forms)


# ---------------------------------------------------------------- helpers


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(text[start:end])]


def _is_name_word(w: str, v: Vocab) -> bool:
    w = _POSS.sub("", w)
    if not w or not _CAP.match(w) or w in v.noname or w.lower() in v.stopwords:
        return False
    if len(w) > 1 and _ALLCAPS.match(w):  # abbreviations are not names ("MFA", "США")
        return False
    if w in v.titles or w in v.heads or w.lower() in v.titles:  # "Губернатор" opening a sentence
        return False
    return not w[0].isdigit()


def ru_nominative(word: str) -> str:
    """A Russian name in the genitive back to the nominative ("Хамдуллы Фитрата" word by word)."""
    if not re.search("[а-яё]$", word):
        return word
    for suf, rep in (("ии", "ия"), ("ой", "а"), ("ого", "ий"), ("ы", "а"), ("ом", ""), ("ем", "й")):
        if word.endswith(suf):
            return word[: -len(suf)] + rep
    if re.search("[кгхжшщч]и$", word):
        return word[:-1] + "а"
    if word.endswith("я"):
        return word[:-1] + ("й" if re.search("[аеиоуэюя]я$", word) else "ь")
    if re.search("[бвгджзклмнпрстфхцчшщ]а$", word):
        return word[:-1]
    return word


_RU_ADJ_GEN = (("ской", "ская"), ("цкой", "цкая"), ("ной", "ная"), ("ой", "ая"), ("ей", "яя"),
               ("ского", "ский"), ("ного", "ный"), ("его", "ий"), ("ого", "ый"))


def ru_body_nominative(phrase: str) -> str:
    """A Russian body's name in the genitive or prepositional back to the nominative, up to its
    head noun ("таджикской миграционной службы" -> "таджикская миграционная служба",
    "министерства иностранных дел" -> "министерство иностранных дел"); the words after the
    head stay as printed (they are genitive complements). A phrase already in the nominative, or
    one it cannot read, is returned as it is."""
    words = phrase.split()
    if not words or not all(re.fullmatch(r"[а-яёА-ЯЁ-]+", w) for w in words[:1]):
        return phrase
    adjs, i = [], 0
    while i < len(words) and (words[i][:1].islower() or i == 0) and any(words[i].endswith(a) for a, _ in _RU_ADJ_GEN):
        adjs.append(words[i])
        i += 1
    if i >= len(words) or not re.fullmatch(r"[а-яё-]+", words[i] if i else words[i][:1].lower() + words[i][1:]):
        return phrase
    head = words[i]
    fem = adjs and all(a.endswith(("ой", "ей")) for a in adjs)
    if not adjs and head.endswith("ии"):
        noun = head[:-1] + "я"  # "полиции", "комиссии": -ия nouns
        return " ".join([noun] + words[i + 1 :])
    if fem:
        if head.endswith(("ии",)):
            noun = head[:-1] + "я"
        elif re.search("[кгхжшщч]и$", head):
            noun = head[:-1] + "а"
        elif head.endswith("ы"):
            noun = head[:-1] + "а"
        elif head.endswith("и"):
            noun = head[:-1] + "я"
        elif head.endswith("е"):  # prepositional: "в миграционной службе"
            noun = head[:-1] + ("я" if head.endswith("ие") else "а")
        else:
            return phrase
        adj_out = [next(w[: -len(a)] + n for a, n in _RU_ADJ_GEN if w.endswith(a)) for w in adjs]
    else:
        if adjs and not all(a.endswith(("ого", "его")) for a in adjs):
            return phrase
        if re.search("(?:ств[ае]|ни[яи]|ти[яи])$", head) and (adjs or head[:1].islower()):  # neuter: "министерства", "управления" (not "Известия")
            noun = head[:-1] + ("е" if head.endswith(("ния", "тия", "нии", "тии")) else "о")
            adj_out = [w[:-3] + ("ее" if w.endswith("его") else "ое") for w in adjs]
            return " ".join(adj_out + [noun] + words[i + 1 :])
        elif re.search("[бвгджзклмнпрстфхцчшщ][ае]$", head) and adjs:  # masculine: "комитета", "суда"
            noun = head[:-1]
        else:
            return phrase
        adj_out = [w[:-3] + ("ий" if w.endswith("его") or re.search("[кгхжшщч]ого$", w) else "ый") for w in adjs]
        adj_out = [re.sub("([кгхжшщч])ый$", r"\1ий", a) for a in adj_out]
    return " ".join(adj_out + [noun] + words[i + 1 :])


def _name_run(text: str, start: int, limit: int, v: Vocab, max_words: int = 4) -> tuple[int, int] | None:
    """The capitalised name starting at ``start`` (particles "de", "van", "bin" inside), in one
    script ("Russia Дмитрий Валуев" is two names)."""
    words = _words(text, start, min(len(text), limit))
    run: list[tuple[int, int, str]] = []
    pos = start
    cyr = None
    for s, e, w in words:
        gap = text[pos:s]
        if run and (gap.strip() or "\n" in gap):
            break
        w_cyr = bool(_CYR.search(w))
        if run and w_cyr != cyr:
            break
        cyr = w_cyr
        if not run and gap.strip():
            break
        if _is_name_word(w, v) or (len(w) == 1 and w.isupper()):
            run.append((s, e, w))
        elif run and w in ("de", "del", "van", "von", "bin", "al", "da", "ibn", "la", "di", "dos", "der", "das",
                           "do", "du", "den", "le"):
            run.append((s, e, w))
        else:
            break
        pos = e
        if sum(1 for x in run if _CAP.match(x[2])) >= max_words:
            break
    while run and not _CAP.match(run[-1][2]):
        run.pop()
    if not run or (len(run) == 1 and len(run[0][2]) == 1):
        return None
    s, e = run[0][0], run[-1][1]
    m = _POSS.search(text[s:e])
    if m:
        e -= len(m.group())
    return s, e


# ---------------------------------------------------------------- recognisers


def _known(text: str, out: list[Mention]) -> None:
    for s, e, (_cat, (c, t, ctry)) in scan(text)["known"]:
        out.append(_mk(s, e, text, text[s:e], t, ctry, key=c, score=4))


def _mk(s: int, e: int, text: str, name: str, typ: str, country: str | None = None,
        key: str | None = None, score: int = 0) -> Mention:
    return Mention(kind="actor", start=s, end=e, text=text[s:e],
                   value={"name": name, "type": typ, "country": country, "key": key or name,
                          "score": score})


@lru_cache(maxsize=1)
def _source_words() -> frozenset[str]:
    """One-word source cues ("citing", "quoting"): a capitalised one opens a sentence, not a name."""
    return frozenset(form for _lang, kind, form in vocab().verbs if kind == "source" and " " not in form)


def _strip_leading(text: str, s: int, e: int) -> tuple[int, int]:
    v = vocab()
    sources = _source_words()
    while True:
        m = _WORD.match(text, s)
        if not m or m.end() > e:
            return s, e
        w = m.group()
        if (w.lower() in v.stopwords or w.lower() in sources) and w.lower() not in ("us",) and not (len(w) > 1 and _ALLCAPS.match(w)):
            s = m.end()
            while s < e and text[s].isspace():
                s += 1
        else:
            return s, e


@lru_cache(maxsize=1)
def _low_heads() -> frozenset[str]:
    return frozenset(h.lower() for h in vocab().heads)


# Where a pattern's match must hold a word of a short list at most a few words from its start,
# the pattern is tried only near that word: name -> (anchor regex key, whitespace-separated
# chunks that can stand before the anchor in a match). "org_en": up to five capitalised words
# before an English head noun; "org_lower": an article and two capitalised words before a head.
_ANCHORED = {"org_en": ("heads_en", 5), "org_lower": ("lheads", 3)}
_WORD_START = re.compile(r"(?<![\w.])\w")


def _org_matches(name: str, text: str):
    """``_patterns()[name].finditer(text)``, the same matches, trying the pattern only at the
    word starts that can begin one (see :data:`_ANCHORED`)."""
    pats = _patterns()
    pat = pats[name]
    if name not in _ANCHORED:
        yield from pat.finditer(text)
        return
    key, chunks = _ANCHORED[name]
    starts: list[int] = []
    for a in pats[key].finditer(text):
        # a match holding this anchor (or one overlapping it) starts at a word start no more than
        # ``chunks`` whitespace-separated chunks before it (its words and spaces only)
        lo = _chunks_before(text, a.start(), chunks)
        starts.extend(w.start() for w in _WORD_START.finditer(text, lo, a.end()))
    pos = 0
    for s in sorted(set(starts)):
        if s < pos:
            continue
        m = pat.match(text, s)
        if m:
            yield m
            pos = m.end()


def _chunks_before(text: str, i: int, chunks: int) -> int:
    """The start of the ``chunks``-th run of non-space characters before ``i`` (each followed by
    space); ``i`` itself where no space precedes it."""
    for _ in range(chunks):
        j = i
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j == i:
            break
        while j > 0 and not text[j - 1].isspace():
            j -= 1
        i = j
    return i


_NEXT_WORD = re.compile(r" ([a-záéíóúñü]{4,20})\b")


def _demonym_after(text: str, e: int) -> int:
    """``e``, or past the lower-case demonym right after it ("israelí", "estadounidense")."""
    m = _NEXT_WORD.match(text, e)
    if m is None:
        return e
    found = find_countries(m.group(1), "es")
    return m.end() if found and found[0].role == "demonym" and found[0].end - found[0].start == len(m.group(1)) else e


def _orgs(text: str, out: list[Mention]) -> None:
    pats = _patterns()
    v = vocab()
    latin = bool(re.search("[A-Za-z]{3}", text))
    cyrillic = bool(re.search("[А-Яа-яЁё]{3}", text))
    spanish = latin and len(re.findall(r"\b(?:de|del|los|las|que|el)\b", text[:3000])) > 20
    names = ("org_en", "org_lower") if latin else ()
    if spanish:
        names += ("org_es", "org_es_lower")
    for name in names:
        for m in _org_matches(name, text):
            s, e = _strip_leading(text, m.start(), m.end())
            if e - s < 3 or "\n" in text[s:e]:
                continue
            words = _words(text, s, e)
            if name == "org_en" and len(words) == 1 and text[s:e] in ("Office", "Service", "Union"):
                continue
            if name.startswith("org_es"):
                e = _demonym_after(text, e)  # "el Ministerio de Exteriores israelí": the body's own adjective
            out.append(_mk(s, e, text, text[s:e], "org", score=1))
    low_heads = _low_heads()
    for m in pats["org_ru"].finditer(text) if cyrillic else ():
        s, e = m.start(), m.end()
        # cut the modifiers at the first word that cannot continue the noun phrase
        words = _words(text, s, e)
        keep = s
        pending = ""
        seen_head = False
        for i, (ws, we, w) in enumerate(words):
            lw = w.lower()
            if not seen_head:
                if w in v.heads or lw in low_heads:
                    seen_head = True
                keep = we
                continue
            if text[keep:ws].strip() not in ("", pending):
                break
            if lw in ("по", "и", "в") and not pending:
                if i + 1 < len(words):
                    pending = w
                    continue
                break
            pending = ""
            if _CAP.match(w):
                prev = words[i - 1][2].lower() if i else ""
                if prev == "и":
                    break
                after_head = i > 0 and (words[i - 1][2] in v.heads or words[i - 1][2].lower() in v.heads)
                if not (_ALLCAPS.match(w) or prev == "в" or re.search("(?:стана|ии|ции|ля)$", w)
                        or (after_head and re.search("[ыиа]$", w))):
                    break
                nxt = words[i + 1] if i + 1 < len(words) else None
                if not _ALLCAPS.match(w) and prev != "в" and nxt and not text[we:nxt[0]].strip() \
                        and _CAP.match(nxt[2]) and _CYR.search(nxt[2]) and not _ALLCAPS.match(nxt[2]):
                    break  # "МВД Ирина Волк": a person's name follows the body
                keep = we
            elif lw == "дел" or (_RU_GEN.match(lw) and lw not in _RU_NOT_NP and not _RU_VERBISH.match(lw)) or (
                    i and re.search("(?:ого|его|ых|их)$", words[i - 1][2]) and re.match("^[а-яё]+$", lw)
                    and lw not in _RU_NOT_NP and not _RU_VERBISH.match(lw)):
                # "Управления верховного комиссара": the noun after a genitive adjective
                keep = we
            else:
                break
        par = re.match(r"\s*\([^)\n]{1,12}\)", text[keep:])
        if par:
            keep += par.end()
        if "\n" in text[s:keep]:
            continue
        out.append(_mk(s, keep, text, text[s:keep], "org", score=1))
    for _ks, ke, (_cat, kn) in scan(text)["kindnoun"]:
        tail = pats["kind_tail"].match(text, ke)
        if not tail:
            continue
        me = tail.end()
        typ = "outlet" if any(kn.startswith(k) or k in kn for k in _OUTLET_KINDNOUNS) else "org"
        if text[me] in "«\"“":
            # "изданию «Агентство»": the quoted name
            close = _QUOTED_NAME.match(text, me)
            if close:
                out.append(_mk(close.start(1), close.end(1), text, close.group(1), typ, score=2))
            continue
        run = _name_run(text, me, me + 60, v, max_words=4)
        cap = _CAP_NAME.match(text[me:me + 80])
        if cap:
            s, e = me, me + cap.end()
            e = s + len(_POSS.sub("", text[s:e]).rstrip(".,"))
            ws_ = _words(text, s, e)
            for k in range(1, len(ws_)):  # one script: "Russia Дмитрий" ends at "Russia"
                if bool(_CYR.search(ws_[k][2])) != bool(_CYR.search(ws_[0][2])):
                    e = ws_[k - 1][1]
                    while _words(text, s, e)[-1][2] in ("for", "of", "in", "on", "de", "del", "para", "por", "and", "y"):
                        e = _words(text, s, e)[-2][1]
                    break
            words = [w for _, _, w in _words(text, s, e)]
            # stop at a name that is followed by more text of its own ("Pro Asyl condemned")
            if words and words[0].lower() not in v.stopwords:
                out.append(_mk(s, e, text, text[s:e], typ, score=2))
        elif run:
            out.append(_mk(run[0], run[1], text, text[run[0]:run[1]], "org", score=2))


_CAP_NAME = re.compile(rf"(?:[{_UP}][\w.\-]*\w)(?:[ \t]+(?:(?:for|of|in|on|de|del|para|por|and|y)[ \t]+)?"
                       rf"[{_UP}][\w.\-]*\w){{0,5}}")
_QUOTED_NAME = re.compile(rf"[«\"“]([{_UP}0-9][^«»\"“”\n]{{0,40}}?)[»\"”]")
# Two to four capitalised words. The runs are possessive (``++``): what follows a run (a space,
# a comma, the end) is never a character of the run, so giving characters back never matched.
# name particles inside a person's name: "David van Weel", "Edgar da Silva Moura"
_PARTICLES = r"(?:van|von|der|den|da|das|do|dos|de|del|di|du|bin|ibn|al|la|le)"
_NAMES = rf"[{_UP}][\w’'\-]++(?:\s++(?:{_PARTICLES}\s++){{0,2}}[{_UP}][\w’'\-]++){{1,3}}"
_NAME_COMMA = re.compile(rf"{_NAMES}(?=,\s)")
_WHO = r",\s+(?:who|whose|quien|quienes|que|который|которая)\b"
_COMMA_WHO = re.compile(_WHO)
_NAME_WHO = re.compile(rf"{_NAMES}(?={_WHO})")
_NAME_BEFORE_VERB = re.compile(
    rf"([{_UP}][\w’'\-]+(?:\s+(?:{_PARTICLES}\s+)?[{_UP}][\w’'\-]+){{1,3}})"
    rf"(?:\s+\([^)]{{1,20}}\)|\s+of\s+[^,.;:\n]{{1,60}}?|(?:,[^,.;:\n]{{1,70}}){{1,2}},|,)?\s*$")
# a name of two or more words right after a speech verb: '..." said Hadi Hosseini, a returnee'
_NAME_AFTER_VERB = re.compile(rf"[ \t]+({_NAMES})(?=\s*[,.;:]|\s*$)")


def _persons(text: str, out: list[Mention]) -> None:
    v = vocab()
    org_spans = [(m.start, m.end) for m in out if m.value["type"] != "person"]

    def in_org(pos: int) -> bool:
        return any(s <= pos < e for s, e in org_spans)

    for _ts, pos, (_cat, gen) in scan(text)["title"]:
        limit = min(len(text), pos + 120)
        # the title's complement: "of State for Interior", "de Seguridad,", "внутренней безопасности"
        cand: tuple[int, int] | None = None
        words = _words(text, pos, limit)
        last = pos
        prev_w = ""
        portfolio = False  # past the "of"/"de" of the title's complement
        for ws, we, w in words[:12]:
            gap = text[last:ws]
            if "\n" in gap or gap.strip() not in ("", ","):
                break
            if gap.strip() == "," and cand is None and last != pos and not _CAP.match(w):
                break
            after_article = prev_w.lower() in ("los", "las", "la", "el", "the", "del")
            if after_article and _CAP.match(w):
                last = we
                continue
            run = _name_run(text, ws, limit, v) if _is_name_word(w, v) and not in_org(ws) else None
            if run and run[1] - run[0] == len(w) and _RU_NP_NEXT.match(text, run[1]):
                run = None  # "глава Агентства гражданской авиации ...": a body's name, not a person
            if run and portfolio:
                # "viceministro de Asuntos Multilaterales, Jorge Rojas": the portfolio, then the name
                # (a title may come before the name: "Leader of Government Business, Senator Anthony Sylvestre,")
                nxt = re.match(r",[ \t]+(?:(?P<t>[^\W\d]+)[ \t]+)?", text[run[1]:])
                if nxt and nxt.group("t") and nxt.group("t").lower() not in v.titles:
                    nxt = re.match(r",[ \t]+", text[run[1]:])
                later = _name_run(text, run[1] + nxt.end(), limit, v) if nxt else None
                if later and len(_words(text, *later)) >= 2 and re.match(r"\s*,", text[later[1]:]):
                    run = later
            if run:
                cand = run
                break
            lw = w.lower()
            portfolio = portfolio or lw in ("of", "for", "de", "del", "para")
            cont = (
                _CAP.match(w)
                or (prev_w.lower() in ("of", "for", "de", "del") and re.match("^[a-záéíóúñ]+$", lw))
                or lw in ("of", "for", "and", "de", "del", "la", "los", "las", "y", "e",
                                         "para", "по", "и", "the")
                or (lw in ("in", "on", "en") and in_org(ws))
                or lw in v.titles or _RU_GEN.match(lw)
                or (re.match("^[а-яё]+$", lw) and not _RU_VERBISH.match(lw) and lw not in _RU_NOT_NP)
                or re.match(r"^[a-záéíóúñ]+(?:ano|ana|eño|eña|ense|ino|ina|és|esa|ico|ica)$", lw)
            )
            if not cont:
                break
            last = we
            prev_w = w if not _CAP.match(w) else prev_w if prev_w.lower() in ("los", "las", "the") else w
        if not cand:
            continue
        s, e = cand
        name = text[s:e]
        if not gen:
            s, e = _trim_place(text, s, e)
            name = text[s:e]
        if gen and re.search("[А-Яа-яЁё]", name):
            name = " ".join(ru_nominative(w) for w in name.split())
        out.append(_mk(s, e, text, name, "person", score=3))
    # "Arafat Jamal, the UN refugee agency's representative", "Omer Badilla, deputy minister"
    for m in _NAME_COMMA.finditer(text):
        run = _name_run(text, m.start(), m.end(), v)
        if not run or run != (m.start(), m.end()) or len(_words(text, *run)) < 2:
            continue
        tail = text[m.end() + 1: m.end() + 80]
        tail_words = [w.lower() for _, _, w in _words(tail, 0, len(tail))[:6]]
        if any(w in v.titles or w.rstrip("s") in v.titles for w in tail_words):
            out.append(_mk(run[0], run[1], text, text[run[0]:run[1]], "person", score=3))
    # "Yajaira Castillo, whose brother ...", "Cecilia Strada, que presenció ..."
    for m in _NAME_WHO.finditer(text) if _COMMA_WHO.search(text) else ():
        run = _name_run(text, m.start(), m.end(), v)
        if run and run == (m.start(), m.end()):
            out.append(_mk(run[0], run[1], text, text[run[0]:run[1]], "person", score=2))
    # "Kristi Noem поблагодарила", "Daljit Singh of Kurala Kalan village said", "Roman Poseck (ХДС) назвал"
    for vs, _ve, _k in scan(text)["verb"]:
        if text[vs].isupper():  # "the United States": no verb
            continue
        before = text[max(0, vs - 90): vs]
        base = vs - len(before)
        for cm in _NAME_BEFORE_VERB.finditer(before):
            s = base + cm.start(1)
            prev = re.search(r"(\w+)\s*$", text[max(0, s - 12):s])
            if prev and prev.group(1).lower() in _NAME_PREPS:
                continue  # "Returnees at Islam Qala described": a place
            run = _name_run(text, s, base + cm.end(1), v)
            if run:
                run = _trim_place(text, *run)
            if run and len(_words(text, *run)) >= 2:
                out.append(_mk(run[0], run[1], text, text[run[0]:run[1]], "person", score=2))
        # one capitalised word as the subject: "Maduro hailed", "Uganda said", "escribió Bukele en X"
        lo = max(0, vs - 60)
        sm = _ONE_BEFORE.search(text[lo:vs])
        if sm:
            _one_name(text, lo + sm.start(1), lo + sm.end(1), v, out)
        nm = _NAME_AFTER_VERB.match(text, _ve)
        if nm:
            run = _name_run(text, nm.start(1), nm.end(1), v)
            if run and run[1] == nm.end(1) and len(_words(text, *run)) >= 2:
                out.append(_mk(run[0], run[1], text, text[run[0]:run[1]], "person", score=2))
        am = _ONE_AFTER.match(text, _ve)
        if am:
            _one_name(text, am.start(1), am.end(1), v, out)
        # a quoted name: 'сообщают «Ведомости»', '«Агентство» подтвердило'
        qm = _QUOTED_AFTER.match(text, _ve)
        if qm:
            out.append(_mk(qm.start(1), qm.end(1), text, qm.group(1), "outlet", score=1))
        lo = max(0, vs - 90)
        qm = _QUOTED_BEFORE.search(text[lo:vs]) if ("«" in text[lo:vs] or "“" in text[lo:vs]) else None
        if qm:
            out.append(_mk(lo + qm.start(1), lo + qm.end(1), text, qm.group(1), "outlet", score=1))


_FILLERS = (r"has|had|have|also|later|then|always|never|again|previously|earlier|ha|han|había|habían|"
            r"también|ya|luego|además|ранее|также|уже|тоже|же|publicly|repeatedly|once|reportedly")
_ONE_BEFORE = re.compile(rf"(?<![\w’'\-])([{_UP}][\w’'\-]*[a-zà-ÿа-яё])(?:\s+(?:{_FILLERS}))*\s+\Z")
_ONE_AFTER = re.compile(rf"[ \t]+([{_UP}][\w’'\-]*[a-zà-ÿа-яё])(?=\s*[,.;:]|\s+(?:en|on|in|a|to|в|на|que|that|"
                        rf"último|el|this|last|через|со)\b)")
_QUOTED_AFTER = re.compile(rf"[ \t]+[«“]([{_UP}0-9][^«»“”\n]{{0,30}}?)[»”]")
_QUOTED_BEFORE = re.compile(rf"(?:^|(?<=[\s(]))[«“]([{_UP}0-9][^«»“”\n]{{0,30}}?)[»”](?:\s+(?:{_FILLERS}))*\s+"
                            rf"(?:со\s+ссылкой\s+на\s+[^,.;:\n]{{1,40}}?\s+)?\Z")


_NAME_PREPS = {"in", "at", "from", "to", "of", "for", "by", "with", "on", "en", "de", "del", "desde", "a", "al",
               "por", "para", "con", "в", "во", "на", "из", "от", "с", "к", "у", "о", "об", "по", "the"}


def _has_word(text: str, w: str) -> bool:
    """``w`` occurs in ``text`` as a whole word (case as given)."""
    i = text.find(w)
    while i >= 0:
        j = i + len(w)
        if (i == 0 or not (_is_word_char(text[i - 1]) or text[i - 1] in "’'-")) and \
                (j >= len(text) or not (_is_word_char(text[j]) or text[j] in "’'-")):
            return True
        i = text.find(w, j)
    return False


def _one_name(text: str, s: int, e: int, v: Vocab, out: list[Mention]) -> None:
    """A single capitalised word next to a speech verb, as a person: not a word the vocabulary
    knows (titles, heads, function words), not a common noun capitalised at a sentence start
    (its lower-case form is used elsewhere in the text), not part of a longer capitalised run."""
    w = text[s:e]
    if not _is_name_word(w, v) or len(w) < 3:
        return
    prev = re.search(r"(\S+)\s*$", text[max(0, s - 40):s])
    if prev and prev.group(1).lower() in _NAME_PREPS:
        return  # "a court in Rome ruled": a place
    if prev and _CAP.match(prev.group(1)) and prev.group(1) not in ("The", "El", "La", "Los", "Las") \
            and not prev.group(1).endswith((".", ",", ":", "”", "»", '"', "!", "?")):
        return  # "New Delhi has defended": part of a longer name
    if _has_word(text, w.lower()):
        return
    out.append(_mk(s, e, text, w, "person", score=0))


def _country_after_org(text: str, found: list[Mention]) -> None:
    """A Russian body followed by the country it belongs to in the genitive ("МИД Южной Кореи",
    "посольство России") is named with it."""
    for m in found:
        if m.value.get("type") != "org" or not re.search("[А-Яа-яЁё]", m.text):
            continue
        nxt = re.match(r"[ \t]+((?:[А-ЯЁ][а-яё]+)(?:[ \t]+[А-ЯЁ][а-яё]+)?)", text[m.end : m.end + 40])
        if nxt is None:
            continue
        cs = find_countries(nxt.group(1), "ru")
        if cs and cs[0].start == 0 and cs[0].role != "demonym":
            e = m.end + nxt.start(1) + cs[0].end
            m.end, m.text = e, text[m.start : e]
            m.value["name"] = m.value["key"] = m.text


def _trim_place(text: str, s: int, e: int) -> tuple[int, int]:
    """'Пакистана Талал Чаудхри': a Russian place name in an oblique case before a 2-word name."""
    parts = text[s:e].split()
    if len(parts) >= 3 and re.search("[А-Яа-яЁё]", parts[0]) and re.search("(?:а|и|ы|е)$", parts[0]):
        return s + len(parts[0]) + 1, e
    return s, e


def _abbreviations(text: str, out: list[Mention]) -> None:
    """'Ministry of Foreign Affairs (MFA)': the abbreviation names the body before it."""
    pats = _patterns()
    by_end = {}
    for m in out:
        by_end.setdefault(m.end, []).append(m)
    for m in pats["abbrev_def"].finditer(text):
        before = m.start()
        while before > 0 and text[before - 1].isspace():
            before -= 1
        owners = [x for x in by_end.get(before, []) if x.value["type"] != "person"]
        if not owners:
            continue
        owner = max(owners, key=lambda x: x.end - x.start)
        abbr = m.group(1)
        key = owner.value["key"]
        out.append(_mk(m.start(1), m.end(1), text, abbr, owner.value["type"], owner.value["country"],
                       key=key, score=5))
        # every later use of the abbreviation names the same body
        for ls, le in _word_hits(text, [abbr], ".", ""):
            if ls != m.start(1):
                out.append(_mk(ls, le, text, abbr, owner.value["type"],
                               owner.value["country"], key=key, score=5))


def _select(mentions: list[Mention]) -> list[Mention]:
    """Overlapping mentions: the longest (then best scored) wins; abbreviations keep their key."""
    mentions.sort(key=lambda m: (-(m.end - m.start), -m.value["score"], m.start))
    taken: list[tuple[int, int]] = []
    keep = []
    for m in mentions:
        if any(m.start < e and s < m.end for s, e in taken):
            continue
        taken.append((m.start, m.end))
        keep.append(m)
    keep.sort(key=lambda m: m.start)
    return keep


def _link_keys(mentions: list[Mention]) -> None:
    """Same actor, same key: a known body's alias, a full name and its surname."""
    known_keys = {}
    for m in mentions:
        t = m.value["type"]
        if t in ("org", "outlet") and m.value["key"] != m.value["name"]:
            known_keys[m.value["name"].lower()] = m.value["key"]
    persons = [m for m in mentions if m.value["type"] == "person"]
    full = {}
    for m in persons:
        parts = m.value["name"].split()
        if len(parts) >= 2:
            full.setdefault(parts[-1], m.value["name"])
            full.setdefault(parts[-1].lower(), m.value["name"])
    for m in mentions:
        name = m.value["name"]
        if m.value["type"] == "person":
            parts = name.split()
            if len(parts) == 1 and parts[0] in full:
                m.value["key"] = full[parts[0]]
        elif name.lower() in known_keys:
            m.value["key"] = known_keys[name.lower()]
    _link_abbreviations(mentions)


def _link_abbreviations(mentions: list[Mention]) -> None:
    """'Министерство ... (DHS)' then 'DHS'; 'МВД' after 'министерство внутренних дел': one key."""
    v = vocab()
    orgs = [m for m in mentions if m.value["type"] != "person"]
    owner: dict[str, str] = {}
    for m in orgs:
        par = re.search(r"\(([^()]{1,12})\)$", m.text)
        if par:
            owner.setdefault(par.group(1), m.value["key"])
        low = m.text.lower()
        for abbr, phrase in v.abbrs:
            if phrase in low and m.text != abbr:
                owner.setdefault(abbr, m.value["key"])
    if not owner:
        return
    for m in orgs:
        if m.text in owner and m.value["key"] != owner[m.text]:
            m.value["key"] = owner[m.text]
        elif m.value["name"] in owner:
            m.value["key"] = owner[m.value["name"]]
        # an organisation found by pattern that contains a known body's name shares its key
        # only where it is that name exactly; "Uzbekistan's Ministry of Foreign Affairs" stays itself


def find_actors(text: str) -> list[Mention]:
    """Actor mentions of ``text``, sorted by position, not overlapping.

    The claims stage asks again for a body whose mentions hold no actor; the answer for the
    last few texts is kept (by value, as plain tuples), so each call still returns new mentions."""
    if not text:
        return []
    return [Mention(kind="actor", start=s, end=e, text=t, value=dict(value))
            for s, e, t, value in _actor_rows(text)]


@lru_cache(maxsize=4)
def _actor_rows(text: str) -> tuple[tuple[int, int, str, tuple], ...]:
    return tuple((m.start, m.end, m.text, tuple(m.value.items())) for m in _find_actors(text))


def _find_actors(text: str) -> list[Mention]:
    found: list[Mention] = []
    try:
        _known(text, found)
        _orgs(text, found)
        _country_after_org(text, found)
        _persons(text, found)
        _aged(text, found)
        _acronym_sources(text, found)
        found = _select(found)
        _abbreviations(text, found)
        found = _select(found)
        _surnames(text, found)
        found = _select(found)
        _link_keys(found)
        _fullest(text, found)
        _drop_kind_prefix(text, found)
    except re.error:  # pragma: no cover - patterns are built from data
        return []
    for m in found:
        m.value.pop("score", None)
    return found


# An agency or outlet named by its acronym or one word of its own, next to a speech verb or
# "according to": "told APA news agency", "ARY News reported", "según datos de la AIMA",
# "According to Eurostat", "по данным Frontex". The name must not be followed by a lower-case
# noun ("according to US officials": unnamed officials are no speaker).
_ACRONYM = rf"[{_UP}][{_UP}0-9&]{{1,7}}(?!\.\w)(?:\s+(?:News|TV|Radio|Post|Times|Today))?"


@lru_cache(maxsize=1)
def _source_name_after() -> re.Pattern:
    """After a speech verb or "according to": an article, lower-case words and a kind noun of the
    vocabulary ("государственное агентство", "news agency"), then the name; or the name, then its
    kind noun ("APA news agency")."""
    kinds = "|".join(r"\s+".join(map(re.escape, k.split())) for k in sorted(vocab().kindnouns, key=len, reverse=True) if k[:1].islower())
    return re.compile(
        rf"\s+(?:(?:the|la|el|los|las)\s+)?(?:(?:[a-zа-яё]+\s+){{0,2}}(?:{kinds})\s+)?"
        rf"(?P<n>{_ACRONYM}|[{_UP}][a-zà-ÿа-яё]{{3,}}(?:stat|tex|pol)\b)(?=\s*(?:[,.;:)]|$|(?:(?:{kinds})|on|in|that|que|en|в|на)\b))")

_CLAUSE_START = re.compile(r"(?:^|[.,;:!?\"”»]\s*|\n)(?:(?:the|el|la|los|las)\s+)?\Z", re.IGNORECASE)
_SOURCE_NAME_BEFORE = re.compile(rf"(?<![\w’'\-(])(?P<n>{_ACRONYM})\s+\Z")


def _drop_kind_prefix(text: str, found: list[Mention]) -> None:
    """"государственное агентство WAM", "the state news agency WAM": the body is its name alone
    (a speaker is matched by its content words; the kind noun before the name is not one)."""
    kinds = vocab().kindnouns
    for m in found:
        if m.value.get("type") not in ("org", "outlet") or not m.text[:1].islower():
            continue
        words = _words(text, m.start, m.end)
        for i in range(len(words) - 1, 0, -1):
            if _CAP.match(words[i][2]) and words[i - 1][2].lower() in kinds and not words[i - 1][2][:1].isupper():
                m.start = words[i][0]
                m.text = text[m.start : m.end]
                if m.value.get("key") == m.value.get("name"):
                    m.value["key"] = m.text
                m.value["name"] = m.text
                break


def _acronym_sources(text: str, out: list[Mention]) -> None:
    kinds = {k.lower() for k in vocab().kindnouns}  # "según la ONG": a kind of body, unnamed
    hits = scan(text)
    for vs, ve, _k in hits["verb"] + hits["source"]:
        m = _source_name_after().match(text, ve)
        if m is not None and m.group("n").lower() not in kinds:
            out.append(_mk(m.start("n"), m.end("n"), text, m.group("n"), "org", score=0))
        b = _SOURCE_NAME_BEFORE.search(text, max(0, vs - 30), vs)
        if b is not None:
            # only as the clause's subject: "ARY News reported", ", UNB said"; not "Advocates in the US
            # say" (a place) or "Dobrindt of the Bavarian CSU described" (the person speaks)
            if _CLAUSE_START.search(text, max(0, b.start() - 25), b.start()) and b.group("n").lower() not in kinds:
                out.append(_mk(b.start("n"), b.end("n"), text, b.group("n"), "org", score=0))


# "34-летний Фирдавс", "a 62-year-old Jamaican, Orville Etoria", "Sékou, de 27 años": a person by age
_AGED = re.compile(
    r"(?<!\w)\d{1,2}(?:-летн(?:ий|яя|его|ей|им)|-year-old)\s+(?:[a-zа-яё]+\s+)?(?P<n>[A-ZА-ЯЁ][a-zа-яё’'-]+(?:\s+[A-ZА-ЯЁ][a-zа-яё’'-]+){0,2})"
)


def _aged(text: str, found: list[Mention]) -> None:
    """A capitalised name right after an age ("34-летний Фирдавс") names a person, even a single word."""
    v = vocab()
    for m in _AGED.finditer(text):
        s, e = m.span("n")
        name = m.group("n")
        if name.split()[0] in v.noname or any(c.start <= s < c.end for c in found if c.value["type"] != "person"):
            continue
        found.append(_mk(s, e, text, name, "person", score=1))


_NAMES_BEFORE = re.compile(rf"(?<![\w’'\-])((?:[{_UP}][\w’'\-]+[ \t]+){{1,3}})\Z")


def _fullest(text: str, found: list[Mention]) -> None:
    """A person named by one word ("Maduro", "Bukele") takes the fullest naming the text gives
    ("Nicolás Maduro" in "el Gobierno de Nicolás Maduro"): capitalised name words before it."""
    v = vocab()
    memo: dict[str, str] = {}
    for m in found:
        name = m.value["name"]
        if m.value["type"] != "person" or " " in name or m.value["key"] != name:
            continue
        if name not in memo:
            best = name
            i = text.find(name)
            while i >= 0:
                j = i + len(name)
                fm = None if j < len(text) and (_is_word_char(text[j]) or text[j] in "’'-") else \
                    _NAMES_BEFORE.search(text[max(0, i - 80):i])
                i = text.find(name, j)
                if fm is None:
                    continue
                words = fm.group(1).split()
                while words and not _is_name_word(words[0], v):
                    words.pop(0)
                if words and all(_is_name_word(w, v) for w in words):
                    cand = " ".join(words + [name])
                    if len(cand) > len(best):
                        best = cand
            memo[name] = best
        if memo[name] != name:
            m.value["name"] = m.value["key"] = memo[name]


def _surnames(text: str, found: list[Mention]) -> None:
    """A later bare surname ("Mulino", "Dobrindt", "Ábrego") of a person named in full."""
    v = vocab()
    surnames = {}
    for m in found:
        if m.value["type"] == "person":
            parts = m.value["name"].split()
            if len(parts) >= 2 and len(parts[-1]) > 2:
                surnames[parts[-1]] = m.value["name"]
                if re.search("[а-яё]$", parts[-1]):
                    for form in ("а", "у", "ом", "е", "ым", "ой", "ую"):
                        surnames.setdefault(parts[-1] + form, m.value["name"])
    if not surnames:
        return
    for s, e in _word_hits(text, sorted(surnames, key=len, reverse=True), "-", "-", ("’s", "'s")):
        word = _POSS.sub("", text[s:e])
        if word in v.noname:
            continue
        full = surnames[word]
        found.append(_mk(s, s + len(word), text, full, "person", key=full, score=0))


def _is_word_char(ch: str) -> bool:
    """``re``'s ``\\w`` for one character."""
    return ch.isalnum() or ch == "_"


def _word_hits(text: str, words: list[str], also_before: str, also_after: str, suffixes: tuple[str, ...] = ()):
    """(start, end) of what ``(?<![\\w{also_before}])(?:w1|w2|...)(?:s1|s2)?(?![\\w{also_after}])``
    finds (``words`` in the order of the alternation), without compiling a regex for every text
    (one per page would also push the fixed patterns out of ``re``'s cache): the words' places by
    ``str.find``, then the same tests in the same order."""
    places: set[int] = set()
    for w in words:
        i = text.find(w)
        while i >= 0:
            places.add(i)
            i = text.find(w, i + 1)
    n = len(text)

    def free_after(i: int) -> bool:
        return i >= n or not (_is_word_char(text[i]) or text[i] in also_after)

    pos = 0
    for p in sorted(places):
        if p < pos or (p > 0 and (_is_word_char(text[p - 1]) or text[p - 1] in also_before)):
            continue
        for w in words:
            if not text.startswith(w, p):
                continue
            q = p + len(w)
            end = next((q + len(s) for s in suffixes if text.startswith(s, q) and free_after(q + len(s))), None)
            if end is None and free_after(q):
                end = q
            if end is not None:
                yield p, end
                pos = end
                break
