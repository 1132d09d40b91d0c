"""Resolution: turn evidence, deadlines and manual outcomes into rows of the append-only
`resolutions` ledger. Only changes are appended, so running it twice changes nothing."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict

import duckdb
import pandas as pd

from rumourmill import quality, store
from rumourmill.models import quarantine_frame
from rumourmill.resolve.matching import Verdict, key, verdicts
from rumourmill.resolve.outcomes import Outcome

LEDGER_COLUMNS = ["claim_id", "status", "resolved_on", "recorded_at", "method", "evidence_article_id",
                  "evidence_url", "confidence", "note", "as_of"]


def resolve(con: duckdb.DuckDBPyConnection, as_of: dt.date, outcomes: list[Outcome] | None = None) -> dict:
    """Record every new or changed verdict as of `as_of`, in one transaction. Returns counts and the new rows."""
    claims = con.execute(store.query_sql("claims_for_resolution")).df()
    for col in ("published_day", "published_last"):
        claims[col] = pd.to_datetime(claims[col]).dt.date
    claims["expected_latest"] = claims["expected_latest"].astype(object).where(claims["expected_latest"].notna(), None)
    current = {r[0]: r[1:] for r in con.execute(store.query_sql("current_status")).fetchall()}
    manual = _manual_verdicts(claims, outcomes or [])
    auto = [v for v in verdicts(claims, as_of) if v.claim_id not in manual]
    rows = []
    for v in list(manual.values()) + auto:
        cur = current.get(v.claim_id)
        if cur is not None and cur[1] == "manual" and v.method != "manual":
            continue  # a person's verdict stands until a person changes it
        if cur is not None and cur[0] == v.status and cur[2] == v.evidence_article_id:
            continue
        if cur is None and v.status == "pending":
            continue
        rows.append(v)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    frame = pd.DataFrame([{**asdict(v), "recorded_at": now, "as_of": as_of} for v in rows], columns=LEDGER_COLUMNS)
    result = quality.validate(frame, "resolutions")
    con.execute("BEGIN TRANSACTION")
    try:
        store.append(con, "resolutions", result.good)
        store.append(con, "quarantine", quarantine_frame(result.bad, "load:resolutions", "claim_id"))
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    counts = result.good["status"].value_counts().to_dict() if not result.good.empty else {}
    return {"recorded": len(result.good), "quarantined": len(result.bad), "by_status": counts,
            "new_rows": result.good, "quality_markdown": result.markdown()}


def _manual_verdicts(claims: pd.DataFrame, outcomes: list[Outcome]) -> dict[str, Verdict]:
    out: dict[str, Verdict] = {}
    ids = set(claims["claim_id"])
    for o in outcomes:
        if o.claim_id:
            targets = [o.claim_id] if o.claim_id in ids else []
        else:
            sel = claims[(claims["subject"].map(key) == key(o.subject)) & (claims["event_type"] == o.event_type)]
            if o.counterparty:
                sel = sel[sel["counterparty"].map(key) == key(o.counterparty)]
            targets = sel["claim_id"].tolist()
        for cid in targets:
            out[cid] = Verdict(cid, o.status, o.date, "manual", None, o.evidence_url, 1.0, o.note or "manual outcome")
    return out
