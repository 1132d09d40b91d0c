"""Daily digest flow: resolve as of today, then report, and publish one markdown digest."""
from __future__ import annotations

from prefect import flow

from flows.common import markdown_artifact
from flows.report import report_flow
from flows.resolve import resolve_flow
from rumourmill.report import digest_markdown


@flow(name="daily-digest")
def digest_flow(as_of: str | None = None, db: str | None = None, config: str | None = None, limit: int = 20) -> dict:
    """Resolve, report (without printing) and publish the `daily-digest` markdown artifact."""
    resolved = resolve_flow(as_of=as_of, db=db, config=config)
    report = report_flow(as_of=as_of, db=db, config=config, limit=limit, show=False)
    markdown_artifact(digest_markdown(report["markdown"], resolved), "daily-digest", "rumourmill daily digest")
    return {"resolve": resolved, "report": {k: v for k, v in report.items() if k != "markdown"}}
