"""The article body of a naive text dump, found by a trained line classifier.

A text dump is the visible text of a whole page, one block per line. The body is
found in four steps:

1. shallow features of each non-empty line (:func:`line_features`): length,
   punctuation, sentence ends, function-word share (``data/stopwords.tsv``),
   capitalisation, digits, cue words of page furniture (``data/line_cues.tsv``),
   date lines, repetition within the page, position;
2. the same features of the neighbouring lines and of windows around the line
   (:func:`context_features`), scored by a logistic model (stage 1);
3. stage 2: a second logistic model over the smoothed stage-1 probabilities of
   the neighbourhood (a line among body lines is body, even when short);
4. post-processing (:func:`select_body`): the main contiguous region by a
   maximum-sum segment over length-weighted scores, then isolated furniture
   inside it ("Read also: ...", captions, credits) dropped. A page whose best
   run of prose is too thin (a section front, an index) gives ``[]``.

The weights are in ``data/line_model.json`` (``scripts/train_line_model.py``
retrains them). Inference is numpy only.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from itertools import chain, repeat
from operator import itemgetter
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parents[1] / "data"
MODEL_PATH = DATA / "line_model.json"

_END_CHARS = frozenset(".!?…。！？;")
_CLOSE_CHARS = frozenset("\"'”’»)]“")
_OPEN_QUOTES = frozenset("\"'“”«„‘’—–-")
_BULLETS = frozenset("•·●▪►▶*✓—–-")
_HEAD120, _HEAD80 = itemgetter(slice(120)), itemgetter(slice(80))
_FIRST, _LAST = itemgetter(0), itemgetter(-1)
_SENT_SPLIT = re.compile(r"(?<=[.!?…])\s+")
_DATE_RE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic"
    r"|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\w*"
    r"\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:de\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|ene|abr|ago|dic|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\w*"
    r"|\b(?:19|20)\d{2}\b|\b\d+\s+(?:hours?|minutes?|days?|hrs?|mins?|час\w*|минут\w*|horas?|minutos?)\s+ago\b",
    re.IGNORECASE,
)

# a photo credit closing a line: "... [File: Reuters]", "... Photograph: Name/Agency",
# "... (AP Photo/Name)", "... © Agency", "... Name/AFP via Getty Images"
_CREDIT_END = re.compile(
    r"(?:\[[^\[\]]{0,40}(?:[:/©]|\b(?:file|photo|foto|фото|image|reuters|afp|ap|getty|epa|efe|"
    r"shutterstock|archive|archivo|архив))[^\[\]]{0,50}\]"
    r"|\((?:[^()]{0,30}\b)?(?:photo|foto|фото|image|imagen|credit|crédito|ap photo|afp|reuters|getty"
    r"|epa|efe|illustration|ilustración|иллюстрация)\b[^()]{0,60}\)"
    r"|\b(?:photograph|photo|image|picture|foto|fotografía|imagen|фото|снимок|credit|crédito"
    r"|illustration|ilustración|иллюстрация|source|fuente|источник)s?\s*(?::|©|by\b)[^.!?;]{1,80}"
    r"|©\s*[^.!?;]{1,60}"
    r"|\b[\w.'’ -]{1,40}/(?:afp|ap|reuters|getty images|epa|efe|anadolu|xinhua|tass|ria|sputnik"
    r"|shutterstock|bloomberg|nurphoto|sipa|zuma|alamy)\b[^.!?;]{0,40}"
    r"|\bvia getty images|\bgetty images"
    r"|(?<=[.!?\"”»])\s+\([^()]{3,60}\))\s*[.]?$",  # a caption's source after its last sentence: "... Baja California. (Gobierno de Baja California)"
    re.IGNORECASE,
)

BASE_NAMES = (
    "loglen_w", "loglen_c", "short3", "words10", "words25", "end_punct", "end_colon",
    "sentences", "comma_rate", "stop_share", "title_share", "all_caps", "digit_share",
    "bullet", "separators", "url_like", "quote_start", "cue_related", "cue_ui_short",
    "cue_ui_any", "cue_caption", "cue_ui_tail", "cue_byline", "date_like", "repeated", "rel_pos", "prose",
    "url_only", "no_letters", "caption_marker", "after_caption_marker", "cue_cta", "cue_comments",
    "after_comments", "repeated_prose", "cta_end", "credit_line", "caption_label", "credit_end",
)
_CTX_KEYS = ("loglen_w", "end_punct", "stop_share", "prose", "cue_related", "cue_ui_short",
             "cue_caption", "date_like", "title_share")
_SHIFTS = (-2, -1, 1, 2)


# ------------------------------------------------------------------ data files


def _read_tsv(name: str) -> list[tuple[str, str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, value = line.partition("\t")
        rows.append((kind.strip(), value.strip().lower()))
    return rows


_PUNCT = "\"'“”«»„‘’()[]{}.,;:!?…—–-|/*•·"


_VARIANTS = ("{}", "{}:", "{},", "{}.", "({})", "{})", "{}|", "{};")


class _Cues:
    """One kind of cue words, matched against the raw words of a line (with their common
    punctuation variants: "Share", "Photo:", "Comments,"). Multi-word phrases and non-word cues
    ("©", labels glued to the word before them: "...годаФото:") go to a regex, run only on lines
    that hold a phrase's first word or a ":" / "©".

    All kinds share one table word -> bit mask (:func:`_lexicon`): a page's words are looked up
    once, each kind reads its two bits (``bit``: a whole cue word, ``bit << 1``: the first word
    of a cue phrase) from the OR of the masks of a line's words."""

    def __init__(self, cues: list[str], bit: int):
        self.prefixes = tuple(cues)
        self.word_prefixes = tuple(c + sep for c in cues for sep in " :,")  # "por ", not "portion"
        self.label_prefixes = tuple(c.rstrip(":") + ":" for c in cues)  # "photo:", "фото:"
        self.bit, self.first_bit = bit, bit << 1
        self.words = frozenset(v.format(c) for c in cues if " " not in c and c[-1].isalnum()
                               for v in _VARIANTS)
        phrases = [c for c in cues if " " in c or not c[-1].isalnum()]
        self.firsts = frozenset(c.split()[0] for c in phrases if " " in c)
        self.phrase_re = re.compile("|".join(map(re.escape, phrases))) if phrases else None

    def hits(self, masks: np.ndarray, texts: list[str], maybe_literal: np.ndarray) -> np.ndarray:
        """Lines (``texts``; ``masks`` the OR of their words' bit masks) that hold a cue."""
        out = (masks & self.bit) != 0
        if self.phrase_re is not None:
            cand = ((masks & self.first_bit) != 0) | maybe_literal
            search = self.phrase_re.search
            for i in np.flatnonzero(cand & ~out).tolist():
                out[i] = search(texts[i]) is not None
        return out


