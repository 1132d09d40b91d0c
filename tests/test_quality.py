"""The Great Expectations quality gate: critical failures quarantine rows, warnings only report.

GX is imported once per test session (a few seconds); each validation after that is fast.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

from rumourmill import quality
from rumourmill.models import Article, Claim, to_frame

ROOT = Path(__file__).resolve().parents[1]
SUITES = {t: ROOT / "expectations" / f"{t}.json" for t in ("articles", "claims", "resolutions")}
TEXT = "Xiaomi would be in talks with Great Wall Motor to build its first electric car, sources said. " * 4


def make_claim(i: int, **kw: object) -> Claim:
    fields: dict = dict(
        claim_id=f"c{i}", article_id="a1", quote="Xiaomi would be in talks with Great Wall",
        char_start=0, char_end=40, subject="Xiaomi", event="partnership with Great Wall",
        event_type="partnership", counterparty="Great Wall", polarity="positive", hedge="reported",
        probability=0.6, attribution_kind="anonymous_sources", attribution_name="sources",
        relayed_by="Reuters", is_prediction=True, expected_text="la prossima settimana",
        expected_earliest=dt.date(2021, 3, 8), expected_latest=dt.date(2021, 3, 14),
        expected_grain="week", language="it", extractor="test-1",
    )
    fields.update(kw)
    return Claim(**fields)


def claims_frame(*overrides: dict, n: int = 6) -> pd.DataFrame:
    rows = [make_claim(i) for i in range(n)]
    for i, kw in enumerate(overrides):
        if kw:
            rows[i] = make_claim(i, **kw)
    return to_frame(rows, Claim)


def make_article(i: int, **kw: object) -> Article:
    fields: dict = dict(
        article_id=f"a{i}", text=TEXT, url=f"https://example.org/{i}", outlet="Example",
        title="Xiaomi and Great Wall", published_at=dt.datetime(2021, 3, 1),
        published_precision="month", language="it", content_hash=f"h{i}",
    )
    fields.update(kw)
    return Article(**fields)


def resolutions_frame(rows: list[dict]) -> pd.DataFrame:
    base = dict(
        claim_id="c1", status="confirmed", resolved_on=dt.date(2021, 3, 30),
        recorded_at=dt.datetime(2021, 4, 1, 6), method="evidence", evidence_article_id="a9",
        evidence_url="https://example.org/9", confidence=0.9, note=None,
    )
    return pd.DataFrame([{**base, **r} for r in rows])


# --- the suites ----------------------------------------------------------------------------


@pytest.mark.parametrize("table", sorted(SUITES))
def test_suite_files_are_valid_gx_suites(table: str) -> None:
    import great_expectations as gx
    from great_expectations.expectations.registry import get_expectation_impl

    spec = json.loads(SUITES[table].read_text(encoding="utf-8"))
    assert spec["name"] == table
    assert spec["expectations"], "a suite without expectations checks nothing"
    for e in spec["expectations"]:
        assert e["severity"] in ("critical", "warning", "info"), e
        assert e["meta"]["notes"].strip(), f"{e['type']} needs a note saying why"
        get_expectation_impl(e["type"])  # raises for an unknown expectation type
    suite = gx.ExpectationSuite(**spec)  # GX itself accepts every expectation and its kwargs
    assert len(suite.expectations) == len(spec["expectations"])


def test_suites_pin_the_design_vocabularies() -> None:
    """The value sets must be exactly DESIGN.md's vocabularies, so a typo in a suite fails here."""
    sets = {}
    for table, path in SUITES.items():
        for e in json.loads(path.read_text())["expectations"]:
            if e["type"] == "expect_column_values_to_be_in_set" and e["severity"] == "critical":
                sets[(table, e["kwargs"]["column"])] = set(e["kwargs"]["value_set"])
    langs = {"en", "it", "es", "fr", "de", "pt", "nl"}
    assert sets == {
        ("articles", "published_precision"): {"year", "month", "day", "datetime"},
        ("articles", "language"): langs,
        ("claims", "event_type"): {"product_launch", "partnership", "acquisition", "policy",
                                   "announcement", "departure", "other"},
        ("claims", "polarity"): {"positive", "negative"},
        ("claims", "hedge"): {"reported", "rumour", "planned", "official", "opinion"},
        ("claims", "attribution_kind"): {"anonymous_sources", "named_outlet", "named_person",
                                         "official", "analyst", "leak", "unattributed"},
        ("claims", "is_prediction"): {True, False},
        ("claims", "language"): langs,
        ("resolutions", "status"): {"pending", "confirmed", "confirmed_late", "refuted",
                                    "expired", "voided"},
        ("resolutions", "method"): {"evidence", "deadline", "manual"},
    }


def test_window_check_is_a_column_pair_expectation() -> None:
    spec = json.loads(SUITES["claims"].read_text())
    pair = [e for e in spec["expectations"] if e["type"] == "expect_column_pair_values_a_to_be_greater_than_b"]
    kw = {(e["kwargs"]["column_A"], e["kwargs"]["column_B"]): e["kwargs"] for e in pair}
    assert kw[("expected_latest", "expected_earliest")]["or_equal"] is True
    assert kw[("char_end", "char_start")]["or_equal"] is False


