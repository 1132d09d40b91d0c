"""Automatic verdicts: later official evidence, then deadlines.

Evidence is an official claim (hedge `official`) from a later article, known by the run
date. It is looked up in an index by (event type, name word), never by comparing every
claim with every piece of evidence, and it must name the claim's subject (names.py:
accents, case, aliases and company forms ignored). A claim that names no counterparty
borrows its rumour's ("the two companies could announce the partnership").

How evidence relates to a claim:
- agrees (same polarity, names the counterparty or no other party) -> confirms;
- opposite polarity (denied, cancelled, talks ended, contract extended) -> denies;
- excludes: the player signs for another club than the rumoured one, an acquirer other
  than the rumoured one completes the deal, a rate decision of another direction or size;
- a claim that someone *leaves* a club is confirmed by their signing anywhere else.
A claim that predicts an unveiling or announcement of a product is also settled by an
official announcement, and an announcement expected within SHORT_WINDOW by any official
statement of its subject ("he will announce his decision this month"). An outcome more than EARLY_DAYS before the window opens (for rate
decisions EARLY_POLICY_DAYS: an earlier meeting) is another event; a denial or
cancellation counts whenever it comes before the deadline.

Rules, in order:
- the first confirmation wins over any denial, earlier or later (a denial contradicted by
  the event does not stand): on or before the deadline -> `confirmed`, after it ->
  `confirmed_late`; more than LATE_HORIZON_DAYS late it is another event and ignored;
- else a denial or exclusion up to the deadline plus GRACE_DAYS -> `refuted` (a denial
  after that is about something else: the claim has expired);
- else the deadline plus GRACE_DAYS passed by the run date -> `expired`, except for an
  official statement with no window of its own ("Xiaomi will enter the EV business"): the
  actor's own word with no date has no deadline to miss, so only evidence settles it.
The window is [expected_earliest, expected_latest]. Vague windows ("soon", "presto")
come from the time normaliser as VAGUE_HORIZON_DAYS from publication; a claim with no
window, or one that ends by its own publication day (a misread date), gets
DEFAULT_HORIZON_DAYS from the last day its publication date allows.
"""
from __future__ import annotations

import collections
import datetime as dt
from dataclasses import dataclass

import pandas as pd

from rumourmill.claims import timex
from rumourmill.resolve import evidence as cues
from rumourmill.resolve.names import GENERIC, canonical, mentions, name_words, same_party, text_words

GRACE_DAYS = 7
DEFAULT_HORIZON_DAYS = 365
VAGUE_HORIZON_DAYS = timex.VAGUE_HORIZON_DAYS
"""Vague windows ("soon", "presto") are set by the time normaliser: publication + 90 days."""
LATE_HORIZON_DAYS = 365
"""A confirmation more than this long after the deadline is a different event, not a late one."""
EARLY_DAYS = 30
"""Evidence up to this long before a window opens may be the predicted event, come early
(invitations for the announced launch day); earlier, it is another event."""
EARLY_POLICY_DAYS = 7
"""Rate decisions are scheduled: one more than this before the window is an earlier meeting's."""
SHORT_WINDOW = dt.timedelta(days=92)
"""An announcement expected within this long is settled by any official statement of its subject."""
EVENT_TYPES = ("product_launch", "partnership", "acquisition", "policy", "announcement", "departure", "other")


@dataclass(frozen=True)
class Verdict:
    claim_id: str
    status: str
    resolved_on: dt.date | None
    method: str  # evidence | deadline | manual
    evidence_article_id: str | None
    evidence_url: str | None
    confidence: float
    note: str


def key(name: object) -> str | None:
    """A name folded for comparison (None for no name)."""
    return canonical(name) or None


def add_windows(claims: pd.DataFrame) -> pd.DataFrame:
    """Each claim's window as columns `has_window`, `window_start`, `window_end` (its deadline),
    computed once for the whole frame."""
    if "window_end" in claims.columns:
        return claims
    latest, earliest = pd.to_datetime(claims["expected_latest"]), pd.to_datetime(claims["expected_earliest"])
    pub, last = pd.to_datetime(claims["published_day"]), pd.to_datetime(claims["published_last"])
    has = latest.notna() & (latest > pub)  # a window ending by its own publication day is a misread date
    start = earliest.where(has & earliest.notna(), pub)
    end = latest.where(has, last + pd.Timedelta(days=DEFAULT_HORIZON_DAYS))
    return claims.assign(has_window=has.to_numpy(), window_start=start.dt.date.to_numpy(),
                         window_end=end.dt.date.to_numpy())


