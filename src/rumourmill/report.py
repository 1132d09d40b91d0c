"""The report a user watches: the leaderboard, predictions due this week, overdue ones and
the verdicts that changed since the last report, all "as known on" the report's date.

Read from the `*_as_of(d)` table macros (sql/views), so a report for a past date shows what
was known then. Each run is recorded in `reports`, which is how the next one knows what
changed. Rendered with rich on the terminal and as markdown for Prefect artifacts.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import duckdb
import pandas as pd

from rumourmill import languages

TRACK_COLUMNS = ["source", "attribution_kind", "claims", "resolved", "confirmed", "refuted", "expired", "pending",
                 "accuracy", "accuracy_shrunk", "accuracy_lower", "brier", "mean_lead_days"]
OPEN_COLUMNS = ["claim_id", "subject", "event", "attribution_name", "hedge", "probability", "expected_text",
                "expected_earliest", "expected_latest"]
CHANGE_COLUMNS = ["claim_id", "subject", "event", "source", "was", "status", "resolved_on", "method", "note"]
DUE_DAYS = 7
"""'Due this week': the expected window closes within the next seven days, the report's day included."""

# The terminal shows fewer columns than the artifacts, so tables fit 100-120 columns.
TERMINAL_TRACK = ["source", "attribution_kind", "resolved", "confirmed", "refuted", "expired", "pending", "accuracy",
                  "accuracy_shrunk", "accuracy_lower", "brier"]
TERMINAL_OPEN = ["subject", "event", "attribution_name", "probability", "expected_latest"]
TERMINAL_CHANGES = ["subject", "event", "source", "was", "status", "resolved_on"]


@dataclass
class Report:
    as_of: dt.date
    track_record: pd.DataFrame
    due: pd.DataFrame  # pending, window closes within DUE_DAYS
    overdue: pd.DataFrame  # pending, window closed before as_of (awaiting evidence or the grace period)
    later: pd.DataFrame  # pending, window closes later or is open-ended
    changes: pd.DataFrame  # verdicts changed since the last report (at most `limit` rows)
    changes_total: int
    last_report: dt.datetime | None  # when the previous report ran (None: this is the first)
    ledger_upto: int  # the highest resolution_id this report has seen
    totals: dict

    @property
    def open_predictions(self) -> pd.DataFrame:
        """Pending predictions not yet overdue, soonest first (the `open-predictions` artifact)."""
        return pd.concat([self.due, self.later], ignore_index=True)

    def summary(self) -> dict:
        return {**self.totals, "due": len(self.due), "overdue": len(self.overdue), "changes": self.changes_total}

    def markdown(self) -> str:
        t = self.totals
        since = f"the last report ({self.last_report:%Y-%m-%d %H:%M} UTC)" if self.last_report else "the start (first report)"
        lines = [
            f"# rumourmill report, as known on {self.as_of}",
            "",
            f"{t['articles']} articles, {t['claims']} claims: {t['confirmed']} confirmed, {t['refuted']} refuted, "
            f"{t['expired']} expired, {t['voided']} voided, {t['pending']} pending.",
            "",
            "## Leaderboard (most reliable first: Wilson 90% lower bound)",
            "",
            _md_table(self.track_record),
            "",
            f"## Due this week ({len(self.due)})",
            "",
            _md_table(self.due),
            "",
            f"## Overdue: window passed, no verdict yet ({len(self.overdue)})",
            "",
            _md_table(self.overdue),
            "",
            f"## Verdicts changed since {since} ({self.changes_total})",
            "",
            _md_table(self.changes),
            "",
        ]
        return "\n".join(lines)


