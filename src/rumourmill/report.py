"""The report: track record, open predictions and the latest verdicts, read from the views.

Rendered with rich on the terminal; the same frames become Prefect artifacts (flows/report.py).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from rumourmill import store

TRACK_COLUMNS = ["source", "attribution_kind", "claims", "resolved", "confirmed", "refuted", "expired", "pending",
                 "accuracy", "accuracy_shrunk", "accuracy_lower", "brier", "mean_lead_days"]
OPEN_COLUMNS = ["subject", "event", "attribution_name", "hedge", "probability", "expected_text",
                "expected_earliest", "expected_latest"]


# The terminal shows fewer columns than the artifacts, so tables fit 100-120 columns.
TERMINAL_TRACK = ["source", "attribution_kind", "resolved", "confirmed", "refuted", "expired", "pending", "accuracy",
                  "accuracy_shrunk", "accuracy_lower", "brier"]
TERMINAL_OPEN = ["subject", "event", "attribution_name", "probability", "expected_latest"]
TERMINAL_NEW = ["subject", "event", "status", "resolved_on", "attribution_name"]


@dataclass
class Report:
    as_of: dt.date
    track_record: pd.DataFrame
    open_predictions: pd.DataFrame
    newly_resolved: pd.DataFrame
    totals: dict

    def markdown(self) -> str:
        t = self.totals
        lines = [
            f"# rumourmill report, {self.as_of}",
            "",
            f"{t['articles']} articles, {t['claims']} claims: {t['confirmed']} confirmed, {t['refuted']} refuted, "
            f"{t['expired']} expired, {t['pending']} pending.",
            "",
            "## Most reliable sources (by Wilson lower bound)",
            "",
            _md_table(self.track_record.head(10)),
            "",
            "## Due soonest",
            "",
            _md_table(self.open_predictions.head(10)),
            "",
            f"## Latest verdicts ({len(self.newly_resolved)})",
            "",
            _md_table(self.newly_resolved.head(20)),
        ]
        return "\n".join(lines) + "\n"


def build_report(db: str | Path, as_of: dt.date, limit: int = 20) -> Report:
    track = store.read_frame(db, f"SELECT {', '.join(TRACK_COLUMNS)} FROM source_track_record LIMIT ?", [limit])
    open_ = store.read_frame(
        db,
        f"SELECT {', '.join(OPEN_COLUMNS)} FROM open_predictions "
        "WHERE expected_latest IS NULL OR expected_latest >= ? LIMIT ?",
        [as_of, limit],
    )
    newly = store.read_frame(db, store.query_sql("newly_resolved") + " LIMIT ?", [limit])
    totals = store.read_frame(
        db,
        "SELECT (SELECT count(*) FROM articles) AS articles, count(*) AS claims, "
        "count(*) FILTER (WHERE status IN ('confirmed', 'confirmed_late')) AS confirmed, "
        "count(*) FILTER (WHERE status = 'refuted') AS refuted, count(*) FILTER (WHERE status = 'expired') AS expired, "
        "count(*) FILTER (WHERE status = 'pending') AS pending FROM claim_status",
    ).iloc[0].to_dict()
    return Report(as_of, track, open_, newly, {k: int(v) for k, v in totals.items()})


def print_report(report: Report) -> None:
    from rich.console import Console

    console = Console(width=max(Console().width, 120))
    t = report.totals
    console.rule(f"rumourmill report, {report.as_of}")
    console.print(
        f"{t['articles']} articles, {t['claims']} claims: [green]{t['confirmed']} confirmed[/], "
        f"[red]{t['refuted']} refuted[/], [yellow]{t['expired']} expired[/], {t['pending']} pending"
    )
    console.print(rich_table(report.track_record[TERMINAL_TRACK], "Source track record (lower = Wilson 90% lower bound)"))
    console.print(rich_table(report.open_predictions[TERMINAL_OPEN], "Open predictions, soonest first"))
    console.print(rich_table(report.newly_resolved[TERMINAL_NEW], "Latest verdicts"))


def rich_table(frame: pd.DataFrame, title: str | None = None):
    from rich.table import Table

    table = Table(title=title, show_lines=False, header_style="bold")
    for col in frame.columns:
        table.add_column(str(col), overflow="fold", justify="right" if pd.api.types.is_numeric_dtype(frame[col]) else "left")
    for row in frame.itertuples(index=False):
        table.add_row(*(_cell(v) for v in row))
    return table


def render_frame(frame: pd.DataFrame) -> str:
    """A frame as a plain-text rich table (for `rumourmill sql`)."""
    from rich.console import Console

    console = Console(width=200, record=True, file=open("/dev/null", "w"))
    console.print(rich_table(frame))
    return console.export_text().rstrip("\n")


def _cell(v) -> str:
    if v is None or (isinstance(v, float) and pd.isna(v)) or v is pd.NaT:
        return ""
    if isinstance(v, float):
        return f"{v:.3f}"
    if isinstance(v, str) and len(v) > 48:
        return v[:47] + "…"
    if isinstance(v, pd.Timestamp):
        return v.date().isoformat() if v == v.normalize() else v.isoformat()
    return str(v)


def _md_table(frame: pd.DataFrame) -> str:
    if frame.empty:
        return "_none_"
    head = "| " + " | ".join(map(str, frame.columns)) + " |"
    sep = "|" + "---|" * len(frame.columns)
    rows = ["| " + " | ".join(_cell(v).replace("|", "\\|") for v in r) + " |" for r in frame.itertuples(index=False)]
    return "\n".join([head, sep, *rows])
