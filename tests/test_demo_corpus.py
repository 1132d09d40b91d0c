"""The bundled demo corpus (examples/) and its gold labels (examples/gold/stories.jsonl).

Fast checks, no Prefect and no project code: the gold must match the article files
byte for byte, quotes must be verbatim, vocabularies valid, dates coherent, and the
generated files must be what scripts/build_gold.py produces.
"""
from __future__ import annotations

import collections
import datetime as dt
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
ARTICLES = EXAMPLES / "articles"
GOLD = EXAMPLES / "gold" / "stories.jsonl"

EVENT_TYPES = {"product_launch", "partnership", "acquisition", "policy", "announcement", "departure", "other"}
HEDGES = {"reported", "rumour", "planned", "official", "opinion"}
KINDS = {"anonymous_sources", "named_outlet", "named_person", "official", "analyst", "leak", "unattributed"}
STATUSES = {"confirmed", "confirmed_late", "refuted", "unresolved"}
ROLES = {"rumour", "outcome"}
ARTICLE_KEYS = {"id", "role", "url", "published", "language", "title", "text"}
CLAIM_KEYS = {"id", "article", "quote", "subject", "event", "event_type", "attribution", "hedge", "expected", "outcome"}


@pytest.fixture(scope="module")
def stories() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def gold_articles(stories) -> dict[str, dict]:
    out = {}
    for s in stories:
        for a in s["articles"]:
            assert a["id"] not in out, f"article {a['id']} appears twice in the gold"
            out[a["id"]] = dict(a, story=s["story"])
    return out


@pytest.fixture(scope="module")
def claims(stories) -> list[dict]:
    return [dict(c, story=s["story"]) for s in stories for c in s["claims"]]


