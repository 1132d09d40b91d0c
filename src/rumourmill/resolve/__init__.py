"""Resolution: group claims into rumours, then turn evidence, deadlines and manual outcomes
into rows of the append-only `resolutions` ledger. The rumour tables are rebuilt and only
changed verdicts are appended, in one transaction, so running it twice changes nothing.

Rumours are built from every stored claim whatever the run date: they say which reports
are one proposition, which does not depend on when we look. Verdicts use only evidence
published by the run date (`as_of`)."""
from __future__ import annotations

import datetime as dt
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
    current = {r[0]: r[1:] for r in con.execute(store.query_sql("current_status"), [as_of]).fetchall()}
    manual = _manual_verdicts(claims, outcomes or [])
    auto = [v for v in verdicts(claims, as_of, partner, outlets) if v.claim_id not in manual]
    rows = []
    for v in list(manual.values()) + auto:
        cur = current.get(v.claim_id)
        if cur is not None and cur[1] == "manual" and cur[0] != "pending" and v.method != "manual":
            continue  # a person's verdict stands until a person changes it (a reopen hands it back)
        if cur is not None and cur[0] == v.status and cur[2] == v.evidence_article_id:
            continue
        if (cur is None or cur[0] == "pending") and v.status == "pending":
            continue
        rows.append(v)
    verdict_columns = [c for c in LEDGER_COLUMNS if c not in ("recorded_at", "as_of")]
    frame = pd.DataFrame([vars(v) for v in rows], columns=verdict_columns).assign(recorded_at=now, as_of=as_of)
    frame = frame[LEDGER_COLUMNS]
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
    """Rumours are derived from claims: make the tables equal these frames, touching only
    rows that changed (deleting and rewriting 100k indexed rows costs seconds)."""
    _sync(con, "rumour_claims", members.assign(relay_chain=members["relay_chain"].astype(object)),
          "claim_id", [c for c in rumour_groups.CLAIM_COLUMNS if c != "claim_id"], "CAST(relay_chain AS VARCHAR[])")
    _sync(con, "rumours", rumours, "rumour_id",
          [c for c in rumour_groups.RUMOUR_COLUMNS if c not in ("rumour_id", "updated_at")])


def _sync(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame, key: str, compare: list[str],
          relay_cast: str | None = None) -> None:
    con.register("_new", frame)
    try:
        select = f"SELECT * REPLACE ({relay_cast} AS relay_chain) FROM _new" if relay_cast else "SELECT * FROM _new"
        con.execute(f"CREATE OR REPLACE TEMP TABLE _new_rows AS {select}")
    finally:
        con.unregister("_new")
    same = " AND ".join(f"n.{c} IS NOT DISTINCT FROM t.{c}" for c in compare)
    con.execute(f"DELETE FROM {table} AS t WHERE NOT EXISTS "
                f"(SELECT 1 FROM _new_rows AS n WHERE n.{key} = t.{key} AND {same})")
    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _new_rows AS n "
                f"WHERE NOT EXISTS (SELECT 1 FROM {table} AS t WHERE t.{key} = n.{key})")
    con.execute("DROP TABLE _new_rows")


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
