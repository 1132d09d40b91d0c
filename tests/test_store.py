"""Storage: migrations, bulk upserts, the one writer and readers that must not break it."""
from __future__ import annotations

import subprocess
import sys
import time

import duckdb
import pandas as pd
import pytest

from rumourmill import store
from rumourmill.errors import UserError

HOLD = """
import duckdb, sys, time
con = duckdb.connect(sys.argv[1], read_only=True)
con.execute("SELECT count(*) FROM articles").fetchall()
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
"""


def test_migrate_is_recorded_and_idempotent(tmp_path):
    con = store.connect(tmp_path / "m.duckdb")
    first = store.migrate(con)
    assert first and first[0].startswith("0001")
    assert store.migrate(con) == []
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"articles", "claims", "resolutions", "quarantine", "claim_status", "source_track_record", "open_predictions"} <= tables


def test_upsert_keeps_first_row_or_updates(tmp_path):
    con = store.connect(tmp_path / "u.duckdb")
    store.migrate(con)
    row = {"article_id": "a", "text": "one", "ingested_at": pd.Timestamp("2024-01-01")}
    assert store.upsert(con, "articles", pd.DataFrame([row])) == 1
    assert store.upsert(con, "articles", pd.DataFrame([{**row, "text": "two"}])) == 0
    assert con.execute("SELECT text FROM articles").fetchone()[0] == "one"
    store.upsert(con, "articles", pd.DataFrame([{**row, "text": "two"}]), update=True)
    assert con.execute("SELECT text FROM articles").fetchone()[0] == "two"


def _hold(db, seconds: float) -> subprocess.Popen:
    p = subprocess.Popen([sys.executable, "-c", HOLD, str(db), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "holding"
    return p


def test_writer_waits_for_a_reader_in_another_process(tmp_path):
    db = tmp_path / "w.duckdb"
    with store.writer(db):
        pass
    reader = _hold(db, 1.5)
    start = time.monotonic()
    with store.writer(db) as con:  # blocked by the reader's lock, retried until it lets go
        con.execute("INSERT INTO quarantine (stage, source, reason, recorded_at) VALUES ('t', 's', 'r', now())")
    assert time.monotonic() - start >= 0.5
    reader.wait(timeout=10)
    assert store.read_frame(db, "SELECT count(*) AS n FROM quarantine")["n"][0] == 1


def test_writer_gives_up_with_a_sentence(tmp_path):
    db = tmp_path / "g.duckdb"
    with store.writer(db):
        pass
    reader = _hold(db, 5)
    try:
        with pytest.raises(UserError, match="locked"):
            store.connect(db, timeout_s=0.5)
    finally:
        reader.kill()


def test_snapshot_is_refreshed_after_each_write(tmp_path):
    db = tmp_path / "s.duckdb"
    with store.writer(db) as con:
        con.execute("INSERT INTO quarantine (stage, source, reason, recorded_at) VALUES ('t', 's', 'r', now())")
    snap = store.snapshot_path(db)
    assert snap.exists()
    held = duckdb.connect(str(snap), read_only=True)  # an analyst keeps the snapshot open...
    with store.writer(db) as con:  # ...and writing still works, and refreshes it
        con.execute("INSERT INTO quarantine (stage, source, reason, recorded_at) VALUES ('t', 's2', 'r', now())")
    assert held.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 1
    held.close()
    fresh = duckdb.connect(str(snap), read_only=True)
    assert fresh.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 2
    fresh.close()


def test_format_query_and_bad_sql(tmp_path):
    db = tmp_path / "q.duckdb"
    with store.writer(db):
        pass
    assert store.format_query(db, "SELECT 1 AS one, 'x' AS two", "csv") == "one,two\n1,x"
    assert '"one": 1' in store.format_query(db, "SELECT 1 AS one", "json")
    with pytest.raises(UserError, match="the query failed"):
        store.format_query(db, "SELECT * FROM nowhere")
    with pytest.raises(UserError, match="query failed"):  # read-only: no writes through `sql`
        store.format_query(db, "DELETE FROM articles")
