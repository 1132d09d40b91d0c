"""Records that travel between the steps: sources -> articles -> claims -> resolutions.

Plain dataclasses so every step can be tested alone; `to_frame` turns a batch into the
pandas frame that the quality gate checks and the store bulk-loads.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Iterable

import pandas as pd

PRECISIONS = ("year", "month", "day", "datetime")


def short_hash(*parts: object, n: int = 16) -> str:
    """Stable identifier from its parts (sha1, hex, first n chars)."""
    h = hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:n]


@dataclass
class Article:
    """One news article, as stored in the `articles` table."""

    article_id: str
    text: str
    external_id: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published_at: dt.datetime | None = None
    published_precision: str | None = None  # one of PRECISIONS
    language: str | None = None
    content_hash: str | None = None
    source: str | None = None  # the path, feed or URL it came from
    ingested_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC).replace(tzinfo=None))


@dataclass
class Rejected:
    """Something that could not be ingested or loaded; goes to the `quarantine` table."""

    stage: str  # ingest | extract | load:<table>
    source: str  # path, URL, "file.jsonl:12", article id ...
    reason: str  # one readable sentence
    payload: str | None = None  # the offending input, truncated
    recorded_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC).replace(tzinfo=None))


@dataclass
class Claim:
    """One claim about an event, as stored in the `claims` table."""

    claim_id: str
    article_id: str
    quote: str
    char_start: int
    char_end: int
    subject: str | None
    event: str | None
    event_type: str
    counterparty: str | None
    polarity: str  # positive | negative
    hedge: str
    probability: float
    attribution_kind: str
    attribution_name: str | None
    relayed_by: str | None
    is_prediction: bool
    expected_text: str | None
    expected_earliest: dt.date | None
    expected_latest: dt.date | None
    expected_grain: str | None
    language: str
    extractor: str
    relay_chain: str | None = None  # relaying outlets, nearest the source first: "Reuters > La Stampa"
    attribution_role: str | None = None  # the speaker's role as written ("chief executive", "analyst")


RELAY_SEPARATOR = " > "
"""Joins Claim.relay_chain: each outlet passed the claim on to the next ("Reuters > La Stampa":
La Stampa relayed what Reuters reported from its source)."""


def to_frame(records: Iterable[object], cls: type) -> pd.DataFrame:
    """A frame with exactly the dataclass's columns, even when there are no records."""
    cols = [f.name for f in dataclasses.fields(cls)]
    rows = [dataclasses.asdict(r) for r in records]
    return pd.DataFrame(rows, columns=cols)


def quarantine_frame(bad: pd.DataFrame, stage: str, id_column: str) -> pd.DataFrame:
    """Failing rows as quarantine records: the id as source, the row as JSON payload."""
    if bad.empty:
        return pd.DataFrame(columns=["stage", "source", "reason", "payload", "recorded_at"])
    payload = bad.drop(columns=["reason"]).astype(str).apply(lambda r: r.to_json()[:4000], axis=1)
    return pd.DataFrame({
        "stage": stage,
        "source": bad[id_column].astype(str),
        "reason": bad["reason"],
        "payload": payload,
        "recorded_at": pd.Timestamp.now(tz="UTC").tz_localize(None),
    })
