"""Bulk ingestion: streamed JSONL, bounded batches loaded as they come, per-batch URL lookups."""
from __future__ import annotations

import json
import math
import tracemalloc
from pathlib import Path

import pytest

from rumourmill import store
from rumourmill.fetch import Fetcher, FetchSettings
from rumourmill.ingest import collect, load_articles, stored_urls
from rumourmill.models import Article, Rejected, to_frame
from rumourmill.sources import SourceSpec

BODY = (
    "Harbour officials are reportedly weighing a new ferry line to the islands, according to two people "
    "briefed on the plan. A decision could come before the summer, one of them said."
)


def line(i: int, **over) -> str:
    row = {"id": f"n{i}", "url": f"https://news.test/a/{i}", "published": "2021-03-04", "language": "en",
           "title": f"Story {i}", "text": f"{BODY} Story number {i}."}
    row.update(over)
    return json.dumps(row)


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def fetcher(max_bytes: int = 5 * 1024 * 1024) -> Fetcher:
    return Fetcher(FetchSettings(max_bytes=max_bytes, min_interval=0.0, retries=0))


def ingest(db: Path, locations: list[Path], max_bytes: int = 5 * 1024 * 1024, batch_size: int = 500) -> dict:
    """collect + load_articles batch by batch, as the flow does (without Prefect)."""
    totals = {"batches": 0, "received": 0, "inserted": 0, "duplicates": 0, "quarantined": 0, "sizes": []}
    with fetcher(max_bytes) as f:
        for batch in collect([SourceSpec(str(p)) for p in locations], f, batch_size=batch_size,
                             stored=lambda urls: stored_urls(db, urls)):
            with store.writer(db, snapshot=False) as con:
                stats = load_articles(con, to_frame(batch.articles, Article), to_frame(batch.rejected, Rejected))
            totals["batches"] += 1
            totals["sizes"].append(len(batch))
            for k, v in stats.as_dict().items():
                totals[k] += v
    return totals


def q(db: Path, sql: str):
    return store.read_frame(db, sql)


def test_jsonl_bigger_than_max_bytes_ingests_every_good_line(tmp_path):
    f = write_jsonl(tmp_path / "bulk.jsonl", [line(i) for i in range(40)])
    assert f.stat().st_size > 4 * 1024
    db = tmp_path / "a.duckdb"
    out = ingest(db, [f], max_bytes=1024, batch_size=16)
    assert (out["received"], out["inserted"], out["quarantined"]) == (40, 40, 0)
    assert q(db, "SELECT count(*) AS n FROM articles")["n"][0] == 40
    assert sorted(q(db, "SELECT external_id FROM articles")["external_id"]) == sorted(f"n{i}" for i in range(40))


def test_oversized_and_bad_lines_are_quarantined_with_file_and_line(tmp_path):
    lines = [line(i) for i in range(10)]
    lines[2] = line(2, text=BODY * 30)  # over the cap
    lines[6] = '{"id": "n6", "text": '  # not JSON
    f = write_jsonl(tmp_path / "bulk.jsonl", lines)
    db = tmp_path / "q.duckdb"
    out = ingest(db, [f], max_bytes=1024, batch_size=4)
    assert (out["inserted"], out["quarantined"]) == (8, 2)
    rows = q(db, "SELECT source, reason, payload FROM quarantine ORDER BY source")
    assert list(rows["source"]) == [f"{f}:3", f"{f}:7"]
    assert f"{f}:3 is {len(lines[2])} bytes, over the 1024 byte limit for one line" in rows["reason"][0]
    assert rows["payload"][0].startswith('{"id": "n2"')
    assert f"{f}:7 is not valid JSON" in rows["reason"][1]
    assert "n2" not in set(q(db, "SELECT external_id FROM articles")["external_id"])


