#!/usr/bin/env python3
"""Benchmark claim extraction: articles/s on one core, and peak memory as the corpus grows.

Usage (from the project root, with the venv):
    .venv/bin/python scripts/bench_extract.py --articles 1000 20000 [--langs en it es fr de] [--out-json F]

The corpus is synthetic but made of the project's own demo sentences (examples/articles and
examples/gold): for each article, sentences of one language are drawn in a seeded random
order, company names are swapped for invented ones and years shifted, until about 800 words.
Articles carry no language, so detection runs as it does for unlabelled input.

Two measurements per corpus size, each in its own child process (ru_maxrss is a high-water
mark per process, so sizes must not share one):

- extract: detect_language + extract_article over every article, in memory (CPU and wall time),
  after building every language's lexicon once (startup_cpu_s, reported apart);
- pipeline: the JSONL ingested into a fresh DuckDB file (collect + load_articles, batches of
  500) and then extracted in batches into DuckDB as the extract flow does (pending ids,
  extract_batch, load_claims), without Prefect. RSS is sampled after every batch, so a flat
  curve shows memory does not grow with the corpus.

The machine may be shared: CPU time (time.process_time) is the figure to compare; wall
time is reported beside it.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDS = 800
PER_FILE = 500  # articles per JSONL file (ingestion streams files of any size; several files mimic feeds)

_SYLLABLES = ["no", "var", "tel", "ka", "ri", "mon", "sa", "lu", "den", "tor", "bel", "qui", "zen", "fa", "ros"]
_YEAR = re.compile(r"\b(20[12]\d)\b")


# --- corpus -------------------------------------------------------------------------------


def _demo_articles() -> list[dict]:
    """Every demo article with its language: wire.jsonl, gold stories, the .txt files."""
    out = [json.loads(line) for line in (ROOT / "examples/articles/wire.jsonl").open(encoding="utf-8") if line.strip()]
    for line in (ROOT / "examples/gold/stories.jsonl").open(encoding="utf-8"):
        if line.strip():
            out.extend(json.loads(line)["articles"])
    for path in sorted((ROOT / "examples/articles").glob("*.txt")):
        lang = path.stem.rsplit("-", 1)[-1]
        body = path.read_text(encoding="utf-8").split("\n", 1)[1]
        out.append({"language": lang, "text": body, "title": None})
    return out


def _names() -> list[str]:
    """Subjects and counterparties named in the gold claims: the names worth varying."""
    names = set()
    for line in (ROOT / "examples/gold/stories.jsonl").open(encoding="utf-8"):
        if line.strip():
            for c in json.loads(line)["claims"]:
                names.update(n for n in (c.get("subject"), c.get("counterparty")) if n and len(n) > 2)
    return sorted(names, key=lambda n: (-len(n), n))  # deterministic: the corpus must not depend on hash order


def _pools(langs: list[str]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    from rumourmill.text import sentences

    sents: dict[str, dict[str, None]] = {lang: {} for lang in langs}
    titles: dict[str, dict[str, None]] = {lang: {} for lang in langs}
    for a in _demo_articles():
        lang = a.get("language")
        if lang in sents:
            sents[lang].update(dict.fromkeys(s for s in sentences(a["text"]) if len(s.split()) >= 4))
            if a.get("title"):
                titles[lang][a["title"]] = None
    return {k: list(v) for k, v in sents.items()}, {k: list(v) or ["Untitled"] for k, v in titles.items()}


def _invented(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def generate(n: int, langs: list[str], seed: int = 7):
    """Yield n article dicts (Article JSONL fields, no language), deterministic for a seed."""
    sents, titles = _pools(langs)
    names = _names()
    name_re = re.compile("|".join(re.escape(x) for x in names))
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        lang = langs[i % len(langs)]
        swap = {x: _invented(rng) for x in rng.sample(names, min(8, len(names)))}
        shift = rng.randint(-3, 3)

        def vary(s: str) -> str:
            s = name_re.sub(lambda m: swap.get(m.group(), m.group()), s)
            return _YEAR.sub(lambda m: str(int(m.group()) + shift), s)

        order = rng.sample(sents[lang], len(sents[lang]))  # no sentence twice until the pool is used up
        paras, words, para, k = [], 0, [], 0
        while words < WORDS:
            s = vary(order[k % len(order)])
            k += 1
            para.append(s)
            words += len(s.split())
            if len(para) >= rng.randint(2, 5):
                paras.append(" ".join(para))
                para = []
        if para:
            paras.append(" ".join(para))
        year = 2019 + rng.randint(0, 6)
        yield {
            "id": f"bench-{i:06d}",
            "url": f"https://bench.invalid/{lang}/{i}",
            "published": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "title": vary(rng.choice(titles[lang])),
            "text": "\n\n".join(paras),
            "outlet": "Bench Wire",
        }


def write_corpus(n: int, langs: list[str], folder: Path) -> int:
    """JSONL files of PER_FILE articles each; returns the number of words written."""
    folder.mkdir(parents=True, exist_ok=True)
    words, f = 0, None
    try:
        for i, art in enumerate(generate(n, langs)):
            if i % PER_FILE == 0:
                if f:
                    f.close()
                f = (folder / f"part-{i // PER_FILE:05d}.jsonl").open("w", encoding="utf-8")
            f.write(json.dumps(art, ensure_ascii=False) + "\n")
            words += len(art["text"].split())
    finally:
        if f:
            f.close()
    return words


def read_corpus(folder: Path):
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                yield json.loads(line)


# --- measurements -------------------------------------------------------------------------


def rss_mb() -> float:
    """Current resident set size (Linux /proc), MiB."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Timer:
    def __enter__(self):
        self.cpu, self.wall = time.process_time(), time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.cpu, self.wall = time.process_time() - self.cpu, time.perf_counter() - self.wall


