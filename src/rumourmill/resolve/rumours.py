"""One rumour, many reports: group claims about the same proposition.

Claims are one rumour when they share the event type and the parties (subject and
counterparty, in either order: "Xiaomi in talks with Great Wall" and "Great Wall in talks
with Xiaomi" are one proposition) after name folding (names.py), and their windows meet.
A claim that names no counterparty ("the two companies could announce the partnership")
joins the one rumour about its subject and event type whose window it meets, if there is
exactly one. Within a rumour, claims credited to the same original source (provenance.py;
"one of the people" is credited to the people its article named before),
and reprints (near-identical quotes), count as one independent source; later ones are
repeats, so a source is scored once per rumour however often it is relayed.
"""
from __future__ import annotations

import collections
import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from rumourmill.models import short_hash
from rumourmill.resolve.matching import DEFAULT_HORIZON_DAYS, GRACE_DAYS, add_windows
from rumourmill.resolve.names import canonical, fold, representatives
from rumourmill.resolve.provenance import antecedents, credit, outlet_of

REPRINT_JACCARD = 0.8
"""Quotes from two articles sharing this share of their words are one report reprinted."""
PAIRWISE_LIMIT = 300
"""Above this many claims, a rumour finds reprints by identical text only."""

RUMOUR_COLUMNS = ["rumour_id", "subject", "event_type", "counterparty", "first_claim_id", "first_seen",
                  "expected_earliest", "expected_latest", "articles", "claims", "independent_sources", "updated_at"]
CLAIM_COLUMNS = ["claim_id", "rumour_id", "origin_source", "origin_kind", "relay_outlet", "is_repeat",
                 "origin_key", "origin_outlet", "relay_chain"]


@dataclass
class _Cluster:
    """Claims about one proposition. Its window is the union of its claims' own windows;
    claims that give none join while the rumour is live and do not stretch it."""
    parties: tuple[str, ...]
    event_type: str
    first: dt.date  # earliest publication
    start: dt.date | None = None
    end: dt.date | None = None
    last: dt.date | None = None  # latest publication
    rows: list[int] = field(default_factory=list)

    def live_until(self) -> dt.date:
        return self.end if self.end is not None else self.last + dt.timedelta(days=DEFAULT_HORIZON_DAYS)

    def meets(self, w: "_Window") -> bool:
        if w.explicit and self.end is not None:
            return w.start <= self.end and self.start <= w.end
        slack = dt.timedelta(days=GRACE_DAYS)
        return self.first - slack <= w.published <= self.live_until() + slack

    def add(self, i: int, w: "_Window") -> None:
        self.rows.append(i)
        self.last = max(self.last or w.published, w.published)
        if w.explicit:
            self.start = min(self.start or w.start, w.start)
            self.end = max(self.end or w.end, w.end)


@dataclass(frozen=True)
class _Window:
    published: dt.date
    start: dt.date
    end: dt.date
    explicit: bool


def group(claims: pd.DataFrame) -> tuple[pd.Series, list[tuple[str, ...]]]:
    """A cluster number for every row of `claims` (a frame from claims_for_resolution,
    sorted oldest first), and the parties of each cluster."""
    subj = [canonical(s) for s in claims["subject"]]
    cp = [canonical(s) for s in claims["counterparty"]]
    rep = representatives(set(subj) | set(cp))
    subj = [rep.get(s, s) for s in subj]
    cp = [rep.get(s, s) for s in cp]
    claims = add_windows(claims)
    windows = [_Window(*w) for w in zip(claims["published_day"], claims["window_start"], claims["window_end"],
                                        claims["has_window"])]
    types = claims["event_type"].tolist()
    article = claims["article_id"].tolist()
    pos = claims["char_start"].tolist()

    clusters: list[_Cluster] = []
    by_bucket: dict[tuple, list[int]] = collections.defaultdict(list)  # (event_type, parties) -> clusters
    by_party: dict[tuple, list[int]] = collections.defaultdict(list)  # (event_type, party) -> two-party clusters
    label = [-1] * len(claims)
    singles = []
    for i in range(len(claims)):
        parties = tuple(sorted({p for p in (subj[i], cp[i]) if p}))
        if len(parties) < 2:
            singles.append((i, parties))
            continue
        label[i] = n = _place(clusters, by_bucket, (types[i], parties), i, windows[i])
        if clusters[n].rows == [i]:  # a new rumour: findable by each of its parties
            for p in parties:
                by_party[(types[i], p)].append(n)
    for i, parties in singles:
        fits = [n for p in parties for n in by_party.get((types[i], p), []) if clusters[n].meets(windows[i])]
        fits = list(dict.fromkeys(fits))
        if len(fits) > 1:  # prefer the rumour its own article mentioned last before it
            before = {n: max((pos[j] for j in clusters[n].rows if article[j] == article[i] and pos[j] < pos[i]),
                             default=-1) for n in fits}
            best = max(before.values())
            fits = [n for n in fits if before[n] == best] if best >= 0 else fits
        if len(fits) == 1:
            label[i] = fits[0]
            clusters[fits[0]].add(i, windows[i])
        else:
            label[i] = _place(clusters, by_bucket, (types[i], parties), i, windows[i])
    return pd.Series(label, index=claims.index), [c.parties for c in clusters]


