"""Country mentions: names, demonyms, capitals and abbreviations -> ISO alpha-2.

The tables are data (``data/countries_{en,es,ru}.tsv``); this module only turns
them into one literal trie regex per language, built once at import, and runs it
over a case-folded copy of the text that has the same length as the text (so
offsets are the body's). Rules:

- longest match wins ("Papua New Guinea" over "Guinea", "South Sudanese" over
  "Sudanese"); ``block`` rows ("Latin American", "Washington Post", "Central
  Asian") win the same way and then emit nothing;
- case: a form's capital letters must be capitals in the text ("China" needs a
  capital C, "chino" matches "Chino" too); abbreviations match exactly
  ("US" never matches "us");
- person-like names ("Chad", "Jordan", "Georgia") next to another capitalised
  name ("Chad Wolf", "Michael Jordan") are dropped, and so are demonyms used for
  a language ("Spanish-language", "en español", "на русском языке");
- Guantánamo is deliberately absent (not Cuba for our purposes); plain "Congo" is
  the DR Congo (CD), "Korea" South Korea (KR), England/Scotland/Wales GB.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..data import read_rows
from ..record import Mention

LANGUAGES = ("en", "es", "ru")
ROLE_ORDER = {"abbrev": 0, "name": 1, "capital": 2, "seat": 3, "demonym": 4, "city": 5, "block": 6}

# Characters folded 1:1 so that the folded text keeps the body's offsets.
_FOLD = str.maketrans({
    "ё": "е", "Ё": "е", "’": "'", "‘": "'", "ʼ": "'", "`": "'", "\u00a0": " ", "\u2009": " ",
    "\u202f": " ", "\u2011": "-", "\u2010": "-", "\n": " ", "\t": " ", "\r": " ",
})


# The same table as (from, to) pairs: no target is itself a source, so replacing them one
# after the other is the translation (str.replace is much faster than a dict translate).
_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD.items())
assert not {v for _, v in _FOLD_PAIRS} & {k for k, _ in _FOLD_PAIRS}


def fold(text: str) -> str:
    """Lower-cased, ё->е, quotes/spaces/hyphens unified; same length as ``text``."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lower to two ("İ"): fold one by one
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for a, b in _FOLD_PAIRS:
        if a in low:
            low = low.replace(a, b)
    return low


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


# ------------------------------------------------------------------ inflection


def _en_plurals(form: str) -> list[str]:
    last = form.split()[-1]
    if re.search(r"(?:ese|sh|ch|ss|z|x|men|man|i|Swiss)$", last) or last in {"Kyrgyz", "Kirghiz"}:
        if last.endswith("man"):
            return [form, form[:-3] + "men"]
        return [form] + ([form + "s"] if last.endswith("i") else [])
    return [form, form + "s"]


# Spanish demonym endings and the feminine / plural endings that replace them, tried in order:
# "salvadoreño" -> "salvadoreña", "salvadoreños", "salvadoreñas"; "japonés" -> "japonesa", ...
_ES_GENDER_NUMBER = (
    ("o", ("a", "os", "as")),
    ("és", ("esa", "eses", "esas")),
    ("án", ("ana", "anes", "anas")),
    ("ín", ("ina", "ines", "inas")),
    ("ón", ("ona", "ones", "onas")),
)


def _es_demonym_forms(form: str) -> list[str]:
    if " " in form:
        return [form]
    for ending, others in _ES_GENDER_NUMBER:
        if form.endswith(ending):
            stem = form[: -len(ending)]
            return [form, *(stem + e for e in others)]
    if form.endswith(("e", "a")):
        return [form, form + "s"]
    if form.endswith(("í", "ú")):
        return [form, form + "es", form + "s"]
    if form.endswith("s"):  # kirguís ("és" was handled above)
        return [form, form[:-1] + "ses", form[:-1] + "sa", form[:-1] + "sas"]
    return [form, form + "a", form + "es", form + "as"]


