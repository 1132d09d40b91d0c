"""The whole pipeline as one flow: ingest -> extract -> resolve -> report."""
from __future__ import annotations

from prefect import flow

from flows.extract import extract_flow
from flows.ingest import ingest_flow
from flows.report import report_flow
from flows.resolve import resolve_flow


@flow(name="pipeline")
def pipeline_flow(sources: list[str] | None = None, as_of: str | None = None, db: str | None = None,
                  config: str | None = None, show: bool = True) -> dict:
    """Run every step; with no sources, the configured ones (the demo corpus by default)."""
    return {
        "ingest": ingest_flow(sources=sources, db=db, config=config),
        "extract": extract_flow(db=db, config=config),
        "resolve": resolve_flow(as_of=as_of, db=db, config=config),
        "report": report_flow(as_of=as_of, db=db, config=config, show=show),
    }
