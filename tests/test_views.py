"""The SQL views users query: claim_status, source_track_record, open_predictions, calibration.

Each test builds a fresh DuckDB file with `store.migrate` (migrations then sql/views/*.sql)
and inserts handcrafted rows, so the numbers below can be checked by hand.
"""
from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import duckdb
import pytest

from rumourmill import store

Z90 = 1.6449


def add_article(con: duckdb.DuckDBPyConnection, article_id: str, published: dt.datetime | None = dt.datetime(2021, 3, 1),
                outlet: str = "Example", url: str | None = None) -> None:
    con.execute(
        "INSERT INTO articles (article_id, url, outlet, published_at, published_precision, language, text, ingested_at)"
        " VALUES (?, ?, ?, ?, 'day', 'en', 'text', ?)",
        [article_id, url or f"https://example.org/{article_id}", outlet, published, dt.datetime(2021, 3, 2)],
    )


def add_claim(con: duckdb.DuckDBPyConnection, claim_id: str, **kw: Any) -> None:
    row: dict[str, Any] = dict(
        claim_id=claim_id, article_id="a1", quote="Acme would be in talks with Beta", char_start=0,
        char_end=32, subject="Acme", event="partnership with Beta", event_type="partnership",
        counterparty="Beta", polarity="positive", hedge="reported", probability=0.7,
        attribution_kind="anonymous_sources", attribution_name=None, relayed_by=None,
        is_prediction=True, expected_text=None, expected_earliest=None, expected_latest=None,
        expected_grain=None, language="en", extractor="test",
    )
    row.update(kw)
    cols = ", ".join(row)
    con.execute(f"INSERT INTO claims ({cols}) VALUES ({', '.join('?' * len(row))})", list(row.values()))


def add_resolution(con: duckdb.DuckDBPyConnection, claim_id: str, status: str,
                   recorded_at: dt.datetime = dt.datetime(2021, 6, 1, 6), resolved_on: dt.date | None = None,
                   method: str = "evidence", evidence_article_id: str | None = None,
                   confidence: float | None = None, note: str | None = None) -> int:
    return con.execute(
        "INSERT INTO resolutions (claim_id, status, resolved_on, recorded_at, method, evidence_article_id,"
        " confidence, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING resolution_id",
        [claim_id, status, resolved_on, recorded_at, method, evidence_article_id, confidence, note],
    ).fetchone()[0]


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def wilson_lower(k: int, n: int, z: float = Z90) -> float:
    p = k / n
    return (p + z * z / (2 * n) - z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))) / (1 + z * z / n)


# --- claim_status ----------------------------------------------------------------------------


def status_of(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, Any]]:
    return {r["claim_id"]: r for r in rows(con, "SELECT * FROM claim_status")}


def test_claim_status_columns_and_pending_default(con: duckdb.DuckDBPyConnection) -> None:
    add_claim(con, "c1")
    st = status_of(con)
    assert list(st["c1"])[:7] == ["claim_id", "status", "resolved_on", "method", "evidence_article_id",
                                  "evidence_url", "confidence"]
    assert "note" in st["c1"]
    assert st["c1"]["status"] == "pending" and st["c1"]["method"] is None and st["c1"]["resolved_on"] is None


def test_claim_status_latest_recorded_row_wins(con: duckdb.DuckDBPyConnection) -> None:
    for c in ("c1", "c2", "c3", "c4", "c5"):
        add_claim(con, c)
    # c1: the later-recorded row was inserted first (lower resolution_id): recorded_at decides
    add_resolution(con, "c1", "confirmed", dt.datetime(2021, 5, 1), dt.date(2021, 3, 30), evidence_article_id="e1",
                   confidence=0.8, note="announced")
    add_resolution(con, "c1", "expired", dt.datetime(2021, 4, 1), dt.date(2021, 3, 31), method="deadline")
    # c2: same recorded_at: the higher resolution_id (appended later) wins
    t = dt.datetime(2021, 4, 2, 6)
    add_resolution(con, "c2", "expired", t, dt.date(2021, 3, 31), method="deadline")
    add_resolution(con, "c2", "voided", t, method="manual", note="cannot be judged")
    # c3: expired, then a manual 'pending' row reopens it
    add_resolution(con, "c3", "expired", dt.datetime(2021, 4, 1), dt.date(2021, 3, 31), method="deadline")
    add_resolution(con, "c3", "pending", dt.datetime(2021, 4, 5), method="manual", note="reopened: new window")
    # c4: refuted then confirmed late: the ledger keeps both, the view shows the last
    add_resolution(con, "c4", "refuted", dt.datetime(2021, 3, 2), dt.date(2021, 3, 2), evidence_article_id="e2")
    add_resolution(con, "c4", "confirmed_late", dt.datetime(2024, 3, 29), dt.date(2024, 3, 28), evidence_article_id="e3")
    # a resolution for a claim that does not exist is not a claim
    add_resolution(con, "ghost", "confirmed", dt.datetime(2021, 4, 1))

    st = status_of(con)
    assert set(st) == {"c1", "c2", "c3", "c4", "c5"}
    assert (st["c1"]["status"], st["c1"]["method"], st["c1"]["resolved_on"], st["c1"]["evidence_article_id"],
            st["c1"]["confidence"], st["c1"]["note"]) == ("confirmed", "evidence", dt.date(2021, 3, 30), "e1", 0.8, "announced")
    assert (st["c2"]["status"], st["c2"]["method"], st["c2"]["resolved_on"]) == ("voided", "manual", None)
    assert (st["c3"]["status"], st["c3"]["method"], st["c3"]["note"]) == ("pending", "manual", "reopened: new window")
    assert (st["c4"]["status"], st["c4"]["resolved_on"], st["c4"]["evidence_article_id"]) == (
        "confirmed_late", dt.date(2024, 3, 28), "e3")
    assert st["c5"]["status"] == "pending"
    # append-only: the ledger still holds every row
    assert con.execute("SELECT count(*) FROM resolutions").fetchone()[0] == 9