_RU_ADJ = {  # case slots nom, gen, dat, acc, ins, prep
    "m": (("ый", "ий", "ой"), ("ого",), ("ому",), ("ый", "ий", "ой"), ("ым", "им"), ("ом",)),
    "f": (("ая",), ("ой",), ("ой",), ("ую",), ("ой", "ою"), ("ой",)),
    "n": (("ое",), ("ого",), ("ому",), ("ое",), ("ым", "им"), ("ом",)),
    "p": (("ые", "ие"), ("ых", "их"), ("ым", "им"), ("ые", "ие"), ("ыми", "ими"), ("ых", "их")),
}


def _ru_word_slots(w: str) -> list[tuple[str, ...]]:
    """Six case slots (each a tuple of alternatives) for one word of a Russian name."""
    if w.startswith("="):
        return [(w[1:],)] * 6
    if "-" in w:  # inflect the last part of a hyphenated word
        head, _, tail = w.rpartition("-")
        return [tuple(head + "-" + x for x in slot) for slot in _ru_word_slots(tail)]
    lw = w.lower()
    for end, g in (("ая", "f"), ("ое", "n"), ("ые", "p"), ("ие", "p"), ("ый", "m"), ("ий", "m"), ("ой", "m")):
        if lw.endswith(end) and len(w) > 3:
            stem = w[:-2]
            return [tuple(stem + e for e in slot) for slot in _RU_ADJ[g]]
    if lw.endswith("ия"):
        s = w[:-2]
        return [(w,), (s + "ии",), (s + "ии",), (s + "ию",), (s + "ией",), (s + "ии",)]
    if lw.endswith("я"):
        s = w[:-1]
        return [(w,), (s + "и",), (s + "е",), (s + "ю",), (s + "ей", s + "ёй"), (s + "е",)]
    if lw.endswith("а"):
        s = w[:-1]
        gen = s + ("и" if s[-1:].lower() in "кгхжшчщ" else "ы")
        ins = (s + "ой", s + "ей", s + "ою")
        return [(w,), (gen,), (s + "е",), (s + "у",), ins, (s + "е",)]
    if lw.endswith("ы"):
        s = w[:-1]
        return [(w,), (s + "ов",), (s + "ам",), (w,), (s + "ами",), (s + "ах",)]
    if lw.endswith("й"):
        s = w[:-1]
        return [(w,), (s + "я",), (s + "ю",), (w,), (s + "ем",), (s + "е",)]
    if lw.endswith("ь"):
        s = w[:-1]
        return [(w,), (s + "я",), (s + "ю",), (w,), (s + "ем", s + "ём"), (s + "е",)]
    if lw[-1:] in "оуеиэю" or len(w) <= 2 or not w[-1:].isalpha():
        return [(w,)] * 6
    return [(w,), (w + "а",), (w + "у",), (w,), (w + "ом", w + "ем"), (w + "е",)]


def _ru_name_forms(form: str) -> list[str]:
    words = form.split(" ")
    out: list[str] = []
    for i in range(6):
        combos = [""]
        for w in words:
            combos = [(c + " " + x).strip() for c in combos for x in _ru_word_slots(w)[i]]
        out.extend(combos)
    return out


