"""Train the line classifier of text dumps (src/deportwatch/data/line_model.json).

Data: the article-extraction bench (../shared/bench/article-extraction), TRAIN half only (ids
sorted, even positions), its dumps labelled against the true article bodies; optionally
(--extra) the text-dump pages of gold corpora (body_starts / body_ends / noise of FORMAT.md),
e.g. our dev corpus. The test half is only scored, never trained or tuned on.

Labels: a dump line is body when most of its 4-token shingles occur in the true body; a short
line (under 4 tokens, e.g. a sub-heading) when its token sequence occurs in the true body and it
lies between the first and last long body lines (a short nav word found in the body by chance
outside that span is not body).

Two logistic stages (scikit-learn, train extra): stage 1 over line + context features; stage 2
over the out-of-fold stage-1 scores of the neighbourhood. The post-processing thresholds are
tuned on the train half (bench F1) and the extra pages (share of right bodies).

Usage: .venv/bin/python scripts/train_line_model.py [--extra DIR ...] [--out PATH] [--pred PRED.json]
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import re
import sys
import unicodedata
from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from deportwatch.article import dump_body as db

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BENCH = SHARED / "bench" / "article-extraction"
TOKEN = re.compile(r"\w+")
VERSION = 1


def fold(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).split()).casefold()


def load_scorer():
    spec = importlib.util.spec_from_file_location("bench_score", BENCH / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# ------------------------------------------------------------------ pages and labels


class PageData:
    def __init__(self, pid: str, lines: list[str], labels: list[int] | None, kind: str,
                 truth: str | None = None, gold: dict | None = None):
        self.pid, self.lines, self.kind, self.truth, self.gold = pid, lines, kind, truth, gold
        self.pos = [i for i, ln in enumerate(lines) if ln.strip()]
        self.texts = [lines[i].strip() for i in self.pos]
        self.labels = np.asarray(labels if labels is not None else [0] * len(self.pos), dtype=int)
        self.base = db.line_features(self.texts) if self.texts else np.zeros((0, len(db.BASE_NAMES)))


def bench_labels(texts: list[str], body: str) -> list[int]:
    btoks = TOKEN.findall(body.lower())
    bstr = " " + " ".join(btoks) + " "
    bsh = {tuple(btoks[i:i + 4]) for i in range(len(btoks) - 3)}
    labels, short = [], []
    for k, s in enumerate(texts):
        toks = TOKEN.findall(s.lower())
        if len(toks) >= 4:
            sh = [tuple(toks[i:i + 4]) for i in range(len(toks) - 3)]
            labels.append(int(sum(x in bsh for x in sh) / len(sh) >= 0.5))
        else:
            labels.append(0)
            if toks and (" " + " ".join(toks) + " ") in bstr:
                short.append(k)
    long_body = [k for k, v in enumerate(labels) if v]
    if long_body:
        lo, hi = long_body[0], long_body[-1]
        for k in short:
            if lo < k < hi:
                labels[k] = 1
    return labels


def gold_labels(texts: list[str], art: dict) -> list[int] | None:
    starts, ends = fold(art.get("body_starts") or ""), fold(art.get("body_ends") or "")
    if not starts:
        return [0] * len(texts)
    ft = [fold(t) for t in texts]
    s = next((k for k, t in enumerate(ft) if starts in t), None)
    if s is None:
        return None
    e = next((k for k in range(len(ft) - 1, s - 1, -1) if ends in ft[k]), None)
    if e is None:
        return None
    noise = [fold(x) for x in art.get("noise") or [] if fold(x)]
    labels = [int(s <= k <= e and not any(x in ft[k] for x in noise)) for k in range(len(ft))]
    # a short line inside the body span that the gold does not list as noise may be a
    # sub-heading or unlisted furniture ("Image caption,", "Image source, Agency"): left out of
    # training (label -1)
    for k in range(s + 1, e):
        nw = len(ft[k].split())
        if labels[k] and (nw < 4 or (nw < 6 and ft[k][-1] not in ".!?\"”»")):
            labels[k] = -1
    return labels


def load_bench() -> tuple[list[PageData], list[PageData]]:
    truth = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)
    out: dict[str, list[PageData]] = {"train": [], "test": []}
    for k, pid in enumerate(ids):
        lines = (BENCH / "dumps" / f"{pid}.txt").read_text(encoding="utf-8").split("\n")
        texts = [ln.strip() for ln in lines if ln.strip()]
        body = truth[pid]["articleBody"]
        half = "train" if k % 2 == 0 else "test"
        labels = bench_labels(texts, body) if half == "train" else None
        out[half].append(PageData(pid, lines, labels, "bench", truth=body))
    return out["train"], out["test"]


def load_gold_dumps(dirs: list[str]) -> list[PageData]:
    pages = []
    for d in dirs:
        for gp in sorted(Path(d).rglob("*.gold.json")):
            gold = json.loads(gp.read_text(encoding="utf-8"))
            page = gp.parent / (gold.get("source") or gp.name.replace(".gold.json", ".txt"))
            if page.suffix != ".txt" or not page.exists():
                continue
            lines = page.read_text(encoding="utf-8").split("\n")
            texts = [ln.strip() for ln in lines if ln.strip()]
            art = dict(gold.get("article") or {})
            if gold.get("not_article"):
                art["body_starts"] = ""
            labels = gold_labels(texts, art)
            if labels is None:
                print(f"  skipped {page.name}: body_starts/body_ends not found", file=sys.stderr)
                continue
            pages.append(PageData(page.name, lines, labels, "gold", gold=gold))
    return pages


# ------------------------------------------------------------------ training


WEIGHT_POWER = 0.5  # a line weighs (1 + words) ** WEIGHT_POWER: the score counts words


def sample_weights(page: PageData, extra_weight: float) -> np.ndarray:
    nwe = np.expm1(page.base[:, db.BASE_NAMES.index("loglen_w")])
    w = (1.0 + nwe) ** WEIGHT_POWER * (page.labels >= 0)
    return w * (extra_weight if page.kind == "gold" else 1.0)


def fit_lr(x: np.ndarray, y: np.ndarray, w: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    mu, sd = x.mean(axis=0), x.std(axis=0)
    sd[sd < 1e-9] = 1.0
    lr = LogisticRegression(C=c, max_iter=3000)
    lr.fit((x - mu) / sd, y, sample_weight=w)
    coef = lr.coef_[0] / sd
    bias = float(lr.intercept_[0] - (lr.coef_[0] * mu / sd).sum())
    return coef, bias


TREES = {"max_iter": 30, "max_depth": 4, "learning_rate": 0.3, "max_bins": 64,
         "l2_regularization": 1.0}


def fit_trees(x: np.ndarray, y: np.ndarray, w: np.ndarray, params: dict) -> dict:
    """A small gradient-boosted tree ensemble (fixed size, no early stopping: reproducible),
    exported as the flat node arrays of :func:`deportwatch.article.dump_body._tree_logit`."""
    g = HistGradientBoostingClassifier(**params, early_stopping=False, random_state=0)
    g.fit(x, y, sample_weight=w)
    feat, thr, left, right, value, roots = [], [], [], [], [], []
    depth = 0
    for (pred,) in g._predictors:
        nodes, base = pred.nodes, len(feat)
        roots.append(base)
        for k, nd in enumerate(nodes):
            if nd["is_leaf"]:
                feat.append(0), thr.append(0.0), left.append(base + k), right.append(base + k)
                value.append(float(nd["value"]))
                depth = max(depth, int(nd["depth"]))
            else:
                feat.append(int(nd["feature_idx"])), thr.append(float(nd["num_threshold"]))
                left.append(base + int(nd["left"])), right.append(base + int(nd["right"]))
                value.append(0.0)
    stage = {"kind": "trees", "depth": depth, "bias": float(np.ravel(g._baseline_prediction)[0]),
             "trees": {"feature": feat, "threshold": thr, "left": left, "right": right,
                       "value": [round(v, 6) for v in value], "roots": roots}}
    db.prepare_stage(stage)
    check = db._tree_logit(stage, x[:2000])
    assert np.allclose(check, g.decision_function(x[:2000]), atol=1e-4), "tree export mismatch"
    return stage


def fit_stage1(x: np.ndarray, y: np.ndarray, w: np.ndarray, c1: float, kind: str):
    """Stage 1: logistic (``kind`` "lr") or trees; returns (scorer of rows, model-file entry)."""
    if kind == "trees":
        st = fit_trees(x, y, w, TREES)
        return (lambda z: db._tree_logit(st, z)), st
    coef, bias = fit_lr(x, y, w, c1)
    st = {"weights": coef.tolist(), "bias": bias}
    return (lambda z: z @ coef + bias), st


def train(pages: list[PageData], extra_weight: float, c1: float, c2: float,
          kind: str = "trees") -> dict:
    ctx = [db.context_features(p.base) for p in pages]
    ys = [np.maximum(p.labels, 0) for p in pages]
    ws = [sample_weights(p, extra_weight) for p in pages]
    groups = np.concatenate([[k] * len(p.texts) for k, p in enumerate(pages)])
    X, Y, W = np.concatenate(ctx), np.concatenate(ys), np.concatenate(ws)
    # out-of-fold stage-1 scores for stage 2
    z_oof = np.zeros(len(Y))
    for tr, te in GroupKFold(n_splits=5).split(X, Y, groups):
        z_oof[te] = fit_stage1(X[tr], Y[tr], W[tr], c1, kind)[0](X[te])
    st1 = fit_stage1(X, Y, W, c1, kind)[1]
    off, x2 = 0, []
    for p in pages:
        n = len(p.texts)
        x2.append(db.stage2_features(z_oof[off:off + n], p.base))
        off += n
    w2, b2 = fit_lr(np.concatenate(x2), Y, W, c2)
    return {
        "version": VERSION,
        "stage1": {"features": list(db.CONTEXT_NAMES), **st1},
        "stage2": {"features": list(db.STAGE2_NAMES), "weights": w2.tolist(), "bias": b2},
    }


# ------------------------------------------------------------------ post-processing and scoring


def page_probs(pages: list[PageData], model: dict) -> list[np.ndarray]:
    for st in ("stage1", "stage2"):
        db.prepare_stage(model[st])
    return [db.line_probabilities(p.texts, model)[0] if p.texts else np.zeros(0) for p in pages]


def body_of(page: PageData, p: np.ndarray, post: dict) -> str:
    keep = db.select_body(p, page.base, post) if page.texts else []
    return "\n\n".join(page.texts[k] for k in keep)


def bench_f1(scorer, pages: list[PageData], probs: list[np.ndarray], post: dict) -> tuple:
    ps, rs = [], []
    for page, p in zip(pages, probs, strict=True):
        c = scorer.page_counts(page.truth, body_of(page, p, post))
        if c[0] + c[1] > 0:
            ps.append(scorer.precision(*c))
        if c[0] + c[2] > 0:
            rs.append(scorer.recall(*c))
    P, R = sum(ps) / len(ps), sum(rs) / len(rs)
    return (2 * P * R / (P + R) if P + R else 0.0), P, R


def gold_right(pages: list[PageData], probs: list[np.ndarray], post: dict) -> tuple[int, list[str]]:
    from deportwatch.evaluate import body_right

    ok, bad = 0, []
    for page, p in zip(pages, probs, strict=True):
        body = body_of(page, p, post)
        if page.gold.get("not_article"):
            right = not body
        else:
            right = body_right(body, page.gold.get("article") or {})[0]
        ok += right
        if not right:
            bad.append(page.pid)
    return ok, bad


GRID = {
    "region_threshold": [0.3, 0.4, 0.5],
    "len_power": [0.5, 0.75, 1.0],
    "keep_threshold": [0.2, 0.3, 0.4, 0.5],
    "min_run_words": [40.0],
    "edge_words": [15],
    "gap_cost": [0.0, 0.5, 1.0, 2.0],
    "bridge_gap": [0, 4, 8],
    "bridge_p": [0.4, 0.6],
}


def oof_probs(pages: list[PageData], extra_weight: float, c1: float, c2: float, kind: str,
              folds: int = 5) -> list[np.ndarray]:
    """Out-of-fold body probabilities of every page: each fold's pages scored by a model trained
    on the other folds. The post-processing is tuned on these, not on the probabilities of a
    model that has seen the page (those are overconfident: trees fit their training lines)."""
    out: list[np.ndarray | None] = [None] * len(pages)
    for f in range(folds):
        held = [k for k in range(len(pages)) if k % folds == f]
        model = train([p for k, p in enumerate(pages) if k % folds != f], extra_weight, c1, c2, kind)
        for k, pr in zip(held, page_probs([pages[k] for k in held], model), strict=True):
            out[k] = pr
    return out


def tune(scorer, bench: list[PageData], gold: list[PageData], pb: list[np.ndarray],
         pg: list[np.ndarray]) -> dict:
    best = None
    for vals in itertools.product(*GRID.values()):
        post = dict(zip(GRID, vals, strict=True))
        if not post.get("bridge_gap") and post.get("bridge_p") != GRID["bridge_p"][0]:
            continue  # no bridging: its threshold does not matter
        f1 = bench_f1(scorer, bench, pb, post)[0]
        ok = gold_right(gold, pg, post)[0] if gold else 0
        key = f1 + 0.02 * ok
        if best is None or key > best[0]:
            best = (key, post, f1, ok)
    print(f"tuned post {best[1]}: train-half F1 {best[2]:.3f} (out of fold), gold pages right "
          f"{best[3]}/{len(gold)} (out of fold)")
    return best[1]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--extra", nargs="*", default=[], help="gold corpora whose .txt pages are added")
    ap.add_argument("--extra-weight", type=float, default=3.0)
    ap.add_argument("--c1", type=float, default=1.0)
    ap.add_argument("--c2", type=float, default=1.0)
    ap.add_argument("--stage1", choices=("trees", "lr"), default="trees")
    ap.add_argument("--out", default=str(db.MODEL_PATH))
    ap.add_argument("--pred", help="write bench predictions (all ids) here, for score.py")
    ap.add_argument("--weight-power", type=float, default=WEIGHT_POWER)
    args = ap.parse_args(argv)
    globals()["WEIGHT_POWER"] = args.weight_power

    scorer = load_scorer()
    train_pages, test_pages = load_bench()
    gold = load_gold_dumps(args.extra)
    print(f"bench train {len(train_pages)} pages, test {len(test_pages)}; extra {len(gold)} pages")
    pages = train_pages + gold
    model = train(pages, args.extra_weight, args.c1, args.c2, args.stage1)
    oof = oof_probs(pages, args.extra_weight, args.c1, args.c2, args.stage1)
    model["post"] = tune(scorer, train_pages, gold, oof[:len(train_pages)], oof[len(train_pages):])
    f1_oof = bench_f1(scorer, train_pages, oof[:len(train_pages)], model["post"])[0]
    print(f"bench train half, out of fold: F1 {f1_oof:.3f}")
    model["labels"] = ("bench train half: line body when >=50% of its 4-shingles are in the true "
                       "body; extra: gold body_starts..body_ends minus noise")
    model["trained_on"] = {"bench_train_pages": len(train_pages),
                           "extra_pages": [p.pid for p in gold]}

    probs = page_probs(test_pages, model)
    f1, P, R = bench_f1(scorer, test_pages, probs, model["post"])
    print(f"bench TEST half: F1 {f1:.3f}  precision {P:.3f}  recall {R:.3f}")
    if gold:
        ok, bad = gold_right(gold, page_probs(gold, model), model["post"])
        print(f"gold pages right {ok}/{len(gold)}; wrong: {bad}")

    for st in ("stage1", "stage2"):
        model[st].pop("w", None)
        model[st].pop("nodes", None)
    Path(args.out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    if args.pred:
        db.load_model.cache_clear()
        pred = {}
        for page in train_pages + test_pages:
            keep = db.body_lines(page.lines)
            pred[page.pid] = {"articleBody": "\n\n".join(page.lines[i].strip() for i in keep)}
        Path(args.pred).write_text(json.dumps(pred), encoding="utf-8")
        print(f"wrote {args.pred}")


if __name__ == "__main__":
    main()
