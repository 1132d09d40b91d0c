"""Report flow: leaderboard, due and overdue predictions, changed verdicts; terminal and artifacts.

It writes too: each run is recorded in `reports` (so the next run lists what changed since)
and the hedge cue table is refreshed, so it takes the database writer.
"""
from __future__ import annotations

import datetime as dt

from prefect import flow

from flows.common import db_writer, markdown_artifact, table_artifact
from rumourmill.report import build_report, print_report, record_report, refresh_hedge_cues
from rumourmill.settings import load_settings


@flow(name="report")
def report_flow(as_of: str | None = None, db: str | None = None, config: str | None = None, limit: int = 20,
                show: bool = True) -> dict:
    """Publish `track-record`, `due-this-week`, `overdue`, `open-predictions`, `verdict-changes`, `rumourmill-summary`.

    `newly-resolved` (one resolve run's verdicts) is the resolve flow's; this flow publishes
    what changed since the previous report, which may span several runs and manual verdicts.
    """
    settings = load_settings(config, db)
    day = dt.date.fromisoformat(as_of) if as_of else dt.date.today()
    with db_writer(settings.db) as con:
        refresh_hedge_cues(con)
        report = build_report(con, day, limit)
        record_report(con, report)
    table_artifact(report.track_record, "track-record", f"Source track record as known on {day}, most reliable first")
    table_artifact(report.due, "due-this-week", f"Pending predictions whose window closes within a week of {day}")
    table_artifact(report.overdue, "overdue", f"Pending predictions whose window closed before {day}")
    table_artifact(report.open_predictions, "open-predictions", f"Pending predictions not yet overdue on {day}, soonest first")
    table_artifact(report.changes, "verdict-changes", "Verdicts changed since the previous report")
    markdown = report.markdown()
    markdown_artifact(markdown, "rumourmill-summary", f"rumourmill report as known on {day}")
    if show:
        print_report(report)
    return {**report.summary(), "markdown": markdown}