def _ru_demonym_forms(w: str) -> list[str]:
    lw = w.lower()
    if re.search(r"(?:ский|цкий|ный|ий|ый|ой)$", lw):
        stem = w[:-2]
        ends = ("ий", "ый", "ой", "ая", "ое", "ие", "ые", "ого", "ому", "ую", "ых", "их", "ым", "им",
                "ыми", "ими", "ом", "ой", "ою")
        return [stem + e for e in ends]
    if lw.endswith("ец"):
        s = w[:-2]
        if s[-1:].lower() in "аеиоуэюяы":
            s += "й"
        elif s[-1:].lower() == "л":
            s += "ь"
        return [w] + [s + "ц" + e for e in ("а", "у", "ем", "е", "ы", "ев", "ам", "ами", "ах")]
    if re.search(r"[ая]нин$", lw):
        s = w[:-2]
        return [w] + [s + "ин" + e for e in ("а", "у", "ом", "е")] + [s + e for e in ("е", "", "ам", "ами", "ах")]
    if lw[-1:] in "оуеиэюя":
        return [w]
    pl = "и" if lw[-1] in "кгхжшчщ" else "ы"
    gpl = ("ей", "ов") if lw[-1] in "жшчщ" else ("ов",)
    return [w] + [w + e for e in ("а", "у", "ом", "ем", "е", pl, "ам", "ами", "ах") + gpl]


# ------------------------------------------------------------------ tables


def _expand(lang: str, code: str, form: str, role: str) -> list[tuple[str, str]]:
    """(surface form, role) pairs a table row stands for."""
    literal = form.startswith("=") and "=" not in form[1:]
    bare = form.replace("=", "")
    if _is_abbrev(bare):
        return [(bare, "abbrev")]
    if role == "block" and lang != "ru":
        return [(bare, role)]
    if lang == "en":
        forms = _en_plurals(bare) if role == "demonym" else [bare]
    elif lang == "es":
        forms = _es_demonym_forms(bare) if role == "demonym" else [bare]
        forms += [_strip_accents(f) for f in forms if role not in ("capital", "city", "seat")]
    elif literal:
        forms = [bare]
    elif role == "demonym" and " " not in form:
        forms = _ru_demonym_forms(bare)
    else:
        forms = _ru_name_forms(form)
    return [(f, role) for f in dict.fromkeys(forms)]


