"""Quality gate: validate a frame against its table's Great Expectations suite.

The suites are hand-edited JSON in `expectations/<table>.json` (GX 1.x suite format, each
expectation with a `severity`). Only `critical` expectations decide which rows are loaded:
rows failing one go to `bad` with a readable `reason` (the caller quarantines them);
`warning` and `info` expectations are reported in `statistics`/`failures` only. A critical
expectation that fails for the whole table (a missing column, an error) fails every row.

GX is imported lazily (the import costs seconds) and runs in one cached ephemeral context
with a pandas datasource (GX's SQL datasource is broken against DuckDB, GX issue #11579).
No Prefect imports here: flows turn `QualityResult.markdown()` into an artifact.
"""
from __future__ import annotations

import json
import logging
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

#: Where the suites live: `RUMOURMILL_EXPECTATIONS` or `expectations/` at the repo root.
DEFAULT_SUITES_DIR = Path(__file__).resolve().parents[2] / "expectations"

CRITICAL = "critical"
_MAX_EXAMPLES = 5

_lock = threading.Lock()  # GX contexts are not thread-safe; Prefect may run tasks in threads
_gx_state: dict[str, Any] = {}  # context, batch definition, suites by key


@dataclass
class QualityResult:
    """Outcome of one validation: the rows to load, the rows to quarantine, and why."""

    table: str
    good: pd.DataFrame
    bad: pd.DataFrame  # the failing rows plus a `reason` column
    success: bool  # True when no critical expectation failed
    statistics: dict[str, Any] = field(default_factory=dict)
    failures: list[dict[str, Any]] = field(default_factory=list)

    def markdown(self) -> str:
        """A short report for a Prefect markdown artifact."""
        st = self.statistics
        verdict = "passed" if self.success else "FAILED"
        lines = [
            f"## Quality gate: `{self.table}` {verdict}",
            "",
            f"{st.get('rows', 0)} rows: {st.get('good_rows', 0)} good, {st.get('bad_rows', 0)} quarantined; "
            f"{st.get('successful_expectations', 0)}/{st.get('evaluated_expectations', 0)} expectations met "
            f"in {st.get('seconds', 0.0):.2f} s.",
        ]
        if self.failures:
            lines += ["", "| severity | expectation | column | unexpected | examples |", "|---|---|---|---|---|"]
            for f in self.failures:
                examples = ", ".join(_short(e) for e in f["examples"]) or (f.get("error") or "")
                lines.append(
                    f"| {f['severity']} | {f['expectation']} | {f['column'] or ''} | "
                    f"{'' if f['unexpected_count'] is None else f['unexpected_count']} | {_md_escape(examples)} |"
                )
        return "\n".join(lines) + "\n"


