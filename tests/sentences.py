"""Extracting claims from short articles of our own writing, for the per-language tests."""
from __future__ import annotations

import datetime as dt

from rumourmill.claims.extract import ArticleText, extract_article
from rumourmill.models import Claim


def claims(text: str, title: str | None = None, *, lang: str, published: dt.datetime = dt.datetime(2024, 5, 2)) -> list[Claim]:
    """Every claim of an article made of `text`, published on `published` (a day)."""
    return extract_article(ArticleText(f"t-{lang}", text, lang, published, "day", title))


def claim(text: str, title: str | None = None, *, lang: str, published: dt.datetime = dt.datetime(2024, 5, 2)) -> Claim:
    """The one claim of `text`."""
    found = claims(text, title, lang=lang, published=published)
    assert len(found) == 1, found
    return found[0]


def about(found: list[Claim], words: str) -> Claim:
    """The first claim whose quote contains `words`."""
    hits = [c for c in found if words in c.quote]
    assert hits, [c.quote for c in found]
    return hits[0]
