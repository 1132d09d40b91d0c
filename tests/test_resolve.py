"""Verdicts from evidence, deadlines and manual outcomes, on a real DuckDB file."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from rumourmill import resolve, store
from rumourmill.models import Claim, short_hash, to_frame
from rumourmill.resolve.outcomes import Outcome, read_outcomes
from rumourmill.errors import UserError


def _article(con, aid: str, published: str, precision: str = "day") -> None:
    con.execute(
        "INSERT INTO articles (article_id, text, published_at, published_precision, language, url, ingested_at) "
        "VALUES (?, 'text', ?, ?, 'en', ?, current_timestamp)",
        [aid, published, precision, f"https://news.example/{aid}"],
    )


def _claim(aid: str, n: int, *, subject="Nordvik", counterparty=None, event_type="partnership", hedge="reported",
           polarity="positive", latest=None, prediction=True, kind="anonymous_sources", name="people familiar") -> Claim:
    return Claim(short_hash(aid, n), aid, f"claim {n} about {subject}", 0, 20, subject, "event", event_type,
                 counterparty, polarity, hedge, 0.6, kind, name, None, prediction, None, None, latest, None, "en", "t")


def _load(con, claims):
    store.upsert(con, "claims", to_frame(claims, Claim))


def status(con) -> dict[str, str]:
    return dict(con.execute("SELECT claim_id, status FROM claim_status").fetchall())


def test_confirmed_late_refuted_expired_and_idempotent(con):
    _article(con, "r1", "2021-03-01", "month")
    _article(con, "deny", "2021-03-20")
    _article(con, "launch", "2024-03-28")
    talks = _claim("r1", 1, counterparty="Helio", latest=dt.date(2021, 4, 11))
    car = _claim("r1", 2, event_type="product_launch", hedge="rumour", kind="leak", latest=dt.date(2023, 12, 31))
    ipo = _claim("r1", 3, event_type="announcement", latest=dt.date(2022, 6, 30))
    denial = _claim("deny", 1, subject="Helio", counterparty="Nordvik", hedge="official", polarity="negative",
                    prediction=False, kind="official")
    launch = _claim("launch", 1, event_type="product_launch", hedge="official", prediction=False, kind="official")
    _load(con, [talks, car, ipo, denial, launch])

    out = resolve.resolve(con, dt.date(2026, 11, 25))
    s = status(con)
    assert s[talks.claim_id] == "refuted"
    assert s[car.claim_id] == "confirmed_late"
    assert s[ipo.claim_id] == "expired"
    assert s[denial.claim_id] == "pending"  # evidence itself is not judged
    assert out["recorded"] == 3
    ledger = con.execute("SELECT count(*) FROM resolutions").fetchone()[0]
    again = resolve.resolve(con, dt.date(2026, 11, 25))
    assert again["recorded"] == 0 and con.execute("SELECT count(*) FROM resolutions").fetchone()[0] == ledger


def test_evidence_after_as_of_is_not_known_yet(con):
    _article(con, "r1", "2021-03-01")
    _article(con, "launch", "2024-03-28")
    car = _claim("r1", 1, event_type="product_launch", latest=dt.date(2030, 1, 1))
    _load(con, [car, _claim("launch", 1, event_type="product_launch", hedge="official", prediction=False)])
    resolve.resolve(con, dt.date(2023, 1, 1))
    assert status(con)[car.claim_id] == "pending"
    resolve.resolve(con, dt.date(2024, 4, 1))
    assert status(con)[car.claim_id] == "confirmed"


def test_denial_contradicted_by_the_event_does_not_stand(con):
    _article(con, "r1", "2021-01-10")
    _article(con, "deny", "2021-01-12")
    _article(con, "done", "2021-02-01")
    deal = _claim("r1", 1, event_type="acquisition", counterparty="Helio", latest=dt.date(2021, 6, 30))
    _load(con, [deal,
                _claim("deny", 1, event_type="acquisition", counterparty="Helio", hedge="official", polarity="negative", prediction=False),
                _claim("done", 1, event_type="acquisition", counterparty="Helio", hedge="official", prediction=False)])
    resolve.resolve(con, dt.date(2022, 1, 1))
    assert status(con)[deal.claim_id] == "confirmed"


def test_counterparty_must_agree(con):
    _article(con, "r1", "2021-01-10")
    _article(con, "other", "2021-02-01")
    deal = _claim("r1", 1, counterparty="Helio", latest=dt.date(2030, 1, 1))
    _load(con, [deal, _claim("other", 1, counterparty="Someone Else", hedge="official", prediction=False)])
    resolve.resolve(con, dt.date(2022, 1, 1))
    assert status(con)[deal.claim_id] == "pending"


def test_manual_outcome_overrides_and_stands(con, tmp_path):
    _article(con, "r1", "2021-01-10")
    deal = _claim("r1", 1, latest=dt.date(2021, 2, 1))
    _load(con, [deal])
    f = tmp_path / "outcomes.csv"
    f.write_text(f"claim_id,status,date,evidence_url,note\n{deal.claim_id},confirmed,2021-01-30,https://x.example/a,seen it\n")
    resolve.resolve(con, dt.date(2026, 1, 1), read_outcomes(f))
    assert status(con)[deal.claim_id] == "confirmed"
    resolve.resolve(con, dt.date(2026, 1, 1))  # the deadline must not overwrite a person's verdict
    assert status(con)[deal.claim_id] == "confirmed"
    row = con.execute("SELECT method, note FROM resolutions ORDER BY resolution_id DESC LIMIT 1").fetchone()
    assert row == ("manual", "seen it")


def test_outcomes_by_subject_and_event_type(con, tmp_path):
    _article(con, "r1", "2021-01-10")
    a, b = _claim("r1", 1), _claim("r1", 2, event_type="product_launch")
    _load(con, [a, b])
    f = tmp_path / "o.jsonl"
    f.write_text('{"subject": "nordvik", "event_type": "partnership", "status": "refuted", "date": "2021-05-01"}\n')
    resolve.resolve(con, dt.date(2021, 1, 20), read_outcomes(f))
    s = status(con)
    assert s[a.claim_id] == "refuted" and s[b.claim_id] == "pending"


@pytest.mark.parametrize("content, words", [
    ("claim_id,status\nabc,maybe\n", "status 'maybe'"),
    ("status,date\nconfirmed,2021-01-01\n", "claim_id"),
    ("claim_id,status,date\nabc,confirmed,01/02/2021\n", "YYYY-MM-DD"),
])
def test_bad_outcomes_file_names_the_row(tmp_path, content, words):
    f = tmp_path / "o.csv"
    f.write_text(content)
    with pytest.raises(UserError, match="o.csv:2") as e:
        read_outcomes(f)
    assert words in str(e.value)


def test_a_reopened_claim_gets_automatic_verdicts_again(con, tmp_path):
    _article(con, "r2", "2021-01-10")
    deal = _claim("r2", 1, latest=dt.date(2021, 2, 1))
    _load(con, [deal])
    f = tmp_path / "outcomes.csv"
    f.write_text(f"claim_id,status,date,evidence_url,note\n{deal.claim_id},confirmed,2021-01-30,https://x.example/a,seen\n")
    resolve.resolve(con, dt.date(2026, 1, 1), read_outcomes(f))
    f.write_text(f"claim_id,status,date,evidence_url,note\n{deal.claim_id},pending,,,reopened\n")
    resolve.resolve(con, dt.date(2026, 1, 1), read_outcomes(f))
    assert status(con)[deal.claim_id] == "pending"
    resolve.resolve(con, dt.date(2026, 1, 1))  # no evidence, window long past: the deadline applies again
    assert status(con)[deal.claim_id] == "expired"


def test_an_official_statement_without_a_window_never_expires(con):
    _article(con, "o1", "2021-03-30")
    plan = _claim("o1", 1, hedge="official", kind="official", name="Nordvik", event_type="announcement")
    dated = _claim("o1", 2, hedge="official", kind="official", name="Nordvik", latest=dt.date(2021, 6, 30))
    _load(con, [plan, dated])
    resolve.resolve(con, dt.date(2026, 1, 1))
    assert status(con)[plan.claim_id] == "pending"
    assert status(con)[dated.claim_id] == "expired"  # its own date passed


def _said(claim: Claim, quote: str) -> Claim:
    import dataclasses
    return dataclasses.replace(claim, quote=quote)


def test_a_pause_is_confirmed_by_a_pause_and_excluded_by_a_move(con):
    _article(con, "r1", "2024-06-01")
    _article(con, "held", "2024-07-18")
    _article(con, "r2", "2024-06-02")
    _article(con, "cut", "2024-07-19")
    pause = _said(_claim("r1", 1, subject="Nordbank", event_type="policy", latest=dt.date(2024, 7, 31)),
                  "Nordbank will pause in July and keep rates unchanged, people familiar said.")
    held = _said(_claim("held", 1, subject="Nordbank", event_type="policy", hedge="official", polarity="negative",
                        prediction=False, kind="official"), "Nordbank left rates unchanged on Thursday.")
    _load(con, [pause, held])
    resolve.resolve(con, dt.date(2024, 12, 1))
    assert status(con)[pause.claim_id] == "confirmed"  # a held rate is a denial of a move, and the pause it predicted

    other = _said(_claim("r2", 1, subject="Sudbank", event_type="policy", latest=dt.date(2024, 7, 31)),
                  "Sudbank is expected to pause in July.")
    cut = _said(_claim("cut", 1, subject="Sudbank", event_type="policy", hedge="official", prediction=False,
                       kind="official"), "Sudbank cut its deposit rate by a quarter point.")
    _load(con, [other, cut])
    resolve.resolve(con, dt.date(2024, 12, 1))
    assert status(con)[other.claim_id] == "refuted"


def test_closing_a_deal_is_not_settled_by_agreeing_it(con):
    _article(con, "r1", "2022-07-01")
    _article(con, "signed", "2022-07-28")
    _article(con, "closed", "2023-03-01")
    close = _said(_claim("r1", 1, event_type="acquisition", counterparty="Helio", latest=dt.date(2022, 12, 31)),
                  "Nordvik would close the purchase of Helio by the end of the year, people said.")
    agreed = _said(_claim("signed", 1, event_type="acquisition", counterparty="Helio", hedge="official",
                          prediction=False, kind="official"), "Nordvik agreed to buy Helio for $3 billion.")
    _load(con, [close, agreed])
    resolve.resolve(con, dt.date(2022, 12, 1))
    assert status(con)[close.claim_id] == "pending"
    done = _said(_claim("closed", 1, event_type="acquisition", counterparty="Helio", hedge="official",
                        prediction=False, kind="official"), "Nordvik completed its purchase of Helio.")
    _load(con, [done])
    resolve.resolve(con, dt.date(2023, 6, 1))
    assert status(con)[close.claim_id] == "confirmed_late"


def test_a_completion_word_in_a_clause_of_time_does_not_make_a_claim_about_closing():
    from rumourmill.resolve import evidence
    assert evidence.closes("Nordvik would close the purchase of Helio by June, people said.")
    assert not evidence.closes("Nordvik would pay $30 a share, part of it before the transaction is completed.")
    assert evidence.holds("The bank is expected to pause in July.") and not evidence.holds("It will cut, then pause.")