_STOP_BIT = 1


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    cues: dict[str, list[str]] = {}
    for kind, cue in _read_tsv("line_cues.tsv"):
        cues.setdefault(kind, []).append(cue)
    kinds = {kind: _Cues(c, 2 << (2 * k)) for k, (kind, c) in enumerate(sorted(cues.items()))}
    codes: dict[str, int] = {}
    for _, w in _read_tsv("stopwords.tsv"):
        codes[w] = codes.get(w, 0) | _STOP_BIT
    for cue in kinds.values():
        for w in cue.words:
            codes[w] = codes.get(w, 0) | cue.bit
        for w in cue.firsts:
            codes[w] = codes.get(w, 0) | cue.first_bit
    return {"codes": codes, **kinds}


def _line_masks(flat: list[str], lens: np.ndarray, codes: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Per line: the OR of the bit masks of its lower-case words (``flat``, all the page's words
    in order; ``lens`` words per line), and the count of stop words. One C-level pass over the
    words of the whole page; ``np.*.reduceat`` back to lines."""
    n = len(lens)
    if not flat:
        return np.zeros(n, np.int64), np.zeros(n, np.int64)
    m = np.fromiter(map(codes.get, flat, repeat(0)), np.int64, len(flat))
    offsets = np.minimum(np.concatenate(([0], np.cumsum(lens)[:-1])), len(flat) - 1)
    masks = np.bitwise_or.reduceat(m, offsets)
    stops = np.add.reduceat(m & _STOP_BIT, offsets)
    empty = lens == 0
    masks[empty], stops[empty] = 0, 0
    return masks, stops


def _byte_counts(texts: list[str]) -> dict[str, np.ndarray]:
    """Per line (non-empty ``texts``), counted over the UTF-8 bytes of the whole page at once:
    ``spaces``, ``commas``, ``pipes``, ``stops`` (". "), ``digits60`` (ASCII digits among the
    first 60 bytes), ``bytes60`` (bytes among the first 60), ``letters`` (ASCII letters and
    non-ASCII bytes: other scripts)."""
    b = np.frombuffer("\n".join(texts).encode(), np.uint8)
    nl = b == 10
    starts = np.concatenate(([0], np.flatnonzero(nl) + 1))
    lens = np.diff(np.concatenate((starts, [len(b) + 1]))) - 1
    i64 = np.int64

    def per_line(mask: np.ndarray) -> np.ndarray:
        return np.add.reduceat(mask, starts, dtype=i64).astype(np.float64)

    head = np.arange(len(b)) - np.repeat(starts, lens + 1)[: len(b)] < 60
    digit = (b >= 48) & (b <= 57)
    low = b | 32
    stop = np.zeros(len(b), bool)
    stop[:-1] = (b[:-1] == 46) & (b[1:] == 32)
    return {
        "spaces": per_line(b == 32), "commas": per_line(b == 44), "pipes": per_line(b == 124),
        "stops": per_line(stop), "digits60": per_line(digit & head),
        "bytes60": np.minimum(lens, 60).astype(np.float64),
        "letters": per_line(((low >= 97) & (low <= 122)) | (b >= 128)),
    }


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> dict:
    """The model file, with numpy arrays: ``w`` of a logistic stage, ``nodes`` of a tree stage
    (see :func:`_tree_logit`)."""
    model = json.loads(Path(path or MODEL_PATH).read_text(encoding="utf-8"))
    for stage in ("stage1", "stage2"):
        prepare_stage(model[stage])
    return model


def prepare_stage(st: dict) -> None:
    if st.get("kind") == "trees":
        t = st["trees"]
        # node j is addressed as 2j: its two children sit at 2j (left) and 2j + 1 (right) of
        # ``child``, so one gather walks a level
        left, right = np.asarray(t["left"], np.intp), np.asarray(t["right"], np.intp)
        st["nodes"] = (np.repeat(np.asarray(t["feature"], np.intp), 2),
                       np.repeat(np.asarray(t["threshold"], np.float64), 2),
                       2 * np.stack([left, right], axis=1).ravel(),
                       np.repeat(np.asarray(t["value"], np.float64), 2),
                       2 * np.asarray(t["roots"], np.intp))
    else:
        st["w"] = np.asarray(st["weights"], dtype=np.float64)


# ------------------------------------------------------------------ features


def line_features(texts: list[str]) -> np.ndarray:
    """Per-line features (columns: :data:`BASE_NAMES`) of the non-empty, stripped lines.

    ``loglen_w``/``loglen_c`` log words/characters (scripts without spaces count characters
    / 2.5 as words); ``short3``, ``words10``, ``words25`` length bins; ``end_punct`` ends with
    a sentence end (closing quotes skipped), ``end_colon``; ``sentences`` log count of ". " plus
    the end; ``comma_rate`` commas per word; ``stop_share`` share of function words
    (``data/stopwords.tsv``) and ``title_share`` of Title-case words among the words of the
    first 120 characters; ``all_caps``; ``digit_share`` of the first 60 bytes; ``bullet`` and
    ``quote_start`` first character; ``separators`` count of "|"; ``url_like`` holds "http" or
    "@"; ``url_only`` one token holding "http", "www." or "/" (a link, an image path);
    ``no_letters`` no letter at all ("500", "12:30", "|"); cue words of ``data/line_cues.tsv``:
    ``cue_related`` ("Read also", lines up to 40 words), ``cue_byline`` (up to 8 words),
    ``cue_ui_short`` / ``cue_ui_any`` (share, comments, © ... at the head; short lines / any),
    ``cue_ui_tail`` (at the end of a long line), ``cue_caption`` (photo credits, captions),
    ``caption_marker`` (a caption cue line of up to 3 words: "Image caption,", "Фото:" -- the
    next line is then the caption: ``after_caption_marker``), ``cue_cta`` (a call to action
    anywhere in a line of up to 45 words: "sign up", "newsletter", "suscríbete"),
    ``cue_comments`` (a short comment-section header or comment control: "Leave a reply",
    "12 comments", "Reply", "Report"); ``after_comments`` a comment header stands among the
    previous lines of the page beyond the page's first quarter (reader comments follow it);
    ``cta_end`` a call to action as the last short sentence of a line ("... newsletter. Sign up
    here."); ``credit_line`` a byline cue opening an unpunctuated line of up to 40 words
    ("Reporting by X; Editing by Y"); ``caption_label`` a line opening with a caption label
    ("Photo: ...", "Фото: ..."); ``date_like`` short line with a date or time; ``repeated`` the same line elsewhere on the
    page and ``repeated_prose`` the same for a prose line (a lede that is also a teaser);
    ``rel_pos`` position in the page; ``prose`` (10+ words ending a sentence, or 25+ words).

    Computed column by column with C-level ``map`` calls over the lines or over all the head
    words of the page at once (``np.add.reduceat`` back to lines): a page has hundreds of
    lines."""
    lex = _lexicon()
    codes: dict[str, int] = lex["codes"]
    n = len(texts)
    if n == 0:
        return np.zeros((0, len(BASE_NAMES)))
    f64 = np.float64
    low = list(map(str.lower, texts))
    # words of the head of each line (long lines: their first 120 characters are enough),
    # flattened over the page (lower-cased at once: one call)
    head_words = list(map(str.split, map(_HEAD120, texts)))
    hw_lens = np.fromiter(map(len, head_words), np.int64, n)
    flat = list(chain.from_iterable(head_words))
    flat_low = " ".join(flat).lower().split(" ")
    if len(flat_low) != len(flat):  # lower() changed a word boundary (exotic Unicode)
        flat_low = [w.lower() for w in flat]
    masks, nstop = _line_masks(flat_low, hw_lens, codes)
    nhw = np.maximum(hw_lens.astype(f64), 1.0)
    nch = np.fromiter(map(len, texts), f64, n)
    bc = _byte_counts(texts)
    nw = bc["spaces"] + 1.0
    nwe = np.where(nch < 15 * nw, nw, nch / 2.5)  # scripts without spaces: characters
    lasts = list(map(_LAST, texts))
    for i in np.flatnonzero(np.fromiter(map(_CLOSE_CHARS.__contains__, lasts), bool, n)).tolist():
        if len(texts[i]) > 1:
            lasts[i] = texts[i][-2]
    end_punct = np.fromiter(map(_END_CHARS.__contains__, lasts), f64, n)
    end_colon = np.fromiter(map(":".__eq__, lasts), f64, n)

    sentences = bc["stops"] + end_punct
    commas = bc["commas"]
    stops = nstop / nhw
    titles = np.zeros(n)
    if flat:
        tf = np.fromiter(map(str.istitle, flat), np.int64, len(flat))
        off = np.minimum(np.concatenate(([0], np.cumsum(hw_lens)[:-1])), len(flat) - 1)
        titles = np.add.reduceat(tf, off) * (hw_lens > 0) / nhw
    caps = np.fromiter(map(str.isupper, texts), f64, n) * (nch > 3)
    digits = bc["digits60"]
    dshare = digits / np.maximum(bc["bytes60"], 1.0)
    firsts = list(map(_FIRST, texts))
    bullet = np.fromiter(map(_BULLETS.__contains__, firsts), f64, n)
    seps = np.minimum(3.0, bc["pipes"])
    url = (np.fromiter(map(str.__contains__, low, repeat("http")), bool, n)
           | np.fromiter(map(str.__contains__, low, repeat("@")), bool, n))
    url_only = (nw == 1) & (url | np.fromiter(map(str.__contains__, low, repeat("/")), bool, n)
                            | np.fromiter(map(str.__contains__, low, repeat("www.")), bool, n))
    no_letters = bc["letters"] == 0
    quote = np.fromiter(map(_OPEN_QUOTES.__contains__, firsts), f64, n)

    rel, ui, cap, by = lex["related"], lex["ui"], lex["caption"], lex["byline"]
    cta, com = lex["cta"], lex["comments"]
    related = np.fromiter(map(str.startswith, low, repeat(rel.prefixes)), f64, n) * (nwe <= 40)
    by_any = np.fromiter(map(str.startswith, low, repeat(by.word_prefixes)), f64, n)
    byline = by_any * (nwe <= 8)
    head80 = list(map(_HEAD80, low))
    lit = (np.fromiter(map(str.__contains__, head80, repeat(":")), bool, n)
           | np.fromiter(map(str.__contains__, head80, repeat("©")), bool, n)
           | np.fromiter(map(str.__contains__, head80, repeat("(c)")), bool, n))
    ui_head = ui.hits(masks, head80, lit)
    cap_head = cap.hits(masks, head80, lit)
    com_head = com.hits(masks, head80, lit) & (nwe <= 6)
    nolit = np.zeros(n, bool)
    cta_hit = cta.hits(masks, low, nolit)
    ui_short = ui_head & (nwe <= 6)
    # the end of long lines ("... Sign up here.", "... Photograph: X/Agency")
    long_i = np.flatnonzero(nwe > 12).tolist()
    ui_tail, cap_tail, cta_tail = np.zeros(n, bool), np.zeros(n, bool), np.zeros(n, bool)
    if long_i:
        tails = [low[i][-50:] for i in long_i]
        tw = [t.split()[1:] for t in tails]
        tmasks = _line_masks(list(chain.from_iterable(tw)),
                             np.fromiter(map(len, tw), np.int64, len(tw)), codes)[0]
        tlit = np.fromiter((":" in t or "©" in t for t in tails), bool, len(tails))
        ui_tail[long_i] = ui.hits(tmasks, tails, tlit)
        cap_tail[long_i] = cap.hits(tmasks, tails, tlit)
        cta_tail[long_i] = cta.hits(tmasks, tails, nolit[:len(tails)])
    cta_hit = (cta_hit | cta_tail) & (nwe <= 45)
    caption = (cap_head | cap_tail) & (nwe <= 60)
    marker = cap_head & (nwe <= 3)
    after_marker = np.zeros(n)
    after_marker[1:] = marker[:-1]
    date_like = np.zeros(n)
    for i in np.flatnonzero((digits > 0) & (nwe <= 12)).tolist():
        if _DATE_RE.search(texts[i]):
            date_like[i] = 1.0
    prose = ((nwe >= 10) & (end_punct > 0)) | (nwe >= 25)
    # a comment-section header after the centre of the page's prose: reader comments follow
    after_comments = np.zeros(n)
    if com_head.any():
        com_i = np.flatnonzero(com_head & (np.arange(n) > _prose_center(prose, np.log1p(nwe))))
        if len(com_i):
            after_comments[com_i[0] + 1:] = 1.0
    # a call to action as the line's last, short sentence ("... newsletter. Sign up here.")
    cta_end = np.zeros(n)
    short = [(i, last) for i in np.flatnonzero(cta_hit).tolist()
             if (last := _SENT_SPLIT.split(low[i])[-1]).count(" ") < 6]
    if short:
        # all the lines' last sentences at once (one table lookup); a line's result is its own
        lw = [last.split() for _, last in short]
        if all(lw):
            sm = _line_masks(list(chain.from_iterable(lw)), np.fromiter(map(len, lw), np.int64, len(lw)), codes)[0]
            for (i, _), hit in zip(short, cta.hits(sm, [last for _, last in short], np.zeros(len(short), bool)).tolist(),
                                   strict=True):
                cta_end[i] = hit
        else:
            for i, last in short:
                cta_end[i] = cta.hits(_line_masks(last.split(), np.array([len(last.split())]), codes)[0], [last],
                                      nolit[:1])[0]
    # a photo credit closing a line of up to 80 words that does not end a sentence in prose
    credit_end = np.zeros(n)
    for i in np.flatnonzero((nwe <= 80) & (bc["letters"] > 0)).tolist():
        tail = low[i][-140:]
        if tail[-1] in "!?…" or not ("/" in tail or ":" in tail or "©" in tail or "(" in tail
                                     or "[" in tail or "getty" in tail):
            continue
        if _CREDIT_END.search(tail):
            credit_end[i] = 1.0
    counts = Counter(texts)
    repeated = np.fromiter(map(counts.__getitem__, texts), f64, n) > 1
    out = np.empty((n, len(BASE_NAMES)))
    for j, col in enumerate((
        np.log1p(nwe), np.log1p(nch), nwe <= 3, nwe >= 10, nwe >= 25, end_punct, end_colon,
        np.log1p(sentences), commas / nwe, stops, titles, caps, dshare, bullet, seps, url,
        quote, related, ui_short, ui_head, caption, ui_tail, byline, date_like, repeated,
        np.arange(n) / n, prose,
        url_only, no_letters, marker, after_marker, cta_hit, com_head, after_comments,
        repeated * prose, cta_end, by_any * (nwe <= 40) * (end_punct == 0),
        np.fromiter(map(str.startswith, low, repeat(cap.label_prefixes)), f64, n) * (nwe <= 60),
        credit_end,
    )):
        out[:, j] = col
    return out


def _prose_center(prose: np.ndarray, loglen: np.ndarray) -> int:
    """The line at the centre of the densest window (17 lines) of prose mass."""
    return int(np.argmax(_window_mean(prose * loglen, 8)))


_BI = {name: k for k, name in enumerate(BASE_NAMES)}


def _shift(col: np.ndarray, k: int) -> np.ndarray:
    """``out[i] = col[i + k]`` (zero outside the page); ``col`` may be a matrix of rows."""
    out = np.zeros_like(col)
    if k > 0:
        out[:-k] = col[k:]
    else:
        out[-k:] = col[:k]
    return out


def _window_mean(col: np.ndarray, r: int) -> np.ndarray:
    """Mean over rows ``i-r .. i+r`` (clipped to the page); ``col`` a vector or a matrix."""
    n = len(col)
    c = np.concatenate((np.zeros((1,) + col.shape[1:]), np.cumsum(col, axis=0)))
    idx = np.arange(n)
    lo, hi = np.maximum(idx - r, 0), np.minimum(idx + r + 1, n)
    span = (hi - lo).astype(np.float64)
    return (c[hi] - c[lo]) / (span if col.ndim == 1 else span[:, None])


def _context_names() -> list[str]:
    names = list(BASE_NAMES)
    names += [f"{key}@{k:+d}" for key in _CTX_KEYS for k in _SHIFTS]
    names += ["prose~3", "prose~10", "loglen~3", "loglen_rel_max", "page_prose_share",
              "date_before6", "mass_before", "mass_after", "dist_center", "before_center"]
    return names


CONTEXT_NAMES = tuple(_context_names())


_CTX_IDX = [_BI[k] for k in _CTX_KEYS]


def context_features(base: np.ndarray) -> np.ndarray:
    """Base features plus neighbours' features and window aggregates."""
    n, nb = base.shape
    nk, ns = len(_CTX_KEYS), len(_SHIFTS)
    out = np.empty((n, len(CONTEXT_NAMES)))
    out[:, :nb] = base
    pad = np.zeros((n + 4, nk))
    pad[2:n + 2] = base[:, _CTX_IDX]
    # column order: for each key, its shifts
    ctx = out[:, nb:nb + nk * ns].reshape(n, nk, ns)
    for j, k in enumerate(_SHIFTS):
        ctx[:, :, j] = pad[2 + k:2 + k + n]
    prose = base[:, _BI["prose"]]
    loglen = base[:, _BI["loglen_w"]]
    date = base[:, _BI["date_like"]]
    mass = prose * loglen
    total = mass.sum() or 1.0
    cum = np.cumsum(mass)
    pl = np.stack([prose, loglen, mass], axis=1)
    w3, w8, w10 = _window_mean(pl, 3), _window_mean(mass, 8), _window_mean(prose, 10)
    center = int(np.argmax(w8))
    idx = np.arange(n)
    dc = np.concatenate(([0.0], np.cumsum(date)))
    date_before = (dc[idx] - dc[np.maximum(idx - 6, 0)]) > 0
    for j, col in enumerate((
        w3[:, 0], w10, w3[:, 1], loglen - loglen.max(), prose.mean(), date_before,
        (cum - mass) / total, (total - cum) / total, np.abs(idx - center) / n, idx < center,
    ), start=nb + nk * ns):
        out[:, j] = col
    return out


STAGE2_NAMES = (
    "z", "z@-1", "z@+1", "z@-2", "z@+2", "p~1", "p~2", "p~5", "p~15", "pmax_before3",
    "pmax_after3", "pmass_before", "pmass_after", "cue_related", "cue_caption", "cue_ui_short",
    "cue_byline", "loglen_w", "end_punct", "prose", "short3", "date_like", "title_share",
    "url_only", "no_letters", "caption_marker", "after_caption_marker", "cue_cta", "cue_comments",
    "after_comments", "repeated", "repeated_prose", "bullet", "cue_ui_tail", "cta_end",
    "credit_line", "caption_label", "credit_end",
)


_S2_BASE = [_BI[k] for k in STAGE2_NAMES[13:]]


def stage2_features(z: np.ndarray, base: np.ndarray) -> np.ndarray:
    p = 1.0 / (1.0 + np.exp(-z))
    n = len(z)
    pp = np.concatenate((np.zeros(3), p, np.zeros(3)))
    pb = np.maximum(np.maximum(pp[0:n], pp[1:n + 1]), pp[2:n + 2])
    pa = np.maximum(np.maximum(pp[4:n + 4], pp[5:n + 5]), pp[6:n + 6])
    zz = np.concatenate((np.zeros(2), z, np.zeros(2)))
    w = p * np.exp(base[:, _BI["loglen_w"]])
    total = w.sum() or 1.0
    cum = np.cumsum(w)
    c = np.concatenate(([0.0], np.cumsum(p)))
    idx = np.arange(n)
    wins = []
    for r in (1, 2, 5, 15):
        lo, hi = np.maximum(idx - r, 0), np.minimum(idx + r + 1, n)
        wins.append((c[hi] - c[lo]) / (hi - lo))
    head = np.stack([z, zz[1:n + 1], zz[3:n + 3], zz[0:n], zz[4:n + 4], *wins, pb, pa,
                     (cum - w) / total, (total - cum) / total], axis=1)
    return np.concatenate([head, base[:, _S2_BASE]], axis=1)


# ------------------------------------------------------------------ inference


def _tree_logit(stage: dict, x: np.ndarray) -> np.ndarray:
    """Sum of a gradient-boosted tree ensemble over the rows of ``x``, all trees at once.

    The trees are flat arrays over all their nodes: ``feature``, ``threshold`` (a row goes
    left where ``x[feature] <= threshold``), ``left``/``right`` child (a leaf points to itself),
    ``value`` (of leaves), ``roots``; ``depth`` the deepest leaf; ``bias`` the baseline."""
    feat, thr, child, value, roots = stage["nodes"]
    n, nf = x.shape
    xf = x.ravel()
    rows = np.arange(0, n * nf, nf)[:, None]
    node = np.broadcast_to(roots, (n, len(roots)))
    for _ in range(stage["depth"]):
        node = child[node + (xf[rows + feat[node]] > thr[node])]
    return value[node].sum(axis=1) + stage["bias"]


def _logit(stage: dict, x: np.ndarray) -> np.ndarray:
    if "nodes" in stage:
        return _tree_logit(stage, x)
    return x @ stage["w"] + stage["bias"]


def line_probabilities(texts: list[str], model: dict | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Stage-2 body probability of each (non-empty, stripped) line, and the base features."""
    model = model or load_model()
    base = line_features(texts)
    z1 = _logit(model["stage1"], context_features(base))
    z2 = _logit(model["stage2"], stage2_features(z1, base))
    return 1.0 / (1.0 + np.exp(-z2)), base


def select_body(p: np.ndarray, base: np.ndarray, post: dict) -> list[int]:
    """Positions (into the non-empty lines) of the body: main region, furniture dropped."""
    n = len(p)
    if n == 0:
        return []
    nwe = np.expm1(base[:, _BI["loglen_w"]])
    weight = (1.0 + nwe) ** post["len_power"]
    score = (p - post["region_threshold"]) * weight
    # every furniture line costs at least gap_cost: a region does not bridge long runs of
    # short furniture (share bars, comment headers) to reach prose beyond them
    score = np.where(score < 0, np.minimum(score, -post.get("gap_cost", 0.0)), score)
    # maximum-sum contiguous segment (Kadane)
    best, best_lo, best_hi = -1.0, 0, -1
    run, lo = 0.0, 0
    for i, v in enumerate(score.tolist()):
        if run <= 0.0:
            run, lo = v, i
        else:
            run += v
        if run > best:
            best, best_lo, best_hi = run, lo, i
    if best_hi < 0:
        return []
    if post.get("bridge_gap", 0):
        best_lo, best_hi = _bridge(p, base, nwe, best_lo, best_hi, post)
    kept = p[best_lo:best_hi + 1] >= post["keep_threshold"]
    if post.get("drop_credits", True):
        # a line closed by a photo credit, or the line after a caption marker ("Image caption,"),
        # is a caption, however prose-like
        seg = base[best_lo:best_hi + 1]
        kept &= (seg[:, _BI["credit_end"]]
                 + seg[:, _BI["after_caption_marker"]] * (seg[:, _BI["end_punct"]] == 0.0)) == 0.0
    keep = (np.flatnonzero(kept) + best_lo).tolist()
    # a body neither starts nor ends with a short unpunctuated line (headline, teaser bullet)
    endp = base[:, _BI["end_punct"]]
    edge = post.get("edge_words", 0)
    while keep and endp[keep[0]] == 0.0 and nwe[keep[0]] < edge:
        keep.pop(0)
    while keep and endp[keep[-1]] == 0.0 and nwe[keep[-1]] < edge:
        keep.pop()
    if not keep:
        return []
    # the page must hold a run of consecutive body lines thick enough to be an article
    best_run, run_words, prev = 0.0, 0.0, -2
    for i in keep:
        run_words = run_words + nwe[i] if i == prev + 1 else nwe[i]
        best_run = max(best_run, run_words)
        prev = i
    if best_run < post["min_run_words"]:
        return []
    return keep


def _bridge(p: np.ndarray, base: np.ndarray, nwe: np.ndarray, lo: int, hi: int,
            post: dict) -> tuple[int, int]:
    """The region ``lo..hi`` grown over a short gap of captions and other short furniture
    (a photo and its credit, "1 of 6", "Story continues below") to a block of likely body
    prose on the other side: a lead paragraph above a picture, the rest of a story below one.

    A gap holds at most ``bridge_gap`` lines, each short (up to 8 words) or a caption (caption
    cue, credit at the end, "Photo: ..." label, the line after a caption marker); no comment
    header or "Read also" line. The block beyond it is the run of prose lines (10+ words with
    a sentence end, or 25+ words) whose probability is at least ``bridge_p``."""
    n = len(p)
    gap_max, thr = int(post["bridge_gap"]), post.get("bridge_p", 0.5)
    col = base.__getitem__
    prose = col((slice(None), _BI["prose"])) > 0
    capt = ((col((slice(None), _BI["cue_caption"])) + col((slice(None), _BI["credit_end"]))
             + col((slice(None), _BI["caption_label"])) + col((slice(None), _BI["after_caption_marker"])))
            > 0)
    stop = (col((slice(None), _BI["cue_comments"])) + col((slice(None), _BI["cue_related"]))
            + col((slice(None), _BI["after_comments"]))) > 0
    gap_ok = ((nwe <= 8) | capt) & ~stop & ~prose | (capt & ~stop)
    block = prose & (p >= thr)
    for step in (-1, 1):
        while True:
            j, gap = (lo - 1, 0) if step < 0 else (hi + 1, 0)
            while 0 <= j < n and gap < gap_max and gap_ok[j] and not block[j]:
                j += step
                gap += 1
            if not (0 <= j < n and block[j]) or gap == 0:
                break
            while 0 <= j + step < n and block[j + step]:
                j += step
            if step < 0:
                lo = j
            else:
                hi = j
    return lo, hi


def body_lines(lines: list[str]) -> list[int]:
    """Indices (ascending) of the lines of ``lines`` that form the article body; ``[]`` if none."""
    pos = [i for i, ln in enumerate(lines) if ln.strip()]
    if not pos:
        return []
    texts = [lines[i].strip() for i in pos]
    model = load_model()
    p, base = line_probabilities(texts, model)
    keep = [pos[k] for k in _drop_inline_links(select_body(p, base, model["post"]), base)]
    keep = _after_summary(lines, keep)
    if keep:
        k = pos.index(keep[0])
        if k > 0 and _WIRE_DATELINE.match(texts[k - 1]):
            keep.insert(0, pos[k - 1])  # "MADRID, 13 Nov. (EUROPA PRESS) -": the wire's opening words
    return keep


def _drop_inline_links(keep: list[int], base: np.ndarray) -> list[int]:
    """Kept lines without the furniture set inside the story: a short line that is a "Read also"
    or an ad label ("Mirá también", "Реклама", "Publicidad"), and the unpunctuated headline
    that follows a "Read also" label. The model may keep them for the prose around them."""
    if len(keep) < 3:
        return keep
    nwe = np.expm1(base[:, _BI["loglen_w"]])
    related = base[:, _BI["cue_related"]] > 0
    label = (related | (base[:, _BI["cue_ui_short"]] > 0)) & (nwe <= 6)
    endp = base[:, _BI["end_punct"]] > 0
    out = []
    for j, k in enumerate(keep):
        if 0 < j < len(keep) - 1 and label[k]:
            continue
        if 0 < j < len(keep) - 1 and k > 0 and related[k - 1] and label[k - 1] and not endp[k] and nwe[k] <= 30:
            continue  # the headline the label announces
        out.append(k)
    return out


@lru_cache(maxsize=1)
def _summary_labels() -> frozenset[str]:
    return frozenset(c for kind, c in _read_tsv("line_cues.tsv") if kind == "summary")


def _after_summary(lines: list[str], keep: list[int]) -> list[int]:
    """A box of key points at the top of the body ("In short:", a line or two, "What's next?",
    a line) is no part of the story: the body starts at the first long paragraph after the last
    label, that does not follow a label directly."""
    labels = _summary_labels()
    if len(keep) > 1:
        first = lines[keep[0]].strip().lower()
        if any(first.startswith(c) and c.endswith(":") and len(first) > len(c) + 20 for c in labels):
            keep = keep[1:]  # "Resumen: El Sermig y la PDI expulsaron ...": a one-line summary
    head = keep[:10]
    last = max((j for j, i in enumerate(head) if lines[i].strip().lower() in labels), default=None)
    if last is None:
        return keep
    for j in range(last + 2, len(keep)):
        if len(lines[keep[j]].strip()) >= 100:
            return keep[j:]
    return keep


# a wire dateline on a line of its own: place, date, agency in brackets, a dash
_WIRE_DATELINE = re.compile(r"^[^\W\d_][^\W\d_ .-]*(?:[ .-][^\W\d_][^\W\d_.-]*){0,3},\s*\d{1,2}\s+[^\W\d_]{3,10}\.?(?:\s+\d{4})?\s*\([^()]{2,30}\)\s*[.]?[-–—]+\s*$")
