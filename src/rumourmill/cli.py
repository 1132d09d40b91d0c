"""The `rumourmill` command (DESIGN.md Part 1, "Command line").

Commands that change data run as Prefect flows (imported lazily: `timex`, `analyse` and
`sql` start no Prefect at all). Bad input ends in one sentence on stderr and exit 2.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Sequence

from rumourmill.errors import UserError


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="rumourmill", description="Track rumours in the news against what happened.")
    p.add_argument("--db", help="DuckDB file (default: $RUMOURMILL_DB, else data/rumourmill.duckdb)")
    p.add_argument("--config", help="configuration file (default: ./rumourmill.toml if present)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    s = sub.add_parser("ingest", help="store articles from files, folders, article URLs and RSS/Atom feeds")
    s.add_argument("sources", nargs="+", metavar="SOURCE")
    s.add_argument("--published", help="publication date for text files without a 'date' line (YYYY[-MM[-DD]])")
    s.add_argument("--language", help="language of the articles when known (en, it, es, fr, de)")
    s.add_argument("--outlet", help="outlet name to record for these articles")

    s = sub.add_parser("extract", help="extract claims from articles not yet seen by this extractor version")
    s.add_argument("--all", action="store_true", help="re-extract every article")

    s = sub.add_parser("resolve", help="match claims with later evidence, apply deadlines, record manual outcomes")
    s.add_argument("--as-of", help="apply deadlines as of this date (YYYY-MM-DD, default today)")
    s.add_argument("--outcomes", help="CSV or JSONL file of manual outcomes")

    s = sub.add_parser("verdict", help="resolve, reopen or void one claim by hand (a manual row in the ledger)")
    s.add_argument("claim_id", metavar="CLAIM_ID", help="the claim's id (or a unique prefix of 6+ characters)")
    s.add_argument("status", metavar="STATUS",
                   help="confirmed, confirmed_late, refuted, expired, voided (or void), pending (or reopen)")
    s.add_argument("--date", help="when it happened (YYYY-MM-DD, default today; none for a reopen)")
    s.add_argument("--note", help="why, in a sentence (kept in the ledger)")
    s.add_argument("--evidence-url", help="where the evidence is (http(s) URL)")

    s = sub.add_parser("report", help="print the track record and open predictions; publish Prefect artifacts")
    s.add_argument("--as-of", help="report what was known on this date (YYYY-MM-DD, default today)")
    s.add_argument("--limit", type=int, default=20, help="rows per table (default 20)")

    s = sub.add_parser("run", help="ingest -> extract -> resolve -> report as one flow")
    s.add_argument("sources", nargs="*", metavar="SOURCE", help="default: the configured sources (the demo corpus)")
    s.add_argument("--as-of", help="apply deadlines as of this date (default today)")

    s = sub.add_parser("sql", help="ad-hoc read-only SQL: tables, views, and as-known-on macros such as "
                                   "source_track_record_as_of('2021-06-01')")
    s.add_argument("query")
    s.add_argument("--format", choices=("table", "csv", "json"), default="table")

    s = sub.add_parser("timex", help="normalise time expressions: JSONL {text, lang, ref} -> {earliest, latest, grain}")
    s.add_argument("--jsonl", required=True, metavar="FILE")

    s = sub.add_parser("analyse", help="analyse sentences: JSONL {text, lang} -> hedged, future, attribution")
    s.add_argument("--jsonl", required=True, metavar="FILE")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    try:
        return _dispatch(args)
    except UserError as e:
        print(f"rumourmill: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("rumourmill: interrupted; what was already stored is kept.", file=sys.stderr)
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "timex":
        return _timex(Path(args.jsonl))
    if args.command == "analyse":
        return _analyse(Path(args.jsonl))

    from rumourmill.settings import load_settings

    settings = load_settings(config=args.config, db=args.db)
    if args.command == "sql":
        from rumourmill import store

        print(store.format_query(settings.db, args.query, args.format))
        return 0

    return _run_flow(args, settings)


def _run_flow(args: argparse.Namespace, settings) -> int:
    """Check the input here (one sentence on error, no traceback), then run the step as a Prefect flow."""
    db, config = str(settings.db), args.config
    as_of = _as_of(getattr(args, "as_of", None))
    if args.command in ("ingest", "run") and getattr(args, "sources", None):
        from rumourmill.sources import SourceSpec, check_sources

        if getattr(args, "published", None):
            from rumourmill.dates import DateError, parse_published

            try:
                parse_published(args.published)
            except DateError as e:
                raise UserError(f"--published: {e}.") from None
        check_sources([SourceSpec(s) for s in args.sources])
    if args.command == "resolve" and args.outcomes:
        from rumourmill.resolve.outcomes import read_outcomes

        read_outcomes(args.outcomes)
    if args.command in ("report", "extract", "resolve", "verdict") and not settings.db.exists():
        raise UserError(f"there is no database at {settings.db}; run `rumourmill ingest SOURCE` or `rumourmill run` first.")
    if args.command == "verdict":
        args.claim_id = _check_verdict(args, settings.db)
    if args.command in ("extract", "run"):
        from rumourmill.claims.extractors import from_settings

        from_settings(settings)  # a missing API key variable fails here, before Prefect starts

    if args.command == "ingest":
        from flows.ingest import ingest_flow

        out = ingest_flow(sources=args.sources, db=db, config=config, published=args.published,
                          language=args.language, outlet=args.outlet)
        print(f"ingest: {out['inserted']} new articles, {out['duplicates']} already stored, {out['quarantined']} quarantined")
    elif args.command == "extract":
        from flows.extract import extract_flow

        out = extract_flow(db=db, config=config, everything=args.all)
        print(f"extract: {out['claims']} claims from {out['articles']} articles, {out['quarantined']} quarantined")
    elif args.command == "resolve":
        from flows.resolve import resolve_flow

        out = resolve_flow(as_of=as_of, outcomes=args.outcomes, db=db, config=config)
        print(f"resolve as of {as_of}: {out['recorded']} verdicts recorded {out['by_status']}")
    elif args.command == "verdict":
        from flows.verdict import verdict_flow

        out = verdict_flow(claim_id=args.claim_id, status=args.status, date=args.date, note=args.note,
                           evidence_url=args.evidence_url, db=db, config=config)
        on = f" on {out['resolved_on']}" if out["resolved_on"] else ""
        print(f"verdict: claim {out['claim_id']} was {out['before']}, now {out['status']}{on} (manual: {out['note']})")
    elif args.command == "report":
        from flows.report import report_flow

        report_flow(as_of=as_of, db=db, config=config, limit=args.limit)
    elif args.command == "run":
        from flows.pipeline import pipeline_flow

        pipeline_flow(sources=args.sources or None, as_of=as_of, db=db, config=config)
    return 0


def _check_verdict(args: argparse.Namespace, db: Path) -> str:
    """Validate a manual verdict before starting Prefect; returns the full claim id."""
    from rumourmill import store
    from rumourmill.ledger import find_claim, make_verdict

    make_verdict(args.claim_id, args.status, args.date, args.note, args.evidence_url)
    con = store.connect(db, read_only=True)  # short: the flow opens the writer next
    try:
        return find_claim(con, args.claim_id)
    finally:
        con.close()


def _as_of(value: str | None) -> str:
    import datetime as dt

    if not value:
        return dt.date.today().isoformat()
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise UserError(f"--as-of {value!r} is not a date; use YYYY-MM-DD.") from None


def _timex(path: Path) -> int:
    from rumourmill.claims.timex import normalise
    from rumourmill.dates import DateError, parse_published
    from rumourmill.jsonl import read_jsonl

    out = sys.stdout
    for n, row in read_jsonl(path):
        try:
            ref, precision = parse_published(row.get("ref"))
        except DateError as e:
            raise UserError(f"{path}:{n}: ref {e}.") from None
        w = normalise(row.get("text") or "", row.get("lang") or "en", ref, precision) if ref else None
        rec = {"earliest": None, "latest": None, "grain": None}
        if w is not None:
            rec = {"earliest": _iso(w.earliest), "latest": _iso(w.latest), "grain": w.grain}
        out.write(json.dumps(rec) + "\n")
    return 0


def _analyse(path: Path) -> int:
    from rumourmill.claims.analyse import analyse_sentence
    from rumourmill.jsonl import read_jsonl

    for _n, row in read_jsonl(path):
        sys.stdout.write(json.dumps(analyse_sentence(row.get("text") or "", row.get("lang") or "en"), ensure_ascii=False) + "\n")
    return 0


def _iso(d) -> str | None:
    return d.isoformat() if d is not None else None
