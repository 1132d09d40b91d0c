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

FLOORS = {  # overall; measured 2026-11-25 on 178 gold claims (seven of the eighteen stories written blind):
    # recall .97 precision .97 subject .94 event_type .97 kind 1.0 hedge 1.0 deadline .99 outcome .91
    "recall": 0.95, "precision": 0.95, "subject": 0.92, "event_type": 0.95, "attribution_kind": 0.97,
    "hedge": 0.97, "deadline": 0.96, "outcome": 0.88,
}
_ALL = ("recall", "precision", "subject", "event_type", "attribution_kind", "hedge")
FLOORS_BY_LANGUAGE = {  # a little under the figures measured the same day; one claim moves es and fr by
    # about .04, de and it by .03, en by .02, so each floor allows about one miss
    "en": {**dict.fromkeys(_ALL, 0.96), "deadline": 0.95, "outcome": 0.93},  # outcome .97
    "it": {**dict.fromkeys(_ALL, 0.94), "subject": 0.88, "deadline": 0.93, "outcome": 0.93},  # subject .91
    "es": {**dict.fromkeys(_ALL, 0.92), "subject": 0.86, "deadline": 0.9, "outcome": 0.69},  # subject .91, outcome .77
    "fr": {**dict.fromkeys(_ALL, 0.92), "subject": 0.8, "event_type": 0.88, "deadline": 0.9, "outcome": 0.62},  # .85, .92, .75
    "de": {**dict.fromkeys(_ALL, 0.9), "recall": 0.9, "deadline": 0.9, "outcome": 0.82},  # recall .94, event .93, outcome .88
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
