"""Extraction in bounded batches: paging pending ids, the extractor's version, failures, and
the benchmark corpus generator (its speed figures come from scripts/bench_extract.py)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from conftest import LAUNCH_EN, OUTCOME_EN, RUMOUR_EN, RUMOUR_IT

from rumourmill import extraction, store
from rumourmill.articles import make_article
from rumourmill.claims.extractors import rules
from rumourmill.ingest import load_articles
from rumourmill.models import Article, Rejected, to_frame

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Seven articles (three languages detected) in a fresh database."""
    path = tmp_path / "x.duckdb"
    texts = [RUMOUR_EN, OUTCOME_EN, LAUNCH_EN, RUMOUR_IT,
             "Según fuentes cercanas, Lumetta podría anunciar una alianza con Helio Cells el próximo mes.",
             "Nordvik Motors may open a plant in Norway next year, analysts said.",
             "Helio Cells is expected to unveil a new battery by the end of 2023, people familiar said."]
    arts = [make_article(t, published="2022-03-02", url=f"https://example.invalid/{i}") for i, t in enumerate(texts)]
    with store.writer(path, snapshot=False) as con:
        load_articles(con, to_frame(arts, Article), to_frame([], Rejected))
    return path


def run(db: Path, extractor=None, size: int = 3) -> int:
    n = 0
    for ids in extraction.pending_batches(db, extractor=extractor, size=size):
        assert len(ids) <= size
        claims, done, failed = extraction.extract_batch(db, ids, extractor)
        with store.writer(db, snapshot=False) as con:
            n += extraction.load_claims(con, claims, done, failed)["articles"]
    return n


def test_pages_cover_every_pending_article_once(db):
    assert extraction.count_pending(db) == 7
    pages = list(extraction.pending_batches(db, size=3))
    assert [len(p) for p in pages] == [3, 3, 1]
    assert sorted(sum(pages, [])) == sorted(extraction.pending_article_ids(db))


def test_batches_extract_everything_once(db):
    assert run(db) == 7
    assert extraction.count_pending(db) == 0 and extraction.pending_article_ids(db) == []
    assert store.read_frame(db, "SELECT count(*) AS n FROM claims")["n"][0] >= 4
    assert run(db) == 0  # nothing left: a re-run does no work
    assert extraction.count_pending(db, everything=True) == 7


class Other:
    """A stand-in extractor: its own version, fails on one article, finds nothing elsewhere."""

    version = "other-1"

    def __init__(self, fail_on: str):
        self.fail_on = fail_on

    def extract(self, article):
        if article.article_id == self.fail_on:
            raise ValueError("odd article")
        return []


def test_extractor_version_is_recorded_and_failures_are_not_retried_in_one_run(db):
    run(db)
    first = extraction.pending_page(db, extractor=rules(), everything=True)[0]
    other = Other(first)
    assert extraction.count_pending(db, extractor=other) == 7  # new version: every article again
    assert run(db, other) == 6
    versions = store.read_frame(db, "SELECT extractor, count(*) AS n FROM extractions GROUP BY ALL ORDER BY 1")
    assert versions.values.tolist() == [["other-1", 6], [rules().version, 1]]
    assert extraction.pending_article_ids(db, extractor=other) == [first]  # still pending, and quarantined
    reasons = store.read_frame(db, "SELECT stage, source FROM quarantine").values.tolist()
    assert reasons == [["extract", first]]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_extract", ROOT / "scripts" / "bench_extract.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_benchmark_corpus_is_varied_deterministic_and_unlabelled():
    bench = _bench()
    a = list(bench.generate(10, ["en", "it", "de"]))
    assert a == list(bench.generate(10, ["en", "it", "de"]))
    assert all("language" not in x for x in a)
    assert all(780 <= len(x["text"].split()) <= 900 for x in a)
    assert len({x["text"] for x in a}) == 10
    assert len({x["text"][:200] for x in a[::3]}) == len(a[::3])  # same language, different text


def test_language_is_detected_from_the_opening_of_a_long_text():
    from rumourmill.text import SAMPLE_CHARS, detect_language

    italian = RUMOUR_IT + " "
    text = italian * (2 * SAMPLE_CHARS // len(italian) + 1) + RUMOUR_EN * 20
    assert detect_language(text) == "it"
    assert detect_language(RUMOUR_EN) == "en"
    assert detect_language("Nordvik Motors") is None
