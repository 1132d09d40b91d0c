"""Score the pipeline on the demo corpus gold (examples/gold/stories.jsonl).

The same rules as ../shared/eval/score_stories.py, so the floors in test_demo_quality.py
move with the figures quoted in notes: a gold claim is found when a claim of the same
article covers 60% of its words; outcomes compare truth (confirmed/confirmed_late vs
refuted/expired).
"""
from __future__ import annotations

import collections
import datetime as dt
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "examples" / "gold" / "stories.jsonl"
TRUE, FALSE = {"confirmed", "confirmed_late"}, {"refuted", "expired"}
_TOKEN = re.compile(r"\w+")


def words(s) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(s or "")]


def coverage(gold: str, got: str) -> float:
    g, s = collections.Counter(words(gold)), collections.Counter(words(got))
    n = sum(g.values())
    return sum((g & s).values()) / n if n else 0.0


def stories() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(claims: list[dict], ext_to_id: dict[str, str], status: dict[str, str]) -> dict:
    """Figures overall and per language from system claims (dicts with the claims columns)."""
    by_article = collections.defaultdict(list)
    for c in claims:
        by_article[c["article_id"]].append(c)
    m: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    used: set[str] = set()
    for story in stories():
        langs = {a["id"]: a["language"] for a in story["articles"]}
        for g in story["claims"]:
            c = _pick(g, by_article.get(ext_to_id.get(g["article"]), []), used)
            for k in ("all", langs[g["article"]]):
                _count(m[k], g, c, status)
        for a in story["articles"]:
            quotes = [g["quote"] for g in story["claims"] if g["article"] == a["id"]]
            for c in by_article.get(ext_to_id.get(a["id"]), []):
                hit = any(coverage(q, c["quote"]) >= 0.6 or coverage(c["quote"], q) >= 0.6 for q in quotes)
                for k in ("all", a["language"]):
                    m[k]["system"] += 1
                    m[k]["precise"] += hit
    return {k: _figures(v) for k, v in m.items()}


def _pick(g: dict, cands: list[dict], used: set[str]) -> dict | None:
    """The claim covering the gold quote that agrees most with it (as score_stories.py picks)."""
    found = [c for c in cands if coverage(g["quote"], c["quote"]) >= 0.6]
    if not found:
        return None
    latest = (g.get("expected") or {}).get("latest")
    want = dt.date.fromisoformat(latest) if latest else None

    def agree(c: dict) -> int:
        return ((c["event_type"] == g["event_type"]) + (c["attribution_kind"] == g["attribution"]["kind"])
                + (c["hedge"] == g["hedge"]) + (_latest(c) == want))

    c = max(found, key=lambda c: (agree(c), c["claim_id"] not in used, coverage(g["quote"], c["quote"])))
    used.add(c["claim_id"])
    return c


def _latest(c: dict) -> dt.date | None:
    got = c["expected_latest"]
    return None if got is None or got != got else _day(got)  # NaT


def _count(m: collections.Counter, g: dict, c: dict | None, status: dict[str, str]) -> None:
    m["gold"] += 1
    if c is None:
        return
    m["found"] += 1
    m["event_type"] += c["event_type"] == g["event_type"]
    m["attribution_kind"] += c["attribution_kind"] == g["attribution"]["kind"]
    m["hedge"] += c["hedge"] == g["hedge"]
    m["subject"] += bool(set(words(g["subject"])) & set(words(c["subject"])))
    latest = (g.get("expected") or {}).get("latest")
    if latest:
        m["deadline_n"] += 1
        got = _latest(c)
        m["deadline"] += got is not None and abs((got - dt.date.fromisoformat(latest)).days) <= 3
    out = g["outcome"]["status"]
    if out in TRUE | {"refuted"}:
        m["outcome_n"] += 1
        s = status.get(c["claim_id"])
        m["outcome"] += (out in TRUE and s in TRUE) or (out == "refuted" and s in FALSE)


def _day(v) -> dt.date:
    return v.date() if hasattr(v, "date") and callable(v.date) else v


def _figures(m: collections.Counter) -> dict:
    def r(a, b):
        return m[a] / m[b] if m[b] else None

    return {"gold": m["gold"], "recall": r("found", "gold"), "precision": r("precise", "system"),
            "subject": r("subject", "found"), "event_type": r("event_type", "found"),
            "attribution_kind": r("attribution_kind", "found"), "hedge": r("hedge", "found"),
            "deadline": r("deadline", "deadline_n"), "outcome": r("outcome", "outcome_n")}