def build_report(con: duckdb.DuckDBPyConnection, as_of: dt.date, limit: int = 20) -> Report:
    """Everything the report shows, as known on `as_of`, on one connection (one consistent view)."""
    last = con.execute("SELECT ran_at, ledger_upto FROM reports ORDER BY report_id DESC LIMIT 1").fetchone()
    since = last[1] if last else 0
    upto = con.execute("SELECT coalesce(max(resolution_id), 0) FROM resolutions").fetchone()[0]
    cols = ", ".join(OPEN_COLUMNS)
    track = _frame(con, f"SELECT {', '.join(TRACK_COLUMNS)} FROM source_track_record_as_of(?) LIMIT ?", [as_of, limit])
    due = _frame(con, f"SELECT {cols} FROM open_predictions_as_of(?) WHERE expected_latest >= ? "
                      f"AND expected_latest < ? LIMIT ?", [as_of, as_of, as_of + dt.timedelta(days=DUE_DAYS), limit])
    overdue = _frame(con, f"SELECT {cols} FROM open_predictions_as_of(?) WHERE expected_latest < ? LIMIT ?",
                     [as_of, as_of, limit])
    later = _frame(con, f"SELECT {cols} FROM open_predictions_as_of(?) WHERE expected_latest >= ? "
                        f"OR expected_latest IS NULL LIMIT ?", [as_of, as_of + dt.timedelta(days=DUE_DAYS), limit])
    changes_total = con.execute("SELECT count(*) FROM verdict_changes(?, ?)", [as_of, since]).fetchone()[0]
    changes = _frame(con, f"SELECT {', '.join(CHANGE_COLUMNS)} FROM verdict_changes(?, ?) LIMIT ?", [as_of, since, limit])
    totals = con.execute(
        "SELECT (SELECT count(*) FROM articles WHERE published_at IS NULL OR CAST(published_at AS DATE) <= ?),"
        " count(*), count(*) FILTER (WHERE status IN ('confirmed', 'confirmed_late')),"
        " count(*) FILTER (WHERE status = 'refuted'), count(*) FILTER (WHERE status = 'expired'),"
        " count(*) FILTER (WHERE status = 'voided'), count(*) FILTER (WHERE status = 'pending')"
        " FROM claim_status_as_of(?)", [as_of, as_of]).fetchone()
    keys = ("articles", "claims", "confirmed", "refuted", "expired", "voided", "pending")
    return Report(as_of, track, due, overdue, later, changes, int(changes_total), last[0] if last else None, int(upto),
                  dict(zip(keys, map(int, totals))))


def record_report(con: duckdb.DuckDBPyConnection, report: Report, now: dt.datetime | None = None) -> int:
    """Remember this run, so the next report lists only what changed after it. Returns its id."""
    ran_at = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    return con.execute(
        "INSERT INTO reports (ran_at, as_of, ledger_upto, changes) VALUES (?, ?, ?, ?) RETURNING report_id",
        [ran_at, report.as_of, report.ledger_upto, report.changes_total],
    ).fetchone()[0]


def digest_markdown(report_markdown: str, resolved: dict) -> str:
    """The daily digest: what today's resolve run recorded, then the report."""
    by = ", ".join(f"{n} {s}" for s, n in sorted((resolved.get("by_status") or {}).items())) or "no change"
    head = f"_Resolve run: {resolved.get('recorded', 0)} verdicts recorded ({by})._\n\n"
    return report_markdown.replace("\n\n", "\n\n" + head, 1)


def hedge_cue_rows() -> list[tuple[str, str, float, str]]:
    """(language, cue, probability, words) for every [hedge.probability] entry of every language."""
    out = []
    for code in languages.available():
        for cue, p in languages.load(code).get("hedge", {}).get("probability", {}).items():
            cue = " ".join(cue.lower().split())
            out.append((code, cue, float(p), " ".join(w for w in re.split(r"\W+", cue) if w)))
    return out


def refresh_hedge_cues(con: duckdb.DuckDBPyConnection) -> int:
    """Copy the knowledge files' cue words into `hedge_cues` (read by the hedge_cue_record view)."""
    rows = hedge_cue_rows()
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM hedge_cues")
        con.executemany("INSERT INTO hedge_cues (language, cue, probability, words) VALUES (?, ?, ?, ?)", rows)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return len(rows)


def print_report(report: Report) -> None:
    from rich.console import Console

    console = Console(width=max(Console().width, 120))
    t = report.totals
    console.rule(f"rumourmill report, as known on {report.as_of}")
    console.print(
        f"{t['articles']} articles, {t['claims']} claims: [green]{t['confirmed']} confirmed[/], "
        f"[red]{t['refuted']} refuted[/], [yellow]{t['expired']} expired[/], {t['voided']} voided, {t['pending']} pending"
    )
    since = f"since the last report ({report.last_report:%Y-%m-%d %H:%M} UTC)" if report.last_report else "(first report)"
    console.print(rich_table(report.track_record[TERMINAL_TRACK], "Leaderboard (lower = Wilson 90% lower bound)"))
    console.print(rich_table(report.due[TERMINAL_OPEN], f"Due this week ({len(report.due)})"))
    console.print(rich_table(report.overdue[TERMINAL_OPEN], f"Overdue: window passed, no verdict yet ({len(report.overdue)})"))
    console.print(rich_table(report.later[TERMINAL_OPEN], "Open predictions after this week, soonest first"))
    console.print(rich_table(report.changes[TERMINAL_CHANGES], f"Verdicts changed {since}: {report.changes_total}"))


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


def _frame(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> pd.DataFrame:
    return con.execute(sql, params).df()


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