def _is_abbrev(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in form.strip()


@cache
def _table(lang: str) -> dict[str, list[tuple[str, str, str]]]:
    """folded form -> [(code, role, surface form)], best role first."""
    table: dict[str, list[tuple[str, str, str]]] = {}
    # places_*.tsv: cities, border crossings, bases and camps that place people in a country ("city")
    for row in read_rows(f"countries_{lang}.tsv") + read_rows(f"places_{lang}.tsv"):
        code, forms, role = row[:3]
        for form in forms.split("|"):
            form = form.strip()
            if not form:
                continue
            for surface, r in _expand(lang, code, form, role):
                table.setdefault(fold(surface), []).append((code, r, surface))
    for entries in table.values():
        entries.sort(key=lambda e: ROLE_ORDER.get(e[1], 9))
    return table


def _trie_regex(words: list[str]) -> str:
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return ("(?:" + body + ")?") if len(alts) > 1 or len(body) > 1 else body + "?"
        return body

    return emit(trie)


class _Matcher:
    def __init__(self, langs: tuple[str, ...]):
        self.table: dict[str, list[tuple[str, str, str]]] = {}
        for lang in langs:
            for k, v in _table(lang).items():
                self.table.setdefault(k, []).extend(x for x in v if x not in self.table.get(k, []))
        for entries in self.table.values():
            entries.sort(key=lambda e: ROLE_ORDER.get(e[1], 9))
        pattern = _trie_regex(sorted(self.table, key=len, reverse=True))
        self.regex = re.compile(r"(?<!\w)(?:" + pattern + r")(?![\w])" if pattern else r"(?!)")


@cache
def _matcher(langs: tuple[str, ...]) -> _Matcher:
    return _Matcher(langs)


def _langs_for(language: str | None) -> tuple[str, ...]:
    if language == "en":
        return ("en",)
    if language in ("es", "ru"):
        return (language, "en")
    return LANGUAGES


# ------------------------------------------------------------------ matching


def _case_ok(surface: str, found: str, role: str) -> bool:
    if role == "block":
        return True
    if role == "abbrev":
        return found == surface or found.replace(" ", "") == surface.replace(" ", "")
    if len(found) != len(surface):  # folding kept length; accents may differ
        return found[:1].isupper() or not surface[:1].isupper()
    return all(not s.isupper() or f.isupper() for s, f in zip(surface, found, strict=True))


_PERSONISH = {"chad", "jordan", "georgia", "israel", "salvador"}
_FUNCTION = {
    "in", "to", "from", "and", "of", "the", "for", "with", "by", "at", "on", "like", "both", "as",
    "but", "or", "via", "into", "across", "between", "including", "while", "when", "after", "before",
    "neighbouring", "neighboring", "than", "said", "says", "if", "since", "where", "although",
}
_WORD_BEFORE = re.compile(r"([A-Za-zÀ-ÿ'’.]+)[ \t]*$")
_WORD_AFTER = re.compile(r"^[ \t]+([A-Z][a-zà-ÿ]+)")
_LANGUAGE_AFTER = re.compile(r"^(?:-| )(?:language|speaking|speakers?|speaker|dubbed|subtitles?)\b|^ язык|^ языке", re.I)
_LANGUAGE_BEFORE = re.compile(r"(?:\ben|\bна|\bin|\bspeaks?|\bspeak|\bhablan?|\bhabla|\bспeak)[ \t]+$", re.I)
_LANGUAGE_WORDS = {
    "english", "spanish", "french", "german", "russian", "portuguese", "italian", "chinese", "japanese",
    "korean", "dutch", "turkish", "arabic", "español", "espanol", "inglés", "ingles", "francés", "frances",
    "alemán", "aleman", "ruso", "portugués", "portugues", "italiano", "chino", "japonés",
    "русском", "английском", "испанском", "французском", "немецком", "китайском",
}


def _drop(text: str, start: int, end: int, key: str) -> bool:
    if key in _PERSONISH:
        before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
        if before and before.group(1)[:1].isupper() and not before.group(1).endswith(".") \
                and before.group(1).lower() not in _FUNCTION:
            return True
        if _WORD_AFTER.match(text[end : end + 30]):
            return True
    if key in _LANGUAGE_WORDS:
        if _LANGUAGE_AFTER.match(text[end : end + 12]):
            return True
        if _LANGUAGE_BEFORE.search(text[max(0, start - 12) : start]) and key not in {"chinese", "chino"}:
            return True
    return False


def find_countries(text: str, language: str | None = None) -> list[Mention]:
    """Country mentions in ``text`` (kind ``country``, value ISO alpha-2, role how named).

    ``language`` ("en", "es", "ru") narrows the tables to that language's (plus
    English, for Spanish and Russian); None uses all of them.
    """
    if not text:
        return []
    m = _matcher(_langs_for(language))
    folded = fold(text)
    out: list[Mention] = []
    for hit in m.regex.finditer(folded):
        key = hit.group()
        start, end = hit.span()
        found = text[start:end]
        entries = m.table.get(key, ())
        while not any(_case_ok(surface, found, role) for _c, role, surface in entries) and " " in key.strip():
            # "in the Netherlands", "to mainland China": the table's "The Netherlands", "Mainland
            # China" are capitalised; the name is the rest
            cut = key.index(" ") + 1
            start += cut
            key, found = key[cut:], text[start:end]
            entries = m.table.get(key, ())
        for code, role, surface in entries:
            if not _case_ok(surface, found, role):
                continue
            if role != "block" and not _drop(text, start, end, key):
                out.append(Mention("country", start, end, found, code, role))
            break
    return out



def country_forms(code: str, language: str = "en") -> list[str]:
    """All surface forms the tables give a code in one language (for other stages)."""
    return sorted({s for v in _table(language).values() for c, _, s in v if c == code})


def warm() -> None:
    """Build every matcher now (import is lazy so tools that never match pay nothing)."""
    for lang in LANGUAGES:
        _matcher(_langs_for(lang))
    _matcher(LANGUAGES)


warm()
