"""Extraction as plain steps the flow wraps: which articles need it, extract a batch, load it.

An article needs extraction when no row in `extractions` records the current extractor
version for it (new articles, or articles seen by an older version). Loading replaces
that article's claims in one transaction, so re-runs never duplicate claims.

Memory stays flat as the corpus grows: pending ids come a page at a time (keyset paging
on article_id), texts are read per batch, and each batch is loaded in its own transaction.
"""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Iterator

import duckdb
import pandas as pd

from rumourmill import quality, store
from rumourmill.claims.extract import ArticleText
from rumourmill.claims.extractors import Extractor, rules
from rumourmill.claims.llm import LLMError
from rumourmill.models import Claim, Rejected, quarantine_frame, to_frame

log = logging.getLogger("rumourmill.extraction")

BATCH = 500

_ALL = "FROM articles a WHERE true"
_PENDING = "FROM articles a LEFT JOIN extractions e USING (article_id) WHERE (e.extractor IS NULL OR e.extractor <> ?)"


def _source(everything: bool, extractor: Extractor | None) -> tuple[str, list]:
    """FROM/WHERE clause selecting the articles to extract, and its parameters."""
    return (_ALL, []) if everything else (_PENDING, [(extractor or rules()).version])


def pending_article_ids(db: str | Path, everything: bool = False, extractor: Extractor | None = None) -> list[str]:
    """Every article the extractor has not seen, oldest first (small corpora; big ones page)."""
    source, params = _source(everything, extractor)
    return store.read_frame(db, f"SELECT a.article_id {source} ORDER BY a.published_at, a.article_id", params)["article_id"].tolist()


def count_pending(db: str | Path, everything: bool = False, extractor: Extractor | None = None) -> int:
    source, params = _source(everything, extractor)
    return int(store.read_frame(db, f"SELECT count(*) AS n {source}", params)["n"][0])


def pending_page(db: str | Path, after: str | None = None, everything: bool = False,
                 extractor: Extractor | None = None, size: int = BATCH) -> list[str]:
    """The next `size` pending ids after `after`, in article_id order.

    Paging on the id, not OFFSET: loading a page removes it from the pending set, and an
    article that failed (quarantined, still pending) is not met again in the same run.
    """
    source, params = _source(everything, extractor)
    sql = f"SELECT a.article_id {source} AND a.article_id > ? ORDER BY a.article_id LIMIT {int(size)}"
    return store.read_frame(db, sql, params + [after or ""])["article_id"].tolist()


def pending_batches(db: str | Path, everything: bool = False, extractor: Extractor | None = None,
                    size: int = BATCH) -> Iterator[list[str]]:
    """Pages of pending ids until none is left; load each page before asking for the next."""
    after = None
    while ids := pending_page(db, after, everything, extractor, size):
        yield ids
        after = ids[-1]


def extract_batch(db: str | Path, article_ids: list[str],
                  extractor: Extractor | None = None) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(claims, extractions, failures) frames for these articles; failures go to quarantine."""
    extractor = extractor or rules()
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
            found = extractor.extract(ArticleText(r.article_id, r.text, r.language, published, r.published_precision, r.title))
        except LLMError as e:  # the endpoint's problem, already one sentence naming the article
            log.warning("%s", e)
            failed.append(Rejected("extract", r.article_id, str(e)))
            continue
        except Exception as e:  # one odd article must not stop the batch: quarantine it, go on
            log.exception("extraction failed for article %s", r.article_id)
            failed.append(Rejected("extract", r.article_id, f"extraction failed for article {r.article_id}: {e!r}"))
            continue
        claims.extend(found)
        done.append({"article_id": r.article_id, "extractor": extractor.version, "claims": len(found), "extracted_at": now})
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
