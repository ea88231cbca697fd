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
from functools import lru_cache
from itertools import repeat
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parents[1] / "data"
MODEL_PATH = DATA / "line_model.json"

_END_CHARS = frozenset(".!?…。！？;")
_CLOSE_CHARS = frozenset("\"'”’»)]“")
_OPEN_QUOTES = frozenset("\"'“”«„‘’—–-")
_BULLETS = frozenset("•·●▪►▶*✓—–-")
_DIGITS = str.maketrans("", "", "0123456789")
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

BASE_NAMES = (
    "loglen_w", "loglen_c", "short3", "words10", "words25", "end_punct", "end_colon",
    "sentences", "comma_rate", "stop_share", "title_share", "all_caps", "digit_share",
    "bullet", "separators", "url_like", "quote_start", "cue_related", "cue_ui_short",
    "cue_ui_any", "cue_caption", "cue_ui_tail", "cue_byline", "date_like", "repeated", "rel_pos", "prose",
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
    that hold a phrase's first word or a ":" / "©"."""

    def __init__(self, cues: list[str]):
        self.prefixes = tuple(cues)
        self.words = frozenset(v.format(c) for c in cues if " " not in c and c[-1].isalnum()
                               for v in _VARIANTS)
        phrases = [c for c in cues if " " in c or not c[-1].isalnum()]
        self.firsts = frozenset(c.split()[0] for c in phrases if " " in c)
        self.phrase_re = re.compile("|".join(map(re.escape, phrases))) if phrases else None

    def hits(self, words: list[list[str]], texts: list[str], maybe_literal: np.ndarray) -> np.ndarray:
        n = len(words)
        out = ~np.fromiter(map(self.words.isdisjoint, words), bool, n)
        if self.phrase_re is not None:
            cand = ~np.fromiter(map(self.firsts.isdisjoint, words), bool, n) | maybe_literal
            search = self.phrase_re.search
            for i in np.flatnonzero(cand & ~out).tolist():
                out[i] = search(texts[i]) is not None
        return out


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    cues: dict[str, list[str]] = {}
    for kind, cue in _read_tsv("line_cues.tsv"):
        cues.setdefault(kind, []).append(cue)
    return {
        "stop": frozenset(w for _, w in _read_tsv("stopwords.tsv")),
        **{kind: _Cues(c) for kind, c in cues.items()},
    }


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> dict:
    model = json.loads(Path(path or MODEL_PATH).read_text(encoding="utf-8"))
    for stage in ("stage1", "stage2"):
        st = model[stage]
        st["w"] = np.asarray(st["weights"], dtype=np.float64)
    return model


# ------------------------------------------------------------------ features


def line_features(texts: list[str]) -> np.ndarray:
    """Per-line features (columns: :data:`BASE_NAMES`) of the non-empty, stripped lines.

    Computed column by column with C-level ``map`` calls: a page has hundreds of lines."""
    lex = _lexicon()
    stop: frozenset = lex["stop"]
    n = len(texts)
    if n == 0:
        return np.zeros((0, len(BASE_NAMES)))
    f64 = np.float64
    low = list(map(str.lower, texts))
    # words of the head of each line (long lines: their first 120 characters are enough)
    head_words = [t[:120].split() for t in texts]
    nch = np.fromiter(map(len, texts), f64, n)
    nw = np.fromiter(map(str.count, texts, repeat(" ")), f64, n) + 1.0
    nwe = np.where(nch < 15 * nw, nw, nch / 2.5)  # scripts without spaces: characters
    nhw = np.fromiter(map(len, head_words), f64, n)
    lasts = [t[-2] if t[-1] in _CLOSE_CHARS and len(t) > 1 else t[-1] for t in texts]
    end_punct = np.fromiter(map(_END_CHARS.__contains__, lasts), f64, n)
    end_colon = np.fromiter((c == ":" for c in lasts), f64, n)

    def count(sub: str) -> np.ndarray:
        return np.fromiter(map(str.count, texts, repeat(sub)), f64, n)

    sentences = count(". ") + end_punct
    commas = count(",")
    lw = [t[:120].split() for t in low]
    stops = np.fromiter((sum(map(stop.__contains__, w)) for w in lw), f64, n) / nhw
    titles = np.fromiter((sum(map(str.istitle, w)) for w in head_words), f64, n) / nhw
    caps = np.fromiter(map(str.isupper, texts), f64, n) * (nch > 3)
    heads = [t[:60].encode() for t in texts]
    digits = np.fromiter((len(h) - len(h.translate(None, b"0123456789")) for h in heads), f64, n)
    dshare = digits / np.fromiter(map(len, heads), f64, n)
    firsts = [t[0] for t in texts]
    bullet = np.fromiter(map(_BULLETS.__contains__, firsts), f64, n)
    seps = np.minimum(3.0, count("|"))
    url = np.fromiter((("http" in t or "@" in t) for t in low), f64, n)
    quote = np.fromiter(map(_OPEN_QUOTES.__contains__, firsts), f64, n)

    rel, ui, cap, by = lex["related"], lex["ui"], lex["caption"], lex["byline"]
    related = np.fromiter(map(str.startswith, low, repeat(rel.prefixes)), f64, n) * (nwe <= 40)
    byline = np.fromiter(map(str.startswith, low, repeat(by.prefixes)), f64, n) * (nwe <= 8)
    head80 = [t[:80] for t in low]
    lit = np.fromiter((":" in t or "©" in t or "(c)" in t for t in head80), bool, n)
    ui_head = ui.hits(lw, head80, lit)
    cap_head = cap.hits(lw, head80, lit)
    ui_short = ui_head & (nwe <= 6)
    # the end of long lines ("... Sign up here.", "... Photograph: X/Agency")
    long_i = np.flatnonzero(nwe > 12).tolist()
    ui_tail, cap_tail = np.zeros(n, bool), np.zeros(n, bool)
    if long_i:
        tails = [low[i][-50:] for i in long_i]
        tw = [t.split()[1:] for t in tails]
        tlit = np.fromiter((":" in t or "©" in t for t in tails), bool, len(tails))
        ui_tail[long_i] = ui.hits(tw, tails, tlit)
        cap_tail[long_i] = cap.hits(tw, tails, tlit)
    caption = (cap_head | cap_tail) & (nwe <= 60)
    date_like = np.zeros(n)
    for i in np.flatnonzero((digits > 0) & (nwe <= 12)).tolist():
        if _DATE_RE.search(texts[i]):
            date_like[i] = 1.0
    counts: dict[str, int] = {}
    for t in texts:
        counts[t] = counts.get(t, 0) + 1
    repeated = np.fromiter((counts[t] > 1 for t in texts), f64, n)
    prose = ((nwe >= 10) & (end_punct > 0)) | (nwe >= 25)
    cols = [
        np.log1p(nwe), np.log1p(nch), nwe <= 3, nwe >= 10, nwe >= 25, end_punct, end_colon,
        np.log1p(sentences), commas / nwe, stops, titles, caps, dshare, bullet, seps, url,
        quote, related, ui_short, ui_head, caption, ui_tail, byline, date_like, repeated,
        np.arange(n) / n, prose,
    ]
    return np.stack([np.asarray(c, dtype=f64) for c in cols], axis=1)


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
    n = len(base)
    sub = base[:, _CTX_IDX]
    shifted = [_shift(sub, k) for k in _SHIFTS]
    # column order: for each key, its shifts
    ctx = np.stack(shifted, axis=2).reshape(n, len(_CTX_KEYS) * len(_SHIFTS))
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
    extra = np.stack([
        w3[:, 0], w10, w3[:, 1], loglen - loglen.max(), np.full(n, prose.mean()), date_before,
        (cum - mass) / total, (total - cum) / total, np.abs(idx - center) / n, idx < center,
    ], axis=1)
    return np.concatenate([base, ctx, extra], axis=1)


STAGE2_NAMES = (
    "z", "z@-1", "z@+1", "z@-2", "z@+2", "p~1", "p~2", "p~5", "p~15", "pmax_before3",
    "pmax_after3", "pmass_before", "pmass_after", "cue_related", "cue_caption", "cue_ui_short",
    "cue_byline", "loglen_w", "end_punct", "prose", "short3", "date_like", "title_share",
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


def _logit(stage: dict, x: np.ndarray) -> np.ndarray:
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
    keep = [i for i in range(best_lo, best_hi + 1) if p[i] >= post["keep_threshold"]]
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


def body_lines(lines: list[str]) -> list[int]:
    """Indices (ascending) of the lines of ``lines`` that form the article body; ``[]`` if none."""
    pos = [i for i, ln in enumerate(lines) if ln.strip()]
    if not pos:
        return []
    texts = [lines[i].strip() for i in pos]
    model = load_model()
    p, base = line_probabilities(texts, model)
    return [pos[k] for k in select_body(p, base, model["post"])]
