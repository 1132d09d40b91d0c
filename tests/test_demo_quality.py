"""Quality gate: the whole pipeline on the demo corpus, scored against its gold labels.

Floors sit a little under today's figures (see the closing notes of the issues): a change
that makes extraction or resolution worse fails here. Raise them as quality improves.
"""
from __future__ import annotations

import datetime as dt
import json

import pytest
from gold import stories

from rumourmill import resolve, store
from rumourmill.articles import parse_jsonl
from rumourmill.extraction import extract_batch, load_claims, pending_article_ids
from rumourmill.ingest import load_articles
from rumourmill.models import Article, Rejected, to_frame

FLOORS = {  # overall; measured 2026-11-25 (139 gold claims, after the es/fr/de stories porsche-ipo,
    # xabi-alonso, switch-2 and ecb-2025 were added; on the 88 older claims every figure was 1.0):
    # recall .89 precision .96 subject .88 event_type .88 kind .97 hedge .97 deadline .91 outcome .78
    # 178 claims after the held-out en/it/fr stories jetblue-spirit, boj-2024 and stellantis-ceo (39 claims,
    # annotated blind; on them alone recall .82 precision .76 event_type .50 deadline .69 outcome .43):
    # recall .93 precision .92 subject .93 event_type .88 kind .96 hedge .97 deadline .92 outcome .82
    "recall": 0.87, "precision": 0.91, "subject": 0.85, "event_type": 0.85, "attribution_kind": 0.93,
    "hedge": 0.89, "deadline": 0.84, "outcome": 0.74,
}
_ALL = ("recall", "precision", "subject", "event_type", "attribution_kind", "hedge")
FLOORS_BY_LANGUAGE = {  # one claim moves es, fr and de by about .04, it by .05: floors allow about one miss
    # measured es: recall .83 subject .75 event_type .70 kind .85 hedge .85 deadline .77 outcome .45
    # fr: recall .80 precision .95 subject .80 event_type .80 deadline .78 outcome .17 (n=6)
    # de: recall .81 precision .87 subject .77 event_type .81 kind .96 hedge .96 deadline .94 outcome .71
    # en and it with the held-out stories (en 59 claims, it 36): en recall .95 precision .89 event_type .86
    # deadline .92 outcome .87; it recall .89 precision .92 subject .91 event_type .75 outcome .86
    "en": {**dict.fromkeys(_ALL, 0.95), "recall": 0.94, "precision": 0.88, "event_type": 0.85,
           "attribution_kind": 0.92, "hedge": 0.86, "deadline": 0.91, "outcome": 0.86},
    "it": {**dict.fromkeys(_ALL, 0.94), "recall": 0.88, "precision": 0.91, "subject": 0.9, "event_type": 0.74,
           "attribution_kind": 0.89, "hedge": 0.84, "deadline": 0.85, "outcome": 0.85},
    "es": {**dict.fromkeys(_ALL, 0.8), "subject": 0.7, "event_type": 0.65, "deadline": 0.7, "outcome": 0.4},
    "fr": {**dict.fromkeys(_ALL, 0.75), "precision": 0.9, "attribution_kind": 0.95, "hedge": 0.95,
           "deadline": 0.7, "outcome": 0.15},
    "de": {**dict.fromkeys(_ALL, 0.75), "precision": 0.83, "attribution_kind": 0.92, "hedge": 0.92,
           "deadline": 0.85, "outcome": 0.65},
}


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("demo")
    articles = sorted((a for s in stories() for a in s["articles"]), key=lambda a: a["published"])
    src = tmp / "articles.jsonl"
    src.write_text("".join(json.dumps({k: a.get(k) for k in ("id", "url", "published", "language", "title", "text")},
                                      ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    records = list(parse_jsonl(src.read_bytes(), str(src)))
    db = tmp / "demo.duckdb"
    with store.writer(db, snapshot=False) as con:
        load_articles(con, to_frame([r for r in records if isinstance(r, Article)], Article),
                      to_frame([r for r in records if isinstance(r, Rejected)], Rejected))
    claims, done, failed = extract_batch(db, pending_article_ids(db))
    with store.writer(db, snapshot=False) as con:
        load_claims(con, claims, done, failed)
        resolve.resolve(con, dt.date(2026, 11, 25))
    rows = store.read_frame(db, "SELECT * FROM claims").to_dict(orient="records")
    ext = dict(store.read_frame(db, "SELECT external_id, article_id FROM articles").values.tolist())
    status = dict(store.read_frame(db, "SELECT claim_id, status FROM claim_status").values.tolist())
    from gold import score

    result = score(rows, ext, status)
    print(json.dumps(result, indent=1))
    return result


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_overall_floor(figures, metric):
    assert figures["all"][metric] >= FLOORS[metric], figures["all"]


@pytest.mark.parametrize("lang, metric", [(l, m) for l, ms in FLOORS_BY_LANGUAGE.items() for m in ms])
def test_language_floor(figures, lang, metric):
    assert figures[lang][metric] >= FLOORS_BY_LANGUAGE[lang][metric], figures[lang]


def test_every_language_of_the_corpus_is_extracted(figures):
    for lang in ("en", "it", "es", "fr", "de"):
        assert figures[lang]["recall"] and figures[lang]["recall"] > 0.5, (lang, figures[lang])
