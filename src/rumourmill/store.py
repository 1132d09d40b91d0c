"""DuckDB storage: connect, migrate, one writer, bulk loads, short read-only queries.

DuckDB allows one read-write process, and even a read-only reader in another process
blocks it. So every writer retries on the lock with backoff, readers use short
read-only connections (also retried), and after each write a snapshot copy is
refreshed for long-lived analyst sessions (`data/rumourmill.snapshot.duckdb`).
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import threading
import time
from pathlib import Path
from typing import Iterator

import duckdb
import pandas as pd

from rumourmill.errors import UserError

log = logging.getLogger("rumourmill.store")

SQL_DIR = Path(__file__).resolve().parents[2] / "sql"
"""sql/ at the project root: migrations/NNNN_name.sql and views/*.sql."""

LOCK_TIMEOUT_S = float(os.environ.get("RUMOURMILL_LOCK_TIMEOUT", "120"))
_write_lock = threading.RLock()  # one connection per process at a time; across processes the file lock


def _is_lock_error(e: Exception) -> bool:
    msg = str(e).lower()
    return "lock" in msg and ("could not set" in msg or "conflicting" in msg or "in use" in msg)


def connect(path: str | Path, read_only: bool = False, timeout_s: float | None = None) -> duckdb.DuckDBPyConnection:
    """Open the database, retrying while another process holds the lock."""
    path = Path(path)
    if read_only and not path.exists():
        raise UserError(f"there is no database at {path}; run `rumourmill run` or `rumourmill ingest` first.")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + (LOCK_TIMEOUT_S if timeout_s is None else timeout_s)
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as e:
            if not _is_lock_error(e) or time.monotonic() >= deadline:
                if _is_lock_error(e):
                    raise UserError(
                        f"the database {path} stayed locked by another process for "
                        f"{timeout_s or LOCK_TIMEOUT_S:.0f}s; close other DuckDB sessions on it "
                        "(analysts can use the snapshot file) and run again."
                    ) from None
                raise
            log.info("database %s is locked; retrying in %.2fs", path, delay)
            time.sleep(delay)
            delay = min(delay * 2, 2.0)


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply pending sql/migrations in order (recorded in schema_migrations), then recreate the views."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version VARCHAR PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)"
    )
    done = {r[0] for r in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for f in sorted((SQL_DIR / "migrations").glob("*.sql")):
        version = f.name.split("_", 1)[0]
        if version in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(f.read_text(encoding="utf-8"))
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, current_timestamp)", [version, f.stem])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(f.name)
    for f in sorted((SQL_DIR / "views").glob("*.sql")):
        con.execute(f.read_text(encoding="utf-8"))
    return applied


def snapshot_path(path: str | Path) -> Path:
    p = Path(path)
    return p.with_name(p.stem + ".snapshot" + p.suffix)


@contextlib.contextmanager
def writer(path: str | Path, snapshot: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
    """The one read-write connection: migrated, committed on success, snapshot refreshed after."""
    with _write_lock:
        con = connect(path)
        try:
            migrate(con)
            yield con
        finally:
            con.close()
        if snapshot:
            refresh_snapshot(path)


def refresh_snapshot(path: str | Path) -> None:
    """Copy the database to its snapshot atomically; readers of the old snapshot keep their file."""
    src, dst = Path(path), snapshot_path(path)
    tmp = dst.with_name(dst.name + ".tmp")
    try:
        shutil.copyfile(src, tmp)
        os.replace(tmp, dst)
    except OSError as e:  # a snapshot is a convenience: never fail a load for it
        log.warning("could not refresh snapshot %s: %s", dst, e)


def upsert(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame, update: bool = False) -> int:
    """Bulk insert a frame BY NAME; on a key conflict keep the old row (or update it). Returns rows new."""
    if frame.empty:
        return 0
    before = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    con.register("_frame", frame)
    try:
        if update:
            cols = [c for c in frame.columns]
            sets = ", ".join(f"{c} = excluded.{c}" for c in cols)
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _frame ON CONFLICT DO UPDATE SET {sets}")
        else:
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _frame ON CONFLICT DO NOTHING")
    finally:
        con.unregister("_frame")
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] - before


def append(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> int:
    """Bulk append a frame BY NAME (tables with generated ids: quarantine, resolutions)."""
    if frame.empty:
        return 0
    con.register("_frame", frame)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _frame")
    finally:
        con.unregister("_frame")
    return len(frame)


def read_frame(path: str | Path, sql: str, params: list | None = None) -> pd.DataFrame:
    """A query on a short read-only connection (released at once, so writers are not blocked long)."""
    with _write_lock:  # same process: DuckDB refuses a read-only handle beside a read-write one
        con = connect(path, read_only=True)
        try:
            return con.execute(sql, params or []).df()
        finally:
            con.close()


def format_query(path: str | Path, sql: str, fmt: str = "table") -> str:
    """`rumourmill sql`: run a read-only query and render it as a table, CSV or JSON."""
    try:
        frame = read_frame(path, sql)
    except duckdb.Error as e:
        first = str(e).splitlines()[0]
        raise UserError(f"the query failed: {first}; check the SQL (tables: articles, claims, resolutions, views: claim_status, source_track_record, open_predictions).") from None
    if fmt == "csv":
        return frame.to_csv(index=False).rstrip("\n")
    if fmt == "json":
        return json.dumps(json.loads(frame.to_json(orient="records", date_format="iso")), ensure_ascii=False, indent=1)
    from rumourmill.report import render_frame

    return render_frame(frame)


def query_sql(name: str) -> str:
    """The text of sql/queries/<name>.sql (queries the domain runs, kept with the schema)."""
    return (SQL_DIR / "queries" / f"{name}.sql").read_text(encoding="utf-8")
