#!/usr/bin/env python3
"""Benchmark rumourmill's timex.normalise against dateparser on the same cases (ms per case).

Usage (from the project root, with the venv):
    .venv/bin/python scripts/bench_timex.py ../shared/eval/time/*.jsonl [--limit N]

Each input line needs "text", "lang" and "ref" (the eval/time format). dateparser is run as
`dateparser.parse(text, languages=[lang], settings={'PREFER_DATES_FROM': 'future',
'RELATIVE_BASE': ref})`; both are timed in-process after one warm-up pass (regex compilation
and language loading excluded), so the figures compare parsing cost only. The two run in
turns, --repeat times, and the best pass of each counts: on a shared machine the load changes
between passes, and the best pass is the one least disturbed by it.
"""
from __future__ import annotations

import argparse
import json
import time

from rumourmill.claims.timex import normalise
from rumourmill.dates import parse_published


def load(paths: list[str], limit: int | None) -> list[tuple[str, str, object, str | None]]:
    cases = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    c = json.loads(line)
                    ref, prec = parse_published(c["ref"])
                    cases.append((c["text"], c["lang"], ref, prec))
    return cases[:limit] if limit else cases


def bench(fn, cases) -> float:
    start = time.perf_counter()
    for c in cases:
        fn(c)
    return 1000 * (time.perf_counter() - start) / max(len(cases), 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+")
    ap.add_argument("--limit", type=int, help="use only the first N cases")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes of each, in turns (best counts)")
    args = ap.parse_args()
    cases = load(args.files, args.limit)

    def ours(c):
        return normalise(c[0], c[1], c[2], c[3])

    import dateparser

    def theirs(c):
        try:
            return dateparser.parse(c[0], languages=[c[1]],
                                    settings={"PREFER_DATES_FROM": "future", "RELATIVE_BASE": c[2]})
        except Exception:  # dateparser raises on some inputs; count the time, not the error
            return None

    for fn in (ours, theirs):  # warm-up: compile regexes, load language data
        for c in cases[:200]:
            fn(c)
    ms_ours = ms_theirs = float("inf")
    for _ in range(max(args.repeat, 1)):
        ms_ours = min(ms_ours, bench(ours, cases))
        ms_theirs = min(ms_theirs, bench(theirs, cases))
    print(f"cases: {len(cases)}")
    print(f"rumourmill timex.normalise : {ms_ours:8.3f} ms/case")
    print(f"dateparser.parse           : {ms_theirs:8.3f} ms/case")
    print(f"speed-up                   : {ms_theirs / ms_ours:8.1f}x")


if __name__ == "__main__":
    main()
