#!/usr/bin/env python3
"""Benchmark `resolve`: synthesise rumour claims and later outcome (evidence) articles
straight into a temporary DuckDB file with bulk SQL, run resolve() once (and once more to
show a re-run), and report wall time and peak RSS.

    .venv/bin/python scripts/bench_resolve.py [--claims 100000] [--evidence 20000] [--db PATH]

Claims name one of --entities subjects and counterparties, six event types, fifty outlets
(a fifth relayed from another outlet, some reprinted word for word), windows over 2020-2024;
each evidence claim is an official statement about one subject and event type, 15% of
them denials. CPU time is printed beside wall time: on a shared machine wall time mostly
measures the neighbours. The first run in a process also pays Great Expectations' import.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from rumourmill import resolve, store  # noqa: E402

TYPES = "['partnership', 'acquisition', 'product_launch', 'departure', 'policy', 'announcement']"


def synthesise(con, claims: int, evidence: int, entities: int) -> None:
    rumour_articles = max(claims // 3, 1)
    con.execute(f"""
        INSERT INTO articles (article_id, url, outlet, title, published_at, published_precision, language, text, ingested_at)
        SELECT 'r' || i, 'https://outlet' || (i % 50) || '.example/r/' || i, 'Outlet ' || (i % 50), 'rumour ' || i,
               TIMESTAMP '2020-01-01' + INTERVAL (hash(i) % 1460) DAY, 'day', 'en', 'text', now()
        FROM range({rumour_articles}) t(i);
        INSERT INTO articles (article_id, url, outlet, title, published_at, published_precision, language, text, ingested_at)
        SELECT 'e' || i, 'https://wire' || (i % 10) || '.example/e/' || i, 'Wire ' || (i % 10), 'outcome ' || i,
               TIMESTAMP '2020-03-01' + INTERVAL (hash(i + 7) % 1700) DAY, 'day', 'en', 'text', now()
        FROM range({evidence}) t(i);
    """)
    con.execute(f"""
        INSERT INTO claims BY NAME
        WITH base AS (
            SELECT i, 'r' || (i // 3) AS article_id, hash(i) AS h,
                   (hash(i // 3) % {entities}) AS ent, {TYPES}[1 + (hash(i // 3) % 6)::INTEGER] AS event_type
            FROM range({claims}) t(i)
        )
        SELECT 'c' || i AS claim_id, b.article_id,
               CASE WHEN h % 10 = 0 THEN 'Ent' || ent || ' and Part' || ((ent * 7) % {entities}) || ' are in talks, people familiar said'
                    ELSE 'Ent' || ent || ' may ' || event_type || ' with Part' || ((ent * 7) % {entities}) || ' claim ' || i END AS quote,
               0 AS char_start, 40 AS char_end, 'Ent' || ent AS subject, event_type AS event, event_type,
               CASE WHEN h % 3 = 0 THEN NULL ELSE 'Part' || ((ent * 7) % {entities}) END AS counterparty,
               'positive' AS polarity, ['reported', 'rumour', 'opinion', 'planned'][1 + (h % 4)::INTEGER] AS hedge, 0.6 AS probability,
               ['anonymous_sources', 'named_outlet', 'analyst', 'leak', 'unattributed'][1 + ((h // 4) % 5)::INTEGER] AS attribution_kind,
               CASE WHEN (h // 4) % 5 = 4 THEN NULL ELSE 'source ' || (h % 200) END AS attribution_name,
               CASE WHEN h % 5 = 0 THEN 'Outlet ' || ((h // 7) % 50) END AS relayed_by,
               TRUE AS is_prediction, NULL AS expected_text,
               CASE WHEN h % 4 = 0 THEN NULL ELSE CAST(a.published_at AS DATE) + CAST(h % 60 AS INTEGER) END AS expected_earliest,
               CASE WHEN h % 4 = 0 THEN NULL ELSE CAST(a.published_at AS DATE) + CAST(60 + h % 300 AS INTEGER) END AS expected_latest,
               NULL AS expected_grain, 'en' AS language, 'bench' AS extractor
        FROM base b JOIN articles a ON a.article_id = b.article_id;
    """)
    con.execute(f"""
        INSERT INTO claims BY NAME
        SELECT 'x' || i AS claim_id, 'e' || i AS article_id,
               'Ent' || (hash(i + 3) % {entities}) || ' announced it completed the deal with Part'
                   || (((hash(i + 3) % {entities}) * 7) % {entities}) AS quote,
               0 AS char_start, 60 AS char_end, 'Ent' || (hash(i + 3) % {entities}) AS subject, 'outcome' AS event,
               {TYPES}[1 + (hash(hash(i + 3) % {entities}) % 6)::INTEGER] AS event_type,
               'Part' || (((hash(i + 3) % {entities}) * 7) % {entities}) AS counterparty,
               CASE WHEN hash(i) % 100 < 15 THEN 'negative' ELSE 'positive' END AS polarity, 'official' AS hedge,
               0.95 AS probability, 'official' AS attribution_kind, 'the company' AS attribution_name, NULL AS relayed_by,
               FALSE AS is_prediction, NULL AS expected_text, NULL AS expected_earliest, NULL AS expected_latest,
               NULL AS expected_grain, 'en' AS language, 'bench' AS extractor
        FROM range({evidence}) t(i);
    """)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--evidence", type=int, default=20_000)
    ap.add_argument("--entities", type=int, default=15_000)
    ap.add_argument("--as-of", default="2026-11-25")
    ap.add_argument("--db", help="database file (default: a temporary one)")
    args = ap.parse_args()
    db = Path(args.db or Path(tempfile.mkdtemp(prefix="bench-resolve-")) / "bench.duckdb")
    con = store.connect(db)
    store.migrate(con)
    t = time.perf_counter()
    synthesise(con, args.claims, args.evidence, args.entities)
    print(f"synthesised {args.claims} claims + {args.evidence} evidence claims in {time.perf_counter() - t:.1f} s ({db})")
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    as_of = dt.date.fromisoformat(args.as_of)
    for run in ("first", "re-run"):
        t, cpu = time.perf_counter(), time.process_time()
        out = resolve.resolve(con, as_of)
        wall, cpu = time.perf_counter() - t, time.process_time() - cpu
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"resolve ({run}): {wall:.1f} s wall, {cpu:.1f} s CPU, peak RSS {rss:.0f} MiB (before resolve {rss0:.0f} MiB); "
              f"recorded {out['recorded']} {out['by_status']}, {out['rumours']} rumours")
    r = con.execute("SELECT avg(claims), max(claims), avg(independent_sources) FROM rumours").fetchone()
    print(f"rumours: {r[0]:.2f} claims on average (max {r[1]}), {r[2]:.2f} independent sources on average")
    con.close()


if __name__ == "__main__":
    main()
