"""What every flow shares: the one database writer and artifact helpers."""
from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from pathlib import Path
from typing import Iterator

import duckdb
import pandas as pd
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.concurrency.sync import concurrency

from rumourmill import store

WRITER_LIMIT = "rumourmill-db-writer"
"""Prefect global concurrency limit (1 slot) held while writing: one writer across all flow runs."""
_limit_checked = False


def ensure_writer_limit() -> None:
    """Create the writer limit on the Prefect server if it is missing (once per process)."""
    global _limit_checked
    if _limit_checked:
        return
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
    from prefect.exceptions import ObjectAlreadyExists, ObjectNotFound

    with get_client(sync_client=True) as client:
        try:
            client.read_global_concurrency_limit_by_name(WRITER_LIMIT)
        except ObjectNotFound:
            try:
                client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(name=WRITER_LIMIT, limit=1))
            except ObjectAlreadyExists:
                pass
    _limit_checked = True


@contextlib.contextmanager
def db_writer(db: str | Path, snapshot: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
    """The database writer under the global limit. Flows that write many batches pass
    snapshot=False and call refresh_snapshot() once at the end: copying the file after every
    batch would make a long run quadratic in the size of the database."""
    ensure_writer_limit()
    with concurrency(WRITER_LIMIT, occupy=1, strict=True):
        with store.writer(db, snapshot=snapshot) as con:
            yield con


def refresh_snapshot(db: str | Path) -> None:
    """Refresh the readers' snapshot under the writer limit (no write may be half-done)."""
    ensure_writer_limit()
    with concurrency(WRITER_LIMIT, occupy=1, strict=True):
        store.refresh_snapshot(db)


def staging_dir(db: str | Path, step: str) -> Path:
    """A fresh folder beside the database for the batches one run passes between tasks."""
    path = Path(db).resolve().parent / "staging" / f"{step}-{dt.datetime.now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
    path.mkdir(parents=True, exist_ok=True)
    return path


def table_artifact(frame: pd.DataFrame, key: str, description: str) -> None:
    rows = [{k: _plain(v) for k, v in r.items()} for r in frame.to_dict(orient="records")]
    create_table_artifact(table=rows or [{"note": "none"}], key=key, description=description)


def markdown_artifact(markdown: str, key: str, description: str) -> None:
    create_markdown_artifact(markdown=markdown, key=key, description=description)


def _plain(v):
    if v is None or (isinstance(v, float) and pd.isna(v)):
        return None
    if isinstance(v, (pd.Timestamp, dt.date, dt.datetime)):
        return v.isoformat()
    if hasattr(v, "item"):
        return v.item()
    return v
