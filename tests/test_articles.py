"""Parsers from one input to Article/Rejected records, and the shared make_article."""
from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from rumourmill.articles import (
    ArticleError,
    canonical_url,
    content_hash,
    html_fragment_text,
    make_article,
    parse_entry_content,
    parse_html,
    parse_jsonl,
    parse_jsonl_stream,
    parse_text,
    split_date_line,
)
from rumourmill.models import Article, Rejected, short_hash

EN = (
    "Northwind Motors is in talks to buy a stake in the battery maker Voltaic, according to two people "
    "familiar with the matter. A deal could be announced as early as next month, one of them said."
)
IT = (
    "Sembra che la società di traghetti Laguna Blu stia per acquistare due nuove navi. Secondo fonti vicine "
    "al dossier, l'accordo potrebbe essere firmato entro la fine dell'anno."
)

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Northwind eyes Voltaic stake | The Ledger</title>
<meta property="og:site_name" content="The Ledger">
<meta property="og:title" content="Northwind eyes Voltaic stake">
<meta property="article:published_time" content="2022-05-17T09:30:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>
<article>
<h1>Northwind eyes Voltaic stake</h1>
<p>{EN}</p>
<p>Northwind declined to comment on what it called market speculation. Voltaic did not reply to
questions sent by email on Tuesday, and its shares rose four percent in early trading.</p>
<p>Analysts at a regional bank said the talks could still fall apart over the price being discussed.</p>
</article>
<footer>All rights reserved. Subscribe to our newsletter.</footer>
</body></html>"""


# --- make_article --------------------------------------------------------------------------


def test_make_article_ids_hash_language_and_date():
    a = make_article(EN, url="HTTPS://Ledger.TEST/a?utm_source=x&id=7#top", published="2022-05", title=" T ")
    assert a.url == "https://ledger.test/a?id=7"
    assert a.article_id == short_hash("url", "https://ledger.test/a?id=7")
    assert a.content_hash == short_hash(" ".join(EN.split()).lower())
    assert a.language == "en"
    assert (a.published_at, a.published_precision) == (dt.datetime(2022, 5, 1), "month")
    assert a.title == "T"


def test_make_article_without_url_is_identified_by_its_text():
    a = make_article(IT, published="2021-03-04")
    b = make_article("  " + IT.upper().replace(" ", "   \n") + " ", published="2021-03-04", language="it")
    assert a.language == "it"
    assert a.content_hash == b.content_hash  # case and whitespace do not matter
    assert a.article_id == b.article_id == short_hash("text", a.content_hash)
    assert a.url is None


def test_same_page_with_other_tracking_is_same_article():
    a = make_article(EN, url="http://ledger.test/a?fbclid=1", published="2022")
    b = make_article(EN + " Updated.", url="http://ledger.test/a#comments", published="2022")
    assert a.article_id == b.article_id


def test_language_hint_wins():
    assert make_article(EN, published="2022", language="de").language == "de"


@pytest.mark.parametrize(("text", "published"), [("   ", "2022"), (EN, "2022-13-01"), (EN, "last week")])
def test_make_article_refuses_empty_text_and_bad_dates(text, published):
    with pytest.raises(ArticleError):
        make_article(text, published=published)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://a.test", "http://a.test/"),
        ("http://A.test:80/x?b=2&utm_medium=m&a=1", "http://a.test/x?b=2&a=1"),
        ("https://a.test:8443/x?gclid=9#frag", "https://a.test:8443/x"),
        ("http://[::1]:8080/p", "http://[::1]:8080/p"),
        ("http://a.test/p?q=", "http://a.test/p?q="),
    ],
)
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


def test_content_hash_ignores_case_and_spacing():
    assert content_hash("A  b\nC") == content_hash("a b c")


# --- JSONL ---------------------------------------------------------------------------------


def _jsonl(*rows: object) -> bytes:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows).encode()


def test_jsonl_good_and_bad_lines():
    content = _jsonl(
        {"id": "n-1", "url": "http://ledger.test/1", "published": "2022-05-17", "title": "One", "text": EN, "outlet": "The Ledger"},
        {"id": 2, "published": "2021-03", "text": IT},
        "{not json",
        "",
        {"id": "n-4", "published": "2021", "text": "   "},
        {"id": "n-5", "published": "yesterday", "text": EN},
        {"id": "n-6", "text": EN},
        ["a", "list"],
        {"id": "n-8", "published": "2022-05-17T10:00:00+02:00", "language": "en", "text": "Short one."},
    )
    out = list(parse_jsonl(content, "bulk.jsonl"))
    assert [type(r).__name__ for r in out] == ["Article", "Article", "Rejected", "Rejected", "Rejected", "Rejected", "Rejected", "Article"]
    first, second = out[0], out[1]
    assert (first.external_id, first.outlet, first.title, first.language) == ("n-1", "The Ledger", "One", "en")
    assert first.source == "bulk.jsonl:1"
    assert (second.external_id, second.language, second.published_precision) == ("2", "it", "month")
    rejected = [r for r in out if isinstance(r, Rejected)]
    assert [r.source for r in rejected] == ["bulk.jsonl:3", "bulk.jsonl:5", "bulk.jsonl:6", "bulk.jsonl:7", "bulk.jsonl:8"]
    assert all(r.stage == "ingest" for r in rejected)
    assert "not valid JSON" in rejected[0].reason and rejected[0].payload == "{not json"
    assert "no text" in rejected[1].reason
    assert "'yesterday' is not a date" in rejected[2].reason
    assert "no publication date" in rejected[3].reason and "--published" in rejected[3].reason
    assert "not a JSON object" in rejected[4].reason
    last = out[-1]
    assert (last.published_at, last.published_precision) == (dt.datetime(2022, 5, 17, 8, 0), "datetime")


def test_jsonl_defaults_from_the_source_spec():
    content = _jsonl({"id": "a", "text": IT}, {"id": "b", "text": IT + " Altro.", "outlet": "Own", "published": "2020"})
    a, b = parse_jsonl(content, "x.jsonl", language="it", outlet="Default Outlet", published="2021-03-04")
    assert (a.outlet, a.language, a.published_at) == ("Default Outlet", "it", dt.datetime(2021, 3, 4))
    assert (b.outlet, b.published_at) == ("Own", dt.datetime(2020, 1, 1))


def test_jsonl_payload_is_truncated_and_bad_utf8_rejected():
    long_line = "{" + "x" * 5000
    out = list(parse_jsonl(long_line.encode() + b"\n\xff\xfe bad bytes\n", "f.jsonl"))
    assert len(out[0].payload) == 2000
    assert "not UTF-8" in out[1].reason and out[1].source == "f.jsonl:2"


def test_jsonl_stream_caps_each_line_and_goes_on():
    good = json.dumps({"id": "a", "published": "2021", "language": "en", "text": EN})
    huge = json.dumps({"id": "b", "published": "2021", "text": "x " * 3000})
    content = f"\ufeff{good}\r\n\r\n{huge}\r\n{good.replace('a', 'c', 1)}".encode()  # BOM, CRLF, no final newline
    out = list(parse_jsonl_stream(io.BufferedReader(io.BytesIO(content), buffer_size=64), "big.jsonl",
                                  max_line_bytes=len(good) + 10))
    assert [(type(r).__name__, r.source) for r in out] == [
        ("Article", "big.jsonl:1"), ("Rejected", "big.jsonl:3"), ("Article", "big.jsonl:4")]
    r = out[1]
    assert f"big.jsonl:3 is {len(huge)} bytes, over the {len(good) + 10} byte limit for one line" in r.reason
    assert r.payload.startswith('{"id": "b"') and len(r.payload) == 2000
    assert out[2].external_id == "c"


def test_jsonl_line_exactly_at_the_cap_is_read():
    line = json.dumps({"id": "a", "published": "2021", "language": "en", "text": EN}).encode()
    for ending in (b"\n", b"\r\n", b""):
        (a,) = parse_jsonl_stream(io.BytesIO(line + ending), "f.jsonl", max_line_bytes=len(line))
        assert isinstance(a, Article)
        (r,) = parse_jsonl_stream(io.BytesIO(line + ending), "f.jsonl", max_line_bytes=len(line) - 1)
        assert isinstance(r, Rejected) and f"is {len(line)} bytes" in r.reason


# --- text files ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "rest"),
    [
        (" date 2021-03 Sembra che tutto", "2021-03", "Sembra che tutto"),  # the seed's shape
        ("date 2021-03-04\nBody here", "2021-03-04", "Body here"),
        ("\ufeffDate: 2021\r\n\r\nBody", "2021", "Body"),
        ("date 2021-03-04T10:00 body", None, "date 2021-03-04T10:00 body"),
        ("dated 2021 report", None, "dated 2021 report"),
        ("Body first\ndate 2021", None, "Body first\ndate 2021"),
    ],
)
def test_split_date_line(text, date, rest):
    assert split_date_line(text) == (date, rest)


def test_text_file_with_date_on_the_first_line():
    content = (" date 2021-03 " + IT + "\n\nSecondo paragrafo con altri dettagli.\n").encode()
    a = parse_text(content, "corpus/000_fusione.txt")
    assert isinstance(a, Article)
    assert a.text.startswith("Sembra che la società")
    assert a.text.endswith("altri dettagli.")
    assert (a.published_at, a.published_precision) == (dt.datetime(2021, 3, 1), "month")
    assert (a.external_id, a.language, a.source) == ("000_fusione", "it", "corpus/000_fusione.txt")
    assert a.url is None


def test_text_file_date_line_wins_over_published_default():
    a = parse_text(("date 2021-03-04\n" + EN).encode(), "a.txt", published="2019-01-01")
    assert a.published_at == dt.datetime(2021, 3, 4) and a.text == EN


def test_text_file_without_date_uses_published_or_is_rejected():
    a = parse_text(EN.encode(), "notes/b.txt", published="2022-05-17", outlet="Ledger", language="en")
    assert (a.published_at, a.outlet, a.external_id) == (dt.datetime(2022, 5, 17), "Ledger", "b")
    r = parse_text(EN.encode(), "notes/b.txt")
    assert isinstance(r, Rejected)
    assert "date YYYY-MM-DD" in r.reason and "--published" in r.reason and "notes/b.txt" in r.reason


def test_text_file_with_only_a_date_is_rejected():
    r = parse_text(b"date 2021-03\n\n", "empty.txt")
    assert isinstance(r, Rejected) and "no text" in r.reason


def test_text_file_in_latin1_is_decoded():
    a = parse_text(("date 2021\n" + IT).encode("latin-1"), "l1.txt")
    assert "società" in a.text


# --- HTML ----------------------------------------------------------------------------------


def test_html_page_text_title_outlet_and_date():
    a = parse_html(PAGE.encode(), "http://ledger.test/northwind", url="http://ledger.test/northwind?utm_campaign=z")
    assert isinstance(a, Article)
    assert "in talks to buy a stake" in a.text
    assert "Subscribe to our newsletter" not in a.text and "Markets" not in a.text
    assert a.title == "Northwind eyes Voltaic stake"
    assert a.outlet == "The Ledger"
    assert (a.published_at, a.published_precision) == (dt.datetime(2022, 5, 17), "day")
    assert a.url == "http://ledger.test/northwind"
    assert a.language == "en"


def test_html_given_outlet_and_language_win():
    a = parse_html(PAGE.encode(), "p.html", outlet="Ledger Weekly", language="en", external_id="p")
    assert (a.outlet, a.external_id, a.url) == ("Ledger Weekly", "p", None)


def test_html_page_date_wins_and_default_is_a_fallback():
    assert parse_html(PAGE.encode(), "p.html", published="2000-01-01").published_at == dt.datetime(2022, 5, 17)
    undated = PAGE.replace('<meta property="article:published_time" content="2022-05-17T09:30:00+00:00">', "")
    r = parse_html(undated.encode(), "u.html")
    assert isinstance(r, Rejected) and "no publication date" in r.reason
    a = parse_html(undated.encode(), "u.html", published="2022-05", title="ignored: page has a title")
    assert (a.published_at, a.published_precision) == (dt.datetime(2022, 5, 1), "month")
    assert a.title == "Northwind eyes Voltaic stake"


def test_html_date_fallback_from_htmldate():
    dated = PAGE.replace('<meta property="article:published_time" content="2022-05-17T09:30:00+00:00">', "").replace(
        "<h1>", '<p class="byline">Published 2022-05-18</p><h1>')
    a = parse_html(dated.encode(), "u.html")
    assert isinstance(a, Article) and a.published_at == dt.datetime(2022, 5, 18)


def test_html_declared_charset_is_used():
    page = PAGE.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">').replace("four percent", "quattro é")
    a = parse_html(page.encode("latin-1"), "l.html")
    assert "quattro é" in a.text


def test_html_without_text_is_rejected():
    r = parse_html(b"<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>", "blank.html",
                   published="2022")
    assert isinstance(r, Rejected) and "no article text" in r.reason and r.source == "blank.html"


# --- feed entry content --------------------------------------------------------------------


def test_html_fragment_keeps_paragraphs():
    assert html_fragment_text("<p>One <b>bold</b>\n word.</p><p>Two.</p>Three<br>Four") == "One bold word.\n\nTwo.\n\nThree\n\nFour"


def test_entry_content_article():
    a = parse_entry_content(f"<p>{IT}</p>", "feed.xml entry 2", title="Titolo", published="2021-03-09T08:30:00")
    assert isinstance(a, Article) and a.text == IT and a.language == "it" and a.title == "Titolo"
    assert a.published_precision == "datetime"
    assert isinstance(parse_entry_content("<p></p>", "e", published="2021"), Rejected)
    assert isinstance(parse_entry_content(f"<p>{IT}</p>", "e"), Rejected)