@pytest.mark.parametrize(("n", "size"), [(1, 4), (4, 4), (23, 5), (120, 50)])
def test_n_lines_give_ceil_n_over_batch_batches(tmp_path, n, size):
    f = write_jsonl(tmp_path / "bulk.jsonl", [line(i) for i in range(n)])
    with fetcher() as fe:
        sizes = [len(b) for b in collect([SourceSpec(str(f))], fe, batch_size=size)]
    assert len(sizes) == math.ceil(n / size)
    assert sizes == [size] * (n // size) + ([n % size] if n % size else [])


def test_batches_also_close_on_characters_and_name_their_position(tmp_path):
    f = write_jsonl(tmp_path / "bulk.jsonl", [line(i) for i in range(10)])
    with fetcher() as fe:
        batches = list(collect([SourceSpec(str(f))], fe, batch_size=500, batch_chars=3 * len(BODY)))
    assert [len(b) for b in batches] == [3, 3, 3, 1]
    assert [b.last_source for b in batches] == [f"{f}:3", f"{f}:6", f"{f}:9", f"{f}:10"]


def test_streaming_memory_does_not_grow_with_the_file(tmp_path):
    """A file many times the cap is read a line at a time: peak allocation stays far below its size."""
    f = write_jsonl(tmp_path / "big.jsonl", [line(i, text=f"{BODY * 4} Story number {i}.") for i in range(3000)])
    size = f.stat().st_size
    assert size > 2_000_000
    with fetcher(max_bytes=16 * 1024) as fe:
        list(collect([SourceSpec(str(write_jsonl(tmp_path / "warm.jsonl", [line(0)])))], fe))  # warm caches
        tracemalloc.start()
        try:
            batches = 0
            for batch in collect([SourceSpec(str(f))], fe, batch_size=100):
                batches += 1
                del batch
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert batches == 30
    assert peak < size / 4, f"peak {peak} bytes while streaming a {size} byte file"


def test_idempotent_and_content_hash_dedup_across_batches(tmp_path):
    lines = [line(i) for i in range(9)]
    lines.append(line(100, url="https://other.test/copy", id="copy", text=json.loads(lines[1])["text"].upper()))
    f = write_jsonl(tmp_path / "bulk.jsonl", lines)
    db = tmp_path / "i.duckdb"
    first = ingest(db, [f], batch_size=4)
    assert (first["batches"], first["inserted"], first["duplicates"]) == (3, 9, 1)  # same text, other id: once
    again = ingest(db, [f], batch_size=4)
    assert (again["inserted"], again["duplicates"]) == (0, 10)
    assert q(db, "SELECT count(*) AS n FROM articles")["n"][0] == 9


def test_stored_urls_is_a_lookup_of_the_given_urls(tmp_path):
    db = tmp_path / "s.duckdb"
    assert stored_urls(db, ["https://news.test/a/1"]) == set()  # no database yet
    with store.writer(db, snapshot=False):
        pass
    assert stored_urls(db, ["https://news.test/a/1"]) == set()
    ingest(db, [write_jsonl(tmp_path / "a.jsonl", [line(i) for i in range(5)])])
    asked = ["https://news.test/a/1", "https://news.test/a/4", "https://news.test/a/99", ""]
    assert stored_urls(db, asked) == {"https://news.test/a/1", "https://news.test/a/4"}
    assert stored_urls(db, []) == set()


# --- the flow -------------------------------------------------------------------------------


@pytest.mark.usefixtures("prefect_harness")
def test_flow_streams_a_file_over_the_cap_in_batches(tmp_path, monkeypatch):
    from flows.ingest import ingest_flow

    monkeypatch.setenv("RUMOURMILL_FETCH_MAX_BYTES", "1024")
    lines = [line(i) for i in range(10)] + ['{"broken', line(11, text=BODY * 30)]
    f = write_jsonl(tmp_path / "bulk.jsonl", lines)
    assert f.stat().st_size > 1024
    db = tmp_path / "f.duckdb"
    out = ingest_flow(sources=[str(f)], db=str(db), batch_size=4)
    assert out == {"received": 10, "inserted": 10, "duplicates": 0, "quarantined": 2, "batches": 3}
    assert set(q(db, "SELECT source FROM quarantine")["source"]) == {f"{f}:11", f"{f}:12"}
    assert q(store.snapshot_path(db), "SELECT count(*) AS n FROM articles")["n"][0] == 10  # refreshed at the end
    assert not any((tmp_path / "staging").glob("ingest-*"))  # staged batches removed
    again = ingest_flow(sources=[str(f)], db=str(db), batch_size=4)
    assert (again["inserted"], again["duplicates"]) == (0, 10)