def file_articles() -> dict[str, dict]:
    """Every article in examples/articles, read independently of the project's ingestion code."""
    from lxml import html as lxml_html

    out: dict[str, dict] = {}
    for line in (ARTICLES / "wire.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            assert set(row) == {"id", "url", "published", "language", "title", "text", "outlet"}, row.get("id")
            out[row["id"]] = row
    for path in sorted(ARTICLES.glob("*.txt")):
        first, _, rest = path.read_text(encoding="utf-8").partition("\n")
        assert first.startswith("date "), path.name
        out[path.stem] = {"published": first[5:].strip(), "text": rest.strip(), "url": None}
    for path in sorted(ARTICLES.glob("*.html")):
        doc = lxml_html.fromstring(path.read_bytes())
        paras = [p.text_content() for p in doc.xpath("//article//p")]
        published = doc.xpath("string(//meta[@property='article:published_time']/@content)")
        out[path.stem] = {
            "text": "\n\n".join(paras),
            "title": doc.xpath("string(//title)"),
            "outlet": doc.xpath("string(//meta[@property='og:site_name']/@content)"),
            "published": published,
            "url": None,
        }
    return out


def day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def sort_key(published: str) -> str:
    # same ordering as shared/eval/score_stories.py: a month-precision date sorts before its days
    return published + "-00"


def test_size_languages_and_stories(stories, gold_articles):
    assert len(gold_articles) >= 26
    langs = collections.Counter(a["language"] for a in gold_articles.values())
    assert {"en", "it"} <= set(langs) and len(langs) >= 4, langs
    assert len(stories) >= 9
    assert len({s["story"] for s in stories}) == len(stories)
    for s in stories:
        roles = collections.Counter(a["role"] for a in s["articles"])
        assert roles["rumour"] >= 1 and roles["outcome"] >= 1, s["story"]


def test_formats_present():
    assert len(list(ARTICLES.glob("*.txt"))) >= 3
    assert len(list(ARTICLES.glob("*.html"))) >= 2
    assert (EXAMPLES / "feeds" / "demo.xml").is_file()


def test_gold_articles_match_files(gold_articles):
    files = file_articles()
    assert set(files) == set(gold_articles), set(files) ^ set(gold_articles)
    for aid, g in gold_articles.items():
        assert set(g) - {"story"} == ARTICLE_KEYS, aid
        assert g["role"] in ROLES, aid
        f = files[aid]
        assert f["text"] == g["text"], f"{aid}: gold text differs from the article file"
        assert f["url"] == g["url"], aid
        assert f["published"][:10] == g["published"], aid
        if "title" in f:
            assert f["title"] == g["title"], aid
        if "language" in f:
            assert f["language"] == g["language"], aid
        words = len(g["text"].split())
        assert 120 <= words <= 350, f"{aid}: {words} words"


def test_html_pages_are_complete():
    from lxml import html as lxml_html

    for path in ARTICLES.glob("*.html"):
        raw = path.read_text(encoding="utf-8")
        doc = lxml_html.fromstring(raw.encode("utf-8"))
        assert doc.xpath("//title") and doc.xpath("//nav") and doc.xpath("//footer"), path.name
        assert doc.xpath("//meta[@property='og:site_name']/@content"), path.name
        assert doc.xpath("//meta[@property='article:published_time']/@content"), path.name
        body = "".join(p for p in raw.split("<article>")[1].split("</article>")[0])
        # no entities and no inline markup inside the paragraphs: extraction must be stable
        assert "&" not in body
        inner = body.replace("<p>", "").replace("</p>", "")
        assert "<" not in inner and ">" not in inner, path.name


def test_quotes_are_verbatim(claims, gold_articles):
    ids = set()
    for c in claims:
        assert set(c) - {"story", "counterparty"} == CLAIM_KEYS, c["id"]
        assert c["id"] not in ids
        ids.add(c["id"])
        a = gold_articles[c["article"]]
        assert a["story"] == c["story"], c["id"]
        assert c["quote"] and c["quote"] in a["text"], f"{c['id']}: quote not in article text"


def test_vocabularies(claims):
    for c in claims:
        assert c["event_type"] in EVENT_TYPES, c["id"]
        assert c["hedge"] in HEDGES, c["id"]
        att = c["attribution"]
        assert set(att) == {"kind", "name", "via"}, c["id"]
        assert att["kind"] in KINDS, c["id"]
        assert (att["name"] is None) == (att["kind"] == "unattributed"), c["id"]
        assert c["outcome"]["status"] in STATUSES, c["id"]
        assert c["subject"], c["id"]
        # the hedge follows from the attribution (examples/README.md)
        assert (att["kind"] == "official") == (c["hedge"] == "official"), c["id"]
        if att["kind"] == "analyst":
            assert c["hedge"] == "opinion", c["id"]
        if att["kind"] in ("anonymous_sources", "named_outlet"):
            assert c["hedge"] == "reported", c["id"]
        if att["kind"] == "leak":
            assert c["hedge"] == "rumour", c["id"]


def test_expected_windows(claims):
    for c in claims:
        exp = c["expected"]
        if exp is None:
            continue
        assert set(exp) == {"text", "earliest", "latest"}, c["id"]
        assert exp["text"] in c["quote"], c["id"]
        assert day(exp["earliest"]) <= day(exp["latest"]), c["id"]


def test_outcomes(claims, gold_articles):
    for c in claims:
        out = c["outcome"]
        assert set(out) == {"status", "date", "by_article"}, c["id"]
        if c["hedge"] == "official" or out["status"] == "unresolved":
            if out["status"] == "unresolved" and c["hedge"] != "official":
                assert c["expected"] and day(c["expected"]["latest"]) > dt.date(2026, 11, 25), c["id"]
            continue
        d = day(out["date"])
        if out["by_article"] is None:
            assert out["status"] == "refuted", f"{c['id']}: only an expiry may lack an outcome article"
            continue
        b = gold_articles[out["by_article"]]
        a = gold_articles[c["article"]]
        assert b["story"] == a["story"] and b["role"] == "outcome", c["id"]
        assert sort_key(b["published"]) > sort_key(a["published"]), f"{c['id']}: outcome article is not later"
        assert d <= day(b["published"]), c["id"]
        exp = c["expected"]
        if exp is not None and out["status"] in ("confirmed", "confirmed_late"):
            assert (d > day(exp["latest"])) == (out["status"] == "confirmed_late"), c["id"]
    statuses = collections.Counter(c["outcome"]["status"] for c in claims)
    for s in ("confirmed", "confirmed_late", "refuted"):
        assert statuses[s] >= 2, statuses


def test_every_outcome_article_resolves_something(stories):
    for s in stories:
        used = {c["outcome"]["by_article"] for c in s["claims"]}
        for a in s["articles"]:
            if a["role"] == "outcome":
                assert a["id"] in used, f"{a['id']} resolves no claim"


def test_generated_files_are_up_to_date():
    spec = importlib.util.spec_from_file_location("build_gold", ROOT / "scripts" / "build_gold.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    files = mod.render()
    for rel, text in files.items():
        assert (ROOT / rel).read_text(encoding="utf-8") == text, f"{rel} is stale: run python scripts/build_gold.py"
    generated = {rel for rel in files if rel.startswith("examples/articles/")}
    on_disk = {str(p.relative_to(ROOT)) for p in ARTICLES.iterdir()}
    assert on_disk == generated, on_disk ^ generated
