"""Shared test set-up: offline Prefect, one session-scoped Prefect harness for flow tests,
and small fixture corpora written by us (never copied from ../shared/eval)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
sys.path.insert(0, str(Path(__file__).parent))  # test helpers such as loopback.py

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def con(tmp_path: Path):
    """A fresh DuckDB file with every migration and view applied (tests fill it with their own rows)."""
    from rumourmill import store

    c = store.connect(tmp_path / "test.duckdb")
    store.migrate(c)
    yield c
    c.close()


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect server and database for every flow test (starting one costs ~10 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


RUMOUR_EN = (
    "Nordvik Motors could announce a battery partnership with Helio Cells as early as next month, "
    "Bloomberg reported, citing three people familiar with the matter. "
    "The Swedish carmaker plans to launch its first electric van by the end of 2022, according to leaked slides. "
    "Nordvik sold 40,000 vans last year."
)
OUTCOME_EN = (
    "Helio Cells denied on Tuesday that it was in talks with Nordvik Motors about a battery partnership, "
    "in a statement to the stock exchange. "
    "Shares of the company closed higher."
)
LAUNCH_EN = (
    "Nordvik Motors launched its first electric van on Monday, the company announced in a statement. "
    "The van will be sold in Sweden first."
)
RUMOUR_IT = (
    "Secondo fonti vicine al dossier, Lumetta sarebbe pronta a lanciare il suo primo monopattino elettrico "
    "entro la fine del 2022. Il gruppo torinese non ha commentato."
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder with rumours, a denial and a late launch, in text files with date lines."""
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "01_rumour.txt").write_text(f"date 2022-03-02\n{RUMOUR_EN}\n", encoding="utf-8")
    (d / "02_denial.txt").write_text(f"date 2022-03-08\n{OUTCOME_EN}\n", encoding="utf-8")
    (d / "03_launch.txt").write_text(f"date 2023-02-20\n{LAUNCH_EN}\n", encoding="utf-8")
    (d / "04_rumour_it.txt").write_text(f"date 2022-05\n{RUMOUR_IT}\n", encoding="utf-8")
    return d