# --- claims --------------------------------------------------------------------------------


def test_good_claims_pass() -> None:
    frame = claims_frame()
    res = quality.validate(frame, "claims")
    assert res.success
    assert len(res.good) == len(frame) and res.bad.empty
    assert list(res.good.columns) == list(frame.columns)
    assert res.statistics["rows"] == 6 and res.statistics["bad_rows"] == 0
    assert res.statistics["evaluated_expectations"] > 20


@pytest.mark.parametrize(
    ("override", "expectation", "column"),
    [
        ({"event_type": "merger"}, "expect_column_values_to_be_in_set", "event_type"),
        ({"hedge": "maybe"}, "expect_column_values_to_be_in_set", "hedge"),
        ({"attribution_kind": "insider"}, "expect_column_values_to_be_in_set", "attribution_kind"),
        ({"polarity": "neutral"}, "expect_column_values_to_be_in_set", "polarity"),
        ({"language": "ru"}, "expect_column_values_to_be_in_set", "language"),
        ({"claim_id": None}, "expect_column_values_to_not_be_null", "claim_id"),
        ({"probability": 1.5}, "expect_column_values_to_be_between", "probability"),
        ({"probability": -0.1}, "expect_column_values_to_be_between", "probability"),
        ({"expected_earliest": dt.date(2021, 4, 1)}, "expect_column_pair_values_a_to_be_greater_than_b", "expected_latest"),
        ({"char_start": 40, "char_end": 40}, "expect_column_pair_values_a_to_be_greater_than_b", "char_end"),
        ({"char_start": -3}, "expect_column_values_to_be_between", "char_start"),
        ({"quote": "Xiaomi EV"}, "expect_column_value_lengths_to_be_between", "quote"),
    ],
)
def test_bad_claim_is_quarantined_with_reason(override: dict, expectation: str, column: str) -> None:
    frame = claims_frame({}, {}, override)  # row 2 is bad
    res = quality.validate(frame, "claims")
    assert not res.success
    assert len(res.bad) == 1 and len(res.good) == len(frame) - 1
    assert res.bad.index.tolist() == [2]
    reason = res.bad["reason"].iloc[0]
    assert expectation in reason and column in reason, reason
    assert reason.endswith(".") and "\n" not in reason
    assert "c2" not in set(res.good["claim_id"].dropna())
    crit = [f for f in res.failures if f["severity"] == "critical"]
    assert [(f["expectation"], f["unexpected_count"]) for f in crit] == [(expectation, 1)]
    assert column in crit[0]["column"]


def test_reason_names_the_offending_value_and_every_failed_expectation() -> None:
    frame = claims_frame({"event_type": "merger", "probability": 1.5})
    res = quality.validate(frame, "claims")
    reason = res.bad.set_index("claim_id").loc["c0", "reason"]
    assert "'merger'" in reason and "1.5" in reason
    assert "event_type" in reason and "probability" in reason


def test_duplicate_ids_quarantine_both_rows() -> None:
    frame = claims_frame({"claim_id": "dup"}, {"claim_id": "dup"})
    res = quality.validate(frame, "claims")
    assert sorted(res.bad["claim_id"]) == ["dup", "dup"]
    assert all("expect_column_values_to_be_unique" in r for r in res.bad["reason"])
    assert len(res.good) == 4


def test_open_window_and_missing_dates_are_fine() -> None:
    frame = claims_frame({"expected_earliest": None}, {"expected_latest": None, "is_prediction": False},
                         {"expected_earliest": None, "expected_latest": None, "is_prediction": False})
    res = quality.validate(frame, "claims")
    assert res.success, res.bad.get("reason")


def test_warnings_do_not_drop_rows() -> None:
    # subject null and a prediction without a window are warnings: reported, rows kept
    frame = claims_frame({"subject": None}, {"expected_latest": None, "expected_earliest": None})
    res = quality.validate(frame, "claims")
    assert res.success and res.bad.empty and len(res.good) == len(frame)
    warned = {(f["column"], f["severity"]) for f in res.failures}
    assert ("subject", "warning") in warned
    assert ("expected_latest", "warning") in warned  # row_condition: only predictions
    assert res.statistics["failed_by_severity"]["warning"] == 2
    assert res.statistics["unsuccessful_expectations"] >= 2


def test_missing_required_column_fails_the_whole_batch() -> None:
    frame = claims_frame().drop(columns=["hedge"])
    res = quality.validate(frame, "claims")
    assert not res.success
    assert res.good.empty and len(res.bad) == len(frame)
    assert all("hedge" in r for r in res.bad["reason"])


def test_failure_examples_are_json_serialisable() -> None:
    frame = claims_frame({"expected_earliest": dt.date(2021, 4, 1)}, {"subject": None})
    res = quality.validate(frame, "claims")
    dumped = json.loads(json.dumps(res.failures))
    pair = next(f for f in dumped if f["expectation"].startswith("expect_column_pair"))
    assert pair["examples"] == [["2021-03-14", "2021-04-01"]]
    assert pair["severity"] == "critical" and pair["unexpected_count"] == 1


