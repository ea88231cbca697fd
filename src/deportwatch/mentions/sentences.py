"""Body -> sentences, as (start, end) spans.

Evidence is always a whole sentence, so this decides what a user reads as the
proof of a fact. Paragraph breaks always end a sentence; inside a paragraph a
sentence ends at . ! ? … (and a closing quote or bracket after them) followed by
a space and a capital letter, a digit or an opening quote, unless the dot ends
a known abbreviation ("U.S.", "Mr.", "Feb.", "г."); a dotted acronym followed by
a capitalised function word does end one ("assisting the U.S. This policy").
"""

from __future__ import annotations

import re

_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "gov", "sen", "rep", "prof", "jr", "sr",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "vs", "etc", "inc", "ltd", "co", "corp", "approx", "fig",
    "sra", "dra", "gral", "lic", "ing", "núm", "pág",
    "г", "гг", "ул", "им", "т", "д", "тыс", "млн", "млрд", "руб", "долл", "ст", "п",
}
_PARA = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-ZА-ЯЁÁÉÍÓÚÑ0-9¿¡—–-])")


def split_sentences(body: str) -> list[tuple[int, int]]:
    """Sentence spans of ``body``; ``body[s:e]`` is stripped of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    for para in _PARA.finditer(body):
        start = para.start()
        text = para.group()
        cut = 0
        for m in _END.finditer(text):
            if _is_abbreviation(text, m.start()):
                continue
            spans.append((start + cut, start + m.end()))
            cut = m.end()
            while cut < len(text) and text[cut].isspace():
                cut += 1
        if cut < len(text):
            spans.append((start + cut, start + len(text)))
    return [_strip(body, s, e) for s, e in spans if body[s:e].strip()]


# Capitalised function words that begin a sentence: after a dotted acronym
# ("the U.S. This policy", "EE.UU. El lunes") they mean the acronym ended it.
_STARTERS = {
    "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "there",
    "but", "and", "in", "on", "at", "as", "a", "an", "if", "when", "while", "after", "before", "since",
    "his", "her", "their", "our", "some", "many", "no", "not", "yet", "so", "however", "meanwhile",
    "el", "la", "los", "las", "lo", "un", "una", "en", "este", "esta", "estos", "estas", "ese", "esa",
    "pero", "sin", "con", "según", "segun", "por", "para", "además", "ademas", "ya", "tras", "desde",
    "он", "она", "они", "это", "этот", "эта", "в", "во", "на", "но", "и", "по", "как", "при", "после",
    "кроме", "также", "однако", "с", "со", "из", "за", "до",
}


_NEXT_WORD = re.compile(r"\.?[\"'”’»)\]]*\s+[\"'“‘«(\[]?(\w+)")


def _word_before(text: str, end: int) -> int:
    """Start of the run of word characters (``\\w``: str.isalnum() or "_") that ends at ``end``."""
    i = end
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return i


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    end = dot
    if end and text[end - 1] == "\n":  # as re's "(\w+)$": the word before a final newline
        end -= 1
    start = _word_before(text, end)
    if start == end:
        return False
    word = text[start:end]
    if word.lower() in _ABBREV:
        return True
    if word in ("EE", "UU") and re.match(r"\s?(?:EE|UU)\.", text[dot + 1 : dot + 5]) or word == "UU" and text[max(0, start - 4) : start].rstrip().endswith("EE."):
        # "EE. UU." (the United States, spaced): one abbreviation; after "UU." as after "EE.UU."
        if word == "EE":
            return True
        nxt = _NEXT_WORD.match(text, dot)
        return not (nxt and nxt.group(1).lower() in _STARTERS)
    # Initials and dotted acronyms: "U.S.", "J. Smith", "EE.UU."
    acronym = dot >= 2 and text[start - 1 : start] == "."
    if acronym:
        nxt = _NEXT_WORD.match(text, dot)
        if nxt and nxt.group(1).lower() in _STARTERS:
            return False
        return True
    return len(word) == 1 and word.isupper()


def _strip(body: str, s: int, e: int) -> tuple[int, int]:
    while s < e and body[s].isspace():
        s += 1
    while e > s and body[e - 1].isspace():
        e -= 1
    return s, e