def window_start(row) -> dt.date:
    return row.window_start


def deadline(row) -> dt.date:
    return row.window_end


def has_window(row) -> bool:
    return bool(row.has_window)


def is_target(row) -> bool:
    """Claims that are judged: predictions and anything not stated as official fact."""
    return row.hedge != "official" or bool(row.is_prediction)


@dataclass(frozen=True)
class _Evidence:
    row: object
    words: frozenset[str]
    outlet: str


def verdicts(claims: pd.DataFrame, as_of: dt.date, partner: dict[str, str] | None = None,
             outlets: dict[str, str] | None = None) -> list[Verdict]:
    """A verdict for every target claim that can be decided as of `as_of` (evidence known by then).

    `partner`: claim_id -> the counterparty its rumour names, for claims that name none.
    `outlets`: article_id -> outlet name for notes."""
    if claims.empty:
        return []
    partner, outlets = partner or {}, outlets or {}
    claims = add_windows(claims)
    index: dict[tuple[str, str], list[_Evidence]] = collections.defaultdict(list)
    for e in claims[(claims.hedge == "official") & (claims.published_day <= as_of)].itertuples(index=False):
        ev = _Evidence(e, text_words(e.quote) | name_words(e.subject) | name_words(e.counterparty),
                       outlets.get(e.article_id) or "unknown outlet")
        for w in ev.words:
            index[(e.event_type, w)].append(ev)
    out = []
    for c in claims.itertuples(index=False):
        if not is_target(c):
            continue
        cp = c.counterparty if key(c.counterparty) else partner.get(c.claim_id)
        v = _judge(c, cp, _candidates(c, cp, index), as_of)
        if v is not None:
            out.append(v)
    return out


def _lookup_words(name: object, index, event_type: str) -> list[str]:
    """Index words that find every text naming `name` (see names.mentions)."""
    nw = canonical(name).split()
    if not nw:
        return []
    rarest = min(nw, key=lambda w: len(index.get((event_type, w), ())))
    ends = [w for w in {nw[0], nw[-1]} if len(nw) > 1 and len(w) >= 4 and w not in GENERIC]
    return list(dict.fromkeys([rarest, *ends]))


def _candidates(c, cp, index) -> list[_Evidence]:
    types = [c.event_type]
    if c.event_type == "product_launch" and cues.has("announce", c.quote):
        types.append("announcement")
    if c.event_type == "announcement" and c.has_window and c.window_end - c.window_start <= SHORT_WINDOW:
        types = list(EVENT_TYPES)  # "X will announce its decision this month" is settled by X's statement
    names = [c.subject] + ([cp] if c.event_type == "acquisition" and key(cp) else [])
    seen: dict[int, _Evidence] = {}
    for t in types:
        for n in names:
            for w in _lookup_words(n, index, t):
                for ev in index.get((t, w), ()):
                    seen.setdefault(id(ev), ev)
    return list(seen.values())


def _relation(c, cp, ev: _Evidence) -> tuple[str, float, str] | None:
    """("confirm" | "deny" | "exclude", confidence, reason) or None when unrelated."""
    e, words = ev.row, ev.words
    agree = e.polarity == c.polarity
    if e.event_type != c.event_type and c.event_type == "announcement":
        return ("confirm", 0.6, "") if e.polarity == "positive" and mentions(words, c.subject, e.quote) else None
    if not mentions(words, c.subject, e.quote):
        if not (c.event_type == "acquisition" and key(cp) and mentions(words, cp, e.quote)):
            return None
        if mentions(name_words(e.subject), cp) and cues.has("listing", c.quote):
            pass  # "SoftBank plans to list Arm" is settled by "Arm priced its IPO": the listed company speaks
        elif agree and c.polarity == "positive" and key(e.subject) and not mentions(name_words(e.subject), cp):
            return "exclude", 0.6, f"acquirer {e.subject}, not {c.subject}"
        else:
            return None
    has_cp = bool(key(cp)) and mentions(words, cp, e.quote)
    others = [p for p in (e.subject, e.counterparty)
              if key(p) and not same_party(p, c.subject) and not (key(cp) and same_party(p, cp))]
    if c.event_type == "departure":
        if c.polarity == "positive" and e.polarity == "negative":
            return "deny", 0.8, ""  # stays: contract extended, move called off
        if key(cp) and cues.move_direction(c.quote) == "leave":
            return "confirm", 0.8 if has_cp else 0.7, ""  # leaving is confirmed by a move anywhere
        if key(cp) and not has_cp and others and agree and cues.has("join", e.quote):
            return "exclude", 0.6, f"{others[0]}, not {cp}"
    if c.event_type == "policy" and cues.holds(c.quote):  # a pause is confirmed by a pause, excluded by a move
        if cues.holds(e.quote):
            return "confirm", 0.8 if has_cp else 0.7, ""
        moved = cues.rate_direction(e.quote)
        return ("exclude", 0.7, f"a rate {'rise' if moved == 'up' else 'cut'}, not a pause") if moved else None
    if c.event_type == "acquisition" and agree and cues.closes(c.quote) and not cues.has("complete", e.quote):
        return None  # "the deal would close by June" is not settled by the deal being agreed
    if c.event_type == "policy" and agree:
        why = cues.rate_mismatch(c.quote, e.quote)
        if why:
            return "exclude", 0.7, why
    if key(cp) and not has_cp and others:
        return None  # the evidence is about a deal with someone else
    conf = 0.9 if has_cp else 0.7
    return ("confirm" if agree else "deny"), conf, ""


