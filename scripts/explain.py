"""Show, for one gold page, each body sentence with the cue hits and event frames read from it,
then the merged events beside the gold events: a developer's view of why the rules decided.

    .venv/bin/python scripts/explain.py PAGE_OR_GOLD [--all]

The body is cut with the gold's ``body_starts``/``body_ends`` (``evaluate.gold_body``), and the
article carries the gold's ``published`` and ``language``. Without ``--all`` only sentences with a
cue hit or a gold evidence phrase are shown.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from deportwatch.evaluate import gold_body
from deportwatch.events.frames import cue_hits, sentence_frames
from deportwatch.events.rules import extract_events
from deportwatch.mentions import find_mentions
from deportwatch.mentions.sentences import split_sentences
from deportwatch.record import Article


def main(argv: list[str]) -> int:
    show_all = "--all" in argv
    path = Path(next(a for a in argv if not a.startswith("--")))
    gold_path = path if path.name.endswith(".gold.json") else path.with_name(path.name.rsplit(".", 1)[0] + ".gold.json")
    page = next(p for p in gold_path.parent.iterdir() if p.name.startswith(gold_path.name.removesuffix(".gold.json") + ".") and not p.name.endswith(".gold.json"))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    ga = gold.get("article") or {}
    body = gold_body(page.read_text(encoding="utf-8", errors="replace"), gold)
    article = Article(body=body, published=ga.get("published"), language=ga.get("language"))
    mentions = sorted(find_mentions(article), key=lambda m: m.start)
    evidence = [g.get("evidence", "") for g in gold.get("events", [])]
    for s, e in split_sentences(body):
        text = body[s:e]
        inside = [m for m in mentions if s <= m.start and m.end <= e]
        hits = cue_hits(text, article.language, s)
        golds = [g for g, ev in zip(gold.get("events", []), evidence, strict=True) if ev and ev in text]
        if not (show_all or hits or golds):
            continue
        print("-" * 100)
        print(text)
        print("  mentions:", "; ".join(f"{m.kind}:{m.text!r}={m.value if not isinstance(m.value, dict) else {k: v for k, v in m.value.items() if v is not None}}" for m in inside))
        print("  cues:", [(body[a:b], k, r) for a, b, k, r in hits])
        for f in sentence_frames(body, (s, e), inside, article.language, hits):
            print(f"  FRAME {f.kind} {f.status} {f.from_}->{f.to} nat={f.nationalities} people={f.people} date={f.date} role={f.role}{' weak' if f.weak else ''}{' total' if f.total else ''}")
        for g in golds:
            print(f"  GOLD  {g['kind']} {g['status']} {g['from']}->{g['to']} nat={g['nationalities']} people={g['people']} date={g['date']}")
    print("=" * 100)
    for ev in extract_events(article, mentions):
        j = ev.to_json()
        print(f"SYS  {j['kind']} {j['status']} {j['from']}->{j['to']} nat={j['nationalities']} people={j['people']} date={j['date']} | {j['evidence'][:90]}")
    for g in gold.get("events", []):
        print(f"GOLD {g['kind']} {g['status']} {g['from']}->{g['to']} nat={g['nationalities']} people={g['people']} date={g['date']} | {g['evidence'][:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