def bench_extract(folder: Path, profile: str | None = None) -> dict:
    """detect_language + extract_article over the corpus, in memory."""
    import datetime as dt

    from rumourmill.claims.extract import ArticleText, extract_article
    from rumourmill.dates import parse_published
    from rumourmill.text import detect_language

    arts = []
    for a in read_corpus(folder):
        published, precision = parse_published(a["published"])
        arts.append((a["id"], a["text"], a["title"], published, precision))
    words = sum(len(a[1].split()) for a in arts)
    warm = time.process_time()
    for text in {detect_language(a[1]): a[1] for a in arts[:200]}.values():  # build every language's lexicon once
        extract_article(ArticleText("warm", text, detect_language(text), dt.datetime(2021, 1, 1)))
    warm = time.process_time() - warm

    def run() -> int:
        n = 0
        for art_id, text, title, published, precision in arts:
            n += len(extract_article(ArticleText(art_id, text, detect_language(text), published, precision, title)))
        return n

    if profile:
        import cProfile

        cProfile.runctx("run()", globals(), {"run": run}, profile)
    with Timer() as t:
        claims = run()
    return {"articles": len(arts), "words": words, "claims": claims, "startup_cpu_s": round(warm, 2),
            "cpu_s": round(t.cpu, 2), "wall_s": round(t.wall, 2),
            "articles_per_cpu_s": round(len(arts) / t.cpu, 1), "articles_per_wall_s": round(len(arts) / t.wall, 1),
            "words_per_cpu_s": round(words / t.cpu), "peak_rss_mb": round(peak_mb(), 1)}