def _place(clusters: list[_Cluster], by_bucket: dict, bucket: tuple, i: int, w: _Window) -> int:
    """Add claim i to the latest rumour of its bucket whose window it meets, else start one."""
    for n in reversed(by_bucket[bucket]):
        if clusters[n].meets(w):
            clusters[n].add(i, w)
            return n
    clusters.append(_Cluster(bucket[1], bucket[0], w.published))
    clusters[-1].add(i, w)
    by_bucket[bucket].append(len(clusters) - 1)
    return len(clusters) - 1


def build(claims: pd.DataFrame, now: dt.datetime) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The `rumours` and `rumour_claims` frames for these claims (rumour targets only)."""
    if claims.empty:
        return pd.DataFrame(columns=RUMOUR_COLUMNS), pd.DataFrame(columns=CLAIM_COLUMNS)
    claims = claims.sort_values(["published_day", "article_id", "char_start", "claim_id"]).reset_index(drop=True)
    labels, _ = group(claims)
    col = {k: claims[k].tolist() for k in ("claim_id", "article_id", "quote", "subject", "counterparty", "event_type",
                                          "relayed_by", "published_day", "published_at", "expected_earliest",
                                          "expected_latest")}
    outlets = [outlet_of(o, u) for o, u in zip(claims["outlet"], claims["url"])]
    relays = [()] * len(claims)
    if "relay_chain" in claims.columns:  # a claims column the extractor may add
        relays = [() if r is None or isinstance(r, (str, float)) else tuple(r) for r in claims["relay_chain"]]
    credits = [credit(*x) for x in zip(claims["attribution_kind"], claims["attribution_name"], col["relayed_by"],
                                       outlets, col["article_id"], relays)]
    langs = claims["language"].tolist() if "language" in claims.columns else None
    back = antecedents(claims["attribution_kind"].tolist(), claims["attribution_name"].tolist(), col["article_id"],
                       langs)
    for i, j in enumerate(back):  # "one of the people": the people its article named before, as they were relayed
        if j is not None:
            credits[i], col["relayed_by"][i] = credits[j], col["relayed_by"][j]
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels.tolist()):
        groups.setdefault(label, []).append(i)
    rumour_rows, claim_rows = [], []
    for rows in groups.values():
        keys = _merge_reprints(rows, [credits[i].origin_key for i in rows], col)
        primary = _primaries(rows, keys, col)
        first = rows[0]
        rid = short_hash("rumour", col["claim_id"][first])
        for i, k in zip(rows, keys):
            c = credits[i]
            claim_rows.append((col["claim_id"][i], rid, c.origin_source, c.origin_kind, c.relay_outlet, primary[k] != i,
                               k, c.relay_chain[0] if c.relay_chain else outlets[i], list(c.relay_chain)))
        subject, counterparty = _names([col["subject"][i] for i in rows], [col["counterparty"][i] for i in rows])
        earliest = [col["expected_earliest"][i] for i in rows if col["expected_earliest"][i] is not None]
        latest = [col["expected_latest"][i] for i in rows if col["expected_latest"][i] is not None]
        rumour_rows.append((rid, subject, col["event_type"][first], counterparty, col["claim_id"][first],
                            col["published_at"][first], min(earliest, default=None), max(latest, default=None),
                            len({col["article_id"][i] for i in rows}), len(rows), len(primary), now))
    return pd.DataFrame(rumour_rows, columns=RUMOUR_COLUMNS), pd.DataFrame(claim_rows, columns=CLAIM_COLUMNS)


def _primaries(rows: list[int], keys: list[str], col: dict[str, list]) -> dict[str, int]:
    """The claim each independent source is scored on: its direct report before any relay
    of it (a month-dated relay may sort before the dated original), then the earliest."""
    primary: dict[str, tuple] = {}
    for i, k in zip(rows, keys):
        relay = col["relayed_by"][i]
        rank = (isinstance(relay, str) and bool(relay.strip()), col["published_day"][i], i)
        if k not in primary or rank < primary[k]:
            primary[k] = rank
    return {k: rank[-1] for k, rank in primary.items()}


def _names(subjects: list, counterparties: list) -> tuple[str | None, str | None]:
    """The most common spelling of the subject and counterparty, the longest on ties."""
    def pick(values):
        vals = [v for v in values if isinstance(v, str) and v.strip()]
        if not vals:
            return None
        counts = collections.Counter(vals)
        return max(counts, key=lambda v: (counts[v], len(v)))
    subject = pick(subjects)
    return subject, pick([c for c in counterparties if canonical(c) != canonical(subject)])


def _merge_reprints(rows: list[int], keys: list[str], col: dict[str, list]) -> list[str]:
    """Origin keys with reprints folded in: a quote (near-)identical to one in an earlier
    article takes that claim's key."""
    words = [frozenset(fold(col["quote"][i]).split()) for i in rows]
    arts = [col["article_id"][i] for i in rows]
    exact: dict[frozenset, int] = {}
    for i, w in enumerate(words):
        j = exact.setdefault(w, i)
        if j != i and arts[j] != arts[i]:
            keys[i] = keys[j]
            continue
        if len(words) > PAIRWISE_LIMIT:
            continue
        for j in range(i):
            if arts[j] != arts[i] and w and words[j] and len(w & words[j]) / len(w | words[j]) >= REPRINT_JACCARD:
                keys[i] = keys[j]
                break
    return keys
