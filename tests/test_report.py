"""The report: leaderboard, due this week, overdue, verdicts changed since the last report.

Plain DuckDB, no Prefect: build_report and record_report take a migrated connection.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from rumourmill import store
from rumourmill.report import build_report, digest_markdown, record_report, refresh_hedge_cues
from test_views import add_article, add_claim, add_resolution

DAY = dt.date(2021, 3, 10)


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    c = duckdb.connect(str(tmp_path / "report.duckdb"))
    store.migrate(c)
    add_article(c, "a1", dt.datetime(2021, 3, 1))
    add_article(c, "future", dt.datetime(2021, 4, 1))
    named = dict(attribution_kind="named_outlet", attribution_name="Reuters")
    add_claim(c, "due", expected_latest=dt.date(2021, 3, 16), subject="Acme", **named)  # last day inside the week
    add_claim(c, "next_week", expected_latest=dt.date(2021, 3, 17), subject="Beta", **named)
    add_claim(c, "overdue", expected_latest=dt.date(2021, 3, 5), subject="Gamma", **named)
    add_claim(c, "open_ended", subject="Delta", **named)
    add_claim(c, "done", expected_latest=dt.date(2021, 3, 12), subject="Epsilon", **named)
    add_claim(c, "unseen", article_id="future", expected_latest=dt.date(2021, 4, 5), subject="Zeta", **named)
    add_resolution(c, "done", "confirmed", dt.datetime(2021, 3, 9, 6), dt.date(2021, 3, 8))
    yield c
    c.close()


def ids(frame) -> list[str]:
    return frame["claim_id"].tolist()


def test_due_overdue_and_later_partition_the_open_predictions(con: duckdb.DuckDBPyConnection) -> None:
    r = build_report(con, DAY)
    assert ids(r.due) == ["due"]
    assert ids(r.overdue) == ["overdue"]
    assert ids(r.later) == ["next_week", "open_ended"]  # 'unseen' was published after the report's day
    assert ids(r.open_predictions) == ["due", "next_week", "open_ended"]
    assert r.totals == {"articles": 1, "claims": 5, "confirmed": 1, "refuted": 0, "expired": 0, "voided": 0,
                        "pending": 4}
    assert r.track_record["source"].tolist() == ["Reuters"]


def test_changes_since_the_last_report(con: duckdb.DuckDBPyConnection) -> None:
    first = build_report(con, DAY)
    assert first.last_report is None
    assert first.changes_total == 1 and ids(first.changes) == ["done"]  # first report: everything resolved so far
    record_report(con, first, now=dt.datetime(2021, 3, 10, 7))
    assert build_report(con, DAY).changes_total == 0  # nothing new since

    add_resolution(con, "overdue", "expired", dt.datetime(2021, 3, 13, 6), dt.date(2021, 3, 12), method="deadline")
    add_resolution(con, "done", "voided", dt.datetime(2021, 3, 13, 6), method="manual", note="two deals mixed up")
    second = build_report(con, dt.date(2021, 3, 13))
    assert second.last_report == dt.datetime(2021, 3, 10, 7)
    got = {r.claim_id: (r.was, r.status) for r in second.changes.itertuples()}
    assert got == {"overdue": ("pending", "expired"), "done": ("confirmed", "voided")}
    md = second.markdown()
    for heading in ("## Leaderboard", "## Due this week", "## Overdue", "## Verdicts changed since the last report"):
        assert heading in md
    assert "2021-03-10 07:00 UTC" in md
    assert second.summary()["changes"] == 2


def test_a_report_for_a_past_date_shows_what_was_known_then(con: duckdb.DuckDBPyConnection) -> None:
    add_resolution(con, "due", "refuted", dt.datetime(2021, 3, 20, 6), dt.date(2021, 3, 19))
    past = build_report(con, DAY)
    assert "due" in ids(past.due)  # refuted only later
    assert past.track_record.to_dict("records") == con.execute(
        "SELECT source, attribution_kind, claims, resolved, confirmed, refuted, expired, pending, accuracy, "
        "accuracy_shrunk, accuracy_lower, brier, mean_lead_days FROM source_track_record_as_of(?)", [DAY]
    ).df().to_dict("records")
    assert int(past.track_record["refuted"].iloc[0]) == 0
    assert int(build_report(con, dt.date(2021, 3, 21)).track_record["refuted"].iloc[0]) == 1


def test_digest_puts_the_resolve_run_under_the_title(con: duckdb.DuckDBPyConnection) -> None:
    md = digest_markdown(build_report(con, DAY).markdown(), {"recorded": 3, "by_status": {"expired": 2, "refuted": 1}})
    title, rest = md.split("\n\n", 1)
    assert title.startswith("# rumourmill report")
    assert rest.startswith("_Resolve run: 3 verdicts recorded (2 expired, 1 refuted)._")


def test_hedge_cue_patterns_match_whole_words_in_any_case(con: duckdb.DuckDBPyConnection) -> None:
    refresh_hedge_cues(con)
    refresh_hedge_cues(con)  # idempotent
    def matches(lang: str, cue: str, text: str) -> bool:
        return con.execute("SELECT contains(word_string(?), ' ' || words || ' ') FROM hedge_cues "
                           "WHERE language = ? AND cue = ?", [text, lang, cue]).fetchone()[0]
    assert matches("en", "could", "Could Acme buy Beta?")
    assert not matches("en", "will", "Acme is willing to buy Beta")
    assert matches("en", "is set to", "Acme is  set to buy Beta")
    assert matches("it", "è pronta a", "Lumetta È pronta a lanciare")
    assert not matches("it", "sarà", "Lumetta sarànno")
    assert matches("it", "sarà", "«Sarà lanciato», dice")
    assert con.execute("SELECT count(*) FROM hedge_cues").fetchone()[0] == con.execute(
        "SELECT count(DISTINCT (language, cue)) FROM hedge_cues").fetchone()[0]
