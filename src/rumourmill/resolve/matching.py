"""Automatic verdicts: later official evidence, then deadlines.

Evidence is an official claim (hedge `official`) from a later article about the same
subject and event type: the evidence's subject or counterparty is the claim's subject,
and counterparties agree when both name one. Candidates are looked up in an index by
(event type, party), never by comparing every claim with every piece of evidence.

Rules (in order):
- confirming evidence (or, for a negative claim, denying evidence) on or before the
  deadline -> `confirmed`; after it -> `confirmed_late`. A denial contradicted by a later
  confirmation does not stand: any confirmation wins over earlier denials.
- denying evidence only -> `refuted`.
- no evidence and the deadline plus GRACE_DAYS passed as of the run date -> `expired`.
The deadline is `expected_latest`, or the last day the publication date allows plus
DEFAULT_HORIZON_DAYS when the claim names no time.
"""
from __future__ import annotations

import collections
import datetime as dt
from dataclasses import dataclass

import pandas as pd

GRACE_DAYS = 7
DEFAULT_HORIZON_DAYS = 365


@dataclass(frozen=True)
class Verdict:
    claim_id: str
    status: str
    resolved_on: dt.date | None
    method: str  # evidence | deadline
    evidence_article_id: str | None
    evidence_url: str | None
    confidence: float
    note: str


def key(name: object) -> str | None:
    if name is None or (isinstance(name, float) and pd.isna(name)):
        return None
    return " ".join(str(name).lower().split()) or None


def deadline(row) -> dt.date:
    if row.expected_latest is not None and not pd.isna(row.expected_latest):
        return pd.Timestamp(row.expected_latest).date()
    return row.published_last + dt.timedelta(days=DEFAULT_HORIZON_DAYS)


def verdicts(claims: pd.DataFrame, as_of: dt.date) -> list[Verdict]:
    """A verdict for every claim that can be decided as of `as_of` (evidence known by then)."""
    if claims.empty:
        return []
    evidence = claims[(claims.hedge == "official") & (claims.published_day <= as_of)]
    index: dict[tuple[str, str], list] = collections.defaultdict(list)
    for e in evidence.itertuples(index=False):
        for party in {key(e.subject), key(e.counterparty)} - {None}:
            index[(e.event_type, party)].append(e)
    targets = claims[(claims.hedge != "official") | claims.is_prediction]
    out = []
    for c in targets.itertuples(index=False):
        v = _judge(c, index.get((c.event_type, key(c.subject)), []), as_of)
        if v is not None:
            out.append(v)
    return out


def _judge(c, candidates: list, as_of: dt.date) -> Verdict | None:
    due = deadline(c)
    cp = key(c.counterparty)
    found = []
    for e in candidates:
        if e.article_id == c.article_id or e.published_day < c.published_day:
            continue
        parties = {key(e.subject), key(e.counterparty)} - {None}
        if cp and len(parties) > 1 and cp not in parties:
            continue
        found.append((e, 0.9 if cp and cp in parties else 0.7))
    found.sort(key=lambda x: (x[0].published_day, x[0].article_id))
    confirms = [(e, conf) for e, conf in found if (e.polarity == c.polarity)]
    denies = [(e, conf) for e, conf in found if (e.polarity != c.polarity)]
    if confirms:
        e, conf = confirms[0]
        late = e.published_day > due
        status = "confirmed_late" if late else "confirmed"
        when = f"after the deadline {due}" if late else f"by the deadline {due}"
        return Verdict(c.claim_id, status, e.published_day, "evidence", e.article_id, e.url, conf,
                       f"{e.attribution_name or e.subject} confirmed it on {e.published_day} ({when}): {_short(e.quote)}")
    if denies:
        e, conf = denies[0]
        return Verdict(c.claim_id, "refuted", e.published_day, "evidence", e.article_id, e.url, conf,
                       f"{e.attribution_name or e.subject} contradicted it on {e.published_day}: {_short(e.quote)}")
    if as_of > due + dt.timedelta(days=GRACE_DAYS):
        return Verdict(c.claim_id, "expired", due, "deadline", None, None, 1.0,
                       f"no confirmation by {due} (+{GRACE_DAYS} days grace), as of {as_of}")
    return None


def _short(quote: str, n: int = 120) -> str:
    q = " ".join(str(quote).split())
    return q if len(q) <= n else q[: n - 1] + "…"
