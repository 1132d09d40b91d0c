"""Manual verdicts: resolve, reopen or void one claim by hand, as rows in the ledger.

Domain tests on a plain DuckDB file; the command line's error paths in a subprocess (they
end before Prefect starts). The success path through the Prefect flow is in test_flows.py.
"""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from rumourmill import store
from rumourmill.errors import UserError
from rumourmill.ledger import find_claim, make_verdict, normalise_status, record_verdict
from test_views import add_article, add_claim, add_resolution

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "v.duckdb"
    with duckdb.connect(str(path)) as c:
        store.migrate(c)
        add_article(c, "a1", dt.datetime(2021, 3, 1))
        add_claim(c, "0123456789abcdef", expected_latest=dt.date(2021, 3, 14), attribution_name="Reuters",
                  attribution_kind="named_outlet")
        add_claim(c, "0123456789abcd00", attribution_name="Reuters", attribution_kind="named_outlet")
        add_claim(c, "fedcba9876543210", attribution_name="Reuters", attribution_kind="named_outlet")
    return path


@pytest.fixture
def con(db: Path) -> duckdb.DuckDBPyConnection:
    c = duckdb.connect(str(db))
    yield c
    c.close()


def test_statuses_and_aliases() -> None:
    assert [normalise_status(s) for s in ("reopen", "VOID", "refuted", "confirmed_late")] == [
        "pending", "voided", "refuted", "confirmed_late"]
    with pytest.raises(UserError, match="not one of"):
        normalise_status("true")


def test_verdict_dates() -> None:
    assert make_verdict("c", "refuted", "2021-03-26", today=TODAY).resolved_on == dt.date(2021, 3, 26)
    assert make_verdict("c", "confirmed", today=TODAY).resolved_on == TODAY  # it happened by now
    assert make_verdict("c", "reopen", "2021-03-26", today=TODAY).resolved_on is None
    assert make_verdict("c", "void", today=TODAY).resolved_on is None
    assert make_verdict("c", "void", today=TODAY).note == "voided by hand"
    with pytest.raises(UserError, match="in the future"):
        make_verdict("c", "confirmed", "2027-01-01", today=TODAY)
    with pytest.raises(UserError, match="not a date"):
        make_verdict("c", "confirmed", "next friday", today=TODAY)
    with pytest.raises(UserError, match="http"):
        make_verdict("c", "confirmed", evidence_url="ftp://example.org/x", today=TODAY)


def test_find_claim_by_id_or_unique_prefix(con: duckdb.DuckDBPyConnection) -> None:
    assert find_claim(con, "fedcba9876543210") == "fedcba9876543210"
    assert find_claim(con, "fedcba") == "fedcba9876543210"
    with pytest.raises(UserError, match="ambiguous"):
        find_claim(con, "0123456789abcd")
    with pytest.raises(UserError, match="there is no claim 'fed'"):
        find_claim(con, "fed")  # too short for a prefix
    with pytest.raises(UserError, match="there is no claim"):
        find_claim(con, "nope")


def test_record_resolve_reopen_and_void(con: duckdb.DuckDBPyConnection) -> None:
    cid = "0123456789abcdef"
    add_resolution(con, cid, "expired", dt.datetime(2021, 4, 1), dt.date(2021, 3, 21), method="deadline")
    now = dt.datetime(2026, 11, 25, 9)
    out = record_verdict(con, make_verdict(cid[:15], "refuted", "2021-03-02", "Great Wall denied the talks",
                                           "https://example.org/denial", today=TODAY), now=now)
    assert (out["claim_id"], out["before"], out["status"]) == (cid, "expired", "refuted")
    row = con.execute("SELECT status, resolved_on, method, note, evidence_url, as_of, confidence FROM resolutions "
                      "ORDER BY resolution_id DESC LIMIT 1").fetchone()
    assert row == ("refuted", dt.date(2021, 3, 2), "manual", "Great Wall denied the talks", "https://example.org/denial",
                   now.date(), 1.0)
    # an automatic verdict recorded later does not override the person's
    add_resolution(con, cid, "confirmed_late", dt.datetime(2026, 11, 26), dt.date(2024, 3, 28))
    assert con.execute("SELECT status FROM claim_status WHERE claim_id = ?", [cid]).fetchone()[0] == "refuted"
    # the ledger answers "as known on" the day before the manual verdict: still expired
    assert con.execute("SELECT status FROM claim_status_as_of('2026-11-24') WHERE claim_id = ?",
                       [cid]).fetchone()[0] == "expired"
    out = record_verdict(con, make_verdict(cid, "reopen", today=TODAY), now=now + dt.timedelta(hours=1))
    assert (out["before"], out["status"]) == ("refuted", "confirmed_late")  # reopened: automatic verdicts count again
    out = record_verdict(con, make_verdict(cid, "void", note="two deals mixed up", today=TODAY),
                         now=now + dt.timedelta(hours=2))
    assert out["status"] == "voided"
    assert con.execute("SELECT count(*) FROM resolutions WHERE claim_id = ?", [cid]).fetchone()[0] == 5  # append-only
    record = con.execute("SELECT resolved, voided, claims FROM source_track_record").fetchone()
    assert record == (0, 1, 3)  # voided: counted, never judged


def test_manual_verdict_stands_when_resolve_runs_again(con: duckdb.DuckDBPyConnection) -> None:
    from rumourmill.resolve import resolve

    cid = "0123456789abcdef"  # window closed 2021-03-14: a deadline run would expire it
    record_verdict(con, make_verdict(cid, "confirmed", "2021-03-12", "announced at the motor show", today=TODAY))
    resolve(con, dt.date(2026, 11, 25))
    assert con.execute("SELECT status, method FROM claim_status WHERE claim_id = ?", [cid]).fetchone() == (
        "confirmed", "manual")


ENV = {**os.environ, "DO_NOT_TRACK": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rumourmill", *args], capture_output=True, text=True, env=ENV,
                          timeout=120)


@pytest.mark.parametrize("args, words", [
    (["verdict", "nope", "refuted"], "there is no claim 'nope'"),
    (["verdict", "fedcba9876543210", "true"], "is not one of"),
    (["verdict", "fedcba9876543210", "refuted", "--date", "2021-02-30"], "is not a date"),
])
def test_cli_bad_verdict_is_one_sentence(db: Path, args: list[str], words: str) -> None:
    proc = cli("--db", str(db), *args)
    assert proc.returncode == 2, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("rumourmill: ") and words in lines[0], proc.stderr
    with duckdb.connect(str(db), read_only=True) as c:
        assert c.execute("SELECT count(*) FROM resolutions").fetchone()[0] == 0