def validate(frame: pd.DataFrame, table: str, *, suites_dir: Path | str | None = None) -> QualityResult:
    """Validate `frame` against `expectations/<table>.json` and split it into good and bad rows."""
    started = time.perf_counter()
    if frame.empty:  # nothing to check: skip GX (and its import) entirely
        return QualityResult(
            table=table,
            good=frame,
            bad=frame.assign(reason=pd.Series(dtype="object")),
            success=True,
            statistics=_stats(0, 0, 0, 0, 0, started),
        )
    spec = load_suite_spec(table, suites_dir)
    work = frame.reset_index(drop=True)  # GX reports index labels; positions keep them unambiguous
    skipped = _absent_optional_columns(spec, work)
    with _lock:
        suite = _suite(spec, skipped)
        batch = _gx_state["batch_definition"].get_batch(batch_parameters={"dataframe": work})
        result = batch.validate(suite, result_format={"result_format": "COMPLETE"})

    n = len(work)
    row_reasons: dict[int, list[str]] = {}
    table_reasons: list[str] = []
    failures: list[dict[str, Any]] = []
    for r in result.results:
        if r.success:
            continue
        cfg = r.expectation_config
        kwargs = dict(cfg.kwargs)
        severity = cfg.severity.value if hasattr(cfg.severity, "value") else str(cfg.severity)
        res = dict(r.result or {})
        error = _exception_message(r.exception_info)
        indexes = res.get("unexpected_index_list")
        values = res.get("unexpected_list") or []
        failures.append(
            {
                "expectation": cfg.type,
                "column": _column_label(kwargs),
                "severity": severity,
                "unexpected_count": res.get("unexpected_count"),
                "examples": [_plain(v) for v in values[:_MAX_EXAMPLES]],
                "observed_value": _plain(res.get("observed_value")),
                "error": error,
                "notes": (cfg.meta or {}).get("notes"),
            }
        )
        if severity != CRITICAL:
            continue
        if error is not None or indexes is None:
            # a table-level failure (missing column, aggregate expectation, error): no row is safe
            table_reasons.append(_describe(cfg.type, kwargs, None, error))
            continue
        for pos, value in zip(indexes, values if len(values) == len(indexes) else [None] * len(indexes)):
            row_reasons.setdefault(int(pos), []).append(_describe(cfg.type, kwargs, value, None))

    if table_reasons:
        bad_pos = list(range(n))
        reasons = {p: table_reasons + row_reasons.get(p, []) for p in bad_pos}
    else:
        bad_pos = sorted(row_reasons)
        reasons = row_reasons
    bad_set = set(bad_pos)
    good_pos = [p for p in range(n) if p not in bad_set]
    good = frame.iloc[good_pos]
    bad = frame.iloc[bad_pos].copy()
    bad["reason"] = [_sentence(table, reasons[p]) for p in bad_pos]

    gx_stats = dict(result.statistics)
    statistics = _stats(
        n,
        len(good_pos),
        len(bad_pos),
        int(gx_stats.get("evaluated_expectations", 0)),
        int(gx_stats.get("successful_expectations", 0)),
        started,
    )
    statistics["skipped_columns"] = sorted(skipped)
    statistics["failed_by_severity"] = {
        s: sum(1 for f in failures if f["severity"] == s) for s in ("critical", "warning", "info")
    }
    return QualityResult(
        table=table,
        good=good,
        bad=bad,
        success=not bad_pos and not table_reasons,
        statistics=statistics,
        failures=failures,
    )


def load_suite_spec(table: str, suites_dir: Path | str | None = None) -> dict[str, Any]:
    """The suite JSON for `table` as a dict (hand-edited files, so errors name the file)."""
    base = Path(suites_dir or os.environ.get("RUMOURMILL_EXPECTATIONS") or DEFAULT_SUITES_DIR)
    path = base / f"{table}.json"
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"No expectation suite for table {table!r}: {path} does not exist.") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"Expectation suite {path} is not valid JSON ({exc}); fix the file.") from None
    spec["_path"] = str(path)
    return spec


def _absent_optional_columns(spec: dict[str, Any], frame: pd.DataFrame) -> frozenset[str]:
    """Optional columns (suite meta) that the frame lacks or leaves all null: the store fills them."""
    optional = (spec.get("meta") or {}).get("optional_columns") or []
    return frozenset(c for c in optional if c not in frame.columns or frame[c].isna().all())


def _context() -> None:
    """Create the ephemeral GX context, datasource, asset and batch definition once."""
    if "context" in _gx_state:
        return
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")  # offline: no usage statistics
    import great_expectations as gx  # lazy: ~2-6 s import

    for name in ("great_expectations", "great_expectations.data_context.types.base"):
        logging.getLogger(name).setLevel(logging.WARNING)  # not its temp-dir chatter on every run
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    # tqdm bars would clutter CLI output and Prefect logs; there is no env var, only this setting
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    asset = context.data_sources.add_pandas("rumourmill").add_dataframe_asset("frames")
    _gx_state["gx"] = gx
    _gx_state["context"] = context
    _gx_state["batch_definition"] = asset.add_batch_definition_whole_dataframe("whole_frame")
    _gx_state["suites"] = {}


def _suite(spec: dict[str, Any], skipped: frozenset[str]) -> Any:
    """The GX suite for a spec (minus expectations on skipped columns), built and added once."""
    _context()
    key = (spec["_path"], json.dumps({k: v for k, v in spec.items() if k != "_path"}, sort_keys=True), skipped)
    suites = _gx_state["suites"]
    if key not in suites:
        gx = _gx_state["gx"]
        expectations = [
            e for e in spec.get("expectations", []) if not (_columns(e.get("kwargs", {})) & skipped)
        ]
        name = f"{spec.get('name', Path(spec['_path']).stem)}#{len(suites)}"
        suite = gx.ExpectationSuite(name=name, expectations=expectations, meta=spec.get("meta"))
        suites[key] = _gx_state["context"].suites.add(suite)
    return suites[key]