def bench_pipeline(folder: Path, db: Path, snapshot: bool) -> dict:
    """Ingest the JSONL into a fresh DuckDB, then extract in batches into it, as the flows do."""
    from rumourmill import extraction, store
    from rumourmill.ingest import collect, fetcher_from, load_articles
    from rumourmill.models import Article, Rejected, to_frame
    from rumourmill.settings import load_settings
    from rumourmill.sources import SourceSpec

    settings = load_settings(None, str(db))
    rss: dict[str, list[float]] = {"ingest": [], "extract": []}
    with store.writer(db, snapshot=False):
        pass  # migrate; GX and DuckDB imported before the memory curve starts
    from rumourmill import quality  # noqa: F401  (imported by the loads anyway)

    with Timer() as ti, fetcher_from(settings.fetch) as fetcher:
        received = 0
        for batch in collect([SourceSpec(str(folder))], fetcher, set()):
            received += len(batch.articles)
            with store.writer(db, snapshot=snapshot) as con:
                load_articles(con, to_frame(batch.articles, Article), to_frame(batch.rejected, Rejected))
            rss["ingest"].append(round(rss_mb(), 1))
    peak_ingest = round(peak_mb(), 1)
    stored = store.read_frame(db, "SELECT count(*) AS n FROM articles")["n"][0]
    claims = 0
    with Timer() as te:
        for ids in extraction.pending_batches(db):
            c, done, failed = extraction.extract_batch(db, ids)
            with store.writer(db, snapshot=snapshot) as con:
                claims += extraction.load_claims(con, c, done, failed)["claims"]
            rss["extract"].append(round(rss_mb(), 1))
    return {"articles": int(stored), "received": received, "claims": claims, "db_mb": round(db.stat().st_size / 2**20, 1),
            "ingest": {"cpu_s": round(ti.cpu, 2), "wall_s": round(ti.wall, 2), "articles_per_cpu_s": round(received / ti.cpu, 1),
                       "articles_per_wall_s": round(received / ti.wall, 1)},
            "extract": {"cpu_s": round(te.cpu, 2), "wall_s": round(te.wall, 2), "articles_per_cpu_s": round(stored / te.cpu, 1),
                        "articles_per_wall_s": round(stored / te.wall, 1)},
            "rss_mb_after_batches": {k: _curve(v) for k, v in rss.items()},
            "peak_rss_mb": {"ingest": peak_ingest, "total": round(peak_mb(), 1)}}


def _curve(values: list[float]) -> dict:
    """RSS after the first batch, at a quarter, half, three quarters and the last: flat or not."""
    if not values:
        return {}
    pick = sorted({0, len(values) // 4, len(values) // 2, 3 * len(values) // 4, len(values) - 1})
    return {f"batch {i + 1}/{len(values)}": values[i] for i in pick}


def child(args) -> None:
    """One measurement for one corpus size, in this process; prints one JSON line."""
    folder = Path(args.corpus)
    if args.mode == "extract":
        result = bench_extract(folder, args.profile)
    else:
        result = bench_pipeline(folder, Path(args.db), args.snapshot)
    print(json.dumps(result))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, nargs="+", default=[1000], help="corpus sizes (default 1000)")
    ap.add_argument("--langs", nargs="+", default=["en", "it", "es", "fr", "de"])
    ap.add_argument("--only", choices=["extract", "pipeline"], help="run one of the two measurements")
    ap.add_argument("--snapshot", action="store_true", help="refresh the snapshot file after every write, as the flows do")
    ap.add_argument("--profile", help="also write a cProfile of the extract run to this file")
    ap.add_argument("--out-json", help="write the results here as JSON")
    ap.add_argument("--mode", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.mode:
        return child(args)

    results = {"langs": args.langs, "words_per_article": WORDS, "cpu": os.cpu_count(), "runs": {}}
    for n in args.articles:
        with tempfile.TemporaryDirectory(prefix="rumourmill-bench-") as tmp:
            corpus = Path(tmp) / "corpus"
            words = write_corpus(n, args.langs, corpus)
            run = {"articles": n, "mean_words": round(words / n)}
            for mode in ("extract", "pipeline"):
                if args.only and mode != args.only:
                    continue
                cmd = [sys.executable, __file__, "--mode", mode, "--corpus", str(corpus), "--db", str(Path(tmp) / "bench.duckdb")]
                cmd += ["--snapshot"] if args.snapshot else []
                cmd += ["--profile", args.profile] if args.profile and mode == "extract" else []
                out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT)
                run[mode] = json.loads(out.stdout.strip().splitlines()[-1])
                print(f"{n} articles, {mode}: {json.dumps(run[mode])}", file=sys.stderr)
            results["runs"][str(n)] = run
    text = json.dumps(results, indent=1)
    if args.out_json:
        Path(args.out_json).write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
