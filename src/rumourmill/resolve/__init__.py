"""Resolution: group claims into rumours, then turn evidence, deadlines and manual outcomes
into rows of the append-only `resolutions` ledger. The rumour tables are rebuilt and only
changed verdicts are appended, in one transaction, so running it twice changes nothing."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict

import duckdb
import pandas as pd

from rumourmill import quality, store
from rumourmill.models import quarantine_frame
from rumourmill.resolve import rumours as rumour_groups
from rumourmill.resolve.matching import Verdict, add_windows, key, verdicts
from rumourmill.resolve.outcomes import Outcome
from rumourmill.resolve.provenance import outlet_of

LEDGER_COLUMNS = ["claim_id", "status", "resolved_on", "recorded_at", "method", "evidence_article_id",
                  "evidence_url", "confidence", "note", "as_of"]


def load_claims(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Claims with their articles' dates, outlets and URLs (sql/queries/claims_for_resolution)."""
    claims = con.execute(store.query_sql("claims_for_resolution")).df()
    for col in claims.columns:  # plain Python strings: iterating Arrow-backed columns is ~50x slower
        if pd.api.types.is_string_dtype(claims[col]) and claims[col].dtype != object:
            claims[col] = claims[col].astype(object).where(claims[col].notna(), None)
    for col in ("published_day", "published_last"):
        claims[col] = pd.to_datetime(claims[col]).dt.date
    for col in ("expected_earliest", "expected_latest"):
        claims[col] = claims[col].astype(object).where(claims[col].notna(), None)
        claims[col] = [v.date() if isinstance(v, pd.Timestamp) else v for v in claims[col]]
    return claims


def resolve(con: duckdb.DuckDBPyConnection, as_of: dt.date, outcomes: list[Outcome] | None = None) -> dict:
    """Record every new or changed verdict as of `as_of`, in one transaction. Returns counts and the new rows."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    claims = load_claims(con)
    claims = add_windows(claims)
    targets = claims[(claims["hedge"] != "official") | claims["is_prediction"].astype(bool)]
    rumours, members = rumour_groups.build(targets, now)
    partner = _partners(targets, rumours, members)
    outlets = {a: outlet_of(o, u) for a, o, u in zip(claims["article_id"], claims["outlet"], claims["url"])}
    current = {r[0]: r[1:] for r in con.execute(store.query_sql("current_status")).fetchall()}
    manual = _manual_verdicts(claims, outcomes or [])
    auto = [v for v in verdicts(claims, as_of, partner, outlets) if v.claim_id not in manual]
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
    frame = pd.DataFrame([{**asdict(v), "recorded_at": now, "as_of": as_of} for v in rows], columns=LEDGER_COLUMNS)
    result = quality.validate(frame, "resolutions")
    checked = quality.validate(rumours, "rumours")
    con.execute("BEGIN TRANSACTION")
    try:
        store.append(con, "resolutions", result.good)
        store.append(con, "quarantine", quarantine_frame(result.bad, "load:resolutions", "claim_id"))
        store.append(con, "quarantine", quarantine_frame(checked.bad, "load:rumours", "rumour_id"))
        _replace_rumours(con, checked.good, members[members["rumour_id"].isin(checked.good["rumour_id"])])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    counts = result.good["status"].value_counts().to_dict() if not result.good.empty else {}
    return {"recorded": len(result.good), "quarantined": len(result.bad) + len(checked.bad), "by_status": counts,
            "rumours": len(checked.good), "new_rows": result.good,
            "quality_markdown": result.markdown() + "\n" + checked.markdown()}


def _replace_rumours(con: duckdb.DuckDBPyConnection, rumours: pd.DataFrame, members: pd.DataFrame) -> None:
    """Rumours are derived from claims: rebuilt whole on every run."""
    con.execute("DELETE FROM rumour_claims")
    con.execute("DELETE FROM rumours")
    store.append(con, "rumours", rumours)
    if not members.empty:
        con.register("_members", members)
        try:
            con.execute("INSERT INTO rumour_claims BY NAME SELECT * REPLACE (CAST(relay_chain AS VARCHAR[]) AS relay_chain) "
                        "FROM _members")
        finally:
            con.unregister("_members")


def _partners(targets: pd.DataFrame, rumours: pd.DataFrame, members: pd.DataFrame) -> dict[str, str]:
    """claim_id -> its rumour's counterparty, for claims that name none themselves."""
    if rumours.empty:
        return {}
    cp_of = dict(zip(rumours["rumour_id"], rumours["counterparty"]))
    rumour_of = dict(zip(members["claim_id"], members["rumour_id"]))
    out = {}
    for cid, subject, cp in zip(targets["claim_id"], targets["subject"], targets["counterparty"]):
        other = cp_of.get(rumour_of.get(cid))
        if not key(cp) and key(other) and key(other) != key(subject):
            out[cid] = other
    return out


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
