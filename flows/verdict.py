"""Verdict flow: one manual verdict (resolve, reopen or void a claim) appended to the ledger."""
from __future__ import annotations

from prefect import flow, get_run_logger

from flows.common import db_writer, markdown_artifact
from rumourmill.ledger import make_verdict, record_verdict
from rumourmill.settings import load_settings


@flow(name="verdict")
def verdict_flow(claim_id: str, status: str, date: str | None = None, note: str | None = None,
                 evidence_url: str | None = None, db: str | None = None, config: str | None = None) -> dict:
    """Append a method='manual' row for one claim; it stands over automatic verdicts until a person reopens it."""
    settings = load_settings(config, db)
    verdict = make_verdict(claim_id, status, date, note, evidence_url)
    with db_writer(settings.db) as con:
        out = record_verdict(con, verdict)
    markdown_artifact(out.pop("quality_markdown"), "quality-resolutions", "Great Expectations: the resolutions suite")
    get_run_logger().info("verdict on %s: %s -> %s", out["claim_id"], out["before"], out["status"])
    return out
