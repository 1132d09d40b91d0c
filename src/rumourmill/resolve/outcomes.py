"""Manual outcomes (CSV or JSONL): rows naming a claim_id, or a subject + event_type
(+ optional counterparty) that selects every matching claim, with status, date,
evidence_url and note. They override automatic verdicts."""
from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from rumourmill.errors import UserError
from rumourmill.jsonl import read_jsonl

STATUSES = ("pending", "confirmed", "confirmed_late", "refuted", "expired", "voided")


@dataclass(frozen=True)
class Outcome:
    status: str
    date: dt.date | None
    claim_id: str | None = None
    subject: str | None = None
    event_type: str | None = None
    counterparty: str | None = None
    evidence_url: str | None = None
    note: str | None = None


def read_outcomes(path: str | Path) -> list[Outcome]:
    p = Path(path)
    if not p.is_file():
        raise UserError(f"the outcomes file {p} does not exist; give a CSV or JSONL file.")
    if p.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        rows = [(n, r) for n, r in read_jsonl(p)]
    elif p.suffix.lower() == ".csv":
        with p.open(encoding="utf-8", newline="") as f:
            rows = [(n, r) for n, r in enumerate(csv.DictReader(f), 2)]
    else:
        raise UserError(f"{p}: outcomes must be a .csv or .jsonl file.")
    return [_outcome(p, n, r) for n, r in rows]


def _outcome(p: Path, n: int, row: dict) -> Outcome:
    where = f"{p}:{n}"
    if not isinstance(row, dict):
        raise UserError(f"{where}: each outcome must be an object with status and claim_id or subject + event_type.")
    row = {k: (v.strip() if isinstance(v, str) else v) or None for k, v in row.items()}
    status = row.get("status")
    if status not in STATUSES:
        raise UserError(f"{where}: status {status!r} is not one of {', '.join(STATUSES)}; fix that row.")
    if not row.get("claim_id") and not (row.get("subject") and row.get("event_type")):
        raise UserError(f"{where}: give a claim_id, or a subject and an event_type, for each outcome.")
    date = None
    if row.get("date"):
        try:
            date = dt.date.fromisoformat(str(row["date"])[:10])
        except ValueError:
            raise UserError(f"{where}: date {row['date']!r} is not YYYY-MM-DD; fix that row.") from None
    return Outcome(status, date, row.get("claim_id"), row.get("subject"), row.get("event_type"),
                   row.get("counterparty"), row.get("evidence_url"), row.get("note"))
