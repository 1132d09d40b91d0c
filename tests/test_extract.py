"""Claim extraction on the seed article and on our own sentences."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rumourmill.articles import split_date_line
from rumourmill.claims.extract import ArticleText, extract_article
from rumourmill.dates import parse_published

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_e5f80c8be0912309.txt"


def article(text: str, lang: str, published: str, title: str | None = None) -> ArticleText:
    at, precision = parse_published(published)
    return ArticleText("a1", text, lang, at, precision, title)


def find(claims, *words):
    hits = [c for c in claims if all(w.lower() in c.quote.lower() for w in words)]
    assert hits, f"no claim with {words}: {[c.quote for c in claims]}"
    return hits[0]


@pytest.mark.skipif(not SEED.exists(), reason="the seed article lives in ../shared (present in CI and dev)")
def test_seed_article_claims():
    raw = SEED.read_text(encoding="utf-8")
    published, text = split_date_line(raw)
    assert published == "2021-03"
    claims = extract_article(article(text, "it", published))

    talks = find(claims, "trattative", "Great Wall")
    assert (talks.subject, talks.event_type, talks.counterparty) == ("Xiaomi", "partnership", "Great Wall")

    reuters = find(claims, "Reuters", "partnership")
    assert reuters.subject == "Xiaomi" and reuters.event_type == "partnership"
    assert reuters.attribution_kind == "anonymous_sources" and reuters.relayed_by == "Reuters"
    assert "fonti" in reuters.attribution_name and reuters.hedge == "reported"
    assert dt.date(2021, 3, 7) <= reuters.expected_earliest <= reuters.expected_latest <= dt.date(2021, 4, 15)
    assert reuters.is_prediction

    ev = find(claims, "indiscrezioni", "2023")
    assert ev.subject == "Xiaomi" and ev.event_type == "product_launch"
    assert ev.attribution_kind == "leak" and ev.hedge == "rumour"
    assert ev.expected_latest == dt.date(2023, 12, 31)


def test_quotes_are_verbatim_slices_with_offsets():
    from conftest import RUMOUR_EN

    a = article(RUMOUR_EN, "en", "2022-03-02")
    claims = extract_article(a)
    assert claims
    for c in claims:
        assert RUMOUR_EN[c.char_start:c.char_end] == c.quote


def test_english_rumour_fields():
    from conftest import RUMOUR_EN

    claims = extract_article(article(RUMOUR_EN, "en", "2022-03-02"))
    deal = find(claims, "Helio")
    assert deal.subject == "Nordvik Motors" and deal.counterparty == "Helio Cells"
    assert deal.event_type == "partnership" and deal.hedge == "reported"
    assert deal.attribution_kind == "anonymous_sources" and deal.relayed_by == "Bloomberg"
    assert deal.expected_latest == dt.date(2022, 4, 30)
    assert 0.3 <= deal.probability <= 0.6  # "could": about even or less
    van = find(claims, "electric van")
    assert van.subject == "Nordvik Motors"  # "The Swedish carmaker" refers back to the main entity
    assert van.attribution_kind == "leak" and van.expected_latest == dt.date(2022, 12, 31)
    # plain past facts are not claims
    assert not [c for c in claims if "40,000" in c.quote]


def test_official_denial_is_negative_evidence():
    from conftest import OUTCOME_EN

    claims = extract_article(article(OUTCOME_EN, "en", "2022-03-08"))
    denial = find(claims, "denied")
    assert denial.hedge == "official" and denial.attribution_kind == "official"
    assert denial.polarity == "negative" and denial.subject == "Helio Cells"
    assert not denial.is_prediction


def test_unknown_language_yields_nothing():
    assert extract_article(article("Nordvik Motors zou volgende maand een partnerschap aankondigen.", "nl", "2022")) == []


def test_claim_ids_are_stable():
    from conftest import RUMOUR_EN

    a = article(RUMOUR_EN, "en", "2022-03-02")
    assert [c.claim_id for c in extract_article(a)] == [c.claim_id for c in extract_article(a)]
