"""Extraction as plain steps the flow wraps: which articles need it, extract a batch, load it.

An article needs extraction when no row in `extractions` records the current extractor
version for it (new articles, or articles seen by an older version). Loading replaces
that article's claims in one transaction, so re-runs never duplicate claims.
"""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import duckdb
import pandas as pd

from rumourmill import quality, store
from rumourmill.claims.extract import EXTRACTOR, ArticleText, extract_article
from rumourmill.models import Claim, Rejected, quarantine_frame, to_frame

log = logging.getLogger("rumourmill.extraction")

BATCH = 500


def pending_article_ids(db: str | Path, everything: bool = False) -> list[str]:
    sql = "SELECT a.article_id FROM articles a"
    if not everything:
        sql += " LEFT JOIN extractions e USING (article_id) WHERE e.extractor IS NULL OR e.extractor <> ?"
        return store.read_frame(db, sql + " ORDER BY a.published_at, a.article_id", [EXTRACTOR])["article_id"].tolist()
    return store.read_frame(db, sql + " ORDER BY a.published_at, a.article_id")["article_id"].tolist()


def extract_batch(db: str | Path, article_ids: list[str]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(claims, extractions, failures) frames for these articles; failures go to quarantine."""
    rows = store.read_frame(
        db,
        "SELECT article_id, text, language, published_at, published_precision, title FROM articles "
        "WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
        [article_ids],
    )
    rows = rows.astype(object).where(rows.notna(), None)  # NULL title or language: None, not NaN
    claims: list[Claim] = []
    done, failed = [], []
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    for r in rows.itertuples(index=False):
        published = None if r.published_at is None else pd.Timestamp(r.published_at).to_pydatetime()
        try:
            found = extract_article(ArticleText(r.article_id, r.text, r.language, published, r.published_precision, r.title))
        except Exception as e:  # one odd article must not stop the batch: quarantine it, go on
            log.exception("extraction failed for article %s", r.article_id)
            failed.append(Rejected("extract", r.article_id, f"extraction failed for article {r.article_id}: {e!r}"))
            continue
        claims.extend(found)
        done.append({"article_id": r.article_id, "extractor": EXTRACTOR, "claims": len(found), "extracted_at": now})
    return (to_frame(claims, Claim), pd.DataFrame(done, columns=["article_id", "extractor", "claims", "extracted_at"]),
            to_frame(failed, Rejected))


def load_claims(con: duckdb.DuckDBPyConnection, claims: pd.DataFrame, extractions: pd.DataFrame,
                failed: pd.DataFrame | None = None) -> dict:
    """Gate and load one batch, replacing the claims of its articles; quarantine failing rows."""
    result = quality.validate(claims, "claims")
    con.execute("BEGIN TRANSACTION")
    try:
        if not extractions.empty:
            con.register("_done", extractions)
            con.execute("DELETE FROM claims WHERE article_id IN (SELECT article_id FROM _done)")
            con.unregister("_done")
        inserted = store.upsert(con, "claims", result.good, update=True)
        store.upsert(con, "extractions", extractions, update=True)
        quarantined = store.append(con, "quarantine", quarantine_frame(result.bad, "load:claims", "claim_id"))
        if failed is not None:
            quarantined += store.append(con, "quarantine", failed)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return {"articles": len(extractions), "claims": inserted, "quarantined": quarantined,
            "quality_markdown": result.markdown()}