def test_views_survive_a_second_migrate(con: duckdb.DuckDBPyConnection) -> None:
    add_claim(con, "c1")
    add_resolution(con, "c1", "confirmed", resolved_on=dt.date(2021, 3, 30))
    assert store.migrate(con) == []  # migrations are recorded; views are recreated
    assert con.execute("SELECT status FROM claim_status").fetchall() == [("confirmed",)]
    views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert {"claim_status", "source_track_record", "open_predictions", "calibration"} <= views


# --- source_track_record ---------------------------------------------------------------------

TRACK_COLUMNS = ["source", "attribution_kind", "claims", "resolved", "confirmed", "refuted", "expired", "pending",
                 "accuracy", "accuracy_shrunk", "accuracy_lower", "brier", "mean_lead_days"]


def track(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    return rows(con, "SELECT * FROM source_track_record")


def test_track_record_columns_exactly(con: duckdb.DuckDBPyConnection) -> None:
    cols = [d[0] for d in con.execute("SELECT * FROM source_track_record").description]
    assert cols[:len(TRACK_COLUMNS)] == TRACK_COLUMNS  # DESIGN.md Part 1, in order
    assert cols[len(TRACK_COLUMNS):] == ["confirmed_late", "voided"]  # additive


def test_track_record_counts_and_scores(con: duckdb.DuckDBPyConnection) -> None:
    add_article(con, "a1", dt.datetime(2021, 3, 1, 9, 30))
    add_article(con, "a2", dt.datetime(2021, 3, 11))
    rs = dict(attribution_kind="named_outlet")
    # Reuters, spelled three ways: 6 scored claims
    add_claim(con, "r1", attribution_name="Reuters", probability=0.9, **rs)
    add_claim(con, "r2", attribution_name=" reuters ", probability=0.6, **rs)
    add_claim(con, "r3", attribution_name="REUTERS", probability=0.8, article_id="a2", **rs)
    add_claim(con, "r4", attribution_name="Reuters", probability=0.7, **rs)
    add_claim(con, "r5", attribution_name="Reuters", probability=0.5, **rs)
    add_claim(con, "r6", attribution_name="Reuters", probability=0.5, **rs)
    add_claim(con, "r7", attribution_name="Reuters", probability=0.5, **rs)  # voided
    add_resolution(con, "r1", "confirmed", resolved_on=dt.date(2021, 3, 30))  # lead 29 days
    add_resolution(con, "r2", "refuted", resolved_on=dt.date(2021, 3, 2))
    add_resolution(con, "r3", "confirmed_late", resolved_on=dt.date(2021, 4, 20))  # lead 40 days
    add_resolution(con, "r4", "expired", resolved_on=dt.date(2021, 4, 1), method="deadline")
    add_resolution(con, "r7", "voided", method="manual")
    # r5, r6 pending
    # another source, to make the global prior differ from Reuters' own rate: 2 of 2
    add_claim(con, "b1", attribution_name="Bloomberg", probability=0.7, **rs)
    add_claim(con, "b2", attribution_name="Bloomberg", probability=0.7, **rs)
    add_resolution(con, "b1", "confirmed", resolved_on=dt.date(2021, 3, 5))
    add_resolution(con, "b2", "confirmed", resolved_on=dt.date(2021, 3, 6))
    # an official statement of fact is not scored at all
    add_claim(con, "o1", attribution_name="Reuters", hedge="official", is_prediction=False, **rs)
    add_resolution(con, "o1", "refuted", resolved_on=dt.date(2021, 3, 2))

    tr = {r["source"]: r for r in track(con)}
    assert set(tr) == {"Reuters", "Bloomberg"}
    r = tr["Reuters"]
    assert (r["attribution_kind"], r["claims"], r["resolved"], r["confirmed"], r["refuted"], r["expired"], r["pending"]) == (
        "named_outlet", 7, 4, 2, 1, 1, 2)
    assert r["accuracy"] == pytest.approx(2 / 4)
    # fewer than 3 sources with >= 5 resolved: the weak prior, pooled rate (Laplace), strength 4
    p0 = (2 + 2 + 1) / (4 + 2 + 2)
    a, b = 4 * p0, 4 * (1 - p0)
    assert r["accuracy_shrunk"] == pytest.approx((2 + a) / (4 + a + b))
    assert tr["Bloomberg"]["accuracy_shrunk"] == pytest.approx((2 + a) / (2 + a + b))
    assert r["accuracy_lower"] == pytest.approx(wilson_lower(2, 4), rel=1e-9)
    brier = ((0.9 - 1) ** 2 + (0.6 - 0) ** 2 + (0.8 - 1) ** 2 + (0.7 - 0) ** 2) / 4
    assert r["brier"] == pytest.approx(brier)
    assert r["mean_lead_days"] == pytest.approx((29 + 40) / 2)
    assert tr["Bloomberg"]["mean_lead_days"] == pytest.approx(4.5)


def test_track_record_source_falls_back_to_relay_then_kind(con: duckdb.DuckDBPyConnection) -> None:
    add_claim(con, "n1", attribution_kind="anonymous_sources", attribution_name="people familiar with the matter",
              relayed_by="Reuters")
    add_claim(con, "n2", attribution_kind="anonymous_sources", attribution_name="People  familiar with the matter ")
    add_claim(con, "y1", attribution_kind="anonymous_sources", relayed_by="Il Sole 24 Ore")
    add_claim(con, "y2", attribution_kind="anonymous_sources", attribution_name="  ", relayed_by="il sole 24 ore")
    add_claim(con, "k1", attribution_kind="leak")
    add_claim(con, "k2", attribution_kind="leak")
    add_claim(con, "x1", attribution_kind="named_person", attribution_name="Reuters")  # same name, other kind
    add_claim(con, "x2", attribution_kind="named_outlet", attribution_name="Reuters")
    got = {(r["source"].lower(), r["attribution_kind"]): r["claims"] for r in track(con)}
    assert got == {
        ("people familiar with the matter", "anonymous_sources"): 2,
        ("il sole 24 ore", "anonymous_sources"): 2,
        ("leak", "leak"): 2,
        ("reuters", "named_person"): 1,
        ("reuters", "named_outlet"): 1,
    }
    names = {r["source"] for r in track(con)}
    # display: whitespace collapsed; one spelling each, the most frequent (ties: sorted first)
    assert {"People familiar with the matter", "Il Sole 24 Ore", "leak", "Reuters"} == names


def test_official_predictions_are_scored(con: duckdb.DuckDBPyConnection) -> None:
    add_claim(con, "p1", hedge="official", is_prediction=True, attribution_kind="official", attribution_name="Xiaomi")
    add_claim(con, "p2", hedge="official", is_prediction=False, attribution_kind="official", attribution_name="Xiaomi")
    add_claim(con, "p3", hedge="planned", is_prediction=False, attribution_kind="official", attribution_name="Xiaomi")
    tr = track(con)
    assert [(r["source"], r["claims"], r["pending"]) for r in tr] == [("Xiaomi", 2, 2)]
    assert tr[0]["accuracy"] is None and tr[0]["accuracy_lower"] is None and tr[0]["brier"] is None
    assert tr[0]["accuracy_shrunk"] == pytest.approx(0.5)  # nothing resolved anywhere: the 0.5 prior


def test_three_of_three_ranks_below_eighty_of_ninety(con: duckdb.DuckDBPyConnection) -> None:
    add_article(con, "a1")
    for i in range(3):
        add_claim(con, f"lucky{i}", attribution_kind="leak", attribution_name="LuckyLeaker")
        add_resolution(con, f"lucky{i}", "confirmed", resolved_on=dt.date(2021, 4, 1))
    for i in range(90):
        add_claim(con, f"steady{i}", attribution_kind="named_outlet", attribution_name="Steady Wire")
        add_resolution(con, f"steady{i}", "confirmed" if i < 80 else "refuted", resolved_on=dt.date(2021, 4, 1))
    add_claim(con, "new1", attribution_kind="analyst", attribution_name="Newcomer")  # nothing resolved yet
    tr = track(con)
    assert [r["source"] for r in tr] == ["Steady Wire", "LuckyLeaker", "Newcomer"]
    lucky, steady = tr[1], tr[0]
    assert lucky["accuracy"] == 1.0 and steady["accuracy"] == pytest.approx(80 / 90)  # raw rate alone would invert
    assert steady["accuracy_lower"] == pytest.approx(wilson_lower(80, 90), rel=1e-9)
    assert lucky["accuracy_lower"] == pytest.approx(wilson_lower(3, 3), rel=1e-9)
    assert lucky["accuracy_lower"] < 0.6 < 0.8 < steady["accuracy_lower"]
    # shrinkage pulls 3/3 toward the prior but, at the weak prior's strength 4, not below 80/90:
    # that is why the view ranks by the Wilson bound, not by accuracy_shrunk
    p0 = (83 + 1) / (93 + 2)
    assert lucky["accuracy_shrunk"] == pytest.approx((3 + 4 * p0) / (3 + 4))
    assert steady["accuracy_shrunk"] == pytest.approx((80 + 4 * p0) / (90 + 4))
    assert lucky["accuracy_shrunk"] < lucky["accuracy"]
    assert tr[2]["accuracy_lower"] is None  # unresolved sources sort last


# --- open_predictions ------------------------------------------------------------------------


def test_open_predictions_pending_predictions_soonest_first(con: duckdb.DuckDBPyConnection) -> None:
    add_article(con, "a1", dt.datetime(2021, 3, 1), outlet="HDmotori", url="https://example.it/xiaomi")
    add_claim(con, "late", expected_text="by the end of 2023", expected_earliest=dt.date(2021, 3, 1),
              expected_latest=dt.date(2023, 12, 31))
    add_claim(con, "soon", expected_text="next week", expected_earliest=dt.date(2021, 3, 8),
              expected_latest=dt.date(2021, 3, 14))
    add_claim(con, "open", expected_text=None)  # no deadline: last
    add_claim(con, "notpred", is_prediction=False)
    add_claim(con, "done", expected_latest=dt.date(2021, 1, 1))
    add_resolution(con, "done", "confirmed", resolved_on=dt.date(2021, 3, 30))
    add_claim(con, "reopened", expected_latest=dt.date(2022, 6, 30))
    add_resolution(con, "reopened", "expired", dt.datetime(2021, 7, 1), method="deadline")
    add_resolution(con, "reopened", "pending", dt.datetime(2021, 7, 2), method="manual")
    op = rows(con, "SELECT * FROM open_predictions")
    assert [r["claim_id"] for r in op] == ["soon", "reopened", "late", "open"]
    first = op[0]
    for col in ("subject", "event", "event_type", "attribution_kind", "attribution_name", "relayed_by", "hedge",
                "probability", "expected_text", "expected_earliest", "expected_latest", "published_at", "outlet", "url"):
        assert col in first
    assert (first["outlet"], first["url"], first["published_at"]) == (
        "HDmotori", "https://example.it/xiaomi", dt.datetime(2021, 3, 1))
    assert (first["expected_earliest"], first["expected_latest"]) == (dt.date(2021, 3, 8), dt.date(2021, 3, 14))


# --- calibration -----------------------------------------------------------------------------


def test_calibration_bands(con: duckdb.DuckDBPyConnection) -> None:
    cases = [  # (probability, status or None for pending)
        (0.05, "refuted"), (0.1, "expired"), (0.19, "confirmed"),
        (0.2, "confirmed"),  # a boundary opens the next band
        (0.5, "confirmed"), (0.5, "refuted"), (0.55, None), (0.45, "voided"),
        (0.9, "confirmed"), (1.0, "confirmed_late"),
    ]
    for i, (p, status) in enumerate(cases):
        add_claim(con, f"c{i}", probability=p)
        if status:
            add_resolution(con, f"c{i}", status, resolved_on=dt.date(2021, 4, 1))
    add_claim(con, "fact", probability=0.95, hedge="official", is_prediction=False)  # out of scope
    cal = rows(con, "SELECT * FROM calibration")
    assert [r["band"] for r in cal] == ["0.0-0.2", "0.2-0.4", "0.4-0.6", "0.6-0.8", "0.8-1.0"]
    by = {r["band"]: r for r in cal}
    assert (by["0.0-0.2"]["claims"], by["0.0-0.2"]["resolved"], by["0.0-0.2"]["confirmed"]) == (3, 3, 1)
    assert by["0.0-0.2"]["observed_frequency"] == pytest.approx(1 / 3)
    assert by["0.0-0.2"]["mean_probability"] == pytest.approx((0.05 + 0.1 + 0.19) / 3)
    assert (by["0.2-0.4"]["claims"], by["0.2-0.4"]["confirmed"]) == (1, 1)
    mid = by["0.4-0.6"]
    assert (mid["claims"], mid["resolved"], mid["confirmed"]) == (4, 2, 1)
    assert mid["observed_frequency"] == pytest.approx(0.5)
    assert mid["mean_probability"] == pytest.approx(0.5)
    assert mid["mean_probability_all"] == pytest.approx((0.5 + 0.5 + 0.55 + 0.45) / 4)
    assert (by["0.6-0.8"]["claims"], by["0.6-0.8"]["resolved"], by["0.6-0.8"]["observed_frequency"]) == (0, 0, None)
    assert (by["0.8-1.0"]["claims"], by["0.8-1.0"]["confirmed"], by["0.8-1.0"]["observed_frequency"]) == (2, 2, 1.0)


# --- as known on a date ----------------------------------------------------------------------


def add_run_row(con: duckdb.DuckDBPyConnection, claim_id: str, status: str, as_of: dt.date, recorded_at: dt.datetime,
                resolved_on: dt.date | None = None, method: str = "evidence") -> None:
    """A row as a `resolve --as-of AS_OF` run (or a manual verdict) writes it."""
    con.execute(
        "INSERT INTO resolutions (claim_id, status, resolved_on, recorded_at, method, as_of) VALUES (?, ?, ?, ?, ?, ?)",
        [claim_id, status, resolved_on, recorded_at, method, as_of],
    )


def test_a_past_track_record_is_reproducible_after_later_verdicts(con: duckdb.DuckDBPyConnection) -> None:
    add_article(con, "a1", dt.datetime(2021, 3, 1))
    add_article(con, "late", dt.datetime(2022, 5, 1))
    for i in range(4):
        add_claim(con, f"r{i}", attribution_kind="named_outlet", attribution_name="Reuters")
    add_claim(con, "r_late", article_id="late", attribution_kind="named_outlet", attribution_name="Reuters")
    # a backfill today of `resolve --as-of 2021-06-01`: recorded long after the date it is for
    backfill = dt.datetime(2026, 11, 1, 6)
    add_run_row(con, "r0", "refuted", dt.date(2021, 6, 1), backfill, dt.date(2021, 3, 2))
    add_run_row(con, "r1", "confirmed", dt.date(2021, 6, 1), backfill, dt.date(2021, 3, 30))
    add_run_row(con, "r2", "expired", dt.date(2021, 6, 1), backfill, dt.date(2021, 5, 1), method="deadline")
    d = "2021-06-01"
    then = rows(con, "SELECT * FROM source_track_record_as_of(?)", [d])
    then_status = rows(con, "SELECT claim_id, status FROM claim_status_as_of(?) ORDER BY claim_id", [d])
    then_cal = rows(con, "SELECT * FROM calibration_as_of(?)", [d])
    assert [(r["source"], r["claims"], r["resolved"], r["confirmed"], r["pending"]) for r in then] == [
        ("Reuters", 4, 3, 1, 1)]  # r_late was published after the date: not known then

    # later knowledge: the denial was contradicted (2024), r3 confirmed, a manual verdict today
    add_run_row(con, "r0", "confirmed_late", dt.date(2024, 4, 1), dt.datetime(2026, 11, 2, 6), dt.date(2024, 3, 28))
    add_run_row(con, "r3", "confirmed", dt.date(2024, 4, 1), dt.datetime(2026, 11, 2, 6), dt.date(2021, 7, 1))
    add_run_row(con, "r2", "voided", dt.date(2026, 11, 3), dt.datetime(2026, 11, 3, 9), method="manual")
    add_run_row(con, "r_late", "confirmed", dt.date(2024, 4, 1), dt.datetime(2026, 11, 2, 6), dt.date(2022, 6, 1))

    assert rows(con, "SELECT * FROM source_track_record_as_of(?)", [d]) == then
    assert rows(con, "SELECT claim_id, status FROM claim_status_as_of(?) ORDER BY claim_id", [d]) == then_status
    assert rows(con, "SELECT * FROM calibration_as_of(?)", [d]) == then_cal
    now = track(con)[0]
    assert (now["claims"], now["resolved"], now["confirmed"], now["confirmed_late"], now["voided"], now["pending"]) == (
        5, 4, 4, 1, 1, 0)
    mid = rows(con, "SELECT * FROM source_track_record_as_of(DATE '2024-04-01')")[0]
    assert (mid["resolved"], mid["confirmed"], mid["expired"]) == (5, 4, 1)  # the void came later
    # a verdict dated after the as-of date is not known on it, even from a later run
    assert rows(con, "SELECT status FROM claim_status_as_of('2022-05-15') WHERE claim_id = 'r_late'") == [
        {"status": "pending"}]


def test_backfill_for_an_earlier_date_does_not_override_later_knowledge(con: duckdb.DuckDBPyConnection) -> None:
    add_claim(con, "c1")
    add_run_row(con, "c1", "confirmed_late", dt.date(2024, 4, 1), dt.datetime(2026, 11, 1), dt.date(2024, 3, 28))
    add_run_row(con, "c1", "refuted", dt.date(2021, 6, 1), dt.datetime(2026, 11, 2), dt.date(2021, 3, 2))
    assert status_of(con)["c1"]["status"] == "confirmed_late"
    assert rows(con, "SELECT status FROM claim_status_as_of('2021-06-01')") == [{"status": "refuted"}]


def test_a_manual_verdict_stands_over_automatic_ones(con: duckdb.DuckDBPyConnection) -> None:
    for c in ("kept", "voided", "reopened"):
        add_claim(con, c)
    add_resolution(con, "kept", "refuted", dt.datetime(2021, 4, 1), dt.date(2021, 3, 26), method="manual", note="denied")
    add_resolution(con, "kept", "confirmed", dt.datetime(2021, 5, 1), dt.date(2021, 4, 30))  # automatic, later
    add_resolution(con, "voided", "voided", dt.datetime(2021, 4, 1), method="manual", note="two deals mixed up")
    add_resolution(con, "voided", "expired", dt.datetime(2021, 5, 1), dt.date(2021, 4, 20), method="deadline")
    # a reopen hands the claim back to automatic verdicts
    add_resolution(con, "reopened", "refuted", dt.datetime(2021, 4, 1), dt.date(2021, 3, 26), method="manual")
    add_resolution(con, "reopened", "pending", dt.datetime(2021, 4, 2), method="manual", note="wrong claim")
    add_resolution(con, "reopened", "expired", dt.datetime(2021, 5, 1), dt.date(2021, 4, 20), method="deadline")
    st = status_of(con)
    assert (st["kept"]["status"], st["kept"]["method"]) == ("refuted", "manual")
    assert (st["voided"]["status"], st["voided"]["method"]) == ("voided", "manual")
    assert (st["reopened"]["status"], st["reopened"]["method"]) == ("expired", "deadline")
    # the rule holds as known on any date: between the reopen and the deadline, pending
    assert rows(con, "SELECT status FROM claim_status_as_of('2021-04-15') WHERE claim_id = 'reopened'") == [
        {"status": "pending"}]


def test_voided_claims_are_counted_but_never_judged(con: duckdb.DuckDBPyConnection) -> None:
    for i, status in enumerate(["confirmed", "confirmed", "refuted", "voided"]):
        add_claim(con, f"c{i}", attribution_kind="leak", attribution_name="Tipster", probability=0.4)
        add_resolution(con, f"c{i}", status, resolved_on=dt.date(2021, 4, 1) if status != "voided" else None,
                       method="manual" if status == "voided" else "evidence")
    r = track(con)[0]
    assert (r["claims"], r["resolved"], r["confirmed"], r["refuted"], r["voided"], r["pending"]) == (4, 3, 2, 1, 1, 0)
    assert r["accuracy"] == pytest.approx(2 / 3)
    assert r["brier"] == pytest.approx((0.6 ** 2 * 2 + 0.4 ** 2) / 3)
    cal = {b["band"]: b for b in rows(con, "SELECT * FROM calibration")}
    assert (cal["0.4-0.6"]["claims"], cal["0.4-0.6"]["resolved"]) == (4, 3)


# --- the fitted prior --------------------------------------------------------------------------


def add_source(con: duckdb.DuckDBPyConnection, name: str, right: int, wrong: int, kind: str = "named_outlet") -> None:
    for i in range(right + wrong):
        add_claim(con, f"{name}-{i}", attribution_kind=kind, attribution_name=name)
        add_resolution(con, f"{name}-{i}", "confirmed" if i < right else "refuted", resolved_on=dt.date(2021, 4, 1))


def prior(con: duckdb.DuckDBPyConnection, grouping: str = "source") -> dict[str, Any]:
    return next(r for r in rows(con, "SELECT * FROM track_record_prior") if r["grouping"] == grouping)


def test_prior_is_fitted_by_method_of_moments(con: duckdb.DuckDBPyConnection) -> None:
    rates = {"A": (9, 1), "B": (5, 5), "C": (2, 8), "D": (7, 3)}  # real spread between sources
    for name, (k, f) in rates.items():
        add_source(con, name, k, f)
    add_source(con, "Tiny", 2, 0)  # < 5 resolved: not used for the fit, but shrunk by it
    ps = [k / (k + f) for k, f in rates.values()]
    m = sum(ps) / 4
    v = sum((p - m) ** 2 for p in ps) / 3
    h = 1 / 10
    rho = (v / (m * (1 - m)) - h) / (1 - h)
    s = 1 / rho - 1
    pr = prior(con)
    assert pr["prior_fitted"] is True
    assert pr["prior_mean"] == pytest.approx(m) and pr["prior_strength"] == pytest.approx(s)
    tiny = next(r for r in track(con) if r["source"] == "Tiny")
    assert tiny["accuracy_shrunk"] == pytest.approx((2 + m * s) / (2 + s))
    assert m < tiny["accuracy_shrunk"] < 1.0


def test_prior_strength_grows_when_sources_do_not_really_differ(con: duckdb.DuckDBPyConnection) -> None:
    for name in ("A", "B", "C"):
        add_source(con, name, 6, 4)  # identical rates: all spread is noise
    add_source(con, "Lucky", 3, 0)
    pr = prior(con)
    assert pr["prior_fitted"] is True and pr["prior_strength"] == pytest.approx(100.0)  # the upper clamp
    lucky = next(r for r in track(con) if r["source"] == "Lucky")
    assert lucky["accuracy_shrunk"] == pytest.approx((3 + 0.6 * 100) / 103)  # barely moves off 0.6


def test_prior_falls_back_to_a_weak_prior_with_few_sources(con: duckdb.DuckDBPyConnection) -> None:
    add_source(con, "A", 9, 1)
    add_source(con, "B", 1, 1)
    pr = prior(con)
    assert pr["prior_fitted"] is False
    assert (pr["prior_mean"], pr["prior_strength"]) == (pytest.approx((10 + 1) / (12 + 2)), 4.0)


# --- rumours: once per rumour, credit to the origin, relays -----------------------------------


def add_rumour_claim(con: duckdb.DuckDBPyConnection, claim_id: str, rumour_id: str, origin: str | None,
                     kind: str | None, relay: str | None, repeat: bool) -> None:
    con.execute("INSERT INTO rumour_claims (claim_id, rumour_id, origin_source, origin_kind, relay_outlet, is_repeat)"
                " VALUES (?, ?, ?, ?, ?, ?)", [claim_id, rumour_id, origin, kind, relay, repeat])


def test_a_source_is_scored_once_per_rumour_and_credit_goes_to_the_origin(con: duckdb.DuckDBPyConnection) -> None:
    add_article(con, "wire", dt.datetime(2021, 3, 1), outlet="Reuters")
    add_article(con, "stampa", dt.datetime(2021, 3, 2), outlet="La Stampa")
    add_article(con, "blog", dt.datetime(2021, 3, 3), outlet="Car Blog")
    anon = dict(attribution_kind="anonymous_sources", attribution_name="people with direct knowledge")
    add_claim(con, "w1", article_id="wire", **anon)
    add_claim(con, "w2", article_id="wire", **anon)  # the wire repeats itself
    add_claim(con, "s1", article_id="stampa", relayed_by="Reuters", language="it", **anon)
    add_claim(con, "s2", article_id="stampa", relayed_by="Reuters", language="it", **anon)
    add_claim(con, "b1", article_id="blog", attribution_kind="named_outlet", attribution_name="La Stampa")
    rid = "rumour-1"
    add_rumour_claim(con, "w1", rid, "Reuters", "named_outlet", None, False)
    add_rumour_claim(con, "w2", rid, "Reuters", "named_outlet", None, True)
    add_rumour_claim(con, "s1", rid, "Reuters", "named_outlet", "La Stampa", True)
    add_rumour_claim(con, "s2", rid, "Reuters", "named_outlet", "La Stampa", True)
    add_rumour_claim(con, "b1", rid, "Reuters", "named_outlet", "Car Blog", True)
    for c in ("w1", "w2", "s1", "s2", "b1"):
        add_resolution(con, c, "refuted", resolved_on=dt.date(2021, 3, 2))
    add_claim(con, "solo", attribution_kind="leak", attribution_name="Tipster", relayed_by="Car Blog")  # no rumour yet
    tr = {r["source"]: r for r in track(con)}
    assert set(tr) == {"Reuters", "Tipster"}
    assert (tr["Reuters"]["claims"], tr["Reuters"]["refuted"], tr["Reuters"]["attribution_kind"]) == (1, 1, "named_outlet")
    relays = {r["outlet"]: r for r in rows(con, "SELECT * FROM relay_track_record")}
    assert {k: (v["claims"], v["refuted"], v["pending"]) for k, v in relays.items()} == {
        "La Stampa": (1, 1, 0), "Car Blog": (2, 1, 1)}
    kinds = {r["attribution_kind"]: r["claims"] for r in rows(con, "SELECT * FROM kind_track_record")}
    assert kinds == {"named_outlet": 1, "leak": 1}


# --- hedge cues ------------------------------------------------------------------------------


def test_hedge_cue_record_tells_what_each_word_meant(con: duckdb.DuckDBPyConnection) -> None:
    from rumourmill.report import refresh_hedge_cues

    assert refresh_hedge_cues(con) > 20
    outcomes = ["confirmed", "refuted", "expired", "confirmed_late", None]
    for i, status in enumerate(outcomes):
        add_claim(con, f"could{i}", quote=f"Acme could buy Beta{i} next year, insiders said", probability=0.45,
                  attribution_name=f"insider {i}")
        if status:
            add_resolution(con, f"could{i}", status, resolved_on=dt.date(2021, 4, 1))
    # "could" and "may" stand for the same probability: the first in the quote set it
    add_claim(con, "may", quote="Acme MAY buy Beta, or could not", probability=0.45, attribution_name="x")
    add_claim(con, "none", quote="Acme is in the market for Beta", probability=0.6, attribution_name="y")
    add_claim(con, "it", quote="Lumetta dovrebbe lanciare il monopattino", probability=0.75, language="it",
              attribution_name="fonti")
    add_resolution(con, "it", "confirmed", resolved_on=dt.date(2021, 4, 1))
    rec = {(r["language"], r["cue"]): r for r in rows(con, "SELECT * FROM hedge_cue_record")}
    could = rec[("en", "could")]
    assert (could["claims"], could["resolved"], could["confirmed"], could["confirmed_late"], could["pending"]) == (
        5, 4, 2, 1, 1)
    assert could["observed_frequency"] == pytest.approx(0.5) and could["stated_probability"] == pytest.approx(0.45)
    assert could["accuracy_lower"] == pytest.approx(wilson_lower(2, 4), rel=1e-9)
    assert rec[("en", "may")]["claims"] == 1
    assert rec[("en", "(reported, no cue word)")]["claims"] == 1
    assert rec[("it", "dovrebbe")]["observed_frequency"] == 1.0


# --- verdict changes -------------------------------------------------------------------------


def test_verdict_changes_since_a_ledger_position(con: duckdb.DuckDBPyConnection) -> None:
    for c in ("c1", "c2", "c3"):
        add_claim(con, c)
    first = add_resolution(con, "c1", "expired", dt.datetime(2021, 4, 1), dt.date(2021, 3, 31), method="deadline")
    add_resolution(con, "c1", "confirmed_late", dt.datetime(2021, 5, 1), dt.date(2021, 4, 28))
    add_resolution(con, "c2", "refuted", dt.datetime(2021, 5, 1), dt.date(2021, 4, 28))
    add_resolution(con, "c3", "expired", dt.datetime(2021, 5, 1), dt.date(2021, 4, 28), method="deadline")
    add_resolution(con, "c3", "pending", dt.datetime(2021, 5, 1), method="manual")  # changed and back: no change
    got = rows(con, "SELECT claim_id, was, status FROM verdict_changes(NULL, ?) ORDER BY claim_id", [first])
    assert got == [{"claim_id": "c1", "was": "expired", "status": "confirmed_late"},
                   {"claim_id": "c2", "was": "pending", "status": "refuted"}]
    assert rows(con, "SELECT count(*) AS n FROM verdict_changes(NULL, 1000)") == [{"n": 0}]


def test_every_outlet_of_a_relay_chain_gets_its_own_relay_record(con: duckdb.DuckDBPyConnection) -> None:
    add_article(con, "blog", dt.datetime(2021, 3, 3), outlet="Car Blog")
    add_claim(con, "c1", article_id="blog", attribution_kind="anonymous_sources",
              attribution_name="three people with direct knowledge", relayed_by="Reuters")
    add_rumour_claim(con, "c1", "r1", "three people with direct knowledge", "anonymous_sources", "Reuters", False)
    con.execute("UPDATE rumour_claims SET relay_chain = ['Reuters', 'La Stampa', 'Car Blog'] WHERE claim_id = 'c1'")
    add_resolution(con, "c1", "confirmed", resolved_on=dt.date(2021, 3, 20))
    relays = {r["outlet"]: (r["claims"], r["confirmed"]) for r in rows(con, "SELECT * FROM relay_track_record")}
    assert relays == {"Reuters": (1, 1), "La Stampa": (1, 1), "Car Blog": (1, 1)}
    assert [r["source"] for r in track(con)] == ["three people with direct knowledge"]