def _columns(kwargs: dict[str, Any]) -> set[str]:
    cols = {kwargs[k] for k in ("column", "column_A", "column_B") if k in kwargs}
    cols.update(kwargs.get("column_list") or [])
    return cols


def _column_label(kwargs: dict[str, Any]) -> str | None:
    if "column" in kwargs:
        return kwargs["column"]
    if "column_A" in kwargs:
        return f"{kwargs['column_A']}, {kwargs['column_B']}"
    if "column_list" in kwargs:
        return ", ".join(kwargs["column_list"])
    return None


def _describe(kind: str, kwargs: dict[str, Any], value: Any, error: str | None) -> str:
    """One clause naming the failed expectation, its column(s), the rule and the value."""
    col = _column_label(kwargs) or "table"
    rule = {
        "expect_column_values_to_not_be_null": "must not be null",
        "expect_column_values_to_be_unique": "must be unique in the batch",
        "expect_column_to_exist": "column must exist",
        "expect_column_values_to_be_in_set": f"must be one of {kwargs.get('value_set')}",
        "expect_column_values_to_match_regex": f"must match {kwargs.get('regex')!r}",
    }.get(kind)
    if rule is None and kind in ("expect_column_values_to_be_between", "expect_column_value_lengths_to_be_between"):
        what = "length" if "lengths" in kind else "value"
        lo, hi = kwargs.get("min_value"), kwargs.get("max_value")
        rule = f"{what} must be " + (
            f"between {lo} and {hi}" if lo is not None and hi is not None else f">= {lo}" if lo is not None else f"<= {hi}"
        )
    if rule is None and kind == "expect_column_pair_values_a_to_be_greater_than_b":
        op = ">=" if kwargs.get("or_equal") else ">"
        rule = f"{kwargs['column_A']} must be {op} {kwargs['column_B']}"
    text = f"{kind} on {col}" + (f" ({rule}" if rule else "")
    if value is not None and kind not in ("expect_column_values_to_not_be_null",):
        text += f", got {_short(_plain(value))}"
    if rule:
        text += ")"
    if error:
        text += f": {error}"
    return text


def _sentence(table: str, clauses: list[str]) -> str:
    head = "Failed critical expectation" + ("s" if len(clauses) > 1 else "")
    return f"{head} of the {table} suite: " + "; ".join(dict.fromkeys(clauses)) + "."


def _exception_message(info: Any) -> str | None:
    """GX nests exception info by metric id when a metric raised; flatten to one message."""
    if not info:
        return None
    candidates = [info] + [v for v in info.values() if isinstance(v, dict)] if isinstance(info, dict) else []
    for c in candidates:
        if c.get("raised_exception"):
            msg = str(c.get("exception_message") or "unknown error").strip()
            return msg.removeprefix("Error: ").rstrip(".")
    return None


def _plain(v: Any) -> Any:
    """JSON-friendly example values (numpy scalars, timestamps, tuples from pair expectations)."""
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if v is None or v is pd.NaT or (isinstance(v, float) and v != v) or v is pd.NA:
        return None  # NaN, NaT and NA all mean "missing" here
    if isinstance(v, np.datetime64):
        return None if np.isnat(v) else pd.Timestamp(v).isoformat()
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):
        try:
            return v.item()
        except (ValueError, TypeError):
            pass
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return v


def _short(v: Any, n: int = 60) -> str:
    s = repr(v)
    return s if len(s) <= n else s[: n - 1] + "…"


def _md_escape(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def _stats(rows: int, good: int, bad: int, evaluated: int, successful: int, started: float) -> dict[str, Any]:
    return {
        "rows": rows,
        "good_rows": good,
        "bad_rows": bad,
        "evaluated_expectations": evaluated,
        "successful_expectations": successful,
        "unsuccessful_expectations": evaluated - successful,
        "seconds": round(time.perf_counter() - started, 4),
    }
