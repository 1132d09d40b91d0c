"""Resolve flow: evidence, deadlines and manual outcomes -> the `resolutions` ledger.

The only publisher of `newly-resolved` (the verdicts this run recorded); the report flow
publishes what changed since the previous report instead.
"""
from __future__ import annotations

import datetime as dt

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows.common import db_writer, markdown_artifact, table_artifact
from rumourmill import resolve
from rumourmill.report import refresh_hedge_cues
from rumourmill.resolve.outcomes import read_outcomes
from rumourmill.settings import load_settings


@task(name="resolve-claims", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=5)
def resolve_task(db: str, as_of: str, outcomes: str | None) -> dict:
    manual = read_outcomes(outcomes) if outcomes else []
    with db_writer(db) as con:
        refresh_hedge_cues(con)  # the knowledge files' cue words, for the hedge_cue_record view
        result = resolve.resolve(con, dt.date.fromisoformat(as_of), manual)
    new = result.pop("new_rows")
    table_artifact(new[["claim_id", "status", "resolved_on", "method", "note"]], "newly-resolved",
                   f"Verdicts recorded by the resolve run as of {as_of}")
    markdown_artifact(result.pop("quality_markdown"), "quality-resolutions", "Great Expectations: the resolutions suite")
    return result


@flow(name="resolve")
def resolve_flow(as_of: str | None = None, outcomes: str | None = None, db: str | None = None, config: str | None = None) -> dict:
    """Match claims with later evidence, apply deadlines as of `as_of` (default today), record outcomes."""
    settings = load_settings(config, db)
    as_of = as_of or dt.date.today().isoformat()
    result = resolve_task(str(settings.db), as_of, outcomes)
    get_run_logger().info("resolve as of %s: %s", as_of, result)
    return result
