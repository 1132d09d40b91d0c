"""Automatic verdicts: later official evidence, then deadlines.

Evidence is an official claim (hedge `official`) from a later article about the same
subject and event type: the claim's subject is named in the evidence ("Musk" in "Elon
Musk has completed ..."; accents and case ignored), and so is the claim's counterparty
when the evidence names another party. Candidates are looked up in an index by
(event type, name word), never by comparing every claim with every piece of evidence.

Rules (in order):
- confirming evidence (or, for a negative claim, denying evidence) on or before the
  deadline -> `confirmed`; after it -> `confirmed_late`. A denial contradicted by a later
  confirmation does not stand: any confirmation wins over earlier denials.
- a confirmation more than LATE_HORIZON_DAYS after the deadline does not count (the move
  "this summer" that happens two summers later is another event).
- denying evidence only -> `refuted`.
- no evidence and the deadline plus GRACE_DAYS passed as of the run date -> `expired`.
The deadline is `expected_latest`, or the last day the publication date allows plus
DEFAULT_HORIZON_DAYS when the claim names no time.
"""
from __future__ import annotations

import collections
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

import pandas as pd

GRACE_DAYS = 7
DEFAULT_HORIZON_DAYS = 365
LATE_HORIZON_DAYS = 365
"""A confirmation more than this long after the deadline is a different event, not a late one."""


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
    """A name folded for comparison: lower case, no accents, single spaces."""
    if name is None or (isinstance(name, float) and pd.isna(name)):
        return None
    folded = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode()
    return " ".join(folded.lower().split()) or None


def name_words(text: object) -> frozenset[str]:
    """Folded words of a name or quote, for "is this name mentioned there" tests."""
    k = key(text)
    return frozenset(re.findall(r"\w+", k)) if k else frozenset()


def mentions(quote_words: frozenset[str], name: object) -> bool:
    words = name_words(name)
    return bool(words) and words <= quote_words


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
        words = name_words(e.quote) | name_words(e.subject) | name_words(e.counterparty)
        for w in words:
            index[(e.event_type, w)].append((e, words))
    targets = claims[(claims.hedge != "official") | claims.is_prediction]
    out = []
    for c in targets.itertuples(index=False):
        subject_words = name_words(c.subject)
        if not subject_words:
            continue
        rarest = min(subject_words, key=lambda w: len(index.get((c.event_type, w), ())))
        candidates = index.get((c.event_type, rarest), [])
        if c.event_type == "acquisition" and name_words(c.counterparty):
            # "SoftBank plans to list Arm" is settled by "Arm priced its IPO": the target speaks
            cp_rarest = min(name_words(c.counterparty), key=lambda w: len(index.get((c.event_type, w), ())))
            candidates = candidates + [x for x in index.get((c.event_type, cp_rarest), []) if x not in candidates]
        v = _judge(c, candidates, as_of)
        if v is not None:
            out.append(v)
    return out


def _judge(c, candidates: list, as_of: dt.date) -> Verdict | None:
    due = deadline(c)
    found = []
    for e, words in candidates:
        if e.article_id == c.article_id or e.published_day < c.published_day:
            continue
        if not mentions(words, c.subject) and not (c.event_type == "acquisition" and mentions(name_words(e.subject), c.counterparty)):
            continue
        has_cp = key(c.counterparty) is not None and mentions(words, c.counterparty)
        other_party = key(e.counterparty) is not None and not mentions(name_words(c.subject), e.counterparty)
        if key(c.counterparty) is not None and not has_cp and other_party:
            continue  # the evidence is about a deal with someone else
        found.append((e, 0.9 if has_cp else 0.7))
    found.sort(key=lambda x: (x[0].published_day, x[0].article_id))
    late_limit = due + dt.timedelta(days=LATE_HORIZON_DAYS)
    confirms = [(e, conf) for e, conf in found if e.polarity == c.polarity and e.published_day <= late_limit]
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
