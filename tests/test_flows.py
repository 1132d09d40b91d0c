"""The Prefect flows end to end, under one session-scoped Prefect harness."""
from __future__ import annotations

import subprocess
import sys

import pytest

from rumourmill import store

pytestmark = pytest.mark.usefixtures("prefect_harness")


def q(db, sql):
    return store.read_frame(db, sql)


def test_pipeline_on_a_small_corpus(tmp_path, corpus):
    from flows.pipeline import pipeline_flow

    db = tmp_path / "p.duckdb"
    out = pipeline_flow(sources=[str(corpus)], as_of="2026-11-25", db=str(db), show=False)
    assert out["ingest"]["inserted"] == 4
    assert out["extract"]["claims"] >= 4
    status = q(db, "SELECT c.quote, s.status FROM claims c JOIN claim_status s USING (claim_id)")
    by = {row.quote[:30]: row.status for row in status.itertuples()}
    talks = next(v for k, v in by.items() if k.startswith("Nordvik Motors could announce"))
    van = next(v for k, v in by.items() if k.startswith("The Swedish carmaker plans"))
    assert talks == "refuted" and van == "confirmed_late"
    record = q(db, "SELECT * FROM source_track_record")
    assert set(record.columns) >= {"source", "accuracy", "accuracy_shrunk", "accuracy_lower", "brier", "mean_lead_days"}
    assert record["resolved"].sum() >= 2

    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        keys = {a.key for a in client.read_artifacts()}
    assert {"track-record", "due-this-week", "overdue", "open-predictions", "verdict-changes", "newly-resolved",
            "rumourmill-summary", "quality-articles", "quality-claims"} <= keys


def test_daily_digest_then_a_manual_verdict_from_the_command_line(tmp_path, corpus, capsys):
    from flows.digest import digest_flow
    from flows.extract import extract_flow
    from flows.ingest import ingest_flow
    from flows.report import report_flow
    from rumourmill import cli

    db = str(tmp_path / "d.duckdb")
    ingest_flow(sources=[str(corpus)], db=db)
    extract_flow(db=db)
    snap = store.snapshot_path(db)  # refreshed once at the end of the extract run, not per batch
    assert q(snap, "SELECT count(*) AS n FROM claims")["n"][0] == q(db, "SELECT count(*) AS n FROM claims")["n"][0] > 0
    out = digest_flow(as_of="2026-11-25", db=db)
    assert out["resolve"]["recorded"] >= 2 and out["report"]["changes"] >= 2  # first report: every verdict so far

    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        digest = [a for a in client.read_artifacts() if a.key == "daily-digest"]
    assert digest and "_Resolve run:" in digest[0].data and "## Verdicts changed since" in digest[0].data

    talks = q(db, "SELECT claim_id FROM claims WHERE quote LIKE 'Nordvik Motors could announce%'")["claim_id"][0]
    rc = cli.main(["--db", db, "verdict", talks[:8], "void", "--note", "the talks were about another model"])
    assert rc == 0
    assert f"claim {talks} was refuted, now voided" in capsys.readouterr().out
    assert q(db, f"SELECT status, method FROM claim_status WHERE claim_id = '{talks}'").values.tolist() == [
        ["voided", "manual"]]
    again = report_flow(as_of="2026-11-25", db=db, show=False)
    assert again["changes"] == 1  # only the manual verdict changed since the digest's report
    assert cli.main(["--db", db, "verdict", "no-such-claim", "refuted"]) == 2


def test_ingest_is_idempotent_and_quarantines_bad_input(tmp_path, corpus):
    from flows.ingest import ingest_flow

    (corpus / "05_bad.jsonl").write_text('{"id": "x1", "published": "2022-01-01", "text": "Short but fine text about Nordvik Motors."}\nnot json\n{"id": "x3", "published": "yesterday", "text": "Bad date."}\n')
    (corpus / "06_nodate.txt").write_text("Nordvik Motors may open a plant in Norway.\n")
    db = tmp_path / "i.duckdb"
    first = ingest_flow(sources=[str(corpus)], db=str(db))
    assert first["inserted"] == 5
    reasons = q(db, "SELECT source, reason FROM quarantine ORDER BY source")
    assert len(reasons) == 3
    assert any(":2" in s for s in reasons["source"]) and any("06_nodate" in s for s in reasons["source"])
    again = ingest_flow(sources=[str(corpus)], db=str(db))
    assert again["inserted"] == 0 and again["duplicates"] == 5
    assert q(db, "SELECT count(*) AS n FROM articles")["n"][0] == 5


def test_a_reader_holding_the_database_does_not_fail_the_flow(tmp_path, corpus):
    from flows.extract import extract_flow
    from flows.ingest import ingest_flow

    db = tmp_path / "r.duckdb"
    ingest_flow(sources=[str(corpus)], db=str(db))
    hold = (
        "import duckdb, sys, time\n"
        "con = duckdb.connect(sys.argv[1], read_only=True)\n"
        "print(con.execute('SELECT count(*) FROM articles').fetchone()[0], flush=True)\n"
        "time.sleep(3)\n"
    )
    analyst = subprocess.Popen([sys.executable, "-c", hold, str(db)], stdout=subprocess.PIPE, text=True)
    assert analyst.stdout.readline().strip() == "4"
    out = extract_flow(db=str(db))  # waits for the analyst's lock instead of failing
    analyst.wait(timeout=30)
    assert out["articles"] == 4 and out["claims"] >= 4
