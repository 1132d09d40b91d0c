"""The command line as a user meets it: outputs, and one clear sentence for bad input."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

ENV = {**os.environ, "DO_NOT_TRACK": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}


def cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "rumourmill", *args], capture_output=True, text=True, env=ENV,
                          cwd=cwd, timeout=120)


def assert_one_sentence(proc):
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = [l for l in proc.stderr.splitlines() if l.strip()]
    assert len(lines) == 1 and lines[0].startswith("rumourmill: ")


def test_timex(tmp_path):
    f = tmp_path / "t.jsonl"
    f.write_text('{"text": "next week", "lang": "en", "ref": "2021-03-10"}\n'
                 '{"text": "entro la fine del 2023", "lang": "it", "ref": "2021-03"}\n'
                 '{"text": "no time here", "lang": "en", "ref": "2021-03-10"}\n')
    out = [json.loads(l) for l in cli("timex", "--jsonl", str(f)).stdout.splitlines()]
    assert out[0] == {"earliest": "2021-03-15", "latest": "2021-03-21", "grain": "week"}
    assert out[1]["latest"] == "2023-12-31"
    assert out[2] == {"earliest": None, "latest": None, "grain": None}


def test_analyse(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text('{"text": "Nordvik could buy Helio next year, people familiar with the matter said.", "lang": "en"}\n'
                 '{"text": "Nordvik sold 40,000 vans in 2021.", "lang": "en"}\n')
    a, b = [json.loads(l) for l in cli("analyse", "--jsonl", str(f)).stdout.splitlines()]
    assert a["hedged"] and a["future"] and a["attribution_kind"] == "anonymous_sources"
    assert not b["hedged"] and not b["attributed"]


@pytest.mark.parametrize("args", [
    ["ingest", "/no/such/folder"],
    ["ingest", "ftp://example.com/feed"],
    ["resolve", "--as-of", "last tuesday"],
    ["sql", "SELECT 1"],
    ["report"],
    ["verdict", "0123456789abcdef", "refuted"],
])
def test_bad_input_is_one_sentence(tmp_path, args):
    assert_one_sentence(cli("--db", str(tmp_path / "none.duckdb"), *args))


def test_bad_jsonl_line_is_named(tmp_path):
    f = tmp_path / "t.jsonl"
    f.write_text('{"text": "next week", "lang": "en", "ref": "2021-03-10"}\n{oops\n')
    proc = cli("timex", "--jsonl", str(f))
    assert_one_sentence(proc)
    assert "t.jsonl:2" in proc.stderr


def test_bad_config_is_one_sentence(tmp_path):
    (tmp_path / "rumourmill.toml").write_text("[[sources]]\nlanguage = 'en'\n")
    assert_one_sentence(cli("run", cwd=tmp_path))