def test_index_of_the_input_is_kept() -> None:
    frame = claims_frame({}, {"hedge": "maybe"})
    frame.index = [100 + i for i in range(len(frame))]
    res = quality.validate(frame, "claims")
    assert res.bad.index.tolist() == [101]
    assert 101 not in res.good.index and 100 in res.good.index


# --- articles and resolutions ---------------------------------------------------------------


def test_articles_short_text_warns_empty_text_fails() -> None:
    frame = to_frame([make_article(1), make_article(2, text="A short teaser."), make_article(3, text="")], Article)
    res = quality.validate(frame, "articles")
    assert res.good["article_id"].tolist() == ["a1", "a2"]
    assert res.bad["article_id"].tolist() == ["a3"]
    assert "text" in res.bad["reason"].iloc[0] and "length must be >= 1" in res.bad["reason"].iloc[0]
    short = [f for f in res.failures if f["column"] == "text" and f["severity"] == "warning"]
    assert short and short[0]["unexpected_count"] == 2


def test_articles_duplicate_ids_warn_but_stay_good() -> None:
    """The same article from two feeds is normal; the loader keeps one copy, nothing is quarantined."""
    frame = to_frame([make_article(1), make_article(1), make_article(2)], Article)
    res = quality.validate(frame, "articles")
    assert res.success and res.bad.empty and len(res.good) == 3
    dup = [f for f in res.failures if f["expectation"] == "expect_column_values_to_be_unique" and f["column"] == "article_id"]
    assert dup and dup[0]["severity"] == "warning" and dup[0]["unexpected_count"] == 2


def test_articles_language_may_be_null_but_not_unknown() -> None:
    frame = to_frame([make_article(1, language=None), make_article(2, language="xx"),
                      make_article(3, published_precision="week")], Article)
    res = quality.validate(frame, "articles")
    assert res.good["article_id"].tolist() == ["a1"]
    reasons = dict(zip(res.bad["article_id"], res.bad["reason"]))
    assert "language" in reasons["a2"] and "'xx'" in reasons["a2"]
    assert "published_precision" in reasons["a3"]


def test_resolutions_vocabularies_and_optional_id() -> None:
    frame = resolutions_frame([{}, {"status": "open"}, {"method": "guess"}, {"confidence": 2.0},
                               {"claim_id": None}, {"status": "pending", "resolved_on": None}])
    res = quality.validate(frame, "resolutions")  # no resolution_id column: the store assigns it
    assert res.good.index.tolist() == [0, 5]
    reasons = res.bad["reason"].tolist()
    assert "status" in reasons[0] and "'open'" in reasons[0]
    assert "method" in reasons[1]
    assert "confidence" in reasons[2]
    assert "claim_id" in reasons[3] and "not_be_null" in reasons[3]
    assert "resolution_id" in res.statistics["skipped_columns"]


def test_resolution_ids_checked_when_present() -> None:
    frame = resolutions_frame([{}, {}, {}])
    frame.insert(0, "resolution_id", [1, 1, 2])
    res = quality.validate(frame, "resolutions")
    assert res.bad["resolution_id"].tolist() == [1, 1]
    assert "resolution_id" in res.bad["reason"].iloc[0]


# --- API shape -------------------------------------------------------------------------------


def test_empty_frame_skips_gx() -> None:
    frame = to_frame([], Claim)
    res = quality.validate(frame, "claims")
    assert res.success and res.good.empty and res.bad.empty
    assert "reason" in res.bad.columns
    assert res.statistics["rows"] == 0 and res.statistics["seconds"] < 0.5


def test_markdown_report() -> None:
    res = quality.validate(claims_frame({"hedge": "maybe"}, {"subject": None}), "claims")
    md = res.markdown()
    assert md.startswith("## Quality gate: `claims` FAILED")
    assert "5 good, 1 quarantined" in md
    assert "| critical | expect_column_values_to_be_in_set | hedge | 1 | 'maybe' |" in md
    assert "| warning | expect_column_values_to_not_be_null | subject |" in md


def test_unknown_table_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="No expectation suite for table 'nope'"):
        quality.validate(claims_frame(), "nope")


def test_no_progress_bars(capfd: pytest.CaptureFixture[str]) -> None:
    quality.validate(claims_frame({"hedge": "maybe"}), "claims")
    out, err = capfd.readouterr()
    assert "Calculating Metrics" not in out + err and "it/s" not in out + err


def test_thousand_rows_validate_quickly() -> None:
    frame = to_frame([make_claim(i) for i in range(1000)], Claim)
    quality.validate(frame.head(2), "claims")  # warm: GX import and context
    res = quality.validate(frame, "claims")
    assert res.success and len(res.good) == 1000
    assert res.statistics["seconds"] < 5, res.statistics  # ~0.5 s here; generous for slow CI
