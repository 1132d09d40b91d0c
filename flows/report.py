"""Report flow: the track record and open predictions, on the terminal and as Prefect artifacts."""
from __future__ import annotations

import datetime as dt

from prefect import flow

from flows.common import markdown_artifact, table_artifact
from rumourmill.report import build_report, print_report
from rumourmill.settings import load_settings


@flow(name="report")
def report_flow(as_of: str | None = None, db: str | None = None, config: str | None = None, limit: int = 20,
                show: bool = True) -> dict:
    """Publish artifacts `track-record`, `open-predictions`, `newly-resolved` and `rumourmill-summary`."""
    settings = load_settings(config, db)
    day = dt.date.fromisoformat(as_of) if as_of else dt.date.today()
    report = build_report(settings.db, day, limit)
    table_artifact(report.track_record, "track-record", "Source track record, most reliable first")
    table_artifact(report.open_predictions, "open-predictions", "Pending predictions, soonest first")
    table_artifact(report.newly_resolved, "newly-resolved", "Verdicts from the latest resolve run")
    markdown_artifact(report.markdown(), "rumourmill-summary", f"rumourmill summary as of {day}")
    if show:
        print_report(report)
    return report.totals
