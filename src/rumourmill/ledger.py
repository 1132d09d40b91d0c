"""Manual verdicts on one claim: resolve, reopen or void it by hand.

A verdict is one more `method='manual'` row appended to the `resolutions` ledger, never an
edit, so every change stays auditable. The claim_status view lets the latest manual row
stand over automatic ones, except a manual 'pending' (a reopen), which hands the claim back
to the automatic resolver.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import pandas as pd

from rumourmill import quality, store
from rumourmill.errors import UserError

STATUSES = ("confirmed", "confirmed_late", "refuted", "expired", "voided", "pending")
ALIASES = {"reopen": "pending", "void": "voided", "confirm": "confirmed", "refute": "refuted", "expire": "expired"}
MIN_PREFIX = 6
"""Shortest claim-id prefix accepted (ids are 16 hex digits; like git, a unique prefix will do)."""


@dataclass(frozen=True)
class ManualVerdict:
    claim_id: str
    status: str
    resolved_on: dt.date | None
    note: str
    evidence_url: str | None


def normalise_status(value: str) -> str:
    """The ledger status for a command-line word ('reopen' -> 'pending'); UserError if unknown."""
    status = ALIASES.get(value.strip().lower(), value.strip().lower())
    if status not in STATUSES:
        words = ", ".join(STATUSES + tuple(ALIASES))
        raise UserError(f"status {value!r} is not one of {words}; pick one of those.")
    return status


def make_verdict(claim_id: str, status: str, on: str | dt.date | None = None, note: str | None = None,
                 evidence_url: str | None = None, today: dt.date | None = None) -> ManualVerdict:
    """Check a verdict's input. A reopen has no date; a final verdict happened on `on` (default today)."""
    today = today or dt.date.today()
    status = normalise_status(status)
    day = _date(on) if on else None
    if day and day > today:
        raise UserError(f"--date {day} is in the future; a verdict records what already happened.")
    if status == "pending":
        day = None
    elif status != "voided":
        day = day or today
    if evidence_url and not evidence_url.startswith(("http://", "https://")):
        raise UserError(f"--evidence-url {evidence_url!r} is not an http(s) URL.")
    default_note = {"pending": "reopened by hand", "voided": "voided by hand"}.get(status, "manual verdict")
    return ManualVerdict(claim_id, status, day, (note or "").strip() or default_note, evidence_url)


def find_claim(con: duckdb.DuckDBPyConnection, ref: str) -> str:
    """The claim id `ref` names (exactly, or as a unique prefix of 6+ characters)."""
    ref = ref.strip()
    if con.execute("SELECT 1 FROM claims WHERE claim_id = ?", [ref]).fetchone():
        return ref
    hits = []
    if len(ref) >= MIN_PREFIX:
        hits = [r[0] for r in con.execute(
            "SELECT claim_id FROM claims WHERE starts_with(claim_id, ?) ORDER BY claim_id LIMIT 3", [ref]).fetchall()]
    if len(hits) == 1:
        return hits[0]
    if hits:
        more = ", ..." if len(hits) > 2 else ""
        raise UserError(f"claim id {ref!r} is ambiguous ({', '.join(hits[:2])}{more}); give more characters.")
    raise UserError(f"there is no claim {ref!r}; find its id with "
                    "`rumourmill sql \"SELECT claim_id, subject, quote FROM claims WHERE subject ILIKE '%name%'\"`.")


def record_verdict(con: duckdb.DuckDBPyConnection, verdict: ManualVerdict,
                   now: dt.datetime | None = None) -> dict:
    """Append the verdict to the ledger (after the resolutions quality gate). Returns what changed."""
    claim_id = find_claim(con, verdict.claim_id)
    before = con.execute("SELECT status FROM claim_status WHERE claim_id = ?", [claim_id]).fetchone()[0]
    recorded_at = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    frame = pd.DataFrame([{
        "claim_id": claim_id, "status": verdict.status, "resolved_on": verdict.resolved_on,
        "recorded_at": recorded_at, "method": "manual", "evidence_article_id": None,
        "evidence_url": verdict.evidence_url, "confidence": 1.0, "note": verdict.note,
        "as_of": recorded_at.date(),
    }])
    result = quality.validate(frame, "resolutions")
    if not result.success or result.good.empty:
        reason = result.bad["reason"].iloc[0] if not result.bad.empty else "the quality gate failed"
        raise UserError(f"the verdict was not recorded: {reason}.")
    con.execute("BEGIN TRANSACTION")
    try:
        store.append(con, "resolutions", result.good)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    after = con.execute("SELECT status FROM claim_status WHERE claim_id = ?", [claim_id]).fetchone()[0]
    return {"claim_id": claim_id, "before": before, "status": after, "resolved_on": verdict.resolved_on,
            "note": verdict.note, "quality_markdown": result.markdown()}


def _date(value: str | dt.date) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UserError(f"--date {value!r} is not a date; use YYYY-MM-DD.") from None