def _judge(c, cp, candidates: list[_Evidence], as_of: dt.date) -> Verdict | None:
    start, due = window_start(c), deadline(c)
    late_limit = due + dt.timedelta(days=LATE_HORIZON_DAYS)
    early_limit = dt.timedelta(days=EARLY_POLICY_DAYS if c.event_type == "policy" else EARLY_DAYS)
    found = []
    for ev in candidates:
        e = ev.row
        if e.article_id == c.article_id or e.published_day < c.published_day:
            continue
        rel = _relation(c, cp, ev)
        early = e.published_day < start - early_limit
        if rel is not None and not (early and rel[0] != "deny"):  # an earlier event: last year's launch
            found.append((e.published_day, e.article_id, rel, ev))
    # day by day, denials first (so a later confirmation visibly overrides them), surest first
    found.sort(key=lambda x: (x[0], x[2][0] != "deny", -x[2][1], x[1], x[3].row.char_start))
    span = f"{start}..{due}"
    for day, _, (kind, conf, _why), ev in found:
        if kind == "confirm" and day <= late_limit:
            if day < start:
                return _evidence(c, "confirmed", ev, conf,
                                 f"confirmed by {_cite(ev)}, {(start - day).days} days before the window {span}")
            if day <= due:
                return _evidence(c, "confirmed", ev, conf, f"confirmed by {_cite(ev)}, inside the window {span}")
            return _evidence(c, "confirmed_late", ev, conf,
                             f"confirmed late by {_cite(ev)}, {(day - due).days} days after the window {span}")
    for day, _, (kind, conf, why), ev in found:
        if day > due + dt.timedelta(days=GRACE_DAYS):
            break  # after the window and its grace the claim has expired; a later denial is about something else
        if kind == "deny":
            return _evidence(c, "refuted", ev, conf, f"refuted: denied or called off in {_cite(ev)}")
        if kind == "exclude":
            return _evidence(c, "refuted", ev, conf, f"refuted: {_cite(ev)} excludes it ({why})")
    if c.hedge == "official" and not has_window(c):
        return None  # an actor's own statement with no date ("will enter the EV business") has no deadline to miss
    if as_of > due + dt.timedelta(days=GRACE_DAYS):
        horizon = "" if has_window(c) else f", no window given: default horizon of {DEFAULT_HORIZON_DAYS} days"
        return Verdict(c.claim_id, "expired", due, "deadline", None, None, 1.0,
                       f"expired: no confirmation in the window {span}{horizon} plus {GRACE_DAYS} days' grace, "
                       f"as of {as_of}")
    return None


def _evidence(c, status: str, ev: _Evidence, conf: float, note: str) -> Verdict:
    e = ev.row
    return Verdict(c.claim_id, status, e.published_day, "evidence", e.article_id, e.url, conf, note)


def _cite(ev: _Evidence) -> str:
    return f"'{_short(ev.row.quote)}' ({ev.outlet}, {ev.row.published_day})"


def _short(quote: str, n: int = 80) -> str:
    q = " ".join(str(quote).split())
    return q if len(q) <= n else q[: n - 1].rstrip() + "…"
